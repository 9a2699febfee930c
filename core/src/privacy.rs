//! Privacy rules: BSN detection (DATA-MODEL §5) and small-cell suppression.

/// Whether a string is a 9-digit number that passes the 11-proef used for BSNs.
///
/// The check: `9·d1 + 8·d2 + … + 2·d8 − 1·d9` is divisible by 11 (and not all zeros).
pub fn is_bsn_like(s: &str) -> bool {
    let b = s.trim().as_bytes();
    if b.len() != 9 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<i32> = b.iter().map(|c| (c - b'0') as i32).collect();
    if d.iter().all(|&x| x == 0) {
        return false;
    }
    let sum: i32 = (0..8).map(|i| (9 - i as i32) * d[i]).sum::<i32>() - d[8];
    sum % 11 == 0
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
}
