//! Scenario A against B and the scenarios saved under a name, as the BUIG and LKS screens
//! show them.

use bijstand_core::buig;
use bijstand_core::format;
use bijstand_core::i18n::Plain;
use bijstand_core::lang::Lang;
use bijstand_core::lks;
use bijstand_core::model::LksContracts;
use bijstand_core::params::{diff, FieldValue};
use bijstand_core::scenario::{self, Scenario};

use super::budget::mln;
use super::{Context, Table};
use crate::messages::budget as msg;
use bijstand_core::i18n::common;

/// The comparison section of a budget screen.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareView {
    /// Heading.
    pub title: String,
    /// The saved scenarios.
    pub library: LibraryView,
    /// Keep, swap and forget B (on the BUIG screen).
    pub buttons: Option<AbButtons>,
    /// A against B, when B is kept.
    pub table: Option<Table>,
    /// What to do to see a comparison, when B is not kept (on the BUIG screen).
    pub empty: Option<String>,
}

/// The buttons for scenario B.
#[derive(Clone, Debug, PartialEq)]
pub struct AbButtons {
    /// Keep the current scenario as B.
    pub save_b: String,
    /// Swap A and B, and forget B: `None` while no B is kept.
    pub swap_forget: Option<(String, String)>,
}

/// The saved scenarios: save, open, rename, delete and compare two.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryView {
    /// The current scenario's name (suggested when saving).
    pub current: String,
    /// What is in view: the saved scenario's name, or that the settings are not saved.
    pub status: String,
    /// Label of the name box.
    pub name_label: String,
    /// Label of the save button.
    pub save: String,
    /// When nothing is saved yet: what saving does.
    pub empty: Option<String>,
    /// Accessible name of the list.
    pub list_label: String,
    /// The saved scenarios.
    pub items: Vec<SavedItem>,
    /// The "current settings" entry of the A list.
    pub current_option: String,
    /// Label of the compare button.
    pub compare: String,
}

/// One saved scenario in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedItem {
    /// Its name.
    pub name: String,
    /// Accessible name of its name box.
    pub name_label: String,
    /// Label of the open button.
    pub open: String,
    /// Accessible name of the open button.
    pub open_label: String,
    /// Label of the delete button.
    pub delete: String,
    /// Accessible name of the delete button.
    pub delete_label: String,
}

/// The comparison section for the current scenario, B and the saved ones. `with_buttons`:
/// the keep/swap/forget buttons and the hint when no B is kept (the BUIG screen).
pub fn compare(
    scenario: &Scenario,
    ctx: &Context,
    contracts: Option<&LksContracts>,
    with_buttons: bool,
) -> CompareView {
    let lang = scenario.lang;
    let b = ctx.scenario_b.as_ref();
    CompareView {
        title: msg::COMPARE_SCENARIOS.get(lang).into(),
        library: library(scenario, &ctx.saved),
        buttons: with_buttons.then(|| AbButtons {
            save_b: msg::SAVE_B.get(lang).into(),
            swap_forget: b.map(|_| {
                (
                    msg::SWAP_AB.get(lang).into(),
                    msg::FORGET_B.get(lang).into(),
                )
            }),
        }),
        table: b.map(|b| compare_table(scenario, b, &ctx.saved, contracts)),
        empty: (with_buttons && b.is_none()).then(|| msg::COMPARE_HINT.get(lang).into()),
    }
}

/// Whether a scenario is one of the saved ones: `Some(true)` saved as it is, `Some(false)`
/// saved under its name but changed since, `None` not saved. The screen and language do not
/// count (opening a saved scenario keeps them).
fn saved_state(s: &Scenario, saved: &[Scenario]) -> Option<bool> {
    let same = |t: &Scenario| {
        *s == Scenario {
            view: s.view,
            lang: s.lang,
            ..t.clone()
        }
    };
    let named: Vec<&Scenario> = saved.iter().filter(|t| t.name == s.name).collect();
    if named.is_empty() {
        None
    } else {
        Some(named.into_iter().any(same))
    }
}

/// The current scenario as the screen names it: its name once saved, "(gewijzigd sinds
/// bewaren)" after a change, and "Huidige instellingen (niet bewaard)" until it is saved
/// (the default name "Basis" is not shown as if it were a saved scenario).
pub fn current_label(scenario: &Scenario, saved: &[Scenario]) -> String {
    let lang = scenario.lang;
    match saved_state(scenario, saved) {
        Some(true) => scenario.name.clone(),
        Some(false) => msg::changed_since_saved(lang, &scenario.name),
        None => msg::CURRENT_UNSAVED.get(lang).into(),
    }
}

/// Scenario B as the comparison names it: "B: <name>" for a saved scenario, otherwise
/// "B (vastgehouden instellingen)".
pub fn b_label(lang: Lang, b: &Scenario, saved: &[Scenario]) -> String {
    match saved_state(b, saved) {
        Some(true) => msg::lettered(lang, "B", &b.name),
        Some(false) => msg::lettered(lang, "B", &msg::changed_since_saved(lang, &b.name)),
        None => msg::B_KEPT.get(lang).into(),
    }
}

/// The saved-scenario list in the current scenario's language.
pub fn library(scenario: &Scenario, saved: &[Scenario]) -> LibraryView {
    let lang = scenario.lang;
    LibraryView {
        current: scenario.name.clone(),
        status: msg::in_view(lang, &current_label(scenario, saved)),
        name_label: msg::NAME.get(lang).into(),
        save: msg::SAVE_SCENARIO.get(lang).into(),
        empty: saved
            .is_empty()
            .then(|| msg::NO_SAVED_SCENARIOS.get(lang).into()),
        list_label: msg::SAVED_SCENARIOS.get(lang).into(),
        items: saved
            .iter()
            .enumerate()
            .map(|(i, s)| SavedItem {
                name: s.name.clone(),
                name_label: msg::scenario_name(lang, Plain(i + 1)),
                open: msg::OPEN.get(lang).into(),
                open_label: msg::named(lang, msg::OPEN, &s.name),
                delete: msg::DELETE.get(lang).into(),
                delete_label: msg::named(lang, msg::DELETE, &s.name),
            })
            .collect(),
        current_option: msg::CURRENT_SETTINGS.get(lang).into(),
        compare: msg::COMPARE_A_B.get(lang).into(),
    }
}

/// Differences between scenario A (current) and B, assumptions and results, in A's
/// language. With a contracts file loaded, each scenario's LKS counts come from it when it
/// says so.
pub fn compare_table(
    a: &Scenario,
    b: &Scenario,
    saved: &[Scenario],
    contracts: Option<&LksContracts>,
) -> Table {
    let lang = a.lang;
    let m = |x: f64| mln(lang, x);
    let (ra, rb) = (buig::result(&a.buig), buig::result(&b.buig));
    let (la, lb) = (
        lks::year_end_projection(&lks::with_contracts(&a.lks, contracts)).end_running,
        lks::year_end_projection(&lks::with_contracts(&b.lks, contracts)).end_running,
    );
    let whole = |x: f64| format::dec(lang, x.round(), 0);
    let dash = || common::NOT_AVAILABLE.get(lang).to_string();
    let mut rows = vec![
        vec![
            msg::BUIG_RESULT.get(lang).into(),
            m(ra.result_mln),
            m(rb.result_mln),
            format::signed_eur_mln(lang, ra.result_mln - rb.result_mln, 2),
        ],
        vec![
            msg::BUIG_SPENDING.get(lang).into(),
            m(ra.spend_mln),
            m(rb.spend_mln),
            format::signed_eur_mln(lang, ra.spend_mln - rb.spend_mln, 2),
        ],
        vec![
            msg::LKS_YEAR_END.get(lang).into(),
            whole(la),
            whole(lb),
            format::signed(la - lb, whole(la - lb)),
        ],
    ];
    let mut a2 = a.clone();
    let mut b2 = b.clone();
    a2.name.clear();
    b2.name.clear();
    a2.view = Default::default();
    b2.view = Default::default();
    for d in diff(&a2, &b2) {
        let shown = |v: FieldValue| match &v {
            FieldValue::Text(t) => {
                scenario::value_label(&d.field, t, lang).unwrap_or_else(|| field_value(lang, &v))
            }
            _ => field_value(lang, &v),
        };
        rows.push(vec![
            setting_label(&d.field, lang),
            d.left.map(shown).unwrap_or_else(dash),
            d.right.map(shown).unwrap_or_else(dash),
            String::new(),
        ]);
    }
    Table {
        caption: msg::SCENARIO_A_B.get(lang).into(),
        headers: vec![
            String::new(),
            msg::lettered(lang, "A", &current_label(a, saved)),
            b_label(lang, b, saved),
            msg::A_MINUS_B.get(lang).into(),
        ],
        rows,
    }
}

/// A setting as the comparison names it: its plain label, with the item's number for an
/// item of a list (`BUIG: uitstroom door AOW per jaar (2)`). A path without a label (a new
/// setting not yet in the catalogue; a test keeps this from happening) is shown as a
/// neutral "setting" rather than its internal key.
fn setting_label(path: &str, lang: Lang) -> String {
    let label = scenario::field_label(path)
        .map(|m| m.get(lang))
        .unwrap_or(msg::OTHER_SETTING.get(lang));
    match path
        .split('.')
        .filter_map(|s| s.parse::<usize>().ok())
        .next_back()
    {
        Some(i) => format!("{label} ({})", i + 1),
        None => label.to_string(),
    }
}

/// A scenario value as the comparison shows it: `19.000` / `19,000`, `ja` / `yes`.
fn field_value(lang: Lang, v: &FieldValue) -> String {
    match v {
        FieldValue::Number(x) if x.fract() == 0.0 && x.abs() < 1e15 => format::int(lang, *x as i64),
        FieldValue::Number(x) => {
            let s = format::dec(lang, *x, 4);
            let point = if lang == Lang::Nl { ',' } else { '.' };
            s.trim_end_matches('0').trim_end_matches(point).to_string()
        }
        FieldValue::Bool(true) => msg::YES.get(lang).into(),
        FieldValue::Bool(false) => msg::NO.get(lang).into(),
        FieldValue::Text(t) => t.clone(),
        FieldValue::Missing => common::NOT_AVAILABLE.get(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::buig::CostPerBenefit;

    #[test]
    fn b_is_compared_with_a_and_the_saved_scenarios_are_listed() {
        let mut a = Scenario::default();
        let b = a.clone();
        a.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 19_000.0 };
        a.name = "Somber".into();
        let none = compare(&a, &Context::default(), None, true);
        assert!(none.table.is_none());
        assert!(none.buttons.as_ref().unwrap().swap_forget.is_none());
        assert!(none.empty.is_some());
        assert!(none.library.empty.is_some());
        // The LKS screen: no buttons and no hint.
        let lks = compare(&a, &Context::default(), None, false);
        assert!(lks.buttons.is_none() && lks.empty.is_none());

        let ctx = Context {
            scenario_b: Some(b.clone()),
            saved: vec![b.clone(), a.clone()],
            ..Context::default()
        };
        let v = compare(&a, &ctx, None, true);
        let t = v.table.expect("B kept");
        assert_eq!(t.headers[1], "A: Somber");
        // B is the saved default, named "Basis" by the user's save.
        assert_eq!(t.headers[2], "B: Basis");
        assert_eq!(t.rows[0][2], "€ 1,61 mln", "B keeps the original result");
        assert_ne!(t.rows[0][1], "€ 1,61 mln");
        assert!(
            t.rows.iter().any(|r| r[1] == "19.000" && r[2] == "18.034"),
            "the changed assumption is listed: {:?}",
            t.rows
        );
        assert!(
            t.rows
                .iter()
                .any(|r| r[0] == "Kosten per uitkering per jaar (€)" && r[1] == "19.000"),
            "the setting is named in words: {:?}",
            t.rows
        );
        assert!(v.buttons.unwrap().swap_forget.is_some());
        assert!(v.empty.is_none());
        assert_eq!(v.library.items.len(), 2);
        assert_eq!(v.library.items[1].open_label, "Openen: Somber");
        assert_eq!(v.library.items[1].name_label, "Naam van scenario 2");

        a.lang = Lang::En;
        let v = compare(&a, &ctx, None, true);
        let t = v.table.unwrap();
        assert_eq!(t.rows[0][2], "€1.61 m");
        assert_eq!(t.rows[0][0], "BUIG result");
        assert_eq!(v.library.items[1].delete_label, "Delete: Somber");
        assert!(t.rows.iter().any(|r| r[1] == "19,000" && r[2] == "18,034"));
        assert_eq!(t.headers[1], "A: Somber");
        assert_eq!(field_value(Lang::Nl, &FieldValue::Number(2.15)), "2,15");
        assert_eq!(field_value(Lang::En, &FieldValue::Number(2.5)), "2.5");
        assert_eq!(field_value(Lang::Nl, &FieldValue::Bool(true)), "ja");
        assert_eq!(field_value(Lang::En, &FieldValue::Bool(false)), "no");
    }

    #[test]
    fn the_current_scenario_is_not_called_basis_until_it_is_saved() {
        let a = Scenario::default();
        // Nothing saved: the default's name "Basis" is not shown as if it were saved.
        let lib = library(&a, &[]);
        assert_eq!(lib.status, "In beeld: Huidige instellingen (niet bewaard).");
        assert!(lib.empty.is_some());
        let mut b = a.clone();
        b.name = "B".into();
        b.buig.national_growth_pct += 1.0;
        let ctx = Context {
            scenario_b: Some(b.clone()),
            ..Context::default()
        };
        let t = compare(&a, &ctx, None, true).table.unwrap();
        assert_eq!(t.headers[1], "A: Huidige instellingen (niet bewaard)");
        assert_eq!(t.headers[2], "B (vastgehouden instellingen)");
        assert!(
            t.headers.iter().all(|h| !h.contains("Basis")),
            "{:?}",
            t.headers
        );

        // Saved as "Basis": now it is that scenario; on another screen too.
        let saved = vec![a.clone()];
        let on_lks = Scenario {
            view: bijstand_core::scenario::View::Lks,
            ..a.clone()
        };
        assert_eq!(current_label(&on_lks, &saved), "Basis");
        assert_eq!(library(&a, &saved).status, "In beeld: Basis.");
        // Changed after saving: it says so.
        let mut changed = a.clone();
        changed.buig.budget_mln += 1.0;
        assert_eq!(
            current_label(&changed, &saved),
            "Basis (gewijzigd sinds bewaren)"
        );
        let en = Scenario {
            lang: Lang::En,
            ..a.clone()
        };
        assert_eq!(current_label(&en, &[]), "Current settings (not saved)");
        let t = compare_table(&en, &b, &[], None);
        assert_eq!(t.headers[1], "A: Current settings (not saved)");
        assert_eq!(t.headers[2], "B (settings kept)");
    }

    #[test]
    fn settings_and_choices_are_named_in_words() {
        let mut a = Scenario::default();
        let b = a.clone();
        a.buig.local_differential_pct = 0.5;
        a.buig.caseload_start = 0.0;
        a.buig.caseload_path = bijstand_core::buig::CaseloadPath::Growth { pct: 3.0 };
        a.buig.aow_exits[1] = 200.0;
        for (lang, names) in [
            (
                Lang::Nl,
                [
                    "BUIG: bestand begin jaar",
                    "BUIG: verloop van het bestand",
                    "BUIG: uitstroom door AOW per jaar (2)",
                ],
            ),
            (
                Lang::En,
                [
                    "BUIG: caseload at start of year",
                    "BUIG: caseload path",
                    "BUIG: state-pension exits per year (2)",
                ],
            ),
        ] {
            a.lang = lang;
            let t = compare_table(&a, &b, &[], None);
            let first: Vec<&str> = t.rows.iter().map(|r| r[0].as_str()).collect();
            for n in names {
                assert!(first.contains(&n), "{n} in {first:?}");
            }
            assert!(
                first.iter().all(|f| !f.contains('.') || f.contains(' ')),
                "{first:?}"
            );
            let path = t
                .rows
                .iter()
                .find(|r| r[0].contains("verloop") || r[0].contains("path"))
                .unwrap();
            let expected = match lang {
                Lang::Nl => ["vaste groei per jaar", "landelijke groei + lokaal verschil"],
                Lang::En => [
                    "fixed growth per year",
                    "national growth + local difference",
                ],
            };
            assert_eq!([path[1].as_str(), path[2].as_str()], expected);
        }
    }
}
