// End-to-end: no internal words on screen. Every tab, in Dutch and in English, with the
// settings that produce the screens' messages (no break-even growth at a caseload of 0, the
// vangnet at € 20.000 per uitkering, scenario B kept, an empty list of municipalities, a
// rejected input), and the kerncijfers data: the page's visible text holds no field keys
// (buig.local_differential_pct), no Rust Debug output (NoSolutionInRange { value_lo: … }),
// no formula codes ((F2), (X23)), line references (L384–771) or formula notation (B[t0]).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, setField, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

const TABS = ['samenstelling', 'dynamiek', 'cohorten', 'prognose', 'vergelijking', 'lks', 'buig', 'begroting', 'kerncijfers', 'datakwaliteit'];

/** The identifier-like pieces of `text`, each with its line. */
export function internalWords(text) {
  const patterns = [
    // snake_case.with.dots (a key path), not a file name.
    /\b[a-z][a-z0-9]*_[a-z0-9_]*(\.[a-z0-9_]+)+\b|\b[a-z][a-z0-9_]*(\.[a-z0-9_]*_[a-z0-9_]*)+\b/g,
    // Rust Debug output.
    /\b[A-Z][A-Za-z]+ \{ [a-z_]+: /g,
    /\bSome\(|\bNone\)/g,
    // Formula and check codes, line references, formula notation.
    /\b[FX]\d{1,2}\b/g,
    /\bL\d{2,4}\b/g,
    /B\[t0?\]|g_ref|ΔB/g,
  ];
  const found = [];
  for (const line of text.split('\n')) {
    for (const re of patterns) {
      for (const m of line.matchAll(re)) {
        if (/\.(csv|xlsx|xls|json|txt|png|svg)$/i.test(m[0])) continue;
        found.push(`${m[0]}  ←  ${line.trim().slice(0, 160)}`);
      }
    }
  }
  return found;
}

test('the patterns catch what the issue found', () => {
  for (const bad of [
    'Geen oplossing binnen het bereik. (NoSolutionInRange { value_lo: 104.55999999999999, … })',
    'buig.local_differential_pct',
    'buig.cost_per_benefit.eur',
    'Groei t.o.v. referentie (F2)',
    '(X23)',
    'Beginstand B[t0]',
    'Bron: UP EAA 2025 §1.2 (L384–771)',
  ]) {
    assert.notDeepEqual(internalWords(bad), [], bad);
  }
  for (const good of ['Uitvoeringsprogramma EAA 2025, tabel 12', 'enschede_synthetisch.csv', '€ 1,61 mln', 't.o.v. het doel']) {
    assert.deepEqual(internalWords(good), [], good);
  }
});

/** Opens every <details> and returns the page's visible text. */
async function bodyText(page) {
  await page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));
  return page.evaluate(() => document.body.innerText);
}

async function openTab(page, id) {
  await page.click(`[data-testid=tab-${id}]`);
  await page.waitForSelector(`[data-testid=tab-${id}][aria-selected=true]`);
  await page.waitForTimeout(150);
}

/** Every tab's text (those the dataset has), each checked; returns the problems found. */
async function sweep(page, label) {
  const problems = [];
  for (const id of TABS) {
    if (!(await page.$(`[data-testid=tab-${id}]`))) continue;
    await openTab(page, id);
    for (const w of internalWords(await bodyText(page))) problems.push(`${label} / ${id}: ${w}`);
  }
  return problems;
}

async function toLang(page, lang) {
  if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
    await page.click('[data-testid=lang-toggle]');
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
}

test('no internal words on any tab, in Dutch and English, with the settings that produce messages', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const problems = [];
  for (const lang of ['nl', 'en']) {
    await toLang(page, lang);
    problems.push(...(await sweep(page, `${lang} default`)));

    // BUIG: a caseload of 0 (no break-even growth), then € 20.000 per uitkering (vangnet).
    await openTab(page, 'buig');
    await setField(page, 'buig-start', '0');
    await page.waitForFunction(() => /−100%/.test(document.querySelector('[data-testid=goalseek-growth]').textContent));
    const seek = await page.textContent('[data-testid=goalseek-growth]');
    assert.doesNotMatch(seek, /NoSolution|\{/, seek);
    problems.push(...internalWords(await bodyText(page)).map((w) => `${lang} caseload 0 / buig: ${w}`));
    await page.screenshot({ path: path.join(OUT, `words-buig-start0-${lang}.png`), fullPage: false });
    await setField(page, 'buig-start', lang === 'nl' ? '5.648' : '5,648');
    await setField(page, 'buig-cost', lang === 'nl' ? '20.000' : '20,000');
    await page.waitForFunction(() => /(vangnet|safety net)/i.test(document.querySelector('[data-testid=vangnet-verdict]')?.textContent ?? ''));
    const verdict = await page.textContent('[data-testid=vangnet-verdict]');
    assert.match(verdict, lang === 'nl' ? /reguliere vangnet is van toepassing en vergoedt ongeveer € \d/ : /regular safety net applies and pays about €\d/, verdict);
    await page.locator('[data-testid=vangnet-verdict]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, `words-vangnet-${lang}.png`), fullPage: false });

    // Scenario B kept: the comparison table names its settings.
    await page.click('[data-testid=save-b]');
    await setField(page, 'buig-local', lang === 'nl' ? '0,5' : '0.5');
    await page.waitForSelector('text=' + (lang === 'nl' ? 'Lokaal verschil in groei' : 'Local difference in growth'));
    // A rejected value (outside the box's range).
    await setField(page, 'buig-local', '-500');
    problems.push(...internalWords(await bodyText(page)).map((w) => `${lang} B + rejected / buig: ${w}`));
    await page.screenshot({ path: path.join(OUT, `words-ab-${lang}.png`), fullPage: true });
    problems.push(...(await sweep(page, `${lang} with B`)));

    // Vergelijking: an empty list of municipalities.
    await openTab(page, 'vergelijking');
    const ref = page.locator('[data-testid=groei-referentie]');
    await ref.selectOption({ index: (await ref.locator('option').count()) - 1 });
    await page.waitForTimeout(300);
    problems.push(...internalWords(await bodyText(page)).map((w) => `${lang} empty list / vergelijking: ${w}`));
    // Back to the defaults for the next language: forget B and reload the page state.
    await page.goto(server.origin + '/');
    await page.waitForSelector('[data-testid=dataset-name]');
  }

  // The kerncijfers data (the report's figures), both languages.
  await page.click('[data-testid=load-kerncijfers]');
  await page.waitForFunction(() => /Uitvoeringsprogramma EAA 2025/.test(document.querySelector('[data-testid=dataset-name]').textContent));
  for (const lang of ['nl', 'en']) {
    await toLang(page, lang);
    problems.push(...(await sweep(page, `${lang} kerncijfers`)));
  }
  await context.close();
  assert.deepEqual(problems, [], `internal words on screen:\n${problems.join('\n')}`);
});
