// Benchmark (not a test): the Bijstandsverkenner's loader against PapaParse 5.7.1 and
// @finos/perspective 3.8.0 in the same headless Chromium, on the 1,000,000-row file of
// shared/BENCH-PEERS.md. See bench/README.md. Usage: node bench/run.mjs [--rows N] [--runs N]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeCsv } from './gen.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench', 'out');
// BENCH_DIST: another build to measure (e.g. an older one, for a before/after table).
const DIST = process.env.BENCH_DIST || path.join(ROOT, 'dist');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROWS = arg('--rows', 1_000_000);
const RUNS = arg('--runs', 3);
const REFILTERS = 3;

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ is missing: build it first (scripts/bench.sh does, or `trunk build --release --features bench`).');
  process.exit(1);
}
const DATA = path.join(OUT, `bijstand_${ROWS}.csv`);
if (!existsSync(DATA)) {
  console.error(`generating ${path.relative(ROOT, DATA)} …`);
  writeCsv(DATA, ROWS);
}
const DATA_BYTES = statSync(DATA).size;

// ---- a static server on 127.0.0.1: dist/ at /, the file and the peers under /__bench/ ----
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.csv': 'text/csv', '.webmanifest': 'application/manifest+json' };
const ROUTES = [
  ['/__bench/data.csv', DATA],
  ['/__bench/peer.html', path.join(ROOT, 'bench', 'peer.html')],
  ['/__bench/papaparse.min.js', path.join(ROOT, 'node_modules', 'papaparse', 'papaparse.min.js')],
  ['/__bench/perspective/', path.join(ROOT, 'node_modules', '@finos', 'perspective', 'dist') + '/'],
  ['/', DIST + '/'],
];
function resolve(urlPath) {
  for (const [prefix, target] of ROUTES) {
    if (prefix.endsWith('/') ? urlPath.startsWith(prefix) : urlPath === prefix) {
      let file = prefix.endsWith('/') ? path.join(target, urlPath.slice(prefix.length)) : target;
      if (!file.startsWith(prefix.endsWith('/') ? target : file)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      return existsSync(file) ? file : null;
    }
  }
  return null;
}
const server = createServer((req, res) => {
  const file = resolve(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---- helpers ----
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
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
  return { browser, page, errors, heapAfterGc, fetchData, rss: () => rendererPeakRss(browserPid(profile)) };
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

/** The app as a person uses it: choose the file, wait for the new total on screen. */
async function oursInTheApp() {
  const f = await fresh();
  try {
    await f.page.goto(ORIGIN + '/');
    await f.page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    await f.page.waitForTimeout(2500);
    const t0 = Date.now();
    await f.page.setInputFiles('[data-testid=file-input]', DATA);
    await f.page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('bijstand_'), null, { timeout: 60_000, polling: 10 });
    await f.page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    return { ms: Date.now() - t0, total: await f.page.textContent('[data-testid=kpi-total] .kpi-value'), rss: f.rss() };
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

const contenders = [
  ['Bijstandsverkenner (worker → columns → composition)', ours],
  ['PapaParse 5.7.1 (worker:false) + JS group-by', papa],
  ['@finos/perspective 3.8.0 (table + group-by views)', persp],
];
const results = {};
console.error(`${ROWS.toLocaleString('en')} rows, ${(DATA_BYTES / 1e6).toFixed(1)} MB; ${RUNS} fresh-profile runs each; Chromium at ${ORIGIN}`);
for (const [name, fn] of contenders) {
  results[name] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await fn();
    results[name].push(r);
    console.error(`  ${name} run ${i + 1}: ${r.ms.toFixed(0)} ms, re-filter ${r.refilter.toFixed(1)} ms${r.errors?.length ? ', errors: ' + r.errors.join(' | ') : ''}`);
  }
}
const inApp = [];
for (let i = 0; i < RUNS; i++) {
  inApp.push(await oursInTheApp());
  console.error(`  app UI run ${i + 1}: ${inApp.at(-1).ms} ms, total ${inApp.at(-1).total}`);
}
server.close();

// ---- identical counts? ----
const canon = (c) => JSON.stringify({ sg: Object.entries(c.stadsdeel_geslacht).sort(), age: Object.entries(c.leeftijd).sort() });
const [base] = Object.values(results)[0];
const mismatches = [];
for (const [name, runs] of Object.entries(results)) {
  for (const r of runs) {
    if (canon(r.counts) !== canon(base.counts)) mismatches.push(`${name}: counts differ`);
    if (canon(r.countsV) !== canon(base.countsV)) mismatches.push(`${name}: re-filtered counts differ`);
  }
}
const oursRuns = Object.values(results)[0];
if (oursRuns.some((r) => r.running !== Object.values(r.counts.leeftijd).reduce((a, b) => a + b, 0))) {
  mismatches.push('ours: the composition total differs from the running count');
}

// ---- the table ----
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d }) : '–');
const row = (cells) => `| ${cells.join(' | ')} |`;
const lines = [];
lines.push(`Input: ${ROWS.toLocaleString('en')} rows, ${(DATA_BYTES / 1e6).toFixed(1)} MB (bench/gen.mjs). Median of ${RUNS} fresh-profile runs; re-filter = median of ${REFILTERS} in each run.`);
lines.push('');
lines.push(row(['contender', 'load + both group-bys (ms)', 're-filter V (ms)', 'wasm growth, page (MiB)', 'JS heap after GC (MiB)', 'renderer peak RSS (MiB)', 'counts']));
lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---']));
const med = {};
for (const [name, runs] of Object.entries(results)) {
  const m = (k) => median(runs.map((r) => r[k]));
  med[name] = { ms: m('ms'), refilter: m('refilter') };
  const same = !mismatches.some((x) => x.startsWith(name + ':'));
  lines.push(row([name, fmt(m('ms')), fmt(m('refilter'), 1), runs[0].wasmGrowth !== undefined ? fmt(MiB(m('wasmGrowth')), 1) : '–', fmt(MiB(m('jsHeap')), 1), fmt(MiB(m('rss'))), same ? 'identical' : 'DIFFERENT']));
}
lines.push(row(['Bijstandsverkenner in the app UI (choose file → new total on screen)', fmt(median(inApp.map((r) => r.ms))), '–', '–', '–', fmt(MiB(median(inApp.map((r) => r.rss)))), inApp[0].total]));
const [oursName, papaName, perspName] = Object.keys(results);
const bd = (k) => median(oursRuns.map((r) => r.breakdown[k]));
lines.push('');
const how = oursRuns.every((r) => r.breakdown.streamed)
  ? ' (parsed as it streams in: read = waiting for the next chunk, parse = copying each chunk in and parsing it)'
  : ' (read in one go)';
lines.push(`Ours, where the time goes (median ms): read ${fmt(bd('read'))} · parse ${fmt(bd('parse'))}${how} · build columns ${fmt(bd('encode'))} · transfer ${fmt(bd('transfer'))} · decode into the model ${fmt(bd('decode'))} · composition ${fmt(bd('composition'), 1)} · benchmark counts ${fmt(bd('counts'), 1)}; worker → page total ${fmt(bd('to_loaded'))}.`);
const pb = (k) => median(results[perspName].map((r) => r.breakdown[k]));
lines.push(`Perspective, where the time goes (median ms): byte conversion ${fmt(pb('convert'))} · table ${fmt(pb('table'))} · views ${fmt(pb('views'))}.`);
lines.push('');
const speedPapa = med[papaName].ms / med[oursName].ms;
const speedPersp = med[perspName].ms / med[oursName].ms;
const growth = MiB(median(oursRuns.map((r) => r.wasmGrowth)));
const check = (ok) => (ok ? 'met' : 'MISSED');
lines.push('| target | result | |');
lines.push('|---|---|---|');
lines.push(`| ≥ 3× faster than PapaParse + group-by | ${fmt(speedPapa, 1)}× | ${check(speedPapa >= 3)} |`);
lines.push(`| faster than Perspective | ${fmt(speedPersp, 1)}× | ${check(speedPersp > 1)} |`);
lines.push(`| load ≤ 1.0 s | ${fmt(med[oursName].ms)} ms | ${check(med[oursName].ms <= 1000)} |`);
lines.push(`| re-filter ≤ 50 ms | ${fmt(med[oursName].refilter, 1)} ms | ${check(med[oursName].refilter <= 50)} |`);
lines.push(`| wasm memory growth (page) ≤ 64 MB | ${fmt(growth, 1)} MiB | ${check(growth * 1048576 <= 64e6)} |`);
lines.push(`| identical counts | ${mismatches.length ? mismatches.join('; ') : 'all contenders, both tasks'} | ${check(!mismatches.length)} |`);
const md = lines.join('\n');
console.log(md);
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'results.md'), md + '\n');
writeFileSync(path.join(OUT, 'results.json'), JSON.stringify({ rows: ROWS, bytes: DATA_BYTES, results, inApp, mismatches }, null, 2));
process.exit(mismatches.length ? 2 : 0);
