//! Stable sorting through one shared index sort.
//!
//! `slice::sort_by` is generic over the element and the comparator, so every call site
//! gets its own copy of the standard library's stable sort (about 5 KB of wasm each; the
//! page had 18). [`sort_by`] and [`sort_by_key`] sort a list of indices with a single
//! comparator type instead, then move the elements into that order: one copy of the sort
//! for all of them, and the same result as `slice::sort_by` (a stable sort's output is
//! fixed by the comparator; the tests check it). For the page's short lists (categories,
//! rows of a report, a scenario's fields), not for hot loops over many rows.

use std::cmp::Ordering;

/// The stable sort order of `len` items: `order[i]` is the index of the item that goes to
/// position `i`. Not generic, so compiled once.
#[inline(never)]
fn stable_order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves `v[order[i]]` to position `i` for every `i`, in place, one cycle at a time.
fn apply_order<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut i = start;
        // Positions already in place (or done) point to themselves.
        while order[i] != start && order[i] != i {
            let j = order[i];
            v.swap(i, j);
            order[i] = i;
            i = j;
        }
        order[i] = i;
    }
}

/// Sorts `v` like `v.sort_by(cmp)` (stable: equal items keep their order).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = stable_order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    apply_order(v, order);
}

/// Sorts `v` like `v.sort_by_key(key)` (stable: items with equal keys keep their order).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` like `v.sort()` (stable).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so the cases are the same every run.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for len in (0..70).chain([100, 257, 1000, 4099]) {
            for keys in [1, 2, 5, 1000] {
                // (key, original position): the position shows whether ties kept their order.
                let v: Vec<(u64, usize)> = (0..len).map(|i| (rng.next() % keys, i)).collect();
                let mut want = v.clone();
                want.sort_by_key(|p| p.0);
                let mut got = v.clone();
                sort_by_key(&mut got, |p| p.0);
                assert_eq!(got, want, "len {len}, {keys} keys");

                // Descending, with ties of the key broken by a coarser second key.
                let cmp = |a: &(u64, usize), b: &(u64, usize)| {
                    b.0.cmp(&a.0).then((a.1 % 3).cmp(&(b.1 % 3)))
                };
                let mut want = v.clone();
                want.sort_by(cmp);
                let mut got = v.clone();
                sort_by(&mut got, cmp);
                assert_eq!(got, want, "descending, len {len}, {keys} keys");

                let mut want = v.clone();
                want.sort();
                let mut got = v;
                sort(&mut got);
                assert_eq!(got, want, "sort, len {len}, {keys} keys");
            }
        }
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut v: Vec<String> = ["peer", "appel", "kers", "appel", "banaan"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort_by_key(&mut v, |s| s.len());
        assert_eq!(v, ["peer", "kers", "appel", "appel", "banaan"]);
        sort(&mut v);
        assert_eq!(v, ["appel", "appel", "banaan", "kers", "peer"]);
    }

    #[test]
    fn floats_by_total_order() {
        let mut v = vec![3.5, -0.0, 0.0, f64::INFINITY, -2.0, 0.0, 1e-300];
        let mut want = v.clone();
        want.sort_by(f64::total_cmp);
        sort_by(&mut v, f64::total_cmp);
        assert_eq!(
            v.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
            want.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
        );
    }
}
