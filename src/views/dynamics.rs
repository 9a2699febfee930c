//! The dynamics view model: monthly stock, flows, outflow by reason, index, partial
//! outflow and durations, all from one monthly series.

use bijstand_core::caseload::default_peildatum;
use bijstand_core::caseload::duration::{duration_counts, DurationBand, DurationCounts};
use bijstand_core::dynamics::{
    index_series, month_label, monthly_series, year_month, IndexParams, MonthRange, MonthlySeries,
    OutflowToWork,
};
use bijstand_core::format;
use bijstand_core::i18n::{Count, Plain};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset, Uitstroomreden};
use bijstand_core::refdata::{Measure, Period, RefData};
use bijstand_core::scenario::Scenario;
use bijstand_core::suppress::Shown;

use super::{panel, shown_label, Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages as msg;

/// The In- en uitstroom screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DynamicsView {
    /// Heading of the dashboard.
    pub title: String,
    /// Why there is nothing to show (no person-level data with dates); the rest is empty
    /// then.
    pub empty: Option<String>,
    /// Label of the outflow-to-work select.
    pub naar_werk_label: String,
    /// Its options, in order.
    pub outflow_to_work: Vec<NaarWerkOption>,
    /// Label of the index base-month input.
    pub base_month_label: String,
    /// The base month as an `<input type=month>` value (`jjjj-mm`).
    pub base_month: String,
    /// Headline figures over the last 12 months of the data.
    pub kpis: Vec<Kpi>,
    /// Charts with tables.
    pub panels: Vec<Panel>,
}

/// One definition of outflow to work in the select.
#[derive(Clone, Debug, PartialEq)]
pub struct NaarWerkOption {
    /// Its text.
    pub label: String,
    /// Whether it is the definition in use.
    pub selected: bool,
    /// The definition.
    pub value: OutflowToWork,
}

/// Reads the value of an `<input type=month>` (`jjjj-mm`): year and month (1–12).
pub fn parse_input_month(s: &str) -> Option<(i32, u32)> {
    let mut p = s.split('-');
    let year = p.next()?.parse().ok()?;
    let month = p.next()?.parse().ok()?;
    (1..=12).contains(&month).then_some((year, month))
}

/// Builds the In- en uitstroom screen: the monthly series of the whole data (filtered by
/// the scenario's filter) and the durations on the peildatum (or the data's last month end).
pub fn build(dataset: &Dataset, scenario: &Scenario, ctx: &Context) -> DynamicsView {
    let lang = scenario.lang;
    let title = msg::dynamics::TITLE.get(lang).to_string();
    let flows = || {
        let Data::Episodes(e) = &dataset.data else {
            return None;
        };
        let range = MonthRange::of_data(e)?;
        let peil = scenario.peildatum.or_else(|| default_peildatum(e))?;
        let filter = &scenario.filter;
        let mask = (!filter.is_empty()).then(|| filter.mask(e, peil, scenario.precedence));
        Some((
            monthly_series(e, range, mask.as_ref()),
            duration_counts(e, peil, mask.as_ref()),
        ))
    };
    let Some((series, durations)) = flows() else {
        return DynamicsView {
            title,
            empty: Some(msg::dynamics::NO_FLOWS.get(lang).into()),
            ..Default::default()
        };
    };
    let mut figures = dynamics_view(
        &series,
        &durations,
        scenario.outflow_to_work,
        &scenario.index,
        scenario.threshold,
        lang,
    );
    if let Some(files) = ctx.reference.as_deref() {
        national_line(&mut figures, files.data(), &series, &scenario.index, lang);
    }
    DynamicsView {
        title,
        empty: None,
        naar_werk_label: msg::dynamics::NAAR_WERK.get(lang).into(),
        outflow_to_work: OutflowToWork::ALL
            .iter()
            .map(|&d| NaarWerkOption {
                label: d.label(lang).into(),
                selected: d == scenario.outflow_to_work,
                value: d,
            })
            .collect(),
        base_month_label: msg::dynamics::BASE_MONTH.get(lang).into(),
        base_month: format!(
            "{:04}-{:02}",
            scenario.index.base_year, scenario.index.base_month
        ),
        ..figures
    }
}

/// The national monthly series of loaded reference data (CBS 37789ksz: bijstand
/// benefits in thousands) as a second line in the index chart, indexed on the same base
/// month; months without a national figure stay empty. Without a national figure in the
/// base month the chart says over which months the series runs.
fn national_line(
    v: &mut DynamicsView,
    rd: &RefData,
    s: &MonthlySeries,
    index: &IndexParams,
    lang: Lang,
) {
    let Some(nl) = rd.nederland() else {
        return;
    };
    let Some((first, last)) = rd.summary().monthly_benefits else {
        return;
    };
    let Some(points) = index_series(s, index) else {
        return; // the chart already says the base month is outside the data
    };
    let Some(panel) = v.panels.iter_mut().find(|p| p.chart.id == "chart-index") else {
        return;
    };
    let at = |mi: i32| {
        let (y, m) = year_month(mi);
        rd.value(nl, Period::Month(y, m as u8), Measure::Benefits)
    };
    let month_of = |p: Period| match p {
        Period::Month(y, m) => month_label(bijstand_core::dynamics::month(y, u32::from(m)), lang),
        p => p.code(),
    };
    let base_month = index.base_month_index();
    let Some(base) = at(base_month).filter(|&b| b > 0.0) else {
        let note = msg::refdata::national_outside(lang, &month_of(first), &month_of(last));
        panel.note = Some(match panel.note.take() {
            Some(n) => format!("{n} {note}"),
            None => note,
        });
        return;
    };
    let values: Vec<Option<f64>> = points
        .iter()
        .map(|p| at(p.0).map(|x| (1000.0 * x / base).round() / 10.0))
        .collect();
    let labels: Vec<String> = values
        .iter()
        .map(|x| x.map_or_else(|| "–".into(), |x| format::dec(lang, x, 1)))
        .collect();
    let name = msg::refdata::national_line(lang, &month_label(base_month, lang));
    panel.table.headers.push(name.clone());
    for (row, l) in panel.table.rows.iter_mut().zip(&labels) {
        row.push(l.clone());
    }
    panel.chart.series.push(Series::new(
        &name,
        values,
        labels,
        PALETTE[1],
        SeriesStyle::Line,
    ));
    let file = rd
        .indicators
        .iter()
        .find(|i| i.measure == Measure::Benefits)
        .and_then(|i| rd.sources.get(i.source))
        .map_or("", |s| s.name.as_str());
    let note = msg::refdata::national_source(lang, file);
    panel.note = Some(match panel.note.take() {
        Some(n) => format!("{n} {note}"),
        None => note,
    });
}

/// A month-by-month chart whose table lists every month.
fn monthly_panel(
    id: &str,
    title: &str,
    months: &[String],
    series: Vec<Series>,
    stacked: bool,
    value_title: &str,
    lang: Lang,
) -> Panel {
    let mut headers = vec![msg::common::MONTH.get(lang).to_string()];
    headers.extend(series.iter().map(|s| s.name.clone()));
    let rows = (0..months.len())
        .map(|i| {
            let mut r = vec![months[i].clone()];
            r.extend(series.iter().map(|s| s.labels[i].clone()));
            r
        })
        .collect();
    Panel {
        chart: ChartSpec {
            id: id.into(),
            title: title.into(),
            categories: months.to_vec(),
            series,
            kind: ChartKind::Combo { stacked },
            value_title: value_title.into(),
            ..Default::default()
        },
        table: Table {
            caption: title.into(),
            headers,
            rows,
        },
        note: None,
    }
}

/// The key figures and charts of a monthly series (already filtered, if a filter is
/// active), in a [`DynamicsView`] without its controls.
pub fn dynamics_view(
    s: &MonthlySeries,
    durations: &DurationCounts,
    outflow_to_work: OutflowToWork,
    index: &IndexParams,
    threshold: u32,
    lang: Lang,
) -> DynamicsView {
    let months: Vec<String> = s
        .months
        .iter()
        .map(|m| month_label(m.month, lang))
        .collect();
    let benefits = msg::common::BENEFITS_LOWER.get(lang);
    let count = |n: u32| Shown::of(n, threshold);
    let label = |s: Shown| shown_label(s, threshold, lang);

    // Stock per month.
    let stock: Vec<u32> = s.months.iter().map(|m| m.stock).collect();
    let (sv, sl) = (
        stock
            .iter()
            .map(|&n| count(n).value().map(f64::from))
            .collect(),
        stock.iter().map(|&n| label(count(n))).collect(),
    );
    let stock_panel = monthly_panel(
        "chart-stock",
        msg::dynamics::STOCK_TITLE.get(lang),
        &months,
        vec![Series::new(
            msg::dynamics::STOCK.get(lang),
            sv,
            sl,
            PALETTE[0],
            SeriesStyle::Line,
        )],
        false,
        benefits,
        lang,
    );

    // Inflow and outflow per month (small monthly counts suppressed).
    let inflow: Vec<u32> = s.months.iter().map(|m| m.inflow).collect();
    let outflow: Vec<u32> = s.months.iter().map(|m| m.outflow).collect();
    let (iv, il) = (
        inflow
            .iter()
            .map(|&n| count(n).value().map(f64::from))
            .collect(),
        inflow.iter().map(|&n| label(count(n))).collect(),
    );
    let (ov, ol) = (
        outflow
            .iter()
            .map(|&n| count(n).value().map(f64::from))
            .collect(),
        outflow.iter().map(|&n| label(count(n))).collect(),
    );
    let flows_panel = monthly_panel(
        "chart-flows",
        msg::dynamics::FLOWS_TITLE.get(lang),
        &months,
        vec![
            Series::new(
                msg::dynamics::INFLOW.get(lang),
                iv,
                il,
                PALETTE[2],
                SeriesStyle::Bar,
            ),
            Series::new(
                msg::dynamics::OUTFLOW.get(lang),
                ov,
                ol,
                PALETTE[1],
                SeriesStyle::Bar,
            ),
        ],
        false,
        benefits,
        lang,
    );

    // Outflow by reason per calendar year (Table 14 grouping, plus AOW shown apart).
    let years: Vec<i32> = {
        let mut y: Vec<i32> = s.months.iter().map(|m| year_month(m.month).0).collect();
        y.dedup();
        y
    };
    let groups: [(bijstand_core::i18n::Msg, &[Uitstroomreden]); 6] = [
        (msg::dynamics::REASON_WORK, &[Uitstroomreden::Werk]),
        (
            msg::dynamics::REASON_WERKPLEIN,
            &[Uitstroomreden::WerkWerkplein],
        ),
        (
            msg::dynamics::REASON_SELF_EMPLOYED,
            &[Uitstroomreden::Zelfstandig],
        ),
        (msg::dynamics::REASON_STUDY, &[Uitstroomreden::Studie]),
        (msg::dynamics::REASON_AOW, &[Uitstroomreden::Aow]),
        (
            msg::dynamics::REASON_OTHER,
            &[
                Uitstroomreden::Verhuizing,
                Uitstroomreden::Overlijden,
                Uitstroomreden::Overig,
                Uitstroomreden::Onbekend,
            ],
        ),
    ];
    let year_labels: Vec<String> = years
        .iter()
        .map(|y| {
            let n = s
                .months
                .iter()
                .filter(|m| year_month(m.month).0 == *y)
                .count();
            if n < 12 {
                msg::dynamics::partial_year(lang, Plain(*y), Count(n as i64))
            } else {
                y.to_string()
            }
        })
        .collect();
    let mut reason_series = Vec::new();
    for (k, (name, reasons)) in groups.iter().enumerate() {
        let counts: Vec<u32> = years
            .iter()
            .map(|y| {
                s.months
                    .iter()
                    .filter(|m| year_month(m.month).0 == *y)
                    .map(|m| {
                        reasons
                            .iter()
                            .map(|r| m.outflow_by_reason[r.index()])
                            .sum::<u32>()
                    })
                    .sum()
            })
            .collect();
        let values = counts
            .iter()
            .map(|&n| count(n).value().map(f64::from))
            .collect();
        let labels = counts.iter().map(|&n| label(count(n))).collect();
        reason_series.push(Series::new(
            name.get(lang),
            values,
            labels,
            PALETTE[k % PALETTE.len()],
            SeriesStyle::Bar,
        ));
    }
    let mut reasons_panel = monthly_panel(
        "chart-reasons",
        msg::dynamics::REASONS_TITLE.get(lang),
        &year_labels,
        reason_series,
        true,
        benefits,
        lang,
    );
    reasons_panel.note = Some(msg::dynamics::reasons_note(
        lang,
        outflow_to_work.label(lang),
    ));
    reasons_panel.table.headers[0] = msg::common::YEAR.get(lang).into();

    // Index.
    let idx = index_series(s, index);
    let (y0, m0) = (index.base_year, index.base_month);
    let index_title = msg::dynamics::index_title(
        lang,
        &month_label(bijstand_core::dynamics::month(y0, m0), lang),
    );
    let index_panel = match &idx {
        Some(points) => {
            let values: Vec<Option<f64>> = points
                .iter()
                .map(|p| Some((p.1 * 10.0).round() / 10.0))
                .collect();
            let labels: Vec<String> = points.iter().map(|p| format::dec(lang, p.1, 1)).collect();
            let months: Vec<String> = points.iter().map(|p| month_label(p.0, lang)).collect();
            monthly_panel(
                "chart-index",
                &index_title,
                &months,
                vec![Series::new(
                    msg::dynamics::INDEX.get(lang),
                    values,
                    labels,
                    PALETTE[3],
                    SeriesStyle::Line,
                )],
                false,
                "index",
                lang,
            )
        }
        None => {
            let mut p = monthly_panel(
                "chart-index",
                &index_title,
                &[],
                vec![Series::new(
                    msg::dynamics::INDEX.get(lang),
                    vec![],
                    vec![],
                    PALETTE[3],
                    SeriesStyle::Line,
                )],
                false,
                "index",
                lang,
            );
            p.note = Some(msg::dynamics::BASE_OUTSIDE.get(lang).into());
            p
        }
    };

    // Partial outflow (running with income from part-time work) per month.
    let partial: Vec<u32> = s.months.iter().map(|m| m.partial).collect();
    let mut partial_panel = monthly_panel(
        "chart-partial",
        msg::dynamics::PARTIAL_TITLE.get(lang),
        &months,
        vec![Series::new(
            msg::dynamics::WITH_WORK.get(lang),
            partial
                .iter()
                .map(|&n| count(n).value().map(f64::from))
                .collect(),
            partial.iter().map(|&n| label(count(n))).collect(),
            PALETTE[4],
            SeriesStyle::Line,
        )],
        false,
        benefits,
        lang,
    );
    partial_panel.note = Some(msg::dynamics::PARTIAL_NOTE.get(lang).into());

    // Duration on the peildatum.
    let dur_labels: Vec<String> = DurationBand::ALL
        .iter()
        .map(|k| k.label().get(lang).to_string())
        .collect();
    let mut dur_panel = panel(
        "chart-duration",
        &msg::dynamics::duration_title(lang, durations.peildatum),
        dur_labels,
        &durations.counts,
        durations.total,
        ChartKind::Bar { horizontal: true },
        (threshold, lang),
    );
    dur_panel.note = Some(msg::dynamics::longer_than_two_years(
        lang,
        &super::share_label(
            lang,
            durations.two_years_or_more(),
            durations.total,
            threshold,
            1,
        ),
    ));

    // KPIs over the last 12 months of the data.
    let kpis = match s.months.last().and_then(|m| s.last_12_months(m.month)) {
        Some(t) => vec![
            Kpi {
                id: "kpi-inflow",
                label: msg::dynamics::KPI_INFLOW.get(lang).into(),
                value: label(count(t.inflow)),
                note: msg::dynamics::from_to(
                    lang,
                    &month_label(t.from, lang),
                    &month_label(t.to, lang),
                ),
            },
            Kpi {
                id: "kpi-outflow",
                label: msg::dynamics::KPI_OUTFLOW.get(lang).into(),
                value: label(count(t.outflow)),
                note: msg::dynamics::of_which_aow(
                    lang,
                    &label(count(t.reason(Uitstroomreden::Aow))),
                ),
            },
            Kpi {
                id: "kpi-naar-werk",
                label: msg::dynamics::KPI_TO_WORK.get(lang).into(),
                value: super::share_label(
                    lang,
                    t.outflow_to_work(outflow_to_work),
                    t.outflow,
                    threshold,
                    1,
                ),
                note: outflow_to_work.label(lang).into(),
            },
            Kpi {
                id: "kpi-outflow-rate",
                label: msg::dynamics::KPI_RATE.get(lang).into(),
                value: format::pct(lang, 100.0 * t.outflow_rate_annual(), 1),
                note: msg::dynamics::KPI_RATE_NOTE.get(lang).into(),
            },
            Kpi {
                id: "kpi-reconciliation",
                label: msg::dynamics::KPI_RECONCILIATION.get(lang).into(),
                value: format::int(lang, t.reconciliation()),
                note: msg::dynamics::KPI_RECONCILIATION_NOTE.get(lang).into(),
            },
        ],
        None => vec![],
    };
    DynamicsView {
        kpis,
        panels: vec![
            stock_panel,
            index_panel,
            flows_panel,
            reasons_panel,
            partial_panel,
            dur_panel,
        ],
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synthetic() -> Dataset {
        crate::embedded::synthetic().expect("embedded synthetic data loads")
    }

    fn scenario(lang: Lang) -> Scenario {
        Scenario {
            lang,
            ..Scenario::default()
        }
    }

    fn kpi<'a>(v: &'a DynamicsView, id: &str) -> &'a Kpi {
        v.kpis.iter().find(|k| k.id == id).unwrap()
    }

    fn last_row(v: &DynamicsView, chart: &str) -> Vec<String> {
        let p = v.panels.iter().find(|p| p.chart.id == chart).unwrap();
        p.table.rows.last().unwrap().clone()
    }

    #[test]
    fn dutch_build_gives_the_reference_figures() {
        let ds = synthetic();
        let v = build(&ds, &scenario(Lang::Nl), &Context::default());
        assert_eq!(v.empty, None);
        assert_eq!(v.title, "In- en uitstroom");
        assert_eq!(kpi(&v, "kpi-outflow").value, "1.270");
        assert_eq!(kpi(&v, "kpi-outflow").note, "waarvan AOW: 168");
        assert_eq!(kpi(&v, "kpi-inflow").value, "1.365");
        assert_eq!(kpi(&v, "kpi-inflow").note, "okt 2023 t/m sep 2024");
        assert_eq!(kpi(&v, "kpi-naar-werk").value, "37,4%");
        assert_eq!(kpi(&v, "kpi-outflow-rate").value, "22,5%");
        assert_eq!(
            kpi(&v, "kpi-reconciliation").value,
            "0",
            "exact for person-level data"
        );
        assert_eq!(
            last_row(&v, "chart-stock"),
            ["sep 2024", "5.687"],
            "A1 on 30-09-2024"
        );
        assert_eq!(last_row(&v, "chart-reasons")[0], "2024 (9 mnd)");
        assert_eq!(last_row(&v, "chart-index"), ["sep 2024", "93,5"]);
        let dur = v
            .panels
            .iter()
            .find(|p| p.chart.id == "chart-duration")
            .unwrap();
        assert_eq!(dur.chart.title, "Duur van de uitkering op 30-09-2024");
        assert_eq!(dur.note.as_deref(), Some("Langer dan twee jaar: 72,4%"));
        assert_eq!(v.naar_werk_label, "Uitstroom naar werk telt");
        let selected: Vec<bool> = v.outflow_to_work.iter().map(|o| o.selected).collect();
        assert_eq!(selected, [false, true, false], "the default definition");
        assert_eq!(v.base_month, "2019-02");
    }

    #[test]
    fn english_build_writes_english_numbers_and_dates() {
        let ds = synthetic();
        let v = build(&ds, &scenario(Lang::En), &Context::default());
        assert_eq!(v.title, "Inflow and outflow");
        assert_eq!(kpi(&v, "kpi-outflow").value, "1,270");
        assert_eq!(kpi(&v, "kpi-inflow").value, "1,365");
        assert_eq!(kpi(&v, "kpi-inflow").note, "Oct 2023 to Sep 2024");
        assert_eq!(kpi(&v, "kpi-naar-werk").value, "37.4%");
        assert_eq!(last_row(&v, "chart-stock"), ["Sep 2024", "5,687"]);
        assert_eq!(last_row(&v, "chart-index"), ["Sep 2024", "93.5"]);
        assert_eq!(last_row(&v, "chart-reasons")[0], "2024 (9 mo)");
        let dur = v
            .panels
            .iter()
            .find(|p| p.chart.id == "chart-duration")
            .unwrap();
        assert_eq!(dur.chart.title, "Benefit duration on 30 Sep 2024");
        assert_eq!(
            dur.table.rows.last().unwrap(),
            &["Total", "5,687", "100.0%"]
        );
    }

    #[test]
    fn the_scenario_settings_and_filter_change_the_figures() {
        let ds = synthetic();
        let mut s = scenario(Lang::Nl);
        s.outflow_to_work = OutflowToWork::ALL[2];
        let v = build(&ds, &s, &Context::default());
        assert_ne!(kpi(&v, "kpi-naar-werk").value, "37,4%");
        assert!(v.outflow_to_work[2].selected);
        s.filter.stadsdeel = vec!["zuid".into()];
        let f = build(&ds, &s, &Context::default());
        assert_ne!(
            kpi(&f, "kpi-outflow").value,
            "1.270",
            "the filter applies here too"
        );
        assert_eq!(
            last_row(&f, "chart-stock")[1],
            "1.617",
            "Zuid on 30-09-2024"
        );
        s.index.base_year = 1990;
        let i = build(&ds, &s, &Context::default());
        let index = i
            .panels
            .iter()
            .find(|p| p.chart.id == "chart-index")
            .unwrap();
        assert_eq!(
            index.note.as_deref(),
            Some("De basismaand valt buiten de gegevens.")
        );
        assert_eq!(i.base_month, "1990-02");
    }

    #[test]
    fn aggregate_data_has_no_flows() {
        let ds = crate::embedded::kerncijfers().unwrap();
        let v = build(&ds, &scenario(Lang::Nl), &Context::default());
        assert_eq!(
            v.empty.as_deref(),
            Some("Deze gegevens hebben geen in- en uitstroom.")
        );
        assert!(v.kpis.is_empty() && v.panels.is_empty() && v.outflow_to_work.is_empty());
    }

    #[test]
    fn input_months_are_read() {
        assert_eq!(parse_input_month("2019-02"), Some((2019, 2)));
        assert_eq!(parse_input_month("2019-13"), None);
        assert_eq!(parse_input_month("2019"), None);
        assert_eq!(parse_input_month(""), None);
    }

    #[test]
    fn the_national_series_is_a_second_line_in_the_index() {
        use bijstand_core::refdata::RefFiles;
        let root = env!("CARGO_MANIFEST_DIR");
        let csv = std::fs::read(format!("{root}/e2e/fixtures/bijstand_2013_2018.csv")).unwrap();
        let ds = bijstand_core::io::load(&csv, "b.csv", &Default::default())
            .unwrap()
            .into_dataset()
            .unwrap();
        let name = "bijstand_nederland_reeks.csv";
        let reeks = std::fs::read(format!("{root}/core/tests/fixtures/cbs/{name}")).unwrap();
        let loaded = bijstand_core::io::load(&reeks, name, &Default::default()).unwrap();
        let files = RefFiles::new().with(loaded.reference().unwrap().clone());
        let ctx = Context {
            reference: Some(std::rc::Rc::new(files)),
            ..Context::default()
        };
        let mut s = Scenario::default();
        s.index.base_year = 2017;
        s.index.base_month = 1;
        let v = build(&ds, &s, &ctx);
        let p = v
            .panels
            .iter()
            .find(|p| p.chart.id == "chart-index")
            .unwrap();
        assert_eq!(p.chart.series.len(), 2);
        assert_eq!(p.table.headers[2], "Nederland (CBS, jan 2017 = 100)");
        let row = |m: &str| p.table.rows.iter().find(|r| r[0] == m).unwrap().clone();
        assert_eq!(row("jan 2017")[2], "100,0");
        // 416,0 thousand in Oct 2018 against January 2017.
        let reeks_data = ctx.reference.as_ref().unwrap().data();
        let nl = reeks_data.nederland().unwrap();
        let jan = reeks_data
            .value(nl, Period::Month(2017, 1), Measure::Benefits)
            .unwrap();
        assert_eq!(
            row("okt 2018")[2],
            format::dec(Lang::Nl, (1000.0 * 416.0 / jan).round() / 10.0, 1)
        );
        // After the series ends the national line is empty, never 0.
        assert_eq!(row("dec 2018")[2], "–");
        assert!(p.note.as_deref().unwrap().contains(name));
        // A base month outside the series: the chart says which months it covers.
        s.index = IndexParams {
            base_year: 2018,
            base_month: 12,
        };
        let v = build(&ds, &s, &ctx);
        let p = v
            .panels
            .iter()
            .find(|p| p.chart.id == "chart-index")
            .unwrap();
        assert_eq!(p.chart.series.len(), 1);
        assert!(
            p.note.as_deref().unwrap().contains("jan 1998 tot okt 2018"),
            "{:?}",
            p.note
        );
    }
}
