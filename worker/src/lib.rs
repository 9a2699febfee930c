//! The loader Web Worker of the Bijstandsverkenner and the wire format between it and
//! the page.
//!
//! The worker (`src/main.rs`, built by Trunk as a `data-type="worker"` binary) reads a
//! `File`, parses it with [`bijstand_core::io::load_with_progress`] and posts the
//! dataset back. This library holds what both sides share, pure and natively tested:
//!
//! - [`encode`] turns a [`Dataset`] into a small JSON header ([`Encoded::meta`]: name,
//!   report, dictionaries, column layout) and typed columns ([`Column`]), which the worker
//!   writes into **one** `ArrayBuffer` (each column 8-byte aligned, so the page can view
//!   it as a `Uint8Array`/`Uint16Array`/`Int32Array`…) and *transfers*: no copy, no
//!   serde of a million structs.
//! - [`decode`] rebuilds the [`Dataset`] from the header and a [`Source`] of columns;
//!   the page copies each column straight out of the transferred buffer into its Vec.
//! - [`error_to_json`] / [`error_from_json`] carry a typed [`LoadError`] (kind, line,
//!   column), so the page shows the same Dutch banner as for a main-thread parse.
//! - [`msg`] names the messages and the progress phases.

use bijstand_core::date::Date;
use bijstand_core::io::{
    ColumnMapping, DateEvidence, DecimalStyle, DetectedEncoding, FileKind, Format, LoadError,
    LoadErrorKind, LoadOptions, LoadReport, MappingKind, TotalCheck,
};
use bijstand_core::model::{
    Afstand, ContractsFile, Data, Dataset, Dict, Doelgroep, Eenheid, Episodes, Flag, Geslacht,
    Huishoudtype, Kerncijfers, Leeftijdsklasse, PeriodeType, Status, Uitstroomreden, Value,
};
use serde_json::{json, Value as Json};

/// Message types and progress phases of the worker protocol.
///
/// Page → worker: `{file: File, name, options: {separator, month_first}}` (the `File` is
/// a structured clone: a handle, the bytes are not copied).
/// Worker → page: `{type: READY}` once it listens; `{type: PROGRESS, phase, fraction}`;
/// `{type: DONE, meta, buffer, timings}` with `buffer` transferred; `{type: ERROR, error}`
/// for a [`LoadError`] (JSON); `{type: READ_ERROR, message}` when the browser could not
/// read the file.
pub mod msg {
    /// The worker is listening.
    pub const READY: &str = "ready";
    /// A progress report.
    pub const PROGRESS: &str = "progress";
    /// The dataset.
    pub const DONE: &str = "done";
    /// A load error.
    pub const ERROR: &str = "error";
    /// The browser could not read the file.
    pub const READ_ERROR: &str = "read-error";
    /// Phase: reading the file's bytes.
    pub const LEZEN: &str = "lezen";
    /// Phase: parsing the rows.
    pub const VERWERKEN: &str = "verwerken";
}

/// One column of the wire format.
#[derive(Clone, Debug, PartialEq)]
pub enum Column {
    /// Bytes (enum indices, 255 for `None`).
    U8(Vec<u8>),
    /// Dictionary codes, birth years.
    U16(Vec<u16>),
    /// Dates as days since 1970-01-01.
    I32(Vec<i32>),
    /// Line numbers.
    U32(Vec<u32>),
    /// Numbers.
    F64(Vec<f64>),
}

impl Column {
    /// The type name in the header (also the typed-array kind on the page).
    pub fn kind(&self) -> &'static str {
        match self {
            Column::U8(_) => "u8",
            Column::U16(_) => "u16",
            Column::I32(_) => "i32",
            Column::U32(_) => "u32",
            Column::F64(_) => "f64",
        }
    }

    /// Number of values.
    pub fn len(&self) -> usize {
        match self {
            Column::U8(v) => v.len(),
            Column::U16(v) => v.len(),
            Column::I32(v) => v.len(),
            Column::U32(v) => v.len(),
            Column::F64(v) => v.len(),
        }
    }

    /// True when the column has no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes per value.
    pub fn width(&self) -> usize {
        match self {
            Column::U8(_) => 1,
            Column::U16(_) => 2,
            Column::I32(_) | Column::U32(_) => 4,
            Column::F64(_) => 8,
        }
    }
}

/// A dataset ready to post: the JSON header and the columns with their byte offsets in
/// the one buffer of [`Encoded::bytes`] bytes.
#[derive(Debug)]
pub struct Encoded {
    /// The JSON header (name, report, dictionaries, layout).
    pub meta: String,
    /// Column name, byte offset and values.
    pub columns: Vec<(&'static str, usize, Column)>,
    /// Size of the buffer that holds every column.
    pub bytes: usize,
}

impl Encoded {
    /// All columns in one little-endian byte buffer (what the worker's `ArrayBuffer`
    /// holds; used natively in tests).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = vec![0u8; self.bytes];
        for (_, off, col) in &self.columns {
            let at = &mut out[*off..*off + col.len() * col.width()];
            match col {
                Column::U8(v) => at.copy_from_slice(v),
                Column::U16(v) => put_le(at, v, |x| x.to_le_bytes()),
                Column::I32(v) => put_le(at, v, |x| x.to_le_bytes()),
                Column::U32(v) => put_le(at, v, |x| x.to_le_bytes()),
                Column::F64(v) => put_le(at, v, |x| x.to_le_bytes()),
            }
        }
        out
    }
}

/// Writes `v` little-endian into `out` (exactly `v.len() * N` bytes): one tight loop.
#[inline]
fn put_le<T: Copy, const N: usize>(out: &mut [u8], v: &[T], f: fn(T) -> [u8; N]) {
    for (dst, &x) in out.chunks_exact_mut(N).zip(v) {
        dst.copy_from_slice(&f(x));
    }
}

/// Where [`decode`] takes its columns from: the transferred `ArrayBuffer` on the page, a
/// byte slice in tests. Offsets are in bytes, lengths in values.
pub trait Source {
    /// `len` bytes at `offset`.
    fn u8s(&self, offset: usize, len: usize) -> Vec<u8>;
    /// `len` u16 values at `offset`.
    fn u16s(&self, offset: usize, len: usize) -> Vec<u16>;
    /// `len` i32 values at `offset`.
    fn i32s(&self, offset: usize, len: usize) -> Vec<i32>;
    /// `len` u32 values at `offset`.
    fn u32s(&self, offset: usize, len: usize) -> Vec<u32>;
    /// `len` f64 values at `offset`.
    fn f64s(&self, offset: usize, len: usize) -> Vec<f64>;
}

fn le<const N: usize, T>(b: &[u8], offset: usize, len: usize, f: fn([u8; N]) -> T) -> Vec<T> {
    b.get(offset..offset + len * N)
        .unwrap_or(&[])
        .chunks_exact(N)
        .map(|c| f(c.try_into().unwrap_or([0; N])))
        .collect()
}

impl Source for &[u8] {
    fn u8s(&self, offset: usize, len: usize) -> Vec<u8> {
        self.get(offset..offset + len).unwrap_or(&[]).to_vec()
    }
    fn u16s(&self, offset: usize, len: usize) -> Vec<u16> {
        le(self, offset, len, u16::from_le_bytes)
    }
    fn i32s(&self, offset: usize, len: usize) -> Vec<i32> {
        le(self, offset, len, i32::from_le_bytes)
    }
    fn u32s(&self, offset: usize, len: usize) -> Vec<u32> {
        le(self, offset, len, u32::from_le_bytes)
    }
    fn f64s(&self, offset: usize, len: usize) -> Vec<f64> {
        le(self, offset, len, f64::from_le_bytes)
    }
}

/// The transferred `ArrayBuffer` as a column source (page and loader worker);
/// out-of-range columns read as empty (the decoder then reports the damage instead of
/// panicking).
#[cfg(target_arch = "wasm32")]
pub struct JsSource(pub js_sys::ArrayBuffer);

#[cfg(target_arch = "wasm32")]
impl JsSource {
    fn fits(&self, offset: usize, len: usize, width: usize) -> bool {
        offset.is_multiple_of(width) && offset + len * width <= self.0.byte_length() as usize
    }
}

#[cfg(target_arch = "wasm32")]
impl Source for JsSource {
    fn u8s(&self, offset: usize, len: usize) -> Vec<u8> {
        if !self.fits(offset, len, 1) {
            return Vec::new();
        }
        js_sys::Uint8Array::new_with_byte_offset_and_length(&self.0, offset as u32, len as u32)
            .to_vec()
    }
    fn u16s(&self, offset: usize, len: usize) -> Vec<u16> {
        if !self.fits(offset, len, 2) {
            return Vec::new();
        }
        js_sys::Uint16Array::new_with_byte_offset_and_length(&self.0, offset as u32, len as u32)
            .to_vec()
    }
    fn i32s(&self, offset: usize, len: usize) -> Vec<i32> {
        if !self.fits(offset, len, 4) {
            return Vec::new();
        }
        js_sys::Int32Array::new_with_byte_offset_and_length(&self.0, offset as u32, len as u32)
            .to_vec()
    }
    fn u32s(&self, offset: usize, len: usize) -> Vec<u32> {
        if !self.fits(offset, len, 4) {
            return Vec::new();
        }
        js_sys::Uint32Array::new_with_byte_offset_and_length(&self.0, offset as u32, len as u32)
            .to_vec()
    }
    fn f64s(&self, offset: usize, len: usize) -> Vec<f64> {
        if !self.fits(offset, len, 8) {
            return Vec::new();
        }
        js_sys::Float64Array::new_with_byte_offset_and_length(&self.0, offset as u32, len as u32)
            .to_vec()
    }
}

/// A small episodes file in the shape of a municipal export (`;`, `dd-mm-jjjj`, every
/// category column, open and ended benefits), for [`warm_up`].
pub fn warm_up_csv(rows: usize) -> String {
    let mut out = String::from(
        "uitkering_id;persoon_id;gemeente_code;geslacht;geboortejaar;huishoudtype;\
         is_statushouder;doelgroep;afstand_arbeidsmarkt;stadsdeel;startdatum;einddatum;\
         uitstroomreden;inkomsten_arbeid\r\n",
    );
    let stadsdelen = ["Centrum", "Noord", "Oost", "Zuid", "West"];
    for i in 0..rows {
        let pick = |all_len: usize, salt: usize| (i * 7 + salt) % all_len;
        let ended = i % 5 == 0;
        let start = format!("{:02}-{:02}-{}", 1 + i % 28, 1 + i % 12, 2012 + i % 12);
        let (end, reason) = if ended {
            (
                format!("{:02}-{:02}-2024", 1 + i % 28, 1 + i % 9),
                Uitstroomreden::ALL[pick(Uitstroomreden::ALL.len(), 3)].code(),
            )
        } else {
            (String::new(), "")
        };
        out.push_str(&format!(
            "U{i:07};P{i:07};GM0153;{};{};{};{};{};{};{};{start};{end};{reason};{}\r\n",
            ["M", "V"][i % 2],
            1960 + i % 45,
            Huishoudtype::ALL[pick(Huishoudtype::ALL.len(), 1)].code(),
            ["ja", "nee"][usize::from(i % 9 != 0)],
            Doelgroep::ALL[pick(Doelgroep::ALL.len(), 2)].code(),
            Afstand::ALL[pick(Afstand::ALL.len(), 4)].code(),
            stadsdelen[pick(stadsdelen.len(), 5)],
            ["ja", "nee"][usize::from(i % 4 != 0)],
        ));
    }
    out
}

/// Loads and encodes [`warm_up_csv`] once and throws the result away; the number of
/// rows read. The worker does this when it starts: wasm engines first run code unoptimised
/// and optimise what has run a while, and a loop inside one long call (a whole file)
/// stays unoptimised to its end, so without this the user's first file is parsed by the
/// slow tier (measured ≈ 35% slower for 1,000,000 rows).
pub fn warm_up(rows: usize) -> usize {
    let csv = warm_up_csv(rows);
    match bijstand_core::io::load(csv.as_bytes(), "warm-up.csv", &LoadOptions::default()) {
        Ok(ds) => {
            let n = ds.report.rows;
            drop(encode(&ds));
            n
        }
        Err(_) => 0,
    }
}

/// `None` as a byte.
const NONE: u8 = 255;
/// `periode_van` absent.
const NO_DATE: i32 = i32::MIN;

fn opt_u8<T: Copy>(v: &[Option<T>], index: fn(T) -> usize) -> Column {
    Column::U8(
        v.iter()
            .map(|x| x.map_or(NONE, |x| index(x) as u8))
            .collect(),
    )
}

fn flag_u8(f: Flag) -> u8 {
    match f {
        Flag::Nee => 0,
        Flag::Ja => 1,
        Flag::Onbekend => 2,
    }
}

fn dates(v: &[Date]) -> Column {
    Column::I32(v.iter().map(|d| d.0).collect())
}

/// Splits a dataset into its JSON header and columns (see the crate docs).
pub fn encode(ds: &Dataset) -> Encoded {
    let (kind, rows, dicts, columns): (&str, usize, Json, Vec<(&'static str, Column)>) =
        match &ds.data {
            Data::Episodes(e) => (
                "episodes",
                e.len(),
                json!({"gemeente": e.gemeente.labels, "stadsdelen": e.stadsdelen.labels}),
                vec![
                    ("gemeente_code", Column::U16(e.gemeente_code.clone())),
                    (
                        "geslacht",
                        Column::U8(e.geslacht.iter().map(|g| g.index() as u8).collect()),
                    ),
                    ("geboortejaar", Column::U16(e.geboortejaar.clone())),
                    (
                        "leeftijdsklasse",
                        opt_u8(&e.leeftijdsklasse, Leeftijdsklasse::index),
                    ),
                    (
                        "statushouder",
                        Column::U8(e.statushouder.iter().map(|&f| flag_u8(f)).collect()),
                    ),
                    ("doelgroep", opt_u8(&e.doelgroep, Doelgroep::index)),
                    (
                        "afstand",
                        Column::U8(e.afstand.iter().map(|a| a.index() as u8).collect()),
                    ),
                    ("stadsdeel", Column::U16(e.stadsdeel.clone())),
                    ("huishoudtype", opt_u8(&e.huishoudtype, Huishoudtype::index)),
                    ("start", dates(&e.start)),
                    ("eind", dates(&e.eind)),
                    (
                        "uitstroomreden",
                        opt_u8(&e.uitstroomreden, Uitstroomreden::index),
                    ),
                    (
                        "inkomsten_arbeid",
                        Column::U8(e.inkomsten_arbeid.iter().map(|&f| flag_u8(f)).collect()),
                    ),
                ],
            ),
            Data::Kerncijfers(k) => (
                "kerncijfers",
                k.len(),
                json!({"dict": k.dict.labels}),
                vec![
                    ("gemeente_code", Column::U16(k.gemeente_code.clone())),
                    ("gemeente", Column::U16(k.gemeente.clone())),
                    ("indicator", Column::U16(k.indicator.clone())),
                    ("dimensie", Column::U16(k.dimensie.clone())),
                    ("categorie", Column::U16(k.categorie.clone())),
                    (
                        "periode_type",
                        Column::U8(k.periode_type.iter().map(|p| p.index() as u8).collect()),
                    ),
                    (
                        "periode_van",
                        Column::I32(
                            k.periode_van
                                .iter()
                                .map(|d| d.map_or(NO_DATE, |d| d.0))
                                .collect(),
                        ),
                    ),
                    ("periode_tot", dates(&k.periode_tot)),
                    (
                        "waarde_soort",
                        Column::U8(
                            k.waarde
                                .iter()
                                .map(|w| match w {
                                    Value::Number(_) => 0,
                                    Value::Suppressed => 1,
                                    Value::Missing => 2,
                                })
                                .collect(),
                        ),
                    ),
                    (
                        "waarde",
                        Column::F64(k.waarde.iter().map(|w| w.number().unwrap_or(0.0)).collect()),
                    ),
                    (
                        "eenheid",
                        Column::U8(k.eenheid.iter().map(|x| x.index() as u8).collect()),
                    ),
                    (
                        "status",
                        Column::U8(k.status.iter().map(|x| x.index() as u8).collect()),
                    ),
                    ("versie", Column::U16(k.versie.clone())),
                    ("definitie", Column::U16(k.definitie.clone())),
                    ("bron", Column::U16(k.bron.clone())),
                    ("opmerking", Column::U16(k.opmerking.clone())),
                    ("source_line", Column::U32(k.source_line.clone())),
                ],
            ),
        };
    let mut at = 0usize;
    let mut layout = Vec::new();
    let mut placed = Vec::new();
    for (name, col) in columns {
        layout.push(json!({"name": name, "type": col.kind(), "offset": at, "len": col.len()}));
        let next = at + col.len() * col.width();
        placed.push((name, at, col));
        at = next.div_ceil(8) * 8;
    }
    let meta = json!({
        "v": 1,
        "name": ds.name,
        "synthetic": ds.synthetic,
        "kind": kind,
        "rows": rows,
        "dicts": dicts,
        "report": report_to_json(&ds.report),
        "contracts": contracts_to_json(ds),
        "columns": layout,
        "bytes": at,
    });
    Encoded {
        meta: meta.to_string(),
        columns: placed,
        bytes: at,
    }
}

/// A malformed message from the worker (a bug, not a user error).
fn corrupt(what: &str) -> LoadError {
    LoadError::new(LoadErrorKind::Transfer(what.to_string()))
}

struct Columns<'a> {
    meta: &'a Json,
    src: &'a dyn Source,
    rows: usize,
}

impl Columns<'_> {
    fn find(&self, name: &str, kind: &str) -> Result<usize, LoadError> {
        let col = self.meta["columns"]
            .as_array()
            .and_then(|cols| cols.iter().find(|c| c["name"] == name))
            .ok_or_else(|| corrupt(name))?;
        if col["type"] != kind || col["len"].as_u64() != Some(self.rows as u64) {
            return Err(corrupt(name));
        }
        col["offset"]
            .as_u64()
            .map(|o| o as usize)
            .ok_or_else(|| corrupt(name))
    }
    fn u8s(&self, name: &str) -> Result<Vec<u8>, LoadError> {
        Ok(self.src.u8s(self.find(name, "u8")?, self.rows)).and_then(|v| self.check(name, v))
    }
    fn u16s(&self, name: &str) -> Result<Vec<u16>, LoadError> {
        Ok(self.src.u16s(self.find(name, "u16")?, self.rows)).and_then(|v| self.check(name, v))
    }
    fn i32s(&self, name: &str) -> Result<Vec<i32>, LoadError> {
        Ok(self.src.i32s(self.find(name, "i32")?, self.rows)).and_then(|v| self.check(name, v))
    }
    fn u32s(&self, name: &str) -> Result<Vec<u32>, LoadError> {
        Ok(self.src.u32s(self.find(name, "u32")?, self.rows)).and_then(|v| self.check(name, v))
    }
    fn f64s(&self, name: &str) -> Result<Vec<f64>, LoadError> {
        Ok(self.src.f64s(self.find(name, "f64")?, self.rows)).and_then(|v| self.check(name, v))
    }
    fn check<T>(&self, name: &str, v: Vec<T>) -> Result<Vec<T>, LoadError> {
        if v.len() == self.rows {
            Ok(v)
        } else {
            Err(corrupt(name))
        }
    }
    /// A column of enum indices: checked once (every byte a valid index), then mapped
    /// through a table without a branch per row.
    fn enums<T: Copy>(&self, name: &str, all: &[T]) -> Result<Vec<T>, LoadError> {
        let bytes = self.u8s(name)?;
        if bytes.iter().any(|&b| b as usize >= all.len()) {
            return Err(corrupt(name));
        }
        let table: [T; 256] = std::array::from_fn(|i| all[i.min(all.len() - 1)]);
        Ok(bytes.iter().map(|&b| table[b as usize]).collect())
    }
    /// A column of optional enum indices (255 = `None`), like [`Columns::enums`].
    fn opt_enums<T: Copy>(&self, name: &str, all: &[T]) -> Result<Vec<Option<T>>, LoadError> {
        let bytes = self.u8s(name)?;
        if bytes.iter().any(|&b| b != NONE && b as usize >= all.len()) {
            return Err(corrupt(name));
        }
        let table: [Option<T>; 256] =
            std::array::from_fn(|i| (i != NONE as usize).then(|| all[i.min(all.len() - 1)]));
        Ok(bytes.iter().map(|&b| table[b as usize]).collect())
    }
    fn flags(&self, name: &str) -> Result<Vec<Flag>, LoadError> {
        self.enums(name, &[Flag::Nee, Flag::Ja, Flag::Onbekend])
    }
    fn dates(&self, name: &str) -> Result<Vec<Date>, LoadError> {
        Ok(self.i32s(name)?.into_iter().map(Date).collect())
    }
}

fn dict(v: &Json) -> Result<Dict, LoadError> {
    let labels = v
        .as_array()
        .ok_or_else(|| corrupt("dict"))?
        .iter()
        .map(|l| {
            l.as_str()
                .map(str::to_string)
                .ok_or_else(|| corrupt("dict"))
        })
        .collect::<Result<_, _>>()?;
    Ok(Dict { labels })
}

/// Rebuilds a dataset from the header written by [`encode`] and its columns.
///
/// Not generic on purpose: it is compiled here, at this crate's `opt-level = 3`, and not
/// in the size-optimised page crate that calls it.
pub fn decode(meta: &str, src: &dyn Source) -> Result<Dataset, LoadError> {
    let meta: Json = serde_json::from_str(meta).map_err(|_| corrupt("header"))?;
    let rows = meta["rows"].as_u64().ok_or_else(|| corrupt("rows"))? as usize;
    let c = Columns {
        meta: &meta,
        src,
        rows,
    };
    let data = match meta["kind"].as_str() {
        Some("episodes") => Data::Episodes(Episodes {
            gemeente: dict(&meta["dicts"]["gemeente"])?,
            gemeente_code: c.u16s("gemeente_code")?,
            geslacht: c.enums("geslacht", Geslacht::ALL)?,
            geboortejaar: c.u16s("geboortejaar")?,
            leeftijdsklasse: c.opt_enums("leeftijdsklasse", Leeftijdsklasse::ALL)?,
            statushouder: c.flags("statushouder")?,
            doelgroep: c.opt_enums("doelgroep", Doelgroep::ALL)?,
            afstand: c.enums("afstand", Afstand::ALL)?,
            stadsdelen: dict(&meta["dicts"]["stadsdelen"])?,
            stadsdeel: c.u16s("stadsdeel")?,
            huishoudtype: c.opt_enums("huishoudtype", Huishoudtype::ALL)?,
            start: c.dates("start")?,
            eind: c.dates("eind")?,
            uitstroomreden: c.opt_enums("uitstroomreden", Uitstroomreden::ALL)?,
            inkomsten_arbeid: c.flags("inkomsten_arbeid")?,
        }),
        Some("kerncijfers") => {
            let soort = c.u8s("waarde_soort")?;
            let getal = c.f64s("waarde")?;
            let waarde = soort
                .iter()
                .zip(getal)
                .map(|(s, x)| match s {
                    0 => Ok(Value::Number(x)),
                    1 => Ok(Value::Suppressed),
                    2 => Ok(Value::Missing),
                    _ => Err(corrupt("waarde")),
                })
                .collect::<Result<_, _>>()?;
            Data::Kerncijfers(Kerncijfers {
                dict: dict(&meta["dicts"]["dict"])?,
                gemeente_code: c.u16s("gemeente_code")?,
                gemeente: c.u16s("gemeente")?,
                indicator: c.u16s("indicator")?,
                dimensie: c.u16s("dimensie")?,
                categorie: c.u16s("categorie")?,
                periode_type: c.enums("periode_type", PeriodeType::ALL)?,
                periode_van: c
                    .i32s("periode_van")?
                    .into_iter()
                    .map(|d| (d != NO_DATE).then_some(Date(d)))
                    .collect(),
                periode_tot: c.dates("periode_tot")?,
                waarde,
                eenheid: c.enums("eenheid", Eenheid::ALL)?,
                status: c.enums("status", Status::ALL)?,
                versie: c.u16s("versie")?,
                definitie: c.u16s("definitie")?,
                bron: c.u16s("bron")?,
                opmerking: c.u16s("opmerking")?,
                source_line: c.u32s("source_line")?,
            })
        }
        _ => return Err(corrupt("kind")),
    };
    Ok(Dataset {
        data,
        name: meta["name"].as_str().unwrap_or_default().to_string(),
        synthetic: meta["synthetic"].as_bool().unwrap_or(false),
        report: report_from_json(&meta["report"])?,
        contracts: contracts_from_json(&meta["contracts"])?,
    })
}

/// LKS contracts travel in the JSON header: a contracts file has hundreds to a few
/// thousand rows, so no typed columns are needed.
fn contracts_to_json(ds: &Dataset) -> Json {
    match &ds.contracts {
        None => Json::Null,
        Some(c) => json!({
            "name": c.name,
            "report": report_to_json(&c.report),
            "contracts": serde_json::to_value(&c.contracts).unwrap_or(Json::Null),
        }),
    }
}

fn contracts_from_json(v: &Json) -> Result<Option<std::sync::Arc<ContractsFile>>, LoadError> {
    if v.is_null() {
        return Ok(None);
    }
    Ok(Some(std::sync::Arc::new(ContractsFile {
        name: v["name"].as_str().unwrap_or_default().to_string(),
        report: report_from_json(&v["report"])?,
        contracts: serde_json::from_value(v["contracts"].clone())
            .map_err(|_| corrupt("contracts"))?,
    })))
}

// ---------------------------------------------------------------------------------------
// The load report, options and errors (small: JSON)
// ---------------------------------------------------------------------------------------

fn encoding_name(e: DetectedEncoding) -> &'static str {
    match e {
        DetectedEncoding::Utf8Bom => "utf8bom",
        DetectedEncoding::Utf8 => "utf8",
        DetectedEncoding::Windows1252 => "windows1252",
        DetectedEncoding::Utf16Le => "utf16le",
    }
}

fn encoding_of(s: &str) -> Option<DetectedEncoding> {
    [
        DetectedEncoding::Utf8Bom,
        DetectedEncoding::Utf8,
        DetectedEncoding::Windows1252,
        DetectedEncoding::Utf16Le,
    ]
    .into_iter()
    .find(|&e| encoding_name(e) == s)
}

fn decimal_name(d: DecimalStyle) -> &'static str {
    match d {
        DecimalStyle::Comma => "comma",
        DecimalStyle::Point => "point",
    }
}

fn decimal_of(s: &str) -> DecimalStyle {
    if s == "point" {
        DecimalStyle::Point
    } else {
        DecimalStyle::Comma
    }
}

const FORMATS: [Format; 4] = [Format::Csv, Format::Xlsx, Format::Xls, Format::Json];
const KINDS: [FileKind; 3] = [
    FileKind::Episodes,
    FileKind::Kerncijfers,
    FileKind::Contracts,
];
const MAPPING_KINDS: [MappingKind; 7] = [
    MappingKind::Recognised,
    MappingKind::Forced,
    MappingKind::IgnoredByUser,
    MappingKind::Unknown,
    MappingKind::NotUsed,
    MappingKind::Duplicate,
    MappingKind::Blank,
];
const DATE_EVIDENCE: [DateEvidence; 3] = [
    DateEvidence::DayFirst,
    DateEvidence::Ambiguous,
    DateEvidence::LooksMonthFirst,
];

/// The position of `x` in `all` (for fieldless enums without an index of their own).
fn pos<T: PartialEq>(all: &[T], x: &T) -> usize {
    all.iter().position(|a| a == x).unwrap_or(0)
}

/// `all[i]`, or the first value for a bad index.
fn at<T: Copy>(all: &[T], v: &Json) -> T {
    all[v.as_u64().map_or(0, |i| i as usize).min(all.len() - 1)]
}

/// A field name as a `&'static str` ([`ColumnMapping::field`] names a schema field): the
/// core's own string when it is a mappable field, else leaked once per distinct name.
fn static_name(kind: FileKind, s: &str) -> &'static str {
    use std::sync::Mutex;
    if let Some((code, _)) = bijstand_core::io::mappable_fields(kind)
        .iter()
        .find(|(code, _)| *code == s)
    {
        return code;
    }
    static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(n) = names.iter().find(|n| **n == s) {
        return n;
    }
    let n: &'static str = Box::leak(s.to_string().into_boxed_str());
    names.push(n);
    n
}

/// The load report as JSON.
pub fn report_to_json(r: &LoadReport) -> Json {
    let columns: Vec<Json> = r
        .columns
        .iter()
        .map(|c| {
            json!({
                "source": c.source,
                "field": c.field,
                "how": pos(&MAPPING_KINDS, &c.how),
                "position": c.position,
                "decimal": c.decimal.map(decimal_name),
                "dates": c.dates.map(|d| pos(&DATE_EVIDENCE, &d)),
            })
        })
        .collect();
    json!({
        "format": pos(&FORMATS, &r.format),
        "kind": pos(&KINDS, &r.kind),
        "encoding": encoding_name(r.encoding),
        "separator": r.separator.to_string(),
        "sep_line": r.sep_line,
        "decimal": decimal_name(r.decimal),
        "month_first": r.month_first,
        "header_line": r.header_line,
        "sheet": r.sheet,
        "sheets": r.sheets,
        "columns": columns,
        "rows": r.rows,
        "total": r.total.as_ref().map(|t| json!({"line": t.line, "columns": t.columns})),
        "warnings": r.warnings,
    })
}

/// The load report from [`report_to_json`].
// `..default()`: a field added to the core later travels as its default until added here.
#[allow(clippy::needless_update)]
pub fn report_from_json(v: &Json) -> Result<LoadReport, LoadError> {
    let bad = || corrupt("report");
    let usize_of = |v: &Json| v.as_u64().map(|n| n as usize).ok_or_else(bad);
    let kind = at(&KINDS, &v["kind"]);
    let columns = v["columns"]
        .as_array()
        .ok_or_else(bad)?
        .iter()
        .map(|c| {
            Ok(ColumnMapping {
                source: c["source"].as_str().ok_or_else(bad)?.to_string(),
                field: c["field"].as_str().map(|f| static_name(kind, f)),
                how: at(&MAPPING_KINDS, &c["how"]),
                position: c["position"].as_str().unwrap_or_default().to_string(),
                decimal: c["decimal"].as_str().map(decimal_of),
                dates: (!c["dates"].is_null()).then(|| at(&DATE_EVIDENCE, &c["dates"])),
            })
        })
        .collect::<Result<_, LoadError>>()?;
    let total = match &v["total"] {
        Json::Null => None,
        t => Some(TotalCheck {
            line: usize_of(&t["line"])?,
            columns: serde_json::from_value(t["columns"].clone()).map_err(|_| bad())?,
        }),
    };
    Ok(LoadReport {
        format: at(&FORMATS, &v["format"]),
        kind,
        encoding: v["encoding"]
            .as_str()
            .and_then(encoding_of)
            .ok_or_else(bad)?,
        separator: v["separator"]
            .as_str()
            .and_then(|s| s.chars().next())
            .unwrap_or(';'),
        sep_line: v["sep_line"].as_bool().unwrap_or(false),
        decimal: decimal_of(v["decimal"].as_str().unwrap_or_default()),
        month_first: v["month_first"].as_bool().unwrap_or(false),
        header_line: usize_of(&v["header_line"])?,
        sheet: v["sheet"].as_str().map(str::to_string),
        sheets: serde_json::from_value(v["sheets"].clone()).map_err(|_| bad())?,
        columns,
        mappable_fields: bijstand_core::io::mappable_fields(kind),
        rows: usize_of(&v["rows"])?,
        total,
        warnings: serde_json::from_value(v["warnings"].clone()).map_err(|_| bad())?,
        ..LoadReport::default()
    })
}

/// The load options the page sends along.
pub fn options_to_json(o: &LoadOptions) -> Json {
    json!({
        "separator": o.separator.map(|c| c.to_string()),
        "encoding": o.encoding.map(encoding_name),
        "decimal": o.decimal.map(decimal_name),
        "month_first": o.month_first,
        "header_row": o.header_row,
        "sheet": o.sheet,
        "column_map": o.column_map,
    })
}

/// The load options from [`options_to_json`] (defaults for anything missing).
// `..default()`: a field added to the core later travels as its default until added here.
#[allow(clippy::needless_update)]
pub fn options_from_json(v: &Json) -> LoadOptions {
    LoadOptions {
        separator: v["separator"].as_str().and_then(|s| s.chars().next()),
        encoding: v["encoding"].as_str().and_then(encoding_of),
        decimal: v["decimal"].as_str().map(decimal_of),
        month_first: v["month_first"].as_bool().unwrap_or(false),
        header_row: v["header_row"].as_u64().map(|n| n as usize),
        sheet: v["sheet"].as_str().map(str::to_string),
        column_map: serde_json::from_value(v["column_map"].clone()).unwrap_or_default(),
        ..LoadOptions::default()
    }
}

/// A load error as JSON (serde: its kind with the kind's data, and where).
pub fn error_to_json(e: &LoadError) -> String {
    serde_json::to_string(e).unwrap_or_default()
}

/// The load error from [`error_to_json`]; a malformed message becomes a
/// [`LoadErrorKind::Transfer`] error.
pub fn error_from_json(s: &str) -> LoadError {
    serde_json::from_str(s).unwrap_or_else(|_| corrupt("fout"))
}

// ---------------------------------------------------------------------------------------
// The benchmark's task (bench/run.mjs, shared/BENCH-PEERS.md)
// ---------------------------------------------------------------------------------------

/// Running benefits (empty einddatum) by stadsdeel × geslacht and by 10-year age band
/// (2024 − geboortejaar), optionally within a mask, as
/// `{"stadsdeel_geslacht": {"centrum|V": n, …}, "leeftijd": {"40": n, …, "onbekend": n}}`
/// (keys as the peers in the benchmark write them; zero counts left out).
#[cfg(any(test, feature = "bench"))]
pub fn task_counts(e: &Episodes, mask: Option<&bijstand_core::caseload::filter::Mask>) -> Json {
    let n_sd = e.stadsdelen.labels.len();
    let mut sg = vec![0u32; n_sd * 4];
    let mut age = [0u32; 32];
    let mut unknown = 0u32;
    for i in 0..e.len() {
        if !e.eind[i].is_open() || mask.is_some_and(|m| !m.get(i)) {
            continue;
        }
        if let Some(n) = sg.get_mut(e.stadsdeel[i] as usize * 4 + e.geslacht[i].index()) {
            *n += 1;
        }
        match e.geboortejaar[i] {
            0 => unknown += 1,
            y => age[((2024 - y as i32).clamp(0, 319) / 10) as usize] += 1,
        }
    }
    let mut by_sg = serde_json::Map::new();
    for (s, label) in e.stadsdelen.labels.iter().enumerate() {
        for g in Geslacht::ALL {
            let n = sg[s * 4 + g.index()];
            if n > 0 {
                by_sg.insert(format!("{label}|{}", g.code().to_uppercase()), n.into());
            }
        }
    }
    let mut by_age = serde_json::Map::new();
    for (b, &n) in age.iter().enumerate() {
        if n > 0 {
            by_age.insert((b * 10).to_string(), n.into());
        }
    }
    if unknown > 0 {
        by_age.insert("onbekend".into(), unknown.into());
    }
    json!({"stadsdeel_geslacht": by_sg, "leeftijd": by_age})
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::io::load;
    use bijstand_core::io::RowUnit;
    use bijstand_core::lang::Lang;

    #[test]
    fn the_warm_up_file_loads_every_row_through_every_category_column() {
        let csv = warm_up_csv(500);
        let ds = load(csv.as_bytes(), "warm-up.csv", &LoadOptions::default()).unwrap();
        let Data::Episodes(e) = &ds.data else {
            panic!("episodes expected");
        };
        assert_eq!(e.len(), 500);
        assert_eq!(e.eind.iter().filter(|d| !d.is_open()).count(), 100);
        assert!(e.doelgroep.iter().all(Option::is_some));
        assert!(e.huishoudtype.iter().all(Option::is_some));
        assert_eq!(e.stadsdelen.labels.len(), 5);
        assert_eq!(warm_up(500), 500);
    }

    const EPISODES: &str = "\u{feff}uitkering_id;persoon_id;gemeente_code;geslacht;geboortejaar;is_statushouder;afstand_arbeidsmarkt;stadsdeel;startdatum;einddatum;uitstroomreden;inkomsten_arbeid;loonwaarde_pct;huishoudtype;doelgroep\r\n\
        U1;P1;GM0153;V;1975;nee;lang;Centrum;01-03-2016;;;nee;45,5;alleenstaand;\r\n\
        U2;P2;153;M;2001;ja;kort;Glanerbrug;01-02-2024;01-08-2024;werk;ja;;paar;jongere\r\n\
        U3;P3;GM0153;X;;;onbekend;;15-05-2023;;;;;;\r\n";

    const KERNCIJFERS: &str = "gemeente_code;gemeente;indicator;dimensie;categorie;periode_type;periode_van;periode_tot;waarde;eenheid;status;versie;definitie;bron;opmerking\n\
        GM0153;Enschede;bijstand_totaal;;;peildatum;;30-09-2024;5687;aantal;realisatie;v1;def;CBS;\n\
        GM0153;Enschede;instroom;leeftijd;18-26;kwartaal;01-07-2024;30-09-2024;<10;aantal;realisatie;v1;;;let op\n\
        GM0153;Enschede;uitstroom_werk;;;jaar;01-01-2023;31-12-2023;12,5;procent;prognose;v2;;;\n\
        GM0153;Enschede;lege;;;jaar;01-01-2023;31-12-2023;;aantal;realisatie;v2;;;\n";

    fn roundtrip(ds: &Dataset) -> Dataset {
        let enc = encode(ds);
        for (_, off, _) in &enc.columns {
            assert_eq!(off % 8, 0, "columns are 8-byte aligned");
        }
        let bytes = enc.to_bytes();
        assert_eq!(bytes.len(), enc.bytes);
        decode(&enc.meta, &bytes.as_slice()).expect("decodes")
    }

    #[test]
    fn episodes_survive_the_wire_exactly() {
        let ds = load(EPISODES.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        assert!(matches!(ds.data, Data::Episodes(ref e) if e.len() == 3));
        assert!(!ds.report.warnings.is_empty());
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn the_synthetic_file_survives_the_wire_exactly() {
        let csv = bijstand_core::synth::to_csv(&bijstand_core::synth::generate());
        let mut ds = load(csv.as_bytes(), "synth.csv", &LoadOptions::default()).unwrap();
        ds.synthetic = true;
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn lks_contracts_survive_the_wire_exactly() {
        let csv =
            bijstand_core::synth::contracts::to_csv(&bijstand_core::synth::contracts::generate());
        let ds = load(csv.as_bytes(), "lks.csv", &LoadOptions::default()).unwrap();
        assert!(ds.is_contracts_only());
        assert_eq!(ds.contracts.as_ref().unwrap().contracts.len(), 811);
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn kerncijfers_survive_the_wire_exactly() {
        let ds = load(KERNCIJFERS.as_bytes(), "k.csv", &LoadOptions::default()).unwrap();
        let Data::Kerncijfers(k) = &ds.data else {
            panic!("kerncijfers expected: {:?}", ds.report)
        };
        assert_eq!(k.len(), 4);
        assert!(k.waarde.contains(&Value::Suppressed));
        assert!(k.periode_van.contains(&None));
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn the_benchmark_task_counts_running_benefits_like_the_peers() {
        let ds = load(EPISODES.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        let Data::Episodes(e) = &ds.data else {
            panic!()
        };
        // U1 (V, 1975, Centrum) and U3 (X, no birth year, stadsdeel unknown) are running.
        let c = task_counts(e, None);
        assert_eq!(
            c,
            json!({"stadsdeel_geslacht": {"centrum|V": 1, "onbekend|X": 1},
                   "leeftijd": {"40": 1, "onbekend": 1}})
        );
        let v = bijstand_core::caseload::filter::EpisodeFilter {
            geslacht: vec![Geslacht::Vrouw],
            ..Default::default()
        }
        .mask(e, Date::from_ymd(2024, 12, 31).unwrap(), Default::default());
        assert_eq!(
            task_counts(e, Some(&v)),
            json!({"stadsdeel_geslacht": {"centrum|V": 1}, "leeftijd": {"40": 1}})
        );
    }

    #[test]
    fn a_damaged_buffer_is_an_error_not_a_panic() {
        let ds = load(EPISODES.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        let enc = encode(&ds);
        let mut bytes = enc.to_bytes();
        assert!(decode(&enc.meta, &&bytes[..8]).is_err());
        bytes.iter_mut().for_each(|b| *b = 200);
        assert!(decode(&enc.meta, &bytes.as_slice()).is_err());
        assert!(decode("{}", &bytes.as_slice()).is_err());
    }

    #[test]
    fn every_error_kind_survives_the_wire_with_its_dutch_message() {
        use LoadErrorKind as K;
        let kinds = vec![
            K::Empty,
            K::Binary,
            K::NoHeader,
            K::MissingColumn("startdatum".into()),
            K::RaggedRow {
                expected: 3,
                found: 5,
            },
            K::BadDate("31-02-2024".into()),
            K::BadNumber("1,2,3".into()),
            K::BadCode {
                value: "Q".into(),
                allowed: vec!["M".into(), "V".into()],
            },
            K::EndBeforeStart {
                start: "01-02-2024".into(),
                end: "01-01-2024".into(),
            },
            K::EmptyValue,
            K::UnknownColumns(vec!["a".into(), "b".into()]),
            K::DuplicateId("U1".into()),
            K::DuplicateContractId("C1".into()),
            K::OutOfRange {
                value: "160".into(),
                min: 0.0,
                max: 100.0,
            },
            K::BsnColumn,
            K::BsnValues,
            K::TooLarge {
                bytes: 600_000_000,
                limit: 512,
            },
            K::CellError("#N/A".into()),
            K::NoUsableSheet {
                sheets: vec!["Blad1".into()],
            },
            K::SheetNotFound {
                sheet: "X".into(),
                sheets: vec!["Blad1".into(), "Blad2".into()],
            },
            K::BadWorkbook("kapot".into()),
            K::BadJson {
                line: 3,
                column: 7,
                problem: bijstand_core::io::JsonProblem::Syntax,
                detail: "expected `,`".into(),
            },
            K::Transfer("iets".into()),
        ];
        for kind in kinds {
            let mut json_item = LoadError::new(kind.clone()).at_line(3).in_column("x");
            json_item.unit = RowUnit::JsonItem;
            for e in [
                LoadError::new(kind.clone()),
                LoadError::new(kind.clone())
                    .at_line(12)
                    .in_column("startdatum"),
                LoadError::new(kind)
                    .at_line(14)
                    .in_column("startdatum")
                    .in_sheet("Bestand")
                    .at_letter("C"),
                json_item,
            ] {
                let back = error_from_json(&error_to_json(&e));
                assert_eq!(back, e);
                assert_eq!(back.message(Lang::Nl), e.message(Lang::Nl));
            }
        }
        assert!(matches!(error_from_json("nonsense").kind, K::Transfer(_)));
    }

    #[test]
    fn a_real_error_from_the_loader_survives_the_wire() {
        let bad = "uitkering_id;startdatum;einddatum\nU1;31-02-2024;\n";
        let e = load(bad.as_bytes(), "b.csv", &LoadOptions::default()).unwrap_err();
        assert_eq!(error_from_json(&error_to_json(&e)), e);
        assert!(e.message(Lang::Nl).contains("regel 2"));
    }

    #[test]
    fn options_survive_the_wire() {
        let o = LoadOptions {
            separator: Some(';'),
            encoding: Some(DetectedEncoding::Windows1252),
            decimal: Some(DecimalStyle::Point),
            month_first: true,
            header_row: Some(3),
            sheet: Some("Bestand".into()),
            column_map: vec![
                ("Gebied".into(), Some("stadsdeel".into())),
                ("x".into(), None),
            ],
        };
        assert_eq!(options_from_json(&options_to_json(&o)), o);
        let d = LoadOptions::default();
        assert_eq!(options_from_json(&options_to_json(&d)), d);
    }

    #[test]
    fn progress_is_reported_while_parsing() {
        let mut csv = String::from("uitkering_id;geslacht;startdatum;einddatum\n");
        for i in 0..40_000 {
            csv.push_str(&format!("U{i:06};V;01-01-2020;\n"));
        }
        let mut seen = Vec::new();
        let ds = bijstand_core::io::load_with_progress(
            csv.as_bytes(),
            "p.csv",
            &LoadOptions::default(),
            &mut |f| seen.push(f),
        )
        .unwrap();
        assert_eq!(ds.report.rows, 40_000);
        assert_eq!(seen.len(), 2, "every 16384 rows: {seen:?}");
        assert!(seen.windows(2).all(|w| w[0] < w[1]));
        assert!(seen.iter().all(|f| (0.0..=1.0).contains(f)));
    }
}
