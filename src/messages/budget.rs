//! Messages of the BUIG screen, and of what it shares with the LKS screen: the waterfall,
//! scenario A against B and the saved scenarios.

use bijstand_core::i18n::{Count, Dec, Eur, EurMln, Msg, Pct, Plain, SignedEurMln};

bijstand_core::messages! {
    // The assumptions.
    /// Heading of the assumptions.
    ASSUMPTIONS = "Aannames BUIG" / "BUIG assumptions";
    /// Sub-heading, waterfall step and series: the budget.
    BUDGET = "Budget" / "Budget";
    /// The budget box.
    BUDGET_MLN = "BUIG-budget (€ mln)" / "BUIG budget (€ m)";
    /// Unit of an amount in € M.
    UNIT_MLN = "mln" / "m";
    /// The budget version list.
    VERSION = "Versie budget" / "Budget version";
    /// The eigen middelen box.
    EIGEN_MLN = "Eigen middelen (€ mln)" / "Own means (€ m)";
    /// Sub-heading, waterfall series and column: spending.
    SPENDING = "Uitgaven" / "Spending";
    /// The caseload box.
    CASELOAD_START = "Bestand begin jaar" / "Caseload at start of year";
    /// The caseload path list.
    PATH = "Verloop bestand" / "Caseload path";
    /// Caseload path: national growth plus the local difference.
    PATH_NATIONAL = "landelijke groei + lokaal verschil" / "national growth + local difference";
    /// Caseload path: fixed growth.
    PATH_GROWTH = "vaste groei per jaar" / "fixed growth per year";
    /// Caseload path: flows from the projection.
    PATH_FLOWS = "instroom − uitstroom − AOW (uit prognose)" / "inflow − outflow − pension (from projection)";
    /// The fixed growth box.
    GROWTH = "Groei bestand" / "Caseload growth";
    /// The national growth box.
    NATIONAL_GROWTH = "Landelijke groei (Rijk)" / "National growth";
    /// The local difference box.
    LOCAL_DIFFERENCE = "Lokaal verschil (procentpunt)" / "Local difference (pp)";
    /// The cost per benefit list.
    COST = "Kosten per uitkering" / "Cost per benefit";
    /// Cost per benefit entered.
    COST_ENTERED = "ingevoerd" / "entered";
    /// Cost per benefit calibrated.
    COST_CALIBRATED = "geijkt op 2024 (resultaat 1,90 mln)" / "calibrated on 2024 (result 1.90 m)";
    /// The cost per benefit box.
    COST_PER_YEAR = "Kosten per uitkering per jaar" / "Cost per benefit per year";
    /// The calibrated cost per benefit.
    fn calibrated_cost(eur: Eur) = "Geijkte kosten per uitkering: {eur}" / "Calibrated cost per benefit: {eur}";
    /// The LKS spending box.
    LKS_MLN = "LKS-uitgaven (€ mln)" / "LKS spending (€ m)";
    /// LKS spending counted from the contracts file's monthly amounts.
    fn lks_from_contracts(year: Plain<i32>, amount: EurMln, with_amount: Count, without: String) =
        "Uit het contractenbestand {year}: {amount} ({with_amount} contracten met een subsidiebedrag{without}; lopende contracten tellen het hele jaar mee)."
        / "From the contracts file {year}: {amount} ({with_amount} contracts with a subsidy amount{without}; running contracts count for the whole year).";
    /// Contracts without an amount, within [`lks_from_contracts`].
    fn without_amount(n: Count) = ", {n} zonder bedrag niet meegeteld" / ", {n} without an amount not counted";
    /// Take the LKS spending over.
    TAKE_OVER = "Overnemen" / "Use this";
    /// The price index box.
    PRICE_INDEX = "Prijsindex" / "Price index";

    // The goal-seek.
    /// Accessible name of a goal-seek section.
    GOAL_SEEK = "Doelzoeken" / "Goal seek";
    /// The break-even question.
    BREAK_EVEN_QUESTION = "Bij welke groei is het resultaat precies 0?" / "At which growth is the result exactly 0?";
    /// The break-even growth against the assumed growth.
    fn break_even_answer(growth: Pct, assumed: Pct) =
        "Bij een groei van {growth} (nu aangenomen: {assumed})."
        / "At a growth of {growth} (now assumed: {assumed}).";
    /// No break-even growth; `why` is the search's error.
    fn no_solution(why: String) = "Geen oplossing binnen het bereik. ({why})" / "No solution within range. ({why})";

    // The results.
    /// Heading of the results.
    TITLE = "BUIG: budget en uitgaven" / "BUIG: budget and spending";
    /// The budget KPI.
    fn budget_kpi(year: Plain<i32>, version: &str) = "BUIG-budget {year} ({version})" / "BUIG budget {year} ({version})";
    /// The sum of the sub-budgets.
    fn sub_budgets(sum: EurMln) = "deelbudgetten samen: {sum}" / "sub-budgets together: {sum}";
    /// No sub-budgets.
    SUB_BUDGETS_MISSING = "deelbudgetten ontbreken" / "sub-budgets missing";
    /// The spending KPI.
    EXPECTED_SPENDING = "Verwachte uitgaven" / "Expected spending";
    /// How the spending is made up.
    fn spend_note(average: Dec, cost: Eur, lks: EurMln) =
        "gem. bestand {average} × {cost} + LKS {lks}" / "avg. caseload {average} × {cost} + LKS {lks}";
    /// The result KPI.
    RESULT_KPI = "Resultaat (budget − uitgaven)" / "Result (budget − spending)";
    /// The result with eigen middelen.
    fn incl_eigen(result: EurMln) = "incl. eigen middelen: {result}" / "incl. own means: {result}";
    /// The result without eigen middelen.
    EXCL_EIGEN = "excl. eigen middelen" / "excl. own means";
    /// The growth effect KPI.
    EFFECT_1PP = "Effect +1 procentpunt groei" / "Effect of +1 pp growth";
    /// The growth effect in the year itself.
    fn in_year(effect: SignedEurMln) = "in het jaar zelf: {effect}" / "in-year: {effect}";
    /// The break-even KPI.
    BREAK_EVEN_KPI = "Groei waarbij resultaat 0 is" / "Growth at which the result is 0";
    /// The growth assumed (a percentage or `–`).
    fn assumed_growth(growth: String) = "aangenomen groei: {growth}" / "assumed growth: {growth}";
    /// Waterfall step: benefits.
    BENEFITS = "Uitkeringen" / "Benefits";
    /// Waterfall step: LKS.
    LKS = "LKS" / "Wage subsidy";
    /// Waterfall step, series and column: the result.
    RESULT = "Resultaat" / "Result";
    /// Series and column: an amount.
    AMOUNT = "Bedrag" / "Amount";
    /// Column: an item of a waterfall.
    ITEM = "Post" / "Item";
    /// Title of the waterfall.
    WATERFALL_TITLE = "Van budget naar resultaat" / "From budget to result";
    /// Unit of a € M axis.
    UNIT_EUR_MLN = "€ mln" / "€ m";
    /// Under the waterfall.
    NOT_EARMARKED = "Het BUIG-budget is niet geoormerkt: een overschot mag de gemeente houden, een tekort vangt zij zelf op."
        / "The BUIG budget is not earmarked: the municipality keeps a surplus and bears a deficit.";
    /// Title of the multi-year chart.
    MULTI_YEAR_TITLE = "Meerjarig: budget, uitgaven en resultaat" / "Multi-year: budget, spending and result";
    /// Caption of the multi-year table.
    MULTI_YEAR = "Meerjarig" / "Multi-year";
    /// Column: year.
    YEAR = "Jaar" / "Year";
    /// Column: caseload at the end of the year.
    CASELOAD_END = "Bestand eind" / "Caseload at end";
    /// Column: AOW exits.
    AOW_EXITS = "AOW-uitstroom" / "State-pension exits";
    /// Under the multi-year chart.
    MULTI_YEAR_NOTE = "* budget doorgetrokken met landelijke groei en prijsindex (aanname). AOW-uitstroom is zekere uitstroom en zit in het bestand."
        / "* budget extrapolated with national growth and price index (assumption). State-pension exits are certain outflow, included in the caseload.";
    /// Title of the sensitivity chart.
    SENSITIVITY_TITLE = "Resultaat bij andere groei" / "Result at other growth";
    /// Column: growth.
    GROWTH_HEADER = "Groei" / "Growth";
    /// Extra growth that wipes out the surplus (full year; in-year a number or `–`).
    fn surplus_gone(full_year: Dec, in_year: String) =
        "Het overschot verdwijnt bij {full_year} procentpunt extra groei, volledig jaar (in het jaar zelf: {in_year})."
        / "The surplus is gone at {full_year} percentage points extra growth, full year (in-year: {in_year}).";
    /// No surplus.
    NO_SURPLUS = "Er is geen overschot om te verliezen." / "There is no surplus to lose.";
    /// Title of the tornado.
    TORNADO_TITLE = "Gevoeligheid van het resultaat (±10%)" / "Sensitivity of the result (±10%)";
    /// Axis of the tornado.
    TORNADO_AXIS = "verandering resultaat (€ mln)" / "change in result (€ m)";
    /// Caption of the tornado table.
    SENSITIVITY = "Gevoeligheid" / "Sensitivity";
    /// Tornado: 10% lower.
    MINUS_10 = "−10%" / "−10%";
    /// Tornado: 10% higher.
    PLUS_10 = "+10%" / "+10%";
    /// Column: the assumption.
    ASSUMPTION = "Aanname" / "Assumption";
    /// Column: its base value.
    BASE = "Basis" / "Base";
    /// Column: the result 10% lower.
    RESULT_MINUS_10 = "Resultaat −10%" / "Result −10%";
    /// Column: the result 10% higher.
    RESULT_PLUS_10 = "Resultaat +10%" / "Result +10%";
    /// Under the tornado.
    LARGEST_ON_TOP = "Grootste invloed bovenaan." / "Largest effect on top.";
    /// Tornado lever: growth (the Dutch text is `buig::levers()`'s name).
    LEVER_GROWTH = "groei bijstandsbestand (%)" / "caseload growth (%)";
    /// Tornado lever: cost per benefit.
    LEVER_COST = "kosten per uitkering (€)" / "cost per benefit (€)";
    /// Tornado lever: LKS spending.
    LEVER_LKS = "LKS-uitgaven (€ mln)" / "LKS spending (€ m)";
    /// Tornado lever: the budget.
    LEVER_BUDGET = "BUIG-budget (€ mln)" / "BUIG budget (€ m)";
    /// Tornado lever: the caseload at the start.
    LEVER_START = "bijstandsbestand begin jaar" / "caseload at start of year";

    // The vangnet.
    /// Heading and caption of the vangnet.
    VANGNET = "Vangnet" / "Safety net";
    /// Column: part.
    PART = "Onderdeel" / "Item";
    /// Column: value.
    VALUE = "Waarde" / "Value";
    /// The deficit.
    DEFICIT = "Tekort" / "Deficit";
    /// The regular threshold.
    fn regular_threshold(pct: Pct) = "Drempel regulier vangnet ({pct})" / "Regular threshold ({pct})";
    /// The extended threshold.
    fn extended_threshold(pct: Pct) = "Drempel aanvullend vangnet ({pct})" / "Extended threshold ({pct})";
    /// Headroom to the regular vangnet.
    HEADROOM = "Ruimte tot regulier vangnet" / "Headroom to regular safety net";
    /// The year of the rules.
    RULES_YEAR = "Regels van jaar" / "Rules of year";

    // Scenario A and B.
    /// Heading of the comparison.
    COMPARE_SCENARIOS = "Scenario's vergelijken" / "Compare scenarios";
    /// Keep the current scenario as B.
    SAVE_B = "Bewaar huidige als B" / "Keep current as B";
    /// Swap A and B.
    SWAP_AB = "Wissel A en B" / "Swap A and B";
    /// Forget B.
    FORGET_B = "Vergeet B" / "Forget B";
    /// How to get a comparison.
    COMPARE_HINT = "Bewaar het huidige scenario als B, verander dan aannames: de verschillen verschijnen hier."
        / "Keep the current scenario as B, then change assumptions: the differences appear here.";
    /// Caption of the comparison.
    SCENARIO_A_B = "Scenario A en B" / "Scenario A and B";
    /// Column: the difference.
    A_MINUS_B = "A − B" / "A − B";
    /// Row: the BUIG result.
    BUIG_RESULT = "Resultaat BUIG" / "BUIG result";
    /// Row: the BUIG spending.
    BUIG_SPENDING = "Uitgaven BUIG" / "BUIG spending";
    /// A switch on, in the comparison.
    YES = "ja" / "yes";
    /// A switch off, in the comparison.
    NO = "nee" / "no";
    /// Row: LKS contracts at the end of the year.
    LKS_YEAR_END = "LKS lopend eind jaar" / "LKS running at year end";

    // Saved scenarios.
    /// Label of the name box.
    NAME = "Naam" / "Name";
    /// Save under the name.
    SAVE_SCENARIO = "Bewaar scenario" / "Save scenario";
    /// Nothing saved yet.
    NO_SAVED_SCENARIOS = "Nog geen bewaarde scenario's. Ze blijven in deze browser bewaard (niets wordt verstuurd)."
        / "No saved scenarios yet. They are kept in this browser (nothing is sent).";
    /// Accessible name of the list.
    SAVED_SCENARIOS = "Bewaarde scenario's" / "Saved scenarios";
    /// Accessible name of a saved scenario's name box.
    fn scenario_name(n: Plain<usize>) = "Naam van scenario {n}" / "Name of scenario {n}";
    /// Open a saved scenario.
    OPEN = "Openen" / "Open";
    /// Delete a saved scenario.
    DELETE = "Verwijderen" / "Delete";
    /// An action on a named scenario.
    fn named(action: Msg, name: &str) = "{action}: {name}" / "{action}: {name}";
    /// The current settings as A.
    CURRENT_SETTINGS = "huidige instellingen" / "current settings";
    /// Compare the two chosen.
    COMPARE_A_B = "Vergelijk A met B" / "Compare A with B";
}
