//! Messages: data-quality findings ([`crate`]): the names of the file codes that
//! findings mention, and periods.
//!
//! A code of the file (indicator, category, source version) is written as in the file in
//! Dutch; each message here has that code as its Dutch text and the English name as its
//! English text.

use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Dec, Msg, Pct, Plain};
use bijstand_core::i18n::{Num, Signed};

bijstand_core::messages! {
    // --- Periods ---------------------------------------------------------------------------

    /// A whole calendar year.
    fn period_year(year: Plain<i32>) = "{year}" / "{year}";
    /// A period between two dates.
    fn period_range(from: Date, to: Date) = "{from} t/m {to}" / "{from} to {to}";
}

bijstand_core::messages! {
    // --- Indicators ------------------------------------------------------------------------

    /// `bestand_uitkeringen`.
    INDICATOR_BESTAND_UITKERINGEN = "bestand_uitkeringen" / "caseload";
    /// `instroom`.
    INDICATOR_INSTROOM = "instroom" / "inflow";
    /// `uitstroom`.
    INDICATOR_UITSTROOM = "uitstroom" / "outflow";
    /// `traject_deelnemers`.
    INDICATOR_TRAJECT_DEELNEMERS = "traject_deelnemers" / "participants in trajectories";
    /// `buig_budget`.
    INDICATOR_BUIG_BUDGET = "buig_budget" / "BUIG budget";
    /// `buig_uitgaven`.
    INDICATOR_BUIG_UITGAVEN = "buig_uitgaven" / "BUIG spending";
    /// `buig_resultaat`.
    INDICATOR_BUIG_RESULTAAT = "buig_resultaat" / "BUIG result";
    /// `buig_groeiaanname`.
    INDICATOR_BUIG_GROEIAANNAME = "buig_groeiaanname" / "caseload growth assumption";
    /// `programmabudget`.
    INDICATOR_PROGRAMMABUDGET = "programmabudget" / "programme budget";
    /// `programmadekking`.
    INDICATOR_PROGRAMMADEKKING = "programmadekking" / "programme funding";
    /// `statushouders_taakstelling`.
    INDICATOR_STATUSHOUDERS_TAAKSTELLING = "statushouders_taakstelling" / "refugees to be housed";
    /// `inburgering_deelnames`.
    INDICATOR_INBURGERING_DEELNAMES = "inburgering_deelnames" / "civic-integration route starts";
    /// `jongerenketen_instroom`.
    INDICATOR_JONGERENKETEN_INSTROOM = "jongerenketen_instroom" / "youth chain inflow";
    /// `jongerenketen_uitstroom`.
    INDICATOR_JONGERENKETEN_UITSTROOM = "jongerenketen_uitstroom" / "youth chain outflow";
    /// `lks_gestart`.
    INDICATOR_LKS_GESTART = "lks_gestart" / "LKS contracts started";
    /// `plaatsingen_werkplein`.
    INDICATOR_PLAATSINGEN_WERKPLEIN = "plaatsingen_werkplein" / "Werkplein placements";
}

bijstand_core::messages! {
    // --- Categories --------------------------------------------------------------------------

    /// `totaal`.
    CATEGORY_TOTAAL = "totaal" / "total";
    /// `jongere`.
    CATEGORY_JONGERE = "jongere" / "under 27";
    /// `statushouder`.
    CATEGORY_STATUSHOUDER = "statushouder" / "refugees";
    /// `overig`.
    CATEGORY_OVERIG = "overig" / "other";
    /// `werk`.
    CATEGORY_WERK = "werk" / "work";
}

bijstand_core::messages! {
    // --- Source versions ---------------------------------------------------------------------

    /// `tekst`.
    SOURCE_TEKST = "tekst" / "running text";
    /// `afgeleid`.
    SOURCE_AFGELEID = "afgeleid" / "derived";
    /// `gedrukt`.
    SOURCE_GEDRUKT = "gedrukt" / "as printed";
    /// `prognosemodel`.
    SOURCE_PROGNOSEMODEL = "prognosemodel" / "forecast model";
    /// `voorlopig`.
    SOURCE_VOORLOPIG = "voorlopig" / "provisional";
    /// `nader_voorlopig`.
    SOURCE_NADER_VOORLOPIG = "nader_voorlopig" / "revised provisional";
    /// `definitief`.
    SOURCE_DEFINITIEF = "definitief" / "final";
    /// `tabel_<n>`.
    fn source_table(n: &str) = "tabel_{n}" / "table {n}";
    /// `figuur_<n>`.
    fn source_figure(n: &str) = "figuur_{n}" / "figure {n}";
}

bijstand_core::messages! {
    // --- The figures behind a finding ----------------------------------------------------

    /// Figure `aandeel`.
    FIG_AANDEEL = "aandeel" / "share";
    /// Figure `aandeel gemiddeld bestand`.
    FIG_AANDEEL_GEMIDDELD_BESTAND = "aandeel gemiddeld bestand" / "share, average caseload";
    /// Figure `aandeel jaardoel`.
    FIG_AANDEEL_JAARDOEL = "aandeel jaardoel" / "share of annual target";
    /// Figure `aandeel peildatum`.
    FIG_AANDEEL_PEILDATUM = "aandeel peildatum" / "share, reference date";
    /// Figure `AOW-leeftijd of ouder`.
    FIG_AOW_LEEFTIJD_OF_OUDER = "AOW-leeftijd of ouder" / "AOW age or older";
    /// Figure `apparaat`.
    FIG_APPARAAT = "apparaat" / "overheads";
    /// Figure `beëindigd`.
    FIG_BEEINDIGD = "beëindigd" / "ended";
    /// Figure `bestand begin`.
    FIG_BESTAND_BEGIN = "bestand begin" / "caseload at the start";
    /// Figure `bestand eind`.
    FIG_BESTAND_EIND = "bestand eind" / "caseload at the end";
    /// Figure `bestand peildatum`.
    FIG_BESTAND_PEILDATUM = "bestand peildatum" / "caseload on the reference date";
    /// Figure `boven pro-rata doel`.
    FIG_BOVEN_PRO_RATA_DOEL = "boven pro-rata doel" / "above pro-rata target";
    /// Figure `budget`.
    FIG_BUDGET = "budget" / "budget";
    /// Figure `budget − uitgaven`.
    FIG_BUDGET_MINUS_UITGAVEN = "budget − uitgaven" / "budget − spending";
    /// Figure `deelnemers`.
    FIG_DEELNEMERS = "deelnemers" / "participants";
    /// Figure `direct`.
    FIG_DIRECT = "direct" / "direct";
    /// Figure `gedrukt`.
    FIG_GEDRUKT = "gedrukt" / "printed";
    /// Figure `gemiddeld bestand`.
    FIG_GEMIDDELD_BESTAND = "gemiddeld bestand" / "average caseload";
    /// Figure `gepubliceerd`.
    FIG_GEPUBLICEERD = "gepubliceerd" / "published";
    /// Figure `gestart`.
    FIG_GESTART = "gestart" / "started";
    /// Figure `instroom`.
    FIG_INSTROOM = "instroom" / "inflow";
    /// Figure `in gebruik`.
    FIG_IN_GEBRUIK = "in gebruik" / "in use";
    /// Figure `jaardoel`.
    FIG_JAARDOEL = "jaardoel" / "annual target";
    /// Figure `jonger dan 18`.
    FIG_JONGER_DAN_18 = "jonger dan 18" / "under 18";
    /// Figure `kolommen`.
    FIG_KOLOMMEN = "kolommen" / "columns";
    /// Figure `lopend begin`.
    FIG_LOPEND_BEGIN = "lopend begin" / "running at the start";
    /// Figure `lopend eind`.
    FIG_LOPEND_EIND = "lopend eind" / "running at the end";
    /// Figure `lopend eind gepubliceerd`.
    FIG_LOPEND_EIND_GEPUBLICEERD = "lopend eind gepubliceerd" / "running at the end, published";
    /// Figure `maanden`.
    FIG_MAANDEN = "maanden" / "months";
    /// Figure `mutatie bestand`.
    FIG_MUTATIE_BESTAND = "mutatie bestand" / "change in caseload";
    /// Figure `netto stroom`.
    FIG_NETTO_STROOM = "netto stroom" / "net flow";
    /// Figure `netto toename`.
    FIG_NETTO_TOENAME = "netto toename" / "net increase";
    /// Figure `nodig per resterende maand`.
    FIG_NODIG_PER_RESTERENDE_MAAND = "nodig per resterende maand" / "needed per remaining month";
    /// Figure `nodig voor streefwaarde, gemiddeld bestand`.
    FIG_NODIG_VOOR_STREEFWAARDE_GEMIDDELD_BESTAND = "nodig voor streefwaarde, gemiddeld bestand" / "needed for the target, average caseload";
    /// Figure `nodig voor streefwaarde, peildatum`.
    FIG_NODIG_VOOR_STREEFWAARDE_PEILDATUM = "nodig voor streefwaarde, peildatum" / "needed for the target, reference date";
    /// Figure `onder jaardoel`.
    FIG_ONDER_JAARDOEL = "onder jaardoel" / "below annual target";
    /// Figure `pro-rata doel`.
    FIG_PRO_RATA_DOEL = "pro-rata doel" / "pro-rata target";
    /// Figure `r`.
    FIG_R = "r" / "r";
    /// Figure `realisatie`.
    FIG_REALISATIE = "realisatie" / "realised";
    /// Figure `reden onbekend`.
    FIG_REDEN_ONBEKEND = "reden onbekend" / "reason unknown";
    /// Figure `resultaat gepubliceerd`.
    FIG_RESULTAAT_GEPUBLICEERD = "resultaat gepubliceerd" / "result published";
    /// Figure `r / bestand`.
    FIG_R_PER_BESTAND = "r / bestand" / "r / caseload";
    /// Figure `som`.
    FIG_SOM = "som" / "sum";
    /// Figure `tempo tot nu per maand`.
    FIG_TEMPO_TOT_NU_PER_MAAND = "tempo tot nu per maand" / "pace so far per month";
    /// Figure `tempo t.o.v. pro rata`.
    FIG_TEMPO_T_O_V_PRO_RATA = "tempo t.o.v. pro rata" / "pace vs pro rata";
    /// Figure `tolerantie`.
    FIG_TOLERANTIE = "tolerantie" / "tolerance";
    /// Figure `totaal`.
    FIG_TOTAAL = "totaal" / "total";
    /// Figure `totaal gepubliceerd`.
    FIG_TOTAAL_GEPUBLICEERD = "totaal gepubliceerd" / "total published";
    /// Figure `uitgaven`.
    FIG_UITGAVEN = "uitgaven" / "spending";
    /// Figure `uitstroom`.
    FIG_UITSTROOM = "uitstroom" / "outflow";
    /// Figure `uitstroom totaal`.
    FIG_UITSTROOM_TOTAAL = "uitstroom totaal" / "outflow total";
    /// Figure `verschil`.
    FIG_VERSCHIL = "verschil" / "difference";
    /// Figure `zonder geboortejaar`.
    FIG_ZONDER_GEBOORTEJAAR = "zonder geboortejaar" / "no birth year";
    /// Figure `zonder reden`.
    FIG_ZONDER_REDEN = "zonder reden" / "no reason";
    /// A column's total as printed.
    fn fig_printed(column: &str) = "{column} gedrukt" / "{column} printed";
    /// A column's total as computed.
    fn fig_computed(column: &str) = "{column} berekend" / "{column} computed";
    /// Outflow to work by another source's definition.
    fn fig_work_by(source: &str) = "werk volgens {source}" / "to work according to {source}";
    /// The share of outflow to work by another source's definition.
    fn fig_share_work_by(source: &str) = "aandeel werk volgens {source}" / "share to work according to {source}";
    /// The share of a definition of outflow to work.
    fn fig_share_of(what: &str) = "aandeel {what}" / "share {what}";
}

bijstand_core::messages! {
    // --- Lists -------------------------------------------------------------------------------

    /// Joins the last items of a list.
    LIST_AND = " en " / " and ";
    /// A value with what it is: `337 (tabel_6)`.
    fn value_of(n: Num, what: &str) = "{n} ({what})" / "{n} ({what})";
}

bijstand_core::messages! {
    // --- Sums (X3, X4, X5, X13–X15, BUIG) -----------------------------------------------

    /// What a sum check is about: indicator, period and source.
    fn sum_what(indicator: &str, period: &str, source: &str) = "{indicator} ({period}, {source})" / "{indicator} ({period}, {source})";
    /// The parts add up to the total.
    fn sum_ok_title(what: &str) = "Optelling klopt: {what}" / "Sum agrees: {what}";
    /// The parts add up to the total.
    fn sum_ok_detail(list: &str, sum: Num) = "{list} = {sum}, gelijk aan het totaal." / "{list} = {sum}, equal to the total.";
    /// The parts add up apart from rounding.
    fn sum_rounding_title(what: &str) = "Optelling klopt op afronding na: {what}" / "Sum agrees apart from rounding: {what}";
    /// The parts add up apart from rounding.
    fn sum_rounding_detail(list: &str, sum: Num, total: Num, diff: Signed, tol: Num) =
        "{list} = {sum}, het totaal is {total}. Het verschil van {diff} valt binnen de afrondingsmarge van {tol}."
        / "{list} = {sum}; the total is {total}. The difference of {diff} is within the rounding margin of {tol}.";
    /// The parts add up to more than the total.
    fn sum_more_title(what: &str) = "Groepen tellen op tot meer dan het totaal: {what}" / "Groups add up to more than the total: {what}";
    /// The parts add up to more than the total.
    fn sum_more_detail(list: &str, sum: Num, total: Num, diff: Num) =
        "{list} = {sum}, terwijl het totaal {total} is ({diff} meer). Mogelijk overlappen de groepen \
         (bijvoorbeeld een statushouder jonger dan 27 in twee groepen) of staat er een \
         drukfout in één cel. De cijfers zijn getoond zoals gepubliceerd, niet aangepast."
        / "{list} = {sum}, while the total is {total} ({diff} more). The groups may overlap (for \
           example, a refugee under 27 counted in two groups), or one cell may contain a \
           misprint. The figures are shown as published, without adjustment.";
    /// The parts cover part of the total.
    fn sum_part_title(what: &str) = "Categorieën dekken een deel van het totaal: {what}" / "Categories cover part of the total: {what}";
    /// The parts cover part of the total.
    fn sum_part_detail(list: &str, sum: Num, total: Num, rest: Num) =
        "{list} = {sum}, het totaal is {total}. De genoemde categorieën zijn kennelijk niet \
         uitputtend ({rest} niet toegewezen)."
        / "{list} = {sum}; the total is {total}. The listed categories evidently do not cover \
           everything ({rest} unassigned).";
    /// One part is suppressed.
    fn sum_suppressed_one(n: Count) =
        " {n} categorie(ën) zijn afgeschermd (<10), dus de som is onvolledig."
        / " {n} category is suppressed (<10), so the sum is incomplete.";
    /// Several parts are suppressed.
    fn sum_suppressed(n: Count) =
        " {n} categorie(ën) zijn afgeschermd (<10), dus de som is onvolledig."
        / " {n} categories are suppressed (<10), so the sum is incomplete.";
}

bijstand_core::messages! {
    // --- Cost-type rows (X13) ------------------------------------------------------------

    /// Direct costs and overheads.
    fn cost_both(direct: Num, overheads: Num) = "direct {direct} + apparaat {overheads}" / "direct {direct} + overheads {overheads}";
    /// Direct costs only.
    fn cost_direct_only(direct: Num) = "direct {direct} (apparaat leeg)" / "direct {direct} (overheads empty)";
    /// Overheads only.
    fn cost_overheads_only(overheads: Num) = "apparaat {overheads} (direct leeg)" / "overheads {overheads} (direct empty)";
    /// The line adds up.
    fn line_ok_title(line: &str) = "Regel klopt: {line}" / "Line agrees: {line}";
    /// The line adds up apart from rounding.
    fn line_rounding_title(line: &str) = "Regel klopt op afronding na: {line}" / "Line agrees apart from rounding: {line}";
    /// The line adds up apart from rounding.
    fn line_rounding_detail(list: &str, sum: Num, total: Num, diff: Signed) =
        "{list} = {sum}, het totaal is {total} ({diff}: afronding)." / "{list} = {sum}; the total is {total} ({diff}: rounding).";
    /// The line does not add up.
    fn line_off_title(line: &str) = "Regel telt niet op: {line}" / "Line does not add up: {line}";
    /// The line does not add up.
    fn line_off_detail(list: &str, sum: Num, total: Num, diff: Signed) =
        "{list} = {sum}, het totaal is {total} (verschil {diff})." / "{list} = {sum}; the total is {total} (difference {diff}).";
}

bijstand_core::messages! {
    // --- Stock vs flows (X2) -------------------------------------------------------------

    /// Figures without a version: a forecast.
    RECON_FORECAST = "prognose" / "forecast";
    /// Figures without a version: realised.
    RECON_ACTUAL = "realisatie" / "actual figures";
    /// Marks a forecast stock.
    FORECAST_MARK = " (prognose)" / " (forecast)";
    /// Stock and flows reconcile.
    fn recon_ok_title(period: &str, label: &str) = "Bestand en stromen sluiten aan ({period}, {label})" / "Stock and flows reconcile ({period}, {label})";
    /// Stock and flows do not reconcile.
    fn recon_off_title(period: &str, label: &str, r: Signed) =
        "Bestand en stromen sluiten niet aan ({period}, {label}): r = {r}" / "Stock and flows do not reconcile ({period}, {label}): r = {r}";
    /// The reconciliation written out.
    #[allow(clippy::too_many_arguments)]
    fn recon_detail(b0: Num, d0: Date, m0: &str, b1: Num, d1: Date, m1: &str, delta: Signed, inflow: Num, outflow: Num, label: &str, net: Signed, r: Signed, share: Pct) =
        "Het bestand gaat van {b0} op {d0}{m0} naar {b1} op {d1}{m1}: {delta}. Instroom {inflow} min uitstroom {outflow} \
         ({label}) geeft {net}. Het aansluitingsverschil r = {delta} − ({net}) = {r} is {share} van het \
         bestand. De app leidt het bestand daarom niet af uit de stromen, maar toont r \
         apart (en laat het in de prognose aan- of uitzetten)."
        / "The caseload goes from {b0} on {d0}{m0} to {b1} on {d1}{m1}: {delta}. Inflow {inflow} minus outflow {outflow} \
           ({label}) gives {net}. The reconciliation gap r = {delta} − ({net}) = {r} is {share} of the \
           caseload. The app therefore does not derive the caseload from the flows, but shows r \
           separately (and lets you switch it on or off in the forecast).";
}

bijstand_core::messages! {
    // --- Percentage vs counts (X5) -------------------------------------------------------

    /// The percentage matches.
    PCT_OK_TITLE = "Percentage sociale activering klopt met de aantallen" / "Social activation percentage matches the counts";
    /// The percentage matches.
    fn pct_ok_detail(a: Num, b: Num, p: Pct, stated: Pct) = "{a} / {b} = {p}, gepubliceerd {stated}." / "{a} / {b} = {p}; the published figure is {stated}.";
    /// The percentage depends on the denominator.
    PCT_OFF_TITLE = "Percentage sociale activering hangt af van de noemer" / "Social activation percentage depends on the denominator";
    /// The percentage does not match the counts.
    fn pct_off_detail(stated: Pct, a: Num, b: Num, on: Date, p: Pct, diff: Dec) =
        "Gepubliceerd is {stated}, maar {a} deelnemers / {b} uitkeringen op {on} = {p} (verschil {diff} \
         procentpunt)."
        / "The published figure is {stated}, but {a} participants / {b} benefits on {on} = {p} (a \
           difference of {diff} percentage points).";
    /// The average caseload explains it.
    fn pct_avg_exact(b0: Num, b1: Num, avg: Num, p: Pct) =
        " Met het gemiddelde bestand over de periode als noemer, ({b0} + {b1}) / 2 = {avg}, \
         komt het precies uit op {p}. Vermoedelijk is dat de gebruikte noemer; de bron \
         vermeldt het niet."
        / " With the average caseload over the period as the denominator, ({b0} + {b1}) / 2 \
           = {avg}, it comes out at exactly {p}. That is probably the denominator used; the \
           source does not say.";
    /// The average caseload does not explain it.
    fn pct_avg_not(avg: Num, p: Pct) =
        " Ook met het gemiddelde bestand ({avg}) komt het niet uit: {p}."
        / " The average caseload ({avg}) does not explain it either: {p}.";
    /// What reaching the target takes.
    fn pct_target(t: Pct, peil: Num, avg: Num) =
        " Voor de streefwaarde van {t} zijn dat {peil} extra deelnemers (noemer peildatum) \
         of {avg} (noemer gemiddeld bestand). De app laat de noemer kiezen en toont welke \
         in gebruik is."
        / " Reaching the target of {t} takes {peil} more participants (denominator: the \
           reference date) or {avg} (denominator: the average caseload). The app lets you \
           choose the denominator and shows which one is in use.";
}

bijstand_core::messages! {
    // --- Outflow to work (X4) ------------------------------------------------------------

    /// A definition of outflow to work with its count and share.
    fn to_work_def(n: Num, label: &str, share: Pct) = "{n} ({label}: {share})" / "{n} ({label}: {share})";
    /// Outflow to work depends on the definition.
    fn to_work_title(period: &str) = "Uitstroom naar werk hangt af van de definitie ({period})" / "Outflow to work depends on the definition ({period})";
    /// Outflow to work depends on the definition.
    fn to_work_detail(source: &str, defs: &str, total: Num) =
        "Volgens de uitsplitsing naar reden ({source}) is de uitstroom naar werk \
         {defs} van {total} uitstromers. De app laat de definitie kiezen."
        / "According to the breakdown by reason ({source}), outflow to work is \
           {defs} of {total} people leaving. The app lets you choose the definition.";
    /// Sources use different definitions of outflow to work.
    fn to_work_conflict_title(period: &str) =
        "Uitstroom naar werk: bronnen gebruiken verschillende definities ({period})"
        / "Outflow to work: sources use different definitions ({period})";
    /// Sources use different definitions of outflow to work.
    fn to_work_conflict_detail(figures: &str, sources: &str, source: &str, defs: &str, total: Num) =
        "Elders wordt {figures} genoemd ({sources}), maar de uitsplitsing naar reden ({source}) geeft \
         {defs} van {total} uitstromers. Het genoemde getal past bij geen van deze \
         definities; het komt vermoedelijk uit een andere registratie. Vergelijk alleen \
         cijfers met dezelfde definitie."
        / "Elsewhere the figure {figures} is given ({sources}), but the breakdown by reason \
           ({source}) gives {defs} of {total} people leaving. The quoted figure \
           matches none of these definitions; it probably comes from another \
           registration system. Compare only figures with the same definition.";
    /// No other source for the period.
    TO_WORK_NO_OTHER = " Er is geen ander getal voor dezelfde periode." / " There is no other figure for the same period.";
}

bijstand_core::messages! {
    // --- Werkplein pace (X8) -------------------------------------------------------------

    /// The pace of Werkplein placements.
    WERKPLEIN_TITLE = "Tempo plaatsingen Werkplein" / "Pace of Werkplein placements";
    /// The pace written out.
    #[allow(clippy::too_many_arguments)]
    fn werkplein_basis(real: Num, months: Plain<u32>, target: Num, share: Pct, shortfall: Pct, pace: Pct, pro_rata: Num, above: Pct, needed: Dec, so_far: Dec) =
        "{real} plaatsingen in {months} maanden tegen een jaardoel van {target}: {share} van het jaardoel \
         ({shortfall} eronder), en {pace} van het pro-rata doel {pro_rata} ({above} erboven). Nog nodig: {needed} per \
         resterende maand, tegen {so_far} per maand tot nu toe."
        / "{real} placements in {months} months against an annual target of {target}: {share} of the annual \
           target ({shortfall} below it), and {pace} of the pro-rata target of {pro_rata} ({above} above it). Still \
           needed: {needed} per remaining month, against {so_far} per month so far.";
    /// A shortfall printed as a lead.
    fn werkplein_mislabelled_title(v: Num) =
        "'{v}% hoger dan de doelstelling' is {v}% onder het jaardoel" / "'{v}% above the target' is {v}% below the annual target";
    /// A shortfall printed as a lead.
    fn werkplein_mislabelled_detail(basis: &str, v: Pct) =
        "{basis} De gedrukte {v} is het tekort ten opzichte van het jaardoel, niet \
         een voorsprong. 'Op koers' klopt wel als je pro rata rekent. De app toont \
         beide getallen met hun naam."
        / "{basis} The printed {v} is the shortfall against the annual target, not \
           a lead. 'On track' does hold when calculated pro rata. The app shows both \
           figures with their names.";
}

bijstand_core::messages! {
    // --- LKS identity (X7) ---------------------------------------------------------------

    /// Contracts in use.
    fn lks_in_use(start: Num, started: Num, in_use: Num) =
        "{start} lopend bij de start + {started} gestart = {in_use}" / "{start} running at the start + {started} started = {in_use}";
    /// A published figure that agrees.
    fn lks_published_ok(t: Num) = " ✔ (gepubliceerd {t})" / " ✔ (published {t})";
    /// A published figure that differs.
    fn lks_published_off(t: Num) = ", gepubliceerd is {t}" / ", published: {t}";
    /// Contracts running at the end.
    fn lks_end(in_use: Num, ended: Num, end: Num, on: Date) =
        "{in_use} − {ended} beëindigd = {end} lopend op {on}" / "{in_use} − {ended} ended = {end} running on {on}";
    /// A computed figure that agrees.
    CHECK_MARK = " ✔" / " ✔";
    /// The count adds up.
    LKS_OK_TITLE = "LKS-contracten: de telling sluit" / "LKS contracts: the count adds up";
    /// The count does not add up.
    LKS_OFF_TITLE = "LKS-contracten: de telling sluit niet" / "LKS contracts: the count does not add up";
    /// The LKS count written out.
    fn lks_detail(parts: &str) =
        "{parts}. Let wel: de streefwaarde '+50 per jaar' kan op drie manieren worden gelezen \
         (netto groei, meer starts dan vorig jaar, meer contracten in gebruik); de app \
         laat die keuze zien."
        / "{parts}. Note that the target '+50 per year' can be read in three ways (net growth, \
           more starts than last year, more contracts in use); the app shows that choice.";
}

bijstand_core::messages! {
    // --- BUIG identity (F11) -------------------------------------------------------------

    /// The result matches.
    fn buig_ok_title(year: Plain<i32>) = "BUIG-resultaat {year} klopt met budget min uitgaven" / "BUIG result {year} matches budget minus spending";
    /// The result differs.
    fn buig_off_title(year: Plain<i32>) = "BUIG-resultaat {year} wijkt af van budget min uitgaven" / "BUIG result {year} differs from budget minus spending";
    /// The identity written out.
    fn buig_detail(budget: Dec, source: &str, spend: Dec, computed: Dec, result: Dec) =
        "Budget {budget} ({source}) − uitgaven {spend} = {computed}; gepubliceerd resultaat {result}."
        / "Budget {budget} ({source}) − spending {spend} = {computed}; published result {result}.";
    /// A budget without a version.
    BUIG_VERSION_UNKNOWN = "versie onbekend" / "version unknown";
}

bijstand_core::messages! {
    // --- Conflicting sources -------------------------------------------------------------

    /// An indicator with its category.
    fn conflict_label(indicator: &str, category: &str) = "{indicator} {category}" / "{indicator} {category}";
    /// Two definitions.
    fn conflict_defs_title(label: &str, period: &str) = "{label} {period}: twee definities" / "{label} {period}: two definitions";
    /// Two definitions.
    fn conflict_defs_detail(list: &str) =
        "Voor dezelfde periode staan {list}. Dat zijn verschillende definities, geen \
         tegenspraak; de app toont welke in gebruik is."
        / "For the same period the figures are {list}. These are different \
           definitions, not a contradiction; the app shows which one is in use.";
    /// Sources differ.
    fn conflict_sources_title(label: &str, period: &str) =
        "{label} {period}: bronnen geven verschillende waarden" / "{label} {period}: sources give different values";
    /// Sources differ.
    fn conflict_sources_detail(list: &str) =
        "Voor dezelfde periode staan {list}. Beide zijn gepubliceerd; kies in de app \
         welke bron u gebruikt. De keuze wordt bij de cijfers vermeld."
        / "For the same period the figures are {list}. Both were published; choose in \
           the app which source you use. The choice is stated with the figures.";
}

bijstand_core::messages! {
    // --- Episodes ------------------------------------------------------------------------

    /// Stock and flows reconcile by definition.
    EP_RECON_TITLE = "Bestand en stromen sluiten per definitie aan" / "Stock and flows reconcile by definition";
    /// The reconciliation of episodes written out.
    #[allow(clippy::too_many_arguments)]
    fn ep_recon_detail(b0: Count, m0: &str, inflow: Count, outflow: Count, b1: Count, m1: &str, r: Plain<i64>) =
        "Bestand, instroom en uitstroom komen uit dezelfde uitkeringen, dus voor elke \
         maand geldt bestand = vorig bestand + instroom − uitstroom. Van {b0} (eind {m0}) \
         via {inflow} instroom en {outflow} uitstroom naar {b1} (eind {m1}): aansluitingsverschil {r}. \
         Anders dan bij gepubliceerde kerncijfers is er geen aansluitingsterm nodig."
        / "Stock, inflow and outflow come from the same benefits, so for every month \
           stock = previous stock + inflow − outflow. From {b0} (end of {m0}) via {inflow} inflow \
           and {outflow} outflow to {b1} (end of {m1}): reconciliation gap {r}. Unlike published key \
           figures, no reconciliation term is needed.";
    /// Every ended benefit has a reason.
    EP_REASONS_ALL = "Alle beëindigde uitkeringen hebben een uitstroomreden" / "All ended benefits have an exit reason";
    /// One ended benefit without a reason.
    fn ep_reasons_one(n: Count) = "{n} beëindigde uitkering(en) zonder bekende uitstroomreden" / "{n} ended benefit without a known exit reason";
    /// Ended benefits without a reason.
    fn ep_reasons_many(n: Count) = "{n} beëindigde uitkering(en) zonder bekende uitstroomreden" / "{n} ended benefits without a known exit reason";
    /// Unknown reasons written out.
    fn ep_reasons_detail(n: Count, ended: Count, share: Pct) =
        "{n} van de {ended} beëindigde uitkeringen ({share}) hebben reden 'onbekend' of geen reden. \
         Ze tellen mee in de uitstroom, maar niet als uitstroom naar werk; bij een groot \
         aandeel is het aandeel naar werk te laag."
        / "{n} of the {ended} ended benefits ({share}) have the reason 'unknown' or no reason. They count \
           in the outflow, but not as outflow to work; if this share is large, the share \
           leaving for work comes out too low.";
    /// Every age at the start is plausible.
    EP_AGES_OK = "Leeftijden bij de start liggen tussen 18 en de AOW-leeftijd" / "Ages at the start are between 18 and the state pension (AOW) age";
    /// One implausible age.
    fn ep_ages_one(n: Count) =
        "{n} uitkering(en) met een leeftijd buiten 18 tot AOW bij de start" / "{n} benefit with an age outside 18 to AOW age at the start";
    /// Implausible ages.
    fn ep_ages_many(n: Count) =
        "{n} uitkering(en) met een leeftijd buiten 18 tot AOW bij de start" / "{n} benefits with an age outside 18 to AOW age at the start";
    /// Ages written out.
    fn ep_ages_detail(young: Count, aow: Plain<i32>, old: Count, no_year: Count) =
        "Leeftijd bij de start = startjaar − geboortejaar (tot 1 jaar onnauwkeurig). Zeker \
         jonger dan 18: {young}; zeker {aow} jaar of ouder: {old}. Zonder geboortejaar: {no_year}."
        / "Age at the start = start year − birth year (accurate to within a year). Certainly \
           under 18: {young}; certainly {aow} or older: {old}. Without a birth year: {no_year}.";
}

bijstand_core::messages! {
    // --- Loader report -------------------------------------------------------------------

    /// One column not read.
    fn load_columns_one(n: Count) = "{n} kolom(men) niet ingelezen" / "{n} column not read";
    /// Columns not read.
    fn load_columns_many(n: Count) = "{n} kolom(men) niet ingelezen" / "{n} columns not read";
    /// The columns not read.
    fn load_columns_detail(list: &str) =
        "Deze kolommen zijn niet herkend of worden (nog) niet gebruikt: {list}."
        / "These columns were not recognised or are not used (yet): {list}.";
    /// A loader warning.
    LOAD_NOTE_TITLE = "Melding bij het inlezen" / "Note from reading the file";
    /// The total row matches.
    LOAD_TOTAL_OK = "De totaalregel klopt met de gegevens" / "The total row matches the data";
    /// The total row differs.
    LOAD_TOTAL_OFF = "De totaalregel wijkt af van de gegevens" / "The total row differs from the data";
    /// A column of the total row.
    fn load_total_column(column: &str, printed: Num, computed: Num) =
        "{column}: gedrukt {printed}, berekend {computed}" / "{column}: printed {printed}, computed {computed}";
    /// The total row written out.
    fn load_total_detail(line: Plain<usize>, columns: &str) = "Totaalregel op regel {line}: {columns}." / "Total row on line {line}: {columns}.";
}

/// The name of an indicator code, when known.
pub fn indicator(code: &str) -> Option<Msg> {
    Some(match code {
        "bestand_uitkeringen" => INDICATOR_BESTAND_UITKERINGEN,
        "instroom" => INDICATOR_INSTROOM,
        "uitstroom" => INDICATOR_UITSTROOM,
        "traject_deelnemers" => INDICATOR_TRAJECT_DEELNEMERS,
        "buig_budget" => INDICATOR_BUIG_BUDGET,
        "buig_uitgaven" => INDICATOR_BUIG_UITGAVEN,
        "buig_resultaat" => INDICATOR_BUIG_RESULTAAT,
        "buig_groeiaanname" => INDICATOR_BUIG_GROEIAANNAME,
        "programmabudget" => INDICATOR_PROGRAMMABUDGET,
        "programmadekking" => INDICATOR_PROGRAMMADEKKING,
        "statushouders_taakstelling" => INDICATOR_STATUSHOUDERS_TAAKSTELLING,
        "inburgering_deelnames" => INDICATOR_INBURGERING_DEELNAMES,
        "jongerenketen_instroom" => INDICATOR_JONGERENKETEN_INSTROOM,
        "jongerenketen_uitstroom" => INDICATOR_JONGERENKETEN_UITSTROOM,
        "lks_gestart" => INDICATOR_LKS_GESTART,
        "plaatsingen_werkplein" => INDICATOR_PLAATSINGEN_WERKPLEIN,
        _ => return None,
    })
}

/// The name of a category code, when known (budget lines: see
/// [`crate::programme::line_label`]).
pub fn category(code: &str) -> Option<Msg> {
    Some(match code {
        "totaal" => CATEGORY_TOTAAL,
        "jongere" => CATEGORY_JONGERE,
        "statushouder" => CATEGORY_STATUSHOUDER,
        "overig" => CATEGORY_OVERIG,
        "werk" => CATEGORY_WERK,
        _ => return None,
    })
}

/// The name of a source version without a number, when known.
pub fn source(versie: &str) -> Option<Msg> {
    Some(match versie {
        "tekst" => SOURCE_TEKST,
        "afgeleid" => SOURCE_AFGELEID,
        "gedrukt" => SOURCE_GEDRUKT,
        "prognosemodel" => SOURCE_PROGNOSEMODEL,
        "voorlopig" => SOURCE_VOORLOPIG,
        "nader_voorlopig" => SOURCE_NADER_VOORLOPIG,
        "definitief" => SOURCE_DEFINITIEF,
        _ => return None,
    })
}
