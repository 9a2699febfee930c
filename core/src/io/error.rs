//! Typed load errors with their location, and their message in the interface language
//! (texts in [`crate::messages::io`]).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{Count, Dec, Msg, Plain};
use crate::lang::Lang;
use crate::messages::io as msg;

/// Why a file could not be loaded. Travels in the loader worker's replies (serde, in a
/// compact format that is not self-describing: externally tagged, every field written).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LoadErrorKind {
    /// The file has no bytes or only white space.
    Empty,
    /// The file looks binary (NUL bytes, control characters) and is not a known format.
    Binary,
    /// No header row with known column names was found.
    NoHeader,
    /// A required column is missing.
    MissingColumn(String),
    /// A row has more filled cells than the header has columns.
    RaggedRow {
        /// Columns in the header.
        expected: usize,
        /// Cells in this row.
        found: usize,
    },
    /// A date cell could not be read.
    BadDate(String),
    /// A number cell could not be read.
    BadNumber(String),
    /// A code is not one of the allowed values of its column.
    BadCode {
        /// The value as found.
        value: String,
        /// The allowed codes, for the message.
        allowed: Vec<String>,
    },
    /// `einddatum` lies before `startdatum` (both as written in the file).
    EndBeforeStart {
        /// The start date as written.
        start: String,
        /// The end date as written.
        end: String,
    },
    /// A required cell is empty.
    EmptyValue,
    /// The first rows hold no known column names; the cells of the likeliest header row
    /// as written (e.g. a CBS table, which is neither episodes nor kerncijfers).
    UnknownColumns(Vec<String>),
    /// `uitkering_id` occurs twice.
    DuplicateId(String),
    /// `contract_id` occurs twice (LKS contracts file).
    DuplicateContractId(String),
    /// `traject_id` occurs twice (trajectories file).
    DuplicateTrajectoryId(String),
    /// A number outside its allowed range (as written, with the bounds).
    OutOfRange {
        /// The value as written.
        value: String,
        /// Lowest allowed value.
        min: f64,
        /// Highest allowed value.
        max: f64,
    },
    /// A column is named like a BSN (`bsn`, `burgerservicenummer`, `sofi`).
    BsnColumn,
    /// A column holds 9-digit numbers that pass the 11-proef.
    BsnValues,
    /// The file is larger than the loader accepts.
    TooLarge {
        /// Size of the file in bytes.
        bytes: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A spreadsheet cell holds an Excel error such as `#N/A` or `#DEEL/0!`.
    CellError(String),
    /// No sheet of the workbook has a header with known column names.
    NoUsableSheet {
        /// The sheets looked at, in order.
        sheets: Vec<String>,
    },
    /// The sheet asked for ([`super::LoadOptions::sheet`]) is not in the workbook.
    SheetNotFound {
        /// The name asked for.
        sheet: String,
        /// The sheets the workbook has.
        sheets: Vec<String>,
    },
    /// The workbook could not be opened (damaged, not a workbook): the reader's own text.
    BadWorkbook(String),
    /// The workbook is protected with a password.
    ProtectedWorkbook,
    /// An old binary Excel file (`.xls`).
    XlsNotSupported,
    /// An `.xlsx` workbook in a build without the `xlsx` feature.
    XlsxNotBuilt,
    /// Text saved as UTF-16 big-endian.
    Utf16BigEndian,
    /// The CSV reader failed: its own text.
    BadCsv(String),
    /// The header row forced by [`super::LoadOptions::header_row`] is empty.
    HeaderRowEmpty,
    /// The header row forced by [`super::LoadOptions::header_row`] lies past the end.
    HeaderRowPastEnd(usize),
    /// More than 4 GB of cell text.
    TooMuchText,
    /// More distinct texts in a column than the codes can hold.
    TooManyLabels {
        /// The most there may be.
        limit: usize,
    },
    /// More distinct `stadsdeel` values than a municipality has districts.
    TooManyStadsdelen {
        /// The most there may be.
        limit: usize,
    },
    /// A `geboortejaar` cell that is no year (as written).
    BadBirthYear(String),
    /// The JSON text is not valid JSON.
    BadJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based character position in that line.
        column: usize,
        /// What kind of problem.
        problem: JsonProblem,
        /// The JSON reader's own text.
        detail: String,
    },
    /// A JSON object without a `rijen`/`rows` list: its keys.
    JsonNoRows {
        /// The keys it has.
        keys: Vec<String>,
    },
    /// The JSON document is neither a list nor an object.
    JsonNotRows(JsonValue),
    /// An element of the JSON list is not an object.
    JsonItemNotObject(JsonValue),
    /// A JSON value is a list or an object.
    JsonNestedValue,
    /// The data could not be taken over from the background task (a bug): what failed.
    Transfer(String),
    /// The data built into the app are damaged (a bug): the detail.
    EmbeddedData(String),
    /// Two columns fit one field equally well (by the words of their headers): the
    /// user chooses in the settings dialog; the loader never guesses.
    AmbiguousColumns {
        /// The field.
        field: String,
        /// The headers, as written.
        columns: Vec<String>,
    },
    /// A file recognised as reference data (CBS, waarstaatjegemeente) that could not be
    /// read.
    Reference(super::refdata::RefError),
    /// A file of another kind than a table (a PDF, an image, a ZIP archive), recognised
    /// by its first bytes.
    ForeignFile(ForeignKind),
    /// A cell longer than [`super::MAX_CELL_CHARS`] (a misplaced quote, or not a data file).
    CellTooLong {
        /// Characters in the cell.
        chars: usize,
        /// The most there may be.
        limit: usize,
    },
    /// A row with more columns than [`super::MAX_COLUMNS`].
    TooManyColumns {
        /// The most there may be.
        limit: usize,
    },
    /// A part of a workbook that unpacks to more than the loader reads (a zip bomb).
    WorkbookTooLarge {
        /// The part (`xl/worksheets/sheet1.xml`).
        part: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A NUL character in a text file (a damaged file, or UTF-16 saved oddly).
    NulCharacter,
    /// An episodes file with a header and no benefits: loading it would empty the screens.
    NoBenefits,
    /// A `geboortejaar` after the year of the benefit's start (both as written).
    BirthAfterStart {
        /// The birth year as written.
        year: String,
        /// The start date as written.
        start: String,
    },
    /// A key twice in one JSON object.
    JsonDuplicateKey(String),
    /// The loader worker is of another build than the page (the app was updated while
    /// the page was open): the page must be reloaded.
    OtherBuild,
    /// UTF-8 and Windows-1252 in one file: the first line of each.
    MixedEncoding {
        /// The first line with UTF-8 accents.
        utf8_line: usize,
        /// The first line that is not UTF-8.
        other_line: usize,
    },
}

/// A kind of file that is not a table, recognised by its magic number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForeignKind {
    /// `%PDF-`.
    Pdf,
    /// PNG, JPEG or GIF.
    Image,
    /// A ZIP archive that is no Excel workbook.
    Zip,
    /// A Word document (`.docx`).
    Word,
}

/// What kind of problem the JSON reader met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonProblem {
    /// The text stops halfway.
    Eof,
    /// Invalid syntax.
    Syntax,
    /// A value of an unexpected type.
    Data,
    /// A read error.
    Io,
    /// Nested deeper than the reader follows (128 levels).
    TooDeep,
}

/// A JSON value where an object or a list was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonValue {
    /// A list.
    List,
    /// A string.
    Text,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// `null`.
    Null,
}

/// How [`LoadError::line`] counts, which decides the wording of the location.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowUnit {
    /// A line of a text file (CSV): "regel 12".
    #[default]
    Line,
    /// A row number as Excel shows it: "rij 14, kolom C ('startdatum') op blad 'Bestand'".
    SheetRow,
    /// The 1-based position of an object in a JSON array: "rij 3 (index 2), sleutel 'x'".
    /// Line 0 is the header (the keys).
    JsonItem,
}

/// A load failure: what went wrong and where.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadError {
    /// What went wrong.
    pub kind: LoadErrorKind,
    /// 1-based line number in the file (after decoding), when known.
    pub line: Option<usize>,
    /// Column name as written in the file's header (the key for JSON), when known.
    pub column: Option<String>,
    /// How `line` counts (CSV lines, sheet rows, JSON array items).
    pub unit: RowUnit,
    /// Sheet and column letter for workbooks (boxed: most errors have none, and it keeps
    /// `Result<_, LoadError>` small). Read with [`LoadError::sheet`] and
    /// [`LoadError::column_letter`].
    place: Option<Box<SheetPlace>>,
}

/// Where in a workbook an error is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct SheetPlace {
    sheet: Option<String>,
    column_letter: Option<String>,
}

impl LoadError {
    /// An error without a location.
    pub fn new(kind: LoadErrorKind) -> LoadError {
        LoadError {
            kind,
            line: None,
            column: None,
            unit: RowUnit::Line,
            place: None,
        }
    }

    /// Adds the line number.
    pub fn at_line(mut self, line: usize) -> LoadError {
        self.line = Some(line);
        self
    }

    /// Adds the column name.
    pub fn in_column(mut self, column: impl Into<String>) -> LoadError {
        self.column = Some(column.into());
        self
    }

    /// Adds the sheet of a workbook (rows then count as Excel rows).
    pub fn in_sheet(mut self, sheet: impl Into<String>) -> LoadError {
        self.place.get_or_insert_with(Box::default).sheet = Some(sheet.into());
        self.unit = RowUnit::SheetRow;
        self
    }

    /// Adds the column letter in a spreadsheet (`C`).
    pub fn at_letter(mut self, letter: impl Into<String>) -> LoadError {
        self.place.get_or_insert_with(Box::default).column_letter = Some(letter.into());
        self
    }

    /// The sheet of a workbook the error is in.
    pub fn sheet(&self) -> Option<&str> {
        self.place.as_ref()?.sheet.as_deref()
    }

    /// The column letter in a spreadsheet (`C`), when known.
    pub fn column_letter(&self) -> Option<&str> {
        self.place.as_ref()?.column_letter.as_deref()
    }

    /// The location: "regel 12, kolom 'startdatum'" / "line 12, column 'startdatum'" (CSV),
    /// "rij 14, kolom C ('startdatum') op blad 'Bestand'" (XLSX), "rij 3 (index 2),
    /// sleutel 'startdatum'" (JSON).
    pub fn location(&self, lang: Lang) -> Option<String> {
        let column = match (self.column_letter(), &self.column) {
            (Some(l), Some(c)) => Some(msg::column_letter_name(lang, l, c)),
            (Some(l), None) => Some(msg::column_letter(lang, l)),
            (None, Some(c)) if self.unit == RowUnit::JsonItem => Some(msg::json_key(lang, c)),
            (None, Some(c)) => Some(msg::column_name(lang, c)),
            (None, None) => None,
        };
        let row = match (self.unit, self.line) {
            (RowUnit::Line, Some(l)) => Some(msg::at_line(lang, Plain(l))),
            (RowUnit::SheetRow, Some(l)) => Some(msg::at_sheet_row(lang, Plain(l))),
            (RowUnit::JsonItem, Some(l)) if l > 0 => {
                Some(msg::at_json_item(lang, Plain(l), Plain(l - 1)))
            }
            _ => None,
        };
        let place = match (row, column) {
            (Some(r), Some(c)) => Some(format!("{r}, {c}")),
            (r, c) => r.or(c),
        };
        match (place, self.sheet()) {
            (Some(p), Some(s)) => Some(msg::on_sheet(lang, &p, s)),
            (None, Some(s)) => Some(msg::sheet(lang, s)),
            (p, None) => p,
        }
    }

    /// The complete message for the error banner, with its [`location`](Self::location).
    /// Column names and values stay as written in the file.
    pub fn message(&self, lang: Lang) -> String {
        let what = self.kind.message(lang);
        match self.location(lang) {
            Some(loc) => msg::located(lang, &what, &loc),
            None => what,
        }
    }
}

impl LoadErrorKind {
    /// What went wrong, without the location.
    pub fn message(&self, lang: Lang) -> String {
        use LoadErrorKind as K;
        match self {
            K::Empty => msg::EMPTY.get(lang).to_string(),
            K::Binary => msg::BINARY.get(lang).to_string(),
            K::NoHeader => msg::NO_HEADER.get(lang).to_string(),
            K::MissingColumn(c) => {
                let names = super::accepted_names(c);
                if names.len() > 1 {
                    let shown: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
                    msg::missing_column_accepts(lang, c, &shown.join(", "))
                } else {
                    msg::missing_column(lang, c)
                }
            }
            K::RaggedRow { expected, found } => {
                msg::ragged_row(lang, count(*found), count(*expected))
            }
            K::BadDate(v) => match date_problem(v, lang) {
                Some(reason) => msg::bad_date_because(lang, v, &reason),
                None => msg::bad_date(lang, v),
            },
            K::BadNumber(v) => msg::bad_number(lang, v),
            K::BadCode { value, allowed } => msg::bad_code(lang, value, &allowed.join(", ")),
            K::EndBeforeStart { start, end } => msg::end_before_start(lang, end, start),
            K::EmptyValue => msg::EMPTY_VALUE.get(lang).to_string(),
            K::UnknownColumns(found) => {
                let mut shown: Vec<String> =
                    found.iter().take(8).map(|c| format!("'{c}'")).collect();
                if found.len() > 8 {
                    shown.push(msg::more_columns(lang, count(found.len())));
                }
                msg::unknown_columns(lang, &shown.join(", "))
            }
            K::DuplicateId(id) => msg::duplicate_id(lang, id),
            K::DuplicateContractId(id) => msg::duplicate_contract_id(lang, id),
            K::DuplicateTrajectoryId(id) => msg::duplicate_trajectory_id(lang, id),
            K::OutOfRange { value, min, max } => {
                msg::out_of_range(lang, value, Dec(*min, 0), Dec(*max, 0))
            }
            K::BsnColumn => msg::BSN_COLUMN.get(lang).to_string(),
            K::BsnValues => msg::BSN_VALUES.get(lang).to_string(),
            K::TooLarge { bytes, limit } => msg::too_large(
                lang,
                Count((bytes / 1_000_000) as i64),
                Count((limit / 1_000_000) as i64),
            ),
            K::CellError(v) => {
                let shown = match dutch_excel_error(v) {
                    Some(nl) => msg::excel_error_in_dutch(lang, v, nl),
                    None => v.clone(),
                };
                msg::cell_error(lang, &shown)
            }
            K::NoUsableSheet { sheets } => msg::no_usable_sheet(lang, &quoted_list(lang, sheets)),
            K::SheetNotFound { sheet, sheets } => {
                msg::sheet_not_found(lang, sheet, &quoted_list(lang, sheets))
            }
            K::BadWorkbook(why) => msg::bad_workbook(lang, why),
            K::ProtectedWorkbook => msg::bad_workbook(lang, msg::PROTECTED.get(lang)),
            K::XlsNotSupported => msg::XLS_NOT_SUPPORTED.get(lang).to_string(),
            K::XlsxNotBuilt => msg::XLSX_NOT_BUILT.get(lang).to_string(),
            K::Utf16BigEndian => msg::UTF16_BIG_ENDIAN.get(lang).to_string(),
            K::BadCsv(detail) => msg::bad_csv(lang, detail),
            K::HeaderRowEmpty => msg::HEADER_ROW_EMPTY.get(lang).to_string(),
            K::HeaderRowPastEnd(row) => msg::header_row_past_end(lang, Plain(*row)),
            K::TooMuchText => msg::TOO_MUCH_TEXT.get(lang).to_string(),
            K::TooManyLabels { limit } => msg::too_many_labels(lang, Plain(*limit)),
            K::TooManyStadsdelen { limit } => msg::too_many_stadsdelen(lang, Plain(*limit)),
            K::BadBirthYear(v) => msg::bad_birth_year(lang, v),
            K::BadJson {
                line,
                column,
                problem: JsonProblem::TooDeep,
                ..
            } => msg::json_too_deep(lang, Plain(*line), Plain(*column)),
            K::BadJson {
                line,
                column,
                problem,
                detail,
            } => msg::bad_json(lang, problem.label(), detail, Plain(*line), Plain(*column)),
            K::JsonNoRows { keys } => {
                let keys = if keys.is_empty() {
                    msg::NO_KEYS.get(lang).to_string()
                } else {
                    let shown: Vec<String> =
                        keys.iter().take(8).map(|k| format!("'{k}'")).collect();
                    shown.join(", ")
                };
                msg::json_no_rows(lang, &keys)
            }
            K::JsonNotRows(found) => msg::json_not_rows(lang, found.label()),
            K::JsonItemNotObject(found) => msg::json_item_not_object(lang, found.label()),
            K::JsonNestedValue => msg::JSON_NESTED_VALUE.get(lang).to_string(),
            K::Transfer(what) => msg::transfer(lang, what),
            K::EmbeddedData(detail) => msg::embedded_data(lang, detail),
            K::AmbiguousColumns { field, columns } => {
                msg::ambiguous_columns(lang, field, &quoted_list(lang, columns))
            }
            K::ForeignFile(kind) => msg::foreign_file(lang, kind.label()),
            K::CellTooLong { chars, limit } => {
                msg::cell_too_long(lang, count(*chars), count(*limit))
            }
            K::TooManyColumns { limit } => msg::too_many_columns(lang, count(*limit)),
            K::WorkbookTooLarge { part, limit } => {
                msg::workbook_too_large(lang, part, Count((limit / 1_000_000) as i64))
            }
            K::NulCharacter => msg::NUL_CHARACTER.get(lang).to_string(),
            K::NoBenefits => msg::NO_BENEFITS_ERROR.get(lang).to_string(),
            K::BirthAfterStart { year, start } => msg::birth_after_start(lang, year, start),
            K::JsonDuplicateKey(key) => msg::json_duplicate_key(lang, key),
            K::OtherBuild => msg::OTHER_BUILD.get(lang).to_string(),
            K::MixedEncoding {
                utf8_line,
                other_line,
            } => msg::mixed_encoding(lang, Plain(*utf8_line), Plain(*other_line)),
            // The banner says the data stays; the reader's own sentence about it is left off.
            K::Reference(e) => e
                .message(lang)
                .trim_end_matches(crate::messages::refdata::KEEPS_DATA.get(lang))
                .trim_end()
                .to_string(),
        }
    }
}

impl ForeignKind {
    /// The kind of file, in words ("een PDF-bestand" / "a PDF file").
    pub fn label(self) -> Msg {
        match self {
            ForeignKind::Pdf => msg::FOREIGN_PDF,
            ForeignKind::Image => msg::FOREIGN_IMAGE,
            ForeignKind::Zip => msg::FOREIGN_ZIP,
            ForeignKind::Word => msg::FOREIGN_WORD,
        }
    }

    /// Recognises a file that is no table by its first bytes (a ZIP archive is told
    /// apart from a workbook by its parts, in the XLSX reader).
    pub fn sniff(bytes: &[u8]) -> Option<ForeignKind> {
        const IMAGES: [&[u8]; 4] = [b"\x89PNG\r\n\x1a\n", b"\xFF\xD8\xFF", b"GIF87a", b"GIF89a"];
        if bytes.starts_with(b"%PDF-") {
            Some(ForeignKind::Pdf)
        } else if IMAGES.iter().any(|m| bytes.starts_with(m)) {
            Some(ForeignKind::Image)
        } else {
            None
        }
    }
}

impl JsonProblem {
    /// What is wrong, in words.
    pub fn label(self) -> Msg {
        match self {
            JsonProblem::Eof => msg::JSON_EOF,
            JsonProblem::Syntax => msg::JSON_SYNTAX,
            JsonProblem::Data => msg::JSON_DATA,
            JsonProblem::Io => msg::JSON_IO,
            JsonProblem::TooDeep => msg::JSON_TOO_DEEP,
        }
    }
}

impl JsonValue {
    /// The kind of value, in words ("een getal" / "a number").
    pub fn label(self) -> Msg {
        match self {
            JsonValue::List => msg::JSON_LIST,
            JsonValue::Text => msg::JSON_TEXT,
            JsonValue::Bool => msg::JSON_BOOL,
            JsonValue::Number => msg::JSON_NUMBER,
            JsonValue::Null => msg::JSON_NULL,
        }
    }
}

fn count(n: usize) -> Count {
    Count(n as i64)
}

/// What is wrong with a date written as numbers (`31-02-2024`, `00-00-0000`, `0`), when
/// it can be told: day-first or ISO order with a four-digit year, or an Excel serial.
fn date_problem(value: &str, lang: Lang) -> Option<String> {
    let v = value.trim();
    let parts: Vec<&str> = v.split(['-', '/', '.']).collect();
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if parts.iter().all(|p| p.bytes().all(|b| b == b'0')) {
        return Some(msg::DATE_ZEROS.get(lang).to_string());
    }
    let (d, m, y) = match parts[..] {
        [serial] if serial.len() != 4 && serial.len() != 8 => {
            return Some(msg::DATE_SERIAL.get(lang).to_string())
        }
        [y, m, d] if y.len() == 4 => (d, m, y),
        [d, m, y] if y.len() == 4 => (d, m, y),
        _ => return None,
    };
    let (d, m, y): (u32, u32, i32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    if !(1900..=2100).contains(&y) {
        return Some(msg::date_year(lang, &format!("{y:04}")));
    }
    if !(1..=12).contains(&m) {
        return Some(msg::date_month(lang, Plain(m)));
    }
    let days = crate::date::days_in_month(y, m);
    (d == 0 || d > days).then(|| msg::date_day(lang, Plain(d), Plain(m), Plain(y), Plain(days)))
}

/// How Dutch Excel shows an error value that the file stores in English.
fn dutch_excel_error(code: &str) -> Option<&'static str> {
    Some(match code {
        "#N/A" => "#N/B",
        "#DIV/0!" => "#DEEL/0!",
        "#NAME?" => "#NAAM?",
        "#NULL!" => "#LEEG!",
        "#NUM!" => "#GETAL!",
        "#REF!" => "#VERW!",
        "#VALUE!" => "#WAARDE!",
        _ => return None,
    })
}

/// `'a', 'b'`, or `(geen)` / `(none)` for an empty list.
fn quoted_list(lang: Lang, items: &[String]) -> String {
    if items.is_empty() {
        return msg::NONE.get(lang).to_string();
    }
    items
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The Dutch message (the interface's default language); [`LoadError::message`] for others.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Nl))
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_is_in_the_interface_language_with_its_location() {
        let e = LoadError::new(LoadErrorKind::BadDate("31-02-2024".into()))
            .at_line(4)
            .in_column("startdatum");
        assert_eq!(
            e.message(crate::lang::Lang::Nl),
            "'31-02-2024' is geen geldige datum: dag 31 bestaat niet in maand 2 van 2024 (die heeft \
             29 dagen). (regel 4, kolom 'startdatum')"
        );
        assert_eq!(
            e.message(crate::lang::Lang::En),
            "'31-02-2024' is not a valid date: day 31 does not exist in month 2 of 2024 (which has \
             29 days). (line 4, column 'startdatum')"
        );
        let e = LoadError::new(LoadErrorKind::NoUsableSheet { sheets: vec![] });
        assert!(
            e.message(Lang::En).contains("(none)"),
            "{}",
            e.message(Lang::En)
        );
    }

    /// Every kind of error, once, and the same with each way of locating it.
    pub(crate) fn examples() -> Vec<LoadError> {
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
            K::BadDate("00-00-0000".into()),
            K::BadDate("01-13-2024".into()),
            K::BadDate("01-01-9999".into()),
            K::BadDate("2958466".into()),
            K::BadDate("morgen".into()),
            K::BadNumber("1,2,3".into()),
            K::BadCode {
                value: "Q".into(),
                allowed: vec!["m".into(), "v".into()],
            },
            K::EndBeforeStart {
                start: "01-02-2024".into(),
                end: "01-01-2024".into(),
            },
            K::EmptyValue,
            K::UnknownColumns((1..=10).map(|i| format!("K{i}")).collect()),
            K::DuplicateId("U1".into()),
            K::DuplicateContractId("C1".into()),
            K::DuplicateTrajectoryId("T1".into()),
            K::OutOfRange {
                value: "160".into(),
                min: 0.0,
                max: 100.0,
            },
            K::BsnColumn,
            K::BsnValues,
            K::TooLarge {
                bytes: 600_000_000,
                limit: 536_870_912,
            },
            K::CellError("#N/A".into()),
            K::CellError("#SPILL!".into()),
            K::NoUsableSheet {
                sheets: vec!["Blad1".into()],
            },
            K::SheetNotFound {
                sheet: "X".into(),
                sheets: vec![],
            },
            K::BadWorkbook("invalid zip header".into()),
            K::ProtectedWorkbook,
            K::XlsNotSupported,
            K::XlsxNotBuilt,
            K::Utf16BigEndian,
            K::BadCsv("UTF-8 error".into()),
            K::HeaderRowEmpty,
            K::HeaderRowPastEnd(9),
            K::TooMuchText,
            K::TooManyLabels { limit: 65535 },
            K::TooManyStadsdelen { limit: 100 },
            K::BadBirthYear("19x0".into()),
            K::BadJson {
                line: 3,
                column: 7,
                problem: JsonProblem::Eof,
                detail: "EOF while parsing a list".into(),
            },
            K::BadJson {
                line: 1,
                column: 2,
                problem: JsonProblem::Syntax,
                detail: "expected value".into(),
            },
            K::BadJson {
                line: 1,
                column: 2,
                problem: JsonProblem::Data,
                detail: "invalid type".into(),
            },
            K::BadJson {
                line: 1,
                column: 2,
                problem: JsonProblem::Io,
                detail: "read".into(),
            },
            K::BadJson {
                line: 1,
                column: 632,
                problem: JsonProblem::TooDeep,
                detail: "recursion limit exceeded".into(),
            },
            K::JsonNoRows {
                keys: vec!["episodes".into()],
            },
            K::JsonNoRows { keys: vec![] },
            K::JsonNotRows(JsonValue::Text),
            K::JsonItemNotObject(JsonValue::List),
            K::JsonItemNotObject(JsonValue::Bool),
            K::JsonItemNotObject(JsonValue::Number),
            K::JsonItemNotObject(JsonValue::Null),
            K::JsonNestedValue,
            K::Transfer("meta".into()),
            K::EmbeddedData("BadZlibHeader".into()),
            K::AmbiguousColumns {
                field: "einddatum".into(),
                columns: vec!["Datum einde".into(), "Einddatum uitkering".into()],
            },
            K::Reference(crate::io::refdata::RefError::NoRows),
            K::ForeignFile(ForeignKind::Pdf),
            K::ForeignFile(ForeignKind::Image),
            K::ForeignFile(ForeignKind::Zip),
            K::ForeignFile(ForeignKind::Word),
            K::CellTooLong {
                chars: 100_000,
                limit: 10_000,
            },
            K::TooManyColumns { limit: 1000 },
            K::WorkbookTooLarge {
                part: "xl/worksheets/sheet1.xml".into(),
                limit: 1_000_000_000,
            },
            K::NulCharacter,
            K::NoBenefits,
            K::BirthAfterStart {
                year: "2090".into(),
                start: "01-01-2020".into(),
            },
            K::JsonDuplicateKey("startdatum".into()),
            K::OtherBuild,
            K::MixedEncoding {
                utf8_line: 2,
                other_line: 3,
            },
        ];
        let mut out = Vec::new();
        for kind in kinds {
            let mut json_item = LoadError::new(kind.clone()).at_line(3).in_column("x");
            json_item.unit = RowUnit::JsonItem;
            out.extend([
                LoadError::new(kind.clone()),
                LoadError::new(kind.clone())
                    .at_line(12)
                    .in_column("startdatum"),
                LoadError::new(kind.clone())
                    .at_line(14)
                    .in_column("startdatum")
                    .in_sheet("Bestand")
                    .at_letter("C"),
                LoadError::new(kind.clone()).in_sheet("Bestand"),
                LoadError::new(kind).at_letter("D"),
                json_item,
            ]);
        }
        out
    }

    /// Its place in the list of kinds: a new kind fails to compile here until it has an
    /// example above.
    fn kind_index(k: &LoadErrorKind) -> usize {
        use LoadErrorKind as K;
        match k {
            K::Empty => 0,
            K::Binary => 1,
            K::NoHeader => 2,
            K::MissingColumn(_) => 3,
            K::RaggedRow { .. } => 4,
            K::BadDate(_) => 5,
            K::BadNumber(_) => 6,
            K::BadCode { .. } => 7,
            K::EndBeforeStart { .. } => 8,
            K::EmptyValue => 9,
            K::UnknownColumns(_) => 10,
            K::DuplicateId(_) => 11,
            K::DuplicateContractId(_) => 12,
            K::OutOfRange { .. } => 13,
            K::BsnColumn => 14,
            K::BsnValues => 15,
            K::TooLarge { .. } => 16,
            K::CellError(_) => 17,
            K::NoUsableSheet { .. } => 18,
            K::SheetNotFound { .. } => 19,
            K::BadWorkbook(_) => 20,
            K::ProtectedWorkbook => 21,
            K::XlsNotSupported => 22,
            K::XlsxNotBuilt => 23,
            K::Utf16BigEndian => 24,
            K::BadCsv(_) => 25,
            K::HeaderRowEmpty => 26,
            K::HeaderRowPastEnd(_) => 27,
            K::TooMuchText => 28,
            K::TooManyLabels { .. } => 29,
            K::TooManyStadsdelen { .. } => 30,
            K::BadBirthYear(_) => 31,
            K::BadJson { .. } => 32,
            K::JsonNoRows { .. } => 33,
            K::JsonNotRows(_) => 34,
            K::JsonItemNotObject(_) => 35,
            K::JsonNestedValue => 36,
            K::Transfer(_) => 37,
            K::EmbeddedData(_) => 38,
            K::AmbiguousColumns { .. } => 39,
            K::DuplicateTrajectoryId(_) => 40,
            K::Reference(_) => 41,
            K::ForeignFile(_) => 42,
            K::CellTooLong { .. } => 43,
            K::TooManyColumns { .. } => 44,
            K::WorkbookTooLarge { .. } => 45,
            K::NulCharacter => 46,
            K::MixedEncoding { .. } => 47,
            K::NoBenefits => 48,
            K::BirthAfterStart { .. } => 49,
            K::JsonDuplicateKey(_) => 50,
            K::OtherBuild => 51,
        }
    }

    #[test]
    fn every_error_has_a_dutch_and_an_english_text() {
        let mut seen = [false; 52];
        for e in examples() {
            seen[kind_index(&e.kind)] = true;
            crate::messages::check::assert_translated(&e.message(Lang::Nl), &e.message(Lang::En));
            if let (Some(nl), Some(en)) = (e.location(Lang::Nl), e.location(Lang::En)) {
                crate::messages::check::assert_translated(&nl, &en);
            }
        }
        assert!(seen.iter().all(|&s| s), "an example of every kind");
    }

    #[test]
    fn dutch_texts_read_as_before() {
        let e = LoadError::new(LoadErrorKind::CellError("#N/A".into()))
            .at_line(14)
            .in_column("startdatum")
            .in_sheet("Bestand")
            .at_letter("C");
        assert_eq!(
            e.message(Lang::Nl),
            "Deze cel bevat een Excel-fout (#N/A, in Nederlandse Excel #N/B). Herstel de formule \
             of maak de cel leeg en sla de werkmap opnieuw op. (rij 14, kolom C ('startdatum') op \
             blad 'Bestand')"
        );
        assert_eq!(
            LoadError::new(LoadErrorKind::ProtectedWorkbook).message(Lang::Nl),
            "Deze Excel-werkmap kan niet worden gelezen (beveiligd met een wachtwoord). Is het \
             bestand beschadigd of beveiligd met een wachtwoord? Sla het in Excel opnieuw op als \
             'Excel-werkmap (*.xlsx)'."
        );
        let mut e = LoadError::new(LoadErrorKind::JsonItemNotObject(JsonValue::Number)).at_line(3);
        e.unit = RowUnit::JsonItem;
        assert_eq!(
            e.message(Lang::Nl),
            "Verwacht een object ({…}) per rij, gevonden: een getal. (rij 3 (index 2))"
        );
        assert_eq!(
            e.message(Lang::En),
            "Expected an object ({…}) per row, found: a number. (row 3 (index 2))"
        );
        let e = LoadError::new(LoadErrorKind::OutOfRange {
            value: "12000".into(),
            min: 0.0,
            max: 10000.0,
        });
        assert_eq!(e.message(Lang::Nl), "'12000' ligt niet tussen 0 en 10.000.");
        assert_eq!(e.message(Lang::En), "'12000' is not between 0 and 10,000.");
    }

    #[test]
    fn errors_travel_typed() {
        // In the loader worker's wire format (bijstand-worker) and as JSON.
        for e in examples() {
            let bytes = postcard::to_allocvec(&e).unwrap();
            assert_eq!(postcard::from_bytes::<LoadError>(&bytes).unwrap(), e);
            let json = serde_json::to_string(&e).unwrap();
            let back: LoadError = serde_json::from_str(&json).unwrap();
            assert_eq!(back, e, "{json}");
        }
    }
}
