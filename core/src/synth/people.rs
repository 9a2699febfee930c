//! Step 3: person attributes. The running stock gets its attributes from exact quotas
//! (weighted picks without replacement, so every count is exact and the mix still
//! correlates with duration); ended episodes get plausible random attributes given their
//! reason and dates. Step 4 links some exits to a later return of the same person.

use super::calendar::{apportion, year_of, LAST_MONTH};
use super::flows::Spell;
use super::rng::{Picker, Rng};
use super::Stadsdeel;
use crate::model::{Afstand, Geslacht, Huishoudtype, Uitstroomreden};

/// The year ages are taken in (age = 2024 − geboortejaar, DATA-MODEL §2.4).
pub(crate) const PEILJAAR: i32 = 2024;

/// Benefits running on 30-09-2024 per birth year; sums to 5.687 (A1).
///
/// - 1957–1962: 42, 162, 179, 177, 151, 170 — Table 7 (D1–D6) with AOW age 67: the 1957
///   cohort reaches 67 in 2024 (42 after September; with the 42 July–September exits, 84),
///   1958 in 2025 (162), … 1962 in 2029 (170).
/// - 1998–2006 (age < 27): 671 = 11,8% (A12).
/// - 1957–1969 (age 55 up to AOW age): 2.154, which leaves room for "more than half of the
///   long-distance group is 55+" (A17).
pub(crate) const RUNNING_BY_BIRTH_YEAR: &[(i32, u32)] = &[
    (1957, 42),
    (1958, 162),
    (1959, 179),
    (1960, 177),
    (1961, 151),
    (1962, 170),
    (1963, 178),
    (1964, 183),
    (1965, 186),
    (1966, 181),
    (1967, 184),
    (1968, 179),
    (1969, 182),
    (1970, 118),
    (1971, 113),
    (1972, 112),
    (1973, 109),
    (1974, 108),
    (1975, 107),
    (1976, 105),
    (1977, 106),
    (1978, 104),
    (1979, 103),
    (1980, 104),
    (1981, 102),
    (1982, 101),
    (1983, 103),
    (1984, 100),
    (1985, 98),
    (1986, 97),
    (1987, 99),
    (1988, 96),
    (1989, 97),
    (1990, 95),
    (1991, 98),
    (1992, 96),
    (1993, 95),
    (1994, 96),
    (1995, 102),
    (1996, 100),
    (1997, 98),
    (1998, 88),
    (1999, 89),
    (2000, 88),
    (2001, 88),
    (2002, 85),
    (2003, 80),
    (2004, 70),
    (2005, 55),
    (2006, 28),
];

/// Youngest birth year that is not a "jongere" (< 27) in 2024.
const LAST_NON_YOUTH: i32 = PEILJAAR - 27;
/// Running statushouders under 27: the overlap that makes the doelgroep precedence matter.
pub(crate) const STATUSHOUDER_YOUTH: usize = 55;
/// Running statushouders aged 27 or over: 5.687 − 671 jongeren − 3.924 overig (A15).
pub(crate) const STATUSHOUDER_ADULT: usize = 1092;
/// Running with a long distance to the labour market: 60% of 5.687 (A16).
pub(crate) const LANG: usize = 3412;
/// Of those, aged 55 up to AOW age: more than half of 3.412 (A17).
pub(crate) const LANG_55PLUS: usize = 1780;
/// Running with distance not (yet) assessed, mostly recent entrants.
pub(crate) const AFSTAND_ONBEKEND: usize = 120;
/// Running with income from part-time work (U8).
pub(crate) const INKOMSTEN_ARBEID: usize = 562;

/// Attributes of one episode before ids are given out.
#[derive(Clone, Debug)]
pub(crate) struct Attrs {
    pub(crate) geslacht: Geslacht,
    pub(crate) geboortejaar: i32,
    pub(crate) statushouder: bool,
    pub(crate) afstand: Afstand,
    pub(crate) stadsdeel: Stadsdeel,
    pub(crate) huishoudtype: Huishoudtype,
    pub(crate) inkomsten_arbeid: bool,
}

/// Months on benefit on the peildatum (running) or at the end.
fn months_on(s: &Spell) -> i32 {
    s.end.unwrap_or(LAST_MONTH) - s.start
}

/// Gives every spell its attributes; returns them in spell order.
pub(crate) fn assign(spells: &[Spell], rng: &mut Rng) -> Vec<Attrs> {
    let mut out: Vec<Option<Attrs>> = vec![None; spells.len()];
    let running: Vec<usize> = (0..spells.len())
        .filter(|&i| spells[i].end.is_none())
        .collect();
    for (i, a) in assign_running(spells, &running, rng) {
        out[i] = Some(a);
    }
    for (i, s) in spells.iter().enumerate() {
        if s.end.is_some() {
            out[i] = Some(ended_attrs(s, rng));
        }
    }
    out.into_iter()
        .map(|a| a.expect("every spell has attributes"))
        .collect()
}

/// Exact quotas for the stock on 30-09-2024.
fn assign_running(spells: &[Spell], running: &[usize], rng: &mut Rng) -> Vec<(usize, Attrs)> {
    let n = running.len();
    let total: u32 = RUNNING_BY_BIRTH_YEAR.iter().map(|&(_, c)| c).sum();
    assert_eq!(
        total as usize, n,
        "birth-year table must cover the running stock"
    );
    let start_year: Vec<i32> = running.iter().map(|&i| year_of(spells[i].start)).collect();
    let dur: Vec<u64> = running
        .iter()
        .map(|&i| months_on(&spells[i]) as u64)
        .collect();
    let mut gbj: Vec<i32> = vec![0; n];
    let mut sh = vec![false; n];

    // Jongeren first, youngest first: they must have been 18 at the start.
    for &(g, count) in RUNNING_BY_BIRTH_YEAR
        .iter()
        .rev()
        .filter(|&&(g, _)| g > LAST_NON_YOUTH)
    {
        let w: Vec<u64> = (0..n)
            .map(|j| {
                if gbj[j] == 0 && start_year[j] >= g + 18 {
                    9600 / (96 + dur[j])
                } else {
                    0
                }
            })
            .collect();
        for j in Picker::new(&w).pick_k(rng, count as usize, "jongeren") {
            gbj[j] = g;
        }
    }
    // Statushouders among the jongeren (the overlap), more often the older ones.
    let w: Vec<u64> = (0..n)
        .map(|j| {
            if gbj[j] > LAST_NON_YOUTH {
                if gbj[j] <= 2002 {
                    3
                } else {
                    1
                }
            } else {
                0
            }
        })
        .collect();
    for j in Picker::new(&w).pick_k(rng, STATUSHOUDER_YOUTH, "statushouder jongeren") {
        sh[j] = true;
    }
    // Adult statushouders: mostly started since 2015 (the 2015–2016 wave and 2022–2024).
    let w: Vec<u64> = (0..n)
        .map(|j| {
            if gbj[j] != 0 {
                return 0;
            }
            match start_year[j] {
                2022.. => 40,
                2019..=2021 => 22,
                2016 => 40,
                2015 | 2017 | 2018 => 28,
                2010..=2014 => 3,
                2005..=2009 => 1,
                _ => 0,
            }
        })
        .collect();
    for j in Picker::new(&w).pick_k(rng, STATUSHOUDER_ADULT, "statushouders") {
        sh[j] = true;
    }
    // Birth years of the adults, per group: the statushouders get an age profile centred
    // on 30–50, the overig group the rest of each cohort. Within a group the youngest
    // cohort goes first (it has the fewest eligible starts: 18 at the start, so nested
    // constraints can never run out) and every cohort leans towards a typical duration
    // for its age (2 years at 27, 10 years at 55), so the oldest keep the longest spells.
    // The 1957 cohort goes first of all: it must have started before 2024 (age < 67).
    let adult_cohorts: Vec<(i32, u32)> = RUNNING_BY_BIRTH_YEAR
        .iter()
        .copied()
        .filter(|&(g, _)| g <= LAST_NON_YOUTH)
        .collect();
    let sh_profile: Vec<u64> = adult_cohorts
        .iter()
        .map(|&(g, _)| match PEILJAAR - g {
            ..30 => 5,
            30..40 => 6,
            40..50 => 5,
            50..55 => 3,
            55..60 => 2,
            _ => 1,
        })
        .collect();
    let sh_counts = apportion(STATUSHOUDER_ADULT as u32, &sh_profile);
    for group_sh in [true, false] {
        let cohorts = adult_cohorts.iter().zip(&sh_counts);
        let order = cohorts
            .clone()
            .filter(|c| c.0 .0 == 1957)
            .chain(cohorts.rev().filter(|c| c.0 .0 != 1957));
        for (&(g, count), &sh_count) in order {
            let k = if group_sh { sh_count } else { count - sh_count };
            let typical = 24 + (PEILJAAR - g - 27) as u64 * 10 / 3;
            let w: Vec<u64> = (0..n)
                .map(|j| {
                    // Aged 18 up to AOW age (66 by birth year) at the start.
                    if gbj[j] != 0
                        || sh[j] != group_sh
                        || !(g + 18..=g + 66).contains(&start_year[j])
                    {
                        return 0;
                    }
                    let off = 50 + dur[j].abs_diff(typical);
                    4_000_000 / (off * off)
                })
                .collect();
            for j in Picker::new(&w).pick_k(rng, k as usize, "birth years") {
                gbj[j] = g;
            }
        }
    }
    assert!(gbj.iter().all(|&g| g != 0));

    // Distance to the labour market: not yet assessed for recent entrants, long for most
    // of the 55+, and for the younger ones more often the longer they have been on benefit.
    let mut afstand = vec![Afstand::Kort; n];
    let w: Vec<u64> = (0..n)
        .map(|j| {
            if dur[j] <= 3 {
                60
            } else if dur[j] <= 12 {
                4
            } else {
                1
            }
        })
        .collect();
    for j in Picker::new(&w).pick_k(rng, AFSTAND_ONBEKEND, "afstand onbekend") {
        afstand[j] = Afstand::Onbekend;
    }
    let older = |j: usize| PEILJAAR - gbj[j] >= 55;
    let w: Vec<u64> = (0..n)
        .map(|j| {
            if afstand[j] == Afstand::Kort && older(j) {
                10 + dur[j] / 6
            } else {
                0
            }
        })
        .collect();
    for j in Picker::new(&w).pick_k(rng, LANG_55PLUS, "lang 55+") {
        afstand[j] = Afstand::Lang;
    }
    let w: Vec<u64> = (0..n)
        .map(|j| {
            if afstand[j] != Afstand::Kort || older(j) {
                return 0;
            }
            let base = 10 + dur[j].min(240) / 3;
            let age = PEILJAAR - gbj[j];
            let by_age = if age < 27 {
                3
            } else if age < 40 {
                5
            } else {
                7
            };
            base * by_age * if sh[j] { 7 } else { 5 }
        })
        .collect();
    for j in Picker::new(&w).pick_k(rng, LANG - LANG_55PLUS, "lang < 55") {
        afstand[j] = Afstand::Lang;
    }

    // Part-time work next to the benefit (U8).
    let w: Vec<u64> = (0..n)
        .map(|j| {
            let by_afstand = match afstand[j] {
                Afstand::Kort => 8,
                _ => 2,
            };
            let age = PEILJAAR - gbj[j];
            let by_age = if (27..55).contains(&age) { 3 } else { 2 };
            by_afstand * by_age
        })
        .collect();
    let mut inkomsten = vec![false; n];
    for j in Picker::new(&w).pick_k(rng, INKOMSTEN_ARBEID, "inkomsten arbeid") {
        inkomsten[j] = true;
    }

    (0..n)
        .map(|j| {
            let (geslacht, huishoudtype, stadsdeel) = draw_person(rng, PEILJAAR - gbj[j], sh[j]);
            let a = Attrs {
                geslacht,
                geboortejaar: gbj[j],
                statushouder: sh[j],
                afstand: afstand[j],
                stadsdeel,
                huishoudtype,
                inkomsten_arbeid: inkomsten[j],
            };
            (running[j], a)
        })
        .collect()
}

/// Gender, household type and district given age and statushouder status.
fn draw_person(rng: &mut Rng, age: i32, statushouder: bool) -> (Geslacht, Huishoudtype, Stadsdeel) {
    let vrouw_per_mille = match (statushouder, age) {
        (true, _) => 400,
        (false, ..27) => 500,
        (false, 27..40) => 570,
        (false, 40..55) => 540,
        (false, _) => 580,
    };
    let geslacht = if rng.chance(vrouw_per_mille) {
        Geslacht::Vrouw
    } else {
        Geslacht::Man
    };
    // [alleenstaand, alleenstaande ouder, paar]
    let hh: [u32; 3] = match (statushouder, age, geslacht) {
        (true, ..27, _) => [75, 10, 15],
        (true, _, _) => [45, 15, 40],
        (false, ..27, Geslacht::Vrouw) => [72, 25, 3],
        (false, ..27, _) => [94, 2, 4],
        (false, 27..55, Geslacht::Vrouw) => [45, 40, 15],
        (false, 27..55, _) => [74, 6, 20],
        (false, _, _) => [72, 5, 23],
    };
    let huishoudtype = [
        Huishoudtype::Alleenstaand,
        Huishoudtype::AlleenstaandeOuder,
        Huishoudtype::Paar,
    ][rng.weighted(&hh)];
    // Zuid is the largest stadsdeel (two ketens, A19).
    let stadsdeel = Stadsdeel::ALL[rng.weighted(&[14, 22, 21, 28, 15])];
    (geslacht, huishoudtype, stadsdeel)
}

/// Plausible attributes for an ended episode, given its reason and dates.
fn ended_attrs(s: &Spell, rng: &mut Rng) -> Attrs {
    use Uitstroomreden::*;
    let reason = s.reason.expect("ended spells have a reason");
    let (y_start, y_end) = (year_of(s.start), year_of(s.end.expect("ended")));
    let geboortejaar = if reason == Aow {
        y_end - 67
    } else {
        // Age at the end; clamped so the holder was 18 at the start and below AOW age at the end.
        let age_end = match reason {
            Studie => 18 + rng.range(0, 6) + rng.range(0, 6),
            Werk | WerkWerkplein | Zelfstandig => match rng.weighted(&[23, 46, 31]) {
                0 => rng.range(18, 26),
                1 => rng.range(27, 44),
                _ => rng.range(45, 63),
            },
            Verhuizing => match rng.weighted(&[20, 58, 22]) {
                0 => rng.range(18, 26),
                1 => rng.range(27, 44),
                _ => rng.range(45, 64),
            },
            Overlijden => rng.range(45, 66).max(rng.range(45, 66)),
            _ => rng.range(21, 66),
        };
        (y_end - age_end).clamp(y_end - 66, y_start - 18)
    };
    let sh_per_mille = match (reason, y_start) {
        (Aow | Overlijden, _) => 10,
        (_, 2015..) => 100,
        (_, 2010..=2014) => 50,
        _ => 10,
    };
    let statushouder = rng.chance(sh_per_mille);
    // [kort, lang, onbekend]
    let af: [u32; 3] = match reason {
        Werk | WerkWerkplein | Studie | Zelfstandig => [78, 15, 7],
        Aow => [12, 85, 3],
        Overlijden => [20, 75, 5],
        _ => [48, 42, 10],
    };
    let afstand = [Afstand::Kort, Afstand::Lang, Afstand::Onbekend][rng.weighted(&af)];
    let work = matches!(reason, Werk | WerkWerkplein | Zelfstandig);
    let inkomsten_arbeid = rng.chance(if work { 250 } else { 50 });
    let age_now = y_end - geboortejaar;
    let (geslacht, huishoudtype, stadsdeel) = draw_person(rng, age_now, statushouder);
    Attrs {
        geslacht,
        geboortejaar,
        statushouder,
        afstand,
        stadsdeel,
        huishoudtype,
        inkomsten_arbeid,
    }
}

/// Step 4: some people leave and come back (a new episode, same `persoon_id`).
/// Returns, per spell, the spell of the same person's next episode, if any.
///
/// Later episodes are visited newest first; an earlier exit (not death, not AOW) that
/// ended 1–36 months before is linked, and takes over the person-level attributes
/// (gender, birth year, statushouder) of the later episode, provided its own dates stay
/// valid with that birth year. Only ended episodes are changed, so the running quotas hold.
pub(crate) fn link_returns(
    spells: &[Spell],
    attrs: &mut [Attrs],
    rng: &mut Rng,
) -> Vec<Option<usize>> {
    use Uitstroomreden::*;
    let mut next: Vec<Option<usize>> = vec![None; spells.len()];
    let mut has_prev = vec![false; spells.len()];
    let mut later: Vec<usize> = (0..spells.len())
        .filter(|&i| spells[i].start > super::calendar::FIRST_MONTH)
        .collect();
    later.sort_by(|&a, &b| spells[b].start.cmp(&spells[a].start).then(a.cmp(&b)));
    let ended: Vec<usize> = (0..spells.len())
        .filter(|&i| {
            matches!(
                spells[i].reason,
                Some(Werk | WerkWerkplein | Studie | Zelfstandig | Verhuizing | Overig | Onbekend)
            )
        })
        .collect();
    for &y in &later {
        if has_prev[y] || !rng.chance(130) {
            continue;
        }
        let (g, sh) = (attrs[y].geboortejaar, attrs[y].statushouder);
        let candidates: Vec<usize> = ended
            .iter()
            .copied()
            .filter(|&x| {
                let s = &spells[x];
                let e = s.end.expect("ended");
                next[x].is_none()
                    && x != y
                    && e < spells[y].start
                    && spells[y].start - e <= 36
                    && year_of(s.start) - g >= 18
                    && year_of(e) - g <= 66
                    && (!sh || year_of(s.start) >= 2014)
                    && (s.reason != Some(Studie) || year_of(e) - g <= 35)
            })
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let x = candidates[rng.below(candidates.len() as u64) as usize];
        next[x] = Some(y);
        has_prev[y] = true;
        attrs[x].geslacht = attrs[y].geslacht;
        attrs[x].geboortejaar = g;
        attrs[x].statushouder = sh;
    }
    next
}
