//! CBS open-data CSV: a header `"ID","Leeftijd","Regiokenmerken","Inwoners_1",…`, every
//! value quoted and padded, `.` for missing, a decimal point.
//!
//! Columns: `ID` (ignored); the region column (values like `GM0153 `, trimmed); the
//! `Perioden` column (`2017JJ00`, `1998MM01`), or else the year from the file name; any
//! other code column (`Leeftijd`) is a breakdown, whose first code is the total; every
//! `Key_N` column is an indicator. A key that comes twice (`Instroom_4`, `Instroom_5`)
//! is a count and then its percentage. Keys ending in `Uitkeringen` count benefits in
//! thousands (table 37789ksz); a table without a region column is Nederland.

use super::cell::{parse_cell, Dash};
use super::measure::{classify, squash, Measure, Unit};
use super::model::{Indicator, Period, RefData, Region, Source};
use super::{RefError, Shape};
use crate::io::DecimalStyle;

/// Whether `c` is a topic key: letters, `_`, digits (`Bijstandsontvangers_2`).
fn is_topic_key(c: &str) -> bool {
    match c.rsplit_once('_') {
        Some((base, n)) => {
            !base.is_empty()
                && base.chars().all(|c| c.is_ascii_alphanumeric())
                && !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

/// Whether `header` is a CBS open-data header: `ID` first and at least one topic key.
pub(crate) fn is_header(header: &[String]) -> bool {
    header
        .first()
        .is_some_and(|c| c.trim_start_matches('\u{feff}') == "ID")
        && header.iter().any(|c| is_topic_key(c))
}

enum Col {
    Skip,
    Region,
    Period,
    Dim(String),
    Topic(usize),
}

/// A year (1900–2199) written as its own run of four digits in `name`.
fn year_in_name(name: &str) -> Option<i32> {
    let b = name.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 4 {
                let y: i32 = name[start..i].parse().ok()?;
                if (1900..2200).contains(&y) {
                    return Some(y);
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

fn unit_of(base: &str, second: bool, measure_guess: Measure) -> Unit {
    let b = squash(base);
    if second {
        Unit::Percent
    } else if b.contains("dichtheid") {
        Unit::PerThousand
    } else if b.ends_with("uitkeringen") {
        Unit::Thousands
    } else if measure_guess != Measure::Other {
        Unit::Count
    } else {
        Unit::Unknown
    }
}

pub(crate) fn read(recs: &[Vec<String>], name: &str) -> Result<RefData, RefError> {
    let header = &recs[0];
    let rows: Vec<(usize, &Vec<String>)> = recs
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, r)| r.iter().any(|c| !c.is_empty()))
        .collect();
    let first = rows.first().map(|(_, r)| r.as_slice()).unwrap_or(&[]);
    let mut data = RefData::new();
    let source = data.add_source(Source {
        shape: Shape::CbsOpenData,
        name: name.to_string(),
        title: None,
        notes: Vec::new(),
    });
    let mut seen: Vec<String> = Vec::new();
    let mut cols = Vec::with_capacity(header.len());
    for (j, h) in header.iter().enumerate() {
        let h = h.trim_start_matches('\u{feff}');
        let sample = first.get(j).map(String::as_str).unwrap_or("");
        let col = if j == 0 && h == "ID" {
            Col::Skip
        } else if is_topic_key(h) {
            let base = h.rsplit_once('_').map_or(h, |(b, _)| b);
            let second = seen.iter().any(|s| s == base);
            seen.push(base.to_string());
            let guess = classify(base, Unit::Count);
            let unit = unit_of(base, second, guess);
            Col::Topic(data.intern_indicator(Indicator {
                measure: classify(base, unit),
                unit,
                label: h.to_string(),
                source,
            }))
        } else if h.eq_ignore_ascii_case("Perioden") || Period::from_cbs_code(sample).is_some() {
            Col::Period
        } else if Region::is_code(sample) {
            Col::Region
        } else {
            Col::Dim(h.to_string())
        };
        cols.push(col);
    }
    if !cols.iter().any(|c| matches!(c, Col::Topic(_))) {
        return Err(RefError::NoIndicators);
    }
    if rows.is_empty() {
        return Err(RefError::NoRows);
    }
    let file_period = if cols.iter().any(|c| matches!(c, Col::Period)) {
        None
    } else {
        let y = year_in_name(name).ok_or_else(|| RefError::NoPeriod {
            name: name.to_string(),
        })?;
        Some(data.intern_period(Period::Year(y)))
    };
    let national = (!cols.iter().any(|c| matches!(c, Col::Region)))
        .then(|| data.intern_region(Region::from_code("NL01")));
    let mut cells = Vec::new();
    for (i, row) in rows {
        let line = i + 1;
        let (mut region, mut period) = (national, file_period);
        let mut key = String::new();
        cells.clear();
        for (j, col) in cols.iter().enumerate() {
            let v = row.get(j).map(String::as_str).unwrap_or("");
            match col {
                Col::Skip => {}
                Col::Region => region = Some(data.intern_region(Region::from_code(v))),
                Col::Period => {
                    let p = Period::from_cbs_code(v).ok_or_else(|| RefError::BadPeriod {
                        line,
                        value: v.to_string(),
                    })?;
                    period = Some(data.intern_period(p));
                }
                Col::Dim(d) => {
                    if !key.is_empty() {
                        key.push(';');
                    }
                    key.push_str(&format!("{d}={v}"));
                }
                Col::Topic(ind) => {
                    let cell = parse_cell(v, DecimalStyle::Point, Dash::Nil).ok_or_else(|| {
                        RefError::BadValue {
                            line,
                            column: header[j].clone(),
                            value: v.to_string(),
                        }
                    })?;
                    cells.push((*ind, cell));
                }
            }
        }
        let (Some(region), Some(period)) = (region, period) else {
            continue;
        };
        let total = data.groups.is_empty();
        let group = data.intern_group(&key, total);
        for &(ind, cell) in &cells {
            data.set(region, period, group, ind, cell);
        }
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_names() {
        assert_eq!(year_in_name("bijstand_gemeenten_2017.csv"), Some(2017));
        assert_eq!(year_in_name("84066NED.csv"), None);
        assert_eq!(year_in_name("tabel-12345-2016.csv"), Some(2016));
    }

    #[test]
    fn topic_keys() {
        assert!(is_topic_key("Bijstandsontvangers_2"));
        assert!(is_topic_key("WSWDichtheid_17"));
        assert!(!is_topic_key("Leeftijd"));
        assert!(!is_topic_key("uitkering_id"));
    }
}
