//! Domain results → what the screen shows: key figures, chart specs and the table
//! behind every chart. Pure; applies small-cell suppression to every count shown.

use bijstand_core::caseload::{Composition, Precedence};
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::model::{Afstand, Doelgroep, Geslacht, Kerncijfers, Leeftijdsklasse, Value};
use bijstand_core::suppress::{suppress_row, Shown};

use crate::charts::{ChartKind, ChartSpec, Series, PALETTE};

/// A plain table: the accessible and exportable form of a chart.
#[derive(Clone, Debug, PartialEq)]
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

/// The caseload composition view.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseloadView {
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// Charts with tables.
    pub panels: Vec<Panel>,
}

fn shown_row(counts: &[u32], threshold: u32) -> (Vec<Option<f64>>, Vec<String>) {
    let shown = suppress_row(counts, threshold);
    (
        shown.iter().map(|s| s.value().map(f64::from)).collect(),
        shown.iter().map(|s| s.label(threshold)).collect(),
    )
}

/// A share as Dutch percentage text, suppressed when numerator or denominator is small.
pub fn share_label(count: u32, total: u32, threshold: u32, decimals: usize) -> String {
    if total == 0 {
        return "–".into();
    }
    match (Shown::of(count, threshold), Shown::of(total, threshold)) {
        (Shown::Count(_), Shown::Count(_)) => {
            format::pct(100.0 * count as f64 / total as f64, decimals)
        }
        _ => format!("<{threshold}"),
    }
}

fn panel(
    id: &str,
    title: &str,
    categories: Vec<String>,
    counts: &[u32],
    total: u32,
    kind: ChartKind,
    (threshold, lang): (u32, Lang),
) -> Panel {
    let (values, labels) = shown_row(counts, threshold);
    let table = Table {
        caption: title.to_string(),
        headers: vec![
            lang.t("Categorie", "Category").into(),
            lang.t("Aantal", "Count").into(),
            lang.t("Aandeel", "Share").into(),
        ],
        rows: categories
            .iter()
            .zip(&labels)
            .zip(counts)
            .map(|((c, l), &n)| {
                let share = if l.starts_with('<') {
                    l.clone()
                } else {
                    share_label(n, total, threshold, 1)
                };
                vec![c.clone(), l.clone(), share]
            })
            .chain(std::iter::once(vec![
                lang.t("Totaal", "Total").into(),
                format::int(total as i64),
                "100,0%".into(),
            ]))
            .collect(),
    };
    Panel {
        chart: ChartSpec {
            id: id.to_string(),
            title: title.to_string(),
            categories,
            series: vec![Series {
                name: lang.t("Uitkeringen", "Benefits").into(),
                values,
                labels,
                color: PALETTE[0].into(),
            }],
            kind,
            value_title: lang.t("uitkeringen", "benefits").into(),
        },
        table,
        note: None,
    }
}

/// Builds the composition view: key figures, pyramid, doelgroep, afstand, stadsdeel.
pub fn caseload_view(c: &Composition, precedence: Precedence, threshold: u32, lang: Lang) -> CaseloadView {
    let benefits = lang.t("uitkeringen", "benefits");
    let t = c.total;
    let peil = c.peildatum.to_string();
    let kpis = vec![
        Kpi {
            id: "kpi-total",
            label: lang.t("Bijstandsuitkeringen", "Social-assistance benefits").into(),
            value: Shown::of(t, threshold).label(threshold),
            note: format!("{} {peil}", lang.t("lopend op", "running on")),
        },
        Kpi {
            id: "kpi-jongeren",
            label: lang.t("Jongeren (< 27)", "Youth (< 27)").into(),
            value: share_label(c.under_27, t, threshold, 1),
            note: format!("{} {benefits}", Shown::of(c.under_27, threshold).label(threshold)),
        },
        Kpi {
            id: "kpi-overig",
            label: lang.t("Doelgroep overig", "Group 'other'").into(),
            value: share_label(c.doelgroep[Doelgroep::Overig.index()], t, threshold, 1),
            note: lang.t("niet jongere, niet statushouder", "not youth, not refugee").into(),
        },
        Kpi {
            id: "kpi-lang",
            label: lang.t("Lange afstand tot arbeidsmarkt", "Long distance to labour market").into(),
            value: share_label(c.afstand[Afstand::Lang.index()], t, threshold, 1),
            note: format!(
                "{} {benefits}",
                Shown::of(c.afstand[Afstand::Lang.index()], threshold).label(threshold)
            ),
        },
        Kpi {
            id: "kpi-inkomsten",
            label: lang.t("Met inkomsten uit werk", "With income from work").into(),
            value: Shown::of(c.inkomsten_arbeid, threshold).label(threshold),
            note: lang.t("gedeeltelijke uitstroom (geen uitstroom)", "partial outflow (not an exit)").into(),
        },
    ];

    // Pyramid: men left, women right; other/unknown gender listed in the table only.
    let bands: Vec<String> = Leeftijdsklasse::ALL
        .iter()
        .map(|b| lang.t(b.label_nl(), b.label_en()).to_string())
        .collect();
    let men = c.gender_age[Geslacht::Man.index()];
    let women = c.gender_age[Geslacht::Vrouw.index()];
    let other: Vec<u32> = (0..6)
        .map(|b| {
            c.gender_age[Geslacht::Anders.index()][b] + c.gender_age[Geslacht::Onbekend.index()][b]
        })
        .collect();
    let (mv, ml) = shown_row(&men, threshold);
    let (wv, wl) = shown_row(&women, threshold);
    let (_, ol) = shown_row(&other, threshold);
    let pyramid = Panel {
        chart: ChartSpec {
            id: "chart-pyramid".into(),
            title: lang.t("Geslacht en leeftijd", "Gender and age").into(),
            categories: bands.clone(),
            series: vec![
                Series {
                    name: lang.t("Man", "Men").into(),
                    values: mv,
                    labels: ml.clone(),
                    color: PALETTE[0].into(),
                },
                Series {
                    name: lang.t("Vrouw", "Women").into(),
                    values: wv,
                    labels: wl.clone(),
                    color: PALETTE[1].into(),
                },
            ],
            kind: ChartKind::Pyramid,
            value_title: benefits.into(),
        },
        table: Table {
            caption: lang.t("Geslacht en leeftijd", "Gender and age").into(),
            headers: vec![
                lang.t("Leeftijd", "Age").into(),
                lang.t("Man", "Men").into(),
                lang.t("Vrouw", "Women").into(),
                lang.t("Anders/onbekend", "Other/unknown").into(),
            ],
            rows: (0..6)
                .map(|b| {
                    vec![
                        bands[b].clone(),
                        ml[b].clone(),
                        wl[b].clone(),
                        ol[b].clone(),
                    ]
                })
                .collect(),
        },
        note: Some(format!(
            "{} {} − {}{}",
            lang.t("Leeftijd =", "Age ="),
            c.peildatum.year(),
            lang.t("geboortejaar (kan één jaar afwijken).", "birth year (may be one year off)."),
            if c.age_unknown > 0 {
                format!(
                    " {}: {}.",
                    lang.t("Leeftijd onbekend", "Age unknown"),
                    Shown::of(c.age_unknown, threshold).label(threshold)
                )
            } else {
                String::new()
            }
        )),
    };

    let mut doelgroep = panel(
        "chart-doelgroep",
        lang.t("Doelgroep", "Target group"),
        Doelgroep::ALL.iter().map(|d| lang.t(d.label_nl(), d.label_en()).to_string()).collect(),
        &c.doelgroep,
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    doelgroep.note = Some(format!(
        "{}: {}. {}: {}.",
        lang.t("Exclusieve indeling, voorrangsregel", "Exclusive grouping, precedence rule"),
        precedence.label(lang),
        lang.t("Jongeren (< 27) ongeacht doelgroep", "Youth (< 27) regardless of group"),
        Shown::of(c.under_27, threshold).label(threshold)
    ));
    let afstand = panel(
        "chart-afstand",
        lang.t("Afstand tot de arbeidsmarkt", "Distance to the labour market"),
        Afstand::ALL.iter().map(|a| lang.t(a.label_nl(), a.label_en()).to_string()).collect(),
        &c.afstand,
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    // Largest district first; labels capitalised for display ("zuid" → "Zuid").
    let mut districts = c.stadsdeel.clone();
    districts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let sd_counts: Vec<u32> = districts.iter().map(|s| s.1).collect();
    let stadsdeel = panel(
        "chart-stadsdeel",
        lang.t("Stadsdeel", "District"),
        districts.iter().map(|s| capitalize(&s.0)).collect(),
        &sd_counts,
        t,
        ChartKind::Bar { horizontal: true },
        (threshold, lang),
    );
    CaseloadView {
        kpis,
        panels: vec![pyramid, doelgroep, afstand, stadsdeel],
    }
}

/// `"zuid"` → `"Zuid"`.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The kerncijfers file as a readable table (all rows, with source).
pub fn kerncijfers_table(k: &Kerncijfers) -> Table {
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
                let periode = match r.periode_van {
                    Some(v) => format!("{v} t/m {}", r.periode_tot),
                    None => r.periode_tot.to_string(),
                };
                let waarde = match r.waarde {
                    Value::Number(x) => {
                        if x.fract() == 0.0 {
                            format::int(x as i64)
                        } else {
                            format::dec(x, 2)
                                .trim_end_matches('0')
                                .trim_end_matches(',')
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
                    periode,
                    waarde,
                    r.eenheid.label_nl().to_string(),
                    r.status.label_nl().to_string(),
                    r.bron.to_string(),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::date::Date;

    #[test]
    fn small_cells_show_as_below_threshold_everywhere() {
        let c = Composition {
            peildatum: Date::from_ymd(2024, 9, 30).unwrap(),
            total: 120,
            doelgroep: [7, 13, 100],
            afstand: [60, 55, 5],
            under_27: 7,
            stadsdeel: vec![("Zuid".into(), 110), ("Oost".into(), 10)],
            ..Default::default()
        };
        let v = caseload_view(&c, Precedence::default(), 10, Lang::Nl);
        let dg = &v.panels[1];
        assert_eq!(
            dg.chart.series[0].labels,
            vec!["<10", "<10", "100"],
            "complementary suppression"
        );
        assert_eq!(dg.table.rows[0][1], "<10");
        assert_eq!(
            dg.table.rows[0][2], "<10",
            "no share that reveals the count"
        );
        assert_eq!(v.kpis[1].value, "<10");
        assert_eq!(v.kpis[0].value, "120");
        assert!(v.panels[1]
            .note
            .as_ref()
            .unwrap()
            .contains("statushouder gaat voor jongere"));
        assert_eq!(
            v.panels[3].chart.categories,
            vec!["Zuid", "Oost"],
            "largest first, capitalised"
        );
    }
}
