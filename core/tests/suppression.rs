//! Property tests of small-cell suppression: no combination of shown numbers lets a
//! reader compute a suppressed cell.

use bijstand_core::suppress::{guard_differencing, suppress_row, Shown};
use proptest::prelude::*;

proptest! {
    /// In a row shown with its total, a suppressed cell is never the only one: the total
    /// minus the shown cells then covers at least two hidden cells.
    #[test]
    fn a_row_never_hides_exactly_one_nonzero_cell(counts in prop::collection::vec(0u32..40, 1..12), threshold in prop::sample::select(vec![10u32, 15, 20])) {
        let shown = suppress_row(&counts, threshold);
        let hidden: Vec<usize> = (0..counts.len()).filter(|&i| shown[i] == Shown::Suppressed).collect();
        if !hidden.is_empty() {
            let hidden_nonzero = hidden.iter().filter(|&&i| counts[i] > 0).count();
            prop_assert!(hidden_nonzero >= 2 || counts.iter().filter(|&&c| c > 0).count() == 1,
                "{counts:?} → {shown:?}");
        }
        for (c, s) in counts.iter().zip(&shown) {
            if let Shown::Count(n) = s {
                prop_assert_eq!(n, c);
                prop_assert!(*n == 0 || *n >= threshold);
            }
        }
    }

    /// After guarding, a cell shown in both the filtered and the unfiltered view never
    /// differs by a small, non-zero number.
    #[test]
    fn filter_differencing_reveals_no_small_group(pairs in prop::collection::vec((0u32..60, 0u32..60), 1..12), threshold in prop::sample::select(vec![10u32, 15, 20])) {
        let unfiltered: Vec<u32> = pairs.iter().map(|(a, b)| a + b).collect();
        let mut filtered: Vec<u32> = pairs.iter().map(|(a, _)| *a).collect();
        guard_differencing(&mut filtered, &unfiltered, threshold);
        for (f, u) in filtered.iter().zip(&unfiltered) {
            if let (Shown::Count(f), Shown::Count(u)) = (Shown::of(*f, threshold), Shown::of(*u, threshold)) {
                let d = u - f;
                prop_assert!(d == 0 || d >= threshold, "filtered {f}, unfiltered {u}");
            }
        }
    }
}
