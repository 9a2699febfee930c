// Benchmark (not a test): the Bijstandsverkenner's loader against PapaParse 5.7.1,
// @duckdb/duckdb-wasm 1.32.0 and @finos/perspective 3.8.0 in the same headless Chromium, on
// the 1,000,000-row file of shared/BENCH-PEERS.md and on files that don't look like it.
// See bench/README.md. Usage: node bench/run.mjs [--rows N] [--runs N] [--files gen,odd-lf]
// [--peers ours,app,papa,duckdb,perspective]
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { VARIANTS, writeCsv } from './gen.mjs';
import { ROOT, DIST, serveFiles, median } from './common.mjs';

const OUT = path.join(ROOT, 'bench', 'out');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const list = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return (i > 0 ? process.argv[i + 1] : dflt).split(',').filter(Boolean);
};
const ROWS = arg('--rows', 1_000_000);
const RUNS = arg('--runs', 5);
const REFILTERS = 3;
const FILES = list('--files', 'gen');
// A CPU profile of the page in the app UI runs (change → painted), summed by script and function.
const PROFILE_UI = process.argv.includes('--profile-ui');
const PEERS = list('--peers', 'ours,app,papa,duckdb,perspective');
for (const f of FILES) if (!VARIANTS[f]) throw new Error(`unknown file ${f}: ${Object.keys(VARIANTS).join(', ')}`);
const DUCKDB = path.join(ROOT, 'node_modules', '@duckdb', 'duckdb-wasm', 'dist');
if (PEERS.includes('duckdb') && !existsSync(DUCKDB)) {
  console.error('@duckdb/duckdb-wasm is not installed (it is not in package.json: 34 MB of wasm); scripts/bench.sh installs it, or:');
  console.error('  npm install --no-save @duckdb/duckdb-wasm@1.32.0');
  process.exit(1);
}

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ is missing: build it first (scripts/bench.sh does, or `trunk build --release --features bench`).');
  process.exit(1);
}
const dataFile = (variant) => path.join(OUT, variant === 'gen' ? `bijstand_${ROWS}.csv` : `bijstand_${ROWS}_${variant}.csv`);
for (const v of FILES) {
  if (!existsSync(dataFile(v))) {
    console.error(`generating ${path.relative(ROOT, dataFile(v))} …`);
    writeCsv(dataFile(v), ROWS, undefined, VARIANTS[v]);
  }
}
// The file being measured (served at /__bench/data.csv).
let DATA = dataFile(FILES[0]);

// ---- a static server on 127.0.0.1: dist/ at /, the file and the peers under /__bench/ ----
const ROUTES = [
  ['/__bench/data.csv', () => DATA],
  ['/__bench/peer.html', path.join(ROOT, 'bench', 'peer.html')],
  ['/__bench/papaparse.min.js', path.join(ROOT, 'node_modules', 'papaparse', 'papaparse.min.js')],
  ['/__bench/perspective/', path.join(ROOT, 'node_modules', '@finos', 'perspective', 'dist') + '/'],
  ['/__bench/duckdb/', DUCKDB + '/'],
  ['/__bench/arrow/', path.join(ROOT, 'node_modules', 'apache-arrow') + '/'],
  ['/__bench/flatbuffers/', path.join(ROOT, 'node_modules', 'flatbuffers') + '/'],
  ['/__bench/tslib/', path.join(ROOT, 'node_modules', 'tslib') + '/'],
  ['/', DIST + '/'],
];
function resolve(urlPath) {
  for (const [prefix, to] of ROUTES) {
    const target = typeof to === 'function' ? to() : to;
    if (prefix.endsWith('/') ? urlPath.startsWith(prefix) : urlPath === prefix) {
      let file = prefix.endsWith('/') ? path.join(target, urlPath.slice(prefix.length)) : target;
      if (!file.startsWith(prefix.endsWith('/') ? target : file)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      return existsSync(file) ? file : null;
    }
  }
  return null;
}
const server = await serveFiles(resolve);
const ORIGIN = server.origin;

// ---- helpers ----
const MiB = (b) => b / 1048576;

/** The pid of the browser process started with `--user-data-dir=profile`. */
function browserPid(profile) {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.includes('--type=')) return Number(d);
    } catch {
      // the process ended meanwhile
    }
  }
  return -1;
}

/** Peak RSS (VmHWM) of the browser's renderer processes, in bytes (the page's is the largest). */
function rendererPeakRss(browserPid) {
  const parent = new Map();
  const peaks = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const status = readFileSync(`/proc/${d}/status`, 'utf8');
      parent.set(Number(d), Number(status.match(/PPid:\s+(\d+)/)[1]));
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const hwm = status.match(/VmHWM:\s+(\d+) kB/);
      if (cmd.includes('--type=renderer') && hwm) peaks.push([Number(d), Number(hwm[1]) * 1024]);
    } catch {
      // the process ended meanwhile
    }
  }
  const descends = (pid) => {
    for (let p = pid, n = 0; p > 1 && n < 10; p = parent.get(p), n++) if (p === browserPid) return true;
    return false;
  };
  return Math.max(0, ...peaks.filter(([pid]) => descends(pid)).map(([, b]) => b));
}

async function fresh() {
  // A fresh profile per run: a new temporary user-data dir, found again in /proc for RSS.
  const profile = mkdtempSync(path.join(tmpdir(), 'bv-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 900 },
    locale: 'nl-NL',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      // V8 flags for an experiment, e.g. BENCH_JS_FLAGS=--no-liftoff (every wasm function
      // optimised from the start: what the code costs once the engine has tiered it up).
      ...(process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : []),
    ],
  });
  const browser = { close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // The file's bytes in page memory: not timed (as for the peers in BENCH-PEERS.md).
  const fetchData = () => page.evaluate(async () => {
    window.__buf = await (await fetch('/__bench/data.csv')).arrayBuffer();
    return window.__buf.byteLength;
  });
  return { browser, page, cdp, errors, heapAfterGc, fetchData, rss: () => rendererPeakRss(browserPid(profile)) };
}

// Lines (header + 5,000 rows) each peer parses once before its timed run: our loader
// worker parses 5,000 rows of its own when it starts (bijstand_worker::warm_up), so the
// peers get the same chance to leave their engine's unoptimised tier.
const WARM_UP_LINES = 5_001;

// ---- the contenders; each returns { ms, refilter, counts, countsV, memory… } ----
async function ours() {
  const f = await fresh();
  try {
    await f.page.goto(ORIGIN + '/');
    await f.page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    await f.page.waitForTimeout(2500); // the spare loader worker starts 1.5 s after the page
    if (!(await f.page.evaluate(() => typeof window.wasmBindings?.__bvBenchLoad === 'function'))) {
      throw new Error('dist/ has no benchmark hooks: build it with `trunk build --release --features bench` (scripts/bench.sh does)');
    }
    await f.fetchData();
    const heap0 = await f.heapAfterGc();
    const r = JSON.parse(await f.page.evaluate(async () => {
      const file = new File([window.__buf], 'bijstand.csv', { type: 'text/csv' });
      return await window.wasmBindings.__bvBenchLoad(file);
    }));
    const refilters = [];
    for (let i = 0; i < REFILTERS; i++) refilters.push(JSON.parse(await f.page.evaluate(() => window.wasmBindings.__bvBenchRefilter())));
    const heap1 = await f.heapAfterGc();
    return {
      ms: r.ms.total, breakdown: r.ms, rows: r.rows, running: r.total_running, counts: r.counts,
      refilter: median(refilters.map((x) => x.ms)), countsV: refilters[0].counts, runningV: refilters[0].total_running,
      wasmGrowth: r.memory.after - r.memory.before, jsHeap: heap1, jsHeapGrowth: heap1 - heap0, rss: f.rss(), errors: f.errors,
    };
  } finally {
    await f.browser.close();
  }
}

/** Self time (ms) of a CPU profile by script and function, `*` for a script's total. */
function summarise(profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = {};
  for (let i = 0; i < profile.samples.length; i++) {
    const f = byNode.get(profile.samples[i]).callFrame;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const where = f.url.endsWith('.wasm') || f.url.includes('wasm://') ? 'wasm' : f.url.includes('plotly') ? 'plotly.js' : f.url ? path.basename(f.url).replace(/-[0-9a-f]{16}/, '') : f.functionName || '(native)';
    for (const key of [`${where}\t${f.functionName || '(anonymous)'}`, `${where}\t*`]) self[key] = (self[key] ?? 0) + ms;
  }
  return self;
}

// In the app UI: the page notes when the input's `change` fires, when the worker's final
// reply arrives (and the worker's own timings in it), when the new total is in the DOM and
// the second animation frame after that (painted), and the main thread's long tasks.
const UI_PROBE = () => {
  const T = (window.__bvUi = { tasks: [] });
  const Orig = window.Worker;
  window.Worker = class extends Orig {
    constructor(...a) {
      super(...a);
      // Added before the app's `onmessage`, so it runs first: the reply's arrival, before the decode.
      this.addEventListener('message', (e) => {
        // The final reply ("done": `{type, wire, buffer, rows, timings}`).
        if (e.data?.type === 'done' && e.data.buffer && T.change) {
          T.reply = performance.now();
          T.replyEpoch = Date.now();
          T.worker = e.data.timings;
        }
      });
    }
  };
  document.addEventListener('change', (e) => {
    if (e.target?.dataset?.testid === 'file-input') {
      T.change = performance.now();
      T.changeEpoch = Date.now();
    }
  }, true);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) T.tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    const name = document.querySelector('[data-testid=dataset-name]');
    if (T.change && !T.dom && name?.textContent.includes('bijstand_') && document.querySelector('[data-testid=kpi-total] .kpi-value')) {
      T.dom = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { T.painted = performance.now(); }));
    }
  };
  new MutationObserver(watch).observe(document, { subtree: true, childList: true, characterData: true });
};

/** The app as a person uses it: choose the file, wait for the new total on screen. */
async function oursInTheApp() {
  const f = await fresh();
  try {
    await f.page.addInitScript(UI_PROBE);
    await f.page.goto(ORIGIN + '/');
    await f.page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    await f.page.waitForTimeout(2500);
    if (PROFILE_UI) {
      await f.cdp.send('Profiler.enable');
      await f.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await f.cdp.send('Profiler.start');
    }
    const t0 = Date.now();
    await f.page.setInputFiles('[data-testid=file-input]', DATA);
    await f.page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('bijstand_'), null, { timeout: 60_000, polling: 10 });
    await f.page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    const ms = Date.now() - t0;
    await f.page.waitForFunction(() => window.__bvUi.painted, null, { timeout: 10_000 });
    const profile = PROFILE_UI ? summarise((await f.cdp.send('Profiler.stop')).profile) : null;
    await f.page.waitForTimeout(1500); // the charts out of view, drawn when idle, for the long tasks after
    const u = await f.page.evaluate(() => window.__bvUi);
    const w = u.worker || {};
    // Main-thread long tasks between the reply and the paint (decode + Yew + charts in view),
    // and after the paint within 1.5 s (charts out of view).
    const busy = (a, b) => u.tasks.reduce((s, [st, d]) => s + Math.max(0, Math.min(b, st + d) - Math.max(a, st)), 0);
    const split = {
      // change → the worker's reply (worker: waiting for chunks, parsing, columns; and the
      // message on its way); of that, the worker's own steps:
      toReply: u.reply - u.change, read: w.read, parse: w.parse, encode: w.encode,
      transfer: u.replyEpoch - w.posted,
      // reply → new total in the DOM (decode, state, Yew render, effects that ran in the task),
      toDom: u.dom - u.reply,
      // DOM → second frame (layout, paint, charts drawn in that frame),
      toPaint: u.painted - u.dom,
      total: u.painted - u.change,
      longTasksToPaint: busy(u.reply, u.painted), longTasksAfter: busy(u.painted, u.painted + 1500),
    };
    return { ms, split, profile, total: await f.page.textContent('[data-testid=kpi-total] .kpi-value'), rss: f.rss(), errors: f.errors };
  } finally {
    await f.browser.close();
  }
}

async function papa() {
  const f = await fresh();
  try {
    await f.page.goto(ORIGIN + '/__bench/peer.html');
    await f.page.waitForFunction(() => window.peerReady);
    await f.fetchData();
    await f.page.evaluate((n) => window.papaRun(window.prefix(window.__buf, n)), WARM_UP_LINES);
    const heap0 = await f.heapAfterGc();
    const r = await f.page.evaluate(() => window.papaRun(window.__buf));
    const refilters = [];
    for (let i = 0; i < REFILTERS; i++) refilters.push(await f.page.evaluate(() => window.papaRefilter()));
    const heap1 = await f.heapAfterGc();
    return { ms: r.ms, rows: r.rows, counts: r.counts, refilter: median(refilters.map((x) => x.ms)), countsV: refilters[0].counts, jsHeap: heap1, jsHeapGrowth: heap1 - heap0, rss: f.rss(), errors: f.errors };
  } finally {
    await f.browser.close();
  }
}

async function persp() {
  const f = await fresh();
  try {
    await f.page.goto(ORIGIN + '/__bench/peer.html');
    await f.page.waitForFunction(() => window.peerReady);
    await f.page.evaluate(() => window.perspInit());
    await f.fetchData();
    await f.page.evaluate(async (n) => {
      await window.perspRun(window.prefix(window.__buf, n));
      await window.perspDrop();
    }, WARM_UP_LINES);
    const heap0 = await f.heapAfterGc();
    const r = await f.page.evaluate(() => window.perspRun(window.__buf));
    const refilters = [];
    for (let i = 0; i < REFILTERS; i++) refilters.push(await f.page.evaluate(() => window.perspRefilter()));
    const heap1 = await f.heapAfterGc();
    return { ms: r.ms, breakdown: { convert: r.convert, table: r.table, views: r.views }, rows: r.rows, counts: r.counts, refilter: median(refilters.map((x) => x.ms)), countsV: refilters[0].counts, jsHeap: heap1, jsHeapGrowth: heap1 - heap0, rss: f.rss(), errors: f.errors };
  } finally {
    await f.browser.close();
  }
}

async function duck() {
  const f = await fresh();
  try {
    await f.page.goto(ORIGIN + '/__bench/peer.html');
    await f.page.waitForFunction(() => window.peerReady);
    await f.page.evaluate(() => window.duckInit());
    await f.fetchData();
    await f.page.evaluate(async (n) => {
      await window.duckRun(window.prefix(window.__buf, n), 'warm.csv');
      await window.duckDrop('warm.csv');
    }, WARM_UP_LINES);
    const heap0 = await f.heapAfterGc();
    const r = await f.page.evaluate(() => window.duckRun(window.__buf));
    const refilters = [];
    for (let i = 0; i < REFILTERS; i++) refilters.push(await f.page.evaluate(() => window.duckRefilter()));
    const heap1 = await f.heapAfterGc();
    return { ms: r.ms, breakdown: { table: r.table, views: r.views }, rows: r.rows, counts: r.counts, refilter: median(refilters.map((x) => x.ms)), countsV: refilters[0].counts, jsHeap: heap1, jsHeapGrowth: heap1 - heap0, rss: f.rss(), errors: f.errors };
  } finally {
    await f.browser.close();
  }
}

const CONTENDERS = {
  ours: ['Bijstandsverkenner (worker → columns → composition)', ours],
  papa: ['PapaParse 5.7.1 (worker:false) + JS group-by', papa],
  duckdb: ['@duckdb/duckdb-wasm 1.32.0 (typed read_csv + two GROUP BYs)', duck],
  perspective: ['@finos/perspective 3.8.0 (table + group-by views)', persp],
  app: ['Bijstandsverkenner in the app UI (choose file → new total on screen)', oursInTheApp],
};
const chosen = PEERS.map((k) => {
  if (!CONTENDERS[k]) throw new Error(`unknown peer ${k}: ${Object.keys(CONTENDERS).join(', ')}`);
  return [k, ...CONTENDERS[k]];
});
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loads = [load()];
console.error(`${ROWS.toLocaleString('en')} rows; files ${FILES.join(', ')}; ${RUNS} fresh-profile runs each, interleaved; load average ${loads[0]}; Chromium at ${ORIGIN}`);
// results[file][key] = runs; the contenders take turns within each run (the machine's load
// drifts; interleaving spreads the drift over all of them).
const results = {};
for (const file of FILES) {
  DATA = dataFile(file);
  results[file] = Object.fromEntries(chosen.map(([k]) => [k, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [k, name, fn] of chosen) {
      const r = await fn();
      results[file][k].push(r);
      const extra = k === 'app' ? `, in page ${r.split.total.toFixed(0)} ms, total ${r.total}` : `, re-filter ${r.refilter.toFixed(1)} ms`;
      console.error(`  ${file} ${name} run ${i + 1}: ${r.ms.toFixed(0)} ms${extra}${r.errors?.length ? ', errors: ' + r.errors.join(' | ') : ''}`);
    }
    loads.push(load());
  }
}
server.close();

// ---- identical counts? (every contender, every file, against the first contender's first run) ----
const canon = (c) => JSON.stringify({ sg: Object.entries(c.stadsdeel_geslacht).sort(), age: Object.entries(c.leeftijd).sort() });
const mismatches = [];
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }) : '–');
const nl = (n) => n.toLocaleString('nl-NL');
for (const file of FILES) {
  const byKey = results[file];
  const counted = Object.entries(byKey).filter(([k]) => k !== 'app');
  if (!counted.length) continue;
  const base = counted[0][1][0];
  for (const [k, runs] of counted) {
    for (const r of runs) {
      if (canon(r.counts) !== canon(base.counts)) mismatches.push(`${file} ${k}: counts differ`);
      if (canon(r.countsV) !== canon(base.countsV)) mismatches.push(`${file} ${k}: re-filtered counts differ`);
    }
  }
  const running = Object.values(base.counts.leeftijd).reduce((a, b) => a + b, 0);
  if (byKey.ours?.some((r) => r.running !== running)) mismatches.push(`${file} ours: the composition total differs from the running count`);
  if (byKey.app?.some((r) => r.total !== nl(running))) mismatches.push(`${file} app: the total on screen is not the running count ${nl(running)}`);
}

// ---- the tables ----
const row = (cells) => `| ${cells.join(' | ')} |`;
const lines = [];
lines.push(`${ROWS.toLocaleString('en')} rows (bench/gen.mjs). Median of ${RUNS} fresh-profile runs, the contenders interleaved; re-filter = median of ${REFILTERS} in each run. Load average (1, 5, 15 min) at the start ${loads[0]}, after each round ${loads.slice(1).map((l) => l.split(' ')[0]).join(', ')}.`);
for (const file of FILES) {
  const byKey = results[file];
  const bytes = statSync(dataFile(file)).size;
  lines.push('');
  lines.push(`### ${file}: ${(bytes / 1e6).toFixed(1)} MB ${JSON.stringify(VARIANTS[file])}`);
  lines.push('');
  lines.push(row(['contender', 'load + both group-bys (ms)', 'vs ours', 're-filter V (ms)', 'wasm growth, page (MiB)', 'JS heap after GC (MiB)', 'renderer peak RSS (MiB)', 'counts']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---']));
  const m = (k, f) => median(byKey[k].map(f));
  const oursMs = byKey.ours ? m('ours', (r) => r.ms) : NaN;
  for (const [k, name] of chosen) {
    const runs = byKey[k];
    const ms = m(k, (r) => (k === 'app' ? r.split.total : r.ms));
    const bad = mismatches.some((x) => x.startsWith(`${file} ${k}:`));
    if (k === 'app') {
      lines.push(row([name + ', in the page (change → painted)', fmt(ms), fmt(ms / oursMs, 2), '–', '–', '–', fmt(MiB(m(k, (r) => r.rss))), `${runs[0].total}${bad ? ' DIFFERENT' : ''}`]));
      lines.push(row([name + ', from outside (setInputFiles → total seen)', fmt(m(k, (r) => r.ms)), '', '', '', '', '', '']));
      continue;
    }
    lines.push(row([name, fmt(ms), k === 'ours' ? '1' : fmt(ms / oursMs, 1) + '×', fmt(m(k, (r) => r.refilter), 1), runs[0].wasmGrowth !== undefined ? fmt(MiB(m(k, (r) => r.wasmGrowth)), 1) : '–', fmt(MiB(m(k, (r) => r.jsHeap)), 1), fmt(MiB(m(k, (r) => r.rss))), bad ? 'DIFFERENT' : 'identical']));
  }
  lines.push('');
  if (byKey.ours) {
    const runs = byKey.ours;
    const bd = (k) => median(runs.map((r) => r.breakdown[k]));
    const how = runs.every((r) => r.breakdown.streamed) ? 'streamed: read = waiting for the next chunk, parse = copying each chunk in and parsing it' : `NOT streamed in ${runs.filter((r) => !r.breakdown.streamed).length} of ${runs.length} runs: read in one go`;
    lines.push(`Ours, worker path (median ms): read ${fmt(bd('read'))} · parse ${fmt(bd('parse'))} (${how}) · build columns ${fmt(bd('encode'))} · transfer ${fmt(bd('transfer'))} · decode into the model ${fmt(bd('decode'))} · composition ${fmt(bd('composition'), 1)} · benchmark counts ${fmt(bd('counts'), 1)}; worker → page total ${fmt(bd('to_loaded'))}.`);
  }
  if (byKey.app) {
    const sp = (k) => median(byKey.app.map((r) => r.split[k]));
    lines.push(`Ours in the app UI (median ms): change → worker reply ${fmt(sp('toReply'))} (of it in the worker: read ${fmt(sp('read'))} · parse ${fmt(sp('parse'))} · columns ${fmt(sp('encode'))} · transfer ${fmt(sp('transfer'))}) · reply → total in the DOM ${fmt(sp('toDom'))} (decode, composition, Yew render, effects) · DOM → painted ${fmt(sp('toPaint'))}; main-thread long tasks reply → painted ${fmt(sp('longTasksToPaint'))}, in the 1.5 s after ${fmt(sp('longTasksAfter'))}.`);
  }
  if (byKey.duckdb) {
    const db = (k) => median(byKey.duckdb.map((r) => r.breakdown[k]));
    lines.push(`DuckDB (median ms): register + read_csv into a table ${fmt(db('table'))} · two GROUP BYs ${fmt(db('views'))}.`);
  }
  if (byKey.perspective) {
    const pb = (k) => median(byKey.perspective.map((r) => r.breakdown[k]));
    lines.push(`Perspective (median ms): byte conversion ${fmt(pb('convert'))} · table ${fmt(pb('table'))} · views ${fmt(pb('views'))}.`);
  }
}
if (PROFILE_UI) {
  // Summed over the app UI runs of the first file, top entries (ms per run).
  const runs = results[FILES[0]].app ?? [];
  const sum = {};
  for (const r of runs) for (const [k, ms] of Object.entries(r.profile)) sum[k] = (sum[k] ?? 0) + ms / runs.length;
  lines.push('', 'CPU profile of the page, choose file → painted (self ms, mean per run):', '', '| where | function | ms |', '| --- | --- | ---: |');
  for (const [k, ms] of Object.entries(sum).sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    const [where, fn] = k.split('\t');
    lines.push(`| ${where} | ${fn === '*' ? '**all**' : fn} | ${ms.toFixed(0)} |`);
  }
}
if (mismatches.length) lines.push('', `COUNTS DIFFER: ${mismatches.join('; ')}`);
else lines.push('', 'Counts: identical for every contender and file, both tasks; our composition total and the total on screen equal the running count.');
const md = lines.join('\n');
console.log(md);
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'results.md'), md + '\n');
writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ rows: ROWS, files: FILES, loads, results, mismatches }, null, 2));
process.exit(mismatches.length ? 2 : 0);
