//! Messages: the "Over deze app" panel (version, privacy, licences).

bijstand_core::messages! {
    /// The footer button and the panel's title.
    ABOUT = "Over deze app" / "About this app";
    /// The version line.
    fn version(version: &str) = "Versie {version}" / "Version {version}";
    /// What the app is and does with data.
    ABOUT_TEXT = "De Bijstandsverkenner rekent volledig in uw browser. Er is geen server: uw bestanden worden niet verstuurd en nergens opgeslagen. Een gedeelde link bevat alleen de aannames, nooit gegevens."
        / "The Bijstandsverkenner computes entirely in your browser. There is no server: your files are not sent and not stored anywhere. A shared link holds only the assumptions, never data.";
    /// Links and versions.
    ABOUT_LINKS = "Een link die met een andere versie is gemaakt, opent ook hier; instellingen die deze versie niet kent, worden gemeld."
        / "A link made with another version opens here too; settings this version does not know are reported.";
    /// The app's own licence.
    OWN_LICENCE = "De app zelf valt onder de EUPL-1.2." / "The app itself is licensed under the EUPL-1.2.";
    /// Heading of the licences table.
    fn licences_caption(n: bijstand_core::i18n::Count) = "Meegeleverde onderdelen en hun licenties ({n})" / "Bundled components and their licences ({n})";
    /// Column: component.
    COMPONENT = "Onderdeel" / "Component";
    /// Column: version.
    VERSION_COLUMN = "Versie" / "Version";
    /// Column: licence.
    LICENCE = "Licentie" / "Licence";
    /// Column: source.
    SOURCE = "Bron" / "Source";
    /// The close button.
    CLOSE = "Sluiten" / "Close";
}
