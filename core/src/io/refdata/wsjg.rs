//! waarstaatjegemeente.nl exports, wide: `Gemeente;Indicator|2015;Indicator|2016;…`,
//! one row per region, values with a decimal comma.
//!
//! The header row is the first with an `Indicator|Period` cell. The columns before the
//! first such cell hold the region: a code column (`GM0153`, or a header with `code`)
//! and a name column. The unit comes from the indicator label (`per 1.000 inwoners`,
//! `%`, `aantal`); without one it is per 1,000 inhabitants, as waarstaatjegemeente
//! publishes its bijstand indicators. `Nederland` is the country; an empty cell or `-`
//! is missing. Lines after the table with a single cell are notes.

use super::cell::{parse_cell, Dash};
use super::measure::{classify, Unit};
use super::model::{Indicator, Period, RefData, Region, Source};
use super::{RefError, Shape};
use crate::io::cells::detect_decimal;
use crate::io::DecimalStyle;
use crate::text::normalize;

/// `Indicator|2015` → (`Indicator`, the period and its marker).
fn split(cell: &str) -> Option<(&str, Period, super::Status)> {
    let (label, period) = cell.rsplit_once('|')?;
    let (p, s) = Period::from_label(period)?;
    (!label.trim().is_empty()).then_some((label.trim(), p, s))
}

/// Whether `r` is a waarstaatjegemeente header: at least one `Indicator|Year` cell.
pub(crate) fn is_header(r: &[String]) -> bool {
    r.iter().any(|c| split(c).is_some())
}

fn non_empty(r: &[String]) -> usize {
    r.iter().filter(|c| !c.is_empty()).count()
}

pub(crate) fn read(recs: &[Vec<String>], name: &str, sep: u8) -> Result<RefData, RefError> {
    let h = recs
        .iter()
        .position(|r| is_header(r))
        .ok_or_else(|| RefError::unknown_shape(recs))?;
    let header = &recs[h];
    let first_value = header.iter().position(|c| split(c).is_some()).unwrap_or(0);
    let rows: Vec<(usize, &Vec<String>)> = recs
        .iter()
        .enumerate()
        .skip(h + 1)
        .filter(|(_, r)| non_empty(r) > 0)
        .collect();
    let is_note =
        |r: &Vec<String>| non_empty(r) == 1 && r.iter().skip(first_value).all(String::is_empty);
    let code_col = (0..first_value).find(|&j| {
        normalize(&header[j]).contains("code")
            || rows
                .first()
                .and_then(|(_, r)| r.get(j))
                .is_some_and(|c| Region::is_code(c))
    });
    let name_col = (0..first_value).find(|&j| Some(j) != code_col);
    let title: Vec<&str> = recs[..h]
        .iter()
        .filter_map(|r| r.iter().find(|c| !c.is_empty()).map(String::as_str))
        .collect();
    let mut data = RefData::new();
    let source = data.add_source(Source {
        shape: Shape::WaarStaatJeGemeente,
        name: name.to_string(),
        title: (!title.is_empty()).then(|| title.join(" / ")),
        notes: rows
            .iter()
            .filter(|(_, r)| is_note(r))
            .filter_map(|(_, r)| r.iter().find(|c| !c.is_empty()).cloned())
            .collect(),
    });
    let mut cols = Vec::new();
    for (j, c) in header.iter().enumerate().skip(first_value) {
        let Some((label, period, status)) = split(c) else {
            continue;
        };
        let unit = Unit::from_text(label).unwrap_or(Unit::PerThousand);
        let ind = data.intern_indicator(Indicator {
            measure: classify(label, unit),
            unit,
            label: label.to_string(),
            source,
        });
        let p = data.intern_period(period);
        cols.push((j, ind, p, status));
    }
    let data_rows: Vec<(usize, &Vec<String>)> =
        rows.into_iter().filter(|(_, r)| !is_note(r)).collect();
    if data_rows.is_empty() {
        return Err(RefError::NoRows);
    }
    let default = if sep == b',' {
        DecimalStyle::Point
    } else {
        DecimalStyle::Comma
    };
    let style = detect_decimal(
        data_rows
            .iter()
            .flat_map(|(_, r)| cols.iter().filter_map(|c| r.get(c.0).map(String::as_str))),
        default,
    );
    let group = data.intern_group("", true);
    for (i, row) in data_rows {
        let line = i + 1;
        let cell = |j: Option<usize>| j.and_then(|j| row.get(j)).map(String::as_str).unwrap_or("");
        let (code, label) = (cell(code_col), cell(name_col));
        let region = if Region::is_code(code) {
            let mut r = Region::from_code(code);
            r.name = (!label.is_empty()).then(|| label.to_string());
            r
        } else if !label.is_empty() {
            Region::from_label(label)
        } else {
            continue;
        };
        let region = data.intern_region(region);
        for &(j, ind, p, status) in &cols {
            let v = row.get(j).map(String::as_str).unwrap_or("");
            let c = parse_cell(v, style, Dash::Missing).ok_or_else(|| RefError::BadValue {
                line,
                column: header[j].clone(),
                value: v.to_string(),
            })?;
            data.set(region, p, group, ind, c.with_status(status));
        }
    }
    Ok(data)
}
