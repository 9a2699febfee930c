// End-to-end: links under attack (issue 14 §4). A damaged link pasted into an open page
// never changes the user's scenario without saying so, and never stays in the address bar
// (a reload would lose the scenario); a percent-encoded link opens as the link itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedBrowser, openPage, kpi, settledHash } from './harness.mjs';

let server;
let browser;
servedBrowser((s, b) => ([server, browser] = [s, b]));

/** Makes a scenario of the user's own (growth 3,5 on Prognose) and returns its link. */
async function ownScenario(page) {
  await page.click('[data-testid=tab-prognose]');
  await page.fill('[data-testid=proj-groei]', '3,5');
  await page.press('[data-testid=proj-groei]', 'Enter');
  await page.waitForFunction(() => location.hash.includes('s=1.'));
  return (await settledHash(page)).slice(1);
}

test('damaged links pasted into an open page keep the scenario, say so, and leave the address', async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.origin);
  const own = await ownScenario(page);
  const range = await kpi(page, 'kpi-proj-range');
  const bad = [
    own.slice(0, -3), // cut off
    own.slice(0, 8) + (own[8] === 'A' ? 'B' : 'A') + own.slice(9), // one character changed
    own + own, // pasted twice
    's=1.' + 'A'.repeat(100_000), // 100 KB
    's=9.AAAA', // an unknown layout
  ];
  for (const b of bad) {
    await page.evaluate((h) => { location.hash = h; }, b);
    const notice = page.locator('[data-testid=link-notice]');
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, /link/i, b.slice(0, 40));
    assert.doesNotMatch(text, /[{}]|::|Error\b/, 'a sentence, not internal text');
    assert.equal(await page.inputValue('[data-testid=proj-groei]'), '3,50', 'the scenario stays');
    assert.equal(await kpi(page, 'kpi-proj-range'), range);
    await page.waitForFunction((o) => location.hash.slice(1) === o, own);
    await page.click('[data-testid=link-notice] button');
    await notice.waitFor({ state: 'detached' });
  }
  // A reload now opens the user's scenario, not the last damaged link.
  await page.reload();
  await page.waitForSelector('[data-testid=proj-groei]');
  assert.equal(await page.inputValue('[data-testid=proj-groei]'), '3,50');
  assert.deepEqual(consoleErrors.filter((e) => !/favicon/.test(e)), []);
  await context.close();
});

test('a percent-encoded link, as mail filters rewrite it, opens as the link itself', async () => {
  const first = await openPage(browser, server.origin);
  const own = await ownScenario(first.page);
  const range = await kpi(first.page, 'kpi-proj-range');
  await first.context.close();
  const encoded = own.replace('=', '%3D').replace(/\./g, '%2E');
  const o = await openPage(browser, server.origin, `${server.origin}/#${encoded}`);
  await o.page.waitForSelector('[data-testid=proj-groei]');
  assert.equal(await o.page.inputValue('[data-testid=proj-groei]'), '3,50');
  assert.equal(await kpi(o.page, 'kpi-proj-range'), range);
  assert.equal(await o.page.locator('[data-testid=link-notice]').count(), 0);
  await o.context.close();
});
