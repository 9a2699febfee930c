//! Step 2: the flow skeleton. Month by month, exactly the calendar's number of episodes
//! leave the stock (AOW exits first, then the others by a duration-dependent hazard) and
//! exactly the calendar's inflow enters. Who leaves is random; how many is fixed, so the
//! stock path and every flow total are hit exactly.

use super::calendar::{mi, year_of, Calendar, FIRST_MONTH, LAST_MONTH, MONTHS};
use super::rng::{Picker, Rng};
use crate::model::Uitstroomreden;

/// Latent exit propensity of an episode (not written to the file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Finds work or study quickly.
    Short,
    /// Leaves within a few years.
    Medium,
    /// Long-term dependency.
    Long,
}

/// An episode without person attributes: months `start..end`.
#[derive(Clone, Debug)]
pub(crate) struct Spell {
    /// First month on benefit.
    pub(crate) start: i32,
    /// First month no longer on benefit; `None` while running on the peildatum.
    pub(crate) end: Option<i32>,
    /// Set exactly when `end` is.
    pub(crate) reason: Option<Uitstroomreden>,
    /// Exit propensity.
    pub(crate) class: Class,
}

/// Outflow by reason for January–September 2024, Table 14 (U3–U7): werk 337, studie 44,
/// werk_werkplein 261, zelfstandig 16 and 287 "overig", of which the AOW exits follow
/// from [`super::calendar::AOW_COHORTS`] (9 × 14 = 126) and the rest is split here.
pub(crate) const REASONS_2024: &[(Uitstroomreden, u32)] = &[
    (Uitstroomreden::Werk, 337),
    (Uitstroomreden::WerkWerkplein, 261),
    (Uitstroomreden::Studie, 44),
    (Uitstroomreden::Zelfstandig, 16),
    (Uitstroomreden::Verhuizing, 92),
    (Uitstroomreden::Overlijden, 29),
    (Uitstroomreden::Overig, 40),
];

/// Relative frequency of the non-AOW reasons before 2024 (per mille).
const REASON_SHARES: &[(Uitstroomreden, u32)] = &[
    (Uitstroomreden::Werk, 400),
    (Uitstroomreden::WerkWerkplein, 250),
    (Uitstroomreden::Studie, 55),
    (Uitstroomreden::Zelfstandig, 20),
    (Uitstroomreden::Verhuizing, 135),
    (Uitstroomreden::Overlijden, 40),
    (Uitstroomreden::Overig, 85),
    (Uitstroomreden::Onbekend, 15),
];

/// Order in which reasons are handed out to a month's leavers sorted by (noisy)
/// duration: the shortest spells end in study or work, the longest in death.
fn duration_rank(r: Uitstroomreden) -> u8 {
    use Uitstroomreden::*;
    match r {
        Studie => 0,
        Werk => 1,
        Zelfstandig => 2,
        WerkWerkplein => 3,
        Verhuizing => 4,
        Onbekend => 5,
        Overig => 6,
        Overlijden => 7,
        Aow => 8,
    }
}

/// Start year of the stock on 31-12-2018 (relative weights): survivors of earlier inflow,
/// with the 2016 statushouder wave and a long tail back to 1999.
const OLD_START_YEARS: &[(i32, u32)] = &[
    (1999, 60),
    (2000, 80),
    (2001, 90),
    (2002, 110),
    (2003, 130),
    (2004, 150),
    (2005, 170),
    (2006, 180),
    (2007, 190),
    (2008, 200),
    (2009, 240),
    (2010, 260),
    (2011, 280),
    (2012, 320),
    (2013, 360),
    (2014, 390),
    (2015, 470),
    (2016, 600),
    (2017, 560),
    (2018, 700),
];

/// Relative monthly exit hazard by class and months on benefit.
fn hazard(class: Class, d: i32) -> u64 {
    match class {
        Class::Short => match d {
            ..=6 => 120,
            7..=12 => 90,
            13..=24 => 50,
            _ => 20,
        },
        Class::Medium => match d {
            ..=12 => 40,
            13..=36 => 30,
            _ => 18,
        },
        Class::Long => match d {
            ..=24 => 8,
            _ => 4,
        },
    }
}

/// Relative chance that an episode ends by reaching AOW age in `month`: long-term
/// recipients are older, and nobody started in the AOW year itself (age at the start
/// must stay below 67 with birth-year arithmetic).
fn aow_weight(start: i32, month: i32) -> u64 {
    if year_of(start) >= year_of(month) {
        0
    } else {
        20 + (month - start).min(360) as u64 / 2
    }
}

fn entrant_class(rng: &mut Rng) -> Class {
    match rng.weighted(&[45, 30, 25]) {
        0 => Class::Short,
        1 => Class::Medium,
        _ => Class::Long,
    }
}

/// Runs the months and returns every episode running at some point since 31-12-2018.
pub(crate) fn simulate(cal: &Calendar, rng: &mut Rng) -> Vec<Spell> {
    let mut spells: Vec<Spell> = Vec::with_capacity(14_000);

    // The stock on 31-12-2018.
    let year_weights: Vec<u32> = OLD_START_YEARS.iter().map(|&(_, w)| w).collect();
    for _ in 0..cal.stock_before {
        let year = OLD_START_YEARS[rng.weighted(&year_weights)].0;
        let start = mi(year, rng.range(1, 12));
        let d = FIRST_MONTH - 1 - start;
        let class = match d {
            ..24 if rng.chance(500) => Class::Short,
            ..24 => Class::Medium,
            ..72 if rng.chance(500) => Class::Medium,
            _ => Class::Long,
        };
        spells.push(Spell {
            start,
            end: None,
            reason: None,
            class,
        });
    }
    let mut active: Vec<usize> = (0..spells.len()).collect();

    // Table 14 reasons for Jan–Sep 2024, shuffled over the months' non-AOW exits.
    let mut reasons_2024: Vec<Uitstroomreden> = REASONS_2024
        .iter()
        .flat_map(|&(r, n)| std::iter::repeat_n(r, n as usize))
        .collect();
    rng.shuffle(&mut reasons_2024);
    let share_weights: Vec<u32> = REASON_SHARES.iter().map(|&(_, w)| w).collect();

    for k in 0..MONTHS {
        let month = FIRST_MONTH + k as i32;
        let dur = |s: &Spell| month - s.start;

        // AOW exits.
        let weights: Vec<u64> = active
            .iter()
            .map(|&i| aow_weight(spells[i].start, month))
            .collect();
        let mut picker = Picker::new(&weights);
        for j in picker.pick_k(rng, cal.aow[k] as usize, "AOW exits") {
            let s = &mut spells[active[j]];
            s.end = Some(month);
            s.reason = Some(Uitstroomreden::Aow);
        }
        active.retain(|&i| spells[i].end.is_none());

        // Other exits.
        let n = (cal.outflow[k] - cal.aow[k]) as usize;
        let weights: Vec<u64> = active
            .iter()
            .map(|&i| hazard(spells[i].class, dur(&spells[i])))
            .collect();
        let mut picker = Picker::new(&weights);
        let mut leavers: Vec<(u64, usize)> = picker
            .pick_k(rng, n, "exits")
            .into_iter()
            .map(|j| {
                let i = active[j];
                (dur(&spells[i]) as u64 * (50 + rng.below(101)), i)
            })
            .collect();
        leavers.sort_unstable();
        let mut reasons: Vec<Uitstroomreden> = if year_of(month) == 2024 {
            reasons_2024.split_off(reasons_2024.len() - n)
        } else {
            (0..n)
                .map(|_| REASON_SHARES[rng.weighted(&share_weights)].0)
                .collect()
        };
        reasons.sort_by_key(|&r| duration_rank(r));
        for (&(_, i), &r) in leavers.iter().zip(&reasons) {
            spells[i].end = Some(month);
            spells[i].reason = Some(r);
        }
        active.retain(|&i| spells[i].end.is_none());

        // Inflow.
        for _ in 0..cal.inflow[k] {
            active.push(spells.len());
            spells.push(Spell {
                start: month,
                end: None,
                reason: None,
                class: entrant_class(rng),
            });
        }
        assert_eq!(
            active.len() as u32,
            cal.stock[k],
            "synth: stock path missed in month {k}"
        );
    }
    assert!(reasons_2024.is_empty());
    assert_eq!(active.len(), 5687);
    debug_assert!(spells
        .iter()
        .all(|s| s.end.is_none_or(|e| e > s.start && e <= LAST_MONTH)));
    spells
}
