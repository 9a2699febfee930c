//! BUIG and LKS view models (FORMULAS F4–F8, F12): results, waterfall, multi-year view,
//! sensitivity, tornado, vangnet and the comparison of scenario A with B.

use bijstand_core::buig::{self, BuigParams};
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::lks::{self, LksParams, LoonwaardeRaise};
use bijstand_core::model::LksContracts;
use bijstand_core::params::diff;
use bijstand_core::scenario::Scenario;
use bijstand_core::tornado::{tornado, Bounds};

use super::{Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};

const INVISIBLE: &str = "rgba(0,0,0,0)";

fn mln(x: f64) -> String {
    format::nl::eur_mln(x, 2)
}

/// A waterfall drawn as stacked bars: an invisible base and a visible step per category.
fn waterfall(
    id: &str,
    title: &str,
    steps: &[(String, f64, bool)],
    unit: &str,
    fmt: fn(f64) -> String,
    lang: Lang,
) -> Panel {
    // steps: (label, value, is_total). Totals stand on 0; other steps move the running level.
    let mut level = 0.0;
    let (mut base, mut up, mut down, mut labels_up, mut labels_down) =
        (vec![], vec![], vec![], vec![], vec![]);
    for (_, v, total) in steps {
        let (from, to) = if *total {
            (0.0, *v)
        } else {
            (level, level + v)
        };
        level = if *total { *v } else { level + v };
        base.push(Some(from.min(to)));
        let h = (to - from).abs();
        let rising = *total || *v >= 0.0;
        up.push(rising.then_some(h));
        down.push((!rising).then_some(h));
        labels_up.push(if rising { fmt(*v) } else { String::new() });
        labels_down.push(if rising { String::new() } else { fmt(*v) });
    }
    let cats: Vec<String> = steps.iter().map(|s| s.0.clone()).collect();
    let n = cats.len();
    Panel {
        chart: ChartSpec {
            id: id.into(),
            title: title.into(),
            categories: cats.clone(),
            series: vec![
                Series::new(
                    "basis",
                    base,
                    vec![String::new(); n],
                    INVISIBLE,
                    SeriesStyle::Bar,
                ),
                Series::new(
                    lang.t("Bedrag", "Amount"),
                    up,
                    labels_up,
                    PALETTE[0],
                    SeriesStyle::Bar,
                ),
                Series::new(
                    lang.t("Uitgaven", "Spending"),
                    down,
                    labels_down,
                    PALETTE[1],
                    SeriesStyle::Bar,
                ),
            ],
            kind: ChartKind::Combo { stacked: true },
            value_title: unit.into(),
        },
        table: Table {
            caption: title.into(),
            headers: vec![
                lang.t("Post", "Item").into(),
                lang.t("Bedrag", "Amount").into(),
            ],
            rows: steps
                .iter()
                .map(|(l, v, _)| vec![l.clone(), fmt(*v)])
                .collect(),
        },
        note: None,
    }
}

/// The BUIG screen.
pub fn buig_view(p: &BuigParams, lang: Lang) -> (Vec<Kpi>, Vec<Panel>) {
    let r = buig::result(p);
    let sens = buig::sensitivity(p, 1.0);
    let be = buig::break_even_growth(p).ok();
    let kpis = vec![
        Kpi {
            id: "kpi-buig-budget",
            label: format!(
                "{} {} ({})",
                lang.t("BUIG-budget", "BUIG budget"),
                r.year,
                lang.t(r.budget_version.label_nl(), r.budget_version.label_en())
            ),
            value: mln(r.budget_mln),
            note: match r.sub_budget_sum_mln {
                Some(s) => format!(
                    "{}: {}",
                    lang.t("deelbudgetten samen", "sub-budgets together"),
                    mln(s)
                ),
                None => lang
                    .t("deelbudgetten ontbreken", "sub-budgets missing")
                    .into(),
            },
        },
        Kpi {
            id: "kpi-buig-spend",
            label: lang.t("Verwachte uitgaven", "Expected spending").into(),
            value: mln(r.spend_mln),
            note: format!(
                "{} {} × {} + LKS {}",
                lang.t("gem. bestand", "avg. caseload"),
                format::nl::dec(r.caseload_average, 1),
                format::nl::eur(r.cost_per_benefit_eur),
                mln(r.lks_spend_mln)
            ),
        },
        Kpi {
            id: "kpi-buig-result",
            label: lang
                .t(
                    "Resultaat (budget − uitgaven)",
                    "Result (budget − spending)",
                )
                .into(),
            value: mln(r.result_mln),
            note: match r.result_incl_eigen_middelen_mln {
                Some(x) => format!(
                    "{}: {}",
                    lang.t("incl. eigen middelen", "incl. own means"),
                    mln(x)
                ),
                None => lang.t("excl. eigen middelen", "excl. own means").into(),
            },
        },
        Kpi {
            id: "kpi-buig-1pp",
            label: lang
                .t("Effect +1 procentpunt groei", "Effect of +1 pp growth")
                .into(),
            value: mln(sens.effect.full_year_mln),
            note: format!(
                "{}: {}",
                lang.t("in het jaar zelf", "in-year"),
                mln(sens.effect.in_year_mln)
            ),
        },
        Kpi {
            id: "kpi-buig-breakeven",
            label: lang
                .t(
                    "Groei waarbij resultaat 0 is",
                    "Growth at which the result is 0",
                )
                .into(),
            value: be
                .map(|s| format::nl::pct(s.x, 2))
                .unwrap_or_else(|| "–".into()),
            note: format!(
                "{}: {}",
                lang.t("aangenomen groei", "assumed growth"),
                r.growth_pct
                    .map(|g| format::nl::pct(g, 2))
                    .unwrap_or_else(|| "–".into())
            ),
        },
    ];

    let steps = vec![
        (lang.t("Budget", "Budget").to_string(), r.budget_mln, true),
        (
            lang.t("Uitkeringen", "Benefits").to_string(),
            -r.benefit_spend_mln,
            false,
        ),
        (
            lang.t("LKS", "Wage subsidy").to_string(),
            -r.lks_spend_mln,
            false,
        ),
        (
            lang.t("Resultaat", "Result").to_string(),
            r.result_mln,
            true,
        ),
    ];
    let mut wf = waterfall(
        "chart-waterfall",
        lang.t("Van budget naar resultaat", "From budget to result"),
        &steps,
        "€ mln",
        mln,
        lang,
    );
    wf.note = Some(lang.t("Het BUIG-budget is niet geoormerkt: een overschot mag de gemeente houden, een tekort vangt zij zelf op.", "The BUIG budget is not earmarked: the municipality keeps a surplus and bears a deficit.").into());

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
    let multi = Panel {
        chart: ChartSpec {
            id: "chart-multiyear".into(),
            title: lang.t("Meerjarig: budget, uitgaven en resultaat", "Multi-year: budget, spending and result").into(),
            categories: ylab.clone(),
            series: vec![
                Series::new(lang.t("Budget", "Budget"), years.iter().map(|y| Some(y.budget_mln)).collect(), years.iter().map(|y| mln(y.budget_mln)).collect(), PALETTE[0], SeriesStyle::Bar),
                Series::new(lang.t("Uitgaven", "Spending"), years.iter().map(|y| Some(y.spend_mln)).collect(), years.iter().map(|y| mln(y.spend_mln)).collect(), PALETTE[1], SeriesStyle::Bar),
                Series::new(lang.t("Resultaat", "Result"), years.iter().map(|y| Some(y.result_mln)).collect(), years.iter().map(|y| mln(y.result_mln)).collect(), PALETTE[2], SeriesStyle::Line),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: "€ mln".into(),
        },
        table: Table {
            caption: lang.t("Meerjarig", "Multi-year").into(),
            headers: [("Jaar", "Year"), ("Bestand eind", "Caseload at end"), ("AOW-uitstroom", "State-pension exits"), ("Budget", "Budget"), ("Uitgaven", "Spending"), ("Resultaat", "Result")].iter().map(|(nl, en)| lang.t(nl, en).to_string()).collect(),
            rows: years.iter().zip(&ylab).map(|(y, l)| vec![l.clone(), format::nl::dec(y.caseload.end.round(), 0), y.caseload.aow_exits.map(|a| format::nl::dec(a.round(), 0)).unwrap_or_else(|| "–".into()), mln(y.budget_mln), mln(y.spend_mln), mln(y.result_mln)]).collect(),
        },
        note: Some(lang.t("* budget doorgetrokken met landelijke groei en prijsindex (aanname). AOW-uitstroom is zekere uitstroom en zit in het bestand.", "* budget extrapolated with national growth and price index (assumption). State-pension exits are certain outflow, included in the caseload.").into()),
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
            q.caseload_path = buig::CaseloadPath::Growth { pct: g };
            buig::result(&q).result_mln
        })
        .collect();
    let mut sens_panel = Panel {
        chart: ChartSpec {
            id: "chart-sensitivity".into(),
            title: lang
                .t("Resultaat bij andere groei", "Result at other growth")
                .into(),
            categories: xs.iter().map(|g| format::nl::pct(*g, 2)).collect(),
            series: vec![Series::new(
                lang.t("Resultaat", "Result"),
                ys.iter()
                    .map(|y| Some((y * 100.0).round() / 100.0))
                    .collect(),
                ys.iter().map(|y| mln(*y)).collect(),
                PALETTE[0],
                SeriesStyle::Line,
            )],
            kind: ChartKind::Combo { stacked: false },
            value_title: "€ mln".into(),
        },
        table: Table {
            caption: lang
                .t("Resultaat bij andere groei", "Result at other growth")
                .into(),
            headers: vec![
                lang.t("Groei", "Growth").into(),
                lang.t("Resultaat", "Result").into(),
            ],
            rows: xs
                .iter()
                .zip(&ys)
                .map(|(g, y)| vec![format::nl::pct(*g, 2), mln(*y)])
                .collect(),
        },
        note: None,
    };
    sens_panel.note = Some(match sens.break_even_full_year_pp {
        Some(pp) => format!(
            "{} {} {} ({} {}).",
            lang.t("Het overschot verdwijnt bij", "The surplus is gone at"),
            format::nl::dec(pp, 2),
            lang.t(
                "procentpunt extra groei, volledig jaar",
                "percentage points extra growth, full year"
            ),
            lang.t("in het jaar zelf:", "in-year:"),
            sens.break_even_in_year_pp
                .map(|x| format::nl::dec(x, 2))
                .unwrap_or_else(|| "–".into())
        ),
        None => lang
            .t(
                "Er is geen overschot om te verliezen.",
                "There is no surplus to lose.",
            )
            .into(),
    });

    // Tornado.
    let levers: Vec<_> = buig::levers()
        .into_iter()
        .map(|l| (l, Bounds::Relative(0.10)))
        .collect();
    let base = r.result_mln;
    let bars = tornado(p, |q| buig::result(q).result_mln, &levers);
    let tornado_panel = Panel {
        chart: ChartSpec {
            id: "chart-tornado".into(),
            title: lang
                .t(
                    "Gevoeligheid van het resultaat (±10%)",
                    "Sensitivity of the result (±10%)",
                )
                .into(),
            categories: bars.iter().map(|b| lever_name(&b.name, lang)).collect(),
            series: vec![
                Series::new(
                    lang.t("−10%", "−10%"),
                    bars.iter()
                        .map(|b| Some(((b.result_low - base) * 100.0).round() / 100.0))
                        .collect(),
                    bars.iter().map(|b| mln(b.result_low - base)).collect(),
                    PALETTE[0],
                    SeriesStyle::Bar,
                ),
                Series::new(
                    lang.t("+10%", "+10%"),
                    bars.iter()
                        .map(|b| Some(((b.result_high - base) * 100.0).round() / 100.0))
                        .collect(),
                    bars.iter().map(|b| mln(b.result_high - base)).collect(),
                    PALETTE[1],
                    SeriesStyle::Bar,
                ),
            ],
            kind: ChartKind::Bar { horizontal: true },
            value_title: lang
                .t("verandering resultaat (€ mln)", "change in result (€ mln)")
                .into(),
        },
        table: Table {
            caption: lang.t("Gevoeligheid", "Sensitivity").into(),
            headers: [
                ("Aanname", "Assumption"),
                ("Basis", "Base"),
                ("−10%", "−10%"),
                ("+10%", "+10%"),
                ("Resultaat −10%", "Result −10%"),
                ("Resultaat +10%", "Result +10%"),
            ]
            .iter()
            .map(|(nl, en)| lang.t(nl, en).to_string())
            .collect(),
            rows: bars
                .iter()
                .map(|b| {
                    vec![
                        lever_name(&b.name, lang),
                        format::nl::dec(b.base_input, 2),
                        format::nl::dec(b.low_input, 2),
                        format::nl::dec(b.high_input, 2),
                        mln(b.result_low),
                        mln(b.result_high),
                    ]
                })
                .collect(),
        },
        note: Some(
            lang.t("Grootste invloed bovenaan.", "Largest effect on top.")
                .into(),
        ),
    };
    (kpis, vec![wf, sens_panel, tornado_panel, multi])
}

/// The vangnet (safety net) as a table for the current result.
pub fn vangnet_table(p: &BuigParams, lang: Lang) -> Table {
    let r = buig::result(p);
    let v = buig::vangnet(r.budget_mln, r.spend_mln, p.budget_version, &p.vangnet);
    Table {
        caption: lang.t("Vangnet", "Safety net").into(),
        headers: vec![
            lang.t("Onderdeel", "Item").into(),
            lang.t("Waarde", "Value").into(),
        ],
        rows: vec![
            vec![
                lang.t("Tekort", "Deficit").into(),
                format!(
                    "{} ({})",
                    mln(v.deficit_mln),
                    format::nl::pct(v.deficit_pct, 2)
                ),
            ],
            vec![
                format!(
                    "{} ({})",
                    lang.t("Drempel regulier vangnet", "Regular threshold"),
                    format::nl::pct(p.vangnet.regular_threshold_pct, 1)
                ),
                mln(v.regular_threshold_mln),
            ],
            vec![
                format!(
                    "{} ({})",
                    lang.t("Drempel aanvullend vangnet", "Extended threshold"),
                    format::nl::pct(p.vangnet.extended_threshold_pct, 1)
                ),
                mln(v.extended_threshold_mln),
            ],
            vec![
                lang.t(
                    "Ruimte tot regulier vangnet",
                    "Headroom to regular safety net",
                )
                .into(),
                mln(v.headroom_to_regular_mln),
            ],
            vec![
                lang.t("Regels van jaar", "Rules of year").into(),
                p.vangnet.rules_year.to_string(),
            ],
        ],
    }
}

/// Differences between scenario A (current) and B, assumptions and results. With a
/// contracts file loaded, each scenario's LKS counts come from it when it says so.
pub fn compare_table(
    a: &Scenario,
    b: &Scenario,
    contracts: Option<&LksContracts>,
    lang: Lang,
) -> Table {
    let (ra, rb) = (buig::result(&a.buig), buig::result(&b.buig));
    let (la, lb) = (
        lks::with_contracts(&a.lks, contracts),
        lks::with_contracts(&b.lks, contracts),
    );
    let mut rows = vec![
        vec![
            lang.t("Resultaat BUIG", "BUIG result").into(),
            mln(ra.result_mln),
            mln(rb.result_mln),
            mln(ra.result_mln - rb.result_mln),
        ],
        vec![
            lang.t("Uitgaven BUIG", "BUIG spending").into(),
            mln(ra.spend_mln),
            mln(rb.spend_mln),
            mln(ra.spend_mln - rb.spend_mln),
        ],
        vec![
            lang.t("LKS lopend eind jaar", "LKS running at year end")
                .into(),
            format::nl::dec(lks::year_end_projection(&la).end_running.round(), 0),
            format::nl::dec(lks::year_end_projection(&lb).end_running.round(), 0),
            format::nl::dec(
                (lks::year_end_projection(&la).end_running
                    - lks::year_end_projection(&lb).end_running)
                    .round(),
                0,
            ),
        ],
    ];
    let mut a2 = a.clone();
    let mut b2 = b.clone();
    a2.name.clear();
    b2.name.clear();
    a2.view = Default::default();
    b2.view = Default::default();
    for d in diff(&a2, &b2) {
        rows.push(vec![
            d.field.clone(),
            d.left.map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
            d.right.map(|v| v.to_string()).unwrap_or_else(|| "–".into()),
            String::new(),
        ]);
    }
    let head = |s: &Scenario, x: &str| {
        if s.name.is_empty() || s.name == x {
            x.to_string()
        } else {
            format!("{x}: {}", s.name)
        }
    };
    Table {
        caption: lang.t("Scenario A en B", "Scenario A and B").into(),
        headers: vec![
            String::new(),
            head(a, "A"),
            head(b, "B"),
            lang.t("A − B", "A − B").into(),
        ],
        rows,
    }
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
                format::nl::dec(b.from_pct, 0),
                format::nl::dec(b.to_pct, 0)
            )
        })
        .collect();
    let counts: Vec<u32> = h.bins.iter().map(|b| b.count).collect();
    let title = format!(
        "{} {}",
        lang.t(
            "Loonwaarde van de lopende contracten op",
            "Wage value of the contracts running on"
        ),
        p.period().1
    );
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
        s.name = lang.t("Contracten", "Contracts").into();
    }
    panel.chart.value_title = lang.t("contracten", "contracts").into();
    panel.table.headers[0] = lang.t("Loonwaarde", "Wage value").into();
    panel.note = Some(match (sum.mean_pct, sum.median_pct) {
        (Some(mean), Some(median)) if sum.count >= threshold => format!(
            "{} {} · {} {} · n = {}{}",
            lang.t("Gemiddeld", "Mean"),
            format::nl::pct(mean, 1),
            lang.t("mediaan", "median"),
            format::nl::pct(median, 1),
            format::nl::int(i64::from(sum.count)),
            if h.outside > 0 {
                format!(
                    " · {} {}",
                    h.outside,
                    lang.t("buiten 0–100%", "outside 0–100%")
                )
            } else {
                String::new()
            }
        ),
        _ => format!(
            "{} {threshold} {}",
            lang.t("Minder dan", "Fewer than"),
            lang.t(
                "lopende contracten: gemiddelde en mediaan worden niet getoond.",
                "running contracts: mean and median are not shown."
            )
        ),
    });
    panel
}

/// The LKS screen. `contracts`: a loaded contracts file; `threshold`: small-cell rule.
pub fn lks_view(
    p: &LksParams,
    raise: &LoonwaardeRaise,
    cost_per_benefit: f64,
    contracts: Option<&LksContracts>,
    threshold: u32,
    lang: Lang,
) -> (Vec<Kpi>, Vec<Panel>) {
    let inputs = lks_inputs(p, raise, contracts);
    let p = &inputs.params;
    let raise = &inputs.raise;
    let sf = lks::stock_flow(p);
    let ye = lks::year_end_projection(p);
    let tp = lks::target_progress(p, p.definition);
    let ny = lks::next_year_starts(p, p.definition);
    let n0 = |x: f64| format::nl::dec(x.round(), 0);
    let kpis = vec![
        Kpi {
            id: "kpi-lks-running",
            label: lang
                .t("LKS-contracten lopend nu", "LKS contracts running now")
                .into(),
            value: n0(sf.end_running),
            note: format!(
                "{} {} + {} − {}",
                lang.t("start", "start"),
                n0(p.start_running),
                n0(p.started),
                n0(p.ended)
            ),
        },
        Kpi {
            id: "kpi-lks-inuse",
            label: lang.t("In gebruik dit jaar", "In use this year").into(),
            value: n0(sf.in_use),
            note: lang
                .t("lopend bij start + gestart", "running at start + started")
                .into(),
        },
        Kpi {
            id: "kpi-lks-progress",
            label: format!(
                "{} ({})",
                lang.t("Voortgang doel", "Progress on target"),
                p.definition.code()
            ),
            value: match &tp {
                Some(t) => format!(
                    "{} / {}",
                    format::nl::dec(t.realised, 1),
                    format::nl::dec(t.path, 1)
                ),
                None => lang.t("niet berekenbaar", "not computable").into(),
            },
            note: match &tp {
                Some(t) => format!(
                    "{} {}",
                    if t.ahead >= 0.0 {
                        lang.t("voor op schema:", "ahead of schedule:")
                    } else {
                        lang.t("achter op schema:", "behind schedule:")
                    },
                    format::nl::dec(t.ahead.abs(), 1)
                ),
                None => lang
                    .t("vul het vorige jaar in", "enter last year's figures")
                    .into(),
            },
        },
        Kpi {
            id: "kpi-lks-needed",
            label: lang
                .t("Nodig per resterende maand", "Needed per remaining month")
                .into(),
            value: tp
                .and_then(|t| t.needed_per_month)
                .map(|x| format::nl::dec(x, 1))
                .unwrap_or_else(|| "–".into()),
            note: format!(
                "{} {}",
                lang.t("tempo tot nu:", "pace so far:"),
                format::nl::dec(p.starts_pace(), 1)
            ),
        },
        Kpi {
            id: "kpi-lks-yearend",
            label: lang
                .t("Verwachte stand eind jaar", "Expected year-end stock")
                .into(),
            value: n0(ye.end_running),
            note: format!(
                "{}: {}",
                lang.t("netto groei", "net growth"),
                format::nl::dec(ye.net_growth_year, 1)
            ),
        },
        Kpi {
            id: "kpi-lks-next",
            label: lang
                .t("Starts nodig volgend jaar", "Starts needed next year")
                .into(),
            value: n0(ny.starts_needed),
            note: format!(
                "{} {}",
                format::nl::dec(ny.per_month, 1),
                lang.t("per maand", "per month")
            ),
        },
    ];

    let steps = vec![
        (
            lang.t("Lopend bij start", "Running at start").to_string(),
            p.start_running,
            true,
        ),
        (lang.t("Gestart", "Started").to_string(), p.started, false),
        (lang.t("Beëindigd", "Ended").to_string(), -p.ended, false),
        (
            lang.t("Lopend nu", "Running now").to_string(),
            sf.end_running,
            true,
        ),
    ];
    let mut stock = waterfall(
        "chart-lks-stockflow",
        lang.t("LKS: voorraad en stromen", "LKS: stock and flows"),
        &steps,
        lang.t("contracten", "contracts"),
        |x| format::nl::dec(x.round(), 0),
        lang,
    );
    stock.note = Some(format!(
        "{}: {}",
        lang.t("Definitie doel", "Target definition"),
        lang.t(p.definition.description_nl(), p.definition.description_en())
    ));

    // Subsidy and saving per loonwaarde (F8).
    let lws: Vec<f64> = (2..=16).map(|k| k as f64 * 5.0).collect();
    let rows: Vec<lks::SubsidyRow> = lws
        .iter()
        .map(|&lw| lks::subsidy_row(p, lw, p.hours_per_week, cost_per_benefit))
        .collect();
    let subsidy = Panel {
        chart: ChartSpec {
            id: "chart-lks-subsidy".into(),
            title: lang.t("Subsidie en besparing per contract naar loonwaarde", "Subsidy and saving per contract by wage value").into(),
            categories: lws.iter().map(|l| format!("{}%", format::nl::dec(*l, 0))).collect(),
            series: vec![
                Series::new(lang.t("LKS per jaar", "Subsidy per year"), rows.iter().map(|r| Some(r.subsidy_eur.round())).collect(), rows.iter().map(|r| format::nl::eur(r.subsidy_eur)).collect(), PALETTE[1], SeriesStyle::Line),
                Series::new(lang.t("Besparing t.o.v. uitkering", "Saving vs benefit"), rows.iter().map(|r| Some(r.saving_vs_benefit_eur.round())).collect(), rows.iter().map(|r| format::nl::eur(r.saving_vs_benefit_eur)).collect(), PALETTE[2], SeriesStyle::Line),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: "€".into(),
        },
        table: Table {
            caption: lang.t("Subsidie per contract", "Subsidy per contract").into(),
            headers: vec![lang.t("Loonwaarde", "Wage value").into(), lang.t("LKS per jaar", "Subsidy per year").into(), lang.t("Besparing", "Saving").into()],
            rows: rows.iter().map(|r| vec![format::nl::pct(r.loonwaarde_pct, 0), format::nl::eur(r.subsidy_eur), format::nl::eur(r.saving_vs_benefit_eur)]).collect(),
        },
        note: Some(format!(
            "{} {} {}. {} {}.",
            lang.t("Per 10 procentpunt hogere loonwaarde bespaart de gemeente", "Each 10 percentage points of wage value saves"),
            format::nl::eur(10.0 * lks::saving_per_point_eur(p, p.hours_per_week)),
            lang.t("per contract per jaar", "per contract per year"),
            lang.t("Bij een lage loonwaarde kost LKS meer dan de uitkering; dan is het doel ontwikkeling, geen besparing. Vergeleken met kosten per uitkering", "At a low wage value LKS costs more than the benefit; the aim is then development, not savings. Compared with cost per benefit"),
            format::nl::eur(cost_per_benefit)
        )),
    };
    let saving = lks::loonwaarde_raise_saving_eur(p, raise);
    let mut kpis = kpis;
    kpis.push(Kpi {
        id: "kpi-lks-raise",
        label: format!(
            "{} +{} {}",
            lang.t("BUIG-effect loonwaarde", "BUIG effect of wage value"),
            format::nl::dec(raise.points, 0),
            lang.t("punten", "points")
        ),
        value: format::nl::eur_mln(saving / 1e6, 2),
        note: format!(
            "{} {} {} u/w{}",
            n0(raise.contracts),
            lang.t("contracten van", "contracts of"),
            format::nl::dec(raise.hours_per_week, 1),
            raise
                .from_pct
                .map(|f| format!(", {} {}", lang.t("vanaf", "from"), format::nl::pct(f, 1)))
                .unwrap_or_default()
        ),
    });
    let mut panels = vec![stock, subsidy];
    if let Some(run) = &inputs.running {
        let lw = loonwaarde_panel(p, run, threshold, lang);
        let values: Vec<f64> = run.iter().map(|c| c.loonwaarde_pct).collect();
        let mean = lks::loonwaarde_summary(p, &values).mean_pct;
        kpis.push(Kpi {
            id: "kpi-lks-loonwaarde",
            label: lang
                .t("Gemiddelde loonwaarde lopend", "Mean wage value running")
                .into(),
            value: match mean {
                Some(m) if run.len() as u32 >= threshold => format::nl::pct(m, 1),
                _ => "–".into(),
            },
            note: format!(
                "{} {}",
                lang.t("contractenbestand, op", "contracts file, on"),
                p.period().1
            ),
        });
        panels.push(lw);
    }
    (kpis, panels)
}

/// The English name of a tornado lever (core names them in Dutch).
fn lever_name(nl: &str, lang: Lang) -> String {
    let en = match nl {
        "groei bijstandsbestand (%)" => "caseload growth (%)",
        "kosten per uitkering (€)" => "cost per benefit (€)",
        "LKS-uitgaven (€ mln)" => "LKS spending (€ mln)",
        "BUIG-budget (€ mln)" => "BUIG budget (€ mln)",
        "bijstandsbestand begin jaar" => "caseload at start of year",
        other => other,
    };
    lang.t(nl, en).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::io::{load, LoadOptions};

    fn synthetic_contracts() -> LksContracts {
        let csv =
            bijstand_core::synth::contracts::to_csv(&bijstand_core::synth::contracts::generate());
        let ds = load(csv.as_bytes(), "lks.csv", &LoadOptions::default()).unwrap();
        ds.contracts.unwrap().contracts.clone()
    }

    fn kpi<'a>(kpis: &'a [Kpi], id: &str) -> &'a str {
        &kpis.iter().find(|k| k.id == id).unwrap().value
    }

    #[test]
    fn the_lks_view_counts_from_contracts_and_shows_the_loonwaarde_histogram() {
        let c = synthetic_contracts();
        let p = LksParams {
            start_running: 1.0,
            started: 1.0,
            ended: 0.0,
            ..LksParams::default()
        };
        let raise = LoonwaardeRaise {
            from_contracts: true,
            ..LoonwaardeRaise::default()
        };
        let (kpis, panels) = lks_view(&p, &raise, 17_000.0, Some(&c), 10, Lang::Nl);
        assert_eq!(kpi(&kpis, "kpi-lks-running"), "516");
        assert_eq!(kpi(&kpis, "kpi-lks-inuse"), "671");
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
        let mean = kpi(&kpis, "kpi-lks-loonwaarde");
        assert!(mean.ends_with('%') && mean != "–", "{mean}");
        // The raise starts from the running contracts' mean.
        let raise_kpi = kpis.iter().find(|k| k.id == "kpi-lks-raise").unwrap();
        assert!(raise_kpi.note.starts_with("516 "), "{}", raise_kpi.note);

        // Without contracts: the entered counts, no histogram.
        let (kpis, panels) = lks_view(&p, &raise, 17_000.0, None, 10, Lang::Nl);
        assert_eq!(kpi(&kpis, "kpi-lks-running"), "2");
        assert!(panels.iter().all(|p| p.chart.id != "chart-lks-loonwaarde"));
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
