//! Messages of presentation mode: the slides' titles, the counter, the hint and the deck
//! editor.

use bijstand_core::i18n::{Count, EurMln, Pct, Plain};

bijstand_core::messages! {
    // Slide names (the deck editor, the small heading above a slide's title).
    /// The composition slide.
    SLIDE_COMPOSITION = "Samenstelling" / "Composition";
    /// The flows slide.
    SLIDE_FLOWS = "In- en uitstroom" / "Inflow and outflow";
    /// The projection slide.
    SLIDE_PROJECTION = "Prognose" / "Projection";
    /// The comparison slide.
    SLIDE_COMPARISON = "Vergelijking" / "Comparison";
    /// The LKS slide.
    SLIDE_LKS = "Loonkostensubsidie" / "Wage subsidy";
    /// The BUIG slide.
    SLIDE_BUIG = "BUIG-budget" / "BUIG budget";
    /// The vangnet slide.
    SLIDE_VANGNET = "Vangnet" / "Safety net";

    // Titles: the finding in words, with its numbers.
    /// Composition.
    fn composition_title(total: &str, date: &str, long: &str, young: &str) =
        "{total} bijstandsuitkeringen op {date}: {long} staat ver van werk, {young} is jonger dan 27"
        / "{total} social-assistance benefits on {date}: {long} are far from work, {young} are under 27";
    /// Flows: more in than out.
    fn flows_growing(inflow: &str, outflow: &str) =
        "Meer instroom dan uitstroom: {inflow} mensen kwamen erbij, {outflow} gingen eruit (12 maanden)"
        / "More inflow than outflow: {inflow} people came in, {outflow} left (12 months)";
    /// Flows: more out than in.
    fn flows_shrinking(inflow: &str, outflow: &str) =
        "Meer uitstroom dan instroom: {outflow} mensen gingen eruit, {inflow} kwamen erbij (12 maanden)"
        / "More outflow than inflow: {outflow} people left, {inflow} came in (12 months)";
    /// Flows: as many in as out (or too few to say).
    fn flows_even(inflow: &str, outflow: &str) =
        "Instroom en uitstroom houden elkaar in evenwicht: {inflow} erbij, {outflow} eruit (12 maanden)"
        / "Inflow and outflow balance: {inflow} came in, {outflow} left (12 months)";
    /// Projection.
    fn projection_title(end: &str, range: &str, start: &str) =
        "Verwachting voor {end}: {range} uitkeringen, nu {start}"
        / "Expected by {end}: {range} benefits, {start} now";
    /// Comparison: faster than the reference.
    fn growth_faster(reference: &str, own: &str, other: &str) =
        "Het bestand groeit sneller dan {reference}: {own} tegen {other}"
        / "Caseload growth outpaces {reference} growth: {own} against {other}";
    /// Comparison: slower than the reference.
    fn growth_slower(reference: &str, own: &str, other: &str) =
        "Het bestand groeit langzamer dan {reference}: {own} tegen {other}"
        / "Caseload growth lags {reference} growth: {own} against {other}";
    /// Comparison: as fast as the reference.
    fn growth_same(reference: &str, own: &str) =
        "Het bestand groeit even snel als {reference}: {own}"
        / "Caseload growth equals {reference} growth: {own}";
    /// LKS: ahead of the target path.
    fn lks_ahead(running: &str, by: &str) =
        "{running} loonkostensubsidies lopen nu; {by} contracten voor op het doel"
        / "{running} wage subsidies running now; {by} contracts ahead of the target";
    /// LKS: behind the target path.
    fn lks_behind(running: &str, by: &str) =
        "{running} loonkostensubsidies lopen nu; {by} contracten achter op het doel"
        / "{running} wage subsidies running now; {by} contracts behind the target";
    /// LKS: progress not computable.
    fn lks_running(running: &str) =
        "{running} loonkostensubsidies lopen nu"
        / "{running} wage subsidies running now";
    /// BUIG: a surplus.
    fn buig_surplus(year: Plain<i32>, amount: EurMln, budget: EurMln) =
        "BUIG {year}: een overschot van {amount} op een budget van {budget}"
        / "BUIG {year}: a surplus of {amount} on a budget of {budget}";
    /// BUIG: a deficit.
    fn buig_deficit(year: Plain<i32>, amount: EurMln, budget: EurMln) =
        "BUIG {year}: een tekort van {amount} op een budget van {budget}"
        / "BUIG {year}: a deficit of {amount} on a budget of {budget}";
    /// Vangnet: no deficit.
    fn vangnet_none(amount: EurMln) =
        "Geen vangnet nodig: het budget houdt {amount} over"
        / "No safety net needed: the budget leaves {amount} to spare";
    /// Vangnet: a deficit below the extended threshold.
    fn vangnet_below(deficit: Pct, threshold: Pct) =
        "Geen vangnet: het tekort van {deficit} blijft onder de drempel van {threshold}"
        / "No safety net: the deficit of {deficit} stays below the {threshold} threshold";
    /// Vangnet: between the extended and the regular threshold.
    fn vangnet_extended(deficit: Pct, extended: Pct, regular: Pct) =
        "Tekort {deficit}: alleen het aanvullende vangnet (vanaf {extended}) kan gelden, het reguliere pas boven {regular}"
        / "Deficit {deficit}: only the extended safety net (from {extended}) may apply, the regular one only above {regular}";
    /// Vangnet: between the thresholds, but the years before rule the extended one out.
    fn vangnet_extended_not(deficit: Pct, extended: Pct) =
        "Tekort {deficit}: boven {extended}, maar de jaren ervoor geven geen recht op het aanvullende vangnet"
        / "Deficit {deficit}: above {extended}, but the years before give no right to the extended safety net";
    /// KPI note: whether it pays depends on the years before.
    fn pays_if(threshold: Pct) =
        "als drie jaar samen boven {threshold} liggen; aanvraag met instemming van de raad"
        / "if three years together exceed {threshold}; application with the council's consent";
    /// Vangnet: above the regular threshold, but not over three years together.
    fn vangnet_regular_not(deficit: Pct, threshold: Pct) =
        "Het tekort van {deficit} ligt boven de drempel van {threshold}, maar met de twee jaren ervoor samen niet: geen regulier vangnet"
        / "The deficit of {deficit} is above the {threshold} threshold, but not with the two years before: no regular safety net";
    /// Vangnet: above the regular threshold.
    fn vangnet_regular(deficit: Pct, threshold: Pct, pays: EurMln) =
        "Het tekort van {deficit} ligt boven de drempel van {threshold}: het vangnet betaalt ongeveer {pays}"
        / "The deficit of {deficit} is above the {threshold} threshold: the safety net pays about {pays}";

    // The vangnet slide's figures and chart.
    /// KPI: the deficit in % of the budget.
    DEFICIT_PCT = "Tekort in % van het budget" / "Deficit as % of the budget";
    /// KPI note: the deficit in money.
    fn deficit_note(amount: EurMln) = "tekort {amount}" / "deficit {amount}";
    /// KPI: the regular threshold.
    REGULAR_THRESHOLD = "Drempel regulier vangnet" / "Regular safety-net threshold";
    /// KPI note of the regular threshold.
    fn regular_note(amount: EurMln) =
        "{amount}: daarboven vergoedt het Rijk een deel van het tekort"
        / "{amount}: above it the state pays part of the deficit";
    /// KPI: what the vangnet pays.
    VANGNET_PAYS = "Vangnet betaalt (bij recht)" / "Safety net pays (if eligible)";
    /// KPI note: the council must declare the deficit.
    DECLARATION_NOTE = "aanvraag door het college, met instemming van de raad" / "application by the executive, with the council's consent";
    /// KPI note: nothing to declare.
    NO_DECLARATION = "geen aanvraag nodig" / "no application needed";
    /// Title of the threshold chart.
    THRESHOLDS_TITLE = "Tekort tegen de drempels (% van het budget)" / "Deficit against the thresholds (% of the budget)";
    /// Bar: the deficit.
    DEFICIT = "Tekort" / "Deficit";
    /// Series: the thresholds.
    THRESHOLD = "Drempel" / "Threshold";
    /// Bar: the extended threshold.
    EXTENDED = "Aanvullend vangnet" / "Extended safety net";
    /// Bar: the regular threshold.
    REGULAR = "Regulier vangnet" / "Regular safety net";
    /// Bar: the upper threshold.
    UPPER = "Volledige vergoeding vanaf" / "Full compensation from";
    /// Axis and series of the threshold chart.
    PCT_OF_BUDGET = "% van het budget" / "% of the budget";
    /// Column header of the threshold table.
    ITEM = "Onderdeel" / "Item";
    /// The thresholds, one line each.
    fn thresholds_note(regular: Pct, upper: Pct, extended: Pct) =
        "Regulier vangnet: boven {regular} tekort betaalt het Rijk de helft, boven {upper} alles. Aanvullend vangnet: al vanaf {extended}, lager omdat het alleen geldt na tekorten in eerdere jaren."
        / "Regular safety net: above a {regular} deficit the state pays half, above {upper} all. Extended safety net: from {extended}, lower because it only applies after deficits in earlier years.";

    // Chrome.
    /// The slide counter's accessible name.
    fn counter_label(n: Count, total: Count) = "Dia {n} van {total}" / "Slide {n} of {total}";
    /// Accessible name of the slide region.
    SLIDES = "Presentatie" / "Presentation";
    /// The hint at the bottom of a slide.
    HINT = "PageDown/→/spatie volgende · PageUp/← vorige · Home/End eerste/laatste · Q QR-code · B zwart · Esc stop"
        / "PageDown/→/Space next · PageUp/← previous · Home/End first/last · Q QR code · B black · Esc stop";
    /// Slides left out for these data.
    fn skipped(names: &str) =
        "Niet in deze presentatie, omdat de geladen gegevens er geen personen voor bevatten: {names}."
        / "Not in this presentation, because the loaded data hold no persons for them: {names}.";
    /// The black screen's accessible text.
    BLACK = "Zwart scherm: druk op B of een pijltoets om verder te gaan." / "Black screen: press B or an arrow key to go on.";
    /// Button: previous slide.
    PREVIOUS = "Vorige dia" / "Previous slide";
    /// Button: next slide.
    NEXT = "Volgende dia" / "Next slide";
    /// Button: the deck editor.
    CHOOSE_SLIDES = "Dia's kiezen" / "Choose slides";
    /// The deck editor's heading.
    DECK_TITLE = "Dia's voor de presentatie" / "Slides for the presentation";
    /// The deck editor's introduction.
    DECK_INTRO = "Vink aan welke dia's u toont en zet ze in volgorde. De keuze gaat mee in de deellink."
        / "Tick the slides to show and put them in order. The choice travels in the share link.";
    /// Button: move a slide up.
    fn move_up(name: &str) = "{name} naar voren" / "Move {name} up";
    /// Button: move a slide down.
    fn move_down(name: &str) = "{name} naar achteren" / "Move {name} down";
    /// A slide these data cannot fill.
    NOT_AVAILABLE = "(niet bij deze gegevens)" / "(not with these data)";
    /// Button: back to the default deck.
    RESET = "Standaardvolgorde" / "Default order";
    /// Button: start presenting from the editor.
    START = "Start presentatie" / "Start presenting";
    /// Button: close the editor.
    CLOSE = "Sluiten" / "Close";
    /// The last ticked slide cannot be unticked.
    KEEP_ONE = "Minstens één dia blijft aangevinkt." / "At least one slide stays ticked.";
}
