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
        .map_err(|e| io::LoadError::new(io::LoadErrorKind::EmbeddedData(e.to_string())))
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
pub const KERNCIJFERS_NAME: &str = "Enschede, Uitvoeringsprogramma EAA 2025";

/// Loads the synthetic default dataset. It is part of the build and covered by tests,
/// so a failure here is a build defect; the caller still gets the error, not a panic.
pub fn synthetic() -> Result<Dataset, io::LoadError> {
    synthetic_loaded().and_then(dataset)
}

/// [`synthetic`] with the loader's report.
pub fn synthetic_loaded() -> Result<io::Loaded, io::LoadError> {
    load(
        &synthetic_csv()?,
        "enschede_synthetisch.csv",
        SYNTHETIC_NAME,
        true,
    )
}

/// Loads the embedded kerncijfers of the seed report.
pub fn kerncijfers() -> Result<Dataset, io::LoadError> {
    kerncijfers_loaded().and_then(dataset)
}

/// [`kerncijfers`] with the loader's report.
pub fn kerncijfers_loaded() -> Result<io::Loaded, io::LoadError> {
    load(
        &kerncijfers_csv()?,
        "kerncijfers_enschede.csv",
        KERNCIJFERS_NAME,
        false,
    )
}

/// Loads an embedded file and names its dataset.
fn load(
    bytes: &[u8],
    file: &str,
    name: &str,
    synthetic: bool,
) -> Result<io::Loaded, io::LoadError> {
    let mut loaded = io::load(bytes, file, &LoadOptions::default())?;
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
