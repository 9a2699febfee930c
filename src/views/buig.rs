//! The BUIG screen model (FORMULAS F6, F7, F12): the assumptions, the goal-seek for the
//! break-even growth, key figures, waterfall, sensitivity, tornado, multi-year view, vangnet
//! and the comparison of scenario A with B.

use bijstand_core::buig::{self, BudgetVersion, BuigParams, CaseloadPath, CostPerBenefit};
use bijstand_core::format;
use bijstand_core::i18n::{Count, Dec, EurMln, Msg, Pct, Plain, SignedEurMln};
use bijstand_core::lang::Lang;
use bijstand_core::lks;
use bijstand_core::model::Dataset;
use bijstand_core::scenario::Scenario;
use bijstand_core::seek::SeekError;
use bijstand_core::tornado::{tornado, Bounds, Lever};

use super::budget::{
    mln, waterfall, Choice, Field, NumberInput, Select, Step, WaterfallNames, VERSIONS,
};
use super::scenarios::{self, CompareView};
use super::{Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, SecondAxis, Series, SeriesStyle, PALETTE};
use crate::messages::budget as msg;
use bijstand_core::i18n::common;

/// Everything the BUIG screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct BuigView {
    /// The assumptions.
    pub settings: BuigSettings,
    /// The break-even goal-seek.
    pub goal_seek: GoalSeek,
    /// Heading of the results.
    pub title: String,
    /// Key figures.
    pub kpis: Vec<Kpi>,
    /// Waterfall, sensitivity, tornado and multi-year view.
    pub panels: Vec<Panel>,
    /// Heading of the vangnet.
    pub vangnet_title: String,
    /// The vangnet for the current result.
    pub vangnet: Table,
    /// The vangnet in words: whether it applies, what it pays, what the council must do.
    pub vangnet_words: VangnetWords,
    /// Scenario A and B, and the saved scenarios.
    pub compare: CompareView,
}

/// The vangnet in words, under the BUIG result.
#[derive(Clone, Debug, PartialEq)]
pub struct VangnetWords {
    /// Whether the regular or the extended vangnet applies this year, and roughly what it pays.
    pub verdict: String,
    /// What the council must do (consent to the executive's application, or nothing).
    pub action: String,
    /// Each threshold explained in one line (regular, then extended).
    pub thresholds: Vec<String>,
    /// Heading of the per-year sentences.
    pub per_year_title: String,
    /// The verdict for every year of the multi-year view.
    pub per_year: Vec<String>,
}

/// The BUIG assumptions, in the order they are shown.
#[derive(Clone, Debug, PartialEq)]
pub struct BuigSettings {
    /// Heading.
    pub title: String,
    /// Sub-heading of the budget.
    pub budget_title: String,
    /// The budget.
    pub budget: NumberInput,
    /// Its version.
    pub version: Select,
    /// Eigen middelen.
    pub eigen: NumberInput,
    /// Sub-heading of the spending.
    pub spending_title: String,
    /// Caseload at the start of the year.
    pub start: NumberInput,
    /// How the caseload develops.
    pub path: Select,
    /// The growth figures of that path (fixed growth; or national and local).
    pub path_fields: Vec<NumberInput>,
    /// Cost per benefit entered or calibrated.
    pub cost_mode: Select,
    /// The entered cost, or the calibrated one as a remark.
    pub cost: CostInput,
    /// LKS spending.
    pub lks: NumberInput,
    /// LKS spending of the year from a contracts file's monthly amounts, to take over.
    pub lks_from_contracts: Option<LksFromContracts>,
    /// Price index.
    pub price: NumberInput,
}

/// The cost per benefit: a box when entered, a remark when calibrated.
#[derive(Clone, Debug, PartialEq)]
pub enum CostInput {
    /// Entered.
    Entered(NumberInput),
    /// Calibrated: what it comes to.
    Calibrated(String),
}

/// LKS spending of the year from the contracts file (F6), offered to take over; the number
/// entered stays what the scenario (and its link) holds until the user does.
#[derive(Clone, Debug, PartialEq)]
pub struct LksFromContracts {
    /// What it is and how it was counted.
    pub text: String,
    /// The amount to take over (€ M, two decimals).
    pub take: f64,
    /// Label of the button.
    pub take_label: String,
    /// True when the entered amount already is this one.
    pub taken: bool,
}

/// A goal-seek: its question and answer.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalSeek {
    /// Accessible name of the section.
    pub label: String,
    /// The question.
    pub question: String,
    /// The answer.
    pub answer: String,
}

/// The BUIG screen for a scenario; `dataset` gives the LKS contracts, if loaded.
pub fn build(dataset: &Dataset, scenario: &Scenario, ctx: &Context) -> BuigView {
    let lang = scenario.lang;
    let p = &scenario.buig;
    let (kpis, panels) = results(p, lang);
    let contracts = dataset.contracts.as_ref().map(|c| &c.contracts);
    let lks_from_contracts = contracts
        .and_then(|c| lks::contract_spend(c, p.year))
        .map(|spend| {
            let take = (spend.mln * 100.0).round() / 100.0;
            let without = if spend.without_amount > 0 {
                msg::without_amount(lang, Count(spend.without_amount.into()))
            } else {
                String::new()
            };
            LksFromContracts {
                text: msg::lks_from_contracts(
                    lang,
                    Plain(p.year),
                    EurMln(take, 2),
                    Count(spend.with_amount.into()),
                    without,
                ),
                take,
                take_label: msg::TAKE_OVER.get(lang).into(),
                taken: (p.lks_spend_mln - take).abs() < 0.005,
            }
        });
    BuigView {
        settings: settings(p, lks_from_contracts, lang),
        goal_seek: break_even(p, lang),
        title: msg::TITLE.get(lang).into(),
        kpis,
        panels,
        vangnet_title: msg::VANGNET.get(lang).into(),
        vangnet: vangnet_table(p, lang),
        vangnet_words: vangnet_words(p, lang),
        compare: scenarios::compare(scenario, ctx, contracts, true),
    }
}

fn version_label(v: BudgetVersion, lang: Lang) -> &'static str {
    v.label().get(lang)
}

fn settings(
    p: &BuigParams,
    lks_from_contracts: Option<LksFromContracts>,
    lang: Lang,
) -> BuigSettings {
    let t = |m: Msg| m.get(lang);
    let path_index = match p.caseload_path {
        CaseloadPath::NationalPlusDifferential => 0,
        CaseloadPath::Growth { .. } => 1,
        CaseloadPath::Flows { .. } | CaseloadPath::Explicit { .. } => 2,
    };
    let path_fields = match p.caseload_path {
        CaseloadPath::Growth { pct } => vec![NumberInput::new(
            Field::BuigGrowth,
            t(msg::GROWTH),
            pct,
            "%",
            lang,
        )],
        CaseloadPath::NationalPlusDifferential => vec![
            NumberInput::new(
                Field::BuigNational,
                t(msg::NATIONAL_GROWTH),
                p.national_growth_pct,
                "%",
                lang,
            ),
            NumberInput::new(
                Field::BuigLocal,
                t(msg::LOCAL_DIFFERENCE),
                p.local_differential_pct,
                "pp",
                lang,
            ),
        ],
        _ => vec![],
    };
    let cost = match p.cost_per_benefit {
        CostPerBenefit::Entered { eur } => CostInput::Entered(NumberInput::new(
            Field::BuigCost,
            t(msg::COST_PER_YEAR),
            eur,
            "€",
            lang,
        )),
        CostPerBenefit::Calibrated { .. } => CostInput::Calibrated(msg::calibrated_cost(
            lang,
            bijstand_core::i18n::Eur(buig::cost_per_benefit_eur(p)),
        )),
    };
    BuigSettings {
        title: t(msg::ASSUMPTIONS).into(),
        budget_title: t(msg::BUDGET).into(),
        budget: NumberInput::new(
            Field::BuigBudget,
            t(msg::BUDGET_MLN),
            p.budget_mln,
            t(msg::UNIT_MLN),
            lang,
        ),
        version: Select {
            choice: Choice::BuigVersion,
            label: t(msg::VERSION).into(),
            options: VERSIONS
                .iter()
                .map(|v| version_label(*v, lang).into())
                .collect(),
            selected: VERSIONS
                .iter()
                .position(|v| *v == p.budget_version)
                .unwrap_or(0),
        },
        eigen: NumberInput::new(
            Field::BuigEigen,
            t(msg::EIGEN_MLN),
            p.eigen_middelen_mln.unwrap_or(0.0),
            t(msg::UNIT_MLN),
            lang,
        ),
        spending_title: t(msg::SPENDING).into(),
        start: NumberInput::new(
            Field::BuigStart,
            t(msg::CASELOAD_START),
            p.caseload_start,
            "",
            lang,
        ),
        path: Select {
            choice: Choice::BuigPath,
            label: t(msg::PATH).into(),
            options: [msg::PATH_NATIONAL, msg::PATH_GROWTH, msg::PATH_FLOWS]
                .iter()
                .map(|m| m.get(lang).into())
                .collect(),
            selected: path_index,
        },
        path_fields,
        cost_mode: Select {
            choice: Choice::BuigCostMode,
            label: t(msg::COST).into(),
            options: vec![t(msg::COST_ENTERED).into(), t(msg::COST_CALIBRATED).into()],
            selected: usize::from(matches!(
                p.cost_per_benefit,
                CostPerBenefit::Calibrated { .. }
            )),
        },
        cost,
        lks: NumberInput::new(
            Field::BuigLks,
            t(msg::LKS_MLN),
            p.lks_spend_mln,
            t(msg::UNIT_MLN),
            lang,
        ),
        lks_from_contracts,
        price: NumberInput::new(
            Field::BuigPrice,
            t(msg::PRICE_INDEX),
            p.price_index_pct,
            "%",
            lang,
        ),
    }
}

/// The growth at which the result is exactly 0, against the growth assumed now.
fn break_even(p: &BuigParams, lang: Lang) -> GoalSeek {
    let growth_pct = buig::growth_pct_first_year(p).unwrap_or(0.0);
    GoalSeek {
        label: msg::GOAL_SEEK.get(lang).into(),
        question: msg::BREAK_EVEN_QUESTION.get(lang).into(),
        answer: match buig::break_even_growth(p) {
            Ok(sol) => msg::break_even_answer(
                lang,
                bijstand_core::i18n::Pct(sol.x, 2),
                bijstand_core::i18n::Pct(growth_pct, 2),
            ),
            Err(e) => seek_failure(p, &e, lang),
        },
    }
}

/// Why there is no break-even growth, as a sentence: what went wrong and what would work.
fn seek_failure(p: &BuigParams, e: &SeekError, lang: Lang) -> String {
    match *e {
        SeekError::NoSolutionInRange { value_lo, value_hi } => {
            let (lo, hi) = (value_lo.min(value_hi), value_lo.max(value_hi));
            let mut s = if lo >= 0.0 {
                msg::stays_surplus(lang, EurMln(lo, 2), EurMln(hi, 2))
            } else {
                msg::stays_deficit(lang, EurMln(lo, 2), EurMln(hi, 2))
            };
            if p.caseload_start <= 0.0 {
                s.push(' ');
                s.push_str(msg::NO_CASELOAD.get(lang));
            }
            s
        }
        SeekError::NonFinite { x } => msg::seek_not_a_number(lang, Pct(x, 2)),
        SeekError::NoConvergence { best_x, best_value } => {
            msg::seek_no_exact(lang, Pct(best_x, 2), EurMln(best_value, 2))
        }
        SeekError::InvalidRange => msg::SEEK_BAD_RANGE.get(lang).into(),
    }
}

/// `x` with `decimals` decimals, or `–` when absent.
fn dec_or_dash(lang: Lang, x: Option<f64>, decimals: usize) -> String {
    x.map(|x| format::dec(lang, x, decimals))
        .unwrap_or_else(|| common::NOT_AVAILABLE.get(lang).into())
}

/// `x` as a percentage, or `–` when absent.
fn pct_or_dash(lang: Lang, x: Option<f64>) -> String {
    x.map(|x| format::pct(lang, x, 2))
        .unwrap_or_else(|| common::NOT_AVAILABLE.get(lang).into())
}

/// The names of [`buig::levers`], in its order, in the catalogue.
const LEVER_NAMES: [Msg; 5] = [
    msg::LEVER_GROWTH,
    msg::LEVER_COST,
    msg::LEVER_LKS,
    msg::LEVER_BUDGET,
    msg::LEVER_START,
];

/// The tornado's levers of the BUIG result, named in `lang`.
fn levers(lang: Lang) -> Vec<(Lever<BuigParams>, Bounds)> {
    buig::levers()
        .into_iter()
        .zip(LEVER_NAMES)
        .map(|(l, name)| {
            (
                Lever {
                    name: name.get(lang),
                    ..l
                },
                Bounds::Relative(0.10),
            )
        })
        .collect()
}

/// How the budget and its sub-budgets meet: the sub-budgets are given to one decimal
/// (104,6 + 9,9 = 114,5), the budget to two (114,46), so up to € 0,05 mln per part is
/// rounding and is called so; a larger gap is named as a difference.
fn sub_budget_note(p: &BuigParams, r: &buig::BuigResult, lang: Lang) -> String {
    match (
        r.sub_budget_sum_mln,
        r.sub_budget_gap_mln,
        p.sub_budget_benefits_mln,
        p.sub_budget_lks_mln,
    ) {
        (Some(sum), Some(gap), Some(benefits), Some(lks)) => {
            if gap.abs() <= 0.1 + 1e-9 {
                msg::sub_budgets(
                    lang,
                    EurMln(sum, 2),
                    EurMln(benefits, 1),
                    EurMln(lks, 1),
                    EurMln(gap.abs(), 2),
                )
            } else {
                msg::sub_budgets_differ(lang, EurMln(sum, 2), EurMln(gap.abs(), 2))
            }
        }
        _ => msg::SUB_BUDGETS_MISSING.get(lang).into(),
    }
}

/// Key figures and panels of the BUIG results.
fn results(p: &BuigParams, lang: Lang) -> (Vec<Kpi>, Vec<Panel>) {
    let t = |m: Msg| m.get(lang);
    let m = |x: f64| mln(lang, x);
    let r = buig::result(p);
    let sens = buig::sensitivity(p, 1.0);
    let be = buig::break_even_growth(p).ok();
    let kpis = vec![
        Kpi {
            id: "kpi-buig-budget",
            label: msg::budget_kpi(lang, Plain(r.year), version_label(r.budget_version, lang)),
            value: m(r.budget_mln),
            note: sub_budget_note(p, &r, lang),
        },
        Kpi {
            id: "kpi-buig-spend",
            label: t(msg::EXPECTED_SPENDING).into(),
            value: m(r.spend_mln),
            note: msg::spend_note(
                lang,
                Dec(r.caseload_average, 1),
                bijstand_core::i18n::Eur(r.cost_per_benefit_eur),
                EurMln(r.lks_spend_mln, 2),
            ),
        },
        Kpi {
            id: "kpi-buig-result",
            label: t(msg::RESULT_KPI).into(),
            value: m(r.result_mln),
            note: match r.result_incl_eigen_middelen_mln {
                Some(x) => msg::incl_eigen(lang, EurMln(x, 2)),
                None => t(msg::EXCL_EIGEN).into(),
            },
        },
        Kpi {
            id: "kpi-buig-1pp",
            label: t(msg::EFFECT_1PP).into(),
            value: format::signed_eur_mln(lang, sens.effect.full_year_mln, 2),
            note: msg::in_year(lang, SignedEurMln(sens.effect.in_year_mln, 2)),
        },
        Kpi {
            id: "kpi-buig-breakeven",
            label: t(msg::BREAK_EVEN_KPI).into(),
            value: pct_or_dash(lang, be.map(|s| s.x)),
            note: msg::assumed_growth(lang, pct_or_dash(lang, r.growth_pct)),
        },
    ];

    let steps = [
        Step {
            label: t(msg::BUDGET).into(),
            value: r.budget_mln,
            total: true,
        },
        Step {
            label: t(msg::BENEFITS).into(),
            value: -r.benefit_spend_mln,
            total: false,
        },
        Step {
            label: t(msg::LKS).into(),
            value: -r.lks_spend_mln,
            total: false,
        },
        Step {
            label: t(msg::RESULT).into(),
            value: r.result_mln,
            total: true,
        },
    ];
    let mut wf = waterfall(
        "chart-waterfall",
        t(msg::WATERFALL_TITLE),
        &steps,
        t(msg::UNIT_EUR_MLN),
        &WaterfallNames {
            totals: t(msg::BUDGET_AND_RESULT),
            up: t(msg::ADDED),
            down: t(msg::SPENDING),
            value: t(msg::AMOUNT),
            zoom: Some(t(msg::RESULT_ZOOMED)),
        },
        &m,
        lang,
    );
    wf.note = Some(t(msg::NOT_EARMARKED).into());

    // Multi-year.
    let years = buig::multi_year(p);
    let per_year = buig::vangnet_per_year(p);
    let ylab: Vec<String> = years
        .iter()
        .map(|y| {
            format!(
                "{}{}",
                y.caseload.year,
                if y.budget_extrapolated { "*" } else { "" }
            )
        })
        .collect();
    let series = |name: Msg, v: fn(&buig::YearView) -> f64, color: &str, style| {
        Series::new(
            name.get(lang),
            years.iter().map(|y| Some(v(y))).collect(),
            years.iter().map(|y| m(v(y))).collect(),
            color,
            style,
        )
    };
    let multi = Panel {
        chart: ChartSpec {
            id: "chart-multiyear".into(),
            title: t(msg::MULTI_YEAR_TITLE).into(),
            categories: ylab.clone(),
            series: vec![
                series(msg::BUDGET, |y| y.budget_mln, PALETTE[0], SeriesStyle::Bar),
                series(msg::SPENDING, |y| y.spend_mln, PALETTE[1], SeriesStyle::Bar),
                series(msg::RESULT, |y| y.result_mln, PALETTE[2], SeriesStyle::Line),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: t(msg::UNIT_EUR_MLN).into(),
            // The result is a hundredth of the bars: on their axis its line lies flat.
            second_axis: Some(SecondAxis {
                series: vec![2],
                title: t(msg::RESULT_AXIS).into(),
                inset: false,
                from_zero: false,
            }),
            ..Default::default()
        },
        table: Table {
            caption: t(msg::MULTI_YEAR).into(),
            headers: [
                msg::YEAR,
                msg::CASELOAD_END,
                msg::AOW_EXITS,
                msg::BUDGET,
                msg::SPENDING,
                msg::RESULT,
                msg::VANGNET_COLUMN,
            ]
            .iter()
            .map(|h| h.get(lang).to_string())
            .collect(),
            rows: years
                .iter()
                .zip(&ylab)
                .zip(&per_year)
                .map(|((y, l), v)| {
                    vec![
                        l.clone(),
                        format::dec(lang, y.caseload.end.round(), 0),
                        dec_or_dash(lang, y.caseload.aow_exits.map(f64::round), 0),
                        m(y.budget_mln),
                        m(y.spend_mln),
                        m(y.result_mln),
                        outcome(&v.vangnet, &p.vangnet).short(&p.vangnet, lang),
                    ]
                })
                .collect(),
        },
        note: Some(t(msg::MULTI_YEAR_NOTE).into()),
    };

    // Result against growth, with break-even.
    let g0 = r.growth_pct.unwrap_or(0.0);
    let xs: Vec<f64> = (0..=32)
        .map(|k| ((g0 - 3.0 + k as f64 * 0.25) * 100.0).round() / 100.0)
        .collect();
    let ys: Vec<f64> = xs
        .iter()
        .map(|&g| {
            let mut q = p.clone();
            q.caseload_path = CaseloadPath::Growth { pct: g };
            buig::result(&q).result_mln
        })
        .collect();
    let sens_panel = Panel {
        chart: ChartSpec {
            id: "chart-sensitivity".into(),
            title: t(msg::SENSITIVITY_TITLE).into(),
            categories: xs.iter().map(|g| format::pct(lang, *g, 2)).collect(),
            series: vec![Series::new(
                t(msg::RESULT),
                ys.iter()
                    .map(|y| Some((y * 100.0).round() / 100.0))
                    .collect(),
                ys.iter().map(|y| m(*y)).collect(),
                PALETTE[0],
                SeriesStyle::Line,
            )],
            kind: ChartKind::Combo { stacked: false },
            value_title: t(msg::UNIT_EUR_MLN).into(),
            ..Default::default()
        },
        table: Table {
            caption: t(msg::SENSITIVITY_TITLE).into(),
            headers: vec![t(msg::GROWTH_HEADER).into(), t(msg::RESULT).into()],
            rows: xs
                .iter()
                .zip(&ys)
                .map(|(g, y)| vec![format::pct(lang, *g, 2), m(*y)])
                .collect(),
        },
        note: Some(match sens.break_even_full_year_pp {
            Some(pp) => msg::surplus_gone(
                lang,
                Dec(pp, 2),
                dec_or_dash(lang, sens.break_even_in_year_pp, 2),
            ),
            None => t(msg::NO_SURPLUS).into(),
        }),
    };

    // Tornado.
    let base = r.result_mln;
    let bars = tornado(p, |q| buig::result(q).result_mln, &levers(lang));
    let change = |x: f64| Some((x * 100.0).round() / 100.0);
    let tornado_panel = Panel {
        chart: ChartSpec {
            id: "chart-tornado".into(),
            title: t(msg::TORNADO_TITLE).into(),
            categories: bars.iter().map(|b| b.name.clone()).collect(),
            series: vec![
                Series::new(
                    t(msg::MINUS_10),
                    bars.iter().map(|b| change(b.result_low - base)).collect(),
                    bars.iter()
                        .map(|b| format::signed_eur_mln(lang, b.result_low - base, 2))
                        .collect(),
                    PALETTE[0],
                    SeriesStyle::Bar,
                ),
                Series::new(
                    t(msg::PLUS_10),
                    bars.iter().map(|b| change(b.result_high - base)).collect(),
                    bars.iter()
                        .map(|b| format::signed_eur_mln(lang, b.result_high - base, 2))
                        .collect(),
                    PALETTE[1],
                    SeriesStyle::Bar,
                ),
            ],
            kind: ChartKind::Bar { horizontal: true },
            value_title: t(msg::TORNADO_AXIS).into(),
            ..Default::default()
        },
        table: Table {
            caption: t(msg::SENSITIVITY).into(),
            headers: [
                msg::ASSUMPTION,
                msg::BASE,
                msg::MINUS_10,
                msg::PLUS_10,
                msg::RESULT_MINUS_10,
                msg::RESULT_PLUS_10,
            ]
            .iter()
            .map(|h| h.get(lang).to_string())
            .collect(),
            rows: bars
                .iter()
                .map(|b| {
                    vec![
                        b.name.clone(),
                        format::dec(lang, b.base_input, 2),
                        format::dec(lang, b.low_input, 2),
                        format::dec(lang, b.high_input, 2),
                        m(b.result_low),
                        m(b.result_high),
                    ]
                })
                .collect(),
        },
        note: Some(t(msg::LARGEST_ON_TOP).into()),
    };
    (kpis, vec![wf, sens_panel, tornado_panel, multi])
}

/// What the vangnet rules say about one year's result: the one judgement behind the BUIG
/// tab's sentence, its multi-year column and the vangnet slide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Outcome {
    /// No deficit.
    NoDeficit,
    /// A deficit at or below the extended threshold.
    Below,
    /// Between the thresholds, the extended vangnet applies; what it pays when its rate is known.
    Extended(Option<f64>),
    /// Between the thresholds, ruled out by the earlier years.
    ExtendedNo,
    /// Between the thresholds, depending on earlier years not entered.
    ExtendedUnknown,
    /// Above the regular threshold and the three years qualify: what it pays.
    Regular(f64),
    /// Above the regular threshold, but the three years together do not qualify.
    RegularNo,
    /// Above the regular threshold; the three years together depend on years not entered.
    RegularIf(f64),
}

/// The vangnet of the scenario's first year and what the rules say about it.
pub(crate) fn vangnet_outcome(p: &BuigParams) -> (buig::VangnetResult, Outcome) {
    let r = buig::result(p);
    let v = buig::vangnet(r.budget_mln, r.spend_mln, p.budget_version, &p.vangnet);
    let o = outcome(&v, &p.vangnet);
    (v, o)
}

/// The outcome of [`buig::vangnet`] for a year.
fn outcome(v: &buig::VangnetResult, rules: &buig::VangnetParams) -> Outcome {
    // Compensation of the extended vangnet as well, where it applies beside the regular one.
    let extended_too = match v.extended_eligible {
        Some(true) => v.extended_compensation_if_eligible_mln.unwrap_or(0.0),
        _ => 0.0,
    };
    if v.deficit_mln <= 0.0 {
        Outcome::NoDeficit
    } else if v.deficit_pct <= rules.extended_threshold_pct {
        Outcome::Below
    } else if v.deficit_pct <= rules.regular_threshold_pct {
        match v.extended_eligible {
            Some(true) => Outcome::Extended(v.extended_compensation_if_eligible_mln),
            Some(false) => Outcome::ExtendedNo,
            None => Outcome::ExtendedUnknown,
        }
    } else {
        let paid = v.regular_compensation_if_eligible_mln + extended_too;
        match v.regular_eligible {
            Some(true) => Outcome::Regular(paid),
            Some(false) => Outcome::RegularNo,
            None => Outcome::RegularIf(paid),
        }
    }
}

impl Outcome {
    /// What the vangnet pays (or would pay, when it depends on years not entered), € M.
    pub(crate) fn pays_mln(self) -> f64 {
        match self {
            Outcome::Extended(Some(x)) | Outcome::Regular(x) | Outcome::RegularIf(x) => x,
            _ => 0.0,
        }
    }

    /// True when the council has something to apply for (or may have).
    pub(crate) fn may_apply(self) -> bool {
        !matches!(
            self,
            Outcome::NoDeficit | Outcome::Below | Outcome::ExtendedNo | Outcome::RegularNo
        )
    }

    /// The short form, for a table cell.
    fn short(self, rules: &buig::VangnetParams, lang: Lang) -> String {
        match self {
            Outcome::NoDeficit => msg::VANGNET_SHORT_NONE.get(lang).into(),
            Outcome::Below => msg::vangnet_short_below(lang, Pct(rules.extended_threshold_pct, 1)),
            Outcome::Extended(Some(x)) => msg::vangnet_short_extended(lang, EurMln(x, 2)),
            Outcome::Extended(None) => msg::VANGNET_SHORT_EXTENDED_RATE.get(lang).into(),
            Outcome::ExtendedNo => msg::VANGNET_SHORT_EXTENDED_NO.get(lang).into(),
            Outcome::ExtendedUnknown => msg::VANGNET_SHORT_EXTENDED_MAYBE.get(lang).into(),
            Outcome::Regular(x) => msg::vangnet_short_regular(lang, EurMln(x, 2)),
            Outcome::RegularNo => msg::VANGNET_SHORT_REGULAR_NO.get(lang).into(),
            Outcome::RegularIf(x) => msg::vangnet_short_regular_if(lang, EurMln(x, 2)),
        }
    }
}

/// The years among the three before `year` whose deficit is not entered, in words
/// ("2022 en 2023").
fn missing_years(year: i32, prev: &[Option<f64>; 3], only_last_two: bool, lang: Lang) -> String {
    let years: Vec<i32> = prev
        .iter()
        .enumerate()
        .skip(usize::from(only_last_two))
        .filter(|(_, d)| d.is_none())
        .map(|(i, _)| year - 3 + i as i32)
        .collect();
    match years.as_slice() {
        [] => String::new(),
        [a] => a.to_string(),
        [rest @ .., last] => msg::years_and(
            lang,
            rest.iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            Plain(*last),
        ),
    }
}

/// One year's vangnet as a sentence.
fn verdict(year: i32, v: &buig::VangnetResult, rules: &buig::VangnetParams, lang: Lang) -> String {
    let d = EurMln(v.deficit_mln, 2);
    let pct = Pct(v.deficit_pct, 1);
    let ext = Pct(rules.extended_threshold_pct, 1);
    let reg = Pct(rules.regular_threshold_pct, 1);
    let required = Plain(rules.extended_previous_years_required);
    match outcome(v, rules) {
        Outcome::NoDeficit => {
            msg::vangnet_no_deficit(lang, Plain(year), EurMln(v.headroom_to_regular_mln, 2))
        }
        Outcome::Below => msg::vangnet_below(lang, d, pct, ext),
        Outcome::Extended(Some(x)) => msg::vangnet_extended_pays(lang, d, pct, ext, EurMln(x, 2)),
        Outcome::Extended(None) => msg::vangnet_extended_rate_unknown(lang, d, pct, ext),
        Outcome::ExtendedNo => msg::vangnet_extended_no(lang, d, pct, ext, reg, required),
        Outcome::ExtendedUnknown => msg::vangnet_extended_unknown(
            lang,
            d,
            pct,
            ext,
            reg,
            required,
            missing_years(year, &rules.previous_years_deficit_pct, false, lang),
        ),
        Outcome::Regular(x) => msg::vangnet_regular_pays(lang, d, pct, reg, EurMln(x, 2)),
        Outcome::RegularNo => msg::vangnet_regular_no(
            lang,
            d,
            pct,
            reg,
            Plain(year - 2),
            Plain(year),
            Pct(v.multi_year_deficit_pct.unwrap_or(0.0), 2),
        ),
        Outcome::RegularIf(x) => msg::vangnet_regular_if(
            lang,
            d,
            pct,
            reg,
            EurMln(x, 2),
            msg::year_range(lang, Plain(year - 2), Plain(year)),
            missing_years(year, &rules.previous_years_deficit_pct, true, lang),
        ),
    }
}

/// The vangnet in words for the first year and every year of the multi-year view.
pub fn vangnet_words(p: &BuigParams, lang: Lang) -> VangnetWords {
    let rules = &p.vangnet;
    let (v, o) = vangnet_outcome(p);
    let mut sentence = verdict(p.year, &v, rules, lang);
    if o.may_apply() && !v.budget_is_definitief {
        sentence.push(' ');
        sentence.push_str(&msg::vangnet_not_final(
            lang,
            version_label(p.budget_version, lang),
        ));
    }
    let action = if o.may_apply() {
        msg::vangnet_action(lang, Plain(p.year))
    } else {
        msg::VANGNET_NO_ACTION.get(lang).into()
    };
    let thresholds = vec![
        msg::vangnet_regular_line(
            lang,
            Pct(rules.regular_threshold_pct, 1),
            EurMln(v.regular_threshold_mln, 2),
            Pct(rules.regular_rate_middle_pct, 0),
            Pct(rules.upper_threshold_pct, 1),
            Pct(rules.regular_rate_above_pct, 0),
            Pct(rules.regular_multi_year_threshold_pct, 1),
        ),
        msg::vangnet_extended_line(
            lang,
            Pct(rules.extended_threshold_pct, 1),
            EurMln(v.extended_threshold_mln, 2),
            Plain(rules.extended_previous_years_required),
            Pct(rules.regular_threshold_pct, 1),
        ),
    ];
    let per_year = buig::vangnet_per_year(p)
        .iter()
        .map(|y| {
            // Each year judged with the three years before it (entered, then projected).
            let rules = buig::VangnetParams {
                previous_years_deficit_pct: y.previous_years_deficit_pct,
                ..rules.clone()
            };
            let sentence = verdict(y.year, &y.vangnet, &rules, lang);
            msg::year_sentence(lang, Plain(y.year), sentence)
        })
        .collect();
    VangnetWords {
        verdict: sentence,
        action,
        thresholds,
        per_year_title: msg::MULTI_YEAR_VANGNET.get(lang).into(),
        per_year,
    }
}

/// The vangnet (safety net) as a table for the current result.
pub fn vangnet_table(p: &BuigParams, lang: Lang) -> Table {
    let t = |m: Msg| m.get(lang);
    let m = |x: f64| mln(lang, x);
    let r = buig::result(p);
    let v = buig::vangnet(r.budget_mln, r.spend_mln, p.budget_version, &p.vangnet);
    Table {
        caption: t(msg::VANGNET).into(),
        headers: vec![t(msg::PART).into(), t(msg::VALUE).into()],
        rows: vec![
            vec![
                t(msg::DEFICIT).into(),
                format!(
                    "{} ({})",
                    m(v.deficit_mln),
                    format::pct(lang, v.deficit_pct, 1)
                ),
            ],
            vec![
                msg::regular_threshold(
                    lang,
                    bijstand_core::i18n::Pct(p.vangnet.regular_threshold_pct, 1),
                ),
                m(v.regular_threshold_mln),
            ],
            vec![
                msg::extended_threshold(
                    lang,
                    bijstand_core::i18n::Pct(p.vangnet.extended_threshold_pct, 1),
                ),
                m(v.extended_threshold_mln),
            ],
            vec![t(msg::HEADROOM).into(), m(v.headroom_to_regular_mln)],
            vec![t(msg::RULES_YEAR).into(), p.vangnet.rules_year.to_string()],
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kpi<'a>(v: &'a BuigView, id: &str) -> &'a str {
        &v.kpis.iter().find(|k| k.id == id).unwrap().value
    }

    fn synthetic() -> Dataset {
        crate::embedded::synthetic().expect("embedded")
    }

    #[test]
    fn the_2025_figures_in_dutch_and_in_english() {
        let ds = synthetic();
        let mut s = Scenario::default();
        let v = build(&ds, &s, &Context::default());
        assert_eq!(kpi(&v, "kpi-buig-budget"), "€ 114,46 mln");
        assert_eq!(kpi(&v, "kpi-buig-spend"), "€ 112,85 mln");
        assert_eq!(kpi(&v, "kpi-buig-result"), "€ 1,61 mln");
        assert_eq!(kpi(&v, "kpi-buig-1pp"), "−€ 1,02 mln");
        assert_eq!(
            v.goal_seek.answer,
            "Bij een groei van 5,31% (nu aangenomen: 2,15%)."
        );
        assert_eq!(v.kpis[0].label, "BUIG-budget 2025 (voorlopig)");
        assert_eq!(
            v.kpis[1].note,
            "gem. bestand 5.708,7 × € 18.034 + LKS € 9,90 mln"
        );
        assert_eq!(v.settings.path.selected, 0);
        assert_eq!(v.settings.path_fields.len(), 2);
        assert!(v.settings.lks_from_contracts.is_none());
        let ids: Vec<&str> = v.panels.iter().map(|p| p.chart.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "chart-waterfall",
                "chart-sensitivity",
                "chart-tornado",
                "chart-multiyear"
            ]
        );
        assert_eq!(v.vangnet.rows[4][1], "2025");

        s.lang = Lang::En;
        let v = build(&ds, &s, &Context::default());
        assert_eq!(kpi(&v, "kpi-buig-budget"), "€114.46 m");
        assert_eq!(kpi(&v, "kpi-buig-result"), "€1.61 m");
        assert_eq!(kpi(&v, "kpi-buig-1pp"), "−€1.02 m");
        assert_eq!(
            v.goal_seek.answer,
            "At a growth of 5.31% (now assumed: 2.15%)."
        );
        assert_eq!(v.kpis[0].label, "BUIG budget 2025 (provisional)");
        assert_eq!(
            v.kpis[1].note,
            "avg. caseload 5,708.7 × €18,034 + LKS €9.90 m"
        );
        assert_eq!(v.settings.version.options[0], "provisional");
    }

    fn panel<'a>(v: &'a BuigView, id: &str) -> &'a Panel {
        v.panels.iter().find(|p| p.chart.id == id).unwrap()
    }

    #[test]
    fn the_waterfall_shows_its_result_in_a_zoomed_inset_and_names_its_bars() {
        let v = build(&synthetic(), &Scenario::default(), &Context::default());
        let wf = &panel(&v, "chart-waterfall").chart;
        // The legend names what is shown: no "Bedrag" for the budget and the result.
        let names: Vec<&str> = wf.series.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&"Budget en resultaat"), "{names:?}");
        assert!(names.contains(&"Uitgaven"), "{names:?}");
        assert!(!names.contains(&"Bedrag"), "{names:?}");
        // € 1,61 mln next to € 114 mln: the inset repeats it on a scale of its own.
        let axis = wf.second_axis.as_ref().expect("an inset for the result");
        assert!(axis.inset);
        assert_eq!(axis.title, "Resultaat, ingezoomd (€ mln)");
        let result = &wf.series[axis.series[0]];
        assert_eq!(result.values.last(), Some(&Some(r2(1.61))));
        assert_eq!(result.labels.last().unwrap(), "€ 1,61 mln");
        assert!(result.values[..3].iter().all(Option::is_none));
        // Drawn as a panel of its own, its axis zoomed to the result (not to € 114 mln).
        let plot: serde_json::Value = serde_json::from_str(&wf.to_json(Lang::Nl)).unwrap();
        let l = &plot["layout"];
        assert_eq!(l["yaxis2"]["anchor"], "x2");
        let top = l["yaxis2"]["range"][1].as_f64().unwrap();
        assert!(top > 1.61 && top < 5.0, "{top}");
        assert!(l["xaxis"]["domain"][1].as_f64().unwrap() < 0.8);
        let trace = plot["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["yaxis"] == "y2")
            .expect("the inset's bar");
        assert_eq!(trace["xaxis"], "x2");
        assert_eq!(trace["textposition"], "outside");
        assert_eq!(trace["showlegend"], false);
        // A large result (a bar of its own size) needs no inset.
        let mut s = Scenario::default();
        s.buig.budget_mln = 160.0;
        let v = build(&synthetic(), &s, &Context::default());
        assert!(panel(&v, "chart-waterfall").chart.second_axis.is_none());
    }

    fn r2(x: f64) -> f64 {
        let r = buig::result(&Scenario::default().buig).result_mln;
        assert!((r - x).abs() < 0.005, "{r}");
        r
    }

    #[test]
    fn the_multi_year_result_line_has_its_own_axis() {
        let v = build(&synthetic(), &Scenario::default(), &Context::default());
        let multi = &panel(&v, "chart-multiyear").chart;
        let axis = multi.second_axis.as_ref().expect("a right-hand axis");
        assert!(!axis.inset);
        let line = &multi.series[axis.series[0]];
        assert_eq!(line.name, "Resultaat");
        assert_eq!(line.style, SeriesStyle::Line);
        // The result goes from a surplus to a deficit: its axis crosses zero.
        let vals: Vec<f64> = line.values.iter().flatten().copied().collect();
        assert!(vals[0] > 0.0 && *vals.last().unwrap() < 0.0, "{vals:?}");
        assert!(multi.starts_at_zero(true));
        let plot: serde_json::Value = serde_json::from_str(&multi.to_json(Lang::Nl)).unwrap();
        assert_eq!(plot["layout"]["yaxis2"]["overlaying"], "y");
        assert_eq!(plot["layout"]["yaxis2"]["side"], "right");
        let on_right: Vec<&str> = plot["data"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["yaxis"] == "y2")
            .map(|t| t["name"].as_str().unwrap())
            .collect();
        assert_eq!(on_right, ["Resultaat"], "the bars stay on the left axis");
        // Its table says the same, with a true minus: −€ 2,18 mln by 2029.
        let table = &panel(&v, "chart-multiyear").table;
        let last = table.rows.last().unwrap();
        assert!(last[5].starts_with("−€ "), "{last:?}");
    }

    #[test]
    fn the_tornado_shows_changes_with_their_sign() {
        let v = build(&synthetic(), &Scenario::default(), &Context::default());
        let t = &panel(&v, "chart-tornado").chart;
        let labels: Vec<&str> = t
            .series
            .iter()
            .flat_map(|s| s.labels.iter().map(String::as_str))
            .collect();
        assert!(labels.iter().any(|l| l.starts_with("+€ ")), "{labels:?}");
        assert!(labels.iter().any(|l| l.starts_with("−€ ")), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains('-')), "{labels:?}");
    }

    #[test]
    fn no_dutch_numbers_in_english() {
        let ds = synthetic();
        let mut s = Scenario {
            lang: Lang::En,
            ..Scenario::default()
        };
        let ctx = Context {
            scenario_b: Some(Scenario::default()),
            saved: vec![Scenario::default()],
            ..Context::default()
        };
        s.buig.local_differential_pct = 2.0;
        let v = build(&ds, &s, &ctx);
        let found = crate::views::budget::dutch_numbers(&format!("{v:?}"));
        assert!(found.is_empty(), "{found:?}");
        Choice::BuigCostMode.apply(&mut s, 1);
        let v = build(&ds, &s, &ctx);
        let found = crate::views::budget::dutch_numbers(&format!("{v:?}"));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn tornado_levers_are_named_in_the_language_in_cores_order() {
        for (lever, name) in buig::levers().iter().zip(LEVER_NAMES) {
            assert_eq!(lever.name, name.nl, "the catalogue follows buig::levers()");
        }
        assert_eq!(buig::levers().len(), LEVER_NAMES.len());
        let en = results(&BuigParams::default(), Lang::En).1;
        let tornado = en.iter().find(|p| p.chart.id == "chart-tornado").unwrap();
        assert!(tornado
            .chart
            .categories
            .contains(&"caseload growth (%)".to_string()));
    }

    #[test]
    fn the_lks_spending_of_a_contracts_file_is_offered_to_take_over() {
        let rows: Vec<String> = std::iter::once(
            "contract_id;startdatum;einddatum;loonwaarde_pct;subsidie_mnd".to_string(),
        )
        .chain((1..=500).map(|i| format!("C{i};01-01-2024;;45;1.400,00")))
        .chain(std::iter::once("C501;01-01-2024;;50;".to_string()))
        .collect();
        let csv = rows.join("\r\n") + "\r\n";
        let file = bijstand_core::io::load(
            csv.as_bytes(),
            "lks.csv",
            &bijstand_core::io::LoadOptions::default(),
        )
        .unwrap();
        let ds = synthetic().with_contracts(file.contracts().cloned().map(std::sync::Arc::new));
        let mut s = Scenario::default();
        let v = build(&ds, &s, &Context::default());
        let offer = v.settings.lks_from_contracts.clone().expect("offered");
        assert_eq!(
            offer.text,
            "Uit het contractenbestand 2025: € 8,40 mln (500 contracten met een \
             subsidiebedrag, 1 zonder bedrag niet meegeteld; lopende contracten tellen het \
             hele jaar mee)."
        );
        assert_eq!(offer.take, 8.4);
        assert!(!offer.taken);
        assert_eq!(kpi(&v, "kpi-buig-result"), "€ 1,61 mln");
        Field::BuigLks.set(&mut s, offer.take);
        let v = build(&ds, &s, &Context::default());
        assert_eq!(kpi(&v, "kpi-buig-result"), "€ 3,11 mln");
        assert!(v.settings.lks_from_contracts.unwrap().taken);
    }

    #[test]
    fn the_path_and_cost_mode_decide_the_fields() {
        let ds = synthetic();
        let mut s = Scenario::default();
        Choice::BuigPath.apply(&mut s, 1);
        Choice::BuigCostMode.apply(&mut s, 1);
        let v = build(&ds, &s, &Context::default());
        assert_eq!(v.settings.path.selected, 1);
        assert_eq!(v.settings.path_fields[0].field, Field::BuigGrowth);
        assert_eq!(v.settings.path_fields[0].value, 2.15);
        assert_eq!(v.settings.cost_mode.selected, 1);
        match &v.settings.cost {
            CostInput::Calibrated(text) => {
                assert!(
                    text.starts_with("Geijkte kosten per uitkering: € "),
                    "{text}"
                )
            }
            other => panic!("{other:?}"),
        }
        Choice::BuigPath.apply(&mut s, 2);
        let v = build(&ds, &s, &Context::default());
        assert_eq!(v.settings.path.selected, 2);
        assert!(v.settings.path_fields.is_empty());
    }

    #[test]
    fn no_break_even_growth_is_a_sentence_with_what_would_work() {
        let ds = synthetic();
        let mut s = Scenario::default();
        s.buig.caseload_start = 0.0;
        let v = build(&ds, &s, &Context::default());
        assert_eq!(
            v.goal_seek.answer,
            "Er is geen groei tussen −100% en +100% waarbij het resultaat 0 wordt: het blijft \
             een overschot, tussen € 104,56 mln en € 104,56 mln. Met een bestand van 0 aan het \
             begin van het jaar maakt de groei niets uit. Vul bij 'Bestand begin jaar' het \
             aantal uitkeringen in (bijvoorbeeld 5.648)."
        );
        s.lang = Lang::En;
        let v = build(&ds, &s, &Context::default());
        assert!(
            v.goal_seek.answer.starts_with(
                "No growth between −100% and +100% makes the result 0: it stays a surplus"
            ),
            "{}",
            v.goal_seek.answer
        );
        assert!(!v.goal_seek.answer.contains('{'));
        // A deficit at every growth.
        let mut s = Scenario::default();
        s.buig.budget_mln = 0.01;
        let v = build(&ds, &s, &Context::default());
        assert!(
            v.goal_seek.answer.contains("het blijft een tekort"),
            "{}",
            v.goal_seek.answer
        );
    }

    #[test]
    fn the_vangnet_in_words_at_the_default_and_at_20000_per_benefit() {
        let ds = synthetic();
        // The reference scenario: a surplus, no vangnet.
        let s = Scenario::default();
        let w = build(&ds, &s, &Context::default()).vangnet_words;
        let r = buig::result(&s.buig);
        let v = buig::vangnet(
            r.budget_mln,
            r.spend_mln,
            s.buig.budget_version,
            &s.buig.vangnet,
        );
        assert_eq!(
            w.verdict,
            format!(
                "Er is geen tekort in 2025, dus het vangnet is niet aan de orde. Het resultaat \
                 kan nog {} dalen voordat het reguliere vangnet iets vergoedt.",
                format::eur_mln(Lang::Nl, v.headroom_to_regular_mln, 2)
            )
        );
        assert!(w
            .action
            .starts_with("Wat de raad moet doen: niets aanvragen."));
        assert_eq!(w.thresholds.len(), 2);
        assert!(w.thresholds[0].starts_with("Drempel regulier vangnet, 7,5% (€ 8,58 mln)"));
        assert!(w.thresholds[1]
            .starts_with("Drempel aanvullend vangnet, 5,0% (€ 5,72 mln): lager, omdat"));
        assert_eq!(w.per_year.len(), 5);
        assert!(w.per_year[0].starts_with("2025: Er is geen tekort"));

        // € 20.000 per uitkering: the deficit passes 7,5%; the regular vangnet pays, provided
        // 2023–2025 together pass 7,5% too (2023 is not entered).
        let mut s = Scenario::default();
        s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 20_000.0 };
        let r = buig::result(&s.buig);
        let v = buig::vangnet(
            r.budget_mln,
            r.spend_mln,
            s.buig.budget_version,
            &s.buig.vangnet,
        );
        assert!(v.deficit_pct > 7.5 && v.regular_eligible.is_none());
        let paid = v.regular_compensation_if_eligible_mln;
        assert!(paid > 0.0);
        for lang in [Lang::Nl, Lang::En] {
            s.lang = lang;
            let view = build(&ds, &s, &Context::default());
            let w = &view.vangnet_words;
            let (applies, condition, action) = match lang {
                Lang::Nl => (
                    format!(
                        "het reguliere vangnet is van toepassing en vergoedt ongeveer {}",
                        format::eur_mln(lang, paid, 2)
                    ),
                    "mits de tekorten van 2023 tot en met 2025 samen ook boven 7,5% uitkomen (het tekort van 2023 is niet ingevuld)",
                    "De raad moet met die verklaring instemmen",
                ),
                Lang::En => (
                    format!(
                        "the regular safety net applies and pays about {}",
                        format::eur_mln(lang, paid, 2)
                    ),
                    "provided the deficits of 2023 to 2025 together are above 7.5% too (the deficit of 2023 is not entered)",
                    "The council must consent to that statement",
                ),
            };
            assert!(w.verdict.contains(&applies), "{}", w.verdict);
            assert!(w.verdict.contains(condition), "{}", w.verdict);
            assert!(
                w.verdict.contains(&format::pct(lang, v.deficit_pct, 1)),
                "{}",
                w.verdict
            );
            assert!(w.action.contains(action), "{}", w.action);
            // The multi-year table says the same for 2025 in its vangnet column.
            let multi = view
                .panels
                .iter()
                .find(|p| p.chart.id == "chart-multiyear")
                .unwrap();
            let cell = multi.table.rows[0].last().unwrap();
            assert!(cell.contains(&format::eur_mln(lang, paid, 2)), "{cell}");
            assert_eq!(
                multi.table.headers.last().unwrap(),
                msg::VANGNET_COLUMN.get(lang)
            );
            // Each later year is judged with the projected years before it.
            let years = buig::vangnet_per_year(&s.buig);
            for (line, y) in w.per_year.iter().zip(&years) {
                assert!(line.starts_with(&format!("{}: ", y.year)), "{line}");
            }
        }
    }
}
