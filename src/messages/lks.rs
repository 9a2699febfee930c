//! Messages of the LKS screen.

use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Dec, Eur, Pct};

bijstand_core::messages! {
    // The assumptions.
    /// Heading of the assumptions.
    ASSUMPTIONS = "Aannames LKS" / "LKS assumptions";
    /// Sub-heading of this year's contracts.
    CONTRACTS_THIS_YEAR = "Contracten dit jaar" / "Contracts this year";
    /// The loaded contracts file.
    fn contracts_file(name: &str, n: Count) = "Contractenbestand: {name} ({n} contracten)" / "Contracts file: {name} ({n} contracts)";
    /// Count from the contracts file.
    COUNT_FROM_FILE = "Aantallen tellen uit het contractenbestand" / "Count from the contracts file";
    /// Accessible name of the loader's remarks.
    FILE_NOTES = "Meldingen bij het contractenbestand" / "Notes on the contracts file";
    /// Remove the contracts file.
    REMOVE_CONTRACTS = "Contracten verwijderen" / "Remove contracts";
    /// Counts entered, no contracts file.
    ENTERED_COUNTS = "Ingevoerde aantallen (rapport Q1–Q3 2024). Laad een contractenbestand (lks_contracten.csv) om ze uit de contracten te tellen; het bijstandsbestand blijft dan geladen."
        / "Entered counts (report Q1–Q3 2024). Load a contracts file (lks_contracten.csv) to count them from the contracts; the caseload stays loaded.";
    /// The year list.
    YEAR = "Jaar" / "Year";
    /// The months box.
    MONTHS_ELAPSED = "Maanden verstreken" / "Months elapsed";
    /// Unit: months.
    UNIT_MONTHS = "mnd" / "months";
    /// Caption of the counted figures.
    fn counted(first: Date, last: Date) = "Geteld uit de contracten, {first} – {last}" / "Counted from the contracts, {first} – {last}";
    /// Running at the start of the year.
    RUNNING_AT_START = "Lopend bij start" / "Running at start";
    /// Started.
    STARTED = "Gestart" / "Started";
    /// Ended.
    ENDED = "Beëindigd" / "Ended";
    /// Sub-heading of the target.
    TARGET = "Doel" / "Target";
    /// The target box.
    TARGET_INCREASE = "Streefwaarde toename per jaar" / "Target increase per year";
    /// The definition list.
    TARGET_DEFINITION = "Definitie van het doel" / "Target definition";
    /// Last year's starts.
    PREVIOUS_STARTS = "Starts vorig jaar (voor B)" / "Starts last year (for B)";
    /// Last year's in use.
    PREVIOUS_IN_USE = "In gebruik vorig jaar (voor C)" / "In use last year (for C)";
    /// Sub-heading of the legal parameters.
    SUBSIDY_PARAMETERS = "Subsidie (wettelijke parameters)" / "Subsidy (legal parameters)";
    /// The WML box.
    WML = "WML per maand (36 uur)" / "Minimum wage per month (36 h)";
    /// The employer costs box.
    EMPLOYER_COSTS = "Werkgeverslasten" / "Employer costs";
    /// The cap box.
    CAP = "Maximum subsidie" / "Subsidy cap";
    /// The hours box.
    HOURS = "Uren per week" / "Hours per week";
    /// Unit: hours.
    UNIT_HOURS = "u" / "h";
    /// Include holiday pay.
    HOLIDAY_PAY = "Vakantiebijslag meerekenen (8%)" / "Include holiday pay (8%)";
    /// Sub-heading of the raise.
    HIGHER_LOONWAARDE = "Hogere loonwaarde" / "Higher wage value";
    /// The raise box.
    RAISE_POINTS = "Verhoging loonwaarde (punten)" / "Wage-value increase (points)";
    /// Start the raise from the running contracts.
    RAISE_FROM_CONTRACTS = "Vanuit de lopende contracten (aantal, gemiddelde loonwaarde en uren)"
        / "From the running contracts (number, mean wage value and hours)";
    /// The number of contracts box.
    NUMBER_OF_CONTRACTS = "Aantal contracten" / "Number of contracts";
    /// The current mean box.
    CURRENT_MEAN = "Huidige gemiddelde loonwaarde (0 = marginaal)" / "Current mean wage value (0 = marginal)";

    // The goal-seeks.
    /// Accessible name of the goal-seek section.
    GOAL_SEEK = "Doelzoeken" / "Goal seek";
    /// The starts question.
    STARTS_QUESTION = "Hoeveel starts per maand zijn nodig om het doel te halen?" / "How many starts per month reach the target?";
    /// Starts per month needed, against the pace so far.
    fn starts_answer(needed: Dec, now: Dec) =
        "{needed} starts per maand in de rest van het jaar (nu {now})"
        / "{needed} starts per month for the rest of the year (now {now})";
    /// No starts answer.
    STARTS_NOT_COMPUTABLE = "Niet berekenbaar met deze definitie: vul de cijfers van vorig jaar in."
        / "Not computable with this definition: enter last year's figures.";
    /// The raise question.
    RAISE_QUESTION = "Welke hogere loonwaarde betaalt een besparing?" / "Which wage-value increase pays for a saving?";
    /// The saving box.
    SAVING_SOUGHT = "Gezochte besparing per jaar" / "Saving sought per year";
    /// The raise that pays for the saving (`from`: [`from`] or [`MARGINAL`]).
    fn raise_answer(saving: Eur, points: Dec, contracts: Count, from: String) =
        "Een besparing van {saving} per jaar vraagt {points} procentpunt hogere loonwaarde over {contracts} contracten ({from})."
        / "A saving of {saving} per year needs {points} percentage points more wage value over {contracts} contracts ({from}).";
    /// From a mean loonwaarde.
    fn from(pct: Pct) = "vanaf {pct}" / "from {pct}";
    /// The marginal effect.
    MARGINAL = "marginaal, zonder maximum" / "marginal, without the cap";
    /// No raise answer.
    RAISE_NOT_REACHABLE = "Niet haalbaar: zelfs een loonwaarde van 100% bespaart minder." / "Not reachable: even a wage value of 100% saves less.";

    // The results.
    /// Heading of the results.
    TITLE = "Loonkostensubsidie (LKS)" / "Wage-cost subsidy (LKS)";
    /// KPI: running now.
    RUNNING_NOW_KPI = "LKS-contracten lopend nu" / "LKS contracts running now";
    /// Start + started − ended.
    fn running_note(start: String, started: String, ended: String) = "start {start} + {started} − {ended}" / "start {start} + {started} − {ended}";
    /// KPI: in use.
    IN_USE_KPI = "In gebruik dit jaar" / "In use this year";
    /// What in use is.
    IN_USE_NOTE = "lopend bij start + gestart" / "running at start + started";
    /// KPI: progress on the target.
    fn progress(code: &str) = "Voortgang doel ({code})" / "Progress on target ({code})";
    /// Not computable.
    NOT_COMPUTABLE = "niet berekenbaar" / "not computable";
    /// Ahead of schedule.
    fn ahead(by: Count) = "voor op schema (naar rato van het jaardoel): {by} contracten" / "ahead of schedule (pro rata of the year target): {by} contracts";
    /// Behind schedule.
    fn behind(by: Count) = "achter op schema (naar rato van het jaardoel): {by} contracten" / "behind schedule (pro rata of the year target): {by} contracts";
    /// Last year's figures are needed.
    ENTER_LAST_YEAR = "vul het vorige jaar in" / "enter last year's figures";
    /// KPI: needed per month.
    NEEDED_KPI = "Gemiddeld nodig per resterende maand" / "Average needed per remaining month";
    /// The pace so far.
    fn pace(per_month: Dec) = "gemiddeld tempo tot nu: {per_month} per maand" / "average pace so far: {per_month} a month";
    /// KPI: year end.
    YEAR_END_KPI = "Verwachte stand eind jaar" / "Expected year-end stock";
    /// Net growth.
    fn net_growth(n: Count) = "netto groei: {n} contracten" / "net growth: {n} contracts";
    /// KPI: starts next year.
    NEXT_YEAR_KPI = "Starts nodig volgend jaar" / "Starts needed next year";
    /// Per month.
    fn per_month(n: Dec) = "gemiddeld {n} per maand" / "on average {n} a month";
    /// Waterfall step: running now.
    RUNNING_NOW = "Lopend nu" / "Running now";
    /// Title of the stock-flow waterfall.
    STOCK_TITLE = "LKS: voorraad en stromen" / "LKS: stock and flows";
    /// Unit and axis: contracts.
    CONTRACTS_UNIT = "contracten" / "contracts";
    /// The stock waterfall's legend: the bars that stand on zero.
    RUNNING_CONTRACTS = "Lopende contracten" / "Running contracts";
    /// Series: contracts.
    CONTRACTS = "Contracten" / "Contracts";
    /// The target definition under the waterfall.
    fn definition_note(description: &str) = "Definitie doel: {description}" / "Target definition: {description}";
    /// Title of the subsidy chart.
    SUBSIDY_TITLE = "Subsidie en besparing per contract naar loonwaarde" / "Subsidy and saving per contract by wage value";
    /// Series and column: subsidy per year.
    SUBSIDY_PER_YEAR = "LKS per jaar" / "Subsidy per year";
    /// Series: saving against a benefit.
    SAVING_VS_BENEFIT = "Besparing t.o.v. uitkering" / "Saving vs benefit";
    /// Caption of the subsidy table.
    SUBSIDY_PER_CONTRACT = "Subsidie per contract" / "Subsidy per contract";
    /// Column: loonwaarde.
    LOONWAARDE = "Loonwaarde" / "Wage value";
    /// Column: saving.
    SAVING = "Besparing" / "Saving";
    /// Under the subsidy chart.
    fn subsidy_note(per_10_points: Eur, cost_per_benefit: Eur) =
        "Per 10 procentpunt hogere loonwaarde bespaart de gemeente {per_10_points} per contract per jaar. Bij een lage loonwaarde kost LKS meer dan de uitkering; dan is het doel ontwikkeling, geen besparing. Vergeleken met kosten per uitkering {cost_per_benefit}."
        / "Each 10 percentage points of wage value saves {per_10_points} per contract per year. At a low wage value LKS costs more than the benefit; the aim is then development, not savings. Compared with cost per benefit {cost_per_benefit}.";
    /// KPI: the BUIG effect of the raise.
    fn raise_kpi(points: Dec) = "BUIG-effect loonwaarde +{points} punten" / "BUIG effect of wage value +{points} points";
    /// The contracts of the raise (`from`: empty or `, ` + [`from`]).
    fn raise_note(contracts: String, hours: Dec, from: String) =
        "{contracts} contracten van {hours} u/w{from}" / "{contracts} contracts of {hours} h/w{from}";
    /// KPI: mean loonwaarde running.
    MEAN_LOONWAARDE_KPI = "Gemiddelde loonwaarde lopend" / "Mean wage value running";
    /// Where the mean comes from.
    fn contracts_file_on(on: Date) = "contractenbestand, op {on}" / "contracts file, on {on}";
    /// Title of the loonwaarde histogram.
    fn loonwaarde_title(on: Date) = "Loonwaarde van de lopende contracten op {on}" / "Wage value of the contracts running on {on}";
    /// Mean and median under the histogram (`outside`: empty or [`outside`]).
    fn loonwaarde_note(mean: Pct, median: Pct, n: Count, outside: String) =
        "Gemiddeld {mean} · mediaan {median} · n = {n}{outside}" / "Mean {mean} · median {median} · n = {n}{outside}";
    /// Contracts outside 0–100%.
    fn outside(n: Count) = " · {n} buiten 0–100%" / " · {n} outside 0–100%";
    /// Too few running contracts for a mean.
    fn too_few_running(threshold: Count) =
        "Minder dan {threshold} lopende contracten: gemiddelde en mediaan worden niet getoond."
        / "Fewer than {threshold} running contracts: mean and median are not shown.";
}
