// End-to-end: the views of the VNG "Sturen op bijstand" script (issue 11 §2): the
// instroomreden breakdown (codes and labels, suppressed, cross-filtering), a code list
// loaded beside the caseload (hand-written and the real export), and the Cohorten tab,
// in Dutch and in English. Fixtures: core/tests/fixtures/vng/ (see its README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, OUT, ROOT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

const VNG = path.join(ROOT, 'core', 'tests', 'fixtures', 'vng');
const EXPORT = path.join(VNG, 'instroomreden_export.csv');
const CODES_ONLY = path.join(VNG, 'vng_codes_only.csv');
const CODE_LIST = path.join(VNG, 'codelijst_instroomreden.xlsx');
const REAL_CODE_LIST = path.join(VNG, 'code_oorzaak_bijstandsafhankelijkheid.xlsx');

/** The rows of the table under the chart `id`, as text cells. */
async function tableOf(page, id) {
  return page.locator(`[data-testid=${id}]`).locator('xpath=..').locator('table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
}

async function load(page, file, selector) {
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForSelector(selector);
}

test('instroomreden breakdown and cohorts of a benefits-system export', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await load(page, EXPORT, '[data-testid=chart-instroomreden] .main-svg');
  assert.equal(await page.textContent('[data-testid=dataset-name]').then((t) => t.trim().startsWith('instroomreden_export.csv')), true);
  assert.equal(await kpi(page, 'kpi-total'), '61');
  const rows = await tableOf(page, 'chart-instroomreden');
  const row = (label) => rows.find((r) => r[0] === label);
  assert.deepEqual(row('14 – Einde Uitkering werkeloosheid').slice(0, 2), ['14 – Einde Uitkering werkeloosheid', '21']);
  assert.deepEqual(row('2 – Beeindiging huwelijk/relatie').slice(0, 2), ['2 – Beeindiging huwelijk/relatie', '13']);
  assert.equal(row('41 – Verhuizing vanuit andere gemeente')[1], '<10');
  assert.equal(row('Totaal')[1], '61');
  await page.screenshot({ path: path.join(OUT, 'vng-instroomreden.png'), fullPage: true });

  // A click on the largest bar (code 14, on the horizontal chart) filters; the chip names it.
  await page.locator('[data-testid=chart-instroomreden]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid=chart-instroomreden]:not([aria-busy=true]) .point path', { state: 'attached' });
  const bar = await page.evaluate(() => {
    const r = [...document.querySelectorAll('[data-testid=chart-instroomreden] .point path')]
      .map((p) => p.getBoundingClientRect())
      .sort((a, b) => b.width * b.height - a.width * a.height)[0];
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.click(bar.x, bar.y);
  await page.waitForSelector('[data-testid=filter-chip]');
  assert.equal((await page.textContent('[data-testid=filter-chip]')).replace('×', '').trim(), '14 – Einde Uitkering werkeloosheid');
  await page.click('[data-testid=filter-chip]');
  await page.waitForSelector('[data-testid=filter-chip]', { state: 'detached' });

  // The table row of the largest (code 14) filters, as a click on its bar does; the chip
  // names code and label.
  await page.$$eval('details.table-toggle', (ds) => ds.forEach((d) => (d.open = true)));
  await page.click('[data-testid=row-filter][title="Filter op 14 – Einde Uitkering werkeloosheid"]');
  await page.waitForSelector('[data-testid=filter-chip]');
  assert.equal((await page.textContent('[data-testid=filter-chip]')).replace('×', '').trim(), '14 – Einde Uitkering werkeloosheid');
  assert.equal(await kpi(page, 'kpi-total'), '21');

  // Cohorten follows the filter.
  await page.click('[data-testid=tab-cohorten]');
  await page.waitForSelector('[data-testid=chart-cohorts] .main-svg');
  let cohorts = await tableOf(page, 'chart-cohorts');
  assert.deepEqual(cohorts.map((r) => r[0]), ['2019', '2020', '2021', '2022', '2024']);
  assert.deepEqual(cohorts[1].slice(0, 3), ['2020', '10', '100,0% (10)']);
  await page.click('[data-testid=filter-chip]');
  await page.waitForSelector('[data-testid=filter-chip]', { state: 'detached' });

  // Without a filter: every start year, right-censored at 30-06-2024.
  await page.waitForSelector('text=Filter op Samenstelling door op een staaf of taartpunt te klikken');
  cohorts = await tableOf(page, 'chart-cohorts');
  assert.deepEqual(cohorts, [
    ['2019', '20', '<10', '<10', '<10', '<10'],
    ['2020', '20', '100,0% (20)', '<10', '<10', '–'],
    ['2021', '20', '100,0% (20)', '55,0% (11)', '–', '–'],
    ['2022', '20', '100,0% (20)', '–', '–', '–'],
    ['2023', '20', '–', '–', '–', '–'],
    ['2024', '<10', '–', '–', '–', '–'],
  ]);
  assert.equal(await kpi(page, 'kpi-cohort-one-year'), '100,0%');
  assert.equal(await page.locator('[data-testid=chart-cohorts] .scatterlayer .trace').count(), 4, 'one line per observed start year');
  assert.match(await page.textContent('main'), /gegevens tot en met 30-06-2024/);
  await page.screenshot({ path: path.join(OUT, 'vng-cohorts.png'), fullPage: true });

  // English formats.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForSelector('text=Running benefits by start year');
  cohorts = await tableOf(page, 'chart-cohorts');
  assert.deepEqual(cohorts[2], ['2021', '20', '100.0% (20)', '55.0% (11)', '–', '–']);
  assert.match(await page.textContent('main'), /data up to 30 Jun 2024/);
  assert.match(await page.textContent('[role=tablist]'), /Cohorts/);
  await page.screenshot({ path: path.join(OUT, 'vng-cohorts-en.png'), fullPage: true });
  await page.click('[data-testid=tab-samenstelling]');
  await page.waitForSelector('text=Reason for inflow (cause of dependency)');
  assert.match(await page.textContent('main'), /Grouped by the code in the file, labelled with the file's description\./);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a code list loads beside the caseload and labels its codes; removed, the codes stay', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await load(page, CODES_ONLY, '[data-testid=chart-instroomreden] .main-svg');
  let rows = await tableOf(page, 'chart-instroomreden');
  assert.deepEqual(rows.map((r) => r[0]).slice(0, 3), ['14', '2', '0']);
  assert.match(await page.textContent('main'), /Alleen codes: laad een codelijst/);

  await load(page, CODE_LIST, '[data-testid=code-list-name]');
  assert.match(await page.textContent('[data-testid=code-list-name]'), /codelijst: codelijst_instroomreden\.xlsx/);
  assert.match(await page.textContent('[data-testid=link-notice]'), /Codelijst geladen uit codelijst_instroomreden\.xlsx: 6 codes\. Het bijstandsbestand blijft: vng_codes_only\.csv/);
  assert.equal(await kpi(page, 'kpi-total'), '61', 'the caseload stays');
  await page.waitForSelector('[data-testid=row-filter][title="Filter op 14 – Einde Uitkering werkeloosheid"]', { state: 'attached' });
  rows = await tableOf(page, 'chart-instroomreden');
  assert.deepEqual(rows.map((r) => r[0]), [
    '14 – Einde Uitkering werkeloosheid',
    '2 – Beeindiging huwelijk/relatie',
    '0 – Nog te bepalen',
    '43 – Afkomstig van AZC/COA',
    '41 – Verhuizing vanuit andere gemeente',
    'Totaal',
  ]);
  assert.match(await page.textContent('[data-testid=code-list-bar]'), /codelijst_instroomreden\.xlsx \(6 codes\)/);
  await page.screenshot({ path: path.join(OUT, 'vng-code-list.png'), fullPage: true });

  // The real export (header on row 2, timestamp row) replaces it.
  await page.setInputFiles('[data-testid=file-input]', REAL_CODE_LIST);
  await page.waitForSelector('text=code_oorzaak_bijstandsafhankelijkheid.xlsx (32 codes)');
  rows = await tableOf(page, 'chart-instroomreden');
  assert.equal(rows[0][0], '14 – Einde Uitkering werkeloosheid');
  assert.equal(rows[4][0], '41 – Verhuizing vanuit andere gemeente');

  // English.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForSelector('text=Remove code list');
  assert.match(await page.textContent('main'), /labelled from the code list code_oorzaak_bijstandsafhankelijkheid\.xlsx/);
  await page.click('[data-testid=lang-toggle]');

  await page.click('[data-testid=code-list-remove]');
  await page.waitForSelector('[data-testid=code-list-name]', { state: 'detached' });
  rows = await tableOf(page, 'chart-instroomreden');
  assert.equal(rows[0][0], '14');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
