//! Messages: reference data (CBS, waarstaatjegemeente) beside the caseload: the load
//! status and the Vergelijking screen's reference part.

use bijstand_core::i18n::{Count, Municipalities, Plain};

bijstand_core::messages! {
    // Load status.

    /// Notice after a reference file loaded: what it holds and the caseload that stays.
    fn reference_loaded(what: &str, caseload: &str) =
        "Referentiecijfers geladen: {what}. Ze staan op het scherm Vergelijking. Het bijstandsbestand blijft: {caseload}"
        / "Reference figures loaded: {what}. They are on the Comparison screen. The caseload stays: {caseload}";
    /// A new caseload keeps the loaded reference data.
    fn reference_kept(what: &str) =
        "De referentiecijfers ({what}) blijven geladen naast het nieuwe bestand."
        / "The reference figures ({what}) stay loaded next to the new file.";
    /// Next to the dataset name.
    fn plus_reference(what: &str) = " + referentiecijfers: {what}" / " + reference figures: {what}";
    /// CBS open-data CSV.
    SHAPE_CBS = "CBS open data" / "CBS open data";
    /// StatLine's download.
    SHAPE_STATLINE = "CBS StatLine-download" / "CBS StatLine download";
    /// waarstaatjegemeente.nl.
    SHAPE_WSJG = "waarstaatjegemeente.nl" / "waarstaatjegemeente.nl";
    /// Number of municipalities with figures.
    fn gemeenten(n: Municipalities) = "{n}" / "{n}";
    /// Number of provinces with figures.
    fn provinces(n: Count) = "{n} provincies" / "{n} provinces";
    /// The file holds Nederland only.
    NEDERLAND_ONLY = "Nederland" / "the Netherlands";
    /// The national monthly series.
    fn monthly_series(from: &str, to: &str) = "landelijke maandreeks {from} – {to}"
        / "national monthly series {from} – {to}";
    /// A span of years.
    fn years(from: Plain<i32>, to: Plain<i32>) = "{from}–{to}" / "{from}–{to}";

    // The Vergelijking screen's reference part.

    /// Heading.
    HEADING = "Vergelijken met referentiecijfers (CBS, waarstaatjegemeente)"
        / "Compare with reference figures (CBS, waarstaatjegemeente)";
    /// Accessible name of the settings.
    SETTINGS = "Instellingen referentievergelijking" / "Reference comparison settings";
    /// Lead of the loaded files list.
    LOADED_FILES = "Geladen referentiebestanden:" / "Loaded reference files:";
    /// One loaded file.
    fn file_line(name: &str, what: &str) = "{name} ({what})" / "{name} ({what})";
    /// Button that forgets one file.
    REMOVE = "Verwijderen" / "Remove";
    /// Accessible name of that button.
    fn remove_file(name: &str) = "Verwijderen: referentiebestand {name}" / "Remove: reference file {name}";
    /// Button that forgets every reference file.
    REMOVE_ALL = "Referentiecijfers verwijderen" / "Remove reference figures";
    /// How to load reference data (when none is loaded).
    HOW_TO_LOAD = "Laad een CBS-tabel (open data of StatLine-download) of een export van waarstaatjegemeente.nl met 'Bestand kiezen' om uw gemeente met Nederland, een provincie, gemeenten van dezelfde grootte of een eigen lijst te vergelijken. Het bijstandsbestand blijft geladen."
        / "Load a CBS table (open data or StatLine download) or a waarstaatjegemeente.nl export with 'Choose file' to compare your municipality with the Netherlands, a province, municipalities of the same size or your own list. The caseload stays loaded.";
    /// Label of the own municipality box.
    OWN = "Eigen gemeente (code of naam)" / "Own municipality (code or name)";
    /// Help under it.
    OWN_HELP = "Typ een CBS-code (GM0153, 0153) of een naam, of kies uit de lijst."
        / "Type a CBS code (GM0153, 0153) or a name, or choose from the list.";
    /// The typed municipality is not in the file.
    fn own_not_found(query: &str) = "'{query}' staat niet in de referentiecijfers." / "'{query}' is not in the reference figures.";
    /// No own municipality chosen or known.
    NO_OWN = "Kies de eigen gemeente." / "Choose the own municipality.";
    /// Label of the comparison kind.
    GROUP = "Vergelijken met" / "Compare with";
    /// Option: Nederland.
    GROUP_NL = "Nederland" / "the Netherlands";
    /// Option: a province.
    GROUP_PROVINCE = "een provincie" / "a province";
    /// Option: the size class.
    GROUP_SIZE = "gemeenten van dezelfde grootte (CBS-grootteklasse)" / "municipalities of the same size (CBS size class)";
    /// Option: the user's list.
    GROUP_LIST = "een eigen lijst van gemeenten" / "a list of municipalities";
    /// Label of the province select.
    PROVINCE = "Provincie" / "Province";
    /// Why the province is chosen by hand.
    PROVINCE_HELP = "Het bestand zegt niet in welke provincie een gemeente ligt: kies haar provincie."
        / "The file does not say which province a municipality is in: choose its province.";
    /// The file has no provinces.
    NO_PROVINCES = "Dit bestand heeft geen cijfers per provincie." / "This file has no figures per province.";
    /// Label of the list box.
    LIST = "Gemeenten (codes of namen, gescheiden door komma of puntkomma)"
        / "Municipalities (codes or names, separated by comma or semicolon)";
    /// Names in the list the file does not have.
    fn list_unknown(names: &str) = "Niet gevonden: {names}." / "Not found: {names}.";
    /// The list is empty.
    LIST_EMPTY = "Typ de gemeenten van de vergelijkingsgroep." / "Type the municipalities of the comparison group.";
    /// Label of the year select.
    YEAR = "Jaar" / "Year";
    /// The group: Nederland.
    NEDERLAND = "Nederland" / "the Netherlands";
    /// The group: the size class.
    fn size_group(class: &str, n: Municipalities) = "{n} met {class} inwoners" / "{n} with {class} inhabitants";
    /// The group: the user's list.
    fn list_group(n: Municipalities) = "eigen lijst ({n})" / "own list ({n})";
    /// A size class: below a bound.
    fn below(n: Count) = "minder dan {n}" / "fewer than {n}";
    /// A size class: between bounds.
    fn between(from: Count, to: Count) = "{from} tot {to}" / "{from} to {to}";
    /// A size class: from a bound.
    fn from(n: Count) = "{n} of meer" / "{n} or more";
    /// How the size class is made.
    SIZE_NOTE = "De grootteklasse volgt het aantal inwoners in het bestand (in de CBS-tabellen per gemeente: inwoners van 15 jaar en ouder), in het gekozen jaar."
        / "The size class follows the number of inhabitants in the file (in the CBS tables per municipality: inhabitants aged 15 and over), in the chosen year.";
    /// Without inhabitants the size class is unknown.
    NO_SIZE = "Het aantal inwoners van de eigen gemeente staat niet in het bestand: de grootteklasse is onbekend."
        / "The file has no number of inhabitants for the own municipality: its size class is unknown.";
    /// Summed figures leave regions out.
    fn left_out(n: Municipalities) = "Bij de som weggelaten, omdat een cijfer ontbreekt: {n}." / "Left out of the sum for want of a figure: {n}.";
    /// The file holds no yearly figures.
    NO_YEARS = "Deze referentiecijfers hebben geen jaarcijfers per regio. Een landelijke maandreeks staat als lijn in de index op het scherm In- en uitstroom."
        / "These reference figures have no yearly figures per region. A national monthly series is drawn as a line in the index on the Flows screen.";

    // Figures.

    /// Dashboard title.
    fn title(own: &str, group: &str, year: Plain<i32>) = "{own} en {group}, {year}" / "{own} and {group}, {year}";
    /// Recipients.
    RECIPIENTS = "Personen met bijstand" / "Persons on bijstand";
    /// Per 1,000 inhabitants.
    DENSITY = "Per 1.000 inwoners" / "Per 1,000 inhabitants";
    /// Growth.
    fn growth(from: Plain<i32>) = "Groei sinds {from}" / "Growth since {from}";
    /// Inflow count.
    INFLOW = "Instroom" / "Inflow";
    /// Inflow rate.
    INFLOW_RATE = "Instroom (%)" / "Inflow (%)";
    /// Outflow count.
    OUTFLOW = "Uitstroom" / "Outflow";
    /// Outflow rate.
    OUTFLOW_RATE = "Uitstroom (%)" / "Outflow (%)";
    /// Outflow to work count.
    TO_WORK = "Uitstroom naar werk" / "Outflow to work";
    /// Outflow to work rate.
    TO_WORK_RATE = "Uitstroom naar werk (%)" / "Outflow to work (%)";
    /// Header of the figure column.
    FIGURE = "Cijfer" / "Figure";
    /// KPI notes.
    fn in_year(year: Plain<i32>, group: &str, value: &str) = "{year}; {group}: {value}" / "{year}; {group}: {value}";
    /// Chart: the rates.
    fn rates_title(year: Plain<i32>) = "Instroom en uitstroom in {year} (% van wie dat jaar bijstand had)"
        / "Inflow and outflow in {year} (% of everyone on bijstand that year)";
    /// Chart: density by year.
    DENSITY_TITLE = "Personen met bijstand per 1.000 inwoners" / "Persons on bijstand per 1,000 inhabitants";
    /// Chart: index by year.
    fn index_title(base: Plain<i32>) = "Personen met bijstand, index ({base} = 100)" / "Persons on bijstand, index ({base} = 100)";
    /// The source under the figures.
    fn source(files: &str, year: Plain<i32>) = "Bron: {files}; jaar {year}." / "Source: {files}; year {year}.";
    /// What the CBS markers mean.
    MARKERS = "Tekens van het CBS: * voorlopig, ** nader voorlopig, x geheim, . ontbreekt, - nihil, – niet in het bestand. Een teken is nooit 0."
        / "CBS markers: * provisional, ** revised provisional, x secret, . missing, - nil, – not in the file. A marker is never 0.";
    /// A rate computed from the counts.
    COMPUTED = "Een percentage zonder gepubliceerd cijfer is berekend zoals het CBS het definieert: stroom / (bestand eind vorig jaar + instroom); het kan enkele tienden afwijken."
        / "A rate without a published figure is computed the way CBS defines it: flow / (stock at the end of the year before + inflow); it can differ by a few tenths.";
    /// Sums for a group.
    GROUP_SUMS = "Voor een groep gemeenten zijn de aantallen opgeteld en de percentages uit die sommen berekend."
        / "For a group of municipalities the counts are summed and the rates computed from those sums.";

    // The national line in the Flows view.

    /// Legend of the national index line.
    fn national_line(base: &str) = "Nederland (CBS, {base} = 100)" / "the Netherlands (CBS, {base} = 100)";
    /// The series does not cover the base month.
    fn national_outside(from: &str, to: &str) = "De landelijke maandreeks (CBS) loopt van {from} tot {to} en heeft geen cijfer in de basismaand: kies een basismaand in die periode om Nederland te tonen."
        / "The national monthly series (CBS) runs from {from} to {to} and has no figure in the base month: choose a base month in that period to show the Netherlands.";
    /// Source of the national line.
    fn national_source(file: &str) = "Nederland: bijstandsuitkeringen, CBS ({file}); index op dezelfde basismaand. Maanden zonder landelijk cijfer blijven leeg."
        / "The Netherlands: bijstand benefits, CBS ({file}); indexed on the same base month. Months without a national figure stay empty.";
}
