//! Loading a large CSV file of episodes while it streams in, window by window (the
//! loader worker feeds the chunks of `Blob.stream()`), so that the file is never held
//! whole: each window of whole lines is parsed and dropped.
//!
//! The result is exactly what [`super::load`] gives for the same bytes. Where that
//! cannot be guaranteed cheaply the stream gives up ([`StreamLoad::feed`] says `false`,
//! [`StreamLoad::finish`] says `None`) and the caller loads the whole file the usual way,
//! which also reports any error at its line: a UTF-16 file or one that is not UTF-8, a
//! quote or a lone CR (the `csv` reader's cases), no episodes header in the first window,
//! any error in the rows, or two ids that may be equal.

use super::decode::{check_text, head_str, is_utf8, is_utf8_without_nul, UTF8_BOM};
use super::episodes::{self, RowReader};
use super::table::{Table, TableState};
use super::{
    csv_report, dialect, mappable_fields, DetectedEncoding, FileKind, ForeignKind, Format,
    LoadOptions, LoadReport, Loaded, TableData, DIALECT_HEAD_BYTES, SCHEMAS,
};
use crate::model::Data;

/// Files smaller than this are loaded in one go.
pub const MIN_STREAM_BYTES: usize = 4 << 20;

/// The header row and the dialect are looked for in the first this many bytes.
const FIRST_WINDOW: usize = 256 << 10;

/// The whole load refuses text with NUL or many control characters in its first 8 KB
/// (after line ends are normalised, which at most halves the bytes): the stream checks
/// at least twice that many bytes of the raw text before it reads a row, so it never reads
/// a file the whole load refuses. The first window is never smaller.
const TEXT_HEAD: usize = 2 * 8192;

/// The whole load reads a file as reference data when its first 64 KB look like it
/// (`refdata::is_reference`): the first window holds more than that, so the stream can ask
/// the same question on the same bytes and leave such a file to the whole load.
const REFERENCE_HEAD: usize = super::refdata::HEAD_BYTES + 1;

/// A first line longer than this: give up (load the file whole).
const MAX_FIRST_LINE: usize = 8 << 20;

/// Later windows are parsed once this many bytes are buffered.
const WINDOW: usize = 1 << 20;

/// A file being loaded as it streams in.
pub struct StreamLoad {
    name: String,
    options: LoadOptions,
    size: usize,
    first_window: usize,
    window_bytes: usize,
    /// Bytes received and not yet parsed (a partial line at most, after each window).
    window: Vec<u8>,
    received: usize,
    open: Option<Open>,
    encoding: Option<DetectedEncoding>,
    given_up: bool,
}

/// The table, rows and report after the first window.
struct Open {
    table: TableState,
    rows: RowReader,
    report: LoadReport,
}

impl StreamLoad {
    /// A stream for the file `name` of `size` bytes; `None` when it is better loaded in
    /// one go: small, not CSV, or with an encoding other than UTF-8 chosen.
    pub fn new(name: &str, size: usize, options: &LoadOptions) -> Option<StreamLoad> {
        if size < MIN_STREAM_BYTES {
            return None;
        }
        StreamLoad::with_windows(name, size, options, FIRST_WINDOW, WINDOW)
    }

    /// [`StreamLoad::new`] with other window sizes and no minimum size (for tests).
    pub fn with_windows(
        name: &str,
        size: usize,
        options: &LoadOptions,
        first_window: usize,
        window_bytes: usize,
    ) -> Option<StreamLoad> {
        if Format::sniff(b"", name) != Format::Csv
            || matches!(
                options.encoding,
                Some(DetectedEncoding::Windows1252 | DetectedEncoding::Utf16Le)
            )
        {
            return None;
        }
        Some(StreamLoad {
            name: name.to_string(),
            options: options.clone(),
            size,
            first_window: first_window.max(TEXT_HEAD).max(REFERENCE_HEAD),
            window_bytes,
            window: Vec::with_capacity(window_bytes + (64 << 10)),
            received: 0,
            open: None,
            encoding: None,
            given_up: false,
        })
    }

    /// The fraction of the file received.
    pub fn fraction(&self) -> f32 {
        self.received as f32 / self.size.max(1) as f32
    }

    /// Takes the next chunk of the file; `false` when the stream gave up (load the whole
    /// file instead).
    pub fn feed(&mut self, chunk: &[u8]) -> bool {
        self.feed_with(chunk.len(), |dst| dst.copy_from_slice(chunk))
    }

    /// [`StreamLoad::feed`] for a chunk of `n` bytes that `fill` copies in (straight into
    /// the window, from a JavaScript array in the worker).
    pub fn feed_with(&mut self, n: usize, fill: impl FnOnce(&mut [u8])) -> bool {
        if self.given_up {
            return false;
        }
        self.received += n;
        let at = self.window.len();
        self.window.resize(at + n, 0);
        fill(&mut self.window[at..]);
        let ok = if self.open.is_none() {
            self.window.len() < self.first_window || self.open_first()
        } else if self.window.len() >= self.window_bytes {
            match self.window.iter().rposition(|&b| b == b'\n') {
                Some(i) => self.parse_window(i + 1),
                None => true,
            }
        } else {
            true
        };
        self.given_up |= !ok;
        ok
    }

    /// The end of the file: the dataset with its report, or `None` when the stream gave up.
    pub fn finish(mut self) -> Option<Loaded> {
        if self.given_up || self.received != self.size {
            return None;
        }
        if self.open.is_none() && !self.open_first() {
            return None;
        }
        if !self.window.is_empty() && !self.parse_window(self.window.len()) {
            return None;
        }
        let Open {
            table,
            rows,
            mut report,
        } = self.open?;
        let t = Table::resume(&[], table);
        t.check_bsn_values().ok()?;
        let mut rows = rows.into_rows();
        if rows.ids.may_repeat() {
            return None;
        }
        let headers = [
            t.field_header(episodes::IS_STATUSHOUDER),
            t.field_header(episodes::INKOMSTEN_ARBEID),
        ];
        let ep = episodes::finish(rows, &headers, &mut report);
        if ep.is_empty() {
            // Refused by the whole load, with its message.
            return None;
        }
        report.rows = t.data_rows();
        let mut warnings = t.warnings();
        warnings.append(&mut report.warnings);
        report.warnings = warnings;
        Some(TableData::Data(Data::Episodes(ep)).into_loaded(&self.name, report))
    }

    /// Finds the encoding, dialect and header on the first window and reads its rows.
    fn open_first(&mut self) -> bool {
        let cut = if self.received == self.size {
            self.window.len()
        } else {
            match self.window.iter().rposition(|&b| b == b'\n') {
                Some(i) => i + 1,
                // No whole line yet: wait for one (but not for ever).
                None => return self.window.len() < MAX_FIRST_LINE,
            }
        };
        // What the whole load tells from the first bytes is its to read or refuse: a file
        // that is no table, a workbook, JSON (also when the window ends before the byte
        // after a `[` that would tell), and a reference file (CBS, waarstaatjegemeente).
        let text = self.window.strip_prefix(UTF8_BOM).unwrap_or(&self.window);
        if ForeignKind::sniff(&self.window).is_some()
            || Format::sniff(&self.window, &self.name) != Format::Csv
            || matches!(
                text.iter().find(|b| !b.is_ascii_whitespace()),
                Some(b'[' | b'{')
            )
            || super::refdata::is_reference(&self.window)
        {
            return false;
        }
        let encoding = match self.encoding {
            Some(e) => e,
            None if self.window.starts_with(UTF8_BOM) => DetectedEncoding::Utf8Bom,
            None if self.window.starts_with(b"\xFF\xFE")
                || self.window.starts_with(b"\xFE\xFF") =>
            {
                return false
            }
            None => DetectedEncoding::Utf8,
        };
        let encoding = self.options.encoding.unwrap_or(encoding);
        self.encoding = Some(encoding);
        let bom = if self.window.starts_with(UTF8_BOM) {
            UTF8_BOM.len()
        } else {
            0
        };
        let cut = cut - bom;
        self.window.drain(..bom);
        let body = &self.window[..cut];
        // As `decode_bytes` and `load_csv` do on the whole text.
        // A NUL byte anywhere: the whole load names its line.
        if !is_utf8(body)
            || body.contains(&0)
            || !body.contains(&b'\n')
            || check_text(&String::from_utf8_lossy(
                &self.window[..TEXT_HEAD.min(self.window.len())],
            ))
            .is_err()
        {
            return false;
        }
        let head = head_str(body, DIALECT_HEAD_BYTES);
        if head.trim().is_empty() {
            return false;
        }
        let options = &self.options;
        let dialect = dialect::detect(head, options.separator);
        let mut report = csv_report(encoding, &dialect, options);
        let Ok(mut t) = Table::open_bytes(body, &dialect, &SCHEMAS, options) else {
            return false;
        };
        if t.kind() != FileKind::Episodes {
            return false;
        }
        report.kind = t.kind();
        report.header_line = t.header_line;
        report.columns = t.mapping.columns.clone();
        report.mappable_fields = mappable_fields(t.kind());
        report.remembered = t.remembered.clone();
        let Ok(mut rows) = episodes::start_rows(&t, options, &mut report) else {
            return false;
        };
        if episodes::read_window(&mut t, &mut rows, &mut report).is_err() || t.handed_over() {
            return false;
        }
        // Size the columns once for the whole file, from the bytes per row so far.
        if t.data_rows() > 0 {
            let per_row = cut as f64 / t.data_rows() as f64;
            rows.reserve(((self.size - cut) as f64 / per_row * 1.05) as usize + 16);
        }
        let Some(table) = t.suspend() else {
            return false;
        };
        self.open = Some(Open {
            table,
            rows,
            report,
        });
        self.window.drain(..cut);
        true
    }

    /// Reads the rows of the first `cut` bytes of the window (whole lines) and drops them.
    fn parse_window(&mut self, cut: usize) -> bool {
        let Some(mut open) = self.open.take() else {
            return false;
        };
        let body = &self.window[..cut];
        if !is_utf8_without_nul(body) {
            return false;
        }
        let mut t = Table::resume(body, open.table);
        if episodes::read_window(&mut t, &mut open.rows, &mut open.report).is_err()
            || t.handed_over()
        {
            return false;
        }
        let Some(table) = t.suspend() else {
            return false;
        };
        open.table = table;
        self.open = Some(open);
        self.window.drain(..cut);
        true
    }
}

/// Loads `bytes` as if they streamed in, in chunks of the given sizes (cycled), with
/// small windows; `None` when the stream gave up (for tests).
pub fn load_streamed(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
    chunks: &[usize],
    windows: (usize, usize),
) -> Option<Loaded> {
    let mut s = StreamLoad::with_windows(name, bytes.len(), options, windows.0, windows.1)?;
    let mut at = 0;
    for &n in chunks.iter().cycle() {
        if at >= bytes.len() {
            break;
        }
        let end = (at + n.max(1)).min(bytes.len());
        if !s.feed(&bytes[at..end]) {
            return None;
        }
        at = end;
    }
    s.finish()
}
