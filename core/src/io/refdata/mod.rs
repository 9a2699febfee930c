//! Reference data beside the caseload: CBS StatLine and waarstaatjegemeente tables
//! (docs/reference-data.md).
//!
//! Three shapes are read, each a pure function from bytes to a [`RefData`]:
//! - [`Shape::CbsOpenData`]: CBS's open-data CSV (`,`, every value quoted and padded,
//!   `.` for missing, an `ID` column and topic keys like `Bijstandsontvangers_2`);
//! - [`Shape::StatLineDownload`]: the CSV of StatLine's download button (`;`, labels
//!   instead of codes, title lines above the header and footnotes below);
//! - [`Shape::WaarStaatJeGemeente`]: a waarstaatjegemeente.nl export, wide
//!   (`Gemeente;Indicator|2015;Indicator|2016;…`), values with a decimal comma.
//!
//! [`read`] recognises the shape by the header ([`sniff`]); CBS markers are kept in
//! every [`Cell`], never read as 0.

mod cbs;
mod cell;
mod error;
mod files;
mod measure;
mod model;
mod statline;
mod wsjg;

pub use cell::{Cell, Status};
pub use error::RefError;
pub use files::{RefFiles, Summary};
pub use measure::{Measure, Unit};
pub use model::{
    Aggregate, Flow, Found, Group, Indicator, Observation, Period, Rate, RefData, Region,
    RegionKind, SizeClass, Source,
};

use crate::io::decode::decode;
use crate::io::dialect;

/// The shapes of reference file the app reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Shape {
    /// CBS open-data CSV.
    CbsOpenData,
    /// The CSV of StatLine's download button.
    StatLineDownload,
    /// A waarstaatjegemeente.nl export.
    WaarStaatJeGemeente,
}

/// Records looked at to recognise a shape.
const SNIFF_RECORDS: usize = 30;

/// Decoded text (UTF-8, UTF-16 or Windows-1252, BOM dropped) and its separator.
fn text_of(bytes: &[u8]) -> Result<(String, u8), RefError> {
    let decoded = decode(bytes, None).map_err(|_| RefError::NotText)?;
    let text = decoded.text.into_owned();
    if text.trim().is_empty() {
        return Err(RefError::Empty);
    }
    let d = dialect::detect(&text, None);
    Ok((text[d.body_start..].to_string(), d.separator))
}

/// All records of `text`, trimmed, as strings (the files are small).
fn records(text: &str, sep: u8, limit: usize) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    crate::io::sample::for_each_record(text.as_bytes(), sep, limit, |rec| {
        out.push(
            rec.iter()
                .map(|f| String::from_utf8_lossy(f).trim().to_string())
                .collect(),
        )
    });
    out
}

fn shape_of(records: &[Vec<String>]) -> Option<Shape> {
    if records.first().is_some_and(|h| cbs::is_header(h)) {
        return Some(Shape::CbsOpenData);
    }
    if records.iter().any(|r| wsjg::is_header(r)) {
        return Some(Shape::WaarStaatJeGemeente);
    }
    if records.iter().any(|r| statline::is_header(r)) {
        return Some(Shape::StatLineDownload);
    }
    None
}

/// Which shape `bytes` are, by their header; [`RefError::UnknownShape`] names the
/// header found and what each shape needs.
pub fn sniff(bytes: &[u8]) -> Result<Shape, RefError> {
    let (text, sep) = text_of(bytes)?;
    let recs = records(&text, sep, SNIFF_RECORDS);
    shape_of(&recs).ok_or_else(|| RefError::unknown_shape(&recs))
}

/// Bytes [`is_reference`] looks at: a header and the rows around it.
pub(crate) const HEAD_BYTES: usize = 64 * 1024;

/// Whether `bytes` look like a reference file (any of the three shapes), judged on their
/// first 64 KB only, so the loader can ask this of any file cheaply before reading it as
/// a caseload.
pub fn is_reference(bytes: &[u8]) -> bool {
    let mut head = &bytes[..bytes.len().min(HEAD_BYTES)];
    if head.len() < bytes.len() {
        // Whole lines only (a UTF-16 `\n` is followed by its 0 byte).
        if let Some(end) = head.iter().rposition(|&b| b == b'\n') {
            let utf16 = head.get(end + 1) == Some(&0);
            head = &head[..end + 1 + usize::from(utf16)];
        }
    }
    let Ok((text, sep)) = text_of(head) else {
        return false;
    };
    shape_of(&records(&text, sep, SNIFF_RECORDS)).is_some()
}

/// Reads a reference file of any of the three shapes. `name` is the file name: a CBS
/// table without a `Perioden` column takes its year from it (`bijstand_gemeenten_2017.csv`).
pub fn read(bytes: &[u8], name: &str) -> Result<RefData, RefError> {
    let (text, sep) = text_of(bytes)?;
    let recs = records(&text, sep, usize::MAX);
    match shape_of(&recs[..recs.len().min(SNIFF_RECORDS)]) {
        Some(Shape::CbsOpenData) => cbs::read(&recs, name),
        Some(Shape::StatLineDownload) => statline::read(&recs, name, sep),
        Some(Shape::WaarStaatJeGemeente) => wsjg::read(&recs, name, sep),
        None => Err(RefError::unknown_shape(&recs)),
    }
}

/// Reads several files into one set (the yearly CBS tables, a waarstaatjegemeente export).
pub fn read_all<'a>(
    files: impl IntoIterator<Item = (&'a [u8], &'a str)>,
) -> Result<RefData, RefError> {
    let mut all = RefData::new();
    for (bytes, name) in files {
        all.merge(read(bytes, name)?);
    }
    Ok(all)
}
