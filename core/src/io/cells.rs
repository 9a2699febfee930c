//! Reading single cells written the Dutch way (DATA-MODEL §4.3–4.5): numbers, dates,
//! booleans and municipality codes.
//!
//! Every function takes a trimmed `&str` and allocates nothing; `None` means "not a
//! valid value" and the caller turns it into a located [`super::LoadError`].

use super::DecimalStyle;
use crate::date::Date;
use crate::model::{Flag, Value};

// ---------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------

/// A number cell after reading: the value and the markers that were stripped from it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Number {
    /// The value (a number, suppressed or missing).
    pub value: Value,
    /// A `%` sign was present (`21,29%` is stored as 21.29).
    pub percent: bool,
    /// A `mln`/`miljoen` suffix was present (the value is in millions).
    pub million: bool,
    /// A currency marker (`€`, `EUR`) was present.
    pub currency: bool,
}

/// Markers for a missing value (DATA-MODEL §4.3), compared case-insensitively.
/// `.` and `..` are how CBS marks missing values.
const MISSING: &[&str] = &[
    "", "-", "–", "—", "n.v.t.", "n.v.t", "nvt", "onb.", "onb", "x", ".", "..", "?",
];

/// Whether a cell is one of the missing-value markers (`-`, `n.v.t.`, `x`, …).
pub(crate) fn is_missing_marker(s: &str) -> bool {
    MISSING.iter().any(|m| m.eq_ignore_ascii_case(s))
}

/// Whether a cell marks a suppressed small number: `*`, `<10`, `< 5`, …
pub(crate) fn is_suppressed_marker(s: &str) -> bool {
    if s == "*" {
        return true;
    }
    match s.strip_prefix('<') {
        Some(rest) => {
            let rest = rest.trim();
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// Reads a number in the given decimal style. Accepts thousands separators (dot,
/// comma, space, NBSP), `€`/`EUR`, `mln`/`miljoen`, `%`, negatives written `-1.000`,
/// `−1.000` (U+2212) or `(1.000)`, and the missing/suppressed markers.
pub(crate) fn parse_number(s: &str, style: DecimalStyle) -> Option<Number> {
    let s = s.trim();
    let mut n = Number {
        value: Value::Missing,
        percent: false,
        million: false,
        currency: false,
    };
    if is_missing_marker(s) {
        return Some(n);
    }
    if is_suppressed_marker(s) {
        n.value = Value::Suppressed;
        return Some(n);
    }
    let mut rest = s;
    let mut negative = false;
    let mut parens = false;
    // Peel signs, brackets and unit markers from both ends until only the digits remain.
    loop {
        let before = rest.len();
        rest = rest.trim();
        if let Some(r) = rest.strip_prefix(['-', '\u{2212}', '\u{2013}']) {
            if negative {
                return None;
            }
            negative = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix('(') {
            let r = r.strip_suffix(')')?;
            if parens || negative {
                return None;
            }
            parens = true;
            negative = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix('+') {
            rest = r;
        } else if let Some(r) = rest
            .strip_prefix('€')
            .or_else(|| strip_prefix_ci(rest, "eur"))
        {
            n.currency = true;
            rest = r;
        } else if let Some(r) = rest.strip_suffix('%') {
            n.percent = true;
            rest = r;
        } else if let Some(r) = rest
            .strip_suffix('€')
            .or_else(|| strip_suffix_ci(rest, "eur"))
        {
            n.currency = true;
            rest = r;
        } else if let Some(r) = strip_suffix_ci(rest, "miljoen")
            .or_else(|| strip_suffix_ci(rest, "mln."))
            .or_else(|| strip_suffix_ci(rest, "mln"))
        {
            n.million = true;
            rest = r;
        }
        if rest.len() == before {
            break;
        }
    }
    let v = parse_plain(rest, style)?;
    n.value = Value::Number(if negative { -v } else { v });
    Some(n)
}

fn strip_prefix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let head = s.get(..p.len())?;
    head.eq_ignore_ascii_case(p).then(|| &s[p.len()..])
}

fn strip_suffix_ci<'a>(s: &'a str, p: &str) -> Option<&'a str> {
    let at = s.len().checked_sub(p.len())?;
    let tail = s.get(at..)?;
    tail.eq_ignore_ascii_case(p).then(|| &s[..at])
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\u{202f}'
}

/// Digits with thousands separators and at most one decimal separator.
fn parse_plain(s: &str, style: DecimalStyle) -> Option<f64> {
    let (dec, group) = match style {
        DecimalStyle::Comma => (',', '.'),
        DecimalStyle::Point => ('.', ','),
    };
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return None;
    }
    if !s.starts_with(|c: char| c.is_ascii_digit() || c == dec) {
        return None;
    }
    let n_dec = s.matches(dec).count();
    let n_group = s.matches(group).count();
    // "1.14" in a comma file or "1,5" in a point file: one separator that cannot be
    // thousands grouping is read as the decimal separator (lenient).
    if n_dec == 0 && n_group == 1 && !valid_grouping(s, group) {
        return assemble(s, group);
    }
    if n_dec > 1 {
        return None;
    }
    let int_part = match s.find(dec) {
        Some(i) => &s[..i],
        None => s,
    };
    if !int_part.is_empty() && !valid_grouping(int_part, group) {
        return None;
    }
    assemble(s, dec)
}

/// `1.234.567` / `1 234` / `1234`: the first group has 1–3 digits, every next one 3.
fn valid_grouping(int_part: &str, group: char) -> bool {
    let mut groups = int_part.split(|c: char| c == group || is_space(c));
    let first = groups.next().unwrap_or("");
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut grouped = false;
    for g in groups {
        grouped = true;
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    !grouped || first.len() <= 3
}

/// Builds the number from its digits, with `dec` as the decimal separator; every other
/// separator is dropped.
fn assemble(s: &str, dec: char) -> Option<f64> {
    let mut buf = [0u8; 64];
    let mut len = 0;
    let mut frac_digits = 0;
    let mut seen_dec = false;
    for c in s.chars() {
        let b = if c.is_ascii_digit() {
            if seen_dec {
                frac_digits += 1;
            }
            c as u8
        } else if c == dec {
            seen_dec = true;
            b'.'
        } else {
            continue;
        };
        *buf.get_mut(len)? = b;
        len += 1;
    }
    if seen_dec && frac_digits == 0 {
        return None;
    }
    std::str::from_utf8(&buf[..len]).ok()?.parse::<f64>().ok()
}

/// Votes on a column's decimal style from its values (DATA-MODEL §4.3): `1,14` says
/// comma, `35.0` says point, `5.687` or `1,204` (a 3-digit group) is ambiguous and
/// leaves the default, which follows the separator (`;` → comma).
pub(crate) fn detect_decimal<'a>(
    values: impl Iterator<Item = &'a str>,
    default: DecimalStyle,
) -> DecimalStyle {
    let (mut comma, mut point) = (0usize, 0usize);
    for v in values {
        let core: &str = v.trim_matches(|c: char| !c.is_ascii_digit() && c != '.' && c != ',');
        let (c, p) = (core.rfind(','), core.rfind('.'));
        match (c, p) {
            (Some(c), Some(p)) => {
                if c > p {
                    comma += 1
                } else {
                    point += 1
                }
            }
            (Some(_), None) if !is_thousands_like(core, ',') => comma += 1,
            (None, Some(_)) if !is_thousands_like(core, '.') => point += 1,
            _ => {}
        }
    }
    match (comma, point) {
        (0, 0) => default,
        (c, p) if c > p => DecimalStyle::Comma,
        (c, p) if p > c => DecimalStyle::Point,
        _ => default,
    }
}

/// `^\d{1,3}(sep\d{3})+$`
fn is_thousands_like(s: &str, sep: char) -> bool {
    s.contains(sep) && valid_grouping(s, sep) && !s.contains(is_space)
}

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

/// How precisely a date cell was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Precision {
    /// A day: `30-09-2024`.
    Day,
    /// A month: `09-2024`, `2024-09`, `sep-24`.
    Month,
    /// A quarter: `2024-Q3`, `kwartaal 3 2024`.
    Quarter,
    /// A year: `2024`.
    Year,
}

/// A date cell after reading: the first and last day of what it denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateCell {
    /// First day (used for start dates and for episodes).
    pub first: Date,
    /// Last day (used for `periode_tot` written with month/quarter/year precision).
    pub last: Date,
    /// How precisely the cell was written.
    pub precision: Precision,
    /// The year of `first` (kept to spare a calendar conversion on the hot path).
    pub year: i32,
}

const MAX_TOKENS: usize = 4;

/// Reads a date (DATA-MODEL §4.4). Day-first unless `month_first`; two-digit years
/// pivot to 2000–2079 / 1980–1999; Excel serial numbers (1900 system) are accepted.
/// Returns `None` for anything else, including impossible days such as `31-02-2024`.
pub(crate) fn parse_date(s: &str, month_first: bool) -> Option<DateCell> {
    let mut s = s.trim();
    if let Some(fast) = ten_char_date(s.as_bytes(), month_first) {
        return fast;
    }
    if let Some(range) = quarter_range(s) {
        return Some(range);
    }
    // Drop a time part: "30-09-2024 00:00", "2024-09-30T00:00:00".
    if let Some(colon) = s.find(':') {
        let cut = s[..colon].rfind([' ', 'T'])?;
        s = s[..cut].trim_end();
    }
    if let Some(d) = excel_serial(s) {
        return Some(day(d));
    }
    let mut tokens = [""; MAX_TOKENS];
    let mut n = 0;
    for t in s
        .split(['-', '/', '.', ' ', ',', '\u{a0}'])
        .filter(|t| !t.is_empty())
    {
        if n == MAX_TOKENS {
            return None;
        }
        tokens[n] = t;
        n += 1;
    }
    let t = &tokens[..n];
    if let Some(q) = quarter(t) {
        return Some(q);
    }
    match *t {
        [a] if a.len() == 4 => year_cell(num(a)? as i32),
        [a] if a.len() == 8 && is_digits(a) => {
            // 20240930 (ISO basic)
            let y = year4(&a[..4])?;
            let d = Date::from_ymd(y, num(&a[4..6])?, num(&a[6..])?)?;
            Some(day(d))
        }
        [a, b] => {
            let (y, m) = if a.len() == 4 && is_digits(a) {
                (year4(a)?, month(b)?)
            } else if is_digits(a) {
                // mm-jjjj; a two-digit year after a numeric month is refused (09-24 could be a day and a month).
                if a.len() > 2 {
                    return None;
                }
                (year4(b)?, num(a)?)
            } else {
                (year(b)?, month_name(a)?)
            };
            month_cell(y, m)
        }
        [a, b, c] => {
            let (y, m, d) = if a.len() == 4 && is_digits(a) {
                (year4(a)?, month(b)?, num(c)?)
            } else {
                if a.len() > 2 || !is_digits(a) {
                    return None;
                }
                let y = year(c)?;
                if month_first && is_digits(b) {
                    (y, num(a)?, num(b)?)
                } else {
                    (y, month(b)?, num(a)?)
                }
            };
            Date::from_ymd(y, m, d).map(|date| day_in(y, date))
        }
        _ => None,
    }
}

/// Fast path for the common 10-character forms `dd-mm-jjjj` (also `/`, `.`) and ISO
/// `jjjj-mm-dd`; `None` when `b` has neither shape (the general parser decides then).
#[inline]
fn ten_char_date(b: &[u8], month_first: bool) -> Option<Option<DateCell>> {
    let b: &[u8; 10] = b.try_into().ok()?;
    // Each digit's value; a byte that is no digit gives 10 or more (wrapping), and the
    // maximum of them tells without a branch per digit.
    let v = b.map(|c| c.wrapping_sub(b'0'));
    let (y, m, d) = if matches!(b[2], b'-' | b'/' | b'.') && b[5] == b[2] {
        if v[0]
            .max(v[1])
            .max(v[3])
            .max(v[4])
            .max(v[6])
            .max(v[7])
            .max(v[8])
            .max(v[9])
            > 9
        {
            return None;
        }
        let a = u32::from(v[0]) * 10 + u32::from(v[1]);
        let c = u32::from(v[3]) * 10 + u32::from(v[4]);
        let y =
            u32::from(v[6]) * 1000 + u32::from(v[7]) * 100 + u32::from(v[8]) * 10 + u32::from(v[9]);
        if month_first {
            (y, a, c)
        } else {
            (y, c, a)
        }
    } else if b[4] == b'-' && b[7] == b'-' {
        if v[0]
            .max(v[1])
            .max(v[2])
            .max(v[3])
            .max(v[5])
            .max(v[6])
            .max(v[8])
            .max(v[9])
            > 9
        {
            return None;
        }
        (
            u32::from(v[0]) * 1000 + u32::from(v[1]) * 100 + u32::from(v[2]) * 10 + u32::from(v[3]),
            u32::from(v[5]) * 10 + u32::from(v[6]),
            u32::from(v[8]) * 10 + u32::from(v[9]),
        )
    } else {
        return None;
    };
    Some(civil_day(y, m, d).map(|date| day_in(y as i32, date)))
}

/// First year of [`YEAR_START`].
const TABLE_FIRST_YEAR: u32 = 1900;
/// Years in [`YEAR_START`] (1900–2100, plus 2101 as an end marker).
const TABLE_YEARS: usize = 202;

/// Days from 1970-01-01 to 1 January of each year 1900–2101, computed at compile time,
/// so the hot path needs no division (at `opt-level = "z"` divisions stay real `div`s).
const YEAR_START: [i32; TABLE_YEARS] = {
    let mut t = [0i32; TABLE_YEARS];
    let mut i = 0;
    let mut days = -25_567; // 1900-01-01
    while i < TABLE_YEARS {
        t[i] = days;
        let y = TABLE_FIRST_YEAR as i32 + i as i32;
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        days += if leap { 366 } else { 365 };
        i += 1;
    }
    t
};

/// Days before each month in a common year.
const MONTH_START: [i32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// The date `y-m-d` for years 1900–2100 by table lookup; `None` when it does not exist.
#[inline]
fn civil_day(y: u32, m: u32, d: u32) -> Option<Date> {
    let i = y.checked_sub(TABLE_FIRST_YEAR)? as usize;
    let (&start, &next) = (YEAR_START.get(i)?, YEAR_START.get(i + 1)?);
    if !(1..=12).contains(&m) || d == 0 {
        return None;
    }
    let leap = next - start == 366;
    let month_len = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if d > month_len {
        return None;
    }
    let leap_day = i32::from(leap && m > 2);
    Some(Date(
        start + MONTH_START[m as usize - 1] + leap_day + d as i32 - 1,
    ))
}

/// [`parse_date`] on a trimmed cell's bytes, with the common forms read without
/// building a `&str`.
#[inline]
pub(crate) fn parse_date_bytes(b: &[u8], month_first: bool) -> Option<DateCell> {
    match ten_char_date(b, month_first) {
        Some(fast) => fast,
        None => parse_date(std::str::from_utf8(b).ok()?, month_first),
    }
}

fn day(d: Date) -> DateCell {
    day_in(d.year(), d)
}

fn day_in(year: i32, d: Date) -> DateCell {
    DateCell {
        first: d,
        last: d,
        precision: Precision::Day,
        year,
    }
}

fn month_cell(y: i32, m: u32) -> Option<DateCell> {
    let first = Date::from_ymd(y, m, 1)?;
    Some(DateCell {
        first,
        last: first.month_end(),
        precision: Precision::Month,
        year: y,
    })
}

fn year_cell(y: i32) -> Option<DateCell> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    Some(DateCell {
        first: Date::from_ymd(y, 1, 1)?,
        last: Date::from_ymd(y, 12, 31)?,
        precision: Precision::Year,
        year: y,
    })
}

/// `2024-Q3`, `Q3 2024`, `Q3-2024`, `2024 K3`, `kwartaal 3 2024`, `3e kwartaal 2024`.
fn quarter(t: &[&str]) -> Option<DateCell> {
    let q_token = |s: &str| -> Option<u32> {
        let b = s.as_bytes();
        if b.len() == 2 && matches!(b[0], b'q' | b'Q' | b'k' | b'K') {
            let q = (b[1] as char).to_digit(10)?;
            return (1..=4).contains(&q).then_some(q);
        }
        None
    };
    let is_kw = |s: &str| s.eq_ignore_ascii_case("kwartaal") || s.eq_ignore_ascii_case("kw");
    let ordinal = |s: &str| -> Option<u32> {
        let s = s.strip_suffix(['e', 'E']).unwrap_or(s);
        let q = num(s)?;
        (1..=4).contains(&q).then_some(q)
    };
    let (q, y) = match *t {
        [a, b] => {
            if let Some(q) = q_token(a) {
                (q, year4(b)?)
            } else {
                (q_token(b)?, year4(a)?)
            }
        }
        [a, b, c] if is_kw(a) => (ordinal(b)?, year4(c)?),
        [a, b, c] if is_kw(b) => (ordinal(a)?, year4(c)?),
        _ => return None,
    };
    let first = Date::from_ymd(y, 3 * q - 2, 1)?;
    let last = Date::from_ymd(y, 3 * q, 1)?.month_end();
    Some(DateCell {
        first,
        last,
        precision: Precision::Quarter,
        year: y,
    })
}

/// `Q1 t/m Q3 2024` (also `tot en met`): from the first day of the first quarter to the
/// last day of the second, in the year at the end.
fn quarter_range(s: &str) -> Option<DateCell> {
    let find = |pat: &[u8]| {
        s.as_bytes()
            .windows(pat.len())
            .position(|w| w.eq_ignore_ascii_case(pat))
    };
    let (at, len) = match find(b"t/m") {
        Some(i) => (i, 3),
        None => (find(b"tot en met")?, 10),
    };
    // The match is ASCII, so `at` and `at + len` are character boundaries.
    let (from, to) = (&s[..at], &s[at + len..]);
    let end = parse_date(to, false).filter(|d| d.precision == Precision::Quarter)?;
    let from = from.trim();
    let start = parse_date(&format!("{from} {}", end.year), false)
        .filter(|d| d.precision == Precision::Quarter && d.first <= end.first)?;
    Some(DateCell {
        last: end.last,
        ..start
    })
}

/// Excel 1900-system serial numbers: five digits (1927–2173), optionally with a time
/// fraction (`45565,5`).
fn excel_serial(s: &str) -> Option<Date> {
    let int = match s.find(['.', ',']) {
        Some(i) if is_digits(&s[i + 1..]) && i + 1 < s.len() => &s[..i],
        Some(_) => return None,
        None => s,
    };
    if int.len() != 5 || !is_digits(int) {
        return None;
    }
    let serial: i32 = int.parse().ok()?;
    Some(Date(serial - 25_569))
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn num(s: &str) -> Option<u32> {
    if s.len() > 4 || !is_digits(s) {
        return None;
    }
    s.parse().ok()
}

fn year4(s: &str) -> Option<i32> {
    if s.len() != 4 {
        return None;
    }
    let y = num(s)? as i32;
    (1900..=2100).contains(&y).then_some(y)
}

/// A four-digit year, or two digits with the pivot: 00–79 → 2000–2079, 80–99 → 1980–1999.
fn year(s: &str) -> Option<i32> {
    match s.len() {
        4 => year4(s),
        2 => {
            let y = num(s)? as i32;
            Some(if y < 80 { 2000 + y } else { 1900 + y })
        }
        _ => None,
    }
}

fn month(s: &str) -> Option<u32> {
    if is_digits(s) {
        if s.len() > 2 {
            return None;
        }
        let m = num(s)?;
        (1..=12).contains(&m).then_some(m)
    } else {
        month_name(s)
    }
}

/// Dutch (and English) month names and abbreviations: `mrt`, `mei`, `okt` next to
/// `mar`, `may`, `oct`.
fn month_name(s: &str) -> Option<u32> {
    const NAMES: &[(&str, u32)] = &[
        ("jan", 1),
        ("januari", 1),
        ("january", 1),
        ("feb", 2),
        ("febr", 2),
        ("februari", 2),
        ("february", 2),
        ("mrt", 3),
        ("maart", 3),
        ("mar", 3),
        ("march", 3),
        ("apr", 4),
        ("april", 4),
        ("mei", 5),
        ("may", 5),
        ("jun", 6),
        ("juni", 6),
        ("june", 6),
        ("jul", 7),
        ("juli", 7),
        ("july", 7),
        ("aug", 8),
        ("augustus", 8),
        ("august", 8),
        ("sep", 9),
        ("sept", 9),
        ("september", 9),
        ("okt", 10),
        ("oktober", 10),
        ("oct", 10),
        ("october", 10),
        ("nov", 11),
        ("november", 11),
        ("dec", 12),
        ("december", 12),
    ];
    NAMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(s))
        .map(|&(_, m)| m)
}

// ---------------------------------------------------------------------------------------
// Booleans and codes
// ---------------------------------------------------------------------------------------

/// A boolean cell: `ja/nee`, `j/n`, `waar/onwaar`, `true/false`, `yes/no`, `1/0`;
/// `x` is a tick ("ja") whose column may use empty for "nee" (see [`Flag`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BoolCell {
    /// A yes.
    Ja,
    /// A tick mark `x` (yes).
    Tick,
    /// An explicit no.
    Nee,
    /// Empty or `onbekend`.
    Empty,
}

impl BoolCell {
    /// The flag, with empty as unknown.
    pub fn flag(self) -> Flag {
        match self {
            BoolCell::Ja | BoolCell::Tick => Flag::Ja,
            BoolCell::Nee => Flag::Nee,
            BoolCell::Empty => Flag::Onbekend,
        }
    }
}

/// Reads a boolean cell; `None` when it is none of the known spellings.
pub(crate) fn parse_bool(s: &str) -> Option<BoolCell> {
    const JA: &[&str] = &["ja", "j", "waar", "true", "yes", "y", "1", "wel"];
    const NEE: &[&str] = &["nee", "n", "onwaar", "false", "no", "0", "niet"];
    const LEEG: &[&str] = &["", "onbekend", "onb", "onb.", "?", "-", "nvt", "n.v.t."];
    let s = s.trim();
    if s.eq_ignore_ascii_case("x") || s == "✓" {
        Some(BoolCell::Tick)
    } else if JA.iter().any(|v| v.eq_ignore_ascii_case(s)) {
        Some(BoolCell::Ja)
    } else if NEE.iter().any(|v| v.eq_ignore_ascii_case(s)) {
        Some(BoolCell::Nee)
    } else if LEEG.iter().any(|v| v.eq_ignore_ascii_case(s)) {
        Some(BoolCell::Empty)
    } else {
        None
    }
}

/// A municipality code `GM0153`, `gm153`, `0153` or `153` (Excel drops leading zeros)
/// as its number; `None` when it is not one.
pub(crate) fn parse_gemeente_code(s: &str) -> Option<u16> {
    let s = s.trim();
    let digits = strip_prefix_ci(s, "gm").unwrap_or(s).trim_start();
    if digits.is_empty() || digits.len() > 4 || !is_digits(digits) {
        return None;
    }
    let n: u16 = digits.parse().ok()?;
    (n > 0).then_some(n)
}

/// The `GM####` form of a municipality number.
pub(crate) fn gemeente_label(n: u16) -> String {
    format!("GM{n:04}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nl(s: &str) -> Option<f64> {
        parse_number(s, DecimalStyle::Comma).and_then(|n| n.value.number())
    }

    fn d(s: &str) -> String {
        parse_date(s, false)
            .map(|c| c.first.to_string())
            .unwrap_or_else(|| "-".into())
    }

    #[test]
    fn dutch_numbers() {
        assert_eq!(nl("1,14"), Some(1.14));
        assert_eq!(nl("5.687"), Some(5687.0));
        assert_eq!(nl("1.234.567,5"), Some(1_234_567.5));
        assert_eq!(nl("5 687"), Some(5687.0));
        assert_eq!(nl("5\u{a0}687"), Some(5687.0));
        assert_eq!(nl("€ 112,8"), Some(112.8));
        assert_eq!(nl("EUR 112,8"), Some(112.8));
        assert_eq!(nl("-1.000"), Some(-1000.0));
        assert_eq!(nl("\u{2212}1.000"), Some(-1000.0));
        assert_eq!(nl("(1.000)"), Some(-1000.0));
        assert_eq!(
            nl("1.14"),
            Some(1.14),
            "a dot that is no grouping is a decimal point"
        );
        assert_eq!(nl("12.34.5"), None);
        assert_eq!(nl("1,2,3"), None);
        assert_eq!(nl("abc"), None);
        assert_eq!(nl("1,"), None);
        assert_eq!(nl("--1"), None);
        let p = parse_number("21,29%", DecimalStyle::Comma).unwrap();
        assert!(p.percent);
        assert_eq!(p.value, Value::Number(21.29));
        let m = parse_number("112,8 mln", DecimalStyle::Comma).unwrap();
        assert!(m.million);
        assert_eq!(
            parse_number("<10", DecimalStyle::Comma).unwrap().value,
            Value::Suppressed
        );
        assert_eq!(
            parse_number("n.v.t.", DecimalStyle::Comma).unwrap().value,
            Value::Missing
        );
        assert_eq!(
            parse_number("35.0", DecimalStyle::Point).unwrap().value,
            Value::Number(35.0)
        );
        assert_eq!(
            parse_number("1,204", DecimalStyle::Point).unwrap().value,
            Value::Number(1204.0)
        );
    }

    #[test]
    fn decimal_votes() {
        let c = DecimalStyle::Comma;
        let p = DecimalStyle::Point;
        assert_eq!(detect_decimal(["5.687", "1,14"].into_iter(), p), c);
        assert_eq!(detect_decimal(["35.0", "5"].into_iter(), c), p);
        assert_eq!(detect_decimal(["5.687", "28.467"].into_iter(), c), c);
        assert_eq!(detect_decimal(["5.687"].into_iter(), p), p);
    }

    #[test]
    fn dates() {
        assert_eq!(d("30-09-2024"), "30-09-2024");
        assert_eq!(d("1-7-2024"), "01-07-2024");
        assert_eq!(d("30/09/2024"), "30-09-2024");
        assert_eq!(d("30.09.2024"), "30-09-2024");
        assert_eq!(d("2024-09-30"), "30-09-2024");
        assert_eq!(d("2024-09-30T00:00:00"), "30-09-2024");
        assert_eq!(d("30-09-2024 00:00"), "30-09-2024");
        assert_eq!(d("09-2024"), "01-09-2024");
        assert_eq!(d("2024-09"), "01-09-2024");
        assert_eq!(d("2024"), "01-01-2024");
        assert_eq!(d("30-09-24"), "30-09-2024");
        assert_eq!(d("30-09-85"), "30-09-1985");
        assert_eq!(d("30 september 2024"), "30-09-2024");
        assert_eq!(d("30-sep-2024"), "30-09-2024");
        assert_eq!(d("sep-24"), "01-09-2024");
        assert_eq!(d("1 mrt 2024"), "01-03-2024");
        assert_eq!(d("1 mei 2024"), "01-05-2024");
        assert_eq!(d("1-okt-2024"), "01-10-2024");
        assert_eq!(d("45565"), "30-09-2024");
        assert_eq!(d("45657"), "31-12-2024");
        assert_eq!(d("45565,5"), "30-09-2024");
        assert_eq!(d("20240930"), "30-09-2024");
        assert_eq!(d("31-02-2024"), "-");
        assert_eq!(d("09-30-2024"), "-", "never month-first by default");
        assert_eq!(d("09-24"), "-");
        assert_eq!(d("hallo"), "-");
        assert_eq!(d("1-2-3-4-5"), "-");
        assert_eq!(
            parse_date("09-30-2024", true).unwrap().first.to_string(),
            "30-09-2024"
        );
        let q = parse_date("2024-Q3", false).unwrap();
        assert_eq!(
            (q.first.to_string(), q.last.to_string()),
            ("01-07-2024".into(), "30-09-2024".into())
        );
        assert_eq!(parse_date("kwartaal 3 2024", false), Some(q));
        assert_eq!(parse_date("Q3 2024", false), Some(q));
        let r = parse_date("Q1 t/m Q3 2024", false).unwrap();
        assert_eq!(
            (r.first.to_string(), r.last.to_string()),
            ("01-01-2024".into(), "30-09-2024".into())
        );
        assert_eq!(parse_date("Q3 t/m Q1 2024", false), None);
        assert_eq!(parse_date("t/m Q3", false), None);
        assert_eq!(
            parse_date("2024", false).unwrap().last.to_string(),
            "31-12-2024"
        );
    }

    proptest::proptest! {
        /// The fast path for ten-character dates reads what the general parser reads:
        /// digits, other bytes where digits belong, and every separator, both orders.
        #[test]
        fn ten_character_dates_read_as_the_general_parser_reads_them(
            s in "[0-9a ]{2}[-/.][0-9a]{2}[-/.][0-9 ]{4}|[0-9a]{4}-[0-9 ]{2}-[0-9a]{2}|[0-3][0-9][-/.][01][0-9][-/.](19|20)[0-9]{2}",
            month_first in proptest::bool::ANY,
        ) {
            proptest::prop_assert_eq!(
                parse_date_bytes(s.as_bytes(), month_first),
                parse_date(&s, month_first),
                "{}", s
            );
        }
    }

    #[test]
    fn table_dates_match_the_calendar() {
        for y in 1900..=2100u32 {
            for m in 1..=12 {
                for d in 1..=31 {
                    assert_eq!(
                        civil_day(y, m, d),
                        Date::from_ymd(y as i32, m, d),
                        "{d}-{m}-{y}"
                    );
                }
            }
        }
        assert_eq!(civil_day(1899, 12, 31), None);
        assert_eq!(civil_day(2101, 1, 1), None);
        assert_eq!(civil_day(2024, 13, 1), None);
        assert_eq!(civil_day(2024, 0, 1), None);
    }

    #[test]
    fn booleans_and_codes() {
        assert_eq!(parse_bool("Ja"), Some(BoolCell::Ja));
        assert_eq!(parse_bool("ONWAAR"), Some(BoolCell::Nee));
        assert_eq!(parse_bool("x"), Some(BoolCell::Tick));
        assert_eq!(parse_bool(""), Some(BoolCell::Empty));
        assert_eq!(parse_bool("misschien"), None);
        assert_eq!(parse_gemeente_code("153"), Some(153));
        assert_eq!(parse_gemeente_code("0153"), Some(153));
        assert_eq!(parse_gemeente_code("GM0153"), Some(153));
        assert_eq!(parse_gemeente_code("gm 153"), Some(153));
        assert_eq!(parse_gemeente_code("Enschede"), None);
        assert_eq!(parse_gemeente_code("0"), None);
        assert_eq!(gemeente_label(153), "GM0153");
    }
}
