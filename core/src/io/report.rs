//! What the loader detected, shown to the user as a preview they can override.

/// Which kind of data a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FileKind {
    /// Person-level benefit episodes (DATA-MODEL §2.1).
    #[default]
    Episodes,
    /// Aggregate kerncijfers (DATA-MODEL §3).
    Kerncijfers,
}

/// The text encoding the loader found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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
    /// A short Dutch description.
    pub fn label_nl(self) -> &'static str {
        match self {
            DetectedEncoding::Utf8Bom => "UTF-8 met BOM",
            DetectedEncoding::Utf8 => "UTF-8",
            DetectedEncoding::Windows1252 => "Windows-1252 (ANSI)",
            DetectedEncoding::Utf16Le => "UTF-16 (Unicode-tekst)",
        }
    }
}

/// How numbers are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DecimalStyle {
    /// `1.234,5` (Dutch).
    #[default]
    Comma,
    /// `1,234.5` (English).
    Point,
}

/// Settings the user may force instead of detection.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadOptions {
    /// Force this separator.
    pub separator: Option<char>,
    /// Force this encoding.
    pub encoding: Option<DetectedEncoding>,
    /// Force this decimal style.
    pub decimal: Option<DecimalStyle>,
    /// Treat ambiguous dates as month-first (never the default).
    pub month_first: bool,
}

/// How one source column was mapped.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnMapping {
    /// The header text as written in the file.
    pub source: String,
    /// The model field it maps to, or `None` when ignored.
    pub field: Option<&'static str>,
}

/// The result of checking a `Totaal` row against the data.
#[derive(Clone, Debug, PartialEq)]
pub struct TotalCheck {
    /// Line of the total row.
    pub line: usize,
    /// Column, the printed total, and the sum computed from the data rows.
    pub columns: Vec<(String, f64, f64)>,
}

/// Everything the loader detected and decided, for the preview and the data-quality panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadReport {
    /// What kind of data the file holds.
    pub kind: FileKind,
    /// Encoding found.
    pub encoding: DetectedEncoding,
    /// Field separator found.
    pub separator: char,
    /// Whether a `sep=` line was present (and dropped).
    pub sep_line: bool,
    /// Decimal style used for numbers.
    pub decimal: DecimalStyle,
    /// True when dates were read month-first (only by user override).
    pub month_first: bool,
    /// 1-based line of the header row.
    pub header_line: usize,
    /// How each source column was mapped.
    pub columns: Vec<ColumnMapping>,
    /// Number of data rows read.
    pub rows: usize,
    /// A `Totaal` row found at the bottom, used as a check value.
    pub total: Option<TotalCheck>,
    /// Non-fatal remarks in Dutch (e.g. "3 lege regels overgeslagen").
    pub warnings: Vec<String>,
}
