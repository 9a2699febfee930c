// End-to-end: cross-filtering by clicking a bar, chips, and suppression under a filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, chartsSettled, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

test('clicking a stadsdeel bar filters every view; the chip removes the filter', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await page.waitForSelector('[data-testid=chart-stadsdeel] .main-svg');
  const total = await kpi(page, 'kpi-total');
  // The first (top) bar is the largest district, Zuid.
  const bars = page.locator('[data-testid=chart-stadsdeel] .point path');
  const n = await bars.count();
  await bars.nth(n - 1).click({ force: true });
  await page.waitForSelector('[data-testid=filter-chip]');
  assert.match(await page.textContent('[data-testid=filter-chip]'), /Zuid/);
  const filtered = await kpi(page, 'kpi-total');
  assert.notEqual(filtered, total);
  const zuidRow = await page.locator('[data-testid=chart-stadsdeel]').locator('xpath=..').locator('table tr', { hasText: 'Zuid' }).first().textContent();
  assert.ok(zuidRow.includes(filtered), `the filtered total ${filtered} equals Zuid's count: ${zuidRow}`);
  // The filter is part of the scenario, so the flows view is filtered too and the link carries it.
  await page.click('[data-testid=tab-dynamiek]');
  await page.waitForSelector('[data-testid=kpi-outflow]');
  assert.notEqual(await kpi(page, 'kpi-outflow'), '1.270');
  await page.click('[data-testid=tab-samenstelling]');
  await page.screenshot({ path: path.join(OUT, 'crossfilter.png'), fullPage: true });
  await page.click('[data-testid=filter-chip]');
  await page.waitForSelector('[data-testid=filter-chip]', { state: 'detached' });
  assert.equal(await kpi(page, 'kpi-total'), total);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('duration, household and partial-work charts filter too; the threshold is a setting', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  for (const id of ['chart-duur', 'chart-huishoudtype', 'chart-inkomsten']) {
    await page.waitForSelector(`[data-testid=${id}] .main-svg`);
  }
  const total = await kpi(page, 'kpi-total');
  const duurTable = page.locator('[data-testid=chart-duur]').locator('xpath=..').locator('table tr', { hasText: '10 jaar of langer' }).first();
  const longCount = (await duurTable.locator('td').first().textContent()).trim();
  // The last bar: 10 years or more.
  const bars = page.locator('[data-testid=chart-duur] .point path');
  await bars.nth((await bars.count()) - 1).click({ force: true });
  await page.waitForSelector('[data-testid=filter-chip]');
  assert.match(await page.textContent('[data-testid=filter-chip]'), /10 jaar of langer/);
  assert.equal(await kpi(page, 'kpi-total'), longCount);
  // The filtered donut is drawn (charts out of view are redrawn a moment later).
  await chartsSettled(page);
  // A household-type slice narrows it further: two chips.
  // A donut slice: click where plotly put its percentage (inside the ring), not the
  // centre of its bounding box (which for a large slice lies in the hole).
  const slice = await page.locator('[data-testid=chart-huishoudtype] .slice .slicetext').first().boundingBox();
  await page.mouse.click(slice.x + slice.width / 2, slice.y + slice.height / 2);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=filter-chip]').length === 2);
  const both = await kpi(page, 'kpi-total');
  assert.ok(Number(both.replace(/\./g, '')) < Number(longCount.replace(/\./g, '')), `${both} < ${longCount}`);
  await page.screenshot({ path: path.join(OUT, 'crossfilter-duur.png'), fullPage: true });
  await page.click('[data-testid=filter-clear]');
  await page.waitForSelector('[data-testid=filter-chip]', { state: 'detached' });
  assert.equal(await kpi(page, 'kpi-total'), total);
  // Raising the threshold to 20 hides more: the table of a chart shows <20 somewhere.
  await page.selectOption('[data-testid=threshold]', '20');
  await page.waitForFunction(() => document.body.textContent.includes('<20'));
  assert.doesNotMatch(await page.textContent('main'), /<10\b/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
