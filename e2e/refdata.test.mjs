// End-to-end: reference data (CBS open data, a waarstaatjegemeente export, the national
// monthly series) load beside the caseload and fill Vergelijking and the index chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { servedBrowser, openPage, kpi, chartsSettled, OUT, FIXTURES, ROOT } from './harness.mjs';

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const CBS = (y) => path.join(FIXTURES, 'cbs', `bijstand_gemeenten_${y}.csv`);
const REEKS = path.join(FIXTURES, 'cbs', 'bijstand_nederland_reeks.csv');
const WSJG = path.join(FIXTURES, 'wsjg_bijstand_twente.csv');
const CASELOAD_2013 = path.join(FIXTURES, 'bijstand_2013_2018.csv');

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** Serious and critical axe-core violations (WCAG 2.1 A/AA, best practices) as lines. */
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, at: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.at.join(', ')}`);
}

const text = async (page, id) => (await page.textContent(`[data-testid=${id}]`)).trim();

/** The rows of the table under chart `id`, as arrays of cell texts. */
async function tableOf(page, id) {
  return page.evaluate((id) => {
    const panel = document.querySelector(`[data-testid=${id}]`).closest('article');
    return [...panel.querySelectorAll('table tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim()));
  }, id);
}

/** The row of `table` whose first cell is `label`. */
function row(table, label) {
  const r = table.find((r) => r[0] === label);
  assert.ok(r, `row ${label} in ${JSON.stringify(table)}`);
  return r;
}

async function load(page, file, name) {
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForFunction((n) => document.querySelector('[data-testid=reference-name]')?.textContent.includes(n) ||
    document.querySelector('[data-testid=refdata-files]')?.textContent.includes(n), name);
}

test('CBS open data fill Vergelijking beside the caseload: Enschede 2015 and 2017', async () => {
  const { page, consoleErrors } = await openPage(browser, server.origin);
  const caseload = (await text(page, 'dataset-name')).split(' + ')[0];
  await page.setInputFiles('[data-testid=file-input]', CBS(2015));
  await page.waitForSelector('[data-testid=reference-name]');
  assert.match(await text(page, 'reference-name'), /CBS open data, 2015, 3\d\d gemeenten/);
  assert.match(await text(page, 'link-notice'), /Referentiecijfers geladen/);
  await load(page, CBS(2017), '2015–2017');
  assert.ok((await text(page, 'dataset-name')).startsWith(caseload), 'the caseload stays');
  assert.equal(await kpi(page, 'kpi-total'), '5.687', 'the caseload screens still show the caseload');

  await page.click('[data-testid=tab-vergelijking]');
  await page.waitForSelector('[data-testid=chart-ref-rates]');
  assert.equal(await page.inputValue('[data-testid=refdata-own]'), 'GM0153', "the caseload's gemeente_code");
  assert.match(await text(page, 'refdata-files'), /bijstand_gemeenten_2015\.csv.*bijstand_gemeenten_2017\.csv/s);
  let t = await tableOf(page, 'chart-ref-rates');
  assert.deepEqual(t[0], ['Cijfer', 'GM0153', 'Nederland']);
  assert.deepEqual(row(t, 'Personen met bijstand'), ['Personen met bijstand', '8.560', '508.480']);
  assert.equal(row(t, 'Instroom')[1], '1.890');
  assert.equal(row(t, 'Instroom (%)')[1], '17,5%');
  assert.equal(row(t, 'Uitstroom')[1], '2.120');
  assert.equal(row(t, 'Uitstroom (%)')[1], '20,0%');
  assert.equal(await kpi(page, 'kpi-ref-ontvangers'), '8.560');
  assert.equal(await kpi(page, 'kpi-ref-instroom'), '17,5%');
  assert.match(await text(page, 'refdata-notes'), /Bron: CBS open data \(bijstand_gemeenten_2015\.csv\), CBS open data \(bijstand_gemeenten_2017\.csv\); jaar 2017/);
  assert.match(await text(page, 'refdata-notes'), /\* voorlopig, \*\* nader voorlopig, x geheim/);

  // 2015.
  await page.selectOption('[data-testid=refdata-year]', '2015');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-ref-ontvangers] .kpi-value').textContent === '8.670');
  t = await tableOf(page, 'chart-ref-rates');
  assert.equal(row(t, 'Personen met bijstand')[1], '8.670');
  assert.equal(row(t, 'Instroom')[1], '2.380');

  // The size class and a list; the typed-in comparison below still works.
  await page.selectOption('[data-testid=refdata-year]', '2017');
  await page.selectOption('[data-testid=refdata-group]', '2');
  await page.waitForFunction(() => /gemeenten met 100\.000 tot 150\.000 inwoners/.test(document.querySelector('[data-testid=refdata]').textContent));
  await page.selectOption('[data-testid=refdata-group]', '1');
  await page.waitForSelector('[data-testid=refdata-province]');
  await page.selectOption('[data-testid=refdata-province]', 'PV23');
  await page.waitForFunction(() => /Overijssel \(PV23\)/.test(document.querySelector('[data-testid=refdata]').textContent));
  t = await tableOf(page, 'chart-ref-rates');
  assert.deepEqual(t[0], ['Cijfer', 'GM0153', 'Overijssel (PV23)']);
  assert.equal(row(t, 'Personen met bijstand')[2], '32.260');
  await page.selectOption('[data-testid=refdata-group]', '3');
  await page.fill('[data-testid=refdata-list]', 'GM0164; 0141');
  await page.press('[data-testid=refdata-list]', 'Tab');
  await page.waitForFunction(() => /eigen lijst \(2 gemeenten\)/.test(document.querySelector('[data-testid=refdata]').textContent));
  t = await tableOf(page, 'chart-ref-rates');
  assert.equal(row(t, 'Personen met bijstand')[2], '6.670', 'Hengelo 2.990 + Almelo 3.680');
  assert.ok(await page.isVisible('[data-testid=groei-referentie]'), 'the typed-in comparison is still there');

  // Another own municipality by name is not in a file with codes only: said so.
  await page.fill('[data-testid=refdata-own]', 'Nergenshuizen');
  await page.press('[data-testid=refdata-own]', 'Tab');
  await page.waitForSelector('[data-testid=refdata-problem]');
  assert.match(await text(page, 'refdata-problem'), /'Nergenshuizen' staat niet in de referentiecijfers/);
  await page.fill('[data-testid=refdata-own]', '');
  await page.press('[data-testid=refdata-own]', 'Tab');
  await page.waitForSelector('[data-testid=refdata-problem]', { state: 'detached' });
  await page.waitForSelector('[data-testid=chart-ref-rates] .main-svg');
  await page.screenshot({ path: path.join(OUT, 'refdata-cbs.png'), fullPage: true });
  await page.locator('[data-testid=refdata]').screenshot({ path: path.join(OUT, 'refdata-cbs-section.png') });
  assert.deepEqual(await axe(page), []);

  // English formats.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForSelector('text=Compare with reference figures');
  t = await tableOf(page, 'chart-ref-rates');
  assert.equal(row(t, 'Persons on bijstand')[1], '8,560');
  assert.equal(row(t, 'Inflow')[1], '1,890');
  assert.equal(row(t, 'Inflow (%)')[1], '17.5%');
  assert.equal(row(t, 'Outflow')[1], '2,120');
  assert.match(await text(page, 'reference-name'), /CBS open data, 2015–2017, 3\d\d municipalities/);
  // Charts out of view are redrawn a moment later (`aria-busy` until then).
  await page.waitForFunction(() => !document.querySelector('[data-testid=refdata] [aria-busy=true]'));
  const english = await page.evaluate(() => document.querySelector('[data-testid=refdata]').innerText);
  assert.doesNotMatch(english, /(?<![\d.,])\d{1,3}(\.\d{3})+(?![\d.,%])/, 'no Dutch thousands dot in English');
  assert.doesNotMatch(english, /(?<![\d.,])\d+,\d{1,2}%/, 'no Dutch decimal comma in English');

  // Removed: the caseload stays.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForSelector('text=Vergelijken met referentiecijfers');
  await page.click('[data-testid=refdata-remove]');
  await page.waitForSelector('[data-testid=refdata-how-to]');
  assert.equal(await page.$('[data-testid=reference-name]'), null);
  assert.ok((await text(page, 'dataset-name')).startsWith(caseload));
  assert.deepEqual(consoleErrors, []);
});

test('a waarstaatjegemeente export fills Vergelijking with names; a new caseload keeps it', async () => {
  const { page, consoleErrors } = await openPage(browser, server.origin);
  await load(page, WSJG, 'waarstaatjegemeente.nl');
  assert.match(await text(page, 'reference-name'), /waarstaatjegemeente\.nl, 2015–2017, 4 gemeenten/);
  await page.click('[data-testid=tab-vergelijking]');
  await page.waitForSelector('[data-testid=chart-ref-rates]');
  assert.equal(await text(page, 'refdata-own-found'), 'Enschede (GM0153)');
  let t = await tableOf(page, 'chart-ref-rates');
  assert.deepEqual(t[0], ['Cijfer', 'Enschede (GM0153)', 'Nederland']);
  assert.deepEqual(row(t, 'Personen met bijstand').slice(1), ['8.560', '508.480']);
  assert.equal(row(t, 'Instroom')[1], '1.890');
  assert.equal(row(t, 'Instroom (%)')[1], '17,5%');
  assert.equal(row(t, 'Uitstroom')[1], '2.120');
  assert.equal(row(t, 'Per 1.000 inwoners')[1], '64,0');
  await page.selectOption('[data-testid=refdata-year]', '2015');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-ref-ontvangers] .kpi-value').textContent === '8.670');
  // By name; markers shown as markers, never 0.
  await page.fill('[data-testid=refdata-own]', 'dinkelland');
  await page.press('[data-testid=refdata-own]', 'Tab');
  await page.waitForFunction(() => document.querySelector('[data-testid=refdata-own-found]')?.textContent === 'Dinkelland (GM1774)');
  t = await tableOf(page, 'chart-ref-rates');
  assert.equal(row(t, 'Personen met bijstand')[1], '.');
  await page.locator('[data-testid=refdata]').screenshot({ path: path.join(OUT, 'refdata-wsjg.png') });

  // A new caseload keeps the reference figures.
  await page.setInputFiles('[data-testid=file-input]', CASELOAD_2013);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]').textContent.startsWith('bijstand_2013_2018.csv'));
  assert.match(await text(page, 'reference-name'), /waarstaatjegemeente/);
  assert.match(await text(page, 'link-notice'), /referentiecijfers .* blijven geladen/);
  assert.deepEqual(consoleErrors, []);
});

test('the national series adds the national line to the index chart', async () => {
  const { page, consoleErrors } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', CASELOAD_2013);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]').textContent.startsWith('bijstand_2013_2018.csv'));
  await load(page, REEKS, 'landelijke maandreeks');
  assert.match(await text(page, 'reference-name'), /CBS open data, landelijke maandreeks jan 1998 – okt 2018/);
  await page.click('[data-testid=tab-dynamiek]');
  await page.waitForSelector('[data-testid=chart-index]');
  await page.fill('[data-testid=index-basis]', '2017-01');
  await page.dispatchEvent('[data-testid=index-basis]', 'change');
  let t;
  await page.waitForFunction(() => /Nederland \(CBS, jan 2017 = 100\)/.test(document.querySelector('[data-testid=chart-index]').closest('article').textContent));
  t = await tableOf(page, 'chart-index');
  assert.equal(t[0][2], 'Nederland (CBS, jan 2017 = 100)');
  assert.equal(row(t, 'jan 2017')[2], '100,0');
  assert.match(row(t, 'okt 2018')[2], /^\d{2,3},\d$/);
  assert.equal(row(t, 'dec 2018')[2], '–', 'after the series ends: empty, never 0');
  // The index chart with the new basis is drawn (out of view: a moment later).
  await chartsSettled(page);
  const traces = await page.evaluate(() => document.querySelector('[data-testid=chart-index] .chart-plot').data.length);
  assert.equal(traces, 2, 'two lines');
  await page.locator('[data-testid=chart-index]').screenshot({ path: path.join(OUT, 'refdata-national-line.png') });
  // English.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForFunction(() => /the Netherlands \(CBS, Jan 2017 = 100\)/.test(document.querySelector('[data-testid=chart-index]').closest('article').textContent));
  t = await tableOf(page, 'chart-index');
  assert.equal(row(t, 'Jan 2017')[2], '100.0');
  assert.deepEqual(consoleErrors, []);
});
