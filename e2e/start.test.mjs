// End-to-end: issue 12 §6, §8 and §10. The first-visit panel with its templates (downloaded
// and loaded back), hidden across a reload; a shared link that carries scenario B; the
// implementation programme's figures and the one-click way back; the cross-filter by
// keyboard (a table row under a composition chart is a button).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { servedBrowser, openPage, kpi, setField, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), page.click(selector)]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

test('first visit: the start panel says what to bring, offers both templates, and stays hidden once hidden', async () => {
  const { page, context, consoleErrors, offsite } = await openPage(browser, server.origin);
  const panel = page.locator('[data-testid=start-panel]');
  await panel.waitFor();
  const text = await panel.textContent();
  assert.match(text, /synthetisch/, 'says the data in view is synthetic');
  assert.match(text, /niets wordt verstuurd/, 'says nothing leaves the browser');
  assert.match(text, /één regel per uitkering/);
  // Not a dialog: the page behind it works as before.
  assert.equal(await page.locator('[role=dialog]').count(), 0);
  assert.equal(await kpi(page, 'kpi-total'), '5.687');
  await page.screenshot({ path: path.join(OUT, 'start-panel.png') });

  // The column list is the loader's.
  await page.click('[data-testid=start-columns] summary');
  const columns = await page.$$eval('[data-testid=start-columns] tbody th', (ths) => ths.map((t) => t.textContent.trim()));
  assert.ok(columns.includes('startdatum') && columns.includes('einddatum') && columns.includes('uitkering_id'), columns.join(','));

  // Both templates download; their header row is that list.
  const csv = await download(page, '[data-testid=template-csv]');
  assert.equal(csv.name, 'bijstandsverkenner_sjabloon.csv');
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.deepEqual(lines[0].split(';'), columns);
  assert.equal(lines.length, 2, 'header and one example row');
  const xlsx = await download(page, '[data-testid=template-xlsx]');
  assert.equal(xlsx.name, 'bijstandsverkenner_sjabloon.xlsx');
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'a ZIP (workbook)');
  const csvPath = path.join(OUT, csv.name);
  const xlsxPath = path.join(OUT, xlsx.name);
  writeFileSync(csvPath, csv.bytes);
  writeFileSync(xlsxPath, xlsx.bytes);

  // The CSV template loads back without an error: one example benefit.
  await page.setInputFiles('[data-testid=file-input]', csvPath);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('sjabloon'));
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  assert.match(await page.textContent('[data-testid=dataset-summary]'), /^1 uitkering/);
  // Not the synthetic data any more: the panel no longer says so.
  assert.equal(await page.locator('[data-testid=start-synthetic]').count(), 0);
  // And the workbook too.
  await page.setInputFiles('[data-testid=file-input]', xlsxPath);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('.xlsx'));
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  assert.match(await page.textContent('[data-testid=dataset-summary]'), /^1 uitkering/);

  // Hidden once: hidden after a reload too; the footer brings it back.
  await page.click('[data-testid=start-dismiss]');
  await panel.waitFor({ state: 'detached' });
  await page.reload();
  await page.waitForSelector('[data-testid=dataset-name]');
  await page.waitForTimeout(300);
  assert.equal(await panel.count(), 0, 'still hidden after a reload');
  await page.click('[data-testid=start-open]');
  await panel.waitFor();
  assert.deepEqual(offsite(), []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a shared link with scenario B opens with B restored', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  // The unsaved scenario is not called "Basis".
  assert.match(await page.textContent('[data-testid=scenario-status]'), /Huidige instellingen \(niet bewaard\)/);
  await page.click('[data-testid=save-b]');
  await setField(page, 'buig-cost', '19.000');
  await page.waitForSelector('[data-testid=compare-ab] table');
  const heads = await page.$$eval('[data-testid=compare-ab] thead th', (t) => t.map((c) => c.textContent.trim()));
  assert.equal(heads[1], 'A: Huidige instellingen (niet bewaard)');
  assert.equal(heads[2], 'B (vastgehouden instellingen)');
  const table = await page.textContent('[data-testid=compare-ab]');
  const resultA = await kpi(page, 'kpi-buig-result');
  await page.click('[data-testid=share-open]');
  await page.waitForSelector('[data-testid=share-with-b]');
  const link = await page.inputValue('[data-testid=share-link]');
  assert.match(link, /#s=1\.[^&]+&b=1\./);
  const fragment = link.slice(link.indexOf('#') + 1);
  console.log(`link with B: fragment ${fragment.length} chars, whole link ${link.length} chars`);
  assert.ok(fragment.length <= 200, `${fragment.length}`);
  await page.screenshot({ path: path.join(OUT, 'share-with-b.png') });
  await context.close();

  const other = await openPage(browser, server.origin, link);
  await other.page.waitForSelector('[data-testid=compare-ab] table');
  assert.equal(await other.page.getAttribute('[data-testid=tab-buig]', 'aria-selected'), 'true');
  assert.equal(await kpi(other.page, 'kpi-buig-result'), resultA);
  assert.equal(await other.page.textContent('[data-testid=compare-ab]'), table, 'the same comparison');
  assert.match(table, /€ 1,61 mln/, 'B keeps the original result');
  await other.page.click('[data-testid=swap-ab]');
  await other.page.waitForFunction(() => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent === '€ 1,61 mln');
  await other.page.screenshot({ path: path.join(OUT, 'link-with-b.png'), fullPage: true });
  await other.context.close();
});

test('the programme figures say what they are, and one click goes back to the data before', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  const button = page.locator('[data-testid=load-kerncijfers]');
  assert.equal((await button.textContent()).trim(), 'Toon de cijfers uit het uitvoeringsprogramma');
  await button.click();
  await page.waitForSelector('[data-testid=programme-figures-banner]');
  assert.match(await page.textContent('[data-testid=data-badge]'), /cijfers uitvoeringsprogramma/);
  assert.match(await page.textContent('[data-testid=programme-figures-banner]'), /Uitvoeringsprogramma EAA 2025/);
  const tabs = await page.$$eval('[role=tab]', (t) => t.map((x) => x.dataset.testid));
  for (const t of ['tab-kerncijfers', 'tab-prognose', 'tab-vergelijking', 'tab-lks', 'tab-buig', 'tab-begroting', 'tab-datakwaliteit']) {
    assert.ok(tabs.includes(t), `${t} stays`);
  }
  assert.equal(await page.getAttribute('[data-testid=tab-buig]', 'aria-selected'), 'true', 'the screen stays');
  await page.screenshot({ path: path.join(OUT, 'programme-figures.png') });
  const back = page.locator('[data-testid=back-to-previous]');
  assert.equal((await back.textContent()).trim(), 'Terug naar de synthetische gegevens');
  await back.click();
  await page.waitForSelector('[data-testid=programme-figures-banner]', { state: 'detached' });
  assert.match(await page.textContent('[data-testid=data-badge]'), /synthetisch/);
  await page.click('[data-testid=tab-samenstelling]');
  assert.equal(await kpi(page, 'kpi-total'), '5.687');

  // English.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal((await button.textContent()).trim(), 'Show the figures from the implementation programme');
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('keyboard cross-filter: Enter on a table row under a chart sets the same filter as a click', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.waitForSelector('[data-testid=chart-stadsdeel] .main-svg');
  const panel = page.locator('.panel', { has: page.locator('[data-testid=chart-stadsdeel]') });
  await panel.locator('details.table-toggle > summary').focus();
  await page.keyboard.press('Enter');
  const zuid = panel.getByRole('button', { name: 'Filter op Zuid' });
  assert.equal(await zuid.getAttribute('aria-pressed'), 'false');
  await zuid.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=filter-chip]');
  assert.equal((await page.textContent('[data-testid=filter-chip]')).replace('×', '').trim(), 'Zuid');
  await page.waitForFunction(() => document.querySelector('.panel [aria-label="Filter op Zuid"]')?.getAttribute('aria-pressed') === 'true');
  await page.screenshot({ path: path.join(OUT, 'keyboard-filter.png') });
  // Space takes it out again.
  await page.locator('[aria-label="Filter op Zuid"]').focus();
  await page.keyboard.press('Space');
  await page.waitForSelector('[data-testid=filter-chip]', { state: 'detached' });
  await context.close();
});
