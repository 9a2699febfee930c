//! Messages: the app shell and the shared components (header, navigation, share, file
//! loader, print summary, privacy notice, inputs, modal, tables, status notices).

use bijstand_core::i18n::Count;

bijstand_core::messages! {
    // ---- inputs
    /// A typed number outside the allowed range.
    fn choose_between(min: String, max: String) =
        "Kies een waarde van {min} tot en met {max}." / "Choose a value from {min} to {max}.";
    /// A typed text that is no number.
    NOT_A_NUMBER = "Dit is geen getal." / "This is not a number.";

    // ---- navigation, file picker
    /// The tab bar's accessible name.
    SECTIONS = "Onderdelen" / "Sections";
    /// The file input's accessible name.
    OPEN_DATA_FILE = "Open een databestand (CSV, XLSX of JSON)" / "Open a data file (CSV, XLSX or JSON)";
    /// The file button.
    OPEN_FILE = "Bestand openen…" / "Open file…";

    // ---- share dialog
    /// The QR code's title.
    QR_OF_SCENARIO = "QR-code van dit scenario" / "QR code of this scenario";
    /// What a share link holds.
    LINK_HOLDS_NO_DATA = "Deze link bevat alleen de instellingen en aannames, geen gegevens uit het bestand. De ontvanger opent hem met een eigen kopie van de gegevens." / "This link holds only the settings and assumptions, no data from the file. The recipient opens it with their own copy of the data.";
    /// The link box's accessible name.
    LINK_TO_SCENARIO = "Link naar dit scenario" / "Link to this scenario";
    /// The copy button.
    COPY_LINK = "Kopieer link" / "Copy link";
    /// After copying.
    COPIED = "Gekopieerd." / "Copied.";
    /// When copying failed.
    COPY_FAILED = "Kopiëren lukte niet; selecteer de link en kopieer hem met Ctrl+C." / "Copying failed; select the link and press Ctrl+C.";
    /// The link's length.
    fn characters(n: Count) = "{n} tekens" / "{n} characters";
    /// The QR-only dialog's heading.
    SCAN_TO_OPEN = "Scan om dit scenario te openen" / "Scan to open this scenario";
    /// The share dialog's heading.
    SHARE_SCENARIO = "Scenario delen" / "Share scenario";
    /// A dialog's close button.
    CLOSE = "Sluiten" / "Close";

    // ---- small-cell settings
    /// The published-figures switch.
    fn hide_published_below(threshold: Count) =
        "Ook gepubliceerde aantallen onder {threshold} verbergen" / "Also hide published counts below {threshold}";
    /// Help when published small counts are hidden.
    PUBLISHED_HIDDEN_HELP = "Aan: kleine aantallen (en een cel waarmee ze terug te rekenen zijn) staan als <10. Zet uit om de cijfers te tonen zoals ze gepubliceerd zijn." / "On: small counts (and a cell from which they could be recomputed) show as <10. Switch off to show the figures as published.";
    /// Help when published small counts are shown.
    PUBLISHED_SHOWN_HELP = "Uit: de cijfers staan er zoals gepubliceerd, ook aantallen onder de drempel. Deze cijfers zijn al openbaar gemaakt." / "Off: figures are shown as published, small counts included. These figures have already been published.";
    /// The small-cell group's accessible name.
    SMALL_COUNTS = "Kleine aantallen" / "Small counts";
    /// The threshold select.
    HIDE_SMALL_COUNTS_BELOW = "Kleine aantallen verbergen onder" / "Hide small counts below";
}
