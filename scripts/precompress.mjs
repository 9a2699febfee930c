// Trunk post_build hook (after sw-manifest.mjs): writes `<file>.br` and `<file>.gz` beside
// every compressible file of the staging dir, so a static host that serves precompressed
// files (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, Apache with
// mod_rewrite rules; see scripts/LEESMIJ.template.txt) sends them at the best level
// without compressing on each request. Files under 1 KB and files that do not shrink are
// left alone.
// Usage: node scripts/precompress.mjs [dir]
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
// Only for release builds: a debug build (tests, `trunk serve`) is never hosted.
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') {
  console.log(`precompress: skipped (${process.env.TRUNK_PROFILE} build)`);
  process.exit(0);
}
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|txt)$/;
let n = 0;
for (const f of readdirSync(dir).sort()) {
  const file = path.join(dir, f);
  if (!COMPRESSIBLE.test(f) || !statSync(file).isFile()) continue;
  const raw = readFileSync(file);
  if (raw.length < 1024) continue;
  const gz = gzipSync(raw, { level: 9 });
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_MODE]: /\.wasm$/.test(f) ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  if (gz.length < raw.length) writeFileSync(file + '.gz', gz);
  if (br.length < raw.length) writeFileSync(file + '.br', br);
  n++;
}
console.log(`precompress: ${n} files in ${dir} (.br and .gz beside each)`);
