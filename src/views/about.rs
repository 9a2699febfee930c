//! The "Over deze app" screen model: version, what happens to data, and the licences of
//! what the page bundles (`crate::build_info`, generated at build time).

use bijstand_core::i18n::Count;
use bijstand_core::lang::Lang;

use super::Table;
use crate::build_info;
use crate::messages::about as m;

/// Everything the panel shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AboutView {
    /// Title.
    pub title: String,
    /// "Versie 0.1.0 (a1b2c3d4e)".
    pub version: String,
    /// Paragraphs: privacy, links and versions, the app's own licence.
    pub paragraphs: Vec<String>,
    /// The bundled packages: name, version, licence, source.
    pub licences: Table,
    /// The close button.
    pub close: String,
}

/// The panel in `lang`.
pub fn build(lang: Lang) -> AboutView {
    AboutView {
        title: m::ABOUT.get(lang).into(),
        version: m::version(lang, &build_info::version()),
        paragraphs: vec![
            m::ABOUT_TEXT.get(lang).into(),
            m::ABOUT_LINKS.get(lang).into(),
            m::OWN_LICENCE.get(lang).into(),
        ],
        licences: Table {
            caption: m::licences_caption(lang, Count(build_info::LICENCES.len() as i64)),
            headers: [m::COMPONENT, m::VERSION_COLUMN, m::LICENCE, m::SOURCE]
                .iter()
                .map(|h| h.get(lang).to_string())
                .collect(),
            rows: build_info::LICENCES
                .iter()
                .map(|l| {
                    vec![
                        l.name.to_string(),
                        l.version.to_string(),
                        l.licence.to_string(),
                        l.source.to_string(),
                    ]
                })
                .collect(),
        },
        close: m::CLOSE.get(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panel_names_the_version_and_every_bundled_licence() {
        let nl = build(Lang::Nl);
        assert!(nl
            .version
            .starts_with(&format!("Versie {}", env!("CARGO_PKG_VERSION"))));
        assert_eq!(nl.licences.rows.len(), build_info::LICENCES.len());
        let plotly = nl
            .licences
            .rows
            .iter()
            .find(|r| r[0] == "plotly.js-basic-dist-min");
        assert_eq!(plotly.map(|r| r[2].as_str()), Some("MIT"));
        assert!(nl.paragraphs[0].contains("geen server"));
        let en = build(Lang::En);
        assert!(en.version.starts_with("Version "));
        assert!(en.licences.caption.starts_with("Bundled components"));
    }
}
