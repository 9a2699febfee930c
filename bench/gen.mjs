// Deterministic generator of a Dutch-Excel caseload CSV (shared/BENCH-PEERS.md "Input"):
// UTF-8 with BOM, `;`, CRLF, dd-mm-jjjj, decimal comma in loonwaarde_pct, ~80% running
// (empty einddatum). 1,000,000 rows ≈ 71 MB. Same seed, rows and options → the same bytes.
// Options make files that don't look like it (see VARIANTS): numeric ids in any order,
// persoon_id unrelated to the row (people with several episodes), several gemeente codes,
// LF line ends, no BOM.
// Usage: node bench/gen.mjs ROWS OUT.csv [VARIANT]
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HEADER =
  'uitkering_id;persoon_id;gemeente_code;geslacht;geboortejaar;is_statushouder;afstand_arbeidsmarkt;stadsdeel;startdatum;einddatum;uitstroomreden;inkomsten_arbeid;loonwaarde_pct';
export const STADSDELEN = ['Centrum', 'Noord', 'Oost', 'Zuid', 'West'];
const REDENEN = ['werk', 'werk', 'studie', 'verhuizing', 'aow', 'overig', 'zelfstandig'];
const AFSTAND = ['kort', 'lang', 'lang', 'onbekend'];

/** A small seeded PRNG (mulberry32): floats in [0, 1). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86400000;
const FIRST = Date.UTC(2012, 0, 1) / DAY;
const LAST = Date.UTC(2024, 11, 31) / DAY;
const pad = (n) => (n < 10 ? '0' + n : String(n));
function ddmmjjjj(day) {
  const d = new Date(day * DAY);
  return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
}

const GEMEENTEN = ['GM0153', 'GM0363', 'GM0518', 'GM0599', 'GM0344'];

/**
 * The files bench/run.mjs can load (`--files`): `gen` is the file of BENCH-PEERS; the others
 * don't look like it. Options: `ids` `padded` (U0000001, ascending) or `numeric` (plain
 * numbers, in a shuffled order); `persons` `row` (P + the row's id) or `random` (numbers
 * drawn from 0.7 × rows people, so many have several episodes); `gemeenten` how many codes;
 * `eol` `\r\n` or `\n`; `bom`.
 */
export const VARIANTS = {
  gen: {},
  'odd-lf': { ids: 'numeric', persons: 'random', gemeenten: 5, eol: '\n', bom: false },
  'odd-lf-bom': { ids: 'numeric', persons: 'random', gemeenten: 3, eol: '\n', bom: true },
  'odd-crlf': { ids: 'numeric', persons: 'random', gemeenten: 4, eol: '\r\n', bom: false },
};

/** The CSV as bytes (Buffer). */
export function generateCsv(rows, seed = 20241130, options = {}) {
  const { ids = 'padded', persons = 'row', gemeenten = 1, eol = '\r\n', bom = true } = options;
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  // Numeric ids: 1..rows times a step, shuffled (Fisher–Yates on a second stream, so the
  // rows' other values are those of the default file).
  let numeric = null;
  if (ids === 'numeric') {
    const s = rng(seed ^ 0x5eed);
    numeric = new Uint32Array(rows);
    for (let i = 0; i < rows; i++) numeric[i] = 1000 + i * 3;
    for (let i = rows - 1; i > 0; i--) {
      const j = Math.floor(s() * (i + 1));
      [numeric[i], numeric[j]] = [numeric[j], numeric[i]];
    }
  }
  const p = rng(seed ^ 0xbeef);
  const people = Math.max(1, Math.floor(rows * 0.7));
  const parts = [(bom ? '\uFEFF' : '') + HEADER + eol];
  for (let i = 1; i <= rows; i++) {
    const id = numeric ? String(numeric[i - 1]) : 'U' + String(i).padStart(7, '0');
    const persoon = persons === 'random' ? String(100000 + Math.floor(p() * people)) : 'P' + String(i).padStart(7, '0');
    const gemeente = gemeenten > 1 ? GEMEENTEN[Math.floor(p() * Math.min(gemeenten, GEMEENTEN.length))] : GEMEENTEN[0];
    const u = r();
    const geslacht = u < 0.52 ? 'V' : u < 0.99 ? 'M' : 'X';
    const geboortejaar = 1958 + Math.floor(r() * 48); // 1958–2005
    const statushouder = r() < 0.12 ? 'ja' : 'nee';
    const afstand = pick(AFSTAND);
    const stadsdeel = pick(STADSDELEN);
    // Start no earlier than the 18th birthday year, within 2012–2024.
    const earliest = Math.max(FIRST, Date.UTC(geboortejaar + 18, 0, 1) / DAY);
    const start = earliest + Math.floor(r() * (LAST - earliest + 1));
    let eind = '';
    let reden = '';
    if (r() < 0.2) {
      eind = ddmmjjjj(Math.min(LAST, start + 30 + Math.floor(r() * 1500)));
      reden = pick(REDENEN);
    }
    const inkomsten = r() < 0.15 ? 'ja' : 'nee';
    const loonwaarde = r() < 0.3 ? `${30 + Math.floor(r() * 60)},${Math.floor(r() * 10)}` : '';
    parts.push(
      `${id};${persoon};${gemeente};${geslacht};${geboortejaar};${statushouder};${afstand};${stadsdeel};${ddmmjjjj(start)};${eind};${reden};${inkomsten};${loonwaarde}${eol}`,
    );
  }
  return Buffer.from(parts.join(''), 'utf8');
}

/** Writes the file (creating its folder) and returns its path. */
export function writeCsv(file, rows, seed, options) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, generateCsv(rows, seed, options));
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] || 1_000_000);
  const variant = process.argv[4] || 'gen';
  if (!VARIANTS[variant]) throw new Error(`unknown variant ${variant}: ${Object.keys(VARIANTS).join(', ')}`);
  const out = process.argv[3] || path.join(path.dirname(fileURLToPath(import.meta.url)), 'out', `bijstand_${rows}.csv`);
  writeCsv(out, rows, undefined, VARIANTS[variant]);
  console.log(out);
}
