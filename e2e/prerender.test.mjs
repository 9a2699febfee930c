// End-to-end: issue 13 §3. The release build's index.html carries the default first screen
// as static HTML (scripts/prerender.mjs): it shows before the WebAssembly has arrived, the
// app puts its own screen in its place without a visible jump, and a visit that will see
// another screen (a link with a scenario, a browser that hid the start panel) is not shown
// the default one first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** A page whose WebAssembly never arrives (a slow link, frozen at that moment). */
async function withoutWasm(url, init) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto(url);
  await page.waitForLoadState('load');
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
