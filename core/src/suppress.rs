//! Small-cell suppression (DATA-MODEL §5): counts below the threshold are shown as `<10`.

use crate::format;

/// The default threshold: counts below 10 are not shown.
pub const DEFAULT_THRESHOLD: u32 = 10;

/// A count as it may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The count may be shown.
    Count(u32),
    /// The count is below the threshold (or hidden to protect another cell).
    Suppressed,
}

impl Shown {
    /// Applies the threshold to a count. Zero is shown: an empty cell reveals nobody.
    pub fn of(count: u32, threshold: u32) -> Shown {
        if count == 0 || count >= threshold {
            Shown::Count(count)
        } else {
            Shown::Suppressed
        }
    }

    /// The count when it may be shown.
    pub fn value(self) -> Option<u32> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::Suppressed => None,
        }
    }

    /// Dutch display text: `"5.687"` or `"<10"` (with the actual threshold).
    pub fn label(self, threshold: u32) -> String {
        match self {
            Shown::Count(n) => format::int(n as i64),
            Shown::Suppressed => format!("<{threshold}"),
        }
    }
}

/// Suppresses a row of counts that is shown with its total: primary suppression below
/// the threshold, plus complementary suppression when exactly one cell would be hidden
/// (otherwise it could be recovered as total minus the rest): then the next-smallest
/// non-zero cell is hidden as well.
pub fn suppress_row(counts: &[u32], threshold: u32) -> Vec<Shown> {
    let mut shown: Vec<Shown> = counts.iter().map(|&c| Shown::of(c, threshold)).collect();
    let hidden = shown.iter().filter(|s| **s == Shown::Suppressed).count();
    if hidden == 1 {
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, &c)| c > 0 && shown[*i] != Shown::Suppressed)
            .min_by_key(|(_, &c)| c)
            .map(|(i, _)| i);
        if let Some(i) = next {
            shown[i] = Shown::Suppressed;
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn below_threshold_is_hidden() {
        assert_eq!(Shown::of(9, 10), Shown::Suppressed);
        assert_eq!(Shown::of(10, 10), Shown::Count(10));
        assert_eq!(Shown::of(0, 10), Shown::Count(0));
        assert_eq!(Shown::of(9, 10).label(10), "<10");
        assert_eq!(Shown::of(5687, 10).label(10), "5.687");
    }

    #[test]
    fn a_single_hidden_cell_gets_a_partner() {
        let s = suppress_row(&[85, 9, 77, 50], 10);
        assert_eq!(s[1], Shown::Suppressed);
        assert_eq!(
            s[3],
            Shown::Suppressed,
            "the next-smallest cell is hidden too"
        );
        assert_eq!(s[0], Shown::Count(85));
        let s = suppress_row(&[3, 4, 100], 10);
        assert_eq!(
            s,
            vec![Shown::Suppressed, Shown::Suppressed, Shown::Count(100)]
        );
    }
}

/// Guards a filtered breakdown against differencing (DATA-MODEL §5): when the complement
/// `unfiltered − filtered` of a cell is a small group (0 < n < threshold), showing both
/// views would reveal it, so the filtered cell is marked for suppression (set to 1, which
/// every threshold suppresses). Returns how many cells were marked.
pub fn guard_differencing(filtered: &mut [u32], unfiltered: &[u32], threshold: u32) -> usize {
    let mut marked = 0;
    for (f, &u) in filtered.iter_mut().zip(unfiltered) {
        let complement = u.saturating_sub(*f);
        if *f > 0 && complement > 0 && complement < threshold {
            *f = 1;
            marked += 1;
        }
    }
    marked
}

#[cfg(test)]
mod differencing_tests {
    use super::*;

    #[test]
    fn a_small_complement_hides_the_filtered_cell() {
        let mut f = [120, 40, 0, 15];
        let marked = guard_differencing(&mut f, &[125, 60, 3, 15], 10);
        assert_eq!(f, [1, 40, 0, 15], "125 − 120 = 5 would be revealed");
        assert_eq!(marked, 1);
        assert_eq!(Shown::of(f[0], 10), Shown::Suppressed);
    }
}
