//! The reference files loaded beside the caseload: one [`RefData`] per file, and all of
//! them merged for the screens.
//!
//! Loading a reference file adds it to those loaded before (the three yearly CBS tables
//! and the national series together); a file with the same name as one loaded replaces
//! it (a corrected download); removing forgets them all or one by name.

use super::{Measure, Period, RefData, RegionKind, Shape};

/// What a reference file (or a merged set) holds, for the load status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The file names, in loading order.
    pub names: Vec<String>,
    /// The shapes read, without repeats.
    pub shapes: Vec<Shape>,
    /// The first and the last period with figures.
    pub span: Option<(Period, Period)>,
    /// The years with figures, in order.
    pub years: Vec<i32>,
    /// Gemeenten with figures.
    pub gemeenten: usize,
    /// Provinces with figures.
    pub provinces: usize,
    /// The file holds Nederland.
    pub nederland: bool,
    /// The first and last month of a monthly series of bijstand benefits (the national
    /// series), if the file holds one.
    pub monthly_benefits: Option<(Period, Period)>,
}

impl RefData {
    /// What this set holds (sources, periods, regions).
    pub fn summary(&self) -> Summary {
        let mut shapes = Vec::new();
        for s in &self.sources {
            if !shapes.contains(&s.shape) {
                shapes.push(s.shape);
            }
        }
        let periods = self.periods_sorted();
        let mut years: Vec<i32> = periods.iter().map(|p| p.year()).collect();
        years.dedup();
        let count = |kind: RegionKind| self.regions_of(kind).len();
        let benefits: Vec<usize> = (0..self.indicators.len())
            .filter(|&i| self.indicators[i].measure == Measure::Benefits)
            .collect();
        let mut months: Vec<Period> = self
            .observations()
            .iter()
            .filter(|o| {
                benefits.contains(&o.indicator)
                    && matches!(self.periods[o.period], Period::Month(..))
                    && o.cell.value().is_some()
            })
            .map(|o| self.periods[o.period])
            .collect();
        crate::sort::sort_by_key(&mut months, |p| p.sort_key());
        let monthly_benefits = months.first().copied().zip(months.last().copied());
        Summary {
            names: self.sources.iter().map(|s| s.name.clone()).collect(),
            shapes,
            span: periods.first().copied().zip(periods.last().copied()),
            years,
            gemeenten: count(RegionKind::Gemeente),
            provinces: count(RegionKind::Province),
            nederland: self.nederland().is_some(),
            monthly_benefits,
        }
    }
}

/// The reference files in the app: each file as read, and their merge.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RefFiles {
    files: Vec<RefData>,
    merged: RefData,
}

impl RefFiles {
    /// No files.
    pub fn new() -> RefFiles {
        RefFiles::default()
    }

    /// These files and `file`; a loaded file with the same name is replaced.
    pub fn with(&self, file: RefData) -> RefFiles {
        let names: Vec<String> = file.sources.iter().map(|s| s.name.clone()).collect();
        let mut files: Vec<RefData> = self
            .files
            .iter()
            .filter(|f| !f.sources.iter().any(|s| names.contains(&s.name)))
            .cloned()
            .collect();
        files.push(file);
        RefFiles::of(files)
    }

    /// These files without the one called `name`.
    pub fn without(&self, name: &str) -> RefFiles {
        RefFiles::of(
            self.files
                .iter()
                .filter(|f| !f.sources.iter().any(|s| s.name == name))
                .cloned()
                .collect(),
        )
    }

    fn of(files: Vec<RefData>) -> RefFiles {
        let mut merged = RefData::new();
        for f in &files {
            merged.merge(f.clone());
        }
        RefFiles { files, merged }
    }

    /// Every file merged into one set (what the screens query).
    pub fn data(&self) -> &RefData {
        &self.merged
    }

    /// The files, in loading order.
    pub fn files(&self) -> &[RefData] {
        &self.files
    }

    /// True when no file is loaded.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WSJG: &str =
        "Gemeente;Personen met bijstand (aantal)|2016;Personen met bijstand (aantal)|2017\n\
        Nederland;513980;508480\nEnschede;8570;8560\n";
    const WSJG_FIX: &str = "Gemeente;Personen met bijstand (aantal)|2017\nEnschede;8561\n";

    #[test]
    fn files_add_replace_and_go() {
        let a = super::super::read(WSJG.as_bytes(), "a.csv").unwrap();
        let s = a.summary();
        assert_eq!(s.years, vec![2016, 2017]);
        assert_eq!((s.gemeenten, s.nederland, s.provinces), (1, true, 0));
        assert_eq!(s.shapes, vec![Shape::WaarStaatJeGemeente]);
        assert_eq!(s.monthly_benefits, None);
        let files = RefFiles::new().with(a);
        let b = super::super::read(WSJG_FIX.as_bytes(), "b.csv").unwrap();
        let both = files.with(b.clone());
        assert_eq!(both.files().len(), 2);
        let ens = both.data().find_region("Enschede").unwrap();
        assert_eq!(
            both.data()
                .value(ens, Period::Year(2017), Measure::Recipients),
            Some(8561.0),
            "the later file wins a shared cell"
        );
        // The same name again replaces the file; removing it brings back the first.
        let again = both.with(b);
        assert_eq!(again.files().len(), 2);
        let first = again.without("b.csv");
        assert_eq!(first.data().summary().names, vec!["a.csv".to_string()]);
        let e = first.data().find_region("Enschede").unwrap();
        assert_eq!(
            first
                .data()
                .value(e, Period::Year(2017), Measure::Recipients),
            Some(8560.0)
        );
        assert!(first.without("a.csv").is_empty());
    }

    #[test]
    fn reference_data_survive_json_exactly() {
        let a = super::super::read(WSJG.as_bytes(), "a.csv").unwrap();
        let json = serde_json::to_string(&a).unwrap();
        let back: RefData = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a);
        let bad = json.replacen("\"cells\":[[", "\"cells\":[[999", 1);
        assert_ne!(bad, json);
        assert!(serde_json::from_str::<RefData>(&bad).is_err());
    }
}
