// Memory over repeated loads (issue 14 §3, not a test): the same ~100 MB caseload CSV
// (bench/gen.mjs, 1,410,000 rows) loaded ten times in a row into the built app (dist/ of
// `trunk build --release`), and after each load the page's wasm memory, the page's JS heap
// and the resident memory of the whole browser (every process, the loader workers too).
// Usage: node bench/memory.mjs [--rows N] [--loads N]
// Writes bench/out/memory.json and prints the series.
import { mkdirSync, writeFileSync, linkSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, ROOT } from '../e2e/harness.mjs';
import { browserPid, treeRss, KEEP_WASM_MEMORY } from '../e2e/hostile-files.mjs';
import { generateCsv } from './gen.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROWS = arg('--rows', 1_410_000);
const LOADS = arg('--loads', 10);
const OUT = path.join(ROOT, 'bench', 'out');
mkdirSync(OUT, { recursive: true });
const base = path.join(OUT, 'memory.csv');
const bytes = generateCsv(ROWS);
writeFileSync(base, bytes);
// The same bytes under a name per load, so each load can be told apart on screen.
const files = Array.from({ length: LOADS }, (_, i) => {
  const p = path.join(OUT, `memory-${i + 1}.csv`);
  if (existsSync(p)) rmSync(p);
  linkSync(base, p);
  return p;
});

const mib = (b) => Math.round((b / 1048576) * 10) / 10;
const marker = `--bv-memory=${process.pid}`;
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--enable-precise-memory-info', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', marker],
});
const pid = browserPid(marker);
const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
await context.addInitScript(KEEP_WASM_MEMORY);
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(server.origin + '/');
await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
const sample = async () => {
  const { wasm, heap } = await page.evaluate(() => ({
    wasm: self.__bvMemories?.[0]?.buffer.byteLength ?? null,
    heap: performance.memory?.usedJSHeapSize ?? null,
  }));
  return { pageWasmMiB: mib(wasm), jsHeapMiB: mib(heap), browserRssMiB: mib(treeRss(pid)) };
};
const series = [{ load: 0, seconds: 0, ...(await sample()) }];
console.log(JSON.stringify(series[0]));
for (const [i, file] of files.entries()) {
  const t = Date.now();
  await page.setInputFiles('[data-testid=file-input]', file);
  const name = path.basename(file);
  await page.waitForFunction((n) => document.querySelector('[data-testid=dataset-name]')?.textContent.includes(n)
    || document.querySelector('[data-testid=error-banner]'), name, { timeout: 300_000 });
  if (await page.locator('[data-testid=error-banner]').count()) {
    throw new Error(await page.locator('[data-testid=error-banner]').innerText());
  }
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  const s = { load: i + 1, seconds: (Date.now() - t) / 1000, ...(await sample()) };
  series.push(s);
  console.log(JSON.stringify(s));
}
const result = {
  rows: ROWS,
  megabytes: Math.round(bytes.length / 1e5) / 10,
  total: (await page.textContent('[data-testid=kpi-total] .kpi-value')).trim(),
  series,
  errors,
};
writeFileSync(path.join(OUT, 'memory.json'), JSON.stringify(result, null, 2));
await browser.close();
server.stop();
for (const f of [base, ...files]) rmSync(f);
