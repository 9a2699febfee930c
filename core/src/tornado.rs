//! Tornado: the result at a low and a high value of each named assumption of a parameter set,
//! sorted by swing. Generic over the parameter set (`Fn(&P) -> f64`); the formula modules
//! name their own levers.

use std::fmt;

/// One named assumption of a parameter set: how to read it and how to change it.
pub struct Lever<P> {
    /// Dutch name shown on the tornado bar, e.g. `"groei bijstandsbestand (%)"`.
    pub name: &'static str,
    /// Reads the current value.
    pub get: fn(&P) -> f64,
    /// Writes a new value.
    pub set: fn(&mut P, f64),
}

impl<P> Clone for Lever<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P> Copy for Lever<P> {}

impl<P> fmt::Debug for Lever<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lever").field("name", &self.name).finish()
    }
}

/// The low and high value of an assumption in a tornado.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Bounds {
    /// Base value × (1 ∓ fraction), e.g. `Relative(0.10)` for ±10%.
    Relative(f64),
    /// Base value ∓ an absolute step, e.g. `Step(1.0)` for ±1 percentage point.
    Step(f64),
    /// Explicit low and high values.
    Absolute {
        /// Low value.
        low: f64,
        /// High value.
        high: f64,
    },
}

impl Bounds {
    /// The (low, high) inputs for a base value.
    pub fn around(self, base: f64) -> (f64, f64) {
        match self {
            Bounds::Relative(f) => {
                let (x, y) = (base * (1.0 - f), base * (1.0 + f));
                (x.min(y), x.max(y))
            }
            Bounds::Step(s) => (base - s.abs(), base + s.abs()),
            Bounds::Absolute { low, high } => (low, high),
        }
    }
}

/// One bar of a tornado chart.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TornadoBar {
    /// Name of the assumption.
    pub name: String,
    /// The assumption's base value.
    pub base_input: f64,
    /// The low input tried.
    pub low_input: f64,
    /// The high input tried.
    pub high_input: f64,
    /// Result at the low input.
    pub result_low: f64,
    /// Result at the high input.
    pub result_high: f64,
    /// `|result_high − result_low|`; bars are sorted on this, largest first.
    pub swing: f64,
}

/// The result at the low and high value of each assumption (the others at base), sorted by
/// swing, largest first. The base result is `result(base)`.
pub fn tornado<P: Clone>(
    base: &P,
    result: impl Fn(&P) -> f64,
    levers: &[(Lever<P>, Bounds)],
) -> Vec<TornadoBar> {
    let mut bars: Vec<TornadoBar> = levers
        .iter()
        .map(|(lever, bounds)| {
            let base_input = (lever.get)(base);
            let (low_input, high_input) = bounds.around(base_input);
            let at = |x: f64| {
                let mut p = base.clone();
                (lever.set)(&mut p, x);
                result(&p)
            };
            let (result_low, result_high) = (at(low_input), at(high_input));
            let swing = (result_high - result_low).abs();
            TornadoBar {
                name: lever.name.to_string(),
                base_input,
                low_input,
                high_input,
                result_low,
                result_high,
                swing: if swing.is_finite() {
                    swing
                } else {
                    f64::INFINITY
                },
            }
        })
        .collect();
    crate::sort::sort_by(&mut bars, |a, b| b.swing.total_cmp(&a.swing));
    bars
}
