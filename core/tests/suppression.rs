//! Property tests of small-cell suppression: no combination of shown numbers lets a
//! reader compute a suppressed cell.

use bijstand_core::suppress::{
    guard_differencing, suppress_row, suppress_table, Shown, TableShown,
};
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

// ---------------------------------------------------------------------------------------
// Two-way tables with row and column totals
// ---------------------------------------------------------------------------------------

/// The table with its totals as one grid: row `rows` the column totals, column `cols`
/// the row totals, the grand total in the corner.
fn with_totals(counts: &[Vec<u32>]) -> Vec<Vec<u64>> {
    let (rows, cols) = (counts.len(), counts[0].len());
    let mut a = vec![vec![0u64; cols + 1]; rows + 1];
    for r in 0..rows {
        for c in 0..cols {
            let n = u64::from(counts[r][c]);
            a[r][c] = n;
            a[r][cols] += n;
            a[rows][c] += n;
            a[rows][cols] += n;
        }
    }
    a
}

/// Which cells of the grid [`suppress_table`] hid.
fn hidden_of(t: &TableShown) -> Vec<Vec<bool>> {
    let mut h: Vec<Vec<bool>> = t
        .cells
        .iter()
        .zip(&t.row_totals)
        .map(|(row, total)| {
            row.iter()
                .chain([total])
                .map(|s| *s == Shown::Suppressed)
                .collect()
        })
        .collect();
    h.push(
        t.col_totals
            .iter()
            .chain([&t.total])
            .map(|s| *s == Shown::Suppressed)
            .collect(),
    );
    h
}

/// A second implementation of "can a reader compute it": linear algebra, not graphs.
/// The published sums (each row of the grid adds up to its total, each column too) are
/// equations in the hidden cells; a hidden cell is pinned down exactly when its unit
/// vector lies in the span of those equations. Returns the hidden cells so determined.
fn determined(hidden: &[Vec<bool>]) -> Vec<(usize, usize)> {
    let (rows, cols) = (hidden.len() - 1, hidden[0].len() - 1);
    let unknowns: Vec<(usize, usize)> = (0..=rows)
        .flat_map(|r| (0..=cols).map(move |c| (r, c)))
        .filter(|&(r, c)| hidden[r][c])
        .collect();
    let idx = |cell: (usize, usize)| unknowns.iter().position(|&u| u == cell);
    let mut eqs: Vec<Vec<f64>> = Vec::new();
    for r in 0..=rows {
        let mut e = vec![0.0; unknowns.len()];
        for c in 0..=cols {
            if let Some(i) = idx((r, c)) {
                e[i] = if c == cols { -1.0 } else { 1.0 };
            }
        }
        eqs.push(e);
    }
    for c in 0..=cols {
        let mut e = vec![0.0; unknowns.len()];
        for r in 0..=rows {
            if let Some(i) = idx((r, c)) {
                e[i] = if r == rows { -1.0 } else { 1.0 };
            }
        }
        eqs.push(e);
    }
    let base = rank(eqs.clone());
    unknowns
        .iter()
        .enumerate()
        .filter(|&(i, _)| {
            let mut with = eqs.clone();
            let mut unit = vec![0.0; unknowns.len()];
            unit[i] = 1.0;
            with.push(unit);
            rank(with) == base
        })
        .map(|(_, &u)| u)
        .collect()
}

/// The rank of a small matrix (Gaussian elimination with partial pivoting).
fn rank(mut m: Vec<Vec<f64>>) -> usize {
    let cols = m.first().map_or(0, Vec::len);
    let mut rank = 0;
    for c in 0..cols {
        let Some(p) = (rank..m.len()).max_by(|&a, &b| m[a][c].abs().total_cmp(&m[b][c].abs()))
        else {
            break;
        };
        if m[p][c].abs() < 1e-9 {
            continue;
        }
        m.swap(rank, p);
        let pivot = m[rank].clone();
        for (r, row) in m.iter_mut().enumerate() {
            if r != rank {
                let f = row[c] / pivot[c];
                for (x, p) in row.iter_mut().zip(&pivot).skip(c) {
                    *x -= f * p;
                }
            }
        }
        rank += 1;
    }
    rank
}

/// Every check of a suppressed two-way table; `Err` says which failed.
fn check_table(counts: &[Vec<u32>], threshold: u32) -> Result<(), String> {
    let t = suppress_table(counts, threshold);
    let a = with_totals(counts);
    let hidden = hidden_of(&t);
    let cell = |r: usize, c: usize| -> Shown {
        let (rows, cols) = (counts.len(), counts[0].len());
        match (r == rows, c == cols) {
            (false, false) => t.cells[r][c],
            (false, true) => t.row_totals[r],
            (true, false) => t.col_totals[c],
            (true, true) => t.total,
        }
    };
    let mut partners = Vec::new();
    for (r, row) in a.iter().enumerate() {
        for (c, &n) in row.iter().enumerate() {
            let small = n > 0 && n < u64::from(threshold);
            match cell(r, c) {
                Shown::Count(v) if u64::from(v) != n => {
                    return Err(format!("({r},{c}) shows {v}, is {n}"))
                }
                Shown::Count(_) if small => return Err(format!("({r},{c}) = {n} shown")),
                Shown::Suppressed if n == 0 => return Err(format!("({r},{c}): a zero hidden")),
                Shown::Suppressed if !small => partners.push((r, c)),
                _ => {}
            }
        }
    }
    let exposed = determined(&hidden);
    if !exposed.is_empty() {
        return Err(format!("hidden but computable: {exposed:?} in {hidden:?}"));
    }
    // Nothing hidden that need not be: showing any one partner exposes some hidden cell.
    for (r, c) in partners {
        let mut fewer = hidden.clone();
        fewer[r][c] = false;
        if determined(&fewer).is_empty() {
            return Err(format!(
                "partner ({r},{c}) = {} hidden without need",
                a[r][c]
            ));
        }
    }
    Ok(())
}

/// Counts drawn so that small cells are common (a third below 10).
fn table_strategy() -> impl Strategy<Value = Vec<Vec<u32>>> {
    (1usize..5, 1usize..5).prop_flat_map(|(rows, cols)| {
        prop::collection::vec(
            prop::collection::vec(prop_oneof![Just(0u32), 1u32..10, 10u32..80], cols),
            rows,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// In a table shown with its row, column and grand totals: every small count is
    /// hidden, no hidden count can be computed from the shown ones and the totals (checked
    /// by linear algebra, not by the graph rule the code uses), and no partner is hidden
    /// that the table could show.
    #[test]
    fn a_two_way_table_with_totals_is_safe_and_minimal(counts in table_strategy(), threshold in prop::sample::select(vec![10u32, 15])) {
        if let Err(why) = check_table(&counts, threshold) {
            prop_assert!(false, "{:?} (threshold {}): {}", counts, threshold, why);
        }
    }
}

/// The draws above really exercise the rule: most tables have a small count to protect.
#[test]
fn most_drawn_tables_have_something_to_hide() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = table_strategy();
    let n = 400;
    let mut with_small = 0;
    for _ in 0..n {
        let counts = strategy.new_tree(&mut runner).unwrap().current();
        let t = suppress_table(&counts, 10);
        with_small += usize::from(hidden_of(&t).iter().flatten().any(|&h| h));
    }
    assert!(
        with_small * 100 >= n * 80,
        "{with_small} of {n} tables hide something"
    );
}

/// Tables that once went wrong or sit on an edge, kept as regressions.
#[test]
fn two_way_regressions() {
    let cases: Vec<(Vec<Vec<u32>>, u32)> = vec![
        // One small cell: a rectangle of three partners.
        (vec![vec![5, 40, 30], vec![20, 25, 35]], 10),
        // One row: the row total equals the grand total, partners come from the totals.
        (vec![vec![3, 50, 60]], 10),
        // One cell: it, its row total, its column total and the grand total are one number.
        (vec![vec![7]], 10),
        // A zero row and a zero column: zeros are never partners.
        (vec![vec![0, 0, 0], vec![0, 4, 30], vec![0, 22, 41]], 10),
        // Two small cells in one row: a cycle only when their columns close it too.
        (vec![vec![2, 3, 50], vec![30, 40, 50]], 10),
        // Two hidden blocks joined by a single cell (a bridge between two cycles).
        (
            vec![
                vec![4, 6, 0, 0],
                vec![6, 4, 0, 0],
                vec![0, 12, 3, 5],
                vec![0, 0, 5, 3],
            ],
            10,
        ),
        // Small totals from cells that are not small on their own.
        (vec![vec![0, 12], vec![0, 0]], 15),
    ];
    for (counts, threshold) in cases {
        if let Err(why) = check_table(&counts, threshold) {
            panic!("{counts:?} (threshold {threshold}): {why}");
        }
    }
}
