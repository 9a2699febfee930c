//! How kerncijfers codes and values are written: labels of indicators, categories,
//! dimensions and versions, periods, and numbers as published. Shared by the Kerncijfers
//! and Datakwaliteit screen models (and the comparison).

use bijstand_core::date::Date;
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::model::{Eenheid, PeriodeType, Value};

/// Dutch and English label of a known indicator.
fn indicator_label(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        "bestand_uitkeringen" => ("Aantal bijstandsuitkeringen", "Benefits (caseload)"),
        "bestand_groei" => ("Ontwikkeling bestand", "Caseload growth"),
        "bestand_score_referentie" => (
            "Score t.o.v. referentiegemeenten",
            "Score vs reference municipalities",
        ),
        "bestand_index" => (
            "Index bestand (februari 2019 = 100)",
            "Caseload index (February 2019 = 100)",
        ),
        "aandeel_doelgroep" => ("Aandeel in bestand", "Share of caseload"),
        "instroom" => ("Instroom", "Inflow"),
        "uitstroom" => ("Uitstroom", "Outflow"),
        "uitstroom_gedeeltelijk" => (
            "Gedeeltelijke uitstroom (naar parttimewerk met aanvullende uitkering)",
            "Partial outflow (part-time work with a supplementary benefit)",
        ),
        "uitstroom_aow_verwacht" => (
            "Beëindigd wegens bereiken AOW-leeftijd",
            "Ended on reaching state-pension age",
        ),
        "traject_deelnemers" => (
            "Inwoners actief in traject",
            "Residents active in a trajectory",
        ),
        "hulpverlening_trajecten" => (
            "Ingezette hulpverleningstrajecten",
            "Help-service trajectories started",
        ),
        "sociale_activering_pct" => (
            "Aandeel bestand met sociale activering",
            "Share in social activation",
        ),
        "opmaat_bijeenkomsten" => ("OpMaat-bijeenkomsten", "OpMaat meetings"),
        "opmaat_organisatie_uren" => (
            "Organisatie per OpMaat-bijeenkomst",
            "Organising time per OpMaat meeting",
        ),
        "lks_lopend_begin" => (
            "LKS-contracten lopend bij de start",
            "LKS contracts running at the start",
        ),
        "lks_gestart" => ("LKS-contracten gestart", "LKS contracts started"),
        "lks_beeindigd" => ("LKS-contracten beëindigd", "LKS contracts ended"),
        "lks_totaal" => (
            "LKS-contracten totaal (lopend bij start + gestart)",
            "LKS contracts in use (running at start + started)",
        ),
        "lks_lopend" => ("LKS-contracten lopend", "LKS contracts running"),
        "lks_streef_toename" => (
            "Streefwaarde toename LKS-contracten per jaar",
            "Target increase of LKS contracts per year",
        ),
        "reintegratie_trajecten" => (
            "Aantal geregistreerde re-integratietrajecten",
            "Registered re-integration trajectories",
        ),
        "plaatsingen_werkplein" => ("Plaatsingen Werkplein", "Werkplein placements"),
        "plaatsingen_werkplein_t_o_v_doel" => (
            "Plaatsingen Werkplein t.o.v. doel",
            "Werkplein placements vs target",
        ),
        "ondersteunde_werkzoekenden" => ("Ondersteunde werkzoekenden", "Job seekers supported"),
        "buig_budget" => ("BUIG-budget", "BUIG budget"),
        "buig_budget_mutatie" => (
            "Verschil definitief en nader voorlopig budget",
            "Final minus provisional budget",
        ),
        "buig_uitgaven" => ("BUIG-uitgaven", "BUIG spending"),
        "buig_resultaat" => (
            "BUIG-resultaat (budget − uitgaven)",
            "BUIG result (budget − spending)",
        ),
        "buig_groeiaanname" => ("Groeiaanname bestand", "Caseload growth assumption"),
        "programmabudget" => ("Programmabudget", "Programme budget"),
        "programmadekking" => ("Dekking", "Funding"),
        "statushouders_taakstelling" => ("Te huisvesten statushouders", "Refugees to be housed"),
        "inburgering_deelnames" => ("Deelnames leerroutes", "Civic-integration route starts"),
        "inburgering_zroute_deelnemers" => {
            ("Statushouders in de Z-route", "Refugees in the Z-route")
        }
        "inburgering_zroute_uitgeplaatst" => (
            "Z-route: uitgeplaatst naar externe werkgever",
            "Z-route: placed with an outside employer",
        ),
        "vip_pilot_deelnemers" => ("Deelnemers VIP-pilot", "VIP pilot participants"),
        "jongerenketen_instroom" => ("Jongeren-keten: instroom", "Youth chain: inflow"),
        "jongerenketen_lopend" => (
            "Jongeren-keten: lopende cases",
            "Youth chain: running cases",
        ),
        "jongerenketen_uitstroom" => ("Jongeren-keten: uitstroom", "Youth chain: outflow"),
        "jongerenketen_lks_contracten" => (
            "Jongeren-keten: LKS-contracten",
            "Youth chain: LKS contracts",
        ),
        "loonwaarde_beschut" => (
            "Loonwaarde beschut werk (van het minimumloon)",
            "Wage value in sheltered work (of the minimum wage)",
        ),
        "beschut_aantal" => ("Beschut werk", "Sheltered work"),
        "beschut_groei" => ("Groei beschut werk", "Growth of sheltered work"),
        "beschut_dienstverbanden_mutatie" => (
            "Mutatie aantal dienstverbanden",
            "Change in employment contracts",
        ),
        "beschut_dienstverbanden_mutatie_pct" => (
            "Mutatie aantal dienstverbanden (%)",
            "Change in employment contracts (%)",
        ),
        "werkroute_trajecten" => ("Werkroute", "Werkroute"),
        "werkroute_groei" => ("Groei Werkroute", "Werkroute growth"),
        "klanttevredenheid" => (
            "Klanttevredenheid Werk en Inkomen (rapportcijfer)",
            "Customer satisfaction Work and Income (mark)",
        ),
        _ => return None,
    })
}

/// Dutch and English label of a known category, by dimension.
pub fn category_label(dimensie: &str, categorie: &str) -> Option<(&'static str, &'static str)> {
    Some(match (dimensie, categorie) {
        ("uitstroomreden", "totaal") => ("Uitstroom totaal", "Outflow total"),
        ("uitstroomreden", "werk") => ("Uitstroom werk", "Outflow to work"),
        ("uitstroomreden", "studie") => ("Uitstroom studie", "Outflow to study"),
        ("uitstroomreden", "werk_werkplein") => ("Plaatsing Werkplein", "Werkplein placement"),
        ("uitstroomreden", "zelfstandig") => (
            "Zelfstandig (na ondersteuning gemeenten)",
            "Self-employed (after municipal support)",
        ),
        ("uitstroomreden", "overig") => (
            "Overig (o.a. overlijden, verhuizen, bereiken AOW-leeftijd)",
            "Other (death, moving away, pension age, …)",
        ),
        ("budgetregel_direct", _) | ("budgetregel_apparaat", _) | ("budgetregel_totaal", _) => {
            return budget_line(categorie)
        }
        ("dekkingsbron", "algemene_middelen") => ("Algemene middelen", "General funds"),
        ("dekkingsbron", "reserves") => ("Reserves", "Reserves"),
        ("dekkingsbron", "detachering_personeel") => ("Detachering personeel", "Staff secondment"),
        ("dekkingsbron", "specifieke_uitkering_inburgering") => (
            "Specifieke uitkering Inburgering",
            "Specific grant civic integration",
        ),
        ("dekkingsbron", "specifieke_uitkering_educatie") => (
            "Specifieke uitkering Educatiemiddelen",
            "Specific grant education",
        ),
        ("dekkingsbron", "subsidies_bijdragen_centrumtaken") => (
            "Subsidies/bijdragen centrumtaken",
            "Subsidies/contributions central-municipality tasks",
        ),
        ("dekkingsbron", "totaal") => ("Totaal dekking", "Total funding"),
        ("deelbudget", "totaal") => ("Totaal budget", "Total budget"),
        (_, "totaal") => ("Totaal", "Total"),
        (_, "jongere") => ("Jongeren (tot 27 jaar)", "Youth (under 27)"),
        (_, "statushouder") => ("Statushouders", "Refugees with a permit"),
        (_, "overig") => ("Overig", "Other"),
        (_, "gemeente") => ("Gemeente", "Municipality"),
        (_, "landelijk") => ("Landelijk", "National"),
        (_, "referentiegroep") => ("Referentiegroep", "Reference group"),
        (_, "lang") => (
            "Lange afstand tot de arbeidsmarkt",
            "Long distance to the labour market",
        ),
        (_, "kort") => (
            "Korte afstand tot de arbeidsmarkt",
            "Short distance to the labour market",
        ),
        (_, "leeftijd_55_aow") => (
            "55 tot AOW-leeftijd (binnen lange afstand)",
            "55 to pension age (within long distance)",
        ),
        (_, "activering_rap") => ("Activering RAP", "Activation (RAP)"),
        (_, "hulpverlening") => ("Hulpverleningstraject", "Help-service trajectory"),
        (_, "wijkteam") => ("Wijkteam", "Neighbourhood team"),
        (_, "eigen_kracht") => ("Eigen Kracht", "Eigen Kracht"),
        (_, "entreeopleiding") => ("Entreeopleiding", "Entry-level training"),
        (_, "mantelzorg") => ("Mantelzorg", "Informal care"),
        (_, "sociale_activering") => ("Meedoen – sociale activering", "Social activation"),
        (_, "vrijwilligerswerk") => ("Vrijwilligerswerk", "Volunteering"),
        (_, "opstap") => ("OpStap", "OpStap"),
        (_, "eerste_helft") => ("Eerste helft jaar", "First half-year"),
        (_, "tweede_helft") => ("Tweede helft jaar", "Second half-year"),
        (_, "b1") => ("B1-route", "B1 route"),
        (_, "onderwijs") => ("Onderwijsroute", "Education route"),
        (_, "z") => ("Zelfredzaamheidsroute", "Self-reliance route"),
        (_, "uitkeringen") => ("Deelbudget uitkeringen", "Sub-budget benefits"),
        (_, "lks") => ("Deelbudget loonkostensubsidie", "Sub-budget wage subsidy"),
        (_, "rijk") => ("Aanname Rijk", "Government assumption"),
        (_, "lokaal_verschil") => ("Verschil Enschede en landelijk", "Local difference"),
        (_, "hug") => ("Met een uitkering (HUG)", "With a benefit (HUG)"),
        (_, "pug") => (
            "Partners van uitkeringsgerechtigden (PUG)",
            "Partners (PUG)",
        ),
        (_, "nug") => (
            "Niet-uitkeringsgerechtigden (NUG)",
            "Without a benefit (NUG)",
        ),
        (_, "werk") => ("Werk", "Work"),
        (_, "studie") => ("Studie", "Study"),
        (_, "sw") => ("SW (oude doelgroep)", "SW (former target group)"),
        (_, "sw_rvu") => ("waarvan RVU, uit dienst", "of which early retirement (RVU)"),
        (_, "sw_gedetacheerd") => (
            "SW gedetacheerd via Werk en Inkomen",
            "SW seconded via Work and Income",
        ),
        (_, "sw_extern_dienstverband") => ("SW met extern dienstverband", "SW employed externally"),
        (_, "nieuw_beschut") => ("Nieuw Beschut", "New sheltered work"),
        (_, "nieuw_beschut_gedetacheerd") => (
            "Nieuw Beschut gedetacheerd bij externe werkgevers",
            "New sheltered, seconded",
        ),
        (_, "nieuw_beschut_extern_dienstverband") => (
            "Nieuw Beschut in dienst bij externe werkgever",
            "New sheltered, employed externally",
        ),
        (_, "dcw_totaal") => (
            "Beschut Bedrijf (DCW) totaal",
            "Sheltered company (DCW) total",
        ),
        (_, "werkroute_zroute") => ("Z-route (DCW)", "Z-route (DCW)"),
        (_, "werkroute_arbeidsfit") => ("Arbeidsfit", "Work-fit"),
        (_, "werkroute_diagnose") => ("Diagnose", "Diagnosis"),
        _ => return None,
    })
}

/// The budget lines of Annex 1, verbatim.
fn budget_line(categorie: &str) -> Option<(&'static str, &'static str)> {
    bijstand_core::programme::line_label(categorie).map(|m| (m.nl, m.en))
}

/// Label of a dimension used as a column (Annex 1's cost types).
pub fn dimension_label(dimensie: &str) -> Option<(&'static str, &'static str)> {
    Some(match dimensie {
        "budgetregel_direct" => ("Direct", "Direct"),
        "budgetregel_apparaat" => ("Apparaatskosten", "Overhead"),
        "budgetregel_totaal" => ("Totaal", "Total"),
        _ => return None,
    })
}

/// Label of a `versie` code.
pub fn version_label(versie: &str, lang: Lang) -> String {
    let known = match versie {
        "tabel_6" => Some(("tabel 6", "table 6")),
        "tabel_10" => Some(("tabel 10", "table 10")),
        "tabel_14" => Some(("tabel 14", "table 14")),
        "figuur_9" => Some(("figuur 9", "figure 9")),
        "figuur_5" => Some(("figuur 5", "figure 5")),
        "tekst" => Some(("lopende tekst", "running text")),
        "afgeleid" => Some(("afgeleid, niet gedrukt", "derived, not printed")),
        "gedrukt" => Some(("zoals gedrukt", "as printed")),
        "prognosemodel" => Some(("prognosemodel", "forecast model")),
        "voorlopig" => Some(("voorlopig", "provisional")),
        "nader_voorlopig" => Some(("nader voorlopig", "revised provisional")),
        "definitief" => Some(("definitief", "final")),
        _ => None,
    };
    match known {
        Some((nl, en)) => lang.t(nl, en).to_string(),
        None => match versie.strip_prefix("peildatum_") {
            // `peildatum_2024_07_01` → "peildatum 01-07-2024".
            Some(d) => {
                let parts: Vec<&str> = d.split('_').collect();
                let date = match parts[..] {
                    [y, m, dd] => format!("{dd}-{m}-{y}"),
                    _ => d.replace('_', "-"),
                };
                format!("{} {date}", lang.t("peildatum", "reference date"))
            }
            None => humanize(versie),
        },
    }
}

/// `"sw_extern_dienstverband"` → `"Sw extern dienstverband"`.
pub fn humanize(code: &str) -> String {
    super::capitalize(&code.replace('_', " "))
}

/// Label of an indicator code: the known label, else the code in words.
pub fn ind_label(code: &str, lang: Lang) -> String {
    indicator_label(code).map_or_else(|| humanize(code), |(nl, en)| lang.t(nl, en).to_string())
}

/// Label of a category code within its dimension: the known label, else the code in words.
pub fn cat_label(dimensie: &str, categorie: &str, lang: Lang) -> String {
    category_label(dimensie, categorie).map_or_else(
        || humanize(categorie),
        |(nl, en)| lang.t(nl, en).to_string(),
    )
}

/// `Q1–Q3 2024`, `2023`, `30-09-2024`, `feb 2019` or `01-01-2024 t/m 01-10-2024`.
pub fn period_label(periode_type: PeriodeType, van: Option<Date>, tot: Date) -> String {
    let Some(van) = van else {
        return tot.to_string();
    };
    let (vy, vm, vd) = van.ymd();
    let (ty, tm, _) = tot.ymd();
    let month_end = tot.month_end() == tot;
    if vy == ty && vd == 1 && month_end {
        if vm == 1 && tm == 12 {
            return vy.to_string();
        }
        if periode_type == PeriodeType::Maand || vm == tm {
            return bijstand_core::dynamics::month_label_nl(van.month_index());
        }
        if (vm - 1) % 3 == 0 && tm % 3 == 0 {
            let (q0, q1) = ((vm - 1) / 3 + 1, tm / 3);
            return if q0 == q1 {
                format!("Q{q0} {vy}")
            } else {
                format!("Q{q0}–Q{q1} {vy}")
            };
        }
    }
    format!("{van} t/m {tot}")
}

/// Decimals needed to write `v` as printed (at most 2).
fn decimals(v: f64) -> usize {
    (0..2)
        .find(|&d| {
            let f = 10f64.powi(d as i32);
            ((v * f).round() - v * f).abs() < 1e-6
        })
        .unwrap_or(2)
}

/// A number as published, with as many decimals as it has, in the language's notation
/// (`5.687` / `5,687`, `1,14` / `1.14`).
pub fn printed_number(lang: Lang, v: f64) -> String {
    let d = decimals(v);
    if d == 0 {
        format::int(lang, v.round() as i64)
    } else {
        format::dec(lang, v, d)
    }
}

/// A kerncijfers value in its unit, as published (`5.687`, `1,14%`, `€ 112,8 mln`, `<10`).
pub fn value_text(v: Value, eenheid: Eenheid, lang: Lang) -> String {
    let x = match v {
        Value::Number(x) => x,
        Value::Suppressed => return "<10".into(),
        Value::Missing => return "–".into(),
    };
    let n = printed_number(lang, x);
    match eenheid {
        Eenheid::Procent => format!("{n}%"),
        Eenheid::Procentpunt => format!("{n} {}", lang.t("procentpunt", "pp")),
        Eenheid::Euro => format!("€ {n}"),
        Eenheid::EuroMln => format!("€ {n} mln"),
        Eenheid::Uur => format!("{n} {}", lang.t("uur", "hours")),
        Eenheid::Aantal | Eenheid::EuroX1000 | Eenheid::Index | Eenheid::Cijfer => n,
    }
}

/// A finding's text for reading: codes with underscores as words (`tabel_6` → `tabel 6`),
/// the first letter a capital.
pub fn tidy(text: &str) -> String {
    super::capitalize(&text.replace('_', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_like_the_report() {
        let d = |y, m, dd| Date::from_ymd(y, m, dd).unwrap();
        assert_eq!(
            period_label(PeriodeType::Periode, Some(d(2024, 1, 1)), d(2024, 9, 30)),
            "Q1–Q3 2024"
        );
        assert_eq!(
            period_label(PeriodeType::Jaar, Some(d(2023, 1, 1)), d(2023, 12, 31)),
            "2023"
        );
        assert_eq!(
            period_label(PeriodeType::Kwartaal, Some(d(2024, 7, 1)), d(2024, 9, 30)),
            "Q3 2024"
        );
        assert_eq!(
            period_label(PeriodeType::Peildatum, None, d(2024, 9, 30)),
            "30-09-2024"
        );
        assert_eq!(
            period_label(PeriodeType::Periode, Some(d(2024, 1, 1)), d(2024, 10, 1)),
            "01-01-2024 t/m 01-10-2024"
        );
    }

    #[test]
    fn values_keep_their_printed_form() {
        assert_eq!(
            value_text(Value::Number(5687.0), Eenheid::Aantal, Lang::Nl),
            "5.687"
        );
        assert_eq!(
            value_text(Value::Number(1.14), Eenheid::Procent, Lang::Nl),
            "1,14%"
        );
        assert_eq!(
            value_text(Value::Number(114.46), Eenheid::EuroMln, Lang::Nl),
            "€ 114,46 mln"
        );
        assert_eq!(
            value_text(Value::Number(-1000.0), Eenheid::EuroX1000, Lang::Nl),
            "-1.000"
        );
        assert_eq!(
            value_text(Value::Number(-12.5), Eenheid::Procent, Lang::Nl),
            "-12,5%"
        );
        assert_eq!(
            value_text(Value::Missing, Eenheid::EuroX1000, Lang::Nl),
            "–"
        );
    }
}
