// End-to-end: what the export buttons download. Tables as Dutch-Excel CSV (UTF-8 BOM,
// `;`, decimal comma, CRLF, formula-injection guard); charts as PNG and SVG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { servedBrowser, openPage, FIXTURES, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** Clicks `button` and returns the downloaded file as { name, bytes }. */
async function download(page, button) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), button.click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(file) };
}

/** The panel (chart, note and table) of the chart with this test id. */
const panelOf = (page, chartId) => page.locator('.panel', { has: page.locator(`[data-testid=${chartId}]`) });

/** Opens the panel's folded table and downloads its CSV. */
async function tableCsv(page, chartId) {
  const panel = panelOf(page, chartId);
  const details = panel.locator('details.table-toggle');
  if ((await details.count()) > 0 && (await details.getAttribute('open')) === null) {
    await details.locator('summary').click();
  }
  return download(page, panel.locator('[data-testid=csv-export]'));
}

const BOM = [0xef, 0xbb, 0xbf];

test('a table downloads as Dutch-Excel CSV: BOM, semicolons, decimal commas, CRLF', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  await page.waitForSelector('[data-testid=chart-multiyear] .main-svg');
  const { name, bytes } = await tableCsv(page, 'chart-multiyear');
  assert.match(name, /\.csv$/);
  assert.deepEqual([...bytes.subarray(0, 3)], BOM, 'starts with the UTF-8 BOM');
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  assert.ok(lines.length >= 3, text);
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF line ends');
  assert.equal(lines[0], 'Jaar;Bestand eind;AOW-uitstroom;Budget;Uitgaven;Resultaat;Vangnet');
  const cells = lines[1].split(';');
  assert.equal(cells.length, 7, lines[1]);
  assert.match(lines[1], /€ \d{1,3},\d{2} mln/, 'money as "€ 115,78 mln"');
  assert.match(cells[1], /^\d{1,3}(\.\d{3})*$/, 'counts with a thousands dot');

  // The projection table: decimal commas in percentages.
  await page.click('[data-testid=tab-prognose]');
  await page.waitForSelector('[data-testid=chart-projection] .main-svg');
  const proj = (await tableCsv(page, 'chart-projection')).bytes.toString('utf8');
  assert.match(proj, /;-?\d+,\d+%/, 'percentages with a decimal comma');
  assert.doesNotMatch(proj.replace(/\d\.\d{3}/g, ''), /\d\.\d/, 'no decimal points');
  await context.close();
});

test('a category label that looks like a formula is guarded with a quote in the CSV', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', path.join(FIXTURES, 'formula_labels.csv'));
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('formula_labels.csv'));
  await page.waitForSelector('[data-testid=chart-stadsdeel] .main-svg');
  // On screen the label is shown as it is.
  const table = await panelOf(page, 'chart-stadsdeel').locator('table').textContent();
  assert.match(table, /=2\+3/);
  const text = (await tableCsv(page, 'chart-stadsdeel')).bytes.subarray(3).toString('utf8');
  const first = text.split('\r\n').map((l) => l.split(';')[0].toLowerCase());
  for (const label of ['=2+3', '@wijk', '-noord', '+zuid']) {
    assert.ok(first.includes(`'${label}`), `${label} is written as '${label}: ${first.join(' | ')}`);
    assert.ok(!first.includes(label), `${label} is never written bare`);
  }
  await context.close();
});

test('the PNG and SVG buttons of a chart download an image', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.waitForSelector('[data-testid=chart-pyramid] .main-svg');
  const chart = page.locator('[data-testid=chart-pyramid]');
  const png = await download(page, chart.getByRole('button', { name: /PNG$/ }));
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.ok(png.bytes.length > 5000, `a real picture: ${png.bytes.length} bytes`);
  const svg = await download(page, chart.getByRole('button', { name: /SVG$/ }));
  assert.match(svg.name, /\.svg$/);
  const s = svg.bytes.toString('utf8');
  assert.match(s.slice(0, 200), /<svg/);
  assert.match(s, />(Man|Vrouw)</, 'the legend is in the picture');
  await context.close();
});

test('print to PDF: the view as a report, tables unfolded, with its assumptions and the share link', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  await page.waitForSelector('[data-testid=chart-multiyear] .main-svg');
  // Record what the page looks like while it prints.
  await page.evaluate(() => {
    window.__print = [];
    addEventListener('beforeprint', () => window.__print.push(document.querySelectorAll('details:not([open])').length));
  });
  const closedBefore = await page.locator('details:not([open])').count();
  assert.ok(closedBefore > 0, 'some tables are folded on screen');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' } });
  writeFileSync(path.join(OUT, 'print-buig.pdf'), pdf);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.ok((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length >= 2, 'a report of more than one page');
  assert.deepEqual(await page.evaluate(() => window.__print), [0], 'beforeprint fired once with every table open');
  assert.equal(await page.locator('details:not([open])').count(), closedBefore, 'folded again after printing');

  // In print media: the assumptions block is shown, the controls are not.
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('[data-testid=print-summary]');
  assert.ok(await summary.isVisible(), 'the assumptions are printed');
  const text = await summary.textContent();
  for (const want of ['BUIG-budget', '€ 114,46 mln', 'voorlopig', 'Kosten per uitkering per jaar', '€ 18.034', 'LKS-uitgaven', 'Groei bestand eerste jaar', 'Peildatum', '30-09-2024', 'Enschede', 'onder 10', '#s=']) {
    assert.ok(text.includes(want), `${want} in: ${text}`);
  }
  assert.ok(text.includes(await page.evaluate(() => location.href)), 'the share link is the page address');
  for (const hidden of ['.settings', '.tabs', '.actions', '[data-testid=csv-export]']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  // Folded tables print open even without the beforeprint listener (CSS ::details-content).
  assert.ok(await panelOf(page, 'chart-multiyear').locator('table').isVisible(), 'folded tables print');
  await page.pdf({ path: path.join(OUT, 'print-buig-emulated.pdf'), format: 'A4' });

  // The projection lists its own assumptions.
  await page.emulateMedia({ media: 'screen' });
  await page.click('[data-testid=tab-prognose]');
  await page.waitForSelector('[data-testid=chart-projection] .main-svg');
  await page.emulateMedia({ media: 'print' });
  const proj = await summary.textContent();
  for (const want of ['Instroom per jaar', '1.365', 'Uitstroom (zonder AOW) per jaar', 'Horizon', 'Groeiaanname begroting']) {
    assert.ok(proj.includes(want), `${want} in: ${proj}`);
  }
  writeFileSync(path.join(OUT, 'print-prognose.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
  await context.close();
});
