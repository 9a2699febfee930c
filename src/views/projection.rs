//! Prognose (FORMULAS F1): every assumption editable, the three methods side by side as a
//! range band, the begroting line, the AOW exits apart, and what the spread costs.

use bijstand_core::caseload::default_peildatum;
use bijstand_core::date::Date;
use bijstand_core::dynamics::{month_label, monthly_series, AowParams, MonthRange};
use bijstand_core::format;
use bijstand_core::i18n::{EurMln, Msg, Pct};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::projection::{
    calibrate_from_episodes, calibrate_from_kerncijfers, project, Method, Projection,
    ProjectionParams, MAX_HORIZON,
};
use bijstand_core::scenario::Scenario;

use super::{Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, SecondAxis, Series, SeriesStyle, PALETTE};
use crate::messages as msg;

/// The Prognose screen.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectionView {
    /// Heading of the dashboard.
    pub title: String,
    /// Heading of the assumptions.
    pub settings_title: String,
    /// The parameters in use: the scenario's, or those calibrated on the data.
    pub params: ProjectionParams,
    /// One number field per assumption.
    pub fields: Vec<ProjectionField>,
    /// Whether the reconciliation method is shown.
    pub reconciliation_on: bool,
    /// Its checkbox text.
    pub reconciliation_label: String,
    /// The "back to values from the data" button, when values were edited.
    pub reset: Option<String>,
    /// Summary of the calibration notes.
    pub sources_title: String,
    /// Where each value comes from.
    pub sources: Vec<String>,
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// The band chart and the AOW chart.
    pub panels: Vec<Panel>,
}

/// An assumption of the projection that can be typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectionInput {
    /// Stock at the start.
    Start,
    /// Inflow per year.
    Inflow,
    /// Non-AOW outflow per year.
    Outflow,
    /// Begroting growth in percent per year.
    Growth,
    /// Horizon in months.
    Horizon,
    /// Reconciliation term per year.
    Reconciliation,
}

impl ProjectionInput {
    /// Sets this assumption to `v` (the horizon rounded to whole months).
    pub fn set(self, p: &mut ProjectionParams, v: f64) {
        match self {
            ProjectionInput::Start => p.start_bestand = v,
            ProjectionInput::Inflow => p.inflow_per_year = v,
            ProjectionInput::Outflow => p.outflow_excl_aow_per_year = v,
            ProjectionInput::Growth => p.budget_growth_pct = v,
            ProjectionInput::Horizon => p.horizon_months = v.round() as u32,
            ProjectionInput::Reconciliation => p.reconciliation_per_year = v,
        }
    }

    /// The value of this assumption in `p`.
    pub fn get(self, p: &ProjectionParams) -> f64 {
        match self {
            ProjectionInput::Start => p.start_bestand,
            ProjectionInput::Inflow => p.inflow_per_year,
            ProjectionInput::Outflow => p.outflow_excl_aow_per_year,
            ProjectionInput::Growth => p.budget_growth_pct,
            ProjectionInput::Horizon => p.horizon_months as f64,
            ProjectionInput::Reconciliation => p.reconciliation_per_year,
        }
    }
}

/// One number field of the assumptions.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectionField {
    /// Stable id (DOM id and `data-testid`).
    pub id: &'static str,
    /// Label.
    pub label: String,
    /// Current value.
    pub value: f64,
    /// Smallest value accepted.
    pub min: f64,
    /// Largest value accepted.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Why the range is what it is (the line under the field); the slider runs over the
    /// same range as the box.
    pub bounds_line: String,
    /// Decimals shown in the box.
    pub decimals: usize,
    /// Unit after the box.
    pub unit: String,
    /// What the field sets.
    pub input: ProjectionInput,
}

impl ProjectionView {
    /// The parameters with `input` set to `v`: what the scenario keeps after an edit.
    pub fn edited(&self, input: ProjectionInput, v: f64) -> ProjectionParams {
        let mut p = self.params.clone();
        input.set(&mut p, v);
        p
    }

    /// The parameters with the reconciliation method switched on or off.
    pub fn with_reconciliation(&self, on: bool) -> ProjectionParams {
        ProjectionParams {
            reconciliation_on: on,
            ..self.params.clone()
        }
    }
}

/// The projection parameters derived from the data, with a note per choice in `lang`.
pub fn calibrated(
    ds: &Dataset,
    peildatum: Option<Date>,
    lang: Lang,
) -> (ProjectionParams, Vec<String>) {
    let base = ProjectionParams::default();
    let k = match &ds.data {
        Data::Episodes(e) => peildatum
            .or_else(|| default_peildatum(e))
            .and_then(|p| calibrate_from_episodes(e, p, &AowParams::default(), &base)),
        Data::Kerncijfers(k) => calibrate_from_kerncijfers(k, &base),
    };
    match k {
        Some(k) => {
            let notes = k.notes(lang);
            (k.params, notes)
        }
        None => (base, vec![msg::projection::DEFAULTS.get(lang).into()]),
    }
}

/// Actual month-end stocks of the 24 months before `start` (none for kerncijfers).
fn history(ds: &Dataset, start: i32) -> Vec<(i32, u32)> {
    match &ds.data {
        Data::Episodes(e) => monthly_series(e, MonthRange::new(start - 24, start), None)
            .months
            .iter()
            .map(|m| (m.month, m.stock))
            .collect(),
        Data::Kerncijfers(_) => vec![],
    }
}

/// The number fields, each over one range for box and slider, with the reason under it.
fn fields(p: &ProjectionParams, lang: Lang) -> Vec<ProjectionField> {
    use crate::messages::budget as why;
    use ProjectionInput as I;
    let field =
        |id, label: Msg, input: I, (min, max, step): (f64, f64, f64), decimals, unit: &str| {
            let value = input.get(p);
            let reason = match input {
                I::Start => why::WHY_CASELOAD,
                I::Inflow | I::Outflow => msg::projection::WHY_FLOWS,
                I::Growth => why::WHY_GROWTH,
                I::Horizon => msg::projection::WHY_HORIZON,
                I::Reconciliation => msg::projection::WHY_RECONCILIATION,
            };
            ProjectionField {
                id,
                label: label.get(lang).into(),
                value,
                min,
                max,
                step,
                bounds_line: super::budget::Bounds {
                    min,
                    max,
                    step,
                    decimals,
                    why: reason,
                }
                .line(lang),
                decimals,
                unit: unit.into(),
                input,
            }
        };
    let months = msg::projection::MONTHS.get(lang);
    vec![
        field(
            "proj-start",
            msg::projection::START,
            I::Start,
            (0.0, 100_000.0, 1.0),
            0,
            "",
        ),
        field(
            "proj-instroom",
            msg::projection::INFLOW,
            I::Inflow,
            (0.0, 50_000.0, 1.0),
            0,
            "",
        ),
        field(
            "proj-uitstroom",
            msg::projection::OUTFLOW,
            I::Outflow,
            (0.0, 50_000.0, 1.0),
            0,
            "",
        ),
        field(
            "proj-groei",
            msg::projection::GROWTH,
            I::Growth,
            (-20.0, 20.0, 0.05),
            2,
            "%",
        ),
        field(
            "proj-horizon",
            msg::projection::HORIZON,
            I::Horizon,
            (1.0, MAX_HORIZON as f64, 1.0),
            0,
            months,
        ),
        field(
            "proj-recon",
            msg::projection::RECONCILIATION,
            I::Reconciliation,
            (-10_000.0, 10_000.0, 1.0),
            0,
            "",
        ),
    ]
}

/// Builds the Prognose screen: the scenario's assumptions, or those calibrated on the
/// data at the peildatum, projected with every method.
pub fn build(dataset: &Dataset, scenario: &Scenario, _ctx: &Context) -> ProjectionView {
    let lang = scenario.lang;
    let (calibrated, sources) = calibrated(dataset, scenario.peildatum, lang);
    let params = scenario.projection.clone().unwrap_or(calibrated);
    let history = history(dataset, params.start_month());
    // The spread between the methods is priced at the one cost per benefit of the
    // scenario, the one the BUIG and LKS screens use.
    let cost = bijstand_core::buig::cost_per_benefit_eur(&scenario.buig);
    let figures = projection_view(&project(&params), &history, cost, lang);
    ProjectionView {
        title: msg::projection::TITLE.get(lang).into(),
        settings_title: msg::projection::SETTINGS_TITLE.get(lang).into(),
        fields: fields(&params, lang),
        reconciliation_on: params.reconciliation_on,
        reconciliation_label: msg::projection::RECONCILIATION_ON.get(lang).into(),
        reset: scenario
            .projection
            .is_some()
            .then(|| msg::projection::RESET.get(lang).into()),
        sources_title: msg::projection::SOURCES.get(lang).into(),
        sources,
        kpis: figures.kpis,
        panels: figures.panels,
        params,
    }
}

fn method_label(m: Method, lang: Lang) -> &'static str {
    match m {
        Method::AbsoluteFlows => msg::projection::METHOD_ABSOLUTE,
        Method::OutflowRate => msg::projection::METHOD_RATE,
        Method::Reconciled => msg::projection::METHOD_RECONCILED,
        Method::Budget => msg::projection::GROWTH,
    }
    .get(lang)
}

/// The key figures and charts of a projection.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectionFigures {
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// The band chart and the AOW chart.
    pub panels: Vec<Panel>,
}

/// The key figures, the band chart and the AOW chart of a projection.
///
/// `history` holds actual month-end stocks before the start (may be empty);
/// `cost_per_benefit` (€ per benefit-year) prices the spread.
pub fn projection_view(
    p: &Projection,
    history: &[(i32, u32)],
    cost_per_benefit: f64,
    lang: Lang,
) -> ProjectionFigures {
    let hist: Vec<(i32, u32)> = history
        .iter()
        .copied()
        .filter(|(m, _)| p.months.first().is_some_and(|s| m < s))
        .collect();
    let months: Vec<String> = hist
        .iter()
        .map(|(m, _)| *m)
        .chain(p.months.iter().copied())
        .map(|m| month_label(m, lang))
        .collect();
    let path = |v: &[f64]| -> Vec<Option<f64>> {
        std::iter::repeat_n(None, hist.len())
            .chain(v.iter().map(|x| Some(x.round())))
            .collect()
    };
    let labels = |v: &[Option<f64>]| -> Vec<String> {
        v.iter()
            .map(|x| x.map(|x| format::dec(lang, x, 0)).unwrap_or_default())
            .collect()
    };
    let mut series = Vec::new();
    if !hist.is_empty() {
        let mut v: Vec<Option<f64>> = hist.iter().map(|(_, n)| Some(*n as f64)).collect();
        v.extend(p.lines.first().map(|l| l.path[0]).into_iter().map(Some));
        v.resize(months.len(), None);
        let l = labels(&v);
        series.push(Series {
            name: msg::projection::ACTUAL.get(lang).into(),
            values: v,
            labels: l,
            color: "#1b1f24".into(),
            style: SeriesStyle::Line,
        });
    }
    let low = path(&p.band_min);
    let high = path(&p.band_max);
    series.push(Series {
        name: msg::projection::RANGE.get(lang).into(),
        labels: labels(&low),
        values: low,
        color: "rgba(31,95,153,0.18)".into(),
        style: SeriesStyle::BandLow,
    });
    series.push(Series {
        name: msg::projection::RANGE.get(lang).into(),
        labels: labels(&high),
        values: high,
        color: "rgba(31,95,153,0.18)".into(),
        style: SeriesStyle::BandHigh,
    });
    for (k, l) in p.lines.iter().enumerate() {
        let v = path(&l.path);
        series.push(Series {
            name: method_label(l.method, lang).into(),
            labels: labels(&v),
            values: v,
            color: PALETTE[k % PALETTE.len()].into(),
            style: if l.method == Method::Budget {
                SeriesStyle::Dashed
            } else {
                SeriesStyle::Line
            },
        });
    }
    let title = msg::projection::CHART_TITLE.get(lang);
    let start = p.lines.first().map(|l| l.path[0]).unwrap_or(0.0);
    let band_table = Table {
        caption: title.into(),
        headers: vec![
            msg::projection::METHOD.get(lang).into(),
            msg::projection::end(
                lang,
                &p.months
                    .last()
                    .map(|m| month_label(*m, lang))
                    .unwrap_or_default(),
            ),
            msg::projection::GROWTH_COLUMN.get(lang).into(),
            msg::projection::DIFFERENCE.get(lang).into(),
            msg::projection::EUR_PER_YEAR.get(lang).into(),
        ],
        rows: {
            let begroting = p.end(Method::Budget).unwrap_or(start);
            p.lines
                .iter()
                .map(|l| {
                    let d = l.end() - begroting;
                    vec![
                        method_label(l.method, lang).into(),
                        format::dec(lang, l.end().round(), 0),
                        format::pct(lang, 100.0 * l.growth(), 2),
                        format::signed(d.round(), format::dec(lang, d.round(), 0)),
                        format::signed_eur_mln(lang, d * cost_per_benefit / 1e6, 2),
                    ]
                })
                .collect()
        },
    };
    let mut band = Panel {
        chart: ChartSpec {
            id: "chart-projection".into(),
            title: title.into(),
            categories: months,
            series,
            kind: ChartKind::Combo { stacked: false },
            value_title: msg::common::BENEFITS_LOWER.get(lang).into(),
            ..Default::default()
        },
        table: band_table,
        note: None,
    };
    band.note = Some(msg::projection::rate_note(
        lang,
        Pct(100.0 * p.rate_per_month, 1),
    ));
    // Growth is written with two decimals, as the programme writes its 2,15%: say so.
    if let Some(note) = band.note.as_mut() {
        note.push(' ');
        note.push_str(msg::projection::GROWTH_DECIMALS.get(lang));
    }

    // AOW exits: certain outflow, shown apart so it is not credited to policy.
    let aow_months: Vec<String> = p
        .months
        .iter()
        .skip(1)
        .map(|m| month_label(*m, lang))
        .collect();
    let per: Vec<Option<f64>> = p
        .aow
        .per_month
        .iter()
        .skip(1)
        .map(|x| Some((x * 10.0).round() / 10.0))
        .collect();
    let cum: Vec<Option<f64>> = p
        .aow
        .cumulative
        .iter()
        .skip(1)
        .map(|x| Some(x.round()))
        .collect();
    let aow_title = msg::projection::AOW_TITLE.get(lang);
    let aow = Panel {
        chart: ChartSpec {
            id: "chart-aow".into(),
            title: aow_title.into(),
            categories: aow_months.clone(),
            series: vec![
                Series {
                    name: msg::projection::PER_MONTH.get(lang).into(),
                    labels: per
                        .iter()
                        .map(|x| format::dec(lang, x.unwrap_or(0.0), 1))
                        .collect(),
                    values: per.clone(),
                    color: PALETTE[4].into(),
                    style: SeriesStyle::Bar,
                },
                Series {
                    name: msg::projection::CUMULATIVE.get(lang).into(),
                    labels: cum
                        .iter()
                        .map(|x| format::dec(lang, x.unwrap_or(0.0), 0))
                        .collect(),
                    values: cum.clone(),
                    color: PALETTE[5].into(),
                    style: SeriesStyle::Line,
                },
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: msg::common::BENEFITS_LOWER.get(lang).into(),
            // The running total grows to many times a month's exits: on one axis the
            // monthly bars lie flat.
            second_axis: Some(SecondAxis {
                series: vec![1],
                title: msg::projection::CUMULATIVE_AXIS.get(lang).into(),
                inset: false,
                from_zero: true,
            }),
            ..Default::default()
        },
        table: Table {
            caption: aow_title.into(),
            headers: vec![
                msg::common::MONTH.get(lang).into(),
                msg::projection::PER_MONTH.get(lang).into(),
                msg::projection::CUMULATIVE.get(lang).into(),
            ],
            rows: aow_months
                .iter()
                .zip(per.iter().zip(&cum))
                .map(|(m, (a, c))| {
                    vec![
                        m.clone(),
                        format::dec(lang, a.unwrap_or(0.0), 1),
                        format::dec(lang, c.unwrap_or(0.0), 0),
                    ]
                })
                .collect(),
        },
        note: Some(msg::projection::AOW_NOTE.get(lang).into()),
    };

    let lo = p.band_min.last().copied().unwrap_or(0.0);
    let hi = p.band_max.last().copied().unwrap_or(0.0);
    let kpis = vec![
        Kpi {
            id: "kpi-proj-range",
            label: msg::projection::KPI_RANGE.get(lang).into(),
            value: format!(
                "{} – {}",
                format::dec(lang, lo.round(), 0),
                format::dec(lang, hi.round(), 0)
            ),
            note: msg::projection::start(lang, &format::dec(lang, start.round(), 0)),
        },
        Kpi {
            id: "kpi-proj-spread",
            label: msg::projection::KPI_SPREAD.get(lang).into(),
            value: format::dec(lang, p.spread_end().round(), 0),
            note: msg::projection::per_year(
                lang,
                EurMln(p.spread_end() * cost_per_benefit / 1e6, 2),
                bijstand_core::i18n::Eur(cost_per_benefit),
            ),
        },
        Kpi {
            id: "kpi-proj-aow",
            label: msg::projection::KPI_AOW.get(lang).into(),
            value: format::dec(
                lang,
                p.aow.cumulative.last().copied().unwrap_or(0.0).round(),
                0,
            ),
            note: msg::projection::KPI_AOW_NOTE.get(lang).into(),
        },
    ];
    ProjectionFigures {
        kpis,
        panels: vec![band, aow],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario(lang: Lang) -> Scenario {
        Scenario {
            lang,
            ..Scenario::default()
        }
    }

    fn kpi<'a>(v: &'a ProjectionView, id: &str) -> &'a Kpi {
        v.kpis.iter().find(|k| k.id == id).unwrap()
    }

    fn ends(v: &ProjectionView) -> Vec<(String, String)> {
        v.panels[0]
            .table
            .rows
            .iter()
            .map(|r| (r[0].clone(), r[1].clone()))
            .collect()
    }

    fn worked_example(lang: Lang) -> Scenario {
        Scenario {
            projection: Some(ProjectionParams::default()),
            ..scenario(lang)
        }
    }

    #[test]
    fn dutch_build_gives_the_f1_worked_example() {
        let ds = crate::embedded::synthetic().unwrap();
        let v = build(&ds, &worked_example(Lang::Nl), &Context::default());
        assert_eq!(v.title, "Prognose");
        assert_eq!(
            ends(&v),
            [
                ("Vaste in- en uitstroom".into(), "5.750".into()),
                ("Uitstroom als kans".into(), "5.741".into()),
                ("Met aansluitingsverschil".into(), "5.679".into()),
                ("Groeiaanname begroting".into(), "5.769".into()),
            ]
        );
        assert_eq!(v.panels[0].table.headers[1], "Eind dec 2025");
        assert_eq!(kpi(&v, "kpi-proj-range").value, "5.679 – 5.769");
        assert_eq!(kpi(&v, "kpi-proj-range").note, "start 5.648");
        assert_eq!(
            kpi(&v, "kpi-proj-spread").note,
            "≈ € 1,63 mln per jaar, tegen kosten per uitkering € 18.034 (BUIG)"
        );
        assert_eq!(kpi(&v, "kpi-proj-aow").value, "162");
        assert_eq!(
            v.panels[0].note.as_deref(),
            Some(
                "Uitstroomkans per maand (uitstroom van het ijkjaar gedeeld door 12 × het \
                 gemiddelde bestand): 1,3%. Groei met twee decimalen, zoals het \
                 uitvoeringsprogramma de groei noemt."
            )
        );
        assert_eq!(
            v.reset.as_deref(),
            Some("Terug naar waarden uit de gegevens"),
            "edited values can be reset"
        );
    }

    #[test]
    fn the_aow_total_has_its_own_axis_so_the_monthly_bars_show() {
        let ds = crate::embedded::synthetic().unwrap();
        let v = build(&ds, &worked_example(Lang::Nl), &Context::default());
        let aow = &v.panels[1].chart;
        assert_eq!(aow.id, "chart-aow");
        assert_eq!(aow.series[1].name, "Cumulatief");
        let right = aow.second_axis.as_ref().expect("a right-hand axis");
        assert_eq!(right.series, vec![1]);
        assert!(!right.inset);
        assert_eq!(right.title, "cumulatief (rechter as)");
        assert!(right.from_zero, "a running total is measured from zero");
        assert!(aow.starts_at_zero(true));
        // The total ends far above a month's exits: on one axis the bars would lie flat.
        let last = |k: usize| {
            aow.series[k]
                .values
                .iter()
                .flatten()
                .last()
                .copied()
                .unwrap()
        };
        assert!(last(1) > 5.0 * last(0), "{} against {}", last(1), last(0));
    }

    #[test]
    fn english_build_writes_english_numbers() {
        let ds = crate::embedded::synthetic().unwrap();
        let v = build(&ds, &worked_example(Lang::En), &Context::default());
        assert_eq!(v.title, "Projection");
        assert_eq!(ends(&v)[0], ("Fixed flows".into(), "5,750".into()));
        assert_eq!(v.panels[0].table.headers[1], "End Dec 2025");
        assert_eq!(v.panels[0].table.rows[2][2], "0.55%");
        assert_eq!(kpi(&v, "kpi-proj-range").value, "5,679 – 5,769");
        assert_eq!(
            kpi(&v, "kpi-proj-spread").note,
            "≈ €1.63 m per year, at cost per benefit €18,034 (BUIG)"
        );
        assert_eq!(v.panels[1].table.rows[0], ["Jan 2025", "13.5", "14"]);
        let horizon = v.fields.iter().find(|f| f.id == "proj-horizon").unwrap();
        assert_eq!(horizon.unit, "months");
    }

    #[test]
    fn without_edits_the_values_come_from_the_data() {
        let ds = crate::embedded::synthetic().unwrap();
        let v = build(&ds, &scenario(Lang::Nl), &Context::default());
        assert_eq!(v.reset, None);
        assert_eq!(
            v.params.start_bestand, 5687.0,
            "A1 on the peildatum 30-09-2024"
        );
        assert_eq!(kpi(&v, "kpi-proj-range").note, "start 5.687");
        assert_eq!(v.panels[0].table.headers[1], "Eind sep 2025");
        assert!(!v.sources.is_empty());
        // Actual month-end stocks lead up to the start.
        let actual = &v.panels[0].chart.series[0];
        assert_eq!(actual.name, "Werkelijk");
        assert_eq!(
            actual.labels[24], "5.687",
            "24 months of history, then the start"
        );
        // Aggregate data calibrates too.
        let k = crate::embedded::kerncijfers().unwrap();
        let v = build(&k, &scenario(Lang::Nl), &Context::default());
        assert_eq!(v.panels.len(), 2);
        assert!(!v.sources.is_empty());
    }

    #[test]
    fn fields_edit_the_parameters_in_view() {
        let ds = crate::embedded::synthetic().unwrap();
        let v = build(&ds, &worked_example(Lang::Nl), &Context::default());
        let ids: Vec<&str> = v.fields.iter().map(|f| f.id).collect();
        assert_eq!(
            ids,
            [
                "proj-start",
                "proj-instroom",
                "proj-uitstroom",
                "proj-groei",
                "proj-horizon",
                "proj-recon"
            ]
        );
        for f in &v.fields {
            assert_eq!(f.value, f.input.get(&v.params), "{}", f.id);
        }
        // One range for box and slider, explained under the field.
        for f in &v.fields {
            assert!(f.min <= f.value && f.value <= f.max, "{}", f.id);
            assert!(f.bounds_line.starts_with("Van "), "{}", f.bounds_line);
        }
        let p = v.edited(ProjectionInput::Horizon, 23.6);
        assert_eq!(p.horizon_months, 24);
        assert_eq!(
            ProjectionParams {
                horizon_months: 12,
                ..p
            },
            v.params,
            "nothing else changes"
        );
        assert_eq!(
            v.edited(ProjectionInput::Growth, 3.5).budget_growth_pct,
            3.5
        );
        assert!(!v.with_reconciliation(false).reconciliation_on);
        let off = Scenario {
            projection: Some(v.with_reconciliation(false)),
            ..worked_example(Lang::Nl)
        };
        let w = build(&ds, &off, &Context::default());
        assert_eq!(w.panels[0].table.rows.len(), 3, "no reconciliation line");
        assert!(!w.reconciliation_on);
    }
}
