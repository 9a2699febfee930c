// End-to-end: presentation mode as slides. At 1920×1080 every key a presenter (or a clicker)
// uses steps through the deck while the page never scrolls; the type is large enough for a
// projector; Q shows the QR code, B a black screen, Esc leaves; a deck chosen in the editor
// travels in the share link. Every slide is photographed at 1920, 1280 and 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, settledHash, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** A page at this size with the app loaded. */
async function open(width, height, url = server.origin + '/') {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.text()) && errors.push(m.text()));
  await page.goto(url);
  await page.waitForSelector('[data-testid=dataset-name]');
  return { page, context, errors };
}

const counter = (page) => page.textContent('[data-testid=slide-counter]');
const title = (page) => page.textContent('[data-testid=slide-title]');
const kind = (page) => page.getAttribute('[data-testid=slide]', 'data-slide');
const scrollY = (page) => page.evaluate(() => window.scrollY);

/** Waits for slide `n` of `total` and for its charts to be drawn. */
async function at(page, n, total) {
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid=slide-counter]')?.textContent === want,
    `${n} / ${total}`,
  );
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.slides .chart')].every((c) => c.querySelector('.main-svg') || c.querySelector('.chart-error')),
  );
}

async function present(page) {
  await page.click('[data-testid=present-toggle]');
  await page.waitForSelector('.shell.presenting [data-testid=slides]');
}

/** The smallest font size (px) of the slide's body text: key-figure labels and notes, remarks, chart titles. */
const smallestBodyText = (page) =>
  page.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll('.slide-kpi-label, .slide-kpi-note, .slide-note, .slides .chart-title, .slide-slider label')]
        .filter((e) => e.textContent.trim())
        .map((e) => parseFloat(getComputedStyle(e).fontSize)),
    ),
  );

test('1920×1080: PageDown steps through every slide with scrollY 0, the counter and the title change, type ≥ 28 px', async () => {
  const { page, context, errors } = await open(1920, 1080);
  await present(page);
  const total = Number((await counter(page)).split(' / ')[1]);
  assert.equal(total, 7, 'the default deck');
  const seen = [];
  for (let n = 1; n <= total; n++) {
    await at(page, n, total);
    await page.screenshot({ path: path.join(OUT, `slide-${n}-1920.png`) });
    assert.equal(await scrollY(page), 0, `slide ${n} starts at its top`);
    const t = await title(page);
    assert.ok(/\d/.test(t), `slide ${n} states its finding with a number: ${t}`);
    assert.ok(!seen.some((s) => s.title === t), `slide ${n} has its own title: ${t}`);
    seen.push({ kind: await kind(page), title: t });
    const font = await smallestBodyText(page);
    assert.ok(font >= 28, `slide ${n}: body text ${font}px`);
    // Nothing to type or choose on a slide; at most two sliders.
    const controls = await page.$$eval('.slide input:not([type=range]), .slide select, .slide textarea', (l) => l.length);
    assert.equal(controls, 0, `slide ${n} has no input controls`);
    assert.ok((await page.$$('.slide input[type=range]')).length <= 2);
    // The whole slide, its counter included, is on the screen.
    const bottom = await page.evaluate(() => document.querySelector('.slide-foot').getBoundingClientRect().bottom);
    assert.ok(bottom <= 1080, `slide ${n} fits the screen: its foot ends at ${bottom}px`);
    await page.keyboard.press('PageDown');
    assert.equal(await scrollY(page), 0);
  }
  assert.deepEqual(
    seen.map((s) => s.kind),
    ['samenstelling', 'dynamiek', 'prognose', 'vergelijking', 'lks', 'buig', 'vangnet'],
  );
  assert.match(seen[0].title, /^5\.687 bijstandsuitkeringen op 30-09-2024/);
  assert.match(seen[3].title, /^Het bestand groeit sneller dan landelijk: \+1,14% tegen/);
  assert.equal(seen[5].title, 'BUIG 2025: een overschot van € 1,61 mln op een budget van € 114,46 mln');
  // PageDown on the last slide stays there.
  await at(page, total, total);
  // The other keys.
  const keys = [
    ['Home', 1],
    ['End', 7],
    ['PageUp', 6],
    ['ArrowLeft', 5],
    ['Space', 6],
    ['Shift+Space', 5],
    ['ArrowRight', 6],
    ['ArrowDown', 7],
    ['ArrowUp', 6],
  ];
  for (const [key, n] of keys) {
    await page.keyboard.press(key);
    await at(page, n, total);
    assert.equal(await scrollY(page), 0, `${key}: scrollY`);
  }
  // Q shows the QR code, Esc closes it and stays in presentation mode.
  await page.keyboard.press('q');
  await page.waitForSelector('.dialog-qr [data-testid=share-qr] svg');
  await page.screenshot({ path: path.join(OUT, 'slide-qr-1920.png') });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.dialog-qr', { state: 'detached' });
  assert.equal(await counter(page), '6 / 7');
  // B (or '.', what clickers send) blacks the screen out and back.
  await page.keyboard.press('b');
  await page.waitForSelector('[data-testid=slide-black]');
  await page.keyboard.press('.');
  await page.waitForSelector('[data-testid=slide-black]', { state: 'detached' });
  // Esc leaves.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.shell:not(.presenting)');
  await page.waitForSelector('[role=tab]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a live slider on the BUIG slide moves the result in the title', async () => {
  const { page, context } = await open(1920, 1080);
  await present(page);
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  await at(page, 6, 7);
  const before = await title(page);
  const slider = '[data-testid=slide-buig-cost]';
  await page.waitForSelector(slider);
  await page.$eval(slider, (el) => {
    el.value = '20000';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction((b) => document.querySelector('[data-testid=slide-title]').textContent !== b, before);
  assert.match(await title(page), /^BUIG 2025: een tekort van € /);
  // The vangnet slide says it applies.
  await page.keyboard.press('PageDown');
  await at(page, 7, 7);
  assert.match(await title(page), /^Het tekort van \d+,\d% ligt boven de drempel van 7,5%: het vangnet betaalt ongeveer € /);
  await page.screenshot({ path: path.join(OUT, 'slide-vangnet-applies-1920.png') });
  const bottom = await page.evaluate(() => document.querySelector('.slide-foot').getBoundingClientRect().bottom);
  assert.ok(bottom <= 1080, `the vangnet slide fits the screen: its foot ends at ${bottom}px`);
  await context.close();
});

test('a deck chosen in the editor survives a share link', async () => {
  const { page, context } = await open(1366, 900);
  await page.click('[data-testid=deck-open]');
  await page.waitForSelector('[data-testid=deck-dialog]');
  // Untick In- en uitstroom and Prognose (by keyboard: focus and Space), move BUIG to the front.
  await page.focus('[data-testid=deck-dynamiek]');
  await page.keyboard.press('Space');
  await page.click('[data-testid=deck-prognose]');
  for (let i = 0; i < 3; i++) await page.click('[data-testid=deck-up-buig]');
  const order = await page.$$eval('[data-testid=deck-list] li', (l) =>
    l.filter((li) => li.querySelector('input').checked).map((li) => li.dataset.slide),
  );
  assert.deepEqual(order, ['buig', 'samenstelling', 'vergelijking', 'lks', 'vangnet']);
  await page.screenshot({ path: path.join(OUT, 'slide-deck-editor.png') });
  await page.click('[data-testid=deck-start]');
  await page.waitForSelector('.shell.presenting [data-testid=slides]');
  assert.equal(await counter(page), '1 / 5');
  assert.equal(await kind(page), 'buig');
  await settledHash(page);
  const link = page.url();
  assert.ok(link.includes('#'), link);
  // Another browser opens the link: the same deck in the same order.
  const other = await open(1920, 1080, link);
  await present(other.page);
  const kinds = [];
  for (let n = 1; n <= 5; n++) {
    await at(other.page, n, 5);
    kinds.push(await kind(other.page));
    await other.page.keyboard.press('PageDown');
  }
  assert.deepEqual(kinds, order);
  await other.context.close();
  await context.close();
});

test('the kerncijfers dataset leaves out the slides that need persons and says so', async () => {
  const { page, context } = await open(1920, 1080);
  await page.click('[data-testid=load-kerncijfers]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('Uitvoeringsprogramma EAA 2025'));
  await present(page);
  await at(page, 1, 5);
  assert.match(await page.textContent('[data-testid=slides-skipped]'), /Samenstelling, In- en uitstroom/);
  for (let n = 1; n <= 5; n++) {
    await at(page, n, 5);
    assert.ok(/\d/.test(await title(page)));
    await page.screenshot({ path: path.join(OUT, `slide-kerncijfers-${n}-1920.png`) });
    await page.keyboard.press('PageDown');
  }
  await context.close();
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
]) {
  test(`every slide at ${width}×${height}: starts at its top, nothing wider than the screen, fits a laptop`, async () => {
    const { page, context } = await open(width, height);
    await present(page);
    for (let n = 1; n <= 7; n++) {
      await at(page, n, 7);
      assert.equal(await scrollY(page), 0, `slide ${n}`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `slide ${n} is ${wide}px wide`);
      if (width >= 1280) {
        // On a laptop the plots take their share of the lower screen: the slide still fits.
        const bottom = await page.evaluate(() => document.querySelector('.slide-foot').getBoundingClientRect().bottom);
        assert.ok(bottom <= height, `slide ${n} fits the screen: its foot ends at ${bottom}px`);
      }
      await page.screenshot({ path: path.join(OUT, `slide-${n}-${width}.png`), fullPage: true });
      await page.keyboard.press('PageDown');
    }
    await context.close();
  });
}
