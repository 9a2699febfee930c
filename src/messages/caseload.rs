//! Messages: caseload (Samenstelling).

use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Plain};

bijstand_core::messages! {
    /// Screen title.
    TITLE = "Samenstelling bijstandsbestand" / "Caseload composition";
    /// The data has no running benefit (no peildatum).
    NO_BENEFITS = "Het bestand bevat geen uitkeringen." / "The file holds no benefits.";
    /// Control: the reference date.
    PEILDATUM = "Peildatum" / "Reference date";
    /// Control: the precedence rule.
    PRECEDENCE = "Voorrangsregel doelgroep" / "Target-group precedence";
    /// Radio option after its button (leading space).
    STATUSHOUDER_FIRST = " statushouder gaat voor" / " refugee first";
    /// Radio option after its button (leading space).
    JONGERE_FIRST = " jongere gaat voor" / " youth first";

    /// KPI: all running benefits.
    KPI_TOTAL = "Bijstandsuitkeringen" / "Social-assistance benefits";
    /// KPI note: the date counted.
    fn running_on(d: Date) = "lopend op {d}" / "running on {d}";
    /// KPI: youth share.
    KPI_YOUTH = "Alle jongeren (< 27)" / "All youth (< 27)";
    /// KPI note of [`KPI_YOUTH`]: the count, and the target group beside it.
    fn youth_note(all: &str, group: &str) =
        "{all} uitkeringen, ook jonge statushouders; de doelgroep jongeren (exclusief) is {group}"
        / "{all} benefits, young refugees included; the (exclusive) youth target group is {group}";
    /// KPI: share of group 'overig'.
    KPI_OTHER = "Doelgroep overig" / "Group 'other'";
    /// KPI note of [`KPI_OTHER`].
    KPI_OTHER_NOTE = "niet jongere, niet statushouder" / "not youth, not refugee";
    /// KPI: share with a long distance to the labour market.
    KPI_LONG = "Lange afstand tot arbeidsmarkt" / "Long distance to labour market";
    /// KPI: benefits with income from work.
    KPI_WORK = "Met inkomsten uit werk" / "With income from work";
    /// KPI note of [`KPI_WORK`].
    KPI_WORK_NOTE = "gedeeltelijke uitstroom (geen uitstroom)" / "partial outflow (not an exit)";

    /// Chart: the age pyramid.
    GENDER_AGE = "Geslacht en leeftijd" / "Gender and age";
    /// Pyramid side and table header.
    MEN = "Man" / "Men";
    /// Pyramid side and table header.
    WOMEN = "Vrouw" / "Women";
    /// Table header.
    AGE = "Leeftijd" / "Age";
    /// Table header: other or unknown gender.
    OTHER_UNKNOWN = "Anders/onbekend" / "Other/unknown";
    /// Pyramid note: how the age is counted.
    fn age_note(year: Plain<i32>) =
        "Leeftijd = {year} − geboortejaar (kan één jaar afwijken)." /
        "Age = {year} − birth year (may be one year off).";
    /// Pyramid note, appended: benefits without a known age.
    fn age_unknown(n: &str) = " Leeftijd onbekend: {n}." / " Age unknown: {n}.";
    /// Chart: target group.
    TARGET_GROUP = "Doelgroep" / "Target group";
    /// Note under the target-group chart.
    fn target_group_note(rule: &str, youth: &str) =
        "Exclusieve indeling: iedereen telt in één doelgroep, voorrangsregel: {rule}. Daarom is de doelgroep jongeren kleiner dan het kerncijfer 'Alle jongeren (< 27)' ({youth} uitkeringen) zodra statushouder voorgaat." /
        "Exclusive grouping: everyone counts in one group, precedence rule: {rule}. So the youth target group is smaller than the key figure 'All youth (< 27)' ({youth} benefits) when refugee goes first.";
    /// Chart: distance to the labour market.
    DISTANCE = "Afstand tot de arbeidsmarkt" / "Distance to the labour market";
    /// Chart: stadsdeel.
    DISTRICT = "Stadsdeel" / "District";
    /// Chart: duration bands.
    DURATION = "Duur van de uitkering" / "Duration of the benefit";
    /// Chart: household type.
    HOUSEHOLD = "Huishoudtype" / "Household type";
    /// Category: household type unknown.
    UNKNOWN = "onbekend" / "unknown";
    /// Note when the file has no household type at all.
    NO_HOUSEHOLD_COLUMN =
        "Het bestand heeft geen kolom huishoudtype (optioneel in het bestandsformaat)." /
        "The file has no household-type column (optional in the file format).";
    /// Chart: income from work.
    WORK = "Inkomsten uit werk naast de uitkering" / "Income from work next to the benefit";
    /// Category and filter chip.
    WITH_WORK = "met inkomsten uit werk" / "with income from work";
    /// Category and filter chip.
    WITHOUT_WORK = "zonder inkomsten uit werk" / "without income from work";
    /// Note under the income-from-work chart.
    WORK_NOTE =
        "Met inkomsten uit parttimewerk en een aanvullende uitkering: gedeeltelijke uitstroom, geen uitstroom." /
        "With income from part-time work and a supplementary benefit: partial outflow, not an exit.";

    /// Chart: instroomreden (oorzaak bijstandsafhankelijkheid).
    INSTROOMREDEN = "Instroomreden (oorzaak bijstandsafhankelijkheid)" / "Reason for inflow (cause of dependency)";
    /// A code with its label, as a category.
    fn code_label(code: &str, label: &str) = "{code} – {label}" / "{code} – {label}";
    /// Note under the instroomreden chart: the labels come from the file.
    INSTROOMREDEN_FILE_LABELS =
        "Gegroepeerd op de code in het bestand, met de omschrijving uit het bestand." /
        "Grouped by the code in the file, labelled with the file's description.";
    /// Note under the instroomreden chart: codes without labels.
    INSTROOMREDEN_CODES_ONLY =
        "Alleen codes: laad een codelijst (code en omschrijving, CSV of Excel) naast het bestand om de omschrijvingen te zien." /
        "Codes only: load a code list (code and description, CSV or Excel) next to the file to see the descriptions.";
    /// Note under the instroomreden chart: descriptions without codes.
    INSTROOMREDEN_DESCRIPTIONS =
        "Gegroepeerd op de omschrijving in het bestand (het bestand heeft geen code)." /
        "Grouped by the description in the file (the file has no code).";

    /// Note under the instroomreden chart: the labels come from a code list.
    fn instroomreden_code_list(file: &str) =
        "Gegroepeerd op de code in het bestand, met de omschrijving uit de codelijst {file}." /
        "Grouped by the code in the file, labelled from the code list {file}.";
    /// Appended to the note: codes the code list does not have.
    fn codes_not_listed(codes: &str) =
        " Niet op de codelijst: {codes}." / " Not on the code list: {codes}.";
    /// The code list bar above the charts.
    fn code_list_bar(file: &str, n: Count) =
        "Codelijst instroomreden: {file} ({n} codes)" / "Code list for the reason for inflow: {file} ({n} codes)";
    /// Button: forget the code list.
    REMOVE_CODE_LIST = "Codelijst verwijderen" / "Remove code list";

    /// Shown when no filter is active.
    FILTER_HINT =
        "Klik op een staaf of taartpunt om op die groep te filteren, of gebruik de knoppen in de tabel onder de grafiek." /
        "Click a bar or slice to filter on that group, or use the buttons in the table below the chart.";
    /// Accessible name of a table row's filter button (its state is `aria-pressed`).
    fn filter_on(label: &str) = "Filter op {label}" / "Filter on {label}";
    /// Accessible name of a chip's button.
    fn remove_filter(label: &str) = "Filter verwijderen: {label}" / "Remove filter: {label}";
    /// Filter chip.
    STATUSHOUDER = "statushouder" / "refugee";
    /// Filter chip.
    NOT_STATUSHOUDER = "geen statushouder" / "not a refugee";
    /// Accessible name of the filter bar.
    ACTIVE_FILTERS = "Actieve filters" / "Active filters";
    /// Label before the chips.
    FILTER = "Filter:" / "Filter:";
    /// Button: remove every filter.
    CLEAR_ALL = "Alles wissen" / "Clear all";
    /// Note next to the chips: the differencing guard.
    FILTER_NOTE =
        "Aantallen die via het verschil met het totaal een kleine groep zouden verraden, worden ook als <10 getoond." /
        "Counts that would reveal a small group through the difference with the total are also shown as <10.";
}
