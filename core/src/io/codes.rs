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

/// Cache from a cell's text (as written) to its parsed value.
#[derive(Debug)]
pub(crate) struct CodeCache<T: Copy> {
    seen: Vec<(Box<str>, T)>,
}

impl<T: Copy> Default for CodeCache<T> {
    fn default() -> Self {
        CodeCache { seen: Vec::new() }
    }
}

impl<T: Copy> CodeCache<T> {
    /// The value of `raw`, parsing it with `parse` on a miss. Errors are not cached.
    #[inline]
    pub fn get<E>(&mut self, raw: &str, parse: impl FnOnce(&str) -> Result<T, E>) -> Result<T, E> {
        if let Some((_, v)) = self.seen.iter().find(|(k, _)| &**k == raw) {
            return Ok(*v);
        }
        let v = parse(raw)?;
        if self.seen.len() < CACHE_LIMIT {
            self.seen.push((raw.into(), v));
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
