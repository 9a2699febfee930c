// UI latency benchmark (not a test): for every tab, tab switch → second animation frame
// after it; for every slider and number box, input → second animation frame; p50/p95 over
// N moves, with the embedded data and with a generated file loaded. See bench/README.md.
// Usage: node bench/ui.mjs [--runs N] [--moves N] [--rows N] [--data embedded|file|both]
//                          [--tabs id,id] [--fields id,id] [--kinds tab,slider,chart,box,slide]
//                          [--details] [--profile] [--top N (profile entries per row)]
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { writeCsv } from './gen.mjs';
import { ROOT, DIST, serveFiles, underRoot, option as opt, quantile, median } from './common.mjs';

const OUT = path.join(ROOT, 'bench', 'out');
const argv = process.argv.slice(2);
const RUNS = Number(opt('--runs', 1));
const MOVES = Number(opt('--moves', 50));
const ROWS = Number(opt('--rows', 100_000));
const DATA_SETS = { embedded: ['embedded'], file: ['file'], both: ['embedded', 'file'] }[opt('--data', 'both')];
const ONLY_TABS = opt('--tabs', '') ? opt('--tabs', '').split(',') : null;
const ONLY_FIELDS = opt('--fields', '') ? opt('--fields', '').split(',') : null;
// `chart`: the slider again, with the first chart its move changes in view (below).
// `slide`: the sliders of each slide in presentation mode on a 1920×1080 projector.
const KINDS = opt('--kinds', 'tab,slider,chart,box,slide').split(',');
/** The projector's screen in presentation mode. */
const PROJECTOR = { width: 1920, height: 1080 };
const DETAILS = argv.includes('--details');
const PROFILE = argv.includes('--profile');
const TOP = Number(opt('--top', 12));

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ is missing: build it first (`trunk build --release`).');
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const DATA = path.join(OUT, `bijstand_${ROWS}.csv`);
if (DATA_SETS.includes('file') && !existsSync(DATA)) {
  console.error(`generating ${path.relative(ROOT, DATA)} …`);
  writeCsv(DATA, ROWS);
}

const server = await serveFiles(underRoot(DIST));
const ORIGIN = server.origin;

// ---- in the page: one action, timed to the second animation frame after it ----
const PAGE_HELPERS = () => {
  // Plotly calls and ms inside the timed windows (event → second frame).
  const inFrame = { calls: 0, ms: 0 };
  const twoFrames = (t0) => {
    const [c0, m0] = [plotly.calls, plotly.ms];
    return new Promise((r) =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          inFrame.calls += plotly.calls - c0;
          inFrame.ms += plotly.ms - m0;
          r(performance.now() - t0);
        }),
      ),
    );
  };
  // Until the page is quiet: timers due soon have run and the browser has a long idle
  // period (work the app deferred, e.g. charts out of view, is done before the next move).
  const settle = () =>
    new Promise((r) =>
      setTimeout(() => {
        const until = performance.now() + 2000;
        const check = (deadline) =>
          deadline.timeRemaining() > 40 || performance.now() > until ? r() : requestIdleCallback(check, { timeout: 500 });
        requestIdleCallback(check, { timeout: 500 });
      }, 200),
    );
  // Plotly's calls, counted and timed (synchronous part) from outside the app.
  // plotly.js is loaded on demand (when the first chart in view is drawn): wrapped once
  // it is there, before each timed series of moves.
  const plotly = { calls: 0, ms: 0 };
  const wrapPlotly = () => {
    if (!window.Plotly || window.Plotly.__bvWrapped) return;
    window.Plotly.__bvWrapped = true;
    for (const name of ['react', 'newPlot', 'purge', 'relayout', 'restyle']) {
      const original = window.Plotly[name];
      if (!original) continue;
      window.Plotly[name] = function (...args) {
        const t0 = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          plotly.calls += 1;
          plotly.ms += performance.now() - t0;
        }
      };
    }
  };
  window.__bvUi = {
    plotly,
    /** Plotly's calls and ms since the last call of this, in all and in the timed windows. */
    takePlotly() {
      wrapPlotly();
      const out = { ...plotly, inFrameCalls: inFrame.calls, inFrameMs: inFrame.ms };
      plotly.calls = plotly.ms = inFrame.calls = inFrame.ms = 0;
      return out;
    },
    /** Scrolls as a user would before acting: the field `id` to the middle, or to the top. */
    async scrollTo(id) {
      const el = id && document.querySelector(`[data-testid="${id}"]`);
      if (el) el.scrollIntoView({ block: 'center' });
      else window.scrollTo(0, 0);
      await twoFrames(0);
      await settle();
    },
    /**
     * Scrolls the first chart that a move of field `id` changes to the top of the view, as
     * a presenter shows the chart and moves the focused slider with the arrow keys. A trial
     * move finds it: a chart out of view waits (`aria-busy`) while the ones in view are
     * redrawn. Returns that chart's id, or null (the move changed no chart out of view).
     */
    async chartInView(id) {
      await this.scrollTo(id);
      const box = document.querySelector(`[data-testid="${id}"]`);
      const slider = box.closest('.field-row').querySelector('input[type=range]');
      slider.value = String(this.target(slider, 3));
      slider.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await twoFrames(0);
      const chart = document.querySelector('figure.chart[aria-busy=true]');
      await settle();
      if (!chart) return null;
      chart.scrollIntoView({ block: 'start' });
      await twoFrames(0);
      await settle();
      return chart.dataset.testid;
    },
    /** Clicks the tab `id`; ms to the second frame. */
    async tab(id) {
      const el = document.querySelector(`[data-testid=tab-${id}]`);
      const t0 = performance.now();
      el.click();
      const ms = await twoFrames(t0);
      await settle();
      return ms;
    },
    /** The number fields (slider + box) on screen: their box ids and labels. */
    fields() {
      return [...document.querySelectorAll('#panel .field-row')]
        .map((row) => ({ slider: row.querySelector('input[type=range]'), box: row.querySelector('input.number') }))
        .filter((f) => f.slider && f.box && f.box.dataset.testid)
        .map((f) => ({ id: f.box.dataset.testid, label: f.slider.getAttribute('aria-label') }));
    },
    /** The k-th value of a back-and-forth sweep over 20–80% of the slider's range. */
    target(slider, k) {
      const [min, max] = [Number(slider.min), Number(slider.max)];
      const phase = (k % 20) / 10;
      const tri = phase <= 1 ? phase : 2 - phase;
      return min + (max - min) * (0.2 + 0.6 * tri);
    },
    /**
     * ms from `t0` until no chart in view waits to be drawn (`aria-busy`): charts drawn a
     * frame apart (the frame budget) are all there. At most 3 s.
     */
    async chartsDrawn(t0) {
      const inView = (el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight && r.height > 0;
      };
      const until = performance.now() + 3000;
      while ([...document.querySelectorAll('figure.chart[aria-busy=true]')].some(inView) && performance.now() < until) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return performance.now() - t0;
    },
    /** Moves the slider of field `id` to its k-th sweep value; ms to the second frame, and to every chart in view drawn. */
    async slide(id, k) {
      const box = document.querySelector(`[data-testid="${id}"]`);
      return box ? this.move(box.closest('.field-row').querySelector('input[type=range]'), k) : NaN;
    },
    /** Moves `slider` to its k-th sweep value; ms to the second frame, and to every chart in view drawn. */
    async move(slider, k) {
      const before = slider.value;
      slider.value = String(this.target(slider, k));
      if (slider.value === before) slider.stepUp();
      const t0 = performance.now();
      slider.dispatchEvent(new InputEvent('input', { bubbles: true }));
      const ms = await twoFrames(t0);
      const all = await this.chartsDrawn(t0);
      await settle();
      return [ms, all];
    },
    /** The sliders of the slide on screen (presentation mode): ids and labels. */
    slideSliders() {
      const slide = document.querySelector('[data-testid=slide]')?.dataset.slide;
      return [...document.querySelectorAll('[data-testid=slide] input[type=range]')].map((s) => ({
        id: s.id,
        slide,
        label: `slide ${slide}: ${document.querySelector(`label[for="${s.id}"]`)?.textContent.trim()}`,
      }));
    },
    /** Moves slider `id` of the slide on screen to its k-th sweep value, as `slide` does. */
    async slideMove(id, k) {
      const slider = document.getElementById(id);
      return slider ? this.move(slider, k) : NaN;
    },
    /** Types the k-th sweep value into the box of field `id` and confirms it; ms to the second frame. */
    async type(id, k) {
      const box = document.querySelector(`[data-testid="${id}"]`);
      if (!box) return NaN;
      const slider = box.closest('.field-row').querySelector('input[type=range]');
      const probe = slider.cloneNode();
      probe.value = String(this.target(slider, k + 5));
      const lang = document.documentElement.lang || 'nl';
      const text = Number(Number(probe.value).toFixed(6)).toString();
      const t0 = performance.now();
      box.value = lang === 'nl' ? text.replace('.', ',') : text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      box.dispatchEvent(new Event('change', { bubbles: true }));
      const ms = await twoFrames(t0);
      await settle();
      return ms;
    },
  };
};

// ---- a CPU profile, summed by where the time went ----
function summarise(profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byNode.get(profile.samples[i]);
    const ms = (dt[i + 1] ?? 0) / 1000;
    const f = n.callFrame;
    const where = f.url.endsWith('.wasm') || f.url.includes('wasm://') ? 'wasm' : f.url.includes('plotly') ? 'plotly.js' : f.url ? path.basename(f.url).replace(/-[0-9a-f]{16}/, '') : f.functionName || '(native)';
    const key = `${where}\t${f.functionName || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    self.set(`${where}\t*`, (self.get(`${where}\t*`) ?? 0) + ms);
  }
  return self;
}

/** Plotly calls and their ms per move, per data set and row (last run). */
const plotlyPerMove = new Map();

// ---- one run: a fresh browser, each data set, each tab, each field ----
async function run(runIndex) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  const results = []; // { data, what, kind, id, samples }
  const profiles = [];
  try {
    for (const data of DATA_SETS) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL', serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(ORIGIN + '/');
      await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
      if (data === 'file') {
        await page.setInputFiles('[data-testid=file-input]', DATA);
        await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('bijstand_'), null, { timeout: 120_000 });
        await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
      }
      await page.evaluate(PAGE_HELPERS);
      if (process.env.BENCH_EXPERIMENT) await page.evaluate(process.env.BENCH_EXPERIMENT);
      const cdp = PROFILE ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      }
      const tabs = (await page.$$eval('[role=tab]', (ts) => ts.map((t) => ({ id: t.dataset.testid.slice(4), label: t.textContent.trim() }))))
        .filter((t) => !ONLY_TABS || ONLY_TABS.includes(t.id));
      const allTabs = await page.$$eval('[role=tab]', (ts) => ts.map((t) => t.dataset.testid.slice(4)));
      const prof = async (what, body) => {
        if (cdp) await cdp.send('Profiler.start');
        await page.evaluate(() => window.__bvUi.takePlotly());
        const samples = await body();
        const p = await page.evaluate(() => window.__bvUi.takePlotly());
        const n = samples.length;
        plotlyPerMove.set(`${data}|${what}`, { calls: p.calls / n, ms: p.ms / n, inFrameCalls: p.inFrameCalls / n, inFrameMs: p.inFrameMs / n });
        if (cdp) profiles.push({ data, what, self: summarise((await cdp.send('Profiler.stop')).profile) });
        return samples;
      };
      for (const tab of tabs) {
        // Switch back and forth between this tab and another; time the switches to this one.
        const other = allTabs[0] === tab.id ? allTabs[1] : allTabs[0];
        await page.evaluate(() => window.__bvUi.scrollTo(null));
        const tabSamples = [];
        const tabKey = `tab ${tab.id}`;
        if (KINDS.includes('tab')) await prof(tabKey, async () => {
          for (let k = 0; k < MOVES; k++) {
            await page.evaluate((id) => window.__bvUi.tab(id), other);
            tabSamples.push(await page.evaluate((id) => window.__bvUi.tab(id), tab.id));
          }
          return tabSamples;
        });
        else await page.evaluate((id) => window.__bvUi.tab(id), tab.id);
        if (tabSamples.length) results.push({ data, tab: tab.label, kind: 'tab', id: tab.id, label: tab.label, samples: tabSamples });
        const fields = (await page.evaluate(() => window.__bvUi.fields())).filter((f) => !ONLY_FIELDS || ONLY_FIELDS.includes(f.id));
        for (const field of fields) {
          for (const kind of ['slider', 'chart', 'box'].filter((k) => KINDS.includes(k))) {
            let label = field.label;
            if (kind === 'chart') {
              const chart = await page.evaluate((id) => window.__bvUi.chartInView(id), field.id);
              if (!chart) continue; // its charts were in view at the slider already
              label = `${field.label} (${chart} in view)`;
            } else {
              await page.evaluate((id) => window.__bvUi.scrollTo(id), field.id);
            }
            const samples = [];
            const drawn = [];
            await prof(`${kind} ${field.id}`, async () => {
              for (let k = 0; k < MOVES; k++) {
                const ms = await page.evaluate(([fn, id, k]) => window.__bvUi[fn](id, k), [kind === 'box' ? 'type' : 'slide', field.id, k]);
                samples.push(Array.isArray(ms) ? ms[0] : ms);
                if (Array.isArray(ms)) drawn.push(ms[1]);
              }
              return samples;
            });
            results.push({ data, tab: tab.label, kind, id: field.id, label, samples, drawn });
          }
        }
        process.stderr.write(`run ${runIndex + 1} ${data} ${tab.label}: tab p95 ${quantile(tabSamples, 0.95).toFixed(0)} ms, ${fields.length} fields\n`);
      }
      if (KINDS.includes('slide')) {
        // Presentation mode on a projector: every slide's sliders, each moved as on a tab.
        await page.setViewportSize(PROJECTOR);
        await page.evaluate(() => window.__bvUi.scrollTo(null));
        await page.click('[data-testid=present-toggle]');
        await page.waitForSelector('.shell.presenting [data-testid=slides]');
        const count = Number((await page.textContent('[data-testid=slide-counter]')).split(/\D+/).filter(Boolean).pop());
        for (let n = 0; n < count; n++) {
          await page.evaluate(() => window.__bvUi.scrollTo(null));
          const sliders = (await page.evaluate(() => window.__bvUi.slideSliders())).filter((f) => !ONLY_FIELDS || ONLY_FIELDS.includes(f.id));
          for (const field of sliders) {
            const samples = [];
            const drawn = [];
            await prof(`slide ${field.slide}/${field.id}`, async () => {
              for (let k = 0; k < MOVES; k++) {
                const [ms, all] = await page.evaluate(([id, k]) => window.__bvUi.slideMove(id, k), [field.id, k]);
                samples.push(ms);
                drawn.push(all);
              }
              return samples;
            });
            // A slider may be on several slides: the row is the slide's and the slider's.
            results.push({ data, tab: 'presentation', kind: 'slide', id: `${field.slide}/${field.id}`, label: field.label, samples, drawn });
          }
          process.stderr.write(`run ${runIndex + 1} ${data} slide ${n + 1}/${count}: ${sliders.length} sliders\n`);
          await page.keyboard.press('PageDown');
        }
      }
      // An experiment may leave what it found in `window.__exp`: printed to stderr.
      if (process.env.BENCH_EXPERIMENT) console.error(JSON.stringify(await page.evaluate(() => window.__exp ?? null)));
      if (errors.length) console.error(`page errors (${data}):`, errors.slice(0, 3));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { results, profiles };
}

// ---- main ----
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await run(i));
server.close();

// Per row: the median over the runs of its p50 and of its p95.
const key = (r) => `${r.data}|${r.kind}|${r.id}`;
const rows = new Map();
for (const { results } of runs) {
  for (const r of results) {
    const row = rows.get(key(r)) ?? { ...r, p50s: [], p95s: [], drawn50s: [], drawn95s: [] };
    row.p50s.push(quantile(r.samples, 0.5));
    row.p95s.push(quantile(r.samples, 0.95));
    if (r.drawn?.length) {
      row.drawn50s.push(quantile(r.drawn, 0.5));
      row.drawn95s.push(quantile(r.drawn, 0.95));
    }
    rows.set(key(r), row);
  }
}
const cell = (row) => (row ? [median(row.p50s), median(row.p95s)].map((x) => (Number.isFinite(x) ? x.toFixed(0) : '–')) : ['–', '–']);
const get = (data, kind, id) => rows.get(`${data}|${kind}|${id}`);

// The summary: per tab, the tab switch and the worst slider and box on it.
const tabsInOrder = [...new Map([...rows.values()].filter((r) => r.kind === 'tab').map((r) => [r.id, r.label])).entries()];
const worst = (data, tabId, kind) => {
  const tabLabel = tabsInOrder.find(([id]) => id === tabId)?.[1];
  const candidates = [...rows.values()].filter((r) => r.data === data && r.kind === kind && r.tab === tabLabel);
  return candidates.sort((a, b) => median(b.p95s) - median(a.p95s))[0];
};
const header = ['what', ...DATA_SETS.flatMap((d) => [`${d === 'file' ? ROWS.toLocaleString('en') + ' rows' : 'embedded'} p50`, 'p95'])];
const lines = [`| ${header.join(' | ')} |`, `| --- | ${header.slice(1).map(() => '---:').join(' | ')} |`];
for (const [id, label] of tabsInOrder) {
  lines.push(`| tab ${label} | ${DATA_SETS.flatMap((d) => cell(get(d, 'tab', id))).join(' | ')} |`);
}
const kindName = { slider: 'slider', chart: 'slider, its chart in view', box: 'number box' };
for (const kind of ['slider', 'chart', 'box']) {
  for (const [id, label] of tabsInOrder) {
    const ws = DATA_SETS.map((d) => worst(d, id, kind));
    if (ws.every((w) => !w)) continue;
    const name = ws.find(Boolean).label;
    lines.push(`| ${label}: slowest ${kindName[kind]} (${name}) | ${ws.flatMap((w) => cell(w)).join(' | ')} |`);
  }
}
{
  // Presentation mode: the slowest slide slider per data set (the slides differ with the data).
  const slowest = (data) => [...rows.values()].filter((r) => r.data === data && r.kind === 'slide').sort((a, b) => median(b.p95s) - median(a.p95s))[0];
  const ws = DATA_SETS.map(slowest);
  if (ws.some(Boolean)) {
    lines.push(`| presentation mode, ${PROJECTOR.width}×${PROJECTOR.height}: slowest slide slider (${ws.filter(Boolean).map((w) => w.label).join(' / ')}) | ${ws.flatMap((w) => cell(w)).join(' | ')} |`);
  }
}
const load = execSync('uptime').toString().trim();
let md = `UI latency (ms, event → second animation frame), ${MOVES} moves each, median of ${RUNS} run(s); ${load}\n\n${lines.join('\n')}\n`;
if (DETAILS) {
  const plHead = DATA_SETS.map((d) => `plotly calls / ms per move, in the timed window · in all (${d})`);
  const drawnHead = DATA_SETS.map((d) => `every chart in view drawn, p50 / p95 (${d})`);
  const heads = [...header.slice(1), ...plHead, ...drawnHead];
  const detail = ['| tab | input | ' + heads.join(' | ') + ' |', `| --- | --- | ${heads.map(() => '---:').join(' | ')} |`];
  const seen = new Set();
  for (const r of rows.values()) {
    if (seen.has(`${r.kind}|${r.id}`)) continue;
    seen.add(`${r.kind}|${r.id}`);
    const pl = DATA_SETS.map((d) => plotlyPerMove.get(`${d}|${r.kind} ${r.id}`)).map((p) => (p ? `${p.inFrameCalls.toFixed(1)} / ${p.inFrameMs.toFixed(0)} · ${p.calls.toFixed(1)} / ${p.ms.toFixed(0)}` : '–'));
    const drawn = DATA_SETS.map((d) => get(d, r.kind, r.id)).map((row) => (row?.drawn50s.length ? `${median(row.drawn50s).toFixed(0)} / ${median(row.drawn95s).toFixed(0)}` : '–'));
    detail.push(`| ${r.tab} | ${r.kind === "chart" ? "slider" : r.kind === "slide" ? "" : r.kind} ${r.label} | ${DATA_SETS.flatMap((d) => cell(get(d, r.kind, r.id))).join(' | ')} | ${pl.join(' | ')} | ${drawn.join(' | ')} |`);
  }
  md += `\nEvery input:\n\n${detail.join('\n')}\n`;
}
if (PROFILE) {
  // Where the time went, summed over all moves of each row (first run), top entries.
  const prof = ['| data | what | where | function | self ms |', '| --- | --- | --- | --- | ---: |'];
  for (const p of runs[0].profiles) {
    const top = [...p.self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    for (const [k, ms] of top) {
      const [where, fn] = k.split('\t');
      prof.push(`| ${p.data} | ${p.what} | ${where} | ${fn === '*' ? '**all**' : fn} | ${ms.toFixed(0)} |`);
    }
  }
  md += `\nCPU profile (self time over all ${MOVES} moves):\n\n${prof.join('\n')}\n`;
}
console.log(md);
writeFileSync(path.join(OUT, 'ui.md'), md);
writeFileSync(path.join(OUT, 'ui.json'), JSON.stringify({ load, moves: MOVES, runs: runs.map((r) => r.results) }, null, 1));
