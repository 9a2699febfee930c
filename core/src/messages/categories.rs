//! Messages: labels of domain categories that are not declared with the `category!` macro
//! of [`crate::model`] (which keys its own labels `Type::Variant`).

use crate::i18n::{Msg, Municipalities, Plain};

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
    MAPPING_RECOGNISED = "herkend aan de naam" / "recognised by its name";
    /// [`crate::io::MappingKind::ByWords`].
    MAPPING_BY_WORDS = "herkend aan de woorden in de kop" / "recognised by the words in its header";
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

    /// [`crate::seek::SeekError::InvalidRange`].
    SEEK_INVALID_RANGE = "Ongeldig zoekbereik." / "Invalid search range.";
    /// [`crate::seek::SeekError::NoSolutionInRange`].
    SEEK_NO_SOLUTION = "Geen oplossing binnen het zoekbereik." / "No solution within the search range.";
    /// [`crate::seek::SeekError::NonFinite`].
    SEEK_NON_FINITE = "De berekening gaf geen getal binnen het zoekbereik." / "The calculation gave no number within the search range.";
    /// [`crate::seek::SeekError::NoConvergence`].
    SEEK_NO_CONVERGENCE = "Geen oplossing binnen de tolerantie gevonden (sprong in de uitkomst?)."
        / "No solution found within the tolerance (a jump in the result?).";

    /// `bijstand_quality::Severity::Info`.
    SEVERITY_INFO = "Info" / "Info";
    /// `bijstand_quality::Severity::LetOp`.
    SEVERITY_LET_OP = "Let op" / "Worth a look";

    // --- LKS --------------------------------------------------------------------------------

    /// [`crate::lks::TargetDefinition::NetStockGrowth`].
    TARGET_NET_STOCK_GROWTH = "Netto groei lopende contracten" / "Net growth of running contracts";
    /// [`crate::lks::TargetDefinition::MoreStarts`].
    TARGET_MORE_STARTS = "Meer gestarte contracten dan vorig jaar" / "More contracts started than last year";
    /// [`crate::lks::TargetDefinition::MoreInUse`].
    TARGET_MORE_IN_USE = "Meer contracten in gebruik dan vorig jaar" / "More contracts in use than last year";
    /// Explanation of [`crate::lks::TargetDefinition::NetStockGrowth`].
    TARGET_NET_STOCK_GROWTH_DESCRIPTION = "Het aantal lopende LKS-contracten groeit in het jaar met minstens de streefwaarde \
                 (stand 31-12 min stand 1-1)."
        / "The number of running LKS contracts grows during the year by at least the target \
                 (stock on 31-12 minus stock on 1-1).";
    /// Explanation of [`crate::lks::TargetDefinition::MoreStarts`].
    TARGET_MORE_STARTS_DESCRIPTION = "Het aantal in een jaar gestarte LKS-contracten is minstens de streefwaarde hoger \
                 dan in het vorige jaar (\"aantal in een jaar ingezette contracten\")."
        / "The number of LKS contracts started in a year exceeds the previous year's by at \
                 least the target (\"contracts deployed in a year\").";
    /// Explanation of [`crate::lks::TargetDefinition::MoreInUse`].
    TARGET_MORE_IN_USE_DESCRIPTION = "Het aantal contracten in gebruik (lopend op 1-1 plus gestart) is minstens de \
                 streefwaarde hoger dan in het vorige jaar."
        / "The number of contracts in use (running on 1-1 plus started) exceeds the \
                 previous year's by at least the target.";
    /// [`crate::lks::EndingsMethod::PaceSoFar`].
    ENDINGS_PACE_SO_FAR = "beëindigingen in het tempo tot nu toe" / "endings at the pace so far";
    /// [`crate::lks::EndingsMethod::Hazard`].
    ENDINGS_HAZARD = "beëindigingen als percentage van het lopende bestand" / "endings as a share of the running stock";

    // --- Projection, reference, composition, dynamics ----------------------------------------

    /// [`crate::projection::Method::AbsoluteFlows`].
    METHOD_ABSOLUTE_FLOWS = "vaste in- en uitstroom" / "fixed inflow and outflow";
    /// [`crate::projection::Method::OutflowRate`].
    METHOD_OUTFLOW_RATE = "uitstroom als kans per maand" / "outflow as a monthly probability";
    /// [`crate::projection::Method::Reconciled`].
    METHOD_RECONCILED = "met aansluitingsverschil" / "with the reconciliation gap";
    /// [`crate::projection::Method::Budget`].
    METHOD_BUDGET = "groeiaanname begroting" / "budget growth assumption";
    /// [`crate::reference::Reference::National`].
    REFERENCE_NATIONAL = "landelijk" / "national";
    /// [`crate::reference::Reference::ReferenceGroup`].
    REFERENCE_GROUP = "referentiegroep" / "reference group";
    /// [`crate::reference::Reference::Gemeenten`].
    fn reference_gemeenten(n: Municipalities) = "referentiegroep van {n}" / "reference group of {n}";
    /// The noun of [`crate::i18n::Municipalities`] for one.
    MUNICIPALITY = "gemeente" / "municipality";
    /// The noun of [`crate::i18n::Municipalities`] for any other number.
    MUNICIPALITIES = "gemeenten" / "municipalities";
    /// [`crate::reference::Denominator::Peildatum`].
    DENOMINATOR_PEILDATUM = "bestand op peildatum" / "caseload on the reference date";
    /// [`crate::reference::Denominator::AverageBestand`].
    DENOMINATOR_AVERAGE = "gemiddeld bestand over de periode" / "average caseload over the period";
    /// [`crate::reference::Denominator::AfstandLang`].
    DENOMINATOR_AFSTAND_LANG = "alleen lange afstand tot de arbeidsmarkt" / "only long distance to the labour market";
    /// [`crate::caseload::Precedence::StatushouderFirst`].
    PRECEDENCE_STATUSHOUDER_FIRST = "statushouder gaat voor jongere" / "refugee before youth";
    /// [`crate::caseload::Precedence::JongereFirst`].
    PRECEDENCE_JONGERE_FIRST = "jongere gaat voor statushouder" / "youth before refugee";
    /// [`crate::caseload::duration::DurationBand::UnderOneYear`].
    DURATION_UNDER_ONE_YEAR = "korter dan 1 jaar" / "less than 1 year";
    /// [`crate::caseload::duration::DurationBand::OneToTwoYears`].
    DURATION_ONE_TO_TWO_YEARS = "1 tot 2 jaar" / "1 to 2 years";
    /// [`crate::caseload::duration::DurationBand::TwoToFiveYears`].
    DURATION_TWO_TO_FIVE_YEARS = "2 tot 5 jaar" / "2 to 5 years";
    /// [`crate::caseload::duration::DurationBand::FiveToTenYears`].
    DURATION_FIVE_TO_TEN_YEARS = "5 tot 10 jaar" / "5 to 10 years";
    /// [`crate::caseload::duration::DurationBand::TenYearsOrMore`].
    DURATION_TEN_YEARS_OR_MORE = "10 jaar of langer" / "10 years or more";
    /// [`crate::dynamics::OutflowToWork::Werk`].
    NAAR_WERK_WERK = "werkaanvaarding" / "taking up work";
    /// [`crate::dynamics::OutflowToWork::WerkZelfstandig`].
    NAAR_WERK_ZELFSTANDIG = "werkaanvaarding + zelfstandig" / "taking up work + self-employment";
    /// [`crate::dynamics::OutflowToWork::WerkZelfstandigWerkplein`].
    NAAR_WERK_WERKPLEIN = "werkaanvaarding + zelfstandig + plaatsing Werkplein" / "taking up work + self-employment + Werkplein placement";
    /// A month and year (`feb 2019` / `Feb 2019`): the month is one of the `MONTH_*` names.
    fn month_year(month: Msg, year: Plain<i32>) = "{month} {year}" / "{month} {year}";
    /// January.
    MONTH_1 = "jan" / "Jan";
    /// February.
    MONTH_2 = "feb" / "Feb";
    /// March.
    MONTH_3 = "mrt" / "Mar";
    /// April.
    MONTH_4 = "apr" / "Apr";
    /// May.
    MONTH_5 = "mei" / "May";
    /// June.
    MONTH_6 = "jun" / "Jun";
    /// July.
    MONTH_7 = "jul" / "Jul";
    /// August.
    MONTH_8 = "aug" / "Aug";
    /// September.
    MONTH_9 = "sep" / "Sep";
    /// October.
    MONTH_10 = "okt" / "Oct";
    /// November.
    MONTH_11 = "nov" / "Nov";
    /// December.
    MONTH_12 = "dec" / "Dec";
}

/// The short month names, January first.
pub const MONTHS: [crate::i18n::Msg; 12] = [
    MONTH_1, MONTH_2, MONTH_3, MONTH_4, MONTH_5, MONTH_6, MONTH_7, MONTH_8, MONTH_9, MONTH_10,
    MONTH_11, MONTH_12,
];

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
                MappingKind::ByWords,
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
        all.extend(crate::caseload::duration::DurationBand::ALL.map(|b| b.label()));
        for t in crate::lks::TargetDefinition::ALL {
            all.extend([t.label(), t.description()]);
        }
        all.extend(
            [
                crate::lks::EndingsMethod::PaceSoFar,
                crate::lks::EndingsMethod::Hazard,
            ]
            .map(|m| m.label()),
        );
        all.extend(
            [
                crate::projection::Method::AbsoluteFlows,
                crate::projection::Method::OutflowRate,
                crate::projection::Method::Reconciled,
                crate::projection::Method::Budget,
            ]
            .map(|m| m.label()),
        );
        all.extend(super::MONTHS);
        all
    }

    #[test]
    fn seek_errors_have_both_texts() {
        use crate::lang::Lang;
        use crate::seek::SeekError;
        for e in [
            SeekError::InvalidRange,
            SeekError::NoSolutionInRange {
                value_lo: 1.0,
                value_hi: 2.0,
            },
            SeekError::NonFinite { x: 1.0 },
            SeekError::NoConvergence {
                best_x: 1.0,
                best_value: 2.0,
            },
        ] {
            crate::messages::check::assert_translated(e.message(Lang::Nl), e.message(Lang::En));
        }
    }

    #[test]
    fn month_labels_follow_the_language() {
        use crate::lang::Lang;
        let feb = crate::dynamics::month(2019, 2);
        assert_eq!(crate::dynamics::month_label(feb, Lang::Nl), "feb 2019");
        assert_eq!(crate::dynamics::month_label(feb, Lang::En), "Feb 2019");
        let mar = crate::dynamics::month(2024, 3);
        assert_eq!(crate::dynamics::month_label(mar, Lang::Nl), "mrt 2024");
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
