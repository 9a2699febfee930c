//! Messages: projection (Prognose).

use bijstand_core::i18n::{Eur, EurMln, Pct};

bijstand_core::messages! {
    /// Screen title.
    TITLE = "Prognose" / "Projection";
    /// Heading of the assumptions.
    SETTINGS_TITLE = "Aannames prognose (per jaar)" / "Projection assumptions (per year)";
    /// Field: start stock.
    START = "Beginstand" / "Start caseload";
    /// Field: inflow per year.
    INFLOW = "Instroom per jaar" / "Inflow per year";
    /// Field: non-AOW outflow per year.
    OUTFLOW = "Uitstroom (zonder AOW) per jaar" / "Outflow (excl. pension) per year";
    /// Field: begroting growth, and the begroting line.
    GROWTH = "Groeiaanname begroting" / "Budget growth assumption";
    /// Field: horizon.
    HORIZON = "Horizon" / "Horizon";
    /// Unit of the horizon.
    MONTHS = "mnd" / "months";
    /// Field: reconciliation term per year.
    RECONCILIATION = "Aansluitingsverschil per jaar" / "Reconciliation term per year";
    /// Checkbox after its box (leading space).
    RECONCILIATION_ON = " Toon methode met aansluitingsverschil" / " Show method with reconciliation term";
    /// Button: forget the edited values.
    RESET = "Terug naar waarden uit de gegevens" / "Back to values from the data";
    /// Summary of the calibration notes.
    SOURCES = "Waar komen de waarden vandaan?" / "Where do the values come from?";
    /// Calibration note when the data gives no start stock.
    DEFAULTS =
        "Standaardwaarden uit het uitvoeringsprogramma (de gegevens geven geen beginstand)." /
        "Default values from the implementation programme (the data gives no start caseload).";

    /// Method 1.
    METHOD_ABSOLUTE = "Vaste in- en uitstroom" / "Fixed flows";
    /// Method 2.
    METHOD_RATE = "Uitstroom als kans" / "Outflow as a rate";
    /// Method 3.
    METHOD_RECONCILED = "Met aansluitingsverschil" / "With reconciliation term";
    /// Series: actual month-end stocks.
    ACTUAL = "Werkelijk" / "Actual";
    /// Series: the band between the methods.
    RANGE = "Bandbreedte" / "Range";
    /// Chart: the projection.
    CHART_TITLE = "Prognose bijstandsbestand" / "Caseload projection";
    /// Table header.
    METHOD = "Methode" / "Method";
    /// Table header: the stock at the end of the horizon.
    fn end(month: &str) = "Eind {month}" / "End {month}";
    /// Table header.
    GROWTH_COLUMN = "Groei" / "Growth";
    /// Table header.
    DIFFERENCE = "Verschil met begroting" / "Difference from budget";
    /// Table header.
    EUR_PER_YEAR = "€ per jaar (volledig jaar)" / "€ per year (full year)";
    /// Why yearly in- and outflow have their range.
    WHY_FLOWS = "ruim boven de jaarlijkse in- of uitstroom van de grootste gemeente."
        / "well above the yearly inflow or outflow of the largest municipality.";
    /// Why the horizon has its range.
    WHY_HORIZON = "verder vooruit wordt een prognose van het bestand te onzeker."
        / "further ahead a caseload projection becomes too uncertain.";
    /// Why the reconciliation difference has its range.
    WHY_RECONCILIATION = "het verschil tussen bestand en stromen per jaar; een groter verschil wijst op een fout in de gegevens."
        / "the yearly difference between stock and flows; a larger one points to an error in the data.";
    /// Why the growth column has two decimals.
    GROWTH_DECIMALS = "Groei met twee decimalen, zoals het uitvoeringsprogramma de groei noemt."
        / "Growth to two decimals, as the programme gives growth.";
    /// Note under the projection chart.
    fn rate_note(rate: Pct) = "Uitstroomkans per maand (uitstroom van het ijkjaar gedeeld door 12 × het gemiddelde bestand): {rate}." / "Monthly outflow rate (the calibration year's outflow divided by 12 × the average caseload): {rate}.";
    /// Chart: AOW exits.
    AOW_TITLE = "Uitstroom door AOW (zeker)" / "State-pension exits (certain)";
    /// Series and table header.
    PER_MONTH = "Per maand" / "Per month";
    /// Series and table header.
    CUMULATIVE = "Cumulatief" / "Cumulative";
    /// The AOW chart's right-hand axis.
    CUMULATIVE_AXIS = "cumulatief (rechter as)" / "cumulative (right axis)";
    /// Note under the AOW chart.
    AOW_NOTE =
        "Wie de AOW-leeftijd bereikt, stroomt zeker uit: dit is geen beleidseffect." /
        "Reaching state-pension age ends the benefit for certain: not a policy effect.";

    /// KPI: the band at the horizon.
    KPI_RANGE = "Bandbreedte einde horizon" / "Range at horizon end";
    /// KPI note: the start stock.
    fn start(n: &str) = "start {n}" / "start {n}";
    /// KPI: spread between the methods.
    KPI_SPREAD = "Verschil tussen methoden" / "Spread between methods";
    /// KPI note: what the spread costs.
    fn per_year(amount: EurMln, cost: Eur) = "≈ {amount} per jaar, tegen kosten per uitkering {cost} (BUIG)" / "≈ {amount} per year, at cost per benefit {cost} (BUIG)";
    /// KPI: AOW exits in the horizon.
    KPI_AOW = "AOW-uitstroom in de horizon" / "Pension exits in horizon";
    /// KPI note of [`KPI_AOW`].
    KPI_AOW_NOTE = "zekere uitstroom" / "certain outflow";
}
