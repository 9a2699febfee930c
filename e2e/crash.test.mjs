// End-to-end: a failure in the page's wasm (a panic, which the release build turns into a
// trap) shows a calm full-width notice with a reload that keeps the scenario; a trap in the
// loader worker fails only that load, with the old data kept. Both are triggered through
// test-only hooks, so this runs on dist-hooks/ (`trunk build --features test-hooks
// --dist dist-hooks`, scripts/test.sh), never on the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, kpi, setField, settledHash, ROOT, OUT } from './harness.mjs';

const DIST = process.env.E2E_HOOKS_DIST || path.join(ROOT, 'dist-hooks');
let server;
let browser;

before(async () => {
  assert.ok(existsSync(path.join(DIST, 'index.html')),
    `${DIST} is missing: build it with trunk build --features test-hooks --dist dist-hooks`);
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test('the release build has no test hooks', async () => {
  const release = process.env.E2E_DIST || path.join(ROOT, 'dist');
  const { readdirSync, readFileSync } = await import('node:fs');
  const js = readdirSync(release).filter((f) => f.endsWith('.js') && f.startsWith('bijstandsverkenner'));
  assert.ok(js.length > 0, 'the release build\'s glue');
  for (const f of js) {
    assert.ok(!readFileSync(path.join(release, f), 'utf8').includes('__bvTestPanic'), f);
  }
});

test('a panic in the page shows the notice, and its reload keeps the scenario', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  await setField(page, 'buig-cost', '20.000');
  const cost = await page.inputValue('[data-testid=buig-cost]');
  await page.waitForFunction(() => location.hash.length > 3);
  const hash = await settledHash(page);
  assert.equal(await page.locator('#crash-notice').count(), 0);
  // As a bug in an event handler would: outside any caller that could catch it.
  await page.evaluate(() => setTimeout(() => window.wasmBindings.__bvTestPanic(), 0));
  const notice = page.locator('#crash-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'alert');
  const text = await notice.innerText();
  assert.match(text, /Er ging iets mis/);
  assert.match(text, /scenario/);
  const box = await notice.boundingBox();
  const width = await page.evaluate(() => innerWidth);
  assert.ok(box.width >= width - 1 && box.y <= 0, `full width at the top: ${JSON.stringify(box)}`);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'crash-reload',
    'the reload button has the focus');
  await page.screenshot({ path: path.join(OUT, 'crash-notice.png') });
  await page.click('[data-testid=crash-reload]');
  await page.waitForSelector('[data-testid=dataset-name]');
  assert.equal(await page.locator('#crash-notice').count(), 0, 'the notice is gone after the reload');
  assert.equal(await page.evaluate(() => location.hash), hash, 'the same address');
  await page.waitForSelector('[data-testid=buig-cost]');
  assert.equal(await page.inputValue('[data-testid=buig-cost]'), cost, 'the scenario survived');
  await context.close();
});

test('the notice speaks the language of the page', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=lang-toggle]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.evaluate(() => setTimeout(() => window.wasmBindings.__bvTestPanic(), 0));
  await page.locator('#crash-notice').waitFor();
  assert.match(await page.locator('#crash-notice').innerText(), /Something went wrong/);
  await context.close();
});

test('a trap in the loader worker fails only that load, the old data kept', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const before = await kpi(page, 'kpi-total');
  const file = path.join(OUT, '__bv_trap__.csv');
  writeFileSync(file, 'uitkering_id;startdatum\nU1;01-01-2024\n');
  await page.setInputFiles('[data-testid=file-input]', file);
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /__bv_trap__\.csv|niet worden gelezen|gestopt/);
  assert.equal(await kpi(page, 'kpi-total'), before, 'the previous data stays');
  assert.equal(await page.locator('#crash-notice').count(), 0, 'the page itself did not fail');
  // The page still works: another file loads.
  await page.setInputFiles('[data-testid=file-input]', path.join(ROOT, 'e2e', 'fixtures', 'bijstand_ansi.csv'));
  await page.waitForFunction((b) => {
    const el = document.querySelector('[data-testid=kpi-total] .kpi-value');
    return el && el.textContent.trim() !== b;
  }, before);
  await context.close();
});
