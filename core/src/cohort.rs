//! Start cohorts (the VNG "Sturen op bijstand" view "lopende uitkeringen per startjaar"):
//! for each start year, how many of the benefits that started in it still run 1, 2, 3 …
//! years after their own start. Right-censored at the data's end: year `k` of cohort `Y`
//! is given only when every benefit of the cohort was observable that long, that is when
//! 31 December of `Y + k` is on or before the end date.

use crate::caseload::mask::{selected, Mask};
use crate::date::Date;
use crate::model::Episodes;

/// One start year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cohort {
    /// The start year.
    pub year: i32,
    /// Benefits that started in it.
    pub started: u32,
    /// `running[k - 1]`: of those, still running `k` years after their start (on the day
    /// `k` years after it; 29 February counts from 28 February), for every fully observed
    /// `k`.
    pub running: Vec<u32>,
}

impl Cohort {
    /// `running[k - 1]` as a percentage of `started` (`None` when nothing started).
    pub fn share(&self, k: usize) -> Option<f64> {
        let n = *self.running.get(k.checked_sub(1)?)?;
        (self.started > 0).then(|| 100.0 * f64::from(n) / f64::from(self.started))
    }
}

/// The day `years` after `d` (29 February → 28 February in a common year).
pub fn anniversary(d: Date, years: i32) -> Date {
    let (y, m, day) = d.ymd();
    Date::from_ymd(y + years, m, day)
        .or_else(|| Date::from_ymd(y + years, m, day - 1))
        .unwrap_or(d)
}

/// The cohorts of the benefits selected by `mask` that started in `first ..= end.year()`,
/// observed up to `end`; one per start year, empty years included (`started` 0).
pub fn cohorts(e: &Episodes, first: i32, end: Date, mask: Option<&Mask>) -> Vec<Cohort> {
    let last = end.year();
    if first > last {
        return Vec::new();
    }
    let mut out: Vec<Cohort> = (first..=last)
        .map(|year| {
            // Fully observed years since start: 31-12 of year + k on or before the end.
            let observed = (1..)
                .take_while(|&k| Date::from_ymd(year + k, 12, 31).is_some_and(|d| d <= end))
                .count();
            Cohort {
                year,
                started: 0,
                running: vec![0; observed],
            }
        })
        .collect();
    for i in 0..e.len() {
        let start = e.start[i];
        let year = start.year();
        if year < first || start > end || !selected(mask, i) {
            continue;
        }
        let c = &mut out[(year - first) as usize];
        c.started += 1;
        for (k, n) in c.running.iter_mut().enumerate() {
            if anniversary(start, k as i32 + 1) < e.eind[i] {
                *n += 1;
            } else {
                // An episode that ended has ended for every later year too.
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    fn episodes(rows: &[(Date, Date)]) -> Episodes {
        let mut e = Episodes::default();
        for &(s, t) in rows {
            e.start.push(s);
            e.eind.push(t);
        }
        e
    }

    #[test]
    fn hand_computed_cohorts_are_right_censored() {
        // End of data 30-06-2024. Cohort 2020: 4 benefits.
        //   A 01-03-2020 → open:        runs after 1, 2, 3 years.
        //   B 15-06-2020 → 15-06-2021:  ends on its first anniversary (first day off): 0.
        //   C 01-12-2020 → 01-01-2022:  runs on 01-12-2021 (1 year), not on 01-12-2022.
        //   D 29-02-2020 → 01-03-2023:  runs on 28-02-2021, 28-02-2022; 28-02-2023 too (< 01-03-2023).
        // Observed: 31-12-2021, 31-12-2022, 31-12-2023 ≤ 30-06-2024; 31-12-2024 is not: 3 years.
        // Cohort 2022: E 01-01-2022 → 01-07-2023 (1 year yes, 2 years not observed: 31-12-2024).
        // Cohort 2023 and 2024: nothing observed yet.
        let e = episodes(&[
            (d(2020, 3, 1), Date::OPEN),
            (d(2020, 6, 15), d(2021, 6, 15)),
            (d(2020, 12, 1), d(2022, 1, 1)),
            (d(2020, 2, 29), d(2023, 3, 1)),
            (d(2022, 1, 1), d(2023, 7, 1)),
            (d(2023, 5, 1), Date::OPEN),
        ]);
        let c = cohorts(&e, 2020, d(2024, 6, 30), None);
        let got: Vec<(i32, u32, Vec<u32>)> = c
            .iter()
            .map(|c| (c.year, c.started, c.running.clone()))
            .collect();
        assert_eq!(
            got,
            [
                (2020, 4, vec![3, 2, 2]),
                (2021, 0, vec![0, 0]),
                (2022, 1, vec![1]),
                (2023, 1, vec![]),
                (2024, 0, vec![]),
            ]
        );
        assert_eq!(c[0].share(1), Some(75.0));
        assert_eq!(c[0].share(3), Some(50.0));
        assert_eq!(c[0].share(4), None, "not observed");
        assert_eq!(c[1].share(1), None, "nothing started");
    }

    #[test]
    fn the_mask_selects_and_the_end_is_inclusive() {
        let e = episodes(&[(d(2022, 1, 1), Date::OPEN), (d(2022, 6, 1), d(2023, 6, 1))]);
        // 31-12-2023 is the end: year 1 of 2022 is exactly observed.
        let c = cohorts(&e, 2022, d(2023, 12, 31), None);
        assert_eq!(c[0].running, [1]);
        let c = cohorts(&e, 2022, d(2023, 12, 30), None);
        assert!(c[0].running.is_empty());
        let m = Mask::from_fn(2, |i| i == 0);
        let c = cohorts(&e, 2022, d(2024, 12, 31), Some(&m));
        assert_eq!((c[0].started, c[0].running.clone()), (1, vec![1, 1]));
        assert_eq!(anniversary(d(2020, 2, 29), 1), d(2021, 2, 28));
        assert_eq!(anniversary(d(2020, 2, 29), 4), d(2024, 2, 29));
        assert!(cohorts(&e, 2025, d(2024, 1, 1), None).is_empty());
    }
}
