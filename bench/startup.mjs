// Start-up benchmark (not a test): a first visit (a new browser profile: no cache, no
// service worker) and a second visit (the service worker installed and in control), each
// with the CPU at full speed and 4× slower (a council laptop). Per visit: first paint, the
// largest paint, the app's own screen (the static first screen replaced) and the first
// chart drawn by plotly, in ms from the navigation's start. See bench/README.md.
// Usage: node bench/startup.mjs [--runs N] [--cpu 1,4]
import { existsSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, serveFiles, underRoot, option, median } from './common.mjs';

const RUNS = Number(option('--runs', 5));
const CPUS = option('--cpu', '1,4').split(',').map(Number);

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ is missing: build it first (`trunk build --release`).');
  process.exit(1);
}

// The `.br` beside each file, as a static host would send it.
const server = await serveFiles(underRoot(DIST), { cache: 'no-cache', brotli: true });
const ORIGIN = server.origin;

// ---- in the page, from the start: when the app's screen and its first chart appear ----
const WATCH = () => {
  const marks = (window.__bvStart = { app: null, chart: null, lcp: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const look = () => {
    // The app's own screen: its tab list (the static copy has none with an id or test id).
    if (marks.app === null && document.querySelector('.shell:not([data-prerender]) [role=tablist]')) {
      marks.app = performance.now();
    }
    if (marks.chart === null && document.querySelector('.shell:not([data-prerender]) .chart-plot .main-svg')) {
      marks.chart = performance.now();
    }
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
};

async function visit(page, go) {
  await go();
  await page.waitForFunction(() => window.__bvStart?.chart !== null, null, { timeout: 60_000 });
  // Let the largest paint settle (it is reported after the frame it happened in).
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ...window.__bvStart,
  }));
}

const ms = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('nl-NL') : '–');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const load0 = loadavg()[0];
const results = {}; // `${visit} ${cpu}` → [{fcp, lcp, app, chart}]
for (let run = 0; run < RUNS; run++) {
  for (const cpu of CPUS) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const first = await visit(page, () => page.goto(ORIGIN + '/'));
    (results[`first ${cpu}`] ??= []).push(first);
    // The service worker caches the files after the first start; wait until it controls
    // the page, so the second visit is served by it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
    const second = await visit(page, () => page.reload());
    (results[`second ${cpu}`] ??= []).push(second);
    await context.close();
    process.stderr.write(`run ${run + 1}/${RUNS}, CPU ${cpu}×: first chart ${ms(first.chart)} ms, second visit ${ms(second.chart)} ms\n`);
  }
}
await browser.close();
server.close();
const load1 = loadavg()[0];

console.log(`\nStart-up, ${RUNS} runs (medians, ms from the navigation's start; min–max in brackets). ` +
  `Load average ${load0.toFixed(1)} → ${load1.toFixed(1)} on ${cpus().length} cores.\n`);
console.log('| visit | CPU | first paint | largest paint | app on screen | first chart |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [key, rows] of Object.entries(results)) {
  const [which, cpu] = key.split(' ');
  const cell = (k) => {
    const xs = rows.map((r) => r[k]).filter(Number.isFinite);
    return xs.length ? `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})` : '–';
  };
  console.log(`| ${which} | ${cpu}× | ${cell('fcp')} | ${cell('lcp')} | ${cell('app')} | ${cell('chart')} |`);
}
