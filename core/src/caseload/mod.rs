//! Caseload composition on a peildatum, from benefit episodes: the target-group rule, the
//! composition by every breakdown, the cross-filter ([`filter`]) and the duration bands
//! ([`duration`]). [`crate::dynamics`] builds on this module, never the reverse.

pub mod duration;
pub mod filter;
pub mod mask;

use crate::date::Date;
use crate::model::{Doelgroep, Episodes, Flag, Leeftijdsklasse};
use duration::DurationBandThresholds;
use mask::{selected, Mask};

/// Which group wins when a benefit is both statushouder and under 27 (CONSISTENCY X3).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Precedence {
    /// statushouder > jongere > overig (the default).
    #[default]
    StatushouderFirst,
    /// jongere > statushouder > overig.
    JongereFirst,
}

impl Precedence {
    /// The rule as shown next to the chart.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        use crate::messages::categories as msg;
        match self {
            Precedence::StatushouderFirst => msg::PRECEDENCE_STATUSHOUDER_FIRST,
            Precedence::JongereFirst => msg::PRECEDENCE_JONGERE_FIRST,
        }
        .get(lang)
    }
}

/// The age at the peildatum: `peiljaar − geboortejaar` (up to one year off; DATA-MODEL §2.4).
pub fn age_at(geboortejaar: u16, peildatum: Date) -> Option<i32> {
    (geboortejaar != 0).then(|| peildatum.year() - geboortejaar as i32)
}

/// [`age_at`] with the peildatum's year already known (for loops over all rows).
#[inline]
pub fn age_in(geboortejaar: u16, peiljaar: i32) -> Option<i32> {
    (geboortejaar != 0).then(|| peiljaar - geboortejaar as i32)
}

/// The exclusive target group of one benefit.
pub fn doelgroep(under_27: bool, statushouder: bool, precedence: Precedence) -> Doelgroep {
    match (statushouder, under_27, precedence) {
        (true, true, Precedence::JongereFirst) => Doelgroep::Jongere,
        (true, _, _) => Doelgroep::Statushouder,
        (false, true, _) => Doelgroep::Jongere,
        (false, false, _) => Doelgroep::Overig,
    }
}

/// Counts of the running caseload on one peildatum, by every breakdown of the first view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Composition {
    /// The date counted.
    pub peildatum: Date,
    /// Running benefits on the peildatum.
    pub total: u32,
    /// Gender × age band (indices of [`Geslacht::ALL`] × [`crate::model::Leeftijdsklasse::ALL`]).
    pub gender_age: [[u32; 6]; 4],
    /// Running benefits with no known age.
    pub age_unknown: u32,
    /// Under 27 regardless of target group (the seed's "jongeren" share).
    pub under_27: u32,
    /// By exclusive target group (index of [`Doelgroep::ALL`]).
    pub doelgroep: [u32; 3],
    /// By distance to the labour market (index of [`Afstand::ALL`]).
    pub afstand: [u32; 3],
    /// By stadsdeel label, in the dataset's dictionary order.
    pub stadsdeel: Vec<(String, u32)>,
    /// With income from part-time work ("gedeeltelijke uitstroom").
    pub inkomsten_arbeid: u32,
    /// Without income from part-time work (the complement of `inkomsten_arbeid`).
    pub zonder_inkomsten_arbeid: u32,
    /// By household type (index of [`crate::model::Huishoudtype::ALL`]).
    pub huishoudtype: [u32; 3],
    /// Running benefits with no household type in the file.
    pub huishoudtype_unknown: u32,
    /// By duration on the peildatum (index of [`duration::DurationBand::ALL`]).
    pub duur: [u32; 5],
    /// By instroomreden key (index into [`Episodes::instroomredenen`]); empty when the
    /// file has no instroomreden column.
    pub instroomreden: Vec<u32>,
}

impl Composition {
    /// A share of the total in percent (0 when the total is 0).
    pub fn share(&self, count: u32) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * count as f64 / self.total as f64
        }
    }
}

impl Composition {
    /// Guards this (filtered) composition against differencing with the unfiltered one:
    /// every cell whose complement is a small group is marked for suppression, the total
    /// included (see [`crate::suppress::guard_differencing`]).
    pub fn guard_against(&mut self, all: &Composition, threshold: u32) {
        use crate::suppress::guard_differencing as g;
        let mut total = [self.total];
        g(&mut total, &[all.total], threshold);
        self.total = total[0];
        for (row, all_row) in self.gender_age.iter_mut().zip(&all.gender_age) {
            g(row, all_row, threshold);
        }
        let mut single = [
            self.under_27,
            self.inkomsten_arbeid,
            self.zonder_inkomsten_arbeid,
            self.age_unknown,
            self.huishoudtype_unknown,
        ];
        g(
            &mut single,
            &[
                all.under_27,
                all.inkomsten_arbeid,
                all.zonder_inkomsten_arbeid,
                all.age_unknown,
                all.huishoudtype_unknown,
            ],
            threshold,
        );
        [
            self.under_27,
            self.inkomsten_arbeid,
            self.zonder_inkomsten_arbeid,
            self.age_unknown,
            self.huishoudtype_unknown,
        ] = single;
        g(&mut self.huishoudtype, &all.huishoudtype, threshold);
        g(&mut self.duur, &all.duur, threshold);
        g(&mut self.doelgroep, &all.doelgroep, threshold);
        g(&mut self.afstand, &all.afstand, threshold);
        if self.instroomreden.len() == all.instroomreden.len() {
            g(&mut self.instroomreden, &all.instroomreden, threshold);
        }
        for (cell, all_cell) in self.stadsdeel.iter_mut().zip(&all.stadsdeel) {
            let mut one = [cell.1];
            g(&mut one, &[all_cell.1], threshold);
            cell.1 = one[0];
        }
    }
}

/// Counts the episodes running on `peildatum` (`start <= peildatum < eind`).
pub fn composition(e: &Episodes, peildatum: Date, precedence: Precedence) -> Composition {
    composition_filtered(e, peildatum, precedence, None)
}

/// [`composition`] restricted to the episodes selected by `mask` (all when `None`).
/// With `mask = None` the result equals `composition` exactly.
pub fn composition_filtered(
    e: &Episodes,
    peildatum: Date,
    precedence: Precedence,
    mask: Option<&Mask>,
) -> Composition {
    let mut c = Composition {
        peildatum,
        stadsdeel: e.stadsdelen.labels.iter().map(|l| (l.clone(), 0)).collect(),
        instroomreden: if e.has_instroomreden() {
            vec![0; e.instroomredenen.labels.len()]
        } else {
            Vec::new()
        },
        ..Default::default()
    };
    let instroom = e.has_instroomreden();
    let year = peildatum.year();
    let duur = DurationBandThresholds::new(peildatum);
    for i in 0..e.len() {
        if !(e.start[i] <= peildatum && peildatum < e.eind[i] && selected(mask, i)) {
            continue;
        }
        c.total += 1;
        c.duur[duur.band(e.start[i]).index()] += 1;
        match e.huishoudtype[i] {
            Some(h) => c.huishoudtype[h.index()] += 1,
            None => c.huishoudtype_unknown += 1,
        }
        let age = age_in(e.geboortejaar[i], year);
        let band = age.map(Leeftijdsklasse::from_age).or(e.leeftijdsklasse[i]);
        match band {
            Some(b) => c.gender_age[e.geslacht[i].index()][b.index()] += 1,
            None => c.age_unknown += 1,
        }
        let under_27 = match age {
            Some(a) => a < 27,
            None => band == Some(Leeftijdsklasse::Tot27),
        };
        c.under_27 += under_27 as u32;
        let dg = e.doelgroep[i]
            .unwrap_or_else(|| doelgroep(under_27, e.statushouder[i] == Flag::Ja, precedence));
        c.doelgroep[dg.index()] += 1;
        c.afstand[e.afstand[i].index()] += 1;
        if let Some(s) = c.stadsdeel.get_mut(e.stadsdeel[i] as usize) {
            s.1 += 1;
        }
        if instroom {
            if let Some(n) = c.instroomreden.get_mut(e.instroomreden[i] as usize) {
                *n += 1;
            }
        }
        let met = (e.inkomsten_arbeid[i] == Flag::Ja) as u32;
        c.inkomsten_arbeid += met;
        c.zonder_inkomsten_arbeid += 1 - met;
    }
    c
}

/// The default peildatum of a dataset: the end of the month of its latest date.
pub fn default_peildatum(e: &Episodes) -> Option<Date> {
    e.latest_date().map(Date::month_end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Afstand, Flag, Geslacht, Leeftijdsklasse};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    fn three() -> Episodes {
        let mut e = Episodes::default();
        let sd = e.stadsdelen.intern("Zuid");
        for (g, by, sh, start, eind) in [
            (Geslacht::Vrouw, 1962, Flag::Nee, d(2016, 3, 1), Date::OPEN),
            (Geslacht::Man, 2001, Flag::Nee, d(2024, 2, 1), d(2024, 8, 1)),
            (Geslacht::Man, 2000, Flag::Ja, d(2023, 5, 1), Date::OPEN),
        ] {
            e.geslacht.push(g);
            e.geboortejaar.push(by);
            e.leeftijdsklasse.push(None);
            e.statushouder.push(sh);
            e.doelgroep.push(None);
            e.afstand.push(Afstand::Lang);
            e.stadsdeel.push(sd);
            e.huishoudtype.push(None);
            e.start.push(start);
            e.eind.push(eind);
            e.uitstroomreden.push(None);
            e.inkomsten_arbeid.push(Flag::Nee);
            e.gemeente_code.push(0);
        }
        e
    }

    #[test]
    fn counts_running_on_peildatum_with_precedence() {
        let e = three();
        let c = composition(&e, d(2024, 9, 30), Precedence::StatushouderFirst);
        assert_eq!(c.total, 2);
        assert_eq!(c.under_27, 1);
        assert_eq!(c.doelgroep, [0, 1, 1]);
        let c = composition(&e, d(2024, 9, 30), Precedence::JongereFirst);
        assert_eq!(c.doelgroep, [1, 0, 1]);
        assert_eq!(
            c.gender_age[Geslacht::Vrouw.index()][Leeftijdsklasse::Van55.index()],
            1
        );
        // The episode ending 01-08-2024 counted on 31-07-2024, not on 01-08-2024.
        assert_eq!(
            composition(&e, d(2024, 7, 31), Precedence::default()).total,
            3
        );
        assert_eq!(
            composition(&e, d(2024, 8, 1), Precedence::default()).total,
            2
        );
        assert_eq!(default_peildatum(&e), Some(d(2024, 8, 31)));
    }

    #[test]
    fn instroomreden_is_counted_and_filtered_by_key() {
        let mut e = three();
        assert!(composition(&e, d(2024, 9, 30), Precedence::default())
            .instroomreden
            .is_empty());
        let (a, b) = (
            e.instroomredenen.intern("14"),
            e.instroomredenen.intern("2"),
        );
        e.instroomreden = vec![a, b, a];
        let peil = d(2024, 7, 31);
        let c = composition(&e, peil, Precedence::default());
        assert_eq!(c.instroomreden, [2, 1]);
        let f = filter::EpisodeFilter {
            instroomreden: vec!["2".into()],
            ..Default::default()
        };
        let m = f.mask(&e, peil, Precedence::default());
        assert_eq!(m.iter_selected().collect::<Vec<_>>(), [1]);
        let c = composition_filtered(&e, peil, Precedence::default(), Some(&m));
        assert_eq!((c.total, c.instroomreden.clone()), (1, vec![0, 1]));
        // A key the data does not have selects nothing.
        let f = filter::EpisodeFilter {
            instroomreden: vec!["99".into()],
            ..Default::default()
        };
        assert_eq!(f.mask(&e, peil, Precedence::default()).count(), 0);
    }
}
