// End-to-end: the single-file build works from file:// with the network off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, ROOT, OUT } from './harness.mjs';

test('the single HTML file opens from file:// offline and shows the default chart', async () => {
  const single = path.join(ROOT, 'dist-single', 'bijstandsverkenner.html');
  // Fail at once (not hang) when the single file was not built.
  assert.ok(fs.existsSync(single), `${single} is missing: run node scripts/single-file.mjs dist dist-single/bijstandsverkenner.html`);
  const browser = await launch();
  try {
  const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const file = pathToFileURL(path.join(ROOT, 'dist-single', 'bijstandsverkenner.html')).href;
  await page.goto(file);
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  assert.equal((await page.textContent('[data-testid=kpi-total] .kpi-value')).trim(), '5.687');
  await page.waitForSelector('[data-testid=chart-pyramid] .main-svg');
  assert.equal(await page.locator('[data-testid=chart-pyramid] .chart-error').count(), 0);
  assert.deepEqual(requests.filter((u) => u !== file && !/^(data|blob):/.test(u)), [], 'the file needs nothing else');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(OUT, 'single-file.png') });
  } finally {
    await browser.close();
  }
});

test('the single file previews and loads a file from file:// (its blob: worker)', async () => {
  const single = path.join(ROOT, 'dist-single', 'bijstandsverkenner.html');
  assert.ok(fs.existsSync(single), `${single} is missing: run node scripts/single-file.mjs dist dist-single/bijstandsverkenner.html`);
  const browser = await launch();
  try {
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(single).href);
    await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    // Comma-separated with American dates: the load fails, the dialog previews the file.
    const us = (i) => `${String((i % 12) + 1).padStart(2, '0')}/${String(13 + (i % 10))}/2023`;
    const rows = Array.from({ length: 12 }, (_, i) => `U${i + 1},${i % 2 ? 'V' : 'M'},${1960 + i},Noord,${us(i)},`);
    const file = path.join(OUT, 'single-amerikaans.csv');
    fs.writeFileSync(file, 'uitkering_id,geslacht,geboortejaar,stadsdeel,startdatum,einddatum\n' + rows.join('\n') + '\n');
    await page.setInputFiles('[data-testid=file-input]', file);
    await page.locator('[data-testid=error-banner]').waitFor();
    await page.click('[data-testid=error-settings]');
    await page.locator('[data-testid=settings-dialog]').waitFor();
    assert.match(await page.locator('[data-testid=setting-separator] option:checked').textContent(), /komma/);
    await page.selectOption('[data-testid=setting-dates]', { label: 'maand-dag-jaar (Amerikaans, 09-30-2024)' });
    await page.waitForFunction(() => !document.querySelector('[data-testid=settings-reset]')?.disabled);
    assert.equal(await page.locator('[data-testid=settings-error]').count(), 0);
    assert.equal(await page.locator('[data-testid=settings-preview] tbody tr').count(), 10);
    await page.click('[data-testid=settings-load]');
    await page.waitForFunction(() => document.querySelector('[data-testid=dataset-name]')?.textContent.includes('single-amerikaans.csv'));
    assert.equal((await page.textContent('[data-testid=kpi-total] .kpi-value')).trim(), '12');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('once opened, the app reloads and works with the network off (service worker)', async () => {
  const { serve, reloadOffline } = await import('./harness.mjs');
  const server = await serve();
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.origin + '/');
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  await reloadOffline(page, context, server);
  await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
  assert.equal((await page.textContent('[data-testid=kpi-total] .kpi-value')).trim(), '5.687');
  await page.waitForSelector('[data-testid=chart-stadsdeel] .main-svg');
  await page.screenshot({ path: path.join(OUT, 'offline-reload.png') });
  await browser.close();
});

test('a new build replaces the cache cleanly', async () => {
  const { readFileSync } = await import('node:fs');
  const sw = readFileSync(path.join(ROOT, 'dist', 'sw.js'), 'utf8');
  const version = sw.match(/const VERSION = '([0-9a-f]{16})'/)[1];
  const files = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
  const { readdirSync } = await import('node:fs');
  const all = readdirSync(path.join(ROOT, 'dist'));
  // The precompressed copies (scripts/precompress.mjs) are for the web server, not the cache.
  const dist = all.filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f));
  assert.deepEqual(files.slice(1).map((f) => f.slice(2)).sort(), dist.sort(), 'every built file is cached');
  const { statSync } = await import('node:fs');
  const big = (f) => statSync(path.join(ROOT, 'dist', f)).size >= 1024;
  for (const f of dist.filter((f) => /\.(wasm|js|css|html)$/.test(f) && big(f))) {
    assert.ok(all.includes(f + '.br') && all.includes(f + '.gz'), `${f} has its .br and .gz beside it`);
  }
  assert.match(sw, /caches\.delete/, 'old caches are removed on activate');
  assert.equal(version.length, 16);
});
