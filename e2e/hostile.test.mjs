// End-to-end: hostile and broken files (issue 14 §2), in one page, one after another. Each
// refused file must give a Dutch message naming its place (line, column, sheet) where it
// has one, keep the data and the scenario in view, and raise no page error. The files are
// written at run time in e2e/out/hostile/ (the large ones: a 100 MB line, a million
// columns, a 2 GiB zip bomb, a sparse 600 MB file); the page's wasm memory and the
// browser's resident memory around the heavy ones are written to e2e/out/hostile-memory.json.
// Then files with markup in their names and cells load, and it is shown as text everywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdirSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve, openPage, kpi, setField, OUT, chartsSettled, settledHash } from './harness.mjs';
import { xlsx, xlsxBomb, zip, letter, browserPid, peakRss, treeRss, KEEP_WASM_MEMORY } from './hostile-files.mjs';

const DIR = path.join(OUT, 'hostile');
mkdirSync(DIR, { recursive: true });
const MARKER = `--bv-hostile=${process.pid}`;
const HEAD = 'uitkering_id;geslacht;geboortejaar;stadsdeel;startdatum;einddatum;uitstroomreden\n';
const row = (i, { gj = 1980, wijk = 'Noord', start = '01-01-2020', end = '', reden = '' } = {}) =>
  `U${i};${i % 2 ? 'M' : 'V'};${gj};${wijk};${start};${end};${reden}\n`;
const XLSX_HEAD = ['uitkering_id', 'geslacht', 'geboortejaar', 'stadsdeel', 'startdatum', 'einddatum'];
const XSS = '<img src=x onerror=window.__bvXss=1>';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', MARKER],
  });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Writes `data` (bytes, text, or a function of the path) to e2e/out/hostile/`name`. */
function file(name, data) {
  const p = path.join(DIR, name);
  if (typeof data === 'function') data(p);
  else writeFileSync(p, data);
  return p;
}

const mib = (b) => Math.round((b / 1048576) * 10) / 10;

test('hostile files are refused with their place, the data and scenario kept; markup in names stays text', async () => {
  const t0 = Date.now();
  const { page, context, consoleErrors, offsite } = await openPage(browser, server.origin);
  await context.addInitScript(KEEP_WASM_MEMORY);
  await page.reload();
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  const wasmMemory = () => page.evaluate(() => self.__bvMemories?.[0]?.buffer.byteLength ?? null);
  const pid = browserPid(MARKER);

  // A scenario that differs from the default, so a silent change would show in the link.
  await page.click('[data-testid=tab-buig]');
  await setField(page, 'buig-cost', '20.000');
  await page.waitForFunction(() => location.hash.length > 3);
  await page.click('[data-testid=tab-samenstelling]');
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  const hash = await settledHash(page);
  const total = await kpi(page, 'kpi-total');
  const dataset = (await page.textContent('[data-testid=dataset-name]')).trim();
  const memory = { pageWasmStart: await wasmMemory(), browserRssStartMiB: mib(pid ? treeRss(pid) : 0), heavy: {} };

  /** Loads `p`; the banner must name the file and match `want`; nothing else changes. */
  async function refused(p, want, heavy = false) {
    const close = page.locator('[data-testid=error-banner] button').last();
    if (await close.count()) await close.click();
    await page.locator('[data-testid=error-banner]').waitFor({ state: 'detached' });
    const [text, peak] = await peakRss(heavy ? pid : null, async () => {
      await page.setInputFiles('[data-testid=file-input]', p);
      const banner = page.locator('[data-testid=error-banner]');
      await banner.waitFor({ timeout: 60_000 });
      return banner.innerText();
    });
    const name = path.basename(p);
    assert.ok(text.includes(name), `the banner names ${name}: ${text}`);
    assert.match(text, want, name);
    assert.match(text, /De vorige gegevens blijven zichtbaar/, `${name}: says the data stays: ${text}`);
    assert.equal(await kpi(page, 'kpi-total'), total, `${name}: the data in view stays`);
    assert.equal((await page.textContent('[data-testid=dataset-name]')).trim(), dataset, name);
    assert.equal(await page.evaluate(() => location.hash), hash, `${name}: the scenario stays`);
    if (heavy) memory.heavy[name] = { pageWasmMiB: mib(await wasmMemory()), browserPeakRssMiB: mib(peak) };
    return text;
  }

  // Empty, header only, BOM only.
  await refused(file('leeg.csv', ''), /Het bestand is leeg/);
  await refused(file('alleen-kop.csv', HEAD), /alleen een kopregel en geen uitkeringen\. \(regel 1\)/);
  await refused(file('alleen-bom.csv', Buffer.from([0xef, 0xbb, 0xbf])), /Het bestand is leeg/);
  // Other kinds of file under a .csv name, and a ZIP that is no workbook.
  await refused(file('plaatje.csv', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')), /Dit is een afbeelding, geen tabel/);
  await refused(file('rapport.csv', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'), /Dit is een PDF-bestand, geen tabel/);
  await refused(file('archief.csv', zip([{ name: 'notities.txt', data: Buffer.from('hallo') }])), /ZIP-archief \(geen Excel-werkmap\)/);
  await refused(file('brief.xlsx', zip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }])), /Word-document/);
  // Encodings: UTF-16 big-endian without BOM, UTF-8 and Windows-1252 mixed, NUL in a cell.
  const be = Buffer.from(HEAD + row(1), 'utf16le').swap16();
  await refused(file('utf16be.csv', be), /UTF-16 big-endian/);
  await refused(file('gemengd.csv', Buffer.concat([Buffer.from(HEAD + row(1, { wijk: 'Café Zuid' })), Buffer.from(row(2, { wijk: 'Caf\xe9 Noord' }), 'latin1')])),
    /mengt twee tekensets: regel 2 is UTF-8, regel 3 Windows-1252/);
  await refused(file('nul.csv', HEAD + row(1, { wijk: 'No\0ord' })), /NUL-teken.*\(regel 2\)/s);
  // Shapes: ragged, a million columns (a data row; a header), a 100 MB line, long cells.
  await refused(file('scheef.csv', HEAD + row(1).trimEnd() + ';x;y\n'), /9 velden, de kopregel 7\. \(regel 2\)/);
  await refused(file('miljoen-kolommen.csv', HEAD + row(1).trimEnd() + ';x'.repeat(1_000_000) + '\n'), /1\.000\.007 velden, de kopregel 7\. \(regel 2\)/, true);
  await refused(file('miljoen-kolommen-kop.csv', 'uitkering_id;startdatum' + ';k'.repeat(1_000_000) + '\n' + 'U1;01-01-2020\n'),
    /meer dan 1\.000 kolommen.*\(regel 1\)/s, true);
  await refused(file('regel-100mb.csv', (p) => writeFileSync(p, Buffer.alloc(100_000_000, 'a'))), /100\.000\.000 tekens lang.*\(regel 1, kolom A\)/s, true);
  await refused(file('lange-naam.csv', HEAD + row(1, { wijk: 'W'.repeat(100_000) })), /100\.000 tekens lang.*\(regel 2, kolom 'stadsdeel'\)/s);
  await refused(file('stadsdelen.csv', HEAD + Array.from({ length: 10_000 }, (_, i) => row(i, { wijk: `Wijk ${i}` })).join('')),
    /Meer dan 200 verschillende stadsdelen.*\(regel 202, kolom 'stadsdeel'\)/s);
  // Dates and birth years.
  const dates = [
    ['31-02-2024', /dag 31 bestaat niet in maand 2 van 2024 \(die heeft 29 dagen\)/],
    ['01-01-0000', /het jaar 0000 ligt niet tussen 1900 en 2100/],
    ['31-12-9999', /het jaar 9999 ligt niet tussen 1900 en 2100/],
    ['00-00-0000', /alleen nullen; laat de cel leeg als er geen datum is/],
  ];
  for (const [d, why] of dates) {
    const text = await refused(file(`datum-${d}.csv`, HEAD + row(1, { start: d })), why);
    assert.match(text, /\(regel 2, kolom 'startdatum'\)/, d);
  }
  await refused(file('geboren-2090.csv', HEAD + row(1, { gj: 2090 })), /geboortejaar 2090 ligt na de startdatum 01-01-2020.*\(regel 2, kolom 'geboortejaar'\)/s);
  await refused(file('geboren-1850.csv', HEAD + row(1, { gj: 1850 })), /'1850' is geen geldig geboortejaar.*\(regel 2, kolom 'geboortejaar'\)/s);
  await refused(file('eind-voor-start.csv', HEAD + row(1, { end: '01-01-2019', reden: 'werk' })), /einddatum '01-01-2019' ligt vóór de startdatum '01-01-2020'.*\(regel 2, kolom 'einddatum'\)/s);
  // Excel serials 0 and 2958466 as numbers in a workbook's date column: row, letter, sheet.
  for (const [serial, why] of [[0, /alleen nullen/], [2958466, /als Excel-datumgetal wordt alleen 10000/]]) {
    await refused(file(`serie-${serial}.xlsx`, xlsx('Bestand', [XLSX_HEAD, ['U1', 'M', 1980, 'Noord', serial, '']])),
      new RegExp(`${why.source}.*\\(rij 2, kolom E \\('startdatum'\\) op blad 'Bestand'\\)`, 's'));
  }
  // JSON: nested 100,000 deep, 1e308 and -0, a key twice.
  const obj = (o) => JSON.stringify([{ uitkering_id: 'J1', startdatum: '01-01-2020', einddatum: null, ...o }]);
  await refused(file('diep.json', '[' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000) + ']'), /dieper genest dan 128 niveaus.*regel 1, teken/s);
  await refused(file('groot-getal.json', obj({ geboortejaar: 0 }).replace('"geboortejaar":0', '"geboortejaar":1e308')),
    /'1e308' is geen geldig geboortejaar.*\(rij 1 \(index 0\), sleutel 'geboortejaar'\)/s);
  await refused(file('min-nul.json', obj({ geboortejaar: 0 }).replace('"geboortejaar":0', '"geboortejaar":-0')), /'0' is geen geldig geboortejaar/);
  await refused(file('dubbele-sleutel.json', obj({}).replace('"einddatum"', '"startdatum":"01-01-2021","einddatum"')),
    /sleutel 'startdatum' staat twee keer.*\(rij 1 \(index 0\), sleutel 'startdatum'\)/s);
  // A 2 GiB zip bomb (2 MB on disk) and a sheet of 16,384 columns: refused, memory bounded.
  const bomb = await xlsxBomb(2);
  await refused(file('bom.xlsx', bomb.bytes), /pakt uit tot meer dan 1\.000 MB \(onderdeel 'xl\/worksheets\/sheet1\.xml'\)/, true);
  const wide = [...XLSX_HEAD, ...Array.from({ length: 16_384 - XLSX_HEAD.length }, (_, i) => `kolom ${letter(i + XLSX_HEAD.length)}`)];
  await refused(file('breed.xlsx', xlsx('Breed', [wide, ['U1', 'M', 1980, 'Noord', '01-01-2020', '']])), /meer dan 1\.000 kolommen.*\(rij 1 op blad 'Breed'\)/s, true);
  // 600 MB (sparse on disk): refused before reading.
  await refused(file('groot.csv', (p) => { const fd = openSync(p, 'w'); ftruncateSync(fd, 600_000_000); closeSync(fd); }),
    /te groot \(600 MB; maximaal 200 MB\)/, true);
  memory.pageWasmAfterRefusals = await wasmMemory();

  // Readable after all: a CSV named .xlsx, a workbook named .csv, UTF-16 without BOM.
  const twelve = HEAD + Array.from({ length: 12 }, (_, i) => row(i + 1)).join('');
  for (const [name, data] of [
    ['eigenlijk-csv.xlsx', twelve],
    ['eigenlijk-xlsx.csv', xlsx('Blad1', [XLSX_HEAD, ...Array.from({ length: 12 }, (_, i) => [`X${i}`, 'V', 1981, 'Zuid', '01-02-2021', ''])])],
    ['utf16-zonder-bom.csv', Buffer.from(twelve, 'utf16le')],
  ]) {
    await page.setInputFiles('[data-testid=file-input]', file(name, data));
    await page.waitForFunction((n) => document.querySelector('[data-testid=dataset-name]')?.textContent.includes(n), name);
    assert.equal(await kpi(page, 'kpi-total'), '12', name);
  }

  // Markup in a file name, header names, categories and a sheet name: text everywhere.
  const names = [XSS, '<script>window.__bvXss=2</script>', 'javascript:window.__bvXss=3'];
  const rows = Array.from({ length: 36 }, (_, i) => row(i + 1, { wijk: names[i % 3] }).trimEnd() + `;${i}\n`).join('');
  const csvName = `${XSS}.csv`;
  await page.setInputFiles('[data-testid=file-input]', file(csvName, HEAD.trimEnd() + `;${XSS}\n` + rows));
  await page.waitForFunction((n) => document.querySelector('[data-testid=dataset-name]')?.textContent.includes(n), csvName);
  const shown = new Set();
  for (const tab of await page.locator('[role=tab]').all()) {
    await tab.click();
    await page.waitForTimeout(150);
    await chartsSettled(page);
    // Compared without case and white space: stadsdelen are written in one case, and a
    // chart wraps a long label over lines.
    const seen = await page.evaluate((names) => {
      const flat = (s) => s.toLowerCase().replace(/\s+/g, '');
      const text = flat(document.body.innerText + [...document.querySelectorAll('svg text')].map((t) => t.textContent).join('\n'));
      return names.filter((n) => text.includes(flat(n)));
    }, [...names, csvName]);
    seen.forEach((n) => shown.add(n));
    assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"], #panel script, a[href^="javascript:"]').length), 0,
      `no element made from the data on ${await tab.getAttribute('id')}`);
  }
  assert.deepEqual([...shown].sort(), [...names, csvName].sort(), 'every name is on screen as text');
  // The share dialog and the print summary show the same as text.
  const share = page.locator('[data-testid=share-open]');
  if (await share.count()) {
    await share.click();
    assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0);
    await page.keyboard.press('Escape');
  }
  const sheet = '<script>Blad</script>';
  const xlsxName = 'blad-met-markup.xlsx';
  await page.setInputFiles('[data-testid=file-input]', file(xlsxName, xlsx(sheet, [[...XLSX_HEAD, XSS], ...Array.from({ length: 12 }, (_, i) => [`S${i}`, 'M', 1975, names[i % 3], '01-03-2022', '', 'x'])])));
  await page.waitForFunction((n) => document.querySelector('[data-testid=dataset-name]')?.textContent.includes(n), xlsxName);
  await page.click('[data-testid=tab-datakwaliteit]');
  await page.waitForFunction((s) => document.querySelector('#panel')?.innerText.includes(s), sheet);
  assert.equal(await page.evaluate(() => window.__bvXss), undefined, 'no markup ran');

  memory.pageWasmEnd = await wasmMemory();
  memory.seconds = (Date.now() - t0) / 1000;
  writeFileSync(path.join(OUT, 'hostile-memory.json'), JSON.stringify(memory, null, 2));
  console.log(JSON.stringify(memory));
  assert.ok(memory.pageWasmEnd < 256 * 1048576, `the page's wasm memory stays bounded: ${mib(memory.pageWasmEnd)} MiB`);
  // The bomb and the wide sheet are refused before they are unpacked: the whole browser
  // (page, loader worker and all) grows by far less than what they would unpack to.
  for (const name of ['bom.xlsx', 'breed.xlsx']) {
    const growth = memory.heavy[name].browserPeakRssMiB - memory.browserRssStartMiB;
    assert.ok(!pid || growth < 512, `${name}: the browser grew by ${growth} MiB`);
  }
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(offsite(), []);
  await context.close();
});
