//! The BUIG screen model (FORMULAS F6, F7, F12): the assumptions, the goal-seek for the
//! break-even growth, key figures, waterfall, sensitivity, tornado, multi-year view, vangnet
//! and the comparison of scenario A with B.

use bijstand_core::buig::{self, BudgetVersion, BuigParams, CaseloadPath, CostPerBenefit};
use bijstand_core::format;
use bijstand_core::i18n::{Count, Dec, EurMln, Msg, Plain, SignedEurMln};
use bijstand_core::lang::Lang;
use bijstand_core::lks;
use bijstand_core::model::Dataset;
use bijstand_core::scenario::Scenario;
use bijstand_core::tornado::{tornado, Bounds, Lever};

use super::budget::{mln, waterfall, Choice, Field, NumberInput, Select, Step, VERSIONS};
use super::scenarios::{self, CompareView};
use super::{Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
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
    /// Scenario A and B, and the saved scenarios.
    pub compare: CompareView,
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
            Err(e) => msg::no_solution(lang, format!("{e:?}")),
        },
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
        &m,
        lang,
    );
    wf.note = Some(t(msg::NOT_EARMARKED).into());

    // Multi-year.
    let years = buig::multi_year(p);
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
            ]
            .iter()
            .map(|h| h.get(lang).to_string())
            .collect(),
            rows: years
                .iter()
                .zip(&ylab)
                .map(|(y, l)| {
                    vec![
                        l.clone(),
                        format::dec(lang, y.caseload.end.round(), 0),
                        dec_or_dash(lang, y.caseload.aow_exits.map(f64::round), 0),
                        m(y.budget_mln),
                        m(y.spend_mln),
                        m(y.result_mln),
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
}
