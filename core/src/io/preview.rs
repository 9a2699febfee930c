//! A quick look at a file for the settings dialog: what the loader detected (the
//! [`LoadReport`]) and the first rows as text, without building the dataset.
//!
//! The preview reads the header and [`PREVIEW_ROWS`] data rows (a `Totaal` row among
//! them is shown and marked), so it stays fast on large files; the rest of the file is
//! not read. It refuses what a load would refuse in those rows (a BSN column, an
//! unreadable header), but a missing required column and Excel error cells (`#N/A`) are
//! warnings here, so the user can still map or ignore those columns.

use super::cells::detect_decimal;
use super::table::{RowKind, Table};
use super::{
    contracts, csv_report, decode, dialect, episodes, json, kerncijfers, mappable_fields,
    trajectories, DateEvidence, FileKind, Format, LoadError, LoadErrorKind, LoadOptions,
    LoadReport, LoadWarning, MAX_FILE_BYTES, SCHEMAS,
};

/// Data rows a preview shows.
pub const PREVIEW_ROWS: usize = 10;

/// One row of a preview.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PreviewRow {
    /// The line (CSV), Excel row number (XLSX) or 1-based position (JSON).
    pub line: usize,
    /// The cells as text, one per header column (trimmed; typed spreadsheet values as
    /// the loader reads them: numbers without grouping, dates as `jjjj-mm-dd`).
    pub cells: Vec<String>,
    /// A `Totaal` row: a check value, not data.
    pub total: bool,
}

/// What a settings dialog shows before the file is loaded (the loader worker sends it
/// to the page, serialized).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Preview {
    /// The detected (or forced) settings and the column mapping. `rows` counts the data
    /// rows shown, not the file's.
    pub report: LoadReport,
    /// The header cells as written (the keys for JSON).
    pub header: Vec<String>,
    /// The first data rows.
    pub rows: Vec<PreviewRow>,
    /// More rows follow in the file.
    pub more_rows: bool,
}

/// Reads the settings and the first rows of a file without building the dataset.
/// Options work as for [`super::load`], so the dialog can show the effect of a forced
/// setting before loading.
pub fn preview(bytes: &[u8], name: &str, options: &LoadOptions) -> Result<Preview, LoadError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        }));
    }
    match Format::sniff(bytes, name) {
        Format::Csv => {
            let decoded = decode::decode(bytes, options.encoding)?;
            let text: &str = &decoded.text;
            if text.trim().is_empty() {
                return Err(LoadError::new(LoadErrorKind::Empty));
            }
            let dialect = dialect::detect(text, options.separator);
            let report = csv_report(decoded.encoding, &dialect, options);
            let table = Table::open(text, &dialect, &SCHEMAS, options)?;
            sample(table, options, report, false)
        }
        #[cfg(feature = "xlsx")]
        Format::Xlsx => {
            use super::xlsx;
            let picked = xlsx::pick(bytes, options, Some(PREVIEW_ROWS + 1))?;
            let report = xlsx::base_report(&picked, options);
            let table = Table::open_grid(&picked.grid, &SCHEMAS, options)?;
            sample(table, options, report, picked.grid.truncated)
        }
        #[cfg(not(feature = "xlsx"))]
        Format::Xlsx => Err(super::xlsx_not_built()),
        Format::Json => {
            let (grid, encoding) = json::read_grid(bytes, options, Some(PREVIEW_ROWS + 1))?;
            let report = json::base_report(encoding, options);
            let table = Table::open_grid(&grid, &SCHEMAS, options)?;
            sample(table, options, report, grid.truncated)
        }
        Format::Xls => Err(super::xls_not_supported(name)),
    }
}

/// Reads the first rows of an open table and completes the report.
fn sample(
    mut t: Table<'_>,
    options: &LoadOptions,
    mut report: LoadReport,
    truncated: bool,
) -> Result<Preview, LoadError> {
    report.kind = t.kind();
    report.header_line = t.header_line;
    report.columns = t.mapping.columns.clone();
    report.mappable_fields = mappable_fields(t.kind());
    report.remembered = t.remembered.clone();
    t.tolerate_cell_errors = true;
    let mut rows = Vec::new();
    let mut data_rows = 0;
    let mut more_rows = truncated;
    while let Some(kind) = t.next_row()? {
        if data_rows == PREVIEW_ROWS {
            more_rows = true;
            break;
        }
        let cells = (0..t.header.len()).map(|c| t.cell(c).to_string()).collect();
        let total = kind == RowKind::Total;
        data_rows += usize::from(!total);
        rows.push(PreviewRow {
            line: t.line(),
            cells,
            total,
        });
    }
    t.check_bsn_values()?;
    report.rows = data_rows;

    let column_cells = |col: usize| {
        rows.iter()
            .filter(|r| !r.total)
            .map(move |r| r.cells.get(col).map_or("", String::as_str))
    };
    // Decimal style of the `waarde` column, decided on the sample as the load would.
    if t.kind() == FileKind::Kerncijfers {
        if let Some(col) = t.mapping.column_of[kerncijfers::WAARDE] {
            let style = options
                .decimal
                .unwrap_or_else(|| detect_decimal(column_cells(col), report.decimal));
            report.decimal = style;
            report.columns[col].decimal = Some(style);
        }
    }
    // What the date columns say about day and month order.
    let date_fields: &[usize] = match t.kind() {
        FileKind::Episodes => &[episodes::STARTDATUM, episodes::EINDDATUM],
        FileKind::Kerncijfers => &[kerncijfers::PERIODE_VAN, kerncijfers::PERIODE_TOT],
        FileKind::Contracts => &[contracts::STARTDATUM, contracts::EINDDATUM],
        FileKind::Trajectories => &[trajectories::STARTDATUM, trajectories::EINDDATUM],
        FileKind::CodeList => &[],
    };
    for &f in date_fields {
        if let Some(col) = t.mapping.column_of[f] {
            report.columns[col].dates = Some(date_evidence(column_cells(col)));
        }
    }
    if let Some(name) = t.mapping.missing_required(t.schema) {
        report
            .warnings
            .push(LoadWarning::MissingRequired(name.to_string()));
    }
    // Columns that fit one field equally: the load refuses, the preview asks (every
    // such field, each with all its columns).
    let mut ambiguous: Vec<(&str, Vec<String>)> = Vec::new();
    for (field, a, b) in &t.mapping.ambiguous {
        match ambiguous.iter_mut().find(|(f, _)| f == field) {
            Some((_, cols)) => cols.push(b.clone()),
            None => ambiguous.push((field, vec![a.clone(), b.clone()])),
        }
    }
    for (field, columns) in ambiguous {
        let kind = LoadErrorKind::AmbiguousColumns {
            field: field.to_string(),
            columns,
        };
        let e = LoadError::new(kind).at_line(t.header_line);
        report.warnings.push(LoadWarning::Tolerated(t.locate(e)));
    }
    let mut warnings = t.warnings();
    warnings.append(&mut report.warnings);
    report.warnings = warnings;
    Ok(Preview {
        report,
        header: t.header.clone(),
        rows,
        more_rows,
    })
}

/// What a date column's cells say about the order of day and month: a first number above
/// 12 proves day-first; a second number above 12 (with the first ≤ 12) looks month-first.
pub(crate) fn date_evidence<'a>(cells: impl Iterator<Item = &'a str>) -> DateEvidence {
    let (mut day_first, mut month_first, mut ambiguous) = (false, false, false);
    for c in cells {
        let parts: Vec<&str> = c
            .trim()
            .split(['-', '/', '.'])
            .filter(|p| !p.is_empty())
            .collect();
        let [a, b, y] = parts[..] else {
            continue;
        };
        let num = |s: &str| -> Option<u32> {
            (s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (Some(a), Some(b)) = (num(a), num(b)) else {
            continue;
        };
        if y.len() < 2 || !y.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        match (a > 12, b > 12) {
            (true, _) => day_first = true,
            (false, true) => month_first = true,
            (false, false) => ambiguous |= a != b,
        }
    }
    if day_first {
        DateEvidence::DayFirst
    } else if month_first {
        DateEvidence::LooksMonthFirst
    } else if ambiguous {
        DateEvidence::Ambiguous
    } else {
        DateEvidence::DayFirst
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_evidence_from_cells() {
        let ev = |v: &[&str]| date_evidence(v.iter().copied());
        assert_eq!(ev(&["01-02-2024", "30-09-2024"]), DateEvidence::DayFirst);
        assert_eq!(
            ev(&["01-02-2024", "09-30-2024"]),
            DateEvidence::LooksMonthFirst
        );
        assert_eq!(ev(&["01-02-2024", "03-04-2024"]), DateEvidence::Ambiguous);
        assert_eq!(
            ev(&["01-01-2024", "2024-09-30", ""]),
            DateEvidence::DayFirst
        );
    }
}
