//! Share links under attack (issue 14 §4): mutated, truncated, doubled, percent-encoded,
//! 100 KB long and newer-version links, applied through the one reducer as the app does on
//! start and on a pasted address. Whatever the link, the result is either exactly the
//! scenario the link was made of, or the scenario before it with a calm error notice: never a
//! third scenario, never a silent change, never a panic.

use bijstand_core::lang::Lang;
use bijstand_core::scenario::{Scenario, View};
use bijstandsverkenner::state::{Action, AppState, NoticeLevel};

/// The state a link lands on: the user's own scenario, nothing announced.
fn before() -> AppState {
    let mut s = AppState::default();
    s.scenario.buig.budget_mln = 120.0;
    s.scenario.view = View::Buig;
    s
}

/// A realistic link (several changes) and the scenario it carries.
fn link() -> (String, Scenario) {
    let mut target = AppState::default();
    target.scenario.name = "Somber".into();
    target.scenario.view = View::Lks;
    target.scenario.lang = Lang::En;
    target.scenario.threshold = 15;
    target.scenario.buig.local_differential_pct = 1.5;
    target.scenario.buig.caseload_start = 5_800.0;
    let fragment = target.link_fragment().expect("a link");
    (fragment, target.scenario)
}

/// What may happen: the link's scenario exactly, or nothing with an error notice that is a
/// sentence. Returns whether the link was taken.
fn check(variant: &str, target: &Scenario, what: &str) -> bool {
    let start = before();
    let after = start.apply(Action::ApplyLink(variant.to_string()));
    if after.scenario == start.scenario {
        let notice = after
            .notice
            .as_ref()
            .unwrap_or_else(|| panic!("{what}: refused without a word: {variant:.80}"));
        assert_eq!(notice.level, NoticeLevel::Error, "{what}: {}", notice.text);
        let t = &notice.text;
        assert!(
            t.len() > 20 && t.ends_with('.') && !t.contains('{') && !t.contains("::"),
            "{what}: the notice is not a calm sentence: {t}"
        );
        false
    } else {
        assert_eq!(
            &after.scenario, target,
            "{what}: a scenario that is neither the old one nor the link's: {variant:.80}"
        );
        true
    }
}

#[test]
fn the_link_itself_and_harmless_wrappings_open_the_scenario() {
    let (good, target) = link();
    assert!(check(&good, &target, "the link"));
    let url = format!("https://gemeente.example/verkenner/#{good}");
    assert!(check(&url, &target, "the whole address"));
    assert!(check(&format!("#{good}"), &target, "with #"));
    assert!(check(&format!("  {good}\n"), &target, "whitespace around"));
    let wrapped = format!("{}\n{}", &good[..good.len() / 2], &good[good.len() / 2..]);
    assert!(check(
        &wrapped,
        &target,
        "a line break a mail client put in"
    ));
    assert!(check(
        &format!("{good})."),
        &target,
        "punctuation copied along"
    ));
}

#[test]
fn every_truncation_is_refused_calmly() {
    let (good, target) = link();
    let mut refused = 0;
    for cut in 1..good.len() {
        if !check(&good[..cut], &target, &format!("cut at {cut}")) {
            refused += 1;
        }
    }
    assert_eq!(refused, good.len() - 1, "every cut-off link is refused");
}

#[test]
fn every_single_character_change_is_refused_calmly() {
    let (good, target) = link();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let body = good.find('.').unwrap() + 1;
    let mut tried = 0;
    for i in body..good.len() {
        for &c in alphabet.iter() {
            if good.as_bytes()[i] == c {
                continue;
            }
            let mut v = good.clone().into_bytes();
            v[i] = c;
            let v = String::from_utf8(v).unwrap();
            // The last character carries only some bits of the checksum: a change there
            // may decode to the same bytes, which is the link itself.
            let taken = check(&v, &target, &format!("char {i} → {}", c as char));
            assert!(
                !taken || i + 1 == good.len(),
                "a changed character was taken: {v}"
            );
            tried += 1;
        }
    }
    assert!(tried > 1_000, "{tried} variants");
}

#[test]
fn random_damage_never_gives_another_scenario() {
    // A small fixed-seed generator: several changes, inserts and deletes at once.
    let (good, target) = link();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |n: usize| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x % n as u64) as usize
    };
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=&%";
    let mut taken = 0;
    for _ in 0..20_000 {
        let mut v = good.clone().into_bytes();
        for _ in 0..1 + next(4) {
            let i = 4 + next(v.len() - 4);
            match next(3) {
                0 => v[i] = alphabet[next(alphabet.len())],
                1 => v.insert(i, alphabet[next(alphabet.len())]),
                _ => {
                    v.remove(i);
                }
            }
        }
        let v = String::from_utf8(v).unwrap();
        if check(&v, &target, "random damage") {
            taken += 1;
        }
    }
    // Only a change that leaves the bytes as they were (e.g. the last character's unused
    // bits) can be taken, and it then opens the link's own scenario (checked above).
    assert!(taken < 200, "{taken} damaged links were taken");
}

#[test]
fn doubled_percent_encoded_long_and_newer_links_are_calm() {
    let (good, target) = link();
    // Doubled: twice as fragment parameters is the link; pasted twice in a row is refused.
    assert!(check(&format!("{good}&{good}"), &target, "two parameters"));
    assert!(!check(&format!("{good}{good}"), &target, "pasted twice"));
    assert!(!check(
        &format!("{good} {good}"),
        &target,
        "pasted twice with a space"
    ));
    // Percent-encoded by a mail client or a chat app: read as the link itself.
    let percent = good.replace('=', "%3D").replace('.', "%2E");
    assert!(check(&percent, &target, "percent-encoded"));
    let all: String = good.bytes().map(|b| format!("%{b:02X}")).collect();
    assert!(check(&all, &target, "every character percent-encoded"));
    let url = format!(
        "https%3A%2F%2Fgemeente.example%2F%23{}",
        good.replace('=', "%3d")
    );
    assert!(check(&url, &target, "an encoded address"));
    // 100 KB.
    let long = format!("{good}{}", "A".repeat(100_000));
    assert!(!check(&long, &target, "100 KB"));
    let long = format!("s=1.{}", "A".repeat(100_000));
    assert!(!check(&long, &target, "100 KB body"));
    // A link from a newer version of the app (a well-formed frame): refused, saying so.
    let newer = bijstand_core::share::frame_link(200, &[]);
    assert!(!check(&newer, &target, "a newer version"));
    let state = before().apply(Action::ApplyLink(newer));
    assert!(
        state.notice.unwrap().text.contains("nieuwere"),
        "the notice names the newer version"
    );
}
