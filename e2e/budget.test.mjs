// End-to-end: BUIG and LKS scenarios — sliders, scenario B, goal-seek.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, setField, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

test('the BUIG view reproduces 2025 and moves by the expected amount with growth', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  assert.equal(await kpi(page, 'kpi-buig-budget'), '€ 114,46 mln');
  assert.equal(await kpi(page, 'kpi-buig-spend'), '€ 112,85 mln');
  assert.equal(await kpi(page, 'kpi-buig-result'), '€ 1,61 mln');
  assert.equal(await kpi(page, 'kpi-buig-1pp'), '−€ 1,02 mln');
  assert.match(await page.textContent('[data-testid=goalseek-growth]'), /5,31%/);
  // One percentage point more local growth: −€ 0,51 mln in the year itself (F7), so 1,61 → 1,10.
  await setField(page, 'buig-local', '2');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent === '€ 1,10 mln');
  // Moving the slider (a range input) recomputes as well.
  const slider = page.locator('[data-testid=buig-national]').locator('xpath=../input[@type="range"]');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid=buig-national]').value === '1,20');
  assert.notEqual(await kpi(page, 'kpi-buig-result'), '€ 1,10 mln');
  for (const id of ['chart-waterfall', 'chart-sensitivity', 'chart-tornado', 'chart-multiyear']) {
    await page.waitForSelector(`[data-testid=${id}] .main-svg`);
  }
  assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity|∞/);
  await page.screenshot({ path: path.join(OUT, 'buig.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('scenario B is kept and the differences are shown', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  await page.click('[data-testid=save-b]');
  await setField(page, 'buig-cost', '19.000');
  await page.waitForSelector('[data-testid=compare-ab] table');
  const table = await page.textContent('[data-testid=compare-ab]');
  assert.match(table, /€ 1,61 mln/, 'B keeps the original result');
  assert.match(table, /19000|19\.000/, 'the changed assumption is listed');
  const resultA = await kpi(page, 'kpi-buig-result');
  assert.notEqual(resultA, '€ 1,61 mln');
  await page.click('[data-testid=swap-ab]');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent === '€ 1,61 mln');
  await context.close();
});

test('LKS: target progress, goal-seek and an impossible value refused', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-lks]');
  assert.equal(await kpi(page, 'kpi-lks-running'), '516');
  assert.equal(await kpi(page, 'kpi-lks-inuse'), '671');
  assert.match(await page.textContent('[data-testid=goalseek-lks]'), /^12,2 /);
  await page.selectOption('[data-testid=lks-definition]', { index: 1 });
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-lks-progress] .kpi-value').textContent.includes('niet berekenbaar'));
  await setField(page, 'lks-ended', '-5');
  await page.waitForSelector('.field.invalid .field-error');
  assert.equal(await kpi(page, 'kpi-lks-running'), '516', 'the refused value is not applied');
  await page.screenshot({ path: path.join(OUT, 'lks.png'), fullPage: true });
  await context.close();
});
