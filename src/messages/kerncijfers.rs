//! Messages: kerncijfers (the report's tables from an aggregate file).

use bijstand_core::i18n::Count;

bijstand_core::messages! {
    /// Screen heading.
    TITLE = "Kerncijfers" / "Key figures";
    /// The dataset holds no kerncijfers.
    EMPTY = "Dit bestand bevat geen kerncijfers." / "This file holds no key figures.";
    /// The lead: file name, number of figures and of tables.
    fn lead(name: &str, figures: Count, tables: Count) =
        "{name}: {figures} cijfers in {tables} tabellen." / "{name}: {figures} figures in {tables} tables.";
    /// The lead, second sentence, with published small counts hidden.
    LEAD_SUPPRESSED = "Elk cijfer staat er met zijn bron; kleine aantallen staan als <10 (zie de instelling hieronder). Waar cijfers niet op elkaar aansluiten, staat de uitleg bij de tabel."
        / "Every figure is shown with its source; small counts show as <10 (see the setting below). Where figures do not match, the explanation is next to the table.";
    /// The lead, second sentence, figures as published.
    LEAD_PUBLISHED = "Elk cijfer staat er zoals gepubliceerd, met zijn bron. Waar cijfers niet op elkaar aansluiten, staat de uitleg bij de tabel."
        / "Every figure is shown as published, with its source. Where figures do not match, the explanation is next to the table.";
    /// Label of the table of contents.
    TABLES = "Tabellen" / "Tables";
    /// The flat table's heading and link.
    ALL_FIGURES = "Alle cijfers" / "All figures";
    /// Under the flat table's heading.
    fn all_figures_note(n: Count) = "{n} cijfers, elk met bron." / "{n} figures, each with its source.";
    /// Before a section's sources.
    SOURCE = "Bron: " / "Source: ";
    /// Heading of the versions table.
    VERSIONS_HEADING = "Versies naast elkaar" / "Versions side by side";
    /// Explanation of the versions table.
    VERSIONS_HELP = "Voor hetzelfde cijfer en dezelfde periode staan verschillende getallen in de bron. Beide zijn getoond, met waar ze vandaan komen."
        / "The source gives different numbers for the same figure and period. Both are shown, with where they come from.";
    /// Caption of a versions table.
    fn versions_caption(title: &str) = "{title} — versies naast elkaar" / "{title} — versions side by side";
    /// Badge of a finding that needs attention.
    NOTE_BADGE = "Let op" / "Note";
    /// Above a section's findings that need attention.
    NOTE_HEAD = "De cijfers staan er zoals gepubliceerd. Dit valt op bij deze tabel (klik voor de uitleg met de getallen):"
        / "The figures are shown as published. This stands out in this table (click for the explanation with the numbers):";
    /// One check that holds.
    fn checks_run_one(n: Count) = "{n} controle gedaan" / "{n} check run";
    /// Checks that hold.
    fn checks_run(n: Count) = "{n} controles gedaan" / "{n} checks run";
    /// Summary of a section's remarks.
    fn remarks(n: Count) = "Toelichting bij de cijfers ({n})" / "Remarks on the figures ({n})";
    /// Status of a figure: forecast.
    STATUS_FORECAST = "prognose" / "forecast";
    /// Status of a figure: budget.
    STATUS_BUDGET = "begroting" / "budget";
    /// Status of a figure: target.
    STATUS_TARGET = "streefwaarde" / "target";
    /// Status of a figure: actual.
    STATUS_ACTUAL = "realisatie" / "actual";
    /// An indicator's total: "Instroom totaal".
    fn indicator_total(indicator: &str) = "{indicator} totaal" / "{indicator} total";
    /// Header of a column without a label.
    VALUE = "Waarde" / "Value";
    /// First column of a table.
    FIGURE = "Cijfer" / "Figure";
    /// Column: period.
    PERIOD = "Periode" / "Period";
    /// Column: difference between two versions.
    DIFFERENCE = "Verschil" / "Difference";
    /// A version without a code: as published.
    PUBLISHED = "gepubliceerd" / "published";
    /// Unit: percentage points.
    fn percentage_points(n: &str) = "{n} procentpunt" / "{n} pp";
    /// Unit: hours.
    fn hours(n: &str) = "{n} uur" / "{n} hours";
    /// Section note: amounts in thousands.
    AMOUNTS_THOUSANDS = "bedragen × € 1.000" / "amounts × € 1,000";
    /// Section note: every figure has this variant.
    fn all_figures_are(variant: &str) = "alle cijfers: {variant}" / "all figures: {variant}";
    /// Section note: most figures have this variant.
    fn unless_noted(variant: &str) =
        "zonder vermelding: {variant}; andere versies staan bij het getal"
        / "unless noted: {variant}; other versions are named next to the number";
    /// Section note: small published counts.
    SMALL_PUBLISHED = "aantallen onder 10 zijn gepubliceerde aggregaten en staan er zoals gepubliceerd"
        / "counts below 10 are published aggregates and are shown as published";
    /// A reference date as a version: "peildatum 01-07-2024".
    fn reference_date(date: &str) = "peildatum {date}" / "reference date {date}";
    /// An amount in euros as printed.
    fn euro(n: &str) = "€ {n}" / "€{n}";
    /// An amount in millions of euros as printed.
    fn euro_mln(n: &str) = "€ {n} mln" / "€{n} m";
    /// Section title.
    TITLE_BESTAND = "Bijstandsbestand (§1.2, tabel 4 en 5)" / "Caseload (§1.2, tables 4 and 5)";
    /// Section title.
    TITLE_TABEL_3 = "Tabel 3 — Ontwikkeling volume bijstand t.o.v. referentiegemeenten (in procenten)" / "Table 3 — Caseload development vs reference municipalities (percent)";
    /// Section title.
    TITLE_TABEL_6 = "Tabel 6 en figuur 9 — In- en uitstroom Participatiewet 2022 tot en met kwartaal 3 2024" / "Table 6 and figure 9 — Inflow and outflow 2022 to Q3 2024";
    /// Chart title.
    CHART_TABEL_6 = "In- en uitstroom per groep en jaar (tabel 6)" / "Inflow and outflow per group and year (table 6)";
    /// Value axis.
    AXIS_BENEFITS = "uitkeringen" / "benefits";
    /// Section title.
    TITLE_TABEL_7 = "Tabel 7 — Uitkeringen die worden beëindigd vanwege het bereiken van de AOW-leeftijd" / "Table 7 — Benefits ending on reaching state-pension age";
    /// Chart title.
    CHART_TABEL_7 = "Beëindigingen wegens AOW per jaar" / "Exits at pension age per year";
    /// Section title.
    TITLE_TABEL_10 = "Tabel 10 — Aantal inwoners actief in traject vanuit het RAP-team" / "Table 10 — Residents active in a trajectory (RAP team)";
    /// Chart title.
    CHART_TABEL_10 = "Inwoners per traject" / "Residents per trajectory";
    /// Value axis.
    AXIS_RESIDENTS = "inwoners" / "residents";
    /// Section title.
    TITLE_TABEL_11 = "Tabel 11 — Bijstandsgerechtigden met sociale activering (in procenten)" / "Table 11 — Benefit recipients in social activation (percent)";
    /// Section title.
    TITLE_TABEL_12 = "Tabel 12 — Aantal statushouders te huisvesten, 2021 tot en met 2024" / "Table 12 — Refugees to be housed, 2021 to 2024";
    /// Chart title.
    CHART_TABEL_12 = "Te huisvesten statushouders per halfjaar" / "Refugees to be housed per half-year";
    /// Value axis.
    AXIS_PERSONS = "personen" / "persons";
    /// Section title.
    TITLE_TABEL_13 = "Tabel 13 — Aantal deelnames leerroutes, 2022 tot en met 2024" / "Table 13 — Civic-integration route starts, 2022 to 2024";
    /// Chart title.
    CHART_TABEL_13 = "Deelnames per leerroute" / "Starts per route";
    /// Value axis.
    AXIS_STARTS = "deelnames" / "starts";
    /// Section title.
    TITLE_TABEL_14 = "Tabel 14 — Re-integratie naar werk/studie, peildatum eind kwartaal 3 2024" / "Table 14 — Re-integration to work/study, end of Q3 2024";
    /// Chart title.
    CHART_TABEL_14 = "Uitstroom naar reden (tabel 14)" / "Outflow by reason (table 14)";
    /// Section title.
    TITLE_LKS = "Loonkostensubsidie (LKS) en begeleiding naar werk (§3.1)" / "Wage-cost subsidy (LKS) and support towards work (§3.1)";
    /// Section title.
    TITLE_WERKPLEIN = "Plaatsingen door het Werkplein (§3.1)" / "Placements by the Werkplein (§3.1)";
    /// Section title.
    TITLE_BUIG = "BUIG-budget 2024 en 2025 (§1.2)" / "BUIG budget 2024 and 2025 (§1.2)";
    /// Chart title.
    CHART_BUIG = "BUIG-budget naar deelbudget" / "BUIG budget by sub-budget";
    /// Value axis.
    AXIS_MILLION = "€ mln" / "€ million";
    /// Section title.
    TITLE_TABEL_17 = "Tabel 17 — Beschut werk (Beschut Bedrijf DCW, kwartaal 3 2024)" / "Table 17 — Sheltered work (DCW, Q3 2024)";
    /// Chart title.
    CHART_TABEL_17 = "Beschut werk naar groep" / "Sheltered work by group";
    /// Section title.
    TITLE_WERKROUTE = "Tabel 17 — Trajecten Werkroute (DCW)" / "Table 17 — Werkroute trajectories (DCW)";
    /// Chart title.
    CHART_WERKROUTE = "Werkroute: deelnemers 2023 en trajecten 2024" / "Werkroute: participants 2023 and trajectories 2024";
    /// Value axis.
    AXIS_COUNT = "aantal" / "count";
    /// Section title.
    TITLE_JONGEREN = "Jongeren actieteam: de jongeren-keten (§2.1)" / "Youth action team: the youth chain (§2.1)";
    /// Section title.
    TITLE_BIJLAGE_1 = "Bijlage 1 — Begroting (× € 1.000)" / "Annex 1 — Budget (× € 1,000)";
    /// Chart title.
    CHART_BIJLAGE_1 = "Budget per regel (totaal)" / "Budget per line (total)";
    /// Value axis.
    AXIS_THOUSAND_EUR = "× € 1.000" / "× € 1,000";
    /// Section title.
    TITLE_BIJLAGE_1_DEKKING = "Bijlage 1 — Dekking (× € 1.000)" / "Annex 1 — Funding (× € 1,000)";
    /// Section title.
    TITLE_KLANTTEVREDENHEID = "Klanttevredenheid Werk en Inkomen" / "Customer satisfaction Work and Income";
}

/// The checks-run summary, singular or plural.
pub fn checks(lang: bijstand_core::lang::Lang, n: usize) -> String {
    if n == 1 {
        checks_run_one(lang, Count(1))
    } else {
        checks_run(lang, Count(n as i64))
    }
}
