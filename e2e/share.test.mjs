// End-to-end: share a scenario as a link, open it elsewhere, tampered links, presentation mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { servedBrowser, openPage, kpi, OUT } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

test('a scenario link copied in one context opens the same view and numbers in another', async () => {
  const { page, context, offsite } = await openPage(browser, server.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.click('[data-testid=tab-prognose]');
  await page.fill('[data-testid=proj-groei]', '3,5');
  await page.press('[data-testid=proj-groei]', 'Enter');
  await page.fill('[data-testid=proj-horizon]', '24');
  await page.press('[data-testid=proj-horizon]', 'Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=proj-horizon]').value === '24');
  const range = await kpi(page, 'kpi-proj-range');
  await page.click('[data-testid=share-open]');
  await page.waitForSelector('[data-testid=share-qr] svg');
  const link = await page.inputValue('[data-testid=share-link]');
  assert.ok(link.startsWith(server.origin + '/#s='), link);
  assert.ok(link.length - server.origin.length - 2 <= 200, `fragment ≤ 200 chars: ${link.length}`);
  await page.click('[data-testid=share-copy]');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent.includes('Gekopieerd'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, link);
  await page.screenshot({ path: path.join(OUT, 'share.png') });

  const other = await openPage(browser, server.origin, link);
  await other.page.waitForSelector('[data-testid=chart-projection] .main-svg');
  assert.equal(await other.page.getAttribute('[data-testid=tab-prognose]', 'aria-selected'), 'true');
  assert.equal(await kpi(other.page, 'kpi-proj-range'), range);
  assert.equal(await other.page.inputValue('[data-testid=proj-horizon]'), '24');
  assert.equal(await other.page.locator('[data-testid=link-notice]').count(), 0, 'same data: no warning');
  assert.deepEqual([...offsite(), ...other.offsite()], []);
  await other.context.close();
  await context.close();
});

test('a tampered or truncated link shows a calm message and the app keeps working', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=share-open]');
  const link = await page.inputValue('[data-testid=share-link]');
  await context.close();
  for (const bad of [link.slice(0, -4), link.replace(/s=1\.(.)/, 's=1.$1$1'), server.origin + '/#s=9.AAAA', server.origin + '/#s=1.' + 'A'.repeat(6000)]) {
    const o = await openPage(browser, server.origin, bad);
    const notice = o.page.locator('[data-testid=link-notice]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /link/i);
    assert.equal(await kpi(o.page, 'kpi-total'), '5.687', 'the app still works with its defaults');
    assert.deepEqual(o.consoleErrors.filter((e) => !/favicon/.test(e)), []);
    await o.context.close();
  }
});

test('presentation mode steps through the slides with PageDown/PageUp and shows the QR code on Q', async () => {
  const { page, context } = await openPage(browser, server.origin);
  await page.click('[data-testid=present-toggle]');
  await page.waitForSelector('.shell.presenting [data-testid=slides]');
  const counter = () => page.textContent('[data-testid=slide-counter]');
  assert.equal(await counter(), '1 / 7');
  assert.equal(await page.getAttribute('[data-testid=slide]', 'data-slide'), 'samenstelling');
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-testid=slide][data-slide=dynamiek]');
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-testid=slide][data-slide=prognose]');
  await page.keyboard.press('PageUp');
  await page.waitForSelector('[data-testid=slide][data-slide=dynamiek]');
  assert.equal(await counter(), '2 / 7');
  await page.keyboard.press('q');
  await page.waitForSelector('.dialog-qr [data-testid=share-qr] svg');
  await page.screenshot({ path: path.join(OUT, 'present-qr.png') });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.dialog-qr', { state: 'detached' });
  await page.screenshot({ path: path.join(OUT, 'present.png') });
  await page.keyboard.press('Escape');
  await page.waitForSelector('.shell:not(.presenting)');
  await context.close();
});
