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

    // --- The figures behind a finding ----------------------------------------------------

    /// Figure `aandeel`.
    FIG_AANDEEL = "aandeel" / "share";
    /// Figure `aandeel gemiddeld bestand`.
    FIG_AANDEEL_GEMIDDELD_BESTAND = "aandeel gemiddeld bestand" / "share, average caseload";
    /// Figure `aandeel jaardoel`.
    FIG_AANDEEL_JAARDOEL = "aandeel jaardoel" / "share of annual target";
    /// Figure `aandeel peildatum`.
    FIG_AANDEEL_PEILDATUM = "aandeel peildatum" / "share, reference date";
    /// Figure `AOW-leeftijd of ouder`.
    FIG_AOW_LEEFTIJD_OF_OUDER = "AOW-leeftijd of ouder" / "AOW age or older";
    /// Figure `apparaat`.
    FIG_APPARAAT = "apparaat" / "overheads";
    /// Figure `beëindigd`.
    FIG_BEEINDIGD = "beëindigd" / "ended";
    /// Figure `bestand begin`.
    FIG_BESTAND_BEGIN = "bestand begin" / "caseload at the start";
    /// Figure `bestand eind`.
    FIG_BESTAND_EIND = "bestand eind" / "caseload at the end";
    /// Figure `bestand peildatum`.
    FIG_BESTAND_PEILDATUM = "bestand peildatum" / "caseload on the reference date";
    /// Figure `boven pro-rata doel`.
    FIG_BOVEN_PRO_RATA_DOEL = "boven pro-rata doel" / "above pro-rata target";
    /// Figure `budget`.
    FIG_BUDGET = "budget" / "budget";
    /// Figure `budget − uitgaven`.
    FIG_BUDGET_MINUS_UITGAVEN = "budget − uitgaven" / "budget − spending";
    /// Figure `deelnemers`.
    FIG_DEELNEMERS = "deelnemers" / "participants";
    /// Figure `direct`.
    FIG_DIRECT = "direct" / "direct";
    /// Figure `gedrukt`.
    FIG_GEDRUKT = "gedrukt" / "printed";
    /// Figure `gemiddeld bestand`.
    FIG_GEMIDDELD_BESTAND = "gemiddeld bestand" / "average caseload";
    /// Figure `gepubliceerd`.
    FIG_GEPUBLICEERD = "gepubliceerd" / "published";
    /// Figure `gestart`.
    FIG_GESTART = "gestart" / "started";
    /// Figure `instroom`.
    FIG_INSTROOM = "instroom" / "inflow";
    /// Figure `in gebruik`.
    FIG_IN_GEBRUIK = "in gebruik" / "in use";
    /// Figure `jaardoel`.
    FIG_JAARDOEL = "jaardoel" / "annual target";
    /// Figure `jonger dan 18`.
    FIG_JONGER_DAN_18 = "jonger dan 18" / "under 18";
    /// Figure `kolommen`.
    FIG_KOLOMMEN = "kolommen" / "columns";
    /// Figure `lopend begin`.
    FIG_LOPEND_BEGIN = "lopend begin" / "running at the start";
    /// Figure `lopend eind`.
    FIG_LOPEND_EIND = "lopend eind" / "running at the end";
    /// Figure `lopend eind gepubliceerd`.
    FIG_LOPEND_EIND_GEPUBLICEERD = "lopend eind gepubliceerd" / "running at the end, published";
    /// Figure `maanden`.
    FIG_MAANDEN = "maanden" / "months";
    /// Figure `mutatie bestand`.
    FIG_MUTATIE_BESTAND = "mutatie bestand" / "change in caseload";
    /// Figure `netto stroom`.
    FIG_NETTO_STROOM = "netto stroom" / "net flow";
    /// Figure `netto toename`.
    FIG_NETTO_TOENAME = "netto toename" / "net increase";
    /// Figure `nodig per resterende maand`.
    FIG_NODIG_PER_RESTERENDE_MAAND = "nodig per resterende maand" / "needed per remaining month";
    /// Figure `nodig voor streefwaarde, gemiddeld bestand`.
    FIG_NODIG_VOOR_STREEFWAARDE_GEMIDDELD_BESTAND = "nodig voor streefwaarde, gemiddeld bestand" / "needed for the target, average caseload";
    /// Figure `nodig voor streefwaarde, peildatum`.
    FIG_NODIG_VOOR_STREEFWAARDE_PEILDATUM = "nodig voor streefwaarde, peildatum" / "needed for the target, reference date";
    /// Figure `onder jaardoel`.
    FIG_ONDER_JAARDOEL = "onder jaardoel" / "below annual target";
    /// Figure `pro-rata doel`.
    FIG_PRO_RATA_DOEL = "pro-rata doel" / "pro-rata target";
    /// Figure `r`.
    FIG_R = "r" / "r";
    /// Figure `realisatie`.
    FIG_REALISATIE = "realisatie" / "realised";
    /// Figure `reden onbekend`.
    FIG_REDEN_ONBEKEND = "reden onbekend" / "reason unknown";
    /// Figure `resultaat gepubliceerd`.
    FIG_RESULTAAT_GEPUBLICEERD = "resultaat gepubliceerd" / "result published";
    /// Figure `r / bestand`.
    FIG_R_PER_BESTAND = "r / bestand" / "r / caseload";
    /// Figure `som`.
    FIG_SOM = "som" / "sum";
    /// Figure `tempo tot nu per maand`.
    FIG_TEMPO_TOT_NU_PER_MAAND = "tempo tot nu per maand" / "pace so far per month";
    /// Figure `tempo t.o.v. pro rata`.
    FIG_TEMPO_T_O_V_PRO_RATA = "tempo t.o.v. pro rata" / "pace vs pro rata";
    /// Figure `tolerantie`.
    FIG_TOLERANTIE = "tolerantie" / "tolerance";
    /// Figure `totaal`.
    FIG_TOTAAL = "totaal" / "total";
    /// Figure `totaal gepubliceerd`.
    FIG_TOTAAL_GEPUBLICEERD = "totaal gepubliceerd" / "total published";
    /// Figure `uitgaven`.
    FIG_UITGAVEN = "uitgaven" / "spending";
    /// Figure `uitstroom`.
    FIG_UITSTROOM = "uitstroom" / "outflow";
    /// Figure `uitstroom totaal`.
    FIG_UITSTROOM_TOTAAL = "uitstroom totaal" / "outflow total";
    /// Figure `verschil`.
    FIG_VERSCHIL = "verschil" / "difference";
    /// Figure `zonder geboortejaar`.
    FIG_ZONDER_GEBOORTEJAAR = "zonder geboortejaar" / "no birth year";
    /// Figure `zonder reden`.
    FIG_ZONDER_REDEN = "zonder reden" / "no reason";
    /// A column's total as printed.
    fn fig_printed(column: &str) = "{column} gedrukt" / "{column} printed";
    /// A column's total as computed.
    fn fig_computed(column: &str) = "{column} berekend" / "{column} computed";
    /// Outflow to work by another source's definition.
    fn fig_work_by(source: &str) = "werk volgens {source}" / "to work according to {source}";
    /// The share of outflow to work by another source's definition.
    fn fig_share_work_by(source: &str) = "aandeel werk volgens {source}" / "share to work according to {source}";
    /// The share of a definition of outflow to work.
    fn fig_share_of(what: &str) = "aandeel {what}" / "share {what}";
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
