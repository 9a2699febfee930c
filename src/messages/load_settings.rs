//! Messages: the load-settings dialog (file preview, settings, column mapping).

use bijstand_core::i18n::{Count, Plain};

bijstand_core::messages! {
    /// "UTF-8 with BOM"
    UTF_8_WITH_BOM = "UTF-8 met BOM" / "UTF-8 with BOM";
    /// "UTF-16 (Unicode text)"
    UTF_16 = "UTF-16 (Unicode-tekst)" / "UTF-16 (Unicode text)";
    /// "decimal comma (1.234,5)"
    DECIMAL_COMMA = "decimale komma (1.234,5)" / "decimal comma (1.234,5)";
    /// "decimal point (1,234.5)"
    DECIMAL_POINT = "decimale punt (1,234.5)" / "decimal point (1,234.5)";
    /// "The dates in the sample rows are day-month-year."
    DATES_DAY_FIRST = "De datums in de voorbeeldrijen zijn dag-maand-jaar." / "The dates in the sample rows are day-month-year.";
    /// "The dates in the sample rows could be either (like 01-02-2024): check the order."
    DATES_AMBIGUOUS = "De datums in de voorbeeldrijen kunnen beide zijn (zoals 01-02-2024): controleer de volgorde." / "The dates in the sample rows could be either (like 01-02-2024): check the order.";
    /// "The dates in the sample rows look month-day-year (American, like 09-30-2024)."
    DATES_LOOK_MONTH_FIRST = "De datums in de voorbeeldrijen lijken maand-dag-jaar (Amerikaans, zoals 09-30-2024)." / "The dates in the sample rows look month-day-year (American, like 09-30-2024).";
    /// "Automatic"
    AUTOMATIC = "Automatisch" / "Automatic";
    /// "File"
    FILE = "Bestand" / "File";
    /// "Format"
    FORMAT = "Formaat" / "Format";
    /// "Kind of data"
    KIND_OF_DATA = "Soort gegevens" / "Kind of data";
    /// "person-level benefits (caseload file)"
    PERSON_LEVEL_BENEFITS = "uitkeringen op persoonsniveau (bijstandsbestand)" / "person-level benefits (caseload file)";
    /// "key figures (aggregate)"
    KEY_FIGURES = "kerncijfers (geaggregeerd)" / "key figures (aggregate)";
    /// "LKS contracts (wage cost subsidy)"
    LKS_CONTRACTS = "LKS-contracten (loonkostensubsidie)" / "LKS contracts (wage cost subsidy)";
    /// Kind of data: trajectories.
    TRAJECTORIES = "Trajecten (deelname aan trajecten, sociale activering)" / "Trajectories (participation, social activation)";
    /// Kind of data: a code list.
    CODE_LIST = "Codelijst (code en omschrijving)" / "Code list (code and description)";
    /// Field `code`.
    FIELD_CODE = "Code" / "Code";
    /// Field `omschrijving`.
    FIELD_OMSCHRIJVING = "Omschrijving" / "Description";
    /// "Sample"
    SAMPLE = "Voorbeeld" / "Sample";
    /// "the whole file"
    THE_WHOLE_FILE = "het hele bestand" / "the whole file";
    /// "Encoding"
    ENCODING = "Tekenset" / "Encoding";
    /// "Separator"
    SEPARATOR = "Scheidingsteken" / "Separator";
    /// "Numbers"
    NUMBERS = "Getallen" / "Numbers";
    /// "day-month-year (Dutch, 30-09-2024)"
    DAY_MONTH_YEAR = "dag-maand-jaar (Nederlands, 30-09-2024)" / "day-month-year (Dutch, 30-09-2024)";
    /// "month-day-year (American, 09-30-2024)"
    MONTH_DAY_YEAR = "maand-dag-jaar (Amerikaans, 09-30-2024)" / "month-day-year (American, 09-30-2024)";
    /// "Date order"
    DATE_ORDER = "Datumvolgorde" / "Date order";
    /// "row"
    ROW = "rij" / "row";
    /// "line"
    LINE = "regel" / "line";
    /// "Header row (column names)"
    HEADER_ROW = "Kopregel (kolomnamen)" / "Header row (column names)";
    /// "Sheet"
    SHEET = "Werkblad" / "Sheet";
    /// "no valid date"
    NO_VALID_DATE = "geen geldige datum" / "no valid date";
    /// "do not use"
    DO_NOT_USE = "niet gebruiken" / "do not use";
    /// "unknown"
    UNKNOWN = "onbekend" / "unknown";
    /// "Line"
    LINE_HEADER = "Regel" / "Line";
    /// "The first rows as these settings read them"
    FIRST_ROWS_AS_READ = "De eerste regels zoals ze met deze instellingen worden gelezen" / "The first rows as these settings read them";
    /// "The file has more rows; Load reads all of them."
    MORE_ROWS_LOAD_READS_ALL = "Het bestand heeft meer regels; bij Laden worden ze allemaal gelezen." / "The file has more rows; Load reads all of them.";
    /// "Cancel and close"
    CANCEL_AND_CLOSE = "Annuleren en sluiten" / "Cancel and close";
    /// "Loading failed with the previous settings:"
    LOADING_FAILED_PREVIOUS_SETTINGS = "Laden lukte niet met de vorige instellingen:" / "Loading failed with the previous settings:";
    /// "Check the settings below, look at the preview and choose Load."
    CHECK_THE_SETTINGS_BELOW = "Controleer de instellingen hieronder, bekijk het voorbeeld en kies Laden." / "Check the settings below, look at the preview and choose Load.";
    /// "Detected settings (can be changed)"
    DETECTED_SETTINGS = "Gevonden instellingen (aan te passen)" / "Detected settings (can be changed)";
    /// "These settings do not read the file: "
    SETTINGS_DO_NOT_READ_FILE = "Met deze instellingen lukt het lezen niet: " / "These settings do not read the file: ";
    /// "Columns: what does each hold?"
    COLUMNS_WHAT_EACH_HOLDS = "Kolommen: welk gegeven staat erin?" / "Columns: what does each hold?";
    /// "Header in the file"
    HEADER_IN_THE_FILE = "Kop in het bestand" / "Header in the file";
    /// "Read as"
    READ_AS_HEADER = "Lezen als" / "Read as";
    /// "How"
    HOW = "Hoe" / "How";
    /// "Always show settings first"
    ALWAYS_SHOW_SETTINGS_FIRST = "Altijd eerst instellingen tonen" / "Always show settings first";
    /// "All automatic"
    ALL_AUTOMATIC = "Alles automatisch" / "All automatic";
    /// "Cancel"
    CANCEL = "Annuleren" / "Cancel";
    /// "Load"
    LOAD = "Laden" / "Load";
    /// A setting's choice that shows what detection found.
    fn automatic_found(what: &str) = "Automatisch: {what}" / "Automatic: {what}";
    /// A sample that is not the whole file.
    fn first_kb_of_file(kb: Count) =
        "de eerste {kb} kB van het bestand; bij Laden wordt alles gelezen"
        / "the first {kb} kB of the file; Load reads all of it";
    /// The dialog's title.
    fn settings_for(file: &str) = "Instellingen voor {file}" / "Settings for {file}";
    /// How the first date of a date column reads with the chosen order.
    fn example_reads_as(cell: &str, read: &str) =
        "Voorbeeld: ‘{cell}’ wordt {read}." / "Example: ‘{cell}’ reads as {read}.";
    /// A column's mapping select.
    fn column_read_as(position: &str, header: &str) =
        "Kolom {position} ‘{header}’ lezen als" / "Column {position} ‘{header}’ read as";
    /// The column header of the mapping table.
    COLUMN = "Kolom" / "Column";
    /// A preview row that is a total row.
    fn line_total(line: Plain<usize>) = "{line} (totaal)" / "{line} (total)";
    /// Announced when the preview is redrawn.
    fn preview_updated(rows: Count) = "Voorbeeld bijgewerkt: {rows} regels" / "Preview updated: {rows} rows";

    // ---- the fields a column can be mapped to (codes of core::io::mappable_fields)
    /// Field `uitkering_id`.
    FIELD_UITKERING_ID = "Uitkeringsnummer (pseudoniem)" / "Benefit number (pseudonym)";
    /// Field `gemeente_code`.
    FIELD_GEMEENTE_CODE = "Gemeentecode (GM0153)" / "Municipality code (GM0153)";
    /// Field `geslacht`.
    FIELD_GESLACHT = "Geslacht" / "Gender";
    /// Field `geboortejaar`.
    FIELD_GEBOORTEJAAR = "Geboortejaar" / "Year of birth";
    /// Field `leeftijdsklasse`.
    FIELD_LEEFTIJDSKLASSE = "Leeftijdsklasse" / "Age group";
    /// Field `huishoudtype`.
    FIELD_HUISHOUDTYPE = "Huishoudtype" / "Household type";
    /// Field `is_statushouder`.
    FIELD_IS_STATUSHOUDER = "Statushouder (ja/nee)" / "Status holder (yes/no)";
    /// Field `doelgroep`.
    FIELD_DOELGROEP = "Doelgroep" / "Target group";
    /// Field `afstand_arbeidsmarkt`.
    FIELD_AFSTAND_ARBEIDSMARKT = "Afstand tot de arbeidsmarkt" / "Distance to the labour market";
    /// Field `stadsdeel`.
    FIELD_STADSDEEL = "Stadsdeel" / "District";
    /// Field `rol`.
    FIELD_ROL = "Rol in het dossier (aanvrager/partner)" / "Role in the case (applicant/partner)";
    /// Field `geboortedatum`.
    FIELD_GEBOORTEDATUM = "Geboortedatum (alleen het jaar wordt gelezen)" / "Date of birth (only the year is read)";
    /// Field `startdatum`.
    FIELD_STARTDATUM = "Startdatum" / "Start date";
    /// Field `einddatum`.
    FIELD_EINDDATUM = "Einddatum" / "End date";
    /// Field `uitstroomreden`.
    FIELD_UITSTROOMREDEN = "Uitstroomreden" / "Reason for leaving";
    /// Field `inkomsten_arbeid`.
    FIELD_INKOMSTEN_ARBEID = "Inkomsten uit arbeid (ja/nee)" / "Income from work (yes/no)";
    /// Field `gemeente`.
    FIELD_GEMEENTE = "Gemeente" / "Municipality";
    /// Field `indicator`.
    FIELD_INDICATOR = "Indicator" / "Indicator";
    /// Field `dimensie`.
    FIELD_DIMENSIE = "Dimensie" / "Dimension";
    /// Field `categorie`.
    FIELD_CATEGORIE = "Categorie" / "Category";
    /// Field `periode_type`.
    FIELD_PERIODE_TYPE = "Soort periode" / "Kind of period";
    /// Field `periode_van`.
    FIELD_PERIODE_VAN = "Periode van" / "Period from";
    /// Field `periode_tot`.
    FIELD_PERIODE_TOT = "Periode tot en met / peildatum" / "Period to / reference date";
    /// Field `waarde`.
    FIELD_WAARDE = "Waarde" / "Value";
    /// Field `eenheid`.
    FIELD_EENHEID = "Eenheid" / "Unit";
    /// Field `status`.
    FIELD_STATUS = "Status (realisatie, prognose, …)" / "Status (actual, forecast, …)";
    /// Field `versie`.
    FIELD_VERSIE = "Versie" / "Version";
    /// Field `definitie`.
    FIELD_DEFINITIE = "Definitie" / "Definition";
    /// Field `bron`.
    FIELD_BRON = "Bron" / "Source";
    /// Field `opmerking`.
    FIELD_OPMERKING = "Opmerking" / "Remark";
    /// Field `contract_id`.
    FIELD_CONTRACT_ID = "Contractnummer (pseudoniem)" / "Contract number (pseudonym)";
    /// Field `persoon_status`.
    FIELD_PERSOON_STATUS = "Status persoon (hug, pug, nug)" / "Person status (hug, pug, nug)";
    /// Field `loonwaarde_pct`.
    FIELD_LOONWAARDE_PCT = "Loonwaarde (% WML)" / "Wage value (% of minimum wage)";
    /// Field `loonwaarde_datum`.
    FIELD_LOONWAARDE_DATUM = "Datum loonwaardemeting" / "Date of wage value assessment";
    /// Field `uren_per_week`.
    FIELD_UREN_PER_WEEK = "Uren per week" / "Hours per week";
    /// Field `werkgever_type`.
    FIELD_WERKGEVER_TYPE = "Soort werkgever" / "Kind of employer";
    /// Field `toegangsroute`.
    FIELD_TOEGANGSROUTE = "Toegangsroute" / "Access route";
    /// Field `einde_reden`.
    FIELD_EINDE_REDEN = "Reden einde" / "Reason for ending";
    /// Field `subsidie_mnd`.
    FIELD_SUBSIDIE_MND = "Subsidie per maand (€)" / "Subsidy per month (€)";
    /// Field `traject_id`.
    FIELD_TRAJECT_ID = "Trajectnummer (pseudoniem)" / "Trajectory number (pseudonym)";
    /// Field `persoon_id`.
    FIELD_PERSOON_ID = "Persoonsnummer (pseudoniem)" / "Person number (pseudonym)";
    /// Field `traject_code`.
    FIELD_TRAJECT_CODE = "Soort traject (code of omschrijving)" / "Kind of trajectory (code or description)";
    /// Field `telt_sociale_activering`.
    FIELD_TELT_SOCIALE_ACTIVERING = "Telt mee voor sociale activering (ja/nee)" / "Counts for social activation (yes/no)";
    /// Field `instroomreden`.
    FIELD_INSTROOMREDEN = "Instroomreden / oorzaak bijstandsafhankelijkheid (code)" / "Reason for inflow / cause of dependency (code)";
    /// Field `instroomreden_omschrijving`.
    FIELD_INSTROOMREDEN_OMSCHRIJVING = "Omschrijving instroomreden" / "Description of the reason for inflow";
    // ---- ambiguous columns, remembered mapping
    /// Legend of a question: which column is this field.
    fn which_column_is(field: &str) = "Welke kolom is {field}?" / "Which column is {field}?";
    /// Under the question.
    ASK_NEVER_GUESSES = "Deze kolommen passen even goed. De app kiest hier nooit zelf: kies de kolom die u bedoelt; de andere wordt niet gebruikt."
        / "These columns fit equally well. The app never guesses here: choose the column you mean; the other is not used.";
    /// A column as a choice in a question.
    fn column_choice(column: &str, position: &str) = "'{column}' (kolom {position})" / "'{column}' (column {position})";
    /// Your column choices are remembered on load.
    CHOICES_REMEMBERED = "Uw keuzes voor de kolommen worden bij Laden onthouden voor bestanden met dezelfde kolommen (in deze browser; alleen kolomnamen, nooit gegevens)."
        / "Your column choices are remembered on Load for files with the same columns (in this browser; column names only, never data).";
}

/// The label of a mappable field, by its code (`uitkering_id`, `startdatum`, …).
pub fn field(code: &str) -> Option<bijstand_core::i18n::Msg> {
    Some(match code {
        "uitkering_id" => FIELD_UITKERING_ID,
        "gemeente_code" => FIELD_GEMEENTE_CODE,
        "geslacht" => FIELD_GESLACHT,
        "geboortejaar" => FIELD_GEBOORTEJAAR,
        "leeftijdsklasse" => FIELD_LEEFTIJDSKLASSE,
        "huishoudtype" => FIELD_HUISHOUDTYPE,
        "is_statushouder" => FIELD_IS_STATUSHOUDER,
        "doelgroep" => FIELD_DOELGROEP,
        "afstand_arbeidsmarkt" => FIELD_AFSTAND_ARBEIDSMARKT,
        "stadsdeel" => FIELD_STADSDEEL,
        "startdatum" => FIELD_STARTDATUM,
        "einddatum" => FIELD_EINDDATUM,
        "uitstroomreden" => FIELD_UITSTROOMREDEN,
        "inkomsten_arbeid" => FIELD_INKOMSTEN_ARBEID,
        "rol" => FIELD_ROL,
        "geboortedatum" => FIELD_GEBOORTEDATUM,
        "gemeente" => FIELD_GEMEENTE,
        "indicator" => FIELD_INDICATOR,
        "dimensie" => FIELD_DIMENSIE,
        "categorie" => FIELD_CATEGORIE,
        "periode_type" => FIELD_PERIODE_TYPE,
        "periode_van" => FIELD_PERIODE_VAN,
        "periode_tot" => FIELD_PERIODE_TOT,
        "waarde" => FIELD_WAARDE,
        "eenheid" => FIELD_EENHEID,
        "status" => FIELD_STATUS,
        "versie" => FIELD_VERSIE,
        "definitie" => FIELD_DEFINITIE,
        "bron" => FIELD_BRON,
        "opmerking" => FIELD_OPMERKING,
        "contract_id" => FIELD_CONTRACT_ID,
        "persoon_status" => FIELD_PERSOON_STATUS,
        "loonwaarde_pct" => FIELD_LOONWAARDE_PCT,
        "loonwaarde_datum" => FIELD_LOONWAARDE_DATUM,
        "uren_per_week" => FIELD_UREN_PER_WEEK,
        "werkgever_type" => FIELD_WERKGEVER_TYPE,
        "toegangsroute" => FIELD_TOEGANGSROUTE,
        "einde_reden" => FIELD_EINDE_REDEN,
        "subsidie_mnd" => FIELD_SUBSIDIE_MND,
        "traject_id" => FIELD_TRAJECT_ID,
        "persoon_id" => FIELD_PERSOON_ID,
        "traject_code" => FIELD_TRAJECT_CODE,
        "telt_sociale_activering" => FIELD_TELT_SOCIALE_ACTIVERING,
        "instroomreden" => FIELD_INSTROOMREDEN,
        "code" => FIELD_CODE,
        "omschrijving" => FIELD_OMSCHRIJVING,
        "instroomreden_omschrijving" => FIELD_INSTROOMREDEN_OMSCHRIJVING,
        _ => return None,
    })
}
