//! Input validation: refuses impossible inputs with a Dutch message before anything is
//! computed, so that no NaN or ∞ can reach the screen; and the upper bounds (typing-error
//! guards) shared by the formula modules.

use std::fmt;

/// One refused input: which field and why, in Dutch.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Invalid {
    /// Dotted field path, as in [`crate::params::flatten`] (e.g. `"vangnet.regular_threshold_pct"`).
    pub field: String,
    /// Dutch message for the user, e.g. `"Loonwaarde moet tussen 0% en 100% liggen."`.
    pub message: String,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Refuses impossible inputs before anything is computed.
///
/// Contract: for every value with `validate() == Ok(())`, every number the module's functions
/// return is finite (checked by a property test), so no NaN or ∞ reaches the screen.
pub trait Validate {
    /// All problems at once (empty `Err` never happens), or `Ok(())`.
    fn validate(&self) -> Result<(), Vec<Invalid>>;
}

/// Collects validation problems; used by the `validate` implementations.
#[derive(Debug, Default)]
pub struct Checks {
    problems: Vec<Invalid>,
}

impl Checks {
    /// A fresh, empty list.
    pub fn new() -> Self {
        Checks::default()
    }

    /// Records a problem.
    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.problems.push(Invalid {
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// Requires a finite number in `lo..=hi`; `what` is the Dutch name of the quantity.
    /// Returns whether the value passed.
    pub fn range(&mut self, field: &str, what: &str, x: f64, lo: f64, hi: f64) -> bool {
        if !x.is_finite() {
            self.fail(field, format!("{what} is geen geldig getal."));
            false
        } else if x < lo || x > hi {
            self.fail(
                field,
                format!(
                    "{what} moet tussen {} en {} liggen.",
                    crate::format::nl::dec(lo, if lo.fract() == 0.0 { 0 } else { 2 }),
                    crate::format::nl::dec(hi, if hi.fract() == 0.0 { 0 } else { 2 })
                ),
            );
            false
        } else {
            true
        }
    }

    /// Requires a finite, non-negative number no larger than `max` (an upper bound against
    /// typing errors and overflow).
    pub fn non_negative(&mut self, field: &str, what: &str, x: f64, max: f64) -> bool {
        if !x.is_finite() {
            self.fail(field, format!("{what} is geen geldig getal."));
            false
        } else if x < 0.0 {
            self.fail(field, format!("{what} kan niet negatief zijn."));
            false
        } else if x > max {
            self.fail(
                field,
                format!(
                    "{what} is onwaarschijnlijk groot (maximaal {}).",
                    crate::format::nl::dec(max, 0)
                ),
            );
            false
        } else {
            true
        }
    }

    /// Requires a percentage change that is not below −100% and not above `max` %.
    pub fn growth_pct(&mut self, field: &str, what: &str, x: f64, max: f64) -> bool {
        if !x.is_finite() {
            self.fail(field, format!("{what} is geen geldig getal."));
            false
        } else if x < -100.0 {
            self.fail(field, format!("{what} kan niet lager zijn dan −100%."));
            false
        } else if x > max {
            self.fail(
                field,
                format!(
                    "{what} is onwaarschijnlijk hoog (maximaal {}%).",
                    crate::format::nl::dec(max, 0)
                ),
            );
            false
        } else {
            true
        }
    }

    /// Requires a loonwaarde (% of WML) in 0–100.
    pub fn loonwaarde_pct(&mut self, field: &str, x: f64) -> bool {
        if x.is_finite() && (0.0..=100.0).contains(&x) {
            true
        } else {
            self.fail(field, "Loonwaarde moet tussen 0% en 100% liggen.");
            false
        }
    }

    /// Requires hours per week in 0–40.
    pub fn hours(&mut self, field: &str, x: f64) -> bool {
        if x.is_finite() && (0.0..=MAX_HOURS_PER_WEEK).contains(&x) {
            true
        } else {
            self.fail(field, "Uren per week moeten tussen 0 en 40 liggen.");
            false
        }
    }

    /// `Ok(())` when nothing was recorded.
    pub fn finish(self) -> Result<(), Vec<Invalid>> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(self.problems)
        }
    }
}

/// Upper bound for hours per week in an LKS contract.
pub const MAX_HOURS_PER_WEEK: f64 = 40.0;
/// Upper bound for any count of benefits or contracts (typing-error guard).
pub const MAX_COUNT: f64 = 10_000_000.0;
/// Upper bound for any amount in € million (typing-error guard).
pub const MAX_MLN: f64 = 1_000_000.0;
/// Upper bound for any amount in € per year per person (typing-error guard).
pub const MAX_EUR_PER_YEAR: f64 = 10_000_000.0;
/// Upper bound for a yearly growth or price change in %.
pub const MAX_GROWTH_PCT: f64 = 100.0;
