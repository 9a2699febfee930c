//! The dynamics view model: monthly stock, flows, outflow by reason, index, partial
//! outflow and durations, all from one monthly series.

use bijstand_core::caseload::duration::{DurationBands, DuurKlasse};
use bijstand_core::dynamics::{
    index_series, month_label, year_month, IndexParams, MonthlySeries, NaarWerk,
};
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::model::Uitstroomreden;
use bijstand_core::suppress::Shown;

use super::{panel, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};

/// The flows screen.
#[derive(Clone, Debug, PartialEq)]
pub struct DynamicsView {
    /// Headline figures over the last 12 months of the data.
    pub kpis: Vec<Kpi>,
    /// Charts with tables.
    pub panels: Vec<Panel>,
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
    let mut headers = vec![lang.t("Maand", "Month").to_string()];
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
        },
        table: Table {
            caption: title.into(),
            headers,
            rows,
        },
        note: None,
    }
}

/// Builds the flows screen from a monthly series (already filtered, if a filter is active).
pub fn dynamics_view(
    s: &MonthlySeries,
    durations: &DurationBands,
    naar_werk: NaarWerk,
    index: &IndexParams,
    threshold: u32,
    lang: Lang,
) -> DynamicsView {
    let months: Vec<String> = s
        .months
        .iter()
        .map(|m| month_label(m.month, lang))
        .collect();
    let benefits = lang.t("uitkeringen", "benefits");
    let count = |n: u32| Shown::of(n, threshold);

    // Stock per month.
    let stock: Vec<u32> = s.months.iter().map(|m| m.stock).collect();
    let (sv, sl) = (
        stock
            .iter()
            .map(|&n| count(n).value().map(f64::from))
            .collect(),
        stock.iter().map(|&n| count(n).label(threshold)).collect(),
    );
    let stock_panel = monthly_panel(
        "chart-stock",
        lang.t(
            "Bestand per maand (einde maand)",
            "Caseload per month (month end)",
        ),
        &months,
        vec![Series::new(
            lang.t("Bestand", "Caseload"),
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
        inflow.iter().map(|&n| count(n).label(threshold)).collect(),
    );
    let (ov, ol) = (
        outflow
            .iter()
            .map(|&n| count(n).value().map(f64::from))
            .collect(),
        outflow.iter().map(|&n| count(n).label(threshold)).collect(),
    );
    let flows_panel = monthly_panel(
        "chart-flows",
        lang.t(
            "Instroom en uitstroom per maand",
            "Inflow and outflow per month",
        ),
        &months,
        vec![
            Series::new(
                lang.t("Instroom", "Inflow"),
                iv,
                il,
                PALETTE[2],
                SeriesStyle::Bar,
            ),
            Series::new(
                lang.t("Uitstroom", "Outflow"),
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
    let groups: [(&str, &str, &[Uitstroomreden]); 6] = [
        ("Werk", "Work", &[Uitstroomreden::Werk]),
        (
            "Plaatsing Werkplein",
            "Werkplein placement",
            &[Uitstroomreden::WerkWerkplein],
        ),
        (
            "Zelfstandig",
            "Self-employed",
            &[Uitstroomreden::Zelfstandig],
        ),
        ("Studie", "Study", &[Uitstroomreden::Studie]),
        ("AOW", "State pension", &[Uitstroomreden::Aow]),
        (
            "Overig",
            "Other",
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
                format!("{y} ({n} mnd)")
            } else {
                y.to_string()
            }
        })
        .collect();
    let mut reason_series = Vec::new();
    for (k, (nl, en, reasons)) in groups.iter().enumerate() {
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
        let labels = counts.iter().map(|&n| count(n).label(threshold)).collect();
        reason_series.push(Series::new(
            lang.t(nl, en),
            values,
            labels,
            PALETTE[k % PALETTE.len()],
            SeriesStyle::Bar,
        ));
    }
    let mut reasons_panel = monthly_panel(
        "chart-reasons",
        lang.t(
            "Uitstroom naar reden per jaar",
            "Outflow by reason per year",
        ),
        &year_labels,
        reason_series,
        true,
        benefits,
        lang,
    );
    reasons_panel.note = Some(format!(
        "{}: {}. {}",
        lang.t("Uitstroom naar werk telt", "Outflow to work counts"),
        naar_werk.label(lang),
        lang.t("AOW-uitstroom is zeker en apart getoond, zodat die niet aan beleid wordt toegeschreven.", "State-pension exits are certain and shown apart, so they are not credited to policy.")
    ));
    reasons_panel.table.headers[0] = lang.t("Jaar", "Year").into();

    // Index.
    let idx = index_series(s, index);
    let (y0, m0) = (index.basis_jaar, index.basis_maand);
    let index_title = format!(
        "{} ({} = 100)",
        lang.t("Index bestand", "Caseload index"),
        month_label(bijstand_core::dynamics::month(y0, m0), lang)
    );
    let index_panel = match &idx {
        Some(points) => {
            let values: Vec<Option<f64>> = points
                .iter()
                .map(|p| Some((p.1 * 10.0).round() / 10.0))
                .collect();
            let labels: Vec<String> = points.iter().map(|p| format::nl::dec(p.1, 1)).collect();
            let months: Vec<String> = points.iter().map(|p| month_label(p.0, lang)).collect();
            monthly_panel(
                "chart-index",
                &index_title,
                &months,
                vec![Series::new(
                    lang.t("Index", "Index"),
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
                    "Index",
                    vec![],
                    vec![],
                    PALETTE[3],
                    SeriesStyle::Line,
                )],
                false,
                "index",
                lang,
            );
            p.note = Some(
                lang.t(
                    "De basismaand valt buiten de gegevens.",
                    "The base month lies outside the data.",
                )
                .into(),
            );
            p
        }
    };

    // Partial outflow (running with income from part-time work) per month.
    let partial: Vec<u32> = s.months.iter().map(|m| m.partial).collect();
    let mut partial_panel = monthly_panel(
        "chart-partial",
        lang.t(
            "Gedeeltelijke uitstroom (met inkomsten uit werk)",
            "Partial outflow (with income from work)",
        ),
        &months,
        vec![Series::new(
            lang.t("Met inkomsten uit werk", "With income from work"),
            partial
                .iter()
                .map(|&n| count(n).value().map(f64::from))
                .collect(),
            partial.iter().map(|&n| count(n).label(threshold)).collect(),
            PALETTE[4],
            SeriesStyle::Line,
        )],
        false,
        benefits,
        lang,
    );
    partial_panel.note = Some(lang.t("Geen uitstroom: de uitkering loopt door naast parttime werk. Het kenmerk geldt op de exportdatum; eerdere maanden zijn een benadering.", "Not an exit: the benefit continues next to part-time work. The flag is as of the export date; earlier months are approximate.").into());

    // Duration on the peildatum.
    let dur_labels: Vec<String> = DuurKlasse::ALL
        .iter()
        .map(|k| lang.t(k.label_nl(), k.label_en()).to_string())
        .collect();
    let mut dur_panel = panel(
        "chart-duration",
        &format!(
            "{} {}",
            lang.t("Duur van de uitkering op", "Benefit duration on"),
            durations.peildatum
        ),
        dur_labels,
        &durations.counts,
        durations.total,
        ChartKind::Bar { horizontal: true },
        (threshold, lang),
    );
    dur_panel.note = Some(format!(
        "{}: {}",
        lang.t("Langer dan twee jaar", "Longer than two years"),
        super::share_label(
            lang,
            durations.two_years_or_more(),
            durations.total,
            threshold,
            1
        )
    ));

    // KPIs over the last 12 months of the data.
    let kpis = match s.months.last().and_then(|m| s.last_12_months(m.month)) {
        Some(t) => vec![
            Kpi {
                id: "kpi-inflow",
                label: lang
                    .t("Instroom, laatste 12 maanden", "Inflow, last 12 months")
                    .into(),
                value: count(t.inflow).label(threshold),
                note: format!(
                    "{} {} {}",
                    month_label(t.from, lang),
                    lang.t("t/m", "to"),
                    month_label(t.to, lang)
                ),
            },
            Kpi {
                id: "kpi-outflow",
                label: lang
                    .t("Uitstroom, laatste 12 maanden", "Outflow, last 12 months")
                    .into(),
                value: count(t.outflow).label(threshold),
                note: format!(
                    "{}: {}",
                    lang.t("waarvan AOW", "of which pension"),
                    count(t.reason(Uitstroomreden::Aow)).label(threshold)
                ),
            },
            Kpi {
                id: "kpi-naar-werk",
                label: lang.t("Uitstroom naar werk", "Outflow to work").into(),
                value: super::share_label(lang, t.naar_werk(naar_werk), t.outflow, threshold, 1),
                note: naar_werk.label(lang).into(),
            },
            Kpi {
                id: "kpi-outflow-rate",
                label: lang
                    .t("Uitstroompercentage (jaar)", "Outflow rate (year)")
                    .into(),
                value: format::nl::pct(100.0 * t.outflow_rate_annual(), 1),
                note: lang
                    .t(
                        "uitstroom / gemiddeld bestand",
                        "outflow / average caseload",
                    )
                    .into(),
            },
            Kpi {
                id: "kpi-reconciliation",
                label: lang
                    .t(
                        "Aansluiting bestand en stromen",
                        "Stock-flow reconciliation",
                    )
                    .into(),
                value: format::nl::int(t.reconciliation()),
                note: lang
                    .t(
                        "ΔB − (I − U): sluit per definitie bij persoonsgegevens",
                        "ΔB − (I − U): exact by construction for person-level data",
                    )
                    .into(),
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
    }
}
