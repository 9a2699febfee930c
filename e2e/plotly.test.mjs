// End-to-end: issue 13 §3. plotly.js (the largest script, a long task to evaluate) is loaded
// when the first chart is to be drawn in view or someone starts using the page, so a first
// visit, whose start panel fills the window, starts without it; a visit that shows charts at once (a scenario link, a browser
// that hid the start panel) loads it beside the WebAssembly. If it cannot be loaded, the
// charts say so and the rest of the app works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

const PLOTLY = /\/plotly-basic\.min\.js$/;

/** A new visitor's page, with the requests for plotly.js it made. */
async function visit(url, { hidePanel = false, blockPlotly = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
  if (hidePanel) {
    await context.addInitScript(() => localStorage.setItem('bijstandsverkenner.start-verborgen', '1'));
  }
  if (blockPlotly) await context.route(PLOTLY, (route) => route.abort());
  const plotly = [];
  // The page's own requests: the service worker fetches every file when it installs (and
  // so has plotly.js at hand), which loads nothing into the page.
  context.on('request', (r) => PLOTLY.test(r.url()) && !r.serviceWorker() && plotly.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('html[data-started] [data-testid=dataset-name]');
  return { page, context, plotly, errors };
}

/** Waits until the page has been idle a while (idle drawing of charts out of view is over). */
const quiet = (page, ms) =>
  page.evaluate(
    (ms) => new Promise((r) => setTimeout(() => requestIdleCallback(() => r(), { timeout: 2000 }), ms)),
    ms,
  );

test('a first visit starts without plotly.js and loads it when a chart comes into view', async () => {
  const { page, context, plotly, errors } = await visit(server.origin + '/');
  assert.equal(await page.locator('[data-testid=start-panel]').count(), 1, 'the start panel of a first visit');
  await quiet(page, 1500);
  assert.deepEqual(plotly, [], 'not requested while no chart is in view');
  assert.equal(await page.evaluate(() => typeof window.Plotly), 'undefined');
  // The charts under the panel wait for it, and say they are not up to date yet.
  assert.equal(await page.locator('.chart-plot .main-svg').count(), 0);
  assert.ok((await page.locator('figure.chart[aria-busy=true]').count()) > 0);

  await page.click('[data-testid=start-dismiss]');
  await page.waitForSelector('.chart-plot .main-svg');
  assert.equal(plotly.length, 1, 'requested once');
  // Those still out of view follow in idle time, as before.
  await page.waitForFunction(
    () => [...document.querySelectorAll('figure.chart')].every((c) => c.querySelector('.main-svg') && c.getAttribute('aria-busy') !== 'true'),
    null,
    { timeout: 15_000 },
  );
  assert.equal(plotly.length, 1);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(OUT, 'plotly-after-dismiss.png') });
  await context.close();
});

test('scrolling down to a chart loads plotly.js too', async () => {
  const { page, context, plotly } = await visit(server.origin + '/');
  await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('.chart-plot .main-svg');
  assert.equal(plotly.length, 1);
  await context.close();
});

test('someone at the page (the pointer moves) loads it before a chart is in view, and the charts below are drawn', async () => {
  const { page, context, plotly } = await visit(server.origin + '/');
  await quiet(page, 500);
  assert.deepEqual(plotly, []);
  await page.mouse.move(200, 200);
  await page.mouse.move(400, 300);
  await page.waitForFunction(() => typeof window.Plotly === 'object', null, { timeout: 15_000 });
  assert.equal(plotly.length, 1);
  // The charts under the start panel are drawn in idle time once it is there.
  await page.waitForFunction(
    () => [...document.querySelectorAll('figure.chart')].every((c) => c.querySelector('.main-svg') && c.getAttribute('aria-busy') !== 'true'),
    null,
    { timeout: 15_000 },
  );
  assert.equal(await page.locator('[data-testid=start-panel]').count(), 1, 'the panel is still open');
  await context.close();
});

test('a visit that shows charts at once loads plotly.js beside the WebAssembly', async () => {
  for (const options of [{ hidePanel: true }, {}]) {
    const url = options.hidePanel ? server.origin + '/' : server.origin + '/#v1.whatever';
    const { page, context, plotly } = await visit(url, options);
    // Asked for by index.html before the app started, not after.
    const asked = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => /plotly-basic\.min\.js$/.test(e.name)).map((e) => e.startTime),
    );
    assert.equal(asked.length, 1, JSON.stringify(options));
    const wasm = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => /_bg\.wasm$/.test(e.name)).map((e) => e.responseEnd),
    );
    assert.ok(asked[0] < wasm[0], `plotly.js asked for at ${asked[0]} ms, the wasm in at ${wasm[0]} ms`);
    await page.waitForSelector('.chart-plot .main-svg');
    assert.equal(plotly.length, 1);
    await context.close();
  }
});

test('when plotly.js cannot be loaded, the charts say so and the figures still work', async () => {
  const { page, context, plotly, errors } = await visit(server.origin + '/', { blockPlotly: true });
  await page.click('[data-testid=start-dismiss]');
  const error = page.locator('.chart-error').first();
  await error.waitFor();
  assert.match(await error.innerText(), /kon niet worden getekend: plotly\.js is niet geladen/);
  assert.ok(plotly.length >= 1);
  assert.equal(await page.locator('#crash-notice').count(), 0, 'no crash notice');
  assert.match(await page.textContent('[data-testid=kpi-total] .kpi-value'), /5\.687/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a slider move draws the charts in view a frame apart, each with its newest figure, and fits their margins when the hand stops', async () => {
  const { page, context, errors } = await visit(server.origin + '/', { hidePanel: true });
  await page.click('[data-testid=tab-buig]');
  await page.waitForSelector('figure[data-testid=chart-waterfall] .main-svg');
  // The waterfall at the top of the window: the charts below it are in view too.
  await page.evaluate(() => document.querySelector('figure[data-testid=chart-waterfall]').scrollIntoView({ block: 'start' }));
  // Every chart in view drawn (a busy machine may take a while), and the page quiet again.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('figure.chart')]
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        })
        .every((c) => c.querySelector('.main-svg') && c.getAttribute('aria-busy') !== 'true'),
    null,
    { timeout: 15_000 },
  );
  await quiet(page, 1500);
  const inView = await page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      })
      .map((c) => c.dataset.testid),
  );
  assert.ok(inView.length >= 3, `three charts or more in view: ${inView}`);
  // Each Plotly.react: the chart, the animation frame it ran after, whether the axes fit their margins.
  await page.evaluate(() => {
    window.__frame = 0;
    const tick = () => {
      window.__frame += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__draws = [];
    const react = Plotly.react;
    Plotly.react = function (gd, data, layout, config) {
      window.__draws.push({
        chart: gd.closest('figure.chart').dataset.testid,
        frame: window.__frame,
        start: performance.now(),
        automargin: layout.xaxis?.automargin ?? layout.yaxis?.automargin ?? null,
        data: JSON.stringify(data.map((t) => t.y ?? t.values ?? null)),
      });
      return react.apply(this, arguments);
    };
  });
  // The tick labels of each chart before the moves.
  const ticks = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('figure.chart')].map((c) => [
          c.dataset.testid,
          [...c.querySelectorAll('g > text')].filter((t) => /^[xy]\d*tick$/.test(t.parentNode.getAttribute('class'))).map((t) => t.textContent).join('|'),
        ]),
      ),
    );
  const before = await ticks();
  // Two moves, the second in the task after the first: the charts still waiting then are
  // drawn once, with the second value.
  await page.evaluate(
    () =>
      new Promise((done) => {
        const slider = document.querySelector('[data-testid=buig-national]').closest('.field-row').querySelector('input[type=range]');
        const move = (v) => {
          slider.value = String(v);
          slider.dispatchEvent(new InputEvent('input', { bubbles: true }));
        };
        move(Number(slider.min) + 1);
        setTimeout(() => {
          move(Number(slider.max) - 1);
          done();
        }, 0);
      }),
  );
  await page.waitForFunction(() => !document.querySelector('figure.chart[aria-busy=true]'), null, { timeout: 10_000 });
  // The draws while moving keep their margins; the ones that fit them come when the hand
  // has stopped (on a busy machine they may already be here), after every kept one.
  const drawn = await page.evaluate(() => window.__draws.slice());
  const moved = drawn.filter((d) => d.automargin === false);
  const firstFit = drawn.findIndex((d) => d.automargin !== false);
  assert.ok(
    firstFit === -1 || drawn.slice(firstFit).every((d) => d.automargin !== false),
    `a chart drawn before keeps its margins while it changes: ${JSON.stringify(drawn.map((d) => [d.chart, d.frame, d.automargin]))}`,
  );
  assert.deepEqual([...new Set(moved.map((d) => d.chart))].sort(), [...inView].sort(), 'every chart in view is drawn');
  for (const chart of inView) {
    assert.ok(moved.filter((d) => d.chart === chart).length <= 2, `${chart}: drawn once per move at most: ${moved.map((d) => d.chart)}`);
  }
  // Between two frames, a chart is drawn only while less than 12 ms have gone into drawing
  // since the first one (the frame budget): four charts of 15-30 ms each go a frame apart.
  for (const frame of new Set(moved.map((d) => d.frame))) {
    const starts = moved.filter((d) => d.frame === frame).map((d) => d.start);
    assert.ok(starts.every((t) => t - starts[0] < 13), `frame ${frame}: draws started at ${starts.map((t) => Math.round(t - starts[0]))} ms`);
  }
  // When the hand stops, a chart whose tick labels changed is drawn once more, with the
  // same figure and its margins fitted to its labels; one whose labels are those its
  // margins were fitted to keeps them.
  await quiet(page, 1500);
  const all = await page.evaluate(() => window.__draws.slice());
  const after = await ticks();
  let refitted = 0;
  for (const chart of inView) {
    const last = all.filter((d) => d.chart === chart).at(-1);
    const moving = moved.filter((d) => d.chart === chart).at(-1);
    assert.equal(last.data, moving.data, `${chart}: drawn with the newest figure while moving`);
    assert.ok(before[chart].length > 0, `${chart}: has tick labels`);
    if (after[chart] !== before[chart]) {
      assert.notEqual(last.automargin, false, `${chart}: new labels, margins fitted at rest`);
      refitted += 1;
    } else {
      assert.equal(last.automargin, false, `${chart}: same labels, not drawn again`);
    }
  }
  assert.ok(refitted > 0, 'the move changed the labels of a chart');
  assert.equal(await page.locator('figure.chart[aria-busy=true]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
