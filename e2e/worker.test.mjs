// End-to-end: large files load in the Web Worker with a progress bar and Cancel, and the
// page stays responsive meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, openPage, kpi, OUT, chartsSettled } from './harness.mjs';
import { generateCsv } from '../bench/gen.mjs';
import { existsSync, writeFileSync } from 'node:fs';

let server;
let browser;
const files = {};

/** Writes a generated file and returns its path and the number of running benefits. */
function make(name, rows, seed) {
  const bytes = generateCsv(rows, seed);
  const file = path.join(OUT, name);
  writeFileSync(file, bytes);
  let running = 0;
  for (const line of bytes.toString('utf8').split('\r\n').slice(1)) {
    if (line && line.split(';')[9] === '') running++;
  }
  return { file, bytes: bytes.length, running };
}
const nl = (n) => n.toLocaleString('nl-NL');

before(async () => {
  files.a = make('worker_a.csv', 280_000, 7); // ≈ 20 MB
  files.b = make('worker_b.csv', 800_000, 8); // ≈ 57 MB, cancelled midway
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Counts animation frames and the longest gap between two while a load is shown. */
async function watchFrames(page) {
  await page.evaluate(() => {
    const w = (window.__frames = { loading: 0, maxGap: 0, last: 0, run: true });
    const tick = (t) => {
      if (document.querySelector('[data-testid=load-progress]')) {
        if (w.last) w.maxGap = Math.max(w.maxGap, t - w.last);
        w.loading++;
        w.last = t;
      } else {
        w.last = 0;
      }
      if (w.run) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

test('a 20 MB file loads in the worker with a progress bar; the page keeps painting', async () => {
  assert.ok(files.a.bytes > 19e6 && files.a.bytes < 21e6, `${files.a.bytes} bytes`);
  const { page, offsite, consoleErrors, context } = await openPage(browser, server.origin);
  // The page settled first: charts out of view are drawn in idle time after the start
  // (`aria-busy` until then); that drawing is not the load's.
  await chartsSettled(page);
  await watchFrames(page);
  // Every frame, note what the bar shows (the load may finish between two checks from here).
  await page.evaluate(() => {
    window.__progress = { max: 0, texts: [] };
    const poll = () => {
      const bar = document.querySelector('[data-testid=load-progress]');
      if (bar) {
        const v = Number(bar.getAttribute('value'));
        const text = document.querySelector('[data-testid=loading]')?.textContent ?? '';
        if (v > window.__progress.max) window.__progress.max = v;
        if (v > 0 && window.__progress.texts.length < 5) window.__progress.texts.push(text);
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.setInputFiles('[data-testid=file-input]', files.a.file);
  const bar = page.locator('[data-testid=load-progress]');
  await bar.waitFor();
  assert.equal(await bar.getAttribute('max'), '100');
  assert.ok(await bar.getAttribute('aria-label'));
  await page.locator('[data-testid=load-cancel]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('worker_a.csv'));
  // The bar moved: some value above 0 was shown with its percentage text.
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.max > 0, `the bar moved: ${JSON.stringify(progress)}`);
  assert.match(progress.texts[0], /\d+% · (lezen|verwerken)/);
  assert.equal(await kpi(page, 'kpi-total'), nl(files.a.running));
  assert.equal(await bar.count(), 0, 'the bar is gone when done');
  const frames = await page.evaluate(() => window.__frames);
  assert.ok(frames.loading >= 5, `frames painted while loading: ${frames.loading}`);
  assert.ok(frames.maxGap < 250, `longest frame gap while loading: ${frames.maxGap.toFixed(0)} ms`);
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  assert.deepEqual(offsite(), []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('cancelling a large load keeps the previous numbers and shows no error', async () => {
  const { page, consoleErrors, context } = await openPage(browser, server.origin);
  await page.setInputFiles('[data-testid=file-input]', files.a.file);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('worker_a.csv'));
  const before = await kpi(page, 'kpi-total');
  assert.equal(before, nl(files.a.running));
  // Click Annuleren from inside the page as soon as the bar passes 20%, so the click lands
  // midway whatever the machine's speed.
  const clicked = page.evaluate(
    () =>
      new Promise((resolve) => {
        const poll = () => {
          const bar = document.querySelector('[data-testid=load-progress]');
          const v = Number(bar?.getAttribute('value'));
          if (bar && v >= 20) {
            document.querySelector('[data-testid=load-cancel]').click();
            resolve(v);
          } else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
  );
  await page.setInputFiles('[data-testid=file-input]', files.b.file);
  const at = await clicked;
  assert.ok(at >= 20 && at < 100, `cancelled at ${at}%`);
  await page.locator('[data-testid=loading]').waitFor({ state: 'detached' });
  // Nothing arrives late from the stopped worker.
  await page.waitForTimeout(1500);
  assert.equal(await kpi(page, 'kpi-total'), before);
  assert.match(await page.textContent('[data-testid=dataset-name]'), /worker_a\.csv/);
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  assert.equal(await page.locator('[data-testid=loading]').count(), 0);
  // The file picker works again, and a new load after a cancel completes.
  await page.setInputFiles('[data-testid=file-input]', files.b.file);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('worker_b.csv'), null, { timeout: 30_000 });
  // The key figure follows in the same or the next render: wait for it rather than read once.
  await page
    .waitForFunction(
      (want) => document.querySelector('[data-testid=kpi-total] .kpi-value')?.textContent.trim() === want,
      nl(files.b.running),
      { timeout: 10_000 },
    )
    .catch(() => {});
  assert.equal(await kpi(page, 'kpi-total'), nl(files.b.running));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('a bad file loaded through the worker shows the same Dutch error with its location', async () => {
  const { page, context } = await openPage(browser, server.origin);
  const bad = path.join(OUT, 'worker_bad.csv');
  // Line 1501 repeats line 1500: the same person in the same benefit and period. (A repeated
  // uitkering_id with another person or period is a partner row or another episode.)
  const lines = generateCsv(2000, 9).toString('utf8').split('\r\n');
  lines[1500] = lines[1499];
  const text = lines.join('\r\n');
  writeFileSync(bad, text);
  await page.setInputFiles('[data-testid=file-input]', bad);
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  const msg = await banner.textContent();
  assert.match(msg, /worker_bad\.csv is niet geladen/);
  assert.match(msg, /uitkering_id 'U0001499' komt meer dan eens voor/);
  assert.match(msg, /regel 1501/);
  assert.equal(await kpi(page, 'kpi-total'), '5.687', 'previous data stays');
  await context.close();
});

/**
 * Records the loader worker's replies in `window.__workerReplies`: the page's `Worker` gets a
 * listener of its own next to the app's. A reply is posted as `{type, wire, buffer?}` (`wire`:
 * `bijstand_worker::Reply` in its binary wire format, for the page); a "done" also carries
 * `rows` and `timings` as plain values, which is what this records.
 */
async function recordWorkerReplies(context, page) {
  await context.addInitScript(() => {
    window.__workerReplies = [];
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (e) => {
          const { type, wire, rows, timings } = e.data ?? {};
          if (typeof type === 'string' && wire instanceof Uint8Array) window.__workerReplies.push({ type, rows, timings });
        });
      }
    };
  });
  await page.reload();
  await page.waitForSelector('[data-testid=dataset-name]');
}

test('a large file is parsed as it streams in; with quotes or an error in its second half it loads or fails like one read (line numbers right)', async () => {
  const { page, consoleErrors, context } = await openPage(browser, server.origin);
  await recordWorkerReplies(context, page);
  await page.waitForTimeout(2500); // the spare loader worker starts after the page
  const big = generateCsv(100_000, 11).toString('utf8'); // ≈ 7 MB: streamed (≥ 4 MB)
  const lines = big.split('\r\n');
  /** Loads `text` as `name` through the file input; the worker's final reply. */
  const load = async (name, text, outcome) => {
    // A new spare worker is started 1 s after each load.
    await page.waitForTimeout(2500);
    const file = path.join(OUT, name);
    writeFileSync(file, text);
    await page.evaluate(() => (window.__workerReplies.length = 0));
    await page.setInputFiles('[data-testid=file-input]', file);
    if (outcome === 'error') {
      await page.locator('[data-testid=error-banner]', { hasText: name }).waitFor();
    } else {
      await page.waitForFunction((n) => document.querySelector('[data-testid=dataset-name]')?.textContent.includes(n), name);
    }
    return page.evaluate(() => window.__workerReplies.find((r) => r.type === 'done' || r.type === 'error'));
  };
  const running = lines.slice(1).filter((l) => l && l.split(';')[9] === '').length;
  const whole = await load('deel_heel.csv', big, 'loaded');
  assert.equal(whole.type, 'done');
  assert.equal(whole.timings.streamed, true, 'parsed as it streamed in');
  assert.equal(whole.rows, 100_000);
  assert.equal(await kpi(page, 'kpi-total'), nl(running));

  // A quote anywhere: one go, same numbers.
  const quoted = big.replace('\r\nU0090000;', '\r\n"U0090000";');
  const q = await load('deel_quote.csv', quoted, 'loaded');
  assert.equal(q.timings.streamed, false, 'the stream gives up at the quote; the whole file is read');
  assert.equal(await kpi(page, 'kpi-total'), nl(running));

  // An error in the second half: reported at its own line (90,001 of the file).
  const bad = lines.slice();
  const cells = bad[90_000].split(';');
  cells[8] = '31-02-2020';
  bad[90_000] = cells.join(';');
  const e = await load('deel_fout.csv', bad.join('\r\n'), 'error');
  assert.equal(e.type, 'error');
  const banner = await page.textContent('[data-testid=error-banner]');
  assert.match(banner, /regel 90\.?001/);
  assert.match(banner, /31-02-2020/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the single-file build (file://) loads a file in its blob: worker', async (t) => {
  const single = path.join(OUT, '..', '..', 'dist-single', 'bijstandsverkenner.html');
  if (!existsSync(single)) {
    t.skip('dist-single/ not built (scripts/test.sh builds it before the end-to-end tests)');
    return;
  }
  const small = make('worker_small.csv', 3000, 10);
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('file://' + single);
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  await page.setInputFiles('[data-testid=file-input]', small.file);
  await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('worker_small.csv'));
  assert.equal(await kpi(page, 'kpi-total'), nl(small.running));
  assert.deepEqual(errors, []);
  await context.close();
});
