//! The CSV dialect (DATA-MODEL §4.2): Excel's optional `sep=;` first line and the field
//! separator, detected outside quotes over the first records.
//!
//! Quoting is the CSV reader's job: detection parses a sample with each candidate
//! separator and keeps the one that splits most records into the same number (> 1) of
//! fields. Ties go to the Dutch default `;`, then tab, `,` and `|`.

/// Candidate separators, in order of preference on a tie.
pub(crate) const CANDIDATES: [u8; 4] = [b';', b'\t', b',', b'|'];

/// Records looked at for detection.
const SAMPLE_RECORDS: usize = 20;
/// Bytes looked at for detection.
const SAMPLE_BYTES: usize = 64 * 1024;

/// How the text is to be split.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dialect {
    /// Field separator.
    pub separator: u8,
    /// A `sep=` first line was present.
    pub sep_line: bool,
    /// Byte offset where the CSV body starts (after the `sep=` line).
    pub body_start: usize,
    /// Lines before `body_start` (added to the reader's line numbers).
    pub line_offset: usize,
}

/// Detects the dialect of `text`; `forced` overrides the separator (the `sep=` line is
/// still dropped).
pub(crate) fn detect(text: &str, forced: Option<char>) -> Dialect {
    let (sep_from_line, body_start) = sep_line(text);
    let body = &text[body_start..];
    let separator = forced
        .filter(|c| c.is_ascii() && *c != '"' && *c != '\n' && *c != '\r')
        .map(|c| c as u8)
        .or(sep_from_line)
        .unwrap_or_else(|| detect_separator(body));
    Dialect {
        separator,
        sep_line: body_start > 0,
        body_start,
        line_offset: usize::from(body_start > 0),
    }
}

/// Excel's `sep=;` first line (also quoted, any case): the separator and where the body starts.
fn sep_line(text: &str) -> (Option<u8>, usize) {
    let end = text.find(['\n', '\r']).unwrap_or(text.len());
    let line = text[..end].trim().trim_matches('"');
    let Some(rest) = line
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sep="))
        .map(|_| &line[4..])
    else {
        return (None, 0);
    };
    let sep = match rest.as_bytes() {
        [b] if *b != b'"' => Some(*b),
        [] => None,
        _ => return (None, 0),
    };
    let mut body = end;
    if text[body..].starts_with("\r\n") {
        body += 2;
    } else if body < text.len() {
        body += 1;
    }
    (sep, body)
}

fn detect_separator(body: &str) -> u8 {
    let sample = &body.as_bytes()[..body.len().min(SAMPLE_BYTES)];
    let mut best = (0usize, b';');
    for &sep in &CANDIDATES {
        let (score, _width) = score(sample, sep);
        if score > best.0 {
            best = (score, sep);
        }
    }
    best.1
}

/// How many sample records share the most common field count (if > 1), and that count.
fn score(sample: &[u8], sep: u8) -> (usize, usize) {
    let counts = super::sample::field_counts(sample, sep, SAMPLE_RECORDS);
    let mut best = (0, 0);
    for &c in counts.iter().filter(|&&c| c > 1) {
        let n = counts.iter().filter(|&&x| x == c).count();
        if n > best.0 || (n == best.0 && c > best.1) {
            best = (n, c);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_separators() {
        assert_eq!(detect("a;b;c\n1;2,5;3\n", None).separator, b';');
        assert_eq!(detect("a,b,c\n1,2,3\n", None).separator, b',');
        assert_eq!(detect("a\tb\tc\n1\t2,5\t3\n", None).separator, b'\t');
        assert_eq!(detect("a|b|c\n1|2|3\n", None).separator, b'|');
        assert_eq!(
            detect("\"a;x\",b,c\n\"1;2\",2,3\n", None).separator,
            b',',
            "separators inside quotes do not count"
        );
        assert_eq!(detect("a;b\n1,5;2,5\n", None).separator, b';');
        assert_eq!(detect("", None).separator, b';');
    }

    #[test]
    fn sep_line_is_dropped() {
        let d = detect("sep=,\r\na;b,c\n", None);
        assert_eq!(
            (d.separator, d.sep_line, d.body_start, d.line_offset),
            (b',', true, 7, 1)
        );
        let d = detect("\"sep=;\"\na;b\n", None);
        assert_eq!((d.separator, d.body_start), (b';', 8));
        assert!(!detect("separator;x\n", None).sep_line);
    }
}
