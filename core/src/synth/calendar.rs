//! The monthly targets: stock path, outflow, inflow and AOW exits, January 2019 –
//! September 2024. Every published figure the file must hit is a constant here.
//!
//! Months are month indices (`year·12 + month − 1`, as [`crate::date::Date::month_index`]).
//! An episode occupies months `start..end`: it is in the stock at the end of month `m`
//! when `start <= m < end`, it counts as inflow in month `start` and as outflow in month
//! `end`. In the file, `startdatum`/`einddatum` are the first day of those months, so
//! "running on the last day of month m" is exactly `start <= m < end`.

use super::rng::Rng;

/// January 2019: the first month with complete flows.
pub(crate) const FIRST_MONTH: i32 = 2019 * 12;
/// September 2024: the peildatum month (peildatum 30-09-2024).
pub(crate) const LAST_MONTH: i32 = 2024 * 12 + 8;
/// Number of months in the window.
pub(crate) const MONTHS: usize = (LAST_MONTH - FIRST_MONTH + 1) as usize;

/// Month index of `year`/`month` (1–12).
pub(crate) const fn mi(year: i32, month: i32) -> i32 {
    year * 12 + month - 1
}

/// Calendar year of a month index.
pub(crate) fn year_of(m: i32) -> i32 {
    m.div_euclid(12)
}

/// Stock (benefits running at the end of the month). Between anchors the path is linear
/// with a small wiggle. 5.623 on 31-12-2023 and 5.687 on 30-09-2024 are A9/A1 (X1); the
/// 2022 and 2023 year-ends are chosen so that the yearly flows equal Table 6's totals
/// (B1/B2: 1.144 in, 1.307 out in 2022; B9/B10: 1.275 in, 1.270 out in 2023). Earlier
/// anchors are invented: a decline from 2019 with a bump in spring 2020 (covid), a trough
/// in spring 2023 and a rise after that.
pub(crate) const STOCK_ANCHORS: &[(i32, i32, u32)] = &[
    (2018, 12, 6111),
    (2019, 12, 5961),
    (2020, 3, 5905),
    (2020, 6, 6010),
    (2020, 12, 5941),
    (2021, 12, 5781),
    (2022, 12, 5618),
    (2023, 5, 5555),
    (2023, 12, 5623),
    (2024, 9, 5687),
];

/// Outflow per calendar year (2024: January–September only, = 945, Table 14 / B18).
pub(crate) const OUTFLOW_PER_YEAR: &[(i32, u32)] = &[
    (2019, 1330),
    (2020, 1230),
    (2021, 1290),
    (2022, 1307),
    (2023, 1270),
    (2024, 945),
];

/// Relative outflow per calendar month (more in January and September).
const OUTFLOW_SEASON: [u64; 12] = [112, 95, 100, 93, 95, 90, 104, 93, 110, 102, 98, 108];

/// Benefits ended on reaching AOW age, per birth cohort (AOW age taken as 67 throughout,
/// so cohort `g` leaves in year `g + 67`, spread evenly over the months). 1957 = 14 a
/// month: 84 still to go on 01-07-2024 (Table 7, D1), of which 42 left in July–September
/// and 42 are still running on 30-09-2024.
pub(crate) const AOW_COHORTS: &[(i32, u32)] = &[
    (1952, 166),
    (1953, 171),
    (1954, 163),
    (1955, 174),
    (1956, 168),
    (1957, 168),
];

/// Monthly targets, indexed by `month − FIRST_MONTH`.
#[derive(Clone, Debug)]
pub(crate) struct Calendar {
    /// Stock on 31-12-2018 (before the window).
    pub(crate) stock_before: u32,
    /// Stock at the end of each month.
    pub(crate) stock: Vec<u32>,
    /// Episodes starting in each month.
    pub(crate) inflow: Vec<u32>,
    /// Episodes ending in each month (all reasons).
    pub(crate) outflow: Vec<u32>,
    /// Of `outflow`, the AOW exits.
    pub(crate) aow: Vec<u32>,
}

impl Calendar {
    /// Builds the targets. Deterministic for a given `rng` state.
    pub(crate) fn build(rng: &mut Rng) -> Calendar {
        let stock_before = STOCK_ANCHORS[0].2;
        let stock = stock_path(rng);
        let outflow = outflow_path(rng);
        let aow = aow_path(rng);
        let mut inflow = Vec::with_capacity(MONTHS);
        let mut prev = stock_before as i64;
        for k in 0..MONTHS {
            let i = stock[k] as i64 - prev + outflow[k] as i64;
            assert!(i >= 40, "synth: implausible inflow {i} in month {k}");
            assert!(
                outflow[k] >= aow[k],
                "synth: more AOW exits than outflow in month {k}"
            );
            inflow.push(i as u32);
            prev = stock[k] as i64;
        }
        Calendar {
            stock_before,
            stock,
            inflow,
            outflow,
            aow,
        }
    }

    /// Index into the monthly vectors.
    pub(crate) fn k(month: i32) -> usize {
        debug_assert!((FIRST_MONTH..=LAST_MONTH).contains(&month));
        (month - FIRST_MONTH) as usize
    }
}

fn stock_path(rng: &mut Rng) -> Vec<u32> {
    let anchors: Vec<(i32, i64)> = STOCK_ANCHORS
        .iter()
        .map(|&(y, m, v)| (mi(y, m), v as i64))
        .collect();
    assert_eq!(anchors.last().unwrap().0, LAST_MONTH);
    let mut out = Vec::with_capacity(MONTHS);
    for month in FIRST_MONTH..=LAST_MONTH {
        let seg = anchors
            .windows(2)
            .find(|w| w[0].0 < month && month <= w[1].0)
            .unwrap();
        let ((m0, v0), (m1, v1)) = (seg[0], seg[1]);
        let v = if month == m1 {
            v1
        } else {
            // Rounded linear interpolation plus a wiggle of at most ±4.
            let num = (v1 - v0) * i64::from(month - m0);
            let den = i64::from(m1 - m0);
            v0 + (2 * num + den * num.signum()) / (2 * den) + i64::from(rng.range(-4, 4))
        };
        out.push(v as u32);
    }
    out
}

fn outflow_path(rng: &mut Rng) -> Vec<u32> {
    let mut out = Vec::with_capacity(MONTHS);
    for &(year, total) in OUTFLOW_PER_YEAR {
        let months = if year == 2024 { 9 } else { 12 };
        let weights: Vec<u64> = (0..months)
            .map(|i| {
                let w = OUTFLOW_SEASON[i] * (90 + rng.below(21));
                // Covid spring 2020: fewer people found work.
                if year == 2020 && (3..=5).contains(&i) {
                    w * 8 / 10
                } else {
                    w
                }
            })
            .collect();
        out.extend(apportion(total, &weights));
    }
    assert_eq!(out.len(), MONTHS);
    out
}

fn aow_path(rng: &mut Rng) -> Vec<u32> {
    let mut out = vec![0u32; MONTHS];
    for &(cohort, size) in AOW_COHORTS {
        let year = cohort + 67;
        let mut per_month = [size / 12; 12];
        let mut order: Vec<usize> = (0..12).collect();
        rng.shuffle(&mut order);
        for &i in order.iter().take((size % 12) as usize) {
            per_month[i] += 1;
        }
        for (i, &n) in per_month.iter().enumerate() {
            let month = mi(year, i as i32 + 1);
            if month <= LAST_MONTH {
                out[Calendar::k(month)] = n;
            }
        }
    }
    out
}

/// Splits `total` in proportion to `weights` (largest remainder; ties to the lower index).
pub(crate) fn apportion(total: u32, weights: &[u64]) -> Vec<u32> {
    let sum: u64 = weights.iter().sum();
    assert!(sum > 0);
    let mut parts: Vec<u32> = weights
        .iter()
        .map(|&w| (u64::from(total) * w / sum) as u32)
        .collect();
    let mut rest: Vec<(u64, usize)> = weights
        .iter()
        .enumerate()
        .map(|(i, &w)| (u64::from(total) * w % sum, i))
        .collect();
    rest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let short = total - parts.iter().sum::<u32>();
    for &(_, i) in rest.iter().take(short as usize) {
        parts[i] += 1;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apportion_is_exact() {
        assert_eq!(apportion(10, &[1, 1, 1]), vec![4, 3, 3]);
        assert_eq!(apportion(945, &[3; 9]).iter().sum::<u32>(), 945);
    }

    #[test]
    fn stock_and_flows_reconcile() {
        let cal = Calendar::build(&mut Rng::stream(7, 7));
        let mut s = cal.stock_before as i64;
        for k in 0..MONTHS {
            s += cal.inflow[k] as i64 - cal.outflow[k] as i64;
            assert_eq!(s, cal.stock[k] as i64);
        }
        assert_eq!(cal.stock[Calendar::k(mi(2023, 12))], 5623);
        assert_eq!(cal.stock[MONTHS - 1], 5687);
    }
}
