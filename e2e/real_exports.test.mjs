// End-to-end: the exports municipalities actually have (issue 11 §1). A benefits-system
// export with partner rows and no uitkering_id shows its uitkeringen and personen; the VNG
// "Sturen op bijstand" file without any id loads; a file with two equally good end-date
// columns asks in the settings dialog (never guesses), the choice is remembered for the
// next file with the same header row, and "Vergeet deze koppeling" forgets it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { servedBrowser, openPage, kpi, OUT, ROOT, FIXTURES } from './harness.mjs';

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical axe-core findings inside `selector`. */
async function axe(page, selector) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ content: AXE });
  }
  return page.evaluate(async (sel) => {
    const r = await window.axe.run(sel, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, selector);
}

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

const fixture = (name) => path.join(FIXTURES, name);
const dialog = (page) => page.locator('[data-testid=settings-dialog]');

async function loadFile(page, name) {
  await page.setInputFiles('[data-testid=file-input]', fixture(name));
}

async function loaded(page, name) {
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=dataset-name]')?.textContent.includes(n),
    name,
  );
}

async function loaderReport(page) {
  await page.click('[data-testid=tab-datakwaliteit]');
  const report = page.locator('[data-testid=loader-report]');
  await report.waitFor();
  return report;
}

test('a benefits-system export with partner rows and no uitkering_id shows uitkeringen and personen', async () => {
  const { page, context, offsite, consoleErrors } = await openPage(browser, server.origin);
  await loadFile(page, 'uitkeringssysteem_export.csv');
  await loaded(page, 'uitkeringssysteem_export.csv');
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  // 17 rows: 12 dossiers, one with a second period, four with a partner row.
  assert.equal((await page.textContent('[data-testid=dataset-summary]')).trim(), '13 uitkeringen, 16 personen');

  const report = await loaderReport(page);
  const facts = await report.locator('.facts').textContent();
  assert.match(facts, /Ingelezen13 uitkeringen, 16 personen/);
  assert.equal(await kpi(page, 'kpi-dq-rows'), '17');
  assert.match(await report.textContent(), /17 regels gelezen als 13 uitkeringen/);
  // The end reasons in the file's own words, with their category; small counts hidden.
  const reasons = page.locator('[data-testid=loader-exit-reasons] table');
  const rows = await reasons.locator('tbody tr').allTextContents();
  assert.ok(rows.some((r) => /Detentie.*overig \(past in geen categorie\).*<10/.test(r)), rows.join(' | '));
  assert.ok(rows.some((r) => /Start opleiding.*studie/.test(r)), rows.join(' | '));
  assert.ok(rows.some((r) => /Verhuizing naar andere gemeente.*verhuizing buiten gemeente/.test(r)), rows.join(' | '));
  // How each column was matched.
  await report.locator('.load-columns summary').click();
  const columns = await report.locator('.load-columns').textContent();
  assert.match(columns, /Startdatum periodiek algemeen.*herkend aan de woorden in de kop/);
  assert.match(columns, /Omschrijving leefvorm.*omschrijving gekozen boven de code in 'Indicatie leefvorm'/);
  assert.match(columns, /Clientnummer.*telt de personen/);
  // The person column is read (it counts the persons): not among the columns not read.
  const notRead = await report.locator('p', { hasText: 'Niet ingelezen kolommen' }).textContent();
  assert.doesNotMatch(notRead, /Clientnummer/);
  assert.doesNotMatch(await report.locator('.load-warnings').textContent(), /'Clientnummer'/);
  await page.screenshot({ path: path.join(OUT, 'real-exports-quality.png'), fullPage: true });
  assert.deepEqual(await axe(page, '[data-testid=loader-report]'), []);

  // In English the same counts, as English writes them.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForFunction(() => /13 benefits, 16 persons/.test(document.querySelector('[data-testid=dataset-summary]')?.textContent));
  assert.match(await page.textContent('[data-testid=loader-exit-reasons]'), /other \(fits no category\)/);
  assert.deepEqual(offsite(), []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the VNG file without any id loads, one benefit per row', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await loadFile(page, 'vng_dummy.csv');
  await loaded(page, 'vng_dummy.csv');
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  assert.equal((await page.textContent('[data-testid=dataset-summary]')).trim(), '14 uitkeringen');
  const report = await loaderReport(page);
  assert.equal(await kpi(page, 'kpi-dq-rows'), '14');
  assert.match(await report.locator('.facts').textContent(), /Ingelezen14 uitkeringen/);
  assert.match(await report.textContent(), /Geen kolom met een uitkerings- of dossiernummer: elke regel is gelezen als één uitkering/);
  await page.click('[data-testid=tab-samenstelling]');
  await page.waitForSelector('[data-testid=kpi-total]');
  assert.notEqual(await kpi(page, 'kpi-total'), '5.687', 'the VNG file is in view');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('equal columns are asked in the dialog, the choice is remembered for the next file and can be forgotten', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  // A direct load: the banner says why, the data in view stays, the dialog asks.
  await loadFile(page, 'twee_einddatums.csv');
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Twee kolommen passen even goed bij 'einddatum'/);
  assert.match(await banner.textContent(), /De vorige gegevens blijven zichtbaar/);
  assert.equal(await kpi(page, 'kpi-total'), '5.687', 'the previous data stays');
  await dialog(page).waitFor();
  const question = page.locator('[data-testid=ask-einddatum]');
  await question.waitFor();
  assert.match(await question.locator('legend').textContent(), /Welke kolom is Einddatum \(einddatum\)\?/);
  assert.equal(await question.locator('input[type=radio]').count(), 2);
  assert.equal(await question.locator('input[type=radio]:checked').count(), 0, 'never guessed');
  assert.equal(await page.locator('[data-testid=settings-will-remember]').count(), 0);
  assert.deepEqual(await axe(page, '[role=dialog]'), []);
  await page.screenshot({ path: path.join(OUT, 'real-exports-question.png') });

  // Choose by keyboard: the second radio ('Datum einde uitkering').
  await question.locator('input[type=radio]').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector('[data-testid=settings-will-remember]');
  assert.equal(await question.locator('input[type=radio]:checked').count(), 1);
  assert.match(await page.textContent('[data-testid=settings-columns]'), /Datum einde uitkering.*door u gekoppeld/);
  await page.click('[data-testid=settings-load]');
  await loaded(page, 'twee_einddatums.csv');
  assert.equal((await page.textContent('[data-testid=dataset-summary]')).trim(), '12 uitkeringen, 12 personen');
  // Stored in this browser: header names and choices, no data.
  const stored = await page.evaluate(() => localStorage.getItem('bijstandsverkenner.koppelingen'));
  assert.match(stored, /datum_einde_uitkering/);
  assert.doesNotMatch(stored, /3070001|30-06-2024|Werkaanvaarding/);

  // A new session, next month's file with the same header row: loads at once with the choice.
  await page.reload();
  await page.waitForSelector('[data-testid=dataset-name]');
  await loadFile(page, 'twee_einddatums_volgende.csv');
  await loaded(page, 'twee_einddatums_volgende.csv');
  assert.equal(await banner.count(), 0);
  assert.equal(await dialog(page).count(), 0);
  assert.equal((await page.textContent('[data-testid=dataset-summary]')).trim(), '14 uitkeringen, 14 personen');
  const report = await loaderReport(page);
  const note = report.locator('[data-testid=loader-remembered]');
  assert.match(await note.textContent(), /onthouden koppeling.*'Datum einde uitkering' als einddatum/);
  await report.locator('.load-columns summary').click();
  assert.match(await report.locator('.load-columns').textContent(), /Datum einde uitkering.*uit een onthouden koppeling/);
  // The dialog shows it too, with the way to forget it.
  await page.click('[data-testid=settings-open]');
  await dialog(page).waitFor();
  assert.match(await page.textContent('[data-testid=settings-remembered]'), /onthouden koppeling/);
  await page.screenshot({ path: path.join(OUT, 'real-exports-remembered.png') });
  await page.click('[data-testid=settings-cancel]');

  // Forget it: the next load asks again.
  await page.click('[data-testid=loader-forget]');
  await page.waitForFunction(() => /vergeten/.test(document.querySelector('[data-testid=loader-remembered]')?.textContent));
  assert.equal(await page.locator('[data-testid=loader-forget]').count(), 0);
  const after = await page.evaluate(() => localStorage.getItem('bijstandsverkenner.koppelingen'));
  assert.doesNotMatch(after, /datum_einde_uitkering/);
  await loadFile(page, 'twee_einddatums.csv');
  await dialog(page).waitFor();
  await page.locator('[data-testid=ask-einddatum]').waitFor();
  assert.equal(await page.locator('[data-testid=settings-remembered]').count(), 0);
  assert.match(await page.textContent('[data-testid=dataset-name]'), /twee_einddatums_volgende\.csv/, 'the data in view stays');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
