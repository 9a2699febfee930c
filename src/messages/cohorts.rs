//! Messages: cohorts (Cohorten).

use bijstand_core::date::Date;
use bijstand_core::i18n::Plain;

bijstand_core::messages! {
    /// Screen title.
    TITLE = "Lopende uitkeringen per startjaar" / "Running benefits by start year";
    /// The data has no benefits (or no dates).
    NO_BENEFITS = "Het bestand bevat geen uitkeringen." / "The file holds no benefits.";
    /// No start year is observed for a whole year yet.
    NOTHING_OBSERVED =
        "Geen startjaar is al een volledig jaar gevolgd: het bestand loopt niet lang genoeg." /
        "No start year has been followed for a full year yet: the file does not cover enough time.";
    /// Chart and table title.
    CHART = "Nog lopend, naar jaren sinds de start" / "Still running, by years since the start";
    /// Value axis.
    AXIS = "% nog lopend" / "% still running";
    /// A category: years since the start.
    fn after_years(k: Plain<usize>) = "na {k} jaar" / "after {k} yr";
    /// Table header: start year.
    START_YEAR = "Startjaar" / "Start year";
    /// Table header: benefits started.
    STARTED = "Gestart" / "Started";
    /// A cell: share with the count.
    fn share_count(share: &str, n: &str) = "{share} ({n})" / "{share} ({n})";
    /// A cell: the year is not fully observed yet.
    NOT_OBSERVED = "–" / "–";
    /// Note under the chart: how it is counted.
    fn note(end: Date) =
        "Per startjaar het deel van de uitkeringen dat op de dag 1, 2, 3 … jaar na de eigen start nog liep. Een jaar wordt pas getoond als het voor het hele startjaar is waargenomen (gegevens tot en met {end}); – is nog niet waargenomen. Aantallen onder de drempel staan als <10, ook in het percentage. Oudere startjaren zijn onvolledig als het bestand alleen uitkeringen bevat die na een bepaalde datum liepen." /
        "Per start year, the share of benefits still running on the day 1, 2, 3 … years after their own start. A year is shown only once it has been observed for the whole start year (data up to {end}); – is not observed yet. Counts below the threshold show as <10, in the percentage too. Older start years are incomplete when the file only holds benefits that ran after some date.";
    /// KPI: share still running after one year, last observed start year.
    fn kpi_one_year(year: Plain<i32>) = "Nog lopend na 1 jaar (startjaar {year})" / "Still running after 1 year (start year {year})";
    /// KPI note: how many started.
    fn kpi_started(n: &str) = "van {n} gestart" / "of {n} started";
    /// KPI: benefits in the cohorts.
    KPI_COHORTS = "Startjaren met gegevens" / "Start years with data";
    /// KPI note: the years.
    fn kpi_years(first: Plain<i32>, last: Plain<i32>, n: &str) =
        "{first}–{last}, {n} uitkeringen" / "{first}–{last}, {n} benefits";
    /// Shown instead of the filter chips when no filter is active.
    FILTER_HINT =
        "Filter op Samenstelling door op een staaf of taartpunt te klikken; dat filter geldt hier ook." /
        "Filter on Composition by clicking a bar or slice; that filter applies here too.";
}
