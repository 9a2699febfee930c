//! A selection of episodes as a bit set: what the cross-filter gives and what composition,
//! duration bands and the monthly flows count under.

/// A selection of episodes (one bit per row of [`Episodes`]) for cross-filtering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mask {
    words: Vec<u64>,
    len: usize,
}

impl Mask {
    /// Every episode selected.
    pub fn all(len: usize) -> Mask {
        let mut m = Mask {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        m.clear_tail();
        m
    }

    /// No episode selected.
    pub fn none(len: usize) -> Mask {
        Mask {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Selects row `i` when `f(i)` is true.
    pub fn from_fn(len: usize, mut f: impl FnMut(usize) -> bool) -> Mask {
        let mut m = Mask::none(len);
        for (w, word) in m.words.iter_mut().enumerate() {
            let base = w * 64;
            let mut bits = 0u64;
            for b in 0..64.min(len - base) {
                bits |= (f(base + b) as u64) << b;
            }
            *word = bits;
        }
        m
    }

    /// From one boolean per row.
    pub fn from_bools(bools: &[bool]) -> Mask {
        Mask::from_fn(bools.len(), |i| bools[i])
    }

    /// Number of rows the mask covers (selected or not).
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the mask covers no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether row `i` is selected (false beyond the end).
    #[inline]
    pub fn get(&self, i: usize) -> bool {
        i < self.len && (self.words[i >> 6] >> (i & 63)) & 1 == 1
    }

    /// Selects or deselects row `i`.
    pub fn set(&mut self, i: usize, on: bool) {
        assert!(i < self.len, "mask index {i} out of range {}", self.len);
        let bit = 1u64 << (i & 63);
        if on {
            self.words[i >> 6] |= bit;
        } else {
            self.words[i >> 6] &= !bit;
        }
    }

    /// Number of selected rows.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Rows selected in both masks (the shorter length wins).
    pub fn and(&self, other: &Mask) -> Mask {
        let len = self.len.min(other.len);
        let mut m = Mask {
            words: self
                .words
                .iter()
                .zip(&other.words)
                .map(|(a, b)| a & b)
                .take(len.div_ceil(64))
                .collect(),
            len,
        };
        m.clear_tail();
        m
    }

    /// Rows selected in either mask (the shorter length wins).
    pub fn or(&self, other: &Mask) -> Mask {
        let len = self.len.min(other.len);
        let mut m = Mask {
            words: self
                .words
                .iter()
                .zip(&other.words)
                .map(|(a, b)| a | b)
                .take(len.div_ceil(64))
                .collect(),
            len,
        };
        m.clear_tail();
        m
    }

    /// The complement: used to check "total minus filtered" for differencing (DATA-MODEL §5).
    pub fn not(&self) -> Mask {
        let mut m = Mask {
            words: self.words.iter().map(|w| !w).collect(),
            len: self.len,
        };
        m.clear_tail();
        m
    }

    /// The selected row indices, in order.
    pub fn iter_selected(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).filter(move |&i| self.get(i))
    }

    fn clear_tail(&mut self) {
        let r = self.len % 64;
        if r != 0 {
            if let Some(last) = self.words.last_mut() {
                *last &= (1u64 << r) - 1;
            }
        }
    }
}

/// Whether row `i` passes an optional mask.
#[inline]
pub(crate) fn selected(mask: Option<&Mask>, i: usize) -> bool {
    mask.is_none_or(|m| m.get(i))
}
