//! The settings dialog of a file ("Instellingen controleren"): what the loader detected
//! in the first rows, each setting as a choice the user can override, the column mapping
//! and the first rows as a table.
//!
//! Pure: the reducer keeps a [`SettingsDialog`] (the file's first bytes and the chosen
//! [`LoadOptions`]); every [`Change`] asks for a new preview ([`SettingsDialog::pending`]),
//! which the loader worker makes ([`io::preview`], `crate::loader::preview`: the page's
//! wasm holds no file reader) and [`SettingsDialog::previewed`] takes. [`settings_form`]
//! turns the preview shown, with the settings it was made with, into what the component
//! draws, in the interface language: the form changes at once when the reply comes.

use std::rc::Rc;

use bijstand_core::io::{
    self, DateEvidence, DecimalStyle, DetectedEncoding, FileKind, Format, LoadError, LoadErrorKind,
    LoadOptions, LoadWarning, Preview, RememberedMapping,
};
use bijstand_core::lang::Lang;

use super::quality::{column_how, separator_label};
use crate::messages::load_settings as msg;
use bijstand_core::format;
use bijstand_core::i18n::{Count, Plain};

/// Bytes of a delimited text file the preview reads: enough for the header and the first
/// rows of any real file, and quick to decode on every change.
pub const HEAD_BYTES: usize = 256 * 1024;

/// The bytes a preview reads: the head of a delimited text file, or a whole workbook or
/// JSON file. Compared by pointer (the reducer clones the state on every action).
#[derive(Clone)]
pub struct Sample {
    bytes: Rc<[u8]>,
    /// Only the first part of the file was read.
    pub partial: bool,
}

impl Sample {
    /// Wraps the bytes read; a `partial` head is cut after its last complete line, so
    /// that a character or row cut in half does not change what is detected.
    pub fn new(mut bytes: Vec<u8>, partial: bool) -> Sample {
        if partial {
            let keep = complete_lines(&bytes);
            bytes.truncate(keep);
        }
        Sample {
            bytes: bytes.into(),
            partial,
        }
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl PartialEq for Sample {
    fn eq(&self, other: &Sample) -> bool {
        Rc::ptr_eq(&self.bytes, &other.bytes) && self.partial == other.partial
    }
}

impl std::fmt::Debug for Sample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Sample({} bytes{})",
            self.bytes.len(),
            if self.partial { ", partial" } else { "" }
        )
    }
}

/// Whether the preview needs the whole file: a workbook is a ZIP archive and JSON must be
/// complete to parse; delimited text is read from its first [`HEAD_BYTES`]. `first` is
/// the start of the file.
pub fn needs_whole_file(first: &[u8], name: &str) -> bool {
    Format::sniff(first, name) != Format::Csv
}

/// The length of `bytes` up to and including its last line end (all of it when there is
/// none). UTF-16LE text (with its byte-order mark) ends a line with the code unit `0A 00`.
fn complete_lines(bytes: &[u8]) -> usize {
    if bytes.starts_with(b"\xFF\xFE") {
        let units = bytes.len() / 2;
        return (1..units)
            .rev()
            .find(|&u| bytes[2 * u] == b'\n' && bytes[2 * u + 1] == 0)
            .map_or(2 * units, |u| 2 * u + 2);
    }
    bytes
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(bytes.len(), |i| i + 1)
}

/// Format version of the stored remembered mappings.
const REMEMBERED_VERSION: u32 = 1;

/// The remembered column mappings as stored text: `{"v":1,"mappings":[…]}` (header names
/// and choices only, never data).
pub fn remembered_to_json(list: &[RememberedMapping]) -> String {
    serde_json::json!({ "v": REMEMBERED_VERSION, "mappings": list }).to_string()
}

/// The remembered mappings from stored text; anything unreadable is left out (the app
/// starts without them rather than failing), and at most [`io::MAX_REMEMBERED`] are kept.
pub fn remembered_from_json(text: &str) -> Vec<RememberedMapping> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    let mut list = Vec::new();
    for m in v["mappings"].as_array().into_iter().flatten() {
        if let Ok(m) = serde_json::from_value::<RememberedMapping>(m.clone()) {
            if !m.header.is_empty() {
                io::remember(&mut list, m);
            }
        }
    }
    list
}

/// One override the user makes in the dialog.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Force an encoding (`None`: detect).
    Encoding(Option<DetectedEncoding>),
    /// Force a separator (`None`: detect).
    Separator(Option<char>),
    /// Force a decimal style (`None`: detect).
    Decimal(Option<DecimalStyle>),
    /// Read ambiguous dates month-first.
    MonthFirst(bool),
    /// Force the header row (`None`: detect).
    HeaderRow(Option<usize>),
    /// Read this sheet (`None`: the first usable one); the header row is detected again.
    Sheet(Option<String>),
    /// Read the column with this header as this field (`None`: do not use it).
    Column {
        /// The header as written in the file.
        source: String,
        /// The field code, or `None`.
        field: Option<String>,
    },
    /// Answer a question between columns that fit one field equally: `chosen` is read as
    /// `field`, the `others` are not used.
    Pick {
        /// The field code.
        field: String,
        /// The chosen column's header as written.
        chosen: String,
        /// The other candidates' headers.
        others: Vec<String>,
    },
    /// Back to everything detected (a remembered mapping still applies).
    Reset,
}

impl Change {
    /// `options` with this change.
    pub fn apply(&self, options: &mut LoadOptions) {
        match self {
            Change::Encoding(e) => options.encoding = *e,
            Change::Separator(s) => options.separator = *s,
            Change::Decimal(d) => options.decimal = *d,
            Change::MonthFirst(m) => options.month_first = *m,
            Change::HeaderRow(h) => options.header_row = *h,
            Change::Sheet(s) => {
                options.sheet = s.clone();
                options.header_row = None;
            }
            Change::Column { source, field } => {
                options.column_map.retain(|(s, _)| s != source);
                options.column_map.push((source.clone(), field.clone()));
            }
            Change::Pick {
                field,
                chosen,
                others,
            } => {
                let picks = std::iter::once((chosen, Some(field.clone())))
                    .chain(others.iter().map(|o| (o, None)));
                for (source, field) in picks {
                    Change::Column {
                        source: source.clone(),
                        field,
                    }
                    .apply(options);
                }
            }
            Change::Reset => {
                *options = LoadOptions {
                    remembered: std::mem::take(&mut options.remembered),
                    ..LoadOptions::default()
                }
            }
        }
    }
}

/// The open dialog: the file, its sample, the chosen options and their preview.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsDialog {
    /// The file name.
    pub file: String,
    /// The bytes previewed.
    pub sample: Sample,
    /// The settings chosen so far (defaults: detect); the newest may still be previewed.
    pub options: LoadOptions,
    /// The settings of the preview shown.
    pub shown: LoadOptions,
    /// The preview with [`SettingsDialog::shown`], or why it failed.
    pub preview: Result<Preview, LoadError>,
    /// The workbook's sheets, as the last successful preview found them (a sheet that
    /// fails to read must not take the list away).
    pub sheets: Vec<String>,
    /// Fields that two or more columns fit equally, with those columns, as the previews
    /// found them: the question stays (with the answer) once the user has chosen.
    pub asked: Vec<(String, Vec<String>)>,
    /// The number of the newest preview asked for.
    request: u64,
    /// The number of the preview shown.
    answered: u64,
}

impl SettingsDialog {
    /// Opens the dialog on `sample` with `options` (those of the last load of this file)
    /// and their `preview`.
    pub fn open(
        file: String,
        sample: Sample,
        options: LoadOptions,
        preview: Result<Preview, LoadError>,
    ) -> SettingsDialog {
        let mut d = SettingsDialog {
            preview: Err(LoadError::new(LoadErrorKind::Empty)),
            file,
            sample,
            shown: options.clone(),
            options,
            sheets: Vec::new(),
            asked: Vec::new(),
            request: 0,
            answered: 0,
        };
        d.previewed(0, preview);
        d
    }

    /// The dialog with the preview made here, at once (tests; the app previews in the
    /// loader worker).
    #[cfg(test)]
    pub fn open_now(file: String, sample: Sample, options: LoadOptions) -> SettingsDialog {
        let preview = io::preview(sample.bytes(), &file, &options);
        SettingsDialog::open(file, sample, options, preview)
    }

    /// Makes the preview asked for here, at once (tests; the app previews in the loader
    /// worker).
    #[cfg(test)]
    pub fn settle(&mut self) {
        if let Some(id) = self.pending() {
            let preview = io::preview(self.sample.bytes(), &self.file, &self.options);
            self.previewed(id, preview);
        }
    }

    /// The number of the preview to ask for (of [`SettingsDialog::options`]), while the
    /// one shown is older.
    pub fn pending(&self) -> Option<u64> {
        (self.request != self.answered).then_some(self.request)
    }

    /// Takes the preview numbered `id` (of the newest options); an older one is left
    /// out, a newer one follows. `u64::MAX`: no preview can be made (the worker stopped).
    pub fn previewed(&mut self, id: u64, preview: Result<Preview, LoadError>) {
        if id != self.request && id != u64::MAX {
            return;
        }
        self.answered = self.request;
        self.shown = self.options.clone();
        self.preview = preview;
        let sheets = match &self.preview {
            Ok(p) => &p.report.sheets,
            Err(e) => match &e.kind {
                LoadErrorKind::NoUsableSheet { sheets } => sheets,
                LoadErrorKind::SheetNotFound { sheets, .. } => sheets,
                _ => &self.sheets,
            },
        };
        if !sheets.is_empty() {
            self.sheets = sheets.clone();
        }
        if let Ok(p) = &self.preview {
            for w in &p.report.warnings {
                let LoadWarning::Tolerated(e) = w else {
                    continue;
                };
                let LoadErrorKind::AmbiguousColumns { field, columns } = &e.kind else {
                    continue;
                };
                match self.asked.iter_mut().find(|(f, _)| f == field) {
                    Some((_, known)) => {
                        for c in columns {
                            if !known.contains(c) {
                                known.push(c.clone());
                            }
                        }
                    }
                    None => self.asked.push((field.clone(), columns.clone())),
                }
            }
        }
    }

    /// Uses `remembered` as the remembered mappings from now on (one was forgotten); the
    /// preview follows.
    pub fn set_remembered(&mut self, remembered: Vec<RememberedMapping>) {
        self.options.remembered = remembered;
        self.refresh();
    }

    /// The mapping to remember when the file is loaded with these settings: the column
    /// choices made here, on top of a remembered mapping that was applied, for this
    /// header row. `None` when no column was chosen here or the preview failed.
    pub fn to_remember(&self) -> Option<RememberedMapping> {
        if self.shown.column_map.is_empty() {
            return None;
        }
        let p = self.preview.as_ref().ok()?;
        let mut choices = p
            .report
            .remembered
            .as_ref()
            .map(|m| m.column_map.clone())
            .unwrap_or_default();
        choices.extend(self.shown.column_map.iter().cloned());
        RememberedMapping::new(&p.header, &choices)
    }

    /// Applies `change` and asks for a new preview.
    pub fn change(&mut self, change: &Change) {
        change.apply(&mut self.options);
        if *change == Change::Reset {
            self.asked.clear();
        }
        self.refresh();
    }

    fn refresh(&mut self) {
        self.request += 1;
    }

    /// The file format, from the sample's first bytes.
    pub fn format(&self) -> Format {
        Format::sniff(self.sample.bytes(), &self.file)
    }
}

/// One entry of a select box: its text and what choosing it changes.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// The text shown.
    pub label: String,
    /// What choosing it does.
    pub change: Change,
}

/// A setting as a labelled select box.
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    /// A stable id (for the element id and `data-testid`).
    pub id: String,
    /// The label.
    pub label: String,
    /// The choices, in order.
    pub choices: Vec<Choice>,
    /// The index of the current choice.
    pub selected: usize,
    /// A remark under the select (e.g. what the dates look like).
    pub note: Option<String>,
}

/// One source column and the field it is read as.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnRow {
    /// The column letter (or the key for JSON).
    pub position: String,
    /// The header as written.
    pub source: String,
    /// Why it has this mapping (recognised, mapped by you, unknown, …).
    pub how: String,
    /// The field select: "niet gebruiken" first, then the fields of this kind of file.
    pub select: Setting,
}

/// A question between columns that fit one field equally (radio buttons).
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnQuestion {
    /// A stable id (`ask-<field>`).
    pub id: String,
    /// The question ("Welke kolom is Einddatum (einddatum)?").
    pub legend: String,
    /// The candidate columns: label and what choosing it does.
    pub choices: Vec<Choice>,
    /// The column chosen, if any.
    pub selected: Option<usize>,
}

/// A remembered mapping the preview applied, with the way to forget it.
#[derive(Clone, Debug, PartialEq)]
pub struct RememberedInfo {
    /// What was applied, in a sentence.
    pub text: String,
    /// Its key, for forgetting it.
    pub header: Vec<String>,
    /// The button that forgets it.
    pub forget: String,
}

/// The first rows as a table.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewTable {
    /// The caption.
    pub caption: String,
    /// Column headers: the line number first, then the file's headers.
    pub headers: Vec<String>,
    /// The rows: cells (line number first) and whether it is a `Totaal` row.
    pub rows: Vec<(Vec<String>, bool)>,
    /// A remark under the table (more rows follow).
    pub note: Option<String>,
}

/// Everything the dialog shows.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsForm {
    /// The heading.
    pub title: String,
    /// What was found that cannot be changed here: format, kind of data, how much was read.
    pub facts: Vec<(String, String)>,
    /// The settings that can be overridden.
    pub settings: Vec<Setting>,
    /// The column mapping.
    pub columns: Vec<ColumnRow>,
    /// The first rows (absent when the preview failed).
    pub table: Option<PreviewTable>,
    /// Remarks from the preview.
    pub warnings: Vec<String>,
    /// Why the preview failed, with line and column.
    pub error: Option<String>,
    /// Some setting differs from detection.
    pub changed: bool,
    /// Questions between columns that fit one field equally: the app never guesses.
    pub questions: Vec<ColumnQuestion>,
    /// The remembered mapping applied to this file, if any.
    pub remembered: Option<RememberedInfo>,
    /// Column choices made here will be remembered on load.
    pub will_remember: Option<String>,
    /// A newer preview is being made (the form shows the previous one until then).
    pub busy: bool,
}

fn encoding_label(e: DetectedEncoding, lang: Lang) -> &'static str {
    match e {
        DetectedEncoding::Utf8Bom => msg::UTF_8_WITH_BOM.get(lang),
        DetectedEncoding::Utf8 => "UTF-8",
        DetectedEncoding::Windows1252 => "Windows-1252 (ANSI)",
        DetectedEncoding::Utf16Le => msg::UTF_16.get(lang),
    }
}

fn decimal_label(d: DecimalStyle, lang: Lang) -> &'static str {
    match d {
        DecimalStyle::Comma => msg::DECIMAL_COMMA.get(lang),
        DecimalStyle::Point => msg::DECIMAL_POINT.get(lang),
    }
}

fn format_label(f: Format) -> &'static str {
    match f {
        Format::Csv => "CSV",
        Format::Xlsx => "Excel (.xlsx)",
        Format::Xls => "Excel (.xls)",
        Format::Json => "JSON",
    }
}

fn evidence_label(e: DateEvidence, lang: Lang) -> &'static str {
    match e {
        DateEvidence::DayFirst => msg::DATES_DAY_FIRST.get(lang),
        DateEvidence::Ambiguous => msg::DATES_AMBIGUOUS.get(lang),
        DateEvidence::LooksMonthFirst => msg::DATES_LOOK_MONTH_FIRST.get(lang),
    }
}

/// A field's label in the interface language (`nl`: the core's Dutch label, shown when
/// the catalogue does not know the field).
fn field_label(code: &str, nl: &'static str, lang: Lang) -> &'static str {
    msg::field(code).map_or(nl, |m| m.get(lang))
}

/// The choice whose change equals `current`, else 0 (the automatic one).
fn index_of(choices: &[Choice], current: &Change) -> usize {
    choices
        .iter()
        .position(|c| &c.change == current)
        .unwrap_or(0)
}

/// The dialog as labelled choices, the column mapping and the first rows.
pub fn settings_form(d: &SettingsDialog, lang: Lang) -> SettingsForm {
    let o = &d.shown;
    let format = d.format();
    let preview = d.preview.as_ref().ok();
    let report = preview.map(|p| &p.report);
    let found = |what: String| msg::automatic_found(lang, &what);
    let auto = || msg::AUTOMATIC.get(lang).to_string();

    let mut facts = vec![
        (msg::FILE.get(lang).to_string(), d.file.clone()),
        (
            msg::FORMAT.get(lang).to_string(),
            format_label(format).to_string(),
        ),
    ];
    if let Some(r) = report {
        facts.push((
            msg::KIND_OF_DATA.get(lang).to_string(),
            match r.kind {
                FileKind::Episodes => msg::PERSON_LEVEL_BENEFITS.get(lang),
                FileKind::Kerncijfers => msg::KEY_FIGURES.get(lang),
                FileKind::Contracts => msg::LKS_CONTRACTS.get(lang),
                FileKind::Trajectories => msg::TRAJECTORIES.get(lang),
                FileKind::CodeList => msg::CODE_LIST.get(lang),
            }
            .to_string(),
        ));
    }
    facts.push((
        msg::SAMPLE.get(lang).to_string(),
        if d.sample.partial {
            msg::first_kb_of_file(lang, Count(((d.sample.bytes().len() + 512) / 1024) as i64))
        } else {
            msg::THE_WHOLE_FILE.get(lang).to_string()
        },
    ));

    let mut settings = Vec::new();
    let text_file = matches!(format, Format::Csv | Format::Json);
    if text_file {
        let mut choices = vec![Choice {
            label: match (report, o.encoding) {
                (Some(r), None) => found(encoding_label(r.encoding, lang).to_string()),
                _ => auto(),
            },
            change: Change::Encoding(None),
        }];
        for e in [
            DetectedEncoding::Utf8,
            DetectedEncoding::Windows1252,
            DetectedEncoding::Utf16Le,
        ] {
            choices.push(Choice {
                label: encoding_label(e, lang).to_string(),
                change: Change::Encoding(Some(e)),
            });
        }
        let current = Change::Encoding(o.encoding.map(|e| match e {
            DetectedEncoding::Utf8Bom => DetectedEncoding::Utf8,
            e => e,
        }));
        settings.push(Setting {
            id: "encoding".into(),
            label: msg::ENCODING.get(lang).into(),
            selected: index_of(&choices, &current),
            choices,
            note: None,
        });
    }
    if format == Format::Csv {
        let mut choices = vec![Choice {
            label: match (report, o.separator) {
                (Some(r), None) => found(separator_label(r.separator, r.sep_line, lang)),
                _ => auto(),
            },
            change: Change::Separator(None),
        }];
        let mut seps = vec![';', ',', '\t', '|'];
        if let Some(s) = o.separator.filter(|s| !seps.contains(s)) {
            seps.push(s);
        }
        for s in seps {
            choices.push(Choice {
                label: separator_label(s, false, lang),
                change: Change::Separator(Some(s)),
            });
        }
        settings.push(Setting {
            id: "separator".into(),
            label: msg::SEPARATOR.get(lang).into(),
            selected: index_of(&choices, &Change::Separator(o.separator)),
            choices,
            note: None,
        });
    }
    {
        let mut choices = vec![Choice {
            label: match (report, o.decimal) {
                (Some(r), None) => found(decimal_label(r.decimal, lang).to_string()),
                _ => auto(),
            },
            change: Change::Decimal(None),
        }];
        for s in [DecimalStyle::Comma, DecimalStyle::Point] {
            choices.push(Choice {
                label: decimal_label(s, lang).to_string(),
                change: Change::Decimal(Some(s)),
            });
        }
        settings.push(Setting {
            id: "decimal".into(),
            label: msg::NUMBERS.get(lang).into(),
            selected: index_of(&choices, &Change::Decimal(o.decimal)),
            choices,
            note: None,
        });
    }
    {
        let choices = vec![
            Choice {
                label: msg::DAY_MONTH_YEAR.get(lang).into(),
                change: Change::MonthFirst(false),
            },
            Choice {
                label: msg::MONTH_DAY_YEAR.get(lang).into(),
                change: Change::MonthFirst(true),
            },
        ];
        // The strongest evidence of any date column.
        let evidence = report.and_then(|r| {
            r.columns
                .iter()
                .filter_map(|c| c.dates)
                .max_by_key(|e| match e {
                    DateEvidence::DayFirst => 0,
                    DateEvidence::Ambiguous => 1,
                    DateEvidence::LooksMonthFirst => 2,
                })
        });
        let note = [
            evidence.map(|e| evidence_label(e, lang).to_string()),
            preview.and_then(|p| date_example(p, o.month_first, lang)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        settings.push(Setting {
            id: "dates".into(),
            label: msg::DATE_ORDER.get(lang).into(),
            selected: usize::from(o.month_first),
            choices,
            note: (!note.is_empty()).then_some(note),
        });
    }
    if format != Format::Json {
        let unit = if format == Format::Xlsx {
            msg::ROW.get(lang)
        } else {
            msg::LINE.get(lang)
        };
        let mut choices = vec![Choice {
            label: match (report, o.header_row) {
                (Some(r), None) if r.header_line > 0 => found(format!("{unit} {}", r.header_line)),
                _ => auto(),
            },
            change: Change::HeaderRow(None),
        }];
        let last = report
            .map_or(0, |r| r.header_line + 5)
            .max(10)
            .max(o.header_row.unwrap_or(0));
        for n in 1..=last {
            choices.push(Choice {
                label: format!("{unit} {n}"),
                change: Change::HeaderRow(Some(n)),
            });
        }
        settings.push(Setting {
            id: "header".into(),
            label: msg::HEADER_ROW.get(lang).into(),
            selected: index_of(&choices, &Change::HeaderRow(o.header_row)),
            choices,
            note: None,
        });
    }
    if format == Format::Xlsx {
        let mut sheets = d.sheets.clone();
        if let Some(s) = o.sheet.as_ref().filter(|s| !sheets.contains(s)) {
            sheets.push(s.clone());
        }
        let mut choices = vec![Choice {
            label: match (report.and_then(|r| r.sheet.as_ref()), &o.sheet) {
                (Some(s), None) => found(format!("'{s}'")),
                _ => auto(),
            },
            change: Change::Sheet(None),
        }];
        for s in sheets {
            choices.push(Choice {
                label: s.clone(),
                change: Change::Sheet(Some(s)),
            });
        }
        settings.push(Setting {
            id: "sheet".into(),
            label: msg::SHEET.get(lang).into(),
            selected: index_of(&choices, &Change::Sheet(o.sheet.clone())),
            choices,
            note: None,
        });
    }

    let columns = column_rows(d, lang);
    let table = preview.map(|p| preview_table(p, lang));
    SettingsForm {
        title: msg::settings_for(lang, &d.file),
        facts,
        settings,
        columns,
        table,
        warnings: report.map_or_else(Vec::new, |r| super::quality::warning_texts(r, lang)),
        error: d.preview.as_ref().err().map(|e| e.message(lang)),
        changed: LoadOptions {
            remembered: Vec::new(),
            ..o.clone()
        } != LoadOptions::default(),
        questions: questions(d, lang),
        remembered: report
            .and_then(|r| r.remembered.as_ref())
            .map(|m| RememberedInfo {
                text: super::quality::remembered_used_text(m, lang),
                header: m.header.clone(),
                forget: crate::messages::quality::FORGET_MAPPING
                    .get(lang)
                    .to_string(),
            }),
        will_remember: d
            .to_remember()
            .map(|_| msg::CHOICES_REMEMBERED.get(lang).to_string()),
        busy: d.pending().is_some(),
    }
}

/// The questions of the dialog: per field that columns fit equally, its columns as
/// choices; the one mapped to the field is selected.
fn questions(d: &SettingsDialog, lang: Lang) -> Vec<ColumnQuestion> {
    let report = d.preview.as_ref().ok().map(|p| &p.report);
    let fields = report.map_or(&[][..], |r| r.mappable_fields);
    d.asked
        .iter()
        .map(|(field, columns)| {
            let label = fields
                .iter()
                .find(|(c, _)| *c == field.as_str())
                .map_or(field.clone(), |(c, nl)| {
                    format!("{} ({c})", field_label(c, nl, lang))
                });
            let choices: Vec<Choice> = columns
                .iter()
                .map(|chosen| {
                    let position = report
                        .and_then(|r| r.columns.iter().find(|c| &c.source == chosen))
                        .map_or(String::new(), |c| c.position.clone());
                    Choice {
                        label: msg::column_choice(lang, chosen, &position),
                        change: Change::Pick {
                            field: field.clone(),
                            chosen: chosen.clone(),
                            others: columns.iter().filter(|c| *c != chosen).cloned().collect(),
                        },
                    }
                })
                .collect();
            let selected = report.and_then(|r| {
                let source = &r.column_of(field)?.source;
                let answered = r
                    .columns
                    .iter()
                    .any(|c| &c.source == source && c.how == io::MappingKind::Forced);
                columns
                    .iter()
                    .position(|c| c == source)
                    .filter(|_| answered)
            });
            ColumnQuestion {
                id: format!("ask-{field}"),
                legend: msg::which_column_is(lang, &label),
                choices,
                selected,
            }
        })
        .collect()
}

/// How the first written date of a date column reads with this order, e.g.
/// "Voorbeeld: ‘01/14/2023’ wordt 14-01-2023." (numeric dates only: ISO and Excel dates
/// read the same either way).
fn date_example(p: &Preview, month_first: bool, lang: Lang) -> Option<String> {
    let cell = p
        .report
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.dates.is_some())
        .flat_map(|(col, _)| {
            p.rows
                .iter()
                .filter(|r| !r.total)
                .filter_map(move |r| r.cells.get(col))
        })
        .find(|c| {
            // A numeric day-month form: not empty, not ISO (`2024-09-30` reads one way).
            let c = c.trim();
            let iso = c.as_bytes().get(4) == Some(&b'-');
            !c.is_empty() && !iso && c.contains(['-', '/', '.'])
        })?;
    let read = match io::read_date(cell, month_first) {
        Some(d) => format::date(lang, d),
        None => msg::NO_VALID_DATE.get(lang).to_string(),
    };
    Some(msg::example_reads_as(lang, cell.trim(), &read))
}

/// The column mapping: from the preview, or, when no header with known names was found,
/// from the likeliest header row so the user can map its columns.
fn column_rows(d: &SettingsDialog, lang: Lang) -> Vec<ColumnRow> {
    let fields_of = |kinds: &[FileKind]| {
        let mut out: Vec<(&'static str, &'static str)> = Vec::new();
        for &k in kinds {
            for f in io::mappable_fields(k) {
                if !out.iter().any(|(c, _)| *c == f.0) {
                    out.push(*f);
                }
            }
        }
        out
    };
    let row = |i: usize,
               position: String,
               source: &str,
               field: Option<&str>,
               how: String,
               fields: &[(&'static str, &'static str)]| {
        let shown = source.trim_start_matches('\u{feff}').to_string();
        let mut choices = vec![Choice {
            label: msg::DO_NOT_USE.get(lang).into(),
            change: Change::Column {
                source: source.to_string(),
                field: None,
            },
        }];
        for (code, nl) in fields {
            choices.push(Choice {
                label: format!("{} ({code})", field_label(code, nl, lang)),
                change: Change::Column {
                    source: source.to_string(),
                    field: Some(code.to_string()),
                },
            });
        }
        let selected = field
            .and_then(|f| fields.iter().position(|(c, _)| *c == f))
            .map_or(0, |k| k + 1);
        ColumnRow {
            select: Setting {
                id: format!("col-{i}"),
                label: msg::column_read_as(lang, &position, &shown),
                choices,
                selected,
                note: None,
            },
            position,
            source: shown,
            how,
        }
    };
    match &d.preview {
        Ok(p) => {
            let fields = fields_of(&[p.report.kind]);
            p.report
                .columns
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.source.trim().is_empty())
                .map(|(i, c)| {
                    row(
                        i,
                        c.position.clone(),
                        &c.source,
                        c.field,
                        column_how(c, &p.report, lang),
                        &fields,
                    )
                })
                .collect()
        }
        Err(e) => match &e.kind {
            LoadErrorKind::UnknownColumns(cells) => {
                let fields = fields_of(&[
                    FileKind::Episodes,
                    FileKind::Kerncijfers,
                    FileKind::Contracts,
                    FileKind::Trajectories,
                ]);
                cells
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| !c.trim().is_empty())
                    .map(|(i, c)| {
                        let forced = d
                            .shown
                            .column_map
                            .iter()
                            .find(|(s, _)| s == c)
                            .and_then(|(_, f)| f.as_deref());
                        row(
                            i,
                            io::column_letter(i),
                            c,
                            forced,
                            msg::UNKNOWN.get(lang).to_string(),
                            &fields,
                        )
                    })
                    .collect()
            }
            _ => Vec::new(),
        },
    }
}

fn preview_table(p: &Preview, lang: Lang) -> PreviewTable {
    let mut headers = vec![msg::LINE_HEADER.get(lang).to_string()];
    headers.extend(
        p.header
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_string()),
    );
    let rows = p
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![if r.total {
                msg::line_total(lang, Plain(r.line))
            } else {
                r.line.to_string()
            }];
            cells.extend(r.cells.iter().cloned());
            (cells, r.total)
        })
        .collect();
    PreviewTable {
        caption: msg::FIRST_ROWS_AS_READ.get(lang).into(),
        headers,
        rows,
        note: p
            .more_rows
            .then(|| msg::MORE_ROWS_LOAD_READS_ALL.get(lang).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dialog(text: &str, name: &str) -> SettingsDialog {
        SettingsDialog::open_now(
            name.into(),
            Sample::new(text.as_bytes().to_vec(), false),
            LoadOptions::default(),
        )
    }

    fn setting<'a>(f: &'a SettingsForm, id: &str) -> &'a Setting {
        f.settings.iter().find(|s| s.id == id).unwrap()
    }

    /// Picks the choice with this label (as the component does with the selected index).
    fn choose(d: &mut SettingsDialog, lang: Lang, id: &str, label: &str) {
        let form = settings_form(d, lang);
        let s = form
            .settings
            .iter()
            .chain(form.columns.iter().map(|c| &c.select))
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no setting {id}"));
        let c = s
            .choices
            .iter()
            .find(|c| c.label == label)
            .unwrap_or_else(|| panic!("no choice {label} in {:?}", s.choices));
        d.change(&c.change.clone());
        d.settle();
    }

    const US: &str = "uitkering_id,geslacht,geboortejaar,startdatum,einddatum\n\
        U1,V,1980,09/30/2024,\n\
        U2,M,1975,01/15/2023,02/01/2024\n";

    #[test]
    fn a_comma_file_with_american_dates_shows_the_evidence_and_reads_after_the_override() {
        let mut d = dialog(US, "us.csv");
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(f.error, None);
        let sep = setting(&f, "separator");
        assert_eq!(sep.selected, 0);
        assert_eq!(sep.choices[0].label, "Automatisch: komma (,)");
        assert_eq!(
            setting(&f, "decimal").choices[0].label,
            "Automatisch: decimale punt (1,234.5)"
        );
        let dates = setting(&f, "dates");
        assert_eq!(dates.selected, 0);
        let note = dates.note.as_deref().unwrap();
        assert!(note.contains("maand-dag-jaar"), "{note}");
        assert!(
            note.ends_with("Voorbeeld: ‘09/30/2024’ wordt geen geldige datum."),
            "{note}"
        );
        // The whole file fails as it is, and loads month-first.
        assert!(io::load(US.as_bytes(), "us.csv", &d.options).is_err());
        choose(
            &mut d,
            Lang::Nl,
            "dates",
            "maand-dag-jaar (Amerikaans, 09-30-2024)",
        );
        assert!(d.options.month_first);
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(setting(&f, "dates").selected, 1);
        assert!(setting(&f, "dates")
            .note
            .as_deref()
            .unwrap()
            .ends_with("‘09/30/2024’ wordt 30-09-2024."));
        assert!(f.changed);
        let ds = io::load(US.as_bytes(), "us.csv", &d.options).unwrap();
        assert!(ds.report.month_first);
        assert_eq!(ds.report.rows, 2);
        // In English the example and the title are English, the date as English writes it.
        let f = settings_form(&d, Lang::En);
        assert!(setting(&f, "dates")
            .note
            .as_deref()
            .unwrap()
            .ends_with("Example: ‘09/30/2024’ reads as 30 Sep 2024."));
        assert_eq!(f.title, "Settings for us.csv");
    }

    #[test]
    fn the_table_shows_the_first_rows_with_their_lines() {
        let d = dialog(
            "Bijstandsbestand Enschede\n\nuitkering_id;geslacht;startdatum\nU1;V;01-02-2024\nU2;M;03-04-2024\n",
            "titel.csv",
        );
        let f = settings_form(&d, Lang::Nl);
        let t = f.table.clone().unwrap();
        assert_eq!(
            t.headers,
            ["Regel", "uitkering_id", "geslacht", "startdatum"]
        );
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].0, ["4", "U1", "V", "01-02-2024"]);
        assert_eq!(t.note, None);
        let header = setting(&f, "header");
        assert_eq!(header.choices[0].label, "Automatisch: regel 3");
        assert_eq!(header.choices.len(), 1 + 10);
        // Two-way ambiguous dates say so.
        assert!(setting(&f, "dates")
            .note
            .as_deref()
            .unwrap()
            .contains("kunnen beide"));
    }

    #[test]
    fn a_wrong_separator_is_an_error_in_the_dialog_and_the_override_fixes_it() {
        // Semicolons inside the cells make `,` look like the separator… forced wrongly.
        let text = "uitkering_id;geslacht;startdatum\nU1;V;01-02-2024\nU2;M;03-04-2024\n";
        let mut d = dialog(text, "a.csv");
        d.change(&Change::Separator(Some(',')));
        d.settle();
        let f = settings_form(&d, Lang::En);
        assert!(f.table.is_none());
        let e = f.error.clone().unwrap();
        assert!(e.contains("line 1"), "{e}");
        assert_eq!(setting(&f, "separator").choices[0].label, "Automatic");
        choose(&mut d, Lang::En, "separator", "semicolon (;)");
        let f = settings_form(&d, Lang::En);
        assert_eq!(f.error, None);
        assert_eq!(f.table.unwrap().rows.len(), 2);
        d.change(&Change::Reset);
        d.settle();
        assert_eq!(d.options, LoadOptions::default());
        assert!(!settings_form(&d, Lang::Nl).changed);
    }

    #[test]
    fn unknown_columns_can_be_mapped_until_the_file_reads() {
        let text =
            "Dossiernr;MV;Eerste dag;Laatste dag;Buurtnaam\nK1;V;01-02-2024;;Noord\nK2;M;15-03-2023;31-12-2023;Zuid\n";
        let mut d = dialog(text, "vreemd.csv");
        let f = settings_form(&d, Lang::Nl);
        assert!(f.error.is_some(), "{f:#?}");
        let names: Vec<&str> = f.columns.iter().map(|c| c.source.as_str()).collect();
        assert_eq!(
            names,
            ["Dossiernr", "MV", "Eerste dag", "Laatste dag", "Buurtnaam"]
        );
        assert!(f.columns.iter().all(|c| c.select.selected == 0));
        choose(
            &mut d,
            Lang::Nl,
            "col-0",
            "Uitkeringsnummer (pseudoniem) (uitkering_id)",
        );
        choose(&mut d, Lang::Nl, "col-2", "Startdatum (startdatum)");
        choose(&mut d, Lang::Nl, "col-1", "Geslacht (geslacht)");
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(f.error, None, "{:?}", f.error);
        assert!(
            f.warnings
                .iter()
                .any(|w| w.contains("'einddatum' ontbreekt")),
            "{:?}",
            f.warnings
        );
        choose(&mut d, Lang::Nl, "col-3", "Einddatum (einddatum)");
        let f = settings_form(&d, Lang::Nl);
        assert!(f.warnings.iter().all(|w| !w.contains("ontbreekt")));
        let geslacht = &f.columns[1];
        assert_eq!(geslacht.how, "door u gekoppeld");
        assert_eq!(
            geslacht.select.choices[geslacht.select.selected].label,
            "Geslacht (geslacht)"
        );
        let ds = io::load(text.as_bytes(), "vreemd.csv", &d.options).unwrap();
        assert_eq!(ds.report.rows, 2);
        // And a column can be switched off again.
        choose(&mut d, Lang::Nl, "col-1", "niet gebruiken");
        assert_eq!(
            d.options.column_map.iter().find(|(s, _)| s == "MV"),
            Some(&("MV".to_string(), None))
        );
    }

    #[test]
    fn english_labels_for_every_mappable_field() {
        for kind in [
            FileKind::Episodes,
            FileKind::Kerncijfers,
            FileKind::Contracts,
            FileKind::Trajectories,
            FileKind::CodeList,
        ] {
            for (code, nl) in io::mappable_fields(kind) {
                let m = msg::field(code);
                assert!(m.is_some(), "{code} has no message");
                assert_eq!(
                    m.unwrap().nl,
                    *nl,
                    "{code}: the catalogue's Dutch is the core's"
                );
                assert_eq!(field_label(code, nl, Lang::En), m.unwrap().en);
                assert_eq!(field_label(code, nl, Lang::Nl), *nl);
            }
        }
    }

    #[test]
    fn a_partial_head_is_cut_after_its_last_line() {
        let s = Sample::new("a;b\n1;2\n3;é".as_bytes()[..11].to_vec(), true);
        assert_eq!(s.bytes(), b"a;b\n1;2\n");
        let whole = Sample::new(b"a;b\n1;2".to_vec(), false);
        assert_eq!(whole.bytes(), b"a;b\n1;2");
        // UTF-16LE: the line end is the code unit 0A 00, never a byte of another unit.
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "a;b\n\u{0a0a};c".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let s = Sample::new(utf16.clone(), true);
        assert_eq!(s.bytes(), &utf16[..2 + 8]);
        assert!(needs_whole_file(b"PK\x03\x04rest", "a.xlsx"));
        assert!(needs_whole_file(b"[{\"a\":1}]", "a.json"));
        assert!(!needs_whole_file(b"uitkering_id;geslacht\n", "a.csv"));
    }

    #[test]
    fn a_workbook_offers_its_sheets_and_header_rows_but_no_separator() {
        let bytes = include_bytes!("../../e2e/fixtures/episodes_openpyxl.xlsx");
        let mut d = SettingsDialog::open_now(
            "episodes_openpyxl.xlsx".into(),
            Sample::new(bytes.to_vec(), false),
            LoadOptions::default(),
        );
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(f.error, None);
        let ids: Vec<&str> = f.settings.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["decimal", "dates", "header", "sheet"]);
        let sheet = setting(&f, "sheet");
        let read = d.preview.as_ref().unwrap().report.sheet.clone().unwrap();
        assert_eq!(sheet.choices[0].label, format!("Automatisch: '{read}'"));
        let names: Vec<&str> = sheet.choices[1..]
            .iter()
            .map(|c| c.label.as_str())
            .collect();
        assert!(
            names.len() >= 2 && names.contains(&read.as_str()),
            "{names:?}"
        );
        assert!(setting(&f, "header").choices[0].label.contains("rij"));
        // Another sheet (the title sheet) has no usable header: the error says so, in the dialog.
        let other = names.iter().find(|n| **n != read).unwrap().to_string();
        choose(&mut d, Lang::Nl, "sheet", &other);
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(
            setting(&f, "sheet").choices[setting(&f, "sheet").selected].label,
            other
        );
        assert!(f.error.is_some(), "{f:?}");
    }

    const THREE_ENDS: &str = "Dossiernr;Clientnummer;Startdatum;Einddatum periodiek algemeen;Datum einde uitkering;geslacht\n\
        1;11;01-01-2024;;;V\n\
        2;12;01-02-2023;31-03-2024;30-03-2024;M\n";

    #[test]
    fn equal_columns_are_a_question_answered_by_a_choice_that_is_remembered() {
        let mut d = dialog(THREE_ENDS, "twee_einden.csv");
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(f.error, None, "the preview asks instead of refusing");
        assert_eq!(f.questions.len(), 1, "{:?}", f.questions);
        let q = &f.questions[0];
        assert_eq!(q.id, "ask-einddatum");
        assert_eq!(q.legend, "Welke kolom is Einddatum (einddatum)?");
        let labels: Vec<&str> = q.choices.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "'Einddatum periodiek algemeen' (kolom D)",
                "'Datum einde uitkering' (kolom E)"
            ]
        );
        assert_eq!(q.selected, None, "never guessed");
        // Both candidates say why in the column table.
        let how = |f: &SettingsForm, src: &str| {
            f.columns
                .iter()
                .find(|c| c.source == src)
                .map(|c| c.how.clone())
                .unwrap()
        };
        assert_eq!(
            how(&f, "Datum einde uitkering"),
            "past even goed bij 'einddatum' als een andere kolom: kies zelf"
        );
        assert_eq!(how(&f, "Dossiernr"), "herkend aan de naam");
        assert_eq!(how(&f, "Startdatum"), "herkend aan de naam");
        assert!(io::load(THREE_ENDS.as_bytes(), "x.csv", &d.options).is_err());
        assert_eq!(d.to_remember(), None, "nothing chosen yet");
        // No remark calls a candidate a duplicate, or the person column unused.
        assert!(
            f.warnings
                .iter()
                .all(|w| !w.contains("dubbel") && !w.contains("niet gebruikt")),
            "{:?}",
            f.warnings
        );
        assert!(f.warnings.iter().any(|w| w.starts_with("Twee kolommen")));

        d.change(&q.choices[1].change.clone());

        d.settle();
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(f.questions.len(), 1, "the answered question stays");
        assert_eq!(f.questions[0].selected, Some(1));
        assert_eq!(how(&f, "Datum einde uitkering"), "door u gekoppeld");
        assert_eq!(how(&f, "Einddatum periodiek algemeen"), "door u genegeerd");
        assert!(f.will_remember.is_some());
        let ds = io::load(THREE_ENDS.as_bytes(), "x.csv", &d.options).unwrap();
        assert_eq!(
            ds.report.column_of("einddatum").unwrap().source,
            "Datum einde uitkering"
        );
        // What is remembered: header names and choices, nothing of the data.
        let m = d.to_remember().unwrap();
        let stored = remembered_to_json(std::slice::from_ref(&m));
        assert!(
            !stored.contains("30-03-2024") && !stored.contains("11"),
            "{stored}"
        );
        assert_eq!(remembered_from_json(&stored), vec![m.clone()]);
        assert!(remembered_from_json("{kapot").is_empty());
        assert!(remembered_from_json(r#"{"v":1,"mappings":[{"x":1}]}"#).is_empty());

        // Next month's file with the same header row: no question, the choice applies.
        let next = THREE_ENDS.replace("01-01-2024", "01-01-2025");
        let mut e = SettingsDialog::open_now(
            "volgende.csv".into(),
            Sample::new(next.as_bytes().to_vec(), false),
            LoadOptions {
                remembered: vec![m.clone()],
                ..LoadOptions::default()
            },
        );
        let f = settings_form(&e, Lang::Nl);
        assert!(f.questions.is_empty());
        assert!(!f.changed, "a remembered mapping is no change of yours");
        assert_eq!(f.error, None);
        let r = f.remembered.clone().unwrap();
        assert_eq!(
            r.text,
            "Een onthouden koppeling voor bestanden met deze kolommen is gebruikt: \
             'Datum einde uitkering' als einddatum; 'Einddatum periodiek algemeen' niet gebruikt."
        );
        assert_eq!(r.forget, "Vergeet deze koppeling");
        assert_eq!(
            how(&f, "Datum einde uitkering"),
            "uit een onthouden koppeling"
        );
        assert_eq!(
            how(&f, "Einddatum periodiek algemeen"),
            "niet gebruikt (onthouden koppeling)"
        );
        // "Alles automatisch" keeps it; forgetting it brings the question back.
        e.change(&Change::Reset);
        e.settle();
        assert!(settings_form(&e, Lang::Nl).remembered.is_some());
        e.set_remembered(Vec::new());
        e.settle();
        let f = settings_form(&e, Lang::En);
        assert!(f.remembered.is_none());
        assert_eq!(
            f.questions[0].legend,
            "Which column is End date (einddatum)?"
        );
    }

    #[test]
    fn a_benefits_system_export_says_which_column_went_where_and_why() {
        let text = include_str!("../../core/tests/fixtures/benefits_system_export.csv");
        let d = dialog(text, "export.csv");
        let f = settings_form(&d, Lang::Nl);
        assert_eq!(f.error, None);
        assert!(f.questions.is_empty());
        let how = |src: &str| {
            f.columns
                .iter()
                .find(|c| c.source == src)
                .map(|c| c.how.as_str())
                .unwrap()
        };
        assert_eq!(how("Dossiernr"), "herkend aan de naam");
        assert_eq!(how("Clientnummer"), "herkend aan de naam; telt de personen");
        assert_eq!(
            how("Startdatum periodiek algemeen"),
            "herkend aan de woorden in de kop"
        );
        assert_eq!(
            how("Omschrijving leefvorm"),
            "herkend aan de woorden; omschrijving gekozen boven de code in 'Indicatie leefvorm'"
        );
        assert_eq!(
            how("Indicatie leefvorm"),
            "code, niet gebruikt: de omschrijving in 'Omschrijving leefvorm' wordt gelezen"
        );
        let en = settings_form(&d, Lang::En);
        assert!(en
            .columns
            .iter()
            .any(|c| c.how == "recognised by the words in its header"));
    }
}
