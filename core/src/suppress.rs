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
            Shown::Count(n) => format::nl::int(n as i64),
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

/// Applies the small-cell rule to an aggregate (kerncijfers) file, for when the user keeps
/// suppression on for published figures (DATA-MODEL §5: a setting, default on).
///
/// - **Primary**: every count (`eenheid = aantal`) with `0 < waarde < threshold` becomes
///   [`Value::Suppressed`](crate::model::Value::Suppressed).
/// - **Complementary**: within one line of a table (same indicator, dimension, period,
///   status, version and definition) that has a `totaal` row, a single suppressed category
///   could be recovered from the total, so the next-smallest shown category is suppressed
///   as well.
///
/// Returns the suppressed copy and how many figures it hides (published `<10` values in
/// the file not counted).
pub fn suppress_published(
    k: &crate::model::Kerncijfers,
    threshold: u32,
) -> (crate::model::Kerncijfers, usize) {
    use crate::model::{Eenheid, Value};
    use std::collections::BTreeMap;
    let mut out = k.clone();
    let mut hidden = 0;
    let is_count = |i: usize| k.eenheid[i] == Eenheid::Aantal;
    for i in 0..k.len() {
        if let Value::Number(v) = k.waarde[i] {
            if is_count(i) && v > 0.0 && v < threshold as f64 {
                out.waarde[i] = Value::Suppressed;
                hidden += 1;
            }
        }
    }
    let totaal = k.dict.code_of("totaal");
    let mut lines: BTreeMap<_, Vec<usize>> = BTreeMap::new();
    for i in (0..k.len()).filter(|&i| is_count(i)) {
        let key = (
            k.indicator[i],
            k.dimensie[i],
            k.periode_van[i].map(|d| d.0),
            k.periode_tot[i].0,
            k.status[i] as u8,
            k.versie[i],
            k.definitie[i],
        );
        lines.entry(key).or_default().push(i);
    }
    for rows in lines.values() {
        let has_total = rows.iter().any(|&i| Some(k.categorie[i]) == totaal);
        let parts: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&i| Some(k.categorie[i]) != totaal)
            .collect();
        let suppressed = parts
            .iter()
            .filter(|&&i| out.waarde[i] == Value::Suppressed)
            .count();
        if !has_total || suppressed != 1 {
            continue;
        }
        let next = parts
            .iter()
            .copied()
            .filter_map(|i| match out.waarde[i] {
                Value::Number(v) if v > 0.0 => Some((v, i)),
                _ => None,
            })
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, i)) = next {
            out.waarde[i] = Value::Suppressed;
            hidden += 1;
        }
    }
    (out, hidden)
}

#[cfg(test)]
mod published_tests {
    use super::*;
    use crate::io::{load, LoadOptions};
    use crate::model::{Data, Value};

    const FILE: &str = "gemeente_code;gemeente;indicator;dimensie;categorie;periode_type;periode_van;periode_tot;waarde;eenheid;status;bron
GM0153;Enschede;traject_deelnemers;traject;entreeopleiding;peildatum;;30-09-2024;9;aantal;realisatie;t10
GM0153;Enschede;traject_deelnemers;traject;vrijwilligerswerk;peildatum;;30-09-2024;120;aantal;realisatie;t10
GM0153;Enschede;traject_deelnemers;traject;mantelzorg;peildatum;;30-09-2024;40;aantal;realisatie;t10
GM0153;Enschede;traject_deelnemers;traject;totaal;peildatum;;30-09-2024;169;aantal;realisatie;t10
GM0153;Enschede;sociale_activering_pct;;;peildatum;;30-09-2024;5,5;procent;realisatie;t10
GM0153;Enschede;inburgering_deelnames;leerroute;onderwijs;jaar;01-01-2022;31-12-2022;5;aantal;realisatie;t13
";

    fn kerncijfers() -> crate::model::Kerncijfers {
        match load(FILE.as_bytes(), "k.csv", &LoadOptions::default())
            .unwrap()
            .into_dataset()
            .map(|ds| ds.data)
        {
            Some(Data::Kerncijfers(k)) => k,
            _ => panic!("not a kerncijfers file"),
        }
    }

    #[test]
    fn small_published_counts_and_their_complement_are_hidden() {
        let k = kerncijfers();
        let (s, hidden) = suppress_published(&k, 10);
        // 9 (primary), 40 (the next smallest in a line with a total), 5 (primary, no total).
        assert_eq!(hidden, 3);
        assert_eq!(s.waarde[0], Value::Suppressed);
        assert_eq!(s.waarde[1], Value::Number(120.0));
        assert_eq!(
            s.waarde[2],
            Value::Suppressed,
            "169 − 120 − 40 would reveal 9"
        );
        assert_eq!(s.waarde[3], Value::Number(169.0), "the total stays");
        assert_eq!(
            s.waarde[4],
            Value::Number(5.5),
            "percentages are not counts"
        );
        assert_eq!(s.waarde[5], Value::Suppressed);
    }

    #[test]
    fn a_higher_threshold_hides_more_and_the_original_is_untouched() {
        let k = kerncijfers();
        let (s, _) = suppress_published(&k, 50);
        assert_eq!(s.waarde[2], Value::Suppressed);
        assert_eq!(k.waarde[0], Value::Number(9.0));
    }
}

/// A two-way table of counts as it may be shown, with its row totals, column totals and
/// grand total ([`suppress_table`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableShown {
    /// The cells, row by row.
    pub cells: Vec<Vec<Shown>>,
    /// The total of each row.
    pub row_totals: Vec<Shown>,
    /// The total of each column.
    pub col_totals: Vec<Shown>,
    /// The grand total.
    pub total: Shown,
}

/// Suppresses a two-way table shown with its row, column and grand totals, so that no
/// hidden count can be computed from the shown ones (by any sum of rows and columns):
///
/// - **Primary**: every count, cell or total, with `0 < n < threshold`.
/// - **Complementary**: in the table with its totals as an extra row and column, the
///   hidden cells are the edges of a graph between rows and columns; a hidden cell can
///   be computed exactly when it lies on no cycle of hidden cells (the row and column
///   sums then pin it down). Such a cell gets a rectangle of partners (the other corners
///   `(r, c')`, `(r', c')`, `(r', c)`), the one hiding the fewest people, non-zero only.
/// - **No more than needed**: afterwards each partner, largest first, is shown again when
///   the table stays safe without it.
///
/// `counts` is read as rectangular (a short row counts as zeros).
pub fn suppress_table(counts: &[Vec<u32>], threshold: u32) -> TableShown {
    let rows = counts.len();
    let cols = counts.iter().map(Vec::len).max().unwrap_or(0);
    // The table with its totals: row `rows` holds the column totals, column `cols` the
    // row totals.
    let mut a = vec![vec![0u64; cols + 1]; rows + 1];
    for (r, row) in counts.iter().enumerate() {
        for (c, &n) in row.iter().enumerate() {
            let n = u64::from(n);
            a[r][c] = n;
            a[r][cols] += n;
            a[rows][c] += n;
            a[rows][cols] += n;
        }
    }
    let t = u64::from(threshold);
    let primary: Vec<Vec<bool>> = a
        .iter()
        .map(|row| row.iter().map(|&n| n > 0 && n < t).collect())
        .collect();
    let mut hidden = primary.clone();
    while let Some((r, c)) = first_exposed(&hidden) {
        // (people hidden, cells hidden, the three corners)
        let mut best: Option<(u64, usize, Rectangle)> = None;
        for r2 in (0..=rows).filter(|&x| x != r) {
            for c2 in (0..=cols).filter(|&x| x != c) {
                let corners = [(r, c2), (r2, c2), (r2, c)];
                let new: Vec<(usize, usize)> = corners
                    .iter()
                    .copied()
                    .filter(|&(x, y)| !hidden[x][y])
                    .collect();
                if new.iter().any(|&(x, y)| a[x][y] == 0) {
                    continue;
                }
                let cost: u64 = new.iter().map(|&(x, y)| a[x][y]).sum();
                if best.is_none_or(|(b, n, _)| (cost, new.len()) < (b, n)) {
                    best = Some((cost, new.len(), corners));
                }
            }
        }
        let Some((_, _, corners)) = best else {
            // Nothing non-zero to pair it with: hide its whole row and column of totals
            // (a table this empty shows little anyway).
            for x in 0..=rows {
                hidden[x][c] |= a[x][c] > 0 || x == r;
            }
            for y in 0..=cols {
                hidden[r][y] |= a[r][y] > 0;
            }
            hidden[rows][cols] = true;
            if first_exposed(&hidden) == Some((r, c)) {
                break;
            }
            continue;
        };
        for (x, y) in corners {
            hidden[x][y] = true;
        }
    }
    // Show again every partner that is not needed, largest first.
    let mut partners: Vec<(usize, usize)> = (0..=rows)
        .flat_map(|r| (0..=cols).map(move |c| (r, c)))
        .filter(|&(r, c)| hidden[r][c] && !primary[r][c])
        .collect();
    crate::sort::sort_by_key(&mut partners, |&(r, c)| std::cmp::Reverse(a[r][c]));
    for (r, c) in partners {
        hidden[r][c] = false;
        if first_exposed(&hidden).is_some() {
            hidden[r][c] = true;
        }
    }
    let shown = |r: usize, c: usize| {
        if hidden[r][c] {
            Shown::Suppressed
        } else {
            Shown::Count(u32::try_from(a[r][c]).unwrap_or(u32::MAX))
        }
    };
    TableShown {
        cells: (0..rows)
            .map(|r| (0..cols).map(|c| shown(r, c)).collect())
            .collect(),
        row_totals: (0..rows).map(|r| shown(r, cols)).collect(),
        col_totals: (0..cols).map(|c| shown(rows, c)).collect(),
        total: shown(rows, cols),
    }
}

/// The three other corners of a rectangle through a cell, as (row, column).
type Rectangle = [(usize, usize); 3];

/// The first hidden cell (in row order) that lies on no cycle of hidden cells in the
/// graph whose vertices are the rows and columns and whose edges are the hidden cells:
/// the one cell the row and column sums would give away.
fn first_exposed(hidden: &[Vec<bool>]) -> Option<(usize, usize)> {
    let rows = hidden.len();
    let cols = hidden.first().map_or(0, Vec::len);
    // Vertices: rows 0..rows, then columns rows..rows + cols.
    let connected_without = |r: usize, c: usize| {
        let mut seen = vec![false; rows + cols];
        let mut todo = vec![r];
        seen[r] = true;
        while let Some(v) = todo.pop() {
            let next: Vec<usize> = if v < rows {
                (0..cols)
                    .filter(|&y| hidden[v][y] && !(v == r && y == c))
                    .map(|y| rows + y)
                    .collect()
            } else {
                let y = v - rows;
                (0..rows)
                    .filter(|&x| hidden[x][y] && !(x == r && y == c))
                    .collect()
            };
            for n in next {
                if !seen[n] {
                    seen[n] = true;
                    todo.push(n);
                }
            }
        }
        seen[rows + c]
    };
    (0..rows)
        .flat_map(|r| (0..cols).map(move |c| (r, c)))
        .find(|&(r, c)| hidden[r][c] && !connected_without(r, c))
}

#[cfg(test)]
mod table_tests {
    use super::*;

    #[test]
    fn a_small_cell_gets_a_rectangle_of_partners() {
        let t = suppress_table(&[vec![5, 40, 30], vec![20, 25, 35]], 10);
        use Shown::{Count as N, Suppressed as S};
        // 5 and its cheapest rectangle: 20 below it, and 40 and 25 beside them.
        assert_eq!(t.cells, vec![vec![S, S, N(30)], vec![S, S, N(35)]]);
        assert_eq!(t.row_totals, vec![N(75), N(80)]);
        assert_eq!(t.col_totals, vec![N(25), N(65), N(65)]);
        assert_eq!(t.total, N(155));
    }
}
