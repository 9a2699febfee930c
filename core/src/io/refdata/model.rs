//! The reference-data model: regions, periods, breakdown groups, indicators and cells,
//! with the queries the comparison screen needs.

use std::collections::HashMap;

use super::cell::{Cell, Status};
use super::measure::{Measure, Unit};
use super::Shape;
use crate::text::normalize;

/// What kind of region a code or label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RegionKind {
    /// Nederland (`NL01`).
    Country,
    /// Landsdeel (`LD01`).
    PartOfCountry,
    /// Provincie (`PV21`).
    Province,
    /// COROP region (`CR01`).
    Corop,
    /// Arbeidsmarktregio (`AM01`).
    LabourMarketRegion,
    /// Gemeente (`GM0153`).
    Gemeente,
    /// Anything else.
    Other,
}

impl RegionKind {
    /// The kind a CBS region code names by its prefix.
    pub fn of_code(code: &str) -> RegionKind {
        match code.get(..2).map(|p| p.to_ascii_uppercase()).as_deref() {
            Some("NL") => RegionKind::Country,
            Some("LD") => RegionKind::PartOfCountry,
            Some("PV") => RegionKind::Province,
            Some("CR") => RegionKind::Corop,
            Some("AM") => RegionKind::LabourMarketRegion,
            Some("GM") => RegionKind::Gemeente,
            _ => RegionKind::Other,
        }
    }
}

/// A region: a CBS code, a name, or both.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Region {
    /// CBS code, trimmed and upper case (`GM0153`).
    pub code: Option<String>,
    /// Name as the file writes it, without a kind suffix (`Enschede`).
    pub name: Option<String>,
    /// Kind.
    pub kind: RegionKind,
}

impl Region {
    /// The name, else the code.
    pub fn label(&self) -> &str {
        self.name.as_deref().or(self.code.as_deref()).unwrap_or("")
    }

    /// Whether this is a CBS region code (`GM0153`, `NL01`, `PV21`).
    pub fn is_code(s: &str) -> bool {
        let s = s.trim();
        s.len() >= 4
            && s.len() <= 8
            && s.as_bytes()[..2].iter().all(u8::is_ascii_alphabetic)
            && s.as_bytes()[2..].iter().all(u8::is_ascii_digit)
    }

    /// A region from a CBS code.
    pub(crate) fn from_code(code: &str) -> Region {
        let code = code.trim().to_ascii_uppercase();
        Region {
            kind: RegionKind::of_code(&code),
            code: Some(code),
            name: None,
        }
    }

    /// A region from a StatLine or waarstaatjegemeente label: `Nederland`, `Overijssel (PV)`,
    /// `Twente (CR)`, `Groningen (gemeente)`, a code, or a plain name (a gemeente).
    pub(crate) fn from_label(label: &str) -> Region {
        let label = label.trim();
        if Region::is_code(label) {
            return Region::from_code(label);
        }
        let suffixes: [(&str, RegionKind); 7] = [
            ("(PV)", RegionKind::Province),
            ("(LD)", RegionKind::PartOfCountry),
            ("(CR)", RegionKind::Corop),
            ("(AM)", RegionKind::LabourMarketRegion),
            ("(gemeente)", RegionKind::Gemeente),
            ("(gem.)", RegionKind::Gemeente),
            ("(provincie)", RegionKind::Province),
        ];
        for (suffix, kind) in suffixes {
            let cut = label.len().checked_sub(suffix.len());
            if let Some(at) = cut.filter(|&at| label.is_char_boundary(at)) {
                if label[at..].eq_ignore_ascii_case(suffix) {
                    return Region::named(label[..at].trim(), kind);
                }
            }
        }
        const PROVINCIE: &str = "provincie ";
        let n = normalize(label);
        let kind = if n == "nederland" || n == "totaal nederland" {
            RegionKind::Country
        } else if label
            .get(..PROVINCIE.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(PROVINCIE))
        {
            return Region::named(label[PROVINCIE.len()..].trim(), RegionKind::Province);
        } else {
            RegionKind::Gemeente
        };
        Region::named(label, kind)
    }

    fn named(name: &str, kind: RegionKind) -> Region {
        Region {
            code: None,
            name: Some(name.to_string()),
            kind,
        }
    }

    /// The key that identifies the region when files are merged: the code, else the kind
    /// and the normalised name.
    fn key(&self) -> String {
        match (&self.code, &self.name) {
            (Some(c), _) => c.clone(),
            (None, n) => format!("{:?}:{}", self.kind, normalize(n.as_deref().unwrap_or(""))),
        }
    }
}

/// A period of a reference table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Period {
    /// A calendar year.
    Year(i32),
    /// A quarter (1–4).
    Quarter(i32, u8),
    /// A month (1–12).
    Month(i32, u8),
}

impl Period {
    /// The year.
    pub fn year(self) -> i32 {
        match self {
            Period::Year(y) | Period::Quarter(y, _) | Period::Month(y, _) => y,
        }
    }

    /// The period before, of the same length.
    pub fn previous(self) -> Period {
        match self {
            Period::Year(y) => Period::Year(y - 1),
            Period::Quarter(y, 1) => Period::Quarter(y - 1, 4),
            Period::Quarter(y, q) => Period::Quarter(y, q - 1),
            Period::Month(y, 1) => Period::Month(y - 1, 12),
            Period::Month(y, m) => Period::Month(y, m - 1),
        }
    }

    /// Chronological sort key: start month, then longer periods first.
    pub fn sort_key(self) -> (i32, u8, u8) {
        match self {
            Period::Year(y) => (y, 1, 0),
            Period::Quarter(y, q) => (y, 3 * q - 2, 1),
            Period::Month(y, m) => (y, m, 2),
        }
    }

    /// A stable code: `2017`, `2017-Q1`, `2017-01`.
    pub fn code(self) -> String {
        match self {
            Period::Year(y) => format!("{y}"),
            Period::Quarter(y, q) => format!("{y}-Q{q}"),
            Period::Month(y, m) => format!("{y}-{m:02}"),
        }
    }

    /// A CBS open-data period code: `2017JJ00`, `2017KW01`, `1998MM01`.
    pub(crate) fn from_cbs_code(s: &str) -> Option<Period> {
        let s = s.trim();
        if s.len() != 8 || !s.is_ascii() {
            return None;
        }
        let year: i32 = s[..4].parse().ok()?;
        let n: u8 = s[6..].parse().ok()?;
        match &s[4..6] {
            "JJ" if n == 0 => Some(Period::Year(year)),
            "KW" if (1..=4).contains(&n) => Some(Period::Quarter(year, n)),
            "MM" if (1..=12).contains(&n) => Some(Period::Month(year, n)),
            _ => None,
        }
    }

    /// A StatLine or waarstaatjegemeente label: `2017`, `2017*`, `2018 januari`,
    /// `2018 1e kwartaal`, `2018 oktober**`, `2018-03`; with the status its marker gives.
    pub(crate) fn from_label(s: &str) -> Option<(Period, Status)> {
        let (s, status) = Status::strip(s.trim());
        if let Some(p) = Period::from_cbs_code(s) {
            return Some((p, status));
        }
        let n = normalize(s);
        let mut words = n.split([' ', '-', '/']).filter(|w| !w.is_empty());
        let year: i32 = words
            .next()?
            .parse()
            .ok()
            .filter(|y| (1900..2200).contains(y))?;
        let rest: Vec<&str> = words.collect();
        let period = match rest.as_slice() {
            [] => Period::Year(year),
            [m] if m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)) => {
                Period::Month(year, m.parse().ok()?)
            }
            [m] if month_of(m).is_some() => Period::Month(year, month_of(m)?),
            [q, "kwartaal"] | [q, "kw"] => Period::Quarter(year, quarter_of(q)?),
            [q] if q.starts_with('q') || q.starts_with("kw") => {
                Period::Quarter(year, quarter_of(q.trim_start_matches(['q', 'k', 'w']))?)
            }
            _ => return None,
        };
        Some((period, status))
    }
}

fn month_of(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "maart", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    let w = word.trim_end_matches('.');
    if w == "mrt" || w == "mar" {
        return Some(3);
    }
    if w == "oct" || w == "october" {
        return Some(10);
    }
    if w == "may" {
        return Some(5);
    }
    MONTHS
        .iter()
        .position(|m| w.starts_with(m) || (w.len() >= 3 && m.starts_with(w)))
        .map(|i| i as u8 + 1)
}

fn quarter_of(word: &str) -> Option<u8> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|q| (1..=4).contains(q))
}

/// A breakdown group (an age class, a sex) or the whole population.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Group {
    /// `dimension=code` pairs joined by `;` (`Leeftijd=20150`); empty without breakdown.
    pub key: String,
    /// The first group of its file: CBS and StatLine put the total first.
    pub total: bool,
}

/// One indicator (a column of a CBS table, a StatLine topic, a waarstaatjegemeente
/// indicator).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Indicator {
    /// What it measures.
    pub measure: Measure,
    /// The unit of its values.
    pub unit: Unit,
    /// The label or key as the source writes it.
    pub label: String,
    /// Index into [`RefData::sources`] of the file it came from first.
    pub source: usize,
}

impl Indicator {
    /// One key per shape of file: the yearly CBS tables share their indicators, while a
    /// waarstaatjegemeente density stays apart from CBS's (other definitions).
    fn key(&self, shape: Shape) -> String {
        match self.measure {
            Measure::Other => format!("{shape:?}:other:{}:{:?}", normalize(&self.label), self.unit),
            m => format!("{shape:?}:{m:?}:{:?}", self.unit),
        }
    }
}

/// A file that was read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    /// Its shape.
    pub shape: Shape,
    /// The file name.
    pub name: String,
    /// Title lines above the table (StatLine download), if any.
    pub title: Option<String>,
    /// Footnote lines below the table (`Bron: CBS`), if any.
    pub notes: Vec<String>,
}

/// One cell with its coordinates.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Observation {
    /// Index into [`RefData::regions`].
    pub region: usize,
    /// Index into [`RefData::periods`].
    pub period: usize,
    /// Index into [`RefData::groups`].
    pub group: usize,
    /// Index into [`RefData::indicators`].
    pub indicator: usize,
    /// The value and its marker.
    pub cell: Cell,
}

/// Reference data from one or more files. Serialized (the loader worker's reply) it is its
/// parts with the cells as `(region, period, group, indicator, cell)`; the look-up maps
/// are rebuilt on reading.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(into = "RefDataWire", try_from = "RefDataWire")]
pub struct RefData {
    /// The files read, in order.
    pub sources: Vec<Source>,
    /// Regions, in order of first appearance.
    pub regions: Vec<Region>,
    /// Periods, in order of first appearance ([`RefData::periods_sorted`] sorts them).
    pub periods: Vec<Period>,
    /// Breakdown groups.
    pub groups: Vec<Group>,
    /// Indicators.
    pub indicators: Vec<Indicator>,
    observations: Vec<Observation>,
    region_ix: HashMap<String, usize>,
    group_ix: HashMap<String, usize>,
    indicator_ix: HashMap<String, usize>,
    cell_ix: HashMap<(usize, usize, usize, usize), usize>,
}

/// [`RefData`] as it travels: its parts without the look-up maps.
#[derive(serde::Serialize, serde::Deserialize)]
struct RefDataWire {
    sources: Vec<Source>,
    regions: Vec<Region>,
    periods: Vec<Period>,
    groups: Vec<Group>,
    indicators: Vec<Indicator>,
    cells: Vec<(usize, usize, usize, usize, Cell)>,
}

impl From<RefData> for RefDataWire {
    fn from(d: RefData) -> RefDataWire {
        RefDataWire {
            cells: d
                .observations
                .iter()
                .map(|o| (o.region, o.period, o.group, o.indicator, o.cell))
                .collect(),
            sources: d.sources,
            regions: d.regions,
            periods: d.periods,
            groups: d.groups,
            indicators: d.indicators,
        }
    }
}

impl TryFrom<RefDataWire> for RefData {
    type Error = String;

    /// Rebuilds the look-up maps; an index out of range is an error, not a panic.
    fn try_from(w: RefDataWire) -> Result<RefData, String> {
        let mut d = RefData {
            sources: w.sources,
            ..RefData::default()
        };
        for r in w.regions {
            d.region_ix.insert(r.key(), d.regions.len());
            d.regions.push(r);
        }
        d.periods = w.periods;
        for g in w.groups {
            d.group_ix.insert(g.key.clone(), d.groups.len());
            d.groups.push(g);
        }
        for i in w.indicators {
            let shape = d.sources.get(i.source).ok_or("indicator source")?.shape;
            d.indicator_ix.insert(i.key(shape), d.indicators.len());
            d.indicators.push(i);
        }
        for (region, period, group, indicator, cell) in w.cells {
            if region >= d.regions.len()
                || period >= d.periods.len()
                || group >= d.groups.len()
                || indicator >= d.indicators.len()
            {
                return Err("cell index".into());
            }
            d.set(region, period, group, indicator, cell);
        }
        Ok(d)
    }
}

/// `b / a − 1` (FORMULAS F2, as `reference::growth`; this module sits below it).
fn growth(a: f64, b: f64) -> f64 {
    b / a - 1.0
}

/// CBS's size classes of municipalities by inhabitants (gemeentegrootteklasse).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SizeClass {
    /// Fewer than 5,000 inhabitants.
    Below5k,
    /// 5,000 to 10,000.
    From5kTo10k,
    /// 10,000 to 20,000.
    From10kTo20k,
    /// 20,000 to 50,000.
    From20kTo50k,
    /// 50,000 to 100,000.
    From50kTo100k,
    /// 100,000 to 150,000.
    From100kTo150k,
    /// 150,000 to 250,000.
    From150kTo250k,
    /// 250,000 or more.
    From250k,
}

impl SizeClass {
    /// The class of a number of inhabitants.
    pub fn of(inhabitants: f64) -> SizeClass {
        const BOUNDS: [(f64, SizeClass); 7] = [
            (5_000.0, SizeClass::Below5k),
            (10_000.0, SizeClass::From5kTo10k),
            (20_000.0, SizeClass::From10kTo20k),
            (50_000.0, SizeClass::From20kTo50k),
            (100_000.0, SizeClass::From50kTo100k),
            (150_000.0, SizeClass::From100kTo150k),
            (250_000.0, SizeClass::From150kTo250k),
        ];
        BOUNDS
            .iter()
            .find(|(b, _)| inhabitants < *b)
            .map_or(SizeClass::From250k, |&(_, c)| c)
    }
}

/// Counts summed over a group of regions, with the density and rates that follow.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Aggregate {
    /// Regions that had a number for every summed measure.
    pub regions: usize,
    /// Regions left out (a missing or secret value).
    pub left_out: usize,
    /// Σ recipients.
    pub recipients: f64,
    /// Σ inhabitants, when every counted region had it.
    pub inhabitants: Option<f64>,
    /// Σ inflow, when every counted region had it.
    pub inflow: Option<f64>,
    /// Σ outflow, when every counted region had it.
    pub outflow: Option<f64>,
}

impl Aggregate {
    /// Σ recipients per 1,000 Σ inhabitants.
    pub fn density(&self) -> Option<f64> {
        self.inhabitants
            .filter(|&i| i > 0.0)
            .map(|i| 1000.0 * self.recipients / i)
    }
}

/// A cell and the index of its indicator in [`RefData::indicators`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Found {
    /// The cell.
    pub cell: Cell,
    /// Its indicator (label, unit, source).
    pub indicator: usize,
}

/// A flow rate: published by the file, or computed from its counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    /// Percent.
    pub percent: f64,
    /// The file publishes this rate (else it is computed, see [`RefData::computed_rate`]).
    pub published: bool,
}

/// A flow with a rate: instroom or uitstroom (also to work).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// Instroom.
    Inflow,
    /// Uitstroom.
    Outflow,
    /// Uitstroom naar werk.
    OutflowToWork,
}

impl Flow {
    fn count(self) -> Measure {
        match self {
            Flow::Inflow => Measure::Inflow,
            Flow::Outflow => Measure::Outflow,
            Flow::OutflowToWork => Measure::OutflowToWork,
        }
    }

    fn rate(self) -> Measure {
        match self {
            Flow::Inflow => Measure::InflowRate,
            Flow::Outflow => Measure::OutflowRate,
            Flow::OutflowToWork => Measure::OutflowToWorkRate,
        }
    }
}

impl RefData {
    /// An empty set.
    pub fn new() -> RefData {
        RefData::default()
    }

    /// Every cell.
    pub fn observations(&self) -> &[Observation] {
        &self.observations
    }

    /// Number of cells.
    pub fn len(&self) -> usize {
        self.observations.len()
    }

    /// True when there are no cells.
    pub fn is_empty(&self) -> bool {
        self.observations.is_empty()
    }

    /// Adds a source and returns its index.
    pub(crate) fn add_source(&mut self, source: Source) -> usize {
        self.sources.push(source);
        self.sources.len() - 1
    }

    /// The index of `region`, added if new (a name is filled in when the known region had none).
    pub(crate) fn intern_region(&mut self, region: Region) -> usize {
        let key = region.key();
        if let Some(&i) = self.region_ix.get(&key) {
            if self.regions[i].name.is_none() {
                self.regions[i].name = region.name;
            }
            return i;
        }
        self.regions.push(region);
        self.region_ix.insert(key, self.regions.len() - 1);
        self.regions.len() - 1
    }

    /// The index of `period`, added if new.
    pub(crate) fn intern_period(&mut self, period: Period) -> usize {
        match self.periods.iter().position(|&p| p == period) {
            Some(i) => i,
            None => {
                self.periods.push(period);
                self.periods.len() - 1
            }
        }
    }

    /// The index of the group `key`, added if new (`total` only counts when it is new).
    pub(crate) fn intern_group(&mut self, key: &str, total: bool) -> usize {
        if let Some(&i) = self.group_ix.get(key) {
            return i;
        }
        self.groups.push(Group {
            key: key.to_string(),
            total,
        });
        self.group_ix.insert(key.to_string(), self.groups.len() - 1);
        self.groups.len() - 1
    }

    /// The index of `indicator`, added if new (its source must have been added).
    pub(crate) fn intern_indicator(&mut self, indicator: Indicator) -> usize {
        let shape = self.sources[indicator.source].shape;
        let key = indicator.key(shape);
        if let Some(&i) = self.indicator_ix.get(&key) {
            return i;
        }
        self.indicators.push(indicator);
        self.indicator_ix.insert(key, self.indicators.len() - 1);
        self.indicators.len() - 1
    }

    /// Sets a cell (a later file replaces an earlier value for the same coordinates).
    pub(crate) fn set(
        &mut self,
        region: usize,
        period: usize,
        group: usize,
        indicator: usize,
        cell: Cell,
    ) {
        let obs = Observation {
            region,
            period,
            group,
            indicator,
            cell,
        };
        match self.cell_ix.get(&(region, period, group, indicator)) {
            Some(&i) => self.observations[i] = obs,
            None => {
                self.observations.push(obs);
                self.cell_ix.insert(
                    (region, period, group, indicator),
                    self.observations.len() - 1,
                );
            }
        }
    }

    /// Adds every file and cell of `other` (a later year's table, another source).
    pub fn merge(&mut self, other: RefData) {
        let offset = self.sources.len();
        self.sources.extend(other.sources);
        let regions: Vec<usize> = other
            .regions
            .into_iter()
            .map(|r| self.intern_region(r))
            .collect();
        let periods: Vec<usize> = other
            .periods
            .into_iter()
            .map(|p| self.intern_period(p))
            .collect();
        let groups: Vec<usize> = other
            .groups
            .iter()
            .map(|g| self.intern_group(&g.key, g.total))
            .collect();
        let indicators: Vec<usize> = other
            .indicators
            .into_iter()
            .map(|mut i| {
                i.source += offset;
                self.intern_indicator(i)
            })
            .collect();
        for o in other.observations {
            self.set(
                regions[o.region],
                periods[o.period],
                groups[o.group],
                indicators[o.indicator],
                o.cell,
            );
        }
    }

    /// The periods in chronological order.
    pub fn periods_sorted(&self) -> Vec<Period> {
        let mut p = self.periods.clone();
        crate::sort::sort_by_key(&mut p, |p| p.sort_key());
        p
    }

    /// The measures the data holds, in the order of [`RefData::indicators`].
    pub fn measures(&self) -> Vec<Measure> {
        let mut out: Vec<Measure> = Vec::new();
        for i in &self.indicators {
            if i.measure != Measure::Other && !out.contains(&i.measure) {
                out.push(i.measure);
            }
        }
        out
    }

    /// The region a user names: a code (`GM0153`, `0153`, `153`, `PV21`) or a name
    /// (`Enschede`, `enschede`, `Overijssel (PV)`).
    pub fn find_region(&self, query: &str) -> Option<usize> {
        let q = query.trim();
        if q.is_empty() {
            return None;
        }
        if let Some(n) = crate::io::cells::parse_gemeente_code(q) {
            let code = crate::io::cells::gemeente_label(n);
            if let Some(&i) = self.region_ix.get(&code) {
                return Some(i);
            }
        }
        if Region::is_code(q) {
            if let Some(&i) = self.region_ix.get(&q.to_ascii_uppercase()) {
                return Some(i);
            }
        }
        let wanted = Region::from_label(q);
        let name = normalize(wanted.name.as_deref().unwrap_or(q));
        let matches = |r: &Region| r.name.as_deref().is_some_and(|n| normalize(n) == name);
        // A gemeente and a province may share a name: the kind the label asks for wins.
        self.regions
            .iter()
            .position(|r| matches(r) && r.kind == wanted.kind)
            .or_else(|| self.regions.iter().position(matches))
    }

    /// Nederland.
    pub fn nederland(&self) -> Option<usize> {
        self.regions
            .iter()
            .position(|r| r.kind == RegionKind::Country)
    }

    /// The regions of `kind`.
    pub fn regions_of(&self, kind: RegionKind) -> Vec<usize> {
        (0..self.regions.len())
            .filter(|&i| self.regions[i].kind == kind)
            .collect()
    }

    /// The cell for (region, period, measure) in the total group (the first group of its
    /// file); `None` when the file has no such cell.
    pub fn cell(&self, region: usize, period: Period, measure: Measure) -> Option<Cell> {
        self.lookup(region, period, measure).map(|f| f.cell)
    }

    /// Like [`RefData::cell`], with the indicator it came from (its label, unit and
    /// source file, to name under a chart or table).
    pub fn lookup(&self, region: usize, period: Period, measure: Measure) -> Option<Found> {
        (0..self.groups.len())
            .filter(|&g| self.groups[g].total)
            .find_map(|g| self.lookup_in_group(region, period, measure, g))
    }

    /// The cell for (region, period, measure) in group `group`.
    pub fn cell_in_group(
        &self,
        region: usize,
        period: Period,
        measure: Measure,
        group: usize,
    ) -> Option<Cell> {
        self.lookup_in_group(region, period, measure, group)
            .map(|f| f.cell)
    }

    fn lookup_in_group(
        &self,
        region: usize,
        period: Period,
        measure: Measure,
        group: usize,
    ) -> Option<Found> {
        let p = self.periods.iter().position(|&x| x == period)?;
        (0..self.indicators.len())
            .filter(|&i| self.indicators[i].measure == measure)
            .find_map(|i| {
                let &o = self.cell_ix.get(&(region, p, group, i))?;
                Some(Found {
                    cell: self.observations[o].cell,
                    indicator: i,
                })
            })
    }

    /// The last period with a number for (region, measure), and its cell.
    pub fn latest(&self, region: usize, measure: Measure) -> Option<(Period, Cell)> {
        self.series(region, measure)
            .into_iter()
            .rev()
            .find(|(_, c)| c.value().is_some())
    }

    /// The number for (region, period, measure) in the total group, in the indicator's
    /// unit; `None` when missing or secret.
    pub fn value(&self, region: usize, period: Period, measure: Measure) -> Option<f64> {
        self.cell(region, period, measure)?.value()
    }

    /// The series of a region and measure, in chronological order.
    pub fn series(&self, region: usize, measure: Measure) -> Vec<(Period, Cell)> {
        self.periods_sorted()
            .into_iter()
            .filter_map(|p| Some((p, self.cell(region, p, measure)?)))
            .collect()
    }

    /// Growth from `from` to `to` as a fraction (`B[to] / B[from] − 1`); `None` when
    /// either value is missing or the first is 0.
    pub fn growth(&self, region: usize, from: Period, to: Period, measure: Measure) -> Option<f64> {
        let a = self.value(region, from, measure)?;
        let b = self.value(region, to, measure)?;
        (a != 0.0).then(|| growth(a, b))
    }

    /// The rate of a flow in `period`: the published one when the file holds it, else
    /// [`RefData::computed_rate`].
    pub fn flow_rate(&self, region: usize, period: Period, flow: Flow) -> Option<Rate> {
        match self.value(region, period, flow.rate()) {
            Some(percent) => Some(Rate {
                percent,
                published: true,
            }),
            None => self
                .computed_rate(region, period, flow)
                .map(|percent| Rate {
                    percent,
                    published: false,
                }),
        }
    }

    /// CBS's definition of a flow rate, computed from the counts: the flow as a percentage
    /// of everyone who had bijstand in the period, `100 · flow / (recipients at the end of
    /// the period before + inflow)`. CBS rounds its published rates to 0.5 and its counts
    /// to 10, so a computed rate can differ from the published one by a few tenths.
    pub fn computed_rate(&self, region: usize, period: Period, flow: Flow) -> Option<f64> {
        let f = self.value(region, period, flow.count())?;
        let inflow = self.value(region, period, Measure::Inflow)?;
        let start = self.value(region, period.previous(), Measure::Recipients)?;
        let base = start + inflow;
        (base > 0.0).then(|| 100.0 * f / base)
    }

    /// The region of a caseload's `gemeente_code` (153 → `GM0153`); `None` when the file
    /// has no figures for it (the message [`crate::messages::refdata::other_gemeente`]).
    pub fn find_gemeente(&self, code: u16) -> Option<usize> {
        self.region_ix
            .get(&crate::io::cells::gemeente_label(code))
            .copied()
    }

    /// The gemeenten of the same size class as `region` in `period` (by inhabitants),
    /// `region` included; empty when its inhabitants are unknown.
    pub fn same_size(&self, region: usize, period: Period) -> Vec<usize> {
        let Some(own) = self.value(region, period, Measure::Inhabitants) else {
            return Vec::new();
        };
        let class = SizeClass::of(own);
        self.regions_of(RegionKind::Gemeente)
            .into_iter()
            .filter(|&r| {
                self.value(r, period, Measure::Inhabitants)
                    .is_some_and(|i| SizeClass::of(i) == class)
            })
            .collect()
    }

    /// Recipients (and inhabitants, inflow, outflow where every region has them) summed
    /// over `regions` in `period`; a region without a recipients number is left out and
    /// counted in [`Aggregate::left_out`].
    pub fn aggregate(&self, regions: &[usize], period: Period) -> Aggregate {
        let mut a = Aggregate {
            inhabitants: Some(0.0),
            inflow: Some(0.0),
            outflow: Some(0.0),
            ..Aggregate::default()
        };
        for &r in regions {
            let Some(b) = self.value(r, period, Measure::Recipients) else {
                a.left_out += 1;
                continue;
            };
            a.regions += 1;
            a.recipients += b;
            let add = |sum: &mut Option<f64>, m: Measure| {
                *sum = sum.zip(self.value(r, period, m)).map(|(s, v)| s + v);
            };
            add(&mut a.inhabitants, Measure::Inhabitants);
            add(&mut a.inflow, Measure::Inflow);
            add(&mut a.outflow, Measure::Outflow);
        }
        if a.regions == 0 {
            a.inhabitants = None;
            a.inflow = None;
            a.outflow = None;
        }
        a
    }

    /// Growth of the summed recipients of `regions` from `from` to `to`, over the regions
    /// with a number in both periods (a group's growth, F2).
    pub fn group_growth(&self, regions: &[usize], from: Period, to: Period) -> Option<f64> {
        let both: Vec<usize> = regions
            .iter()
            .copied()
            .filter(|&r| {
                self.value(r, from, Measure::Recipients).is_some()
                    && self.value(r, to, Measure::Recipients).is_some()
            })
            .collect();
        let a = self.aggregate(&both, from).recipients;
        let b = self.aggregate(&both, to).recipients;
        (a > 0.0).then(|| growth(a, b))
    }

    /// Recipients per 1,000 inhabitants: the published density, else computed from
    /// recipients and inhabitants.
    pub fn density(&self, region: usize, period: Period) -> Option<Rate> {
        if let Some(percent) = self.value(region, period, Measure::Density) {
            return Some(Rate {
                percent,
                published: true,
            });
        }
        let r = self.value(region, period, Measure::Recipients)?;
        let inh = self.value(region, period, Measure::Inhabitants)?;
        (inh > 0.0).then(|| Rate {
            percent: 1000.0 * r / inh,
            published: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        assert_eq!(Period::from_cbs_code("2017JJ00"), Some(Period::Year(2017)));
        assert_eq!(
            Period::from_cbs_code("1998MM01"),
            Some(Period::Month(1998, 1))
        );
        assert_eq!(
            Period::from_cbs_code("2018KW04"),
            Some(Period::Quarter(2018, 4))
        );
        assert_eq!(Period::from_cbs_code("2018MM13"), None);
        assert_eq!(
            Period::from_label("2017*"),
            Some((Period::Year(2017), Status::Provisional))
        );
        assert_eq!(
            Period::from_label("2018 oktober**"),
            Some((Period::Month(2018, 10), Status::RevisedProvisional))
        );
        assert_eq!(
            Period::from_label("2018 maart"),
            Some((Period::Month(2018, 3), Status::Final))
        );
        assert_eq!(
            Period::from_label("2018 1e kwartaal"),
            Some((Period::Quarter(2018, 1), Status::Final))
        );
        assert_eq!(
            Period::from_label("2018-03").map(|p| p.0),
            Some(Period::Month(2018, 3))
        );
        assert_eq!(Period::from_label("Bron: CBS"), None);
        assert_eq!(Period::Month(2018, 1).previous(), Period::Month(2017, 12));
        assert_eq!(Period::Month(2018, 3).code(), "2018-03");
    }

    #[test]
    fn regions() {
        assert_eq!(Region::from_code("GM0153 ").code.as_deref(), Some("GM0153"));
        assert_eq!(Region::from_code("PV23").kind, RegionKind::Province);
        let r = Region::from_label("Overijssel (PV)");
        assert_eq!(
            (r.name.as_deref(), r.kind),
            (Some("Overijssel"), RegionKind::Province)
        );
        assert_eq!(Region::from_label("Nederland").kind, RegionKind::Country);
        assert_eq!(Region::from_label("Enschede").kind, RegionKind::Gemeente);
        assert_eq!(Region::from_label("GM0153").code.as_deref(), Some("GM0153"));
        assert!(!Region::is_code("Enschede"));
    }

    #[test]
    fn queries_on_a_small_set() {
        let mut d = RefData::new();
        let src = d.add_source(Source {
            shape: Shape::WaarStaatJeGemeente,
            name: "t".into(),
            title: None,
            notes: vec![],
        });
        let r = d.intern_region(Region::from_label("Groningen (gemeente)"));
        let pv = d.intern_region(Region::from_label("Groningen (PV)"));
        let g = d.intern_group("", true);
        let rec = d.intern_indicator(Indicator {
            measure: Measure::Recipients,
            unit: Unit::Count,
            label: "Bijstandsontvangers".into(),
            source: src,
        });
        for (y, v) in [(2015, 100.0), (2016, 110.0)] {
            let p = d.intern_period(Period::Year(y));
            d.set(
                r,
                p,
                g,
                rec,
                Cell::Value {
                    v,
                    status: Status::Final,
                },
            );
        }
        let p = d.intern_period(Period::Year(2017));
        d.set(r, p, g, rec, Cell::Missing);
        assert_eq!(d.find_region("groningen"), Some(r));
        assert_eq!(d.find_region("Groningen (PV)"), Some(pv));
        let growth = d.growth(
            r,
            Period::Year(2015),
            Period::Year(2016),
            Measure::Recipients,
        );
        assert!((growth.unwrap() - 0.1).abs() < 1e-12);
        assert_eq!(d.value(r, Period::Year(2017), Measure::Recipients), None);
        assert_eq!(
            d.growth(
                r,
                Period::Year(2016),
                Period::Year(2017),
                Measure::Recipients
            ),
            None
        );
        assert_eq!(d.series(r, Measure::Recipients).len(), 3);
        assert_eq!(d.nederland(), None);
    }
}
