// End-to-end: inputs that never lie (issue 12 §7). A refused value is marked on its box
// and the result area says which value the figures still use, until the box is fixed or
// Esc puts the value in use back; slider and box share one range, explained under the
// field; the list of reference municipalities ignores empty rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, setField, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

const banner = '[data-testid=rejected-banner]';

test('a refused value is marked and the figures say they still use the old one; Esc restores', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  await page.waitForSelector('[data-testid=kpi-buig-result]');
  assert.equal(await kpi(page, 'kpi-buig-result'), '€ 1,61 mln');
  assert.equal(await page.locator(banner).count(), 0, 'no banner before a refusal');

  // −50 pp local growth: outside the one range of box and slider.
  await setField(page, 'buig-local', '-50');
  await page.waitForSelector(banner);
  const box = page.locator('[data-testid=buig-local]');
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.equal(await box.inputValue(), '-50', 'the typed value stays in the box');
  const error = await page.textContent('[data-testid=buig-local-error]');
  assert.match(error, /Kies een waarde van −5 tot en met 5/);
  const note = await page.textContent(banner);
  assert.match(note, /Lokaal/);
  assert.match(note, /-50 is niet overgenomen/);
  assert.match(note, /rekenen nog met 1,00 pp/);
  assert.match(note, /Esc/);
  assert.equal(await kpi(page, 'kpi-buig-result'), '€ 1,61 mln', 'the refused value is not applied');
  // The marked field looks different (red border on the box).
  const border = await box.evaluate((el) => getComputedStyle(el).borderTopColor);
  const plain = await page.locator('[data-testid=buig-national]').evaluate((el) => getComputedStyle(el).borderTopColor);
  assert.notEqual(border, plain, 'the refused box is marked visibly');
  await page.screenshot({ path: path.join(OUT, 'inputs-rejected.png'), fullPage: false });

  // Esc puts the value in use back and the banner goes.
  await box.focus();
  await page.keyboard.press('Escape');
  await page.waitForSelector(banner, { state: 'detached' });
  assert.equal(await box.getAttribute('aria-invalid'), 'false');
  assert.equal(await box.inputValue(), '1,00');

  // Refused again, then fixed by typing a valid value: the banner goes and the value is used.
  await setField(page, 'buig-local', 'abc');
  await page.waitForSelector(banner);
  assert.match(await page.textContent(banner), /abc is niet overgenomen/);
  await setField(page, 'buig-local', '2');
  await page.waitForSelector(banner, { state: 'detached' });
  await page.waitForFunction(() => document.querySelector('[data-testid=kpi-buig-result] .kpi-value').textContent === '€ 1,10 mln');

  // A refusal on a tab that is left does not follow the user to the next tab.
  await setField(page, 'buig-cost', '900000');
  await page.waitForSelector(banner);
  assert.match(await page.textContent(banner), /rekenen nog met € 18\.034/);
  await page.click('[data-testid=tab-lks]');
  await page.waitForSelector('[data-testid=kpi-lks-running]');
  assert.equal(await page.locator(banner).count(), 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('slider and box share one range, and the field says why', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-buig]');
  await page.waitForSelector('[data-testid=buig-local]');
  const field = page.locator('[data-testid=buig-local]').locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " field ")][1]');
  const slider = field.locator('input[type=range]');
  assert.equal(await slider.getAttribute('min'), '-5');
  assert.equal(await slider.getAttribute('max'), '5');
  assert.match(await field.textContent(), /Van −5 tot en met 5: het lokale verschil/);
  // The box refuses what the slider cannot reach, and accepts its ends.
  await setField(page, 'buig-local', '5');
  await page.waitForFunction(() => document.querySelector('[data-testid=buig-local]').getAttribute('aria-invalid') === 'false');
  assert.equal(await page.locator(banner).count(), 0);
  await setField(page, 'buig-local', '5,5');
  await page.waitForSelector(banner);
  // The Prognose and Vergelijking boxes too: the slider runs over the box's range.
  for (const [tab, id, min, max] of [['prognose', 'proj-start', '0', '100000'], ['vergelijking', 'groei-t0', '0', '100000']]) {
    await page.click(`[data-testid=tab-${tab}]`);
    await page.waitForSelector(`[data-testid=${id}]`);
    const f = page.locator(`[data-testid=${id}]`).locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " field ")][1]');
    assert.equal(await f.locator('input[type=range]').getAttribute('min'), min, id);
    assert.equal(await f.locator('input[type=range]').getAttribute('max'), max, id);
    assert.match(await f.textContent(), /Van 0 tot en met 100\.000: ruim boven het bijstandsbestand/, id);
  }
  await context.close();
});

test('the list of reference municipalities ignores empty rows', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=tab-vergelijking]');
  await page.waitForSelector('[data-testid=kpi-impact]');
  await page.selectOption('[data-testid=groei-referentie]', { index: 2 });
  await page.waitForSelector('[data-testid=ref-gemeente-0]');
  // The empty first row computes nothing: no "group of 1", no euro effect.
  assert.equal(await page.locator('[data-testid=kpi-impact]').count(), 0);
  assert.equal(await page.locator('[data-testid=kpi-groei-ref]').count(), 0);
  const notes = await page.textContent('[data-testid=groei-notes]');
  assert.match(notes, /Vul bij ten minste één gemeente/);
  assert.doesNotMatch(await page.textContent('#panel'), /referentiegroep van 1 gemeente/);
  await page.locator('[data-testid=ref-gemeente-0]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'inputs-reference-empty.png') });
  // One filled row counts; a new empty row changes nothing.
  await setField(page, 'ref-0-t0', '1.000');
  assert.equal(await page.locator('[data-testid=kpi-impact]').count(), 0, 'half a row does not count');
  await setField(page, 'ref-0-t', '1.010');
  await page.waitForSelector('[data-testid=kpi-impact]');
  const impact = await kpi(page, 'kpi-impact');
  assert.match(await page.textContent('[data-testid=kpi-groei-ref]'), /referentiegroep van 1 gemeente\b/);
  await page.click('[data-testid=ref-add]');
  await page.waitForSelector('[data-testid=ref-gemeente-1]');
  assert.equal(await kpi(page, 'kpi-impact'), impact);
  assert.match(await page.textContent('[data-testid=kpi-groei-ref]'), /referentiegroep van 1 gemeente\b/);
  await page.locator('[data-testid=ref-gemeente-0]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'inputs-reference-list.png') });
  await context.close();
});
