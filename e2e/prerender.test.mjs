// End-to-end: issue 13 §3. The release build's index.html carries the default first screen
// as static HTML (scripts/prerender.mjs): it shows before the WebAssembly has arrived, the
// app puts its own screen in its place without a visible jump, and a visit that will see
// another screen (a link with a scenario, a browser that hid the start panel) is not shown
// the default one first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, setField, OUT, settledHash } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** A page whose WebAssembly has not arrived yet (a slow link, frozen at that moment). */
async function withoutWasm(url, init) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  // Never answered: the request stays pending (a preload holds back the load event).
  await page.route('**/*.wasm', () => {});
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('[data-prerender]', { state: 'attached' });
  return { page, context };
}

const kpiValues = (page, scope) =>
  page.$$eval(`${scope} .kpi .kpi-value`, (vs) => vs.map((v) => v.textContent.trim()));

test('the first screen shows before the WebAssembly runs, and the app replaces it with its own', async () => {
  const { page, context } = await withoutWasm(server.origin + '/');
  const copy = page.locator('[data-prerender]');
  assert.equal(await copy.count(), 1);
  assert.ok(await copy.isVisible(), 'shown on a first visit');
  const text = await copy.innerText();
  assert.match(text, /Bijstandsverkenner/);
  assert.match(text, /Zo begint u/, 'the start panel of a first visit');
  assert.match(text, /Samenstelling bijstandsbestand/);
  const staticFigures = await kpiValues(page, '[data-prerender]');
  assert.ok(staticFigures.includes('5.687'), staticFigures.join(' '));
  // A picture of the screen, not a second app: inert, hidden from screen readers, and
  // nothing in it carries the app's ids.
  assert.equal(await copy.getAttribute('inert'), '');
  assert.equal(await copy.getAttribute('aria-hidden'), 'true');
  assert.equal(await page.locator('[data-prerender] [data-testid], [data-prerender] [id]').count(), 0);
  await page.screenshot({ path: path.join(OUT, 'prerender-static.png') });
  await context.close();

  const { page: app, context: appContext, consoleErrors } = await openPage(browser, server.origin);
  await app.waitForSelector('[data-testid=kpi-total] .kpi-value');
  assert.equal(await app.locator('[data-prerender]').count(), 0, 'the static screen is gone');
  assert.equal(await app.locator('.shell').count(), 1, 'one screen, the app’s');
  assert.equal(await app.locator('[data-testid=start-panel]').count(), 1);
  assert.equal(await app.locator('[role=tablist]').count(), 1);
  // The same figures as the app's own first screen.
  assert.deepEqual(await kpiValues(app, '.shell'), staticFigures);
  // The swap moves nothing: the layout shifts of the whole start stay small (CLS < 0.1,
  // "good" by the web's usual measure).
  const shift = await app.evaluate(
    () =>
      new Promise((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );
  assert.ok(shift < 0.1, `layout shift ${shift}`);
  assert.deepEqual(consoleErrors, []);
  await appContext.close();
});

test('a link with a scenario, or a browser that hid the start panel, is not shown the default screen first', async () => {
  const link = await withoutWasm(server.origin + '/#v1.whatever');
  assert.equal(await link.page.locator('[data-prerender]').count(), 1);
  assert.equal(await link.page.locator('[data-prerender]').isVisible(), false);
  await link.context.close();

  const hidden = await withoutWasm(server.origin + '/', () =>
    localStorage.setItem('bijstandsverkenner.start-verborgen', '1'),
  );
  assert.equal(await hidden.page.locator('[data-prerender]').isVisible(), false);
  await hidden.context.close();
});

/**
 * A start that fails leaves no inert copy that looks alive: the page says it could not
 * start, with a reload at the same address. `route` breaks one of the app's files.
 */
async function failedStart(url, route) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(route.glob, route.handler);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const notice = page.locator('#crash-notice');
  await notice.waitFor({ timeout: 10_000 });
  return { page, context, notice, errors };
}

test('a start that fails says so, and its reload starts the app at the same address', async () => {
  // A scenario link, made by the app.
  const made = await openPage(browser, server.origin);
  await made.page.click('[data-testid=tab-buig]');
  await setField(made.page, 'buig-cost', '20.000');
  const cost = await made.page.inputValue('[data-testid=buig-cost]');
  await made.page.waitForFunction(() => location.hash.length > 3);
  await settledHash(made.page);
  const link = await made.page.evaluate(() => location.href);
  await made.context.close();

  const cases = [
    // Offline before the service worker has the files, or a host that lost them.
    ['the wasm cannot be fetched', { glob: '**/*.wasm', handler: (r) => r.abort('internetdisconnected') }],
    // A browser that cannot compile it, or a host that serves something else under its name.
    ['the wasm does not compile', {
      glob: '**/bijstandsverkenner-*_bg.wasm',
      handler: (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }),
    }],
    ['the glue cannot be fetched', { glob: '**/bijstandsverkenner-*.js', handler: (r) => r.abort('failed') }],
  ];
  for (const [what, route] of cases) {
    const { page, context, notice } = await failedStart(server.origin + '/', route);
    assert.equal(await notice.getAttribute('role'), 'alert', what);
    assert.equal(await notice.getAttribute('data-kind'), 'start', what);
    const text = await notice.innerText();
    assert.match(text, /De verkenner kon niet starten/, what);
    assert.match(text, /opnieuw/, what);
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'crash-reload', what);
    // The static first screen behind it is greyed out, not offered as a working page.
    assert.ok(await page.evaluate(() => document.body.classList.contains('crashed')), what);
    if (what === 'the wasm cannot be fetched') await page.screenshot({ path: path.join(OUT, 'start-failed.png') });
    await context.close();
  }

  // At a scenario link: once the files come back, the reload starts the app with that scenario.
  const { page, context, notice } = await failedStart(link, cases[0][1]);
  assert.equal(await notice.getAttribute('data-kind'), 'start');
  await page.unroute(cases[0][1].glob);
  await page.click('[data-testid=crash-reload]');
  await page.waitForSelector('[data-testid=buig-cost]');
  assert.equal(await page.locator('#crash-notice').count(), 0, 'the notice is gone after the reload');
  assert.equal(await page.evaluate(() => location.href), link);
  assert.equal(await page.inputValue('[data-testid=buig-cost]'), cost, 'the scenario survived');
  await context.close();
});

test('a page that starts shows no start notice, and a later error is not taken for one', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-started')), true);
  // An ordinary script error after the start (a TypeError, as a failed fetch would throw).
  await page.evaluate(() => setTimeout(() => null.x, 0));
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#crash-notice').count(), 0);
  assert.ok(consoleErrors.length >= 1, 'the error did happen');
  await context.close();
});
