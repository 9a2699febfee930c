//! Dutch number and date formatting for display and export (`5.687`, `21,29%`, `€ 1,61 mln`).

/// Formats an integer with a thousands dot: `5687` → `"5.687"`, `-1000` → `"-1.000"`.
pub fn int(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Formats a number with `decimals` decimals, decimal comma and thousands dot:
/// `(1234.5, 1)` → `"1.234,5"`. Non-finite values give `"–"`.
pub fn dec(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let s = format!("{:.*}", decimals, x.abs());
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s.as_str(), None),
    };
    let mut out = String::new();
    let is_zero = s.bytes().all(|b| b == b'0' || b == b'.');
    if x < 0.0 && !is_zero {
        out.push('-');
    }
    out.push_str(&int(int_part.parse::<i64>().unwrap_or(0)));
    if let Some(f) = frac {
        out.push(',');
        out.push_str(f);
    }
    out
}

/// A percentage: `(21.29, 2)` → `"21,29%"`.
pub fn pct(x: f64, decimals: usize) -> String {
    format!("{}%", dec(x, decimals))
}

/// Millions of euros: `(1.61, 2)` → `"€ 1,61 mln"`.
pub fn eur_mln(x: f64, decimals: usize) -> String {
    format!("€ {} mln", dec(x, decimals))
}

/// Whole euros: `18034.4` → `"€ 18.034"`.
pub fn eur(x: f64) -> String {
    format!("€ {}", dec(x, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers() {
        assert_eq!(int(5687), "5.687");
        assert_eq!(int(28467), "28.467");
        assert_eq!(int(999), "999");
        assert_eq!(int(-1000), "-1.000");
        assert_eq!(int(1_000_000), "1.000.000");
        assert_eq!(dec(1234.5, 1), "1.234,5");
        assert_eq!(dec(-0.001, 2), "0,00");
        assert_eq!(pct(21.29, 2), "21,29%");
        assert_eq!(eur_mln(1.61, 2), "€ 1,61 mln");
        assert_eq!(eur(18034.4), "€ 18.034");
        assert_eq!(dec(f64::NAN, 1), "–");
    }
}
