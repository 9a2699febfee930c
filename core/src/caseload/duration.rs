//! Duration on benefit: the duration band of a running benefit on a peildatum, and the
//! counts per band (DATA-MODEL §2.4).

use super::mask::{selected, Mask};
use crate::date::Date;
use crate::model::Episodes;

/// Duration band of a running benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DurationBand {
    /// Less than 1 year.
    #[serde(rename = "MinderDan1")]
    UnderOneYear,
    /// 1 to 2 years.
    #[serde(rename = "Van1Tot2")]
    OneToTwoYears,
    /// 2 to 5 years.
    #[serde(rename = "Van2Tot5")]
    TwoToFiveYears,
    /// 5 to 10 years.
    #[serde(rename = "Van5Tot10")]
    FiveToTenYears,
    /// 10 years or more.
    #[serde(rename = "Vanaf10")]
    TenYearsOrMore,
}

impl DurationBand {
    /// Every band, shortest first.
    pub const ALL: [DurationBand; 5] = [
        DurationBand::UnderOneYear,
        DurationBand::OneToTwoYears,
        DurationBand::TwoToFiveYears,
        DurationBand::FiveToTenYears,
        DurationBand::TenYearsOrMore,
    ];

    /// The band of a duration in whole months.
    pub fn from_months(m: i32) -> DurationBand {
        match m {
            ..=11 => DurationBand::UnderOneYear,
            12..=23 => DurationBand::OneToTwoYears,
            24..=59 => DurationBand::TwoToFiveYears,
            60..=119 => DurationBand::FiveToTenYears,
            _ => DurationBand::TenYearsOrMore,
        }
    }

    /// Label.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            DurationBand::UnderOneYear => msg::DURATION_UNDER_ONE_YEAR,
            DurationBand::OneToTwoYears => msg::DURATION_ONE_TO_TWO_YEARS,
            DurationBand::TwoToFiveYears => msg::DURATION_TWO_TO_FIVE_YEARS,
            DurationBand::FiveToTenYears => msg::DURATION_FIVE_TO_TEN_YEARS,
            DurationBand::TenYearsOrMore => msg::DURATION_TEN_YEARS_OR_MORE,
        }
    }

    /// Index in [`DurationBand::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Whole months on benefit from `start` up to and including `peildatum`
/// (`duur_maanden`, DATA-MODEL §2.4): a benefit starting 01-10-2023 has 12 months on
/// 30-09-2024.
pub fn duration_months(start: Date, peildatum: Date) -> i32 {
    let (sy, sm, sd) = start.ymd();
    let (py, pm, pd) = Date(peildatum.0 + 1).ymd();
    (py - sy) * 12 + pm as i32 - sm as i32 - (pd < sd) as i32
}

/// Running benefits on a peildatum by duration band.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DurationCounts {
    /// The date counted.
    pub peildatum: Date,
    /// Counts per band ([`DurationBand::index`]).
    pub counts: [u32; 5],
    /// Running benefits.
    pub total: u32,
}

impl DurationCounts {
    /// The count of one band.
    pub fn count(&self, k: DurationBand) -> u32 {
        self.counts[k.index()]
    }

    /// Running longer than two years (2 years or more), as "langer dan twee jaar".
    pub fn two_years_or_more(&self) -> u32 {
        self.counts[2..].iter().sum()
    }
}

/// The duration band of a start date on one peildatum, by comparing the start with four
/// precomputed dates (no calendar arithmetic per row). Always equal to
/// `DurationBand::from_months(duration_months(start, peildatum))`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DurationBandThresholds {
    /// The latest start date with at least 12, 24, 60 and 120 months on the peildatum.
    latest_start: [Date; 4],
}

impl DurationBandThresholds {
    /// The thresholds for `peildatum`.
    pub fn new(peildatum: Date) -> DurationBandThresholds {
        let latest = |months: i32| {
            // `duration_months` never increases as the start moves later: binary search for
            // the last start date that still has `months` months.
            let (mut lo, mut hi) = (peildatum.0 - 32 * months - 62, peildatum.0);
            debug_assert!(duration_months(Date(lo), peildatum) >= months);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if duration_months(Date(mid), peildatum) >= months {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            Date(lo)
        };
        DurationBandThresholds {
            latest_start: [latest(12), latest(24), latest(60), latest(120)],
        }
    }

    /// The band of a benefit that started on `start`.
    #[inline]
    pub fn band(&self, start: Date) -> DurationBand {
        let n = self.latest_start.iter().filter(|&&t| start <= t).count();
        DurationBand::ALL[n]
    }
}

/// Counts the running benefits on `peildatum` by duration band.
pub fn duration_counts(e: &Episodes, peildatum: Date, mask: Option<&Mask>) -> DurationCounts {
    let mut b = DurationCounts {
        peildatum,
        ..Default::default()
    };
    let bands = DurationBandThresholds::new(peildatum);
    for i in 0..e.len() {
        if e.start[i] <= peildatum && peildatum < e.eind[i] && selected(mask, i) {
            b.counts[bands.band(e.start[i]).index()] += 1;
            b.total += 1;
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn thresholds_match_the_month_count_on_month_ends_and_leap_days() {
        for p in [
            Date::from_ymd(2024, 9, 30).unwrap(),
            Date::from_ymd(2024, 2, 29).unwrap(),
            Date::from_ymd(2023, 12, 31).unwrap(),
            Date::from_ymd(2025, 3, 1).unwrap(),
        ] {
            let b = DurationBandThresholds::new(p);
            for s in (p.0 - 5000)..=p.0 {
                let start = Date(s);
                assert_eq!(
                    b.band(start),
                    DurationBand::from_months(duration_months(start, p)),
                    "start {start} on {p}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn band_equals_from_months(p in 10_000i32..30_000, back in 0i32..6_000) {
            let peil = Date(p);
            let start = Date(p - back);
            prop_assert_eq!(
                DurationBandThresholds::new(peil).band(start),
                DurationBand::from_months(duration_months(start, peil))
            );
        }
    }
}
