//! Excel workbooks (`.xlsx`, DATA-MODEL §4.2: "very likely the file municipalities
//! actually have"), read with `calamine` from the bytes in memory.
//!
//! - The sheet: the one forced in [`LoadOptions::sheet`], else the first worksheet
//!   whose first rows hold a usable header (episodes or kerncijfers columns). Sheets
//!   are probed on their first rows only; a workbook without such a sheet is refused
//!   with the names of the sheets looked at.
//! - Cells stream from the sheet's XML into a [`Grid`] of text cells (no full
//!   `Range` of typed values in memory): numbers, text, booleans, real Excel dates
//!   (→ ISO `jjjj-mm-dd`), and error cells (`#N/A`), which are refused only in a column
//!   that is read. Serial numbers stored as plain numbers in a date column (`45565`) are
//!   read by the date parser as Excel serials (DATA-MODEL §4.4).
//! - Rows are numbered as Excel shows them, columns by letter, so messages read
//!   "rij 14, kolom C ('startdatum') op blad 'Bestand'".

use std::io::Cursor;

use calamine::{DataRef, Reader, SheetType, Xlsx};

use super::grid::{bool_text, date_text, number_text, Grid};
use super::table::Table;
use super::{
    grid_decimal, read_table, DecimalStyle, ForeignKind, Format, LoadError, LoadErrorKind,
    LoadOptions, LoadReport, RowUnit, SCHEMAS,
};
use crate::date::Date;

type Workbook<'a> = Xlsx<Cursor<&'a [u8]>>;

/// Non-blank rows read from a sheet to look for its header.
const PROBE_ROWS: usize = 40;

/// Most bytes one part of a workbook (a sheet's XML, the shared strings) may unpack to,
/// by the sizes the ZIP directory declares: 1 GB, several times the XML of the largest
/// real caseload. A zip bomb (a few MB that unpack to gigabytes) is refused before
/// anything is unpacked.
pub const MAX_PART_BYTES: u64 = 1_000_000_000;

/// Refuses a ZIP archive that is no workbook (a Word document, any other archive), and
/// a workbook with a part that unpacks to more than [`MAX_PART_BYTES`]. Reads only the
/// ZIP directory; an archive it cannot read is left to calamine's own message.
fn check_archive(bytes: &[u8]) -> Result<(), LoadError> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let has = |archive: &zip::ZipArchive<_>, name: &str| {
        archive
            .file_names()
            .any(|n| n.is_ok_and(|n| n.eq_ignore_ascii_case(name)))
    };
    if !has(&archive, "xl/workbook.xml") && !has(&archive, "xl/workbook.bin") {
        let kind = if has(&archive, "word/document.xml") {
            ForeignKind::Word
        } else {
            ForeignKind::Zip
        };
        return Err(LoadError::new(LoadErrorKind::ForeignFile(kind)));
    }
    for i in 0..archive.len() {
        let Ok(part) = archive.by_index_raw(i) else {
            continue;
        };
        if part.size() > MAX_PART_BYTES {
            return Err(LoadError::new(LoadErrorKind::WorkbookTooLarge {
                part: part.name().map(|n| n.to_string()).unwrap_or_default(),
                limit: MAX_PART_BYTES,
            }));
        }
    }
    Ok(())
}

/// Opens a workbook from its bytes.
fn open(bytes: &[u8]) -> Result<Workbook<'_>, LoadError> {
    check_archive(bytes)?;
    Xlsx::new(Cursor::new(bytes)).map_err(|e| {
        LoadError::new(match e {
            calamine::XlsxError::Password => LoadErrorKind::ProtectedWorkbook,
            e => LoadErrorKind::BadWorkbook(e.to_string()),
        })
    })
}

/// The names of the worksheets (not chart or macro sheets), in workbook order.
fn worksheet_names(wb: &Workbook<'_>) -> Vec<String> {
    wb.sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect()
}

/// When to stop reading a sheet: after `rows` non-blank rows, but not before row
/// `past_line` (a forced header row, or the header of a preview).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limit {
    rows: usize,
    past_line: usize,
}

/// Reads a sheet into a grid, stopping at `limit` (then `truncated` is set).
fn read_sheet(
    wb: &mut Workbook<'_>,
    sheet: &str,
    decimal: DecimalStyle,
    limit: Option<Limit>,
) -> Result<Grid, LoadError> {
    let bad = |e: calamine::XlsxError| {
        LoadError::new(LoadErrorKind::BadWorkbook(e.to_string())).in_sheet(sheet)
    };
    let dec = match decimal {
        DecimalStyle::Comma => ',',
        DecimalStyle::Point => '.',
    };
    let mut grid = Grid::new(RowUnit::SheetRow, Some(sheet.to_string()));
    let mut reader = wb.worksheet_cells_reader(sheet).map_err(bad)?;
    let mut current_row: Option<u32> = None;
    let mut buf = String::new();
    while let Some(cell) = reader.next_cell().map_err(bad)? {
        let (row, col) = cell.get_position();
        let value = cell.get_value();
        if matches!(value, DataRef::Empty) {
            continue;
        }
        if current_row != Some(row) {
            if let Some(l) = limit {
                if grid.filled_rows() >= l.rows && row as usize >= l.past_line {
                    grid.truncated = true;
                    break;
                }
            }
            current_row = Some(row);
            grid.start_row(row as usize + 1);
        }
        let col = col as usize;
        buf.clear();
        let text: &str = match value {
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s,
            DataRef::SharedString(s) => s,
            DataRef::Int(i) => {
                buf.push_str(&i.to_string());
                &buf
            }
            DataRef::Float(f) => {
                buf.push_str(&number_text(*f, dec));
                &buf
            }
            DataRef::Bool(b) => bool_text(*b),
            DataRef::DateTime(dt) => {
                let date = if dt.is_datetime() {
                    let (y, m, d, ..) = dt.to_ymd_hms_milli();
                    Date::from_ymd(i32::from(y), u32::from(m), u32::from(d))
                } else {
                    None
                };
                match date {
                    Some(d) => buf.push_str(&date_text(d)),
                    // A duration, or a day Excel invents (29-02-1900): keep the number.
                    None => buf.push_str(&number_text(dt.as_f64(), dec)),
                }
                &buf
            }
            DataRef::Error(e) => {
                grid.push_error(col, &e.to_string())?;
                continue;
            }
            DataRef::Empty => continue,
        };
        grid.push(col, text)?;
    }
    Ok(grid)
}

/// The sheet to read, the workbook's sheets, and the cells (up to `limit` rows past
/// the header when given).
pub(crate) struct Picked {
    /// The cells of the chosen sheet.
    pub grid: Grid,
    /// Every worksheet of the workbook.
    pub sheets: Vec<String>,
}

/// Picks the sheet (forced, or the first with a usable header) and reads it. With
/// `rows_after_header`, reading stops that many rows below the header (for a preview).
pub(crate) fn pick(
    bytes: &[u8],
    options: &LoadOptions,
    rows_after_header: Option<usize>,
) -> Result<Picked, LoadError> {
    let mut wb = open(bytes)?;
    let sheets = worksheet_names(&wb);
    let decimal = grid_decimal(options);
    let forced_header = options.header_row.unwrap_or(0);
    let probe = Limit {
        rows: PROBE_ROWS,
        past_line: forced_header + 1,
    };
    let full = |header_line: usize| {
        rows_after_header.map(|n| Limit {
            rows: 0,
            past_line: header_line + n + 1,
        })
    };
    if let Some(want) = &options.sheet {
        let name = sheets
            .iter()
            .find(|s| *s == want)
            .or_else(|| {
                sheets
                    .iter()
                    .find(|s| s.trim().eq_ignore_ascii_case(want.trim()))
            })
            .cloned()
            .ok_or_else(|| {
                LoadError::new(LoadErrorKind::SheetNotFound {
                    sheet: want.clone(),
                    sheets: sheets.clone(),
                })
            })?;
        // Find the header on a probe first, so a preview reads only what it shows.
        let head = read_sheet(&mut wb, &name, decimal, Some(probe))?;
        let header_line = Table::open_grid(&head, &SCHEMAS, options)
            .map(|t| t.header_line)
            .unwrap_or(forced_header);
        let grid = if head.truncated {
            read_sheet(&mut wb, &name, decimal, full(header_line))?
        } else {
            head
        };
        return Ok(Picked { grid, sheets });
    }
    let mut last_error = None;
    for name in &sheets {
        let head = read_sheet(&mut wb, name, decimal, Some(probe))?;
        let header_line = match Table::open_grid(&head, &SCHEMAS, options) {
            Ok(t) => t.header_line,
            Err(e) if matches!(e.kind, LoadErrorKind::BsnColumn | LoadErrorKind::BsnValues) => {
                return Err(e)
            }
            Err(e) => {
                last_error = Some(e);
                continue;
            }
        };
        let grid = if head.truncated {
            read_sheet(&mut wb, name, decimal, full(header_line))?
        } else {
            head
        };
        return Ok(Picked { grid, sheets });
    }
    match (sheets.len(), last_error) {
        // One sheet: its own reason (unknown columns, empty) says more.
        (1, Some(e)) => Err(e),
        _ => Err(LoadError::new(LoadErrorKind::NoUsableSheet { sheets })),
    }
}

/// Reads a workbook into a dataset.
pub(crate) fn load(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
    progress: &mut dyn FnMut(f32),
) -> Result<super::Loaded, LoadError> {
    let picked = pick(bytes, options, None)?;
    let mut report = base_report(&picked, options);
    let mut table = Table::open_grid(&picked.grid, &SCHEMAS, options)?;
    table.on_progress(progress);
    let data = read_table(&mut table, options, &mut report)?;
    Ok(data.into_loaded(name, report))
}

/// The report's XLSX settings before the table is read.
pub(crate) fn base_report(picked: &Picked, options: &LoadOptions) -> LoadReport {
    LoadReport {
        format: Format::Xlsx,
        separator: '\0',
        decimal: grid_decimal(options),
        month_first: options.month_first,
        sheet: picked.grid.sheet.clone(),
        sheets: picked.sheets.clone(),
        ..LoadReport::default()
    }
}
