//! Goal-seek: find the input that gives a target result, by a safeguarded secant/bisection
//! search inside a bracket. It never loops: a range without a sign change is reported as
//! [`SeekError::NoSolutionInRange`].
//!
//! Works on plain functions (`Fn(f64) -> f64`, or `Fn(&P) -> f64` over a parameter set), so
//! it knows nothing of the screens or the formulas.

use std::fmt;

/// Settings of a goal-seek: the search range of the input and when to stop.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SeekOptions {
    /// Lower end of the input range searched.
    pub lo: f64,
    /// Upper end of the input range searched.
    pub hi: f64,
    /// Accepted absolute difference between the result and the target.
    pub tolerance: f64,
    /// Hard cap on function evaluations inside the bracket (the search never runs longer).
    pub max_iterations: u32,
}

impl Default for SeekOptions {
    fn default() -> Self {
        SeekOptions {
            lo: 0.0,
            hi: 1.0,
            tolerance: 1e-9,
            max_iterations: 200,
        }
    }
}

impl SeekOptions {
    /// Options for the range `lo..=hi` with the given tolerance on the result.
    pub fn range(lo: f64, hi: f64, tolerance: f64) -> Self {
        SeekOptions {
            lo,
            hi,
            tolerance,
            ..SeekOptions::default()
        }
    }
}

/// A goal-seek answer: the input found and the result it gives.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Solution {
    /// The input value.
    pub x: f64,
    /// The result at `x` (within the tolerance of the target).
    pub value: f64,
    /// Function evaluations used, including the two at the range ends.
    pub evaluations: u32,
}

/// Why a goal-seek found no answer.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum SeekError {
    /// The range is empty, reversed or not finite, or the tolerance is not positive.
    InvalidRange,
    /// The result minus the target has the same sign at both ends of the range.
    NoSolutionInRange {
        /// Result at the lower end.
        value_lo: f64,
        /// Result at the upper end.
        value_hi: f64,
    },
    /// The result function gave NaN or ∞ at this input.
    NonFinite {
        /// The input at which it happened.
        x: f64,
    },
    /// The bracket shrank to nothing (a jump in the function) or the iteration cap was hit.
    NoConvergence {
        /// The best input found.
        best_x: f64,
        /// The result at `best_x`.
        best_value: f64,
    },
}

impl SeekError {
    /// The message shown to the user.
    pub fn message(&self, lang: crate::lang::Lang) -> &'static str {
        use crate::messages::categories as msg;
        match self {
            SeekError::InvalidRange => msg::SEEK_INVALID_RANGE,
            SeekError::NoSolutionInRange { .. } => msg::SEEK_NO_SOLUTION,
            SeekError::NonFinite { .. } => msg::SEEK_NON_FINITE,
            SeekError::NoConvergence { .. } => msg::SEEK_NO_CONVERGENCE,
        }
        .get(lang)
    }
}

impl fmt::Display for SeekError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message(crate::lang::Lang::Nl))
    }
}

impl std::error::Error for SeekError {}

/// Finds `x` in `opts.lo..=opts.hi` with `|f(x) − target| ≤ opts.tolerance`.
///
/// Regula falsi with a bisection safeguard: whenever a step fails to halve the bracket the
/// next step bisects, so the bracket at least halves every two evaluations and the search ends
/// within `opts.max_iterations` evaluations. The function must be continuous on the range for
/// a guaranteed answer; it need not be monotone, but it must change sign over the range.
pub fn solve(
    f: impl Fn(f64) -> f64,
    target: f64,
    opts: &SeekOptions,
) -> Result<Solution, SeekError> {
    let (lo, hi, tol) = (opts.lo, opts.hi, opts.tolerance);
    if !(lo.is_finite()
        && hi.is_finite()
        && lo <= hi
        && tol.is_finite()
        && tol > 0.0
        && target.is_finite())
    {
        return Err(SeekError::InvalidRange);
    }
    let g = |x: f64| -> Result<f64, SeekError> {
        let v = f(x);
        if v.is_finite() {
            Ok(v - target)
        } else {
            Err(SeekError::NonFinite { x })
        }
    };
    let (mut a, mut b) = (lo, hi);
    let (mut fa, mut fb) = (g(a)?, g(b)?);
    let mut evaluations = 2;
    let done = |x: f64, fx: f64, n: u32| Solution {
        x,
        value: fx + target,
        evaluations: n,
    };
    if fa.abs() <= tol {
        return Ok(done(a, fa, evaluations));
    }
    if fb.abs() <= tol {
        return Ok(done(b, fb, evaluations));
    }
    if fa.signum() == fb.signum() {
        return Err(SeekError::NoSolutionInRange {
            value_lo: fa + target,
            value_hi: fb + target,
        });
    }
    let mut bisect_next = false;
    while evaluations < opts.max_iterations.max(3) {
        let width = b - a;
        let secant = b - fb * (b - a) / (fb - fa);
        let x = if bisect_next || !(secant > a && secant < b) {
            a + 0.5 * width
        } else {
            secant
        };
        if !(x > a && x < b) {
            break; // the bracket cannot be split further in f64
        }
        let fx = g(x)?;
        evaluations += 1;
        if fx.abs() <= tol {
            return Ok(done(x, fx, evaluations));
        }
        if fx.signum() == fa.signum() {
            a = x;
            fa = fx;
        } else {
            b = x;
            fb = fx;
        }
        bisect_next = (b - a) > 0.5 * width;
    }
    let (best_x, best_f) = if fa.abs() <= fb.abs() {
        (a, fa)
    } else {
        (b, fb)
    };
    Err(SeekError::NoConvergence {
        best_x,
        best_value: best_f + target,
    })
}

/// Goal-seek over a parameter set: the value of one input (written into a copy of `base` by
/// `set`) at which `result` equals `target`. See [`solve`] for the method and the guarantees.
pub fn goal_seek<P: Clone>(
    base: &P,
    set: impl Fn(&mut P, f64),
    result: impl Fn(&P) -> f64,
    target: f64,
    opts: &SeekOptions,
) -> Result<Solution, SeekError> {
    solve(
        |x| {
            let mut p = base.clone();
            set(&mut p, x);
            result(&p)
        },
        target,
        opts,
    )
}
