//! Duration on benefit: the duration band of a running benefit on a peildatum, and the
//! counts per band (DATA-MODEL §2.4).

use super::filter::{selected, Mask};
use crate::date::Date;
use crate::model::Episodes;

/// Duration band of a running benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum DuurKlasse {
    /// Less than 1 year.
    MinderDan1,
    /// 1 to 2 years.
    Van1Tot2,
    /// 2 to 5 years.
    Van2Tot5,
    /// 5 to 10 years.
    Van5Tot10,
    /// 10 years or more.
    Vanaf10,
}

impl DuurKlasse {
    /// Every band, shortest first.
    pub const ALL: [DuurKlasse; 5] = [
        DuurKlasse::MinderDan1,
        DuurKlasse::Van1Tot2,
        DuurKlasse::Van2Tot5,
        DuurKlasse::Van5Tot10,
        DuurKlasse::Vanaf10,
    ];

    /// The band of a duration in whole months.
    pub fn from_months(m: i32) -> DuurKlasse {
        match m {
            ..=11 => DuurKlasse::MinderDan1,
            12..=23 => DuurKlasse::Van1Tot2,
            24..=59 => DuurKlasse::Van2Tot5,
            60..=119 => DuurKlasse::Van5Tot10,
            _ => DuurKlasse::Vanaf10,
        }
    }

    /// Dutch label.
    pub fn label_nl(self) -> &'static str {
        match self {
            DuurKlasse::MinderDan1 => "korter dan 1 jaar",
            DuurKlasse::Van1Tot2 => "1 tot 2 jaar",
            DuurKlasse::Van2Tot5 => "2 tot 5 jaar",
            DuurKlasse::Van5Tot10 => "5 tot 10 jaar",
            DuurKlasse::Vanaf10 => "10 jaar of langer",
        }
    }

    /// English label.
    pub fn label_en(self) -> &'static str {
        match self {
            DuurKlasse::MinderDan1 => "less than 1 year",
            DuurKlasse::Van1Tot2 => "1 to 2 years",
            DuurKlasse::Van2Tot5 => "2 to 5 years",
            DuurKlasse::Van5Tot10 => "5 to 10 years",
            DuurKlasse::Vanaf10 => "10 years or more",
        }
    }

    /// Index in [`DuurKlasse::ALL`].
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
pub struct DurationBands {
    /// The date counted.
    pub peildatum: Date,
    /// Counts per band ([`DuurKlasse::index`]).
    pub counts: [u32; 5],
    /// Running benefits.
    pub total: u32,
}

impl DurationBands {
    /// The count of one band.
    pub fn count(&self, k: DuurKlasse) -> u32 {
        self.counts[k.index()]
    }

    /// Running longer than two years (2 years or more), as "langer dan twee jaar".
    pub fn two_years_or_more(&self) -> u32 {
        self.counts[2..].iter().sum()
    }
}

/// The duration band of a start date on one peildatum, by comparing the start with four
/// precomputed dates (no calendar arithmetic per row). Always equal to
/// `DuurKlasse::from_months(duration_months(start, peildatum))`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DuurBands {
    /// The latest start date with at least 12, 24, 60 and 120 months on the peildatum.
    latest_start: [Date; 4],
}

impl DuurBands {
    /// The thresholds for `peildatum`.
    pub fn new(peildatum: Date) -> DuurBands {
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
        DuurBands {
            latest_start: [latest(12), latest(24), latest(60), latest(120)],
        }
    }

    /// The band of a benefit that started on `start`.
    #[inline]
    pub fn band(&self, start: Date) -> DuurKlasse {
        let n = self.latest_start.iter().filter(|&&t| start <= t).count();
        DuurKlasse::ALL[n]
    }
}

/// Counts the running benefits on `peildatum` by duration band.
pub fn duration_bands(e: &Episodes, peildatum: Date, mask: Option<&Mask>) -> DurationBands {
    let mut b = DurationBands {
        peildatum,
        ..Default::default()
    };
    let bands = DuurBands::new(peildatum);
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
            let b = DuurBands::new(p);
            for s in (p.0 - 5000)..=p.0 {
                let start = Date(s);
                assert_eq!(
                    b.band(start),
                    DuurKlasse::from_months(duration_months(start, p)),
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
                DuurBands::new(peil).band(start),
                DuurKlasse::from_months(duration_months(start, peil))
            );
        }
    }
}
