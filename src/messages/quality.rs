//! Messages: quality (Datakwaliteit: the findings and how the file was read).

use bijstand_core::i18n::Count;

bijstand_core::messages! {
    /// Screen heading.
    TITLE = "Datakwaliteit" / "Data quality";
    /// After the summary: what the findings are and are not.
    REASSURANCE = "Niets hiervan is een fout in de app of een reden om de cijfers niet te gebruiken: het laat zien waar cijfers uit verschillende bronnen of definities komen, zodat u weet welk getal u noemt."
        / "None of this is an error in the app or a reason not to use the figures: it shows where figures come from different sources or definitions, so you know which number you quote.";
    /// Badge: worth a look.
    TONE_LET_OP = "Let op" / "Note";
    /// Badge: information.
    TONE_INFO = "Info" / "Info";
    /// Badge: a check that passed.
    TONE_OK = "In orde" / "OK";
    /// Topic: stock and flows.
    TOPIC_STOCK_FLOWS = "Bestand en stromen" / "Stock and flows";
    /// Topic: sources.
    TOPIC_SOURCES = "Verschillende bronnen voor hetzelfde cijfer" / "Different sources for one figure";
    /// Topic: groups and totals.
    TOPIC_SUMS = "Groepen en totalen" / "Groups and totals";
    /// Topic: outflow.
    TOPIC_OUTFLOW = "Uitstroom naar reden en naar werk" / "Outflow by reason and to work";
    /// Topic: participation.
    TOPIC_PARTICIPATION = "Sociale activering" / "Social activation";
    /// Topic: LKS.
    TOPIC_LKS = "Loonkostensubsidie (LKS)" / "Wage-cost subsidy (LKS)";
    /// Topic: Werkplein.
    TOPIC_WERKPLEIN = "Plaatsingen Werkplein" / "Werkplein placements";
    /// Topic: BUIG.
    TOPIC_BUIG = "BUIG-budget" / "BUIG budget";
    /// Topic: programme budget.
    TOPIC_PROGRAMME = "Programmabegroting (bijlage 1)" / "Programme budget (Annex 1)";
    /// Topic: refugees.
    TOPIC_STATUSHOUDERS = "Statushouders en inburgering" / "Refugees and civic integration";
    /// Topic: benefit records.
    TOPIC_EPISODES = "Uitkeringsgegevens" / "Benefit records";
    /// Topic: reading the file.
    TOPIC_LOAD = "Inlezen van het bestand" / "Reading the file";
    /// Topic: anything else.
    TOPIC_OTHER = "Overige controles" / "Other checks";
    /// Heading of the findings that need attention.
    fn heading_let_op(n: Count) = "Let op ({n})" / "Worth a look ({n})";
    /// Intro of the findings that need attention.
    INTRO_LET_OP = "Deze cijfers sluiten niet op elkaar aan of worden verschillend gedefinieerd. Dat komt bij gepubliceerde cijfers vaker voor. De app past niets aan: de cijfers staan er zoals gepubliceerd, en hier staat wat er speelt en welke getallen dat laten zien."
        / "These figures do not match each other or are defined differently. That is common in published figures. The app changes nothing: the figures are shown as published, and this explains what is going on and which numbers show it.";
    /// Heading of the other findings.
    fn heading_info(n: Count) = "Gecontroleerd en ter informatie ({n})" / "Checked and for information ({n})";
    /// Intro of the other findings.
    INTRO_INFO = "Deze controles zijn gedaan. Groen: de cijfers kloppen, eventueel op afronding na. Grijs: alleen ter informatie."
        / "These checks were run. Green: the figures agree, possibly up to rounding. Grey: for information only.";
    /// Summary without findings that need attention.
    ALL_FINE = "Alle controles zijn in orde of alleen ter informatie." / "All checks are fine or for information only.";
    /// Summary with findings that need attention.
    fn summary(all: Count, let_op: Count, rest: Count) =
        "{all} controles gedaan: {let_op} om even naar te kijken, {rest} in orde of ter informatie."
        / "{all} checks run: {let_op} worth a look, {rest} fine or for information.";
    /// KPI: worth a look.
    KPI_LET_OP = "Let op" / "Worth a look";
    /// KPI note: worth a look.
    KPI_LET_OP_NOTE = "cijfers die niet aansluiten of verschillend zijn gedefinieerd" / "figures that do not match or differ in definition";
    /// KPI: fine.
    KPI_OK = "In orde" / "Fine";
    /// KPI note: fine.
    KPI_OK_NOTE = "optellingen en tellingen die kloppen" / "sums and counts that agree";
    /// KPI: for information.
    KPI_INFO = "Ter informatie" / "For information";
    /// KPI note: for information.
    KPI_INFO_NOTE = "opmerkingen zonder actie" / "remarks, no action needed";
    /// KPI: rows read.
    KPI_ROWS = "Regels gelezen" / "Rows read";
    /// Heading of the loader's report.
    LOADER_HEADING = "Hoe het bestand is gelezen" / "How the file was read";
    /// No total row in the file.
    NO_TOTAL = "Geen totaalregel onderaan het bestand: er was niets om na te tellen." / "No total row at the bottom of the file: nothing to recount.";
    /// The total row check.
    fn total_row(line: Count, columns: &str) = "Totaalregel op regel {line}: {columns}." / "Total row on line {line}: {columns}.";
    /// One column of the total row check.
    fn total_column(column: &str, printed: &str, computed: &str) =
        "{column} gedrukt {printed}, berekend {computed}" / "{column} printed {printed}, computed {computed}";
    /// Every column was read.
    ALL_COLUMNS_READ = "Alle kolommen zijn ingelezen." / "Every column was read.";
    /// Columns not read.
    fn columns_not_read(columns: &str) = "Niet ingelezen kolommen: {columns}" / "Columns not read: {columns}";
    /// No loader warnings.
    NO_WARNINGS = "Geen meldingen bij het inlezen." / "No remarks while reading.";
    /// Summary of the column table.
    fn how_each_column(n: Count) = "Hoe elke kolom is gelezen ({n})" / "How each column was read ({n})";
    /// Fact: file.
    FACT_FILE = "Bestand" / "File";
    /// Fact: kind of data.
    FACT_KIND = "Soort gegevens" / "Kind of data";
    /// Kind: episodes.
    KIND_EPISODES = "uitkeringen op persoonsniveau (bijstandsbestand)" / "person-level benefits (caseload file)";
    /// Kind: kerncijfers.
    KIND_KERNCIJFERS = "kerncijfers (geaggregeerd)" / "key figures (aggregate)";
    /// Kind: LKS contracts.
    KIND_CONTRACTS = "LKS-contracten" / "LKS contracts";
    /// Kind of data: trajectories.
    KIND_TRAJECTORIES = "Trajecten" / "Trajectories";
    /// Kind of file: a code list.
    KIND_CODE_LIST = "Codelijst" / "Code list";
    /// Fact: format.
    FACT_FORMAT = "Formaat" / "Format";
    /// Fact: encoding.
    FACT_ENCODING = "Tekenset" / "Encoding";
    /// Fact: separator.
    FACT_SEPARATOR = "Scheidingsteken" / "Separator";
    /// Fact: numbers.
    FACT_NUMBERS = "Getallen" / "Numbers";
    /// Decimal comma.
    DECIMAL_COMMA = "decimale komma (1.234,5)" / "decimal comma (1.234,5)";
    /// Decimal point.
    DECIMAL_POINT = "decimale punt (1,234.5)" / "decimal point (1,234.5)";
    /// Fact: dates.
    FACT_DATES = "Datums" / "Dates";
    /// Month first, chosen by the user.
    MONTH_FIRST = "maand-dag-jaar (door u gekozen)" / "month-day-year (your choice)";
    /// Day first.
    DAY_FIRST = "dag-maand-jaar" / "day-month-year";
    /// Fact: header row.
    FACT_HEADER = "Kopregel" / "Header row";
    /// No header row (JSON).
    HEADER_JSON = "niet van toepassing (JSON: de sleutels)" / "not applicable (JSON keys)";
    /// The header row's line.
    fn header_line(line: Count) = "regel {line}" / "line {line}";
    /// Fact: sheet.
    FACT_SHEET = "Werkblad" / "Sheet";
    /// Fact: rows read.
    FACT_ROWS = "Gegevensregels gelezen" / "Data rows read";
    /// Caption of the column table.
    COLUMNS_CAPTION = "Kolommen en hoe ze zijn gelezen" / "Columns and how they were read";
    /// Column table: column.
    COL_COLUMN = "Kolom" / "Column";
    /// Column table: header.
    COL_HEADER = "Kop in het bestand" / "Header in the file";
    /// Column table: read as.
    COL_READ_AS = "Gelezen als" / "Read as";
    /// Column table: how.
    COL_HOW = "Hoe" / "How";
    /// Separator: semicolon.
    SEP_SEMICOLON = "puntkomma (;)" / "semicolon (;)";
    /// Separator: comma.
    SEP_COMMA = "komma (,)" / "comma (,)";
    /// Separator: tab.
    SEP_TAB = "tab" / "tab";
    /// Separator: vertical bar.
    SEP_BAR = "verticale streep (|)" / "vertical bar (|)";
    /// Separator: not applicable.
    SEP_NONE = "niet van toepassing" / "not applicable";
    /// A separator declared by a `sep=` line.
    fn sep_line(name: &str) = "{name}, aangegeven met een sep=-regel" / "{name}, declared by a sep= line";

    // ---- how a column was matched (quality screen and settings dialog)
    /// A column that fits a field as well as another one: the user chooses.
    fn how_ambiguous(field: &str) = "past even goed bij '{field}' als een andere kolom: kies zelf"
        / "fits '{field}' as well as another column: you choose";
    /// A description column read instead of the code column next to it.
    fn how_description_over_code(code: &str) = "herkend aan de woorden; omschrijving gekozen boven de code in '{code}'"
        / "recognised by its words; description chosen over the code in '{code}'";
    /// A code column left out for the description next to it.
    fn how_code_beside(description: &str) = "code, niet gebruikt: de omschrijving in '{description}' wordt gelezen"
        / "code, not used: the description in '{description}' is read";
    /// The person column: read to count persons.
    HOW_PERSONS = "herkend aan de naam; telt de personen" / "recognised by its name; counts the persons";
    /// Mapped by a remembered mapping.
    HOW_REMEMBERED = "uit een onthouden koppeling" / "from a remembered mapping";
    /// Left out by a remembered mapping.
    HOW_REMEMBERED_IGNORED = "niet gebruikt (onthouden koppeling)" / "not used (remembered mapping)";

    // ---- benefits and persons, remembered mapping, end reasons
    /// Fact: what was read, in benefits (and persons).
    FACT_BENEFITS = "Ingelezen" / "Read";
    /// A remembered mapping was applied to this file.
    fn remembered_used(choices: &str) = "Een onthouden koppeling voor bestanden met deze kolommen is gebruikt: {choices}."
        / "A remembered mapping for files with these columns was used: {choices}.";
    /// The remembered mapping used for this file has been forgotten.
    REMEMBERED_FORGOTTEN = "Deze koppeling is vergeten: een volgend bestand met deze kolommen wordt weer automatisch gelezen (of u kiest opnieuw in de instellingen)."
        / "This mapping has been forgotten: a next file with these columns is read automatically again (or you choose again in the settings).";
    /// Button: forget the remembered mapping.
    FORGET_MAPPING = "Vergeet deze koppeling" / "Forget this mapping";
    /// One remembered choice: a column read as a field.
    fn choice_mapped(column: &str, field: &str) = "'{column}' als {field}" / "'{column}' as {field}";
    /// One remembered choice: a column left out.
    fn choice_ignored(column: &str) = "'{column}' niet gebruikt" / "'{column}' not used";
    /// Caption of the end-reason table.
    EXIT_REASONS_CAPTION = "Redenen einde uitkering: de omschrijving in het bestand en de uitstroomreden waarin de app die telt"
        / "Reasons a benefit ended: the description in the file and the outflow reason the app counts it in";
    /// End-reason table: the label as written.
    COL_LABEL_IN_FILE = "Omschrijving in het bestand" / "Description in the file";
    /// End-reason table: the category.
    COL_READ_AS_REASON = "Gelezen als uitstroomreden" / "Read as outflow reason";
    /// End-reason table: rows.
    COL_ROWS = "Regels" / "Rows";
    /// Under the end-reason table.
    EXIT_REASONS_NOTE = "Omschrijvingen die letterlijk een categorie noemen (zoals 'werkaanvaarding') zijn als die categorie gelezen en staan hier niet."
        / "Descriptions that name a category literally (such as 'werkaanvaarding') were read as that category and are not listed.";
    /// A label that fit no category: counted as `overig`.
    fn reason_fallback(label: &str) = "{label} (past in geen categorie)" / "{label} (fits no category)";
}
