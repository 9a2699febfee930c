// Lighthouse benchmark (not a test): the release build in dist/, served from 127.0.0.1 with
// the `.br` beside each file (as a static host would), scored by Lighthouse 12.2.3 with its
// mobile preset (slow 4G, CPU 4× slower, simulated) and its desktop preset. Lighthouse is
// not a dependency of the project: install it without saving it, and say where it is:
//   npm install --no-save --prefix /tmp/lh lighthouse@12.2.3
//   LIGHTHOUSE=/tmp/lh/node_modules/lighthouse/cli/index.js node bench/lighthouse.mjs --runs 5
// Prints per preset the median of each category and metric (min–max); writes every report's
// JSON to bench/out/. See bench/README.md.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DIST, ROOT, serveFiles, underRoot, option, median } from './common.mjs';

const RUNS = Number(option('--runs', 5));
const PRESETS = option('--presets', 'mobile,desktop').split(',');
const CLI = process.env.LIGHTHOUSE;
if (!CLI || !existsSync(CLI)) {
  console.error('Set LIGHTHOUSE to Lighthouse 12.2.3\'s cli/index.js (see the top of this file).');
  process.exit(1);
}
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ is missing: build it first (`trunk build --release`).');
  process.exit(1);
}
const OUT_DIR = path.join(ROOT, 'bench', 'out');
mkdirSync(OUT_DIR, { recursive: true });

const server = await serveFiles(underRoot(DIST), { cache: 'no-cache', brotli: true });
const run = promisify(execFile);
const load0 = loadavg()[0];
const results = {}; // preset → [{categories, metrics}]
for (let k = 0; k < RUNS; k++) {
  for (const preset of PRESETS) {
    const out = path.join(OUT_DIR, `lighthouse-${preset}-${k + 1}.json`);
    const args = [
      CLI,
      server.origin + '/',
      `--chrome-path=${process.env.CHROMIUM || '/usr/bin/chromium'}`,
      '--chrome-flags=--headless=new --no-sandbox',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ];
    await run(process.execPath, args, { maxBuffer: 64 << 20 });
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
    const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
    const row = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
    };
    (results[preset] ??= []).push(row);
    process.stderr.write(`run ${k + 1}/${RUNS} ${preset}: performance ${row.performance}, TBT ${Math.round(row.tbt)} ms, LCP ${Math.round(row.lcp)} ms\n`);
  }
}
server.close();
const load1 = loadavg()[0];

const fmt = (k, x) =>
  !Number.isFinite(x) ? '–' : k === 'cls' ? x.toFixed(3).replace('.', ',') : Math.round(x).toLocaleString('nl-NL');
const cols = ['performance', 'accessibility', 'best-practices', 'seo', 'fcp', 'lcp', 'tbt', 'cls', 'si'];
console.log(`\nLighthouse 12.2.3, ${RUNS} runs per preset (medians; min–max in brackets; times in ms). ` +
  `Load average ${load0.toFixed(1)} → ${load1.toFixed(1)} on ${cpus().length} cores.\n`);
console.log(`| preset | ${cols.join(' | ')} |`);
console.log(`|---|${cols.map(() => '---:').join('|')}|`);
for (const [preset, rows] of Object.entries(results)) {
  const cell = (k) => {
    const xs = rows.map((r) => r[k]).filter(Number.isFinite);
    if (!xs.length) return '–';
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    return lo === hi ? fmt(k, lo) : `${fmt(k, median(xs))} (${fmt(k, lo)}–${fmt(k, hi)})`;
  };
  console.log(`| ${preset} | ${cols.map(cell).join(' | ')} |`);
}
