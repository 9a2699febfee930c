//! Text normalisation for matching headers and codes (DATA-MODEL §4.1, §4.5).

/// Lower-cases, strips diacritics (Latin-1 and Latin Extended-A), trims, turns
/// non-breaking spaces into spaces and collapses runs of white space.
///
/// `"  Beëindigings\u{a0}Datum "` → `"beeindigings datum"`.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match fold(c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A code as a key to group and join by: trimmed, inner white space collapsed, case kept;
/// an all-digit code without leading zeros (`" 014 "` → `"14"`, `"0"` stays `"0"`), so a
/// caseload's `014` meets a code list's `14`.
pub fn code_key(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        let t = s.trim_start_matches('0');
        return if t.is_empty() { "0".into() } else { t.into() };
    }
    s
}

/// Like [`normalize`], and also maps `-`, `.`, `/` and spaces to `_`, for header keys
/// (`"Geboorte jaar"` → `"geboorte_jaar"`).
pub fn header_key(s: &str) -> String {
    normalize(s)
        .chars()
        .filter_map(|c| match c {
            ' ' | '-' | '.' | '/' => Some('_'),
            '(' | ')' | '"' | '\'' | '*' | ':' => None,
            c => Some(c),
        })
        .collect()
}

fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' | 'ă'
        | 'Ă' | 'ą' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' => "c",
        'ď' | 'Ď' | 'đ' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ę' | 'Ę' | 'ě' | 'Ě' => {
            "e"
        }
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'Ī' | 'ı' | 'İ' => "i",
        'ĳ' | 'Ĳ' => "ij",
        'ł' | 'Ł' | 'ľ' | 'Ľ' => "l",
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'Ō' | 'ő'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'Ť' | 'ţ' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' | 'ű' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => "z",
        _ => return None,
    })
}

/// A source as a reader cites it: `UP EAA 2025 tabel 12 (L1090) (ook L1075-1080)` →
/// `Uitvoeringsprogramma EAA 2025, tabel 12`. Line references (`L1090`) point into our copy
/// of the text and mean nothing to a reader; they are dropped, as is ", afgeleid".
pub fn cite(bron: &str) -> String {
    let name = bron
        .split(" (")
        .next()
        .unwrap_or(bron)
        .trim()
        .trim_end_matches(", afgeleid")
        .trim();
    let name = match name.strip_prefix("UP ") {
        Some(rest) => format!("Uitvoeringsprogramma {rest}"),
        None => name.to_string(),
    };
    // "… EAA 2025 tabel 6" → "… EAA 2025, tabel 6": the document, then the place in it.
    match document_end(&name) {
        Some(end) if !name[..end].ends_with(',') => {
            format!("{}, {}", &name[..end], name[end..].trim_start())
        }
        _ => name,
    }
}

/// Byte index just after the first four-digit year that is followed by more text.
fn document_end(name: &str) -> Option<usize> {
    let b = name.as_bytes();
    (0..b.len().saturating_sub(4)).find_map(|i| {
        let year = b[i..i + 4].iter().all(u8::is_ascii_digit);
        let before = i == 0 || b[i - 1] == b' ';
        let after = b.get(i + 4) == Some(&b' ') && i + 5 < b.len();
        (year && before && after).then_some(i + 4)
    })
}

/// A remark or definition from the file without our working codes: parenthesised lists of
/// row ids, formula codes and line references (`(X2)`, `(945, X2)`, `(L89)`, `(A6)`) lose
/// those items, and a group left empty goes altogether.
pub fn plain_remark(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let items: Vec<&str> = rest[open + 1..close]
            .split(", ")
            .filter(|item| !is_working_code(item))
            .collect();
        let before = &rest[..open];
        if items.is_empty() {
            out.push_str(before.trim_end_matches(' '));
        } else {
            out.push_str(before);
            out.push('(');
            out.push_str(&items.join(", "));
            out.push(')');
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out.trim().to_string()
}

/// `X2`, `F12`, `A6`, `I12`, `L89`, `L1546-1547`, `ook L89`: a code of our working notes.
fn is_working_code(item: &str) -> bool {
    let item = item.trim().trim_start_matches("ook ").trim();
    let mut chars = item.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let digits: String = chars.collect();
    let number = |d: &str| !d.is_empty() && d.len() <= 4 && d.bytes().all(|c| c.is_ascii_digit());
    first.is_ascii_uppercase()
        && (number(&digits) || (first == 'L' && digits.split(['-', '–']).all(number)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_dutch_diacritics_and_spaces() {
        assert_eq!(
            normalize("  Beëindigde\u{a0}\u{a0}Cliënten "),
            "beeindigde clienten"
        );
        assert_eq!(normalize("Beéindigde"), "beeindigde");
        assert_eq!(header_key("Geboorte-jaar"), "geboorte_jaar");
        assert_eq!(header_key("Einddatum (dd-mm-jjjj)"), "einddatum_dd_mm_jjjj");
    }

    #[test]
    fn code_keys_drop_leading_zeros_of_digit_codes_only() {
        assert_eq!(code_key(" 014 "), "14");
        assert_eq!(code_key("00"), "0");
        assert_eq!(code_key("WW"), "WW");
        assert_eq!(code_key(" Einde  WW "), "Einde WW");
        assert_eq!(code_key("  "), "");
    }
}
