//! The projection view model (FORMULAS F1): the three methods side by side as a range
//! band, the begroting line, the AOW exits apart, and what the spread costs.

use bijstand_core::dynamics::month_label;
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::projection::{Methode, Projection};

use super::{Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};

fn method_label(m: Methode, lang: Lang) -> &'static str {
    match m {
        Methode::AbsoluteStromen => lang.t("Vaste in- en uitstroom", "Fixed flows"),
        Methode::Uitstroomkans => lang.t("Uitstroom als kans", "Outflow as a rate"),
        Methode::MetReconciliatie => lang.t("Met aansluitingsverschil", "With reconciliation term"),
        Methode::Begroting => lang.t("Groeiaanname begroting", "Budget growth assumption"),
    }
}

/// The projection screen: key figures, the band chart, the AOW chart.
///
/// `history` holds actual month-end stocks before the start (may be empty);
/// `cost_per_benefit` (€ per benefit-year) prices the spread.
pub fn projection_view(
    p: &Projection,
    history: &[(i32, u32)],
    cost_per_benefit: f64,
    lang: Lang,
) -> (Vec<Kpi>, Vec<Panel>) {
    let hist: Vec<(i32, u32)> = history
        .iter()
        .copied()
        .filter(|(m, _)| p.maanden.first().is_some_and(|s| m < s))
        .collect();
    let months: Vec<String> = hist
        .iter()
        .map(|(m, _)| *m)
        .chain(p.maanden.iter().copied())
        .map(|m| month_label(m, lang))
        .collect();
    let pad = |v: &[f64]| -> Vec<Option<f64>> {
        std::iter::repeat_n(None, hist.len())
            .chain(v.iter().map(|x| Some(x.round())))
            .collect()
    };
    let labels = |v: &[Option<f64>]| -> Vec<String> {
        v.iter()
            .map(|x| x.map(|x| format::nl::dec(x, 0)).unwrap_or_default())
            .collect()
    };
    let mut series = Vec::new();
    if !hist.is_empty() {
        let mut v: Vec<Option<f64>> = hist.iter().map(|(_, n)| Some(*n as f64)).collect();
        v.extend(p.lijnen.first().map(|l| l.pad[0]).into_iter().map(Some));
        v.resize(months.len(), None);
        let l = labels(&v);
        series.push(Series {
            name: lang.t("Werkelijk", "Actual").into(),
            values: v,
            labels: l,
            color: "#1b1f24".into(),
            style: SeriesStyle::Line,
        });
    }
    let low = pad(&p.band_min);
    let high = pad(&p.band_max);
    series.push(Series {
        name: lang.t("Bandbreedte", "Range").into(),
        labels: labels(&low),
        values: low,
        color: "rgba(31,95,153,0.18)".into(),
        style: SeriesStyle::BandLow,
    });
    series.push(Series {
        name: lang.t("Bandbreedte", "Range").into(),
        labels: labels(&high),
        values: high,
        color: "rgba(31,95,153,0.18)".into(),
        style: SeriesStyle::BandHigh,
    });
    for (k, l) in p.lijnen.iter().enumerate() {
        let v = pad(&l.pad);
        series.push(Series {
            name: method_label(l.methode, lang).into(),
            labels: labels(&v),
            values: v,
            color: PALETTE[k % PALETTE.len()].into(),
            style: if l.methode == Methode::Begroting {
                SeriesStyle::Dashed
            } else {
                SeriesStyle::Line
            },
        });
    }
    let title = lang.t("Prognose bijstandsbestand", "Caseload projection");
    let start = p.lijnen.first().map(|l| l.pad[0]).unwrap_or(0.0);
    let band_table = Table {
        caption: title.into(),
        headers: vec![
            lang.t("Methode", "Method").into(),
            format!(
                "{} {}",
                lang.t("Eind", "End"),
                p.maanden
                    .last()
                    .map(|m| month_label(*m, lang))
                    .unwrap_or_default()
            ),
            lang.t("Groei", "Growth").into(),
            lang.t("Verschil met begroting", "Difference from budget")
                .into(),
            lang.t("€ per jaar (volledig jaar)", "€ per year (full year)")
                .into(),
        ],
        rows: {
            let begroting = p.end(Methode::Begroting).unwrap_or(start);
            p.lijnen
                .iter()
                .map(|l| {
                    let d = l.end() - begroting;
                    vec![
                        method_label(l.methode, lang).into(),
                        format::nl::dec(l.end().round(), 0),
                        format::nl::pct(100.0 * l.growth(), 2),
                        format::nl::dec(d.round(), 0),
                        format::nl::eur_mln(d * cost_per_benefit / 1e6, 2),
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
            value_title: lang.t("uitkeringen", "benefits").into(),
        },
        table: band_table,
        note: None,
    };
    band.note = Some(format!(
        "{} {}: {}.",
        lang.t("Uitstroomkans per maand", "Monthly outflow rate"),
        lang.t("(methode 2)", "(method 2)"),
        format::nl::pct(100.0 * p.kans_per_maand, 3)
    ));

    // AOW exits: certain outflow, shown apart so it is not credited to policy.
    let aow_months: Vec<String> = p
        .maanden
        .iter()
        .skip(1)
        .map(|m| month_label(*m, lang))
        .collect();
    let per: Vec<Option<f64>> = p
        .aow
        .per_maand
        .iter()
        .skip(1)
        .map(|x| Some((x * 10.0).round() / 10.0))
        .collect();
    let cum: Vec<Option<f64>> = p
        .aow
        .cumulatief
        .iter()
        .skip(1)
        .map(|x| Some(x.round()))
        .collect();
    let aow_title = lang.t(
        "Uitstroom door AOW (zeker)",
        "State-pension exits (certain)",
    );
    let aow = Panel {
        chart: ChartSpec {
            id: "chart-aow".into(),
            title: aow_title.into(),
            categories: aow_months.clone(),
            series: vec![
                Series {
                    name: lang.t("Per maand", "Per month").into(),
                    labels: per
                        .iter()
                        .map(|x| format::nl::dec(x.unwrap_or(0.0), 1))
                        .collect(),
                    values: per.clone(),
                    color: PALETTE[4].into(),
                    style: SeriesStyle::Bar,
                },
                Series {
                    name: lang.t("Cumulatief", "Cumulative").into(),
                    labels: cum
                        .iter()
                        .map(|x| format::nl::dec(x.unwrap_or(0.0), 0))
                        .collect(),
                    values: cum.clone(),
                    color: PALETTE[5].into(),
                    style: SeriesStyle::Line,
                },
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: lang.t("uitkeringen", "benefits").into(),
        },
        table: Table {
            caption: aow_title.into(),
            headers: vec![
                lang.t("Maand", "Month").into(),
                lang.t("Per maand", "Per month").into(),
                lang.t("Cumulatief", "Cumulative").into(),
            ],
            rows: aow_months
                .iter()
                .zip(per.iter().zip(&cum))
                .map(|(m, (a, c))| {
                    vec![
                        m.clone(),
                        format::nl::dec(a.unwrap_or(0.0), 1),
                        format::nl::dec(c.unwrap_or(0.0), 0),
                    ]
                })
                .collect(),
        },
        note: Some(
            lang.t(
                "Wie de AOW-leeftijd bereikt, stroomt zeker uit: dit is geen beleidseffect.",
                "Reaching state-pension age ends the benefit for certain: not a policy effect.",
            )
            .into(),
        ),
    };

    let lo = p.band_min.last().copied().unwrap_or(0.0);
    let hi = p.band_max.last().copied().unwrap_or(0.0);
    let kpis = vec![
        Kpi {
            id: "kpi-proj-range",
            label: lang
                .t("Bandbreedte einde horizon", "Range at horizon end")
                .into(),
            value: format!(
                "{} – {}",
                format::nl::dec(lo.round(), 0),
                format::nl::dec(hi.round(), 0)
            ),
            note: format!(
                "{} {}",
                lang.t("start", "start"),
                format::nl::dec(start.round(), 0)
            ),
        },
        Kpi {
            id: "kpi-proj-spread",
            label: lang
                .t("Verschil tussen methoden", "Spread between methods")
                .into(),
            value: format::nl::dec(p.spread_end().round(), 0),
            note: format!(
                "≈ {} {}",
                format::nl::eur_mln(p.spread_end() * cost_per_benefit / 1e6, 2),
                lang.t("per jaar", "per year")
            ),
        },
        Kpi {
            id: "kpi-proj-aow",
            label: lang
                .t("AOW-uitstroom in de horizon", "Pension exits in horizon")
                .into(),
            value: format::nl::dec(p.aow.cumulatief.last().copied().unwrap_or(0.0).round(), 0),
            note: lang.t("zekere uitstroom", "certain outflow").into(),
        },
    ];
    (kpis, vec![band, aow])
}
