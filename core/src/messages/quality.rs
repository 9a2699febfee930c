//! Messages: data-quality findings ([`crate::quality`]): the names of the file codes that
//! findings mention, and periods.
//!
//! A code of the file (indicator, category, source version) is written as in the file in
//! Dutch; each message here has that code as its Dutch text and the English name as its
//! English text.

use crate::date::Date;
use crate::i18n::{Msg, Plain};

crate::messages! {
    // --- Periods ---------------------------------------------------------------------------

    /// A whole calendar year.
    fn period_year(year: Plain<i32>) = "{year}" / "{year}";
    /// A period between two dates.
    fn period_range(from: Date, to: Date) = "{from} t/m {to}" / "{from} to {to}";

    // --- Indicators ------------------------------------------------------------------------

    /// `bestand_uitkeringen`.
    INDICATOR_BESTAND_UITKERINGEN = "bestand_uitkeringen" / "caseload";
    /// `instroom`.
    INDICATOR_INSTROOM = "instroom" / "inflow";
    /// `uitstroom`.
    INDICATOR_UITSTROOM = "uitstroom" / "outflow";
    /// `traject_deelnemers`.
    INDICATOR_TRAJECT_DEELNEMERS = "traject_deelnemers" / "participants in trajectories";
    /// `buig_budget`.
    INDICATOR_BUIG_BUDGET = "buig_budget" / "BUIG budget";
    /// `buig_uitgaven`.
    INDICATOR_BUIG_UITGAVEN = "buig_uitgaven" / "BUIG spending";
    /// `buig_resultaat`.
    INDICATOR_BUIG_RESULTAAT = "buig_resultaat" / "BUIG result";
    /// `buig_groeiaanname`.
    INDICATOR_BUIG_GROEIAANNAME = "buig_groeiaanname" / "caseload growth assumption";
    /// `programmabudget`.
    INDICATOR_PROGRAMMABUDGET = "programmabudget" / "programme budget";
    /// `programmadekking`.
    INDICATOR_PROGRAMMADEKKING = "programmadekking" / "programme funding";
    /// `statushouders_taakstelling`.
    INDICATOR_STATUSHOUDERS_TAAKSTELLING = "statushouders_taakstelling" / "refugees to be housed";
    /// `inburgering_deelnames`.
    INDICATOR_INBURGERING_DEELNAMES = "inburgering_deelnames" / "civic-integration route starts";
    /// `jongerenketen_instroom`.
    INDICATOR_JONGERENKETEN_INSTROOM = "jongerenketen_instroom" / "youth chain inflow";
    /// `jongerenketen_uitstroom`.
    INDICATOR_JONGERENKETEN_UITSTROOM = "jongerenketen_uitstroom" / "youth chain outflow";
    /// `lks_gestart`.
    INDICATOR_LKS_GESTART = "lks_gestart" / "LKS contracts started";
    /// `plaatsingen_werkplein`.
    INDICATOR_PLAATSINGEN_WERKPLEIN = "plaatsingen_werkplein" / "Werkplein placements";

    // --- Categories --------------------------------------------------------------------------

    /// `totaal`.
    CATEGORY_TOTAAL = "totaal" / "total";
    /// `jongere`.
    CATEGORY_JONGERE = "jongere" / "under 27";
    /// `statushouder`.
    CATEGORY_STATUSHOUDER = "statushouder" / "refugees";
    /// `overig`.
    CATEGORY_OVERIG = "overig" / "other";
    /// `werk`.
    CATEGORY_WERK = "werk" / "work";

    // --- Source versions ---------------------------------------------------------------------

    /// `tekst`.
    SOURCE_TEKST = "tekst" / "running text";
    /// `afgeleid`.
    SOURCE_AFGELEID = "afgeleid" / "derived";
    /// `gedrukt`.
    SOURCE_GEDRUKT = "gedrukt" / "as printed";
    /// `prognosemodel`.
    SOURCE_PROGNOSEMODEL = "prognosemodel" / "forecast model";
    /// `voorlopig`.
    SOURCE_VOORLOPIG = "voorlopig" / "provisional";
    /// `nader_voorlopig`.
    SOURCE_NADER_VOORLOPIG = "nader_voorlopig" / "revised provisional";
    /// `definitief`.
    SOURCE_DEFINITIEF = "definitief" / "final";
    /// `tabel_<n>`.
    fn source_table(n: &str) = "tabel_{n}" / "table {n}";
    /// `figuur_<n>`.
    fn source_figure(n: &str) = "figuur_{n}" / "figure {n}";
}

/// The name of an indicator code, when known.
pub fn indicator(code: &str) -> Option<Msg> {
    Some(match code {
        "bestand_uitkeringen" => INDICATOR_BESTAND_UITKERINGEN,
        "instroom" => INDICATOR_INSTROOM,
        "uitstroom" => INDICATOR_UITSTROOM,
        "traject_deelnemers" => INDICATOR_TRAJECT_DEELNEMERS,
        "buig_budget" => INDICATOR_BUIG_BUDGET,
        "buig_uitgaven" => INDICATOR_BUIG_UITGAVEN,
        "buig_resultaat" => INDICATOR_BUIG_RESULTAAT,
        "buig_groeiaanname" => INDICATOR_BUIG_GROEIAANNAME,
        "programmabudget" => INDICATOR_PROGRAMMABUDGET,
        "programmadekking" => INDICATOR_PROGRAMMADEKKING,
        "statushouders_taakstelling" => INDICATOR_STATUSHOUDERS_TAAKSTELLING,
        "inburgering_deelnames" => INDICATOR_INBURGERING_DEELNAMES,
        "jongerenketen_instroom" => INDICATOR_JONGERENKETEN_INSTROOM,
        "jongerenketen_uitstroom" => INDICATOR_JONGERENKETEN_UITSTROOM,
        "lks_gestart" => INDICATOR_LKS_GESTART,
        "plaatsingen_werkplein" => INDICATOR_PLAATSINGEN_WERKPLEIN,
        _ => return None,
    })
}

/// The name of a category code, when known (budget lines: see
/// [`crate::programme::line_label`]).
pub fn category(code: &str) -> Option<Msg> {
    Some(match code {
        "totaal" => CATEGORY_TOTAAL,
        "jongere" => CATEGORY_JONGERE,
        "statushouder" => CATEGORY_STATUSHOUDER,
        "overig" => CATEGORY_OVERIG,
        "werk" => CATEGORY_WERK,
        _ => return None,
    })
}

/// The name of a source version without a number, when known.
pub fn source(versie: &str) -> Option<Msg> {
    Some(match versie {
        "tekst" => SOURCE_TEKST,
        "afgeleid" => SOURCE_AFGELEID,
        "gedrukt" => SOURCE_GEDRUKT,
        "prognosemodel" => SOURCE_PROGNOSEMODEL,
        "voorlopig" => SOURCE_VOORLOPIG,
        "nader_voorlopig" => SOURCE_NADER_VOORLOPIG,
        "definitief" => SOURCE_DEFINITIEF,
        _ => return None,
    })
}
