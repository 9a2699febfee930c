//! What an indicator measures and in which unit, recognised from a CBS topic key
//! (`Bijstandsontvangers_2`), a StatLine label (`Instroom` with unit `%`) or a
//! waarstaatjegemeente label (`Personen met bijstand …`).

/// The meaning of an indicator, as far as the comparison screens use it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Measure {
    /// Inhabitants (`Inwoners`).
    Inhabitants,
    /// Persons with bijstand (`Bijstandsontvangers`).
    Recipients,
    /// Recipients per 1,000 inhabitants (`Bijstandsdichtheid`, waarstaatjegemeente).
    Density,
    /// Instroom: persons who started bijstand in the period.
    Inflow,
    /// Instroom as a percentage, as published.
    InflowRate,
    /// Uitstroom: persons whose bijstand ended in the period.
    Outflow,
    /// Uitstroom as a percentage, as published.
    OutflowRate,
    /// Uitstroom naar werk.
    OutflowToWork,
    /// Uitstroom naar werk as a percentage, as published.
    OutflowToWorkRate,
    /// Bijstand benefits (uitkeringen) in total (national series).
    Benefits,
    /// Bijstand benefits of people under the AOW age.
    BenefitsUnderAow,
    /// Bijstand benefits of people of AOW age and older.
    BenefitsAowAndOver,
    /// Anything else the file holds (re-integration, WSW, other benefits): kept by label.
    Other,
}

/// The unit of an indicator's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Unit {
    /// A number of persons or benefits.
    Count,
    /// Thousands (`x 1 000`): the national series.
    Thousands,
    /// Per 1,000 inhabitants.
    PerThousand,
    /// Percent.
    Percent,
    /// Not stated in the file.
    Unknown,
}

impl Unit {
    /// The factor from the published value to a count (1000 for thousands, else 1).
    pub fn factor(self) -> f64 {
        match self {
            Unit::Thousands => 1000.0,
            _ => 1.0,
        }
    }

    /// The unit named in a label or unit cell (`aantal`, `%`, `per 1 000 inwoners`,
    /// `x 1 000`), if any.
    pub(crate) fn from_text(text: &str) -> Option<Unit> {
        let t = squash(text);
        if t.contains("per1000") || t.contains("per1.000") || t.contains("promille") {
            Some(Unit::PerThousand)
        } else if t.contains('%') || t.contains("procent") || t.contains("percentage") {
            Some(Unit::Percent)
        } else if t.contains("x1000") || t.contains("x1.000") || t.contains("duizend") {
            Some(Unit::Thousands)
        } else if t.contains("aantal") {
            Some(Unit::Count)
        } else {
            None
        }
    }
}

/// Lower case without spaces, diacritics, `-` or `_` (`Uitstroom naar werk` and
/// `UitstroomNaarWerk_8` both become `uitstroomnaarwerk8`).
pub(crate) fn squash(text: &str) -> String {
    crate::text::normalize(text)
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '\''))
        .collect()
}

/// The measure a label names, given its unit. `label` may be a CBS key or a label.
pub(crate) fn classify(label: &str, unit: Unit) -> Measure {
    let t = squash(label);
    let rate = unit == Unit::Percent;
    let flow = |count: Measure, pct: Measure| if rate { pct } else { count };
    if t.starts_with("inwoners") || t.starts_with("bevolking") {
        Measure::Inhabitants
    } else if t.contains("integratie")
        || t.contains("wsw")
        || t.contains("ioaw")
        || t.contains("ioaz")
    {
        Measure::Other
    } else if t.contains("uitstro") && t.contains("werk") {
        flow(Measure::OutflowToWork, Measure::OutflowToWorkRate)
    } else if t.contains("uitstro") {
        flow(Measure::Outflow, Measure::OutflowRate)
    } else if t.contains("instro") {
        flow(Measure::Inflow, Measure::InflowRate)
    } else if t.contains("bijstandsdichtheid")
        || (t.contains("bijstand") && unit == Unit::PerThousand)
    {
        Measure::Density
    } else if t.contains("bijstandsuitkeringentotdeaow") {
        Measure::BenefitsUnderAow
    } else if t.contains("bijstandsuitkeringenvanafaow") {
        Measure::BenefitsAowAndOver
    } else if t.contains("totaalbijstandsuitkeringen") || t == "bijstandsuitkeringen" {
        Measure::Benefits
    } else if (t.contains("bijstandsontvangers") || t.contains("personenmetbijstand")) && !rate {
        Measure::Recipients
    } else {
        Measure::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_labels() {
        assert_eq!(
            classify("Bijstandsontvangers_2", Unit::Count),
            Measure::Recipients
        );
        assert_eq!(classify("Instromers_5", Unit::Percent), Measure::InflowRate);
        assert_eq!(classify("Instroom (aantal)", Unit::Count), Measure::Inflow);
        assert_eq!(
            classify("UitstroomNaarWerk_8", Unit::Count),
            Measure::OutflowToWork
        );
        assert_eq!(
            classify("Uitstroom naar werk", Unit::Percent),
            Measure::OutflowToWorkRate
        );
        assert_eq!(
            classify("Bijstandsdichtheid_3", Unit::PerThousand),
            Measure::Density
        );
        assert_eq!(
            classify(
                "Personen met bijstand en bijstand gerelateerde uitkering",
                Unit::PerThousand
            ),
            Measure::Density
        );
        assert_eq!(
            classify("PersonenMetBijstandEnReIntegratie_13", Unit::Count),
            Measure::Other
        );
        assert_eq!(
            classify("TotaalBijstandsuitkeringen_11", Unit::Thousands),
            Measure::Benefits
        );
        assert_eq!(
            classify("BijstandsuitkeringenTotDeAOWLeeftijd_12", Unit::Thousands),
            Measure::BenefitsUnderAow
        );
        assert_eq!(
            classify("IOAWUitkeringen_14", Unit::Thousands),
            Measure::Other
        );
        assert_eq!(classify("Inwoners_1", Unit::Count), Measure::Inhabitants);
    }

    #[test]
    fn units_from_text() {
        assert_eq!(
            Unit::from_text("per 1 000 inwoners"),
            Some(Unit::PerThousand)
        );
        assert_eq!(
            Unit::from_text("(per 1.000 inwoners)"),
            Some(Unit::PerThousand)
        );
        assert_eq!(Unit::from_text("%"), Some(Unit::Percent));
        assert_eq!(Unit::from_text("x 1 000"), Some(Unit::Thousands));
        assert_eq!(Unit::from_text("aantal"), Some(Unit::Count));
        assert_eq!(Unit::from_text("Instroom"), None);
    }
}
