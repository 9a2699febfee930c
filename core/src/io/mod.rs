//! Bytes in, [`Loaded`] out (a [`Dataset`] or a [`ContractsFile`], with the [`LoadReport`]):
//! format detection, Dutch CSV conventions, typed errors.
//!
//! `load` never panics on any input; every failure is a [`LoadError`] with the line
//! and column where it happened, rendered in the interface language by [`LoadError::message`]; remarks on a file that
//! loads are typed [`LoadWarning`]s.
//!
//! The pipeline, one module per step:
//! 1. [`load`] picks the format from the first bytes ([`Format::sniff`]): CSV goes
//!    through the steps below; an XLSX sheet (`xlsx`) or a JSON array (`json`) is first
//!    turned into a `grid` of text cells with their row and column, and joins at step 4;
//! 2. `decode`: the encoding (UTF-8 ± BOM, UTF-16LE, Windows-1252), decoded once;
//! 3. `dialect`: the `sep=` line and the separator;
//! 4. `table`: the header row below any title rows, the file kind, blank rows, the
//!    `Totaal` row, ragged rows and the BSN checks, streamed through the `csv` reader;
//! 5. `episodes` / `kerncijfers`: column mapping (`columns`) and cell parsing (`cells`).
//!
//! Every detected setting is in the [`LoadReport`] and can be forced with
//! [`LoadOptions`]; [`preview`] shows them with the first rows without reading the rest.

pub(crate) mod cells;
mod codelist;
mod codes;
mod columns;
mod contracts;
pub(crate) mod decode;
pub(crate) mod dialect;
mod episodes;
mod error;
mod fields;
mod grid;
mod json;
mod kerncijfers;
mod preview;
pub mod refdata;
mod remembered;
mod report;
mod sample;
pub mod stream;
mod table;
mod template;
mod trajectories;
mod vocab;
mod warning;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use error::{ForeignKind, JsonProblem, JsonValue, LoadError, LoadErrorKind, RowUnit};
pub use fields::mappable_fields;
pub use grid::column_letter;
pub use preview::{preview, Preview, PreviewRow, PREVIEW_ROWS};
pub use remembered::{
    forget as forget_remembered, header_signature, remember, RememberedMapping, MAX_REMEMBERED,
};
pub use report::{
    ColumnMapping, DateEvidence, DecimalStyle, DetectedEncoding, FileKind, LoadOptions, LoadReport,
    MappingKind, TotalCheck,
};
pub use template::{
    template_columns, template_csv, template_xlsx, TemplateColumn, TEMPLATE_CSV_NAME,
    TEMPLATE_XLSX_NAME,
};
pub use warning::{ExitReasonLabel, LoadWarning, Tally};

use crate::model::{CodeList, ContractsFile, Data, Dataset, TrajectoriesFile};
use columns::Schema;

/// Largest file the app reads: 200 MB (decimal; a million episodes is about 70 MB). The one
/// limit for every path: the page refuses a larger file before reading it, so the tab never
/// hangs; the worker and [`load`] / [`preview`] refuse larger input too.
pub const MAX_FILE_BYTES: u64 = 200_000_000;

/// Most columns a row may have (a real export has tens): a row with more is refused
/// before its cells are looked at, so a header of a million columns cannot stall the tab.
pub const MAX_COLUMNS: usize = 1_000;

/// Most characters a cell may have (counted as UTF-8 bytes while reading): longer cells
/// come from a misplaced quote or a file that is no table (a 100 MB line).
pub const MAX_CELL_CHARS: usize = 10_000;

/// The file kinds a header can match, in order of preference on a tie.
static SCHEMAS: [Schema; 5] = [
    episodes::SCHEMA,
    kerncijfers::SCHEMA,
    contracts::SCHEMA,
    trajectories::SCHEMA,
    codelist::SCHEMA,
];

/// The `&'static` name of the schema field called `name` (for deserializing a
/// [`ColumnMapping::field`]).
fn field_name(name: &str) -> Option<&'static str> {
    SCHEMAS
        .iter()
        .flat_map(|s| s.fields)
        .map(|f| f.name)
        .find(|&n| n == name)
}

/// The header names the loader accepts for `field` (its name, then its synonyms in every
/// file kind that has it, without repeats), for the message about a missing column.
pub fn accepted_names(field: &str) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for f in SCHEMAS
        .iter()
        .flat_map(|s| s.fields)
        .filter(|f| f.name == field)
    {
        for &n in std::iter::once(&f.name).chain(f.synonyms) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names
}

/// What a file held, by kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// A caseload or kerncijfers ([`Dataset::data`] says which): what the screens show.
    Dataset(Dataset),
    /// LKS contracts (DATA-MODEL §2.2), added to the dataset in view.
    Contracts(ContractsFile),
    /// Trajectories (DATA-MODEL §2.3), added to the dataset in view.
    Trajectories(TrajectoriesFile),
    /// A code list (code → omschrijving) for the instroomreden codes, added to the
    /// dataset in view ([`Dataset::with_instroomreden_codes`]).
    CodeList(CodeList),
    /// Reference data (CBS, waarstaatjegemeente; `docs/reference-data.md`), one file,
    /// added beside the dataset in view.
    Reference(refdata::RefData),
}

/// What [`load`] read: the file's content and how the loader read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The data.
    pub content: Content,
    /// Everything the loader detected and decided (the quality screen shows it).
    pub report: LoadReport,
}

impl Loaded {
    /// The dataset, unless the file held contracts.
    pub fn dataset(&self) -> Option<&Dataset> {
        match &self.content {
            Content::Dataset(ds) => Some(ds),
            _ => None,
        }
    }

    /// The dataset, unless the file held contracts.
    pub fn into_dataset(self) -> Option<Dataset> {
        match self.content {
            Content::Dataset(ds) => Some(ds),
            _ => None,
        }
    }

    /// The contracts, if the file held contracts.
    pub fn contracts(&self) -> Option<&ContractsFile> {
        match &self.content {
            Content::Contracts(c) => Some(c),
            _ => None,
        }
    }

    /// The code list, if the file held one.
    pub fn code_list(&self) -> Option<&CodeList> {
        match &self.content {
            Content::CodeList(c) => Some(c),
            _ => None,
        }
    }

    /// The trajectories, if the file held trajectories.
    pub fn trajectories(&self) -> Option<&TrajectoriesFile> {
        match &self.content {
            Content::Trajectories(t) => Some(t),
            _ => None,
        }
    }

    /// The reference data, if the file held reference data.
    pub fn reference(&self) -> Option<&refdata::RefData> {
        match &self.content {
            Content::Reference(r) => Some(r),
            _ => None,
        }
    }
}

/// What a table holds once read.
pub(crate) enum TableData {
    /// A caseload or kerncijfers.
    Data(Data),
    /// LKS contracts.
    Contracts(crate::model::LksContracts),
    /// Trajectories.
    Trajectories(crate::model::Trajectories),
    /// A code list (its `name` is set from the file name).
    CodeList(CodeList),
}

impl TableData {
    /// What a file named `name` held, with its report.
    pub(crate) fn into_loaded(self, name: &str, report: LoadReport) -> Loaded {
        let content = match self {
            TableData::Data(data) => Content::Dataset(Dataset {
                data,
                name: name.to_string(),
                synthetic: false,
                contracts: None,
                trajectories: None,
                instroomreden_codes: None,
            }),
            TableData::Contracts(contracts) => Content::Contracts(ContractsFile {
                contracts,
                name: name.to_string(),
            }),
            TableData::Trajectories(trajectories) => Content::Trajectories(TrajectoriesFile {
                trajectories,
                name: name.to_string(),
            }),
            TableData::CodeList(list) => Content::CodeList(CodeList {
                name: name.to_string(),
                ..list
            }),
        };
        Loaded { content, report }
    }
}

/// A file format, recognised from its first bytes and its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Delimited text (CSV, TSV, Excel "Unicode-tekst").
    #[default]
    Csv,
    /// An Excel workbook (`.xlsx`, a ZIP container).
    Xlsx,
    /// An old binary Excel workbook (`.xls`, an OLE container).
    Xls,
    /// JSON.
    Json,
}

impl Format {
    /// Recognises the format from the first bytes (magic numbers), then the name.
    pub fn sniff(bytes: &[u8], name: &str) -> Format {
        if bytes.starts_with(b"PK\x03\x04") {
            return Format::Xlsx;
        }
        if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
            return Format::Xls;
        }
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut rest = text.iter().copied().skip_while(u8::is_ascii_whitespace);
        let json_name = name.to_ascii_lowercase().ends_with(".json");
        match rest.next() {
            Some(b'{') => Format::Json,
            Some(b'[')
                if json_name
                    || matches!(
                        rest.find(|b| !b.is_ascii_whitespace()),
                        Some(b'{' | b'[' | b'"' | b']')
                    ) =>
            {
                Format::Json
            }
            _ => Format::Csv,
        }
    }
}

/// A date cell as the loader reads it: day-first unless `month_first` (DATA-MODEL §4.4);
/// `None` when it is no date. For the settings dialog's example of the chosen order.
pub fn read_date(cell: &str, month_first: bool) -> Option<crate::date::Date> {
    cells::parse_date(cell, month_first).map(|d| d.first)
}

/// Reads a file's bytes: a dataset or contracts, with the report. `name` is the file name
/// (used for the format hint and shown in the UI).
pub fn load(bytes: &[u8], name: &str, options: &LoadOptions) -> Result<Loaded, LoadError> {
    load_with_progress(bytes, name, options, &mut |_| {})
}

/// [`load`], calling `progress` with the fraction (0–1) of the rows read so far, every
/// few thousand rows (for a progress bar; a Web Worker posts it to the page).
pub fn load_with_progress(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
    progress: &mut dyn FnMut(f32),
) -> Result<Loaded, LoadError> {
    let size = bytes.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            bytes: size,
            limit: MAX_FILE_BYTES,
        }));
    }
    if let Some(kind) = ForeignKind::sniff(bytes) {
        return Err(LoadError::new(LoadErrorKind::ForeignFile(kind)));
    }
    match Format::sniff(bytes, name) {
        Format::Csv if refdata::is_reference(bytes) => load_reference(bytes, name),
        Format::Csv => load_csv(bytes, name, options, progress),
        #[cfg(feature = "xlsx")]
        Format::Xlsx => xlsx::load(bytes, name, options, progress),
        #[cfg(not(feature = "xlsx"))]
        Format::Xlsx => Err(xlsx_not_built()),
        Format::Xls => Err(xls_not_supported(name)),
        Format::Json => json::load(bytes, name, options, progress),
    }
}

/// Reads a reference file (recognised by [`refdata::is_reference`]); its report
/// names the format and the separator only (the caseload's report stays in the app).
fn load_reference(bytes: &[u8], name: &str) -> Result<Loaded, LoadError> {
    let data =
        refdata::read(bytes, name).map_err(|e| LoadError::new(LoadErrorKind::Reference(e)))?;
    Ok(Loaded {
        content: Content::Reference(data),
        report: LoadReport {
            format: Format::Csv,
            ..LoadReport::default()
        },
    })
}

/// Built without the `xlsx` feature: workbooks are not read.
#[cfg(not(feature = "xlsx"))]
fn xlsx_not_built() -> LoadError {
    LoadError::new(LoadErrorKind::XlsxNotBuilt)
}

/// The old binary `.xls` format is not read: the message says how to convert it. An
/// `.xlsx` with this container is a workbook protected with a password.
fn xls_not_supported(name: &str) -> LoadError {
    if name.to_ascii_lowercase().ends_with(".xlsx") {
        return LoadError::new(LoadErrorKind::ProtectedWorkbook);
    }
    LoadError::new(LoadErrorKind::XlsNotSupported)
}

/// The steps every format shares once its table is open: the report's mapping, the
/// rows read as episodes, kerncijfers or LKS contracts, and the warnings. Errors get the
/// source's location wording (sheet, column letter, JSON item).
fn read_table(
    table: &mut table::Table<'_>,
    options: &LoadOptions,
    report: &mut LoadReport,
) -> Result<TableData, LoadError> {
    report.kind = table.kind();
    report.header_line = table.header_line;
    report.columns = table.mapping.columns.clone();
    report.mappable_fields = mappable_fields(table.kind());
    report.remembered = table.remembered.clone();
    let data = match table.kind() {
        FileKind::Episodes => episodes::read(table, options, report).and_then(|e| {
            if e.is_empty() {
                // Loading it would empty the screens: the data in view stays.
                let e = LoadError::new(LoadErrorKind::NoBenefits).at_line(table.header_line);
                return Err(table.locate(e));
            }
            Ok(TableData::Data(Data::Episodes(e)))
        }),
        FileKind::Kerncijfers => {
            kerncijfers::read(table, options, report).map(|k| TableData::Data(Data::Kerncijfers(k)))
        }
        FileKind::Contracts => contracts::read(table, options, report).map(TableData::Contracts),
        FileKind::Trajectories => {
            trajectories::read(table, options, report).map(TableData::Trajectories)
        }
        FileKind::CodeList => codelist::read(table, report).map(TableData::CodeList),
    }
    .map_err(|e| table.locate(e))?;
    report.rows = table.data_rows();
    let mut warnings = table.warnings();
    warnings.append(&mut report.warnings);
    report.warnings = warnings;
    Ok(data)
}

/// Bytes of a CSV file's start the dialect is detected on (its first line and 256 KB).
pub(crate) const DIALECT_HEAD_BYTES: usize = 256 * 1024;

/// Reads delimited text.
fn load_csv(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
    progress: &mut dyn FnMut(f32),
) -> Result<Loaded, LoadError> {
    let decoded = decode::decode_bytes(bytes, options.encoding)?;
    let text: &[u8] = &decoded.bytes;
    let head = decode::head_str(text, DIALECT_HEAD_BYTES);
    let blank = head.trim().is_empty()
        && (head.len() == text.len()
            || std::str::from_utf8(text).is_ok_and(|t| t.trim().is_empty()));
    if blank {
        return Err(LoadError::new(LoadErrorKind::Empty));
    }
    // The dialect is found on the first line and the first 256 KB after it.
    let dialect = dialect::detect(head, options.separator);
    let mut report = csv_report(decoded.encoding, &dialect, options);
    let mut table = table::Table::open_bytes(text, &dialect, &SCHEMAS, options)?;
    table.on_progress(progress);
    let data = read_table(&mut table, options, &mut report)?;
    Ok(data.into_loaded(name, report))
}

/// The report's CSV settings before the table is read: the decimal style follows the
/// separator (`,` → point, else comma) unless forced.
fn csv_report(
    encoding: DetectedEncoding,
    dialect: &dialect::Dialect,
    options: &LoadOptions,
) -> LoadReport {
    LoadReport {
        format: Format::Csv,
        encoding,
        separator: dialect.separator as char,
        sep_line: dialect.sep_line,
        decimal: options.decimal.unwrap_or(if dialect.separator == b',' {
            DecimalStyle::Point
        } else {
            DecimalStyle::Comma
        }),
        month_first: options.month_first,
        ..LoadReport::default()
    }
}

/// The decimal style a typed source (XLSX, JSON) starts from: forced, else Dutch.
fn grid_decimal(options: &LoadOptions) -> DecimalStyle {
    options.decimal.unwrap_or(DecimalStyle::Comma)
}
