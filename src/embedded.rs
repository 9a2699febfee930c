//! The datasets built into the app, so it is useful without any file.

use bijstand_core::io::{self, LoadOptions};
use bijstand_core::model::Dataset;

/// The synthetic person-level Enschede file (see docs/synthetic-data.md).
pub const SYNTHETIC_CSV: &[u8] = include_bytes!("../data/enschede_synthetisch.csv");

/// The figures of the Enschede Uitvoeringsprogramma EAA 2025, as kerncijfers.
pub const KERNCIJFERS_CSV: &[u8] = include_bytes!("../data/kerncijfers_enschede.csv");

/// Display name of the default dataset.
pub const SYNTHETIC_NAME: &str = "Enschede (synthetisch)";

/// Display name of the kerncijfers dataset.
pub const KERNCIJFERS_NAME: &str = "Enschede kerncijfers (UP EAA 2025)";

/// Loads the synthetic default dataset. It is part of the build and covered by tests,
/// so a failure here is a build defect; the caller still gets the error, not a panic.
pub fn synthetic() -> Result<Dataset, io::LoadError> {
    let mut ds = io::load(SYNTHETIC_CSV, "enschede_synthetisch.csv", &LoadOptions::default())?;
    ds.name = SYNTHETIC_NAME.to_string();
    ds.synthetic = true;
    Ok(ds)
}

/// Loads the embedded kerncijfers of the seed report.
pub fn kerncijfers() -> Result<Dataset, io::LoadError> {
    let mut ds = io::load(KERNCIJFERS_CSV, "kerncijfers_enschede.csv", &LoadOptions::default())?;
    ds.name = KERNCIJFERS_NAME.to_string();
    Ok(ds)
}
