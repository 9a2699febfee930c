//! A table of text cells read from a typed source (an XLSX sheet, a JSON array), so
//! that the CSV path's header search, column mapping, validation, BSN refusal and
//! `Totaal` logic ([`super::table::Table`]) serve every format unchanged.
//!
//! Cells are stored as text in one buffer with a span per cell, rows dense from the
//! first column, each with the row number the user sees (Excel's row, or the 1-based
//! position in the JSON array). Typed values are rendered so that the CSV cell parsers
//! read them back exactly, whatever decimal style or date order is in force:
//! - numbers without thousands grouping, and never with exactly three decimals
//!   (`5.687` is written `5,6870`), so `1.234`-style ambiguity cannot arise;
//! - real dates as ISO `jjjj-mm-dd`, which no date-order setting can misread;
//! - booleans as `ja`/`nee`.
//!
//! Spreadsheet error cells (`#N/A`) are kept as their text and listed, so the table can
//! refuse them where they matter (a column that is read) and ignore them elsewhere.

use super::{LoadError, LoadErrorKind, RowUnit};
use crate::date::Date;

/// One row of a [`Grid`].
#[derive(Clone, Copy, Debug)]
struct GridRow {
    /// The row number the user sees (Excel row; JSON position, 0 for the keys).
    line: usize,
    /// Index of the row's first cell in `Grid::spans`.
    start: u32,
    /// Number of cells (dense from absolute column 0).
    len: u32,
}

/// An error cell: row index in the grid, absolute column, the error as written.
#[derive(Clone, Debug)]
pub(crate) struct ErrorCell {
    pub row: usize,
    pub col: usize,
    pub text: String,
}

/// Text cells with their source positions.
#[derive(Clone, Debug)]
pub(crate) struct Grid {
    text: String,
    spans: Vec<(u32, u32)>,
    rows: Vec<GridRow>,
    /// Error cells, in row order.
    pub errors: Vec<ErrorCell>,
    /// The first column that holds anything (0 = `A`); rows are read from here.
    pub first_col: usize,
    /// How row numbers count (sheet rows or JSON items).
    pub unit: RowUnit,
    /// The sheet these cells come from (XLSX).
    pub sheet: Option<String>,
    /// Reading stopped at a row limit: more rows follow in the source.
    pub truncated: bool,
}

impl Grid {
    /// An empty grid.
    pub fn new(unit: RowUnit, sheet: Option<String>) -> Grid {
        Grid {
            text: String::new(),
            spans: Vec::new(),
            rows: Vec::new(),
            errors: Vec::new(),
            first_col: usize::MAX,
            unit,
            sheet,
            truncated: false,
        }
    }

    /// Starts a new row with the number the user sees.
    pub fn start_row(&mut self, line: usize) {
        self.rows.push(GridRow {
            line,
            start: self.spans.len() as u32,
            len: 0,
        });
    }

    /// Non-blank rows so far.
    #[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
    pub fn filled_rows(&self) -> usize {
        self.rows.iter().filter(|r| r.len > 0).count()
    }

    /// Adds a cell to the current row at absolute column `col` (cells arrive left to
    /// right; skipped columns become empty cells). Empty text adds nothing.
    pub fn push(&mut self, col: usize, text: &str) -> Result<(), LoadError> {
        if text.is_empty() {
            return Ok(());
        }
        let Some(row) = self.rows.last_mut() else {
            return Ok(());
        };
        if col >= super::MAX_COLUMNS {
            // Refused here, before a row of 16,384 cells is stored.
            let mut e = LoadError::new(LoadErrorKind::TooManyColumns {
                limit: super::MAX_COLUMNS,
            })
            .at_line(row.line);
            e.unit = self.unit;
            if let Some(sheet) = &self.sheet {
                e = e.in_sheet(sheet.clone());
            }
            return Err(e);
        }
        let end = self.text.len() + text.len();
        if end > u32::MAX as usize || self.spans.len() >= u32::MAX as usize - col {
            return Err(LoadError::new(LoadErrorKind::TooMuchText));
        }
        let have = row.len as usize;
        if col < have {
            // Out of order (a damaged sheet): keep the first value of a cell.
            return Ok(());
        }
        let at = self.text.len() as u32;
        self.spans.extend(std::iter::repeat_n((at, at), col - have));
        self.text.push_str(text);
        self.spans.push((at, end as u32));
        row.len = (col + 1) as u32;
        self.first_col = self.first_col.min(col);
        Ok(())
    }

    /// Adds an error cell (`#N/A`): its text as a cell, and a note in [`Grid::errors`].
    #[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
    pub fn push_error(&mut self, col: usize, text: &str) -> Result<(), LoadError> {
        self.push(col, text)?;
        if let Some(row) = self.rows.len().checked_sub(1) {
            self.errors.push(ErrorCell {
                row,
                col,
                text: text.to_string(),
            });
        }
        Ok(())
    }

    /// The first column as a usize offset (0 for an empty grid).
    fn offset(&self) -> usize {
        if self.first_col == usize::MAX {
            0
        } else {
            self.first_col
        }
    }

    /// The cells of row `i`, from the first used column.
    pub fn row_cells(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        let r = self.rows[i];
        let off = self.offset();
        self.spans[r.start as usize..(r.start + r.len) as usize]
            .iter()
            .skip(off)
            .map(|&(a, b)| &self.text[a as usize..b as usize])
    }

    /// Bytes of cell text (for sizing buffers).
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    /// The spreadsheet letter of table column `col` (counted from the first used column).
    pub fn letter(&self, col: usize) -> String {
        column_letter(col + self.offset())
    }

    /// Errors in row `row`, with their table column (counted from the first used column).
    pub fn errors_in(&self, row: usize) -> impl Iterator<Item = (usize, &str)> + '_ {
        let off = self.offset();
        let from = self.errors.partition_point(|e| e.row < row);
        self.errors[from..]
            .iter()
            .take_while(move |e| e.row == row)
            .map(move |e| (e.col - off, e.text.as_str()))
    }
}

/// Walks a [`Grid`] row by row as CSV records, with blank records for skipped rows.
#[derive(Clone, Debug, Default)]
pub(crate) struct GridCursor {
    next: usize,
    line: Option<usize>,
    /// The grid row of the current record (`None` for a blank filler).
    pub current: Option<usize>,
}

impl GridCursor {
    /// Fills `rec` with the next row; returns its line, or `None` at the end.
    pub fn read(&mut self, grid: &Grid, rec: &mut csv::ByteRecord) -> Option<usize> {
        let row = grid.rows.get(self.next)?;
        rec.clear();
        let expected = self.line.map_or(row.line, |l| l + 1);
        if row.line > expected {
            // A row the source left out (Excel stores no empty rows): a blank record.
            self.line = Some(expected);
            self.current = None;
            return Some(expected);
        }
        for cell in grid.row_cells(self.next) {
            rec.push_field(cell.as_bytes());
        }
        self.current = Some(self.next);
        self.line = Some(row.line);
        self.next += 1;
        Some(row.line)
    }
}

impl GridCursor {
    /// The fraction (0–1) of the grid's rows read so far.
    pub fn fraction(&self, grid: &Grid) -> f32 {
        self.next as f32 / grid.rows.len().max(1) as f32
    }
}

/// `A`, `B`, …, `Z`, `AA`, … for a 0-based column.
pub fn column_letter(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Writes a number so that the CSV number parser reads it back exactly in either
/// decimal style: no grouping, the decimal separator `dec`, and a fourth decimal when
/// there would be exactly three (`5,687` could be 5687).
pub(crate) fn number_text(v: f64, dec: char) -> String {
    if !v.is_finite() {
        return String::new();
    }
    if v.fract() == 0.0 && v.abs() < 1e15 {
        return format!("{}", v as i64);
    }
    if v.abs() >= 1e15 {
        // `1e308`, not 309 digits: no real cell holds such a number.
        return format!("{v:e}").replace('.', &dec.to_string());
    }
    let mut s = format!("{v}");
    if let Some(dot) = s.find('.') {
        if s.len() - dot - 1 == 3 {
            s.push('0');
        }
        if dec != '.' {
            s.replace_range(dot..dot + 1, &dec.to_string());
        }
    }
    s
}

/// A date as ISO `jjjj-mm-dd`, which every date-order setting reads the same way.
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
pub(crate) fn date_text(d: Date) -> String {
    let (y, m, day) = d.ymd();
    format!("{y:04}-{m:02}-{day:02}")
}

/// A boolean as the Dutch word the boolean parser reads.
pub(crate) fn bool_text(b: bool) -> &'static str {
    if b {
        "ja"
    } else {
        "nee"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::cells::parse_number;
    use crate::io::DecimalStyle;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(2), "C");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn numbers_read_back_in_both_styles() {
        for v in [
            5.687, 1.14, 112.85, 5687.0, -1000.0, 0.5, 1234.5, 1e-7, 28467.0, 0.125, -3.25,
        ] {
            for dec in [',', '.'] {
                let t = number_text(v, dec);
                for style in [DecimalStyle::Comma, DecimalStyle::Point] {
                    let back = parse_number(&t, style).and_then(|n| n.value.number());
                    assert_eq!(back, Some(v), "{v} as {t:?} in {style:?}");
                }
            }
        }
        assert_eq!(number_text(5.687, ','), "5,6870");
        assert_eq!(number_text(1.14, ','), "1,14");
        assert_eq!(number_text(45565.0, ','), "45565");
    }

    #[test]
    fn cursor_fills_gaps_with_blank_rows() {
        let mut g = Grid::new(RowUnit::SheetRow, None);
        g.start_row(2);
        g.push(1, "a").unwrap();
        g.push(3, "b").unwrap();
        g.start_row(5);
        g.push(2, "c").unwrap();
        g.push_error(4, "#N/A").unwrap();
        assert_eq!(g.first_col, 1);
        let mut c = GridCursor::default();
        let mut rec = csv::ByteRecord::new();
        let mut seen = Vec::new();
        while let Some(line) = c.read(&g, &mut rec) {
            let cells: Vec<String> = rec
                .iter()
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .collect();
            seen.push((line, cells.join("|")));
        }
        assert_eq!(
            seen,
            vec![
                (2, "a||b".to_string()),
                (3, String::new()),
                (4, String::new()),
                (5, "|c||#N/A".to_string()),
            ]
        );
        assert_eq!(g.errors_in(1).collect::<Vec<_>>(), vec![(3, "#N/A")]);
        assert_eq!(g.errors_in(0).count(), 0);
        assert_eq!(g.letter(0), "B");
    }
}
