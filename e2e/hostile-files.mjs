// Hostile and broken files for e2e/hostile.test.mjs, written at run time (nothing large is
// committed): a minimal XLSX writer, an XLSX zip bomb, and the memory probes.
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

const u16 = (n) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };

/**
 * A ZIP archive of `entries`: { name, data } (deflated), or { name, raw, crc, size } with
 * a deflate stream made elsewhere (the bomb).
 */
export function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = e.raw ?? zlib.deflateRawSync(e.data);
    const crc = e.crc ?? zlib.crc32(e.data);
    const size = e.size ?? e.data.length;
    const common = Buffer.concat([u16(20), u16(0), u16(8), u16(0), u16(0x21), u32(crc), u32(raw.length), u32(size), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name]);
    locals.push(local, raw);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    offset += local.length + raw.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(cd.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, cd, end]);
}

const xmlEscape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Excel's column letters: 0 → A, 16383 → XFD. */
export function letter(i) {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The XML of a sheet with `rows` (arrays of strings or numbers; numbers as numbers). */
export function sheetXml(rows) {
  const cells = (row, r) => row.map((v, c) => (typeof v === 'number'
    ? `<c r="${letter(c)}${r}"><v>${v}</v></c>`
    : `<c r="${letter(c)}${r}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`)).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    + rows.map((row, i) => `<row r="${i + 1}">${cells(row, i + 1)}</row>`).join('')
    + '</sheetData></worksheet>';
}

/** The parts of a one-sheet workbook besides the sheet itself. */
function workbookParts(sheetName) {
  const rels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  return [
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: '_rels/.rels', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`) },
    { name: 'xl/workbook.xml', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rels}"><sheets><sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
  ];
}

/** A one-sheet workbook. */
export function xlsx(sheetName, rows) {
  return zip([...workbookParts(sheetName), { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml(rows)) }]);
}

/**
 * An XLSX zip bomb: one inline-string cell of `gib` GiB of spaces (what makes an XML
 * reader hold it all), deflated once per 16 MiB and the identical middle repeated, so
 * it is written in well under a second. The sizes and CRC in the directory are honest.
 */
export async function xlsxBomb(gib = 2) {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>');
  const tail = Buffer.from('</t></is></c></row></sheetData></worksheet>');
  const chunk = Buffer.alloc(16 << 20, 0x20);
  const d = zlib.createDeflateRaw({ level: 9, memLevel: 9 });
  let out = [];
  d.on('data', (c) => out.push(c));
  const flush = (kind = zlib.constants.Z_SYNC_FLUSH) => new Promise((r) => d.flush(kind, () => {
    const b = Buffer.concat(out); out = []; r(b);
  }));
  d.write(head);
  const first = Buffer.concat([await flush()]);
  d.write(chunk);
  const a = await flush();
  d.write(chunk);
  const b = await flush();
  d.write(chunk);
  const c = await flush();
  if (!b.equals(c)) throw new Error('the deflate stream of the bomb does not repeat');
  const ended = new Promise((r) => d.on('end', r));
  d.end(tail);
  await ended;
  const last = Buffer.concat(out);
  const repeats = Math.ceil((gib * 1024) / 16) - 1;
  const raw = Buffer.concat([first, a, ...Array(repeats).fill(b), last]);
  let crc = zlib.crc32(head);
  for (let i = 0; i < repeats + 1; i++) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(tail, crc);
  const size = head.length + chunk.length * (repeats + 1) + tail.length;
  return { bytes: zip([...workbookParts('Blad1'), { name: 'xl/worksheets/sheet1.xml', raw, crc, size }]), size };
}

/** Resident memory (bytes) of process `root` and all its descendants (Linux `ps`). */
export function treeRss(root) {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const kids = new Map();
  for (const [pid, ppid] of rows) kids.set(ppid, [...(kids.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kb]) => [pid, kb * 1024]));
  let sum = 0;
  const todo = [root];
  while (todo.length) {
    const p = todo.pop();
    sum += rss.get(p) ?? 0;
    todo.push(...(kids.get(p) ?? []));
  }
  return sum;
}

/** The pid of the browser started with `marker` among its arguments. */
export function browserPid(marker) {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,args='], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.includes(marker) && !l.includes('--type='));
  return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

/**
 * Samples `treeRss(pid)` every 50 ms while `work` runs; resolves to [result, peak bytes].
 */
export async function peakRss(pid, work) {
  let peak = pid ? treeRss(pid) : 0;
  const timer = pid ? setInterval(() => { peak = Math.max(peak, treeRss(pid)); }, 50) : null;
  try {
    const result = await work();
    if (pid) peak = Math.max(peak, treeRss(pid));
    return [result, peak];
  } finally {
    if (timer) clearInterval(timer);
  }
}

/**
 * An init script that keeps the page's wasm memories in `self.__bvMemories`, so a test
 * can read the page's wasm memory size (the release build does not expose it).
 */
export const KEEP_WASM_MEMORY = () => {
  for (const k of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[k];
    WebAssembly[k] = async function (...args) {
      const r = await orig.apply(this, args);
      const inst = r.instance ?? r;
      if (inst?.exports?.memory) (self.__bvMemories ||= []).push(inst.exports.memory);
      return r;
    };
  }
};
