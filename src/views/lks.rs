//! The LKS screen model (FORMULAS F4, F5, F8): the assumptions (counts entered or counted
//! from a contracts file), the two goal-seeks, key figures, stock and flows, subsidy per
//! loonwaarde, the loonwaarde histogram and the comparison of scenario A with B.

use bijstand_core::format;
use bijstand_core::i18n::{Count, Dec, Eur, Msg, Pct};
use bijstand_core::lang::Lang;
use bijstand_core::lks::{self, LksParams, LoonwaardeRaise, TargetDefinition};
use bijstand_core::model::{Dataset, LksContracts};
use bijstand_core::scenario::Scenario;

use super::budget::{
    waterfall, Check, Choice, Field, NumberInput, Select, Step, Toggle, WaterfallNames,
    DEFINITIONS, LKS_YEARS,
};
use super::scenarios::{self, CompareView};
use super::{Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages::lks as msg;
use bijstand_core::i18n::common;

/// Everything the LKS screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct LksView {
    /// The assumptions.
    pub settings: LksSettings,
    /// The two goal-seeks.
    pub goal_seek: LksGoalSeek,
    /// Heading of the results.
    pub title: String,
    /// Key figures.
    pub kpis: Vec<Kpi>,
    /// Stock and flows, subsidy per loonwaarde and (with contracts) the histogram.
    pub panels: Vec<Panel>,
    /// Scenario A and B, and the saved scenarios.
    pub compare: CompareView,
}

/// The LKS assumptions, in the order they are shown.
#[derive(Clone, Debug, PartialEq)]
pub struct LksSettings {
    /// Heading.
    pub title: String,
    /// Sub-heading of this year's contracts.
    pub contracts_title: String,
    /// Where the counts come from.
    pub source: LksSource,
    /// The year.
    pub year: Select,
    /// Months elapsed.
    pub months: NumberInput,
    /// The counts: counted from the contracts file, or entered.
    pub counts: LksCounts,
    /// Sub-heading of the target.
    pub target_title: String,
    /// The target.
    pub target: NumberInput,
    /// Its reading.
    pub definition: Select,
    /// Last year's starts and in-use (for definitions B and C).
    pub previous_year: Vec<NumberInput>,
    /// What the chosen reading means.
    pub definition_help: String,
    /// Sub-heading of the legal parameters.
    pub subsidy_title: String,
    /// WML, employer costs, cap and hours.
    pub subsidy: Vec<NumberInput>,
    /// Holiday pay included.
    pub holiday_pay: Check,
    /// Sub-heading of the loonwaarde raise.
    pub raise_title: String,
    /// The raise in points.
    pub raise: NumberInput,
    /// Start the raise from the running contracts (with a contracts file).
    pub raise_from_contracts: Option<Check>,
    /// Number of contracts and current mean of the raise, unless taken from the contracts.
    pub raise_fields: Vec<NumberInput>,
}

/// Where the LKS counts come from.
#[derive(Clone, Debug, PartialEq)]
pub enum LksSource {
    /// A loaded contracts file.
    File(ContractsSource),
    /// Entered; what to do to count them from a file.
    Entered(String),
}

/// The loaded contracts file.
#[derive(Clone, Debug, PartialEq)]
pub struct ContractsSource {
    /// Its name and size.
    pub text: String,
    /// Count from it.
    pub use_contracts: Check,
    /// The loader's remarks on it.
    pub warnings: Vec<String>,
    /// Accessible name of the remarks.
    pub warnings_label: String,
    /// Label of the remove button.
    pub remove: String,
}

/// This year's counts.
#[derive(Clone, Debug, PartialEq)]
pub enum LksCounts {
    /// Counted from the contracts file.
    Counted {
        /// Caption with the period.
        caption: String,
        /// Running at start, started, ended.
        rows: Vec<CountRow>,
    },
    /// Entered: running at start, started, ended.
    Entered(Vec<NumberInput>),
}

/// One counted figure.
#[derive(Clone, Debug, PartialEq)]
pub struct CountRow {
    /// `data-testid` of the value.
    pub id: &'static str,
    /// What it is.
    pub label: String,
    /// The count.
    pub value: String,
}

/// The LKS goal-seeks: starts per month for the target, the raise for a saving.
#[derive(Clone, Debug, PartialEq)]
pub struct LksGoalSeek {
    /// Accessible name of the section.
    pub label: String,
    /// How many starts per month reach the target?
    pub starts_question: String,
    /// The answer.
    pub starts_answer: String,
    /// Which raise pays for a saving?
    pub raise_question: String,
    /// The saving sought.
    pub saving_goal: NumberInput,
    /// The answer.
    pub raise_answer: String,
}

/// What the LKS screen computes with once a contracts file is taken into account: the
/// counts (from the rows when [`LksParams::use_contracts`]), the running contracts on the
/// last day of the period and the loonwaarde raise (from their mean when asked).
#[derive(Clone, Debug, PartialEq)]
pub struct LksInputs {
    /// The parameters with the counts used.
    pub params: LksParams,
    /// The raise used.
    pub raise: LoonwaardeRaise,
    /// Running contracts on the last day of the period, with a contracts file.
    pub running: Option<Vec<lks::Contract>>,
}

/// The LKS inputs for a scenario and the loaded contracts, if any.
pub fn lks_inputs(
    p: &LksParams,
    raise: &LoonwaardeRaise,
    contracts: Option<&LksContracts>,
) -> LksInputs {
    let params = lks::with_contracts(p, contracts);
    let running = contracts.map(|c| lks::running_contracts(p, c, p.period().1));
    LksInputs {
        raise: lks::effective_raise(raise, running.as_deref()),
        params,
        running,
    }
}

/// The LKS screen for a scenario; `dataset` gives the contracts file, if loaded.
pub fn build(dataset: &Dataset, scenario: &Scenario, ctx: &Context) -> LksView {
    let lang = scenario.lang;
    let contracts = dataset.contracts.as_ref().map(|c| &c.contracts);
    let inputs = lks_inputs(&scenario.lks, &scenario.lks_raise, contracts);
    let cost = bijstand_core::buig::cost_per_benefit_eur(&scenario.buig);
    let (kpis, panels) = results(&inputs, cost, scenario.threshold, lang);
    LksView {
        settings: settings(dataset, scenario, ctx, &inputs),
        goal_seek: goal_seek(scenario, &inputs),
        title: msg::TITLE.get(lang).into(),
        kpis,
        panels,
        compare: scenarios::compare(scenario, ctx, contracts, false),
    }
}

fn definition_label(d: TargetDefinition, lang: Lang) -> &'static str {
    d.label().get(lang)
}

fn definition_description(d: TargetDefinition, lang: Lang) -> &'static str {
    d.description().get(lang)
}

fn settings(dataset: &Dataset, s: &Scenario, ctx: &Context, inputs: &LksInputs) -> LksSettings {
    let lang = s.lang;
    let t = |m: Msg| m.get(lang);
    let p = &s.lks;
    let count = |field, label: Msg, value| NumberInput::new(field, t(label), value, "", lang);
    let file = dataset.contracts.as_ref();
    let source = match file {
        Some(file) => LksSource::File(ContractsSource {
            text: msg::contracts_file(lang, &file.name, Count(file.contracts.len() as i64)),
            use_contracts: Check {
                toggle: Toggle::LksUseContracts,
                label: t(msg::COUNT_FROM_FILE).into(),
                checked: p.use_contracts,
            },
            warnings: ctx
                .contracts_report
                .iter()
                .flat_map(|r| &r.warnings)
                .map(|w| w.message(lang))
                .collect(),
            warnings_label: t(msg::FILE_NOTES).into(),
            remove: t(msg::REMOVE_CONTRACTS).into(),
        }),
        None => LksSource::Entered(t(msg::ENTERED_COUNTS).into()),
    };
    let counts = if file.is_some() && p.use_contracts {
        let (first, last) = p.period();
        let row = |id, label: Msg, n: f64| CountRow {
            id,
            label: t(label).into(),
            value: format::int(lang, n as i64),
        };
        LksCounts::Counted {
            caption: msg::counted(lang, first, last),
            rows: vec![
                row(
                    "lks-count-start",
                    msg::RUNNING_AT_START,
                    inputs.params.start_running,
                ),
                row("lks-count-started", msg::STARTED, inputs.params.started),
                row("lks-count-ended", msg::ENDED, inputs.params.ended),
            ],
        }
    } else {
        LksCounts::Entered(vec![
            count(Field::LksStart, msg::RUNNING_AT_START, p.start_running),
            count(Field::LksStarted, msg::STARTED, p.started),
            count(Field::LksEnded, msg::ENDED, p.ended),
        ])
    };
    let raise = &s.lks_raise;
    let years = LKS_YEARS;
    let from_contracts = file.is_some() && raise.from_contracts;
    LksSettings {
        title: t(msg::ASSUMPTIONS).into(),
        contracts_title: t(msg::CONTRACTS_THIS_YEAR).into(),
        source,
        year: Select {
            choice: Choice::LksYear,
            label: t(msg::YEAR).into(),
            options: years.clone().map(|y| y.to_string()).collect(),
            selected: years.clone().position(|y| y == p.year).unwrap_or(0),
        },
        months: NumberInput::new(
            Field::LksMonths,
            t(msg::MONTHS_ELAPSED),
            f64::from(p.months_elapsed),
            t(msg::UNIT_MONTHS),
            lang,
        ),
        counts,
        target_title: t(msg::TARGET).into(),
        target: NumberInput::new(
            Field::LksTarget,
            t(msg::TARGET_INCREASE),
            p.target,
            "",
            lang,
        ),
        definition: Select {
            choice: Choice::LksDefinition,
            label: t(msg::TARGET_DEFINITION).into(),
            options: DEFINITIONS
                .iter()
                .map(|d| format!("{}: {}", d.code(), definition_label(*d, lang)))
                .collect(),
            selected: DEFINITIONS
                .iter()
                .position(|d| *d == p.definition)
                .unwrap_or(0),
        },
        previous_year: vec![
            count(
                Field::LksPrevStarts,
                msg::PREVIOUS_STARTS,
                p.previous_year_starts.unwrap_or(0.0),
            ),
            count(
                Field::LksPrevInUse,
                msg::PREVIOUS_IN_USE,
                p.previous_year_in_use.unwrap_or(0.0),
            ),
        ],
        definition_help: definition_description(p.definition, lang).into(),
        subsidy_title: t(msg::SUBSIDY_PARAMETERS).into(),
        subsidy: vec![
            NumberInput::new(Field::LksWml, t(msg::WML), p.wml_month_36h_eur, "€", lang),
            NumberInput::new(
                Field::LksAllowance,
                t(msg::EMPLOYER_COSTS),
                p.employer_allowance_pct,
                "%",
                lang,
            ),
            NumberInput::new(Field::LksCap, t(msg::CAP), p.cap_pct, "% WML", lang),
            NumberInput::new(
                Field::LksHours,
                t(msg::HOURS),
                p.hours_per_week,
                t(msg::UNIT_HOURS),
                lang,
            ),
        ],
        holiday_pay: Check {
            toggle: Toggle::LksHolidayPay,
            label: t(msg::HOLIDAY_PAY).into(),
            checked: p.holiday_pay,
        },
        raise_title: t(msg::HIGHER_LOONWAARDE).into(),
        raise: NumberInput::new(
            Field::LksRaise,
            t(msg::RAISE_POINTS),
            raise.points,
            "pp",
            lang,
        ),
        raise_from_contracts: file.map(|_| Check {
            toggle: Toggle::LksRaiseFromContracts,
            label: t(msg::RAISE_FROM_CONTRACTS).into(),
            checked: raise.from_contracts,
        }),
        raise_fields: if from_contracts {
            vec![]
        } else {
            vec![
                NumberInput::new(
                    Field::LksRaiseContracts,
                    t(msg::NUMBER_OF_CONTRACTS),
                    raise.contracts,
                    "",
                    lang,
                ),
                NumberInput::new(
                    Field::LksRaiseFrom,
                    t(msg::CURRENT_MEAN),
                    raise.from_pct.unwrap_or(0.0),
                    "%",
                    lang,
                ),
            ]
        },
    }
}

/// "From 25,0%", or marginal without the cap.
fn from_text(lang: Lang, from_pct: Option<f64>, marginal: Msg) -> String {
    match from_pct {
        Some(f) => msg::from(lang, Pct(f, 1)),
        None => marginal.get(lang).into(),
    }
}

fn goal_seek(s: &Scenario, inputs: &LksInputs) -> LksGoalSeek {
    let lang = s.lang;
    let p = &inputs.params;
    let seek = lks::starts_needed_by_goal_seek(p, p.definition, 10_000.0, 1e-6);
    let raise_seek = lks::raise_for_saving(p, &inputs.raise, 1.0);
    LksGoalSeek {
        label: msg::GOAL_SEEK.get(lang).into(),
        starts_question: msg::STARTS_QUESTION.get(lang).into(),
        starts_answer: match seek {
            Ok(sol) => msg::starts_answer(lang, Dec(sol.x, 1), Dec(p.starts_pace(), 1)),
            Err(_) => msg::STARTS_NOT_COMPUTABLE.get(lang).into(),
        },
        raise_question: msg::RAISE_QUESTION.get(lang).into(),
        saving_goal: NumberInput::new(
            Field::LksGoalSaving,
            msg::SAVING_SOUGHT.get(lang),
            s.lks_raise.saving_goal_eur,
            "€",
            lang,
        ),
        raise_answer: match raise_seek {
            Ok(sol) => msg::raise_answer(
                lang,
                Eur(inputs.raise.saving_goal_eur),
                Dec(sol.x, 1),
                Count(inputs.raise.contracts.round() as i64),
                from_text(lang, inputs.raise.from_pct, msg::MARGINAL),
            ),
            Err(_) => msg::RAISE_NOT_REACHABLE.get(lang).into(),
        },
    }
}

/// Key figures and panels of the LKS results.
fn results(
    inputs: &LksInputs,
    cost_per_benefit: f64,
    threshold: u32,
    lang: Lang,
) -> (Vec<Kpi>, Vec<Panel>) {
    let t = |m: Msg| m.get(lang);
    let p = &inputs.params;
    let raise = &inputs.raise;
    let sf = lks::stock_flow(p);
    let ye = lks::year_end_projection(p);
    let tp = lks::target_progress(p, p.definition);
    let ny = lks::next_year_starts(p, p.definition);
    let n0 = |x: f64| format::dec(lang, x.round(), 0);
    let d1 = |x: f64| format::dec(lang, x, 1);
    let mut kpis = vec![
        Kpi {
            id: "kpi-lks-running",
            label: t(msg::RUNNING_NOW_KPI).into(),
            value: n0(sf.end_running),
            note: msg::running_note(lang, n0(p.start_running), n0(p.started), n0(p.ended)),
        },
        Kpi {
            id: "kpi-lks-inuse",
            label: t(msg::IN_USE_KPI).into(),
            value: n0(sf.in_use),
            note: t(msg::IN_USE_NOTE).into(),
        },
        Kpi {
            id: "kpi-lks-progress",
            label: msg::progress(lang, p.definition.code()),
            // Contracts are counted whole: the pro-rata path (37,5) too, and the lead is
            // the difference of the two numbers shown, so the three agree on screen.
            value: match &tp {
                Some(tp) => format!("{} / {}", n0(tp.realised), n0(tp.path)),
                None => t(msg::NOT_COMPUTABLE).into(),
            },
            note: match &tp {
                Some(tp) => {
                    let ahead = tp.realised.round() - tp.path.round();
                    if ahead >= 0.0 {
                        msg::ahead(lang, Count(ahead as i64))
                    } else {
                        msg::behind(lang, Count(-ahead as i64))
                    }
                }
                None => t(msg::ENTER_LAST_YEAR).into(),
            },
        },
        Kpi {
            id: "kpi-lks-needed",
            label: t(msg::NEEDED_KPI).into(),
            value: tp
                .and_then(|tp| tp.needed_per_month)
                .map(d1)
                .unwrap_or_else(|| common::NOT_AVAILABLE.get(lang).into()),
            note: msg::pace(lang, Dec(p.starts_pace(), 1)),
        },
        Kpi {
            id: "kpi-lks-yearend",
            label: t(msg::YEAR_END_KPI).into(),
            value: n0(ye.end_running),
            note: msg::net_growth(lang, Count(ye.net_growth_year.round() as i64)),
        },
        Kpi {
            id: "kpi-lks-next",
            label: t(msg::NEXT_YEAR_KPI).into(),
            value: n0(ny.starts_needed),
            note: msg::per_month(lang, Dec(ny.per_month, 1)),
        },
    ];

    let steps = [
        Step {
            label: t(msg::RUNNING_AT_START).into(),
            value: p.start_running,
            total: true,
        },
        Step {
            label: t(msg::STARTED).into(),
            value: p.started,
            total: false,
        },
        Step {
            label: t(msg::ENDED).into(),
            value: -p.ended,
            total: false,
        },
        Step {
            label: t(msg::RUNNING_NOW).into(),
            value: sf.end_running,
            total: true,
        },
    ];
    let mut stock = waterfall(
        "chart-lks-stockflow",
        t(msg::STOCK_TITLE),
        &steps,
        t(msg::CONTRACTS_UNIT),
        // Contracts, not money: the legend and the table say so.
        &WaterfallNames {
            totals: t(msg::RUNNING_CONTRACTS),
            up: t(msg::STARTED),
            down: t(msg::ENDED),
            value: t(msg::CONTRACTS),
            zoom: None,
        },
        &n0,
        lang,
    );
    stock.note = Some(msg::definition_note(
        lang,
        definition_description(p.definition, lang),
    ));

    // Subsidy and saving per loonwaarde (F8).
    let lws: Vec<f64> = (2..=16).map(|k| k as f64 * 5.0).collect();
    let rows: Vec<lks::SubsidyRow> = lws
        .iter()
        .map(|&lw| lks::subsidy_row(p, lw, p.hours_per_week, cost_per_benefit))
        .collect();
    let eur = |x: f64| format::eur(lang, x);
    let subsidy = Panel {
        chart: ChartSpec {
            id: "chart-lks-subsidy".into(),
            title: t(msg::SUBSIDY_TITLE).into(),
            categories: lws.iter().map(|l| format::pct(lang, *l, 0)).collect(),
            series: vec![
                Series::new(
                    t(msg::SUBSIDY_PER_YEAR),
                    rows.iter().map(|r| Some(r.subsidy_eur.round())).collect(),
                    rows.iter().map(|r| eur(r.subsidy_eur)).collect(),
                    PALETTE[1],
                    SeriesStyle::Line,
                ),
                Series::new(
                    t(msg::SAVING_VS_BENEFIT),
                    rows.iter()
                        .map(|r| Some(r.saving_vs_benefit_eur.round()))
                        .collect(),
                    rows.iter().map(|r| eur(r.saving_vs_benefit_eur)).collect(),
                    PALETTE[2],
                    SeriesStyle::Line,
                ),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: "€".into(),
            ..Default::default()
        },
        table: Table {
            caption: t(msg::SUBSIDY_PER_CONTRACT).into(),
            headers: vec![
                t(msg::LOONWAARDE).into(),
                t(msg::SUBSIDY_PER_YEAR).into(),
                t(msg::SAVING).into(),
            ],
            rows: rows
                .iter()
                .map(|r| {
                    vec![
                        format::pct(lang, r.loonwaarde_pct, 0),
                        eur(r.subsidy_eur),
                        eur(r.saving_vs_benefit_eur),
                    ]
                })
                .collect(),
        },
        note: Some(msg::subsidy_note(
            lang,
            Eur(10.0 * lks::saving_per_point_eur(p, p.hours_per_week)),
            Eur(cost_per_benefit),
        )),
    };
    let saving = lks::loonwaarde_raise_saving_eur(p, raise);
    kpis.push(Kpi {
        id: "kpi-lks-raise",
        label: msg::raise_kpi(lang, Dec(raise.points, 0)),
        value: format::eur_mln(lang, saving / 1e6, 2),
        note: msg::raise_note(
            lang,
            n0(raise.contracts),
            Dec(raise.hours_per_week, 1),
            raise
                .from_pct
                .map(|f| format!(", {}", msg::from(lang, Pct(f, 1))))
                .unwrap_or_default(),
        ),
    });
    let mut panels = vec![stock, subsidy];
    if let Some(run) = &inputs.running {
        let lw = loonwaarde_panel(p, run, threshold, lang);
        let values: Vec<f64> = run.iter().map(|c| c.loonwaarde_pct).collect();
        let mean = lks::loonwaarde_summary(p, &values).mean_pct;
        kpis.push(Kpi {
            id: "kpi-lks-loonwaarde",
            label: t(msg::MEAN_LOONWAARDE_KPI).into(),
            value: match mean {
                Some(m) if run.len() as u32 >= threshold => format::pct(lang, m, 1),
                _ => common::NOT_AVAILABLE.get(lang).into(),
            },
            note: msg::contracts_file_on(lang, p.period().1),
        });
        panels.push(lw);
    }
    (kpis, panels)
}

/// The loonwaarde histogram of the running contracts (10-point bins), suppressed below the
/// threshold, with mean and median in the note (not shown for fewer than `threshold`
/// contracts).
pub fn loonwaarde_panel(
    p: &LksParams,
    running: &[lks::Contract],
    threshold: u32,
    lang: Lang,
) -> Panel {
    let values: Vec<f64> = running.iter().map(|c| c.loonwaarde_pct).collect();
    let h = lks::loonwaarde_histogram(&values, 10.0);
    let sum = lks::loonwaarde_summary(p, &values);
    let cats: Vec<String> = h
        .bins
        .iter()
        .map(|b| {
            format!(
                "{}–{}%",
                format::dec(lang, b.from_pct, 0),
                format::dec(lang, b.to_pct, 0)
            )
        })
        .collect();
    let counts: Vec<u32> = h.bins.iter().map(|b| b.count).collect();
    let title = msg::loonwaarde_title(lang, p.period().1);
    let mut panel = super::panel(
        "chart-lks-loonwaarde",
        &title,
        cats,
        &counts,
        sum.count,
        ChartKind::Bar { horizontal: false },
        (threshold, lang),
    );
    if let Some(s) = panel.chart.series.first_mut() {
        s.name = msg::CONTRACTS.get(lang).into();
    }
    panel.chart.value_title = msg::CONTRACTS_UNIT.get(lang).into();
    panel.table.headers[0] = msg::LOONWAARDE.get(lang).into();
    panel.note = Some(match (sum.mean_pct, sum.median_pct) {
        (Some(mean), Some(median)) if sum.count >= threshold => msg::loonwaarde_note(
            lang,
            Pct(mean, 1),
            Pct(median, 1),
            Count(sum.count.into()),
            if h.outside > 0 {
                msg::outside(lang, Count(h.outside as i64))
            } else {
                String::new()
            },
        ),
        _ => msg::too_few_running(lang, Count(threshold.into())),
    });
    panel
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::io::{load, LoadOptions};

    /// The embedded synthetic caseload with the synthetic contracts file added.
    fn with_synthetic_contracts() -> Dataset {
        let csv =
            bijstand_core::synth::contracts::to_csv(&bijstand_core::synth::contracts::generate());
        let file = load(csv.as_bytes(), "lks.csv", &LoadOptions::default()).unwrap();
        let file = file.contracts().cloned().map(std::sync::Arc::new);
        crate::embedded::synthetic().unwrap().with_contracts(file)
    }

    fn kpi<'a>(kpis: &'a [Kpi], id: &str) -> &'a str {
        &kpis.iter().find(|k| k.id == id).unwrap().value
    }

    #[test]
    fn the_stock_waterfall_counts_contracts_not_money() {
        for (lang, names, header) in [
            (
                Lang::Nl,
                ["Lopende contracten", "Gestart", "Beëindigd"],
                "Contracten",
            ),
            (
                Lang::En,
                ["Running contracts", "Started", "Ended"],
                "Contracts",
            ),
        ] {
            let s = Scenario {
                lang,
                ..Scenario::default()
            };
            let v = build(
                &crate::embedded::synthetic().unwrap(),
                &s,
                &Context::default(),
            );
            let p = v
                .panels
                .iter()
                .find(|p| p.chart.id == "chart-lks-stockflow")
                .unwrap();
            let shown: Vec<&str> = p.chart.series[1..]
                .iter()
                .map(|s| s.name.as_str())
                .collect();
            assert_eq!(shown, names);
            assert_eq!(p.table.headers[1], header);
            assert!(
                p.chart.second_axis.is_none(),
                "the end stock is the largest bar"
            );
            // 451 + 220 − 155: one series per kind of bar.
            let at = |k: usize, i: usize| p.chart.series[k].values[i];
            assert_eq!(
                (at(1, 0), at(2, 1), at(3, 2)),
                (Some(451.0), Some(220.0), Some(155.0))
            );
            assert_eq!(p.chart.series[3].labels[2], "−155");
        }
    }

    #[test]
    fn the_lks_view_counts_from_contracts_and_shows_the_loonwaarde_histogram() {
        let ds = with_synthetic_contracts();
        let c = ds.contracts.as_ref().unwrap().contracts.clone();
        let mut s = Scenario {
            lks: LksParams {
                start_running: 1.0,
                started: 1.0,
                ended: 0.0,
                ..LksParams::default()
            },
            lks_raise: LoonwaardeRaise {
                from_contracts: true,
                ..LoonwaardeRaise::default()
            },
            threshold: 10,
            ..Scenario::default()
        };
        s.buig.cost_per_benefit = bijstand_core::buig::CostPerBenefit::Entered { eur: 17_000.0 };
        let p = s.lks.clone();
        let v = build(&ds, &s, &Context::default());
        let (kpis, panels) = (&v.kpis, &v.panels);
        assert_eq!(kpi(kpis, "kpi-lks-running"), "516");
        assert_eq!(kpi(kpis, "kpi-lks-inuse"), "671");
        let lw = panels
            .iter()
            .find(|p| p.chart.id == "chart-lks-loonwaarde")
            .expect("histogram");
        assert_eq!(lw.chart.categories.len(), 10);
        assert_eq!(lw.chart.categories[4], "40–50%");
        // Each bin as counted by core, shown or suppressed by the small-cell rule.
        let run = lks::running_contracts(&p, &c, p.period().1);
        let values: Vec<f64> = run.iter().map(|r| r.loonwaarde_pct).collect();
        let h = lks::loonwaarde_histogram(&values, 10.0);
        let shown = bijstand_core::suppress::suppress_row(
            &h.bins.iter().map(|b| b.count).collect::<Vec<_>>(),
            10,
        );
        for (i, s) in shown.iter().enumerate() {
            assert_eq!(lw.chart.series[0].labels[i], s.label(10));
        }
        assert!(
            h.bins.iter().any(|b| b.count > 0 && b.count < 10),
            "the tails are small"
        );
        assert_eq!(lw.table.rows.last().unwrap()[1], "516");
        let note = lw.note.as_deref().unwrap();
        assert!(
            note.contains("Gemiddeld") && note.contains("mediaan") && note.contains("n = 516"),
            "{note}"
        );
        let mean = kpi(kpis, "kpi-lks-loonwaarde");
        assert!(mean.ends_with('%') && mean != "–", "{mean}");
        // The raise starts from the running contracts' mean.
        let raise_kpi = kpis.iter().find(|k| k.id == "kpi-lks-raise").unwrap();
        assert!(raise_kpi.note.starts_with("516 "), "{}", raise_kpi.note);
        // The counts are shown as counted, with the period.
        match &v.settings.counts {
            LksCounts::Counted { caption, rows } => {
                assert_eq!(caption, "Geteld uit de contracten, 01-01-2024 – 30-09-2024");
                let values: Vec<&str> = rows.iter().map(|r| r.value.as_str()).collect();
                assert_eq!(values, ["451", "220", "155"]);
            }
            other => panic!("{other:?}"),
        }
        assert!(
            v.settings.raise_fields.is_empty(),
            "taken from the contracts"
        );

        // Without contracts: the entered counts, no histogram.
        let v = build(
            &crate::embedded::synthetic().unwrap(),
            &s,
            &Context::default(),
        );
        assert_eq!(kpi(&v.kpis, "kpi-lks-running"), "2");
        assert!(v
            .panels
            .iter()
            .all(|p| p.chart.id != "chart-lks-loonwaarde"));
        assert!(matches!(v.settings.counts, LksCounts::Entered(_)));
        assert!(matches!(v.settings.source, LksSource::Entered(_)));
        assert!(v.settings.raise_from_contracts.is_none());

        // The same contracts as the lks_inputs of the screen.
        let inputs = lks_inputs(&p, &s.lks_raise, Some(&c));
        assert_eq!(inputs.params.start_running, 451.0);
    }

    #[test]
    fn the_report_figures_in_dutch_and_in_english() {
        let ds = crate::embedded::synthetic().unwrap();
        let mut s = Scenario::default();
        let v = build(&ds, &s, &Context::default());
        assert_eq!(kpi(&v.kpis, "kpi-lks-running"), "516");
        assert_eq!(kpi(&v.kpis, "kpi-lks-inuse"), "671");
        assert!(
            v.goal_seek.starts_answer.starts_with("12,2 "),
            "{}",
            v.goal_seek.starts_answer
        );
        assert!(
            v.goal_seek.raise_answer.contains(
                "€ 1.000.000 per jaar vraagt 5,7 procentpunt hogere loonwaarde over 516 contracten"
            ),
            "{}",
            v.goal_seek.raise_answer
        );
        let raise = v.kpis.iter().find(|k| k.id == "kpi-lks-raise").unwrap();
        assert_eq!(raise.label, "BUIG-effect loonwaarde +10 punten");

        s.lang = Lang::En;
        s.lks_raise.saving_goal_eur = 3_000_000.0;
        let v = build(&ds, &s, &Context::default());
        assert!(
            v.goal_seek.starts_answer.starts_with("12.2 "),
            "{}",
            v.goal_seek.starts_answer
        );
        assert!(
            v.goal_seek
                .raise_answer
                .starts_with("A saving of €3,000,000 per year needs 17.0 percentage points"),
            "{}",
            v.goal_seek.raise_answer
        );
        assert_eq!(
            v.settings.definition.options[0],
            "A: Net growth of running contracts"
        );

        // Out of reach: a clear message, not a number.
        s.lang = Lang::Nl;
        s.lks_raise.saving_goal_eur = 900_000_000.0;
        let v = build(&ds, &s, &Context::default());
        assert!(v.goal_seek.raise_answer.starts_with("Niet haalbaar"));
        // Definition B without last year's starts: not computable.
        Choice::LksDefinition.apply(&mut s, 1);
        let v = build(&ds, &s, &Context::default());
        assert_eq!(kpi(&v.kpis, "kpi-lks-progress"), "niet berekenbaar");
    }

    #[test]
    fn english_dates_and_numbers_with_contracts() {
        let ds = with_synthetic_contracts();
        let s = Scenario {
            lang: Lang::En,
            ..Scenario::default()
        };
        let v = build(&ds, &s, &Context::default());
        let lw = v
            .panels
            .iter()
            .find(|p| p.chart.id == "chart-lks-loonwaarde")
            .unwrap();
        assert_eq!(
            lw.chart.title,
            "Wage value of the contracts running on 30 Sep 2024"
        );
        match &v.settings.source {
            LksSource::File(f) => {
                assert!(f.text.contains("(811 contracts)"), "{}", f.text);
                assert_eq!(f.use_contracts.label, "Count from the contracts file");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn no_dutch_numbers_in_english() {
        let ds = with_synthetic_contracts();
        let s = Scenario {
            lang: Lang::En,
            ..Scenario::default()
        };
        let ctx = Context {
            scenario_b: Some(Scenario::default()),
            ..Context::default()
        };
        let v = build(&ds, &s, &ctx);
        let found = crate::views::budget::dutch_numbers(&format!("{v:?}"));
        assert!(found.is_empty(), "{found:?}");
        let v = build(&crate::embedded::synthetic().unwrap(), &s, &ctx);
        let found = crate::views::budget::dutch_numbers(&format!("{v:?}"));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn small_loonwaarde_bins_are_shown_as_below_the_threshold() {
        let p = LksParams::default();
        let mut run: Vec<lks::Contract> = (0..30)
            .map(|_| lks::Contract {
                loonwaarde_pct: 45.0,
                hours_per_week: 36.0,
            })
            .collect();
        run.extend((0..3).map(|_| lks::Contract {
            loonwaarde_pct: 72.0,
            hours_per_week: 36.0,
        }));
        let panel = loonwaarde_panel(&p, &run, 10, Lang::En);
        assert_eq!(panel.chart.series[0].labels[7], "<10");
        assert_eq!(panel.chart.series[0].values[7], None);
        // Complementary suppression: the next-smallest non-zero bin is hidden too.
        assert_eq!(panel.chart.series[0].labels[4], "<10");
        assert!(panel.table.rows.iter().any(|r| r[1] == "<10"));
        assert!(panel.note.as_deref().unwrap().contains("Mean"));
        // Fewer running contracts than the threshold: no mean or median.
        let few = loonwaarde_panel(&p, &run[..4], 10, Lang::Nl);
        assert!(few.note.as_deref().unwrap().starts_with("Minder dan 10"));
    }
}
