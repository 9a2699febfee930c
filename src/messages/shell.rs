//! Messages: the app shell and the shared components (header, navigation, share, file
//! loader, print summary, privacy notice, inputs, modal, tables, status notices).

use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Dec, Msg, Plain};

bijstand_core::messages! {
    // ---- inputs
    /// A typed number outside the allowed range.
    fn choose_between(min: String, max: String) =
        "Kies een waarde van {min} tot en met {max}." / "Choose a value from {min} to {max}.";
    /// A typed text that is no number.
    NOT_A_NUMBER = "Dit is geen getal." / "This is not a number.";
    /// The result area while a box holds a refused value.
    fn still_uses(label: String, typed: String, in_use: String) =
        "{label}: {typed} is niet overgenomen. De cijfers rekenen nog met {in_use}. Verbeter de waarde, of druk op Esc om terug te gaan naar {in_use}."
        / "{label}: {typed} was not taken over. The figures still use {in_use}. Correct the value, or press Esc to go back to {in_use}.";

    // ---- the notice after a failure in the page's code (index.html shows it)
    /// Its title.
    CRASH_TITLE = "Er ging iets mis in de verkenner." / "Something went wrong in the explorer.";
    /// What it means and what to do.
    CRASH_BODY = "De berekeningen zijn gestopt, dus de cijfers op het scherm kunnen verouderd zijn. Laad de pagina opnieuw: uw scenario staat in het adres en blijft bewaard; een eigen bestand kiest u daarna opnieuw."
        / "The calculations stopped, so the figures on screen may be out of date. Reload the page: your scenario is in the address and is kept; choose your own file again afterwards.";
    /// Its button.
    CRASH_RELOAD = "Pagina opnieuw laden" / "Reload the page";

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
    /// The share dialog, when scenario B is kept: the link opens both.
    LINK_CARRIES_B = "De link bevat ook scenario B: de ontvanger ziet dezelfde vergelijking A en B." / "The link also holds scenario B: the recipient sees the same comparison of A and B.";
    /// A link whose scenario B could not be read (A opened).
    LINK_B_UNREADABLE = "Scenario B in deze link kon niet worden gelezen; scenario A is geopend." / "Scenario B in this link could not be read; scenario A has been opened.";
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

    // ---- loading and notices (state)
    /// Load phase: reading the bytes.
    READING = "lezen" / "reading";
    /// Load phase: parsing and checking.
    PROCESSING = "verwerken" / "processing";
    /// A contracts file was added to the caseload in view.
    fn contracts_loaded(file: &str, n: Count, caseload: &str) =
        "LKS-contracten geladen uit {file} ({n} contracten). Het bijstandsbestand blijft: {caseload}"
        / "LKS contracts loaded from {file} ({n} contracts). The caseload stays: {caseload}";
    /// Who takes part in trajectories: persons.
    PERSONS = "personen" / "persons";
    /// Who takes part in trajectories: benefits (a file with only `uitkering_id`).
    BENEFITS = "uitkeringen" / "benefits";
    /// A new caseload keeps the loaded files beside it (contracts, trajectories).
    fn files_kept(files: &str) =
        "Blijven geladen naast het nieuwe bestand: {files}."
        / "Stay loaded next to the new file: {files}.";
    /// A trajectories file was added to the caseload in view.
    fn trajectories_loaded(file: &str, n: Count, who: Count, persons: Msg, caseload: &str) =
        "Trajecten geladen uit {file}: {n} trajecten van {who} {persons}. Het bijstandsbestand blijft: {caseload}. De deelname aan sociale activering staat onder Vergelijking."
        / "Trajectories loaded from {file}: {n} trajectories of {who} {persons}. The caseload stays: {caseload}. Participation in social activation is under Comparison.";
    /// A code list was added to the caseload in view.
    fn code_list_loaded(file: &str, n: Count, caseload: &str) =
        "Codelijst geladen uit {file}: {n} codes. Het bijstandsbestand blijft: {caseload}. De omschrijvingen staan bij de instroomreden onder Samenstelling."
        / "Code list loaded from {file}: {n} codes. The caseload stays: {caseload}. The descriptions are shown with the reason for inflow under Composition.";
    /// After "clear my data".
    DATA_CLEARED = "Uw gegevens zijn uit deze pagina gewist. Ze waren nergens opgeslagen en niet verstuurd. De synthetische voorbeelddata staat weer klaar; uw aannames en bewaarde scenario's (zonder gegevens) blijven." / "Your data has been cleared from this page. It was not stored anywhere and not sent. The synthetic example data is back in view; your assumptions and saved scenarios (which hold no data) stay.";
    /// A link made with an older link version, converted to this one.
    fn link_migrated(from: Plain<u8>, to: Plain<u8>) =
        "Deze link is gemaakt met een oudere versie van de app (linkversie {from}) en is omgezet naar deze versie (linkversie {to}). Controleer de instellingen."
        / "This link was made with an older version of the app (link version {from}) and has been converted to this version (link version {to}). Check the settings.";
    /// A link from another version whose settings were partly ignored.
    fn link_settings_ignored(n: Count) =
        "Deze link is met een andere versie gemaakt; {n} instelling(en) zijn niet overgenomen."
        / "This link was made with another version; {n} setting(s) were not applied.";

    // ---- app shell (app.rs)
    /// Nothing loaded.
    NO_DATA = "Geen gegevens geladen. Open een bestand of sleep het hierheen." / "No data loaded. Open a file or drop it here.";
    /// Button: reopen the load settings of the file in view.
    CHECK_SETTINGS = "Instellingen controleren" / "Check settings";
    /// Tooltip of the synthetic badge.
    GENERATED_DATA = "Gegenereerde gegevens: geen echte personen" / "Generated data: no real persons";
    /// Badge of the synthetic dataset.
    SYNTHETIC = "synthetisch" / "synthetic";
    /// Skip link.
    SKIP_TO_CONTENT = "Naar de inhoud" / "Skip to content";
    /// Button: load the synthetic dataset.
    SYNTHETIC_DATA = "Synthetische data" / "Synthetic data";
    /// Tooltip of the clear button.
    REMOVE_YOUR_FILE = "Haal uw bestand uit deze pagina (het was nergens opgeslagen)" / "Remove your file from this page (it was not stored anywhere)";
    /// Button: clear the user's data.
    CLEAR_DATA = "Wis gegevens" / "Clear data";
    /// Button: show the implementation programme's figures (the embedded kerncijfers).
    REPORT_KEY_FIGURES = "Toon de cijfers uit het uitvoeringsprogramma" / "Show the figures from the implementation programme";
    /// Badge of the programme's figures.
    PROGRAMME_FIGURES = "cijfers uitvoeringsprogramma" / "implementation programme figures";
    /// Tooltip of that badge.
    PROGRAMME_FIGURES_TITLE = "Gepubliceerde cijfers uit het Uitvoeringsprogramma EAA 2025 van Enschede: totalen per groep, geen gegevens per persoon"
        / "Published figures from Enschede's Implementation Programme EAA 2025: totals per group, no data per person";
    /// The banner while the programme's figures are in view.
    SHOWING_PROGRAMME_FIGURES = "U ziet de cijfers uit het Uitvoeringsprogramma EAA 2025 van Enschede: gepubliceerde totalen, geen gegevens per uitkering. Daarom ontbreken de tabs Samenstelling, In- en uitstroom en Cohorten; de tab Kerncijfers toont de tabellen uit het programma."
        / "You are viewing the figures from Enschede's Implementation Programme EAA 2025: published totals, no data per benefit. That is why the Composition, Flows and Cohorts tabs are missing; the Key figures tab shows the programme's tables.";
    /// Button: back to the user's file from the programme's figures.
    BACK_TO_YOUR_DATA = "Terug naar uw gegevens" / "Back to your data";
    /// Button: back to the synthetic data from the programme's figures.
    BACK_TO_SYNTHETIC = "Terug naar de synthetische gegevens" / "Back to the synthetic data";
    /// Button: open the share dialog.
    SHARE = "Delen" / "Share";
    /// Button: leave presentation mode.
    STOP_PRESENTING = "Stop presentatie" / "Stop presenting";
    /// Button: presentation mode.
    PRESENT = "Presenteren" / "Present";
    /// The language toggle, named in the language it switches to.
    SWITCH_LANGUAGE = "English" / "Nederlands";
    /// Under the header.
    PRIVACY_NOTE = "Uw gegevens blijven in deze browser: er wordt niets verstuurd." / "Your data stays in this browser: nothing is sent anywhere.";
    /// The progress bar's accessible name.
    LOADING_PROGRESS = "Voortgang van het laden" / "Loading progress";
    /// Button: cancel loading.
    CANCEL = "Annuleren" / "Cancel";
    /// Accessible name of a notice's close button.
    CLOSE_MESSAGE = "Melding sluiten" / "Close message";
    /// After a failed load (leading space: follows the error).
    PREVIOUS_DATA_STAYS = " De vorige gegevens blijven zichtbaar." / " The previous data stays in view.";
    /// Button in the error banner.
    CHECK_THE_SETTINGS = "Controleer de instellingen" / "Check the settings";
    /// While dragging a file over the page.
    DROP_TO_OPEN = "Laat los om het bestand te openen" / "Drop to open the file";
    /// The contracts file next to the dataset name.
    fn plus_contracts(file: &str) = " + LKS-contracten: {file}" / " + LKS contracts: {file}";
    /// The trajectories file next to the dataset's name.
    fn plus_trajectories(file: &str) = " + trajecten: {file}" / " + trajectories: {file}";
    /// The code list next to the dataset's name.
    fn plus_code_list(file: &str) = " + codelijst: {file}" / " + code list: {file}";
    /// While a file loads.
    fn loading(file: &str) = "Bezig met laden van {file}…" / "Loading {file}…";
    /// A file that failed to load.
    fn not_loaded(file: &str) = "{file} is niet geladen." / "{file} was not loaded.";
    /// The page footer.
    fn footer(threshold: Plain<u32>) =
        "Bijstandsverkenner — werkt volledig in de browser, ook zonder internet. Aantallen onder {threshold} worden getoond als <{threshold}."
        / "Bijstandsverkenner — runs entirely in the browser, also offline. Counts below {threshold} are shown as <{threshold}.";

    // ---- print summary (the assumptions block printed under a view)
    /// Print summary: "Target-group precedence".
    TARGET_GROUP_PRECEDENCE = "Voorrangsregel doelgroep" / "Target-group precedence";
    /// Print summary: "Outflow to work counts".
    OUTFLOW_TO_WORK_COUNTS = "Uitstroom naar werk telt" / "Outflow to work counts";
    /// Print summary: "Index base month (= 100)".
    INDEX_BASE_MONTH = "Basismaand index (= 100)" / "Index base month (= 100)";
    /// Print summary: "Source of the assumptions".
    SOURCE_OF_THE_ASSUMPTIONS = "Herkomst aannames" / "Source of the assumptions";
    /// Print summary: "Start caseload".
    START_CASELOAD = "Beginstand" / "Start caseload";
    /// Print summary: "Inflow per year".
    INFLOW_PER_YEAR = "Instroom per jaar" / "Inflow per year";
    /// Print summary: "Outflow (excl. pension) per year".
    OUTFLOW_PER_YEAR = "Uitstroom (zonder AOW) per jaar" / "Outflow (excl. pension) per year";
    /// Print summary: "Horizon".
    HORIZON = "Horizon" / "Horizon";
    /// Print summary: "Budget growth assumption".
    BUDGET_GROWTH_ASSUMPTION = "Groeiaanname begroting" / "Budget growth assumption";
    /// Print summary: "Reconciliation term per year".
    RECONCILIATION_TERM_PER_YEAR = "Aansluitingsverschil per jaar" / "Reconciliation term per year";
    /// Print summary: "Source of the counts".
    SOURCE_OF_THE_COUNTS = "Bron aantallen" / "Source of the counts";
    /// Print summary: "Running at start".
    RUNNING_AT_START = "Lopend bij start" / "Running at start";
    /// Print summary: "Started".
    STARTED = "Gestart" / "Started";
    /// Print summary: "Ended".
    ENDED = "Beëindigd" / "Ended";
    /// Print summary: "Months elapsed".
    MONTHS_ELAPSED = "Maanden verstreken" / "Months elapsed";
    /// Print summary: "Target increase per year".
    TARGET_INCREASE_PER_YEAR = "Streefwaarde toename per jaar" / "Target increase per year";
    /// Print summary: "Target definition".
    TARGET_DEFINITION = "Definitie van het doel" / "Target definition";
    /// Print summary: "Minimum wage per month (36 h)".
    MINIMUM_WAGE_PER_MONTH = "WML per maand (36 uur)" / "Minimum wage per month (36 h)";
    /// Print summary: "Employer costs".
    EMPLOYER_COSTS = "Werkgeverslasten" / "Employer costs";
    /// Print summary: "Subsidy cap".
    SUBSIDY_CAP = "Maximum subsidie" / "Subsidy cap";
    /// Print summary: "Hours per week".
    HOURS_PER_WEEK = "Uren per week" / "Hours per week";
    /// Print summary: "Include holiday pay".
    INCLUDE_HOLIDAY_PAY = "Vakantiebijslag meerekenen" / "Include holiday pay";
    /// Print summary: "Cost per benefit per year".
    COST_PER_BENEFIT_PER_YEAR = "Kosten per uitkering per jaar" / "Cost per benefit per year";
    /// Print summary: "BUIG budget".
    BUIG_BUDGET = "BUIG-budget" / "BUIG budget";
    /// Print summary: "Own means".
    OWN_MEANS = "Eigen middelen" / "Own means";
    /// Print summary: "Caseload at start of year".
    CASELOAD_AT_START_OF_YEAR = "Bestand begin jaar" / "Caseload at start of year";
    /// Print summary: "Caseload path".
    CASELOAD_PATH = "Verloop bestand" / "Caseload path";
    /// Print summary: "National growth".
    NATIONAL_GROWTH = "Landelijke groei (Rijk)" / "National growth";
    /// Print summary: "Local difference".
    LOCAL_DIFFERENCE = "Lokaal verschil" / "Local difference";
    /// Print summary: "Caseload growth, first year".
    CASELOAD_GROWTH_FIRST_YEAR = "Groei bestand eerste jaar" / "Caseload growth, first year";
    /// Print summary: "LKS spending".
    LKS_SPENDING = "LKS-uitgaven" / "LKS spending";
    /// Print summary: "Price index".
    PRICE_INDEX = "Prijsindex" / "Price index";
    /// Print summary: "edited".
    EDITED = "aangepast" / "edited";
    /// Print summary: "from the data".
    FROM_THE_DATA = "uit de gegevens" / "from the data";
    /// Print summary: "shown".
    SHOWN = "getoond" / "shown";
    /// Print summary: "not shown".
    NOT_SHOWN = "niet getoond" / "not shown";
    /// Print summary: "entered".
    ENTERED = "ingevoerd" / "entered";
    /// Print summary: "yes".
    YES = "ja" / "yes";
    /// Print summary: "no".
    NO = "nee" / "no";
    /// Print summary: "calibrated".
    CALIBRATED = "geijkt" / "calibrated";
    /// Print summary: "Assumptions for this view".
    ASSUMPTIONS_FOR_THIS_VIEW = "Aannames bij deze weergave" / "Assumptions for this view";
    /// Print summary: "Section".
    SECTION = "Onderdeel" / "Section";
    /// Print summary: "Data".
    DATA = "Gegevens" / "Data";
    /// Print summary: "generated data, no real persons".
    GENERATED_DATA_NO_REAL_PERSONS = "gegenereerde gegevens, geen echte personen" / "generated data, no real persons";
    /// Print summary: "Reference date".
    REFERENCE_DATE = "Peildatum" / "Reference date";
    /// Print summary: "Small-count suppression".
    SMALL_COUNT_SUPPRESSION = "Onderdrukking kleine aantallen" / "Small-count suppression";
    /// A number of months.
    fn months(n: Count) = "{n} maanden" / "{n} months";
    /// The LKS counts come from a contracts file, over a period.
    fn contracts_file(name: &str, from: Date, to: Date) =
        "contractenbestand {name}, {from} – {to}" / "contracts file {name}, {from} – {to}";
    /// An amount in euros with its decimals.
    fn euro_amount(amount: Dec) = "€ {amount}" / "€{amount}";
    /// A difference in percentage points.
    fn percentage_points(x: Dec) = "{x} procentpunt" / "{x} pp";
    /// The suppression rule in print.
    fn counts_below_shown_as(threshold: Plain<u32>) =
        "aantallen onder {threshold} getoond als <{threshold}" / "counts below {threshold} shown as <{threshold}";

    // ---- loader
    /// The browser could not read a file.
    fn could_not_read(detail: &str) =
        "Het bestand kon niet worden gelezen: {detail}" / "The file could not be read: {detail}";
    /// The worker died while parsing.
    fn worker_stopped(reason: &str) =
        "de achtergrondtaak stopte onverwacht ({reason})" / "the background task stopped unexpectedly ({reason})";
    /// The browser could not read the file and gave no reason.
    COULD_NOT_READ_NO_REASON = "Het bestand kon niet worden gelezen; de browser gaf geen reden. Probeer het opnieuw of sla het bestand opnieuw op als CSV of XLSX."
        / "The file could not be read; the browser gave no reason. Try again, or save the file again as CSV or XLSX.";
    /// The worker died and the browser gave no reason.
    WORKER_STOPPED_NO_REASON = "de achtergrondtaak stopte onverwacht (mogelijk te weinig geheugen)"
        / "the background task stopped unexpectedly (possibly out of memory)";

    // ---- remembered column mappings
    /// Notice: a remembered mapping was forgotten.
    MAPPING_FORGOTTEN = "De onthouden koppeling van kolommen is vergeten." / "The remembered column mapping has been forgotten.";
}
