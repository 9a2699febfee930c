//! The "no internal words on screen" sweep: builds every screen model in both languages,
//! with the settings that produce each error and notice, and fails on identifier-like text
//! in what the screens show: field keys (`buig.local_differential_pct`), Rust `Debug`
//! output (`NoSolutionInRange { value_lo: … }`, `Some(…)`), formula codes (`(F12)`,
//! `(X23)`), line references (`L384–771`) and formula notation (`B[t0]`).
//!
//! The shown text is every string in a screen model, read from its `Debug` form, minus the
//! strings of fields that are never shown (listed in [`NEVER_SHOWN`]: DOM and chart ids,
//! internal keys).

use std::sync::Arc;

use bijstand_core::buig::{CaseloadPath, CostPerBenefit};
use bijstand_core::io::{self, LoadOptions};
use bijstand_core::lang::Lang;
use bijstand_core::model::Dataset;
use bijstand_core::reference::{GrowthParams, RefGemeente, Reference};
use bijstand_core::scenario::{Scenario, View};

use super::Context;

/// Fields of the screen models whose strings never reach the screen: `data-testid` and DOM
/// ids, chart ids, and the internal keys rows and cells are matched by.
const NEVER_SHOWN: &[&str] = &["id", "key", "test_id", "testid", "chart_id", "anchor"];

/// Every string in `debug` (a `{:?}` rendering) with the name of the field that holds it
/// (empty for an item of a list or a tuple).
fn strings(debug: &str) -> Vec<(String, String)> {
    let chars: Vec<char> = debug.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '"' {
            i += 1;
            continue;
        }
        // The field name: `name: "…"`.
        let mut j = i;
        while j > 0 && chars[j - 1] == ' ' {
            j -= 1;
        }
        let field = if j > 0 && chars[j - 1] == ':' {
            let end = j - 1;
            let mut k = end;
            while k > 0 && (chars[k - 1].is_alphanumeric() || chars[k - 1] == '_') {
                k -= 1;
            }
            chars[k..end].iter().collect()
        } else {
            String::new()
        };
        let mut s = String::new();
        i += 1;
        while i < chars.len() && chars[i] != '"' {
            if chars[i] == '\\' && i + 1 < chars.len() {
                i += 1;
                match chars[i] {
                    'n' => s.push('\n'),
                    't' => s.push('\t'),
                    'u' => {
                        // \u{…}
                        let close = (i..chars.len()).find(|&k| chars[k] == '}').unwrap_or(i);
                        let hex: String = chars[i + 2..close].iter().collect();
                        if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        {
                            s.push(c);
                        }
                        i = close;
                    }
                    c => s.push(c),
                }
            } else {
                s.push(chars[i]);
            }
            i += 1;
        }
        i += 1;
        out.push((field, s));
    }
    out
}

/// The shown strings of a screen model.
fn shown<T: std::fmt::Debug>(view: &T) -> Vec<String> {
    strings(&format!("{view:?}"))
        .into_iter()
        .filter(|(field, _)| !NEVER_SHOWN.contains(&field.as_str()))
        .map(|(_, s)| s)
        .collect()
}

/// Words of `text`: runs of letters, digits, `_` and `.` (a trailing `.` dropped).
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| !t.is_empty())
        .collect()
}

/// What is identifier-like in `text`, if anything.
pub(crate) fn internal_words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for t in tokens(text) {
        let lower = t.to_lowercase();
        let file = [".csv", ".xlsx", ".xls", ".json", ".txt", ".png", ".svg"]
            .iter()
            .any(|e| lower.ends_with(e));
        // snake_case.with.dots (a key path), or a dotted path of lower-case identifiers.
        let dotted = t.contains('.')
            && t.contains('_')
            && t.split('.').all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            });
        if dotted && !file {
            found.push(t.to_string());
        }
        // A formula or check code: F12, X23 (alone, as a word).
        let mut c = t.chars();
        if let Some(first @ ('F' | 'X')) = c.next() {
            let rest: String = c.collect();
            if (1..=2).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit()) {
                found.push(format!("{first}{rest}"));
            }
        }
        // A line reference: L384, L1075.
        if let Some(rest) = t.strip_prefix('L') {
            if (2..=4).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit()) {
                found.push(t.to_string());
            }
        }
    }
    // Formula notation.
    for pat in ["B[t0]", "B[t]", "g_ref", "ΔB"] {
        if text.contains(pat) {
            found.push(pat.to_string());
        }
    }
    // Rust Debug output: `Name { field: …`, `Some(…)`.
    let chars: Vec<char> = text.chars().collect();
    for (i, w) in chars.windows(3).enumerate() {
        if w[0].is_alphanumeric() && w[1] == ' ' && w[2] == '{' {
            let start = (0..=i)
                .rev()
                .take_while(|&k| chars[k].is_alphanumeric())
                .last();
            let after: String = chars[i + 3..].iter().take(40).collect();
            let field_next = after.trim_start().split(':').next().is_some_and(|f| {
                !f.is_empty() && f.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            }) && after.contains(':');
            if start.is_some_and(|s| chars[s].is_ascii_uppercase()) && field_next {
                found.push(
                    chars[start.unwrap_or(i)..(i + 3).min(chars.len())]
                        .iter()
                        .collect(),
                );
            }
        }
    }
    if text.contains("Some(") || text.contains("None)") {
        found.push("Some(/None".into());
    }
    found
}

#[test]
fn the_patterns_catch_what_the_issue_found() {
    for bad in [
        "Geen oplossing binnen het bereik. (NoSolutionInRange { value_lo: 104.55, value_hi: 104.55 })",
        "buig.local_differential_pct",
        "buig.cost_per_benefit.eur",
        "Groei t.o.v. referentie (F2)",
        "niet met het landelijke cijfer (X23).",
        "Beginstand B[t0]",
        "Bron: UP EAA 2025 §1.2 (L384–771)",
        "Verschil (ΔB − g_ref · B[t0])",
    ] {
        assert!(!internal_words(bad).is_empty(), "not caught: {bad}");
    }
    for good in [
        "Uitvoeringsprogramma EAA 2025, tabel 12",
        "Het tekort van € 9,61 mln (8,40% van het budget) ligt boven de drempel van 7,5%.",
        "enschede_synthetisch.csv",
        "t.o.v. het jaardoel, e.g. 5.687",
        "BUIG: bestand begin jaar",
        "{ en } staan in tekst",
    ] {
        assert!(
            internal_words(good).is_empty(),
            "{good}: {:?}",
            internal_words(good)
        );
    }
    let s = strings(r#"V { id: "kpi-a", label: "a \"b\" \u{2212}c", rows: ["x", "y"] }"#);
    assert_eq!(
        s,
        [
            ("id".to_string(), "kpi-a".to_string()),
            ("label".into(), "a \"b\" \u{2212}c".into()),
            (String::new(), "x".into()),
            (String::new(), "y".into()),
        ]
    );
}

/// The contracts file in `data/`, added to `ds`.
fn with_contracts(ds: &Dataset) -> Dataset {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/lks_contracten_synthetisch.csv"
    );
    let bytes = std::fs::read(path).expect("the contracts file in data/");
    let loaded = io::load(
        &bytes,
        "lks_contracten_synthetisch.csv",
        &LoadOptions::default(),
    )
    .expect("contracts load");
    ds.clone()
        .with_contracts(loaded.contracts().cloned().map(Arc::new))
}

/// Scenarios that between them produce every error and notice of the screens.
fn scenarios() -> Vec<(&'static str, Scenario)> {
    let base = Scenario::default();
    let mut out = vec![("default", base.clone())];
    let mut s = base.clone();
    s.buig.caseload_start = 0.0; // no break-even growth
    out.push(("caseload 0", s));
    let mut s = base.clone();
    s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 20_000.0 }; // vangnet
    out.push(("€ 20.000 per benefit", s));
    let mut s = base.clone();
    s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 19_000.0 }; // 5–7,5%
    out.push(("€ 19.000 per benefit", s));
    let mut s = base.clone();
    s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 22_000.0 }; // above 12,5%
    s.buig.vangnet.previous_years_deficit_pct = [Some(6.0), Some(6.0), Some(6.0)];
    s.buig.vangnet.extended_compensation_rate_pct = Some(50.0);
    out.push(("deficits every year", s));
    let mut s = base.clone();
    s.buig.local_differential_pct = -50.0;
    s.buig.caseload_path = CaseloadPath::Growth { pct: -99.0 };
    out.push(("extreme growth", s));
    let mut s = base.clone();
    s.buig.cost_per_benefit = CostPerBenefit::Calibrated {
        from: Default::default(),
    };
    s.buig.caseload_path = CaseloadPath::Flows {
        inflow_per_year: 1137.0,
        outflow_excl_aow_per_year: 873.0,
    };
    out.push(("calibrated, flows", s));
    let mut s = base.clone();
    s.growth = Some(GrowthParams {
        reference: Reference::Gemeenten {
            gemeenten: vec![RefGemeente::default()],
        },
        ..GrowthParams::default()
    });
    out.push(("empty comparison list", s));
    let mut s = base.clone();
    s.growth = Some(GrowthParams {
        reference: Reference::Gemeenten { gemeenten: vec![] },
        ..GrowthParams::default()
    });
    out.push(("no municipalities", s));
    let mut s = base.clone();
    s.lks.use_contracts = true;
    s.lks_raise.from_contracts = true;
    s.lks.target = 100_000.0;
    s.lks_raise.saving_goal_eur = 1e12; // no raise pays for it
    out.push(("LKS targets out of reach", s));
    let mut s = base.clone();
    s.threshold = 20;
    s.suppress_published = false;
    s.filter.statushouder = Some(true);
    out.push(("filtered", s));
    out
}

/// Everything every screen shows for `ds` under `s`, in `lang`, with scenario B and saved
/// scenarios: (screen, strings).
fn all_screens(ds: &Dataset, s: &Scenario, ctx: &Context) -> Vec<(String, Vec<String>)> {
    let mut out = vec![
        ("buig".to_string(), shown(&super::buig::build(ds, s, ctx))),
        (
            "caseload".into(),
            shown(&super::caseload::build(ds, s, ctx)),
        ),
        ("cohorts".into(), shown(&super::cohorts::build(ds, s, ctx))),
        (
            "comparison".into(),
            shown(&super::comparison::build(ds, s, ctx)),
        ),
        (
            "dynamics".into(),
            shown(&super::dynamics::build(ds, s, ctx)),
        ),
        (
            "kerncijfers".into(),
            shown(&super::kerncijfers::build(ds, s, ctx)),
        ),
        ("lks".into(), shown(&super::lks::build(ds, s, ctx))),
        (
            "programme".into(),
            shown(&super::programme::build(ds, s, ctx)),
        ),
        (
            "projection".into(),
            shown(&super::projection::build(ds, s, ctx)),
        ),
        ("quality".into(), shown(&super::quality::build(ds, s, ctx))),
        ("about".into(), shown(&super::about::build(s.lang))),
        ("start".into(), shown(&super::start::build(s.lang, true))),
        (
            "start, own file".into(),
            shown(&super::start::build(s.lang, false)),
        ),
        (
            "refdata".into(),
            shown(&super::refdata::build(
                ds,
                ctx.reference.as_deref(),
                &ctx.ref_choice,
                s.lang,
            )),
        ),
    ];
    // Presentation mode: every slide the dataset has, and the deck editor.
    for kind in super::slides::deck(ds, s) {
        out.push((
            format!("slide {kind:?}"),
            shown(&super::slides::slide(kind, ds, s, ctx)),
        ));
    }
    out.push(("deck editor".into(), shown(&super::slides::editor(ds, s))));
    // The print summary (the assumptions under a printed or exported view).
    for view in View::ALL {
        let rows = crate::components::print_summary::view_rows(s, view, None, None);
        out.push((
            format!("print {view:?}"),
            rows.into_iter().flat_map(|(a, b)| [a, b]).collect(),
        ));
    }
    if let Some(r) = &ctx.report {
        out.push((
            "loader".into(),
            shown(&super::quality::loader_view(
                ds,
                r,
                &ctx.remembered,
                s.threshold,
                s.lang,
            )),
        ));
    }
    out
}

#[test]
fn no_screen_shows_internal_words_in_either_language() {
    let synthetic = crate::embedded::synthetic_loaded().expect("embedded");
    let kerncijfers = crate::embedded::kerncijfers_loaded().expect("embedded");
    let report = |l: &io::Loaded| Some(std::rc::Rc::new(l.report.clone()));
    let synthetic_ds = synthetic.dataset().cloned().expect("a dataset");
    let kerncijfers_ds = kerncijfers.dataset().cloned().expect("a dataset");
    let datasets = [
        ("synthetic", synthetic_ds.clone(), report(&synthetic)),
        (
            "synthetic + contracts",
            with_contracts(&synthetic_ds),
            report(&synthetic),
        ),
        ("kerncijfers", kerncijfers_ds, report(&kerncijfers)),
    ];
    let mut problems = Vec::new();
    let mut checked = 0usize;
    for lang in [Lang::Nl, Lang::En] {
        for (ds_name, ds, rep) in &datasets {
            for (sc_name, s) in scenarios() {
                let mut a = s.clone();
                a.lang = lang;
                let mut b = Scenario::default();
                b.buig.local_differential_pct = 0.5;
                b.buig.caseload_path = CaseloadPath::Growth { pct: 3.0 };
                b.buig.aow_exits[1] = 200.0;
                b.lks.target = 80.0;
                b.growth = Some(GrowthParams::default());
                b.view = View::Buig;
                for ctx in [
                    Context {
                        report: rep.clone(),
                        ..Context::default()
                    },
                    Context {
                        scenario_b: Some(b.clone()),
                        saved: vec![b.clone(), s.clone()],
                        report: rep.clone(),
                        ..Context::default()
                    },
                ] {
                    for (screen, texts) in all_screens(ds, &a, &ctx) {
                        for t in texts {
                            checked += 1;
                            let bad = internal_words(&t);
                            if !bad.is_empty() {
                                problems.push(format!(
                                    "{lang:?} {ds_name} / {sc_name} / {screen}: {bad:?} in {t:?}"
                                ));
                            }
                        }
                    }
                }
            }
        }
        // Input boxes' rejections and the load settings with a failing preview.
        for raw in ["abc", "-50", "1e9"] {
            if let Err(e) = crate::components::inputs::check_number(lang, raw, -2.0, 2.0) {
                problems.extend(
                    internal_words(&e)
                        .into_iter()
                        .map(|w| format!("input: {w}")),
                );
            }
        }
        for (text, name) in [
            ("a;b\n1;2\n", "onbekend.csv"),
            ("uitkering_id;startdatum\nU1;01-01-2024\n", "bestand.csv"),
            ("", "leeg.csv"),
        ] {
            let d = super::load_settings::SettingsDialog::open_now(
                name.into(),
                super::load_settings::Sample::new(text.as_bytes().to_vec(), false),
                LoadOptions::default(),
            );
            for t in shown(&super::load_settings::settings_form(&d, lang)) {
                checked += 1;
                let bad = internal_words(&t);
                if !bad.is_empty() {
                    problems.push(format!("{lang:?} load settings {name}: {bad:?} in {t:?}"));
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(checked > 10_000, "only {checked} texts checked");
    assert!(
        problems.is_empty(),
        "{} texts with internal words:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
