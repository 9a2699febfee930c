// Start-up benchmark (not a test): a first visit (a new browser profile: no cache, no
// service worker) and a second visit (the service worker installed and in control), each
// with the CPU at full speed and 4× slower (a council laptop), for two visitors: a new one,
// whose first screen is the start panel (no chart in view, so plotly.js is not loaded until
// one is), and one whose browser hid the start panel (charts in view at once). Per visit:
// first paint, the largest paint, the app's own screen (the static first screen replaced)
// and the first chart drawn by plotly, in ms from the navigation's start; for the new
// visitor also how long a chart takes after closing the start panel. See bench/README.md.
// Usage: node bench/startup.mjs [--runs N] [--cpu 1,4] [--visitors new,panel-hidden] [--pointer]
import { existsSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, serveFiles, underRoot, option, median } from './common.mjs';

const RUNS = Number(option('--runs', 5));
const CPUS = option('--cpu', '1,4').split(',').map(Number);
const VISITORS = option('--visitors', 'new,panel-hidden').split(',');
// The new visitor closes the start panel with the pointer (moved there first) instead of a key.
const POINTER = process.argv.includes('--pointer');

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

/** A visit: waits for the app's screen, and for its first chart when one is in view. */
async function visit(page, go, chartInView) {
  await go();
  await page.waitForFunction(() => window.__bvStart?.app !== null, null, { timeout: 60_000 });
  if (chartInView) {
    await page.waitForFunction(() => window.__bvStart?.chart !== null, null, { timeout: 60_000 });
  }
  // Let the largest paint settle (it is reported after the frame it happened in).
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ...window.__bvStart,
  }));
}

/** The new visitor closes the start panel once the page is quiet: ms to the first chart
 * (with plotly.js on demand, its loading and evaluation are in it). */
async function dismiss(page, pointer) {
  await page.evaluate(() => new Promise((r) => setTimeout(() => requestIdleCallback(() => r(), { timeout: 2000 }), 1000)));
  if (pointer) {
    // The pointer on its way to the button, half a second before the click.
    await page.mouse.move(300, 300);
    await page.mouse.move(320, 320);
    await page.waitForTimeout(500);
  }
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        new MutationObserver((_, obs) => {
          if (document.querySelector('.shell .chart-plot .main-svg')) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        }).observe(document, { childList: true, subtree: true });
        document.querySelector('[data-testid=start-dismiss]').click();
      }),
  );
}

const ms = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('nl-NL') : '–');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const load0 = loadavg()[0];
const results = {}; // `${visitor} ${visit} ${cpu}` → [{fcp, lcp, app, chart, dismiss}]
for (let run = 0; run < RUNS; run++) {
  for (const visitor of VISITORS) {
    for (const cpu of CPUS) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
      if (visitor === 'panel-hidden') {
        await context.addInitScript(() => localStorage.setItem('bijstandsverkenner.start-verborgen', '1'));
      }
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      const charts = visitor === 'panel-hidden';
      const first = await visit(page, () => page.goto(ORIGIN + '/'), charts);
      if (!charts) {
        first[POINTER ? 'dismissPointer' : 'dismiss'] = await dismiss(page, POINTER);
        // Closing the panel is remembered; the second visit is a new visitor's again.
        await page.evaluate(() => localStorage.removeItem('bijstandsverkenner.start-verborgen'));
      }
      (results[`${visitor} first ${cpu}`] ??= []).push(first);
      // The service worker caches the files after the first start; wait until it controls
      // the page, so the second visit is served by it.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
        }
      });
      const second = await visit(page, () => page.reload(), charts);
      (results[`${visitor} second ${cpu}`] ??= []).push(second);
      await context.close();
      process.stderr.write(
        `run ${run + 1}/${RUNS}, ${visitor}, CPU ${cpu}×: app ${ms(first.app)} / ${ms(second.app)} ms, ` +
          `first chart ${ms(first.chart)} / ${ms(second.chart)} ms, start panel closed → chart ${ms(first.dismiss ?? first.dismissPointer)} ms\n`,
      );
    }
  }
}
await browser.close();
server.close();
const load1 = loadavg()[0];

console.log(`\nStart-up, ${RUNS} runs (medians, ms from the navigation's start; min–max in brackets). ` +
  `Load average ${load0.toFixed(1)} → ${load1.toFixed(1)} on ${cpus().length} cores.\n`);
console.log('| visitor | visit | CPU | first paint | largest paint | app on screen | first chart | start panel closed → chart | the same, pointer moved first |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [key, rows] of Object.entries(results)) {
  const [visitor, which, cpu] = key.split(' ');
  const cell = (k) => {
    const xs = rows.map((r) => r[k]).filter(Number.isFinite);
    return xs.length ? `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})` : '–';
  };
  console.log(`| ${visitor} | ${which} | ${cpu}× | ${cell('fcp')} | ${cell('lcp')} | ${cell('app')} | ${cell('chart')} | ${cell('dismiss')} | ${cell('dismissPointer')} |`);
}
