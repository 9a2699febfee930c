//! Trajectories (`trajecten.csv`, DATA-MODEL §2.3): the `traject_code` list and the
//! participants counted for the social-activation share (FORMULAS F3).
//!
//! Rules:
//! - A trajectory is active in the period `from ..= to` when it started on or before `to`
//!   and had not ended before `from` (`einddatum` is the first day without it, as for
//!   benefit episodes).
//! - The share counts DISTINCT persons (or benefits, when the file only has `uitkering_id`)
//!   with at least one active trajectory that counts for social activation. The
//!   Table 10-style breakdown counts a person once per code: someone in both
//!   vrijwilligerswerk and wijkteam is in both rows and once in the total.
//! - Which codes count (`telt_sociale_activering`): the file's column when it has one,
//!   otherwise the codes of Table 10 (E1–E9).

use std::collections::HashSet;

use crate::date::Date;
use crate::i18n::Msg;
use crate::messages::trajectories as msg;
use crate::model::Trajectories;
use crate::text::normalize;

/// What a trajectory is for (DATA-MODEL §2.3, Annex 2 "DOEL").
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Doel {
    /// Meedoen (participatie).
    Meedoen,
    /// Werk.
    Werk,
    /// Voorziening.
    Voorziening,
}

/// One code of the `traject_code` list.
#[derive(Clone, Copy, Debug)]
pub struct KnownCode {
    /// The code as DATA-MODEL writes it.
    pub code: &'static str,
    /// Its label.
    pub label: Msg,
    /// Its goal.
    pub doel: Doel,
    /// A Table 10 code: counts for social activation unless the file says otherwise.
    pub social_activation: bool,
}

const fn known(code: &'static str, label: Msg, doel: Doel, social_activation: bool) -> KnownCode {
    KnownCode {
        code,
        label,
        doel,
        social_activation,
    }
}

/// The `traject_code` list (Table 10, Werkroute and Annex 2), in Table 10 order.
pub const CODES: &[KnownCode] = &[
    known("activering_rap", msg::ACTIVERING_RAP, Doel::Meedoen, true),
    known("hulpverlening", msg::HULPVERLENING, Doel::Meedoen, true),
    known("wijkteam", msg::WIJKTEAM, Doel::Meedoen, true),
    known("eigen_kracht", msg::EIGEN_KRACHT, Doel::Meedoen, true),
    known("entreeopleiding", msg::ENTREEOPLEIDING, Doel::Meedoen, true),
    known("mantelzorg", msg::MANTELZORG, Doel::Meedoen, true),
    known(
        "sociale_activering",
        msg::SOCIALE_ACTIVERING,
        Doel::Meedoen,
        true,
    ),
    known(
        "vrijwilligerswerk",
        msg::VRIJWILLIGERSWERK,
        Doel::Meedoen,
        true,
    ),
    known("opstap", msg::OPSTAP, Doel::Meedoen, true),
    known(
        "werkroute_diagnose",
        msg::WERKROUTE_DIAGNOSE,
        Doel::Werk,
        false,
    ),
    known(
        "werkroute_arbeidsfit",
        msg::WERKROUTE_ARBEIDSFIT,
        Doel::Werk,
        false,
    ),
    known("werkroute_zroute", msg::WERKROUTE_ZROUTE, Doel::Werk, false),
    known(
        "werkroute_reintegratie",
        msg::WERKROUTE_REINTEGRATIE,
        Doel::Werk,
        false,
    ),
    known(
        "participatieplaats",
        msg::PARTICIPATIEPLAATS,
        Doel::Werk,
        false,
    ),
    known("proefplaatsing", msg::PROEFPLAATSING, Doel::Werk, false),
    known("jobcoaching", msg::JOBCOACHING, Doel::Werk, false),
    known(
        "interne_werkbegeleiding",
        msg::INTERNE_WERKBEGELEIDING,
        Doel::Werk,
        false,
    ),
];

/// The known code a cell names: the code itself or its Dutch label, case-, diacritic-,
/// space- and dash-insensitively (`Vrijwilligerswerk`, `Meedoen – sociale activering`,
/// `Werkroute - Z-route`), or `overig_<slug>` (any other Annex 2 instrument, `None`).
pub fn lookup(cell: &str) -> Option<&'static KnownCode> {
    let key = squash(cell);
    CODES.iter().find(|c| {
        squash(c.code) == key || squash(c.label.get(crate::lang::Lang::Nl)) == key || {
            // "Meedoen – sociale activering" is also written without "Meedoen".
            c.code == "sociale_activering" && key == "socialeactivering"
        }
    })
}

/// Letters and digits only, normalised.
fn squash(s: &str) -> String {
    normalize(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether trajectory `i` is active on some day of `from ..= to`.
pub fn active_in(t: &Trajectories, i: usize, from: Date, to: Date) -> bool {
    t.start[i] <= to && t.eind[i] > from
}

/// The participants in a period.
#[derive(Clone, Debug, PartialEq)]
pub struct Participants {
    /// Distinct persons (or benefits) with an active trajectory that counts: `A` of F3.
    pub counted: usize,
    /// Active trajectories that count (a person may have several).
    pub trajectories: usize,
    /// Per code (an index into [`Trajectories::codes`]), in [`CODES`] order and then in
    /// order of first appearance: distinct persons active in it, and whether it counts.
    pub by_code: Vec<CodeCount>,
}

/// One row of the Table 10-style breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeCount {
    /// Index into [`Trajectories::codes`].
    pub code: u16,
    /// Distinct persons (or benefits) active in a trajectory with this code.
    pub persons: usize,
    /// Whether this code counts for social activation in this file.
    pub counts: bool,
}

/// Counts the participants of `t` active in `from ..= to` (F3's `A_persons`).
pub fn participants(t: &Trajectories, from: Date, to: Date) -> Participants {
    let mut counted: HashSet<u32> = HashSet::new();
    let mut per_code: Vec<(HashSet<u32>, bool, bool)> =
        vec![(HashSet::new(), false, false); t.codes.labels.len()];
    let mut trajectories = 0;
    for i in 0..t.len() {
        if !active_in(t, i, from, to) {
            continue;
        }
        let entry = &mut per_code[t.code[i] as usize];
        entry.0.insert(t.person[i]);
        entry.2 = true;
        if t.counts[i] {
            entry.1 = true;
            counted.insert(t.person[i]);
            trajectories += 1;
        }
    }
    let rank = |code: u16| {
        let label = t.codes.label(code);
        CODES
            .iter()
            .position(|c| c.code == label)
            .unwrap_or(CODES.len() + code as usize)
    };
    let mut by_code: Vec<CodeCount> = per_code
        .into_iter()
        .enumerate()
        .filter(|(_, (_, _, seen))| *seen)
        .map(|(code, (persons, counts, _))| CodeCount {
            code: code as u16,
            persons: persons.len(),
            counts,
        })
        .collect();
    crate::sort::sort_by_key(&mut by_code, |c| rank(c.code));
    Participants {
        counted: counted.len(),
        trajectories,
        by_code,
    }
}

/// The label of a stored code: the list's label for a known code, the text after
/// `overig_` for another instrument (`overig_taalcursus` → `taalcursus`), else the code.
pub fn label(code: &str, lang: crate::lang::Lang) -> String {
    if let Some(k) = CODES.iter().find(|c| c.code == code) {
        return k.label.get(lang).to_string();
    }
    code.strip_prefix("overig_")
        .map(|s| s.replace('_', " "))
        .unwrap_or_else(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Dict;

    fn file(rows: &[(&str, u32, bool, i32, i32)]) -> Trajectories {
        let mut t = Trajectories {
            by_person: true,
            ..Default::default()
        };
        for &(code, person, counts, start, eind) in rows {
            let c = t.codes.intern(code);
            t.code.push(c);
            t.person.push(person);
            t.counts.push(counts);
            t.start.push(Date(start));
            t.eind.push(Date(eind));
        }
        t
    }

    #[test]
    fn a_person_in_two_codes_counts_once_in_the_total_and_once_per_code() {
        let t = file(&[
            ("vrijwilligerswerk", 1, true, 0, 100),
            ("wijkteam", 1, true, 10, 20),
            ("wijkteam", 2, true, 10, 20),
            ("werkroute_diagnose", 3, false, 0, 100),
        ]);
        let p = participants(&t, Date(0), Date(50));
        assert_eq!(p.counted, 2);
        assert_eq!(p.trajectories, 3);
        let rows: Vec<(&str, usize, bool)> = p
            .by_code
            .iter()
            .map(|c| (t.codes.label(c.code), c.persons, c.counts))
            .collect();
        assert_eq!(
            rows,
            [
                ("wijkteam", 2, true),
                ("vrijwilligerswerk", 1, true),
                ("werkroute_diagnose", 1, false)
            ]
        );
    }

    #[test]
    fn activity_is_inclusive_of_the_period_and_exclusive_of_the_end_date() {
        // Ended the day the period starts (einddatum = first day without): not active.
        let t = file(&[
            ("opstap", 1, true, -10, 0),
            ("opstap", 2, true, -10, 1),
            ("opstap", 3, true, 50, 60),
            ("opstap", 4, true, 51, 60),
        ]);
        assert_eq!(participants(&t, Date(0), Date(50)).counted, 2);
        // On one day (the peildatum).
        assert_eq!(participants(&t, Date(50), Date(50)).counted, 1);
    }

    #[test]
    fn codes_are_found_by_code_and_by_dutch_label() {
        for (cell, code) in [
            ("vrijwilligerswerk", "vrijwilligerswerk"),
            ("Vrijwilligerswerk", "vrijwilligerswerk"),
            ("Meedoen – sociale activering", "sociale_activering"),
            ("Sociale activering", "sociale_activering"),
            ("Werkroute - Z-route", "werkroute_zroute"),
            ("Eigen Kracht (M-PACT)", "eigen_kracht"),
            ("OpStap", "opstap"),
        ] {
            assert_eq!(lookup(cell).map(|c| c.code), Some(code), "{cell}");
        }
        assert!(lookup("overig_taalcursus").is_none());
        assert_eq!(
            label("overig_taal_cursus", crate::lang::Lang::Nl),
            "taal cursus"
        );
        assert_eq!(label("opstap", crate::lang::Lang::En), "OpStap");
        let _ = Dict::default();
    }
}
