//! The kerncijfers, data-quality and comparison view models on the embedded datasets and
//! on a small file of another municipality.

use bijstand_core::io::{self, LoadOptions};
use bijstand_core::lang::Lang;
use bijstand_core::model::Dataset;
use bijstand_core::reference::{Denominator, GrowthParams, Reference};
use bijstand_core::scenario::Scenario;
use bijstand_quality::{check_dataset, QualityParams, Severity};
use bijstandsverkenner::embedded;
use bijstandsverkenner::views::comparison::{
    build, growth_inputs, participation_inputs, werkplein_inputs, ComparisonView, InputSource,
};
use bijstandsverkenner::views::{
    kerncijfers, quality, Context, KerncijfersView, ReportSection, Table, Tone,
};

/// The comparison screen without scenario B or saved scenarios.
fn comparison_view(ds: &Dataset, s: &Scenario) -> ComparisonView {
    build(ds, s, &Context::default())
}

/// The screens' context with the loader's report on the embedded file `ds` came from.
fn with_report(ds: &Dataset) -> Context {
    let loaded = if ds.synthetic {
        embedded::synthetic_loaded()
    } else {
        embedded::kerncijfers_loaded()
    };
    Context {
        report: Some(std::rc::Rc::new(
            loaded.expect("embedded data loads").report,
        )),
        ..Context::default()
    }
}

fn seed() -> Dataset {
    embedded::kerncijfers().expect("embedded kerncijfers load")
}

/// The kerncijfers screen in Dutch, with the figures as published (no small counts hidden).
fn as_published(ds: &Dataset) -> KerncijfersView {
    let s = Scenario {
        suppress_published: false,
        ..Scenario::default()
    };
    kerncijfers::build(ds, &s, &Context::default())
}

fn seed_view() -> KerncijfersView {
    as_published(&seed())
}

fn section<'a>(v: &'a KerncijfersView, id: &str) -> &'a ReportSection {
    v.sections
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("section {id} missing"))
}

/// The cell of a row (by its label) and a column (by its header).
fn cell<'a>(t: &'a Table, row: &str, col: &str) -> &'a str {
    let c = t
        .headers
        .iter()
        .position(|h| h == col)
        .unwrap_or_else(|| panic!("column {col} not in {:?}", t.headers));
    let r = t.rows.iter().find(|r| r[0] == row).unwrap_or_else(|| {
        panic!(
            "row {row} not in {:?}",
            t.rows.iter().map(|r| &r[0]).collect::<Vec<_>>()
        )
    });
    &r[c]
}

#[test]
fn table_14_shows_the_printed_outflow_by_reason() {
    let v = seed_view();
    let s = section(&v, "tabel-14");
    assert!(s.title.starts_with("Tabel 14"));
    let q = "Q1–Q3 2024";
    assert_eq!(
        cell(&s.table, "Aantal geregistreerde re-integratietrajecten", q),
        "451"
    );
    assert_eq!(cell(&s.table, "Uitstroom totaal", q), "945", "U2");
    assert_eq!(cell(&s.table, "Uitstroom werk", q), "337", "U3");
    assert_eq!(cell(&s.table, "Uitstroom studie", q), "44", "U4");
    assert_eq!(cell(&s.table, "Plaatsing Werkplein", q), "261", "U5");
    assert_eq!(
        cell(&s.table, "Zelfstandig (na ondersteuning gemeenten)", q),
        "16",
        "U6"
    );
    assert_eq!(
        cell(
            &s.table,
            "Overig (o.a. overlijden, verhuizen, bereiken AOW-leeftijd)",
            q
        ),
        "287",
        "U7"
    );
    assert_eq!(
        cell(
            &s.table,
            "Gedeeltelijke uitstroom (naar parttimewerk met aanvullende uitkering)",
            q
        ),
        "562",
        "U8"
    );
    // The running text's 255 stands apart, named, and side by side with 337 (X4).
    assert_eq!(cell(&s.table, "Uitstroom werk (lopende tekst)", q), "255");
    let versions = s.versions.as_ref().expect("337 vs 255 side by side");
    assert_eq!(versions.rows[0][2..], ["337", "255", "-82"]);
    assert!(
        versions.headers[2].starts_with("Tabel 14")
            && versions.headers[3].starts_with("Lopende tekst")
    );
    // The chart has the five reasons, not the total.
    let chart = s.chart.as_ref().expect("outflow-by-reason chart");
    assert_eq!(chart.series.len(), 1);
    assert_eq!(chart.series[0].labels, ["337", "44", "261", "16", "287"]);
    assert_eq!(chart.series[0].values.iter().flatten().sum::<f64>(), 945.0);
    assert!(
        s.bron.contains("Uitvoeringsprogramma EAA 2025, tabel 14"),
        "{}",
        s.bron
    );
    assert!(s
        .quality
        .iter()
        .any(|q| q.id == "X4-2024-naar-werk" && q.severity == Severity::LetOp));
}

#[test]
fn table_6_keeps_printed_totals_and_puts_the_notes_next_to_them() {
    let v = seed_view();
    let s = section(&v, "tabel-6");
    let t = &s.table;
    assert_eq!(cell(t, "2022 · Totaal", "Instroom"), "1.144");
    assert_eq!(cell(t, "2023 · Overig", "Instroom"), "881");
    // 340 + 300 + 881 = 1.521, printed total 1.275: shown as printed, not recomputed.
    assert_eq!(cell(t, "2023 · Totaal", "Instroom"), "1.275");
    assert_eq!(cell(t, "Q1–Q3 2024 · Totaal", "Instroom"), "1.091");
    assert_eq!(cell(t, "Q1–Q3 2024 · Totaal", "Uitstroom"), "945");
    // Figure 9 on its own row, named; the forecast named in the cell.
    assert_eq!(cell(t, "Q1–Q3 2024 · Totaal (figuur 9)", "Instroom"), "867");
    assert_eq!(
        cell(t, "2024 · Totaal", "Uitstroom"),
        "1.041 (prognosemodel)"
    );
    let ids: Vec<&str> = s.quality.iter().map(|q| q.id.as_str()).collect();
    for id in [
        "X3-2023-instroom",
        "X3-2023-uitstroom",
        "X3-2024-instroom",
        "X2-2024-tabel_6",
        "BRON-2024-09-instroom-totaal",
    ] {
        assert!(ids.contains(&id), "{id} next to Table 6: {ids:?}");
    }
    assert_eq!(s.quality[0].severity, Severity::LetOp, "'let op' first");
    let versions = s.versions.as_ref().expect("Table 6 vs Figure 9");
    // Named as a reader cites them, without our line references.
    assert_eq!(versions.headers[2], "Tabel 6");
    assert_eq!(versions.headers[3], "Figuur 9");
    assert_eq!(
        versions.rows[0],
        ["Instroom totaal", "Q1–Q3 2024", "1.091", "867", "-224"]
    );
    assert_eq!(
        versions.rows[1],
        ["Uitstroom totaal", "Q1–Q3 2024", "945", "792", "-153"]
    );
    // The chart shows Table 6 only: no forecast, no Figure 9.
    let chart = s.chart.as_ref().unwrap();
    assert_eq!(chart.categories.len(), 9);
    assert_eq!(chart.series[0].labels.last().unwrap(), "1.091");
}

#[test]
fn the_other_report_tables_show_the_printed_numbers() {
    let v = seed_view();
    let b = section(&v, "bestand");
    assert_eq!(
        cell(&b.table, "Aantal bijstandsuitkeringen", "30-09-2024"),
        "5.687",
        "A1"
    );
    assert_eq!(
        cell(&b.table, "Aantal bijstandsuitkeringen", "31-12-2023"),
        "5.623 (afgeleid, niet gedrukt)",
        "A9"
    );
    let t3 = section(&v, "tabel-3");
    assert_eq!(cell(&t3.table, "Enschede", "Q1–Q3 2024"), "1,14%");
    assert_eq!(cell(&t3.table, "Landelijk", "Q1–Q3 2024"), "0,49%");
    let t7 = section(&v, "tabel-7");
    assert_eq!(
        t7.table.rows[0][1..],
        ["84", "162", "179", "177", "151", "170"]
    );
    assert_eq!(
        t7.chart.as_ref().unwrap().categories,
        ["2024", "2025", "2026", "2027", "2028", "2029"]
    );
    let t10 = section(&v, "tabel-10");
    assert_eq!(cell(&t10.table, "Totaal", "Q1–Q3 2024"), "1.204", "E10");
    assert_eq!(
        cell(&t10.table, "Entreeopleiding", "Q1–Q3 2024"),
        "9",
        "published aggregate, as printed"
    );
    assert_eq!(
        cell(
            &t10.table,
            "Ingezette hulpverleningstrajecten",
            "Q1–Q3 2024"
        ),
        "156 (lopende tekst)",
        "X6"
    );
    let t11 = section(&v, "tabel-11");
    assert_eq!(
        cell(
            &t11.table,
            "Aandeel bestand met sociale activering",
            "Q1–Q3 2024"
        ),
        "21,29%"
    );
    assert_eq!(
        cell(
            &t11.table,
            "Aandeel bestand met sociale activering (afgeleid, niet gedrukt)",
            "Q1–Q3 2024"
        ),
        "21,17%"
    );
    assert!(t11.quality.iter().any(|q| q.id == "X5-2024"));
    let t12 = section(&v, "tabel-12");
    assert_eq!(t12.table.rows[0], ["2024", "169", "153", "322"]);
    let t13 = section(&v, "tabel-13");
    assert_eq!(cell(&t13.table, "Totaal", "2024"), "444");
    let t17 = section(&v, "tabel-17");
    assert_eq!(
        cell(&t17.table, "Beschut Bedrijf (DCW) totaal", "Q3 2024"),
        "860"
    );
    let wr = section(&v, "werkroute");
    assert_eq!(cell(&wr.table, "Werkroute totaal", "2023"), "326");
    assert_eq!(cell(&wr.table, "Werkroute totaal", "Q1–Q3 2024"), "467");
    assert_eq!(wr.chart.as_ref().unwrap().series.len(), 3);
    let buig = section(&v, "buig");
    assert_eq!(cell(&buig.table, "Totaal budget", "2024"), "€ 112,8 mln");
    assert_eq!(
        cell(&buig.table, "Totaal budget", "2025"),
        "€ 114,46 mln (voorlopig)"
    );
    assert_eq!(buig.chart.as_ref().unwrap().categories, ["2024", "2025"]);
    let annex = section(&v, "bijlage-1");
    assert_eq!(
        annex.table.headers,
        ["Cijfer", "Direct", "Apparaatskosten", "Totaal"]
    );
    assert_eq!(
        annex.table.rows.last().unwrap(),
        &["Totaal budget", "14.867", "13.601", "28.467"]
    );
    assert_eq!(
        cell(
            &annex.table,
            "Stelpost offensief begroten (zomernota 2024)",
            "Apparaatskosten"
        ),
        "–",
        "empty cell in the source"
    );
    let wp = section(&v, "werkplein");
    assert!(wp
        .quality
        .iter()
        .any(|q| q.id == "X8-2024" && q.severity == Severity::LetOp));
    // Every table names its source; the flat table keeps every row.
    assert!(
        v.sections
            .iter()
            .all(|s| s.bron.starts_with("Uitvoeringsprogramma EAA 2025, ")),
        "every table lists its bron"
    );
    assert_eq!(v.all.rows.len(), 191);
    let shown: usize = v
        .sections
        .iter()
        .map(|s| {
            s.table
                .rows
                .iter()
                .map(|r| r[1..].iter().filter(|c| !c.is_empty()).count())
                .sum::<usize>()
        })
        .sum();
    assert_eq!(
        shown, 191,
        "every figure of the file is in exactly one report table"
    );
}

#[test]
fn the_screen_hides_published_small_counts_when_the_scenario_says_so() {
    let ds = seed();
    // Default scenario: published counts below the threshold are hidden.
    let v = kerncijfers::build(&ds, &Scenario::default(), &Context::default());
    assert_eq!(v.empty, None);
    assert!(v.suppress_published && v.threshold == 10);
    let t10 = section(&v, "tabel-10");
    assert_eq!(cell(&t10.table, "Entreeopleiding", "Q1–Q3 2024"), "<10");
    assert_eq!(cell(&t10.table, "Totaal", "Q1–Q3 2024"), "1.204");
    assert!(
        v.lead.contains("kleine aantallen staan als <10"),
        "{}",
        v.lead
    );
    assert!(v.lead.contains(": 191 cijfers in "), "{}", v.lead);
    // The findings are those of the file as loaded, next to their table either way.
    assert_eq!(t10.quality, section(&seed_view(), "tabel-10").quality);
    // As published: the 9 is back, and the lead says so.
    let p = seed_view();
    assert_eq!(
        cell(
            &section(&p, "tabel-10").table,
            "Entreeopleiding",
            "Q1–Q3 2024"
        ),
        "9"
    );
    assert!(p.lead.contains("zoals gepubliceerd"), "{}", p.lead);
    // A higher threshold hides more.
    let s15 = Scenario {
        threshold: 15,
        ..Scenario::default()
    };
    let v15 = kerncijfers::build(&ds, &s15, &Context::default());
    let hidden = |v: &KerncijfersView| {
        v.sections
            .iter()
            .flat_map(|s| s.table.rows.iter().flatten())
            .filter(|c| *c == "<10")
            .count()
    };
    assert!(
        hidden(&v15) > hidden(&v),
        "{} vs {}",
        hidden(&v15),
        hidden(&v)
    );
}

#[test]
fn the_screen_has_its_texts_contents_and_summaries() {
    let v = seed_view();
    assert_eq!(v.title, "Kerncijfers");
    assert_eq!(v.toc.len(), v.sections.len() + 1);
    assert_eq!(v.toc[2].href, "#sec-tabel-6");
    assert_eq!(v.toc[2].label, "Tabel 6 en figuur 9");
    assert!(v.toc.iter().any(|t| t.label == "Tabel 17: Beschut werk"));
    assert_eq!(v.toc.last().unwrap().label, "Alle cijfers");
    assert_eq!(v.all_note, "191 cijfers, elk met bron.");
    assert_eq!(v.texts.source, "Bron: ");
    let t6 = section(&v, "tabel-6");
    let held = t6
        .quality
        .iter()
        .filter(|q| q.severity != Severity::LetOp)
        .count();
    assert!(held > 1);
    assert_eq!(
        t6.checks.as_deref(),
        Some(format!("{held} controles gedaan").as_str())
    );
    assert_eq!(
        t6.remarks_summary,
        format!("Toelichting bij de cijfers ({})", t6.remarks.len())
    );
    // A dataset without kerncijfers says so instead.
    let e = kerncijfers::build(
        &embedded::synthetic().unwrap(),
        &Scenario::default(),
        &Context::default(),
    );
    assert_eq!(
        e.empty.as_deref(),
        Some("Dit bestand bevat geen kerncijfers.")
    );
    assert!(e.sections.is_empty());
}

#[test]
fn the_screen_writes_numbers_and_dates_in_english() {
    let s = Scenario {
        lang: Lang::En,
        suppress_published: false,
        ..Scenario::default()
    };
    let v = kerncijfers::build(&seed(), &s, &Context::default());
    assert_eq!(v.title, "Key figures");
    let b = section(&v, "bestand");
    assert_eq!(
        cell(&b.table, "Benefits (caseload)", "30 Sep 2024"),
        "5,687",
        "A1"
    );
    let t6 = section(&v, "tabel-6");
    assert_eq!(cell(&t6.table, "Q1–Q3 2024 · Total", "Inflow"), "1,091");
    let t3 = section(&v, "tabel-3");
    assert_eq!(cell(&t3.table, "Enschede", "Q1–Q3 2024"), "1.14%");
    let buig = section(&v, "buig");
    assert_eq!(cell(&buig.table, "Total budget", "2024"), "€112.8 m");
    let annex = section(&v, "bijlage-1");
    assert_eq!(
        annex.table.rows.last().unwrap(),
        &["Total budget", "14,867", "13,601", "28,467"]
    );
    assert_eq!(v.all_note, "191 figures, each with its source.");
    assert!(v
        .all
        .rows
        .iter()
        .any(|r| r[3] == "30 Sep 2024" && r[4] == "5,687"));
}

#[test]
fn data_quality_lists_the_seed_findings_calmly() {
    let ds = seed();
    let findings = check_dataset(
        &ds,
        with_report(&ds).report.as_deref(),
        &QualityParams::default(),
    );
    let v = quality::build(&ds, &Scenario::default(), &with_report(&ds));
    let items: Vec<_> = v
        .blocks
        .iter()
        .flat_map(|b| b.groups.iter())
        .flat_map(|g| g.items.iter())
        .collect();
    assert_eq!(items.len(), findings.len(), "every finding is listed once");
    let find = |id: &str| {
        items
            .iter()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("{id} missing"))
    };
    for id in [
        "X2-2024-tabel_6",
        "X3-2023-instroom",
        "X5-2024",
        "X8-2024",
        "X4-2024-naar-werk",
    ] {
        assert_eq!(find(id).tone, Tone::LetOp, "{id}");
    }
    assert_eq!(find("X3-2024-uitstroom").tone, Tone::Ok, "945 = 945 passes");
    assert_eq!(find("X7-2024-lks").tone, Tone::Ok);
    let x8 = find("X8-2024");
    assert!(
        x8.figures
            .iter()
            .any(|(l, v)| l == "aandeel jaardoel" && v == "87,0%"),
        "{:?}",
        x8.figures
    );
    assert!(x8
        .figures
        .iter()
        .any(|(l, v)| l == "pro-rata doel" && v == "225"));
    let x5 = find("X5-2024");
    assert!(x5
        .figures
        .iter()
        .any(|(l, v)| l == "nodig voor streefwaarde, peildatum" && v == "48"));
    // Severity blocks: "let op" first; topics in a fixed order.
    assert_eq!(v.blocks[0].severity, Severity::LetOp);
    assert_eq!(v.blocks[0].groups[0].topic_id, "aansluiting");
    assert!(
        !v.blocks[0].intro.to_lowercase().contains("fout"),
        "calm wording"
    );
    // The loader's report.
    let fact = |k: &str| {
        v.loader
            .facts
            .iter()
            .find(|(l, _)| l == k)
            .map(|(_, v)| v.as_str())
            .unwrap()
    };
    assert_eq!(fact("Tekenset"), "UTF-8 met BOM");
    assert_eq!(
        fact("Scheidingsteken"),
        "puntkomma (;), aangegeven met een sep=-regel"
    );
    assert_eq!(fact("Getallen"), "decimale komma (1.234,5)");
    assert_eq!(fact("Kopregel"), "regel 2");
    assert_eq!(fact("Gegevensregels gelezen"), "191");
    assert_eq!(v.loader.columns.rows.len(), 15);
    let kpi = |id: &str| v.kpis.iter().find(|k| k.id == id).unwrap().value.clone();
    assert_eq!(
        kpi("kpi-dq-letop"),
        findings
            .iter()
            .filter(|f| f.severity == Severity::LetOp)
            .count()
            .to_string()
    );
}

#[test]
fn data_quality_works_for_episodes_too() {
    let ds = embedded::synthetic().unwrap();
    let v = quality::build(&ds, &Scenario::default(), &with_report(&ds));
    let items: Vec<_> = v
        .blocks
        .iter()
        .flat_map(|b| b.groups.iter())
        .flat_map(|g| g.items.iter())
        .collect();
    let ep = items
        .iter()
        .find(|i| i.id == "EP-aansluiting")
        .expect("stock-flow check");
    assert_eq!(ep.tone, Tone::Ok);
    assert!(v
        .loader
        .facts
        .iter()
        .any(|(_, x)| x.starts_with("uitkeringen op persoonsniveau")));
}

#[test]
fn the_quality_screen_says_everything_in_the_language() {
    let ds = embedded::synthetic().unwrap();
    let en_scenario = Scenario {
        lang: Lang::En,
        ..Scenario::default()
    };
    let nl = quality::build(&ds, &Scenario::default(), &with_report(&ds));
    let en = quality::build(&ds, &en_scenario, &with_report(&ds));
    assert_eq!(
        (nl.title.as_str(), en.title.as_str()),
        ("Datakwaliteit", "Data quality")
    );
    let kpi = |v: &bijstandsverkenner::views::QualityView, id: &str| {
        v.kpis.iter().find(|k| k.id == id).unwrap().value.clone()
    };
    let rows = with_report(&ds).report.unwrap().rows as i64;
    assert!(
        rows >= 1000,
        "{rows} rows: a number with a thousands separator"
    );
    assert_eq!(
        kpi(&nl, "kpi-dq-rows"),
        bijstand_core::format::nl::int(rows)
    );
    assert_eq!(
        kpi(&en, "kpi-dq-rows"),
        bijstand_core::format::int(Lang::En, rows)
    );
    assert!(kpi(&en, "kpi-dq-rows").contains(','));
    let item = |v: &bijstandsverkenner::views::QualityView, id: &str| {
        v.blocks
            .iter()
            .flat_map(|b| b.groups.iter().flat_map(|g| g.items.iter()))
            .find(|i| i.id == id)
            .unwrap()
            .clone()
    };
    let (n, e) = (item(&nl, "EP-aansluiting"), item(&en, "EP-aansluiting"));
    assert_eq!((n.badge.as_str(), e.badge.as_str()), ("In orde", "OK"));
    // The finding's id is never shown (it is only the data-testid).
    assert!(!format!("{n:?}{e:?}").contains("Controle EP-"));
    assert_eq!(nl.loader.heading, "Hoe het bestand is gelezen");
    assert_eq!(en.loader.heading, "How the file was read");
    assert_eq!(
        nl.loader.columns_summary,
        format!(
            "Hoe elke kolom is gelezen ({})",
            nl.loader.columns.rows.len()
        )
    );
    // The loader's total-row check or the sentence that there was none, always a text.
    assert!(!nl.loader.total_text.is_empty() && !en.loader.total_text.is_empty());
    assert_eq!(nl.loader.total_tone, en.loader.total_tone);
    assert_eq!(
        nl.loader.no_warnings.is_some(),
        nl.loader.warnings.is_empty()
    );
    // Kerncijfers findings: figures in the language.
    let k = seed();
    let en = quality::build(&k, &en_scenario, &with_report(&k));
    let x8 = item(&en, "X8-2024");
    assert!(
        x8.figures
            .iter()
            .any(|(l, v)| l == "share of annual target" && v == "87.0%"),
        "{:?}",
        x8.figures
    );
    let nl = quality::build(&k, &Scenario::default(), &with_report(&k));
    assert_eq!(nl.loader.ignored_text, "Alle kolommen zijn ingelezen.");
    assert!(nl.summary.contains(" controles gedaan: "), "{}", nl.summary);
    assert!(en.summary.contains(" checks run: "), "{}", en.summary);
}

#[test]
fn comparison_reproduces_f2_f3_f5_on_the_seed() {
    let ds = seed();
    let s = Scenario::default();
    let v = comparison_view(&ds, &s);
    let kpi = |list: &[bijstandsverkenner::views::Kpi], id: &str| {
        list.iter().find(|k| k.id == id).unwrap().value.clone()
    };
    assert_eq!(kpi(&v.growth.dashboard.kpis, "kpi-groei"), "+1,14%");
    assert_eq!(kpi(&v.growth.dashboard.kpis, "kpi-groei-ref"), "+0,49%");
    assert_eq!(
        kpi(&v.growth.dashboard.kpis, "kpi-score"),
        "+0,65 procentpunt"
    );
    assert_eq!(kpi(&v.growth.dashboard.kpis, "kpi-exces"), "≈ 37");
    assert_eq!(kpi(&v.growth.dashboard.kpis, "kpi-impact"), "€ 0,67 mln");
    assert_eq!(kpi(&v.growth.dashboard.kpis, "kpi-index"), "101,1");
    assert!(
        v.growth.notes.iter().any(|n| n.contains("+1,52%")),
        "the annualisation pitfall"
    );
    assert!(
        v.growth.notes.iter().any(|n| n.ends_with("is +0,44%.")),
        "the file's own forecast"
    );
    let g = growth_inputs(&ds, &s, Lang::Nl);
    assert_eq!(g.source, InputSource::Data);
    assert_eq!(
        (g.params.bestand_t0, g.params.bestand_t, g.params.months),
        (5623.0, 5687.0, 9)
    );
    // F3: the chosen denominator (average stock, as the report) and all three side by side.
    assert_eq!(
        kpi(&v.participation.dashboard.kpis, "kpi-participatie"),
        "21,29%"
    );
    assert_eq!(
        kpi(&v.participation.dashboard.kpis, "kpi-participatie-nodig"),
        "41 personen"
    );
    let t = &v.participation.dashboard.panels[0].table;
    assert_eq!(t.rows[0][2..4], ["21,17%", "48"]);
    assert_eq!(t.rows[1][2..4], ["21,29%", "41"]);
    let p = participation_inputs(&ds, &s, Lang::Nl);
    assert_eq!(p.source, InputSource::Data);
    assert_eq!(
        (
            p.params.participants,
            p.params.bestand_peildatum,
            p.params.bestand_begin,
            p.params.bestand_afstand_lang
        ),
        (1204.0, 5687.0, 5623.0, 3412.0)
    );
    // F5: both readings of "13% hoger", named.
    assert_eq!(
        kpi(&v.werkplein.dashboard.kpis, "kpi-werkplein-jaar"),
        "87,0%"
    );
    assert_eq!(
        kpi(&v.werkplein.dashboard.kpis, "kpi-werkplein-tempo"),
        "116,0%"
    );
    assert_eq!(
        kpi(&v.werkplein.dashboard.kpis, "kpi-werkplein-nodig"),
        "13,0"
    );
    assert_eq!(
        werkplein_inputs(&ds, &s, Lang::Nl).source,
        InputSource::Data
    );
    assert!(v.werkplein.readings[0].contains("'13% hoger dan de doelstelling'"));
    assert!(
        v.werkplein.readings[1].contains("261 / 300 = 87,0%")
            && v.werkplein.readings[1].contains("13,0% onder het jaardoel")
    );
    assert!(
        v.werkplein.readings[2].contains("261 / 225 = 116,0%")
            && v.werkplein.readings[2].contains("+16,0%")
    );
}

#[test]
fn edits_go_into_the_scenario() {
    let ds = seed();
    // The peildatum denominator: 21,17% and 48 persons.
    let mut s = Scenario::default();
    let mut p = participation_inputs(&ds, &s, Lang::Nl).params;
    p.denominator = Denominator::Peildatum;
    s.participation = p;
    let v = comparison_view(&ds, &s);
    assert_eq!(v.participation.dashboard.kpis[0].value, "21,17%");
    assert_eq!(v.participation.dashboard.kpis[2].value, "48 personen");
    // A reference group entered by hand: Σ 2.020 / Σ 2.000 − 1 = +1,00%, score +0,14.
    s.growth = Some(GrowthParams {
        reference: Reference::Gemeenten {
            gemeenten: vec![
                bijstand_core::reference::RefGemeente {
                    name: "A".into(),
                    bestand_t0: 1500.0,
                    bestand_t: 1510.0,
                },
                bijstand_core::reference::RefGemeente {
                    name: "B".into(),
                    bestand_t0: 500.0,
                    bestand_t: 510.0,
                },
            ],
        },
        ..growth_inputs(&ds, &Scenario::default(), Lang::Nl).params
    });
    let v = comparison_view(&ds, &s);
    assert_eq!(v.growth.dashboard.kpis[1].value, "+1,00%");
    assert_eq!(v.growth.dashboard.kpis[2].value, "+0,14 procentpunt");
    assert_eq!(
        growth_inputs(&ds, &s, Lang::Nl).source,
        InputSource::Entered
    );
}

#[test]
fn comparison_for_episodes_takes_the_stocks_from_the_data() {
    let ds = embedded::synthetic().unwrap();
    let s = Scenario::default();
    let g = growth_inputs(&ds, &s, Lang::Nl);
    assert_eq!(g.source, InputSource::Data);
    assert_eq!(
        (g.params.bestand_t0, g.params.bestand_t, g.params.months),
        (5623.0, 5687.0, 9),
        "31-12-2023 → 30-09-2024"
    );
    let v = comparison_view(&ds, &s);
    assert_eq!(v.growth.dashboard.kpis[0].value, "+1,14%");
    // Month by month from December 2023 (index 100) to September 2024.
    let index = &v.growth.dashboard.panels[1].chart;
    assert_eq!(index.categories.len(), 10);
    assert_eq!(index.series[0].labels[0], "100,00");
    let p = participation_inputs(&ds, &s, Lang::Nl);
    assert_eq!(p.params.bestand_peildatum, 5687.0);
    assert_eq!(p.params.bestand_afstand_lang, 3412.0);
    let w = werkplein_inputs(&ds, &s, Lang::Nl);
    assert_eq!(w.source, InputSource::Data);
    assert_eq!(w.params.months_elapsed, 9);
}

const OTHER: &str = "gemeente_code;gemeente;indicator;dimensie;categorie;periode_type;periode_van;periode_tot;waarde;eenheid;status;versie;definitie;bron;opmerking\n\
GM0363;Amsterdam;bestand_uitkeringen;;;peildatum;;31-12-2023;1000;aantal;realisatie;;;Jaarverslag (L10);\n\
GM0363;Amsterdam;bestand_uitkeringen;;;peildatum;;30-06-2024;1030;aantal;realisatie;;;Jaarverslag (L11);\n\
GM0363;Amsterdam;bestand_groei;referentie;gemeente;periode;01-01-2024;30-06-2024;3;procent;realisatie;;;Jaarverslag (L12);\n\
GM0014;Groningen;bestand_uitkeringen;;;peildatum;;31-12-2023;2000;aantal;realisatie;;;CBS;\n\
GM0014;Groningen;bestand_uitkeringen;;;peildatum;;30-06-2024;2020;aantal;realisatie;;;CBS;\n\
GM0363;Amsterdam;schuldhulp_aanmeldingen;wijk;noord;jaar;01-01-2023;31-12-2023;120;aantal;realisatie;;;Monitor (L5);\n\
GM0363;Amsterdam;schuldhulp_aanmeldingen;wijk;zuid;jaar;01-01-2023;31-12-2023;80;aantal;realisatie;;;Monitor (L6);\n\
GM0363;Amsterdam;schuldhulp_aanmeldingen;wijk;totaal;jaar;01-01-2023;31-12-2023;210;aantal;realisatie;;;Monitor (L7);\n";

#[test]
fn another_municipalitys_file_renders_generically() {
    let ds = io::load(OTHER.as_bytes(), "andere.csv", &LoadOptions::default())
        .expect("loads")
        .into_dataset()
        .expect("a dataset");
    let v = as_published(&ds);
    // The unknown indicator gets a table of its own, with its categories and the sum check.
    let s = section(&v, "ind-schuldhulp_aanmeldingen");
    assert_eq!(s.title, "Schuldhulp aanmeldingen");
    assert_eq!(cell(&s.table, "Noord", "2023"), "120");
    assert_eq!(cell(&s.table, "Totaal", "2023"), "210");
    assert_eq!(
        s.bron, "Monitor",
        "the file's line references are not shown"
    );
    assert!(
        s.quality
            .iter()
            .any(|q| q.severity == Severity::Info && q.title.contains("deel van het totaal")),
        "{:?}",
        s.quality
    );
    // Two municipalities: rows carry the name.
    let b = section(&v, "bestand");
    assert!(b
        .table
        .rows
        .iter()
        .any(|r| r[0] == "Groningen · Aantal bijstandsuitkeringen"));
    // The comparison takes the other municipality as the reference group.
    let g = growth_inputs(&ds, &Scenario::default(), Lang::Nl);
    assert_eq!((g.params.bestand_t0, g.params.bestand_t), (1000.0, 1030.0));
    assert!(
        matches!(&g.params.reference, Reference::Gemeenten { gemeenten } if gemeenten.len() == 1 && gemeenten[0].name == "Groningen")
    );
    let c = comparison_view(&ds, &Scenario::default());
    assert_eq!(c.growth.dashboard.kpis[0].value, "+3,00%");
    assert_eq!(c.growth.dashboard.kpis[1].value, "+1,00%");
    assert_eq!(c.growth.dashboard.kpis[2].value, "+2,00 procentpunt");
    // Nothing about participation in the file: the example values say so.
    assert_eq!(
        participation_inputs(&ds, &Scenario::default(), Lang::Nl).source,
        InputSource::Example
    );
}
