//! Links made with today's app keep opening, with the same scenario, in every later
//! version: golden links of the real `Scenario` (the default, a realistic one, and one with
//! every leaf changed) are committed as text in `tests/golden/links.txt`, and the real
//! link registry and word list only ever grow (`tests/golden/link_registry.txt`).
//!
//! Write the files again (only when adding a golden link, never to make a test pass) with
//! `UPDATE_GOLDEN=1 cargo test -p bijstand-core --test golden_links`.

use std::path::PathBuf;

use bijstand_core::scenario::{Scenario, View, LINK_REGISTRY, LINK_SCHEMA, LINK_WORDS};
use bijstand_core::share;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// A scenario as a council might share it.
fn realistic() -> Scenario {
    let mut s = Scenario {
        view: View::Buig,
        name: "Begroting 2025 – somber".into(),
        threshold: 15,
        ..Default::default()
    };
    s.buig.national_growth_pct += 1.5;
    s.buig.budget_mln -= 2.25;
    s.participation.target_pct = 23.0;
    s
}

/// Every number leaf of the default moved by one, every flag flipped (texts and enum
/// values stay): a link that carries every field.
fn every_leaf() -> Scenario {
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Number(n) => {
                *v = if let Some(i) = n.as_u64() {
                    serde_json::json!(i + 1)
                } else if let Some(i) = n.as_i64() {
                    serde_json::json!(i + 1)
                } else {
                    serde_json::json!(n.as_f64().unwrap() + 0.5)
                }
            }
            serde_json::Value::Bool(b) => *b = !*b,
            serde_json::Value::Array(a) => a.iter_mut().for_each(walk),
            serde_json::Value::Object(o) => o.values_mut().for_each(walk),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(Scenario::default()).unwrap();
    walk(&mut v);
    serde_json::from_value(v).expect("still a scenario")
}

fn cases() -> Vec<(&'static str, Scenario)> {
    vec![
        ("default", Scenario::default()),
        ("realistic", realistic()),
        ("every_leaf", every_leaf()),
    ]
}

#[test]
fn golden_links_open_as_the_same_scenario() {
    let path = golden("links.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let text: String = cases()
            .iter()
            .map(|(name, s)| {
                format!(
                    "{name}\t{}\n",
                    share::encode(s, &LINK_SCHEMA, None).unwrap()
                )
            })
            .collect();
        std::fs::write(&path, text).unwrap();
    }
    let text = std::fs::read_to_string(&path).expect("tests/golden/links.txt");
    let cases = cases();
    let mut seen = 0;
    for line in text.lines() {
        let (name, link) = line.split_once('\t').unwrap();
        let want = &cases.iter().find(|(n, _)| *n == name).expect(name).1;
        let d = share::decode::<Scenario>(link, &LINK_SCHEMA)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(d.ignored.is_empty(), "{name}: ignored {:?}", d.ignored);
        assert_eq!(&d.scenario, want, "{name}");
        seen += 1;
    }
    assert_eq!(seen, cases.len(), "every case has a golden link");
    assert_ne!(cases[2].1, Scenario::default());
}

#[test]
fn the_link_registry_and_words_only_grow() {
    let path = golden("link_registry.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let mut text = String::new();
        for p in LINK_REGISTRY {
            text.push_str(&format!("path\t{p}\n"));
        }
        for w in LINK_WORDS {
            text.push_str(&format!("word\t{w}\n"));
        }
        std::fs::write(&path, text).unwrap();
    }
    let text = std::fs::read_to_string(&path).expect("tests/golden/link_registry.txt");
    let (mut paths, mut words) = (Vec::new(), Vec::new());
    for line in text.lines() {
        match line.split_once('\t') {
            Some(("path", p)) => paths.push(p),
            Some(("word", w)) => words.push(w),
            _ => panic!("bad line {line}"),
        }
    }
    assert!(paths.len() > 100 && words.len() > 10);
    for (i, p) in paths.iter().enumerate() {
        let now = LINK_REGISTRY.get(i).copied();
        // A removed path stays in its place with the prefix `~`.
        assert!(
            now == Some(*p) || now == Some(&format!("~{p}")),
            "link id {} was {p}, is now {now:?}: the registry is append-only",
            i + 1
        );
    }
    for (i, w) in words.iter().enumerate() {
        assert_eq!(
            LINK_WORDS.get(i),
            Some(w),
            "word {i}: the word list is append-only"
        );
    }
}
