//! The loader Web Worker of the Bijstandsverkenner and the wire format between it and
//! the page.
//!
//! The worker (`src/main.rs`, built by Trunk as a `data-type="worker"` binary) reads a
//! `File`, parses it with [`bijstand_core::io::load_with_progress`] and posts what it
//! read (a [`Loaded`]: the dataset or contracts, with the loader's report) back. This library holds what both sides share, pure and natively tested:
//!
//! - The messages: the page posts `{file, wire, build}` with a [`Request`] in `wire` (the `File`
//!   is a structured clone: a handle, the bytes are not copied); the worker posts
//!   `{type, build, wire}` with a [`Reply`] in `wire`, and for [`Reply::Done`] also `buffer`, the
//!   columns. `wire` is a `Uint8Array` with the serde type in the compact binary format
//!   of the `postcard` crate ([`Reply::to_bytes`], [`read`]): the page's wasm then holds
//!   no JSON decoder for the header, the load report, errors and warnings (measured: the
//!   JSON decoding of these types was the largest part of the page's wasm). The format is
//!   not self-describing, so the types in a message use no serde attribute that needs one
//!   (`tag`, `untagged`, `flatten`, `skip_serializing_if`). A malformed message (an
//!   unknown variant, a truncated or over-long one) is an error ([`read`]), which the page
//!   shows as a load error. `type` names the reply (`"ready"`, `"progress"`, `"done"`,
//!   `"error"`, `"read-error"`, `"preview"`, [`Reply::name`]) and a `"done"` also carries
//!   `rows` and `timings` as plain values, for people and tools reading the messages
//!   (`e2e/worker.test.mjs`, `bench/run.mjs`); the page reads only `wire`. Every message
//!   both ways carries [`WIRE_BUILD`] as `build`, and neither side reads the `wire` of a
//!   message of another build: after a deploy, a page left open could otherwise start a
//!   worker from the new files and misread its replies.
//! - [`encode`] turns a [`Loaded`] into a small [`Header`] (name, report, dictionaries,
//!   column layout) and typed columns ([`Column`]), which the worker writes into **one**
//!   `ArrayBuffer` (each column 8-byte aligned, so the page can view it as a
//!   `Uint8Array`/`Uint16Array`/`Int32Array`…) and *transfers*: no copy, no serde of a
//!   million structs.
//! - [`decode`] rebuilds the [`Loaded`] from the header and a [`Source`] of columns;
//!   the page copies each column straight out of the transferred buffer into its Vec.
//! - A [`LoadError`] travels typed (kind, line, column), so the page shows the same
//!   banner as for a main-thread parse.
//! - The settings dialog's preview: the page posts `{wire, sample}` (a [`Request`] with
//!   [`Request::preview`] set, and the bytes it read as a `Uint8Array`); the worker
//!   replies [`Reply::Preview`] with the same number.

use bijstand_core::date::Date;
use bijstand_core::io::{
    Content, LoadError, LoadErrorKind, LoadOptions, LoadReport, Loaded, Preview,
};
use bijstand_core::model::{
    Afstand, CodeList, ContractsFile, Data, Dataset, Dict, Doelgroep, Eenheid, Episodes, Flag,
    Geslacht, Huishoudtype, Kerncijfers, Leeftijdsklasse, PeriodeType, Status, TrajectoriesFile,
    Uitstroomreden, Value,
};
use bijstand_core::refdata::RefData;
use serde::{Deserialize, Serialize};

/// The build of the wire format (`build.rs`: a hash of this crate's and the core's sources
/// and of `Cargo.lock`). Every message carries it as `build`, outside `wire`: a page and a
/// worker of different builds (the app was updated while the page was open, and the new
/// worker started from the new files) do not read each other's `wire`, which is not
/// self-describing, but say [`LoadErrorKind::OtherBuild`].
pub const WIRE_BUILD: &str = env!("BV_WIRE_BUILD");

/// The `type` of a worker's answer to a request of another build (it carries no `wire`).
pub const OTHER_BUILD_TYPE: &str = "other-build";

/// Page → worker, next to the `File`, or for a preview next to the sample's bytes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The file's name (format hint, shown in the app).
    pub name: String,
    /// The settings the user forced.
    pub options: LoadOptions,
    /// A preview (the settings dialog's, [`bijstand_core::io::preview`]) of the bytes in
    /// the message's `sample`, with this number; the reply is [`Reply::Preview`].
    pub preview: Option<u64>,
}

/// Worker → page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker is listening.
    Ready,
    /// Progress within a phase (0–1).
    Progress {
        /// What the worker is doing.
        phase: Phase,
        /// How far (0–1).
        fraction: f32,
    },
    /// The dataset: its header here, its columns in the transferred `buffer` next to it.
    Done {
        /// Name, report, dictionaries and where each column is in the buffer.
        header: Box<Header>,
        /// Where the worker's time went.
        timings: WorkerTimings,
    },
    /// The file could not be loaded.
    Error {
        /// Why and where.
        error: LoadError,
    },
    /// The browser could not read the file, or the request was malformed (Dutch).
    ReadError {
        /// What went wrong.
        message: String,
    },
    /// The preview asked for with [`Request::preview`].
    Preview {
        /// The request's number.
        id: u64,
        /// The preview, or why these settings do not read the sample.
        preview: Result<Preview, LoadError>,
    },
}

impl Reply {
    /// The reply in the wire format.
    pub fn to_bytes(&self) -> Vec<u8> {
        to_bytes(self)
    }

    /// A reply from [`Reply::to_bytes`]; a malformed one (an unknown variant, phase or
    /// error kind, missing or extra bytes…) is a load error. (The page calls [`read`]
    /// itself, so that the decoding is compiled with the page's size optimisation.)
    pub fn from_bytes(bytes: &[u8]) -> Result<Reply, LoadError> {
        read(bytes)
    }

    /// The reply's name, posted beside it as `type` for people and tools.
    pub fn name(&self) -> &'static str {
        match self {
            Reply::Ready => "ready",
            Reply::Progress { .. } => "progress",
            Reply::Done { .. } => "done",
            Reply::Error { .. } => "error",
            Reply::ReadError { .. } => "read-error",
            Reply::Preview { .. } => "preview",
        }
    }
}

impl Request {
    /// The request in the wire format.
    pub fn to_bytes(&self) -> Vec<u8> {
        to_bytes(self)
    }

    /// A request from [`Request::to_bytes`]; a malformed one is a load error.
    pub fn from_bytes(bytes: &[u8]) -> Result<Request, LoadError> {
        read(bytes)
    }
}

/// A message in the wire format (`postcard`). Serializing into a `Vec` fails only for a
/// type the format cannot hold, which the round-trip tests rule out.
fn to_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).unwrap_or_default()
}

/// A message from the wire format: all of `bytes` and nothing more, else a load error
/// ([`LoadErrorKind::Transfer`]). Generic, so it is compiled in the crate that calls it
/// (the page's, size-optimised).
pub fn read<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, LoadError> {
    match postcard::take_from_bytes::<T>(bytes) {
        Ok((value, [])) => Ok(value),
        Ok((_, rest)) => Err(wire_error(&format!("{} bytes too many", rest.len()))),
        Err(e) => Err(wire_error(&e.to_string())),
    }
}

/// The phases of a load the worker reports progress for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Reading the file's bytes.
    Reading,
    /// Parsing the rows.
    Processing,
}

/// Milliseconds per step in the worker, and when it posted (`Date.now()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WorkerTimings {
    /// Reading the file into wasm memory (streamed: waiting for the next chunk).
    pub read: f64,
    /// Decoding and parsing (streamed: also copying each chunk in).
    pub parse: f64,
    /// Building the columns buffer.
    pub encode: f64,
    /// The file was parsed as it streamed in (`bijstand_core::io::stream`).
    pub streamed: bool,
    /// `Date.now()` when the reply was posted.
    pub posted: f64,
}

/// What [`decode`] needs besides the columns: everything of the [`Loaded`] but the
/// dataset's columns, and where each column is in the buffer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    /// [`Dataset::name`].
    pub name: String,
    /// [`Dataset::synthetic`].
    pub synthetic: bool,
    /// Rows: the length of every column.
    pub rows: usize,
    /// The kind of data with its dictionaries.
    pub dicts: Dicts,
    /// [`Loaded::report`].
    pub report: LoadReport,
    /// [`Content::Contracts`] or [`Dataset::contracts`]: a contracts file has hundreds to
    /// a few thousand rows, so they travel here, without typed columns.
    pub contracts: Option<ContractsFile>,
    /// [`Content::Trajectories`] or [`Dataset::trajectories`]: small, so they travel here.
    pub trajectories: Option<TrajectoriesFile>,
    /// [`Content::CodeList`] or [`Dataset::instroomreden_codes`]: tens of codes, so here.
    pub code_list: Option<CodeList>,
    /// [`Content::Reference`]: a reference file is small (a few thousand cells), so it
    /// travels here, without typed columns.
    pub reference: Option<RefData>,
    /// The columns in the buffer.
    pub columns: Vec<ColumnLayout>,
}

/// The kind of data and its dictionaries (the columns hold codes into them).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Dicts {
    /// [`Data::Episodes`].
    Episodes {
        /// [`Episodes::gemeente`].
        gemeente: Dict,
        /// [`Episodes::stadsdelen`].
        stadsdelen: Dict,
        /// [`Episodes::instroomredenen`] (empty without the column).
        instroomredenen: Dict,
        /// [`Episodes::instroomreden_labels`].
        instroomreden_labels: Vec<String>,
    },
    /// [`Data::Kerncijfers`].
    Kerncijfers {
        /// [`Kerncijfers::dict`].
        dict: Dict,
    },
    /// [`Content::Contracts`]: no columns, the contracts are in [`Header::contracts`].
    Contracts,
    /// [`Content::Trajectories`]: no columns, they are in [`Header::trajectories`].
    Trajectories,
    /// [`Content::CodeList`]: no columns, the codes are in [`Header::code_list`].
    CodeList,
    /// [`Content::Reference`]: no columns, the figures are in [`Header::reference`].
    Reference,
}

/// Where one column is in the buffer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnLayout {
    /// Column name.
    pub name: String,
    /// Value type.
    pub kind: ColumnKind,
    /// Byte offset.
    pub offset: usize,
    /// Number of values.
    pub len: usize,
}

/// The value type of a column (also the typed-array kind on the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColumnKind {
    /// `u8`
    U8,
    /// `u16`
    U16,
    /// `i32`
    I32,
    /// `u32`
    U32,
    /// `f64`
    F64,
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
    /// The value type in the header.
    pub fn kind(&self) -> ColumnKind {
        match self {
            Column::U8(_) => ColumnKind::U8,
            Column::U16(_) => ColumnKind::U16,
            Column::I32(_) => ColumnKind::I32,
            Column::U32(_) => ColumnKind::U32,
            Column::F64(_) => ColumnKind::F64,
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

/// A dataset ready to post: the header and the columns with their byte offsets in the one
/// buffer of [`Encoded::bytes`] bytes.
#[derive(Debug)]
pub struct Encoded {
    /// Name, report, dictionaries, layout.
    pub header: Header,
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
        Ok(loaded) => {
            let n = loaded.report.rows;
            drop(encode(&loaded));
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

/// Splits what a file held into its header and columns (see the crate docs).
pub fn encode(loaded: &Loaded) -> Encoded {
    let (ds, contracts) = match &loaded.content {
        Content::Dataset(ds) => (ds, ds.contracts.as_deref()),
        Content::Trajectories(file) => {
            return Encoded {
                header: Header {
                    name: file.name.clone(),
                    synthetic: false,
                    rows: 0,
                    dicts: Dicts::Trajectories,
                    report: loaded.report.clone(),
                    contracts: None,
                    trajectories: Some(file.clone()),
                    code_list: None,
                    reference: None,
                    columns: Vec::new(),
                },
                columns: Vec::new(),
                bytes: 0,
            }
        }
        Content::CodeList(list) => {
            return Encoded {
                header: Header {
                    name: list.name.clone(),
                    synthetic: false,
                    rows: 0,
                    dicts: Dicts::CodeList,
                    report: loaded.report.clone(),
                    contracts: None,
                    trajectories: None,
                    code_list: Some(list.clone()),
                    reference: None,
                    columns: Vec::new(),
                },
                columns: Vec::new(),
                bytes: 0,
            }
        }
        Content::Contracts(file) => {
            return Encoded {
                header: Header {
                    name: file.name.clone(),
                    synthetic: false,
                    rows: 0,
                    dicts: Dicts::Contracts,
                    report: loaded.report.clone(),
                    contracts: Some(file.clone()),
                    trajectories: None,
                    code_list: None,
                    reference: None,
                    columns: Vec::new(),
                },
                columns: Vec::new(),
                bytes: 0,
            }
        }
        Content::Reference(data) => {
            return Encoded {
                header: Header {
                    name: data
                        .sources
                        .first()
                        .map(|s| s.name.clone())
                        .unwrap_or_default(),
                    synthetic: false,
                    rows: 0,
                    dicts: Dicts::Reference,
                    report: loaded.report.clone(),
                    contracts: None,
                    trajectories: None,
                    code_list: None,
                    reference: Some(data.clone()),
                    columns: Vec::new(),
                },
                columns: Vec::new(),
                bytes: 0,
            }
        }
    };
    let (rows, dicts, columns): (usize, Dicts, Vec<(&'static str, Column)>) = match &ds.data {
        Data::Episodes(e) => (
            e.len(),
            Dicts::Episodes {
                gemeente: e.gemeente.clone(),
                stadsdelen: e.stadsdelen.clone(),
                instroomredenen: e.instroomredenen.clone(),
                instroomreden_labels: e.instroomreden_labels.clone(),
            },
            [
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
            ]
            .into_iter()
            // Only when the file had the column (the decoder then reads it).
            .chain(
                e.has_instroomreden()
                    .then(|| ("instroomreden", Column::U16(e.instroomreden.clone()))),
            )
            .collect(),
        ),
        Data::Kerncijfers(k) => (
            k.len(),
            Dicts::Kerncijfers {
                dict: k.dict.clone(),
            },
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
        layout.push(ColumnLayout {
            name: name.to_string(),
            kind: col.kind(),
            offset: at,
            len: col.len(),
        });
        let next = at + col.len() * col.width();
        placed.push((name, at, col));
        at = next.div_ceil(8) * 8;
    }
    Encoded {
        header: Header {
            name: ds.name.clone(),
            synthetic: ds.synthetic,
            rows,
            dicts,
            report: loaded.report.clone(),
            contracts: contracts.cloned(),
            trajectories: ds.trajectories.as_deref().cloned(),
            code_list: ds.instroomreden_codes.as_deref().cloned(),
            reference: None,
            columns: layout,
        },
        columns: placed,
        bytes: at,
    }
}

/// A malformed message between page and worker (a bug, not a user error); `what` names
/// the part that was wrong.
pub fn wire_error(what: &str) -> LoadError {
    LoadError::new(LoadErrorKind::Transfer(what.to_string()))
}

struct Columns<'a> {
    layout: &'a [ColumnLayout],
    src: &'a dyn Source,
    rows: usize,
}

impl Columns<'_> {
    /// Whether the buffer holds a column of this name (optional columns).
    fn has(&self, name: &str) -> bool {
        self.layout.iter().any(|c| c.name == name)
    }
    fn find(&self, name: &str, kind: ColumnKind) -> Result<usize, LoadError> {
        match self.layout.iter().find(|c| c.name == name) {
            Some(c) if c.kind == kind && c.len == self.rows => Ok(c.offset),
            _ => Err(wire_error(name)),
        }
    }
    fn u8s(&self, name: &str) -> Result<Vec<u8>, LoadError> {
        Ok(self.src.u8s(self.find(name, ColumnKind::U8)?, self.rows))
            .and_then(|v| self.check(name, v))
    }
    fn u16s(&self, name: &str) -> Result<Vec<u16>, LoadError> {
        Ok(self.src.u16s(self.find(name, ColumnKind::U16)?, self.rows))
            .and_then(|v| self.check(name, v))
    }
    fn i32s(&self, name: &str) -> Result<Vec<i32>, LoadError> {
        Ok(self.src.i32s(self.find(name, ColumnKind::I32)?, self.rows))
            .and_then(|v| self.check(name, v))
    }
    fn u32s(&self, name: &str) -> Result<Vec<u32>, LoadError> {
        Ok(self.src.u32s(self.find(name, ColumnKind::U32)?, self.rows))
            .and_then(|v| self.check(name, v))
    }
    fn f64s(&self, name: &str) -> Result<Vec<f64>, LoadError> {
        Ok(self.src.f64s(self.find(name, ColumnKind::F64)?, self.rows))
            .and_then(|v| self.check(name, v))
    }
    fn check<T>(&self, name: &str, v: Vec<T>) -> Result<Vec<T>, LoadError> {
        if v.len() == self.rows {
            Ok(v)
        } else {
            Err(wire_error(name))
        }
    }
    /// A column of enum indices: checked once (every byte a valid index), then mapped
    /// through a table without a branch per row.
    fn enums<T: Copy>(&self, name: &str, all: &[T]) -> Result<Vec<T>, LoadError> {
        let bytes = self.u8s(name)?;
        if bytes.iter().any(|&b| b as usize >= all.len()) {
            return Err(wire_error(name));
        }
        let table: [T; 256] = std::array::from_fn(|i| all[i.min(all.len() - 1)]);
        Ok(bytes.iter().map(|&b| table[b as usize]).collect())
    }
    /// A column of optional enum indices (255 = `None`), like [`Columns::enums`].
    fn opt_enums<T: Copy>(&self, name: &str, all: &[T]) -> Result<Vec<Option<T>>, LoadError> {
        let bytes = self.u8s(name)?;
        if bytes.iter().any(|&b| b != NONE && b as usize >= all.len()) {
            return Err(wire_error(name));
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

/// Rebuilds what the file held from the header written by [`encode`] and its columns.
///
/// Not generic on purpose: it is compiled here, at this crate's `opt-level = 3`, and not
/// in the size-optimised page crate that calls it.
pub fn decode(header: Header, src: &dyn Source) -> Result<Loaded, LoadError> {
    let c = Columns {
        layout: &header.columns,
        src,
        rows: header.rows,
    };
    let data = match header.dicts {
        Dicts::Contracts => {
            let file = header.contracts.ok_or_else(|| wire_error("contracts"))?;
            return Ok(Loaded {
                content: Content::Contracts(file),
                report: header.report,
            });
        }
        Dicts::CodeList => {
            let list = header.code_list.ok_or_else(|| wire_error("codelijst"))?;
            return Ok(Loaded {
                content: Content::CodeList(list),
                report: header.report,
            });
        }
        Dicts::Trajectories => {
            let file = header.trajectories.ok_or_else(|| wire_error("trajecten"))?;
            return Ok(Loaded {
                content: Content::Trajectories(file),
                report: header.report,
            });
        }
        Dicts::Reference => {
            let data = header.reference.ok_or_else(|| wire_error("reference"))?;
            return Ok(Loaded {
                content: Content::Reference(data),
                report: header.report,
            });
        }
        Dicts::Episodes {
            gemeente,
            stadsdelen,
            instroomredenen,
            instroomreden_labels,
        } => Data::Episodes(Episodes {
            gemeente,
            gemeente_code: c.u16s("gemeente_code")?,
            geslacht: c.enums("geslacht", Geslacht::ALL)?,
            geboortejaar: c.u16s("geboortejaar")?,
            leeftijdsklasse: c.opt_enums("leeftijdsklasse", Leeftijdsklasse::ALL)?,
            statushouder: c.flags("statushouder")?,
            doelgroep: c.opt_enums("doelgroep", Doelgroep::ALL)?,
            afstand: c.enums("afstand", Afstand::ALL)?,
            stadsdelen,
            stadsdeel: c.u16s("stadsdeel")?,
            huishoudtype: c.opt_enums("huishoudtype", Huishoudtype::ALL)?,
            start: c.dates("start")?,
            eind: c.dates("eind")?,
            uitstroomreden: c.opt_enums("uitstroomreden", Uitstroomreden::ALL)?,
            inkomsten_arbeid: c.flags("inkomsten_arbeid")?,
            instroomreden: if c.has("instroomreden") {
                let codes = c.u16s("instroomreden")?;
                if codes
                    .iter()
                    .any(|&x| x as usize >= instroomredenen.labels.len())
                {
                    return Err(wire_error("instroomreden"));
                }
                codes
            } else {
                Vec::new()
            },
            instroomredenen,
            instroomreden_labels,
        }),
        Dicts::Kerncijfers { dict } => {
            let soort = c.u8s("waarde_soort")?;
            let getal = c.f64s("waarde")?;
            let waarde = soort
                .iter()
                .zip(getal)
                .map(|(s, x)| match s {
                    0 => Ok(Value::Number(x)),
                    1 => Ok(Value::Suppressed),
                    2 => Ok(Value::Missing),
                    _ => Err(wire_error("waarde")),
                })
                .collect::<Result<_, _>>()?;
            Data::Kerncijfers(Kerncijfers {
                dict,
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
    };
    Ok(Loaded {
        content: Content::Dataset(Dataset {
            data,
            name: header.name,
            synthetic: header.synthetic,
            contracts: header.contracts.map(std::sync::Arc::new),
            trajectories: header.trajectories.map(std::sync::Arc::new),
            instroomreden_codes: header.code_list.map(std::sync::Arc::new),
        }),
        report: header.report,
    })
}

// ---------------------------------------------------------------------------------------
// The benchmark's task (bench/run.mjs, shared/BENCH-PEERS.md)
// ---------------------------------------------------------------------------------------

/// Running benefits (empty einddatum) by stadsdeel × geslacht and by 10-year age band
/// (2024 − geboortejaar), optionally within a mask, as
/// `{"stadsdeel_geslacht": {"centrum|V": n, …}, "leeftijd": {"40": n, …, "onbekend": n}}`
/// (keys as the peers in the benchmark write them; zero counts left out).
#[cfg(any(test, feature = "bench"))]
pub fn task_counts(
    e: &Episodes,
    mask: Option<&bijstand_core::caseload::mask::Mask>,
) -> serde_json::Value {
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
    serde_json::json!({"stadsdeel_geslacht": by_sg, "leeftijd": by_age})
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::io::{load, DecimalStyle, DetectedEncoding, RowUnit};
    use bijstand_core::lang::Lang;
    use serde_json::json;

    #[test]
    fn the_build_is_a_hash_of_sixteen_hex_digits() {
        assert_eq!(WIRE_BUILD.len(), 16, "{WIRE_BUILD}");
        assert!(WIRE_BUILD
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    }

    #[test]
    fn the_warm_up_file_loads_every_row_through_every_category_column() {
        let csv = warm_up_csv(500);
        let ds = load(csv.as_bytes(), "warm-up.csv", &LoadOptions::default()).unwrap();
        let Some(Data::Episodes(e)) = ds.dataset().map(|ds| &ds.data) else {
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

    fn roundtrip(ds: &Loaded) -> Loaded {
        let enc = encode(ds);
        for (_, off, _) in &enc.columns {
            assert_eq!(off % 8, 0, "columns are 8-byte aligned");
        }
        let bytes = enc.to_bytes();
        assert_eq!(bytes.len(), enc.bytes);
        let timings = WorkerTimings {
            read: 1.5,
            parse: 20.25,
            encode: 0.5,
            streamed: true,
            posted: 1.8e12,
        };
        let wire = Reply::Done {
            header: Box::new(enc.header),
            timings,
        }
        .to_bytes();
        let Ok(Reply::Done { header, timings: t }) = Reply::from_bytes(&wire) else {
            panic!("done expected: {wire:?}");
        };
        assert_eq!(t, timings);
        decode(*header, &bytes.as_slice()).expect("decodes")
    }

    /// A reply through the wire format and back.
    fn wire(reply: &Reply) -> Reply {
        Reply::from_bytes(&reply.to_bytes()).expect("decodes")
    }

    /// The load error of a reply through the wire format and back.
    fn error_wire(e: &LoadError) -> LoadError {
        match wire(&Reply::Error { error: e.clone() }) {
            Reply::Error { error } => error,
            other => panic!("error expected: {other:?}"),
        }
    }

    #[test]
    fn episodes_survive_the_wire_exactly() {
        let ds = load(EPISODES.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        assert!(matches!(ds.dataset().map(|ds| &ds.data), Some(Data::Episodes(e)) if e.len() == 3));
        assert!(!ds.report.warnings.is_empty());
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn trajectories_survive_the_wire_exactly() {
        let csv = "traject_id;persoon_id;traject_code;startdatum;einddatum\n\
                   T1;P1;vrijwilligerswerk;01-01-2024;\nT2;P1;Wijkteam;01-02-2024;01-03-2024\n";
        let loaded = load(csv.as_bytes(), "trajecten.csv", &LoadOptions::default()).unwrap();
        assert_eq!(loaded.trajectories().unwrap().trajectories.len(), 2);
        assert_eq!(roundtrip(&loaded), loaded);
    }

    #[test]
    fn a_code_list_survives_the_wire_alone_and_beside_a_caseload() {
        let csv =
            "Code;Omschrijving\n14;Einde Uitkering werkeloosheid\n2;Beeindiging huwelijk/relatie\n";
        let list = load(csv.as_bytes(), "codes.csv", &LoadOptions::default()).unwrap();
        assert_eq!(list.code_list().unwrap().codes.len(), 2);
        assert_eq!(roundtrip(&list), list);
        let mut ds = load(EPISODES.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        if let Content::Dataset(d) = &mut ds.content {
            *d = d.with_instroomreden_codes(list.code_list().cloned().map(std::sync::Arc::new));
        }
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn instroomreden_survives_the_wire_with_codes_and_labels() {
        let csv = "Dossiernr;Startdatum;Einddatum;Oorzaak bijstandsafhankelijkheid;Omschrijving oorzaak bijstandsafhankelijkheid\n\
                   1;01-01-2020;;14;Einde Uitkering werkeloosheid\n\
                   2;01-02-2020;;2;Beeindiging huwelijk/relatie\n\
                   3;01-03-2020;;14;Einde Uitkering werkeloosheid\n";
        let ds = load(csv.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        let back = roundtrip(&ds);
        assert_eq!(back, ds);
        let Some(Data::Episodes(e)) = back.dataset().map(|ds| &ds.data) else {
            panic!("episodes expected");
        };
        assert_eq!(e.instroomreden, [0, 1, 0]);
        assert_eq!(e.instroomredenen.labels, ["14", "2"]);
        assert_eq!(
            e.instroomreden_label(1),
            Some("Beeindiging huwelijk/relatie")
        );
        // A code out of the dictionary is a damaged buffer.
        let enc = encode(&ds);
        let mut bytes = enc.to_bytes();
        let at = enc
            .columns
            .iter()
            .find(|c| c.0 == "instroomreden")
            .unwrap()
            .1;
        bytes[at] = 9;
        assert!(decode(enc.header, &bytes.as_slice()).is_err());
    }

    #[test]
    fn the_synthetic_file_survives_the_wire_exactly() {
        let csv = bijstand_core::synth::to_csv(&bijstand_core::synth::generate());
        let mut ds = load(csv.as_bytes(), "synth.csv", &LoadOptions::default()).unwrap();
        if let Content::Dataset(ds) = &mut ds.content {
            ds.synthetic = true;
        }
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn lks_contracts_survive_the_wire_exactly() {
        let csv =
            bijstand_core::synth::contracts::to_csv(&bijstand_core::synth::contracts::generate());
        let ds = load(csv.as_bytes(), "lks.csv", &LoadOptions::default()).unwrap();
        assert!(ds.dataset().is_none());
        assert_eq!(ds.contracts().unwrap().contracts.len(), 811);
        assert_eq!(roundtrip(&ds), ds);
    }

    #[test]
    fn reference_data_survive_the_wire_exactly() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures/cbs/");
        for name in [
            "bijstand_gemeenten_2017.csv",
            "bijstand_nederland_reeks.csv",
        ] {
            let bytes = std::fs::read(format!("{dir}{name}")).unwrap();
            let ds = load(&bytes, name, &LoadOptions::default()).unwrap();
            let data = ds.reference().expect("reference data");
            assert_eq!(data.sources[0].name, name);
            let back = roundtrip(&ds);
            assert_eq!(back, ds);
            // The look-up maps are rebuilt: a query on the far side gives the figure.
            use bijstand_core::refdata::{Measure, Period};
            let r = back.reference().unwrap();
            let (region, period, measure, value) = if name.contains("2017") {
                (
                    r.find_gemeente(153),
                    Period::Year(2017),
                    Measure::Recipients,
                    8560.0,
                )
            } else {
                (
                    r.nederland(),
                    Period::Month(2018, 10),
                    Measure::Benefits,
                    416.0,
                )
            };
            assert_eq!(r.value(region.unwrap(), period, measure), Some(value));
        }
    }

    #[test]
    fn kerncijfers_survive_the_wire_exactly() {
        let ds = load(KERNCIJFERS.as_bytes(), "k.csv", &LoadOptions::default()).unwrap();
        let Some(Data::Kerncijfers(k)) = ds.dataset().map(|ds| &ds.data) else {
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
        let Some(Data::Episodes(e)) = ds.dataset().map(|ds| &ds.data) else {
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
        assert!(decode(enc.header.clone(), &&bytes[..8]).is_err());
        bytes.iter_mut().for_each(|b| *b = 200);
        assert!(decode(enc.header.clone(), &bytes.as_slice()).is_err());
        let mut no_columns = enc.header.clone();
        no_columns.columns.clear();
        assert!(decode(no_columns, &bytes.as_slice()).is_err());
        assert!(Reply::from_bytes(&[]).is_err());
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
                let back = error_wire(&e);
                assert_eq!(back, e);
                assert_eq!(back.message(Lang::Nl), e.message(Lang::Nl));
            }
        }
        assert!(
            matches!(Reply::from_bytes(b"nonsense"), Err(e) if matches!(e.kind, K::Transfer(_)))
        );
    }

    #[test]
    fn a_real_error_from_the_loader_survives_the_wire() {
        let bad = "uitkering_id;startdatum;einddatum\nU1;31-02-2024;\n";
        let e = load(bad.as_bytes(), "b.csv", &LoadOptions::default()).unwrap_err();
        assert_eq!(error_wire(&e), e);
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
            // The remembered mappings travel with the request (the worker applies them).
            remembered: vec![bijstand_core::io::RememberedMapping {
                header: vec!["gebied".into(), "x".into()],
                column_map: vec![("Gebied".into(), Some("stadsdeel".into()))],
            }],
        };
        let request = Request {
            name: "b.csv".into(),
            options: o,
            preview: None,
        };
        assert_eq!(
            Request::from_bytes(&request.to_bytes()),
            Ok(request.clone())
        );
        let asked = Request {
            preview: Some(7),
            ..request
        };
        assert_eq!(Request::from_bytes(&asked.to_bytes()), Ok(asked));
        let d = Request::default();
        assert_eq!(Request::from_bytes(&d.to_bytes()), Ok(d));
        assert!(Request::from_bytes(&[]).is_err());
    }

    #[test]
    fn every_message_survives_the_wire_and_says_its_name() {
        let replies = [
            Reply::Ready,
            Reply::Progress {
                phase: Phase::Reading,
                fraction: 0.25,
            },
            Reply::Progress {
                phase: Phase::Processing,
                fraction: 1.0,
            },
            Reply::Error {
                error: LoadError::new(LoadErrorKind::BadDate("31-02-2024".into())).at_line(12),
            },
            Reply::ReadError {
                message: "het bestand veranderde tijdens het lezen".into(),
            },
            Reply::Preview {
                id: 3,
                preview: bijstand_core::io::preview(
                    EPISODES.as_bytes(),
                    "e.csv",
                    &LoadOptions::default(),
                ),
            },
            Reply::Preview {
                id: 4,
                preview: bijstand_core::io::preview(b"", "e.csv", &LoadOptions::default()),
            },
        ];
        assert!(matches!(&replies[5], Reply::Preview { preview: Ok(p), .. } if !p.rows.is_empty()));
        assert!(matches!(
            &replies[6],
            Reply::Preview {
                preview: Err(_),
                ..
            }
        ));
        for r in &replies {
            assert_eq!(&wire(r), r);
        }
        // (Done: the `..._survive_the_wire_exactly` tests.)
        let names: Vec<_> = replies.iter().map(Reply::name).collect();
        assert_eq!(
            names,
            [
                "ready",
                "progress",
                "progress",
                "error",
                "read-error",
                "preview",
                "preview"
            ]
        );
        // Compact: progress is posted often.
        assert_eq!(replies[0].to_bytes().len(), 1);
        assert_eq!(replies[1].to_bytes().len(), 6);
    }

    /// A few messages of the tests above (a dataset's header, a preview, an error), as bytes.
    fn sample_messages() -> Vec<Vec<u8>> {
        let ds = load(EPISODES.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        let mut out = vec![Reply::Done {
            header: Box::new(encode(&ds).header),
            timings: WorkerTimings::default(),
        }
        .to_bytes()];
        out.push(
            Reply::Preview {
                id: 1,
                preview: bijstand_core::io::preview(
                    EPISODES.as_bytes(),
                    "e.csv",
                    &LoadOptions::default(),
                ),
            }
            .to_bytes(),
        );
        out.push(
            Reply::Error {
                error: LoadError::new(LoadErrorKind::BadDate("x".into()))
                    .at_line(3)
                    .in_sheet("Blad1"),
            }
            .to_bytes(),
        );
        out
    }

    /// `bytes` read as a reply must fail as a transfer error, with the Dutch "internal
    /// error" text.
    fn rejected(bytes: &[u8], what: &str) {
        let e = Reply::from_bytes(bytes).expect_err(what);
        assert!(
            matches!(e.kind, LoadErrorKind::Transfer(_)),
            "{what}: {e:?}"
        );
        let text = e.message(Lang::Nl);
        assert!(text.contains("Interne fout"), "{text}");
    }

    #[test]
    fn a_cut_or_lengthened_message_is_a_load_error() {
        rejected(&[], "empty");
        rejected(b"nonsense", "not a reply");
        for bytes in sample_messages() {
            // (Every cut of the short ones; of a long one, about 500.)
            for end in (0..bytes.len()).step_by(bytes.len() / 500 + 1) {
                rejected(&bytes[..end], &format!("cut at {end} of {}", bytes.len()));
            }
            let mut longer = bytes.clone();
            longer.push(0);
            rejected(&longer, "a byte more");
        }
    }

    #[test]
    fn a_changed_byte_is_an_error_or_a_reply_never_a_panic() {
        for bytes in sample_messages() {
            for at in (0..bytes.len()).step_by(bytes.len() / 500 + 1) {
                for value in [0, 1, 0x7f, 0x80, 0xff] {
                    let mut changed = bytes.clone();
                    changed[at] = value;
                    let _ = Reply::from_bytes(&changed);
                }
            }
        }
    }

    #[test]
    fn an_unknown_variant_is_a_load_error_not_the_first_variant() {
        // The first byte of a reply is its variant; then, for these, the phase or the
        // error kind.
        let progress = Reply::Progress {
            phase: Phase::Reading,
            fraction: 0.5,
        }
        .to_bytes();
        let error = Reply::Error {
            error: LoadError::new(LoadErrorKind::BadDate("x".into())),
        }
        .to_bytes();
        let changed = |bytes: &[u8], at: usize, value: u8| {
            let mut b = bytes.to_vec();
            b[at] = value;
            b
        };
        rejected(&changed(&progress, 0, 6), "reply 6");
        rejected(&changed(&progress, 1, 2), "phase 2");
        rejected(&changed(&error, 1, 0x7f), "error kind 127");
        // The same for every enum of a message, read alone: each has fewer than 127
        // variants, so index 127 (one byte) is none of them.
        let none = [0x7f];
        assert!(read::<Reply>(&none).is_err());
        assert!(read::<Phase>(&none).is_err());
        assert!(read::<Dicts>(&none).is_err());
        assert!(read::<ColumnKind>(&none).is_err());
        assert!(read::<LoadErrorKind>(&none).is_err());
        assert!(read::<RowUnit>(&none).is_err());
        assert!(read::<bijstand_core::io::LoadWarning>(&none).is_err());
        assert!(read::<bijstand_core::io::Format>(&none).is_err());
        assert!(read::<bijstand_core::io::FileKind>(&none).is_err());
        assert!(read::<DetectedEncoding>(&none).is_err());
        assert!(read::<DecimalStyle>(&none).is_err());
        assert!(read::<bijstand_core::io::MappingKind>(&none).is_err());
        assert!(read::<bijstand_core::io::DateEvidence>(&none).is_err());
        assert!(read::<bijstand_core::io::JsonProblem>(&none).is_err());
        assert!(read::<Result<(), ()>>(&[2]).is_err());
        // A column mapped to a field the app does not know.
        let ds = load(EPISODES.as_bytes(), "e.csv", &LoadOptions::default()).unwrap();
        let done = Reply::Done {
            header: Box::new(encode(&ds).header),
            timings: WorkerTimings::default(),
        }
        .to_bytes();
        assert!(Reply::from_bytes(&done).is_ok());
        let renamed = replace_all(&done, b"startdatum", b"begindatum");
        assert_ne!(renamed, done);
        rejected(&renamed, "field begindatum");
        // A request alike.
        let request = Request {
            name: "a.csv".into(),
            options: LoadOptions {
                decimal: Some(DecimalStyle::Point),
                ..LoadOptions::default()
            },
            preview: None,
        }
        .to_bytes();
        // name (length, 5 bytes), separator (None), encoding (None), decimal (Some, 1).
        assert_eq!(request[..10], [5, b'a', b'.', b'c', b's', b'v', 0, 0, 1, 1]);
        assert!(Request::from_bytes(&changed(&request, 9, 2)).is_err());
    }

    /// `bytes` with every `from` replaced by `to` (of the same length).
    fn replace_all(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
        let mut out = bytes.to_vec();
        let mut i = 0;
        while i + from.len() <= out.len() {
            if &out[i..i + from.len()] == from {
                out[i..i + from.len()].copy_from_slice(to);
                i += from.len();
            } else {
                i += 1;
            }
        }
        out
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
