//! The datasets built into the app, so it is useful without any file.

use bijstand_core::io;
use bijstand_core::model::Dataset;

/// The synthetic person-level Enschede file (see docs/synthetic-data.md), DEFLATE-compressed by build.rs.
const SYNTHETIC_DEFLATE: &[u8] = include_bytes!(concat!(
    env!("OUT_DIR"),
    "/enschede_synthetisch.csv.deflate"
));

/// The figures of the Enschede Uitvoeringsprogramma EAA 2025 as kerncijfers, DEFLATE-compressed.
const KERNCIJFERS_DEFLATE: &[u8] = include_bytes!(concat!(
    env!("OUT_DIR"),
    "/kerncijfers_enschede.csv.deflate"
));

/// The synthetic file as build.rs read it: the worker's wire format (its reply with the
/// header, and the columns).
const SYNTHETIC_REPLY: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/enschede_synthetisch.csv.reply"));
const SYNTHETIC_COLUMNS: &[u8] = include_bytes!(concat!(
    env!("OUT_DIR"),
    "/enschede_synthetisch.csv.columns"
));

/// The kerncijfers file as build.rs read it.
const KERNCIJFERS_REPLY: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/kerncijfers_enschede.csv.reply"));
const KERNCIJFERS_COLUMNS: &[u8] = include_bytes!(concat!(
    env!("OUT_DIR"),
    "/kerncijfers_enschede.csv.columns"
));

fn inflate(packed: &[u8]) -> Result<Vec<u8>, io::LoadError> {
    miniz_oxide::inflate::decompress_to_vec(packed)
        .map_err(|e| io::LoadError::new(io::LoadErrorKind::EmbeddedData(e.to_string())))
}

/// The bytes of the synthetic file, exactly as committed in `data/` (for tests: the app
/// itself uses the pre-read [`synthetic_loaded`]).
pub fn synthetic_csv() -> Result<Vec<u8>, io::LoadError> {
    inflate(SYNTHETIC_DEFLATE)
}

/// The bytes of the kerncijfers file, exactly as committed in `data/` (for tests).
pub fn kerncijfers_csv() -> Result<Vec<u8>, io::LoadError> {
    inflate(KERNCIJFERS_DEFLATE)
}

/// An embedded file as build.rs read it: the page decodes its columns (no CSV parsing, and
/// none of the loader's code in the page's wasm; shipped uncompressed, so the transfer
/// compresses it once). The header is read as a worker's reply, with the same code.
fn decoded(reply: &[u8], columns: &[u8]) -> Result<io::Loaded, io::LoadError> {
    match crate::loader::reply_from_bytes(reply)? {
        bijstand_worker::Reply::Done { header, .. } => bijstand_worker::decode(*header, &columns),
        _ => Err(bijstand_worker::wire_error("embedded")),
    }
}

// SYNTHETIC_NAME and KERNCIJFERS_NAME, shared with build.rs.
include!("embedded_names.rs");

/// Loads the synthetic default dataset. It is part of the build and covered by tests,
/// so a failure here is a build defect; the caller still gets the error, not a panic.
pub fn synthetic() -> Result<Dataset, io::LoadError> {
    synthetic_loaded().and_then(dataset)
}

/// The synthetic file in the worker's wire format: its reply and its columns (for the
/// page's warm-up of the load path, [`crate::loader::warm_up`]).
pub fn synthetic_wire() -> (&'static [u8], &'static [u8]) {
    (SYNTHETIC_REPLY, SYNTHETIC_COLUMNS)
}

/// [`synthetic`] with the loader's report.
pub fn synthetic_loaded() -> Result<io::Loaded, io::LoadError> {
    decoded(SYNTHETIC_REPLY, SYNTHETIC_COLUMNS)
}

/// Loads the embedded kerncijfers of the seed report.
pub fn kerncijfers() -> Result<Dataset, io::LoadError> {
    kerncijfers_loaded().and_then(dataset)
}

/// [`kerncijfers`] with the loader's report.
pub fn kerncijfers_loaded() -> Result<io::Loaded, io::LoadError> {
    decoded(KERNCIJFERS_REPLY, KERNCIJFERS_COLUMNS)
}

/// Loads an embedded file from its CSV and names its dataset, as build.rs does.
#[cfg(test)]
fn load(
    bytes: &[u8],
    file: &str,
    name: &str,
    synthetic: bool,
) -> Result<io::Loaded, io::LoadError> {
    let mut loaded = io::load(bytes, file, &io::LoadOptions::default())?;
    if let io::Content::Dataset(ds) = &mut loaded.content {
        ds.name = name.to_string();
        ds.synthetic = synthetic;
    }
    Ok(loaded)
}

/// The dataset of an embedded file (which is never a contracts file).
fn dataset(loaded: io::Loaded) -> Result<Dataset, io::LoadError> {
    loaded
        .into_dataset()
        .ok_or_else(|| io::LoadError::new(io::LoadErrorKind::NoHeader))
}

/// True for the name of a dataset that ships with the app (nothing of the user's).
pub fn is_embedded(name: &str) -> bool {
    name == SYNTHETIC_NAME || name == KERNCIJFERS_NAME
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What build.rs wrote is what the loader reads from the committed files today.
    #[test]
    fn the_pre_read_data_equals_the_csv_read_now() {
        let csv = load(
            &synthetic_csv().unwrap(),
            "enschede_synthetisch.csv",
            SYNTHETIC_NAME,
            true,
        )
        .unwrap();
        assert_eq!(synthetic_loaded().unwrap(), csv);
        let csv = load(
            &kerncijfers_csv().unwrap(),
            "kerncijfers_enschede.csv",
            KERNCIJFERS_NAME,
            false,
        )
        .unwrap();
        assert_eq!(kerncijfers_loaded().unwrap(), csv);
    }
}
