// Shared end-to-end harness: serves dist/ on 127.0.0.1, launches Debian's Chromium
// through playwright-core, and records every request that would leave 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = path.join(ROOT, 'e2e', 'out');
export const FIXTURES = path.join(ROOT, 'e2e', 'fixtures');
mkdirSync(OUT, { recursive: true });

/**
 * Serves a folder on 127.0.0.1 with a free port (or `port`: the same origin again, as for
 * a new build); resolves to { origin, stop }.
 * E2E_DIST picks another build than dist/ (e.g. one built with `trunk build --dist`).
 */
export function serve(dir = process.env.E2E_DIST || path.join(ROOT, 'dist'), port = 0) {
  return new Promise((resolve, reject) => {
    const p = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', dir, String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buf = '';
    const onData = (d) => {
      buf += d.toString();
      const m = buf.match(/port (\d+)/);
      if (m) {
        p.stdout.off('data', onData);
        resolve({ origin: `http://127.0.0.1:${m[1]}`, stop: () => p.kill() });
      }
    };
    p.stdout.on('data', onData);
    p.on('error', reject);
    p.on('exit', (code) => reject(new Error(`http.server exited with ${code}: ${buf}`)));
  });
}

/** Launches headless Chromium that resolves no host but 127.0.0.1. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
    ],
  });
}

/**
 * A new page whose requests are all recorded; `offsite()` lists those not to `origin`
 * (data: and blob: URLs stay inside the page). Console errors are collected too.
 */
export async function openPage(browser, origin, url = origin + '/') {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  const requests = [];
  const consoleErrors = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = settleAfterWaits(await context.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('[data-testid=dataset-name]');
  // On a first visit the start panel fills the window and plotly.js waits until a chart is
  // in view (e2e/plotly.test.mjs tests that). Tests look at charts anywhere on the page, as
  // a user who scrolled to them would: load it now.
  await page.evaluate(() => window.bvLoadPlotly?.());
  return {
    page,
    context,
    consoleErrors,
    offsite: () => requests.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob):/.test(u)),
  };
}

/**
 * Resolves in the page once the DOM has been still for a task and a frame and every folded
 * table has its rows (made in idle time: `data-rows-pending` until then), at most 3 s.
 * Yew 0.23's scheduler yields to the browser every 16 ms of work, also between a parent's
 * render and its children's: a wait for one part of a screen can return while another part
 * still shows the state before (a heading new, its table old). After this, both are done.
 */
export async function settled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let changed = false;
        const watch = new MutationObserver(() => (changed = true));
        watch.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        const start = performance.now();
        const check = () =>
          setTimeout(() =>
            requestAnimationFrame(() => {
              const pending = document.querySelector('[data-rows-pending]');
              if ((!changed && !pending) || performance.now() - start > 3000) {
                watch.disconnect();
                resolve();
              } else {
                changed = false;
                check();
              }
            }),
          );
        check();
      }),
  );
}

/**
 * `page`, whose `waitForFunction` and `waitForSelector` also wait until the app has
 * finished the render they saw begin ([`settled`]), so what a test reads next is of the
 * same render.
 */
export function settleAfterWaits(page) {
  for (const name of ['waitForFunction', 'waitForSelector']) {
    const wait = page[name].bind(page);
    page[name] = async (...args) => {
      const result = await wait(...args);
      // A page that navigates meanwhile (a reload) has nothing left to settle.
      await settled(page).catch((e) => {
        if (!/context was destroyed|Target .*closed|navigation/i.test(String(e))) throw e;
      });
      return result;
    };
  }
  return page;
}

/** Text of a key figure. */
export async function kpi(page, id) {
  return (await page.textContent(`[data-testid=${id}] .kpi-value`)).trim();
}

/** Types `value` into the number field `id` and confirms it with Enter. */
export async function setField(page, id, value) {
  await page.fill(`[data-testid=${id}]`, value);
  await page.press(`[data-testid=${id}]`, 'Enter');
}

/**
 * Serves dist/ and launches Chromium once for the calling test file (node:test `before`
 * and `after` hooks): `set(server, browser)` receives them before the first test, and both
 * are closed after the last.
 */
export function servedBrowser(set) {
  let server;
  let browser;
  before(async () => {
    server = await serve();
    browser = await launch();
    set(server, browser);
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });
}

/**
 * Waits until the service worker has cached everything and controls `page`, then stops
 * `server`, takes the network away and reloads: the page now comes from the cache.
 */
export async function reloadOffline(page, context, server) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  server.stop();
  await context.setOffline(true);
  await page.reload();
}

/**
 * Waits until every chart on the page is drawn (or shows its error) and up to date: a chart
 * out of view is drawn a moment later, in idle time, and is `aria-busy` until then.
 */
export async function chartsSettled(page, timeout = 15_000) {
  // As a user who scrolled to them: plotly.js is loaded when a chart comes into view.
  await page.evaluate(() => window.bvLoadPlotly?.());
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.chart')].every(
        (c) => (c.querySelector('.main-svg') || c.querySelector('.chart-error')) && c.getAttribute('aria-busy') !== 'true',
      ),
    null,
    { timeout },
  );
}

/**
 * The share link in the address bar once it has caught up: the app writes it when the page
 * is idle after the last change (src/components/app.rs), so this waits for two idle
 * callbacks queued after that write, then returns `location.hash`.
 */
export async function settledHash(page) {
  return page.evaluate(async () => {
    const idle = () => new Promise((r) => setTimeout(() => requestIdleCallback(r, { timeout: 1000 }), 0));
    await idle();
    await idle();
    return location.hash;
  });
}
