//! The Datakwaliteit, Kerncijfers and Vergelijking view models in English: no Dutch-only
//! texts left in findings, notes, denominators and references (numbers stay in Dutch
//! notation).

use bijstand_core::lang::Lang;
use bijstand_core::model::Dataset;
use bijstand_core::reference::Denominator;
use bijstand_core::scenario::Scenario;
use bijstandsverkenner::embedded;
use bijstandsverkenner::views::comparison::{build, ComparisonView};
use bijstandsverkenner::views::{kerncijfers, quality, Context, Kpi, Panel, QualityView, Table};

/// Common Dutch words (lower case, padded with spaces) that an English text should not hold.
const DUTCH: &[&str] = &[
    " het ",
    " niet ",
    " gepubliceerd",
    " een ",
    " zijn ",
    " wordt ",
    " klopt",
    " van ",
    " uitkeringen ",
    " bestand ",
    " naar ",
    " t/m ",
    " landelijk",
    " peildatum",
    " gemiddeld ",
];

fn dutch_words(text: &str) -> Vec<&'static str> {
    let padded = format!(" {} ", text.to_lowercase());
    DUTCH
        .iter()
        .copied()
        .filter(|w| padded.contains(w))
        .collect()
}

fn assert_no_dutch(where_: &str, text: &str) {
    let found = dutch_words(text);
    assert!(found.is_empty(), "{where_}: Dutch {found:?} in {text:?}");
}

/// A number or date written the Dutch way: a decimal comma before one or two digits
/// (`21,29`), a thousands dot (`5.687`), a date `30-09-2024`, or `mln`.
fn dutch_number(text: &str) -> Option<String> {
    let c: Vec<char> = text.chars().collect();
    let digit = |i: usize| c.get(i).is_some_and(|x| x.is_ascii_digit());
    let sep = |i: usize| c.get(i).is_some_and(|x| matches!(x, '.' | ','));
    let run = |mut i: usize| {
        let start = i;
        while digit(i) {
            i += 1;
        }
        i - start
    };
    for i in 1..c.len() {
        let before = (0..i).rev().take_while(|&j| digit(j)).count();
        if before == 0 || (i > before && sep(i - before - 1)) {
            continue;
        }
        let after = run(i + 1);
        let end = i + 1 + after;
        let dutch = match c[i] {
            ',' => (1..=2).contains(&after) && !sep(end) && !digit(end),
            '.' => before <= 3 && after == 3 && !sep(end),
            '-' => before == 2 && after == 2 && c.get(end) == Some(&'-') && run(end + 1) == 4,
            _ => false,
        };
        if dutch {
            return Some(text.to_string());
        }
    }
    format!(" {text} ")
        .contains(" mln ")
        .then(|| text.to_string())
}

/// The comparison screen without scenario B or saved scenarios.
fn comparison_view(ds: &Dataset, s: &Scenario) -> ComparisonView {
    build(ds, s, &Context::default())
}

fn datasets() -> [Dataset; 2] {
    [
        embedded::kerncijfers().expect("kerncijfers"),
        embedded::synthetic().expect("synthetic"),
    ]
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

fn quality(ds: &Dataset, lang: Lang) -> QualityView {
    let s = Scenario {
        lang,
        ..Scenario::default()
    };
    quality::build(ds, &s, &with_report(ds))
}

#[test]
fn data_quality_findings_read_in_english() {
    for ds in datasets() {
        let nl = quality(&ds, Lang::Nl);
        let en = quality(&ds, Lang::En);
        let items = |v: &QualityView| {
            v.blocks
                .iter()
                .flat_map(|b| b.groups.iter().flat_map(|g| g.items.clone()))
                .collect::<Vec<_>>()
        };
        let (nl_items, en_items) = (items(&nl), items(&en));
        assert_eq!(nl_items.len(), en_items.len());
        assert!(
            en_items.len() >= 3,
            "{}: {} findings",
            ds.name,
            en_items.len()
        );
        for e in &en_items {
            let n = nl_items.iter().find(|n| n.id == e.id).expect("same ids");
            // Same tone in both languages (it is decided on whether the check passed).
            assert_eq!(e.tone, n.tone, "{}", e.id);
            assert_ne!(e.title, n.title, "{}: title", e.id);
            assert_ne!(e.detail, n.detail, "{}: detail", e.id);
            assert_no_dutch(&e.id, &e.title);
            assert_no_dutch(&e.id, &e.detail);
            for (label, _) in &e.figures {
                assert_no_dutch(&format!("{} figure", e.id), label);
            }
        }
        for w in &en.loader.warnings {
            assert_no_dutch("loader warning", w);
        }
    }
    let en = quality(&embedded::kerncijfers().unwrap(), Lang::En);
    let x5 = en
        .blocks
        .iter()
        .flat_map(|b| b.groups.iter().flat_map(|g| g.items.iter()))
        .find(|i| i.id == "X5-2024")
        .expect("X5");
    assert_eq!(
        x5.title,
        "Social activation percentage depends on the denominator"
    );
    assert!(x5
        .figures
        .iter()
        .any(|(l, v)| l == "share, average caseload" && v == "21.29%"));
}

#[test]
fn kerncijfers_notes_follow_the_language() {
    let ds = embedded::kerncijfers().unwrap();
    let view = |lang| {
        let s = Scenario {
            lang,
            suppress_published: false,
            ..Scenario::default()
        };
        kerncijfers::build(&ds, &s, &Context::default())
    };
    let (nl, en) = (view(Lang::Nl), view(Lang::En));
    let notes = |v: &bijstandsverkenner::views::KerncijfersView| {
        v.sections
            .iter()
            .flat_map(|s| s.quality.clone())
            .collect::<Vec<_>>()
    };
    let (nl_notes, en_notes) = (notes(&nl), notes(&en));
    assert!(en_notes.len() >= 10, "{} notes", en_notes.len());
    assert_eq!(nl_notes.len(), en_notes.len());
    for (n, e) in nl_notes.iter().zip(&en_notes) {
        assert_eq!(n.id, e.id);
        assert_ne!(n.detail, e.detail, "{}", e.id);
        assert_no_dutch(&e.id, &e.title);
        assert_no_dutch(&e.id, &e.detail);
    }
    let t6 = en_notes
        .iter()
        .find(|q| q.id == "X3-2024-instroom")
        .expect("X3 note next to table 6");
    assert_eq!(
        t6.title,
        "Groups add up to more than the total: inflow (1 Jan 2024 to 30 Sep 2024, table 6)"
    );
}

fn texts(v: &ComparisonView) -> Vec<String> {
    let mut out = Vec::new();
    let kpis = |out: &mut Vec<String>, ks: &[Kpi]| {
        for k in ks {
            out.extend([k.label.clone(), k.value.clone(), k.note.clone()]);
        }
    };
    let table = |out: &mut Vec<String>, t: &Table| {
        out.push(t.caption.clone());
        out.extend(t.headers.iter().cloned());
        out.extend(t.rows.iter().flatten().cloned());
    };
    let panels = |out: &mut Vec<String>, ps: &[Panel]| {
        for p in ps {
            out.push(p.chart.title.clone());
            out.extend(p.chart.categories.iter().cloned());
            out.extend(p.chart.series.iter().map(|s| s.name.clone()));
            table(out, &p.table);
            out.extend(p.note.iter().cloned());
        }
    };
    kpis(&mut out, &v.growth.dashboard.kpis);
    kpis(&mut out, &v.participation.dashboard.kpis);
    kpis(&mut out, &v.werkplein.dashboard.kpis);
    panels(&mut out, &v.growth.dashboard.panels);
    panels(&mut out, &v.participation.dashboard.panels);
    panels(&mut out, &v.werkplein.dashboard.panels);
    out.extend(v.growth.notes.iter().cloned());
    out.extend(v.werkplein.readings.iter().cloned());
    // The settings: headings, where the values come from, every field and option.
    let g = &v.growth;
    let (p, w) = (&v.participation, &v.werkplein);
    for (label, heading, source) in [
        (&g.label, &g.heading, &g.source),
        (&p.label, &p.heading, &p.source),
        (&w.label, &w.heading, &w.source),
    ] {
        out.extend([label.clone(), heading.clone(), source.text.clone()]);
        out.extend(source.notes.iter().cloned());
    }
    let fields = g
        .stocks
        .iter()
        .chain([&g.cost])
        .chain(&p.fields)
        .chain(&w.fields);
    out.extend(fields.flat_map(|f| [f.label.clone(), f.unit.clone()]));
    out.push(g.reference.label.clone());
    out.extend(g.reference.options.iter().cloned());
    out.push(g.round.label.clone());
    out.push(p.denominator.label.clone());
    out.extend(p.denominator.options.iter().cloned());
    out.extend(
        g.period
            .iter()
            .flat_map(|x| [x.from_label.clone(), x.to_label.clone()]),
    );
    out
}

#[test]
fn comparison_in_english_has_no_dutch_only_texts() {
    for ds in datasets() {
        let s = Scenario {
            lang: Lang::En,
            ..Scenario::default()
        };
        let v = comparison_view(&ds, &s);
        let all = texts(&v);
        assert!(all.len() > 40);
        for t in &all {
            assert_no_dutch(&ds.name, t);
        }
        let dutch_numbers: Vec<String> = all.iter().filter_map(|t| dutch_number(t)).collect();
        assert!(dutch_numbers.is_empty(), "{}: {dutch_numbers:?}", ds.name);
        // In Dutch they are there.
        let nl = texts(&comparison_view(&ds, &Scenario::default()));
        assert!(nl.iter().any(|t| dutch_number(t).is_some()));
        // The denominators by their English names, chosen one in the key figure's note.
        let part = &v.participation.dashboard.panels[0];
        for (n, c) in Denominator::ALL.iter().zip(&part.chart.categories) {
            assert_eq!(c.to_lowercase(), n.label(Lang::En));
        }
        let needed = v
            .participation
            .dashboard
            .kpis
            .iter()
            .find(|k| k.id == "kpi-participatie-nodig")
            .unwrap();
        assert_eq!(
            needed.note,
            format!(
                "with denominator {}",
                s.participation.denominator.label(Lang::En)
            )
        );
    }
    let ds = embedded::kerncijfers().unwrap();
    let v = comparison_view(
        &ds,
        &Scenario {
            lang: Lang::En,
            ..Scenario::default()
        },
    );
    let r = v
        .growth
        .dashboard
        .kpis
        .iter()
        .find(|k| k.id == "kpi-groei-ref")
        .unwrap();
    assert_eq!(r.label, "Reference growth (national)");
    // In Dutch the texts stay Dutch.
    let nl = comparison_view(&ds, &Scenario::default());
    assert!(nl
        .participation
        .dashboard
        .kpis
        .iter()
        .any(|k| k.note.contains("gemiddeld bestand")));
}
