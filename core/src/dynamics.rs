//! Caseload dynamics from benefit episodes: monthly stock, inflow and outflow, outflow by
//! reason, "uitstroom naar werk", the index series, duration bands and AOW exits
//! (FORMULAS F1, F2, F9, F10; DATA-MODEL §2.4).
//!
//! Conventions (DATA-MODEL §2.4):
//! - an episode is in the caseload on day `d` when `start <= d < eind`;
//! - the **stock of month m** is the caseload on the last day of m, so an episode counts
//!   from its start month up to the month before its end month;
//! - **inflow in m** = episodes with `start` in m, **outflow in m** = episodes with `eind`
//!   in m (the first month no longer on benefit).
//!
//! With these definitions `stock[m] = stock[m−1] + inflow[m] − outflow[m]` holds exactly
//! for every month: stock and flows come from the same records (contrast CONSISTENCY X2).
//!
//! Every function takes an optional [`Mask`] so a UI can cross-filter: only episodes
//! whose bit is set are counted ([`crate::caseload::filter`] builds one from plain,
//! shareable settings).
//!
//! Builds on [`crate::caseload`] (its filter mask), never the reverse.

use crate::caseload::mask::{selected, Mask};
use crate::date::Date;
use crate::model::{Episodes, Flag, Uitstroomreden};

/// The month index (`jaar·12 + maand − 1`, as [`Date::month_index`]) of a calendar month.
pub fn month(jaar: i32, maand: u32) -> i32 {
    jaar * 12 + maand as i32 - 1
}

/// Year and month (1–12) of a month index.
pub fn year_month(mi: i32) -> (i32, u32) {
    (mi.div_euclid(12), mi.rem_euclid(12) as u32 + 1)
}

/// Label of a month index: `"feb 2019"` / `"Feb 2019"`.
pub fn month_label(mi: i32, lang: crate::lang::Lang) -> String {
    use crate::messages::categories as msg;
    let (y, m) = year_month(mi);
    msg::month_year(lang, msg::MONTHS[m as usize - 1], crate::i18n::Plain(y))
}

// ---------------------------------------------------------------------------------------
// Monthly series
// ---------------------------------------------------------------------------------------

/// Number of outflow reasons ([`Uitstroomreden::ALL`]).
pub const REASONS: usize = 9;

/// A closed range of months (month indices, see [`month`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MonthRange {
    /// First month (inclusive).
    pub from: i32,
    /// Last month (inclusive).
    pub to: i32,
}

impl MonthRange {
    /// A range from `from` to `to` (both inclusive); swapped when reversed.
    pub fn new(from: i32, to: i32) -> MonthRange {
        MonthRange {
            from: from.min(to),
            to: from.max(to),
        }
    }

    /// Number of months.
    pub fn len(&self) -> usize {
        (self.to - self.from + 1) as usize
    }

    /// Always false: a range holds at least one month.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The months a file describes completely, or `None` without episodes.
    ///
    /// - **First month**: the month of the earliest `einddatum`. An export usually holds
    ///   only the episodes running at some point since a cut-off, so before the first
    ///   recorded exit the stock would miss the episodes that ended earlier. Without any
    ///   exit, the earliest start month.
    /// - **Last month**: the latest month with a start, or the last month on benefit of
    ///   the latest ended episode (`einddatum − 1 dag`), whichever is later.
    pub fn of_data(e: &Episodes) -> Option<MonthRange> {
        if e.is_empty() {
            return None;
        }
        let first_start = e.start.iter().min()?.month_index();
        let last_start = e.start.iter().max()?.month_index();
        let ends = e.eind.iter().copied().filter(|d| !d.is_open());
        let (first_end, last_end) =
            ends.fold((None, None), |(lo, hi): (Option<Date>, Option<Date>), d| {
                (
                    Some(lo.map_or(d, |l| l.min(d))),
                    Some(hi.map_or(d, |h| h.max(d))),
                )
            });
        let from = first_end.map_or(first_start, |d| d.month_index().max(first_start));
        let to = last_end.map_or(last_start, |d| Date(d.0 - 1).month_index().max(last_start));
        Some(MonthRange::new(from, to))
    }
}

/// One month of the series.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MonthRow {
    /// Month index (see [`month`]).
    pub month: i32,
    /// Running benefits on the last day of the month.
    pub stock: u32,
    /// Episodes starting in the month.
    pub inflow: u32,
    /// Episodes ending in the month (`einddatum` in the month).
    pub outflow: u32,
    /// Outflow by reason, indexed by [`Uitstroomreden::index`].
    pub outflow_by_reason: [u32; REASONS],
    /// Outflow without a reason (should not occur after loading; the loader stores a
    /// missing reason as `onbekend`).
    pub outflow_no_reason: u32,
    /// Running at month end with income from part-time work ("gedeeltelijke uitstroom").
    /// The flag is the file's value at export, so earlier months are approximate.
    pub partial: u32,
}

/// A monthly stock-flow series computed from episodes (see the module docs).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MonthlySeries {
    /// Stock at the end of the month before the first month.
    pub opening_stock: u32,
    /// Running with income from part-time work at the end of the month before the first.
    pub opening_partial: u32,
    /// One row per month, consecutive.
    pub months: Vec<MonthRow>,
}

/// Totals of a [`MonthlySeries`] over a period of whole months.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlowTotals {
    /// First month.
    pub from: i32,
    /// Last month.
    pub to: i32,
    /// Stock at the end of the month before `from`.
    pub stock_begin: u32,
    /// Stock at the end of `to`.
    pub stock_end: u32,
    /// Inflow in the period.
    pub inflow: u32,
    /// Outflow in the period.
    pub outflow: u32,
    /// Outflow by reason ([`Uitstroomreden::index`]).
    pub outflow_by_reason: [u32; REASONS],
    /// Outflow without a reason.
    pub outflow_no_reason: u32,
    /// Running with income from part-time work at the end of `to`.
    pub partial_end: u32,
}

impl FlowTotals {
    /// Number of months in the period.
    pub fn months(&self) -> u32 {
        (self.to - self.from + 1) as u32
    }

    /// Outflow for one reason.
    pub fn reason(&self, r: Uitstroomreden) -> u32 {
        self.outflow_by_reason[r.index()]
    }

    /// Outflow excluding AOW exits (the `U` of FORMULAS F1).
    pub fn outflow_excl_aow(&self) -> u32 {
        self.outflow - self.reason(Uitstroomreden::Aow)
    }

    /// Outflow to work under a definition (CONSISTENCY X4).
    pub fn outflow_to_work(&self, def: OutflowToWork) -> u32 {
        def.reasons().iter().map(|&r| self.reason(r)).sum()
    }

    /// Share of the outflow that goes to work, as a fraction (0 without outflow).
    pub fn outflow_to_work_share(&self, def: OutflowToWork) -> f64 {
        ratio(self.outflow_to_work(def) as f64, self.outflow as f64)
    }

    /// The Table 14 grouping: werk, studie, werk_werkplein, zelfstandig, and "overig"
    /// (aow + verhuizing + overlijden + overig + onbekend + no reason), in that order.
    pub fn table14(&self) -> [u32; 5] {
        let werk = self.reason(Uitstroomreden::Werk);
        let studie = self.reason(Uitstroomreden::Studie);
        let wp = self.reason(Uitstroomreden::WerkWerkplein);
        let zelf = self.reason(Uitstroomreden::Zelfstandig);
        [
            werk,
            studie,
            wp,
            zelf,
            self.outflow - werk - studie - wp - zelf,
        ]
    }

    /// Annualised outflow rate `U · 12/months / B̄` with `B̄` the average of the stocks at
    /// the start and the end (FORMULAS F10), as a fraction.
    pub fn outflow_rate_annual(&self) -> f64 {
        let avg = (self.stock_begin as f64 + self.stock_end as f64) / 2.0;
        ratio(self.outflow as f64 * 12.0 / self.months() as f64, avg)
    }

    /// `ΔB − (I − U)`: zero for episode data, by construction.
    pub fn reconciliation(&self) -> i64 {
        (self.stock_end as i64 - self.stock_begin as i64)
            - (self.inflow as i64 - self.outflow as i64)
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        0.0
    } else {
        a / b
    }
}

impl MonthlySeries {
    /// The covered months, or `None` when empty.
    pub fn range(&self) -> Option<MonthRange> {
        Some(MonthRange::new(
            self.months.first()?.month,
            self.months.last()?.month,
        ))
    }

    /// The row of a month, if inside the series.
    pub fn get(&self, month: i32) -> Option<&MonthRow> {
        let first = self.months.first()?.month;
        usize::try_from(month - first)
            .ok()
            .and_then(|k| self.months.get(k))
    }

    /// Stock at the end of `month`; the month before the first gives the opening stock.
    pub fn stock_at(&self, month: i32) -> Option<u32> {
        let first = self.months.first()?.month;
        if month == first - 1 {
            return Some(self.opening_stock);
        }
        self.get(month).map(|r| r.stock)
    }

    /// Totals over `from..=to` (clamped to the series), or `None` when they do not overlap.
    pub fn totals(&self, from: i32, to: i32) -> Option<FlowTotals> {
        let range = self.range()?;
        let (from, to) = (from.max(range.from), to.min(range.to));
        if from > to {
            return None;
        }
        let mut t = FlowTotals {
            from,
            to,
            stock_begin: self.stock_at(from - 1)?,
            stock_end: self.get(to)?.stock,
            partial_end: self.get(to)?.partial,
            ..Default::default()
        };
        for m in from..=to {
            let r = self.get(m)?;
            t.inflow += r.inflow;
            t.outflow += r.outflow;
            t.outflow_no_reason += r.outflow_no_reason;
            for k in 0..REASONS {
                t.outflow_by_reason[k] += r.outflow_by_reason[k];
            }
        }
        Some(t)
    }

    /// Totals over the 12 months ending with `last` (for calibration).
    pub fn last_12_months(&self, last: i32) -> Option<FlowTotals> {
        self.totals(last - 11, last)
    }

    /// Mean of the month-end stocks over `from..=to`.
    pub fn mean_stock(&self, from: i32, to: i32) -> Option<f64> {
        let t = self.totals(from, to)?;
        let sum: u64 = (t.from..=t.to)
            .filter_map(|m| self.get(m))
            .map(|r| r.stock as u64)
            .sum();
        Some(sum as f64 / t.months() as f64)
    }

    /// True when `stock[m] = stock[m−1] + inflow[m] − outflow[m]` for every month.
    pub fn is_consistent(&self) -> bool {
        let mut prev = self.opening_stock as i64;
        self.months.iter().all(|r| {
            let ok = r.stock as i64 == prev + r.inflow as i64 - r.outflow as i64;
            prev = r.stock as i64;
            ok
        })
    }
}

/// Maps dates to slots with one table lookup per date: slot 0 is "before the range",
/// slots `1..=n` are the months, slot `n + 1` is "after the range" (also for
/// [`Date::OPEN`]).
struct MonthLookup {
    day0: i64,
    /// Slot of day `day0 − 1 + j`: `table[0]` = 0 (before), last entry = `n + 1` (after).
    table: Vec<u16>,
}

impl MonthLookup {
    fn new(range: MonthRange) -> MonthLookup {
        let day0 = Date::from_month_index(range.from).0;
        let day_end = Date::from_month_index(range.to + 1).0;
        let mut table = Vec::with_capacity((day_end - day0) as usize + 2);
        table.push(0);
        for k in 0..range.len() as i32 {
            let a = Date::from_month_index(range.from + k).0;
            let b = Date::from_month_index(range.from + k + 1).0;
            table.extend(std::iter::repeat_n(k as u16 + 1, (b - a) as usize));
        }
        table.push(range.len() as u16 + 1);
        MonthLookup {
            day0: day0 as i64,
            table,
        }
    }

    /// The slot of a date, without branches.
    #[inline(always)]
    fn slot(&self, d: Date) -> usize {
        let last = self.table.len() as i64 - 1;
        let j = (d.0 as i64 - self.day0 + 1).clamp(0, last);
        self.table[j as usize] as usize
    }
}

/// The largest range [`monthly_series`] accepts (1.200 months = 100 years).
pub const MAX_MONTHS: usize = 1200;

/// Per-slot counters of one pass.
struct Counts {
    starts: Vec<u32>,
    ends: Vec<u32>,
    /// `ends` by reason: `slot · (REASONS + 1) + reason` (`REASONS` = no reason).
    reasons: Vec<u32>,
    partial_starts: Vec<u32>,
    partial_ends: Vec<u32>,
}

/// One pass over the episodes: every episode adds one start at its start slot and one end
/// at its end slot (difference arrays). Without branches in the loop; a mask turns the
/// increments into 0 or 1.
fn accumulate<const MASKED: bool>(
    e: &Episodes,
    look: &MonthLookup,
    slots: usize,
    mask: Option<&Mask>,
) -> Counts {
    let mut c = Counts {
        starts: vec![0; slots],
        ends: vec![0; slots],
        reasons: vec![0; slots * (REASONS + 1)],
        partial_starts: vec![0; slots],
        partial_ends: vec![0; slots],
    };
    let n = e.len();
    let (start, eind, reden, ink) = (
        &e.start[..n],
        &e.eind[..n],
        &e.uitstroomreden[..n],
        &e.inkomsten_arbeid[..n],
    );
    for i in 0..n {
        let w = if MASKED {
            mask.is_some_and(|m| m.get(i)) as u32
        } else {
            1
        };
        let s = look.slot(start[i]);
        let t = look.slot(eind[i]).max(s); // an end before the start counts as zero-length
        let r = reden[i].map_or(REASONS, |r| r.index());
        let p = w * (ink[i] == Flag::Ja) as u32;
        c.starts[s] += w;
        c.ends[t] += w;
        c.reasons[t * (REASONS + 1) + r] += w;
        c.partial_starts[s] += p;
        c.partial_ends[t] += p;
    }
    c
}

/// The monthly series over `range` in one pass over the episodes (difference arrays), for
/// the episodes selected by `mask` (all when `None`). A range longer than [`MAX_MONTHS`]
/// is cut to its last [`MAX_MONTHS`] months.
pub fn monthly_series(e: &Episodes, range: MonthRange, mask: Option<&Mask>) -> MonthlySeries {
    let range = if range.len() > MAX_MONTHS {
        MonthRange::new(range.to - MAX_MONTHS as i32 + 1, range.to)
    } else {
        range
    };
    let n = range.len();
    let look = MonthLookup::new(range);
    let c = match mask {
        Some(_) => accumulate::<true>(e, &look, n + 2, mask),
        None => accumulate::<false>(e, &look, n + 2, None),
    };
    // Slot 0 holds the episodes starting before the range; those also ending before it
    // are in `ends[0]` (an end is never before its start). The rest is the opening stock.
    let opening = c.starts[0] - c.ends[0];
    let opening_partial = c.partial_starts[0] - c.partial_ends[0];
    let mut months = Vec::with_capacity(n);
    let mut stock = opening as i64;
    let mut partial = opening_partial as i64;
    for k in 1..=n {
        stock += c.starts[k] as i64 - c.ends[k] as i64;
        partial += c.partial_starts[k] as i64 - c.partial_ends[k] as i64;
        let row = &c.reasons[k * (REASONS + 1)..(k + 1) * (REASONS + 1)];
        let mut by_reason = [0u32; REASONS];
        by_reason.copy_from_slice(&row[..REASONS]);
        months.push(MonthRow {
            month: range.from + k as i32 - 1,
            stock: stock as u32,
            inflow: c.starts[k],
            outflow: c.ends[k],
            outflow_by_reason: by_reason,
            outflow_no_reason: row[REASONS],
            partial: partial as u32,
        });
    }
    MonthlySeries {
        opening_stock: opening,
        opening_partial,
        months,
    }
}

// ---------------------------------------------------------------------------------------
// Outflow to work
// ---------------------------------------------------------------------------------------

/// Which reasons count as "uitstroom naar werk" (CONSISTENCY X4: the seed uses several).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum OutflowToWork {
    /// `werk` only (Table 14 "Uitstroom werk": 337).
    Werk,
    /// `werk` + `zelfstandig` (the text's definition "incl. starten zelfstandigheid": 353).
    #[default]
    WerkZelfstandig,
    /// `werk` + `zelfstandig` + `werk_werkplein` (614).
    WerkZelfstandigWerkplein,
}

impl OutflowToWork {
    /// Every definition, narrowest first.
    pub const ALL: [OutflowToWork; 3] = [
        OutflowToWork::Werk,
        OutflowToWork::WerkZelfstandig,
        OutflowToWork::WerkZelfstandigWerkplein,
    ];

    /// The reasons counted.
    pub fn reasons(self) -> &'static [Uitstroomreden] {
        match self {
            OutflowToWork::Werk => &[Uitstroomreden::Werk],
            OutflowToWork::WerkZelfstandig => &[Uitstroomreden::Werk, Uitstroomreden::Zelfstandig],
            OutflowToWork::WerkZelfstandigWerkplein => &[
                Uitstroomreden::Werk,
                Uitstroomreden::Zelfstandig,
                Uitstroomreden::WerkWerkplein,
            ],
        }
    }

    /// Label shown with the number.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        use crate::messages::categories as msg;
        match self {
            OutflowToWork::Werk => msg::NAAR_WERK_WERK,
            OutflowToWork::WerkZelfstandig => msg::NAAR_WERK_ZELFSTANDIG,
            OutflowToWork::WerkZelfstandigWerkplein => msg::NAAR_WERK_WERKPLEIN,
        }
        .get(lang)
    }
}

// ---------------------------------------------------------------------------------------
// Index
// ---------------------------------------------------------------------------------------

/// The base month of the caseload index (Figure 4 convention: February 2019 = 100).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct IndexParams {
    /// Year of the base month.
    #[serde(rename = "basis_jaar")]
    pub base_year: i32,
    /// Month (1–12) of the base month.
    #[serde(rename = "basis_maand")]
    pub base_month: u32,
}

impl Default for IndexParams {
    fn default() -> Self {
        IndexParams {
            base_year: 2019,
            base_month: 2,
        }
    }
}

impl IndexParams {
    /// The base month as a month index.
    pub fn base_month_index(&self) -> i32 {
        month(self.base_year, self.base_month.clamp(1, 12))
    }
}

/// `100 · stock[m] / stock[basis]` for every month, or `None` when the base month is
/// outside the series or its stock is zero.
pub fn index_series(series: &MonthlySeries, params: &IndexParams) -> Option<Vec<(i32, f64)>> {
    let base = series.stock_at(params.base_month_index())?;
    if base == 0 {
        return None;
    }
    Some(
        series
            .months
            .iter()
            .map(|r| (r.month, 100.0 * r.stock as f64 / base as f64))
            .collect(),
    )
}

// ---------------------------------------------------------------------------------------
// AOW exits
// ---------------------------------------------------------------------------------------

/// The AOW age (⚑ parameter: 67 in 2024–2027, 67 + 3 months from 2028; verify at SVB).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct AowParams {
    /// Whole years.
    #[serde(rename = "leeftijd_jaren")]
    pub age_years: u32,
    /// Extra months (0–11).
    #[serde(rename = "leeftijd_maanden")]
    pub age_months: u32,
}

impl Default for AowParams {
    fn default() -> Self {
        AowParams {
            age_years: 67,
            age_months: 0,
        }
    }
}

impl AowParams {
    /// The AOW age in months.
    pub fn months(&self) -> i32 {
        self.age_years as i32 * 12 + self.age_months.min(11) as i32
    }
}

/// Expected AOW exits of the benefits running on a peildatum (FORMULAS F9).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AowExits {
    /// The date counted.
    pub peildatum: Date,
    /// Expected exits per calendar year, from the peildatum's year (its remaining months
    /// only) onwards.
    pub per_year: Vec<(i32, f64)>,
    /// Expected exits per month, starting with the month after the peildatum.
    pub per_month: Vec<f64>,
    /// Running on the peildatum although the AOW age was reached by birth year.
    pub past_aow_age: u32,
    /// Running without a birth year.
    pub unknown_birth_year: u32,
}

impl AowExits {
    /// Exits in one calendar year (0 outside the horizon).
    pub fn year(&self, jaar: i32) -> f64 {
        self.per_year
            .iter()
            .find(|(y, _)| *y == jaar)
            .map_or(0.0, |(_, v)| *v)
    }
}

/// AOW exits of the benefits running on `peildatum`, for `years` calendar years after the
/// peildatum's year (so the first entry is the rest of the peildatum's year).
///
/// `aow_maand = geboortejaar·12 + geboortemaand + AOW-leeftijd`. With the birth year only,
/// the birth month is spread evenly over the 12 months (DATA-MODEL §2.4); months that fall
/// on or before the peildatum's month are impossible for someone still running, so the
/// benefit is spread over the remaining ones. With a whole-year AOW age this is exactly
/// `aow_jaar = geboortejaar + leeftijd`.
pub fn aow_exits(
    e: &Episodes,
    peildatum: Date,
    params: &AowParams,
    years: u32,
    mask: Option<&Mask>,
) -> AowExits {
    let peil_month = peildatum.month_index();
    let peil_year = peildatum.year();
    let horizon_end = month(peil_year + years as i32, 12); // last month counted
    let n_months = (horizon_end - peil_month).max(0) as usize;
    let mut per_month = vec![0.0f64; n_months];
    let mut past = 0u32;
    let mut unknown = 0u32;
    // Count benefits per birth year first: the spread depends only on the year.
    let mut by_year: std::collections::BTreeMap<u16, u32> = Default::default();
    for i in 0..e.len() {
        if !(e.start[i] <= peildatum && peildatum < e.eind[i] && selected(mask, i)) {
            continue;
        }
        match e.geboortejaar[i] {
            0 => unknown += 1,
            g => *by_year.entry(g).or_default() += 1,
        }
    }
    let age = params.months();
    let mut per_year: Vec<(i32, f64)> = (0..=years as i32).map(|k| (peil_year + k, 0.0)).collect();
    for (&g, &count) in &by_year {
        let first = g as i32 * 12 + age; // AOW month for a January birth
        let months: Vec<i32> = (first..first + 12).filter(|&m| m > peil_month).collect();
        if months.is_empty() {
            past += count;
            continue;
        }
        let total = months.len();
        let w = count as f64 / total as f64;
        for &m in &months {
            if m <= horizon_end {
                per_month[(m - peil_month - 1) as usize] += w;
            }
        }
        // Per year from whole counts, so a whole-year AOW age gives whole numbers.
        for (y, v) in per_year.iter_mut() {
            let in_year = months.iter().filter(|m| m.div_euclid(12) == *y).count();
            if in_year == total {
                *v += count as f64;
            } else if in_year > 0 {
                *v += count as f64 * in_year as f64 / total as f64;
            }
        }
    }
    AowExits {
        peildatum,
        per_year,
        per_month,
        past_aow_age: past,
        unknown_birth_year: unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::caseload::duration::duration_months;
    use crate::model::{Afstand, Geslacht};

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    fn push(e: &mut Episodes, start: Date, eind: Date, reden: Option<Uitstroomreden>, gj: u16) {
        e.gemeente_code.push(0);
        e.geslacht.push(Geslacht::Vrouw);
        e.geboortejaar.push(gj);
        e.leeftijdsklasse.push(None);
        e.statushouder.push(Flag::Nee);
        e.doelgroep.push(None);
        e.afstand.push(Afstand::Lang);
        e.stadsdeel.push(0);
        e.huishoudtype.push(None);
        e.start.push(start);
        e.eind.push(eind);
        e.uitstroomreden.push(reden);
        e.inkomsten_arbeid.push(Flag::Nee);
    }

    #[test]
    fn series_counts_and_identity() {
        let mut e = Episodes::default();
        e.stadsdelen.intern("Zuid");
        push(&mut e, d(2018, 5, 1), Date::OPEN, None, 1960);
        push(
            &mut e,
            d(2018, 5, 1),
            d(2019, 2, 1),
            Some(Uitstroomreden::Werk),
            1990,
        );
        push(
            &mut e,
            d(2019, 1, 15),
            d(2019, 1, 20),
            Some(Uitstroomreden::Studie),
            2000,
        );
        push(
            &mut e,
            d(2019, 2, 1),
            d(2019, 4, 1),
            Some(Uitstroomreden::Aow),
            1952,
        );
        push(
            &mut e,
            d(2017, 1, 1),
            d(2018, 1, 1),
            Some(Uitstroomreden::Werk),
            1980,
        );
        let s = monthly_series(&e, MonthRange::new(month(2019, 1), month(2019, 4)), None);
        assert_eq!(s.opening_stock, 2);
        let stocks: Vec<u32> = s.months.iter().map(|r| r.stock).collect();
        assert_eq!(stocks, vec![2, 2, 2, 1]);
        assert_eq!(s.months[0].inflow, 1);
        assert_eq!(s.months[0].outflow, 1);
        assert_eq!(
            s.months[1].outflow_by_reason[Uitstroomreden::Werk.index()],
            1
        );
        assert!(s.is_consistent());
        let t = s.totals(month(2019, 1), month(2019, 4)).unwrap();
        assert_eq!((t.inflow, t.outflow, t.reconciliation()), (2, 3, 0));
        assert_eq!(t.outflow_excl_aow(), 2);
        assert_eq!(duration_months(d(2023, 10, 1), d(2024, 9, 30)), 12);
        assert_eq!(duration_months(d(2023, 10, 1), d(2024, 9, 29)), 11);
        let range = MonthRange::of_data(&e).unwrap();
        assert_eq!(range, MonthRange::new(month(2018, 1), month(2019, 3)));
    }
}
