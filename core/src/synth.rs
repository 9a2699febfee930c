//! Deterministic synthetic Enschede dataset (see `docs/synthetic-data.md`).
//!
//! [`generate`] builds a person-level benefit file (`bijstandsbestand.csv`, DATA-MODEL
//! §2.1) for Enschede whose aggregates equal the published figures: 5.687 benefits on
//! 30-09-2024, 5.623 on 31-12-2023, 11,8% jongeren, 69% overig, 60% long distance, the
//! AOW exit profile of Table 7 and the outflow by reason of Table 14. No row describes a
//! real person. [`to_csv`] writes it in Dutch Excel style; the committed file
//! `data/enschede_synthetisch.csv` is exactly `to_csv(&generate())`.
//!
//! The construction, in four seeded steps (each with its own random stream):
//! 1. `calendar`: monthly stock path, outflow, inflow and AOW exits, January 2019 –
//!    September 2024, with every published total as a constant.
//! 2. `flows`: a month-by-month simulation that removes exactly the calendar's number
//!    of leavers (by a duration-dependent hazard) and adds exactly its inflow.
//! 3. `people`: attributes of the running stock from exact quotas; plausible random
//!    attributes for ended episodes given reason and dates.
//! 4. `people::link_returns`: some leavers come back later under the same `persoon_id`.

mod calendar;
pub mod contracts;
mod flows;
mod people;
mod rng;

use crate::date::Date;
use crate::model::{Afstand, Geslacht, Huishoudtype, Uitstroomreden};
use std::fmt::Write as _;

/// The fixed seed: municipality code 0153 and the peildatum 2024-09-30.
pub const SEED: u64 = 0x0153_2024_0930;

/// Municipality code written in every row (Enschede).
pub const GEMEENTE_CODE: &str = "GM0153";

/// The CSV header, in column order.
pub const HEADER: &str =
    "uitkering_id;persoon_id;gemeente_code;geslacht;geboortejaar;is_statushouder;\
afstand_arbeidsmarkt;stadsdeel;huishoudtype;startdatum;einddatum;uitstroomreden;inkomsten_arbeid";

/// The peildatum the file is an export of: 30-09-2024. Every `einddatum` lies on or
/// before it and every episode without one is running on it.
pub fn peildatum() -> Date {
    Date::from_ymd(2024, 9, 30).expect("valid date")
}

/// Enschede's five stadsdelen (Glanerbrug lies in Oost).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stadsdeel {
    /// Centrum.
    Centrum,
    /// Noord.
    Noord,
    /// Oost (includes Glanerbrug).
    Oost,
    /// Zuid, the largest (two ketens, FIGURES A19).
    Zuid,
    /// West.
    West,
}

impl Stadsdeel {
    /// Every stadsdeel, in display order.
    pub const ALL: [Stadsdeel; 5] = [
        Stadsdeel::Centrum,
        Stadsdeel::Noord,
        Stadsdeel::Oost,
        Stadsdeel::Zuid,
        Stadsdeel::West,
    ];

    /// The label written in the file (`Centrum`, `Noord`, …).
    pub fn label(self) -> &'static str {
        match self {
            Stadsdeel::Centrum => "Centrum",
            Stadsdeel::Noord => "Noord",
            Stadsdeel::Oost => "Oost",
            Stadsdeel::Zuid => "Zuid",
            Stadsdeel::West => "West",
        }
    }
}

/// One synthetic benefit episode (one row of `bijstandsbestand.csv`).
///
/// Dates have month precision: `start` and `eind` are the first day of a month. The
/// episode is in the caseload on `d` when `start <= d < eind` (or `eind` is `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthEpisode {
    /// Number of `uitkering_id`, written `U000001`; rows are numbered in start order.
    pub uitkering_id: u32,
    /// Number of `persoon_id`, written `P000001`; shared by a person's episodes.
    pub persoon_id: u32,
    /// `geslacht`: [`Geslacht::Man`] or [`Geslacht::Vrouw`] (written `M`/`V`).
    pub geslacht: Geslacht,
    /// `geboortejaar`.
    pub geboortejaar: i32,
    /// `is_statushouder`.
    pub is_statushouder: bool,
    /// `afstand_arbeidsmarkt`.
    pub afstand: Afstand,
    /// `stadsdeel`.
    pub stadsdeel: Stadsdeel,
    /// `huishoudtype`.
    pub huishoudtype: Huishoudtype,
    /// `startdatum` (first day on benefit).
    pub start: Date,
    /// `einddatum` (first day no longer on benefit); `None` while running.
    pub eind: Option<Date>,
    /// `uitstroomreden`, set exactly when `eind` is.
    pub uitstroomreden: Option<Uitstroomreden>,
    /// `inkomsten_arbeid` (part-time work next to the benefit).
    pub inkomsten_arbeid: bool,
}

impl SynthEpisode {
    /// Whether the benefit is in the caseload on `d` (`start <= d < eind`).
    pub fn is_running_on(&self, d: Date) -> bool {
        self.start <= d && self.eind.is_none_or(|e| d < e)
    }

    /// Age in `year` as the app computes it: `year − geboortejaar`.
    pub fn age_in(&self, year: i32) -> i32 {
        year - self.geboortejaar
    }

    /// The `uitkering_id` as written (`U000001`).
    pub fn uitkering_code(&self) -> String {
        format!("U{:06}", self.uitkering_id)
    }

    /// The `persoon_id` as written (`P000001`).
    pub fn persoon_code(&self) -> String {
        format!("P{:06}", self.persoon_id)
    }
}

/// Generates the synthetic file's rows, ordered by `uitkering_id` (= by `startdatum`).
/// Deterministic: every call returns the same rows.
pub fn generate() -> Vec<SynthEpisode> {
    let cal = calendar::Calendar::build(&mut rng::Rng::stream(SEED, 1));
    let spells = flows::simulate(&cal, &mut rng::Rng::stream(SEED, 2));
    let mut attrs = people::assign(&spells, &mut rng::Rng::stream(SEED, 3));
    let next = people::link_returns(&spells, &mut attrs, &mut rng::Rng::stream(SEED, 4));

    let n = spells.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (spells[i].start, spells[i].end.unwrap_or(i32::MAX), i));
    // A person is a chain of episodes; number persons by their first episode.
    let last_of_chain = |mut i: usize| {
        while let Some(j) = next[i] {
            i = j;
        }
        i
    };
    let mut person_of_chain: Vec<u32> = vec![0; n];
    let mut persons = 0u32;
    order
        .iter()
        .enumerate()
        .map(|(row, &i)| {
            let chain = last_of_chain(i);
            if person_of_chain[chain] == 0 {
                persons += 1;
                person_of_chain[chain] = persons;
            }
            let (s, a) = (&spells[i], &attrs[i]);
            SynthEpisode {
                uitkering_id: row as u32 + 1,
                persoon_id: person_of_chain[chain],
                geslacht: a.geslacht,
                geboortejaar: a.geboortejaar,
                is_statushouder: a.statushouder,
                afstand: a.afstand,
                stadsdeel: a.stadsdeel,
                huishoudtype: a.huishoudtype,
                start: Date::from_month_index(s.start),
                eind: s.end.map(Date::from_month_index),
                uitstroomreden: s.reason,
                inkomsten_arbeid: a.inkomsten_arbeid,
            }
        })
        .collect()
}

/// Writes the rows as Dutch Excel CSV: plain ASCII (so valid UTF-8) without BOM and
/// without a `sep=` line, `;` separator, CRLF after every line (also the last),
/// `dd-mm-jjjj` dates, `ja`/`nee`, `M`/`V`, codes in lower case and stadsdelen as labels.
/// Columns as in [`HEADER`].
pub fn to_csv(rows: &[SynthEpisode]) -> String {
    let mut out = String::with_capacity(96 * (rows.len() + 1));
    out.push_str(HEADER);
    out.push_str("\r\n");
    let ja_nee = |b: bool| if b { "ja" } else { "nee" };
    for r in rows {
        let geslacht = match r.geslacht {
            Geslacht::Man => "M",
            Geslacht::Vrouw => "V",
            Geslacht::Anders => "X",
            Geslacht::Onbekend => "O",
        };
        let eind = r.eind.map(|d| d.to_string()).unwrap_or_default();
        let reden = r
            .uitstroomreden
            .map(Uitstroomreden::code)
            .unwrap_or_default();
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "U{:06};P{:06};{};{};{};{};{};{};{};{};{};{};{}\r\n",
            r.uitkering_id,
            r.persoon_id,
            GEMEENTE_CODE,
            geslacht,
            r.geboortejaar,
            ja_nee(r.is_statushouder),
            r.afstand.code(),
            r.stadsdeel.label(),
            r.huishoudtype.code(),
            r.start,
            eind,
            reden,
            ja_nee(r.inkomsten_arbeid),
        );
    }
    out
}
