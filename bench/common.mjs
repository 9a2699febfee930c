// What the benchmarks share: a static server on 127.0.0.1, command-line options, medians.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_DIST: another build to measure (e.g. an older one, for a before/after table).
export const DIST = process.env.BENCH_DIST || path.join(ROOT, 'dist');

const MIME = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.csv': 'text/csv',
  '.webmanifest': 'application/manifest+json',
};

/** The file under `root` that a URL path names (a folder: its index.html), or null. */
export function underRoot(dir) {
  const root = path.resolve(dir);
  return (urlPath) => {
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return existsSync(file) ? file : null;
  };
}

/**
 * Serves files on 127.0.0.1 on a free port: `resolve(urlPath)` gives the file or null (404).
 * `cache` is the Cache-Control header; with `brotli`, the `.br` beside a file is sent to a
 * client that accepts it, as a static host would. Returns `{ origin, close }`.
 */
export async function serveFiles(resolve, { cache = 'no-store', brotli = false } = {}) {
  const server = createServer((req, res) => {
    let file = resolve(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file) return res.writeHead(404).end();
    const headers = { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream', 'Cache-Control': cache };
    if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] || '') && existsSync(file + '.br')) {
      headers['Content-Encoding'] = 'br';
      file += '.br';
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** The value after `--name` on the command line, or `dflt`. */
export function option(name, dflt) {
  const i = process.argv.indexOf(name);
  return i > 1 ? process.argv[i + 1] : dflt;
}

const sorted = (xs) => xs.filter(Number.isFinite).sort((a, b) => a - b);

/** The q-quantile (nearest rank); NaN for no numbers. */
export function quantile(xs, q) {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
}

/** The median (the mean of the middle two for an even count); NaN for no numbers. */
export function median(xs) {
  const s = sorted(xs);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}
