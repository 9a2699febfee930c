//! Deterministic synthetic LKS contracts file (`lks_contracten.csv`, DATA-MODEL §2.2)
//! for Enschede, `data/lks_contracten_synthetisch.csv` (see `docs/synthetic-data.md`).
//!
//! Its counts for 01-01-2024 to 30-09-2024 are the seed's W2–W5: 451 running at the start,
//! 220 started, 155 ended (120 of the 451, 35 of the 220), 516 running on 30-09-2024.
//! 140 contracts that ended before 2024 are included, so a loader that counts the whole
//! file instead of the period is caught. Everything else (loonwaarde, hours, routes,
//! employers) is invented with plausible shares; no row describes a real person.
//!
//! A contract runs on `d` when `startdatum ≤ d < einddatum` (as benefit episodes).

use super::rng::Rng;
use super::SEED;
use crate::date::Date;
use crate::model::{Doelgroep, EindeReden, PersoonStatus, Toegangsroute, WerkgeverType};
use std::fmt::Write as _;

/// The CSV header, in column order.
pub const HEADER: &str = "contract_id;persoon_id;uitkering_id;persoon_status;startdatum;einddatum;\
loonwaarde_pct;loonwaarde_datum;uren_per_week;werkgever_type;toegangsroute;doelgroep;einde_reden;subsidie_mnd";

/// Running on 01-01-2024 (W2).
pub const START_RUNNING: usize = 451;
/// Started 01-01-2024 to 30-09-2024 (W3).
pub const STARTED: usize = 220;
/// Ended in that period (W4): of the running at the start, and of the started.
pub const ENDED_OF_RUNNING: usize = 120;
/// Ended in the period among the contracts started in it.
pub const ENDED_OF_STARTED: usize = 35;
/// Contracts that ended before 2024 (not counted in the period).
pub const ENDED_BEFORE: usize = 140;

/// One synthetic contract.
#[derive(Clone, Debug, PartialEq)]
pub struct SynthContract {
    /// Sequence number (`C00001`), by start date.
    pub id: u32,
    /// Benefit status of the person.
    pub persoon_status: PersoonStatus,
    /// First day of the contract.
    pub start: Date,
    /// First day without it; `None` while running.
    pub eind: Option<Date>,
    /// Loonwaarde in % (whole points).
    pub loonwaarde_pct: u32,
    /// Date of the latest loonwaarde measurement.
    pub loonwaarde_datum: Date,
    /// Hours per week.
    pub uren_per_week: u32,
    /// Employer kind.
    pub werkgever_type: WerkgeverType,
    /// Access route.
    pub toegangsroute: Toegangsroute,
    /// Target group.
    pub doelgroep: Doelgroep,
    /// Why it ended (set exactly when `eind` is).
    pub einde_reden: Option<EindeReden>,
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).expect("valid date")
}

fn between(rng: &mut Rng, from: Date, to: Date) -> Date {
    Date(rng.range(from.0, to.0))
}

/// Generates the contracts, ordered by start date (ids ascending). Every call returns the
/// same rows.
pub fn generate() -> Vec<SynthContract> {
    let mut rng = Rng::stream(SEED, 0x4c4b_5300);
    let first = d(2024, 1, 1);
    let last = d(2024, 9, 30);
    // (start, eind) per contract, group by group.
    let mut spans: Vec<(Date, Option<Date>)> = Vec::new();
    for _ in 0..ENDED_BEFORE {
        let start = between(&mut rng, d(2018, 1, 1), d(2023, 6, 30));
        let eind = between(&mut rng, Date(start.0 + 60), first);
        spans.push((start, Some(eind)));
    }
    for i in 0..START_RUNNING {
        let start = between(&mut rng, d(2018, 1, 1), d(2023, 12, 31));
        let eind = (i < ENDED_OF_RUNNING).then(|| between(&mut rng, Date(first.0 + 1), last));
        spans.push((start, eind));
    }
    for i in 0..STARTED {
        if i < ENDED_OF_STARTED {
            let start = between(&mut rng, first, Date(last.0 - 30));
            let eind = between(&mut rng, Date(start.0 + 14), last);
            spans.push((start, Some(eind)));
        } else {
            spans.push((between(&mut rng, first, last), None));
        }
    }
    spans.sort_by_key(|&(s, e)| (s, e.unwrap_or(Date::OPEN)));

    let mut out = Vec::with_capacity(spans.len());
    for (i, (start, eind)) in spans.into_iter().enumerate() {
        let toegangsroute = [
            Toegangsroute::UwvIndicatie,
            Toegangsroute::Praktijkroute,
            Toegangsroute::NieuwBeschut,
            Toegangsroute::Overig,
        ][rng.weighted(&[45, 35, 12, 8])];
        // Beschut is about 30% (K1); others centre on 45% (W15, X7: lower than peers).
        let loonwaarde_pct = if toegangsroute == Toegangsroute::NieuwBeschut {
            25 + rng.below(11) as u32
        } else {
            15 + rng.below(31) as u32 + rng.below(31) as u32
        };
        // Re-measured about a year after the start for contracts older than a year.
        let loonwaarde_datum = if start < d(2023, 1, 1) {
            Date(start.0 + 365 + rng.range(0, 60))
        } else {
            start
        };
        let uren_per_week =
            [16, 20, 24, 28, 32, 36, 38, 40][rng.weighted(&[5, 10, 15, 15, 15, 30, 5, 5])];
        let werkgever_type = if start >= first {
            [
                WerkgeverType::Regulier,
                WerkgeverType::Detachering,
                WerkgeverType::Dcw,
            ][rng.weighted(&[86, 8, 6])]
        } else {
            WerkgeverType::Regulier
        };
        let doelgroep = [
            Doelgroep::Jongere,
            Doelgroep::Statushouder,
            Doelgroep::Overig,
        ][rng.weighted(&[22, 12, 66])];
        let persoon_status = [PersoonStatus::Hug, PersoonStatus::Pug, PersoonStatus::Nug]
            [rng.weighted(&[78, 10, 12])];
        let einde_reden = eind.map(|_| {
            [
                EindeReden::RegulierZonderLks,
                EindeReden::EindeDienstverband,
                EindeReden::Aow,
                EindeReden::Overig,
            ][rng.weighted(&[35, 45, 8, 12])]
        });
        out.push(SynthContract {
            id: i as u32 + 1,
            persoon_status,
            start,
            eind,
            loonwaarde_pct,
            loonwaarde_datum,
            uren_per_week,
            werkgever_type,
            toegangsroute,
            doelgroep,
            einde_reden,
        });
    }
    out
}

/// Writes the contracts as Dutch Excel CSV (as [`super::to_csv`]): ASCII, `;`, CRLF,
/// `dd-mm-jjjj` dates, codes in lower case. `uitkering_id` is filled for `hug` and `pug`
/// with a code of its own (`U9…`), not linked to the synthetic benefit file;
/// `subsidie_mnd` is left empty (the app estimates it, FORMULAS F8).
pub fn to_csv(rows: &[SynthContract]) -> String {
    let mut out = String::with_capacity(110 * (rows.len() + 1));
    out.push_str(HEADER);
    out.push_str("\r\n");
    for r in rows {
        let uitkering = match r.persoon_status {
            PersoonStatus::Nug => String::new(),
            _ => format!("U9{:05}", r.id),
        };
        let eind = r.eind.map(|d| d.to_string()).unwrap_or_default();
        let reden = r.einde_reden.map(EindeReden::code).unwrap_or_default();
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "C{:05};PL{:05};{};{};{};{};{};{};{};{};{};{};{};\r\n",
            r.id,
            r.id,
            uitkering,
            r.persoon_status.code(),
            r.start,
            eind,
            r.loonwaarde_pct,
            r.loonwaarde_datum,
            r.uren_per_week,
            r.werkgever_type.code(),
            r.toegangsroute.code(),
            r.doelgroep.code(),
            reden,
        );
    }
    out
}
