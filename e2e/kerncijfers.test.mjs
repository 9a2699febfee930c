// End-to-end: the report's kerncijfers as tables, the data-quality panel and the
// comparisons (F2, F3, F5), for the embedded kerncijfers and the synthetic episodes.
// E2E_DIST=<folder> serves another build than dist/ (see harness.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, OUT, settledHash } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** The cells of the first table row in a section whose row header is exactly `label`. */
async function row(page, section, label) {
  return page.$eval(`[data-testid=section-${section}] table`, (t, label) => {
    const tr = [...t.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent.trim() === label);
    return tr ? [...tr.children].map((c) => c.textContent.trim()) : null;
  }, label);
}

async function loadKerncijfers(page) {
  await page.click('[data-testid=load-kerncijfers]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('Uitvoeringsprogramma EAA 2025'));
  await page.waitForSelector('[data-testid=section-tabel-14]');
}

test('the kerncijfers view shows the printed tables with their sources', async () => {
  const { page, context, consoleErrors, offsite } = await openPage(browser, server.origin);
  await loadKerncijfers(page);
  assert.equal(await page.getAttribute('[data-testid=tab-kerncijfers]', 'aria-selected'), 'true');
  const bestand = await page.textContent('[data-testid=section-bestand]');
  assert.match(bestand, /5\.687/);
  // Table 14 (columns: label, 2023, Q1–Q3 2024).
  assert.deepEqual(await row(page, 'tabel-14', 'Uitstroom totaal'), ['Uitstroom totaal', '', '945']);
  const reasons = ['Uitstroom werk', 'Uitstroom studie', 'Plaatsing Werkplein', 'Zelfstandig (na ondersteuning gemeenten)', 'Overig (o.a. overlijden, verhuizen, bereiken AOW-leeftijd)'];
  const printed = [];
  for (const r of reasons) printed.push((await row(page, 'tabel-14', r))[2]);
  assert.deepEqual(printed, ['337', '44', '261', '16', '287']);
  const t14 = page.locator('[data-testid=section-tabel-14]');
  assert.match(await t14.locator('.bron').textContent(), /Uitvoeringsprogramma EAA 2025, tabel 14/);
  assert.deepEqual(await row(page, 'tabel-10', 'Totaal'), ['Totaal', '', '1.204']);
  // Table 6: the printed total (not the sum of the groups) with the note next to it.
  const t6 = page.locator('[data-testid=section-tabel-6]');
  assert.deepEqual(await row(page, 'tabel-6', '2023 · Totaal'), ['2023 · Totaal', '1.275', '1.270']);
  await t6.locator('[data-testid=note-X3-2023-instroom]').waitFor();
  // Table 6 and Figure 9 side by side, sources named.
  const versions = await t6.locator('[data-testid=versions-tabel-6]').textContent();
  assert.match(versions, /Tabel 6.*Figuur 9/s);
  assert.match(versions, /1\.091.*867/s);
  for (const id of ['chart-tabel-6', 'chart-tabel-7', 'chart-tabel-10', 'chart-tabel-14', 'chart-buig', 'chart-bijlage-1', 'chart-tabel-12', 'chart-tabel-13', 'chart-tabel-17']) {
    await page.waitForSelector(`[data-testid=${id}] .main-svg`);
    assert.equal(await page.locator(`[data-testid=${id}] .chart-error`).count(), 0, id);
  }
  assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity|undefined/);
  await page.screenshot({ path: path.join(OUT, 'kerncijfers.png'), fullPage: true });
  await t6.screenshot({ path: path.join(OUT, 'kerncijfers-tabel6.png') });
  assert.deepEqual(offsite(), []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('published small counts are hidden by default and shown as printed when switched off', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await loadKerncijfers(page);
  const box = page.locator('[data-testid=suppress-published]');
  assert.equal(await box.isChecked(), true, 'default on (DATA-MODEL §5)');
  // Table 10: Entreeopleiding 9 is below 10; the total stays as printed.
  assert.deepEqual(await row(page, 'tabel-10', 'Entreeopleiding'), ['Entreeopleiding', '', '<10']);
  assert.deepEqual(await row(page, 'tabel-10', 'Totaal'), ['Totaal', '', '1.204']);
  const hidden = await page.$eval('[data-testid=section-tabel-10] table', (t) => [...t.querySelectorAll('tbody td')].filter((c) => c.textContent.trim() === '<10').length);
  assert.ok(hidden >= 2, `complementary suppression hides a second cell (${hidden})`);
  await box.uncheck();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=section-tabel-10] tbody tr')].some((r) => r.textContent.includes('Entreeopleiding') && r.textContent.trim().endsWith('9')));
  assert.deepEqual(await row(page, 'tabel-10', 'Entreeopleiding'), ['Entreeopleiding', '', '9']);
  // The setting is part of the scenario, so the link carries it.
  assert.match(await settledHash(page), /^#s=1\./);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('Datakwaliteit lists the findings and how the file was read', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await loadKerncijfers(page);
  await page.click('[data-testid=tab-datakwaliteit]');
  for (const id of ['X2-2024-tabel_6', 'X3-2023-instroom', 'X3-2024-instroom', 'X5-2024', 'X8-2024']) {
    const f = page.locator(`[data-testid=finding-${id}]`);
    await f.waitFor();
    assert.match(await f.getAttribute('class'), /tone-letop/, id);
  }
  assert.match(await page.textContent('[data-testid=finding-X8-2024]'), /13% onder het jaardoel/);
  assert.match(await page.textContent('[data-testid=finding-X3-2024-uitstroom]'), /Optelling klopt/);
  const loader = await page.textContent('[data-testid=loader-report]');
  assert.match(loader, /UTF-8 met BOM/);
  assert.match(loader, /puntkomma/);
  assert.match(loader, /regel 2/);
  await page.screenshot({ path: path.join(OUT, 'datakwaliteit.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('Vergelijking: growth score, participation with a selectable denominator, Werkplein pace', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await loadKerncijfers(page);
  await page.click('[data-testid=tab-vergelijking]');
  await page.waitForSelector('[data-testid=kpi-score]');
  assert.equal(await kpi(page, 'kpi-groei'), '+1,14%');
  assert.equal(await kpi(page, 'kpi-score'), '+0,65 procentpunt');
  assert.equal(await kpi(page, 'kpi-impact'), '€ 0,67 mln');
  assert.equal(await kpi(page, 'kpi-participatie'), '21,29%');
  assert.equal(await kpi(page, 'kpi-participatie-nodig'), '41 personen');
  assert.equal(await kpi(page, 'kpi-werkplein-jaar'), '87,0%');
  assert.equal(await kpi(page, 'kpi-werkplein-tempo'), '116,0%');
  assert.match(await page.textContent('[data-testid=werkplein-lezingen]'), /13,0% onder het jaardoel.*\+16,0%/s);
  // Another denominator: the stock on the peildatum.
  await page.selectOption('[data-testid=participatie-noemer]', { index: 0 });
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-participatie] .kpi-value').textContent === '21,17%');
  assert.equal(await kpi(page, 'kpi-participatie-nodig'), '48 personen');
  // A higher cost per benefit moves the euro effect.
  await page.fill('[data-testid=groei-kosten]', '20.000');
  await page.press('[data-testid=groei-kosten]', 'Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-impact] .kpi-value').textContent === '€ 0,73 mln');
  for (const id of ['chart-groei', 'chart-groei-index', 'chart-participatie', 'chart-werkplein']) {
    await page.waitForSelector(`[data-testid=${id}] .main-svg`);
  }
  assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity/);
  await page.screenshot({ path: path.join(OUT, 'vergelijking.png'), fullPage: true });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('for benefit episodes the comparison and data quality come from the data', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-vergelijking]');
  await page.waitForSelector('[data-testid=kpi-groei]');
  assert.equal(await kpi(page, 'kpi-groei'), '+1,14%');
  assert.match(await page.textContent('[data-testid=kpi-groei] .kpi-note'), /5\.623 → 5\.687/);
  // A shorter period: the stocks are read again from the data and kept in the scenario.
  await page.fill('[data-testid=groei-van]', '2024-06');
  await page.dispatchEvent('[data-testid=groei-van]', 'change');
  await page.waitForFunction(() => !document.querySelector('[data-testid=kpi-groei] .kpi-note').textContent.startsWith('5.623'));
  assert.match(await page.textContent('[data-testid=kpi-groei] .kpi-note'), /3 maanden/);
  await page.click('[data-testid=groei-reset]');
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-groei] .kpi-note').textContent.startsWith('5.623'));
  await page.click('[data-testid=tab-datakwaliteit]');
  await page.locator('[data-testid=finding-EP-aansluiting]').waitFor();
  assert.match(await page.getAttribute('[data-testid=finding-EP-aansluiting]', 'class'), /tone-ok/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

/** Common Dutch words that an English text should not hold (lower case, space-padded). */
const DUTCH = [' het ', ' niet ', ' gepubliceerd', ' een ', ' zijn ', ' wordt ', ' klopt', ' van ', ' naar ', ' t/m '];
const dutchIn = (text) => DUTCH.filter((w) => ` ${text.toLowerCase().replace(/\s+/g, ' ')} `.includes(w));

test('in English: data-quality findings, the comparison and the programme budget read in English', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await page.click('[data-testid=lang-toggle]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('[data-testid=load-kerncijfers]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('Uitvoeringsprogramma EAA 2025'));

  // Notes next to the report tables.
  await page.waitForSelector('[data-testid=section-tabel-6]');
  const note = await page.textContent('[data-testid=section-tabel-6] [data-testid=note-X3-2023-instroom]');
  assert.match(note, /Groups add up to more than the total: inflow \(2023, table 6\)/);

  // Datakwaliteit: every finding's title and explanation.
  await page.click('[data-testid=tab-datakwaliteit]');
  await page.locator('[data-testid=finding-X8-2024]').waitFor();
  assert.match(await page.textContent('[data-testid=finding-X8-2024]'), /'13% above the target' is 13% below the annual target/);
  assert.match(await page.textContent('[data-testid=finding-X5-2024]'), /Social activation percentage depends on the denominator/);
  assert.match(await page.textContent('[data-testid=finding-X3-2024-uitstroom]'), /Sum agrees: outflow/);
  const findings = await page.$$eval('.finding', (fs) => fs.map((f) => ({
    id: f.dataset.testid,
    text: [f.querySelector('.finding-title'), f.querySelector('.finding-body > p'), ...f.querySelectorAll('.figure dt')].map((e) => e?.textContent ?? '').join(' | '),
  })));
  assert.ok(findings.length >= 40, `${findings.length} findings`);
  for (const f of findings) assert.deepEqual(dutchIn(f.text), [], `${f.id}: ${f.text}`);
  const loader = await page.textContent('[data-testid=loader-report]');
  assert.match(loader, /UTF-8 with BOM/);
  assert.match(loader, /semicolon/);

  // Vergelijking: denominators and the reference by their English names.
  await page.click('[data-testid=tab-vergelijking]');
  await page.waitForSelector('[data-testid=kpi-participatie-nodig]');
  const options = await page.$$eval('[data-testid=participatie-noemer] option', (os) => os.map((o) => o.textContent));
  assert.deepEqual(options, ['caseload on the reference date', 'average caseload over the period', 'only long distance to the labour market']);
  assert.equal(await page.textContent('[data-testid=kpi-participatie-nodig] .kpi-note'), 'with denominator average caseload over the period');
  assert.match(await page.textContent('[data-testid=kpi-groei-ref] .kpi-label'), /Reference growth \(national\)/);
  const comparison = await page.$eval('.comparison', (c) => c.innerText);
  assert.deepEqual(dutchIn(comparison), [], 'Vergelijking');

  // Programmabegroting: the Annex 1 lines by their English names.
  await page.click('[data-testid=tab-begroting]');
  await page.waitForSelector('#prog-h');
  const programme = await page.$eval('#prog-h', (h) => h.closest('section').innerText);
  for (const line of ['Support trajectories, short distance', 'Youth action team', 'General funds', 'Total funding', '(rounding)']) {
    assert.ok(programme.includes(line), line);
  }
  assert.ok(!programme.includes('Ondersteuningstrajecten'), 'no Dutch line names');
  assert.deepEqual(dutchIn(programme), [], 'Programmabegroting');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
