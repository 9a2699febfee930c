// End-to-end: charts that show their answer, at a projector's, a laptop's and a phone's
// width; and the screenshot sweep of every tab at those widths (e2e/out/tab-<name>-<width>.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, OUT } from './harness.mjs';

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

/** Opens a tab and waits until its charts are drawn. */
async function showTab(page, id) {
  await page.click(`[data-testid=tab-${id}]`);
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid=tab-${id}]`)?.getAttribute('aria-selected') === 'true',
    id,
  );
  await page.waitForTimeout(300);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.chart-plot')].every((d) => d.querySelector('.main-svg')),
  ).catch(() => {});
  await page.waitForTimeout(400);
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
