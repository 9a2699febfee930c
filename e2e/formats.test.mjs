// End-to-end: an Excel workbook and a JSON file load like a CSV; small counts stay hidden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { servedBrowser, openPage, kpi, FIXTURES, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

test('an XLSX upload (title sheet first, real Excel dates) replaces the data', async () => {
  const { page, context, offsite } = await openPage(browser, server.origin);
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  await page.setInputFiles('[data-testid=file-input]', path.join(FIXTURES, 'episodes_openpyxl.xlsx'));
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('episodes_openpyxl.xlsx'));
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  // Two running benefits: shown as "<10", never as the number.
  assert.equal(await kpi(page, 'kpi-total'), '<10');
  await page.screenshot({ path: path.join(OUT, 'xlsx.png') });
  assert.deepEqual(offsite(), []);
  await context.close();
});

test('a JSON file loads, and broken JSON names its position', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const rows = Array.from({ length: 12 }, (_, i) => ({
    uitkering_id: `J${i + 1}`, geslacht: i % 2 ? 'M' : 'V', geboortejaar: 1970 + i,
    stadsdeel: 'Noord', startdatum: '01-02-2020', einddatum: null,
  }));
  const good = path.join(OUT, 'twaalf.json');
  writeFileSync(good, JSON.stringify(rows));
  await page.setInputFiles('[data-testid=file-input]', good);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('twaalf.json'));
  assert.equal(await kpi(page, 'kpi-total'), '12');
  const bad = path.join(OUT, 'kapot.json');
  writeFileSync(bad, '[{"uitkering_id": "J1",\n "startdatum": }]');
  await page.setInputFiles('[data-testid=file-input]', bad);
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /regel 2/);
  assert.equal(await kpi(page, 'kpi-total'), '12', 'the previous data stays');
  await context.close();
});
