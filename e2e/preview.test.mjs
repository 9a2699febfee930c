// End-to-end: the settings dialog of a file ("Instellingen controleren"). A failed load
// leads to the dialog, the user overrides what was detected (date order, column mapping),
// the preview follows, and "Laden" loads with those settings; the dialog is a real modal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { servedBrowser, openPage, kpi, OUT, ROOT, FIXTURES } from './harness.mjs';

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical axe-core findings (WCAG 2.1 A/AA, best practices) inside the open dialog. */
async function axeDialog(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ content: AXE });
  }
  return page.evaluate(async () => {
    const r = await window.axe.run('[role=dialog]', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** Twelve running benefits and one that ended on 30 September 2024, in `fmt` order. */
function rows(date) {
  const out = [];
  for (let i = 1; i <= 12; i++) {
    out.push([`U${i}`, i % 2 ? 'V' : 'M', 1960 + i, i % 3 ? 'Noord' : 'Zuid', date(2023, i, 13 + (i % 10)), '']);
  }
  out.push(['U13', 'M', 1990, 'Zuid', date(2023, 2, 1), date(2024, 9, 30)]);
  return out;
}
const us = (y, m, d) => `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
const nl = (y, m, d) => `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;

function write(name, text) {
  const p = path.join(OUT, name);
  writeFileSync(p, text);
  return p;
}

const dialog = (page) => page.locator('[data-testid=settings-dialog]');

test('a comma file with American dates fails, the dialog shows why, month-first loads it', async () => {
  const { page, context, offsite, consoleErrors } = await openPage(browser, server.origin);
  const file = write(
    'amerikaans.csv',
    'uitkering_id,geslacht,geboortejaar,stadsdeel,startdatum,einddatum\n' +
      rows(us).map((r) => r.join(',')).join('\n') + '\n',
  );
  await page.setInputFiles('[data-testid=file-input]', file);
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /regel 2/);
  assert.equal(await kpi(page, 'kpi-total'), '5.687', 'the previous data stays');
  await page.screenshot({ path: path.join(OUT, 'preview-banner.png') });

  // The banner leads straight to the dialog for this file.
  await page.click('[data-testid=error-settings]');
  await dialog(page).waitFor();
  assert.match(await page.textContent('#settings-h'), /Instellingen voor amerikaans\.csv/);
  assert.match(await page.textContent('[data-testid=settings-load-error]'), /regel 2/);
  // What was detected: comma separator, decimal point, and dates that look American.
  const sep = page.locator('[data-testid=setting-separator]');
  assert.match(await sep.locator('option:checked').textContent(), /Automatisch: komma \(,\)/);
  assert.match(await page.locator('[data-testid=setting-decimal] option:checked').textContent(), /decimale punt/);
  assert.match(await page.textContent('#setting-dates-note'), /lijken maand-dag-jaar/);
  assert.match(await page.textContent('#setting-dates-note'), /Voorbeeld: ‘01\/14\/2023’ wordt geen geldige datum\./);
  const preview = page.locator('[data-testid=settings-preview]');
  assert.equal(await preview.locator('tbody tr').count(), 10, 'the first ten rows');
  assert.match(await preview.locator('tbody tr').first().textContent(), /01\/14\/2023/);

  await page.selectOption('[data-testid=setting-dates]', { label: 'maand-dag-jaar (Amerikaans, 09-30-2024)' });
  await page.waitForFunction(() => document.querySelector('[data-testid=settings-reset]') && !document.querySelector('[data-testid=settings-reset]').disabled);
  assert.equal(await page.locator('[data-testid=settings-error]').count(), 0);
  assert.match(await page.textContent('#setting-dates-note'), /‘01\/14\/2023’ wordt 14-01-2023\./);
  await page.screenshot({ path: path.join(OUT, 'preview-dialog.png') });
  assert.deepEqual(await axeDialog(page), []);
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'preview-table.png') });

  await page.click('[data-testid=settings-load]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('amerikaans.csv'));
  assert.equal(await dialog(page).count(), 0);
  assert.equal(await banner.count(), 0);
  assert.equal(await kpi(page, 'kpi-total'), '12');
  // The latest date, 09/30/2024 read month-first, sets the peildatum.
  assert.match(await page.textContent('[data-testid=kpi-total] .kpi-note'), /30-09-2024/);

  // Checking again starts from the settings it loaded with.
  await page.click('[data-testid=settings-open]');
  await dialog(page).waitFor();
  assert.match(await page.locator('[data-testid=setting-dates] option:checked').textContent(), /maand-dag-jaar/);
  await page.click('[data-testid=settings-cancel]');
  assert.equal(await dialog(page).count(), 0);
  assert.equal(await kpi(page, 'kpi-total'), '12');
  assert.deepEqual(offsite(), []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('unknown column names: the dialog maps them and the file loads', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const file = write(
    'eigen_namen.csv',
    'Dossiernr;MV;Jaar;Wijkje;Eerste dag;Laatste dag\n' + rows(nl).map((r) => r.join(';')).join('\n') + '\n',
  );
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.locator('[data-testid=error-banner]').waitFor();
  await page.click('[data-testid=error-settings]');
  await dialog(page).waitFor();
  assert.ok(await page.locator('[data-testid=settings-error]').count(), 'the preview says it cannot read the header');
  const columns = page.locator('[data-testid=settings-columns] tbody tr');
  assert.equal(await columns.count(), 6);
  assert.deepEqual(await axeDialog(page), []);
  const map = async (i, label) => {
    await page.selectOption(`[data-testid=setting-col-${i}]`, { label });
  };
  await map(0, 'Uitkeringsnummer (pseudoniem) (uitkering_id)');
  await map(1, 'Geslacht (geslacht)');
  await map(2, 'Geboortejaar (geboortejaar)');
  await map(4, 'Startdatum (startdatum)');
  await map(5, 'Einddatum (einddatum)');
  await page.locator('[data-testid=settings-preview]').waitFor();
  assert.equal(await page.locator('[data-testid=settings-error]').count(), 0);
  assert.match(await columns.nth(1).textContent(), /door u gekoppeld/);
  assert.match(await columns.nth(3).locator('option:checked').textContent(), /niet gebruiken/);
  await page.click('[data-testid=settings-load]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('eigen_namen.csv'));
  assert.equal(await kpi(page, 'kpi-total'), '12');
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  await context.close();
});

test('the dialog is modal, speaks English, and can open before every load', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const file = write(
    'gewoon.csv',
    'uitkering_id;geslacht;geboortejaar;stadsdeel;startdatum;einddatum\n' + rows(nl).map((r) => r.join(';')).join('\n') + '\n',
  );
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('gewoon.csv'));
  assert.equal(await kpi(page, 'kpi-total'), '12');

  // Focus moves in, Tab stays inside, Esc closes and focus returns to the opener.
  await page.click('[data-testid=settings-open]');
  await dialog(page).waitFor();
  const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'));
  assert.ok(await inDialog());
  const stops = await page.locator('[role=dialog] button:not([disabled]), [role=dialog] select, [role=dialog] input, [role=dialog] [tabindex="0"]').count();
  for (let i = 0; i < stops + 2; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await inDialog(), `Tab ${i + 1} stays in the dialog`);
  }
  await page.keyboard.press('Shift+Tab');
  assert.ok(await inDialog());
  // Every select has a label (its accessible name).
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('[role=dialog] select')].filter((s) => !s.labels?.length || !s.labels[0].textContent.trim()).length);
  assert.equal(unnamed, 0);
  await page.keyboard.press('Escape');
  assert.equal(await dialog(page).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'settings-open');

  // English.
  await page.click('[data-testid=lang-toggle]');
  await page.click('[data-testid=settings-open]');
  await dialog(page).waitFor();
  assert.match(await page.textContent('#settings-h'), /Settings for gewoon\.csv/);
  assert.match(await page.locator('[data-testid=setting-separator] option:checked').textContent(), /Automatic: semicolon \(;\)/);
  assert.match(await page.textContent('[data-testid=settings-load]'), /Load/);

  // "Always show settings first": the next file opens the dialog instead of loading.
  await page.check('[data-testid=settings-first]');
  await page.click('[data-testid=settings-cancel]');
  // A file over 256 KB: the preview reads its head only, Load reads all of it.
  const many = Array.from({ length: 12000 }, (_, i) => `T${i + 1};${i % 2 ? 'V' : 'M'};1970;Noord;01-01-2024;`);
  const second = write('tweede.csv', 'uitkering_id;geslacht;geboortejaar;stadsdeel;startdatum;einddatum\n' + many.join('\n') + '\n');
  await page.setInputFiles('[data-testid=file-input]', second);
  await dialog(page).waitFor();
  assert.match(await page.textContent('#settings-h'), /tweede\.csv/);
  assert.match(await page.textContent('.settings-facts'), /the first 256 kB of the file/);
  assert.equal(await page.locator('[data-testid=settings-preview] tbody tr').count(), 10);
  assert.match(await page.textContent('[data-testid=dataset-name]'), /gewoon\.csv/, 'nothing loaded yet');
  // Remembered in this browser.
  assert.equal(await page.evaluate(() => localStorage.getItem('bijstandsverkenner.instellingen-eerst')), '1');
  // Cancel keeps the file in view, and its settings stay checkable.
  await page.click('[data-testid=settings-cancel]');
  assert.equal(await dialog(page).count(), 0);
  await page.click('[data-testid=settings-open]');
  await dialog(page).waitFor();
  assert.match(await page.textContent('#settings-h'), /gewoon\.csv/);
  await page.keyboard.press('Escape');
  await page.setInputFiles('[data-testid=file-input]', second);
  await dialog(page).waitFor();
  assert.match(await page.textContent('#settings-h'), /tweede\.csv/);
  await page.click('[data-testid=settings-load]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('tweede.csv'));
  // The interface is in English here, so the count is too.
  assert.equal(await kpi(page, 'kpi-total'), '12,000');
  await context.close();
});

test('a workbook: the dialog offers its sheets, a sheet without a header is an error in the dialog', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', path.join(FIXTURES, 'episodes_openpyxl.xlsx'));
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('episodes_openpyxl.xlsx'));
  await page.click('[data-testid=settings-open]');
  await dialog(page).waitFor();
  assert.match(await page.textContent('.settings-facts'), /Excel \(\.xlsx\)/);
  assert.equal(await page.locator('[data-testid=setting-separator]').count(), 0, 'no separator in a workbook');
  const sheet = page.locator('[data-testid=setting-sheet]');
  const auto = (await sheet.locator('option').first().textContent()).trim();
  assert.match(auto, /^Automatisch: '.+'$/);
  const names = (await sheet.locator('option').allTextContents()).slice(1);
  const read = auto.match(/'(.+)'/)[1];
  assert.ok(names.length >= 2 && names.includes(read), names.join(', '));
  // The other sheet (the title sheet) has no header with known column names.
  await page.selectOption('[data-testid=setting-sheet]', { label: names.find((n) => n !== read) });
  await page.locator('[data-testid=settings-error]').waitFor();
  assert.match(await page.textContent('[data-testid=settings-error]'), /kolomnamen|kopregel|blad/i);
  await page.click('[data-testid=settings-reset]');
  await page.locator('[data-testid=settings-preview]').waitFor();
  assert.equal(await page.locator('[data-testid=settings-error]').count(), 0);
  assert.equal((await sheet.locator('option:checked').textContent()).trim(), auto);
  await page.click('[data-testid=settings-cancel]');
  assert.match(await page.textContent('[data-testid=dataset-name]'), /episodes_openpyxl\.xlsx/);
  await context.close();
});
