// End-to-end: the built app in headless Chromium, used as a person would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, OUT, FIXTURES } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

test('the default synthetic dataset shows 5.687 benefits with charts', async () => {
  const { page, offsite, consoleErrors, context } = await openPage(browser, server.origin);
  assert.equal(await kpi(page, 'kpi-total'), '5.687');
  assert.match(await page.textContent('[data-testid=kpi-total] .kpi-note'), /30-09-2024/);
  assert.match(await page.textContent('[data-testid=dataset-name]'), /synthetisch/);
  for (const id of ['chart-pyramid', 'chart-doelgroep', 'chart-afstand', 'chart-stadsdeel']) {
    await page.waitForSelector(`[data-testid=${id}] .main-svg`);
    assert.equal(await page.locator(`[data-testid=${id}] .chart-error`).count(), 0, id);
  }
  // The pyramid draws both genders for all six age bands.
  assert.equal(await page.locator('[data-testid=chart-pyramid] .point').count(), 12);
  await page.screenshot({ path: path.join(OUT, 'default.png'), fullPage: true });
  assert.deepEqual(offsite(), [], 'no request leaves 127.0.0.1');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('uploading a Windows-1252 ;-separated file updates the numbers', async () => {
  const { page, offsite, context } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', path.join(FIXTURES, 'bijstand_ansi.csv'));
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('bijstand_ansi.csv'));
  assert.equal(await kpi(page, 'kpi-total'), '30');
  assert.match(await page.textContent('[data-testid=kpi-total] .kpi-note'), /30-06-2024/);
  // "Glanerbrug" lies in stadsdeel Oost; the stadsdeel table shows it as Oost.
  const sd = await page.locator('[data-testid=chart-stadsdeel]').locator('xpath=..').locator('table').textContent();
  assert.match(sd, /Oost/i);
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  await page.screenshot({ path: path.join(OUT, 'ansi.png'), fullPage: true });
  // "Wis gegevens" forgets the file and brings back the synthetic data.
  assert.equal(await page.locator('[data-testid=clear-data]').count(), 1);
  await page.click('[data-testid=clear-data]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('synthetisch'));
  assert.equal(await kpi(page, 'kpi-total'), '5.687');
  assert.match(await page.textContent('[data-testid=link-notice]'), /gewist/);
  assert.equal(await page.locator('[data-testid=clear-data]').count(), 0, 'nothing of the user\'s is left to clear');
  assert.deepEqual(offsite(), []);
  await context.close();
});

test('a bad file shows the error with its location and keeps the old numbers', async () => {
  const { page, offsite, context } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', path.join(FIXTURES, 'bad_date.csv'));
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  const text = await banner.textContent();
  assert.match(text, /bad_date\.csv is niet geladen/);
  assert.match(text, /31-02-2024/);
  assert.match(text, /regel 4/);
  assert.match(text, /startdatum/);
  assert.equal(await kpi(page, 'kpi-total'), '5.687', 'previous data stays');
  await page.screenshot({ path: path.join(OUT, 'error.png') });
  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  assert.equal(await banner.count(), 0);
  assert.deepEqual(offsite(), []);
  await context.close();
});

test('a file with a BSN column is refused with an explanation', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', path.join(FIXTURES, 'bsn.csv'));
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /BSN/);
  assert.equal(await kpi(page, 'kpi-total'), '5.687');
  await context.close();
});

test('a file dropped on the page is loaded', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const { readFileSync } = await import('node:fs');
  const bytes = [...readFileSync(path.join(FIXTURES, 'bijstand_ansi.csv'))];
  const dt = await page.evaluateHandle((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'gesleept.csv', { type: 'text/csv' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('.shell', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('.shell', 'drop', { dataTransfer: dt });
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('gesleept.csv'));
  assert.equal(await kpi(page, 'kpi-total'), '30');
  await context.close();
});
