// End-to-end: a new build replaces the service worker's cache (issue 14 §5). Two builds in
// a row on one origin: build A is a copy of dist/, build B the same with a changed page;
// each gets its sw.js from the real post-build hook (scripts/sw-manifest.mjs with
// scripts/sw.template.js), so no second `trunk build` is needed. After B is served the
// page must end up controlled by B's worker, with A's cache gone, and B's files offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, utimesSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, launch, ROOT, OUT } from './harness.mjs';

/**
 * A copy of dist/ as a build made `age` seconds ago: `mark` goes into its page; sw.js by
 * the post-build hook. (The server's Last-Modified follows: A older than B, as in life;
 * within one second the server would answer B's sw.js with 304 Not Modified.)
 */
function build(mark, age) {
  const dir = mkdtempSync(path.join(tmpdir(), `bv-sw-${mark}-`));
  cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', `<head><meta name="bv-build" content="${mark}">`));
  execFileSync('node', [path.join(ROOT, 'scripts', 'sw-manifest.mjs'), dir]);
  const when = new Date(Date.now() - age * 1000);
  for (const f of readdirSync(dir)) utimesSync(path.join(dir, f), when, when);
  const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  return { dir, version: sw.match(/const VERSION = '([0-9a-f]{16})'/)[1], files: JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]) };
}

/** Serves `dir` on `port`, retrying while the previous server lets go of it. */
async function serveOn(dir, port) {
  for (let i = 0; ; i++) {
    try {
      return await serve(dir, port);
    } catch (e) {
      if (i > 50) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Polls `f` in the page until it returns true (30 s). */
async function until(page, f, arg, what) {
  const t = Date.now();
  for (;;) {
    const v = await page.evaluate(f, arg);
    if (v === true) return;
    if (Date.now() - t > 30_000) throw new Error(`${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a second build replaces the cache: the old one is gone and the new files are served offline', async () => {
  const a = build('A', 600);
  const b = build('B', 0);
  assert.notEqual(a.version, b.version, 'a changed build has a new cache version');
  const serverA = await serve(a.dir);
  const port = new URL(serverA.origin).port;
  const browser = await launch();
  let serverB;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(serverA.origin + '/');
    await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    const cacheOf = (v) => `bijstandsverkenner-${v}`;
    // Build A's worker controls the page with all of A's files.
    await until(page, async ([name, n]) => {
      const keys = await caches.keys();
      const entries = keys.includes(name) ? (await (await caches.open(name)).keys()).length : 0;
      return (!!navigator.serviceWorker.controller && keys.length === 1 && entries === n) || { keys, entries };
    }, [cacheOf(a.version), a.files.length], 'build A cached');

    // Build B on the same origin; the browser looks for a new worker (as on a navigation).
    serverA.stop();
    serverB = await serveOn(b.dir, port);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await until(page, async ([name, n]) => {
      const keys = await caches.keys();
      const entries = keys.includes(name) ? (await (await caches.open(name)).keys()).length : 0;
      const sw = await navigator.serviceWorker.getRegistration();
      return (keys.length === 1 && entries === n && !sw.installing && !sw.waiting) || {
        keys, entries, installing: sw.installing?.state, waiting: sw.waiting?.state, active: sw.active?.state,
      };
    }, [cacheOf(b.version), b.files.length], 'build B replaced the cache');

    // Offline, the page is build B's, from B's cache.
    serverB.stop();
    serverB = null;
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    assert.equal(await page.getAttribute('meta[name=bv-build]', 'content'), 'B');
    assert.equal((await page.textContent('[data-testid=kpi-total] .kpi-value')).trim(), '5.687');
    assert.deepEqual(await page.evaluate(() => caches.keys()), [cacheOf(b.version)]);
    await page.screenshot({ path: path.join(OUT, 'sw-second-build.png') });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    serverB?.stop();
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
  }
});
