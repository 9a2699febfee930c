// End-to-end: the flows and projection views, driven by keyboard and inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

test('the flows view reconciles exactly and draws its charts', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  // Keyboard: focus the active tab and move right with the arrow key.
  await page.focus('[data-testid=tab-samenstelling]');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('[data-testid=kpi-reconciliation]');
  assert.equal(await page.getAttribute('[data-testid=tab-dynamiek]', 'aria-selected'), 'true');
  assert.equal(await kpi(page, 'kpi-reconciliation'), '0');
  assert.equal(await kpi(page, 'kpi-outflow'), '1.270');
  for (const id of ['chart-stock', 'chart-index', 'chart-flows', 'chart-reasons', 'chart-partial', 'chart-duration']) {
    await page.waitForSelector(`[data-testid=${id}] .main-svg`);
  }
  const before = await kpi(page, 'kpi-naar-werk');
  await page.selectOption('[data-testid=naar-werk]', { index: 2 });
  await page.waitForFunction((b) => document.querySelector('[data-testid=kpi-naar-werk] .kpi-value').textContent !== b, before);
  await page.screenshot({ path: path.join(OUT, 'flows.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the projection reacts to an assumption and refuses an impossible one', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-prognose]');
  await page.waitForSelector('[data-testid=chart-projection] .main-svg');
  const range0 = await kpi(page, 'kpi-proj-range');
  await page.fill('[data-testid=proj-groei]', '4,15');
  await page.press('[data-testid=proj-groei]', 'Enter');
  await page.waitForFunction((r) => document.querySelector('[data-testid=kpi-proj-range] .kpi-value').textContent !== r, range0);
  const range1 = await kpi(page, 'kpi-proj-range');
  // A 4,15% growth on 5.687 gives 5.923 after 12 months: the band's top.
  assert.match(range1, /5\.923$/);
  await page.fill('[data-testid=proj-groei]', '-200');
  await page.press('[data-testid=proj-groei]', 'Enter');
  await page.waitForSelector('.field.invalid .field-error');
  assert.match(await page.textContent('.field-error'), /Kies een waarde/);
  assert.equal(await kpi(page, 'kpi-proj-range'), range1, 'the refused value is not applied');
  assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity|∞/);
  await page.screenshot({ path: path.join(OUT, 'projection.png'), fullPage: true });
  await context.close();
});
