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
/// Texts of up to 16 bytes are compared as one `u128` (plus the length), so a hit
/// costs a few integer compares; longer texts are compared as strings.
#[derive(Debug)]
pub(crate) struct CodeCache<T: Copy> {
    short: Vec<(u128, u8, T)>,
    long: Vec<(Box<[u8]>, T)>,
}

impl<T: Copy> Default for CodeCache<T> {
    fn default() -> Self {
        CodeCache {
            short: Vec::new(),
            long: Vec::new(),
        }
    }
}

/// Packs up to 16 bytes into an integer key.
#[inline]
fn pack(b: &[u8]) -> Option<u128> {
    if b.len() > 16 {
        return None;
    }
    // A shift loop rather than a copy: short cells would otherwise cost a memcpy call.
    Some(b.iter().rev().fold(0u128, |k, &x| (k << 8) | u128::from(x)))
}

impl<T: Copy> CodeCache<T> {
    /// The value of `raw`, parsing it with `parse` on a miss. Errors are not cached.
    #[inline]
    pub fn get<E>(&mut self, raw: &[u8], parse: impl FnOnce(&str) -> Result<T, E>) -> Result<T, E> {
        let key = pack(raw);
        if let Some(k) = key {
            let len = raw.len() as u8;
            if let Some(&(_, _, v)) = self.short.iter().find(|(kk, l, _)| *kk == k && *l == len) {
                return Ok(v);
            }
        } else if let Some((_, v)) = self.long.iter().find(|(k, _)| **k == *raw) {
            return Ok(*v);
        }
        // Cells come from decoded text, so they are UTF-8; lossy keeps this panic-free.
        let text = String::from_utf8_lossy(raw);
        let v = parse(&text)?;
        match key {
            Some(k) if self.short.len() < CACHE_LIMIT => self.short.push((k, raw.len() as u8, v)),
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
            return Err(LoadError::new(LoadErrorKind::Other(format!(
                "Te veel verschillende teksten (meer dan {}).",
                Self::LIMIT
            ))));
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
        assert_eq!(c.get(b"b", |_| Err(())), Err(()));
    }
}
