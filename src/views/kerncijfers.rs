//! The kerncijfers view model: an aggregate file shown as the report's tables.
//!
//! The tables are built generically from the file's `indicator` / `dimensie` /
//! `categorie` / `periode` structure, so another municipality's kerncijfers file renders
//! too. A small mapping of known indicators gives the tables the titles of the Enschede
//! report (UP EAA 2025, tables 3–17 and Annex 1) and a chart where it helps; indicators the
//! mapping does not know get a table of their own. Values are shown as published (also
//! printed totals that do not add up): the data-quality finding is placed next to the
//! table instead of a recomputed number. Conflicting versions of one figure (Table 6 vs
//! Figure 9) are set side by side with their source.

use std::collections::BTreeMap;

pub use bijstand_core::text::{cite, plain_remark};

use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Msg};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset, Eenheid, KerncijferRow, Kerncijfers, Status, Value};
use bijstand_core::scenario::Scenario;
use bijstand_core::suppress::suppress_published;
use bijstand_quality::{check_dataset, Finding, QualityParams, Severity};

use super::figures::{
    cat_label, dimension_label, humanize, ind_label, period_label, printed_number, tidy,
    value_text, version_label,
};
use super::{Context, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages::kerncijfers as msg;

/// A data-quality finding shown next to a table.
#[derive(Clone, Debug, PartialEq)]
pub struct QualityNote {
    /// The finding's id (e.g. `X3-2023-instroom`).
    pub id: String,
    /// How much attention it needs.
    pub severity: Severity,
    /// Short title.
    pub title: String,
    /// Explanation with the numbers.
    pub detail: String,
}

/// One table of the report, with its source, chart and notes.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportSection {
    /// Stable id (`tabel-6`, `bijlage-1`, or `ind-<indicator>`), used in `data-testid`.
    pub id: String,
    /// Title, as in the report where known.
    pub title: String,
    /// Where the figures come from (`bron`, grouped by source with line ranges).
    pub bron: String,
    /// What holds for every figure of the table (unit, status, version), if anything.
    pub note: Option<String>,
    /// The figures, as published.
    pub table: Table,
    /// A chart of the main figures, where it helps.
    pub chart: Option<ChartSpec>,
    /// Conflicting versions of the same figure, side by side with their source.
    pub versions: Option<Table>,
    /// Data-quality findings about these figures, "let op" first.
    pub quality: Vec<QualityNote>,
    /// Summary of the findings that hold ("3 controles gedaan"), when there are any.
    pub checks: Option<String>,
    /// Remarks from the file (`opmerking`), one per figure that has one.
    pub remarks: Vec<String>,
    /// Summary line of the remarks ("Toelichting bij de cijfers (2)").
    pub remarks_summary: String,
}

/// A link in the table of contents.
#[derive(Clone, Debug, PartialEq)]
pub struct TocEntry {
    /// Target (`#sec-tabel-6`).
    pub href: String,
    /// Short link text ("Tabel 6 en figuur 9").
    pub label: String,
}

/// Texts that every section of the screen uses.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SectionTexts {
    /// Before a section's sources ("Bron: ").
    pub source: String,
    /// Heading of a versions table.
    pub versions_heading: String,
    /// Explanation of a versions table.
    pub versions_help: String,
    /// Badge of a finding that needs attention.
    pub note_badge: String,
    /// Above the findings that need attention.
    pub note_head: String,
}

/// The kerncijfers screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KerncijfersView {
    /// Screen heading.
    pub title: String,
    /// Set when the dataset holds no kerncijfers: the message shown instead of the report.
    pub empty: Option<String>,
    /// The lead paragraph: file, counts and how small counts are shown.
    pub lead: String,
    /// Small-cell threshold (for the settings).
    pub threshold: u32,
    /// Whether published small counts are hidden (for the settings).
    pub suppress_published: bool,
    /// Label of the table of contents.
    pub toc_label: String,
    /// Table of contents: the sections, then the flat table.
    pub toc: Vec<TocEntry>,
    /// The report's tables, in report order, then tables for unknown indicators; already
    /// suppressed when the scenario hides published small counts.
    pub sections: Vec<ReportSection>,
    /// Texts every section uses.
    pub texts: SectionTexts,
    /// Heading of the flat table.
    pub all_title: String,
    /// Under the flat table's heading.
    pub all_note: String,
    /// Every figure of the file with its source (the flat table).
    pub all: Table,
}

/// The kerncijfers screen for `dataset` in the scenario's language: the findings of
/// `quality::check_dataset` (on the file as loaded) next to the tables they concern, and
/// published small counts hidden (`suppress::suppress_published`) when the scenario says
/// so.
pub fn build(dataset: &Dataset, scenario: &Scenario, ctx: &Context) -> KerncijfersView {
    let lang = scenario.lang;
    let title = msg::TITLE.get(lang).to_string();
    let Data::Kerncijfers(k) = &dataset.data else {
        return KerncijfersView {
            title,
            empty: Some(msg::EMPTY.get(lang).to_string()),
            threshold: scenario.threshold,
            suppress_published: scenario.suppress_published,
            ..KerncijfersView::default()
        };
    };
    let findings = check_dataset(dataset, ctx.report.as_deref(), &QualityParams::default());
    let suppressed;
    let shown = if scenario.suppress_published {
        suppressed = suppress_published(k, scenario.threshold).0;
        &suppressed
    } else {
        k
    };
    let (sections, all) = report(shown, &findings, lang);
    let lead = format!(
        "{} {}",
        msg::lead(
            lang,
            &dataset.name,
            Count(all.rows.len() as i64),
            Count(sections.len() as i64)
        ),
        if scenario.suppress_published {
            msg::LEAD_SUPPRESSED
        } else {
            msg::LEAD_PUBLISHED
        }
        .get(lang)
    );
    let all_title = msg::ALL_FIGURES.get(lang).to_string();
    let toc = sections
        .iter()
        .map(|s| TocEntry {
            href: format!("#sec-{}", s.id),
            label: toc_label(&s.title, &sections),
        })
        .chain(std::iter::once(TocEntry {
            href: "#sec-alle".into(),
            label: all_title.clone(),
        }))
        .collect();
    KerncijfersView {
        title,
        empty: None,
        lead,
        threshold: scenario.threshold,
        suppress_published: scenario.suppress_published,
        toc_label: msg::TABLES.get(lang).to_string(),
        toc,
        sections,
        texts: SectionTexts {
            source: msg::SOURCE.get(lang).to_string(),
            versions_heading: msg::VERSIONS_HEADING.get(lang).to_string(),
            versions_help: msg::VERSIONS_HELP.get(lang).to_string(),
            note_badge: msg::NOTE_BADGE.get(lang).to_string(),
            note_head: msg::NOTE_HEAD.get(lang).to_string(),
        },
        all_title,
        all_note: msg::all_figures_note(lang, Count(all.rows.len() as i64)),
        all,
    }
}

/// A short link text: "Tabel 6 en figuur 9"; with the subject when two tables share a
/// number ("Tabel 17: Beschut werk", "Bijlage 1: Dekking").
fn toc_label(title: &str, all: &[ReportSection]) -> String {
    let short = |t: &str| t.split(" — ").next().unwrap_or(t).to_string();
    let mine = short(title);
    if all.iter().filter(|s| short(&s.title) == mine).count() < 2 {
        return mine;
    }
    match title.split_once(" — ") {
        Some((_, subject)) => format!("{mine}: {}", subject.split(" (").next().unwrap_or(subject)),
        None => mine,
    }
}

fn period_of(r: &KerncijferRow<'_>, lang: Lang) -> String {
    period_label(lang, r.periode_type, r.periode_van, r.periode_tot)
}

/// The source column summarised: every distinct source once, as a reader cites it
/// (`Uitvoeringsprogramma EAA 2025, tabel 6; Uitvoeringsprogramma EAA 2025, figuur 9`).
pub fn bron_summary<'a>(bronnen: impl IntoIterator<Item = &'a str>) -> String {
    let mut order: Vec<String> = Vec::new();
    for b in bronnen {
        let c = cite(b);
        if !c.is_empty() && !order.contains(&c) {
            order.push(c);
        }
    }
    order.join("; ")
}

/// The place within the document of a source (`tabel 12`), or the whole citation when it
/// names no document year.
fn cite_place(bron: &str) -> String {
    let c = cite(bron);
    match c.split_once(", ") {
        Some((_, place)) if !place.is_empty() => place.to_string(),
        _ => c,
    }
}

// ---------------------------------------------------------------------------------------
// Section specifications
// ---------------------------------------------------------------------------------------

/// What a row or column of a pivot is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Axis {
    Indicator,
    Categorie,
    Dimensie,
    Periode,
    Jaar,
}

#[derive(Clone, Copy, Debug)]
enum Layout {
    /// Rows and columns from these axes; other differences (version, status) show in the cell.
    Pivot {
        rows: &'static [Axis],
        cols: &'static [Axis],
    },
}

/// Which finding ids belong to a section.
#[derive(Clone, Copy, Debug)]
enum Rule {
    Prefix(&'static str),
    Contains(&'static str),
}

impl Rule {
    fn accepts(self, id: &str) -> bool {
        match self {
            Rule::Prefix(p) => id.starts_with(p),
            Rule::Contains(c) => id.split('-').any(|t| t == c),
        }
    }
}

/// How a chart is drawn from the pivot.
#[derive(Clone, Copy, Debug)]
struct ChartHint {
    /// Chart title (the table's title is above it already).
    title: Msg,
    /// Only pivot rows of this indicator.
    indicator: Option<&'static str>,
    /// Categories are the columns and series the rows (instead of the other way round).
    transpose: bool,
    /// Leave out `totaal` rows.
    skip_total: bool,
    /// Which columns: all but `totaal` ones, or only the `totaal` column (Annex 1).
    cols: ColPick,
    kind: ChartKind,
    value_title: Msg,
}

/// Which pivot columns a chart draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ColPick {
    /// Every column except `totaal` ones.
    NonTotal,
    /// Only the `totaal` column.
    TotalOnly,
}

struct Spec {
    id: &'static str,
    title: Msg,
    pick: fn(&KerncijferRow<'_>) -> bool,
    layout: Layout,
    chart: Option<ChartHint>,
    /// The main indicator's categories are labelled alone.
    short_labels: bool,
    findings: &'static [Rule],
}

const BY_CAT_PERIOD: Layout = Layout::Pivot {
    rows: &[Axis::Indicator, Axis::Categorie],
    cols: &[Axis::Periode],
};
const BY_CAT_YEAR: Layout = Layout::Pivot {
    rows: &[Axis::Indicator, Axis::Categorie],
    cols: &[Axis::Jaar],
};

fn is(r: &KerncijferRow<'_>, codes: &[&str]) -> bool {
    codes.contains(&r.indicator)
}

/// The known tables, in report order.
const SPECS: &[Spec] = &[
    Spec {
        id: "bestand",
        title: msg::TITLE_BESTAND,
        pick: |r| {
            is(
                r,
                &["bestand_uitkeringen", "bestand_index", "aandeel_doelgroep"],
            )
        },
        layout: BY_CAT_PERIOD,
        chart: None,
        short_labels: false,
        findings: &[
            Rule::Contains("bestand_uitkeringen"),
            Rule::Contains("aandeel_doelgroep"),
        ],
    },
    Spec {
        id: "tabel-3",
        title: msg::TITLE_TABEL_3,
        pick: |r| is(r, &["bestand_groei", "bestand_score_referentie"]),
        layout: BY_CAT_PERIOD,
        chart: None,
        short_labels: true,
        findings: &[Rule::Contains("bestand_groei")],
    },
    Spec {
        id: "tabel-6",
        title: msg::TITLE_TABEL_6,
        pick: |r| is(r, &["instroom", "uitstroom"]) && r.dimensie != "uitstroomreden",
        layout: Layout::Pivot {
            rows: &[Axis::Periode, Axis::Categorie],
            cols: &[Axis::Indicator],
        },
        chart: Some(ChartHint {
            title: msg::CHART_TABEL_6,
            indicator: None,
            transpose: false,
            skip_total: false,
            cols: ColPick::NonTotal,
            kind: ChartKind::Bar { horizontal: true },
            value_title: msg::AXIS_BENEFITS,
        }),
        short_labels: true,
        findings: &[
            Rule::Prefix("X2-"),
            Rule::Prefix("X3-"),
            Rule::Contains("instroom"),
            Rule::Contains("uitstroom"),
        ],
    },
    Spec {
        id: "tabel-7",
        title: msg::TITLE_TABEL_7,
        pick: |r| is(r, &["uitstroom_aow_verwacht"]),
        layout: BY_CAT_YEAR,
        chart: Some(ChartHint {
            title: msg::CHART_TABEL_7,
            indicator: None,
            transpose: true,
            skip_total: false,
            cols: ColPick::NonTotal,
            kind: ChartKind::Combo { stacked: false },
            value_title: msg::AXIS_BENEFITS,
        }),
        short_labels: true,
        findings: &[Rule::Contains("uitstroom_aow_verwacht")],
    },
    Spec {
        id: "tabel-10",
        title: msg::TITLE_TABEL_10,
        pick: |r| is(r, &["traject_deelnemers", "hulpverlening_trajecten"]),
        layout: BY_CAT_PERIOD,
        chart: Some(ChartHint {
            title: msg::CHART_TABEL_10,
            indicator: Some("traject_deelnemers"),
            transpose: false,
            skip_total: true,
            cols: ColPick::NonTotal,
            kind: ChartKind::Bar { horizontal: true },
            value_title: msg::AXIS_RESIDENTS,
        }),
        short_labels: true,
        findings: &[
            Rule::Contains("traject_deelnemers"),
            Rule::Contains("hulpverlening_trajecten"),
        ],
    },
    Spec {
        id: "tabel-11",
        title: msg::TITLE_TABEL_11,
        pick: |r| {
            is(
                r,
                &[
                    "sociale_activering_pct",
                    "opmaat_bijeenkomsten",
                    "opmaat_organisatie_uren",
                ],
            )
        },
        layout: BY_CAT_PERIOD,
        chart: None,
        short_labels: true,
        findings: &[
            Rule::Prefix("X5-"),
            Rule::Contains("sociale_activering_pct"),
        ],
    },
    Spec {
        id: "tabel-12",
        title: msg::TITLE_TABEL_12,
        pick: |r| is(r, &["statushouders_taakstelling"]),
        layout: Layout::Pivot {
            rows: &[Axis::Jaar],
            cols: &[Axis::Categorie],
        },
        chart: Some(ChartHint {
            title: msg::CHART_TABEL_12,
            indicator: None,
            transpose: false,
            skip_total: true,
            cols: ColPick::NonTotal,
            kind: ChartKind::Combo { stacked: true },
            value_title: msg::AXIS_PERSONS,
        }),
        short_labels: true,
        findings: &[
            Rule::Prefix("X14-"),
            Rule::Contains("statushouders_taakstelling"),
        ],
    },
    Spec {
        id: "tabel-13",
        title: msg::TITLE_TABEL_13,
        pick: |r| {
            is(
                r,
                &[
                    "inburgering_deelnames",
                    "inburgering_zroute_deelnemers",
                    "inburgering_zroute_uitgeplaatst",
                    "vip_pilot_deelnemers",
                ],
            )
        },
        layout: BY_CAT_YEAR,
        chart: Some(ChartHint {
            title: msg::CHART_TABEL_13,
            indicator: Some("inburgering_deelnames"),
            transpose: true,
            skip_total: true,
            cols: ColPick::NonTotal,
            kind: ChartKind::Combo { stacked: true },
            value_title: msg::AXIS_STARTS,
        }),
        short_labels: true,
        findings: &[
            Rule::Prefix("X15-"),
            Rule::Contains("inburgering_deelnames"),
        ],
    },
    Spec {
        id: "tabel-14",
        title: msg::TITLE_TABEL_14,
        pick: |r| {
            is(r, &["reintegratie_trajecten", "uitstroom_gedeeltelijk"])
                || (r.indicator == "uitstroom" && r.dimensie == "uitstroomreden")
        },
        layout: BY_CAT_PERIOD,
        chart: Some(ChartHint {
            title: msg::CHART_TABEL_14,
            indicator: Some("uitstroom"),
            transpose: false,
            skip_total: true,
            cols: ColPick::NonTotal,
            kind: ChartKind::Bar { horizontal: true },
            value_title: msg::AXIS_BENEFITS,
        }),
        short_labels: true,
        findings: &[
            Rule::Prefix("X4-"),
            Rule::Contains("reintegratie_trajecten"),
        ],
    },
    Spec {
        id: "lks",
        title: msg::TITLE_LKS,
        pick: |r| r.indicator.starts_with("lks_") || is(r, &["ondersteunde_werkzoekenden"]),
        layout: BY_CAT_PERIOD,
        chart: None,
        short_labels: true,
        findings: &[Rule::Prefix("X7-")],
    },
    Spec {
        id: "werkplein",
        title: msg::TITLE_WERKPLEIN,
        pick: |r| {
            is(
                r,
                &["plaatsingen_werkplein", "plaatsingen_werkplein_t_o_v_doel"],
            )
        },
        layout: BY_CAT_PERIOD,
        chart: None,
        short_labels: true,
        findings: &[Rule::Prefix("X8-")],
    },
    Spec {
        id: "buig",
        title: msg::TITLE_BUIG,
        pick: |r| r.indicator.starts_with("buig_"),
        layout: BY_CAT_YEAR,
        chart: Some(ChartHint {
            title: msg::CHART_BUIG,
            indicator: Some("buig_budget"),
            transpose: true,
            skip_total: true,
            cols: ColPick::NonTotal,
            kind: ChartKind::Combo { stacked: true },
            value_title: msg::AXIS_MILLION,
        }),
        short_labels: true,
        findings: &[
            Rule::Prefix("BUIG-"),
            Rule::Contains("buig_budget"),
            Rule::Contains("buig_resultaat"),
        ],
    },
    Spec {
        id: "tabel-17",
        title: msg::TITLE_TABEL_17,
        pick: |r| r.indicator.starts_with("beschut_") || r.indicator == "loonwaarde_beschut",
        layout: BY_CAT_PERIOD,
        chart: Some(ChartHint {
            title: msg::CHART_TABEL_17,
            indicator: Some("beschut_aantal"),
            transpose: false,
            skip_total: true,
            cols: ColPick::NonTotal,
            kind: ChartKind::Bar { horizontal: true },
            value_title: msg::AXIS_PERSONS,
        }),
        short_labels: true,
        findings: &[Rule::Contains("beschut_aantal")],
    },
    Spec {
        id: "werkroute",
        title: msg::TITLE_WERKROUTE,
        pick: |r| r.indicator.starts_with("werkroute_"),
        layout: BY_CAT_PERIOD,
        chart: Some(ChartHint {
            title: msg::CHART_WERKROUTE,
            indicator: Some("werkroute_trajecten"),
            transpose: false,
            skip_total: false,
            cols: ColPick::NonTotal,
            kind: ChartKind::Bar { horizontal: true },
            value_title: msg::AXIS_COUNT,
        }),
        short_labels: false,
        findings: &[Rule::Contains("werkroute_trajecten")],
    },
    Spec {
        id: "jongeren",
        title: msg::TITLE_JONGEREN,
        pick: |r| r.indicator.starts_with("jongerenketen_"),
        layout: BY_CAT_PERIOD,
        chart: None,
        short_labels: true,
        findings: &[Rule::Contains("jongerenketen_uitstroom")],
    },
    Spec {
        id: "bijlage-1",
        title: msg::TITLE_BIJLAGE_1,
        pick: |r| r.indicator == "programmabudget",
        layout: Layout::Pivot {
            rows: &[Axis::Categorie],
            cols: &[Axis::Dimensie],
        },
        chart: Some(ChartHint {
            title: msg::CHART_BIJLAGE_1,
            indicator: None,
            transpose: false,
            skip_total: true,
            cols: ColPick::TotalOnly,
            kind: ChartKind::Bar { horizontal: true },
            value_title: msg::AXIS_THOUSAND_EUR,
        }),
        short_labels: true,
        findings: &[Rule::Contains("programmabudget")],
    },
    Spec {
        id: "bijlage-1-dekking",
        title: msg::TITLE_BIJLAGE_1_DEKKING,
        pick: |r| r.indicator == "programmadekking",
        layout: Layout::Pivot {
            rows: &[Axis::Categorie],
            cols: &[Axis::Jaar],
        },
        chart: None,
        short_labels: true,
        findings: &[Rule::Contains("programmadekking")],
    },
    Spec {
        id: "klanttevredenheid",
        title: msg::TITLE_KLANTTEVREDENHEID,
        pick: |r| r.indicator == "klanttevredenheid",
        layout: BY_CAT_YEAR,
        chart: None,
        short_labels: true,
        findings: &[],
    },
];

// ---------------------------------------------------------------------------------------
// Pivot
// ---------------------------------------------------------------------------------------

/// The part of a row that is not on an axis: its version and status.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Variant {
    versie: String,
    status: Status,
}

impl Variant {
    fn of(r: &KerncijferRow<'_>) -> Variant {
        Variant {
            versie: r.versie.to_string(),
            status: r.status,
        }
    }

    fn label(&self, lang: Lang) -> String {
        let status = match self.status {
            Status::Realisatie => None,
            Status::Prognose => Some(msg::STATUS_FORECAST.get(lang)),
            Status::Budget => Some(msg::STATUS_BUDGET.get(lang)),
            Status::Streefwaarde => Some(msg::STATUS_TARGET.get(lang)),
        };
        let versie = (!self.versie.is_empty()).then(|| version_label(&self.versie, lang));
        match (versie, status) {
            // A budget version (voorlopig, definitief) says enough; a forecast model is a forecast.
            (Some(v), Some(_))
                if self.status == Status::Budget || self.versie == "prognosemodel" =>
            {
                v
            }
            (Some(v), Some(s)) => format!("{v}, {s}"),
            (Some(v), None) => v,
            (None, Some(s)) => s.to_string(),
            (None, None) => msg::STATUS_ACTUAL.get(lang).to_string(),
        }
    }
}

#[derive(Clone, Debug)]
struct AxisValue {
    key: String,
    label: String,
    sort: (i64, i64),
    total: bool,
}

/// One cell: the text as published, the number, its variant and definition.
#[derive(Clone, Debug)]
struct Cell {
    text: String,
    number: Option<f64>,
    variant: Variant,
    definitie: String,
}

struct PivotRow {
    key: String,
    label: String,
    indicator: String,
    total: bool,
    sort: (i64, i64),
    /// The variant that labels this row (a row for another version of the same figure).
    variant: Option<Variant>,
    /// True once the label names the definition.
    labelled_by_definition: bool,
    cells: BTreeMap<usize, Cell>,
}

struct Pivot {
    rows: Vec<PivotRow>,
    cols: Vec<AxisValue>,
    main: Variant,
}

fn is_total_code(code: &str) -> bool {
    code == "totaal" || code.ends_with("_totaal")
}

fn axis_value(
    axis: Axis,
    r: &KerncijferRow<'_>,
    gemeente: &str,
    dimension_elsewhere: bool,
    lang: Lang,
) -> AxisValue {
    match axis {
        Axis::Indicator => AxisValue {
            key: r.indicator.into(),
            label: ind_label(r.indicator, lang),
            sort: (0, 0),
            total: false,
        },
        Axis::Categorie => AxisValue {
            // With the dimension on the other axis (Annex 1), a category is one row.
            key: if dimension_elsewhere {
                r.categorie.to_string()
            } else {
                format!("{}/{}", r.dimensie, r.categorie)
            },
            label: match r.categorie {
                "" => String::new(),
                // The municipality's own figure next to "landelijk": name it.
                "gemeente" if !gemeente.is_empty() => gemeente.to_string(),
                c => cat_label(r.dimensie, c, lang),
            },
            sort: (0, 0),
            total: is_total_code(r.categorie),
        },
        Axis::Dimensie => AxisValue {
            key: r.dimensie.into(),
            label: dimension_label(r.dimensie)
                .map_or_else(|| humanize(r.dimensie), |m| m.get(lang).to_string()),
            sort: (0, 0),
            total: is_total_code(r.dimensie),
        },
        Axis::Periode => AxisValue {
            key: format!("{:?}/{}", r.periode_van, r.periode_tot.0),
            label: period_of(r, lang),
            sort: (
                r.periode_tot.0 as i64,
                r.periode_van.map_or(r.periode_tot.0, |d| d.0) as i64,
            ),
            total: false,
        },
        Axis::Jaar => {
            let y = r.periode_tot.year();
            AxisValue {
                key: y.to_string(),
                label: y.to_string(),
                sort: (y as i64, 0),
                total: false,
            }
        }
    }
}

fn join_labels(parts: &[AxisValue]) -> String {
    parts
        .iter()
        .map(|p| p.label.as_str())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Label of a figure: the category alone for the section's main indicator (Table 10's
/// "Wijkteam"), the indicator and category otherwise ("Werkroute: Z-route (DCW)").
fn figure_label(r: &KerncijferRow<'_>, main_indicator: &str, gemeente: &str, lang: Lang) -> String {
    let ind = ind_label(r.indicator, lang);
    let cat = match r.categorie {
        "" => return ind,
        "gemeente" if !gemeente.is_empty() => gemeente.to_string(),
        c => cat_label(r.dimensie, c, lang),
    };
    if r.indicator == main_indicator || cat.starts_with(&ind) {
        cat
    } else if r.categorie == "totaal" {
        msg::indicator_total(lang, &ind)
    } else {
        format!("{ind}: {cat}")
    }
}

fn row_label(
    axes: &[Axis],
    vals: &[AxisValue],
    r: &KerncijferRow<'_>,
    main_indicator: &str,
    gemeente: &str,
    lang: Lang,
) -> String {
    if axes == [Axis::Indicator, Axis::Categorie] {
        return figure_label(r, main_indicator, gemeente, lang);
    }
    join_labels(vals)
}

/// The most frequent item; ties go to the one `prefer` ranks first, then to the first seen.
fn most_common<T: Clone + PartialEq>(
    items: impl IntoIterator<Item = T>,
    prefer: impl Fn(&T) -> u8,
) -> Option<T> {
    let mut counts: Vec<(T, usize)> = Vec::new();
    for it in items {
        match counts.iter_mut().find(|(x, _)| *x == it) {
            Some(c) => c.1 += 1,
            None => counts.push((it, 1)),
        }
    }
    let best = counts
        .iter()
        .map(|(t, n)| (*n, std::cmp::Reverse(prefer(t))))
        .max()?;
    counts
        .into_iter()
        .find(|(t, n)| (*n, std::cmp::Reverse(prefer(t))) == best)
        .map(|c| c.0)
}

/// The variant most figures of a section have: printed figures count, derived ones only
/// when nothing else is there; ties go to actuals without a version.
fn main_variant(k: &Kerncijfers, rows_idx: &[usize]) -> Variant {
    let printed: Vec<usize> = rows_idx
        .iter()
        .copied()
        .filter(|&i| k.row(i).versie != "afgeleid")
        .collect();
    let pool = if printed.is_empty() {
        rows_idx
    } else {
        &printed
    };
    most_common(pool.iter().map(|&i| Variant::of(&k.row(i))), |v| {
        u8::from(v.status != Status::Realisatie) + u8::from(!v.versie.is_empty())
    })
    .unwrap_or(Variant {
        versie: String::new(),
        status: Status::Realisatie,
    })
}

/// The indicator most figures of a section have: its categories get short labels.
fn main_indicator(k: &Kerncijfers, rows_idx: &[usize]) -> String {
    most_common(
        rows_idx.iter().map(|&i| k.row(i).indicator.to_string()),
        |_| 0,
    )
    .unwrap_or_default()
}

fn build_pivot(
    k: &Kerncijfers,
    rows_idx: &[usize],
    layout: Layout,
    main_indicator: &str,
    multi_gemeente: bool,
    lang: Lang,
) -> Pivot {
    let Layout::Pivot {
        rows: raxes,
        cols: caxes,
    } = layout;
    let main = main_variant(k, rows_idx);
    let mut cols: Vec<AxisValue> = Vec::new();
    let mut rows: Vec<PivotRow> = Vec::new();
    for &i in rows_idx {
        let r = k.row(i);
        let gemeente = k.dict.label(k.gemeente[i]);
        let rv: Vec<AxisValue> = raxes
            .iter()
            .map(|a| axis_value(*a, &r, gemeente, caxes.contains(&Axis::Dimensie), lang))
            .collect();
        let cv: Vec<AxisValue> = caxes
            .iter()
            .map(|a| axis_value(*a, &r, gemeente, raxes.contains(&Axis::Dimensie), lang))
            .collect();
        let ckey = cv
            .iter()
            .map(|v| v.key.as_str())
            .collect::<Vec<_>>()
            .join("|");
        let col = match cols.iter().position(|c| c.key == ckey) {
            Some(p) => p,
            None => {
                cols.push(AxisValue {
                    key: ckey,
                    label: join_labels(&cv),
                    sort: cv.iter().map(|v| v.sort).max().unwrap_or((0, 0)),
                    total: cv.iter().any(|v| v.total),
                });
                cols.len() - 1
            }
        };
        let prefix = if multi_gemeente {
            format!("{gemeente} · ")
        } else {
            String::new()
        };
        let base_key = format!(
            "{}|{}",
            k.dict.label(k.gemeente_code[i]),
            rv.iter()
                .map(|v| v.key.as_str())
                .collect::<Vec<_>>()
                .join("|")
        );
        let base_label = format!(
            "{prefix}{}",
            row_label(raxes, &rv, &r, main_indicator, gemeente, lang)
        );
        let variant = Variant::of(&r);
        let cell = Cell {
            text: value_text(r.waarde, r.eenheid, lang),
            number: r.waarde.number(),
            variant: variant.clone(),
            definitie: plain_remark(r.definitie),
        };
        let variant_key = format!("{base_key}#{}#{:?}", variant.versie, variant.status);
        let new_row = |key: String,
                       label: String,
                       row_variant: Option<Variant>,
                       by_definition: bool| PivotRow {
            key,
            label,
            indicator: r.indicator.to_string(),
            total: rv.iter().any(|v| v.total),
            sort: rv.iter().map(|v| v.sort).max().unwrap_or((0, 0)),
            variant: row_variant,
            labelled_by_definition: by_definition,
            cells: BTreeMap::new(),
        };
        // Where the cell goes: a row for this version if there is one, else the figure's
        // own row; when taken, a (new) row for this version; when that is taken too (the
        // same version twice, e.g. two derived readings), a row named by the definition.
        let find = |rows: &Vec<PivotRow>, key: &str| rows.iter().position(|x| x.key == key);
        let free = |rows: &Vec<PivotRow>, key: &str| {
            find(rows, key).is_none_or(|p| !rows[p].cells.contains_key(&col))
        };
        let target = if find(&rows, &variant_key).is_some() && free(&rows, &variant_key) {
            variant_key.clone()
        } else if free(&rows, &base_key) {
            base_key.clone()
        } else if free(&rows, &variant_key)
            && find(&rows, &base_key)
                .and_then(|b| rows[b].cells.get(&col))
                .is_some_and(|c| c.variant != variant)
        {
            // Another version of a figure that is already there (Figure 9 next to Table 6).
            variant_key.clone()
        } else {
            // The same version twice (two derived readings; excl./incl. eigen middelen).
            let mut n = 2;
            let mut key = format!("{variant_key}#{}", r.definitie);
            while !free(&rows, &key) {
                key = format!("{variant_key}#{}#{n}", r.definitie);
                n += 1;
            }
            // Name the other figure of the pair by its definition as well.
            let holder = find(&rows, &variant_key)
                .filter(|&v| rows[v].cells.contains_key(&col))
                .or_else(|| find(&rows, &base_key));
            if let Some(p) = holder {
                let other = &mut rows[p];
                if !other.labelled_by_definition {
                    if let Some(c) = other.cells.get(&col).filter(|c| !c.definitie.is_empty()) {
                        other.label = format!(
                            "{} — {}",
                            other
                                .label
                                .trim_end_matches(&format!(" ({})", variant.label(lang))),
                            c.definitie
                        );
                        other.labelled_by_definition = true;
                    }
                }
            }
            key
        };
        let pos = match find(&rows, &target) {
            Some(p) => p,
            None => {
                let row = if target == base_key {
                    new_row(target.clone(), base_label.clone(), None, false)
                } else if target == variant_key {
                    new_row(
                        target.clone(),
                        format!("{base_label} ({})", variant.label(lang)),
                        Some(variant.clone()),
                        false,
                    )
                } else {
                    let what = if r.definitie.is_empty() {
                        variant.label(lang)
                    } else {
                        plain_remark(r.definitie)
                    };
                    new_row(
                        target.clone(),
                        format!("{base_label} — {what}"),
                        Some(variant.clone()),
                        true,
                    )
                };
                rows.push(row);
                rows.len() - 1
            }
        };
        rows[pos].cells.insert(col, cell);
    }
    // Figures of the table's own version first; other versions and forecasts after them.
    bijstand_core::sort::sort_by_key(&mut rows, |row| {
        row.variant.is_some() || row.cells.values().all(|c| c.variant != main)
    });
    Pivot { rows, cols, main }
}

/// Column order: time columns chronologically, others as they first appear.
fn column_order(p: &Pivot) -> Vec<usize> {
    let mut order: Vec<usize> = (0..p.cols.len()).collect();
    bijstand_core::sort::sort_by_key(&mut order, |&c| p.cols[c].sort);
    order
}

fn pivot_table(p: &Pivot, caption: &str, first_header: &str, lang: Lang) -> Table {
    let order = column_order(p);
    let mut headers = vec![first_header.to_string()];
    headers.extend(order.iter().map(|&c| {
        if p.cols[c].label.is_empty() {
            msg::VALUE.get(lang).to_string()
        } else {
            p.cols[c].label.clone()
        }
    }));
    let rows = p
        .rows
        .iter()
        .map(|row| {
            let mut out = vec![row.label.clone()];
            for &c in &order {
                out.push(match row.cells.get(&c) {
                    Some(cell)
                        if cell.variant != p.main
                            && (row.labelled_by_definition
                                || row.variant.as_ref() != Some(&cell.variant)) =>
                    {
                        format!("{} ({})", cell.text, cell.variant.label(lang))
                    }
                    Some(cell) => cell.text.clone(),
                    None => String::new(),
                });
            }
            out
        })
        .collect();
    Table {
        caption: caption.to_string(),
        headers,
        rows,
    }
}

type ChartValues = Vec<Option<(f64, String)>>;

fn pivot_chart(p: &Pivot, id: &str, hint: ChartHint, lang: Lang) -> Option<ChartSpec> {
    let mut rows: Vec<&PivotRow> = p
        .rows
        .iter()
        .filter(|r| {
            r.variant.is_none()
                && hint.indicator.is_none_or(|i| r.indicator == i)
                && !(hint.skip_total && r.total)
        })
        .collect();
    // Time runs left to right (or top to bottom), whatever order the report printed.
    bijstand_core::sort::sort_by_key(&mut rows, |r| r.sort);
    let cols: Vec<usize> = column_order(p)
        .into_iter()
        .filter(|&c| match hint.cols {
            ColPick::NonTotal => !p.cols[c].total,
            ColPick::TotalOnly => p.cols[c].total,
        })
        .collect();
    // Only figures of the main status: a forecast does not stand next to actuals.
    let cell = |r: &PivotRow, c: usize| {
        r.cells
            .get(&c)
            .filter(|cell| cell.variant.status == p.main.status)
            .and_then(|cell| cell.number.map(|x| (x, printed_number(lang, x))))
    };
    let (categories, series): (Vec<String>, Vec<(String, ChartValues)>) = if hint.transpose {
        (
            cols.iter().map(|&c| p.cols[c].label.clone()).collect(),
            rows.iter()
                .map(|r| (r.label.clone(), cols.iter().map(|&c| cell(r, c)).collect()))
                .collect(),
        )
    } else {
        (
            rows.iter().map(|r| r.label.clone()).collect(),
            cols.iter()
                .map(|&c| {
                    (
                        p.cols[c].label.clone(),
                        rows.iter().map(|r| cell(r, c)).collect(),
                    )
                })
                .collect(),
        )
    };
    let keep: Vec<bool> = (0..categories.len())
        .map(|i| series.iter().any(|(_, v)| v[i].is_some()))
        .collect();
    if !keep.iter().any(|k| *k) {
        return None;
    }
    let categories: Vec<String> = categories
        .into_iter()
        .zip(&keep)
        .filter(|(_, k)| **k)
        .map(|(c, _)| c)
        .collect();
    let mut series: Vec<(String, ChartValues)> = series
        .into_iter()
        .map(|(name, v)| {
            (
                name,
                v.into_iter()
                    .zip(&keep)
                    .filter(|(_, k)| **k)
                    .map(|(x, _)| x)
                    .collect::<ChartValues>(),
            )
        })
        .filter(|(_, v)| v.iter().any(Option::is_some))
        .collect();
    // Figures of different periods in one breakdown (Table 17): one series, not a sparse grid.
    if series.len() > 1
        && (0..categories.len()).all(|i| series.iter().filter(|(_, v)| v[i].is_some()).count() <= 1)
    {
        let merged: ChartValues = (0..categories.len())
            .map(|i| series.iter().find_map(|(_, v)| v[i].clone()))
            .collect();
        series = vec![(hint.value_title.get(lang).to_string(), merged)];
    }
    let series = series
        .into_iter()
        .enumerate()
        .map(|(n, (name, v))| Series {
            name: if name.is_empty() {
                msg::VALUE.get(lang).into()
            } else {
                name
            },
            values: v.iter().map(|x| x.as_ref().map(|(n, _)| *n)).collect(),
            labels: v
                .iter()
                .map(|x| x.as_ref().map_or_else(String::new, |(_, t)| t.clone()))
                .collect(),
            color: PALETTE[n % PALETTE.len()].into(),
            style: SeriesStyle::Bar,
        })
        .collect();
    Some(ChartSpec {
        id: format!("chart-{id}"),
        title: hint.title.get(lang).to_string(),
        categories,
        series,
        kind: hint.kind,
        value_title: hint.value_title.get(lang).to_string(),
        ..Default::default()
    })
}

/// Conflicting versions of one figure (same indicator, breakdown and period, another
/// `versie`), as a table with one column per version, named with its source.
fn versions_table(k: &Kerncijfers, rows_idx: &[usize], caption: &str, lang: Lang) -> Option<Table> {
    type Key = (u16, String, String, String, Option<Date>, Date);
    let mut groups: Vec<(Key, Vec<usize>)> = Vec::new();
    for &i in rows_idx {
        let r = k.row(i);
        if r.waarde.number().is_none() {
            continue;
        }
        let key = (
            k.gemeente_code[i],
            r.indicator.to_string(),
            r.dimensie.to_string(),
            r.categorie.to_string(),
            r.periode_van,
            r.periode_tot,
        );
        match groups.iter_mut().find(|(g, _)| *g == key) {
            Some(g) => g.1.push(i),
            None => groups.push((key, vec![i])),
        }
    }
    let conflicts: Vec<&(Key, Vec<usize>)> = groups
        .iter()
        .filter(|(_, idx)| {
            let mut versies: Vec<&str> = idx.iter().map(|&i| k.row(i).versie).collect();
            versies.dedup();
            let first = k.row(idx[0]).waarde.number();
            idx.len() > 1
                && versies.len() > 1
                && idx.iter().any(|&i| k.row(i).waarde.number() != first)
        })
        .collect();
    if conflicts.is_empty() {
        return None;
    }
    // One column per version, in order of first appearance, headed with its source lines.
    let mut versies: Vec<String> = Vec::new();
    for (_, idx) in &conflicts {
        for &i in idx {
            let v = k.row(i).versie.to_string();
            if !versies.contains(&v) {
                versies.push(v);
            }
        }
    }
    let header = |v: &str| {
        let label = if v.is_empty() {
            msg::PUBLISHED.get(lang).to_string()
        } else {
            version_label(v, lang)
        };
        // Where the first figure of this version is printed: "(figuur 9)".
        let lines = conflicts
            .iter()
            .flat_map(|(_, idx)| idx.iter())
            .map(|&i| k.row(i))
            .find(|r| r.versie == v)
            .map(|r| cite_place(r.bron))
            .filter(|place| !place.is_empty() && !place.eq_ignore_ascii_case(&label))
            .map(|place| format!(" ({place})"))
            .unwrap_or_default();
        format!("{}{lines}", super::capitalize(&label))
    };
    let mut headers = vec![
        msg::FIGURE.get(lang).to_string(),
        msg::PERIOD.get(lang).to_string(),
    ];
    headers.extend(versies.iter().map(|v| header(v)));
    let two = versies.len() == 2;
    if two {
        headers.push(msg::DIFFERENCE.get(lang).to_string());
    }
    let rows = conflicts
        .iter()
        .map(|(_, idx)| {
            let r0 = k.row(idx[0]);
            // Full labels: the versions table stands on its own.
            let label = figure_label(&r0, "", k.dict.label(k.gemeente[idx[0]]), lang);
            let mut out = vec![label, period_of(&r0, lang)];
            let mut singles: Vec<Option<f64>> = Vec::new();
            for v in &versies {
                let vals: Vec<KerncijferRow<'_>> = idx
                    .iter()
                    .map(|&i| k.row(i))
                    .filter(|r| r.versie == *v)
                    .collect();
                singles.push(if vals.len() == 1 {
                    vals[0].waarde.number()
                } else {
                    None
                });
                out.push(
                    vals.iter()
                        .map(|r| value_text(r.waarde, r.eenheid, lang))
                        .collect::<Vec<_>>()
                        .join(" / "),
                );
            }
            if two {
                out.push(match (singles[0], singles[1]) {
                    (Some(a), Some(b)) => {
                        let d = b - a;
                        let t = printed_number(lang, d);
                        let t = if d > 0.0 { format!("+{t}") } else { t };
                        match r0.eenheid {
                            Eenheid::Procent | Eenheid::Procentpunt => {
                                msg::percentage_points(lang, &t)
                            }
                            e => value_text(Value::Number(d), e, lang)
                                .replace(&printed_number(lang, d), &t),
                        }
                    }
                    _ => String::new(),
                });
            }
            out
        })
        .collect();
    Some(Table {
        caption: caption.to_string(),
        headers,
        rows,
    })
}

fn remark_list(
    k: &Kerncijfers,
    rows_idx: &[usize],
    main_indicator: &str,
    lang: Lang,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &i in rows_idx {
        let r = k.row(i);
        let Some((_, text)) = r.opmerking.split_once(": ") else {
            continue;
        };
        let label = figure_label(&r, main_indicator, k.dict.label(k.gemeente[i]), lang);
        let line = format!("{label}, {}: {}", period_of(&r, lang), plain_remark(text));
        if !out.contains(&line) {
            out.push(line);
        }
    }
    out
}

fn section_note(k: &Kerncijfers, rows_idx: &[usize], main: &Variant, lang: Lang) -> Option<String> {
    let mut parts = Vec::new();
    let units: Vec<Eenheid> = {
        let mut u: Vec<Eenheid> = rows_idx.iter().map(|&i| k.eenheid[i]).collect();
        bijstand_core::sort::sort_by_key(&mut u, |e| *e as u8);
        u.dedup();
        u
    };
    if units == [Eenheid::EuroX1000] {
        parts.push(msg::AMOUNTS_THOUSANDS.get(lang).to_string());
    }
    if rows_idx.iter().all(|&i| Variant::of(&k.row(i)) == *main)
        && (main.status != Status::Realisatie || !main.versie.is_empty())
    {
        parts.push(msg::all_figures_are(lang, &main.label(lang)));
    } else if main.status != Status::Realisatie || !main.versie.is_empty() {
        parts.push(msg::unless_noted(lang, &main.label(lang)));
    }
    if rows_idx.iter().any(|&i| {
        k.waarde[i].number().is_some_and(|v| v > 0.0 && v < 10.0) && k.eenheid[i] == Eenheid::Aantal
    }) {
        parts.push(msg::SMALL_PUBLISHED.get(lang).to_string());
    }
    (!parts.is_empty()).then(|| super::capitalize(&parts.join("; ")) + ".")
}

fn note_of(f: &Finding, lang: Lang) -> QualityNote {
    QualityNote {
        id: f.id.clone(),
        severity: f.severity,
        title: tidy(f.title(lang)),
        detail: tidy(f.detail(lang)),
    }
}

/// The report's tables from the file, with the data-quality findings next to the tables
/// they concern, and the flat table of every figure.
fn report(k: &Kerncijfers, findings: &[Finding], lang: Lang) -> (Vec<ReportSection>, Table) {
    let mut taken = vec![false; k.len()];
    let mut used_findings = vec![false; findings.len()];
    let mut sections = Vec::new();
    let make = |id: String,
                title: String,
                idx: Vec<usize>,
                layout: Layout,
                chart: Option<ChartHint>,
                short_labels: bool,
                rules: Vec<Rule>,
                used_findings: &mut Vec<bool>|
     -> ReportSection {
        // Short labels: the main indicator's categories stand alone (Table 10's "Wijkteam").
        let main_ind = if short_labels {
            main_indicator(k, &idx)
        } else {
            String::new()
        };
        // Rows carry the municipality's name only when the table holds several.
        let multi_gemeente = idx
            .iter()
            .any(|&i| k.gemeente_code[i] != k.gemeente_code[idx[0]]);
        let pivot = build_pivot(k, &idx, layout, &main_ind, multi_gemeente, lang);
        let table = pivot_table(&pivot, &title, msg::FIGURE.get(lang), lang);
        let chart = chart.and_then(|h| pivot_chart(&pivot, &id, h, lang));
        let versions = versions_table(k, &idx, &msg::versions_caption(lang, &title), lang);
        let mut quality = Vec::new();
        for (n, f) in findings.iter().enumerate() {
            if !used_findings[n] && rules.iter().any(|r| r.accepts(&f.id)) {
                used_findings[n] = true;
                quality.push(note_of(f, lang));
            }
        }
        // "Let op" first, then what was checked and holds.
        bijstand_core::sort::sort_by_key(&mut quality, |q| std::cmp::Reverse(q.severity));
        let remarks = remark_list(k, &idx, &main_ind, lang);
        ReportSection {
            bron: bron_summary(idx.iter().map(|&i| k.row(i).bron)),
            note: section_note(k, &idx, &pivot.main, lang),
            checks: None,
            remarks_summary: msg::remarks(lang, Count(remarks.len() as i64)),
            remarks,
            id,
            title,
            table,
            chart,
            versions,
            quality,
        }
    };
    for spec in SPECS {
        let idx: Vec<usize> = (0..k.len())
            .filter(|&i| !taken[i] && (spec.pick)(&k.row(i)))
            .collect();
        if idx.is_empty() {
            continue;
        }
        for &i in &idx {
            taken[i] = true;
        }
        let title = spec.title.get(lang).to_string();
        sections.push(make(
            spec.id.to_string(),
            title,
            idx,
            spec.layout,
            spec.chart,
            spec.short_labels,
            spec.findings.to_vec(),
            &mut used_findings,
        ));
    }
    // Indicators the mapping does not know: one table each, in file order.
    let mut rest: Vec<String> = Vec::new();
    for (i, _) in taken.iter().enumerate().filter(|(_, t)| !**t) {
        if !rest.iter().any(|x| x == k.row(i).indicator) {
            rest.push(k.row(i).indicator.to_string());
        }
    }
    for ind in rest {
        let idx: Vec<usize> = (0..k.len())
            .filter(|&i| !taken[i] && k.row(i).indicator == ind)
            .collect();
        let has_cat = idx.iter().any(|&i| !k.row(i).categorie.is_empty());
        let layout = if has_cat {
            Layout::Pivot {
                rows: &[Axis::Categorie],
                cols: &[Axis::Periode],
            }
        } else {
            BY_CAT_PERIOD
        };
        let title = ind_label(&ind, lang);
        // Unknown indicator codes are not 'static: match their findings by token below.
        let mut s = make(
            format!("ind-{}", bijstand_core::text::header_key(&ind)),
            title,
            idx,
            layout,
            None,
            true,
            Vec::new(),
            &mut used_findings,
        );
        for (n, f) in findings.iter().enumerate() {
            if !used_findings[n] && f.id.split('-').any(|t| t == ind) {
                used_findings[n] = true;
                s.quality.push(note_of(f, lang));
            }
        }
        sections.push(s);
    }
    for s in &mut sections {
        let checks = s
            .quality
            .iter()
            .filter(|q| q.severity != Severity::LetOp)
            .count();
        s.checks = (checks > 0).then(|| msg::checks(lang, checks));
    }
    (sections, super::kerncijfers_table(k, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_named_as_a_reader_cites_them() {
        let s = bron_summary([
            "UP EAA 2025 tabel 6 (L682)",
            "UP EAA 2025 tabel 6 (L694)",
            "UP EAA 2025 figuur 9 (L890-893)",
            "UP EAA 2025 tabel 12 (L1090) (ook L1075-1080)",
            "UP EAA 2025 §1.2, afgeleid (L501-503)",
        ]);
        assert_eq!(
            s,
            "Uitvoeringsprogramma EAA 2025, tabel 6; Uitvoeringsprogramma EAA 2025, figuur 9; \
             Uitvoeringsprogramma EAA 2025, tabel 12; Uitvoeringsprogramma EAA 2025, §1.2"
        );
        assert_eq!(cite("CBS Statline"), "CBS Statline");
        assert_eq!(cite_place("UP EAA 2025 figuur 9 (L890-893)"), "figuur 9");
    }

    #[test]
    fn remarks_lose_the_working_codes() {
        assert_eq!(
            plain_remark("wijkt af van tabel 6 (945, X2)"),
            "wijkt af van tabel 6 (945)"
        );
        assert_eq!(
            plain_remark("samenvatting (L89) laat 'bij de start' weg"),
            "samenvatting laat 'bij de start' weg"
        );
        assert_eq!(
            plain_remark("vgl. 140 in Z-route inburgering (I12)"),
            "vgl. 140 in Z-route inburgering"
        );
        assert_eq!(
            plain_remark("groei (periode afgeleid, X1)"),
            "groei (periode afgeleid)"
        );
        assert_eq!(plain_remark("(x 1.000 euro)"), "(x 1.000 euro)");
        assert_eq!(plain_remark("Nieuw Beschut (WSW)"), "Nieuw Beschut (WSW)");
    }
}
