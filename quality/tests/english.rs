//! Data-quality findings in English: every finding of the embedded kerncijfers file and
//! of the synthetic episodes has an English title and explanation (same numbers, in
//! English notation), and the key findings read as written here.

use bijstand_core::io;
use bijstand_core::lang::Lang;
use bijstand_quality::{self as quality, Finding, QualityParams};

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
    let (title_nl, detail_nl) = (f.title(Lang::Nl), f.detail(Lang::Nl));
    let (title_en, detail_en) = (f.title(Lang::En), f.detail(Lang::En));
    assert!(!title_en.trim().is_empty(), "{}: no English title", f.id);
    assert!(!detail_en.trim().is_empty(), "{}: no English detail", f.id);
    assert!(!title_nl.trim().is_empty(), "{}: no Dutch title", f.id);
    assert!(!detail_nl.trim().is_empty(), "{}: no Dutch detail", f.id);
    assert_ne!(title_en, title_nl, "{}: title not translated", f.id);
    assert_ne!(detail_en, detail_nl, "{}: detail not translated", f.id);
    assert_eq!(f.title(Lang::En), f.title.get(Lang::En));
    assert_eq!(f.detail(Lang::En), f.detail.get(Lang::En));
    assert_eq!(f.title(Lang::Nl), f.title.get(Lang::Nl));
    assert_eq!(f.detail(Lang::Nl), f.detail.get(Lang::Nl));
    for x in &f.figures {
        let (nl, en) = (x.name(Lang::Nl), x.name(Lang::En));
        assert!(
            !nl.is_empty() && !en.is_empty(),
            "{}: empty figure name",
            f.id
        );
        if let bijstand_quality::FigureLabel::Term(_) = x.label {
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
    for text in [title_en, detail_en] {
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

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `text` with its English dates (`30 Sep 2024`) written as Dutch ones (`30-09-2024`), so
/// that their numbers compare.
fn dutch_dates(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        if k + 2 < words.len() {
            let day = words[k].trim_start_matches('(');
            let month = MONTHS.iter().position(|m| *m == words[k + 1]);
            let year = &words[k + 2];
            if let (Ok(d), Some(m)) = (day.parse::<u32>(), month) {
                if year.len() >= 4 && year[..4].chars().all(|c| c.is_ascii_digit()) {
                    let open = &words[k][..words[k].len() - day.len()];
                    out.push(format!("{open}{d:02}-{:02}-{year}", m + 1));
                    k += 3;
                    continue;
                }
            }
        }
        out.push(words[k].to_string());
        k += 1;
    }
    out.join(" ")
}

/// The numbers of a text in order, as plain digits with a `.` for decimals: `1.234,5` in
/// Dutch and `1,234.5` in English are both `1234.5`.
fn numbers(text: &str, lang: Lang) -> Vec<String> {
    let (thousands, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    let mut raw = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() || (!cur.is_empty() && (c == '.' || c == ',')) {
            cur.push(c);
        } else if !cur.is_empty() {
            raw.push(cur.trim_end_matches(['.', ',']).to_string());
            cur.clear();
        }
    }
    if !cur.is_empty() {
        raw.push(cur.trim_end_matches(['.', ',']).to_string());
    }
    raw.iter()
        .map(|n| {
            n.chars()
                .filter(|&c| c != thousands)
                .map(|c| if c == decimal { '.' } else { c })
                .collect()
        })
        .collect()
}

/// Numbers written the Dutch way in an English text: a decimal comma (`21,29`), a
/// thousands dot (`5.687`) or a Dutch date (`30-09-2024`).
fn dutch_numbers(text: &str) -> Vec<String> {
    let c: Vec<char> = text.chars().collect();
    let digits_from = |k: usize| c[k..].iter().take_while(|x| x.is_ascii_digit()).count();
    let mut out = Vec::new();
    for k in 1..c.len().saturating_sub(1) {
        if !c[k - 1].is_ascii_digit() || !c[k + 1].is_ascii_digit() {
            continue;
        }
        let after = digits_from(k + 1);
        let bad = match c[k] {
            ',' => after != 3,
            '.' => after == 3,
            '-' => after == 2 && c.get(k + 3) == Some(&'-'),
            _ => false,
        };
        if bad {
            let from = k.saturating_sub(4);
            out.push(c[from..(k + 1 + after).min(c.len())].iter().collect());
        }
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
        let en = numbers(&dutch_dates(x.detail(Lang::En)), Lang::En);
        for n in numbers(x.detail(Lang::Nl), Lang::Nl) {
            assert!(
                en.contains(&n),
                "{}: {n} missing in {:?}",
                x.id,
                x.detail(Lang::En)
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
        find(&f, "LOAD-melding-1").detail(Lang::En),
        "Columns recognised but not used (yet): 'persoon_id'."
    );
    assert_eq!(
        find(&f, "EP-aansluiting").detail(Lang::En),
        "Stock, inflow and outflow come from the same benefits, so for every month stock = \
         previous stock + inflow − outflow. From 6,111 (end of Dec 2018) via 6,948 inflow and \
         7,372 outflow to 5,687 (end of Sep 2024): reconciliation gap 0. Unlike published key \
         figures, no reconciliation term is needed."
    );
}

#[test]
fn key_findings_read_as_written() {
    let f = findings(KERNCIJFERS_CSV, "kerncijfers_enschede.csv");
    let x3 = find(&f, "X3-2023-instroom");
    assert_eq!(
        x3.title(Lang::En),
        "Groups add up to more than the total: inflow (2023, table 6)"
    );
    assert_eq!(
        x3.detail(Lang::En),
        "340 + 300 + 881 = 1,521, while the total is 1,275 (246 more). The groups may overlap \
         (for example, a refugee under 27 counted in two groups), or one cell may contain a \
         misprint. The figures are shown as published, without adjustment."
    );
    let x5 = find(&f, "X5-2024");
    assert_eq!(
        x5.title(Lang::En),
        "Social activation percentage depends on the denominator"
    );
    assert_eq!(
        x5.detail(Lang::En),
        "The published figure is 21.29%, but 1,204 participants / 5,687 benefits on 30 Sep 2024 \
         = 21.17% (a difference of 0.12 percentage points). With the average caseload over the \
         period as the denominator, (5,623 + 5,687) / 2 = 5,655, it comes out at exactly \
         21.29%. That is probably the denominator used; the source does not say. Reaching the \
         target of 22% takes 48 more participants (denominator: the reference date) or 41 \
         (denominator: the average caseload). The app lets you choose the denominator and \
         shows which one is in use."
    );
    let x8 = find(&f, "X8-2024");
    assert_eq!(
        x8.title(Lang::En),
        "'13% above the target' is 13% below the annual target"
    );
    assert_eq!(
        x8.detail(Lang::En),
        "261 placements in 9 months against an annual target of 300: 87% of the annual target \
         (13% below it), and 116% of the pro-rata target of 225 (16% above it). Still needed: \
         13 per remaining month, against 29 per month so far. The printed 13% is the shortfall \
         against the annual target, not a lead. 'On track' does hold when calculated pro rata. \
         The app shows both figures with their names."
    );
    // Annex 1 lines carry their English names.
    assert_eq!(
        find(&f, "X13-2025-programmabudget-ondersteuning_korte_afstand").title(Lang::En),
        "Line agrees apart from rounding: Support trajectories, short distance"
    );
    // Source versions in English, periods with "to".
    assert_eq!(
        find(&f, "BRON-2024-09-instroom-totaal").title(Lang::En),
        "inflow 1 Jan 2024 to 30 Sep 2024: sources give different values"
    );
}

/// Every finding of the embedded kerncijfers file and of the synthetic episodes, rendered
/// in both languages: no empty text, and no Dutch-formatted number in the English one.
#[test]
fn english_findings_write_numbers_the_english_way() {
    let mut all = findings(KERNCIJFERS_CSV, "kerncijfers_enschede.csv");
    all.extend(findings(EPISODES_CSV, "enschede_synthetisch.csv"));
    assert!(all.len() >= 40, "{} findings", all.len());
    for f in &all {
        for lang in [Lang::Nl, Lang::En] {
            assert!(!f.title(lang).trim().is_empty(), "{}: empty title", f.id);
            assert!(!f.detail(lang).trim().is_empty(), "{}: empty detail", f.id);
        }
        for text in [f.title(Lang::En), f.detail(Lang::En)] {
            let bad = dutch_numbers(text);
            assert!(
                bad.is_empty(),
                "{}: Dutch numbers {bad:?} in {text:?}",
                f.id
            );
        }
    }
    // The detector finds what it looks for.
    assert_eq!(dutch_numbers("a 5.687 b").len(), 1);
    assert_eq!(dutch_numbers("21,29%").len(), 1);
    assert_eq!(dutch_numbers("on 30-09-2024").len(), 1);
    assert!(dutch_numbers("5,687 and 21.29% on 30 Sep 2024").is_empty());
}
