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
    /// No break-even growth: the result stays a surplus between `lo` and `hi` at every growth
    /// the search tries (−100% to +100%).
    fn stays_surplus(lo: EurMln, hi: EurMln) =
        "Er is geen groei tussen −100% en +100% waarbij het resultaat 0 wordt: het blijft een overschot, tussen {lo} en {hi}."
        / "No growth between −100% and +100% makes the result 0: it stays a surplus, between {lo} and {hi}.";
    /// No break-even growth: the result stays a deficit at every growth tried.
    fn stays_deficit(lo: EurMln, hi: EurMln) =
        "Er is geen groei tussen −100% en +100% waarbij het resultaat 0 wordt: het blijft een tekort, tussen {lo} en {hi}."
        / "No growth between −100% and +100% makes the result 0: it stays a deficit, between {lo} and {hi}.";
    /// Added when the caseload at the start is 0: growth then changes nothing.
    NO_CASELOAD = "Met een bestand van 0 aan het begin van het jaar maakt de groei niets uit. Vul bij 'Bestand begin jaar' het aantal uitkeringen in (bijvoorbeeld 5.648)."
        / "With a caseload of 0 at the start of the year, growth changes nothing. Enter the number of benefits under 'Caseload at start of year' (for example 5,648).";
    /// The search hit a growth at which the result is not a number.
    fn seek_not_a_number(growth: Pct) =
        "Bij een groei van {growth} geeft de berekening geen getal; controleer de aannames (budget, bestand en kosten per uitkering)."
        / "At a growth of {growth} the calculation gives no number; check the assumptions (budget, caseload and cost per benefit).";
    /// The search found no exact answer (a jump in the result).
    fn seek_no_exact(growth: Pct, result: EurMln) =
        "Er is geen groei gevonden waarbij het resultaat precies 0 wordt; het dichtst erbij komt {growth}, met een resultaat van {result}."
        / "No growth was found at which the result is exactly 0; the closest is {growth}, with a result of {result}.";
    /// The search range itself is not valid (should not happen with the fixed range).
    SEEK_BAD_RANGE = "De groei waarbij het resultaat 0 is, kon niet worden gezocht: het zoekbereik is ongeldig."
        / "The growth at which the result is 0 could not be searched: the search range is not valid.";

}

bijstand_core::messages! {
    // The results.
    /// Heading of the results.
    TITLE = "BUIG: budget en uitgaven" / "BUIG: budget and spending";
    /// The budget KPI.
    fn budget_kpi(year: Plain<i32>, version: &str) = "BUIG-budget {year} ({version})" / "BUIG budget {year} ({version})";
    /// The sum of the sub-budgets.
    fn sub_budgets(sum: EurMln, benefits: EurMln, lks: EurMln, gap: EurMln)
        = "deelbudgetten samen {sum} ({benefits} uitkeringen + {lks} LKS, op één decimaal zoals de bron ze noemt); het verschil van {gap} is afronding"
        / "sub-budgets together {sum} ({benefits} benefits + {lks} LKS, to one decimal as the source gives them); the difference of {gap} is rounding";
    /// The sub-budgets do not add up to the budget (more than their rounding).
    fn sub_budgets_differ(sum: EurMln, gap: EurMln)
        = "deelbudgetten samen {sum}: {gap} verschil met het budget, meer dan afronding; de berekening gebruikt het budget"
        / "sub-budgets together {sum}: {gap} away from the budget, more than rounding; the calculation uses the budget";
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
    fn assumed_growth(growth: String) = "aangenomen groei: {growth} (groeicijfers met twee decimalen, zoals het uitvoeringsprogramma ze noemt)" / "assumed growth: {growth} (growth figures to two decimals, as the programme gives them)";
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
    /// Waterfall legend: the bars that stand on zero (the budget and the result).
    BUDGET_AND_RESULT = "Budget en resultaat" / "Budget and result";
    /// Waterfall legend: a step up.
    ADDED = "Erbij" / "Added";
    /// The waterfall's inset: the result on a scale of its own.
    RESULT_ZOOMED = "Resultaat, ingezoomd (€ mln)" / "Result, zoomed in (€ m)";
    /// The multi-year chart's right-hand axis, for the result line.
    RESULT_AXIS = "Resultaat (€ mln, rechter as)" / "Result (€ m, right axis)";
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
    TORNADO_TITLE = "Verandering van het resultaat bij ±10% per aanname" / "Change in the result at ±10% per assumption";
    /// Axis of the tornado.
    TORNADO_AXIS = "€ mln" / "€ m";
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

}

bijstand_core::messages! {
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
    /// The vangnet in words: no deficit.
    fn vangnet_no_deficit(year: Plain<i32>, headroom: EurMln) =
        "Er is geen tekort in {year}, dus het vangnet is niet aan de orde. Het resultaat kan nog {headroom} dalen voordat het reguliere vangnet iets vergoedt."
        / "There is no deficit in {year}, so the safety net does not come into play. The result can fall by another {headroom} before the regular safety net pays anything.";
    /// The vangnet in words: a deficit below the extended threshold.
    fn vangnet_below(deficit: EurMln, pct: Pct, ext: Pct) =
        "Het tekort van {deficit} ({pct} van het budget) blijft onder de drempel van {ext}: er is geen vangnet en de gemeente draagt het tekort zelf."
        / "The deficit of {deficit} ({pct} of the budget) stays below the {ext} threshold: there is no safety net and the municipality bears the deficit itself.";
    /// The vangnet in words: the extended vangnet applies and pays about `paid`.
    fn vangnet_extended_pays(deficit: EurMln, pct: Pct, ext: Pct, paid: EurMln) =
        "Het tekort van {deficit} ({pct} van het budget) ligt boven {ext} en ook eerdere jaren hadden zo'n tekort: het aanvullende vangnet is van toepassing en vergoedt ongeveer {paid}."
        / "The deficit of {deficit} ({pct} of the budget) is above {ext} and earlier years had such a deficit too: the extended safety net applies and pays about {paid}.";
    /// The vangnet in words: the extended vangnet applies, its rate is not known.
    fn vangnet_extended_rate_unknown(deficit: EurMln, pct: Pct, ext: Pct) =
        "Het tekort van {deficit} ({pct} van het budget) ligt boven {ext} en ook eerdere jaren hadden zo'n tekort: het aanvullende vangnet is van toepassing. Hoeveel het vergoedt, staat niet in de bronnen; vul het vergoedingspercentage in om een bedrag te zien."
        / "The deficit of {deficit} ({pct} of the budget) is above {ext} and earlier years had such a deficit too: the extended safety net applies. How much it pays is not in the sources; enter its compensation rate to see an amount.";
    /// The vangnet in words: between the thresholds, earlier years do not qualify.
    fn vangnet_extended_no(deficit: EurMln, pct: Pct, ext: Pct, reg: Pct, years: Plain<u32>) =
        "Het tekort van {deficit} ({pct} van het budget) ligt boven {ext} maar onder {reg}. Dan kan alleen het aanvullende vangnet, en dat vraagt in {years} van de drie jaren ervoor ook een tekort van minstens {ext}. Dat is niet zo: er is geen vangnet."
        / "The deficit of {deficit} ({pct} of the budget) is above {ext} but below {reg}. Only the extended safety net could then apply, and it needs a deficit of at least {ext} in {years} of the three years before as well. That is not the case: there is no safety net.";
    /// The vangnet in words: between the thresholds, earlier years unknown.
    fn vangnet_extended_unknown(deficit: EurMln, pct: Pct, ext: Pct, reg: Pct, years: Plain<u32>, missing: String) =
        "Het tekort van {deficit} ({pct} van het budget) ligt boven {ext} maar onder {reg}. Dan kan alleen het aanvullende vangnet, en dat vraagt in {years} van de drie jaren ervoor ook een tekort van minstens {ext}. Het tekort van {missing} is niet ingevuld, dus of het van toepassing is, is nog niet te zeggen."
        / "The deficit of {deficit} ({pct} of the budget) is above {ext} but below {reg}. Only the extended safety net could then apply, and it needs a deficit of at least {ext} in {years} of the three years before as well. The deficit of {missing} is not entered, so whether it applies cannot be said yet.";
    /// The vangnet in words: the regular vangnet applies and pays about `paid`.
    fn vangnet_regular_pays(deficit: EurMln, pct: Pct, reg: Pct, paid: EurMln) =
        "Het tekort van {deficit} ({pct} van het budget) ligt boven de drempel van {reg}: het reguliere vangnet is van toepassing en vergoedt ongeveer {paid}."
        / "The deficit of {deficit} ({pct} of the budget) is above the {reg} threshold: the regular safety net applies and pays about {paid}.";
    /// The vangnet in words: above the threshold, but not over three years together.
    fn vangnet_regular_no(deficit: EurMln, pct: Pct, reg: Pct, from: Plain<i32>, to: Plain<i32>, multi: Pct) =
        "Het tekort van {deficit} ({pct} van het budget) ligt boven {reg}, maar de tekorten van {from} tot en met {to} samen niet ({multi}): er is geen regulier vangnet."
        / "The deficit of {deficit} ({pct} of the budget) is above {reg}, but the deficits of {from} to {to} together are not ({multi}): there is no regular safety net.";
    /// The vangnet in words: the regular vangnet applies if the three years together qualify.
    fn vangnet_regular_if(deficit: EurMln, pct: Pct, reg: Pct, paid: EurMln, years: String, missing: String) =
        "Het tekort van {deficit} ({pct} van het budget) ligt boven de drempel van {reg}: het reguliere vangnet is van toepassing en vergoedt ongeveer {paid}, mits de tekorten van {years} samen ook boven {reg} uitkomen (het tekort van {missing} is niet ingevuld)."
        / "The deficit of {deficit} ({pct} of the budget) is above the {reg} threshold: the regular safety net applies and pays about {paid}, provided the deficits of {years} together are above {reg} too (the deficit of {missing} is not entered).";
    /// A range of years: "2023 tot en met 2025".
    fn year_range(from: Plain<i32>, to: Plain<i32>) = "{from} tot en met {to}" / "{from} to {to}";
    /// Added when the budget is not the definitief one.
    fn vangnet_not_final(version: &str) =
        "Het vangnet wordt beoordeeld op het definitieve budget (oktober van het jaar zelf); dit budget is nog {version}."
        / "The safety net is judged on the final budget (October of the year itself); this budget is still {version}.";
    /// What the council must do when the vangnet may apply.
    fn vangnet_action(year: Plain<i32>) =
        "Wat de raad moet doen: na afloop van {year} vraagt het college de vangnetuitkering aan bij de Toetsingscommissie vangnet Participatiewet. Het college verklaart daarin dat het maatregelen heeft getroffen om het tekort terug te dringen, en licht de oorzaken en de maatregelen toe. De raad moet met die verklaring instemmen: hij tekent het aanvraagformulier mee."
        / "What the council must do: after {year} the municipal executive applies for the safety-net payment to the Toetsingscommissie vangnet Participatiewet (the review committee). In it the executive declares that it has taken measures to reduce the deficit, and explains the causes and the measures. The council must consent to that statement: it co-signs the application form.";
    /// What the council must do when the vangnet does not apply.
    VANGNET_NO_ACTION = "Wat de raad moet doen: niets aanvragen. Een overschot mag de gemeente houden; een tekort onder de drempel vangt zij zelf op."
        / "What the council must do: apply for nothing. The municipality keeps a surplus and bears a deficit below the threshold itself.";
    /// The regular threshold in one line.
    fn vangnet_regular_line(reg: Pct, reg_mln: EurMln, middle: Pct, upper: Pct, above: Pct, multi: Pct) =
        "Drempel regulier vangnet, {reg} ({reg_mln}): tot die grens is een tekort eigen risico van de gemeente. Daarboven vergoedt het Rijk {middle} tot {upper} van het budget en {above} daarboven, als ook drie jaren samen boven {multi} uitkomen."
        / "Regular threshold, {reg} ({reg_mln}): up to it a deficit is the municipality's own risk. Above it the Rijk pays {middle} up to {upper} of the budget and {above} beyond, provided three years together are above {multi} too.";
    /// The extended threshold in one line: why it is lower.
    fn vangnet_extended_line(ext: Pct, ext_mln: EurMln, years: Plain<u32>, reg: Pct) =
        "Drempel aanvullend vangnet, {ext} ({ext_mln}): lager, omdat het bedoeld is voor gemeenten die jaren achter elkaar tekort komen (in {years} van de drie jaren ervoor minstens {ext}); zij dragen dan niet elk jaar het volle eigen risico van {reg}."
        / "Extended threshold, {ext} ({ext_mln}): lower, because it is meant for municipalities with a deficit year after year ({years} of the three years before at least {ext}); they then do not bear the full own risk of {reg} every year.";
    /// A list of years: "2022 en 2023".
    fn years_and(a: String, b: Plain<i32>) = "{a} en {b}" / "{a} and {b}";
    /// Column of the multi-year table: the vangnet of the year.
    VANGNET_COLUMN = "Vangnet" / "Safety net";
    /// Multi-year: no deficit.
    VANGNET_SHORT_NONE = "geen tekort" / "no deficit";
    /// Multi-year: deficit below the extended threshold.
    fn vangnet_short_below(ext: Pct) = "tekort onder {ext}: geen" / "deficit below {ext}: none";
    /// Multi-year: extended vangnet pays about.
    fn vangnet_short_extended(paid: EurMln) = "aanvullend: ongeveer {paid}" / "extended: about {paid}";
    /// Multi-year: extended vangnet applies, amount unknown.
    VANGNET_SHORT_EXTENDED_RATE = "aanvullend: bedrag onbekend" / "extended: amount unknown";
    /// Multi-year: extended vangnet ruled out by earlier years.
    VANGNET_SHORT_EXTENDED_NO = "geen (eerdere jaren te laag)" / "none (earlier years too low)";
    /// Multi-year: extended vangnet depends on unknown years.
    VANGNET_SHORT_EXTENDED_MAYBE = "aanvullend mogelijk (eerdere jaren onbekend)" / "extended possible (earlier years unknown)";
    /// Multi-year: regular vangnet pays about.
    fn vangnet_short_regular(paid: EurMln) = "regulier: ongeveer {paid}" / "regular: about {paid}";
    /// Multi-year: regular vangnet ruled out over three years.
    VANGNET_SHORT_REGULAR_NO = "geen (drie jaar samen te laag)" / "none (three years together too low)";
    /// Multi-year: regular vangnet if the three years together qualify.
    fn vangnet_short_regular_if(paid: EurMln) = "regulier: ongeveer {paid}, als drie jaar samen hoog genoeg" / "regular: about {paid}, if three years together are high enough";
    /// Multi-year: heading of the per-year sentences.
    MULTI_YEAR_VANGNET = "Vangnet per jaar" / "Safety net per year";
    /// Multi-year: a year's sentence.
    fn year_sentence(year: Plain<i32>, sentence: String) = "{year}: {sentence}" / "{year}: {sentence}";

}

bijstand_core::messages! {
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
    /// Row: a setting without a label of its own (never expected: a test checks labels).
    OTHER_SETTING = "Andere instelling" / "Other setting";
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
    /// The current scenario while it is not saved under a name.
    CURRENT_UNSAVED = "Huidige instellingen (niet bewaard)" / "Current settings (not saved)";
    /// A saved scenario whose settings were changed after saving.
    fn changed_since_saved(name: &str) = "{name} (gewijzigd sinds bewaren)" / "{name} (changed since saved)";
    /// What the screen shows now.
    fn in_view(what: &str) = "In beeld: {what}." / "In view: {what}.";
    /// B kept with "Bewaar huidige als B", not a saved scenario.
    B_KEPT = "B (vastgehouden instellingen)" / "B (settings kept)";
    /// A column head: the scenario's letter and its name.
    fn lettered(letter: &str, name: &str) = "{letter}: {name}" / "{letter}: {name}";
    /// Compare the two chosen.
    COMPARE_A_B = "Vergelijk A met B" / "Compare A with B";
}

bijstand_core::messages! {
    // Why each number box has its range (one line under the field).

    /// The line under a number box: its range and why.
    fn bounds_line(min: String, max: String, why: String)
        = "Van {min} tot en met {max}: {why}" / "From {min} to {max}: {why}";
    /// BUIG budget.
    WHY_BUDGET = "ruim boven het BUIG-budget van de grootste gemeente; het bedrag is in miljoenen, dus een groter getal is bijna altijd een typfout."
        / "well above the BUIG budget of the largest municipality; the amount is in millions, so a larger number is almost always a typing error.";
    /// Eigen middelen.
    WHY_EIGEN = "eigen middelen (zoals terugvorderingen) zijn een klein deel van het budget en kunnen negatief zijn."
        / "own means (such as recoveries) are a small part of the budget and can be negative.";
    /// Caseload at the start of the year.
    WHY_CASELOAD = "ruim boven het bijstandsbestand van de grootste gemeente."
        / "well above the caseload of the largest municipality.";
    /// A yearly growth in percent.
    WHY_GROWTH = "een groei of krimp van meer dan 20% in één jaar komt in een bijstandsbestand vrijwel niet voor."
        / "a caseload hardly ever grows or shrinks by more than 20% in one year.";
    /// The local differential.
    WHY_LOCAL = "het lokale verschil met de landelijke groei is meestal kleiner dan 1 procentpunt (gemeten over 2024: 0,65); daarbuiten is een typfout waarschijnlijker dan een verwachting."
        / "the local difference from national growth is usually under 1 percentage point (measured over 2024: 0.65); beyond this a typing error is more likely than an expectation.";
    /// Cost per benefit.
    WHY_COST = "een bijstandsuitkering kost per jaar in de praktijk tussen ongeveer € 10.000 en € 30.000."
        / "a social-assistance benefit costs roughly €10,000 to €30,000 a year in practice.";
    /// LKS spending in € M.
    WHY_LKS_MLN = "ruim boven de LKS-uitgaven van de grootste gemeente; het bedrag is in miljoenen."
        / "well above the LKS spending of the largest municipality; the amount is in millions.";
    /// Price index.
    WHY_PRICE = "de loon- en prijsbijstelling is meestal enkele procenten per jaar."
        / "the wage and price adjustment is usually a few percent a year.";
    /// Months elapsed.
    WHY_MONTHS = "de maanden van het jaar die voorbij zijn." / "the months of the year that have passed.";
    /// A count of LKS contracts.
    WHY_LKS_COUNT = "ruim boven het aantal LKS-contracten van de grootste gemeente."
        / "well above the number of LKS contracts of the largest municipality.";
    /// WML per month.
    WHY_WML = "het wettelijk minimumloon voor 36 uur per week is ongeveer € 2.200 per maand (2025)."
        / "the statutory minimum wage for 36 hours a week is about €2,200 a month (2025).";
    /// Employer costs.
    WHY_ALLOWANCE = "de werkgeverslasten als percentage van het loon; in de praktijk 15 tot 30%."
        / "the employer costs as a percentage of the wage; 15 to 30% in practice.";
    /// Subsidy cap.
    WHY_CAP = "de loonkostensubsidie is wettelijk ten hoogste 70% van het WML; tot 100% om een andere afspraak door te rekenen."
        / "the wage-cost subsidy is at most 70% of the WML by law; up to 100% to work out another arrangement.";
    /// Hours per week.
    WHY_HOURS = "een werkweek van ten hoogste 40 uur." / "a working week of at most 40 hours.";
    /// Loonwaarde raise.
    WHY_RAISE = "de loonwaarde is een percentage, dus een verandering ligt binnen 100 procentpunt."
        / "the loonwaarde is a percentage, so a change lies within 100 percentage points.";
    /// Current mean loonwaarde.
    WHY_RAISE_FROM = "een loonwaarde ligt tussen 0 en 100%; 0 rekent marginaal."
        / "a loonwaarde lies between 0 and 100%; 0 works at the margin.";
    /// Saving sought.
    WHY_GOAL_SAVING = "tot € 1 miljard per jaar; een doel dat niet haalbaar is, meldt de zoekfunctie."
        / "up to €1 billion a year; the search says when a goal cannot be reached.";
}
