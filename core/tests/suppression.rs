//! Property tests of small-cell suppression: no combination of shown numbers lets a
//! reader compute a suppressed cell.

use bijstand_core::suppress::{guard_differencing, suppress_row, Shown};
use proptest::prelude::*;

proptest! {
    /// In a row shown with its total, a suppressed cell is never the only one: the total
    /// minus the shown cells then covers at least two hidden cells. A row whose only
    /// non-zero cell is hidden has a total below the threshold, hidden as well.
    #[test]
    fn a_row_never_hides_exactly_one_nonzero_cell(counts in prop::collection::vec(0u32..40, 1..12), threshold in prop::sample::select(vec![10u32, 15, 20])) {
        let shown = suppress_row(&counts, threshold);
        let hidden: Vec<usize> = (0..counts.len()).filter(|&i| shown[i] == Shown::Suppressed).collect();
        if !hidden.is_empty() {
            let hidden_nonzero = hidden.iter().filter(|&&i| counts[i] > 0).count();
            let total: u32 = counts.iter().sum();
            let nonzero = counts.iter().filter(|&&c| c > 0).count();
            prop_assert!(hidden_nonzero >= 2 || (nonzero == 1 && Shown::of(total, threshold) == Shown::Suppressed),
                "{counts:?} → {shown:?}");
        }
        for (c, s) in counts.iter().zip(&shown) {
            if let Shown::Count(n) = s {
                prop_assert_eq!(n, c);
                prop_assert!(*n == 0 || *n >= threshold);
            }
        }
    }

    /// Nothing is hidden that need not be: every small non-zero cell and, when that is a
    /// single cell, exactly one partner (the smallest other non-zero cell); zeros and
    /// everything else stay shown.
    #[test]
    fn a_row_hides_no_more_than_it_must(counts in prop::collection::vec(0u32..40, 0..12), threshold in prop::sample::select(vec![10u32, 15, 20])) {
        let shown = suppress_row(&counts, threshold);
        let primary: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] > 0 && counts[i] < threshold).collect();
        let hidden: Vec<usize> = (0..counts.len()).filter(|&i| shown[i] == Shown::Suppressed).collect();
        for i in &primary {
            prop_assert!(hidden.contains(i), "{counts:?}: small cell {i} shown");
        }
        let partners: Vec<usize> = hidden.iter().copied().filter(|i| !primary.contains(i)).collect();
        if primary.len() == 1 {
            let smallest = (0..counts.len())
                .filter(|&i| counts[i] > 0 && !primary.contains(&i))
                .map(|i| counts[i])
                .min();
            match smallest {
                Some(min) => {
                    prop_assert_eq!(partners.len(), 1, "{:?} → {:?}", counts, shown);
                    prop_assert_eq!(counts[partners[0]], min, "the smallest partner");
                }
                None => prop_assert!(partners.is_empty()),
            }
        } else {
            prop_assert!(partners.is_empty(), "{:?}: {:?} hidden without need", counts, partners);
        }
        prop_assert!(hidden.iter().all(|&i| counts[i] > 0), "a zero is never hidden");
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

/// `Composition::guard_against`, the differencing guard the Samenstelling screen uses under
/// a cross-filter: every breakdown it shows is guarded, a small complement hides the
/// filtered cell, a large or empty complement leaves it, and nothing else changes.
#[test]
fn the_composition_guard_covers_every_breakdown() {
    use bijstand_core::caseload::Composition;
    let all = Composition {
        total: 500,
        gender_age: [[50, 40, 30, 20, 10, 5]; 4],
        age_unknown: 12,
        under_27: 60,
        doelgroep: [100, 200, 200],
        afstand: [150, 150, 200],
        stadsdeel: vec![("Noord".into(), 80), ("Zuid".into(), 90)],
        inkomsten_arbeid: 45,
        zonder_inkomsten_arbeid: 455,
        huishoudtype: [250, 150, 100],
        huishoudtype_unknown: 11,
        duur: [100, 100, 100, 100, 100],
        instroomreden: vec![30, 40],
        ..Default::default()
    };
    // The filtered view: each breakdown has one cell 3 short of the whole (complement 3:
    // revealed), one 10 short (complement 10: safe) and the rest equal (complement 0).
    let mut f = all.clone();
    f.total -= 3;
    f.gender_age[1][2] -= 3;
    f.gender_age[2][0] -= 10;
    f.age_unknown -= 3;
    f.under_27 -= 10;
    f.doelgroep[0] -= 3;
    f.afstand[2] -= 3;
    f.stadsdeel[1].1 -= 3;
    f.inkomsten_arbeid -= 3;
    f.huishoudtype[1] -= 3;
    f.huishoudtype_unknown -= 3;
    f.duur[4] -= 3;
    f.instroomreden[0] -= 3;
    let mut g = f.clone();
    g.guard_against(&all, 10);

    let mut want = f.clone();
    want.total = 1;
    want.gender_age[1][2] = 1;
    want.age_unknown = 1;
    want.doelgroep[0] = 1;
    want.afstand[2] = 1;
    want.stadsdeel[1].1 = 1;
    want.inkomsten_arbeid = 1;
    want.huishoudtype[1] = 1;
    want.huishoudtype_unknown = 1;
    want.duur[4] = 1;
    want.instroomreden[0] = 1;
    assert_eq!(
        g, want,
        "exactly the cells with a small complement are marked"
    );
    for (&n, t) in [(g.total, 10), (g.duur[4], 10)]
        .iter()
        .map(|(a, b)| (a, *b))
    {
        assert_eq!(Shown::of(n, t), Shown::Suppressed);
    }

    // Unfiltered (the same composition): nothing to guard.
    let mut same = all.clone();
    same.guard_against(&all, 10);
    assert_eq!(same, all);
    // A higher threshold makes the complement of 10 small too.
    let mut h = f.clone();
    h.guard_against(&all, 15);
    assert_eq!(h.gender_age[2][0], 1);
    assert_eq!(h.under_27, 1);
}
