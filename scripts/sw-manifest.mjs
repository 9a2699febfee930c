// Trunk post_build hook: writes sw.js into the staging dir with the list of files to
// cache and a version derived from their contents, so a new build replaces the cache.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const files = readdirSync(dir).filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f)).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(path.join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
const template = readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'sw.template.js'), 'utf8');
const sw = template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => './' + f)]));
writeFileSync(path.join(dir, 'sw.js'), sw);
console.log(`sw.js: ${files.length} files, version ${version}`);
