//! The caseload composition view model.

use bijstand_core::caseload::{Composition, Precedence};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Afstand, Doelgroep, Geslacht, Leeftijdsklasse};
use bijstand_core::suppress::Shown;

use super::{capitalize, panel, share_label, shown_row, CaseloadView, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};

/// Builds the composition view: key figures, pyramid, doelgroep, afstand, stadsdeel.
pub fn caseload_view(
    c: &Composition,
    precedence: Precedence,
    threshold: u32,
    lang: Lang,
) -> CaseloadView {
    let benefits = lang.t("uitkeringen", "benefits");
    let t = c.total;
    let peil = c.peildatum.to_string();
    let kpis = vec![
        Kpi {
            id: "kpi-total",
            label: lang
                .t("Bijstandsuitkeringen", "Social-assistance benefits")
                .into(),
            value: Shown::of(t, threshold).label(threshold),
            note: format!("{} {peil}", lang.t("lopend op", "running on")),
        },
        Kpi {
            id: "kpi-jongeren",
            label: lang.t("Jongeren (< 27)", "Youth (< 27)").into(),
            value: share_label(c.under_27, t, threshold, 1),
            note: format!(
                "{} {benefits}",
                Shown::of(c.under_27, threshold).label(threshold)
            ),
        },
        Kpi {
            id: "kpi-overig",
            label: lang.t("Doelgroep overig", "Group 'other'").into(),
            value: share_label(c.doelgroep[Doelgroep::Overig.index()], t, threshold, 1),
            note: lang
                .t("niet jongere, niet statushouder", "not youth, not refugee")
                .into(),
        },
        Kpi {
            id: "kpi-lang",
            label: lang
                .t(
                    "Lange afstand tot arbeidsmarkt",
                    "Long distance to labour market",
                )
                .into(),
            value: share_label(c.afstand[Afstand::Lang.index()], t, threshold, 1),
            note: format!(
                "{} {benefits}",
                Shown::of(c.afstand[Afstand::Lang.index()], threshold).label(threshold)
            ),
        },
        Kpi {
            id: "kpi-inkomsten",
            label: lang
                .t("Met inkomsten uit werk", "With income from work")
                .into(),
            value: Shown::of(c.inkomsten_arbeid, threshold).label(threshold),
            note: lang
                .t(
                    "gedeeltelijke uitstroom (geen uitstroom)",
                    "partial outflow (not an exit)",
                )
                .into(),
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
                    style: SeriesStyle::Bar,
                },
                Series {
                    name: lang.t("Vrouw", "Women").into(),
                    values: wv,
                    labels: wl.clone(),
                    color: PALETTE[1].into(),
                    style: SeriesStyle::Bar,
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
            lang.t(
                "geboortejaar (kan één jaar afwijken).",
                "birth year (may be one year off)."
            ),
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
        Doelgroep::ALL
            .iter()
            .map(|d| lang.t(d.label_nl(), d.label_en()).to_string())
            .collect(),
        &c.doelgroep,
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    doelgroep.note = Some(format!(
        "{}: {}. {}: {}.",
        lang.t(
            "Exclusieve indeling, voorrangsregel",
            "Exclusive grouping, precedence rule"
        ),
        precedence.label(lang),
        lang.t(
            "Jongeren (< 27) ongeacht doelgroep",
            "Youth (< 27) regardless of group"
        ),
        Shown::of(c.under_27, threshold).label(threshold)
    ));
    let afstand = panel(
        "chart-afstand",
        lang.t(
            "Afstand tot de arbeidsmarkt",
            "Distance to the labour market",
        ),
        Afstand::ALL
            .iter()
            .map(|a| lang.t(a.label_nl(), a.label_en()).to_string())
            .collect(),
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
