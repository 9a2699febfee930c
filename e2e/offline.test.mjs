// End-to-end: the single-file build works from file:// with the network off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, ROOT, OUT } from './harness.mjs';

test('the single HTML file opens from file:// offline and shows the default chart', async () => {
  const browser = await launch();
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
  await browser.close();
});
