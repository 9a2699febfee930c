//! Messages: the "Start here" panel shown on a first visit (what the app does, which file
//! to bring, the template and its columns, privacy).

use bijstand_core::i18n::Msg;

bijstand_core::messages! {
    /// The panel's heading.
    TITLE = "Zo begint u" / "How to start";
    /// What the app does.
    WHAT = "De Bijstandsverkenner laat zien hoe het bijstandsbestand van een gemeente is samengesteld en zich ontwikkelt, en rekent de doelen voor loonkostensubsidie (LKS) en het BUIG-budget door met aannames die u zelf kiest."
        / "The Bijstandsverkenner shows how a municipality's social-assistance caseload is made up and how it develops, and works out the wage-cost subsidy (LKS) targets and the BUIG budget with assumptions you choose.";
    /// The data in view is synthetic.
    SYNTHETIC_IN_VIEW = "De gegevens die u nu ziet zijn synthetisch: gegenereerd naar het voorbeeld van Enschede, het zijn geen echte personen."
        / "The data you see now is synthetic: generated after the example of Enschede; these are not real persons.";
    /// Which file to bring.
    BRING = "Wilt u uw eigen gemeente zien? Open een export van het uitkeringsbestand: één regel per uitkering, met ten minste de startdatum en de einddatum (leeg zolang de uitkering loopt). CSV, Excel (XLSX) en JSON worden gelezen; kolomnamen uit de gangbare systemen worden herkend."
        / "Want to see your own municipality? Open an export of the benefits file: one row per benefit, with at least the start date and the end date (empty while the benefit runs). CSV, Excel (XLSX) and JSON are read; column names from the common systems are recognised.";
    /// The template downloads' lead-in.
    TEMPLATE = "Sjabloon met de kolommen die de app leest en één voorbeeldregel:" / "Template with the columns the app reads and one example row:";
    /// Download: CSV template.
    TEMPLATE_CSV = "Sjabloon (CSV)" / "Template (CSV)";
    /// Download: Excel template.
    TEMPLATE_XLSX = "Sjabloon (Excel)" / "Template (Excel)";
    /// The folded column list.
    COLUMNS = "Welke kolommen leest de app?" / "Which columns does the app read?";
    /// Caption of the column list.
    COLUMNS_CAPTION = "Kolommen van het uitkeringsbestand" / "Columns of the benefits file";
    /// Column list header: the column name.
    COLUMN = "Kolom" / "Column";
    /// Column list header: what it holds.
    MEANING = "Betekenis" / "Meaning";
    /// Column list header: required.
    REQUIRED = "Verplicht" / "Required";
    /// A required column.
    YES = "ja" / "yes";
    /// An optional column.
    NO = "nee" / "no";
    /// Under the column list.
    COLUMNS_NOTE = "Andere kolommen worden overgeslagen en gemeld. Data als dd-mm-jjjj; ja/nee-kolommen als ja of nee. Bij het openen kunt u met ‘Instellingen controleren’ zien en kiezen welke kolom wat is."
        / "Other columns are skipped and reported. Dates as dd-mm-yyyy; yes/no columns as ja or nee. After opening, ‘Check settings’ shows which column was read as what, and lets you choose.";
    /// Privacy.
    PRIVACY = "Uw bestand blijft in deze browser: niets wordt verstuurd of op een server opgeslagen. Een gedeelde link bevat alleen aannames."
        / "Your file stays in this browser: nothing is sent or stored on a server. A shared link holds only assumptions.";
    /// Hide the panel.
    DISMISS = "Begrepen, verbergen" / "Got it, hide";
    /// Reopen it (footer).
    REOPEN = "Zo begint u" / "How to start";
    /// The template could not be offered for download.
    DOWNLOAD_FAILED = "Het sjabloon kon niet worden gedownload." / "The template could not be downloaded.";

    // What each column of the template holds.
    /// uitkering_id
    COL_UITKERING_ID = "Uitkeringsnummer (pseudoniem, geen BSN)" / "Benefit number (pseudonym, no citizen service number)";
    /// gemeente_code
    COL_GEMEENTE_CODE = "Gemeentecode, bijvoorbeeld GM0153" / "Municipality code, e.g. GM0153";
    /// geslacht
    COL_GESLACHT = "Geslacht: M of V" / "Sex: M or V";
    /// geboortejaar
    COL_GEBOORTEJAAR = "Geboortejaar" / "Year of birth";
    /// leeftijdsklasse
    COL_LEEFTIJDSKLASSE = "Leeftijdsklasse, als het geboortejaar ontbreekt" / "Age band, when the year of birth is missing";
    /// huishoudtype
    COL_HUISHOUDTYPE = "Huishoudtype (alleenstaand, alleenstaande ouder, paar)" / "Household type (alleenstaand, alleenstaande ouder, paar)";
    /// is_statushouder
    COL_IS_STATUSHOUDER = "Statushouder: ja of nee" / "Refugee status holder: ja or nee";
    /// doelgroep
    COL_DOELGROEP = "Doelgroep, als de gemeente die zelf vastlegt" / "Target group, when the municipality records it";
    /// afstand_arbeidsmarkt
    COL_AFSTAND = "Afstand tot de arbeidsmarkt (kort, lang)" / "Distance to the labour market (kort, lang)";
    /// stadsdeel
    COL_STADSDEEL = "Stadsdeel of wijk" / "District";
    /// startdatum
    COL_STARTDATUM = "Startdatum van de uitkering" / "Start date of the benefit";
    /// einddatum
    COL_EINDDATUM = "Einddatum; leeg zolang de uitkering loopt" / "End date; empty while the benefit runs";
    /// uitstroomreden
    COL_UITSTROOMREDEN = "Reden van beëindiging, in de eigen woorden van het systeem" / "Reason the benefit ended, in the system's own words";
    /// inkomsten_arbeid
    COL_INKOMSTEN_ARBEID = "Inkomsten uit arbeid: ja of nee" / "Income from work: ja or nee";
    /// rol
    COL_ROL = "Rol in het dossier: aanvrager of partner" / "Role in the case: aanvrager (applicant) or partner";
    /// geboortedatum
    COL_GEBOORTEDATUM = "Geboortedatum (alleen het jaar wordt gelezen)" / "Date of birth (only the year is read)";
    /// instroomreden
    COL_INSTROOMREDEN = "Instroomreden (code)" / "Reason for inflow (code)";
    /// instroomreden_omschrijving
    COL_INSTROOMREDEN_OMSCHRIJVING = "Omschrijving van de instroomreden" / "Description of the reason for inflow";
}

/// What a template column holds, by its name; `None` for a column this list does not
/// describe (a test keeps the list complete).
pub fn column_meaning(name: &str) -> Option<Msg> {
    Some(match name {
        "uitkering_id" => COL_UITKERING_ID,
        "gemeente_code" => COL_GEMEENTE_CODE,
        "geslacht" => COL_GESLACHT,
        "geboortejaar" => COL_GEBOORTEJAAR,
        "leeftijdsklasse" => COL_LEEFTIJDSKLASSE,
        "huishoudtype" => COL_HUISHOUDTYPE,
        "is_statushouder" => COL_IS_STATUSHOUDER,
        "doelgroep" => COL_DOELGROEP,
        "afstand_arbeidsmarkt" => COL_AFSTAND,
        "stadsdeel" => COL_STADSDEEL,
        "startdatum" => COL_STARTDATUM,
        "einddatum" => COL_EINDDATUM,
        "uitstroomreden" => COL_UITSTROOMREDEN,
        "inkomsten_arbeid" => COL_INKOMSTEN_ARBEID,
        "rol" => COL_ROL,
        "geboortedatum" => COL_GEBOORTEDATUM,
        "instroomreden" => COL_INSTROOMREDEN,
        "instroomreden_omschrijving" => COL_INSTROOMREDEN_OMSCHRIJVING,
        _ => return None,
    })
}
