//! Turning repeated cell texts into codes without allocating per cell: a small cache
//! from the text as written to its parsed value, and a dictionary interner.
//!
//! A column of a million rows usually holds a handful of spellings (`V`, `M`, `Zuid`),
//! so the cache is a short list scanned linearly; only a miss normalises and parses.

use std::collections::HashMap;

use super::{LoadError, LoadErrorKind};
use crate::model::Dict;

/// Spellings kept per column; past this, misses are parsed each time (still correct).
const CACHE_LIMIT: usize = 64;

/// Cache from a cell's bytes (as written, trimmed) to its parsed value.
///
/// Texts of up to 16 bytes are compared as two `u64` (plus the length), so a hit
/// costs a few integer compares; longer texts are compared as strings. (Not one `u128`:
/// wasm has no 128-bit integers, so every shift of one would cost several operations.)
///
/// In front of the list of short texts sits a direct-mapped table indexed by a hash of
/// the key: a hit there is one compare, without a scan whose length changes from row to
/// row (a branch the processor cannot predict when a column's values are mixed).
#[derive(Debug)]
pub(crate) struct CodeCache<T: Copy> {
    short: Vec<(u64, u64, u8, T)>,
    long: Vec<(Box<[u8]>, T)>,
    /// [`SLOTS`] entries once a short text is cached (a length of [`NO_SLOT`]: empty).
    slots: Vec<(u64, u64, u8, T)>,
}

/// Entries in [`CodeCache`]'s direct-mapped table (a power of two).
const SLOTS: usize = 64;

/// The length of an empty slot (short texts have at most 16 bytes).
const NO_SLOT: u8 = u8::MAX;

/// The slot of a short key.
#[inline]
fn slot(lo: u64, hi: u64, len: u8) -> usize {
    let h = (lo ^ hi.rotate_left(23) ^ u64::from(len)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

impl<T: Copy> Default for CodeCache<T> {
    fn default() -> Self {
        CodeCache {
            short: Vec::new(),
            long: Vec::new(),
            slots: Vec::new(),
        }
    }
}

/// Packs up to 8 bytes into an integer, little-endian (byte `i` at bits `8i`), zero above.
///
/// Without a loop or a variable-length copy (each costs more in wasm than the few loads
/// here): 4 to 8 bytes are two overlapping 4-byte reads, fewer are three single bytes
/// that overlap the same way.
#[inline]
pub(crate) fn pack8(b: &[u8]) -> u64 {
    let n = b.len();
    match n {
        0 => 0,
        1..=3 => {
            u64::from(b[0])
                | u64::from(b[n / 2]) << (8 * (n / 2))
                | u64::from(b[n - 1]) << (8 * (n - 1))
        }
        4..=8 => {
            let word = |at: usize| {
                let mut a = [0u8; 4];
                a.copy_from_slice(&b[at..at + 4]);
                u64::from(u32::from_le_bytes(a))
            };
            word(0) | word(n - 4) << (8 * (n - 4))
        }
        _ => {
            let mut a = [0u8; 8];
            a.copy_from_slice(&b[..8]);
            u64::from_le_bytes(a)
        }
    }
}

/// Packs up to 16 bytes into an integer key (two halves).
#[inline]
fn pack(b: &[u8]) -> Option<(u64, u64)> {
    match b.len() {
        0..=8 => Some((pack8(b), 0)),
        9..=16 => Some((pack8(&b[..8]), pack8(&b[8..]))),
        _ => None,
    }
}

impl<T: Copy> CodeCache<T> {
    /// The value of `raw`, parsing it with `parse` on a miss. Errors are not cached.
    #[inline]
    pub fn get<E>(&mut self, raw: &[u8], parse: impl FnOnce(&str) -> Result<T, E>) -> Result<T, E> {
        let key = pack(raw);
        if let Some((lo, hi)) = key {
            let len = raw.len() as u8;
            let at = slot(lo, hi, len);
            if let Some(&(l, h, n, v)) = self.slots.get(at) {
                if l == lo && h == hi && n == len {
                    return Ok(v);
                }
            }
            if let Some(&(.., v)) = self
                .short
                .iter()
                .find(|&&(l, h, n, _)| l == lo && h == hi && n == len)
            {
                // Two texts of one slot take turns; both stay in the list.
                if let Some(s) = self.slots.get_mut(at) {
                    *s = (lo, hi, len, v);
                }
                return Ok(v);
            }
        } else if let Some((_, v)) = self.long.iter().find(|(k, _)| **k == *raw) {
            return Ok(*v);
        }
        // Cells come from decoded text, so they are UTF-8; lossy keeps this panic-free.
        let text = String::from_utf8_lossy(raw);
        let v = parse(&text)?;
        match key {
            Some((lo, hi)) if self.short.len() < CACHE_LIMIT => {
                let len = raw.len() as u8;
                self.short.push((lo, hi, len, v));
                if self.slots.is_empty() {
                    self.slots = vec![(0, 0, NO_SLOT, v); SLOTS];
                }
                self.slots[slot(lo, hi, len)] = (lo, hi, len, v);
            }
            None if self.long.len() < CACHE_LIMIT => self.long.push((raw.into(), v)),
            _ => {}
        }
        Ok(v)
    }
}

/// Interns labels into a [`Dict`] with a hash index, refusing more labels than a `u16` holds.
/// Use one interner per dictionary, starting from an empty one.
#[derive(Debug, Default)]
pub(crate) struct Interner {
    index: HashMap<String, u16>,
}

impl Interner {
    /// Most distinct labels per dictionary.
    pub const LIMIT: usize = u16::MAX as usize;

    /// The code of `label` in `dict`, adding it when new.
    pub fn intern(&mut self, dict: &mut Dict, label: &str) -> Result<u16, LoadError> {
        if let Some(&c) = self.index.get(label) {
            return Ok(c);
        }
        if dict.labels.len() >= Self::LIMIT {
            return Err(LoadError::new(LoadErrorKind::TooManyLabels {
                limit: Self::LIMIT,
            }));
        }
        // The index holds every label of `dict` added through it, so this one is new.
        dict.labels.push(label.to_string());
        let code = (dict.labels.len() - 1) as u16;
        self.index.insert(label.to_string(), code);
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack8_is_the_little_endian_value_of_every_length() {
        let bytes = [0x11u8, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88];
        for n in 0..=8 {
            let b = &bytes[..n];
            let want = b.iter().rev().fold(0u64, |k, &x| (k << 8) | u64::from(x));
            assert_eq!(pack8(b), want, "{n} bytes");
        }
    }

    #[test]
    fn cache_tells_lengths_and_long_texts_apart() {
        let mut c: CodeCache<usize> = CodeCache::default();
        let len = |s: &str| Ok::<_, ()>(s.len());
        assert_eq!(c.get(b"a", len), Ok(1));
        assert_eq!(c.get(b"a\0", len), Ok(2), "same packed bytes, other length");
        let long = "een heel lange waarde van meer dan zestien bytes";
        assert_eq!(c.get(long.as_bytes(), len), Ok(long.len()));
        assert_eq!(
            c.get(long.as_bytes(), |_| Err(())),
            Ok(long.len()),
            "cached"
        );
        assert_eq!(c.get(b"a", |_| Err(())), Ok(1), "cached");
        // Nine to sixteen bytes: both halves count.
        assert_eq!(c.get(b"123456789", len), Ok(9));
        assert_eq!(c.get(b"123456780", |_| Ok::<_, ()>(0)), Ok(0));
        assert_eq!(c.get(b"123456789", |_| Err(())), Ok(9), "cached");
        assert_eq!(c.get(b"1234567890123456", len), Ok(16));
        assert_eq!(
            c.get(b"12345678", |_| Ok::<_, ()>(8)),
            Ok(8),
            "not the same as 9 bytes"
        );
        assert_eq!(c.get(b"b", |_| Err(())), Err(()));
    }

    proptest::proptest! {
        /// Whatever the order and however texts share a slot, the cache gives each text
        /// its first parsed value and parses a text again only once it is full.
        #[test]
        fn cache_gives_each_text_its_value(
            texts in proptest::collection::vec(
                proptest::collection::vec(proptest::prelude::any::<u8>(), 0..20),
                1..80,
            ),
            order in proptest::collection::vec(0usize..1000, 0..400),
        ) {
            let mut c: CodeCache<usize> = CodeCache::default();
            let mut parses = 0;
            for k in order.iter().copied().chain(0..texts.len()) {
                let t = &texts[k % texts.len()];
                let want = texts.iter().position(|x| x == t).unwrap();
                let got = c.get(t, |_| {
                    parses += 1;
                    Ok::<_, ()>(want)
                });
                proptest::prop_assert_eq!(got, Ok(want));
            }
            let distinct: std::collections::HashSet<_> = texts.iter().collect();
            if distinct.len() <= CACHE_LIMIT {
                proptest::prop_assert_eq!(parses, distinct.len());
            }
        }
    }
}
