//! The harnesses of the fuzz targets (`fuzz/`, cargo-fuzz), here so that the committed
//! corpora and every crash input also run as a native test on stable
//! (`core/tests/fuzz_regressions.rs`). Each is a thin layer over a real entry point; the
//! first bytes of an input choose the settings, the rest is the file.
//!
//! Every harness must return normally for every input: a panic is a bug.

use crate::io::{self, DecimalStyle, DetectedEncoding, LoadOptions};
use crate::scenario::{Scenario, LINK_SCHEMA};
use crate::share;

/// Field codes a column may be forced to (a few of every kind, and an unknown one).
const FIELDS: &[&str] = &[
    "uitkering_id",
    "startdatum",
    "einddatum",
    "geslacht",
    "stadsdeel",
    "waarde",
    "indicator",
    "contract_id",
    "traject_code",
    "geen_veld",
];

/// Splits an input into load settings (the first 6 bytes), a file name and the bytes.
pub fn split(data: &[u8]) -> (LoadOptions, &'static str, &[u8]) {
    let mut head = [0u8; 6];
    let n = data.len().min(6);
    head[..n].copy_from_slice(&data[..n]);
    let rest = &data[n..];
    let name = ["f.csv", "f.xlsx", "f.json", "f.txt", "f.tsv", "f.xls"][head[0] as usize % 6];
    let mut o = LoadOptions::default();
    if head[1] & 1 != 0 {
        o.separator = Some([';', ',', '\t', '|', ' ', 'x'][(head[1] >> 1) as usize % 6]);
    }
    if head[1] & 0x10 != 0 {
        o.encoding = Some(
            [
                DetectedEncoding::Utf8,
                DetectedEncoding::Utf8Bom,
                DetectedEncoding::Windows1252,
                DetectedEncoding::Utf16Le,
            ][(head[1] >> 5) as usize % 4],
        );
    }
    if head[2] & 1 != 0 {
        o.decimal = Some(if head[2] & 2 != 0 {
            DecimalStyle::Point
        } else {
            DecimalStyle::Comma
        });
    }
    o.month_first = head[2] & 4 != 0;
    if head[2] & 8 != 0 {
        o.header_row = Some((head[3] % 12) as usize);
    }
    if head[2] & 16 != 0 {
        o.sheet = Some(["Blad1", "Sheet1", "", "Data"][head[3] as usize % 4].into());
    }
    if head[4] != 0 {
        // Force a header (by its position in the file's first line, or a made-up one).
        let first = rest.split(|&b| b == b'\n').next().unwrap_or(&[]);
        let header = String::from_utf8_lossy(first)
            .split([';', ',', '\t'])
            .nth((head[4] % 8) as usize)
            .unwrap_or("kolom")
            .to_string();
        let field = (head[5] as usize % (FIELDS.len() + 1)).checked_sub(1);
        o.column_map
            .push((header, field.map(|f| FIELDS[f].to_string())));
    }
    (o, name, rest)
}

/// `io::load` with the settings the input chooses.
pub fn load(data: &[u8]) {
    let (options, name, bytes) = split(data);
    if let Err(e) = io::load(bytes, name, &options) {
        // The message must render in both languages.
        let _ = e.message(crate::lang::Lang::Nl);
        let _ = e.message(crate::lang::Lang::En);
    }
}

/// `io::load` of the whole input as a file named `name`, with default settings (for
/// corpora of real workbooks and JSON files, which a settings prefix would break).
pub fn load_as(data: &[u8], name: &str) {
    if let Ok(loaded) = io::load(data, name, &LoadOptions::default()) {
        for w in &loaded.report.warnings {
            let _ = w.message(crate::lang::Lang::En);
        }
    }
}

/// `io::preview` with the settings the input chooses.
pub fn preview(data: &[u8]) {
    let (options, name, bytes) = split(data);
    let _ = io::preview(bytes, name, &options);
}

/// The same bytes streamed in chunks the input chooses: a dataset the stream gives must
/// equal the whole load's, and the whole load must not refuse a file the stream read.
pub fn stream(data: &[u8]) {
    let (options, name, bytes) = split(data);
    let name = if name.ends_with(".csv") {
        name
    } else {
        "f.csv"
    };
    let chunks: Vec<usize> = data.iter().take(3).map(|&b| 1 + b as usize * 7).collect();
    let windows = (64 + data.first().copied().unwrap_or(0) as usize * 16, 32);
    if let Some(streamed) = io::stream::load_streamed(bytes, name, &options, &chunks, windows) {
        match io::load(bytes, name, &options) {
            Ok(whole) => assert_eq!(streamed, whole, "stream and whole load differ"),
            Err(e) => panic!("streamed a dataset where the whole load says {e:?}"),
        }
    }
}

/// A link fragment through the decoder: any scenario it gives must re-encode to a link
/// that decodes to the same scenario.
///
/// An input starting with an even byte is a link body, wrapped in a well-formed frame (so
/// the checksum does not stop the fuzzer); otherwise it is the link text after that byte.
pub fn link(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let framed;
    let text = if first % 2 == 0 {
        framed = share::frame_link(LINK_SCHEMA.version.saturating_sub(first % 4 / 2), rest);
        framed.as_str()
    } else {
        match std::str::from_utf8(rest) {
            Ok(t) => t,
            Err(_) => return,
        }
    };
    if let Ok(d) = share::decode::<Scenario>(text, &LINK_SCHEMA) {
        if let Ok(again) = share::encode(&d.scenario, &LINK_SCHEMA, None) {
            let back = share::decode::<Scenario>(&again, &LINK_SCHEMA)
                .expect("a link the app wrote must decode");
            assert_eq!(back.scenario, d.scenario, "re-encoded link differs");
        }
    }
}

/// Reference data (CBS, StatLine, waarstaatjegemeente) through its reader.
pub fn refdata(data: &[u8]) {
    let name = if data.first().is_some_and(|b| b & 1 == 1) {
        "ref.csv"
    } else {
        "ref.txt"
    };
    let _ = crate::refdata::read(data.get(1..).unwrap_or(&[]), name);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_settings_come_from_the_first_bytes() {
        let (o, name, rest) = split(b"\x01\x03\x0f\x02\x01\x01a;b\nx;y\n");
        assert_eq!(name, "f.xlsx");
        assert_eq!(o.separator, Some(','));
        assert_eq!(o.decimal, Some(DecimalStyle::Point));
        assert!(o.month_first);
        assert_eq!(o.header_row, Some(2));
        assert_eq!(
            o.column_map,
            vec![("b".to_string(), Some("uitkering_id".to_string()))]
        );
        assert_eq!(rest, b"a;b\nx;y\n");
        // Short inputs are padded, never out of bounds.
        assert_eq!(split(b"").2, b"");
    }
}
