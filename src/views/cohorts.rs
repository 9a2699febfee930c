//! Cohorten: running benefits per start year by years since the start (the VNG "Sturen
//! op bijstand" view), as lines and as a table, suppressed and cross-filtered.

use bijstand_core::caseload::default_peildatum;
use bijstand_core::cohort::{cohorts, Cohort};
use bijstand_core::format;
use bijstand_core::i18n::Plain;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::scenario::Scenario;
use bijstand_core::suppress::{guard_differencing, Shown};

use super::caseload::{filter_bar, instroomreden_label, FilterBar};
use super::{count_label, share_label, Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages as msg;

/// Start years shown: the last ones up to the data's end (older cohorts of an export are
/// often incomplete, and more lines are unreadable).
pub const COHORT_YEARS: i32 = 10;

/// The Cohorten screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CohortsView {
    /// Heading.
    pub title: String,
    /// Why there is nothing to show; the rest is empty then.
    pub empty: Option<String>,
    /// The active cross-filter (set on Samenstelling), as chips.
    pub filter: FilterBar,
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// The line chart with its table (one row per start year).
    pub panels: Vec<Panel>,
}

/// A cohort as shown: counts suppressed, shares hidden where a count is.
struct ShownCohort {
    year: i32,
    started: Shown,
    running: Vec<Shown>,
    raw: Cohort,
}

/// Builds the Cohorten screen: the cohorts of the last [`COHORT_YEARS`] start years up to
/// the data's end (the end of its last month), under the scenario's filter and threshold.
pub fn build(dataset: &Dataset, scenario: &Scenario, _ctx: &Context) -> CohortsView {
    let lang = scenario.lang;
    let title = msg::cohorts::TITLE.get(lang).to_string();
    let empty = |text: &str| CohortsView {
        title: title.clone(),
        empty: Some(text.to_string()),
        ..Default::default()
    };
    let Data::Episodes(e) = &dataset.data else {
        return empty(msg::cohorts::NO_BENEFITS.get(lang));
    };
    let Some(end) = default_peildatum(e) else {
        return empty(msg::cohorts::NO_BENEFITS.get(lang));
    };
    let threshold = scenario.threshold;
    let first = end.year() - COHORT_YEARS + 1;
    let all = cohorts(e, first, end, None);
    let filter = &scenario.filter;
    let list = if filter.is_empty() {
        all.clone()
    } else {
        let peil = scenario.peildatum.unwrap_or(end);
        let mask = filter.mask(e, peil, scenario.precedence);
        let mut list = cohorts(e, first, end, Some(&mask));
        // A filtered count whose complement is a small group is hidden too.
        for (c, a) in list.iter_mut().zip(&all) {
            let mut started = [c.started];
            guard_differencing(&mut started, &[a.started], threshold);
            guard_differencing(&mut c.running, &a.running, threshold);
            c.started = started[0];
        }
        list
    };
    let codes = dataset.instroomreden_codes.as_deref();
    let mut filter = filter_bar(filter, lang, &|key| match e.instroomredenen.code_of(key) {
        Some(code) => instroomreden_label(e, codes, code, lang),
        None => key.to_string(),
    });
    if filter.hint.is_some() {
        filter.hint = Some(msg::cohorts::FILTER_HINT.get(lang).into());
    }
    // Start years with benefits, oldest first; the years since start observed at all.
    let shown: Vec<ShownCohort> = list
        .into_iter()
        .filter(|c| c.started > 0)
        .map(|c| {
            let started = Shown::of(c.started, threshold);
            let running = c
                .running
                .iter()
                .map(|&n| match started {
                    Shown::Suppressed => Shown::Suppressed,
                    Shown::Count(_) => Shown::of(n, threshold),
                })
                .collect();
            ShownCohort {
                year: c.year,
                started,
                running,
                raw: c,
            }
        })
        .collect();
    let years = shown.iter().map(|c| c.running.len()).max().unwrap_or(0);
    if shown.is_empty() {
        return empty(msg::cohorts::NO_BENEFITS.get(lang));
    }
    if years == 0 {
        return CohortsView {
            filter,
            ..empty(msg::cohorts::NOTHING_OBSERVED.get(lang))
        };
    }
    let categories: Vec<String> = (1..=years)
        .map(|k| msg::cohorts::after_years(lang, Plain(k)))
        .collect();
    let label = |s: Shown| match s {
        Shown::Count(n) => format::int(lang, i64::from(n)),
        Shown::Suppressed => format!("<{threshold}"),
    };
    let cell = |c: &ShownCohort, k: usize| -> (Option<f64>, String) {
        match (c.running.get(k), c.started) {
            (None, _) => (None, msg::cohorts::NOT_OBSERVED.get(lang).to_string()),
            (Some(Shown::Count(n)), Shown::Count(total)) if total > 0 => {
                let pct = 100.0 * f64::from(*n) / f64::from(total);
                let share = share_label(lang, *n, total, threshold, 1);
                (
                    Some((pct * 10.0).round() / 10.0),
                    msg::cohorts::share_count(lang, &share, &label(Shown::Count(*n))),
                )
            }
            _ => (None, format!("<{threshold}")),
        }
    };
    // Lines only for start years with a shown count and at least one observed year.
    let series: Vec<Series> = shown
        .iter()
        .filter(|c| matches!(c.started, Shown::Count(_)) && !c.running.is_empty())
        .enumerate()
        .map(|(i, c)| {
            let (values, labels) = (0..years).map(|k| cell(c, k)).unzip();
            Series {
                name: c.year.to_string(),
                values,
                labels,
                color: PALETTE[i % PALETTE.len()].into(),
                // Past six start years the colours repeat: the next six are dashed, so
                // no two lines look alike.
                style: if (i / PALETTE.len()) % 2 == 1 {
                    SeriesStyle::Dashed
                } else {
                    SeriesStyle::Line
                },
            }
        })
        .collect();
    let table = Table {
        caption: msg::cohorts::CHART.get(lang).into(),
        headers: [
            msg::cohorts::START_YEAR.get(lang).to_string(),
            msg::cohorts::STARTED.get(lang).to_string(),
        ]
        .into_iter()
        .chain(categories.iter().cloned())
        .collect(),
        rows: shown
            .iter()
            .map(|c| {
                [c.year.to_string(), label(c.started)]
                    .into_iter()
                    .chain((0..years).map(|k| cell(c, k).1))
                    .collect()
            })
            .collect(),
    };
    let panel = Panel {
        chart: ChartSpec {
            id: "chart-cohorts".into(),
            title: msg::cohorts::CHART.get(lang).into(),
            categories,
            series,
            kind: ChartKind::Combo { stacked: false },
            value_title: msg::cohorts::AXIS.get(lang).into(),
            // A share from 0 to 100%: the whole scale, so a drop looks as large as it is.
            from_zero: true,
            ..Default::default()
        },
        table,
        note: Some(msg::cohorts::note(lang, end)),
    };
    let mut kpis = Vec::new();
    if let Some(c) = shown.iter().rev().find(|c| !c.running.is_empty()) {
        kpis.push(Kpi {
            id: "kpi-cohort-one-year",
            label: msg::cohorts::kpi_one_year(lang, Plain(c.year)),
            value: match (c.started, c.running[0]) {
                (Shown::Count(t), Shown::Count(n)) => share_label(lang, n, t, threshold, 1),
                _ => format!("<{threshold}"),
            },
            note: msg::cohorts::kpi_started(lang, &label(c.started)),
        });
    }
    let total: u32 = shown.iter().map(|c| c.raw.started).sum();
    kpis.push(Kpi {
        id: "kpi-cohorts",
        label: msg::cohorts::KPI_COHORTS.get(lang).into(),
        value: format::int(lang, shown.len() as i64),
        note: msg::cohorts::kpi_years(
            lang,
            Plain(shown[0].year),
            Plain(shown[shown.len() - 1].year),
            &count_label(total, threshold, lang),
        ),
    });
    CohortsView {
        title,
        empty: None,
        filter,
        kpis,
        panels: vec![panel],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::caseload::filter::EpisodeFilter;
    use bijstand_core::io::{load, LoadOptions};
    use bijstand_core::lang::Lang;

    fn fixture() -> Dataset {
        load(
            include_bytes!("../../core/tests/fixtures/vng/instroomreden_export.csv"),
            "instroomreden_export.csv",
            &LoadOptions::default(),
        )
        .unwrap()
        .into_dataset()
        .unwrap()
    }

    fn rows(v: &CohortsView) -> Vec<Vec<String>> {
        v.panels[0].table.rows.clone()
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn cohorts_of_the_export_hand_counted_and_suppressed() {
        // Data up to 30-06-2024: a start year Y shows year k once 31-12-(Y+k) ≤ 30-06-2024.
        // Counted by hand from the fixture's 101 benefits (see its README).
        let v = build(&fixture(), &Scenario::default(), &Context::default());
        assert_eq!(v.empty, None);
        let p = &v.panels[0];
        assert_eq!(
            p.table.headers,
            [
                "Startjaar",
                "Gestart",
                "na 1 jaar",
                "na 2 jaar",
                "na 3 jaar",
                "na 4 jaar"
            ]
        );
        assert_eq!(
            rows(&v),
            [
                row(&["2019", "20", "<10", "<10", "<10", "<10"]),
                row(&["2020", "20", "100,0% (20)", "<10", "<10", "–"]),
                row(&["2021", "20", "100,0% (20)", "55,0% (11)", "–", "–"]),
                row(&["2022", "20", "100,0% (20)", "–", "–", "–"]),
                row(&["2023", "20", "–", "–", "–", "–"]),
                row(&["2024", "<10", "–", "–", "–", "–"]),
            ]
        );
        // One line per start year with an observed year: 2019–2022.
        let names: Vec<&str> = p.chart.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["2019", "2020", "2021", "2022"]);
        assert_eq!(
            p.chart.series[2].values,
            [Some(100.0), Some(55.0), None, None]
        );
        assert_eq!(
            p.chart.series[0].values,
            [None, None, None, None],
            "all <10"
        );
        assert!(p.note.as_ref().unwrap().contains("30-06-2024"));
        assert_eq!(v.kpis[0].label, "Nog lopend na 1 jaar (startjaar 2022)");
        assert_eq!(
            (v.kpis[0].value.as_str(), v.kpis[0].note.as_str()),
            ("100,0%", "van 20 gestart")
        );
        assert_eq!(v.kpis[1].note, "2019–2024, 101 uitkeringen");
    }

    #[test]
    fn cohorts_follow_the_cross_filter() {
        let s = Scenario {
            filter: EpisodeFilter {
                instroomreden: vec!["14".into()],
                ..Default::default()
            },
            ..Scenario::default()
        };
        let v = build(&fixture(), &s, &Context::default());
        // Code 14: 41 benefits; 2023 has none.
        assert_eq!(
            rows(&v),
            [
                row(&["2019", "10", "<10", "<10", "<10", "<10"]),
                row(&["2020", "10", "100,0% (10)", "<10", "<10", "–"]),
                row(&["2021", "10", "100,0% (10)", "<10", "–", "–"]),
                row(&["2022", "10", "100,0% (10)", "–", "–", "–"]),
                row(&["2024", "<10", "–", "–", "–", "–"]),
            ]
        );
        assert_eq!(
            v.filter.chips[0].label,
            "14 – Einde Uitkering werkeloosheid"
        );
    }

    #[test]
    fn english_numbers_and_empty_data() {
        let s = Scenario {
            lang: Lang::En,
            ..Scenario::default()
        };
        let v = build(&fixture(), &s, &Context::default());
        assert_eq!(rows(&v)[2][3], "55.0% (11)");
        assert_eq!(v.panels[0].table.headers[2], "after 1 yr");
        assert!(v.panels[0].note.as_ref().unwrap().contains("30 Jun 2024"));
        let k = crate::embedded::kerncijfers().expect("embedded kerncijfers");
        assert!(build(&k, &s, &Context::default()).empty.is_some());
    }

    #[test]
    fn synthetic_data_gives_ten_start_years() {
        let ds = crate::embedded::synthetic().unwrap();
        let v = build(&ds, &Scenario::default(), &Context::default());
        assert_eq!(v.empty, None);
        let r = rows(&v);
        assert!(r.len() <= COHORT_YEARS as usize && !r.is_empty());
        // Shares fall with the years since start, where shown.
        for s in &v.panels[0].chart.series {
            let shown: Vec<f64> = s.values.iter().flatten().copied().collect();
            assert!(
                shown.windows(2).all(|w| w[1] <= w[0]),
                "{}: {shown:?}",
                s.name
            );
        }
    }
}
