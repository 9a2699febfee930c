//! Bytes to text, once (DATA-MODEL §4.1): UTF-8 with or without BOM, UTF-16LE with BOM,
//! and Windows-1252 as the fallback when the bytes are not valid UTF-8.
//!
//! Valid UTF-8 without a BOM is borrowed, not copied. Files with only lone CR line
//! endings (old Mac) are rewritten to LF so that line numbers in messages are right.
//!
//! The CSV reader works on bytes ([`decode_bytes`]): there UTF-8 is checked by
//! [`is_utf8`], eight ASCII bytes at a time, which is several times faster in wasm than
//! turning the whole file into a `str`.

use std::borrow::Cow;

use encoding_rs::{UTF_16LE, WINDOWS_1252};

use super::{DetectedEncoding, LoadError, LoadErrorKind};

pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16BE_BOM: &[u8] = b"\xFE\xFF";

/// Decoded text and how it was encoded.
pub(crate) struct Decoded<'a> {
    /// The text without BOM.
    pub text: Cow<'a, str>,
    /// The encoding found (or forced).
    pub encoding: DetectedEncoding,
}

/// Decoded text as bytes (always UTF-8, without BOM) and how it was encoded.
pub(crate) struct DecodedBytes<'a> {
    /// The text's bytes: borrowed when the file was UTF-8.
    pub bytes: Cow<'a, [u8]>,
    /// The encoding found (or forced).
    pub encoding: DetectedEncoding,
}

/// Decodes `bytes` to text, detecting the encoding unless `forced`.
pub(crate) fn decode(
    bytes: &[u8],
    forced: Option<DetectedEncoding>,
) -> Result<Decoded<'_>, LoadError> {
    let DecodedBytes { bytes, encoding } = decode_bytes(bytes, forced)?;
    // UTF-8 by construction; a failure here would be a bug, reported rather than panicking.
    let not_text = || LoadError::new(LoadErrorKind::Binary);
    let text = match bytes {
        Cow::Borrowed(b) => Cow::Borrowed(std::str::from_utf8(b).map_err(|_| not_text())?),
        Cow::Owned(v) => Cow::Owned(String::from_utf8(v).map_err(|_| not_text())?),
    };
    Ok(Decoded { text, encoding })
}

/// Decodes `bytes` to UTF-8 bytes, detecting the encoding unless `forced`.
pub(crate) fn decode_bytes(
    bytes: &[u8],
    forced: Option<DetectedEncoding>,
) -> Result<DecodedBytes<'_>, LoadError> {
    let (bytes, encoding) = match forced {
        Some(enc @ (DetectedEncoding::Utf8 | DetectedEncoding::Utf8Bom)) => (
            utf8_or_lossy(bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes)),
            enc,
        ),
        Some(enc) => (owned(decode_as(bytes, enc)), enc),
        None => detect(bytes)?,
    };
    let bytes = normalize_line_ends(bytes);
    let head = head_str(&bytes, CHECKED_HEAD);
    check_text(head)?;
    check_nul(&bytes, head.len())?;
    Ok(DecodedBytes { bytes, encoding })
}

/// Bytes at the start of a text that [`check_text`] looks at.
const CHECKED_HEAD: usize = 8192;

/// Names the line of the first NUL byte in `b` past `from` (the head that [`check_text`]
/// has looked at): a NUL in a cell would otherwise become part of a name or a code.
pub(crate) fn check_nul(b: &[u8], from: usize) -> Result<(), LoadError> {
    let rest = &b[from.min(b.len())..];
    // `contains` is the standard library's word-at-a-time search; most files have no NUL.
    if !rest.contains(&0) {
        return Ok(());
    }
    let at = from + rest.iter().position(|&c| c == 0).unwrap_or(0);
    let line = b[..at].iter().filter(|&&c| c == b'\n').count() + 1;
    Err(LoadError::new(LoadErrorKind::NulCharacter).at_line(line))
}

fn owned(text: Cow<'_, str>) -> Cow<'static, [u8]> {
    Cow::Owned(text.into_owned().into_bytes())
}

/// `b` itself when it is UTF-8, else with invalid sequences replaced.
fn utf8_or_lossy(b: &[u8]) -> Cow<'_, [u8]> {
    if is_utf8(b) {
        Cow::Borrowed(b)
    } else {
        owned(String::from_utf8_lossy(b))
    }
}

/// Whether `b` is UTF-8. ASCII is checked eight bytes at a time; each run of other bytes
/// is checked by the standard library (ASCII bytes never occur inside a character, so
/// the runs can be checked apart).
pub(crate) fn is_utf8(b: &[u8]) -> bool {
    utf8_scan::<false>(b)
}

/// Whether `b` is UTF-8 without a NUL byte: [`is_utf8`] and no `0`, in one pass (a zero
/// byte in a word found by the borrow of `w − 0x01…`).
pub(crate) fn is_utf8_without_nul(b: &[u8]) -> bool {
    utf8_scan::<true>(b)
}

/// [`is_utf8`], and with `NO_NUL` [`is_utf8_without_nul`].
#[inline]
fn utf8_scan<const NO_NUL: bool>(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let plain = |c: u8| c.is_ascii() && !(NO_NUL && c == 0);
    let mut i = 0;
    while i < b.len() {
        while let Some(word) = b.get(i..i + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(word);
            let w = u64::from_le_bytes(w);
            let stop = if NO_NUL { w | w.wrapping_sub(ONES) } else { w };
            if stop & HIGH != 0 {
                break;
            }
            i += 8;
        }
        while b.get(i).is_some_and(|&c| plain(c)) {
            i += 1;
        }
        if NO_NUL && b.get(i) == Some(&0) {
            return false;
        }
        let start = i;
        while b.get(i).is_some_and(|c| !c.is_ascii()) {
            i += 1;
        }
        if std::str::from_utf8(&b[start..i]).is_err() {
            return false;
        }
    }
    true
}

/// The text of the first (at most) `max` bytes of UTF-8 `b`, cut at a character boundary.
pub(crate) fn head_str(b: &[u8], max: usize) -> &str {
    let mut end = max.min(b.len());
    // Step back over continuation bytes (10xxxxxx) to the start of a character.
    while end > 0 && end < b.len() && b[end] & 0xC0 == 0x80 {
        end -= 1;
    }
    std::str::from_utf8(&b[..end]).unwrap_or("")
}

fn detect(bytes: &[u8]) -> Result<(Cow<'_, [u8]>, DetectedEncoding), LoadError> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return Ok((utf8_or_lossy(rest), DetectedEncoding::Utf8Bom));
    }
    if bytes.starts_with(UTF16LE_BOM) {
        return Ok((
            owned(decode_as(bytes, DetectedEncoding::Utf16Le)),
            DetectedEncoding::Utf16Le,
        ));
    }
    if bytes.starts_with(UTF16BE_BOM) {
        return Err(LoadError::new(LoadErrorKind::Utf16BigEndian));
    }
    match utf16_without_bom(bytes) {
        Some(true) => {
            return Ok((
                owned(decode_as(bytes, DetectedEncoding::Utf16Le)),
                DetectedEncoding::Utf16Le,
            ))
        }
        Some(false) => return Err(LoadError::new(LoadErrorKind::Utf16BigEndian)),
        None => {}
    }
    if is_utf8(bytes) {
        Ok((Cow::Borrowed(bytes), DetectedEncoding::Utf8))
    } else {
        check_mixed(bytes)?;
        Ok((
            owned(decode_as(bytes, DetectedEncoding::Windows1252)),
            DetectedEncoding::Windows1252,
        ))
    }
}

fn decode_as(bytes: &[u8], enc: DetectedEncoding) -> Cow<'_, str> {
    match enc {
        DetectedEncoding::Utf8 | DetectedEncoding::Utf8Bom => {
            let b = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
            match std::str::from_utf8(b) {
                Ok(s) => Cow::Borrowed(s),
                Err(_) => String::from_utf8_lossy(b),
            }
        }
        DetectedEncoding::Windows1252 => WINDOWS_1252.decode_without_bom_handling(bytes).0,
        DetectedEncoding::Utf16Le => {
            UTF_16LE
                .decode_without_bom_handling(bytes.strip_prefix(UTF16LE_BOM).unwrap_or(bytes))
                .0
        }
    }
}

/// Lone CR line endings become LF; CRLF and LF are left alone (the CSV reader takes them).
fn normalize_line_ends(b: Cow<'_, [u8]>) -> Cow<'_, [u8]> {
    // A line feed is usually found on the first line, so ask that first.
    if !b.contains(&b'\n') && b.contains(&b'\r') {
        Cow::Owned(
            b.iter()
                .map(|&c| if c == b'\r' { b'\n' } else { c })
                .collect(),
        )
    } else {
        b
    }
}

/// UTF-16 without a byte-order mark, told by the zero bytes of its ASCII characters in
/// the first 4 KB: `Some(true)` little-endian, `Some(false)` big-endian.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros = |at: usize| {
        sample
            .iter()
            .skip(at)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if odd * 2 > pairs && even * 10 < pairs {
        Some(true)
    } else if even * 2 > pairs && odd * 10 < pairs {
        Some(false)
    } else {
        None
    }
}

/// Refuses a file that is not UTF-8 but holds UTF-8 accents (`é` as two bytes) too:
/// read as Windows-1252, those would be garbled silently. Names the first line of each.
fn check_mixed(bytes: &[u8]) -> Result<(), LoadError> {
    let other = match std::str::from_utf8(bytes) {
        Ok(_) => return Ok(()),
        Err(e) => e.valid_up_to(),
    };
    let mut i = 0;
    let utf8 = loop {
        let Some(at) = bytes[i..].iter().position(|&b| b >= 0xC2) else {
            return Ok(());
        };
        let at = i + at;
        let len = match bytes[at] {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        if len > 1
            && bytes
                .get(at..at + len)
                .is_some_and(|s| std::str::from_utf8(s).is_ok())
        {
            break at;
        }
        i = at + 1;
    };
    let line = |at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    Err(LoadError::new(LoadErrorKind::MixedEncoding {
        utf8_line: line(utf8),
        other_line: line(other),
    }))
}

/// Refuses text that is not text: control characters in `head` (its first 8 KB: a
/// binary file); a few NUL characters in text are named with their line.
pub(crate) fn check_text(head: &str) -> Result<(), LoadError> {
    let mut controls = 0usize;
    let mut total = 0usize;
    let mut line = 1;
    let mut nul = None;
    for c in head.chars() {
        total += 1;
        if c == '\n' {
            line += 1;
        } else if c == '\0' {
            nul.get_or_insert(line);
            controls += 1;
        } else if c.is_control() && !matches!(c, '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 10 > total {
        return Err(LoadError::new(LoadErrorKind::Binary));
    }
    match nul {
        Some(line) => Err(LoadError::new(LoadErrorKind::NulCharacter).at_line(line)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn utf8_check_agrees_with_the_standard_library_on_edges() {
        for b in [
            &b""[..],
            b"abc",
            "Glanerbrug; caf\u{e9}; \u{20ac} 5,00".as_bytes(),
            b"12345678\xC3\xA9",
            b"1234567\xC3",
            b"\xC3\xA912345678",
            b"caf\xE9",
            b"\xE2\x82",
            b"\xED\xA0\x80",
            b"\xF0\x9F\x98\x80 ok",
        ] {
            assert_eq!(is_utf8(b), std::str::from_utf8(b).is_ok(), "{b:?}");
        }
    }

    #[test]
    fn head_is_cut_at_a_character_boundary() {
        let text = "ab\u{e9}\u{20ac}c".as_bytes(); // a b é(2) €(3) c
        assert_eq!(head_str(text, 3), "ab");
        assert_eq!(head_str(text, 4), "ab\u{e9}");
        assert_eq!(head_str(text, 6), "ab\u{e9}");
        assert_eq!(head_str(text, 7), "ab\u{e9}\u{20ac}");
        assert_eq!(head_str(text, 100), "ab\u{e9}\u{20ac}c");
    }

    proptest! {
        /// Random bytes, and text with a byte changed: the same verdict as `str::from_utf8`.
        #[test]
        fn utf8_check_agrees_with_the_standard_library(
            bytes in proptest::collection::vec(any::<u8>(), 0..64),
            text in "[a-z;é€😀 ]{0,40}",
            at in any::<usize>(),
            byte in any::<u8>(),
        ) {
            prop_assert_eq!(is_utf8(&bytes), std::str::from_utf8(&bytes).is_ok());
            let mut t = text.into_bytes();
            prop_assert!(is_utf8(&t));
            if !t.is_empty() {
                let i = at % t.len();
                t[i] = byte;
            }
            prop_assert_eq!(is_utf8(&t), std::str::from_utf8(&t).is_ok());
        }

        /// The one-pass check says what the UTF-8 check and a search for NUL say together,
        /// also for text with a NUL or a byte changed anywhere.
        #[test]
        fn utf8_without_nul_is_both_checks(
            bytes in proptest::collection::vec(any::<u8>(), 0..64),
            text in "[a-z;é€😀 ]{0,40}",
            at in any::<usize>(),
            byte in prop_oneof![Just(0u8), any::<u8>()],
        ) {
            let both = |b: &[u8]| is_utf8(b) && !b.contains(&0);
            prop_assert_eq!(is_utf8_without_nul(&bytes), both(&bytes));
            let mut t = text.into_bytes();
            prop_assert!(is_utf8_without_nul(&t));
            if !t.is_empty() {
                let i = at % t.len();
                t[i] = byte;
            }
            prop_assert_eq!(is_utf8_without_nul(&t), both(&t));
        }
    }
}
