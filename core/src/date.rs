//! Calendar dates as a day count, so comparisons and month arithmetic are integer operations.

use std::fmt;

/// A civil (proleptic Gregorian) date, stored as days since 1970-01-01.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Date(pub i32);

impl Date {
    /// A sentinel later than every real date: used for "still running" (empty `einddatum`).
    pub const OPEN: Date = Date(i32::MAX);

    /// Builds a date from year, month (1–12) and day; `None` when the day does not exist.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Date(days_from_civil(y, m, d)))
    }

    /// Year, month (1–12) and day of this date.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// A month index (year·12 + month − 1) for monthly bucketing.
    pub fn month_index(self) -> i32 {
        let (y, m, _) = self.ymd();
        y * 12 + m as i32 - 1
    }

    /// The first day of a month index.
    pub fn from_month_index(mi: i32) -> Date {
        let y = mi.div_euclid(12);
        let m = mi.rem_euclid(12) as u32 + 1;
        Date(days_from_civil(y, m, 1))
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Date {
        let (y, m, _) = self.ymd();
        Date(days_from_civil(y, m, days_in_month(y, m)))
    }

    /// True for the [`Date::OPEN`] sentinel.
    pub fn is_open(self) -> bool {
        self == Date::OPEN
    }
}

impl fmt::Display for Date {
    /// Dutch notation `dd-mm-jjjj`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_open() {
            return f.write_str("lopend");
        }
        let (y, m, d) = self.ymd();
        write!(f, "{d:02}-{m:02}-{y:04}")
    }
}

/// Whether `y` is a Gregorian leap year.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in month `m` (1–12) of year `y`.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_known_values() {
        assert_eq!(Date::from_ymd(1970, 1, 1), Some(Date(0)));
        // Excel serial 45565 = 30-09-2024 (serial − 25569 days from the Unix epoch).
        assert_eq!(Date::from_ymd(2024, 9, 30), Some(Date(45565 - 25569)));
        for z in -800_000..800_000 {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(Date::from_ymd(y, m, d), Some(Date(z)));
        }
        assert_eq!(Date::from_ymd(2023, 2, 29), None);
        assert_eq!(
            Date::from_ymd(2024, 2, 29).unwrap().to_string(),
            "29-02-2024"
        );
    }

    #[test]
    fn month_helpers() {
        let d = Date::from_ymd(2024, 2, 10).unwrap();
        assert_eq!(d.month_end().to_string(), "29-02-2024");
        assert_eq!(
            Date::from_month_index(d.month_index()).to_string(),
            "01-02-2024"
        );
    }
}
