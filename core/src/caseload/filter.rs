//! Cross-filtering: a [`Mask`] selects episodes (one bit per row of [`Episodes`]); an
//! [`EpisodeFilter`] is the plain, shareable setting that builds one. Every count in
//! [`crate::caseload`] and [`crate::dynamics`] takes an optional mask.

use super::duration::{DurationBand, DurationBandThresholds};
use super::{age_in, doelgroep, Precedence};
use crate::date::Date;
use crate::model::{Afstand, Doelgroep, Episodes, Flag, Geslacht, Huishoudtype, Leeftijdsklasse};

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

/// Cross-filter settings as plain data (for a shareable scenario). An empty list means
/// "no restriction" on that field; the fields combine with AND.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct EpisodeFilter {
    /// Genders to keep.
    pub geslacht: Vec<Geslacht>,
    /// Age bands to keep (age at the reference date, or the file's band).
    pub leeftijdsklasse: Vec<Leeftijdsklasse>,
    /// Exclusive target groups to keep (derived with the precedence rule when absent).
    pub doelgroep: Vec<Doelgroep>,
    /// Distances to the labour market to keep.
    pub afstand: Vec<Afstand>,
    /// Household types to keep (rows without a household type are dropped by this filter).
    pub huishoudtype: Vec<Huishoudtype>,
    /// Stadsdeel labels (as in the dataset's dictionary) to keep.
    pub stadsdeel: Vec<String>,
    /// Keep only statushouders (`Some(true)`) or only non-statushouders (`Some(false)`).
    pub statushouder: Option<bool>,
    /// Keep only benefits with (`Some(true)`) or without income from part-time work.
    pub inkomsten_arbeid: Option<bool>,
    /// Duration bands (on the reference date) to keep.
    pub duur: Vec<DurationBand>,
}

impl EpisodeFilter {
    /// True when the filter restricts nothing.
    pub fn is_empty(&self) -> bool {
        *self == EpisodeFilter::default()
    }

    /// The mask of episodes passing the filter. Age and target group are taken at
    /// `peildatum` (`peiljaar − geboortejaar`, DATA-MODEL §2.4).
    pub fn mask(&self, e: &Episodes, peildatum: Date, precedence: Precedence) -> Mask {
        if self.is_empty() {
            return Mask::all(e.len());
        }
        let stadsdelen: Vec<bool> = e
            .stadsdelen
            .labels
            .iter()
            .map(|l| self.stadsdeel.iter().any(|s| s.eq_ignore_ascii_case(l)))
            .collect();
        let year = peildatum.year();
        let duur = DurationBandThresholds::new(peildatum);
        Mask::from_fn(e.len(), |i| {
            if !self.duur.is_empty() && !self.duur.contains(&duur.band(e.start[i])) {
                return false;
            }
            if !self.geslacht.is_empty() && !self.geslacht.contains(&e.geslacht[i]) {
                return false;
            }
            if !self.afstand.is_empty() && !self.afstand.contains(&e.afstand[i]) {
                return false;
            }
            if !self.huishoudtype.is_empty()
                && !e.huishoudtype[i].is_some_and(|h| self.huishoudtype.contains(&h))
            {
                return false;
            }
            if !self.stadsdeel.is_empty()
                && !stadsdelen
                    .get(e.stadsdeel[i] as usize)
                    .copied()
                    .unwrap_or(false)
            {
                return false;
            }
            if let Some(s) = self.statushouder {
                if (e.statushouder[i] == Flag::Ja) != s {
                    return false;
                }
            }
            if let Some(w) = self.inkomsten_arbeid {
                if (e.inkomsten_arbeid[i] == Flag::Ja) != w {
                    return false;
                }
            }
            if !self.leeftijdsklasse.is_empty() || !self.doelgroep.is_empty() {
                let age = age_in(e.geboortejaar[i], year);
                let band = age.map(Leeftijdsklasse::from_age).or(e.leeftijdsklasse[i]);
                if !self.leeftijdsklasse.is_empty()
                    && !band.is_some_and(|b| self.leeftijdsklasse.contains(&b))
                {
                    return false;
                }
                if !self.doelgroep.is_empty() {
                    let under_27 = match age {
                        Some(a) => a < 27,
                        None => band == Some(Leeftijdsklasse::Tot27),
                    };
                    let dg = e.doelgroep[i].unwrap_or_else(|| {
                        doelgroep(under_27, e.statushouder[i] == Flag::Ja, precedence)
                    });
                    if !self.doelgroep.contains(&dg) {
                        return false;
                    }
                }
            }
            true
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_bits() {
        let m = Mask::from_fn(130, |i| i % 3 == 0);
        assert_eq!(m.count(), 44);
        assert!(m.get(129) && !m.get(128) && !m.get(130));
        assert_eq!(m.not().count(), 130 - 44);
        assert_eq!(m.and(&Mask::all(130)), m);
        assert_eq!(m.or(&m.not()), Mask::all(130));
        let mut m2 = Mask::none(5);
        m2.set(4, true);
        assert_eq!(m2.iter_selected().collect::<Vec<_>>(), vec![4]);
    }
}
