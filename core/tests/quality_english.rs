//! Data-quality findings in English: every finding of the embedded kerncijfers file and
//! of the synthetic episodes has an English title and explanation (same numbers, Dutch
//! notation), and the key findings read as written here.

use bijstand_core::io;
use bijstand_core::lang::Lang;
use bijstand_core::quality::{self, Finding, QualityParams};

const EPISODES_CSV: &[u8] = include_bytes!("../../data/enschede_synthetisch.csv");
const KERNCIJFERS_CSV: &[u8] = include_bytes!("../../data/kerncijfers_enschede.csv");

fn findings(bytes: &[u8], name: &str) -> Vec<Finding> {
    let ds = io::load(bytes, name, &Default::default())
        .unwrap_or_else(|e| panic!("{}", e.message(Lang::Nl)));
    quality::check_dataset(
        ds.dataset().unwrap(),
        Some(&ds.report),
        &QualityParams::default(),
    )
}

fn find<'a>(f: &'a [Finding], id: &str) -> &'a Finding {
    f.iter()
        .find(|x| x.id == id)
        .unwrap_or_else(|| panic!("no finding {id}"))
}

/// Common Dutch words that should not appear in an English text (padded with spaces).
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
];

fn assert_english(f: &Finding) {
    assert!(!f.title_en.trim().is_empty(), "{}: no English title", f.id);
    assert!(
        !f.detail_en.trim().is_empty(),
        "{}: no English detail",
        f.id
    );
    assert_ne!(f.title_en, f.title_nl, "{}: title not translated", f.id);
    assert_ne!(f.detail_en, f.detail_nl, "{}: detail not translated", f.id);
    assert_eq!(f.title(Lang::En), f.title_en);
    assert_eq!(f.detail(Lang::En), f.detail_en);
    assert_eq!(f.title(Lang::Nl), f.title_nl);
    assert_eq!(f.detail(Lang::Nl), f.detail_nl);
    for x in &f.figures {
        let (nl, en) = (x.name(Lang::Nl), x.name(Lang::En));
        assert!(
            !nl.is_empty() && !en.is_empty(),
            "{}: empty figure name",
            f.id
        );
        if let bijstand_core::quality::FigureLabel::Term(_) = x.label {
            let padded = format!(" {} ", en.to_lowercase());
            for w in DUTCH {
                assert!(
                    !padded.contains(w),
                    "{}: Dutch word {w:?} in figure {en:?}",
                    f.id
                );
            }
        }
        assert_eq!(
            f.figure(&x.key()),
            Some(x.value),
            "{}: key {}",
            f.id,
            x.key()
        );
    }
    for text in [&f.title_en, &f.detail_en] {
        let padded = format!(" {} ", text.to_lowercase());
        for w in DUTCH {
            assert!(
                !padded.contains(w),
                "{}: Dutch word {w:?} in {text:?}",
                f.id
            );
        }
    }
}

/// The numbers of a text in order (digits with Dutch separators).
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() || (!cur.is_empty() && (c == '.' || c == ',')) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(cur.trim_end_matches(['.', ',']).to_string());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        out.push(cur.trim_end_matches(['.', ',']).to_string());
    }
    out
}

#[test]
fn every_kerncijfers_finding_has_english_text_with_the_same_numbers() {
    let f = findings(KERNCIJFERS_CSV, "kerncijfers_enschede.csv");
    assert!(f.len() >= 40, "{} findings", f.len());
    for x in &f {
        assert_english(x);
        // Same numbers in the same notation: every number of the Dutch explanation occurs
        // in the English one (order may differ with the sentence).
        let en = numbers(&x.detail_en);
        for n in numbers(&x.detail_nl) {
            assert!(
                en.contains(&n),
                "{}: {n} missing in {:?}",
                x.id,
                x.detail_en
            );
        }
    }
}

#[test]
fn every_episodes_finding_has_english_text() {
    let f = findings(EPISODES_CSV, "enschede_synthetisch.csv");
    assert!(f.iter().any(|x| x.id.starts_with("EP-")));
    assert!(f.iter().any(|x| x.id.starts_with("LOAD-melding-")));
    for x in &f {
        assert_english(x);
    }
    assert_eq!(
        find(&f, "LOAD-melding-1").detail_en,
        "Columns recognised but not used (yet): 'persoon_id'."
    );
    assert_eq!(
        find(&f, "EP-aansluiting").detail_en,
        "Stock, inflow and outflow come from the same benefits, so for every month stock = \
         previous stock + inflow − outflow. From 6.111 (end of Dec 2018) via 6.948 inflow and \
         7.372 outflow to 5.687 (end of Sep 2024): reconciliation gap 0. Unlike published key \
         figures, no reconciliation term is needed."
    );
}

#[test]
fn key_findings_read_as_written() {
    let f = findings(KERNCIJFERS_CSV, "kerncijfers_enschede.csv");
    let x3 = find(&f, "X3-2023-instroom");
    assert_eq!(
        x3.title_en,
        "Groups add up to more than the total: inflow (2023, table 6)"
    );
    assert_eq!(
        x3.detail_en,
        "340 + 300 + 881 = 1.521, while the total is 1.275 (246 more). The groups may overlap \
         (for example, a refugee under 27 counted in two groups), or one cell may contain a \
         misprint. The figures are shown as published, without adjustment."
    );
    let x5 = find(&f, "X5-2024");
    assert_eq!(
        x5.title_en,
        "Social activation percentage depends on the denominator"
    );
    assert_eq!(
        x5.detail_en,
        "The published figure is 21,29%, but 1.204 participants / 5.687 benefits on 30-09-2024 \
         = 21,17% (a difference of 0,12 percentage points). With the average caseload over the \
         period as the denominator, (5.623 + 5.687) / 2 = 5.655, it comes out at exactly \
         21,29%. That is probably the denominator used; the source does not say. Reaching the \
         target of 22% takes 48 more participants (denominator: the reference date) or 41 \
         (denominator: the average caseload). The app lets you choose the denominator and \
         shows which one is in use."
    );
    let x8 = find(&f, "X8-2024");
    assert_eq!(
        x8.title_en,
        "'13% above the target' is 13% below the annual target"
    );
    assert_eq!(
        x8.detail_en,
        "261 placements in 9 months against an annual target of 300: 87% of the annual target \
         (13% below it), and 116% of the pro-rata target of 225 (16% above it). Still needed: \
         13 per remaining month, against 29 per month so far. The printed 13% is the shortfall \
         against the annual target, not a lead. 'On track' does hold when calculated pro rata. \
         The app shows both figures with their names."
    );
    // Annex 1 lines carry their English names.
    assert_eq!(
        find(&f, "X13-2025-programmabudget-ondersteuning_korte_afstand").title_en,
        "Line agrees apart from rounding: Support trajectories, short distance"
    );
    // Source versions in English, periods with "to".
    assert_eq!(
        find(&f, "BRON-2024-09-instroom-totaal").title_en,
        "inflow 1 Jan 2024 to 30 Sep 2024: sources give different values"
    );
}
