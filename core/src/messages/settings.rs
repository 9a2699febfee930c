//! Messages: the scenario's settings and choices as the comparison of two scenarios names
//! them ([`crate::scenario::field_label`], [`crate::scenario::value_label`]).

crate::messages! {
    /// Setting `view`.
    FIELD_VIEW = "Scherm" / "Screen";
    /// Setting `lang`.
    FIELD_LANG = "Taal" / "Language";
    /// Setting `name`.
    FIELD_NAME = "Naam" / "Name";
    /// Setting `peildatum`.
    FIELD_PEILDATUM = "Peildatum" / "Reference date";
    /// Setting `precedence`.
    FIELD_PRECEDENCE = "Voorrang bij de doelgroepen" / "Target-group precedence";
    /// Setting `threshold`.
    FIELD_THRESHOLD = "Kleine aantallen verbergen onder" / "Hide counts below";
    /// Setting `buig.aow_exits`.
    FIELD_BUIG_AOW_EXITS = "BUIG: uitstroom door AOW per jaar" / "BUIG: state-pension exits per year";
    /// Setting `buig.budget_mln`.
    FIELD_BUIG_BUDGET = "BUIG-budget (€ mln)" / "BUIG budget (€ m)";
    /// Setting `buig.budget_version`.
    FIELD_BUIG_BUDGET_VERSION = "Versie van het BUIG-budget" / "BUIG budget version";
    /// Setting `buig.caseload_path`.
    FIELD_BUIG_PATH = "BUIG: verloop van het bestand" / "BUIG: caseload path";
    /// Setting `buig.caseload_start`.
    FIELD_BUIG_START = "BUIG: bestand begin jaar" / "BUIG: caseload at start of year";
    /// Setting `buig.cost_per_benefit.entered.eur`.
    FIELD_BUIG_COST_EUR = "Kosten per uitkering per jaar (€)" / "Cost per benefit per year (€)";
    /// Setting `buig.eigen_middelen_mln`.
    FIELD_BUIG_EIGEN = "Eigen middelen (€ mln)" / "Own means (€ m)";
    /// Setting `buig.horizon_years`.
    FIELD_BUIG_HORIZON = "BUIG: aantal jaren vooruit" / "BUIG: years ahead";
    /// Setting `buig.later_budgets_mln`.
    FIELD_BUIG_LATER_BUDGETS = "BUIG-budget van latere jaren (€ mln)" / "BUIG budget of later years (€ m)";
    /// Setting `buig.lks_spend_mln`.
    FIELD_BUIG_LKS = "LKS-uitgaven (€ mln)" / "Wage-subsidy spending (€ m)";
    /// Setting `buig.local_differential_pct`.
    FIELD_BUIG_LOCAL = "Lokaal verschil in groei (procentpunt)" / "Local difference in growth (pp)";
    /// Setting `buig.national_growth_pct`.
    FIELD_BUIG_NATIONAL = "Landelijke groei (%)" / "National growth (%)";
    /// Setting `buig.price_index_pct`.
    FIELD_BUIG_PRICE = "Prijsindex (%)" / "Price index (%)";
    /// Setting `buig.sub_budget_benefits_mln`.
    FIELD_BUIG_SUB_BENEFITS = "Deelbudget uitkeringen (€ mln)" / "Sub-budget for benefits (€ m)";
    /// Setting `buig.sub_budget_lks_mln`.
    FIELD_BUIG_SUB_LKS = "Deelbudget LKS (€ mln)" / "Sub-budget for wage subsidy (€ m)";
    /// Setting `buig.vangnet.extended_compensation_rate_pct`.
    FIELD_VANGNET_EXT_RATE = "Vangnet: vergoeding aanvullend vangnet (%)" / "Safety net: compensation rate of the extended net (%)";
    /// Setting `buig.vangnet.extended_previous_threshold_pct`.
    FIELD_VANGNET_EXT_PREV = "Vangnet: tekort dat in een eerder jaar meetelt (%)" / "Safety net: deficit that counts in a previous year (%)";
    /// Setting `buig.vangnet.extended_previous_years_required`.
    FIELD_VANGNET_EXT_YEARS = "Vangnet: eerdere jaren met zo'n tekort" / "Safety net: previous years with such a deficit";
    /// Setting `buig.vangnet.extended_threshold_pct`.
    FIELD_VANGNET_EXT = "Vangnet: drempel aanvullend vangnet (%)" / "Safety net: threshold of the extended net (%)";
    /// Setting `buig.vangnet.previous_years_deficit_pct`.
    FIELD_VANGNET_PREVIOUS = "Vangnet: tekort in de vorige jaren (% van het budget)" / "Safety net: deficit in the previous years (% of the budget)";
    /// Setting `buig.vangnet.regular_multi_year_threshold_pct`.
    FIELD_VANGNET_MULTI = "Vangnet: drempel voor drie jaar samen (%)" / "Safety net: threshold for three years together (%)";
    /// Setting `buig.vangnet.regular_rate_above_pct`.
    FIELD_VANGNET_RATE_ABOVE = "Vangnet: vergoeding boven de bovengrens (%)" / "Safety net: compensation above the upper limit (%)";
    /// Setting `buig.vangnet.regular_rate_middle_pct`.
    FIELD_VANGNET_RATE_MIDDLE = "Vangnet: vergoeding tussen drempel en bovengrens (%)" / "Safety net: compensation between threshold and upper limit (%)";
    /// Setting `buig.vangnet.regular_threshold_pct`.
    FIELD_VANGNET_REGULAR = "Vangnet: drempel regulier vangnet (%)" / "Safety net: threshold of the regular net (%)";
}

crate::messages! {
    /// Setting `buig.vangnet.rules_year`.
    FIELD_VANGNET_YEAR = "Vangnet: regels van het jaar" / "Safety net: rules of the year";
    /// Setting `buig.vangnet.upper_threshold_pct`.
    FIELD_VANGNET_UPPER = "Vangnet: bovengrens (%)" / "Safety net: upper limit (%)";
    /// Setting `buig.year`.
    FIELD_BUIG_YEAR = "BUIG: eerste jaar" / "BUIG: first year";
    /// Setting `filter.afstand`.
    FIELD_FILTER_AFSTAND = "Filter: afstand tot de arbeidsmarkt" / "Filter: distance to the labour market";
    /// Setting `filter.doelgroep`.
    FIELD_FILTER_DOELGROEP = "Filter: doelgroep" / "Filter: target group";
    /// Setting `filter.geslacht`.
    FIELD_FILTER_GESLACHT = "Filter: geslacht" / "Filter: gender";
    /// Setting `filter.huishoudtype`.
    FIELD_FILTER_HUISHOUDTYPE = "Filter: huishouden" / "Filter: household";
    /// Setting `filter.inkomsten_arbeid`.
    FIELD_FILTER_INKOMSTEN = "Filter: inkomsten uit werk" / "Filter: income from work";
    /// Setting `filter.leeftijdsklasse`.
    FIELD_FILTER_LEEFTIJD = "Filter: leeftijd" / "Filter: age";
    /// Setting `filter.stadsdeel`.
    FIELD_FILTER_STADSDEEL = "Filter: stadsdeel" / "Filter: district";
    /// Setting `filter.statushouder`.
    FIELD_FILTER_STATUSHOUDER = "Filter: statushouder" / "Filter: refugee status holder";
    /// Setting `growth`.
    FIELD_GROWTH = "Groeivergelijking: eigen waarden" / "Growth comparison: own values";
    /// Setting `growth.afronding_decimalen`.
    FIELD_GROWTH_ROUNDING = "Groei: afronden op decimalen" / "Growth: rounded to decimals";
    /// Setting `growth.bestand_t`.
    FIELD_GROWTH_END = "Groei: eindstand" / "Growth: end stock";
    /// Setting `growth.bestand_t0`.
    FIELD_GROWTH_START = "Groei: beginstand" / "Growth: start stock";
    /// Setting `growth.kosten_per_uitkering`.
    FIELD_GROWTH_COST = "Groei: kosten per uitkering (€)" / "Growth: cost per benefit (€)";
    /// Setting `growth.maanden`.
    FIELD_GROWTH_MONTHS = "Groei: lengte van de periode (maanden)" / "Growth: length of the period (months)";
    /// Setting `growth.referentie.Landelijk.groei_pct`.
    FIELD_GROWTH_NATIONAL = "Groei: landelijke groei (%)" / "Growth: national growth (%)";
    /// Setting `index.basis_jaar`.
    FIELD_INDEX_YEAR = "Index: basisjaar" / "Index: base year";
    /// Setting `index.basis_maand`.
    FIELD_INDEX_MONTH = "Index: basismaand" / "Index: base month";
    /// Setting `lks.cap_pct`.
    FIELD_LKS_CAP = "LKS: hoogste subsidie (% van het minimumloon)" / "Wage subsidy: maximum (% of the minimum wage)";
    /// Setting `lks.definition`.
    FIELD_LKS_DEFINITION = "LKS: lezing van het doel" / "Wage subsidy: reading of the target";
    /// Setting `lks.employer_allowance_pct`.
    FIELD_LKS_EMPLOYER = "LKS: opslag werkgeverslasten (%)" / "Wage subsidy: employer-cost allowance (%)";
    /// Setting `lks.ended`.
    FIELD_LKS_ENDED = "LKS: beëindigd dit jaar" / "Wage subsidy: ended this year";
    /// Setting `lks.endings_method`.
    FIELD_LKS_ENDINGS = "LKS: schatting van de beëindigingen" / "Wage subsidy: estimate of the endings";
    /// Setting `lks.holiday_pay`.
    FIELD_LKS_HOLIDAY = "LKS: met vakantiebijslag" / "Wage subsidy: with holiday pay";
    /// Setting `lks.holiday_pay_pct`.
    FIELD_LKS_HOLIDAY_PCT = "LKS: vakantiebijslag (%)" / "Wage subsidy: holiday pay (%)";
    /// Setting `lks.hours_per_week`.
    FIELD_LKS_HOURS = "LKS: uren per week" / "Wage subsidy: hours per week";
    /// Setting `lks.months_elapsed`.
    FIELD_LKS_MONTHS = "LKS: maanden verstreken" / "Wage subsidy: months elapsed";
    /// Setting `lks.planned_starts_per_month`.
    FIELD_LKS_PLANNED = "LKS: geplande starts per maand" / "Wage subsidy: planned starts per month";
}

crate::messages! {
    /// Setting `lks.previous_year_in_use`.
    FIELD_LKS_PREV_IN_USE = "LKS: in gebruik vorig jaar" / "Wage subsidy: in use last year";
    /// Setting `lks.previous_year_starts`.
    FIELD_LKS_PREV_STARTS = "LKS: gestart vorig jaar" / "Wage subsidy: started last year";
    /// Setting `lks.start_running`.
    FIELD_LKS_START_RUNNING = "LKS: lopend bij de start van het jaar" / "Wage subsidy: running at the start of the year";
    /// Setting `lks.started`.
    FIELD_LKS_STARTED = "LKS: gestart dit jaar" / "Wage subsidy: started this year";
    /// Setting `lks.target`.
    FIELD_LKS_TARGET = "LKS: doel" / "Wage subsidy: target";
    /// Setting `lks.wml_month_36h_eur`.
    FIELD_LKS_WML = "LKS: minimumloon per maand bij 36 uur (€)" / "Wage subsidy: minimum wage per month at 36 hours (€)";
    /// Setting `lks.year`.
    FIELD_LKS_YEAR = "LKS: jaar" / "Wage subsidy: year";
    /// Setting `naar_werk`.
    FIELD_OUTFLOW_TO_WORK = "Wat telt als uitstroom naar werk" / "What counts as outflow to work";
    /// Setting `participation.bestand_begin`.
    FIELD_PART_START = "Sociale activering: bestand aan het begin" / "Social activation: caseload at the start";
    /// Setting `participation.bestand_lange_afstand`.
    FIELD_PART_LONG = "Sociale activering: bestand met lange afstand" / "Social activation: long-distance caseload";
    /// Setting `participation.bestand_peildatum`.
    FIELD_PART_PEILDATUM = "Sociale activering: bestand op de peildatum" / "Social activation: caseload on the reference date";
    /// Setting `participation.deelnemers`.
    FIELD_PART_PARTICIPANTS = "Sociale activering: deelnemers" / "Social activation: participants";
    /// Setting `participation.gemiddeld_bestand`.
    FIELD_PART_AVERAGE = "Sociale activering: gemiddeld bestand" / "Social activation: average caseload";
    /// Setting `participation.noemer`.
    FIELD_PART_DENOMINATOR = "Sociale activering: gedeeld door" / "Social activation: divided by";
    /// Setting `participation.streef_pct`.
    FIELD_PART_TARGET = "Sociale activering: streefwaarde (%)" / "Social activation: target (%)";
    /// Setting `programme`.
    FIELD_PROGRAMME = "Verschuivingen in de programmabegroting" / "Moves in the programme budget";
    /// Setting `projection`.
    FIELD_PROJECTION = "Prognose: eigen waarden" / "Projection: own values";
    /// Setting `projection.aow_eerste_jaar`.
    FIELD_PROJ_AOW_YEAR = "Prognose: eerste jaar van de AOW-uitstroom" / "Projection: first year of the state-pension exits";
    /// Setting `projection.aow_per_jaar`.
    FIELD_PROJ_AOW = "Prognose: uitstroom door AOW per jaar" / "Projection: state-pension exits per year";
    /// Setting `projection.begroting_groei_pct`.
    FIELD_PROJ_BUDGET_GROWTH = "Prognose: groeiaanname van de begroting (%)" / "Projection: growth assumed in the budget (%)";
    /// Setting `projection.gemiddeld_bestand`.
    FIELD_PROJ_AVERAGE = "Prognose: gemiddeld bestand" / "Projection: average caseload";
    /// Setting `projection.horizon_maanden`.
    FIELD_PROJ_HORIZON = "Prognose: aantal maanden vooruit" / "Projection: months ahead";
    /// Setting `projection.instroom_per_jaar`.
    FIELD_PROJ_INFLOW = "Prognose: instroom per jaar" / "Projection: inflow per year";
    /// Setting `projection.reconciliatie_aan`.
    FIELD_PROJ_RECON_ON = "Prognose: verschil tussen bestand en stromen meenemen" / "Projection: include the gap between stock and flows";
    /// Setting `projection.reconciliatie_per_jaar`.
    FIELD_PROJ_RECON = "Prognose: verschil tussen bestand en stromen per jaar" / "Projection: gap between stock and flows per year";
    /// Setting `projection.start_bestand`.
    FIELD_PROJ_START = "Prognose: bestand bij de start" / "Projection: caseload at the start";
    /// Setting `projection.start_jaar`.
    FIELD_PROJ_START_YEAR = "Prognose: startjaar" / "Projection: start year";
    /// Setting `projection.start_maand`.
    FIELD_PROJ_START_MONTH = "Prognose: startmaand" / "Projection: start month";
    /// Setting `projection.uitstroom_niet_aow_per_jaar`.
    FIELD_PROJ_OUTFLOW = "Prognose: uitstroom zonder AOW per jaar" / "Projection: outflow other than state pension per year";
    /// Setting `werkplein.doel`.
    FIELD_WERKPLEIN_TARGET = "Werkplein: jaardoel" / "Werkplein: annual target";
}

crate::messages! {
    /// Setting `werkplein.maanden_verstreken`.
    FIELD_WERKPLEIN_MONTHS = "Werkplein: maanden verstreken" / "Werkplein: months elapsed";
    /// Setting `werkplein.realisatie`.
    FIELD_WERKPLEIN_REALISED = "Werkplein: plaatsingen tot nu" / "Werkplein: placements so far";
    /// Setting `growth.referentie.Referentiegroep.groei_pct`.
    FIELD_GROWTH_GROUP = "Groei: groei van de referentiegroep (%)" / "Growth: growth of the reference group (%)";
    /// Setting `growth.referentie.Gemeenten.gemeenten`.
    FIELD_GROWTH_MUNICIPALITIES = "Groei: gemeenten in de referentiegroep" / "Growth: municipalities in the reference group";
    /// Setting `buig.caseload_path.growth.pct`.
    FIELD_BUIG_GROWTH = "BUIG: vaste groei per jaar (%)" / "BUIG: fixed growth per year (%)";
    /// Setting `buig.caseload_path.explicit.year_end`.
    FIELD_BUIG_YEAR_END = "BUIG: bestand aan het eind van elk jaar" / "BUIG: caseload at the end of each year";
    /// Setting `buig.caseload_path.flows.inflow_per_year`.
    FIELD_BUIG_INFLOW = "BUIG: instroom per jaar" / "BUIG: inflow per year";
    /// Setting `buig.caseload_path.flows.outflow_excl_aow_per_year`.
    FIELD_BUIG_OUTFLOW = "BUIG: uitstroom zonder AOW per jaar" / "BUIG: outflow other than state pension per year";
    /// Setting `buig.cost_per_benefit.calibrated.from.year`.
    FIELD_CAL_YEAR = "IJking: jaar" / "Calibration: year";
    /// Setting `buig.cost_per_benefit.calibrated.from.budget_mln`.
    FIELD_CAL_BUDGET = "IJking: BUIG-budget (€ mln)" / "Calibration: BUIG budget (€ m)";
    /// Setting `buig.cost_per_benefit.calibrated.from.result_mln`.
    FIELD_CAL_RESULT = "IJking: resultaat (€ mln)" / "Calibration: result (€ m)";
    /// Setting `buig.cost_per_benefit.calibrated.from.lks_spend_mln`.
    FIELD_CAL_LKS = "IJking: LKS-uitgaven (€ mln)" / "Calibration: wage-subsidy spending (€ m)";
    /// Setting `buig.cost_per_benefit.calibrated.from.caseload_start`.
    FIELD_CAL_START = "IJking: bestand begin jaar" / "Calibration: caseload at start of year";
    /// Setting `buig.cost_per_benefit.calibrated.from.caseload_end`.
    FIELD_CAL_END = "IJking: bestand eind jaar" / "Calibration: caseload at end of year";
    /// Setting `buig.cost_per_benefit.calibrated.from.eigen_middelen_mln`.
    FIELD_CAL_EIGEN = "IJking: eigen middelen (€ mln)" / "Calibration: own means (€ m)";
    /// Setting `buig.cost_per_benefit.entered`.
    FIELD_BUIG_COST = "Kosten per uitkering" / "Cost per benefit";
    /// Setting `lks_raise.from_pct`.
    FIELD_RAISE_FROM = "Hogere loonwaarde: huidige loonwaarde (%)" / "Higher wage value: current wage value (%)";
    /// Setting `lks_raise.points`.
    FIELD_RAISE_POINTS = "Hogere loonwaarde: procentpunten erbij" / "Higher wage value: points added";
    /// Setting `lks_raise.contracts`.
    FIELD_RAISE_CONTRACTS = "Hogere loonwaarde: aantal contracten" / "Higher wage value: number of contracts";
    /// Setting `lks_raise.hours_per_week`.
    FIELD_RAISE_HOURS = "Hogere loonwaarde: uren per week" / "Higher wage value: hours per week";
    /// Setting `filter.duur`.
    FIELD_FILTER_DUUR = "Filter: duur van de uitkering" / "Filter: duration of the benefit";
    /// Setting `suppress_published`.
    FIELD_SUPPRESS_PUBLISHED = "Kleine aantallen ook in gepubliceerde cijfers verbergen" / "Hide small counts in published figures too";
    /// Setting `lks.use_contracts`.
    FIELD_LKS_USE_CONTRACTS = "LKS: tellen uit het contractenbestand" / "Wage subsidy: counted from the contracts file";
    /// Setting `lks_raise.from_contracts`.
    FIELD_RAISE_FROM_CONTRACTS = "Hogere loonwaarde: uit het contractenbestand" / "Higher wage value: from the contracts file";
    /// Setting `lks_raise.saving_goal_eur`.
    FIELD_RAISE_GOAL = "Hogere loonwaarde: gezochte besparing (€)" / "Higher wage value: saving sought (€)";
    /// Setting `filter.instroomreden`.
    FIELD_FILTER_INSTROOMREDEN = "Filter: reden van instroom" / "Filter: reason for inflow";
    /// Setting `growth.referentie`.
    FIELD_GROWTH_REFERENCE = "Groei: vergelijken met" / "Growth: compare with";
    /// Setting `buig.cost_per_benefit`.
    FIELD_BUIG_COST_MODE = "Kosten per uitkering" / "Cost per benefit";
    /// A choice in the comparison.
    VALUE_DUTCH = "Nederlands" / "Dutch";
    /// A choice in the comparison.
    VALUE_ENGLISH = "Engels" / "English";
}

crate::messages! {
    /// A choice in the comparison.
    VALUE_PATH_NATIONAL = "landelijke groei + lokaal verschil" / "national growth + local difference";
    /// A choice in the comparison.
    VALUE_PATH_GROWTH = "vaste groei per jaar" / "fixed growth per year";
    /// A choice in the comparison.
    VALUE_PATH_FLOWS = "instroom − uitstroom − AOW" / "inflow − outflow − state pension";
    /// A choice in the comparison.
    VALUE_PATH_EXPLICIT = "bestand per jaar ingevoerd" / "caseload entered per year";
    /// A choice in the comparison.
    VALUE_COST_ENTERED = "ingevoerd" / "entered";
    /// A choice in the comparison.
    VALUE_COST_CALIBRATED = "geijkt op een bekend jaar" / "calibrated on a known year";
    /// A choice in the comparison.
    VALUE_REF_NATIONAL = "landelijke groei" / "national growth";
    /// A choice in the comparison.
    VALUE_REF_GROUP = "referentiegroep" / "reference group";
    /// A choice in the comparison.
    VALUE_REF_MUNICIPALITIES = "lijst gemeenten" / "list of municipalities";
    /// Setting `deck`.
    FIELD_DECK = "Dia's van de presentatie" / "Slides of the presentation";
    /// A choice in the comparison: the vangnet slide.
    VALUE_SLIDE_VANGNET = "Vangnet" / "Safety net";
}
