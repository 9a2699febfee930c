//! Messages: the labels of kerncijfers codes (indicators, categories, dimensions,
//! versions), as the report names them.

bijstand_core::messages! {
    /// Label: Aantal bijstandsuitkeringen.
    IND_BESTAND_UITKERINGEN = "Aantal bijstandsuitkeringen" / "Benefits (caseload)";
    /// Label: Ontwikkeling bestand.
    IND_BESTAND_GROEI = "Ontwikkeling bestand" / "Caseload growth";
    /// Label: Score t.o.v. referentiegemeenten.
    IND_BESTAND_SCORE_REFERENTIE = "Score t.o.v. referentiegemeenten" / "Score vs reference municipalities";
    /// Label: Index bestand (februari 2019 = 100).
    IND_BESTAND_INDEX = "Index bestand (februari 2019 = 100)" / "Caseload index (February 2019 = 100)";
    /// Label: Aandeel in bestand.
    IND_AANDEEL_DOELGROEP = "Aandeel in bestand" / "Share of caseload";
    /// Label: Instroom.
    IND_INSTROOM = "Instroom" / "Inflow";
    /// Label: Uitstroom.
    IND_UITSTROOM = "Uitstroom" / "Outflow";
    /// Label: Gedeeltelijke uitstroom (naar parttimewerk met aanvullende uitkering).
    IND_UITSTROOM_GEDEELTELIJK = "Gedeeltelijke uitstroom (naar parttimewerk met aanvullende uitkering)" / "Partial outflow (part-time work with a supplementary benefit)";
    /// Label: Beëindigd wegens bereiken AOW-leeftijd.
    IND_UITSTROOM_AOW_VERWACHT = "Beëindigd wegens bereiken AOW-leeftijd" / "Ended on reaching state-pension age";
    /// Label: Inwoners actief in traject.
    IND_TRAJECT_DEELNEMERS = "Inwoners actief in traject" / "Residents active in a trajectory";
    /// Label: Ingezette hulpverleningstrajecten.
    IND_HULPVERLENING_TRAJECTEN = "Ingezette hulpverleningstrajecten" / "Help-service trajectories started";
    /// Label: Aandeel bestand met sociale activering.
    IND_SOCIALE_ACTIVERING_PCT = "Aandeel bestand met sociale activering" / "Share in social activation";
    /// Label: OpMaat-bijeenkomsten.
    IND_OPMAAT_BIJEENKOMSTEN = "OpMaat-bijeenkomsten" / "OpMaat meetings";
    /// Label: Organisatie per OpMaat-bijeenkomst.
    IND_OPMAAT_ORGANISATIE_UREN = "Organisatie per OpMaat-bijeenkomst" / "Organising time per OpMaat meeting";
    /// Label: LKS-contracten lopend bij de start.
    IND_LKS_LOPEND_BEGIN = "LKS-contracten lopend bij de start" / "LKS contracts running at the start";
    /// Label: LKS-contracten gestart.
    IND_LKS_GESTART = "LKS-contracten gestart" / "LKS contracts started";
    /// Label: LKS-contracten beëindigd.
    IND_LKS_BEEINDIGD = "LKS-contracten beëindigd" / "LKS contracts ended";
    /// Label: LKS-contracten totaal (lopend bij start + gestart).
    IND_LKS_TOTAAL = "LKS-contracten totaal (lopend bij start + gestart)" / "LKS contracts in use (running at start + started)";
    /// Label: LKS-contracten lopend.
    IND_LKS_LOPEND = "LKS-contracten lopend" / "LKS contracts running";
    /// Label: Streefwaarde toename LKS-contracten per jaar.
    IND_LKS_STREEF_TOENAME = "Streefwaarde toename LKS-contracten per jaar" / "Target increase of LKS contracts per year";
    /// Label: Aantal geregistreerde re-integratietrajecten.
    IND_REINTEGRATIE_TRAJECTEN = "Aantal geregistreerde re-integratietrajecten" / "Registered re-integration trajectories";
    /// Label: Plaatsingen Werkplein.
    IND_PLAATSINGEN_WERKPLEIN = "Plaatsingen Werkplein" / "Werkplein placements";
    /// Label: Plaatsingen Werkplein t.o.v. doel.
    IND_PLAATSINGEN_WERKPLEIN_T_O_V_DOEL = "Plaatsingen Werkplein t.o.v. doel" / "Werkplein placements vs target";
    /// Label: Ondersteunde werkzoekenden.
    IND_ONDERSTEUNDE_WERKZOEKENDEN = "Ondersteunde werkzoekenden" / "Job seekers supported";
    /// Label: BUIG-budget.
    IND_BUIG_BUDGET = "BUIG-budget" / "BUIG budget";
    /// Label: Verschil definitief en nader voorlopig budget.
    IND_BUIG_BUDGET_MUTATIE = "Verschil definitief en nader voorlopig budget" / "Final minus provisional budget";
    /// Label: BUIG-uitgaven.
    IND_BUIG_UITGAVEN = "BUIG-uitgaven" / "BUIG spending";
    /// Label: BUIG-resultaat (budget − uitgaven).
    IND_BUIG_RESULTAAT = "BUIG-resultaat (budget − uitgaven)" / "BUIG result (budget − spending)";
    /// Label: Groeiaanname bestand.
    IND_BUIG_GROEIAANNAME = "Groeiaanname bestand" / "Caseload growth assumption";
    /// Label: Programmabudget.
    IND_PROGRAMMABUDGET = "Programmabudget" / "Programme budget";
    /// Label: Dekking.
    IND_PROGRAMMADEKKING = "Dekking" / "Funding";
    /// Label: Te huisvesten statushouders.
    IND_STATUSHOUDERS_TAAKSTELLING = "Te huisvesten statushouders" / "Refugees to be housed";
    /// Label: Deelnames leerroutes.
    IND_INBURGERING_DEELNAMES = "Deelnames leerroutes" / "Civic-integration route starts";
    /// Label: Statushouders in de Z-route.
    IND_INBURGERING_ZROUTE_DEELNEMERS = "Statushouders in de Z-route" / "Refugees in the Z-route";
    /// Label: Z-route: uitgeplaatst naar externe werkgever.
    IND_INBURGERING_ZROUTE_UITGEPLAATST = "Z-route: uitgeplaatst naar externe werkgever" / "Z-route: placed with an outside employer";
    /// Label: Deelnemers VIP-pilot.
    IND_VIP_PILOT_DEELNEMERS = "Deelnemers VIP-pilot" / "VIP pilot participants";
    /// Label: Jongeren-keten: instroom.
    IND_JONGERENKETEN_INSTROOM = "Jongeren-keten: instroom" / "Youth chain: inflow";
    /// Label: Jongeren-keten: lopende cases.
    IND_JONGERENKETEN_LOPEND = "Jongeren-keten: lopende cases" / "Youth chain: running cases";
    /// Label: Jongeren-keten: uitstroom.
    IND_JONGERENKETEN_UITSTROOM = "Jongeren-keten: uitstroom" / "Youth chain: outflow";
    /// Label: Jongeren-keten: LKS-contracten.
    IND_JONGERENKETEN_LKS_CONTRACTEN = "Jongeren-keten: LKS-contracten" / "Youth chain: LKS contracts";
    /// Label: Loonwaarde beschut werk (van het minimumloon).
    IND_LOONWAARDE_BESCHUT = "Loonwaarde beschut werk (van het minimumloon)" / "Wage value in sheltered work (of the minimum wage)";
    /// Label: Beschut werk.
    IND_BESCHUT_AANTAL = "Beschut werk" / "Sheltered work";
    /// Label: Groei beschut werk.
    IND_BESCHUT_GROEI = "Groei beschut werk" / "Growth of sheltered work";
    /// Label: Mutatie aantal dienstverbanden.
    IND_BESCHUT_DIENSTVERBANDEN_MUTATIE = "Mutatie aantal dienstverbanden" / "Change in employment contracts";
    /// Label: Mutatie aantal dienstverbanden (%).
    IND_BESCHUT_DIENSTVERBANDEN_MUTATIE_PCT = "Mutatie aantal dienstverbanden (%)" / "Change in employment contracts (%)";
    /// Label: Werkroute.
    IND_WERKROUTE_TRAJECTEN = "Werkroute" / "Werkroute";
    /// Label: Groei Werkroute.
    IND_WERKROUTE_GROEI = "Groei Werkroute" / "Werkroute growth";
    /// Label: Klanttevredenheid Werk en Inkomen (rapportcijfer).
    IND_KLANTTEVREDENHEID = "Klanttevredenheid Werk en Inkomen (rapportcijfer)" / "Customer satisfaction Work and Income (mark)";
    /// Label: Uitstroom totaal.
    CAT_UITSTROOMREDEN_TOTAAL = "Uitstroom totaal" / "Outflow total";
    /// Label: Uitstroom werk.
    CAT_UITSTROOMREDEN_WERK = "Uitstroom werk" / "Outflow to work";
    /// Label: Uitstroom studie.
    CAT_UITSTROOMREDEN_STUDIE = "Uitstroom studie" / "Outflow to study";
    /// Label: Plaatsing Werkplein.
    CAT_UITSTROOMREDEN_WERK_WERKPLEIN = "Plaatsing Werkplein" / "Werkplein placement";
    /// Label: Zelfstandig (na ondersteuning gemeenten).
    CAT_UITSTROOMREDEN_ZELFSTANDIG = "Zelfstandig (na ondersteuning gemeenten)" / "Self-employed (after municipal support)";
    /// Label: Overig (o.a. overlijden, verhuizen, bereiken AOW-leeftijd).
    CAT_UITSTROOMREDEN_OVERIG = "Overig (o.a. overlijden, verhuizen, bereiken AOW-leeftijd)" / "Other (death, moving away, pension age, …)";
    /// Label: Algemene middelen.
    CAT_DEKKINGSBRON_ALGEMENE_MIDDELEN = "Algemene middelen" / "General funds";
    /// Label: Reserves.
    CAT_DEKKINGSBRON_RESERVES = "Reserves" / "Reserves";
    /// Label: Detachering personeel.
    CAT_DEKKINGSBRON_DETACHERING_PERSONEEL = "Detachering personeel" / "Staff secondment";
    /// Label: Specifieke uitkering Inburgering.
    CAT_DEKKINGSBRON_SPECIFIEKE_UITKERING_INBURGERING = "Specifieke uitkering Inburgering" / "Specific grant civic integration";
    /// Label: Specifieke uitkering Educatiemiddelen.
    CAT_DEKKINGSBRON_SPECIFIEKE_UITKERING_EDUCATIE = "Specifieke uitkering Educatiemiddelen" / "Specific grant education";
    /// Label: Subsidies/bijdragen centrumtaken.
    CAT_DEKKINGSBRON_SUBSIDIES_BIJDRAGEN_CENTRUMTAKEN = "Subsidies/bijdragen centrumtaken" / "Subsidies/contributions central-municipality tasks";
    /// Label: Totaal dekking.
    CAT_DEKKINGSBRON_TOTAAL = "Totaal dekking" / "Total funding";
    /// Label: Totaal budget.
    CAT_DEELBUDGET_TOTAAL = "Totaal budget" / "Total budget";
    /// Label: Totaal.
    CAT_TOTAAL = "Totaal" / "Total";
    /// Label: Jongeren (tot 27 jaar).
    CAT_JONGERE = "Jongeren (tot 27 jaar)" / "Youth (under 27)";
    /// Label: Statushouders.
    CAT_STATUSHOUDER = "Statushouders" / "Refugees with a permit";
    /// Label: Overig.
    CAT_OVERIG = "Overig" / "Other";
    /// Label: Gemeente.
    CAT_GEMEENTE = "Gemeente" / "Municipality";
    /// Label: Landelijk.
    CAT_LANDELIJK = "Landelijk" / "National";
    /// Label: Referentiegroep.
    CAT_REFERENTIEGROEP = "Referentiegroep" / "Reference group";
    /// Label: Lange afstand tot de arbeidsmarkt.
    CAT_LANG = "Lange afstand tot de arbeidsmarkt" / "Long distance to the labour market";
    /// Label: Korte afstand tot de arbeidsmarkt.
    CAT_KORT = "Korte afstand tot de arbeidsmarkt" / "Short distance to the labour market";
    /// Label: 55 tot AOW-leeftijd (binnen lange afstand).
    CAT_LEEFTIJD_55_AOW = "55 tot AOW-leeftijd (binnen lange afstand)" / "55 to pension age (within long distance)";
    /// Label: Activering RAP.
    CAT_ACTIVERING_RAP = "Activering RAP" / "Activation (RAP)";
    /// Label: Hulpverleningstraject.
    CAT_HULPVERLENING = "Hulpverleningstraject" / "Help-service trajectory";
    /// Label: Wijkteam.
    CAT_WIJKTEAM = "Wijkteam" / "Neighbourhood team";
    /// Label: Eigen Kracht.
    CAT_EIGEN_KRACHT = "Eigen Kracht" / "Eigen Kracht";
    /// Label: Entreeopleiding.
    CAT_ENTREEOPLEIDING = "Entreeopleiding" / "Entry-level training";
    /// Label: Mantelzorg.
    CAT_MANTELZORG = "Mantelzorg" / "Informal care";
    /// Label: Meedoen – sociale activering.
    CAT_SOCIALE_ACTIVERING = "Meedoen – sociale activering" / "Social activation";
    /// Label: Vrijwilligerswerk.
    CAT_VRIJWILLIGERSWERK = "Vrijwilligerswerk" / "Volunteering";
    /// Label: OpStap.
    CAT_OPSTAP = "OpStap" / "OpStap";
    /// Label: Eerste helft jaar.
    CAT_EERSTE_HELFT = "Eerste helft jaar" / "First half-year";
    /// Label: Tweede helft jaar.
    CAT_TWEEDE_HELFT = "Tweede helft jaar" / "Second half-year";
    /// Label: B1-route.
    CAT_B1 = "B1-route" / "B1 route";
    /// Label: Onderwijsroute.
    CAT_ONDERWIJS = "Onderwijsroute" / "Education route";
    /// Label: Zelfredzaamheidsroute.
    CAT_Z = "Zelfredzaamheidsroute" / "Self-reliance route";
    /// Label: Deelbudget uitkeringen.
    CAT_UITKERINGEN = "Deelbudget uitkeringen" / "Sub-budget benefits";
    /// Label: Deelbudget loonkostensubsidie.
    CAT_LKS = "Deelbudget loonkostensubsidie" / "Sub-budget wage subsidy";
    /// Label: Aanname Rijk.
    CAT_RIJK = "Aanname Rijk" / "Government assumption";
    /// Label: Verschil Enschede en landelijk.
    CAT_LOKAAL_VERSCHIL = "Verschil Enschede en landelijk" / "Local difference";
    /// Label: Met een uitkering (HUG).
    CAT_HUG = "Met een uitkering (HUG)" / "With a benefit (HUG)";
    /// Label: Partners van uitkeringsgerechtigden (PUG).
    CAT_PUG = "Partners van uitkeringsgerechtigden (PUG)" / "Partners (PUG)";
    /// Label: Niet-uitkeringsgerechtigden (NUG).
    CAT_NUG = "Niet-uitkeringsgerechtigden (NUG)" / "Without a benefit (NUG)";
    /// Label: Werk.
    CAT_WERK = "Werk" / "Work";
    /// Label: Studie.
    CAT_STUDIE = "Studie" / "Study";
    /// Label: SW (oude doelgroep).
    CAT_SW = "SW (oude doelgroep)" / "SW (former target group)";
    /// Label: waarvan RVU, uit dienst.
    CAT_SW_RVU = "waarvan RVU, uit dienst" / "of which early retirement (RVU)";
    /// Label: SW gedetacheerd via Werk en Inkomen.
    CAT_SW_GEDETACHEERD = "SW gedetacheerd via Werk en Inkomen" / "SW seconded via Work and Income";
    /// Label: SW met extern dienstverband.
    CAT_SW_EXTERN_DIENSTVERBAND = "SW met extern dienstverband" / "SW employed externally";
    /// Label: Nieuw Beschut.
    CAT_NIEUW_BESCHUT = "Nieuw Beschut" / "New sheltered work";
    /// Label: Nieuw Beschut gedetacheerd bij externe werkgevers.
    CAT_NIEUW_BESCHUT_GEDETACHEERD = "Nieuw Beschut gedetacheerd bij externe werkgevers" / "New sheltered, seconded";
    /// Label: Nieuw Beschut in dienst bij externe werkgever.
    CAT_NIEUW_BESCHUT_EXTERN_DIENSTVERBAND = "Nieuw Beschut in dienst bij externe werkgever" / "New sheltered, employed externally";
    /// Label: Beschut Bedrijf (DCW) totaal.
    CAT_DCW_TOTAAL = "Beschut Bedrijf (DCW) totaal" / "Sheltered company (DCW) total";
    /// Label: Z-route (DCW).
    CAT_WERKROUTE_ZROUTE = "Z-route (DCW)" / "Z-route (DCW)";
    /// Label: Arbeidsfit.
    CAT_WERKROUTE_ARBEIDSFIT = "Arbeidsfit" / "Work-fit";
    /// Label: Diagnose.
    CAT_WERKROUTE_DIAGNOSE = "Diagnose" / "Diagnosis";
    /// Label: Direct.
    DIM_BUDGETREGEL_DIRECT = "Direct" / "Direct";
    /// Label: Apparaatskosten.
    DIM_BUDGETREGEL_APPARAAT = "Apparaatskosten" / "Overhead";
    /// Label: Totaal.
    DIM_BUDGETREGEL_TOTAAL = "Totaal" / "Total";
    /// Version: tabel 6.
    VERSION_TABEL_6 = "tabel 6" / "table 6";
    /// Version: tabel 10.
    VERSION_TABEL_10 = "tabel 10" / "table 10";
    /// Version: tabel 14.
    VERSION_TABEL_14 = "tabel 14" / "table 14";
    /// Version: figuur 9.
    VERSION_FIGUUR_9 = "figuur 9" / "figure 9";
    /// Version: figuur 5.
    VERSION_FIGUUR_5 = "figuur 5" / "figure 5";
    /// Version: lopende tekst.
    VERSION_TEKST = "lopende tekst" / "running text";
    /// Version: afgeleid, niet gedrukt.
    VERSION_AFGELEID = "afgeleid, niet gedrukt" / "derived, not printed";
    /// Version: zoals gedrukt.
    VERSION_GEDRUKT = "zoals gedrukt" / "as printed";
    /// Version: prognosemodel.
    VERSION_PROGNOSEMODEL = "prognosemodel" / "forecast model";
    /// Version: voorlopig.
    VERSION_VOORLOPIG = "voorlopig" / "provisional";
    /// Version: nader voorlopig.
    VERSION_NADER_VOORLOPIG = "nader voorlopig" / "revised provisional";
    /// Version: definitief.
    VERSION_DEFINITIEF = "definitief" / "final";
}
