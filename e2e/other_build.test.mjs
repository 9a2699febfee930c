// End-to-end: a page and a loader worker of different builds. After a deploy, a page left
// open starts its next worker from the new files (they have no hash in their names, and
// the new service worker serves them); the wire between page and worker is not
// self-describing, so neither side may read the other's. Each message carries the build
// (`bijstand_worker::WIRE_BUILD`); here the page meets a worker whose build differs (a
// copy of dist/ whose worker wasm says another build), and a real worker meets a request
// of another build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, kpi, ROOT, OUT } from './harness.mjs';

const DIST = process.env.E2E_DIST || path.join(ROOT, 'dist');
let browser;
let real;
let other;
let otherDir;
let build;

/** A page of `origin` without the service worker (each test sees the files as served). */
async function open(origin) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/');
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  return { page, context, errors };
}

/** The messages a new worker of the page's origin posts in reply to `message` (after "ready"). */
function talk(page, message) {
  return page.evaluate(
    (message) =>
      new Promise((resolve, reject) => {
        const w = new Worker('worker_boot.js');
        const got = [];
        const plain = (d) => ({ type: d.type, build: d.build, wire: d.wire instanceof Uint8Array ? d.wire.length : null });
        w.onerror = (e) => reject(new Error(e.message));
        w.onmessage = (e) => {
          got.push(plain(e.data));
          if (got.length === 1) {
            if (message) w.postMessage(message);
            else {
              w.terminate();
              resolve(got);
            }
          } else if (e.data.type !== 'progress') {
            w.terminate();
            resolve(got);
          }
        };
      }),
    message,
  );
}

before(async () => {
  assert.ok(existsSync(path.join(DIST, 'worker_bg.wasm')), `${DIST} has the loader worker`);
  browser = await launch();
  real = await serve(DIST);
  // This build's id, as its worker says it when it starts.
  const { page, context } = await open(real.origin);
  [{ build }] = await talk(page, null);
  await context.close();
  assert.match(build ?? '', /^[0-9a-f]{16}$/, 'the worker says its build');
  // The same app, but its worker of another build: the id in the worker's wasm changed.
  otherDir = mkdtempSync(path.join(tmpdir(), 'bv-other-build-'));
  cpSync(DIST, otherDir, { recursive: true });
  const wasm = path.join(otherDir, 'worker_bg.wasm');
  const bytes = readFileSync(wasm);
  const id = Buffer.from(build, 'latin1');
  // Each hex digit one on: another id of the same length.
  const changed = Buffer.from([...build].map((c) => ((parseInt(c, 16) + 1) % 16).toString(16)).join(''), 'latin1');
  let found = 0;
  for (let at = bytes.indexOf(id); at >= 0; at = bytes.indexOf(id, at + 1)) {
    changed.copy(bytes, at);
    found++;
  }
  assert.ok(found >= 1, 'the build id is in the worker wasm');
  writeFileSync(wasm, bytes);
  for (const ext of ['.br', '.gz']) rmSync(wasm + ext, { force: true });
  other = await serve(otherDir);
});

after(async () => {
  await browser?.close();
  real?.stop();
  other?.stop();
  if (otherDir) rmSync(otherDir, { recursive: true, force: true });
});

test('a worker of another build: the load says to reload the page, and the data stay', async () => {
  const { page, context, errors } = await open(other.origin);
  const before = await kpi(page, 'kpi-total');
  const name = await page.textContent('[data-testid=dataset-name]');
  await page.setInputFiles('[data-testid=file-input]', path.join(ROOT, 'e2e', 'fixtures', 'bijstand_ansi.csv'));
  const banner = page.locator('[data-testid=error-banner]');
  await banner.waitFor();
  const text = await banner.innerText();
  assert.match(text, /bijgewerkt/, text);
  assert.match(text, /Laad de pagina opnieuw/, text);
  assert.equal(await kpi(page, 'kpi-total'), before, 'the previous data stay');
  assert.equal(await page.textContent('[data-testid=dataset-name]'), name);
  assert.equal(await page.locator('#crash-notice').count(), 0, 'the page itself did not fail');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(OUT, 'other-build.png') });
  // The banner's button reloads the page (in place of "check the settings").
  assert.equal(await page.locator('[data-testid=error-settings]').count(), 0);
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid=error-reload]')]);
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0, 'a fresh page');
  await context.close();
});

test('the same file loads when page and worker are of one build', async () => {
  const { page, context } = await open(real.origin);
  const before = await kpi(page, 'kpi-total');
  await page.setInputFiles('[data-testid=file-input]', path.join(ROOT, 'e2e', 'fixtures', 'bijstand_ansi.csv'));
  await page.waitForFunction((b) => document.querySelector('[data-testid=kpi-total] .kpi-value')?.textContent.trim() !== b, before);
  assert.equal(await page.locator('[data-testid=error-banner]').count(), 0);
  await context.close();
});

test('a worker answers a request of another build, or of none, without reading it', async () => {
  const { page, context } = await open(real.origin);
  // Bytes the worker must not read: it answers before it looks at `wire`.
  for (const message of [{ wire: new Uint8Array([0, 0, 0]), build: '0123456789abcdef' }, { wire: new Uint8Array([0, 0, 0]) }]) {
    const got = await talk(page, message);
    assert.equal(got[0].type, 'ready');
    assert.deepEqual(got[1], { type: 'other-build', build, wire: null }, JSON.stringify(message.build));
  }
  await context.close();
});
