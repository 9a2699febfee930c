//! Messages: dynamics (In- en uitstroom).

use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Plain};

bijstand_core::messages! {
    /// Screen title.
    TITLE = "In- en uitstroom" / "Inflow and outflow";
    /// The data has no episodes to follow month by month.
    NO_FLOWS = "Deze gegevens hebben geen in- en uitstroom." / "This data has no flows.";
    /// Control: the definition of outflow to work.
    NAAR_WERK = "Uitstroom naar werk telt" / "Outflow to work counts";
    /// Control: the index base month.
    BASE_MONTH = "Basismaand index (= 100)" / "Index base month (= 100)";

    /// Chart: stock per month.
    STOCK_TITLE = "Bestand per maand (einde maand)" / "Caseload per month (month end)";
    /// Series: stock.
    STOCK = "Bestand" / "Caseload";
    /// Chart: flows per month.
    FLOWS_TITLE = "Instroom en uitstroom per maand" / "Inflow and outflow per month";
    /// Series: inflow.
    INFLOW = "Instroom" / "Inflow";
    /// Series: outflow.
    OUTFLOW = "Uitstroom" / "Outflow";
    /// Outflow reason group (Table 14).
    REASON_WORK = "Werk" / "Work";
    /// Outflow reason group (Table 14).
    REASON_WERKPLEIN = "Plaatsing Werkplein" / "Werkplein placement";
    /// Outflow reason group (Table 14).
    REASON_SELF_EMPLOYED = "Zelfstandig" / "Self-employed";
    /// Outflow reason group (Table 14).
    REASON_STUDY = "Studie" / "Study";
    /// Outflow reason group, shown apart.
    REASON_AOW = "AOW" / "State pension";
    /// Outflow reason group: the rest.
    REASON_OTHER = "Overig" / "Other";
    /// A year the data covers only partly.
    fn partial_year(year: Plain<i32>, months: Count) = "{year} ({months} mnd)" / "{year} ({months} mo)";
    /// Chart: outflow by reason.
    REASONS_TITLE = "Uitstroom naar reden per jaar" / "Outflow by reason per year";
    /// Note under the reasons chart.
    fn reasons_note(definition: &str) =
        "Uitstroom naar werk telt: {definition}. AOW-uitstroom is zeker en apart getoond, zodat die niet aan beleid wordt toegeschreven." /
        "Outflow to work counts: {definition}. State-pension exits are certain and shown apart, so they are not credited to policy.";
    /// Chart: index of the stock.
    fn index_title(base: &str) = "Index bestand ({base} = 100)" / "Caseload index ({base} = 100)";
    /// Series: index.
    INDEX = "Index" / "Index";
    /// Note when the index cannot be computed.
    BASE_OUTSIDE = "De basismaand valt buiten de gegevens." / "The base month lies outside the data.";
    /// Chart: partial outflow.
    PARTIAL_TITLE = "Gedeeltelijke uitstroom (met inkomsten uit werk)" / "Partial outflow (with income from work)";
    /// Series: partial outflow.
    WITH_WORK = "Met inkomsten uit werk" / "With income from work";
    /// Note under the partial-outflow chart.
    PARTIAL_NOTE =
        "Geen uitstroom: de uitkering loopt door naast parttime werk. Het kenmerk geldt op de exportdatum; eerdere maanden zijn een benadering." /
        "Not an exit: the benefit continues next to part-time work. The flag is as of the export date; earlier months are approximate.";
    /// Chart: duration bands on the peildatum.
    fn duration_title(on: Date) = "Duur van de uitkering op {on}" / "Benefit duration on {on}";
    /// Note under the duration chart.
    fn longer_than_two_years(share: &str) = "Langer dan twee jaar: {share}" / "Longer than two years: {share}";

    /// KPI: inflow.
    KPI_INFLOW = "Instroom, laatste 12 maanden" / "Inflow, last 12 months";
    /// KPI note: the months counted.
    fn from_to(from: &str, to: &str) = "{from} t/m {to}" / "{from} to {to}";
    /// KPI: outflow.
    KPI_OUTFLOW = "Uitstroom, laatste 12 maanden" / "Outflow, last 12 months";
    /// KPI note: AOW exits.
    fn of_which_aow(n: &str) = "waarvan AOW: {n}" / "of which pension: {n}";
    /// KPI: outflow to work.
    KPI_TO_WORK = "Uitstroom naar werk" / "Outflow to work";
    /// KPI: outflow rate.
    KPI_RATE = "Uitstroompercentage (jaar)" / "Outflow rate (year)";
    /// KPI note of [`KPI_RATE`].
    KPI_RATE_NOTE = "uitstroom / gemiddeld bestand" / "outflow / average caseload";
    /// KPI: stock-flow reconciliation.
    KPI_RECONCILIATION = "Aansluiting bestand en stromen" / "Stock-flow reconciliation";
    /// KPI note of [`KPI_RECONCILIATION`].
    KPI_RECONCILIATION_NOTE =
        "verandering van het bestand min (instroom − uitstroom): sluit altijd bij gegevens per uitkering" /
        "change in the caseload minus (inflow − outflow): always exact for data per benefit";
}
