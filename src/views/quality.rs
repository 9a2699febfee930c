//! The data-quality view model: the findings of `quality::check_dataset`, grouped by
//! severity and topic in calm words, and what the loader detected (encoding, separator,
//! decimal style, header line, column mapping, warnings, the `Totaal` row check).

use bijstand_core::format;
use bijstand_core::io::{DecimalStyle, FileKind, Format, LoadReport, MappingKind};
use bijstand_core::lang::Lang;
use bijstand_core::model::Dataset;
use bijstand_core::quality::{Finding, Severity};

use super::figures::{category_label, printed_number, tidy, version_label};
use super::{Kpi, Table};

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
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Tone::LetOp => lang.t("Let op", "Note"),
            Tone::Info => lang.t("Info", "Info"),
            Tone::Ok => lang.t("In orde", "OK"),
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
    /// Settings found (label, value), e.g. ("Scheidingsteken", "puntkomma (;)").
    pub facts: Vec<(String, String)>,
    /// How every column was read.
    pub columns: Table,
    /// Columns not read.
    pub ignored: Vec<String>,
    /// Remarks of the loader.
    pub warnings: Vec<String>,
    /// The `Totaal` row check, when the file had one.
    pub total: Option<(Tone, String)>,
}

/// The data-quality screen.
#[derive(Clone, Debug, PartialEq)]
pub struct QualityView {
    /// Counts.
    pub kpis: Vec<Kpi>,
    /// One sentence summary.
    pub summary: String,
    /// "Let op" first, then information and passed checks.
    pub blocks: Vec<SeverityBlock>,
    /// The loader's report.
    pub loader: LoaderView,
}

/// Topics in display order: (id prefix, topic id, Dutch, English).
const TOPICS: &[(&str, &str, &str, &str)] = &[
    ("X2", "aansluiting", "Bestand en stromen", "Stock and flows"),
    (
        "BRON",
        "bronnen",
        "Verschillende bronnen voor hetzelfde cijfer",
        "Different sources for one figure",
    ),
    (
        "X3",
        "optellingen",
        "Groepen en totalen",
        "Groups and totals",
    ),
    (
        "SOM",
        "optellingen",
        "Groepen en totalen",
        "Groups and totals",
    ),
    (
        "X4",
        "uitstroom",
        "Uitstroom naar reden en naar werk",
        "Outflow by reason and to work",
    ),
    (
        "X5",
        "participatie",
        "Sociale activering",
        "Social activation",
    ),
    (
        "X7",
        "lks",
        "Loonkostensubsidie (LKS)",
        "Wage-cost subsidy (LKS)",
    ),
    (
        "X8",
        "werkplein",
        "Plaatsingen Werkplein",
        "Werkplein placements",
    ),
    ("BUIG", "buig", "BUIG-budget", "BUIG budget"),
    (
        "X13",
        "begroting",
        "Programmabegroting (bijlage 1)",
        "Programme budget (Annex 1)",
    ),
    (
        "X14",
        "statushouders",
        "Statushouders en inburgering",
        "Refugees and civic integration",
    ),
    (
        "X15",
        "statushouders",
        "Statushouders en inburgering",
        "Refugees and civic integration",
    ),
    ("EP", "uitkeringen", "Uitkeringsgegevens", "Benefit records"),
    (
        "LOAD",
        "inlezen",
        "Inlezen van het bestand",
        "Reading the file",
    ),
];

fn topic_of(id: &str, lang: Lang) -> (&'static str, String) {
    let prefix = id.split('-').next().unwrap_or(id);
    TOPICS.iter().find(|t| t.0 == prefix).map_or(
        (
            "overig",
            lang.t("Overige controles", "Other checks").to_string(),
        ),
        |t| (t.1, lang.t(t.2, t.3).to_string()),
    )
}

fn topic_rank(topic_id: &str) -> usize {
    TOPICS
        .iter()
        .position(|t| t.1 == topic_id)
        .unwrap_or(TOPICS.len())
}

/// A passed check ("Optelling klopt", "sluiten aan") rather than a remark. Decided on the
/// Dutch title, which every finding has whatever the interface language, so the tone is
/// the same in both languages.
fn tone_of(f: &Finding) -> Tone {
    match f.severity {
        Severity::LetOp => Tone::LetOp,
        Severity::Info => {
            let t = f.title_nl.to_lowercase();
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

/// English label of a finding's figure (the labels are Dutch words or codes from the
/// file); unknown labels stay as they are.
fn figure_label_en(label: &str) -> String {
    let known = match label {
        "som" => "sum",
        "totaal" => "total",
        "verschil" => "difference",
        "tolerantie" => "tolerance",
        "direct" => "direct",
        "apparaat" => "overheads",
        "bestand begin" => "caseload at the start",
        "bestand eind" => "caseload at the end",
        "mutatie bestand" => "change in caseload",
        "instroom" => "inflow",
        "uitstroom" => "outflow",
        "netto stroom" => "net flow",
        "r" => "r",
        "r / bestand" => "r / caseload",
        "maanden" => "months",
        "gepubliceerd" => "published",
        "deelnemers" => "participants",
        "bestand peildatum" => "caseload on the reference date",
        "aandeel peildatum" => "share, reference date",
        "gemiddeld bestand" => "average caseload",
        "aandeel gemiddeld bestand" => "share, average caseload",
        "nodig voor streefwaarde, peildatum" => "needed for the target, reference date",
        "nodig voor streefwaarde, gemiddeld bestand" => "needed for the target, average caseload",
        "uitstroom totaal" => "outflow total",
        "realisatie" => "realised",
        "jaardoel" => "annual target",
        "pro-rata doel" => "pro-rata target",
        "tempo t.o.v. pro rata" => "pace vs pro rata",
        "aandeel jaardoel" => "share of annual target",
        "boven pro-rata doel" => "above pro-rata target",
        "onder jaardoel" => "below annual target",
        "nodig per resterende maand" => "needed per remaining month",
        "tempo tot nu per maand" => "pace so far per month",
        "gedrukt" => "printed",
        "lopend begin" => "running at the start",
        "gestart" => "started",
        "in gebruik" => "in use",
        "totaal gepubliceerd" => "total published",
        "beëindigd" => "ended",
        "lopend eind" => "running at the end",
        "lopend eind gepubliceerd" => "running at the end, published",
        "netto toename" => "net increase",
        "budget" => "budget",
        "uitgaven" => "spending",
        "budget − uitgaven" => "budget − spending",
        "resultaat gepubliceerd" => "result published",
        "bestand" => "caseload",
        "reden onbekend" => "reason unknown",
        "zonder reden" => "no reason",
        "aandeel" => "share",
        "jonger dan 18" => "under 18",
        "AOW-leeftijd of ouder" => "AOW age or older",
        "zonder geboortejaar" => "no birth year",
        "kolommen" => "columns",
        "jongere" => "under 27",
        "statushouder" => "refugees",
        "overig" => "other",
        "werk" => "work",
        _ => "",
    };
    if !known.is_empty() {
        return known.to_string();
    }
    if let Some((nl, en)) = bijstand_core::dynamics::OutflowToWork::ALL
        .iter()
        .map(|d| (d.label_nl(), d.label_en()))
        .find(|(nl, _)| label.ends_with(nl))
    {
        // "aandeel werkaanvaarding" → "share taking up work".
        return match label.strip_suffix(nl).map(str::trim) {
            Some("") => en.to_string(),
            Some("aandeel") => format!("share {en}"),
            _ => label.to_string(),
        };
    }
    // Category codes of the file (`uitkeringen`, `algemene_middelen`, …).
    for dim in ["uitstroomreden", "dekkingsbron", "budgetregel_totaal", ""] {
        if let Some(en) = category_label(dim, label, Lang::En) {
            return en;
        }
    }
    // Source versions (`tabel_6`, `figuur_9`, `voorlopig`, …).
    let version = |v: &str| {
        let known = ["tabel_", "figuur_", "peildatum_"]
            .iter()
            .any(|p| v.starts_with(p))
            || [
                "tekst",
                "afgeleid",
                "gedrukt",
                "prognosemodel",
                "voorlopig",
                "nader_voorlopig",
                "definitief",
            ]
            .contains(&v);
        known.then(|| version_label(v, Lang::En))
    };
    if let Some(v) = version(label) {
        return v;
    }
    let source = |v: &str| version(v).unwrap_or_else(|| v.replace('_', " "));
    if let Some(s) = label.strip_prefix("aandeel werk volgens ") {
        return format!("share to work according to {}", source(s));
    }
    if let Some(s) = label.strip_prefix("werk volgens ") {
        return format!("to work according to {}", source(s));
    }
    if let Some(c) = label.strip_suffix(" gedrukt") {
        return format!("{c} printed");
    }
    if let Some(c) = label.strip_suffix(" berekend") {
        return format!("{c} computed");
    }
    label.to_string()
}

/// A finding's figure, formatted: percentages (label ending in `(%)`) with a % sign.
fn figure_text(label: &str, v: f64, lang: Lang) -> (String, String) {
    let name = |l: &str| match lang {
        Lang::Nl => l.to_string(),
        Lang::En => figure_label_en(l),
    };
    match label.strip_suffix(" (%)") {
        Some(l) => (name(l), format::nl::pct(v, 2)),
        None => {
            let v = if v.abs() >= 100.0 {
                v.round()
            } else {
                (v * 100.0).round() / 100.0
            };
            (name(label), printed_number(lang, v))
        }
    }
}

fn item(f: &Finding, lang: Lang) -> FindingItem {
    FindingItem {
        id: f.id.clone(),
        tone: tone_of(f),
        title: tidy(f.title(lang)),
        detail: tidy(f.detail(lang)),
        figures: f
            .figures
            .iter()
            .map(|(l, v)| figure_text(l, *v, lang))
            .collect(),
    }
}

/// A separator in words (`puntkomma (;)`), noting a `sep=` line.
pub(super) fn separator_label(c: char, sep_line: bool, lang: Lang) -> String {
    let name = match c {
        ';' => lang.t("puntkomma (;)", "semicolon (;)").to_string(),
        ',' => lang.t("komma (,)", "comma (,)").to_string(),
        '\t' => lang.t("tab", "tab").to_string(),
        '|' => lang
            .t("verticale streep (|)", "vertical bar (|)")
            .to_string(),
        '\0' => lang.t("niet van toepassing", "not applicable").to_string(),
        other => format!("'{other}'"),
    };
    if sep_line {
        format!(
            "{name}, {}",
            lang.t("aangegeven met een sep=-regel", "declared by a sep= line")
        )
    } else {
        name
    }
}

/// Why a column has its mapping, in words.
pub(super) fn mapping_kind_label(how: MappingKind, lang: Lang) -> &'static str {
    how.label().get(lang)
}

/// The loader's report as facts, a column table, warnings and the `Totaal` row check.
pub fn loader_view(ds: &Dataset, lang: Lang) -> LoaderView {
    let r: &LoadReport = &ds.report;
    let format_name = match r.format {
        Format::Csv => "CSV",
        Format::Xlsx => "Excel (.xlsx)",
        Format::Xls => "Excel (.xls)",
        Format::Json => "JSON",
    };
    let kind = match r.kind {
        FileKind::Episodes => lang.t(
            "uitkeringen op persoonsniveau (bijstandsbestand)",
            "person-level benefits (caseload file)",
        ),
        FileKind::Kerncijfers => lang.t("kerncijfers (geaggregeerd)", "key figures (aggregate)"),
        FileKind::Contracts => lang.t("LKS-contracten", "LKS contracts"),
    };
    let mut facts = vec![
        (lang.t("Bestand", "File").to_string(), ds.name.clone()),
        (
            lang.t("Soort gegevens", "Kind of data").to_string(),
            kind.to_string(),
        ),
        (
            lang.t("Formaat", "Format").to_string(),
            format_name.to_string(),
        ),
        (
            lang.t("Tekenset", "Encoding").to_string(),
            r.encoding.label().get(lang).to_string(),
        ),
        (
            lang.t("Scheidingsteken", "Separator").to_string(),
            separator_label(r.separator, r.sep_line, lang),
        ),
        (
            lang.t("Getallen", "Numbers").to_string(),
            match r.decimal {
                DecimalStyle::Comma => lang
                    .t("decimale komma (1.234,5)", "decimal comma (1.234,5)")
                    .to_string(),
                DecimalStyle::Point => lang
                    .t("decimale punt (1,234.5)", "decimal point (1,234.5)")
                    .to_string(),
            },
        ),
        (
            lang.t("Datums", "Dates").to_string(),
            if r.month_first {
                lang.t(
                    "maand-dag-jaar (door u gekozen)",
                    "month-day-year (your choice)",
                )
            } else {
                lang.t("dag-maand-jaar", "day-month-year")
            }
            .to_string(),
        ),
        (
            lang.t("Kopregel", "Header row").to_string(),
            if r.header_line == 0 {
                lang.t(
                    "niet van toepassing (JSON: de sleutels)",
                    "not applicable (JSON keys)",
                )
                .to_string()
            } else {
                format!("{} {}", lang.t("regel", "line"), r.header_line)
            },
        ),
    ];
    if let Some(sheet) = &r.sheet {
        facts.push((lang.t("Werkblad", "Sheet").to_string(), sheet.clone()));
    }
    facts.push((
        lang.t("Gegevensregels gelezen", "Data rows read")
            .to_string(),
        format::nl::int(r.rows as i64),
    ));
    let columns = Table {
        caption: lang
            .t(
                "Kolommen en hoe ze zijn gelezen",
                "Columns and how they were read",
            )
            .into(),
        headers: vec![
            lang.t("Kolom", "Column").into(),
            lang.t("Kop in het bestand", "Header in the file").into(),
            lang.t("Gelezen als", "Read as").into(),
            lang.t("Hoe", "How").into(),
        ],
        rows: r
            .columns
            .iter()
            .map(|c| {
                let how = mapping_kind_label(c.how, lang);
                vec![
                    c.position.clone(),
                    c.source.trim_start_matches('\u{feff}').to_string(),
                    c.field.unwrap_or("–").to_string(),
                    how.to_string(),
                ]
            })
            .collect(),
    };
    let total = r.total.as_ref().map(|t| {
        let off = t.columns.iter().any(|(_, p, s)| (p - s).abs() > 1e-9);
        let text = format!(
            "{} {}: {}.",
            lang.t("Totaalregel op regel", "Total row on line"),
            t.line,
            t.columns
                .iter()
                .map(|(c, p, s)| format!(
                    "{c} {} {}, {} {}",
                    lang.t("gedrukt", "printed"),
                    printed_number(lang, *p),
                    lang.t("berekend", "computed"),
                    printed_number(lang, *s)
                ))
                .collect::<Vec<_>>()
                .join("; ")
        );
        (if off { Tone::LetOp } else { Tone::Ok }, text)
    });
    LoaderView {
        facts,
        columns,
        ignored: r
            .ignored_columns()
            .into_iter()
            .map(|s| s.trim_start_matches('\u{feff}').to_string())
            .collect(),
        warnings: r.warnings.iter().map(|w| w.message(lang)).collect(),
        total,
    }
}

/// Builds the data-quality screen from the findings of `quality::check_dataset`.
pub fn quality_view(ds: &Dataset, findings: &[Finding], lang: Lang) -> QualityView {
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
        groups.sort_by_key(|g| topic_rank(g.topic_id));
        for g in &mut groups {
            // Remarks before passed checks within a topic.
            g.items.sort_by_key(|i| i.tone == Tone::Ok);
        }
        let n: usize = groups.iter().map(|g| g.items.len()).sum();
        let (heading, intro) = match severity {
            Severity::LetOp => (
                format!("{} ({n})", lang.t("Let op", "Worth a look")),
                lang.t(
                    "Deze cijfers sluiten niet op elkaar aan of worden verschillend gedefinieerd. Dat komt bij gepubliceerde cijfers vaker voor. De app past niets aan: de cijfers staan er zoals gepubliceerd, en hier staat wat er speelt en welke getallen dat laten zien.",
                    "These figures do not match each other or are defined differently. That is common in published figures. The app changes nothing: the figures are shown as published, and this explains what is going on and which numbers show it.",
                )
                .to_string(),
            ),
            Severity::Info => (
                format!("{} ({n})", lang.t("Gecontroleerd en ter informatie", "Checked and for information")),
                lang.t(
                    "Deze controles zijn gedaan. Groen: de cijfers kloppen, eventueel op afronding na. Grijs: alleen ter informatie.",
                    "These checks were run. Green: the figures agree, possibly up to rounding. Grey: for information only.",
                )
                .to_string(),
            ),
        };
        blocks.push(SeverityBlock {
            severity,
            heading,
            intro,
            groups,
        });
    }
    let summary = if letop == 0 {
        lang.t(
            "Alle controles zijn in orde of alleen ter informatie.",
            "All checks are fine or for information only.",
        )
        .to_string()
    } else {
        format!(
            "{} {} {} {} {} {}",
            findings.len(),
            lang.t("controles gedaan:", "checks run:"),
            letop,
            lang.t("om even naar te kijken,", "worth a look,"),
            ok + info,
            lang.t("in orde of ter informatie.", "fine or for information.")
        )
    };
    let kpis = vec![
        Kpi {
            id: "kpi-dq-letop",
            label: lang.t("Let op", "Worth a look").into(),
            value: letop.to_string(),
            note: lang
                .t(
                    "cijfers die niet aansluiten of verschillend zijn gedefinieerd",
                    "figures that do not match or differ in definition",
                )
                .into(),
        },
        Kpi {
            id: "kpi-dq-ok",
            label: lang.t("In orde", "Fine").into(),
            value: ok.to_string(),
            note: lang
                .t(
                    "optellingen en tellingen die kloppen",
                    "sums and counts that agree",
                )
                .into(),
        },
        Kpi {
            id: "kpi-dq-info",
            label: lang.t("Ter informatie", "For information").into(),
            value: info.to_string(),
            note: lang
                .t("opmerkingen zonder actie", "remarks, no action needed")
                .into(),
        },
        Kpi {
            id: "kpi-dq-rows",
            label: lang.t("Regels gelezen", "Rows read").into(),
            value: format::nl::int(ds.report.rows as i64),
            note: ds.report.encoding.label().get(lang).into(),
        },
    ];
    QualityView {
        kpis,
        summary,
        blocks,
        loader: loader_view(ds, lang),
    }
}
