// End-to-end: the release zip (scripts/release.sh) as IT and a raadslid get it: checksums
// hold, LEESMIJ.txt names the version and the page's own CSP, the unpacked dist/ served
// by a plain static server works offline after the first load, and the one-file HTML from
// the zip opens from file://. The app says its version in "Over deze app".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, serve, reloadOffline, ROOT, OUT } from './harness.mjs';

/** Builds the zip from the dist/ and dist-single/ already built, unpacks it; returns its folder. */
function unpackedRelease() {
  const out = execFileSync('bash', ['scripts/release.sh'], { cwd: ROOT, env: { ...process.env, SKIP_BUILD: '1' }, encoding: 'utf8' });
  const zip = out.match(/release: (release\/bijstandsverkenner-[^ ]+\.zip) \((\d+) bytes/);
  assert.ok(zip, out);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-release-'));
  execFileSync('unzip', ['-q', path.join(ROOT, zip[1]), '-d', dir]);
  const [name] = fs.readdirSync(dir);
  assert.equal(`release/${name}.zip`, zip[1], 'one folder named like the zip');
  return { root: path.join(dir, name), name, bytes: Number(zip[2]) };
}

test('the release zip is complete, checked and self-describing', async () => {
  const { root, name, bytes } = unpackedRelease();
  console.log(`release ${name}: ${bytes} bytes`);
  for (const f of ['dist/index.html', 'dist/sw.js', 'bijstandsverkenner.html', 'LEESMIJ.txt', 'SHA256SUMS']) {
    assert.ok(fs.existsSync(path.join(root, f)), `${f} is in the zip`);
  }
  // Every file is in the checksums and they hold.
  const sums = fs.readFileSync(path.join(root, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const listed = sums.map((l) => l.replace(/^[0-9a-f]{64} {2}/, '')).sort();
  const files = execFileSync('find', ['.', '-type', 'f', '!', '-name', 'SHA256SUMS'], { cwd: root, encoding: 'utf8' })
    .trim().split('\n').map((f) => f.replace(/^\.\//, '')).sort();
  assert.deepEqual(listed, files);
  execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: root });
  // LEESMIJ: the version, the CSP exactly as the page's meta tag, MIME type and caching.
  const leesmij = fs.readFileSync(path.join(root, 'LEESMIJ.txt'), 'utf8');
  const version = name.replace('bijstandsverkenner-', '');
  assert.ok(leesmij.includes(`Bijstandsverkenner ${version}`));
  const csp = fs.readFileSync(path.join(root, 'dist/index.html'), 'utf8').match(/Content-Security-Policy" content="([^"]+)"/)[1];
  assert.ok(leesmij.includes(`Content-Security-Policy: ${csp}`), 'the header equals the meta tag');
  for (const s of ['application/wasm', 'nginx', 'Apache', 'IIS', 'max-age=31536000', 'no-cache', 'GEEN servercode', 'USB-stick']) {
    assert.ok(leesmij.includes(s), `LEESMIJ mentions ${s}`);
  }
  assert.ok(!/@[A-Z]+@/.test(leesmij), 'no placeholder left');
});

test('the unpacked dist/ works offline after the first load, and says its version', async () => {
  const { root, name } = unpackedRelease();
  const server = await serve(path.join(root, 'dist'));
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.origin + '/');
    await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    await reloadOffline(page, context, server);
    await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    assert.equal((await page.textContent('[data-testid=kpi-total] .kpi-value')).trim(), '5.687');
    // The version in the footer and the about panel is the release's.
    const commit = name.split('-').slice(2).join('-');
    assert.equal(await page.textContent('[data-testid=app-version]'), `${name.split('-')[1]} (${commit})`);
    await page.click('[data-testid=about-open]');
    await page.waitForSelector('[data-testid=about-dialog]');
    assert.match(await page.textContent('[data-testid=about-version]'), /^Versie \d+\.\d+\.\d+ \(/);
    const about = await page.textContent('[data-testid=about-dialog]');
    assert.match(about, /plotly\.js-basic-dist-min/);
    assert.match(about, /yew/);
    assert.match(about, /EUPL-1\.2/);
    await page.screenshot({ path: path.join(OUT, 'about.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=about-dialog]', { state: 'detached' });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the one-file HTML from the zip opens from file:// with the network off', async () => {
  const { root } = unpackedRelease();
  const browser = await launch();
  try {
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(pathToFileURL(path.join(root, 'bijstandsverkenner.html')).href);
    await page.waitForSelector('[data-testid=kpi-total] .kpi-value');
    assert.equal((await page.textContent('[data-testid=kpi-total] .kpi-value')).trim(), '5.687');
    await page.waitForSelector('[data-testid=chart-pyramid] .main-svg');
    assert.match(await page.textContent('[data-testid=app-version]'), /^\d+\.\d+\.\d+ \(/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
