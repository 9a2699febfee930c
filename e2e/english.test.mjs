// End-to-end: in English the numbers, percentages, money amounts and dates on screen are
// written the English way (5,687 · 21.29% · €1.61 m · 30 Sep 2024), not the Dutch way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { servedBrowser, openPage, kpi, setField, chartsSettled } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** Switches the interface to English. */
async function toEnglish(page) {
  await page.click('[data-testid=lang-toggle]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** The visible text of the open tab, with every <details> opened (tables, notes). */
async function panelText(page) {
  await page.$$eval('#panel details', (ds) => ds.forEach((d) => (d.open = true)));
  return page.evaluate(() => document.querySelector('#panel').innerText);
}

// Dutch ways of writing numbers and dates:
// a thousands dot (5.687, 114.460; not before %), a decimal comma before one or two digits (21,29% · 1,61),
// a Dutch date (30-09-2024), "mln".
const DUTCH_NUMBER = [
  /(?<![\d.,])\d{1,3}(\.\d{3})+(?![\d.,%])/, // (1.626% is an English share with three decimals)
  /(?<![\d.,])\d+,\d{1,2}(?![\d.,])/,
  /\b\d{2}-\d{2}-\d{4}\b/,
  /\bmln\b/,
];

/** The lines of `text` that hold a Dutch-formatted number or date. */
function dutchNumbers(text) {
  return text.split('\n').filter((line) => DUTCH_NUMBER.some((re) => re.test(line)));
}

test('English: key figures in English number format, no Dutch numbers on Composition and BUIG', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  // Dutch first, as the reference.
  assert.equal(await kpi(page, 'kpi-total'), '5.687');
  await toEnglish(page);

  // Composition (tab id samenstelling).
  await page.click('[data-testid=tab-samenstelling]');
  await page.waitForSelector('[data-testid=tab-samenstelling][aria-selected=true]');
  await page.waitForFunction(
    () => document.querySelector('[data-testid=kpi-total] .kpi-value')?.textContent.trim() === '5,687',
  );
  assert.equal(await kpi(page, 'kpi-total'), '5,687');
  assert.match(await page.textContent('[data-testid=kpi-total] .kpi-note'), /30 Sep 2024/);
  await chartsSettled(page);
  assert.deepEqual(dutchNumbers(await panelText(page)), [], 'Composition: no Dutch-formatted numbers');

  // BUIG.
  await page.click('[data-testid=tab-buig]');
  await page.waitForSelector('[data-testid=tab-buig][aria-selected=true]');
  await page.waitForSelector('[data-testid=kpi-buig-budget]');
  assert.equal(await kpi(page, 'kpi-buig-budget'), '€114.46 m');
  assert.equal(await kpi(page, 'kpi-buig-spend'), '€112.85 m');
  assert.equal(await kpi(page, 'kpi-buig-result'), '€1.61 m');
  assert.match(await page.textContent('[data-testid=goalseek-growth]'), /5\.31%/);
  await chartsSettled(page);
  assert.deepEqual(dutchNumbers(await panelText(page)), [], 'BUIG: no Dutch-formatted numbers');

  // Typed input follows the language: 2 percentage points more local growth, typed the
  // English way, gives the same result as in Dutch (€ 1,10 mln there).
  await setField(page, 'buig-local', '2.00');
  await page.waitForFunction(
    () => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent.trim() === '€1.10 m',
  );
  assert.equal(await page.inputValue('[data-testid=buig-local]'), '2.00');

  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('English: a table CSV export keeps the Dutch-Excel number format', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await toEnglish(page);
  await page.click('[data-testid=tab-buig]');
  await chartsSettled(page);
  const panel = page.locator('.panel', { has: page.locator('[data-testid=chart-multiyear]') });
  const details = panel.locator('details.table-toggle');
  if ((await details.count()) > 0 && (await details.getAttribute('open')) === null) {
    await details.locator('summary').click();
  }
  // On screen: English numbers.
  const shown = await panel.locator('table').innerText();
  assert.match(shown, /€\d{1,3}\.\d{2} m/, 'money as "€115.78 m" on screen');
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 15000 }),
    panel.locator('[data-testid=csv-export]').click(),
  ]);
  const text = readFileSync(await dl.path()).subarray(3).toString('utf8');
  const lines = text.slice(0, -2).split('\r\n');
  assert.ok(lines.length >= 3, text);
  const cells = lines[1].split(';');
  assert.match(lines[1], /€ \d{1,3},\d{2} mln/, 'money as "€ 115,78 mln" in the CSV');
  assert.match(cells[1], /^\d{1,3}(\.\d{3})*$/, 'counts with a thousands dot');
  assert.doesNotMatch(text, /€\d/, 'no English money');
  await context.close();
});

test('English: no Dutch-formatted numbers or dates on any tab, for both datasets', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await toEnglish(page);
  // The decimal style the loader detected is named by its own example, in the file's notation.
  const example = /decimal (comma|point) \((1\.234,5|1,234\.5)\)/;
  const sweep = async (dataset) => {
    const tabs = await page.$$eval('[role=tab]', (els) => els.map((e) => e.getAttribute('data-testid')));
    assert.ok(tabs.length >= 7, `${dataset}: ${tabs}`);
    for (const tab of tabs) {
      await page.click(`[data-testid=${tab}]`);
      await page.waitForSelector(`[data-testid=${tab}][aria-selected=true]`);
      await chartsSettled(page);
      // The kerncijfers file's own remarks (its `opmerking` column) are data written in Dutch,
      // shown as they are, like district names: not interface text.
      await page.$$eval('#panel details.remarks', (ds) => ds.forEach((d) => (d.hidden = true)));
      const lines = dutchNumbers(await panelText(page)).filter((l) => !example.test(l));
      assert.deepEqual(lines, [], `${dataset}, ${tab}: Dutch-formatted numbers in English`);
    }
  };
  await sweep('synthetic caseload');
  await page.click('[data-testid=load-kerncijfers]');
  await page.waitForSelector('[data-testid=tab-kerncijfers]');
  await sweep('report kerncijfers');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
