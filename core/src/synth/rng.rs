//! A tiny self-contained PRNG (SplitMix64) and a weighted picker.
//!
//! Only integer arithmetic is used, so the output is bit-identical on every platform
//! (native, wasm) and every Rust version: no `f64::ln`/`exp`, no hashing, no `rand`.

/// SplitMix64 (Steele, Lea, Flood 2014): one 64-bit state word, full period 2^64.
#[derive(Clone, Debug)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator for one named stage of the construction: the stage tag is mixed into
    /// the seed, so re-tuning one stage never shifts the random numbers of another.
    pub(crate) fn stream(seed: u64, stage: u64) -> Rng {
        let mut r = Rng(seed ^ stage.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next_u64();
        r
    }

    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (Lemire's multiply-shift; the bias is below 2^-40 for our `n`).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "below(0)");
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    pub(crate) fn range(&mut self, lo: i32, hi: i32) -> i32 {
        assert!(lo <= hi, "empty range {lo}..={hi}");
        lo + self.below((hi - lo) as u64 + 1) as i32
    }

    /// True with probability `per_mille / 1000`.
    pub(crate) fn chance(&mut self, per_mille: u32) -> bool {
        self.below(1000) < u64::from(per_mille)
    }

    /// An index drawn with probability proportional to `weights[i]`.
    pub(crate) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
        let mut r = self.below(total);
        for (i, &w) in weights.iter().enumerate() {
            if r < u64::from(w) {
                return i;
            }
            r -= u64::from(w);
        }
        unreachable!("weights changed during draw")
    }

    /// Fisher–Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }
}

/// Weighted sampling without replacement over a fixed list of items (a Fenwick tree of
/// weights): each pick is proportional to the remaining weights and removes the item.
pub(crate) struct Picker {
    tree: Vec<u64>,
    weight: Vec<u64>,
    total: u64,
}

impl Picker {
    /// Builds the picker in O(n).
    pub(crate) fn new(weights: &[u64]) -> Picker {
        let n = weights.len();
        let mut tree = vec![0u64; n + 1];
        for (i, &w) in weights.iter().enumerate() {
            tree[i + 1] += w;
            let parent = (i + 1) + ((i + 1) & (i + 1).wrapping_neg());
            if parent <= n {
                tree[parent] += tree[i + 1];
            }
        }
        Picker {
            tree,
            weight: weights.to_vec(),
            total: weights.iter().sum(),
        }
    }

    /// Picks one item, or `None` when every remaining weight is zero.
    pub(crate) fn pick(&mut self, rng: &mut Rng) -> Option<usize> {
        if self.total == 0 {
            return None;
        }
        let mut r = rng.below(self.total);
        // Binary lifting: the largest position whose prefix sum is <= r.
        let n = self.tree.len() - 1;
        let mut pos = 0usize;
        let mut step = n.next_power_of_two();
        while step > 0 {
            let next = pos + step;
            if next <= n && self.tree[next] <= r {
                pos = next;
                r -= self.tree[next];
            }
            step >>= 1;
        }
        let i = pos; // zero-based item index
        self.remove(i);
        Some(i)
    }

    /// Sets an item's weight to zero.
    pub(crate) fn remove(&mut self, i: usize) {
        let w = self.weight[i];
        if w == 0 {
            return;
        }
        self.weight[i] = 0;
        self.total -= w;
        let mut p = i + 1;
        while p < self.tree.len() {
            self.tree[p] -= w;
            p += p & p.wrapping_neg();
        }
    }

    /// Picks `k` items; panics when fewer than `k` have a positive weight (a construction
    /// bug, never a property of the random draw).
    pub(crate) fn pick_k(&mut self, rng: &mut Rng, k: usize, what: &str) -> Vec<usize> {
        (0..k)
            .map(|_| {
                self.pick(rng)
                    .unwrap_or_else(|| panic!("synth: not enough candidates for {what}"))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_reference_values() {
        // Reference output of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        let mut r = Rng(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn picker_respects_weights_and_never_repeats() {
        let mut rng = Rng::stream(1, 2);
        let mut p = Picker::new(&[0, 5, 0, 1, 3]);
        let mut got = p.pick_k(&mut rng, 3, "test");
        got.sort_unstable();
        assert_eq!(got, vec![1, 3, 4]);
        assert_eq!(p.pick(&mut rng), None);
        // Proportionality, roughly: item 1 (weight 9) first far more often than item 0 (weight 1).
        let mut first = [0u32; 2];
        for _ in 0..2000 {
            let mut p = Picker::new(&[1, 9]);
            first[p.pick(&mut rng).unwrap()] += 1;
        }
        assert!(first[1] > 1600 && first[0] > 100, "{first:?}");
    }
}
