// End-to-end: LKS contracts file (added to the caseload), loonwaarde histogram, goal-seek
// "which loonwaarde increase pays for X", and named scenarios compared as A and B.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { servedBrowser, openPage, kpi, setField, OUT, ROOT } from './harness.mjs';

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const CONTRACTS = path.join(ROOT, 'data', 'lks_contracten_synthetisch.csv');

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

test('a contracts file is added to the caseload: counts 451/220/155 and the loonwaarde histogram', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  const caseload = await text(page, 'dataset-name');
  await page.setInputFiles('[data-testid=file-input]', CONTRACTS);
  await page.waitForSelector('[data-testid=contracts-name]');
  assert.match(await text(page, 'contracts-name'), /lks_contracten_synthetisch\.csv/);
  assert.ok((await text(page, 'dataset-name')).startsWith(caseload.split(' + ')[0]), 'the caseload stays');
  assert.match(await text(page, 'link-notice'), /811 contracten/);
  // The caseload screens still show the synthetic caseload.
  assert.equal(await kpi(page, 'kpi-total'), '5.687');

  await page.click('[data-testid=tab-lks]');
  await page.waitForSelector('[data-testid=lks-counts]');
  assert.equal(await text(page, 'lks-count-start'), '451');
  assert.equal(await text(page, 'lks-count-started'), '220');
  assert.equal(await text(page, 'lks-count-ended'), '155');
  assert.equal(await kpi(page, 'kpi-lks-running'), '516');
  assert.equal(await kpi(page, 'kpi-lks-inuse'), '671');
  assert.match(await kpi(page, 'kpi-lks-loonwaarde'), /^\d\d,\d%$/);
  await page.waitForSelector('[data-testid=chart-lks-loonwaarde] .main-svg');
  const panel = await page.textContent('main');
  assert.match(panel, /Gemiddeld \d\d,\d% · mediaan \d\d,\d% · n = 516/);
  assert.match(panel, /<10/, 'small bins are suppressed');

  // Another year is counted from the same rows.
  await page.selectOption('[data-testid=lks-year]', '2023');
  await page.waitForFunction(() => document.querySelector('[data-testid=lks-count-start]').textContent !== '451');
  await page.selectOption('[data-testid=lks-year]', '2024');
  await page.waitForFunction(() => document.querySelector('[data-testid=lks-count-start]').textContent === '451');

  // The mean feeds the raise: 516 running contracts from their mean loonwaarde.
  await page.check('[data-testid=lks-raise-from-contracts]');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-lks-raise] .kpi-note').textContent.startsWith('516 contracten'));
  assert.match(await page.textContent('[data-testid=kpi-lks-raise] .kpi-note'), /vanaf \d\d,\d%/);
  await page.screenshot({ path: path.join(OUT, 'lks-contracts.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);

  // Switching the counts off brings back the entered values.
  await page.uncheck('[data-testid=lks-use-contracts]');
  await page.waitForSelector('[data-testid=lks-start]');
  await setField(page, 'lks-started', '300');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-lks-running] .kpi-value').textContent === '596');
  await page.check('[data-testid=lks-use-contracts]');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-lks-running] .kpi-value').textContent === '516');

  // English.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForSelector('text=Count from the contracts file');
  assert.match(await page.textContent('main'), /Wage value of the contracts running on 30 Sep 2024/);

  // Removing the contracts keeps the caseload.
  await page.click('[data-testid=contracts-remove]');
  await page.waitForSelector('[data-testid=contracts-name]', { state: 'detached' });
  assert.equal(await page.$('[data-testid=chart-lks-loonwaarde]'), null);
  assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity|∞/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('goal-seek: which loonwaarde increase pays for a saving', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-lks]');
  // Marginal: 1 point over 516 full-time contracts saves € 2.133,60·12·1,08·1,235/100·516 ≈ € 176.212.
  assert.match(await text(page, 'goalseek-loonwaarde'), /€ 1\.000\.000 per jaar vraagt 5,7 procentpunt hogere loonwaarde over 516 contracten/);
  await setField(page, 'lks-goal-saving', '3000000');
  await page.waitForFunction(() => /vraagt 17,0 procentpunt/.test(document.querySelector('[data-testid=goalseek-loonwaarde]').textContent));
  // From a known mean of 25% only the points above the 70% cap save money: more are needed.
  await setField(page, 'lks-raise-from', '25');
  await page.waitForFunction(() => /vraagt 22,0 procentpunt/.test(document.querySelector('[data-testid=goalseek-loonwaarde]').textContent));
  // Out of reach: a clear message, not a number.
  await setField(page, 'lks-goal-saving', '900000000');
  await page.waitForFunction(() => /Niet haalbaar/.test(document.querySelector('[data-testid=goalseek-loonwaarde]').textContent));
  await context.close();
});

test('named scenarios: save two, compare them as A and B, rename, delete, kept after reload', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  await page.fill('[data-testid=scenario-name]', 'Begroting');
  await page.click('[data-testid=scenario-save]');
  await setField(page, 'buig-local', '2');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent === '€ 1,10 mln');
  await page.fill('[data-testid=scenario-name]', 'Somber');
  await page.click('[data-testid=scenario-save]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=saved-scenario]').length === 2);

  await page.selectOption('[data-testid=compare-a]', { label: 'Begroting' });
  await page.selectOption('[data-testid=compare-b]', { label: 'Somber' });
  await page.click('[data-testid=scenario-compare]');
  await page.waitForSelector('[data-testid=compare-ab] table');
  const table = await text(page, 'compare-ab');
  assert.match(table, /A: Begroting/);
  assert.match(table, /B: Somber/);
  assert.match(table, /€ 1,61 mln/);
  assert.match(table, /€ 1,10 mln/);
  assert.equal(await kpi(page, 'kpi-buig-result'), '€ 1,61 mln', 'A is the opened scenario');
  await page.screenshot({ path: path.join(OUT, 'scenarios.png'), fullPage: true });
  assert.deepEqual(await axe(page), []);

  // Kept in this browser: still there after a reload.
  await page.reload();
  await page.waitForSelector('[data-testid=dataset-name]');
  await page.click('[data-testid=tab-buig]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=saved-scenario]').length === 2);
  await page.fill('[data-testid=saved-name-0]', 'Basis 2025');
  await page.press('[data-testid=saved-name-0]', 'Tab');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=compare-b] option')].some((o) => o.textContent === 'Basis 2025'));
  await page.click('[data-testid=saved-open-1]');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent === '€ 1,10 mln');
  await page.click('[data-testid=saved-delete-1]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=saved-scenario]').length === 1);
  assert.equal(await page.inputValue('[data-testid=saved-name-0]'), 'Basis 2025');
  await context.close();
});

test('LKS spending of the BUIG year can be taken over from the monthly amounts in a contracts file', async () => {
  const { writeFileSync } = await import('node:fs');
  const rows = ['contract_id;startdatum;einddatum;loonwaarde_pct;subsidie_mnd'];
  for (let i = 1; i <= 500; i++) rows.push(`C${i};01-01-2024;;45;1.400,00`);
  rows.push('C501;01-01-2024;;50;');
  const file = path.join(OUT, 'lks_bedragen.csv');
  writeFileSync(file, rows.join('\r\n') + '\r\n');
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForSelector('[data-testid=contracts-name]');
  await page.click('[data-testid=tab-buig]');
  await page.waitForSelector('[data-testid=buig-lks-from-contracts]');
  const help = await text(page, 'buig-lks-from-contracts');
  // 500 × € 1.400 × 12 = € 8,40 mln in 2025; the one without an amount is named.
  assert.match(help, /Uit het contractenbestand 2025: € 8,40 mln \(500 contracten met een subsidiebedrag, 1 zonder bedrag niet meegeteld/);
  assert.equal(await kpi(page, 'kpi-buig-result'), '€ 1,61 mln', 'nothing changes before taking it over');
  await page.click('[data-testid=buig-lks-take]');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent === '€ 3,11 mln');
  assert.equal(await page.inputValue('[data-testid=buig-lks]'), '8,40');
  assert.ok(await page.isDisabled('[data-testid=buig-lks-take]'), 'taken over');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
