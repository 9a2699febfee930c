//! Cross-filtering: a [`Mask`] selects episodes (one bit per row of [`Episodes`]); an
//! [`EpisodeFilter`] is the plain, shareable setting that builds one. Every count in
//! [`crate::caseload`] and [`crate::dynamics`] takes an optional mask.

use super::duration::{DurationBand, DurationBandThresholds};
use super::mask::Mask;
use super::{age_in, doelgroep, Precedence};
use crate::date::Date;
use crate::model::{Afstand, Doelgroep, Episodes, Flag, Geslacht, Huishoudtype, Leeftijdsklasse};

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
    /// Instroomreden keys (as in [`Episodes::instroomredenen`]: the code, or the
    /// description in a file without codes) to keep.
    pub instroomreden: Vec<String>,
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
        let instroom: Vec<bool> = e
            .instroomredenen
            .labels
            .iter()
            .map(|k| self.instroomreden.contains(k))
            .collect();
        let has_instroom = e.has_instroomreden();
        let year = peildatum.year();
        let duur = DurationBandThresholds::new(peildatum);
        Mask::from_fn(e.len(), |i| {
            let keeps_instroom = has_instroom
                && instroom
                    .get(e.instroomreden[i] as usize)
                    .copied()
                    .unwrap_or(false);
            if !self.instroomreden.is_empty() && !keeps_instroom {
                return false;
            }
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
