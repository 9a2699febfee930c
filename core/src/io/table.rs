//! The table structure of a CSV file (DATA-MODEL §4.2): title rows above the header,
//! the header row and file kind, data rows, blank rows, a `Totaal` row, ragged rows and
//! the BSN checks (§5), on top of the `csv` reader.
//!
//! CSV text without quotes (most exports) is split in place: a record's cells are byte
//! ranges of the body, found by one scan for the separator and line ends, so no cell is
//! copied. From the first record with a quote (or a lone CR) on, the `csv` reader takes
//! over, streaming into one reused [`csv::ByteRecord`]. Either way one scan per row trims
//! every cell, notes its byte range and feeds the BSN check, and cells are then read as
//! borrowed bytes or `&str`s.
//!
//! The same table reads a [`Grid`] (an XLSX sheet or a JSON array turned into text
//! cells): its rows are copied into the same record, so everything above and the
//! episode and kerncijfers readers are shared by every format.

use super::cells::parse_number;
use super::columns::{Mapping, Schema};
use super::dialect::Dialect;
use super::grid::{column_letter, Grid, GridCursor};
use super::{
    DecimalStyle, FileKind, LoadError, LoadErrorKind, LoadOptions, LoadWarning, RowUnit,
    TotalCheck, MAX_CELL_CHARS, MAX_COLUMNS,
};
use crate::privacy::{is_bsn_header, BsnScan};
use crate::text::normalize;

/// Non-blank records searched for the header row.
const HEADER_SEARCH: usize = 30;

/// What [`Table::next_row`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// A data row.
    Data,
    /// A `Totaal`/`Total`/`Eindtotaal` row: a check value, not data.
    Total,
}

/// Where the rows come from.
enum Source<'t> {
    /// CSV text without quotes so far, split in place ([`Plain`]).
    Plain(Plain<'t>),
    /// CSV text, parsed by the `csv` reader as it is read.
    Csv {
        /// The whole body (for reading it again and for progress).
        body: &'t [u8],
        separator: u8,
        /// Reads `body[from..]`.
        rdr: csv::Reader<&'t [u8]>,
        /// Where the reader starts in `body`.
        from: usize,
        /// Lines above the body (title or `sep=` lines decoded away).
        line_offset: usize,
        /// Lines above `body[from..]`.
        rdr_line_offset: usize,
    },
    /// Cells from a typed source (XLSX, JSON).
    Grid { grid: &'t Grid, cursor: GridCursor },
}

/// A quote-free stretch of CSV text split in place: records end at `\n` or `\r\n`, cells
/// at the separator, and empty lines are skipped, as the `csv` reader does. A quote or a
/// lone `\r` is left to that reader ([`Step::Hand`]).
struct Plain<'t> {
    body: &'t [u8],
    separator: u8,
    /// The separator in every byte of a word.
    separator8: u64,
    /// Next byte to read.
    pos: usize,
    /// Line breaks before `pos`.
    breaks: usize,
    /// Lines above the body.
    line_offset: usize,
}

/// What [`Plain::next`] found.
enum Step {
    /// A record starting on this 1-based line; its raw cells are in `cells`.
    Record(usize),
    /// The end of the body.
    End,
    /// A record (starting at this byte and line break count) the `csv` reader must read.
    Hand(usize, usize),
}

impl<'t> Plain<'t> {
    fn new(body: &'t [u8], separator: u8, line_offset: usize) -> Plain<'t> {
        Plain {
            body,
            separator,
            separator8: 0x0101_0101_0101_0101 * u64::from(separator),
            pos: 0,
            breaks: 0,
            line_offset,
        }
    }

    /// Reads the next record's raw cells (byte ranges of the body) into `cells`.
    #[inline]
    fn next(&mut self, cells: &mut Vec<(usize, usize)>) -> Step {
        let body = self.body;
        // Empty lines are no records.
        loop {
            match (body.get(self.pos), body.get(self.pos + 1)) {
                (Some(b'\n'), _) => self.pos += 1,
                (Some(b'\r'), Some(b'\n')) => self.pos += 2,
                _ => break,
            }
            self.breaks += 1;
        }
        if self.pos >= body.len() {
            return Step::End;
        }
        let (start, breaks) = (self.pos, self.breaks);
        cells.clear();
        let mut cell = start;
        let mut i = start;
        loop {
            let Some(k) = self.find_stop(i) else {
                cells.push((cell, body.len()));
                self.pos = body.len();
                return Step::Record(self.line_offset + breaks + 1);
            };
            i = k;
            match body[i] {
                b if b == self.separator => {
                    cells.push((cell, i));
                    i += 1;
                    cell = i;
                }
                b'\n' => {
                    cells.push((cell, i));
                    self.pos = i + 1;
                    self.breaks += 1;
                    return Step::Record(self.line_offset + breaks + 1);
                }
                b'\r' if body.get(i + 1) == Some(&b'\n') => {
                    cells.push((cell, i));
                    self.pos = i + 2;
                    self.breaks += 1;
                    return Step::Record(self.line_offset + breaks + 1);
                }
                // A quote or a lone CR: the csv reader reads from this record on.
                b'"' | b'\r' => return Step::Hand(start, breaks),
                // Another control character (a tab) is cell text.
                _ => i += 1,
            }
        }
    }

    /// The first byte from `i` on that may end a cell: the separator, a quote or a control
    /// character (which covers `\n` and `\r`). Eight bytes at a time: in each, a byte
    /// equal to `c` is found as a zero of `w ^ c`, and a byte below 0x20 by the borrow of
    /// `w − 0x20…`; these tests can also flag bytes *after* a true hit, never before it,
    /// so the lowest flag is exact.
    #[inline]
    fn find_stop(&self, mut i: usize) -> Option<usize> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
        let body = self.body;
        while let Some(word) = body.get(i..i + 8) {
            let mut a = [0u8; 8];
            a.copy_from_slice(word);
            let w = u64::from_le_bytes(a);
            let hits = zero(w ^ self.separator8)
                | zero(w ^ (ONES * u64::from(b'"')))
                | (w.wrapping_sub(ONES * 0x20) & !w & HIGH);
            if hits != 0 {
                return Some(i + (hits.trailing_zeros() / 8) as usize);
            }
            i += 8;
        }
        body[i..]
            .iter()
            .position(|&b| b == self.separator || b == b'"' || b < 0x20)
            .map(|k| i + k)
    }
}

/// A CSV body (or a [`Grid`]) positioned after its header row.
pub(crate) struct Table<'t> {
    source: Source<'t>,
    rec: csv::ByteRecord,
    /// The raw cells of the current record of a [`Source::Plain`], as byte ranges of its body.
    cells: Vec<(usize, usize)>,
    line: usize,
    /// The header cells as written (trimmed), without trailing empty columns.
    pub header: Vec<String>,
    /// 1-based line of the header row.
    pub header_line: usize,
    /// The schema the header matched.
    pub schema: &'static Schema,
    /// The header mapped onto the schema.
    pub mapping: Mapping,
    /// Non-blank rows above the header (titles, notes).
    pub skipped_above: usize,
    bsn: Vec<BsnScan>,
    filled: Vec<u64>,
    /// Per header column: the trimmed cell of the current row as a byte range of the
    /// body ([`Source::Plain`]) or of `rec.as_slice()`, filled by the one scan in
    /// [`Table::next_row`].
    spans: Vec<(usize, usize)>,
    data_rows: usize,
    blank_pending: usize,
    blank_inner: usize,
    total_line: Option<usize>,
    after_total: bool,
    /// Called with the fraction of the body read, every [`PROGRESS_ROWS`] data rows.
    progress: Option<Box<dyn FnMut(f32) + 't>>,
    /// Error cells (`#N/A`) in columns that are not read.
    ignored_errors: usize,
    /// Error cells in columns that are read are notes, not errors (for a preview, so
    /// the user can still see and remap the columns).
    pub tolerate_cell_errors: bool,
    /// Those notes: where, and the error.
    cell_error_notes: Vec<LoadError>,
    /// The `csv` reader took over from the in-place split (a quote or a lone CR).
    handed_over: bool,
    /// The remembered mapping applied to the header row ([`LoadOptions::remembered`]).
    pub remembered: Option<super::RememberedMapping>,
}

/// Everything a CSV table knows but its text: kept between the windows of a file that
/// streams in ([`super::stream`]), where each window is a new [`Table`] over the next
/// whole lines.
pub(crate) struct TableState {
    header: Vec<String>,
    header_line: usize,
    schema: &'static Schema,
    mapping: Mapping,
    skipped_above: usize,
    bsn: Vec<BsnScan>,
    filled: Vec<u64>,
    data_rows: usize,
    blank_pending: usize,
    blank_inner: usize,
    total_line: Option<usize>,
    after_total: bool,
    separator: u8,
    /// Lines before the next window.
    lines: usize,
}

/// Data rows between two progress calls (a power of two: the check is a mask).
const PROGRESS_ROWS: usize = 1 << 14;

/// Trims a cell's bytes: ASCII white space, NBSP (U+00A0) and narrow NBSP (U+202F).
#[inline]
pub(crate) fn trim_bytes(mut b: &[u8]) -> &[u8] {
    // Fast path: most cells start and end with a visible ASCII character.
    match (b.first(), b.last()) {
        (None, _) => return b,
        // Both visible ASCII (0x21–0x7E), tested without a branch each.
        (Some(&f), Some(&l)) if (f.wrapping_sub(0x21) < 0x5E) & (l.wrapping_sub(0x21) < 0x5E) => {
            return b
        }
        _ => {}
    }
    loop {
        match b {
            [c, rest @ ..] if c.is_ascii_whitespace() => b = rest,
            [0xC2, 0xA0, rest @ ..] | [0xE2, 0x80, 0xAF, rest @ ..] => b = rest,
            [rest @ .., c] if c.is_ascii_whitespace() => b = rest,
            [rest @ .., 0xC2, 0xA0] | [rest @ .., 0xE2, 0x80, 0xAF] => b = rest,
            _ => return b,
        }
    }
}

/// A cell's trimmed text (`""` if it were not UTF-8, which decoded text always is).
#[inline]
fn cell_str(b: &[u8]) -> &str {
    std::str::from_utf8(trim_bytes(b)).unwrap_or("")
}

fn is_total_label(cell: &[u8]) -> bool {
    if !matches!(cell.first(), Some(b't' | b'T' | b'e' | b'E' | b'g' | b'G')) {
        return false;
    }
    let c = cell_str(cell).trim_end_matches(':').trim_end();
    ["totaal", "total", "eindtotaal", "grand total"]
        .iter()
        .any(|t| t.eq_ignore_ascii_case(c))
}

impl<'t> Table<'t> {
    /// Opens the body of `text`, finds the header row among `schemas` and checks its
    /// column names for BSNs.
    pub fn open(
        text: &'t str,
        dialect: &Dialect,
        schemas: &'static [Schema],
        options: &LoadOptions,
    ) -> Result<Table<'t>, LoadError> {
        Table::open_bytes(text.as_bytes(), dialect, schemas, options)
    }

    /// [`Table::open`] on the bytes of UTF-8 text.
    pub fn open_bytes(
        text: &'t [u8],
        dialect: &Dialect,
        schemas: &'static [Schema],
        options: &LoadOptions,
    ) -> Result<Table<'t>, LoadError> {
        let body = text.get(dialect.body_start..).unwrap_or(&[]);
        let source = Source::Plain(Plain::new(body, dialect.separator, dialect.line_offset));
        Table::open_source(source, schemas, options)
    }

    /// Opens a grid of cells (an XLSX sheet, a JSON array) like [`Table::open`].
    pub fn open_grid(
        grid: &'t Grid,
        schemas: &'static [Schema],
        options: &LoadOptions,
    ) -> Result<Table<'t>, LoadError> {
        let source = Source::Grid {
            grid,
            cursor: GridCursor::default(),
        };
        Table::open_source(source, schemas, options)
    }

    fn open_source(
        source: Source<'t>,
        schemas: &'static [Schema],
        options: &LoadOptions,
    ) -> Result<Table<'t>, LoadError> {
        let mut t = Table {
            source,
            rec: csv::ByteRecord::new(),
            cells: Vec::new(),
            line: 0,
            header: Vec::new(),
            header_line: 0,
            schema: &schemas[0],
            mapping: Mapping::new(&schemas[0], &[], options),
            skipped_above: 0,
            bsn: Vec::new(),
            filled: Vec::new(),
            spans: Vec::new(),
            data_rows: 0,
            blank_pending: 0,
            blank_inner: 0,
            total_line: None,
            after_total: false,
            ignored_errors: 0,
            tolerate_cell_errors: false,
            cell_error_notes: Vec::new(),
            progress: None,
            handed_over: false,
            remembered: None,
        };
        // A header row forced by the user (not for JSON, whose keys are the header).
        let forced = options.header_row.filter(|_| t.unit() != RowUnit::JsonItem);
        let mut candidate: Option<(usize, Vec<String>)> = None;
        let mut seen = 0;
        while (forced.is_some() || seen < HEADER_SEARCH) && t.read()? {
            t.check_width()?;
            let mut cells: Vec<String> = t.raw_cells().map(|c| cell_str(c).to_string()).collect();
            while cells.last().is_some_and(|c| c.is_empty()) {
                cells.pop();
            }
            if let Some(want) = forced {
                if t.line < want {
                    t.skipped_above += usize::from(!cells.is_empty());
                    continue;
                }
                if cells.is_empty() {
                    return Err(
                        t.locate(LoadError::new(LoadErrorKind::HeaderRowEmpty).at_line(t.line))
                    );
                }
            }
            if cells.is_empty() {
                continue;
            }
            seen += 1;
            let nonempty = cells.iter().filter(|c| !c.is_empty()).count();
            // A mapping remembered for this header row counts as the user's choices.
            let remembered = options.with_remembered(&cells);
            let row_options = remembered.as_ref().map_or(options, |(o, _)| o);
            let mut best: Option<(usize, &'static Schema)> = None;
            for s in schemas {
                let (matched, complete) = s.header_score(&cells, row_options);
                let qualifies =
                    complete || (matched >= 2 && matched * 2 >= nonempty) || forced.is_some();
                if qualifies && matched > 0 && best.is_none_or(|(m, _)| matched > m) {
                    best = Some((matched, s));
                }
            }
            if let Some((_, schema)) = best {
                t.header_line = t.line;
                check_bsn_headers(&cells, t.line).map_err(|e| t.locate(e))?;
                t.mapping = Mapping::new(schema, &cells, row_options);
                if let Some((_, m)) = &remembered {
                    for c in &mut t.mapping.columns {
                        c.remembered = options.column_override(&c.source).is_none()
                            && row_options.column_override(&c.source).is_some();
                    }
                    t.remembered = Some((*m).clone());
                }
                for (i, c) in t.mapping.columns.iter_mut().enumerate() {
                    c.position = match &t.source {
                        Source::Plain(_) | Source::Csv { .. } => column_letter(i),
                        Source::Grid { grid, .. } if grid.unit == RowUnit::JsonItem => {
                            c.source.clone()
                        }
                        Source::Grid { grid, .. } => grid.letter(i),
                    };
                }
                t.schema = schema;
                t.bsn = vec![BsnScan::default(); cells.len()];
                t.filled = vec![0; cells.len()];
                t.spans = vec![(0, 0); cells.len()];
                t.header = cells;
                return Ok(t);
            }
            if forced.is_some() {
                check_bsn_headers(&cells, t.line).map_err(|e| t.locate(e))?;
                let e = LoadError::new(LoadErrorKind::UnknownColumns(cells)).at_line(t.line);
                return Err(t.locate(e));
            }
            if candidate
                .as_ref()
                .is_none_or(|(_, c)| c.len() < 2 && cells.len() >= 2)
            {
                candidate = Some((t.line, cells));
            }
            t.skipped_above += 1;
        }
        Err(match (forced, candidate) {
            (Some(want), _) => {
                t.locate(LoadError::new(LoadErrorKind::HeaderRowPastEnd(want)).at_line(want))
            }
            (None, Some((line, cells))) => {
                check_bsn_headers(&cells, line).map_err(|e| t.locate(e))?;
                t.locate(LoadError::new(LoadErrorKind::UnknownColumns(cells)).at_line(line))
            }
            (None, None) => t.locate(LoadError::new(LoadErrorKind::Empty)),
        })
    }

    /// Reads every row, keeping the cells of the first `N` fields of each data row (for
    /// files whose rows are checked together, e.g. one decimal style for a column), and
    /// each `Totaal` row with the number of data rows above it.
    pub fn buffer_rows<const N: usize>(&mut self) -> Result<BufferedRows<N>, LoadError> {
        let (mut rows, mut totals) = (Vec::new(), Vec::new());
        while let Some(kind) = self.next_row()? {
            match kind {
                RowKind::Total => totals.push((self.total_row(), rows.len())),
                RowKind::Data => rows.push(RawRow {
                    line: self.line(),
                    cells: std::array::from_fn(|f| self.field(f).to_string()),
                }),
            }
        }
        Ok((rows, totals))
    }

    /// Refuses the table when a required column of its schema is missing.
    pub fn require_columns(&self) -> Result<(), LoadError> {
        if let Some((field, a, b)) = self.mapping.ambiguous.first() {
            let kind = LoadErrorKind::AmbiguousColumns {
                field: field.to_string(),
                columns: vec![a.clone(), b.clone()],
            };
            return Err(LoadError::new(kind).at_line(self.header_line));
        }
        match self.mapping.missing_required(self.schema) {
            Some(name) => {
                Err(LoadError::new(LoadErrorKind::MissingColumn(name.into()))
                    .at_line(self.header_line))
            }
            None => Ok(()),
        }
    }

    /// Whether the `csv` reader had to take over (quotes or a lone CR in the text).
    pub fn handed_over(&self) -> bool {
        self.handed_over
    }

    /// The state to go on with in the next window of the same file, once every row of
    /// this one is read; `None` when this table is not split in place (a grid, or text
    /// the `csv` reader took over).
    pub fn suspend(self) -> Option<TableState> {
        let Source::Plain(p) = self.source else {
            return None;
        };
        Some(TableState {
            header: self.header,
            header_line: self.header_line,
            schema: self.schema,
            mapping: self.mapping,
            skipped_above: self.skipped_above,
            bsn: self.bsn,
            filled: self.filled,
            data_rows: self.data_rows,
            blank_pending: self.blank_pending,
            blank_inner: self.blank_inner,
            total_line: self.total_line,
            after_total: self.after_total,
            separator: p.separator,
            lines: p.line_offset + p.breaks,
        })
    }

    /// Goes on with `body`, the whole lines that follow the previous window.
    pub fn resume(body: &'t [u8], st: TableState) -> Table<'t> {
        let width = st.header.len();
        Table {
            source: Source::Plain(Plain::new(body, st.separator, st.lines)),
            rec: csv::ByteRecord::new(),
            cells: Vec::new(),
            line: st.lines,
            header: st.header,
            header_line: st.header_line,
            schema: st.schema,
            mapping: st.mapping,
            skipped_above: st.skipped_above,
            bsn: st.bsn,
            filled: st.filled,
            spans: vec![(0, 0); width],
            data_rows: st.data_rows,
            blank_pending: st.blank_pending,
            blank_inner: st.blank_inner,
            total_line: st.total_line,
            after_total: st.after_total,
            progress: None,
            ignored_errors: 0,
            tolerate_cell_errors: false,
            cell_error_notes: Vec::new(),
            handed_over: false,
            remembered: None,
        }
    }

    /// How rows count in this table's messages.
    pub fn unit(&self) -> RowUnit {
        match &self.source {
            Source::Plain(_) | Source::Csv { .. } => RowUnit::Line,
            Source::Grid { grid, .. } => grid.unit,
        }
    }

    /// Adds what a message needs for this source: the sheet, the column letter (looked
    /// up from the column name in the header) and the row wording.
    pub fn locate(&self, mut e: LoadError) -> LoadError {
        let Source::Grid { grid, .. } = &self.source else {
            return e;
        };
        e.unit = grid.unit;
        if grid.unit == RowUnit::SheetRow {
            if let (None, Some(sheet)) = (e.sheet(), &grid.sheet) {
                e = e.in_sheet(sheet.clone());
            }
            if e.column_letter().is_none() {
                if let Some(col) = e
                    .column
                    .as_ref()
                    .and_then(|c| self.header.iter().position(|h| h == c))
                {
                    e = e.at_letter(grid.letter(col));
                }
            }
        }
        e
    }

    /// Calls `f` with the fraction (0–1) of the body read, every few thousand data rows.
    pub fn on_progress(&mut self, f: &'t mut dyn FnMut(f32)) {
        self.progress = Some(Box::new(f));
    }

    /// The file kind of the matched schema.
    pub fn kind(&self) -> FileKind {
        self.schema.kind
    }

    /// The raw (untrimmed) cells of the current record.
    fn raw_cells(&self) -> Box<dyn Iterator<Item = &[u8]> + '_> {
        match &self.source {
            Source::Plain(p) => Box::new(self.cells.iter().map(|&(a, b)| &p.body[a..b])),
            _ => Box::new(self.rec.iter()),
        }
    }

    /// Reads the next record (into `self.cells` or `self.rec`); false at the end.
    fn read(&mut self) -> Result<bool, LoadError> {
        if let Source::Plain(p) = &mut self.source {
            match p.next(&mut self.cells) {
                Step::Record(line) => {
                    self.line = line;
                    return Ok(true);
                }
                Step::End => return Ok(false),
                Step::Hand(from, breaks) => {
                    self.handed_over = true;
                    let (body, separator, line_offset) = (p.body, p.separator, p.line_offset);
                    self.source = Source::Csv {
                        body,
                        separator,
                        rdr: csv::ReaderBuilder::new()
                            .delimiter(separator)
                            .has_headers(false)
                            .flexible(true)
                            .from_reader(&body[from..]),
                        from,
                        line_offset,
                        rdr_line_offset: line_offset + breaks,
                    };
                }
            }
        }
        match &mut self.source {
            Source::Plain(_) => unreachable!("handed to the csv reader above"),
            Source::Csv {
                body,
                rdr,
                from,
                rdr_line_offset,
                ..
            } => match rdr.read_byte_record(&mut self.rec) {
                Ok(more) => {
                    if more {
                        let start = self
                            .rec
                            .position()
                            .map_or(self.line, |p| start_line(&body[*from..], p));
                        self.line = start + *rdr_line_offset;
                    }
                    Ok(more)
                }
                Err(e) => {
                    let line = e
                        .position()
                        .map_or(self.line, |p| p.line() as usize + *rdr_line_offset);
                    Err(LoadError::new(LoadErrorKind::BadCsv(e.to_string())).at_line(line))
                }
            },
            Source::Grid { grid, cursor } => match cursor.read(grid, &mut self.rec) {
                Some(line) => {
                    self.line = line;
                    Ok(true)
                }
                None => Ok(false),
            },
        }
    }

    /// Refuses the current record when it has more than [`MAX_COLUMNS`] cells up to its
    /// last filled one, or a cell longer than [`MAX_CELL_CHARS`] (before the header is
    /// known, so a hostile first line is refused before it is looked at).
    fn check_width(&self) -> Result<(), LoadError> {
        let mut filled = 0;
        let mut long = None;
        for (i, c) in self.raw_cells().enumerate() {
            if !trim_bytes(c).is_empty() {
                filled = i + 1;
            }
            if long.is_none() && c.len() > MAX_CELL_CHARS {
                long = Some((i, c));
            }
        }
        if filled > MAX_COLUMNS {
            let e = LoadError::new(LoadErrorKind::TooManyColumns { limit: MAX_COLUMNS });
            return Err(self.locate(e.at_line(self.line)));
        }
        match long {
            Some((i, c)) => Err(self.long_cell(i, c)),
            None => Ok(()),
        }
    }

    /// The error for a cell longer than [`MAX_CELL_CHARS`] in column `i` of this line.
    fn long_cell(&self, i: usize, cell: &[u8]) -> LoadError {
        let chars = std::str::from_utf8(cell).map_or(cell.len(), |s| s.chars().count());
        let e = LoadError::new(LoadErrorKind::CellTooLong {
            chars,
            limit: MAX_CELL_CHARS,
        })
        .at_line(self.line);
        let e = match self.header.get(i) {
            Some(name) if !name.is_empty() => e.in_column(name.clone()),
            _ => match &self.source {
                Source::Grid { grid, .. } if grid.unit != RowUnit::JsonItem => {
                    e.at_letter(grid.letter(i))
                }
                Source::Grid { .. } => e,
                _ => e.at_letter(column_letter(i)),
            },
        };
        self.locate(e)
    }

    /// Finds, by reading the body again, the first data row whose cell in `col` makes
    /// `want` true; returns its line and the cell. For rare follow-up checks (duplicate
    /// ids), so the hot path can stay sequential.
    pub fn find_row(
        &self,
        col: usize,
        mut want: impl FnMut(&[u8]) -> bool,
    ) -> Option<(usize, Vec<u8>)> {
        let mut rec = csv::ByteRecord::new();
        let csv_text = match &self.source {
            Source::Plain(p) => Some((p.body, p.separator, p.line_offset)),
            Source::Csv {
                body,
                separator,
                line_offset,
                ..
            } => Some((*body, *separator, *line_offset)),
            Source::Grid { .. } => None,
        };
        if let Some((body, separator, line_offset)) = csv_text {
            let mut rdr = csv::ReaderBuilder::new()
                .delimiter(separator)
                .has_headers(false)
                .flexible(true)
                .from_reader(body);
            while let Ok(true) = rdr.read_byte_record(&mut rec) {
                let line = rec.position().map_or(0, |p| start_line(body, p)) + line_offset;
                if line <= self.header_line {
                    continue;
                }
                let cell = rec.get(col).map_or(&[][..], trim_bytes);
                if want(cell) {
                    return Some((line, cell.to_vec()));
                }
            }
        } else if let Source::Grid { grid, .. } = &self.source {
            let mut cursor = GridCursor::default();
            while let Some(line) = cursor.read(grid, &mut rec) {
                if line <= self.header_line {
                    continue;
                }
                let cell = rec.get(col).map_or(&[][..], trim_bytes);
                if !cell.is_empty() && want(cell) {
                    return Some((line, cell.to_vec()));
                }
            }
        }
        None
    }

    /// Advances to the next data or total row, skipping blank rows. A row with a filled
    /// cell beyond the header is an error.
    pub fn next_row(&mut self) -> Result<Option<RowKind>, LoadError> {
        let width = self.header.len();
        loop {
            if !self.read()? {
                return Ok(None);
            }
            let mut widest = 0;
            let mut scan = CellScan {
                spans: &mut self.spans,
                bsn: &mut self.bsn,
                filled: &mut self.filled,
                last: None,
            };
            let n_fields = match &self.source {
                Source::Plain(p) => {
                    for (i, &(a, b)) in self.cells.iter().enumerate() {
                        scan.cell(i, p.body, a, b);
                        widest = widest.max(b - a);
                    }
                    self.cells.len()
                }
                _ => {
                    let (base, ends) = (self.rec.as_slice(), self.rec.iter());
                    let mut a = 0;
                    for (i, c) in ends.enumerate() {
                        // The record's cells lie end to end in its buffer.
                        let b = a + c.len();
                        scan.cell(i, base, a, b);
                        widest = widest.max(b - a);
                        a = b;
                    }
                    self.rec.len()
                }
            };
            let last = scan.last;
            if widest > MAX_CELL_CHARS {
                let (i, c) = self
                    .raw_cells()
                    .enumerate()
                    .find(|(_, c)| c.len() > MAX_CELL_CHARS)
                    .unwrap_or((0, &[]));
                return Err(self.long_cell(i, c));
            }
            for span in self.spans.iter_mut().skip(n_fields) {
                *span = (0, 0);
            }
            let Some(last) = last else {
                self.blank_pending += 1;
                continue;
            };
            self.blank_inner += std::mem::take(&mut self.blank_pending);
            if last >= width {
                let e = LoadError::new(LoadErrorKind::RaggedRow {
                    expected: width,
                    found: last + 1,
                })
                .at_line(self.line);
                return Err(self.fail(e));
            }
            if is_total_label(self.bytes(0)) {
                // Not data: take its cells back out of the counts.
                for (n, &(a, b)) in self.filled.iter_mut().zip(&self.spans) {
                    *n -= u64::from(b > a);
                }
                self.total_line = Some(self.line);
                return Ok(Some(RowKind::Total));
            }
            if let Source::Grid { grid, cursor } = &self.source {
                if let Some(row) = cursor.current {
                    self.check_error_cells(grid, row)?;
                }
            }
            self.after_total |= self.total_line.is_some();
            self.data_rows += 1;
            if self.data_rows & (PROGRESS_ROWS - 1) == 0 {
                if let Some(p) = self.progress.as_mut() {
                    p(match &self.source {
                        Source::Plain(plain) => plain.pos as f32 / plain.body.len().max(1) as f32,
                        Source::Csv {
                            rdr, body, from, ..
                        } => {
                            (from + rdr.position().byte() as usize) as f32
                                / body.len().max(1) as f32
                        }
                        Source::Grid { grid, cursor } => cursor.fraction(grid),
                    });
                }
            }
            return Ok(Some(RowKind::Data));
        }
    }

    /// Refuses an error cell (`#N/A`) in a column that is read; counts the others.
    fn check_error_cells(&mut self, grid: &Grid, row: usize) -> Result<(), LoadError> {
        for (col, text) in grid.errors_in(row) {
            if self.mapping.column_of.contains(&Some(col)) {
                if self.tolerate_cell_errors {
                    let e = self.locate(
                        LoadError::new(LoadErrorKind::CellError(text.to_string()))
                            .at_line(self.line)
                            .in_column(self.header.get(col).cloned().unwrap_or_default()),
                    );
                    self.cell_error_notes.push(e);
                    continue;
                }
                let e = LoadError::new(LoadErrorKind::CellError(text.to_string()))
                    .at_line(self.line)
                    .in_column(self.header.get(col).cloned().unwrap_or_default());
                let mut e = self.fail(e);
                if e.column_letter().is_none() && e.kind == LoadErrorKind::CellError(text.into()) {
                    e = e.at_letter(grid.letter(col));
                }
                return Err(e);
            }
            self.ignored_errors += 1;
        }
        Ok(())
    }

    /// The trimmed cell in column `col` of the current row (`""` when absent).
    #[inline]
    pub fn cell(&self, col: usize) -> &str {
        std::str::from_utf8(self.bytes(col)).unwrap_or("")
    }

    /// The trimmed bytes of column `col` of the current row (empty when absent).
    #[inline(always)]
    pub fn bytes(&self, col: usize) -> &[u8] {
        let base = match &self.source {
            Source::Plain(p) => p.body,
            _ => self.rec.as_slice(),
        };
        match self.spans.get(col) {
            Some(&(start, end)) => base.get(start..end).unwrap_or(&[]),
            None => &[],
        }
    }

    /// The trimmed cell of a field's column (`""` when the column is absent).
    #[inline]
    pub fn field(&self, field: usize) -> &str {
        match self.mapping.column_of.get(field).copied().flatten() {
            Some(col) => self.cell(col),
            None => "",
        }
    }

    /// The header text of a field's column (for messages); the canonical name if absent.
    pub fn field_header(&self, field: usize) -> String {
        match self.mapping.column_of.get(field).copied().flatten() {
            Some(col) => self.header[col].clone(),
            None => self.schema.fields[field].name.to_string(),
        }
    }

    /// The current `Totaal` row with the counts of the data rows above it.
    pub fn total_row(&self) -> TotalRow {
        let cells = (1..self.header.len())
            .filter_map(|c| {
                let v = self.cell(c);
                (!v.is_empty()).then(|| (c, self.header[c].clone(), v.to_string()))
            })
            .collect();
        TotalRow {
            line: self.line,
            cells,
            filled: self.filled.clone(),
        }
    }

    /// Bytes of the CSV body or of the grid's text (for sizing buffers).
    pub fn body_len(&self) -> usize {
        match &self.source {
            Source::Plain(p) => p.body.len(),
            Source::Csv { body, .. } => body.len(),
            Source::Grid { grid, .. } => grid.text_len(),
        }
    }

    /// Rows still to come, estimated from the bytes per data row so far (CSV only; for
    /// sizing columns once). `None` before any data row or for a grid.
    pub fn rows_left_estimate(&self) -> Option<usize> {
        let (read, len) = match &self.source {
            Source::Plain(p) => (p.pos, p.body.len()),
            Source::Csv {
                rdr, body, from, ..
            } => (from + rdr.position().byte() as usize, body.len()),
            Source::Grid { .. } => return None,
        };
        if self.data_rows == 0 || read == 0 {
            return None;
        }
        let per_row = read as f64 / self.data_rows as f64;
        // 5% over, so that a file whose later rows are a little shorter still fits.
        Some(((len - read.min(len)) as f64 / per_row * 1.05) as usize + 16)
    }

    /// Data rows read so far.
    pub fn data_rows(&self) -> usize {
        self.data_rows
    }

    /// 1-based line of the current row.
    pub fn line(&self) -> usize {
        self.line
    }

    /// An error at the current row in a field's column.
    pub fn error_at(&self, field: usize, kind: LoadErrorKind) -> LoadError {
        self.fail(
            LoadError::new(kind)
                .at_line(self.line)
                .in_column(self.field_header(field)),
        )
    }

    /// Replaces `e` by a BSN refusal when the rows read so far already look like BSNs:
    /// privacy comes before any other complaint about the file.
    pub fn fail(&self, e: LoadError) -> LoadError {
        match self.check_bsn_values() {
            Err(bsn) => bsn,
            Ok(()) => self.locate(e),
        }
    }

    /// Refuses the file when a column's 8/9-digit values pass the 11-proef (DATA-MODEL §5).
    pub fn check_bsn_values(&self) -> Result<(), LoadError> {
        match self.bsn.iter().position(BsnScan::is_bsn_column) {
            Some(col) => Err(self.locate(
                LoadError::new(LoadErrorKind::BsnValues).in_column(self.header[col].clone()),
            )),
            None => Ok(()),
        }
    }

    /// Warnings about the structure: skipped title rows, blank rows, ignored columns.
    pub fn warnings(&self) -> Vec<LoadWarning> {
        let mut w = Vec::new();
        let unit = self.unit();
        if self.skipped_above > 0 {
            w.push(LoadWarning::SkippedAbove {
                rows: self.skipped_above,
                unit,
                header_line: self.header_line,
            });
        }
        if self.blank_inner > 0 {
            w.push(LoadWarning::BlankRows {
                rows: self.blank_inner,
                unit,
            });
        }
        w.extend(
            self.cell_error_notes
                .iter()
                .cloned()
                .map(LoadWarning::Tolerated),
        );
        if self.ignored_errors > 0 {
            w.push(LoadWarning::IgnoredCellErrors(self.ignored_errors));
        }
        if self.after_total {
            w.push(LoadWarning::DataAfterTotal);
        }
        w.extend(self.mapping.warnings());
        w
    }
}

/// The one scan of a row's cells in [`Table::next_row`]: trims each cell, notes its byte
/// range (within `base`) for the header columns, counts filled cells and feeds the BSN check.
struct CellScan<'a> {
    spans: &'a mut [(usize, usize)],
    bsn: &'a mut [BsnScan],
    filled: &'a mut [u64],
    /// The last filled cell.
    last: Option<usize>,
}

impl CellScan<'_> {
    #[inline]
    fn cell(&mut self, i: usize, base: &[u8], a: usize, b: usize) {
        let raw = &base[a..b];
        let c = trim_bytes(raw);
        // `c` lies within `raw`: its offset is how much was trimmed at the front.
        let start = a + (c.as_ptr() as usize - raw.as_ptr() as usize);
        if let Some(span) = self.spans.get_mut(i) {
            *span = (start, start + c.len());
        }
        if !c.is_empty() {
            self.last = Some(i);
            if let (Some(scan), Some(n)) = (self.bsn.get_mut(i), self.filled.get_mut(i)) {
                scan.observe(c);
                *n += 1;
            }
        }
    }
}

/// The 1-based line where a record starts. The reader records a position just after
/// the previous record's terminator: with CRLF that is before the `\n`, and blank lines
/// it skipped come after it. Step over those line breaks here.
fn start_line(body: &[u8], p: &csv::Position) -> usize {
    let mut line = p.line() as usize;
    let mut i = p.byte() as usize;
    while let Some(&b) = body.get(i) {
        match b {
            b'\n' => line += 1,
            b'\r' if body.get(i + 1) != Some(&b'\n') => line += 1,
            b'\r' => {}
            _ => break,
        }
        i += 1;
    }
    line
}

/// What [`Table::buffer_rows`] gives: the data rows, and each `Totaal` row with the number
/// of data rows above it.
pub(crate) type BufferedRows<const N: usize> = (Vec<RawRow<N>>, Vec<(TotalRow, usize)>);

/// One buffered data row: its line and the trimmed cell of each of the first `N` fields.
pub(crate) struct RawRow<const N: usize> {
    /// 1-based line.
    pub line: usize,
    /// The cells, by field.
    pub cells: [String; N],
}

impl<const N: usize> RawRow<N> {
    /// An error of `kind` at this row, in the column of `field`.
    pub fn error(&self, t: &Table<'_>, field: usize, kind: LoadErrorKind) -> LoadError {
        t.locate(
            LoadError::new(kind)
                .at_line(self.line)
                .in_column(t.field_header(field)),
        )
    }

    /// The date in the column of `field`, `None` when empty; a bad date is an error here.
    pub fn date(
        &self,
        t: &Table<'_>,
        field: usize,
        month_first: bool,
    ) -> Result<Option<crate::date::Date>, LoadError> {
        let raw = &self.cells[field];
        if raw.is_empty() {
            return Ok(None);
        }
        super::cells::parse_date(raw, month_first)
            .map(|d| Some(d.first))
            .ok_or_else(|| self.error(t, field, LoadErrorKind::BadDate(raw.clone())))
    }

    /// A required start and an optional end (empty: still running, [`Date::OPEN`]), the
    /// end not before the start (contracts, trajectories).
    ///
    /// [`Date::OPEN`]: crate::date::Date::OPEN
    pub fn period(
        &self,
        t: &Table<'_>,
        (start, end): (usize, usize),
        month_first: bool,
    ) -> Result<(crate::date::Date, crate::date::Date), LoadError> {
        let from = self
            .date(t, start, month_first)?
            .ok_or_else(|| self.error(t, start, LoadErrorKind::EmptyValue))?;
        let to = self
            .date(t, end, month_first)?
            .unwrap_or(crate::date::Date::OPEN);
        if to < from {
            let kind = LoadErrorKind::EndBeforeStart {
                start: self.cells[start].clone(),
                end: self.cells[end].clone(),
            };
            return Err(self.error(t, end, kind));
        }
        Ok((from, to))
    }
}

/// A `Totaal` row as read: its filled cells and the counts of the data rows above it.
#[derive(Clone, Debug)]
pub(crate) struct TotalRow {
    /// 1-based line.
    pub line: usize,
    /// Column index, header as written and cell text, for every filled cell after the first.
    pub cells: Vec<(usize, String, String)>,
    /// Filled cells per column in the data rows above.
    pub filled: Vec<u64>,
}

impl TotalRow {
    /// Compares every numeric cell with `sum(col)` for summed columns and with the number
    /// of filled cells otherwise (Excel's "Aantal" total on a text column).
    pub fn check(
        &self,
        style: DecimalStyle,
        sum: impl Fn(usize) -> Option<f64>,
    ) -> (TotalCheck, Vec<LoadWarning>) {
        let mut check = TotalCheck {
            line: self.line,
            columns: Vec::new(),
        };
        let mut warnings = Vec::new();
        for (col, header, text) in &self.cells {
            let Some(printed) = parse_number(text, style).and_then(|n| n.value.number()) else {
                continue;
            };
            let computed = sum(*col).unwrap_or(self.filled.get(*col).copied().unwrap_or(0) as f64);
            if (printed - computed).abs() > 1.0 {
                warnings.push(LoadWarning::TotalDiffers {
                    line: self.line,
                    column: header.clone(),
                    printed,
                    computed,
                });
            }
            check.columns.push((header.clone(), printed, computed));
        }
        (check, warnings)
    }
}

fn check_bsn_headers(cells: &[String], line: usize) -> Result<(), LoadError> {
    match cells.iter().find(|c| is_bsn_header(&normalize(c))) {
        Some(c) => Err(LoadError::new(LoadErrorKind::BsnColumn)
            .at_line(line)
            .in_column(c.clone())),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::SCHEMAS;
    use proptest::prelude::*;

    /// Every record after the header as (line, raw cells), read by the table.
    fn by_table(text: &str, line_offset: usize) -> Vec<(usize, Vec<Vec<u8>>)> {
        let dialect = Dialect {
            separator: b';',
            sep_line: false,
            body_start: 0,
            line_offset,
        };
        let mut t = Table::open(text, &dialect, &SCHEMAS, &LoadOptions::default()).unwrap();
        let mut out = Vec::new();
        while t.read().unwrap() {
            out.push((t.line, t.raw_cells().map(<[u8]>::to_vec).collect()));
        }
        out
    }

    /// The same by the `csv` reader alone (how every body was read before the in-place split).
    fn by_csv(text: &str, line_offset: usize) -> Vec<(usize, Vec<Vec<u8>>)> {
        let body = text.as_bytes();
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(body);
        let mut rec = csv::ByteRecord::new();
        let mut out = Vec::new();
        while rdr.read_byte_record(&mut rec).unwrap() {
            let line = start_line(body, rec.position().unwrap()) + line_offset;
            out.push((line, rec.iter().map(<[u8]>::to_vec).collect()));
        }
        out.remove(0); // the header
        out
    }

    const HEADER: &str = "uitkering_id;startdatum;einddatum\r\n";

    #[test]
    fn quotes_and_lone_cr_hand_over_to_the_csv_reader() {
        let text = format!(
            "{HEADER}U1;01-01-2024;\r\n\r\n\nU2;02-01-2024;x\n\"U3\";\"a;b\";\"c\r\nd\"\nU4;1;2\rU5;;\n;\nU6"
        );
        let table = by_table(&text, 2);
        assert_eq!(table, by_csv(&text, 2));
        assert_eq!(
            table[0],
            (4, vec![b"U1".to_vec(), b"01-01-2024".to_vec(), vec![]])
        );
        assert_eq!(table[1].0, 7);
        assert_eq!(
            table[2],
            (8, vec![b"U3".to_vec(), b"a;b".to_vec(), b"c\r\nd".to_vec()])
        );
        assert_eq!(table.last().unwrap().1, vec![b"U6".to_vec()]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        /// Split in place or handed over, the records and their lines are exactly what the
        /// `csv` reader gives: for bodies built from cells, separators, every line end,
        /// empty lines and (sometimes) quotes.
        #[test]
        fn split_in_place_equals_the_csv_reader(
            parts in proptest::collection::vec(
                prop_oneof![
                    4 => "[a-z0-9 ]{0,4}".prop_map(|s| s),
                    2 => Just(";".to_string()),
                    1 => Just("\n".to_string()),
                    1 => Just("\r\n".to_string()),
                    1 => Just("\r".to_string()),
                    1 => Just("\"".to_string()),
                    1 => Just("\"q;\n\"".to_string()),
                ],
                0..60,
            ),
            line_offset in 0usize..3,
        ) {
            let text = format!("{HEADER}{}", parts.concat());
            prop_assert_eq!(by_table(&text, line_offset), by_csv(&text, line_offset));
        }
    }
}
