//! The words real exports use for values (issue 11): leefvorm descriptions, end reasons
//! in free text and the role of a person in a dossier. Inputs are already passed through
//! [`crate::text::normalize`].

use crate::model::{Huishoudtype, Uitstroomreden};

/// A leefvorm or household description: `Some(Some(_))` for a household type,
/// `Some(None)` for a known "other/unknown" wording (`anders`, `tehuisbewoner`), `None`
/// when the text is not recognised.
pub(crate) fn huishoudtype(s: &str) -> Option<Option<Huishoudtype>> {
    if s.is_empty() {
        return Some(None);
    }
    if let Some(h) = Huishoudtype::parse_normalized(s) {
        return Some(Some(h));
    }
    let has = |w: &[&str]| w.iter().any(|w| s.contains(w));
    if has(&["ouder", "eenouder"]) {
        Some(Some(Huishoudtype::AlleenstaandeOuder))
    } else if has(&["gehuwd", "samenwon", "echtpa", "paar", "gezin", "partner"]) {
        Some(Some(Huishoudtype::Paar))
    } else if has(&["alleenst", "alleen"]) {
        Some(Some(Huishoudtype::Alleenstaand))
    } else if has(&[
        "anders",
        "overig",
        "onbekend",
        "tehuis",
        "kostganger",
        "inwonend",
    ]) {
        Some(None)
    } else {
        None
    }
}

/// An end reason in the file's own words, by the words it contains; `overig` when none
/// fits.
pub(crate) fn uitstroomreden(s: &str) -> Uitstroomreden {
    use Uitstroomreden as U;
    let has = |w: &[&str]| w.iter().any(|w| s.contains(w));
    if has(&["overl", "death"]) {
        U::Overlijden
    } else if has(&["aow", "pensioen"]) {
        U::Aow
    } else if has(&["zelfstandig", "zzp", "eigen bedrijf", "onderneming"]) {
        U::Zelfstandig
    } else if has(&["werkplein"]) {
        U::WerkWerkplein
    } else if has(&["studie", "opleiding", "school", "studiefinanciering"]) {
        U::Studie
    } else if has(&[
        "verhuiz",
        "verhuisd",
        "vertrek",
        "andere gemeente",
        "emigratie",
    ]) {
        U::Verhuizing
    } else if has(&["werk", "arbeid", "baan", "dienstverband", "loon"]) && !has(&["ongeschikt"]) {
        U::Werk
    } else if has(&["onbekend"]) {
        U::Onbekend
    } else {
        U::Overig
    }
}

/// The role of a person in a dossier (`Type`: `A` aanvrager, `P` partner).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Role {
    /// Not given or not recognised.
    #[default]
    Unknown,
    /// The applicant (aanvrager, hoofduitkeringsgerechtigde).
    Applicant,
    /// The partner.
    Partner,
}

/// A role cell.
pub(crate) fn role(s: &str) -> Role {
    match s {
        "a" | "aanvrager" | "hoofdaanvrager" | "hug" | "hoofd" | "applicant" | "aanvr" => {
            Role::Applicant
        }
        "p" | "partner" | "pug" => Role::Partner,
        _ => Role::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    #[test]
    fn leefvorm_texts_read_as_household_types() {
        let h = |s: &str| huishoudtype(&normalize(s));
        assert_eq!(h("Alleenstaande"), Some(Some(Huishoudtype::Alleenstaand)));
        assert_eq!(
            h("Alleenstaande ouder"),
            Some(Some(Huishoudtype::AlleenstaandeOuder))
        );
        assert_eq!(h("Gehuwd/samenwonend"), Some(Some(Huishoudtype::Paar)));
        assert_eq!(h("Gehuwden"), Some(Some(Huishoudtype::Paar)));
        assert_eq!(h("Echtparen"), Some(Some(Huishoudtype::Paar)));
        assert_eq!(
            h("Eenoudergezin"),
            Some(Some(Huishoudtype::AlleenstaandeOuder))
        );
        assert_eq!(h("Anders"), Some(None));
        assert_eq!(h("Tehuisbewoner"), Some(None));
        assert_eq!(h("blauw"), None);
    }

    #[test]
    fn free_text_end_reasons_fall_back_to_overig() {
        let u = |s: &str| uitstroomreden(&normalize(s));
        assert_eq!(u("Werkaanvaarding"), Uitstroomreden::Werk);
        assert_eq!(u("Werk als zelfstandige"), Uitstroomreden::Zelfstandig);
        assert_eq!(u("Bereiken AOW-leeftijd"), Uitstroomreden::Aow);
        assert_eq!(u("Start opleiding"), Uitstroomreden::Studie);
        assert_eq!(
            u("Verhuizing naar andere gemeente"),
            Uitstroomreden::Verhuizing
        );
        assert_eq!(u("Overlijden"), Uitstroomreden::Overlijden);
        assert_eq!(u("Arbeidsongeschiktheid (WIA)"), Uitstroomreden::Overig);
        assert_eq!(u("Inkomsten partner"), Uitstroomreden::Overig);
        assert_eq!(u("Detentie"), Uitstroomreden::Overig);
    }

    #[test]
    fn roles() {
        assert_eq!(role("a"), Role::Applicant);
        assert_eq!(role("p"), Role::Partner);
        assert_eq!(role(""), Role::Unknown);
    }
}
