// Trunk post_build hook (before sw-manifest.mjs): writes the app's default first screen into
// index.html as static HTML, so a first visit shows the screen while the WebAssembly is still
// on its way (on a slow link or laptop that takes seconds); the app removes it in the task
// that renders its own (`web::mark_started`).
//
// The screen is the built app itself, opened in headless Chromium on a fresh profile: the
// same markup, texts and figures, from the same screen models. In the copy:
// - every top-level element is marked `data-prerender`, `inert` and `aria-hidden`: it is a
//   picture of the screen, not something to use (the app's own screen comes in its place);
// - charts are left empty, as the app's own are until plotly has drawn them (same height);
// - `id` and `data-testid` are taken out (the app's elements own them), and the inputs'
//   current values are written as attributes.
// index.html hides the copy for a link with a scenario and for a browser that hid the
// start panel: what they will see is another screen.
//
// Only for release builds. Usage: node scripts/prerender.mjs [dir]
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') {
  console.log(`prerender: skipped (${process.env.TRUNK_PROFILE} build)`);
  process.exit(0);
}
// Without Chromium (scripts/serve.sh needs no browser) the page works as before, without
// the static screen; PRERENDER=required (scripts/test.sh, scripts/release.sh) makes that an error.
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  const required = process.env.PRERENDER === 'required';
  console.error(`prerender: no Chromium at ${chromiumPath} (set CHROMIUM): the page has no static first screen`);
  process.exit(required ? 1 : 0);
}
const indexPath = path.join(dir, 'index.html');
const index = readFileSync(indexPath, 'utf8');
if (index.includes('data-prerender=')) {
  console.log('prerender: index.html has its first screen already');
  process.exit(0);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json',
};
const root = path.resolve(dir);
const server = createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (file.endsWith(path.sep)) file = path.join(file, 'index.html');
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
let html;
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  // The first screen is there when the app has started and its headline figure is in, and
  // every effect of the first render has run (two frames later). Its charts are out of view
  // behind the start panel, so plotly.js is not loaded for them (src/components/chart.rs).
  await page.waitForSelector('html[data-started] [data-testid=kpi-total] .kpi-value', { timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
  if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
  html = await page.evaluate(() => {
    const keep = [...document.body.children].filter(
      // The app's elements: not scripts, not plotly's off-screen svg for measuring text.
      (e) => !['SCRIPT', 'NOSCRIPT', 'LINK', 'STYLE', 'svg'].includes(e.tagName) && e.id !== 'crash-notice',
    );
    return keep
      .map((live) => {
        // Input values are properties; the copy carries them as attributes.
        for (const input of live.querySelectorAll('input')) {
          if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
          else input.setAttribute('value', input.value);
        }
        for (const select of live.querySelectorAll('select')) {
          for (const o of select.options) o.toggleAttribute('selected', o.selected);
        }
        const copy = live.cloneNode(true);
        for (const plot of copy.querySelectorAll('.chart-plot')) plot.replaceChildren();
        for (const e of [copy, ...copy.querySelectorAll('[id], [data-testid]')]) {
          e.removeAttribute('id');
          e.removeAttribute('data-testid');
        }
        copy.setAttribute('data-prerender', '');
        copy.setAttribute('inert', '');
        copy.setAttribute('aria-hidden', 'true');
        return copy.outerHTML;
      })
      .join('\n');
  });
} finally {
  await browser.close();
  server.close();
}
if (!html || !html.includes('data-prerender')) throw new Error('prerender: no first screen found');
const out = index.replace(/^<body>$/m, () => `<body>\n${html}`);
if (out === index) throw new Error('prerender: index.html has no <body>');
writeFileSync(indexPath, out);
console.log(`prerender: ${html.length} bytes of first screen in index.html`);
