//! What the loader detected, shown to the user as a preview they can override.
//!
//! These types travel between the loader Web Worker and the page (serde, in the compact
//! wire format of `bijstand-worker`: no attribute here may need a self-describing format,
//! such as `tag`, `untagged`, `flatten` or `skip_serializing_if`); a malformed or unknown
//! value is a deserialization error.

use crate::i18n::Msg;
use crate::messages::categories as msg;

use serde::{Deserialize, Deserializer, Serialize};

/// Which kind of data a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// Person-level benefit episodes (DATA-MODEL §2.1).
    #[default]
    Episodes,
    /// Aggregate kerncijfers (DATA-MODEL §3).
    Kerncijfers,
    /// LKS contracts (DATA-MODEL §2.2), added to the caseload in view.
    Contracts,
    /// Trajectories (DATA-MODEL §2.3), added to the caseload in view.
    Trajectories,
    /// A code list (code → omschrijving), labelling the caseload's instroomreden codes.
    CodeList,
}

/// The text encoding the loader found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DetectedEncoding {
    /// UTF-8 with a byte-order mark (Excel "CSV UTF-8").
    Utf8Bom,
    /// UTF-8 without a byte-order mark.
    #[default]
    Utf8,
    /// Windows-1252 (Excel's classic "CSV").
    Windows1252,
    /// UTF-16 little-endian with a byte-order mark (Excel "Unicode-tekst").
    Utf16Le,
}

impl DetectedEncoding {
    /// A short description.
    pub fn label(self) -> Msg {
        match self {
            DetectedEncoding::Utf8Bom => msg::ENCODING_UTF8_BOM,
            DetectedEncoding::Utf8 => msg::ENCODING_UTF8,
            DetectedEncoding::Windows1252 => msg::ENCODING_WINDOWS_1252,
            DetectedEncoding::Utf16Le => msg::ENCODING_UTF16_LE,
        }
    }
}

/// How numbers are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecimalStyle {
    /// `1.234,5` (Dutch).
    #[default]
    Comma,
    /// `1,234.5` (English).
    Point,
}

/// Settings the user may force instead of detection (the preview's "instellingen").
///
/// Every field left at its default means "detect": the loader's choice then shows in
/// the [`LoadReport`], and the user can force it here and load again.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LoadOptions {
    /// Force this separator (CSV).
    pub separator: Option<char>,
    /// Force this encoding (CSV and JSON; an XLSX workbook has its own).
    pub encoding: Option<DetectedEncoding>,
    /// Force this decimal style for every number column (otherwise `waarde` decides per
    /// column, see [`ColumnMapping::decimal`]).
    pub decimal: Option<DecimalStyle>,
    /// Read ambiguous text dates month-first (`09-30-2024`). Never the default: without
    /// this, `01-02-2024` is 1 February. Real Excel dates are not affected.
    pub month_first: bool,
    /// Force the header row: the 1-based line (CSV) or row number as Excel shows it
    /// (XLSX). Rows above it are skipped. Ignored for JSON (the keys are the header).
    pub header_row: Option<usize>,
    /// Read this sheet of an Excel workbook instead of the first usable one.
    pub sheet: Option<String>,
    /// Column mapping overrides: a source header as written in the file, and the field
    /// code to read it as (see [`super::mappable_fields`]), or `None` to ignore the
    /// column. Headers are matched case- and diacritic-insensitively. An override beats
    /// the built-in synonyms: mapping `Gebied` to `stadsdeel` takes that field from a
    /// column `Wijk` that would otherwise have matched it.
    pub column_map: Vec<(String, Option<String>)>,
    /// Mappings remembered from earlier loads ([`super::RememberedMapping`]): the one
    /// whose header row is this file's is applied after `column_map` (which wins for the
    /// same column), and named in [`LoadReport::remembered`].
    pub remembered: Vec<super::RememberedMapping>,
}

impl LoadOptions {
    /// The override for a header, if any: `Some(Some(field))` maps, `Some(None)` ignores.
    pub(crate) fn column_override(&self, header: &str) -> Option<Option<&str>> {
        let key = crate::text::header_key(header.trim_start_matches('\u{feff}'));
        self.column_map
            .iter()
            .find(|(source, _)| crate::text::header_key(source) == key)
            .map(|(_, field)| field.as_deref())
    }
}

/// Why a source column got its mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MappingKind {
    /// Recognised from its header (name or synonym).
    #[default]
    Recognised,
    /// Recognised by the words in its header (`Startdatum periodiek algemeen`).
    ByWords,
    /// Mapped by the user ([`LoadOptions::column_map`]).
    Forced,
    /// Ignored by the user ([`LoadOptions::column_map`] with `None`).
    IgnoredByUser,
    /// Not recognised: ignored (the user can map it).
    Unknown,
    /// Recognised, but the app does not use this field (yet).
    NotUsed,
    /// Names a field that an earlier column already holds: ignored.
    Duplicate,
    /// No header text and no data that matters.
    Blank,
}

impl MappingKind {
    /// A short description for the preview.
    pub fn label(self) -> Msg {
        match self {
            MappingKind::Recognised => msg::MAPPING_RECOGNISED,
            MappingKind::ByWords => msg::MAPPING_BY_WORDS,
            MappingKind::Forced => msg::MAPPING_FORCED,
            MappingKind::IgnoredByUser => msg::MAPPING_IGNORED_BY_USER,
            MappingKind::Unknown => msg::MAPPING_UNKNOWN,
            MappingKind::NotUsed => msg::MAPPING_NOT_USED,
            MappingKind::Duplicate => msg::MAPPING_DUPLICATE,
            MappingKind::Blank => msg::MAPPING_BLANK,
        }
    }
}

/// How one source column was mapped.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// The header text as written in the file (for JSON: the key).
    pub source: String,
    /// The model field it maps to, or `None` when ignored.
    #[serde(deserialize_with = "deserialize_field")]
    pub field: Option<FieldName>,
    /// Why it has this mapping.
    pub how: MappingKind,
    /// Where the column is: the column letter as a spreadsheet shows it (`A`, `B`, …;
    /// for CSV the same letters Excel would show), or the key for JSON.
    pub position: String,
    /// The decimal style used for this column's numbers, for columns that decide it
    /// themselves (`waarde` in kerncijfers); `None` elsewhere.
    pub decimal: Option<DecimalStyle>,
    /// For date columns in a [`super::Preview`]: what the sample says about the order of
    /// day and month. `None` for other columns and after a full load.
    pub dates: Option<DateEvidence>,
    /// Mapped (or left out) by a remembered mapping ([`LoadOptions::remembered`]), not by
    /// a choice made now.
    #[serde(default)]
    pub remembered: bool,
}

/// What the cells of a date column say about the order of day and month (DATA-MODEL
/// §4.4: never assume month-first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateEvidence {
    /// A first component above 12 (`30-09-2024`) or only unambiguous forms (ISO,
    /// Excel dates, month names): day-first is certain.
    DayFirst,
    /// Every numeric date could be either (`01-02-2024`): read day-first unless the user
    /// forces month-first.
    Ambiguous,
    /// A second component above 12 (`09-30-2024`): the column looks month-first.
    LooksMonthFirst,
}

impl DateEvidence {
    /// A short description for the preview.
    pub fn label(self) -> Msg {
        match self {
            DateEvidence::DayFirst => msg::DATES_DAY_FIRST,
            DateEvidence::Ambiguous => msg::DATES_AMBIGUOUS,
            DateEvidence::LooksMonthFirst => msg::DATES_LOOK_MONTH_FIRST,
        }
    }
}

/// The result of checking a `Totaal` row against the data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TotalCheck {
    /// Line of the total row.
    pub line: usize,
    /// Column, the printed total, and the sum computed from the data rows.
    pub columns: Vec<(String, f64, f64)>,
}

/// Everything the loader detected and decided, for the preview and the data-quality panel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LoadReport {
    /// The file format read.
    pub format: super::Format,
    /// What kind of data the file holds.
    pub kind: FileKind,
    /// Encoding found (CSV and JSON; XLSX workbooks report the default).
    pub encoding: DetectedEncoding,
    /// Field separator found (CSV; `'\0'` for XLSX and JSON).
    pub separator: char,
    /// Whether a `sep=` line was present (and dropped).
    pub sep_line: bool,
    /// Decimal style used for numbers (for kerncijfers: the `waarde` column's).
    pub decimal: DecimalStyle,
    /// True when dates were read month-first (only by user override).
    pub month_first: bool,
    /// 1-based line of the header row (CSV), its row number as Excel shows it (XLSX),
    /// or 0 for JSON (the keys are the header).
    pub header_line: usize,
    /// The sheet read (XLSX).
    pub sheet: Option<String>,
    /// Every sheet of the workbook, in order (XLSX).
    pub sheets: Vec<String>,
    /// How each source column was mapped.
    pub columns: Vec<ColumnMapping>,
    /// The fields a column can be mapped to for this kind of file: code and Dutch label
    /// (the same list as [`super::mappable_fields`]). Serialized as the kind whose list it is.
    #[serde(with = "fields_of_kind")]
    pub mappable_fields: &'static [(&'static str, &'static str)],
    /// Number of data rows read.
    pub rows: usize,
    /// Episodes files: the number of persons, when the file says who is who (distinct
    /// `persoon_id`, or one per row when partner rows were merged into one benefit);
    /// `None` when it cannot tell. The benefits are the episodes.
    #[serde(default)]
    pub persons: Option<usize>,
    /// A `Totaal` row found at the bottom, used as a check value.
    pub total: Option<TotalCheck>,
    /// The remembered mapping applied to this file's header row, if one was.
    #[serde(default)]
    pub remembered: Option<super::RememberedMapping>,
    /// Non-fatal remarks (e.g. blank rows skipped), in order.
    pub warnings: Vec<super::LoadWarning>,
}

/// A schema field's name (an alias, so serde does not take `&'static str` as borrowed from
/// the input).
type FieldName = &'static str;

/// [`ColumnMapping::field`] from its name: the `&'static` name of a schema field; an
/// unknown name is an error.
fn deserialize_field<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    Option::<String>::deserialize(d)?
        .map(|name| {
            super::field_name(&name)
                .ok_or_else(|| serde::de::Error::custom(format!("unknown field '{name}'")))
        })
        .transpose()
}

/// [`LoadReport::mappable_fields`] as the [`FileKind`] whose [`super::mappable_fields`] it
/// is (`null` for none).
mod fields_of_kind {
    use super::{FileKind, Serialize};
    use serde::{Deserialize, Deserializer, Serializer};

    type Fields = &'static [(&'static str, &'static str)];
    const KINDS: [FileKind; 5] = [
        FileKind::Episodes,
        FileKind::Kerncijfers,
        FileKind::Contracts,
        FileKind::Trajectories,
        FileKind::CodeList,
    ];

    pub fn serialize<S: Serializer>(fields: &Fields, s: S) -> Result<S::Ok, S::Error> {
        KINDS
            .into_iter()
            .find(|&k| crate::io::mappable_fields(k) == *fields && !fields.is_empty())
            .serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Fields, D::Error> {
        Ok(Option::<FileKind>::deserialize(d)?.map_or(&[], crate::io::mappable_fields))
    }
}

impl LoadReport {
    /// The source headers of the columns that are not read (unknown, not used, duplicate
    /// or ignored by the user), as written in the file.
    pub fn ignored_columns(&self) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|c| c.field.is_none() && !c.source.trim().is_empty())
            .map(|c| c.source.as_str())
            .collect()
    }

    /// The mapping of the column that holds `field`, if any.
    pub fn column_of(&self, field: &str) -> Option<&ColumnMapping> {
        self.columns.iter().find(|c| c.field == Some(field))
    }
}
