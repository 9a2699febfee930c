//! The CSV of StatLine's download button: `;`, labels instead of codes, a decimal comma,
//! title lines above the header and footnotes (`Bron: CBS`) below.
//!
//! The header row is the first with a `Perioden` cell. The dimension columns come first
//! (`Leeftijd`, `Regio's`, `Perioden`, …, up to the last known dimension label); the other
//! columns are topics. A topic's label joins its cells in the rows with several cells
//! above the header (topic groups) and its header cell; rows between the header and the
//! first period are unit rows (`aantal`, `%`, `per 1 000 inwoners`). Periods may carry
//! `*` / `**`, which their values inherit. Regions are labels (`Nederland`,
//! `Overijssel (PV)`, `Enschede`); without a region column the table is Nederland.
//!
//! The table layout with periods in columns is read too: the header holds `Perioden`
//! and then period labels (`"Regio's";"Onderwerp";"Perioden";"2015";"2016"`); each row
//! is a region and a topic (`Onderwerp`), the column under `Perioden` its unit.

use super::cell::{parse_cell, Dash};
use super::measure::{classify, Measure, Unit};
use super::model::{Indicator, Period, RefData, Region, Source};
use super::{RefError, Shape};
use crate::io::cells::detect_decimal;
use crate::io::DecimalStyle;
use crate::text::normalize;

/// Dimension labels StatLine writes above its dimension columns.
const DIMENSIONS: &[&str] = &[
    "perioden",
    "regio's",
    "regios",
    "regio",
    "gemeenten",
    "gemeente",
    "wijken en buurten",
    "leeftijd",
    "geslacht",
    "kenmerken",
    "uitkeringsduur",
    "huishoudsamenstelling",
    "migratieachtergrond",
];

fn is_dimension(cell: &str) -> bool {
    let n = normalize(cell);
    DIMENSIONS.contains(&n.as_str())
}

fn non_empty(r: &[String]) -> usize {
    r.iter().filter(|c| !c.is_empty()).count()
}

/// Whether `r` is a StatLine download header: a `Perioden` cell and at least one more.
pub(crate) fn is_header(r: &[String]) -> bool {
    non_empty(r) >= 2 && r.iter().any(|c| normalize(c) == "perioden")
}

pub(crate) fn read(recs: &[Vec<String>], name: &str, sep: u8) -> Result<RefData, RefError> {
    let h = recs
        .iter()
        .position(|r| is_header(r))
        .ok_or_else(|| RefError::unknown_shape(recs))?;
    let header = &recs[h];
    let period_col = header
        .iter()
        .position(|c| normalize(c) == "perioden")
        .unwrap_or(0);
    let period_cols: Vec<(usize, Period, super::Status)> = header
        .iter()
        .enumerate()
        .skip(period_col + 1)
        .filter_map(|(j, c)| Period::from_label(c).map(|(p, st)| (j, p, st)))
        .collect();
    if !period_cols.is_empty() {
        return read_periods_in_columns(recs, name, sep, h, &period_cols);
    }
    let last_dim = header
        .iter()
        .rposition(|c| is_dimension(c))
        .unwrap_or(period_col)
        .max(period_col);
    let region_col = (0..=last_dim).find(|&j| {
        let n = normalize(&header[j]);
        n.starts_with("regio") || n.starts_with("gemeente") || n.starts_with("wijken")
    });
    let title: Vec<&str> = recs[..h]
        .iter()
        .filter(|r| non_empty(r) == 1)
        .filter_map(|r| r.iter().find(|c| !c.is_empty()).map(String::as_str))
        .collect();
    let groups_above: Vec<&Vec<String>> = recs[..h].iter().filter(|r| non_empty(r) >= 2).collect();
    let is_period = |r: &Vec<String>| {
        r.get(period_col)
            .is_some_and(|c| Period::from_label(c).is_some())
    };
    let start = (h + 1..recs.len())
        .find(|&i| is_period(&recs[i]))
        .ok_or(RefError::NoRows)?;
    let end = (start..recs.len())
        .find(|&i| !is_period(&recs[i]))
        .unwrap_or(recs.len());
    let unit_rows = &recs[h + 1..start];
    let notes: Vec<String> = recs[end..]
        .iter()
        .filter(|r| non_empty(r) > 0)
        .map(|r| {
            r.iter()
                .filter(|c| !c.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();

    let mut data = RefData::new();
    let source = data.add_source(Source {
        shape: Shape::StatLineDownload,
        name: name.to_string(),
        title: (!title.is_empty()).then(|| title.join(" / ")),
        notes,
    });
    let width = recs[h..end].iter().map(Vec::len).max().unwrap_or(0);
    let cell_at =
        |r: &Vec<String>, j: usize| r.get(j).map(String::as_str).unwrap_or("").to_string();
    let mut topics: Vec<(usize, usize)> = Vec::new();
    let mut labels_seen: Vec<String> = Vec::new();
    for j in last_dim + 1..width {
        let mut parts: Vec<String> = groups_above.iter().map(|r| cell_at(r, j)).collect();
        parts.push(cell_at(header, j));
        parts.retain(|p| !p.is_empty());
        parts.dedup();
        let unit_text: Vec<String> = unit_rows
            .iter()
            .map(|r| cell_at(r, j))
            .filter(|c| !c.is_empty())
            .collect();
        if parts.is_empty() && unit_text.is_empty() {
            continue;
        }
        let label = parts.join(" - ");
        let second = labels_seen.contains(&label);
        labels_seen.push(label.clone());
        let stated = Unit::from_text(&unit_text.join(" ")).or_else(|| Unit::from_text(&label));
        let unit = stated.unwrap_or_else(|| {
            if second {
                Unit::Percent
            } else {
                match classify(&label, Unit::Count) {
                    Measure::Other => Unit::Unknown,
                    Measure::Density => Unit::PerThousand,
                    _ => Unit::Count,
                }
            }
        });
        let full = match unit_text.is_empty() {
            true => label.clone(),
            false => format!("{label} ({})", unit_text.join(" ")),
        };
        let ind = data.intern_indicator(Indicator {
            measure: classify(&label, unit),
            unit,
            label: full,
            source,
        });
        topics.push((j, ind));
    }
    if topics.is_empty() {
        return Err(RefError::NoIndicators);
    }
    let default = if sep == b',' {
        DecimalStyle::Point
    } else {
        DecimalStyle::Comma
    };
    let style = detect_decimal(
        recs[start..end].iter().flat_map(|r| {
            topics
                .iter()
                .filter_map(|&(j, _)| r.get(j).map(String::as_str))
        }),
        default,
    );
    let national = region_col
        .is_none()
        .then(|| data.intern_region(Region::from_label("Nederland")));
    for (i, row) in recs.iter().enumerate().take(end).skip(start) {
        let line = i + 1;
        let (p, status) =
            Period::from_label(&row[period_col]).ok_or_else(|| RefError::BadPeriod {
                line,
                value: row[period_col].clone(),
            })?;
        let period = data.intern_period(p);
        let region = match region_col {
            Some(j) => data.intern_region(Region::from_label(&cell_at(row, j))),
            None => national.unwrap_or_default(),
        };
        let key = (0..=last_dim)
            .filter(|&j| j != period_col && Some(j) != region_col)
            .map(|j| format!("{}={}", header[j], cell_at(row, j)))
            .collect::<Vec<_>>()
            .join(";");
        let total = data.groups.is_empty();
        let group = data.intern_group(&key, total);
        for &(j, ind) in &topics {
            let v = cell_at(row, j);
            let cell = parse_cell(&v, style, Dash::Nil).ok_or_else(|| RefError::BadValue {
                line,
                column: data.indicators[ind].label.clone(),
                value: v.clone(),
            })?;
            data.set(region, period, group, ind, cell.with_status(status));
        }
    }
    Ok(data)
}

/// The layout with periods in columns: `…;"Onderwerp";"Perioden";"2015";"2016";…`.
fn read_periods_in_columns(
    recs: &[Vec<String>],
    name: &str,
    sep: u8,
    h: usize,
    period_cols: &[(usize, Period, super::Status)],
) -> Result<RefData, RefError> {
    let header = &recs[h];
    let first_value = period_cols[0].0;
    let cell_at =
        |r: &Vec<String>, j: usize| r.get(j).map(String::as_str).unwrap_or("").to_string();
    let is_note = |r: &Vec<String>| {
        non_empty(r) <= 1 && period_cols.iter().all(|c| cell_at(r, c.0).is_empty())
    };
    let rows: Vec<(usize, &Vec<String>)> = recs
        .iter()
        .enumerate()
        .skip(h + 1)
        .filter(|(_, r)| non_empty(r) > 0)
        .collect();
    let data_rows: Vec<(usize, &Vec<String>)> =
        rows.iter().copied().filter(|(_, r)| !is_note(r)).collect();
    if data_rows.is_empty() {
        return Err(RefError::NoRows);
    }
    let mut region_col = None;
    let mut topic_col = None;
    let mut unit_col = None;
    let mut dims = Vec::new();
    for (j, head) in header.iter().enumerate().take(first_value) {
        let n = normalize(head);
        let units = data_rows.iter().all(|(_, r)| {
            let c = cell_at(r, j);
            c.is_empty() || Unit::from_text(&c).is_some()
        });
        if n.starts_with("regio") || n.starts_with("gemeente") || n.starts_with("wijken") {
            region_col = Some(j);
        } else if n.starts_with("onderwerp") {
            topic_col = Some(j);
        } else if units {
            unit_col = Some(j);
        } else {
            dims.push(j);
        }
    }
    let title: Vec<&str> = recs[..h]
        .iter()
        .filter(|r| non_empty(r) == 1)
        .filter_map(|r| r.iter().find(|c| !c.is_empty()).map(String::as_str))
        .collect();
    let groups_above: Vec<&Vec<String>> = recs[..h].iter().filter(|r| non_empty(r) >= 2).collect();
    let mut data = RefData::new();
    let source = data.add_source(Source {
        shape: Shape::StatLineDownload,
        name: name.to_string(),
        title: (!title.is_empty()).then(|| title.join(" / ")),
        notes: rows
            .iter()
            .filter(|(_, r)| is_note(r))
            .filter_map(|(_, r)| r.iter().find(|c| !c.is_empty()).cloned())
            .collect(),
    });
    let default = if sep == b',' {
        DecimalStyle::Point
    } else {
        DecimalStyle::Comma
    };
    let style = detect_decimal(
        data_rows.iter().flat_map(|(_, r)| {
            period_cols
                .iter()
                .filter_map(|c| r.get(c.0).map(String::as_str))
        }),
        default,
    );
    let national = region_col
        .is_none()
        .then(|| data.intern_region(Region::from_label("Nederland")));
    let fallback = title.first().copied().unwrap_or("").to_string();
    for (i, row) in data_rows {
        let line = i + 1;
        let label = topic_col.map_or_else(|| fallback.clone(), |j| cell_at(row, j));
        let unit_text = unit_col.map(|j| cell_at(row, j)).unwrap_or_default();
        let unit = Unit::from_text(&unit_text)
            .or_else(|| Unit::from_text(&label))
            .unwrap_or(match classify(&label, Unit::Count) {
                Measure::Other => Unit::Unknown,
                Measure::Density => Unit::PerThousand,
                _ => Unit::Count,
            });
        let full = if unit_text.is_empty() {
            label.clone()
        } else {
            format!("{label} ({unit_text})")
        };
        let ind = data.intern_indicator(Indicator {
            measure: classify(&label, unit),
            unit,
            label: full,
            source,
        });
        let region = match region_col {
            Some(j) => data.intern_region(Region::from_label(&cell_at(row, j))),
            None => national.unwrap_or_default(),
        };
        let row_key: Vec<String> = dims
            .iter()
            .map(|&j| format!("{}={}", header[j], cell_at(row, j)))
            .collect();
        for &(j, period, status) in period_cols {
            let mut key = row_key.clone();
            key.extend(
                groups_above
                    .iter()
                    .map(|r| cell_at(r, j))
                    .filter(|c| !c.is_empty()),
            );
            let total = data.groups.is_empty();
            let group = data.intern_group(&key.join(";"), total);
            let p = data.intern_period(period);
            let v = cell_at(row, j);
            let cell = parse_cell(&v, style, Dash::Nil).ok_or_else(|| RefError::BadValue {
                line,
                column: header[j].clone(),
                value: v.clone(),
            })?;
            data.set(region, p, group, ind, cell.with_status(status));
        }
    }
    Ok(data)
}
