// Writes one self-contained HTML file from dist/: CSS, plotly.js, the JS glue and the
// wasm (base64) are inlined, so it works when opened from file:// with no network.
// The loader worker (worker.js + worker_bg.wasm) is inlined too and started from a blob:
// URL, which the page finds in `window.__bvWorkerUrl` (src/loader.rs): the page's wasm has
// no file parser of its own.
// Usage: node scripts/single-file.mjs [dist] [out.html]
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] || 'dist';
const out = process.argv[3] || 'dist-single/bijstandsverkenner.html';
const files = readdirSync(dist);
const pick = (re) => {
  const f = files.find((n) => re.test(n));
  if (!f) throw new Error(`no file matching ${re} in ${dist}`);
  return path.join(dist, f);
};

let html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const glue = readFileSync(pick(/^bijstandsverkenner-[0-9a-f]+\.js$/), 'utf8');
const wasm = readFileSync(pick(/^bijstandsverkenner-[0-9a-f]+_bg\.wasm$/)).toString('base64');
const workerGlue = readFileSync(path.join(dist, 'worker.js'), 'utf8');
const workerWasm = readFileSync(path.join(dist, 'worker_bg.wasm')).toString('base64');

// Stylesheets → <style>.
html = html.replace(/<link rel="stylesheet" href="\/?([^"]+)"[^>]*>/g, (_, href) =>
  `<style>${readFileSync(path.join(dist, href), 'utf8')}</style>`);
// plotly.js → inline, before the script that would load it on demand (which then finds it
// there). `</script` cannot occur inside.
{
  const js = readFileSync(pick(/^plotly-basic\.min\.js$/), 'utf8').replace(/<\/script/gi, '<\\/script');
  const at = html.search(/<script id="?plotly-loader"?>/);
  if (at < 0) throw new Error('no plotly loader script in index.html');
  html = `${html.slice(0, at)}<script>${js}</script>\n${html.slice(at)}`;
}
// The worker as one script (glue, then the wasm from base64), behind a blob: URL; a
// failure to start is rethrown, as worker/worker_boot.js does, so the page sees it.
const workerSource = `${workerGlue}
wasm_bindgen({ module_or_path: Uint8Array.from(atob(${JSON.stringify(workerWasm)}), (c) => c.charCodeAt(0)) })
  .catch((e) => setTimeout(() => { throw e; }));
`;
// Trunk's loader and preloads → one inline module with the glue and the wasm bytes.
html = html.replace(/<script type="module">[\s\S]*?<\/script>/, () => {
  const worker = JSON.stringify(workerSource).replace(/<\/script/gi, '<\\/script');
  const body = glue.replace(/^export \{[^}]*\};?\s*$/m, '').replace(/<\/script/gi, '<\\/script');
  return `<script type="module">
window.__bvWorkerUrl = URL.createObjectURL(new Blob([${worker}], { type: 'text/javascript' }));
${body}
const __wasmBytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: __wasmBytes });
</script>`;
});
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
// Links that only make sense when served (manifest, service worker) are dropped.
html = html.replace(/<link rel="manifest"[^>]*>/g, '');
html = html.replace(/<link rel="icon" href="icon.svg"[^>]*>/, () =>
  `<link rel="icon" href="data:image/svg+xml;base64,${readFileSync(path.join(dist, 'icon.svg')).toString('base64')}">`);
html = html.replace(/<script[^>]*src="[^"]*sw-register[^"]*"[^>]*><\/script>/g, '');
if (/(src|href)="\/[^"]/.test(html)) throw new Error('an origin-relative URL is left in the single file');

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`${out}: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB`);
