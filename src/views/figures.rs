//! How kerncijfers codes and values are written: labels of indicators, categories,
//! dimensions and versions, periods, and numbers as published. Shared by the Kerncijfers
//! and Datakwaliteit screen models (and the comparison).

use bijstand_core::date::Date;
use bijstand_core::format;
use bijstand_core::i18n::Msg;
use bijstand_core::lang::Lang;
use bijstand_core::model::{Eenheid, PeriodeType, Value};

use crate::messages::figures as msg;
use crate::messages::kerncijfers as kmsg;

/// The label of a known indicator.
fn indicator_label(code: &str) -> Option<Msg> {
    Some(match code {
        "bestand_uitkeringen" => msg::IND_BESTAND_UITKERINGEN,
        "bestand_groei" => msg::IND_BESTAND_GROEI,
        "bestand_score_referentie" => msg::IND_BESTAND_SCORE_REFERENTIE,
        "bestand_index" => msg::IND_BESTAND_INDEX,
        "aandeel_doelgroep" => msg::IND_AANDEEL_DOELGROEP,
        "instroom" => msg::IND_INSTROOM,
        "uitstroom" => msg::IND_UITSTROOM,
        "uitstroom_gedeeltelijk" => msg::IND_UITSTROOM_GEDEELTELIJK,
        "uitstroom_aow_verwacht" => msg::IND_UITSTROOM_AOW_VERWACHT,
        "traject_deelnemers" => msg::IND_TRAJECT_DEELNEMERS,
        "hulpverlening_trajecten" => msg::IND_HULPVERLENING_TRAJECTEN,
        "sociale_activering_pct" => msg::IND_SOCIALE_ACTIVERING_PCT,
        "opmaat_bijeenkomsten" => msg::IND_OPMAAT_BIJEENKOMSTEN,
        "opmaat_organisatie_uren" => msg::IND_OPMAAT_ORGANISATIE_UREN,
        "lks_lopend_begin" => msg::IND_LKS_LOPEND_BEGIN,
        "lks_gestart" => msg::IND_LKS_GESTART,
        "lks_beeindigd" => msg::IND_LKS_BEEINDIGD,
        "lks_totaal" => msg::IND_LKS_TOTAAL,
        "lks_lopend" => msg::IND_LKS_LOPEND,
        "lks_streef_toename" => msg::IND_LKS_STREEF_TOENAME,
        "reintegratie_trajecten" => msg::IND_REINTEGRATIE_TRAJECTEN,
        "plaatsingen_werkplein" => msg::IND_PLAATSINGEN_WERKPLEIN,
        "plaatsingen_werkplein_t_o_v_doel" => msg::IND_PLAATSINGEN_WERKPLEIN_T_O_V_DOEL,
        "ondersteunde_werkzoekenden" => msg::IND_ONDERSTEUNDE_WERKZOEKENDEN,
        "buig_budget" => msg::IND_BUIG_BUDGET,
        "buig_budget_mutatie" => msg::IND_BUIG_BUDGET_MUTATIE,
        "buig_uitgaven" => msg::IND_BUIG_UITGAVEN,
        "buig_resultaat" => msg::IND_BUIG_RESULTAAT,
        "buig_groeiaanname" => msg::IND_BUIG_GROEIAANNAME,
        "programmabudget" => msg::IND_PROGRAMMABUDGET,
        "programmadekking" => msg::IND_PROGRAMMADEKKING,
        "statushouders_taakstelling" => msg::IND_STATUSHOUDERS_TAAKSTELLING,
        "inburgering_deelnames" => msg::IND_INBURGERING_DEELNAMES,
        "inburgering_zroute_deelnemers" => msg::IND_INBURGERING_ZROUTE_DEELNEMERS,
        "inburgering_zroute_uitgeplaatst" => msg::IND_INBURGERING_ZROUTE_UITGEPLAATST,
        "vip_pilot_deelnemers" => msg::IND_VIP_PILOT_DEELNEMERS,
        "jongerenketen_instroom" => msg::IND_JONGERENKETEN_INSTROOM,
        "jongerenketen_lopend" => msg::IND_JONGERENKETEN_LOPEND,
        "jongerenketen_uitstroom" => msg::IND_JONGERENKETEN_UITSTROOM,
        "jongerenketen_lks_contracten" => msg::IND_JONGERENKETEN_LKS_CONTRACTEN,
        "loonwaarde_beschut" => msg::IND_LOONWAARDE_BESCHUT,
        "beschut_aantal" => msg::IND_BESCHUT_AANTAL,
        "beschut_groei" => msg::IND_BESCHUT_GROEI,
        "beschut_dienstverbanden_mutatie" => msg::IND_BESCHUT_DIENSTVERBANDEN_MUTATIE,
        "beschut_dienstverbanden_mutatie_pct" => msg::IND_BESCHUT_DIENSTVERBANDEN_MUTATIE_PCT,
        "werkroute_trajecten" => msg::IND_WERKROUTE_TRAJECTEN,
        "werkroute_groei" => msg::IND_WERKROUTE_GROEI,
        "klanttevredenheid" => msg::IND_KLANTTEVREDENHEID,
        _ => return None,
    })
}

/// The label of a known category, by dimension; `None` for an unknown code.
pub fn category_label(dimensie: &str, categorie: &str, lang: Lang) -> Option<String> {
    let known = match (dimensie, categorie) {
        ("uitstroomreden", "totaal") => msg::CAT_UITSTROOMREDEN_TOTAAL,
        ("uitstroomreden", "werk") => msg::CAT_UITSTROOMREDEN_WERK,
        ("uitstroomreden", "studie") => msg::CAT_UITSTROOMREDEN_STUDIE,
        ("uitstroomreden", "werk_werkplein") => msg::CAT_UITSTROOMREDEN_WERK_WERKPLEIN,
        ("uitstroomreden", "zelfstandig") => msg::CAT_UITSTROOMREDEN_ZELFSTANDIG,
        ("uitstroomreden", "overig") => msg::CAT_UITSTROOMREDEN_OVERIG,
        ("budgetregel_direct", _) | ("budgetregel_apparaat", _) | ("budgetregel_totaal", _) => {
            return bijstand_core::programme::line_label(categorie)
                .map(|m| m.get(lang).to_string());
        }
        ("dekkingsbron", "algemene_middelen") => msg::CAT_DEKKINGSBRON_ALGEMENE_MIDDELEN,
        ("dekkingsbron", "reserves") => msg::CAT_DEKKINGSBRON_RESERVES,
        ("dekkingsbron", "detachering_personeel") => msg::CAT_DEKKINGSBRON_DETACHERING_PERSONEEL,
        ("dekkingsbron", "specifieke_uitkering_inburgering") => {
            msg::CAT_DEKKINGSBRON_SPECIFIEKE_UITKERING_INBURGERING
        }
        ("dekkingsbron", "specifieke_uitkering_educatie") => {
            msg::CAT_DEKKINGSBRON_SPECIFIEKE_UITKERING_EDUCATIE
        }
        ("dekkingsbron", "subsidies_bijdragen_centrumtaken") => {
            msg::CAT_DEKKINGSBRON_SUBSIDIES_BIJDRAGEN_CENTRUMTAKEN
        }
        ("dekkingsbron", "totaal") => msg::CAT_DEKKINGSBRON_TOTAAL,
        ("deelbudget", "totaal") => msg::CAT_DEELBUDGET_TOTAAL,
        (_, "totaal") => msg::CAT_TOTAAL,
        (_, "jongere") => msg::CAT_JONGERE,
        (_, "statushouder") => msg::CAT_STATUSHOUDER,
        (_, "overig") => msg::CAT_OVERIG,
        (_, "gemeente") => msg::CAT_GEMEENTE,
        (_, "landelijk") => msg::CAT_LANDELIJK,
        (_, "referentiegroep") => msg::CAT_REFERENTIEGROEP,
        (_, "lang") => msg::CAT_LANG,
        (_, "kort") => msg::CAT_KORT,
        (_, "leeftijd_55_aow") => msg::CAT_LEEFTIJD_55_AOW,
        (_, "activering_rap") => msg::CAT_ACTIVERING_RAP,
        (_, "hulpverlening") => msg::CAT_HULPVERLENING,
        (_, "wijkteam") => msg::CAT_WIJKTEAM,
        (_, "eigen_kracht") => msg::CAT_EIGEN_KRACHT,
        (_, "entreeopleiding") => msg::CAT_ENTREEOPLEIDING,
        (_, "mantelzorg") => msg::CAT_MANTELZORG,
        (_, "sociale_activering") => msg::CAT_SOCIALE_ACTIVERING,
        (_, "vrijwilligerswerk") => msg::CAT_VRIJWILLIGERSWERK,
        (_, "opstap") => msg::CAT_OPSTAP,
        (_, "eerste_helft") => msg::CAT_EERSTE_HELFT,
        (_, "tweede_helft") => msg::CAT_TWEEDE_HELFT,
        (_, "b1") => msg::CAT_B1,
        (_, "onderwijs") => msg::CAT_ONDERWIJS,
        (_, "z") => msg::CAT_Z,
        (_, "uitkeringen") => msg::CAT_UITKERINGEN,
        (_, "lks") => msg::CAT_LKS,
        (_, "rijk") => msg::CAT_RIJK,
        (_, "lokaal_verschil") => msg::CAT_LOKAAL_VERSCHIL,
        (_, "hug") => msg::CAT_HUG,
        (_, "pug") => msg::CAT_PUG,
        (_, "nug") => msg::CAT_NUG,
        (_, "werk") => msg::CAT_WERK,
        (_, "studie") => msg::CAT_STUDIE,
        (_, "sw") => msg::CAT_SW,
        (_, "sw_rvu") => msg::CAT_SW_RVU,
        (_, "sw_gedetacheerd") => msg::CAT_SW_GEDETACHEERD,
        (_, "sw_extern_dienstverband") => msg::CAT_SW_EXTERN_DIENSTVERBAND,
        (_, "nieuw_beschut") => msg::CAT_NIEUW_BESCHUT,
        (_, "nieuw_beschut_gedetacheerd") => msg::CAT_NIEUW_BESCHUT_GEDETACHEERD,
        (_, "nieuw_beschut_extern_dienstverband") => msg::CAT_NIEUW_BESCHUT_EXTERN_DIENSTVERBAND,
        (_, "dcw_totaal") => msg::CAT_DCW_TOTAAL,
        (_, "werkroute_zroute") => msg::CAT_WERKROUTE_ZROUTE,
        (_, "werkroute_arbeidsfit") => msg::CAT_WERKROUTE_ARBEIDSFIT,
        (_, "werkroute_diagnose") => msg::CAT_WERKROUTE_DIAGNOSE,
        _ => return None,
    };
    Some(known.get(lang).to_string())
}

/// Label of a dimension used as a column (Annex 1's cost types).
pub fn dimension_label(dimensie: &str) -> Option<Msg> {
    Some(match dimensie {
        "budgetregel_direct" => msg::DIM_BUDGETREGEL_DIRECT,
        "budgetregel_apparaat" => msg::DIM_BUDGETREGEL_APPARAAT,
        "budgetregel_totaal" => msg::DIM_BUDGETREGEL_TOTAAL,
        _ => return None,
    })
}

/// Label of a `versie` code.
pub fn version_label(versie: &str, lang: Lang) -> String {
    let known = match versie {
        "tabel_6" => Some(msg::VERSION_TABEL_6),
        "tabel_10" => Some(msg::VERSION_TABEL_10),
        "tabel_14" => Some(msg::VERSION_TABEL_14),
        "figuur_9" => Some(msg::VERSION_FIGUUR_9),
        "figuur_5" => Some(msg::VERSION_FIGUUR_5),
        "tekst" => Some(msg::VERSION_TEKST),
        "afgeleid" => Some(msg::VERSION_AFGELEID),
        "gedrukt" => Some(msg::VERSION_GEDRUKT),
        "prognosemodel" => Some(msg::VERSION_PROGNOSEMODEL),
        "voorlopig" => Some(msg::VERSION_VOORLOPIG),
        "nader_voorlopig" => Some(msg::VERSION_NADER_VOORLOPIG),
        "definitief" => Some(msg::VERSION_DEFINITIEF),
        _ => None,
    };
    match known {
        Some(m) => m.get(lang).to_string(),
        None => match versie.strip_prefix("peildatum_") {
            // `peildatum_2024_07_01` → "peildatum 01-07-2024".
            Some(d) => {
                let parts: Vec<&str> = d.split('_').collect();
                let date = match parts[..] {
                    [y, m, dd] => match (y.parse(), m.parse(), dd.parse()) {
                        (Ok(y), Ok(m), Ok(dd)) => {
                            Date::from_ymd(y, m, dd).map(|d| format::date(lang, d))
                        }
                        _ => None,
                    },
                    _ => None,
                }
                .unwrap_or_else(|| d.replace('_', "-"));
                kmsg::reference_date(lang, &date)
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
    indicator_label(code).map_or_else(|| humanize(code), |m| m.get(lang).to_string())
}

/// Label of a category code within its dimension: the known label, else the code in words.
pub fn cat_label(dimensie: &str, categorie: &str, lang: Lang) -> String {
    category_label(dimensie, categorie, lang).unwrap_or_else(|| humanize(categorie))
}

/// `Q1–Q3 2024`, `2023`, `30-09-2024`, `feb 2019` or `01-01-2024 t/m 01-10-2024` (in
/// English `30 Sep 2024`, `Feb 2019`, `1 Jan 2024 to 1 Oct 2024`).
pub fn period_label(lang: Lang, periode_type: PeriodeType, van: Option<Date>, tot: Date) -> String {
    let Some(van) = van else {
        return format::date(lang, tot);
    };
    let (vy, vm, vd) = van.ymd();
    let (ty, tm, _) = tot.ymd();
    let month_end = tot.month_end() == tot;
    if vy == ty && vd == 1 && month_end {
        if vm == 1 && tm == 12 {
            return vy.to_string();
        }
        if periode_type == PeriodeType::Maand || vm == tm {
            return bijstand_core::dynamics::month_label(van.month_index(), lang);
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
    crate::messages::common::period_through(lang, van, tot)
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
    // Money with its sign before the euro sign: `−€ 1,2 mln`, not `€ -1,2 mln`.
    let money = |euro: fn(Lang, &str) -> String| match n.strip_prefix('-') {
        Some(abs) => format!("{}{}", format::MINUS, euro(lang, abs)),
        None => euro(lang, &n),
    };
    match eenheid {
        Eenheid::Procent => format!("{n}%"),
        Eenheid::Procentpunt => kmsg::percentage_points(lang, &n),
        Eenheid::Euro => money(kmsg::euro),
        Eenheid::EuroMln => money(kmsg::euro_mln),
        Eenheid::Uur => kmsg::hours(lang, &n),
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
            period_label(
                Lang::Nl,
                PeriodeType::Periode,
                Some(d(2024, 1, 1)),
                d(2024, 9, 30)
            ),
            "Q1–Q3 2024"
        );
        assert_eq!(
            period_label(
                Lang::Nl,
                PeriodeType::Jaar,
                Some(d(2023, 1, 1)),
                d(2023, 12, 31)
            ),
            "2023"
        );
        assert_eq!(
            period_label(
                Lang::Nl,
                PeriodeType::Kwartaal,
                Some(d(2024, 7, 1)),
                d(2024, 9, 30)
            ),
            "Q3 2024"
        );
        assert_eq!(
            period_label(Lang::Nl, PeriodeType::Peildatum, None, d(2024, 9, 30)),
            "30-09-2024"
        );
        assert_eq!(
            period_label(
                Lang::Nl,
                PeriodeType::Periode,
                Some(d(2024, 1, 1)),
                d(2024, 10, 1)
            ),
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
            value_text(Value::Number(-1.2), Eenheid::EuroMln, Lang::Nl),
            "−€ 1,2 mln"
        );
        assert_eq!(
            value_text(Value::Number(-1.2), Eenheid::EuroMln, Lang::En),
            "−€1.2 m"
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
