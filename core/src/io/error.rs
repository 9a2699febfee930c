//! Typed load errors with their location and a Dutch message.

use std::fmt;

/// Why a file could not be loaded.
#[derive(Clone, Debug, PartialEq)]
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
    /// The workbook could not be opened (damaged, encrypted, not a workbook).
    BadWorkbook(String),
    /// The JSON text is not valid JSON.
    BadJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based character position in that line.
        column: usize,
        /// What is wrong, in Dutch.
        detail: String,
    },
    /// Anything else, described in Dutch.
    Other(String),
}

/// How [`LoadError::line`] counts, which decides the wording of the location.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, Default, PartialEq)]
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

    /// The location in Dutch: "regel 12, kolom 'startdatum'" (CSV), "rij 14, kolom C
    /// ('startdatum') op blad 'Bestand'" (XLSX), "rij 3 (index 2), sleutel 'startdatum'"
    /// (JSON).
    pub fn location_nl(&self) -> Option<String> {
        let column = match (self.column_letter(), &self.column) {
            (Some(l), Some(c)) => Some(format!("kolom {l} ('{c}')")),
            (Some(l), None) => Some(format!("kolom {l}")),
            (None, Some(c)) if self.unit == RowUnit::JsonItem => Some(format!("sleutel '{c}'")),
            (None, Some(c)) => Some(format!("kolom '{c}'")),
            (None, None) => None,
        };
        let row = match (self.unit, self.line) {
            (RowUnit::Line, Some(l)) => Some(format!("regel {l}")),
            (RowUnit::SheetRow, Some(l)) => Some(format!("rij {l}")),
            (RowUnit::JsonItem, Some(l)) if l > 0 => Some(format!("rij {l} (index {})", l - 1)),
            _ => None,
        };
        let place = match (row, column) {
            (Some(r), Some(c)) => Some(format!("{r}, {c}")),
            (r, c) => r.or(c),
        };
        match (place, self.sheet()) {
            (Some(p), Some(s)) => Some(format!("{p} op blad '{s}'")),
            (None, Some(s)) => Some(format!("blad '{s}'")),
            (p, None) => p,
        }
    }

    /// A complete Dutch message for the error banner.
    pub fn message_nl(&self) -> String {
        let what = match &self.kind {
            LoadErrorKind::Empty => "Het bestand is leeg.".to_string(),
            LoadErrorKind::Binary => {
                "Dit lijkt geen tekstbestand (CSV), Excel-bestand (XLSX) of JSON-bestand.".to_string()
            }
            LoadErrorKind::NoHeader => "Geen kopregel met bekende kolomnamen gevonden (bijvoorbeeld uitkering_id, startdatum of indicator).".to_string(),
            LoadErrorKind::MissingColumn(c) => format!("De verplichte kolom '{c}' ontbreekt."),
            LoadErrorKind::RaggedRow { expected, found } => {
                format!("Deze regel heeft {found} velden, de kopregel {expected}.")
            }
            LoadErrorKind::BadDate(v) => format!("'{v}' is geen geldige datum (verwacht dd-mm-jjjj)."),
            LoadErrorKind::BadNumber(v) => format!("'{v}' is geen geldig getal."),
            LoadErrorKind::BadCode { value, allowed } => {
                format!("'{value}' is geen toegestane waarde (toegestaan: {}).", allowed.join(", "))
            }
            LoadErrorKind::EndBeforeStart { start, end } => {
                format!("De einddatum '{end}' ligt vóór de startdatum '{start}'.")
            }
            LoadErrorKind::EmptyValue => "Deze verplichte waarde is leeg.".to_string(),
            LoadErrorKind::UnknownColumns(found) => {
                let mut shown: Vec<String> = found.iter().take(8).map(|c| format!("'{c}'")).collect();
                if found.len() > 8 {
                    shown.push(format!("… ({} kolommen)", found.len()));
                }
                format!(
                    "Onbekende kolommen: {}. Dit is geen bijstandsbestand (kolommen uitkering_id, startdatum, einddatum), \
                     geen kerncijfers-bestand (kolommen indicator, periode_tot, waarde, eenheid, status) \
                     en geen LKS-contractenbestand (kolommen contract_id, startdatum, einddatum, loonwaarde_pct).",
                    shown.join(", ")
                )
            }
            LoadErrorKind::DuplicateId(id) => format!("uitkering_id '{id}' komt meer dan eens voor."),
            LoadErrorKind::DuplicateContractId(id) => format!("contract_id '{id}' komt meer dan eens voor."),
            LoadErrorKind::OutOfRange { value, min, max } => format!(
                "'{value}' ligt niet tussen {} en {}.",
                crate::format::nl::dec(*min, 0),
                crate::format::nl::dec(*max, 0)
            ),
            LoadErrorKind::BsnColumn => "Dit bestand bevat een kolom die op een BSN lijkt. Bestanden met burgerservicenummers worden uit privacyoverwegingen niet geladen: gebruik een pseudoniem (bijvoorbeeld een willekeurig uitkering_id).".to_string(),
            LoadErrorKind::BsnValues => "Deze kolom bevat 9-cijferige nummers die de elfproef doorstaan, zoals een BSN. Uit privacyoverwegingen wordt het bestand niet geladen: vervang ze door een pseudoniem.".to_string(),
            LoadErrorKind::TooLarge { bytes, limit } => format!(
                "Het bestand is te groot ({} MB; maximaal {} MB).",
                bytes / 1_000_000,
                limit / 1_000_000
            ),
            LoadErrorKind::CellError(v) => {
                let shown = match dutch_excel_error(v) {
                    Some(nl) => format!("{v}, in Nederlandse Excel {nl}"),
                    None => v.clone(),
                };
                format!(
                    "Deze cel bevat een Excel-fout ({shown}). Herstel de formule of maak de cel leeg en sla de werkmap opnieuw op."
                )
            }
            LoadErrorKind::NoUsableSheet { sheets } => format!(
                "Geen werkblad met bekende kolomnamen gevonden (bijvoorbeeld uitkering_id, startdatum of indicator). \
                 Bekeken bladen: {}. Kies het blad met de gegevens of zet de kolomnamen in de eerste rijen.",
                quoted_list(sheets)
            ),
            LoadErrorKind::SheetNotFound { sheet, sheets } => format!(
                "Het blad '{sheet}' staat niet in deze werkmap. Bladen in de werkmap: {}.",
                quoted_list(sheets)
            ),
            LoadErrorKind::BadWorkbook(why) => format!(
                "Deze Excel-werkmap kan niet worden gelezen ({why}). Is het bestand beschadigd of beveiligd met een wachtwoord? \
                 Sla het in Excel opnieuw op als 'Excel-werkmap (*.xlsx)'."
            ),
            LoadErrorKind::BadJson { line, column, detail } => format!(
                "Dit is geen geldig JSON-bestand: {detail} (regel {line}, teken {column})."
            ),
            LoadErrorKind::Other(s) => s.clone(),
        };
        match self.location_nl() {
            Some(loc) => format!("{what} ({loc})"),
            None => what,
        }
    }

    /// The location in English: "line 12, column 'startdatum'", "row 14, column C
    /// ('startdatum') on sheet 'Bestand'", "row 3 (index 2), key 'startdatum'".
    pub fn location_en(&self) -> Option<String> {
        let column = match (self.column_letter(), &self.column) {
            (Some(l), Some(c)) => Some(format!("column {l} ('{c}')")),
            (Some(l), None) => Some(format!("column {l}")),
            (None, Some(c)) if self.unit == RowUnit::JsonItem => Some(format!("key '{c}'")),
            (None, Some(c)) => Some(format!("column '{c}'")),
            (None, None) => None,
        };
        let row = match (self.unit, self.line) {
            (RowUnit::Line, Some(l)) => Some(format!("line {l}")),
            (RowUnit::SheetRow, Some(l)) => Some(format!("row {l}")),
            (RowUnit::JsonItem, Some(l)) if l > 0 => Some(format!("row {l} (index {})", l - 1)),
            _ => None,
        };
        let place = match (row, column) {
            (Some(r), Some(c)) => Some(format!("{r}, {c}")),
            (r, c) => r.or(c),
        };
        match (place, self.sheet()) {
            (Some(p), Some(s)) => Some(format!("{p} on sheet '{s}'")),
            (None, Some(s)) => Some(format!("sheet '{s}'")),
            (p, None) => p,
        }
    }

    /// A complete English message for the error banner (column names stay as in the file).
    pub fn message_en(&self) -> String {
        let what = match &self.kind {
            LoadErrorKind::Empty => "The file is empty.".to_string(),
            LoadErrorKind::Binary => {
                "This does not look like a text (CSV), Excel (XLSX) or JSON file.".to_string()
            }
            LoadErrorKind::NoHeader => "No header row with known column names found (for example uitkering_id, startdatum or indicator).".to_string(),
            LoadErrorKind::MissingColumn(c) => format!("The required column '{c}' is missing."),
            LoadErrorKind::RaggedRow { expected, found } => {
                format!("This line has {found} fields, the header row {expected}.")
            }
            LoadErrorKind::BadDate(v) => format!("'{v}' is not a valid date (expected dd-mm-yyyy)."),
            LoadErrorKind::BadNumber(v) => format!("'{v}' is not a valid number."),
            LoadErrorKind::BadCode { value, allowed } => {
                format!("'{value}' is not an allowed value (allowed: {}).", allowed.join(", "))
            }
            LoadErrorKind::EndBeforeStart { start, end } => {
                format!("The end date '{end}' is before the start date '{start}'.")
            }
            LoadErrorKind::EmptyValue => "This required value is empty.".to_string(),
            LoadErrorKind::UnknownColumns(found) => {
                let mut shown: Vec<String> = found.iter().take(8).map(|c| format!("'{c}'")).collect();
                if found.len() > 8 {
                    shown.push(format!("… ({} columns)", found.len()));
                }
                format!(
                    "Unknown columns: {}. This is not a benefits file (columns uitkering_id, startdatum, einddatum), \
                     not a key-figures file (columns indicator, periode_tot, waarde, eenheid, status) \
                     and not an LKS contracts file (columns contract_id, startdatum, einddatum, loonwaarde_pct).",
                    shown.join(", ")
                )
            }
            LoadErrorKind::DuplicateId(id) => format!("uitkering_id '{id}' occurs more than once."),
            LoadErrorKind::DuplicateContractId(id) => format!("contract_id '{id}' occurs more than once."),
            LoadErrorKind::OutOfRange { value, min, max } => {
                format!("'{value}' is not between {min} and {max}.")
            }
            LoadErrorKind::BsnColumn => "This file has a column that looks like a BSN. Files with citizen service numbers are not loaded, for privacy: use a pseudonym (for example a random uitkering_id).".to_string(),
            LoadErrorKind::BsnValues => "This column holds 9-digit numbers that pass the eleven test, like a BSN. For privacy the file is not loaded: replace them with a pseudonym.".to_string(),
            LoadErrorKind::TooLarge { bytes, limit } => format!(
                "The file is too large ({} MB; at most {} MB).",
                bytes / 1_000_000,
                limit / 1_000_000
            ),
            LoadErrorKind::CellError(v) => format!(
                "This cell holds an Excel error ({v}). Fix the formula or empty the cell and save the workbook again."
            ),
            LoadErrorKind::NoUsableSheet { sheets } => format!(
                "No worksheet with known column names found (for example uitkering_id, startdatum or indicator). \
                 Sheets looked at: {}. Choose the sheet with the data or put the column names in the first rows.",
                quoted_list(sheets).replace("(geen)", "(none)")
            ),
            LoadErrorKind::SheetNotFound { sheet, sheets } => format!(
                "The sheet '{sheet}' is not in this workbook. Sheets in the workbook: {}.",
                quoted_list(sheets).replace("(geen)", "(none)")
            ),
            LoadErrorKind::BadWorkbook(why) => format!(
                "This Excel workbook cannot be read ({why}). Is the file damaged or protected with a password? \
                 Save it again in Excel as 'Excel Workbook (*.xlsx)'."
            ),
            LoadErrorKind::BadJson { line, column, detail } => format!(
                "This is not a valid JSON file: {detail} (line {line}, character {column})."
            ),
            LoadErrorKind::Other(s) => s.clone(),
        };
        match self.location_en() {
            Some(loc) => format!("{what} ({loc})"),
            None => what,
        }
    }

    /// The message in the interface language.
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        match lang {
            crate::lang::Lang::Nl => self.message_nl(),
            crate::lang::Lang::En => self.message_en(),
        }
    }
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

/// `'a', 'b'`, or `(geen)` for an empty list.
fn quoted_list(items: &[String]) -> String {
    if items.is_empty() {
        return "(geen)".to_string();
    }
    items
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_nl())
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
            "'31-02-2024' is geen geldige datum (verwacht dd-mm-jjjj). (regel 4, kolom 'startdatum')"
        );
        assert_eq!(
            e.message(crate::lang::Lang::En),
            "'31-02-2024' is not a valid date (expected dd-mm-yyyy). (line 4, column 'startdatum')"
        );
        let e = LoadError::new(LoadErrorKind::NoUsableSheet { sheets: vec![] });
        assert!(e.message_en().contains("(none)"), "{}", e.message_en());
    }
}
