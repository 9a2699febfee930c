//! Messages: the Vergelijking screen (F2 growth, F3 social activation, F5 Werkplein).

use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Dec, Eur, Msg, Municipalities, Pct, Plain};

bijstand_core::messages! {
    // Where the inputs come from.

    /// Lead of the line that says where the values come from.
    VALUES = "Waarden: " / "Values: ";
    /// Inputs read from the loaded data.
    SOURCE_DATA = "uit de gegevens" / "from the data";
    /// Inputs entered by the user.
    SOURCE_ENTERED = "door u ingevuld" / "entered by you";
    /// Inputs that are the report's example values.
    SOURCE_EXAMPLE = "voorbeeldwaarden (Enschede, UP EAA 2025): vul uw eigen cijfers in"
        / "example values (Enschede report): enter your own";
    /// Note on inputs the user changed.
    VALUES_CHANGED = "De waarden zijn door u aangepast." / "You changed these values.";
    /// Button that forgets the entered values.
    BACK_TO_DATA = "Terug naar waarden uit de gegevens" / "Back to values from the data";
}

bijstand_core::messages! {
    // F2 inputs.

    /// A kerncijfers file without the own growth figure.
    NO_OWN_GROWTH = "Het bestand heeft geen eigen groeicijfer met een begin- en eindstand (bestand_groei en bestand_uitkeringen)."
        / "The file has no own growth figure with stocks at the start and end.";
    /// The two stocks of the growth figure and their dates.
    fn start_and_end(start: String, from: Date, to: Date)
        = "Beginstand {start} op {from} en eindstand op {to}."
        / "Start {start} on {from} and end on {to}.";
    /// The reference group found in the file.
    fn reference_group_from_file(n: Municipalities)
        = "Referentiegroep uit het bestand: {n} met een stand op beide data."
        / "Reference group from the file: {n} with a stock on both dates.";
    /// The national growth found in the file.
    REFERENCE_NATIONAL_FROM_FILE = "Referentie: de landelijke groei uit het bestand (de streefwaarde noemt een groep van 20 grote gemeenten)."
        / "Reference: the national growth from the file (the target names a group of 20 large municipalities).";
    /// No reference figure in the file.
    fn no_reference_figure(national: Pct)
        = "Het bestand heeft geen referentiecijfer: de landelijke {national} is een voorbeeldwaarde."
        / "The file has no reference figure: the national {national} is an example value.";
    /// The start stock was derived, not printed.
    START_DERIVED = "De beginstand is afgeleid uit de groeicijfers; het uitvoeringsprogramma drukt hem niet af."
        / "The start stock is derived from the growth figures; the implementation programme does not print it.";
    /// The two stocks read from benefit episodes.
    fn stocks_from_records(from: String, to: String)
        = "Stand eind {from} en eind {to} uit de uitkeringen."
        / "Stock at the end of {from} and the end of {to} from the benefit records.";
    /// The national figure is the report's example.
    fn national_is_example(national: Pct)
        = "Het landelijke cijfer ({national}, Q1–Q3 2024) is een voorbeeldwaarde: vul de landelijke groei of uw referentiegroep voor dezelfde periode in."
        / "The national figure ({national}, Q1–Q3 2024) is an example: enter the national growth or your reference group for the same period.";

    // F3 inputs.

    /// Participants found in the file.
    fn participants_from_file(n: String, period: String)
        = "Deelnemers: {n} ({period})." / "Participants: {n} ({period}).";
    /// The stock on the peildatum found in the file.
    fn stock_on_peildatum_from_file(n: String, on: Date)
        = "Bestand op de peildatum: {n} op {on}." / "Stock on the reference date: {n} on {on}.";
    /// The stock at the start found in the file.
    fn stock_at_start_from_file(n: String)
        = "Bestand bij het begin: {n}." / "Stock at the start: {n}.";
    /// The long-distance stock from its share.
    fn long_distance_from_share(share: String, stock: String, n: String)
        = "Lange afstand: {share}% × {stock} = {n}." / "Long distance: {share}% × {stock} = {n}.";
    /// The F3 stocks read from benefit episodes.
    fn participation_from_records(total: Count, on: Date, average: String, long: Count)
        = "Uit de uitkeringen: bestand {total} op {on}; gemiddeld over het jaar tot nu {average}; lange afstand {long}."
        / "From the benefit records: stock {total} on {on}; average over the year to date {average}; long distance {long}.";
    /// The participants are not in benefit episodes.
    fn participants_not_in_file(n: Count)
        = "Het aantal deelnemers ({n}) staat niet in het bestand: vul uw eigen aantal in."
        / "The number of participants ({n}) is not in the file: enter your own.";
    /// The participants counted from a trajectories file.
    fn participants_from_trajectories(file: &str, n: Count, who: Msg, from: Date, to: Date, trajectories: Count)
        = "Deelnemers uit {file}: {n} {who} met een traject dat meetelt voor sociale activering, actief tussen {from} en {to}, ieder één keer geteld ({trajectories} trajecten)."
        / "Participants from {file}: {n} {who} with a trajectory that counts for social activation, active between {from} and {to}, each counted once ({trajectories} trajectories).";
    /// A trajectories file, but no period to count over.
    TRAJECTORIES_WITHOUT_PERIOD = "Er zijn trajecten geladen, maar de periode om over te tellen is onbekend (geen peildatum en geen totaal 'traject_deelnemers' met een periode): het getal hieronder komt niet uit de trajecten."
        / "Trajectories are loaded, but the period to count over is unknown (no reference date and no 'traject_deelnemers' total with a period): the number below does not come from the trajectories.";
    /// Who a trajectories file counts: persons.
    PERSONS_WORD = "personen" / "persons";
    /// Who a trajectories file counts: benefits.
    BENEFITS_WORD = "uitkeringen" / "benefits";
    /// The loaded trajectories file.
    fn trajectories_file(file: &str, n: Count, who_n: Count, who: Msg)
        = "Trajecten geladen uit {file}: {n} trajecten van {who_n} {who}."
        / "Trajectories loaded from {file}: {n} trajectories of {who_n} {who}.";
    /// Remove the trajectories file.
    REMOVE_TRAJECTORIES = "Trajecten verwijderen" / "Remove trajectories";
    /// Chart of participants per kind of trajectory.
    fn trajectories_chart(from: Date, to: Date)
        = "Deelnemers per soort traject, {from} – {to}" / "Participants per kind of trajectory, {from} – {to}";
    /// Table of participants per kind of trajectory.
    fn trajectories_table(from: Date, to: Date)
        = "Deelnemers per soort traject (actief {from} – {to})" / "Participants per kind of trajectory (active {from} – {to})";
    /// Column: kind of trajectory.
    KIND_OF_TRAJECTORY = "Soort traject" / "Kind of trajectory";
    /// Column: counts for social activation.
    COUNTS_FOR_ACTIVATION = "Telt mee voor sociale activering" / "Counts for social activation";
    /// Row: the distinct total.
    TOTAL_DISTINCT = "Totaal (ieder één keer)" / "Total (each once)";
    /// Under the trajectories chart.
    TRAJECTORIES_NOTE = "Iemand met twee soorten trajecten staat in beide regels en één keer in het totaal. Welke soorten meetellen, zegt de kolom 'telt_sociale_activering' van het bestand; zonder die kolom de soorten van tabel 10."
        / "Someone in two kinds of trajectory is in both rows and once in the total. Which kinds count is said by the file's column 'telt_sociale_activering'; without that column, the kinds of Table 10.";

    // F5 inputs.

    /// Placements found in the file.
    fn placements_from_file(n: String, period: String)
        = "Plaatsingen: {n} ({period})." / "Placements: {n} ({period}).";
    /// The annual target found in the file.
    fn annual_target_from_file(n: String, year: Plain<i32>)
        = "Jaardoel: {n} ({year})." / "Annual target: {n} ({year}).";
    /// Placements read from benefit episodes.
    fn placements_from_records(n: Count, from: String, to: String)
        = "Uitstroom met reden 'plaatsing Werkplein': {n} van {from} t/m {to}."
        / "Outflow with reason 'Werkplein placement': {n} from {from} to {to}.";
    /// The annual target is not in benefit episodes.
    fn target_not_in_file(n: Count)
        = "Het jaardoel ({n}) staat niet in het bestand: vul uw eigen doel in."
        / "The annual target ({n}) is not in the file: enter your own.";
}

bijstand_core::messages! {
    // F2 settings.

    /// Accessible name of the growth settings.
    GROWTH_ASSUMPTIONS = "Aannames groei" / "Growth assumptions";
    /// Heading of the growth settings.
    GROWTH_HEADING = "Groei van het bestand tegen een referentie" / "Caseload growth against a reference";
    /// The month of the start stock.
    START_MONTH = "Beginstand: eind van de maand" / "Start: end of month";
    /// The month of the end stock.
    END_MONTH = "Eindstand: eind van de maand" / "End: end of month";
    /// The stock at the start of the growth period.
    START_STOCK = "Beginstand (uitkeringen)" / "Start stock (benefits)";
    /// The stock at the end of the growth period.
    END_STOCK = "Eindstand (uitkeringen)" / "End stock (benefits)";
    /// Months in the growth period.
    PERIOD_LENGTH = "Lengte periode" / "Length of period";
    /// Unit of a number of months in a field.
    MONTHS_UNIT = "mnd" / "months";
    /// The reference choice.
    COMPARE_WITH = "Vergelijken met" / "Compare with";
    /// Reference option: the national figure.
    OPTION_NATIONAL = "landelijk cijfer (%)" / "national figure (%)";
    /// Reference option: a reference group's figure.
    OPTION_GROUP = "referentiegroep (%)" / "reference group (%)";
    /// Reference option: a list of municipalities with their stocks.
    OPTION_LIST = "lijst gemeenten (standen)" / "list of municipalities (stocks)";
    /// The reference growth in percent.
    REFERENCE_GROWTH_FIELD = "Groei referentie in dezelfde periode" / "Reference growth in the same period";
    /// A reference municipality.
    MUNICIPALITY = "Gemeente" / "Municipality";
    /// Placeholder of its name.
    NAME = "naam" / "name";
    /// Its start stock.
    START_STOCK_SHORT = "Stand begin" / "Start stock";
    /// Its end stock.
    END_STOCK_SHORT = "Stand eind" / "End stock";
    /// Button that removes it.
    REMOVE = "Verwijder" / "Remove";
    /// Accessible name of that button.
    fn remove_named(name: String) = "Verwijder {name}" / "Remove {name}";
    /// Button that adds one.
    ADD_MUNICIPALITY = "Gemeente toevoegen" / "Add municipality";
    /// The growth of the listed group.
    fn group_growth(n: Municipalities, pct: Dec)
        = "Groei van de groep van {n} (som eind / som begin − 1): {pct}%. Regels zonder beide standen tellen niet mee."
        / "Growth of the group of {n} (sum end / sum start − 1): {pct}%. Rows without both stocks do not count.";
    /// A list of municipalities without a filled row.
    LIST_NOT_FILLED = "Vul bij ten minste één gemeente de stand aan het begin en aan het eind in; dan rekent de vergelijking. Lege regels tellen niet mee."
        / "Enter the stock at the start and at the end for at least one municipality; then the comparison is made. Empty rows do not count.";
    /// Cost per benefit `c`.
    COST_PER_BENEFIT = "Budget per uitkering per jaar" / "Budget per benefit per year";
    /// Where the budget per benefit meets the BUIG screen's cost per benefit.
    fn budget_vs_cost(budget: Eur, cost: Eur)
        = "Het effect rekent met het budget per uitkering ({budget}): het deelbudget uitkeringen 2024 gedeeld door het bestand op 30-09-2024, zoals het uitvoeringsprogramma. De tabbladen BUIG, LKS en Prognose rekenen met de kosten per uitkering ({cost}): de verwachte uitgaven aan uitkeringen per gemiddelde uitkering in het begrotingsjaar. Twee definities, dus twee bedragen."
        / "The effect uses the budget per benefit ({budget}): the 2024 benefits sub-budget divided by the caseload on 30 Sep 2024, as the programme does. The BUIG, LKS and Projection tabs use the cost per benefit ({cost}): the expected benefit spending per average benefit in the budget year. Two definitions, so two amounts.";
    /// Rounding as the report does.
    ROUND_FIRST = " Percentages eerst afronden op 2 decimalen, zoals het rapport"
        / " Round percentages to 2 decimals first, as the report does";
}

bijstand_core::messages! {
    // F2 figures.

    /// Title of the F2 figures.
    GROWTH_TITLE = "Groei van het bestand tegen de referentie" / "Caseload growth against the reference";
    /// Own growth.
    OWN_GROWTH = "Groei eigen bestand" / "Own caseload growth";
    /// Own growth, in the table.
    OWN_GROWTH_ROW = "Groei eigen bestand" / "Own growth";
    /// The stocks and the months between them.
    fn stocks_over(start: String, end: String, months: Count)
        = "{start} → {end} ({months} maanden)" / "{start} → {end} ({months} months)";
    /// Reference growth, naming the reference.
    fn reference_growth(reference: String)
        = "Groei referentie ({reference})" / "Reference growth ({reference})";
    /// Note under the reference growth.
    SAME_PERIOD = "zelfde periode" / "same period";
    /// The score.
    SCORE_LABEL = "Score (eigen − referentie)" / "Score (own − reference)";
    /// A score in percentage points.
    fn score_pp(score: String) = "{score} procentpunt" / "{score} pp";
    /// Score at or below 0.
    SCORE_TARGET_MET = "doel gehaald: score ≤ 0" / "target met: score ≤ 0";
    /// Score above 0.
    SCORE_TARGET_NOT_MET = "doel niet gehaald: streven is een score onder de 0"
        / "target not met: the aim is a score below 0";
    /// Excess benefits.
    ABOVE_REFERENCE_PATH = "Uitkeringen boven het referentiepad" / "Benefits above the reference path";
    /// How the excess is computed.
    fn score_times(start: String) = "score × {start}" / "score × {start}";
    /// The effect in euros.
    EFFECT_FULL_YEAR = "Effect in euro's (volledig jaar)" / "Effect in euros (full year)";
    /// How the effect is computed.
    fn effect_note(excess: Dec, cost: Eur)
        = "{excess} × budget per uitkering {cost}" / "{excess} × budget per benefit {cost}";
    /// The index at the end.
    INDEX_END = "Index eind (begin = 100)" / "Index at end (start = 100)";
    /// The reference's index.
    fn index_reference(index: Dec) = "referentie {index}" / "reference {index}";
    /// Start of the period.
    START = "begin" / "start";
    /// End of the period.
    END = "eind" / "end";
    /// The own caseload.
    OWN_CASELOAD = "Eigen bestand" / "Own caseload";
    /// The reference, named.
    fn reference_named(reference: String) = "Referentie ({reference})" / "Reference ({reference})";
    /// Title of the index chart.
    INDEX_CHART = "Ontwikkeling bestand t.o.v. referentie (begin = 100)" / "Caseload vs reference (start = 100)";
    /// Caption of the index table.
    INDEX_TABLE = "Index eigen bestand en referentie" / "Index own caseload and reference";
    /// A moment in the period.
    POINT = "Moment" / "Point";
    /// Why the reference is a straight line.
    STRAIGHT_LINE = "Referentie als rechte lijn: alleen begin en eind zijn bekend."
        / "Reference as a straight line: only start and end are known.";
    /// Title of the growth chart.
    GROWTH_CHART = "Groei in procenten" / "Growth in percent";
    /// The score, as a category.
    SCORE = "Score" / "Score";
    /// Growth, as a series.
    GROWTH = "Groei" / "Growth";
    /// Caption of the growth table.
    GROWTH_TABLE = "Groei, score en effect" / "Growth, score and effect";
    /// Header: what is measured.
    QUANTITY = "Grootheid" / "Quantity";
    /// Header: its value.
    VALUE = "Waarde" / "Value";
    /// The difference in benefits.
    DIFFERENCE = "Uitkeringen meer dan bij de groei van de referentie" / "Benefits more than at the reference's growth";
    /// The effect per year.
    EFFECT_PER_YEAR = "Effect in euro's per jaar" / "Effect in euros per year";
    /// The target is met.
    GROWTH_TARGET_MET = "Het bestand groeit niet harder dan de referentie: het doel (score onder of gelijk aan 0) is gehaald."
        / "The caseload grows no faster than the reference: the target (score at or below 0) is met.";
    /// The target is not met.
    fn grows_faster(score: Dec, excess: Dec)
        = "Het bestand groeit {score} procentpunt harder dan de referentie. Dat zijn ongeveer {excess} uitkeringen meer dan bij dezelfde groei als de referentie."
        / "The caseload grows {score} percentage points faster than the reference. That is about {excess} benefits more than at the reference's growth.";
    /// The annualisation pitfall.
    fn annualisation(months: Count, compounded: String)
        = "Reken een groei over {months} maanden niet zomaar om naar een jaar: samengesteld wordt dat {compounded}%; een prognose voor het hele jaar kan heel anders uitkomen."
        / "Do not convert growth over {months} months to a year naively: compounded it would be {compounded}%; a full-year forecast can differ a lot.";
    /// The target names a reference group, not the national figure.
    NATIONAL_NOT_GROUP = "De streefwaarde vergelijkt met een referentiegroep van 20 grote gemeenten, niet met het landelijke cijfer. Kies hieronder 'referentiegroep' als u die cijfers heeft."
        / "The target compares with a group of 20 large municipalities, not the national figure. Choose 'reference group' below if you have those figures.";
    /// The file's own forecast for the year.
    fn own_forecast(pct: String)
        = "De eigen prognose in het bestand voor het hele jaar is {pct}%."
        / "The file's own full-year forecast is {pct}%.";
}

bijstand_core::messages! {
    // F3 settings and figures.

    /// Accessible name of the F3 settings.
    PARTICIPATION_ASSUMPTIONS = "Aannames sociale activering" / "Social-activation assumptions";
    /// Heading of the F3 settings.
    PARTICIPATION_HEADING = "Sociale activering tegen de streefwaarde" / "Social activation against the target";
    /// The denominator.
    DENOMINATOR = "Noemer" / "Denominator";
    /// Participants.
    PARTICIPANTS = "Deelnemers (personen)" / "Participants (persons)";
    /// The stock on the peildatum.
    STOCK_ON_PEILDATUM = "Bestand op de peildatum" / "Stock on the reference date";
    /// The stock at the start.
    STOCK_AT_START = "Bestand bij het begin van de periode" / "Stock at the start of the period";
    /// The long-distance stock.
    LONG_DISTANCE_STOCK = "Bestand met lange afstand" / "Long-distance stock";
    /// The target.
    TARGET = "Streefwaarde" / "Target";
    /// Title of the F3 figures.
    PARTICIPATION_TITLE = "Sociale activering tegen de streefwaarde" / "Social activation against the target";
    /// The share.
    SHARE_IN_ACTIVATION = "Aandeel met sociale activering" / "Share in social activation";
    /// Target met.
    MET = "gehaald" / "met";
    /// Target not met.
    NOT_MET_YET = "nog niet gehaald" / "not met yet";
    /// Persons still needed.
    STILL_NEEDED = "Nog nodig voor de streefwaarde" / "Still needed for the target";
    /// A number of persons.
    fn persons(n: Count) = "{n} personen" / "{n} persons";
    /// The denominator in use.
    fn with_denominator(denominator: String) = "met noemer {denominator}" / "with denominator {denominator}";
    /// Title of the F3 chart.
    PARTICIPATION_CHART = "Aandeel bij drie noemers, tegen de streefwaarde" / "Share with three denominators, against the target";
    /// A share.
    SHARE = "Aandeel" / "Share";
    /// Caption of the F3 table.
    PARTICIPATION_TABLE = "Sociale activering bij drie noemers" / "Social activation with three denominators";
    /// Header: the denominator's value.
    DENOMINATOR_VALUE = "Waarde noemer" / "Denominator value";
    /// Header: persons needed for the target.
    fn needed_for(target: Pct) = "Nodig voor {target}" / "Needed for {target}";
    /// Header: the denominator in use.
    IN_USE = "In gebruik" / "In use";
    /// The denominator in use.
    YES = "ja" / "yes";
    /// "no".
    NO = "nee" / "no";
    /// Which denominator the report used.
    PARTICIPATION_NOTE = "Het rapport noemt 21,29%: dat past bij het gemiddelde bestand over de periode als noemer, niet bij het bestand op de peildatum (21,17%). Deelnemers zijn inwoners die ergens in de periode actief waren; dubbeltellingen zijn niet uitgesloten."
        / "The report states 21.29%: that fits the average caseload over the period as the denominator, not the caseload on the reference date (21.17%). Participants are residents who were active at some point in the period; double counts are not excluded.";
}

bijstand_core::messages! {
    // F5 settings and figures.

    /// Accessible name of the F5 settings.
    WERKPLEIN_ASSUMPTIONS = "Aannames Werkplein" / "Werkplein assumptions";
    /// Heading of the F5 settings and title of its chart.
    WERKPLEIN_HEADING = "Plaatsingen Werkplein tegen het doel" / "Werkplein placements against the target";
    /// Placements so far.
    PLACEMENTS_SO_FAR = "Plaatsingen tot nu" / "Placements so far";
    /// The annual target.
    ANNUAL_TARGET = "Jaardoel" / "Annual target";
    /// Months elapsed.
    MONTHS_ELAPSED = "Maanden verstreken" / "Months elapsed";
    /// Title of the F5 figures.
    WERKPLEIN_TITLE = "Plaatsingen door het Werkplein tegen het doel" / "Werkplein placements against the target";
    /// Against the annual target.
    AGAINST_ANNUAL = "T.o.v. het jaardoel" / "Against the annual target";
    /// Placements of the target and the shortfall.
    fn of_target_below(n: String, target: String, shortfall: Pct)
        = "{n} van {target}: {shortfall} eronder" / "{n} of {target}: {shortfall} below";
    /// Against the pro-rata target.
    AGAINST_PRO_RATA = "T.o.v. het pro-rata doel" / "Against the pro-rata target";
    /// The pro-rata target and the difference with it.
    fn pro_rata_note(months: Count, target: String, pct: String, side: Msg)
        = "doel na {months} maanden: {target}; {pct}% {side}"
        / "target after {months} months: {target}; {pct}% {side}";
    /// Above it.
    ABOVE = "erboven" / "above";
    /// Below it.
    BELOW = "eronder" / "below";
    /// Needed per remaining month.
    NEEDED_PER_MONTH = "Gemiddeld nodig per resterende maand" / "Average needed per remaining month";
    /// The pace so far.
    fn pace_so_far(n: Dec) = "gemiddeld tempo tot nu: {n} per maand" / "average pace so far: {n} a month";
    /// Placements achieved.
    ACHIEVED = "Gerealiseerd" / "Achieved";
    /// The pro-rata target.
    PRO_RATA_TARGET = "Pro-rata doel" / "Pro-rata target";
    /// The pro-rata target after some months.
    fn pro_rata_target_after(months: Count)
        = "Pro-rata doel ({months} maanden)" / "Pro-rata target ({months} months)";
    /// Placements, as a series.
    PLACEMENTS = "Plaatsingen" / "Placements";
    /// Placements, as the axis title.
    PLACEMENTS_AXIS = "plaatsingen" / "placements";
    /// Caption of the F5 table.
    WERKPLEIN_TABLE = "Plaatsingen Werkplein" / "Werkplein placements";
    /// Share of the annual target.
    SHARE_OF_ANNUAL = "Aandeel jaardoel" / "Share of annual target";
    /// Pace against pro rata.
    PACE_VS_PRO_RATA = "Tempo t.o.v. pro rata" / "Pace vs pro rata";
    /// The pace so far per month.
    PACE_PER_MONTH = "Tempo tot nu per maand" / "Pace so far per month";
    /// Reading 1 of a printed percentage.
    fn reading_annual(n: String, target: String, share: Pct, shortfall: Pct)
        = "Lezing 1, tegen het jaardoel: {n} / {target} = {share}, dus {shortfall} onder het jaardoel."
        / "Reading 1, against the annual target: {n} / {target} = {share}, so {shortfall} below the annual target.";
    /// Reading 2 of a printed percentage.
    fn reading_pro_rata(n: String, target: String, ratio: Pct, pct: String, side: Msg)
        = "Lezing 2, tegen het pro-rata doel: {n} / {target} = {ratio}, dus {pct}% {side}."
        / "Reading 2, against the pro-rata target: {n} / {target} = {ratio}, so {pct}% {side}.";
    /// Above the pro-rata target.
    ABOVE_PRO_RATA = "boven het pro-rata doel: op koers" / "above the pro-rata target: on track";
    /// Below the pro-rata target.
    BELOW_PRO_RATA = "onder het pro-rata doel" / "below the pro-rata target";
    /// The report's printed percentage and what it is.
    fn report_writes(pct: String, verdict: Msg)
        = "Het rapport schrijft '{pct}% hoger dan de doelstelling'. {verdict}"
        / "The report writes '{pct}% higher than the target'. {verdict}";
    /// The printed percentage is the shortfall.
    SHORTFALL_NOT_LEAD = "Dat getal is het tekort tegen het jaardoel (lezing 1), niet een voorsprong; 'op koers' klopt wel volgens lezing 2."
        / "That number is the shortfall against the annual target (reading 1), not a lead; 'on track' holds by reading 2.";
    /// Compare with the readings.
    COMPARE_READINGS = "Vergelijk met de twee lezingen hieronder." / "Compare with the two readings below.";
}

bijstand_core::messages! {
    // Why each number box has its range (one line under the field).

    /// The period length.
    WHY_PERIOD = "een periode van ten hoogste tien jaar." / "a period of at most ten years.";
    /// Growth over the period.
    WHY_PERIOD_GROWTH = "een bestand kan niet meer dan 100% krimpen; meer dan 100% groei is vrijwel zeker een typfout."
        / "a caseload cannot shrink by more than 100%; more than 100% growth is almost surely a typing error.";
    /// A share in percent.
    WHY_SHARE = "een aandeel ligt tussen 0 en 100%." / "a share lies between 0 and 100%.";
    /// Placements.
    WHY_PLACEMENTS = "ruim boven het aantal plaatsingen per jaar van de grootste gemeente."
        / "well above the yearly placements of the largest municipality.";
}
