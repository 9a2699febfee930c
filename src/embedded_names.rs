// The names of the embedded datasets: included by src/embedded.rs and by build.rs, which
// writes them into the pre-read data.

/// Display name of the default dataset.
pub const SYNTHETIC_NAME: &str = "Enschede (synthetisch)";

/// Display name of the kerncijfers dataset.
pub const KERNCIJFERS_NAME: &str = "Enschede, Uitvoeringsprogramma EAA 2025";
