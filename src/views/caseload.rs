//! The caseload composition view model.

use bijstand_core::caseload::duration::DuurKlasse;
use bijstand_core::caseload::{Composition, Precedence};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Afstand, Doelgroep, Geslacht, Huishoudtype, Leeftijdsklasse};
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
            value: share_label(lang, c.under_27, t, threshold, 1),
            note: format!(
                "{} {benefits}",
                Shown::of(c.under_27, threshold).label(threshold)
            ),
        },
        Kpi {
            id: "kpi-overig",
            label: lang.t("Doelgroep overig", "Group 'other'").into(),
            value: share_label(
                lang,
                c.doelgroep[Doelgroep::Overig.index()],
                t,
                threshold,
                1,
            ),
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
            value: share_label(lang, c.afstand[Afstand::Lang.index()], t, threshold, 1),
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
    let duur = panel(
        "chart-duur",
        lang.t("Duur van de uitkering", "Duration of the benefit"),
        DuurKlasse::ALL
            .iter()
            .map(|d| lang.t(d.label_nl(), d.label_en()).to_string())
            .collect(),
        &c.duur,
        t,
        ChartKind::Bar { horizontal: false },
        (threshold, lang),
    );
    let mut huishouden = panel(
        "chart-huishoudtype",
        lang.t("Huishoudtype", "Household type"),
        Huishoudtype::ALL
            .iter()
            .map(|h| lang.t(h.label_nl(), h.label_en()).to_string())
            .chain(std::iter::once(lang.t("onbekend", "unknown").to_string()))
            .collect(),
        &[
            c.huishoudtype[0],
            c.huishoudtype[1],
            c.huishoudtype[2],
            c.huishoudtype_unknown,
        ],
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    if c.huishoudtype_unknown == t && t > 0 {
        huishouden.note = Some(
            lang.t(
                "Het bestand heeft geen kolom huishoudtype (optioneel in het bestandsformaat).",
                "The file has no household-type column (optional in the file format).",
            )
            .into(),
        );
    }
    let mut werk = panel(
        "chart-inkomsten",
        lang.t(
            "Inkomsten uit werk naast de uitkering",
            "Income from work next to the benefit",
        ),
        vec![
            lang.t("met inkomsten uit werk", "with income from work")
                .into(),
            lang.t("zonder inkomsten uit werk", "without income from work")
                .into(),
        ],
        &[c.inkomsten_arbeid, c.zonder_inkomsten_arbeid],
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    werk.note = Some(
        lang.t(
            "Met inkomsten uit parttimewerk en een aanvullende uitkering: gedeeltelijke uitstroom, geen uitstroom.",
            "With income from part-time work and a supplementary benefit: partial outflow, not an exit.",
        )
        .into(),
    );
    CaseloadView {
        kpis,
        panels: vec![
            pyramid, doelgroep, afstand, stadsdeel, duur, huishouden, werk,
        ],
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

    #[test]
    fn duration_household_and_partial_work_panels_respect_the_small_cell_rule() {
        let c = Composition {
            peildatum: Date::from_ymd(2024, 9, 30).unwrap(),
            total: 8,
            duur: [3, 5, 0, 0, 0],
            huishoudtype: [0, 0, 0],
            huishoudtype_unknown: 8,
            inkomsten_arbeid: 2,
            zonder_inkomsten_arbeid: 6,
            ..Default::default()
        };
        let v = caseload_view(&c, Precedence::default(), 10, Lang::Nl);
        let ids: Vec<&str> = v.panels.iter().map(|p| p.chart.id.as_str()).collect();
        assert_eq!(
            &ids[4..],
            ["chart-duur", "chart-huishoudtype", "chart-inkomsten"]
        );
        let duur = &v.panels[4];
        assert_eq!(duur.chart.series[0].labels[..2], ["<10", "<10"]);
        let total_row = duur.table.rows.last().unwrap();
        assert_eq!(
            total_row[1], "<10",
            "a small total is suppressed in the table too"
        );
        assert!(v.panels[5]
            .note
            .as_ref()
            .unwrap()
            .contains("geen kolom huishoudtype"));
        assert_eq!(v.panels[6].table.rows[0][1], "<10");
        assert_eq!(v.panels[6].table.rows[1][1], "<10");
    }
}
