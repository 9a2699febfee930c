//! Screen models: everything a screen shows, built by one pure function per view.
//!
//! Each view has `views::<screen>::build(&Dataset, &Scenario, &Context) -> <Screen>View`:
//! a named struct holding every number, label, chart spec and table of the screen, already
//! suppressed (`<10`) and already translated (texts from the message catalogue, numbers in
//! the scenario's language). Components call it through `components::use_screen`, render
//! the struct and dispatch typed actions; they compute nothing. Tested natively.

pub mod about;
pub mod budget;
pub mod buig;
pub mod caseload;
pub mod cohorts;
pub mod comparison;
mod consistency;
pub mod dynamics;
pub mod figures;
pub mod kerncijfers;
pub mod lks;
pub mod load_settings;
pub mod programme;
pub mod projection;
pub mod quality;
pub mod refdata;
pub mod scenarios;
pub mod slides;
pub mod start;
#[cfg(test)]
mod words_sweep;

pub use kerncijfers::{KerncijfersView, QualityNote, ReportSection};
pub use quality::{
    loader_view, FindingGroup, FindingItem, LoaderView, QualityView, SeverityBlock, Tone,
};

use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::model::{Kerncijfers, Value};
use bijstand_core::suppress::{suppress_row, Shown};

use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages::common as msg;

/// What a screen needs besides the dataset and the scenario in view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Context {
    /// Scenario B, kept for comparison with the current one (A).
    pub scenario_b: Option<bijstand_core::scenario::Scenario>,
    /// Scenarios saved under a name in this browser.
    pub saved: Vec<bijstand_core::scenario::Scenario>,
    /// How the loader read the dataset's file (`io::Loaded::report`), if it was read.
    pub report: Option<std::rc::Rc<bijstand_core::io::LoadReport>>,
    /// How the loader read the contracts file added to the dataset, if any.
    pub contracts_report: Option<std::rc::Rc<bijstand_core::io::LoadReport>>,
    /// How the loader read the trajectories file added to the dataset, if any.
    pub trajectories_report: Option<std::rc::Rc<bijstand_core::io::LoadReport>>,
    /// The column mappings this browser remembers (to say whether the one a file was read
    /// with can still be forgotten).
    pub remembered: Vec<bijstand_core::io::RememberedMapping>,
    /// Reference data loaded beside the dataset (`AppState::reference`), if any.
    pub reference: Option<std::rc::Rc<bijstand_core::refdata::RefFiles>>,
    /// The Vergelijking screen's choices on the reference data.
    pub ref_choice: refdata::RefChoice,
}

/// A plain table: the accessible and exportable form of a chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// Caption.
    pub caption: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows of formatted cells.
    pub rows: Vec<Vec<String>>,
}

/// A headline figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Kpi {
    /// Stable id, used as `data-testid`.
    pub id: &'static str,
    /// What it is.
    pub label: String,
    /// The formatted value.
    pub value: String,
    /// A short explanation below the value.
    pub note: String,
}

/// A chart with its table.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// The chart.
    pub chart: ChartSpec,
    /// The same numbers as a table.
    pub table: Table,
    /// A remark under the chart (definitions, precedence rule).
    pub note: Option<String>,
}

/// A count as the screen shows it: `5.687` / `5,687`, or `<10` when suppressed.
pub(crate) fn shown_label(s: Shown, threshold: u32, lang: Lang) -> String {
    match s {
        Shown::Count(n) => format::int(lang, i64::from(n)),
        Shown::Suppressed => format!("<{threshold}"),
    }
}

/// [`shown_label`] of a count under the threshold rule.
pub(crate) fn count_label(count: u32, threshold: u32, lang: Lang) -> String {
    shown_label(Shown::of(count, threshold), threshold, lang)
}

/// A row of counts with complementary suppression: chart values and their labels in `lang`.
pub(crate) fn shown_row(
    counts: &[u32],
    threshold: u32,
    lang: Lang,
) -> (Vec<Option<f64>>, Vec<String>) {
    let shown = suppress_row(counts, threshold);
    (
        shown.iter().map(|s| s.value().map(f64::from)).collect(),
        shown
            .iter()
            .map(|s| shown_label(*s, threshold, lang))
            .collect(),
    )
}

/// A share as percentage text in `lang` (`21,29%` / `21.29%`), suppressed when numerator
/// or denominator is small.
pub fn share_label(lang: Lang, count: u32, total: u32, threshold: u32, decimals: usize) -> String {
    if total == 0 {
        return "–".into();
    }
    match (Shown::of(count, threshold), Shown::of(total, threshold)) {
        (Shown::Count(_), Shown::Count(_)) => {
            format::pct(lang, 100.0 * count as f64 / total as f64, decimals)
        }
        _ => format!("<{threshold}"),
    }
}

pub(crate) fn panel(
    id: &str,
    title: &str,
    categories: Vec<String>,
    counts: &[u32],
    total: u32,
    kind: ChartKind,
    (threshold, lang): (u32, Lang),
) -> Panel {
    let (values, labels) = shown_row(counts, threshold, lang);
    let table = Table {
        caption: title.to_string(),
        headers: vec![
            msg::CATEGORY.get(lang).into(),
            msg::COUNT.get(lang).into(),
            msg::SHARE.get(lang).into(),
        ],
        rows: categories
            .iter()
            .zip(&labels)
            .zip(counts)
            .map(|((c, l), &n)| {
                let share = if l.starts_with('<') {
                    l.clone()
                } else {
                    share_label(lang, n, total, threshold, 1)
                };
                vec![c.clone(), l.clone(), share]
            })
            .chain(std::iter::once(vec![
                msg::TOTAL.get(lang).into(),
                count_label(total, threshold, lang),
                format::pct(lang, 100.0, 1),
            ]))
            .collect(),
    };
    Panel {
        chart: ChartSpec {
            id: id.to_string(),
            title: title.to_string(),
            categories,
            series: vec![Series {
                name: msg::BENEFITS.get(lang).into(),
                values,
                labels,
                color: PALETTE[0].into(),
                style: SeriesStyle::Bar,
            }],
            kind,
            value_title: msg::BENEFITS_LOWER.get(lang).into(),
            ..Default::default()
        },
        table,
        note: None,
    }
}

/// `"zuid"` → `"Zuid"`.
pub(crate) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The kerncijfers file as a readable table (all rows, with source). The headers are the
/// file's column names; periods and numbers are written in `lang` (the CSV export writes
/// numbers the Dutch way in both languages).
pub fn kerncijfers_table(k: &Kerncijfers, lang: Lang) -> Table {
    Table {
        caption: "Kerncijfers".into(),
        headers: [
            "Indicator",
            "Dimensie",
            "Categorie",
            "Periode",
            "Waarde",
            "Eenheid",
            "Status",
            "Bron",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        rows: k
            .rows()
            .map(|r| {
                let period = match r.periode_van {
                    Some(from) => msg::period_through(lang, from, r.periode_tot),
                    None => format::date(lang, r.periode_tot),
                };
                let value = match r.waarde {
                    Value::Number(x) => {
                        if x.fract() == 0.0 {
                            format::int(lang, x as i64)
                        } else {
                            let point = if lang == Lang::Nl { ',' } else { '.' };
                            format::dec(lang, x, 2)
                                .trim_end_matches('0')
                                .trim_end_matches(point)
                                .to_string()
                        }
                    }
                    Value::Suppressed => "<10".into(),
                    Value::Missing => "–".into(),
                };
                vec![
                    r.indicator.to_string(),
                    r.dimensie.to_string(),
                    r.categorie.to_string(),
                    period,
                    value,
                    r.eenheid.label().get(lang).to_string(),
                    r.status.label().get(lang).to_string(),
                    kerncijfers::cite(r.bron),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::model::Data;

    #[test]
    fn the_kerncijfers_table_writes_periods_and_numbers_in_the_language() {
        let ds = crate::embedded::kerncijfers().unwrap();
        let Data::Kerncijfers(k) = &ds.data else {
            panic!("a kerncijfers dataset")
        };
        let nl = kerncijfers_table(k, Lang::Nl);
        let en = kerncijfers_table(k, Lang::En);
        assert_eq!(nl.rows.len(), en.rows.len());
        assert_eq!(nl.headers, en.headers, "the file's column names");
        let cell = |t: &Table, text: &str| t.rows.iter().flatten().any(|c| c == text);
        assert!(cell(&nl, "5.687"), "Dutch thousands dot");
        assert!(cell(&en, "5,687"), "English thousands comma");
        assert!(!cell(&en, "5.687"));
        assert!(nl.rows.iter().any(|r| r[3].contains(" t/m ")));
        assert!(en.rows.iter().all(|r| !r[3].contains(" t/m ")));
        assert!(en.rows.iter().any(|r| r[3] == "30 Sep 2024"), "a peildatum");
    }
}
