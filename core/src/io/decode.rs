//! Bytes to text, once (DATA-MODEL §4.1): UTF-8 with or without BOM, UTF-16LE with BOM,
//! and Windows-1252 as the fallback when the bytes are not valid UTF-8.
//!
//! Valid UTF-8 without a BOM is borrowed, not copied. Files with only lone CR line
//! endings (old Mac) are rewritten to LF so that line numbers in messages are right.

use std::borrow::Cow;

use encoding_rs::{UTF_16LE, WINDOWS_1252};

use super::{DetectedEncoding, LoadError, LoadErrorKind};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16BE_BOM: &[u8] = b"\xFE\xFF";

/// Decoded text and how it was encoded.
pub(crate) struct Decoded<'a> {
    /// The text without BOM.
    pub text: Cow<'a, str>,
    /// The encoding found (or forced).
    pub encoding: DetectedEncoding,
}

/// Decodes `bytes`, detecting the encoding unless `forced`.
pub(crate) fn decode(
    bytes: &[u8],
    forced: Option<DetectedEncoding>,
) -> Result<Decoded<'_>, LoadError> {
    let (text, encoding) = match forced {
        Some(enc) => (decode_as(bytes, enc), enc),
        None => detect(bytes)?,
    };
    let text = normalize_line_ends(text);
    check_text(&text)?;
    Ok(Decoded { text, encoding })
}

fn detect(bytes: &[u8]) -> Result<(Cow<'_, str>, DetectedEncoding), LoadError> {
    if bytes.starts_with(UTF8_BOM) {
        return Ok((
            decode_as(bytes, DetectedEncoding::Utf8Bom),
            DetectedEncoding::Utf8Bom,
        ));
    }
    if bytes.starts_with(UTF16LE_BOM) {
        return Ok((
            decode_as(bytes, DetectedEncoding::Utf16Le),
            DetectedEncoding::Utf16Le,
        ));
    }
    if bytes.starts_with(UTF16BE_BOM) {
        return Err(LoadError::new(LoadErrorKind::Other(
            "Dit bestand is opgeslagen als UTF-16 big-endian; dat wordt niet ondersteund. \
             Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)'."
                .into(),
        )));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((Cow::Borrowed(s), DetectedEncoding::Utf8)),
        Err(_) => Ok((
            decode_as(bytes, DetectedEncoding::Windows1252),
            DetectedEncoding::Windows1252,
        )),
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
fn normalize_line_ends(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.contains('\r') && !text.contains('\n') {
        Cow::Owned(text.replace('\r', "\n"))
    } else {
        text
    }
}

/// Refuses text that is not text: NUL or other control characters in its first 8 KB
/// (a binary file, or UTF-16 without BOM).
fn check_text(text: &str) -> Result<(), LoadError> {
    let head = text
        .char_indices()
        .take_while(|&(i, _)| i < 8192)
        .map(|(_, c)| c);
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in head {
        total += 1;
        if c == '\0' {
            return Err(LoadError::new(LoadErrorKind::Binary));
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 10 > total {
        return Err(LoadError::new(LoadErrorKind::Binary));
    }
    Ok(())
}
