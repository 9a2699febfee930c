//! Small arithmetic helpers shared by the formula modules: quotients that are `None` instead
//! of NaN or ∞.

/// `a / b` when `b > 0` and the quotient is a finite number; otherwise `None`.
pub fn ratio(a: f64, b: f64) -> Option<f64> {
    if b > 0.0 {
        Some(a / b).filter(|x| x.is_finite())
    } else {
        None
    }
}

/// Percentage change `(new / old − 1) · 100` when `old > 0` and the result is finite.
pub fn pct_change(new: f64, old: f64) -> Option<f64> {
    ratio(new, old)
        .map(|r| (r - 1.0) * 100.0)
        .filter(|x| x.is_finite())
}
