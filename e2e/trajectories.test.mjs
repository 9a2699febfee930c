// End-to-end: a trajectories file (DATA-MODEL §2.3) added beside the caseload gives the
// social-activation share (F3) from data: participants counted once, per kind of
// trajectory with suppression, and it can be removed again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { servedBrowser, openPage, kpi, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** Table 10 (E1–E9) as a system export: title line, its own headers, descriptions. */
function table10() {
  const rows = ['Trajecten sociale activering Q1-Q3 2024;;;;', 'Trajectnummer;Clientnummer;Omschrijving traject;Startdatum;Einddatum'];
  const kinds = [
    ['Activering RAP', 85], ['Hulpverleningstraject', 136], ['Wijkteam', 77], ['Eigen Kracht (M-PACT)', 50],
    ['Entreeopleiding', 9], ['Mantelzorg', 26], ['Meedoen – sociale activering', 186], ['Vrijwilligerswerk', 606], ['OpStap', 29],
  ];
  let n = 0;
  for (const [kind, count] of kinds) {
    for (let i = 0; i < count; i++) {
      n += 1;
      rows.push(`T${n};C${n};${kind};${i % 3 ? '01-03-2024' : '01-06-2023'};${i % 4 ? '' : '01-07-2024'}`);
    }
  }
  // The same person in a second kind: once more in that row, not in the total.
  rows.push('T9000;C1;Wijkteam;01-02-2024;');
  rows.push('T9001;C9001;Werkroute – Diagnose;01-02-2024;');
  return rows.join('\r\n') + '\r\n';
}

test('a trajectories file gives the participants of social activation from data', async () => {
  const dir = path.join(OUT, 'fixtures');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'trajecten.csv');
  writeFileSync(file, table10());
  const { page, consoleErrors } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.waitForSelector('[data-testid=trajectories-name]');
  assert.match(await page.textContent('[data-testid=link-notice]'), /1\.206 trajecten van 1\.205 personen/);
  assert.equal(await kpi(page, 'kpi-total'), '5.687', 'the caseload stays');

  await page.click('[data-testid=tab-vergelijking]');
  await page.waitForSelector('[data-testid=trajecten-bestand]');
  const main = await page.textContent('main');
  assert.match(main, /Deelnemers uit trajecten\.csv: 1\.204 personen met een traject dat meetelt voor sociale activering, actief tussen 01-01-2024 en 30-09-2024/);
  assert.match(await kpi(page, 'kpi-participatie'), /^21,2\d%$/);
  await page.waitForSelector('[data-testid=chart-trajecten] .main-svg');
  const table = await page.evaluate(() => {
    const cap = [...document.querySelectorAll('caption')].find((c) => c.textContent.startsWith('Deelnemers per soort traject'));
    return [...cap.closest('table').querySelectorAll('tbody tr')].map((r) => [...r.cells].map((c) => c.textContent.trim()));
  });
  const row = (name) => table.find((r) => r[0] === name);
  assert.deepEqual(row('Wijkteam').slice(0, 2), ['Wijkteam', '78']);
  assert.deepEqual(row('Vrijwilligerswerk').slice(0, 2), ['Vrijwilligerswerk', '606']);
  assert.equal(row('Entreeopleiding')[1], '<10');
  assert.equal(row('Werkroute – Diagnose')[2], 'nee');
  assert.equal(row('Totaal (ieder één keer)')[1], '1.204');
  await page.screenshot({ path: path.join(OUT, 'trajectories.png'), fullPage: true });

  // English follows.
  await page.click('[data-testid=lang-toggle]');
  await page.waitForSelector('text=Participants per kind of trajectory');
  assert.match(await page.textContent('main'), /1,204 persons with a trajectory that counts for social activation, active between 1 Jan 2024 and 30 Sep 2024/);
  await page.click('[data-testid=lang-toggle]');

  // Removed: back to the example value, the caseload stays.
  await page.click('[data-testid=trajecten-verwijderen]');
  await page.waitForSelector('[data-testid=trajecten-bestand]', { state: 'detached' });
  assert.match(await page.textContent('main'), /Het aantal deelnemers \(1\.204\) staat niet in het bestand/);
  assert.equal(await page.$('[data-testid=trajectories-name]'), null);
  assert.deepEqual(consoleErrors, []);
});
