//! Messages: labels of domain categories that are not declared with the `category!` macro
//! of [`crate::model`] (which keys its own labels `Type::Variant`).

crate::messages! {
    // --- io: what the loader found -------------------------------------------------------

    /// [`crate::io::DetectedEncoding::Utf8Bom`].
    ENCODING_UTF8_BOM = "UTF-8 met BOM" / "UTF-8 with BOM";
    /// [`crate::io::DetectedEncoding::Utf8`].
    ENCODING_UTF8 = "UTF-8" / "UTF-8";
    /// [`crate::io::DetectedEncoding::Windows1252`].
    ENCODING_WINDOWS_1252 = "Windows-1252 (ANSI)" / "Windows-1252 (ANSI)";
    /// [`crate::io::DetectedEncoding::Utf16Le`].
    ENCODING_UTF16_LE = "UTF-16 (Unicode-tekst)" / "UTF-16 (Unicode text)";
    /// [`crate::io::MappingKind::Recognised`].
    MAPPING_RECOGNISED = "herkend" / "recognised";
    /// [`crate::io::MappingKind::Forced`].
    MAPPING_FORCED = "door u gekoppeld" / "mapped by you";
    /// [`crate::io::MappingKind::IgnoredByUser`].
    MAPPING_IGNORED_BY_USER = "door u genegeerd" / "ignored by you";
    /// [`crate::io::MappingKind::Unknown`].
    MAPPING_UNKNOWN = "onbekend, genegeerd" / "unknown, ignored";
    /// [`crate::io::MappingKind::NotUsed`].
    MAPPING_NOT_USED = "herkend, (nog) niet gebruikt" / "recognised, not used (yet)";
    /// [`crate::io::MappingKind::Duplicate`].
    MAPPING_DUPLICATE = "dubbel, genegeerd" / "duplicate, ignored";
    /// [`crate::io::MappingKind::Blank`].
    MAPPING_BLANK = "leeg" / "empty";
    /// [`crate::io::DateEvidence::DayFirst`].
    DATES_DAY_FIRST = "dag-maand-jaar (zeker)" / "day-month-year (certain)";
    /// [`crate::io::DateEvidence::Ambiguous`].
    DATES_AMBIGUOUS = "dubbelzinnig: gelezen als dag-maand-jaar" / "ambiguous: read as day-month-year";
    /// [`crate::io::DateEvidence::LooksMonthFirst`].
    DATES_LOOK_MONTH_FIRST = "lijkt maand-dag-jaar (Amerikaans)" / "looks month-day-year (American)";

    // --- BUIG -----------------------------------------------------------------------------

    /// [`crate::buig::BudgetVersion::Voorlopig`].
    BUDGET_VOORLOPIG = "voorlopig" / "provisional";
    /// [`crate::buig::BudgetVersion::NaderVoorlopig`].
    BUDGET_NADER_VOORLOPIG = "nader voorlopig" / "revised provisional";
    /// [`crate::buig::BudgetVersion::Definitief`].
    BUDGET_DEFINITIEF = "definitief" / "final";
    /// [`crate::buig::CaseloadPath::NationalPlusDifferential`].
    PATH_NATIONAL_PLUS_DIFFERENTIAL = "landelijke groei + lokaal verschil" / "national growth + local difference";
    /// [`crate::buig::CaseloadPath::Growth`].
    PATH_GROWTH = "vaste groei per jaar" / "fixed growth per year";
    /// [`crate::buig::CaseloadPath::Explicit`].
    PATH_EXPLICIT = "ingevoerd verloop" / "entered path";
    /// [`crate::buig::CaseloadPath::Flows`].
    PATH_FLOWS = "instroom − uitstroom − AOW" / "inflow − outflow − state pension";

    // --- Data quality ---------------------------------------------------------------------

    /// [`crate::quality::Severity::Info`].
    SEVERITY_INFO = "Info" / "Info";
    /// [`crate::quality::Severity::LetOp`].
    SEVERITY_LET_OP = "Let op" / "Worth a look";
}

#[cfg(test)]
mod tests {
    use crate::i18n::Msg;
    use crate::io::{DateEvidence, DetectedEncoding, MappingKind};
    use crate::model::*;

    fn labels() -> Vec<Msg> {
        let mut all: Vec<Msg> = Vec::new();
        all.extend(Geslacht::ALL.iter().map(|x| x.label()));
        all.extend(Afstand::ALL.iter().map(|x| x.label()));
        all.extend(Doelgroep::ALL.iter().map(|x| x.label()));
        all.extend(Huishoudtype::ALL.iter().map(|x| x.label()));
        all.extend(Uitstroomreden::ALL.iter().map(|x| x.label()));
        all.extend(Leeftijdsklasse::ALL.iter().map(|x| x.label()));
        all.extend(PeriodeType::ALL.iter().map(|x| x.label()));
        all.extend(Eenheid::ALL.iter().map(|x| x.label()));
        all.extend(Status::ALL.iter().map(|x| x.label()));
        all.extend(PersoonStatus::ALL.iter().map(|x| x.label()));
        all.extend(WerkgeverType::ALL.iter().map(|x| x.label()));
        all.extend(Toegangsroute::ALL.iter().map(|x| x.label()));
        all.extend(EindeReden::ALL.iter().map(|x| x.label()));
        all.extend(
            [
                DetectedEncoding::Utf8Bom,
                DetectedEncoding::Utf8,
                DetectedEncoding::Windows1252,
                DetectedEncoding::Utf16Le,
            ]
            .map(DetectedEncoding::label),
        );
        all.extend(
            [
                MappingKind::Recognised,
                MappingKind::Forced,
                MappingKind::IgnoredByUser,
                MappingKind::Unknown,
                MappingKind::NotUsed,
                MappingKind::Duplicate,
                MappingKind::Blank,
            ]
            .map(MappingKind::label),
        );
        all.extend(
            [
                DateEvidence::DayFirst,
                DateEvidence::Ambiguous,
                DateEvidence::LooksMonthFirst,
            ]
            .map(DateEvidence::label),
        );
        all
    }

    #[test]
    fn every_label_has_a_key_and_both_texts() {
        let all = labels();
        let mut keys: Vec<&str> = all.iter().map(|m| m.key).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n, "keys are unique");
        for m in &all {
            assert!(!m.nl.is_empty() && !m.en.is_empty(), "{m:?}");
            let dutch = crate::messages::check::dutch_words(m.en);
            assert!(dutch.is_empty(), "{m:?}: {dutch:?}");
        }
        assert_eq!(Geslacht::Vrouw.label().key, "Geslacht::Vrouw");
        assert_eq!(Afstand::Kort.label().en, "short distance");
    }
}
