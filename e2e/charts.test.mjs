// End-to-end: charts that show their answer, at a projector's, a laptop's and a phone's
// width; and the screenshot sweep of every tab at those widths (e2e/out/tab-<name>-<width>.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, chartsSettled, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/** A page at `size`, the app loaded with its example data. */
async function open(size) {
  const context = await browser.newContext({ viewport: size, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.origin + '/');
  await page.waitForSelector('[data-testid=dataset-name]');
  return { page, context, errors };
}

/** Opens a tab and waits until its charts are drawn (those out of view too) and laid out. */
async function showTab(page, id) {
  await page.click(`[data-testid=tab-${id}]`);
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid=tab-${id}]`)?.getAttribute('aria-selected') === 'true',
    id,
  );
  await chartsSettled(page);
  // Two frames: the layout after the last chart was drawn is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The ids of all tabs, in order. */
async function tabIds(page) {
  return page.$$eval('[role=tab][data-testid^=tab-]', (els) => els.map((e) => e.dataset.testid.slice(4)));
}

test('screenshot sweep: every tab at 1920, 1280 and 390 px', async () => {
  for (const size of SIZES) {
    const { page, context, errors } = await open(size);
    for (const id of await tabIds(page)) {
      await showTab(page, id);
      await page.screenshot({ path: path.join(OUT, `tab-${id}-${size.width}.png`), fullPage: true });
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/**
 * The texts of every chart matching `selector` that stick out of the chart's box (cut off
 * at the edge of the screen or of the plot): `[{ chart, text }]`. Texts plotly hid (no
 * size) do not count.
 */
async function clippedTexts(page, selector) {
  return page.$$eval(selector, (charts) =>
    charts.flatMap((chart) => {
      const box = chart.querySelector('.chart-plot').getBoundingClientRect();
      return [...chart.querySelectorAll('.main-svg text')]
        .filter((t) => t.textContent.trim() !== '')
        .filter((t) => {
          const r = t.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return false;
          return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
        })
        .map((t) => ({ chart: chart.dataset.testid, text: t.textContent }));
    }),
  );
}

/** Donut and tornado charts on `tab`. */
const LABELLED = {
  samenstelling: '[data-testid=chart-doelgroep], [data-testid=chart-afstand], [data-testid=chart-huishoudtype], [data-testid=chart-inkomsten]',
  buig: '[data-testid=chart-tornado]',
};

test('at 390, 1280 and 1920 px no donut or tornado label is cut off', async () => {
  for (const size of SIZES) {
    const { page, context, errors } = await open(size);
    for (const [tab, selector] of Object.entries(LABELLED)) {
      await showTab(page, tab);
      const n = await page.$$eval(selector, (els) => els.length);
      assert.ok(n >= 1, `${tab}: charts present`);
      // The charts carry their labels (the names at least, in a legend on a phone).
      const texts = await page.$$eval(selector, (els) => els.flatMap((e) => [...e.querySelectorAll('.main-svg text')].map((t) => t.textContent)));
      assert.ok(texts.some((t) => /uit werk|bestand|budget/i.test(t)), `${tab} @${size.width}: ${texts.join(' | ')}`);
      assert.deepEqual(await clippedTexts(page, selector), [], `${tab} @${size.width}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('at 390 px the page fits the screen, the outflow reasons chart keeps its height, and wide tables say they scroll', async () => {
  const { page, context, errors } = await open(SIZES[2]);
  await showTab(page, 'dynamiek');
  const plotHeight = await page.$eval('[data-testid=chart-reasons] .nsewdrag', (r) => r.getBoundingClientRect().height);
  assert.ok(plotHeight >= 200, `plot area ${plotHeight} px`);
  let overflowing = 0;
  for (const id of await tabIds(page)) {
    await showTab(page, id);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${id}: page ${width} px wide`);
    // Open the folded tables (and other folds that hold a table), then: a table wider than
    // its box shows the hint.
    await page.$$eval('details', (ds) => ds.filter((d) => d.querySelector('.table-scroll')).forEach((d) => (d.open = true)));
    await page.waitForTimeout(150);
    const tables = await page.$$eval('.table-scroll', (els) =>
      els.map((el) => ({
        wider: el.scrollWidth > el.clientWidth + 1,
        hint: (() => {
          const h = el.parentElement.querySelector(':scope > .scroll-hint');
          return !!h && h.getBoundingClientRect().height > 0 && getComputedStyle(h).visibility !== 'hidden';
        })(),
        focusable: el.tabIndex === 0,
        caption: el.querySelector('caption')?.textContent,
      })),
    );
    for (const t of tables) {
      assert.equal(t.hint, t.wider, `${id}: "${t.caption}" ${t.wider ? 'scrolls without' : 'fits but has'} a hint`);
      if (t.wider) assert.ok(t.focusable, `${id}: "${t.caption}" scrolls by keyboard`);
    }
    overflowing += tables.filter((t) => t.wider).length;
    if (id === 'begroting') {
      assert.ok(tables.some((t) => t.wider), 'the Programmabegroting table is wider than a phone');
      assert.equal(await page.textContent('[data-testid=scroll-hint]'), '← schuif →');
    }
  }
  assert.ok(overflowing > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 1920 px the waterfall shows its result readably, and the multi-year result has its own axis', async () => {
  const { page, context, errors } = await open(SIZES[0]);
  await showTab(page, 'buig');
  const wf = '[data-testid=chart-waterfall]';
  // The inset: a subplot of its own with the result's bar and its label.
  const inset = await page.$eval(wf, (chart) => {
    const sub = chart.querySelector('.cartesianlayer .subplot.x2y2');
    const path = sub ? [...sub.querySelectorAll('.point path')].find((p) => p.getBoundingClientRect().height > 0) : null;
    const text = sub ? [...sub.querySelectorAll('text.bartext')].find((t) => t.textContent === '€ 1,61 mln') : null;
    return {
      height: path ? path.getBoundingClientRect().height : 0,
      textHeight: text ? text.getBoundingClientRect().height : 0,
      axis: [...chart.querySelectorAll('.g-y2title text')].map((t) => t.textContent).join(' '),
    };
  });
  assert.ok(inset.height >= 60, `result bar ${inset.height} px high`);
  assert.ok(inset.textHeight >= 12, `result label ${inset.textHeight} px high`);
  assert.match(inset.axis, /ingezoomd/);
  const legend = await page.$$eval(`${wf} .legendtext`, (ts) => ts.map((t) => t.textContent));
  assert.ok(legend.includes('Budget en resultaat') && legend.includes('Uitgaven'), legend.join(', '));
  assert.ok(!legend.includes('Bedrag'), legend.join(', '));
  const right = await page.$$eval('[data-testid=chart-multiyear] .g-y2title text', (ts) => ts.map((t) => t.textContent));
  assert.match(right.join(' '), /Resultaat/);
  await page.locator(wf).screenshot({ path: path.join(OUT, 'chart-waterfall-1920.png') });
  await page.locator('[data-testid=chart-multiyear]').screenshot({ path: path.join(OUT, 'chart-multiyear-1920.png') });
  // Lines that do not start at zero say so.
  await showTab(page, 'dynamiek');
  const note = await page.$$eval('[data-testid=chart-stock] .g-ytitle text, [data-testid=chart-stock] .g-ytitle tspan', (ts) => ts.map((t) => t.textContent).join(' '));
  assert.match(note, /as begint niet bij 0/);
  assert.deepEqual(errors, []);
  await context.close();
});
