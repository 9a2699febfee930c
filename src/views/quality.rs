//! The data-quality screen model: the findings of `quality::check_dataset`, grouped by
//! severity and topic in calm words, and what the loader detected (encoding, separator,
//! decimal style, header line, column mapping, warnings, the `Totaal` row check).

use bijstand_core::format;
use bijstand_core::i18n::{Count, Msg};
use bijstand_core::io::{
    ColumnMapping, DecimalStyle, FileKind, Format, LoadErrorKind, LoadReport, LoadWarning,
    MappingKind, RememberedMapping,
};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset, Uitstroomreden};
use bijstand_core::scenario::Scenario;
use bijstand_quality::{check_dataset, Figure, FigureLabel, Finding, QualityParams, Severity};

use super::figures::{category_label, printed_number, tidy};
use super::{count_label, Context, Kpi, Table};
use crate::messages::quality as msg;

/// How a finding looks: amber, neutral or green.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tone {
    /// "Let op": worth a look (amber).
    LetOp,
    /// For information (neutral).
    Info,
    /// A check that passed (green).
    Ok,
}

impl Tone {
    /// CSS class suffix.
    pub fn class(self) -> &'static str {
        match self {
            Tone::LetOp => "letop",
            Tone::Info => "info",
            Tone::Ok => "ok",
        }
    }

    /// The badge text.
    pub fn label(self) -> Msg {
        match self {
            Tone::LetOp => msg::TONE_LET_OP,
            Tone::Info => msg::TONE_INFO,
            Tone::Ok => msg::TONE_OK,
        }
    }
}

/// One finding as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct FindingItem {
    /// The finding's stable id (`data-testid="finding-<id>"`).
    pub id: String,
    /// How it looks.
    pub tone: Tone,
    /// The badge text of the tone.
    pub badge: String,
    /// Short title.
    pub title: String,
    /// Explanation in plain words.
    pub detail: String,
    /// The figures behind it, formatted (label, value).
    pub figures: Vec<(String, String)>,
}

/// Findings on one topic.
#[derive(Clone, Debug, PartialEq)]
pub struct FindingGroup {
    /// Stable topic id (`aansluiting`, `optellingen`, …).
    pub topic_id: &'static str,
    /// Topic heading.
    pub topic: String,
    /// The findings, "let op" first.
    pub items: Vec<FindingItem>,
}

/// The findings of one severity.
#[derive(Clone, Debug, PartialEq)]
pub struct SeverityBlock {
    /// The severity.
    pub severity: Severity,
    /// Heading with the count.
    pub heading: String,
    /// One calm sentence on what these findings mean.
    pub intro: String,
    /// By topic.
    pub groups: Vec<FindingGroup>,
}

/// What the loader detected and decided.
#[derive(Clone, Debug, PartialEq)]
pub struct LoaderView {
    /// Heading of the report.
    pub heading: String,
    /// Settings found (label, value), e.g. ("Scheidingsteken", "puntkomma (;)").
    pub facts: Vec<(String, String)>,
    /// How every column was read.
    pub columns: Table,
    /// Summary line of the column table ("Hoe elke kolom is gelezen (15)").
    pub columns_summary: String,
    /// Columns not read.
    pub ignored: Vec<String>,
    /// Which columns were read, in a sentence.
    pub ignored_text: String,
    /// Remarks of the loader.
    pub warnings: Vec<String>,
    /// The sentence shown when the loader had no remarks.
    pub no_warnings: Option<String>,
    /// How the `Totaal` row check looks, when the file had a total row.
    pub total_tone: Option<Tone>,
    /// The `Totaal` row check, or that there was none.
    pub total_text: String,
    /// The remembered mapping used for this file, if one was.
    pub remembered: Option<RememberedNote>,
    /// End reasons in the file's own words and the category each was counted in
    /// (`<10` rule on the counts), when the file words them freely.
    pub exit_reasons: Option<Table>,
    /// Under that table: which labels it leaves out.
    pub exit_reasons_note: String,
}

/// A remembered column mapping that was used, with the way to forget it.
#[derive(Clone, Debug, PartialEq)]
pub struct RememberedNote {
    /// What was used, in a sentence (or that it has been forgotten since).
    pub text: String,
    /// The mapping's key ([`RememberedMapping::header`]), for forgetting it.
    pub header: Vec<String>,
    /// The button, while the mapping is still remembered.
    pub forget: Option<String>,
}

/// The data-quality screen.
#[derive(Clone, Debug, PartialEq)]
pub struct QualityView {
    /// Screen heading.
    pub title: String,
    /// Counts.
    pub kpis: Vec<Kpi>,
    /// One sentence summary.
    pub summary: String,
    /// After the summary: what the findings are and are not.
    pub reassurance: String,
    /// "Let op" first, then information and passed checks.
    pub blocks: Vec<SeverityBlock>,
    /// The loader's report.
    pub loader: LoaderView,
}

/// Topics in display order: (id prefix, topic id, heading).
const TOPICS: &[(&str, &str, Msg)] = &[
    ("X2", "aansluiting", msg::TOPIC_STOCK_FLOWS),
    ("BRON", "bronnen", msg::TOPIC_SOURCES),
    ("X3", "optellingen", msg::TOPIC_SUMS),
    ("SOM", "optellingen", msg::TOPIC_SUMS),
    ("X4", "uitstroom", msg::TOPIC_OUTFLOW),
    ("X5", "participatie", msg::TOPIC_PARTICIPATION),
    ("X7", "lks", msg::TOPIC_LKS),
    ("X8", "werkplein", msg::TOPIC_WERKPLEIN),
    ("BUIG", "buig", msg::TOPIC_BUIG),
    ("X13", "begroting", msg::TOPIC_PROGRAMME),
    ("X14", "statushouders", msg::TOPIC_STATUSHOUDERS),
    ("X15", "statushouders", msg::TOPIC_STATUSHOUDERS),
    ("EP", "uitkeringen", msg::TOPIC_EPISODES),
    ("LOAD", "inlezen", msg::TOPIC_LOAD),
];

fn topic_of(id: &str, lang: Lang) -> (&'static str, String) {
    let prefix = id.split('-').next().unwrap_or(id);
    TOPICS
        .iter()
        .find(|t| t.0 == prefix)
        .map_or(("overig", msg::TOPIC_OTHER.get(lang).to_string()), |t| {
            (t.1, t.2.get(lang).to_string())
        })
}

fn topic_rank(topic_id: &str) -> usize {
    TOPICS
        .iter()
        .position(|t| t.1 == topic_id)
        .unwrap_or(TOPICS.len())
}

/// A passed check ([`Finding::passed`]: a sum that agrees, stock and flows that reconcile)
/// rather than a remark; the same in both languages.
fn tone_of(f: &Finding) -> Tone {
    match f.severity {
        Severity::LetOp => Tone::LetOp,
        Severity::Info if f.passed => Tone::Ok,
        Severity::Info => Tone::Info,
    }
}

/// Decimals of a finding's percentages: one, as everywhere; two for the social-activation
/// share (X5), which is set against the programme's 21,29%.
fn pct_decimals(finding_id: &str) -> usize {
    if finding_id.starts_with("X5") {
        2
    } else {
        1
    }
}

/// A finding's figure, formatted: percentages with a % sign. A category code of the file
/// stays as written in Dutch and is named by the kerncijfers catalogue ([`category_label`])
/// in English when it knows it.
fn figure_text(f: &Figure, pct_decimals: usize, lang: Lang) -> (String, String) {
    let name = match &f.label {
        FigureLabel::Category(c) if lang == Lang::En => {
            ["uitstroomreden", "dekkingsbron", "budgetregel_totaal", ""]
                .iter()
                .find_map(|dim| category_label(dim, c, lang))
                .unwrap_or_else(|| f.name(lang))
        }
        _ => f.name(lang),
    };
    if f.percent {
        return (name, format::pct(lang, f.value, pct_decimals));
    }
    let v = f.value;
    let v = if v.abs() >= 100.0 {
        v.round()
    } else {
        (v * 100.0).round() / 100.0
    };
    (name, printed_number(lang, v))
}

fn item(f: &Finding, lang: Lang) -> FindingItem {
    let tone = tone_of(f);
    FindingItem {
        id: f.id.clone(),
        tone,
        badge: tone.label().get(lang).to_string(),
        title: tidy(f.title(lang)),
        detail: tidy(f.detail(lang)),
        figures: f
            .figures
            .iter()
            .map(|x| figure_text(x, pct_decimals(&f.id), lang))
            .collect(),
    }
}

/// A separator in words (`puntkomma (;)`), noting a `sep=` line.
pub(super) fn separator_label(c: char, sep_line: bool, lang: Lang) -> String {
    let name = match c {
        ';' => msg::SEP_SEMICOLON.get(lang).to_string(),
        ',' => msg::SEP_COMMA.get(lang).to_string(),
        '\t' => msg::SEP_TAB.get(lang).to_string(),
        '|' => msg::SEP_BAR.get(lang).to_string(),
        '\0' => msg::SEP_NONE.get(lang).to_string(),
        other => format!("'{other}'"),
    };
    if sep_line {
        msg::sep_line(lang, &name)
    } else {
        name
    }
}

/// Why a column has its mapping, in words.
pub(super) fn mapping_kind_label(how: MappingKind, lang: Lang) -> &'static str {
    how.label().get(lang)
}

/// Why column `c` went where it went, in words: by name, by the words of its header, a
/// description chosen over a code (and that code), a question between equal columns, the
/// user's choice or a remembered one.
pub(super) fn column_how(c: &ColumnMapping, r: &LoadReport, lang: Lang) -> String {
    let src = c.source.as_str();
    for w in &r.warnings {
        match w {
            LoadWarning::Tolerated(e) => {
                if let LoadErrorKind::AmbiguousColumns { field, columns } = &e.kind {
                    if columns.iter().any(|x| x == src) && c.how != MappingKind::Forced {
                        return msg::how_ambiguous(lang, field);
                    }
                }
            }
            LoadWarning::DescriptionOverCode {
                description, code, ..
            } => {
                if description == src && c.how == MappingKind::ByWords {
                    return msg::how_description_over_code(lang, code);
                }
                if code == src && c.how == MappingKind::Duplicate {
                    return msg::how_code_beside(lang, description);
                }
            }
            _ => {}
        }
    }
    // The person column is not stored, but read to count the persons.
    if c.how == MappingKind::NotUsed && is_person_column(src) {
        return msg::HOW_PERSONS.get(lang).to_string();
    }
    if c.remembered {
        return match c.how {
            MappingKind::IgnoredByUser => msg::HOW_REMEMBERED_IGNORED,
            _ => msg::HOW_REMEMBERED,
        }
        .get(lang)
        .to_string();
    }
    mapping_kind_label(c.how, lang).to_string()
}

/// Whether `header` names the person column (`persoon_id`: not stored, read to count the
/// persons).
fn is_person_column(header: &str) -> bool {
    bijstand_core::io::accepted_names("persoon_id")
        .contains(&bijstand_core::text::header_key(header).as_str())
}

/// The loader's remarks as shown: the end reasons are in their table (with the `<10`
/// rule), not in a sentence; a column waiting for the user's choice between equal columns
/// is no "duplicate", and the person column is not "unused" (it counts the persons).
pub(super) fn warning_texts(r: &LoadReport, lang: Lang) -> Vec<String> {
    let asked: Vec<&str> = r
        .warnings
        .iter()
        .filter_map(|w| match w {
            LoadWarning::Tolerated(e) => match &e.kind {
                LoadErrorKind::AmbiguousColumns { columns, .. } => Some(columns),
                _ => None,
            },
            _ => None,
        })
        .flatten()
        .map(String::as_str)
        .collect();
    r.warnings
        .iter()
        .filter_map(|w| match w {
            LoadWarning::ExitReasonsMapped(_) => None,
            LoadWarning::DuplicateColumns(c) => {
                let kept: Vec<String> = c
                    .iter()
                    .filter(|h| !asked.contains(&h.as_str()))
                    .cloned()
                    .collect();
                (!kept.is_empty()).then(|| LoadWarning::DuplicateColumns(kept).message(lang))
            }
            LoadWarning::UnusedColumns(c) => {
                let kept: Vec<String> =
                    c.iter().filter(|h| !is_person_column(h)).cloned().collect();
                (!kept.is_empty()).then(|| LoadWarning::UnusedColumns(kept).message(lang))
            }
            w => Some(w.message(lang)),
        })
        .collect()
}

/// The choices of a remembered mapping in words: `'Datum einde uitkering' als einddatum;
/// 'Einddatum periodiek algemeen' niet gebruikt`.
pub fn remembered_choices(m: &RememberedMapping, lang: Lang) -> String {
    m.column_map
        .iter()
        .map(|(column, field)| match field {
            Some(f) => msg::choice_mapped(lang, column, f),
            None => msg::choice_ignored(lang, column),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// "A remembered mapping … was used: <choices>." for `m`.
pub(super) fn remembered_used_text(m: &RememberedMapping, lang: Lang) -> String {
    msg::remembered_used(lang, &remembered_choices(m, lang))
}

/// What a caseload file held, as CBS publishes it: `1.240 uitkeringen, 1.415 personen`
/// when the report knows the persons, else `1.240 uitkeringen`; `None` for other data.
pub fn caseload_summary(ds: &Dataset, r: Option<&LoadReport>, lang: Lang) -> Option<String> {
    let Data::Episodes(e) = &ds.data else {
        return None;
    };
    let benefits = Count(e.len() as i64);
    Some(match r.and_then(|r| r.persons) {
        Some(p) => {
            bijstand_core::messages::io::benefits_and_persons(lang, benefits, Count(p as i64))
        }
        None => crate::messages::common::n_benefits(lang, &format::int(lang, e.len() as i64)),
    })
}

/// The end reasons the loader classified from free text, as a table: label as written,
/// category (the `overig` fallback named as such) and rows (`<threshold` rule).
fn exit_reasons_table(r: &LoadReport, threshold: u32, lang: Lang) -> Option<Table> {
    let labels = r.warnings.iter().find_map(|w| match w {
        LoadWarning::ExitReasonsMapped(l) => Some(l),
        _ => None,
    })?;
    Some(Table {
        caption: msg::EXIT_REASONS_CAPTION.get(lang).into(),
        headers: [
            msg::COL_LABEL_IN_FILE,
            msg::COL_READ_AS_REASON,
            msg::COL_ROWS,
        ]
        .iter()
        .map(|m| m.get(lang).to_string())
        .collect(),
        rows: labels
            .iter()
            .map(|l| {
                let reason = l.reason.label().get(lang);
                vec![
                    l.label.clone(),
                    if l.reason == Uitstroomreden::Overig {
                        msg::reason_fallback(lang, reason)
                    } else {
                        reason.to_string()
                    },
                    count_label(l.rows.min(u32::MAX as usize) as u32, threshold, lang),
                ]
            })
            .collect(),
    })
}

/// The loader's report `r` on the file of `ds` as facts, a column table, warnings and the
/// `Totaal` row check; `remembered` are the mappings this browser still remembers and
/// `threshold` the suppression threshold for the end-reason counts.
pub fn loader_view(
    ds: &Dataset,
    r: &LoadReport,
    remembered: &[RememberedMapping],
    threshold: u32,
    lang: Lang,
) -> LoaderView {
    let format_name = match r.format {
        Format::Csv => "CSV",
        Format::Xlsx => "Excel (.xlsx)",
        Format::Xls => "Excel (.xls)",
        Format::Json => "JSON",
    };
    let kind = match r.kind {
        FileKind::Episodes => msg::KIND_EPISODES,
        FileKind::Kerncijfers => msg::KIND_KERNCIJFERS,
        FileKind::Contracts => msg::KIND_CONTRACTS,
        FileKind::Trajectories => msg::KIND_TRAJECTORIES,
        FileKind::CodeList => msg::KIND_CODE_LIST,
    };
    let fact = |m: Msg, v: String| (m.get(lang).to_string(), v);
    let mut facts = vec![
        fact(msg::FACT_FILE, ds.name.clone()),
        fact(msg::FACT_KIND, kind.get(lang).to_string()),
        fact(msg::FACT_FORMAT, format_name.to_string()),
        fact(msg::FACT_ENCODING, r.encoding.label().get(lang).to_string()),
        fact(
            msg::FACT_SEPARATOR,
            separator_label(r.separator, r.sep_line, lang),
        ),
        fact(
            msg::FACT_NUMBERS,
            match r.decimal {
                DecimalStyle::Comma => msg::DECIMAL_COMMA,
                DecimalStyle::Point => msg::DECIMAL_POINT,
            }
            .get(lang)
            .to_string(),
        ),
        fact(
            msg::FACT_DATES,
            if r.month_first {
                msg::MONTH_FIRST
            } else {
                msg::DAY_FIRST
            }
            .get(lang)
            .to_string(),
        ),
        fact(
            msg::FACT_HEADER,
            if r.header_line == 0 {
                msg::HEADER_JSON.get(lang).to_string()
            } else {
                msg::header_line(lang, Count(r.header_line as i64))
            },
        ),
    ];
    if let Some(sheet) = &r.sheet {
        facts.push(fact(msg::FACT_SHEET, sheet.clone()));
    }
    facts.push(fact(msg::FACT_ROWS, format::int(lang, r.rows as i64)));
    if let Some(read) = caseload_summary(ds, Some(r), lang).filter(|_| r.rows > 0) {
        facts.push(fact(msg::FACT_BENEFITS, read));
    }
    let columns = Table {
        caption: msg::COLUMNS_CAPTION.get(lang).into(),
        headers: [
            msg::COL_COLUMN,
            msg::COL_HEADER,
            msg::COL_READ_AS,
            msg::COL_HOW,
        ]
        .iter()
        .map(|m| m.get(lang).to_string())
        .collect(),
        rows: r
            .columns
            .iter()
            .map(|c| {
                vec![
                    c.position.clone(),
                    c.source.trim_start_matches('\u{feff}').to_string(),
                    c.field.unwrap_or("–").to_string(),
                    column_how(c, r, lang),
                ]
            })
            .collect(),
    };
    let (total_tone, total_text) = match &r.total {
        Some(t) => {
            let off = t.columns.iter().any(|(_, p, s)| (p - s).abs() > 1e-9);
            let columns = t
                .columns
                .iter()
                .map(|(c, p, s)| {
                    msg::total_column(
                        lang,
                        c,
                        &printed_number(lang, *p),
                        &printed_number(lang, *s),
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            (
                Some(if off { Tone::LetOp } else { Tone::Ok }),
                msg::total_row(lang, Count(t.line as i64), &columns),
            )
        }
        None => (None, msg::NO_TOTAL.get(lang).to_string()),
    };
    let ignored: Vec<String> = r
        .ignored_columns()
        .into_iter()
        .filter(|h| !is_person_column(h))
        .map(|s| s.trim_start_matches('\u{feff}').to_string())
        .collect();
    let exit_reasons = exit_reasons_table(r, threshold, lang);
    let warnings = warning_texts(r, lang);
    let remembered_note = r.remembered.as_ref().map(|m| {
        let still = remembered.iter().any(|k| k.header == m.header);
        RememberedNote {
            text: if still {
                remembered_used_text(m, lang)
            } else {
                msg::REMEMBERED_FORGOTTEN.get(lang).to_string()
            },
            header: m.header.clone(),
            forget: still.then(|| msg::FORGET_MAPPING.get(lang).to_string()),
        }
    });
    LoaderView {
        remembered: remembered_note,
        exit_reasons,
        exit_reasons_note: msg::EXIT_REASONS_NOTE.get(lang).to_string(),
        heading: msg::LOADER_HEADING.get(lang).to_string(),
        columns_summary: msg::how_each_column(lang, Count(columns.rows.len() as i64)),
        facts,
        columns,
        ignored_text: if ignored.is_empty() {
            msg::ALL_COLUMNS_READ.get(lang).to_string()
        } else {
            msg::columns_not_read(lang, &ignored.join(", "))
        },
        ignored,
        no_warnings: warnings
            .is_empty()
            .then(|| msg::NO_WARNINGS.get(lang).to_string()),
        warnings,
        total_tone,
        total_text,
    }
}

/// The data-quality screen for `dataset` in the scenario's language: every finding of
/// `quality::check_dataset`, grouped, and how the file was read (the loader's report in
/// `ctx`; an empty report when there is none).
pub fn build(dataset: &Dataset, scenario: &Scenario, ctx: &Context) -> QualityView {
    let none = LoadReport::default();
    let report = ctx.report.as_deref();
    let findings = check_dataset(dataset, report, &QualityParams::default());
    let loader = loader_view(
        dataset,
        report.unwrap_or(&none),
        &ctx.remembered,
        scenario.threshold,
        scenario.lang,
    );
    quality_view(report.unwrap_or(&none), &findings, loader, scenario.lang)
}

/// The data-quality screen from the findings of `quality::check_dataset`.
fn quality_view(
    r: &LoadReport,
    findings: &[Finding],
    loader: LoaderView,
    lang: Lang,
) -> QualityView {
    let letop = findings
        .iter()
        .filter(|f| f.severity == Severity::LetOp)
        .count();
    let ok = findings.iter().filter(|f| tone_of(f) == Tone::Ok).count();
    let info = findings.len() - letop - ok;
    let mut blocks = Vec::new();
    for severity in [Severity::LetOp, Severity::Info] {
        let mut groups: Vec<FindingGroup> = Vec::new();
        for f in findings.iter().filter(|f| f.severity == severity) {
            let (topic_id, topic) = topic_of(&f.id, lang);
            match groups.iter_mut().find(|g| g.topic_id == topic_id) {
                Some(g) => g.items.push(item(f, lang)),
                None => groups.push(FindingGroup {
                    topic_id,
                    topic,
                    items: vec![item(f, lang)],
                }),
            }
        }
        if groups.is_empty() {
            continue;
        }
        bijstand_core::sort::sort_by_key(&mut groups, |g| topic_rank(g.topic_id));
        for g in &mut groups {
            // Remarks before passed checks within a topic.
            bijstand_core::sort::sort_by_key(&mut g.items, |i| i.tone == Tone::Ok);
        }
        let n = Count(groups.iter().map(|g| g.items.len()).sum::<usize>() as i64);
        let (heading, intro) = match severity {
            Severity::LetOp => (msg::heading_let_op(lang, n), msg::INTRO_LET_OP),
            Severity::Info => (msg::heading_info(lang, n), msg::INTRO_INFO),
        };
        blocks.push(SeverityBlock {
            severity,
            heading,
            intro: intro.get(lang).to_string(),
            groups,
        });
    }
    let summary = if letop == 0 {
        msg::ALL_FINE.get(lang).to_string()
    } else {
        msg::summary(
            lang,
            Count(findings.len() as i64),
            Count(letop as i64),
            Count((ok + info) as i64),
        )
    };
    let kpi = |id, label: Msg, value: usize, note: Msg| Kpi {
        id,
        label: label.get(lang).into(),
        value: format::int(lang, value as i64),
        note: note.get(lang).into(),
    };
    let kpis = vec![
        kpi("kpi-dq-letop", msg::KPI_LET_OP, letop, msg::KPI_LET_OP_NOTE),
        kpi("kpi-dq-ok", msg::KPI_OK, ok, msg::KPI_OK_NOTE),
        kpi("kpi-dq-info", msg::KPI_INFO, info, msg::KPI_INFO_NOTE),
        Kpi {
            id: "kpi-dq-rows",
            label: msg::KPI_ROWS.get(lang).into(),
            value: format::int(lang, r.rows as i64),
            note: r.encoding.label().get(lang).into(),
        },
    ];
    QualityView {
        title: msg::TITLE.get(lang).to_string(),
        kpis,
        summary,
        reassurance: msg::REASSURANCE.get(lang).to_string(),
        blocks,
        loader,
    }
}

#[cfg(test)]
mod tone_tests {
    use super::*;
    use bijstand_quality::{self as quality, QualityParams};

    /// How the tone was decided before findings said whether they passed: on words of the
    /// Dutch title. Kept here to show that the typed outcome gives the same tones.
    fn tone_by_dutch_title(f: &Finding) -> Tone {
        match f.severity {
            Severity::LetOp => Tone::LetOp,
            Severity::Info => {
                let t = f.title(Lang::Nl).to_lowercase();
                let positive = t.contains("klopt")
                    || t.contains("sluit")
                    || t.starts_with("alle ")
                    || t.starts_with("leeftijden")
                    || t.starts_with("de totaalregel klopt");
                if positive && !t.contains("niet") {
                    Tone::Ok
                } else {
                    Tone::Info
                }
            }
        }
    }

    #[test]
    fn tones_of_the_embedded_data_are_unchanged() {
        let mut findings = Vec::new();
        for loaded in [
            crate::embedded::kerncijfers_loaded(),
            crate::embedded::synthetic_loaded(),
        ] {
            let loaded = loaded.unwrap();
            findings.extend(quality::check_dataset(
                loaded.dataset().unwrap(),
                Some(&loaded.report),
                &QualityParams::default(),
            ));
        }
        assert!(findings.len() >= 40, "{} findings", findings.len());
        let ok = findings.iter().filter(|f| tone_of(f) == Tone::Ok).count();
        let info = findings.iter().filter(|f| tone_of(f) == Tone::Info).count();
        assert!(ok > 0 && info > 0, "ok {ok}, info {info}");
        for f in &findings {
            assert_eq!(tone_of(f), tone_by_dutch_title(f), "{}", f.id);
        }
    }
}

#[cfg(test)]
mod export_tests {
    use super::*;
    use bijstand_core::io::{self, LoadOptions};

    fn export() -> io::Loaded {
        io::load(
            include_bytes!("../../core/tests/fixtures/benefits_system_export.csv"),
            "export.csv",
            &LoadOptions::default(),
        )
        .unwrap()
    }

    #[test]
    fn benefits_and_persons_are_both_shown() {
        let loaded = export();
        let ds = loaded.dataset().unwrap();
        assert_eq!(
            caseload_summary(ds, Some(&loaded.report), Lang::Nl).as_deref(),
            Some("25 uitkeringen, 29 personen")
        );
        assert_eq!(
            caseload_summary(ds, Some(&loaded.report), Lang::En).as_deref(),
            Some("25 benefits, 29 persons")
        );
        let v = loader_view(ds, &loaded.report, &[], 10, Lang::Nl);
        assert!(v.facts.contains(&(
            "Ingelezen".to_string(),
            "25 uitkeringen, 29 personen".to_string()
        )));
        // Without persons (no id at all): the benefits alone.
        let vng = io::load(
            include_bytes!("../../core/tests/fixtures/vng_sturen_op_bijstand.csv"),
            "vng.csv",
            &LoadOptions::default(),
        )
        .unwrap();
        assert_eq!(
            caseload_summary(vng.dataset().unwrap(), Some(&vng.report), Lang::Nl).as_deref(),
            Some("12 uitkeringen")
        );
        // Thousands as each language writes them.
        let mut big = loaded.report.clone();
        big.persons = Some(1415);
        let mut many = ds.clone();
        if let Data::Episodes(e) = &mut many.data {
            let n = e.len();
            e.start = std::iter::repeat_n(e.start[0], 1240).collect();
            assert!(n < 1240);
        }
        assert_eq!(
            caseload_summary(&many, Some(&big), Lang::Nl).as_deref(),
            Some("1.240 uitkeringen, 1.415 personen")
        );
        assert_eq!(
            caseload_summary(&many, Some(&big), Lang::En).as_deref(),
            Some("1,240 benefits, 1,415 persons")
        );
    }

    #[test]
    fn end_reasons_are_a_table_with_the_fallback_named_and_small_counts_hidden() {
        let loaded = export();
        let ds = loaded.dataset().unwrap();
        let v = loader_view(ds, &loaded.report, &[], 10, Lang::Nl);
        let t = v.exit_reasons.expect("free-text end reasons");
        assert_eq!(
            t.headers,
            [
                "Omschrijving in het bestand",
                "Gelezen als uitstroomreden",
                "Regels"
            ]
        );
        let row = |label: &str| t.rows.iter().find(|r| r[0] == label).cloned().unwrap();
        assert_eq!(t.rows.len(), 6, "{t:?}");
        assert_eq!(
            row("Verhuizing naar andere gemeente")[1],
            "verhuizing buiten gemeente"
        );
        assert_eq!(row("Werk als zelfstandige")[1], "start als zelfstandige");
        assert_eq!(row("Detentie")[1], "overig (past in geen categorie)");
        assert_eq!(
            row("Inkomsten partner")[1],
            "overig (past in geen categorie)"
        );
        assert_eq!(row("Start opleiding")[1], "studie");
        assert!(t.rows.iter().all(|r| r[2] == "<10"), "{t:?}");
        // The counts are in the table, under the rule; not in a sentence.
        assert!(v.warnings.iter().all(|w| !w.contains("Detentie")));
        // With threshold 1 (tests only) the counts show.
        let v = loader_view(ds, &loaded.report, &[], 1, Lang::En);
        let t = v.exit_reasons.unwrap();
        let moved = t
            .rows
            .iter()
            .find(|r| r[0] == "Verhuizing naar andere gemeente")
            .unwrap();
        assert_eq!((moved[1].as_str(), moved[2].as_str()), ("moved away", "2"));
        let other = t.rows.iter().find(|r| r[0] == "Detentie").unwrap();
        assert_eq!(other[1], "other (fits no category)");
    }

    #[test]
    fn a_remembered_mapping_is_named_and_can_be_forgotten() {
        let text = "Dossiernr;Startdatum;Einddatum periodiek algemeen;Datum einde uitkering\n\
                    1;01-01-2024;;\n";
        let header: Vec<String> = text
            .lines()
            .next()
            .unwrap()
            .split(';')
            .map(String::from)
            .collect();
        let m =
            io::RememberedMapping::new(&header, &[("Datum einde uitkering".into(), None)]).unwrap();
        let options = LoadOptions {
            remembered: vec![m.clone()],
            ..LoadOptions::default()
        };
        let loaded = io::load(text.as_bytes(), "x.csv", &options).unwrap();
        let ds = loaded.dataset().unwrap();
        let v = loader_view(ds, &loaded.report, std::slice::from_ref(&m), 10, Lang::Nl);
        let note = v.remembered.clone().unwrap();
        assert!(
            note.text.contains("'Datum einde uitkering' niet gebruikt"),
            "{}",
            note.text
        );
        assert_eq!(note.forget.as_deref(), Some("Vergeet deze koppeling"));
        assert_eq!(note.header, m.header);
        let how = v
            .columns
            .rows
            .iter()
            .find(|r| r[1] == "Datum einde uitkering")
            .unwrap();
        assert_eq!(how[3], "niet gebruikt (onthouden koppeling)");
        // Forgotten since: said so, no button.
        let v = loader_view(ds, &loaded.report, &[], 10, Lang::Nl);
        let note = v.remembered.unwrap();
        assert_eq!(note.forget, None);
        assert!(
            note.text.starts_with("Deze koppeling is vergeten"),
            "{}",
            note.text
        );
    }

    /// The end-to-end fixtures (`e2e/real_exports.test.mjs`) read as the test expects.
    #[test]
    fn the_e2e_fixtures_give_the_counts_the_e2e_test_expects() {
        let read = |bytes: &[u8], name: &str| {
            let l = io::load(bytes, name, &LoadOptions::default());
            l.map(|l| caseload_summary(l.dataset().unwrap(), Some(&l.report), Lang::Nl))
        };
        assert_eq!(
            read(
                include_bytes!("../../e2e/fixtures/uitkeringssysteem_export.csv"),
                "a.csv"
            ),
            Ok(Some("13 uitkeringen, 16 personen".to_string()))
        );
        assert_eq!(
            read(include_bytes!("../../e2e/fixtures/vng_dummy.csv"), "b.csv"),
            Ok(Some("14 uitkeringen".to_string()))
        );
        for (bytes, n) in [
            (
                &include_bytes!("../../e2e/fixtures/twee_einddatums.csv")[..],
                12,
            ),
            (
                &include_bytes!("../../e2e/fixtures/twee_einddatums_volgende.csv")[..],
                14,
            ),
        ] {
            let e = read(bytes, "c.csv").unwrap_err();
            assert!(matches!(e.kind, LoadErrorKind::AmbiguousColumns { .. }));
            let choice = LoadOptions {
                column_map: vec![("Einddatum periodiek algemeen".into(), None)],
                ..LoadOptions::default()
            };
            let l = io::load(bytes, "c.csv", &choice).unwrap();
            assert_eq!(
                caseload_summary(l.dataset().unwrap(), Some(&l.report), Lang::Nl),
                Some(format!("{n} uitkeringen, {n} personen"))
            );
        }
    }
}
