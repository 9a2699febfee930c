//! The datasets built into the app, so it is useful without any file.

use bijstand_core::io::{self, LoadOptions};
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

fn inflate(packed: &[u8]) -> Result<Vec<u8>, io::LoadError> {
    miniz_oxide::inflate::decompress_to_vec(packed)
        .map_err(|e| io::LoadError::new(io::LoadErrorKind::EmbeddedData(format!("{e:?}"))))
}

/// The bytes of the synthetic file, exactly as committed in `data/`.
pub fn synthetic_csv() -> Result<Vec<u8>, io::LoadError> {
    inflate(SYNTHETIC_DEFLATE)
}

/// The bytes of the kerncijfers file, exactly as committed in `data/`.
pub fn kerncijfers_csv() -> Result<Vec<u8>, io::LoadError> {
    inflate(KERNCIJFERS_DEFLATE)
}

/// Display name of the default dataset.
pub const SYNTHETIC_NAME: &str = "Enschede (synthetisch)";

/// Display name of the kerncijfers dataset.
pub const KERNCIJFERS_NAME: &str = "Enschede kerncijfers (UP EAA 2025)";

/// Loads the synthetic default dataset. It is part of the build and covered by tests,
/// so a failure here is a build defect; the caller still gets the error, not a panic.
pub fn synthetic() -> Result<Dataset, io::LoadError> {
    let mut ds = io::load(
        &synthetic_csv()?,
        "enschede_synthetisch.csv",
        &LoadOptions::default(),
    )?;
    ds.name = SYNTHETIC_NAME.to_string();
    ds.synthetic = true;
    Ok(ds)
}

/// Loads the embedded kerncijfers of the seed report.
pub fn kerncijfers() -> Result<Dataset, io::LoadError> {
    let mut ds = io::load(
        &kerncijfers_csv()?,
        "kerncijfers_enschede.csv",
        &LoadOptions::default(),
    )?;
    ds.name = KERNCIJFERS_NAME.to_string();
    Ok(ds)
}

/// True for the name of a dataset that ships with the app (nothing of the user's).
pub fn is_embedded(name: &str) -> bool {
    name == SYNTHETIC_NAME || name == KERNCIJFERS_NAME
}
