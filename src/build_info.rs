//! What this build is: its version, commit and the licences of what the page bundles,
//! written by `build.rs` (from Cargo.toml, git, `cargo metadata` and `package-lock.json`).

/// A bundled package and its licence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Licence {
    /// Package name.
    pub name: &'static str,
    /// Its version.
    pub version: &'static str,
    /// SPDX licence expression (`MIT OR Apache-2.0`).
    pub licence: &'static str,
    /// Where it comes from (repository URL, or `npm`).
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/build_info.rs"));

/// The version as the app shows it: `0.1.0 (a1b2c3d4e)`.
pub fn version() -> String {
    format!("{VERSION} ({COMMIT})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_lists_its_licences() {
        assert_eq!(VERSION, env!("CARGO_PKG_VERSION"));
        assert!(!COMMIT.is_empty());
        let find = |n: &str| LICENCES.iter().find(|l| l.name == n);
        assert_eq!(
            find("plotly.js-basic-dist-min").map(|l| l.licence),
            Some("MIT")
        );
        let yew = find("yew").expect("yew is bundled");
        assert!(
            yew.licence.contains("MIT") || yew.licence.contains("Apache"),
            "{yew:?}"
        );
        assert!(find("calamine").is_some(), "the worker's crates count too");
        assert!(
            find("proptest").is_none(),
            "test-only crates are not bundled"
        );
        assert!(
            find("bijstand-core").is_none(),
            "our own crates are not listed"
        );
        assert!(LICENCES.iter().all(|l| !l.licence.is_empty()));
    }
}
