//! Privacy rules for loading: BSN detection (DATA-MODEL §5), so a file with BSNs is refused.
//! Small-cell suppression of the figures shown is in [`crate::suppress`].

/// Whether a string is a 9-digit number that passes the 11-proef used for BSNs.
///
/// The check: `9·d1 + 8·d2 + … + 2·d8 − 1·d9` is divisible by 11 (and not all zeros).
pub fn is_bsn_like(s: &str) -> bool {
    let b = s.trim().as_bytes();
    b.len() == 9 && elfproef(b)
}

/// The 11-proef on 8 or 9 ASCII digits; 8 digits are read with a leading zero, because
/// Excel drops it (`012345672` becomes `12345672`). All zeros never pass.
fn elfproef(b: &[u8]) -> bool {
    if !(8..=9).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let path = 9 - b.len();
    let mut sum = 0i32;
    let mut any = false;
    for (i, c) in b.iter().enumerate() {
        let d = (c - b'0') as i32;
        any |= d != 0;
        let pos = i + path; // 0-based position in the 9-digit number
        sum += if pos == 8 { -d } else { (9 - pos as i32) * d };
    }
    any && sum % 11 == 0
}

/// Accumulates the values of one column to decide whether it holds BSNs (DATA-MODEL §5).
///
/// Only whole cells of 8 or 9 digits count (8 digits: Excel dropped a leading zero).
/// A random 9-digit number passes the 11-proef with probability ≈ 1/11, so one passing
/// value proves nothing. The column is refused when at least [`BsnScan::MIN_PASSING`]
/// values pass and they are at least 80% of its 8/9-digit values. For a column of random
/// 9-digit pseudonyms the chance of a false refusal is then below 1% for 2 values,
/// below 0.1% for 3, and vanishes as the column grows; a real BSN column passes ~100%.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BsnScan {
    /// Cells of exactly 8 or 9 ASCII digits.
    pub candidates: u32,
    /// Of those, the ones that pass the 11-proef.
    pub passing: u32,
}

impl BsnScan {
    /// Passing values needed before a column is refused.
    pub const MIN_PASSING: u32 = 2;

    /// Looks at one (trimmed) cell.
    #[inline]
    pub fn observe(&mut self, cell: &[u8]) {
        if (8..=9).contains(&cell.len()) && cell.iter().all(u8::is_ascii_digit) {
            self.candidates += 1;
            self.passing += elfproef(cell) as u32;
        }
    }

    /// Whether the column looks like a BSN column.
    pub fn is_bsn_column(&self) -> bool {
        self.passing >= Self::MIN_PASSING && self.passing as u64 * 5 >= self.candidates as u64 * 4
    }
}

/// Whether a header names a BSN-like column (`bsn`, `burgerservicenummer`, `sofi…`).
pub fn is_bsn_header(normalized: &str) -> bool {
    let n = normalized.replace(['_', ' ', '-'], "");
    n == "bsn" || n.contains("burgerservice") || n.starts_with("sofi") || n.contains("bsn")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elfproef() {
        // 111222333: 9+8+7+12+10+8+9+6 − 3 = 66 = 6·11.
        assert!(is_bsn_like("111222333"));
        assert!(is_bsn_like("123456782"));
        assert!(!is_bsn_like("123456789"));
        assert!(!is_bsn_like("12345678"));
        assert!(!is_bsn_like("000000000"));
        assert!(!is_bsn_like("U00012345"));
        assert!(is_bsn_header("bsn"));
        assert!(is_bsn_header("burgerservicenummer"));
        assert!(is_bsn_header("bsn_nummer"));
        assert!(!is_bsn_header("uitkering_id"));
    }

    #[test]
    fn bsn_scan_needs_a_majority_of_passing_values() {
        let mut scan = BsnScan::default();
        scan.observe(b"111222333");
        assert!(!scan.is_bsn_column(), "one passing value proves nothing");
        scan.observe(b"12345672"); // 012345672 with the leading zero dropped
        assert!(scan.is_bsn_column());
        for _ in 0..3 {
            scan.observe(b"123456789"); // fails the 11-proef
        }
        assert!(
            !scan.is_bsn_column(),
            "2 of 5 passing is what random ids do"
        );
        let mut ids = BsnScan::default();
        for v in [b"U00012345".as_slice(), b"12345", b"1234567890"] {
            ids.observe(v);
        }
        assert_eq!(ids.candidates, 0);
    }
}
