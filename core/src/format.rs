//! Numbers, money and dates as the interface language writes them, and as Dutch Excel
//! reads them in exports.
//!
//! | what | Dutch | English |
//! |---|---|---|
//! | [`int`] | `5.687` | `5,687` |
//! | [`dec`] | `1.234,5` | `1,234.5` |
//! | [`pct`] | `21,29%` | `21.29%` |
//! | [`eur`] | `€ 18.034` | `€18,034` |
//! | [`eur_mln`] | `€ 1,61 mln`, `−€ 0,99 mln` | `€1.61 m`, `−€0.99 m` |
//! | [`signed_eur_mln`] | `+€ 0,99 mln` | `+€0.99 m` |
//! | [`date`] | `30-09-2024` | `30 Sep 2024` |
//!
//! Exports (CSV for Dutch Excel) use [`nl`] in both languages. Typed numbers are read back
//! with [`parse_number`], which follows the language too.

use crate::date::Date;
use crate::lang::Lang;

/// Thousands and decimal separators of a language.
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    }
}

fn group(n: u64, sep: char, out: &mut String) {
    let digits = n.to_string();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
}

/// An integer with thousands separators: `5.687` / `5,687`; `-1.000` / `-1,000`.
pub fn int(lang: Lang, n: i64) -> String {
    let (thousands, _) = separators(lang);
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    group(n.unsigned_abs(), thousands, &mut out);
    out
}

/// A number with `decimals` decimals: `(1234.5, 1)` → `1.234,5` / `1,234.5`. Non-finite
/// values give `–`; a value that rounds to zero has no minus sign.
pub fn dec(lang: Lang, x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let (thousands, point) = separators(lang);
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
    group(int_part.parse::<u64>().unwrap_or(0), thousands, &mut out);
    if let Some(f) = frac {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// A percentage: `(21.29, 2)` → `21,29%` / `21.29%`.
pub fn pct(lang: Lang, x: f64, decimals: usize) -> String {
    format!("{}%", dec(lang, x, decimals))
}

/// The typographic minus sign (U+2212) that signed amounts and changes are written with.
pub const MINUS: char = '\u{2212}';

/// An amount of money: the sign before the euro sign (`−€ 0,99 mln`, `+€ 0,99 mln`), the
/// digits after it. `plus` puts a `+` before a positive amount that shows a non-zero digit.
fn money(lang: Lang, x: f64, decimals: usize, plus: bool, unit: (&str, &str)) -> String {
    let digits = dec(lang, x.abs(), decimals);
    let shows_digit = digits.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = match () {
        _ if !x.is_finite() || !shows_digit => "",
        _ if x < 0.0 => "\u{2212}",
        _ if plus && x > 0.0 => "+",
        _ => "",
    };
    match lang {
        Lang::Nl => format!("{sign}€ {digits}{}", unit.0),
        Lang::En => format!("{sign}€{digits}{}", unit.1),
    }
}

/// Millions of euros: `(1.61, 2)` → `€ 1,61 mln` / `€1.61 m`; a negative amount with a
/// true minus before the euro sign: `(-0.99, 2)` → `−€ 0,99 mln` / `−€0.99 m`.
pub fn eur_mln(lang: Lang, x: f64, decimals: usize) -> String {
    money(lang, x, decimals, false, (" mln", " m"))
}

/// A change in millions of euros, always with its sign: `(0.99, 2)` → `+€ 0,99 mln` /
/// `+€0.99 m`, `(-0.99, 2)` → `−€ 0,99 mln`; no sign when it rounds to zero.
pub fn signed_eur_mln(lang: Lang, x: f64, decimals: usize) -> String {
    money(lang, x, decimals, true, (" mln", " m"))
}

/// Whole euros: `18034.4` → `€ 18.034` / `€18,034`; `-500` → `−€ 500` / `−€500`.
pub fn eur(lang: Lang, x: f64) -> String {
    money(lang, x, 0, false, ("", ""))
}

/// A change in whole euros with its sign: `+€ 500`, `−€ 500`.
pub fn signed_eur(lang: Lang, x: f64) -> String {
    money(lang, x, 0, true, ("", ""))
}

/// A date: `30-09-2024` / `30 Sep 2024`; an open end date is `lopend` / `running`.
pub fn date(lang: Lang, d: Date) -> String {
    if d.is_open() {
        // A notation of the language, like `mln` / `m`: kept here so that `format` stays
        // below the message catalogue (which formats its arguments with this module).
        return match lang {
            Lang::Nl => "lopend",
            Lang::En => "running",
        }
        .to_string();
    }
    match lang {
        Lang::Nl => d.to_string(),
        Lang::En => {
            const NAMES: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let (y, m, day) = d.ymd();
            format!("{day} {} {y:04}", NAMES[m as usize - 1])
        }
    }
}

/// Reads a number as a user types it in this language. Dutch: `19.000` is nineteen
/// thousand and `1.234,5` is 1234.5; English: `19,000` is nineteen thousand and
/// `1,234.5` is 1234.5. A lone decimal separator of the other language is accepted when it
/// cannot be a thousands separator (`1.5` in Dutch, `1,5` in English: not followed by
/// exactly three digits). Spaces, `€` and `%` are ignored. `None` when it is no number.
pub fn parse_number(lang: Lang, s: &str) -> Option<f64> {
    let (thousands, point) = separators(lang);
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '€' | '%' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let has_point = cleaned.contains(point);
    let n_thousands = cleaned.matches(thousands).count();
    let normal: String = if has_point || n_thousands != 1 || is_grouped(&cleaned, thousands) {
        // Thousands separators must sit between groups of three digits.
        if n_thousands > 0 && !is_grouped(cleaned.split(point).next()?, thousands) {
            return None;
        }
        cleaned
            .chars()
            .filter(|&c| c != thousands)
            .map(|c| if c == point { '.' } else { c })
            .collect()
    } else {
        // One separator of the other language, not followed by three digits: a decimal.
        cleaned
            .chars()
            .map(|c| if c == thousands { '.' } else { c })
            .collect()
    };
    if normal.matches('.').count() > 1 {
        return None;
    }
    normal.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// Whether `s` (an integer part) is grouped by threes with `sep` (`1.234.567`, `-12.000`).
fn is_grouped(s: &str, sep: char) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let mut parts = s.split(sep);
    let Some(first) = parts.next() else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && rest
            .iter()
            .all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Decimals needed to write `v` (at most 4): 104,6 → 1; 5.687 → 0.
pub fn decimals(v: f64) -> i32 {
    for d in 0..4 {
        let f = 10f64.powi(d);
        if ((v * f).round() - v * f).abs() < 1e-6 {
            return d;
        }
    }
    4
}

/// A formatted number with its sign, for a change: `formatted` (how [`int`], [`dec`] or
/// [`pct`] write `x`) with a `+` in front when `x` is positive and the text shows a non-zero
/// digit, and its leading `-` written as the true minus `−` (U+2212): `+64`, `+0,65`,
/// `−0,20`, `−1,5%`, and `0,00` for a value that rounds to zero. Pure: no language.
pub fn signed(x: f64, formatted: String) -> String {
    if let Some(rest) = formatted.strip_prefix('-') {
        format!("{MINUS}{rest}")
    } else if x > 0.0 && formatted.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{formatted}")
    } else {
        formatted
    }
}

/// Dutch formatting in both languages: for CSV exports that Dutch Excel reads.
pub mod nl {
    use crate::lang::Lang;

    /// `5687` → `5.687`.
    pub fn int(n: i64) -> String {
        super::int(Lang::Nl, n)
    }

    /// `(1234.5, 1)` → `1.234,5`.
    pub fn dec(x: f64, decimals: usize) -> String {
        super::dec(Lang::Nl, x, decimals)
    }

    /// `(21.29, 2)` → `21,29%`.
    pub fn pct(x: f64, decimals: usize) -> String {
        super::pct(Lang::Nl, x, decimals)
    }

    /// `(1.61, 2)` → `€ 1,61 mln`.
    pub fn eur_mln(x: f64, decimals: usize) -> String {
        super::eur_mln(Lang::Nl, x, decimals)
    }

    /// `18034.4` → `€ 18.034`.
    pub fn eur(x: f64) -> String {
        super::eur(Lang::Nl, x)
    }

    /// `(-0.99, 2)` → `−€ 0,99 mln`, `(0.99, 2)` → `+€ 0,99 mln`.
    pub fn signed_eur_mln(x: f64, decimals: usize) -> String {
        super::signed_eur_mln(Lang::Nl, x, decimals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_numbers() {
        assert_eq!(signed(64.0, nl::int(64)), "+64");
        assert_eq!(signed(0.65, nl::dec(0.65, 2)), "+0,65");
        assert_eq!(signed(-0.2, nl::dec(-0.2, 2)), "−0,20");
        assert_eq!(signed(-1.5, nl::pct(-1.5, 1)), "−1,5%");
        assert_eq!(signed(-0.001, nl::dec(-0.001, 2)), "0,00");
        assert_eq!(signed(0.001, nl::dec(0.001, 2)), "0,00");
        assert_eq!(signed(1234.5, dec(Lang::En, 1234.5, 1)), "+1,234.5");
    }

    #[test]
    fn dutch_numbers() {
        assert_eq!(nl::int(5687), "5.687");
        assert_eq!(nl::int(28467), "28.467");
        assert_eq!(nl::int(999), "999");
        assert_eq!(nl::int(-1000), "-1.000");
        assert_eq!(nl::int(1_000_000), "1.000.000");
        assert_eq!(nl::dec(1234.5, 1), "1.234,5");
        assert_eq!(nl::dec(-0.001, 2), "0,00");
        assert_eq!(nl::pct(21.29, 2), "21,29%");
        assert_eq!(nl::eur_mln(1.61, 2), "€ 1,61 mln");
        assert_eq!(nl::eur(18034.4), "€ 18.034");
        assert_eq!(nl::dec(f64::NAN, 1), "–");
    }

    #[test]
    fn signed_money_has_a_true_minus_before_the_euro_sign() {
        let en = Lang::En;
        assert_eq!(nl::eur_mln(-0.99, 2), "\u{2212}€ 0,99 mln");
        assert_eq!(nl::signed_eur_mln(-0.99, 2), "−€ 0,99 mln");
        assert_eq!(nl::signed_eur_mln(0.99, 2), "+€ 0,99 mln");
        assert_eq!(nl::signed_eur_mln(0.001, 2), "€ 0,00 mln");
        assert_eq!(nl::signed_eur_mln(-0.001, 2), "€ 0,00 mln");
        assert_eq!(nl::eur_mln(-2.18, 2), "−€ 2,18 mln");
        assert_eq!(nl::eur(-18034.4), "−€ 18.034");
        assert_eq!(signed_eur(Lang::Nl, 500.0), "+€ 500");
        assert_eq!(eur_mln(en, -0.99, 2), "−€0.99 m");
        assert_eq!(signed_eur_mln(en, 0.99, 2), "+€0.99 m");
        assert_eq!(signed_eur_mln(en, -1234.5, 1), "−€1,234.5 m");
        assert_eq!(eur(en, -18034.4), "−€18,034");
        assert_eq!(signed_eur(en, -500.0), "−€500");
        // No ASCII hyphen-minus anywhere in money.
        for x in [-1e6, -1.0, -0.5, 0.0, 0.5] {
            assert!(!eur(Lang::Nl, x).contains('-'), "{x}");
            assert!(!signed_eur_mln(en, x, 2).contains('-'), "{x}");
        }
    }

    #[test]
    fn english_numbers() {
        let en = Lang::En;
        assert_eq!(int(en, 5687), "5,687");
        assert_eq!(int(en, -1000), "-1,000");
        assert_eq!(int(en, 1_000_000), "1,000,000");
        assert_eq!(dec(en, 1234.5, 1), "1,234.5");
        assert_eq!(dec(en, -0.001, 2), "0.00");
        assert_eq!(pct(en, 21.29, 2), "21.29%");
        assert_eq!(eur_mln(en, 1.61, 2), "€1.61 m");
        assert_eq!(eur(en, 18034.4), "€18,034");
    }

    #[test]
    fn dates_follow_the_language() {
        let d = Date::from_ymd(2024, 9, 30).unwrap();
        assert_eq!(date(Lang::Nl, d), "30-09-2024");
        assert_eq!(date(Lang::En, d), "30 Sep 2024");
        assert_eq!(date(Lang::En, Date::OPEN), "running");
    }

    #[test]
    fn typed_numbers_follow_the_language() {
        let (nl, en) = (Lang::Nl, Lang::En);
        assert_eq!(parse_number(en, "19,000"), Some(19000.0));
        assert_eq!(parse_number(en, "1,234.5"), Some(1234.5));
        assert_eq!(parse_number(en, "1.5"), Some(1.5));
        assert_eq!(parse_number(en, "1,5"), Some(1.5));
        assert_eq!(parse_number(en, "-2,000,000"), Some(-2_000_000.0));
        assert_eq!(parse_number(nl, "19.000"), Some(19000.0));
        assert_eq!(parse_number(nl, "1.234,5"), Some(1234.5));
        assert_eq!(parse_number(nl, "1,5"), Some(1.5));
        assert_eq!(parse_number(nl, "1.5"), Some(1.5));
        assert_eq!(parse_number(nl, "€ 18.034"), Some(18034.0));
        assert_eq!(parse_number(nl, "−0,5"), Some(-0.5));
        assert_eq!(parse_number(nl, "22%"), Some(22.0));
        assert_eq!(parse_number(nl, ""), None);
        assert_eq!(parse_number(nl, "abc"), None);
        assert_eq!(parse_number(nl, "1,2,3"), None);
        assert_eq!(parse_number(en, "1.2.3"), None);
        assert_eq!(parse_number(nl, "12.34,5"), None);
    }

    #[test]
    fn formatted_numbers_read_back() {
        for lang in [Lang::Nl, Lang::En] {
            for x in [0.0, 1.5, -2.25, 999.0, 1000.0, 12345.75, -1_234_567.5] {
                assert_eq!(
                    parse_number(lang, &dec(lang, x, 2)),
                    Some(x),
                    "{lang:?} {x}"
                );
            }
        }
    }
}
