//! `kerncijfers.csv` (DATA-MODEL §3): one row per published figure, stored in [`Kerncijfers`].
//!
//! Rules and decisions:
//! - Required columns: `indicator`, `periode_tot`, `waarde`, `eenheid` (see below), `status`.
//! - `periode_type` may be empty or absent: a row without `periode_van` is then a
//!   `peildatum`, otherwise a `periode`. A `peildatum` row stores no `periode_van`.
//! - Period cells may be labels (`2024`, `09-2024`, `2024-Q3`): `periode_van` takes the
//!   first day, `periode_tot` the last; an empty `periode_van` next to such a label in
//!   `periode_tot` takes the label's first day.
//! - `waarde` decides its decimal style per column (§4.3): `1,14` → comma, `35.0` →
//!   point, `5.687` alone → the file default (`;` → comma, so 5687).
//! - An empty `waarde` with `<10` or `*` in `opmerking` is suppressed, not missing.
//! - `mln` on a value in a `euro`/`euro_x1000` row is scaled; an empty `eenheid` is taken
//!   from the value's marker (`%` → procent, `mln` → euro_mln, `€` → euro), else from a
//!   unit hint in the `waarde` header (`waarde (x € 1.000)`); with such a hint the
//!   `eenheid` column may be left out.
//! - Codes (`indicator`, `dimensie`, `categorie`) are normalised (lower case, no
//!   diacritics, spaces → `_`); categories of known dimensions use the model's codes
//!   (`statushouders` → `statushouder`, `Glanerbrug` → `oost`).
//! - The file is small, so rows are buffered before parsing.

use super::cells::{self, Number, Precision};
use super::codes::Interner;
use super::columns::{FieldSpec, Schema};
use super::table::Table;
use super::{FileKind, LoadError, LoadErrorKind, LoadOptions, LoadReport, LoadWarning};
use crate::model::{
    Afstand, Doelgroep, Eenheid, Kerncijfers, Leeftijdsklasse, PeriodeType, Status, Uitstroomreden,
    Value,
};
use crate::text::normalize;

const GEMEENTE_CODE: usize = 0;
const GEMEENTE: usize = 1;
const INDICATOR: usize = 2;
const DIMENSIE: usize = 3;
const CATEGORIE: usize = 4;
const PERIODE_TYPE: usize = 5;
pub(crate) const PERIODE_VAN: usize = 6;
pub(crate) const PERIODE_TOT: usize = 7;
pub(crate) const WAARDE: usize = 8;
const EENHEID: usize = 9;
const STATUS: usize = 10;
const VERSIE: usize = 11;
const DEFINITIE: usize = 12;
const BRON: usize = 13;
const OPMERKING: usize = 14;
const N_FIELDS: usize = 15;

const fn field(name: &'static str, synonyms: &'static [&'static str], required: bool) -> FieldSpec {
    FieldSpec {
        name,
        synonyms,
        required,
        stored: true,
    }
}

/// The columns of `kerncijfers.csv`, indexed by the constants above.
const FIELDS: &[FieldSpec] = &[
    field(
        "gemeente_code",
        &[
            "gemeentecode",
            "gm_code",
            "code_gemeente",
            "municipality_code",
        ],
        false,
    ),
    field(
        "gemeente",
        &["gemeentenaam", "gemeente_naam", "municipality"],
        false,
    ),
    field("indicator", &["kengetal", "indicator_code"], true),
    field("dimensie", &["dimension", "uitsplitsing"], false),
    field("categorie", &["category", "groep"], false),
    field(
        "periode_type",
        &["periodetype", "type_periode", "period_type"],
        false,
    ),
    field(
        "periode_van",
        &[
            "van",
            "periode_begin",
            "begin_periode",
            "datum_van",
            "period_start",
        ],
        false,
    ),
    field(
        "periode_tot",
        &[
            "tot",
            "tot_en_met",
            "t_m",
            "periode_eind",
            "einde_periode",
            "datum_tot",
            "peildatum",
            "period_end",
        ],
        true,
    ),
    field("waarde", &["value", "getal"], true),
    // Required unless the `waarde` header names the unit (`waarde (x € 1.000)`).
    field("eenheid", &["unit"], false),
    field("status", &["soort_waarde", "type_waarde"], true),
    field("versie", &["version"], false),
    field("definitie", &["definition"], false),
    field("bron", &["source", "bronvermelding"], false),
    field(
        "opmerking",
        &["opmerkingen", "toelichting", "noot", "note", "remark"],
        false,
    ),
];

/// The kerncijfers schema.
pub(crate) const SCHEMA: Schema = Schema {
    kind: FileKind::Kerncijfers,
    fields: FIELDS,
    meanings: &[],
};

type RawRow = super::table::RawRow<N_FIELDS>;

/// A code column value: normalised, spaces as `_`.
fn code(s: &str) -> String {
    normalize(s).replace(' ', "_")
}

/// The model's code for a category of a known dimension, else the normalised text.
fn categorie_code(dimensie: &str, raw: &str) -> String {
    let n = normalize(raw);
    let known = match dimensie {
        "doelgroep" => Doelgroep::parse_normalized(&n).map(Doelgroep::code),
        "uitstroomreden" => Uitstroomreden::parse_normalized(&n).map(Uitstroomreden::code),
        "afstand" | "afstand_arbeidsmarkt" => Afstand::parse_normalized(&n).map(Afstand::code),
        "leeftijdsklasse" => Leeftijdsklasse::parse_normalized(&n).map(Leeftijdsklasse::code),
        "stadsdeel" if n == "glanerbrug" => Some("oost"),
        _ => None,
    };
    known
        .map(str::to_string)
        .unwrap_or_else(|| n.replace(' ', "_"))
}

/// A unit named in a header (DATA-MODEL §4.3 "unit hints"): `x € 1.000`, `(x1000)`,
/// `mln`, `miljoen`, `%`, `procent`.
fn unit_hint(header: &str) -> Option<Eenheid> {
    let h = normalize(header).replace([' ', '.', '€'], "");
    if h.contains("x1000") {
        Some(Eenheid::EuroX1000)
    } else if h.contains("mln") || h.contains("miljoen") {
        Some(Eenheid::EuroMln)
    } else if h.contains('%') || h.contains("procent") {
        Some(Eenheid::Procent)
    } else {
        None
    }
}

/// Reads the data rows of `t` (whose header matched [`SCHEMA`]).
pub(crate) fn read(
    t: &mut Table<'_>,
    options: &LoadOptions,
    report: &mut LoadReport,
) -> Result<Kerncijfers, LoadError> {
    t.require_columns()?;
    let header_unit = t.mapping.column_of[WAARDE].and_then(|c| unit_hint(&t.header[c]));
    if t.mapping.column_of[EENHEID].is_none() && header_unit.is_none() {
        let kind = LoadErrorKind::MissingColumn("eenheid".into());
        return Err(LoadError::new(kind).at_line(t.header_line));
    }
    let (rows, mut totals) = t.buffer_rows::<N_FIELDS>()?;
    // The last `Totaal` row is the check value.
    let total = totals.pop();
    t.check_bsn_values()?;

    let style = options.decimal.unwrap_or_else(|| {
        cells::detect_decimal(
            rows.iter().map(|r| r.cells[WAARDE].as_str()),
            report.decimal,
        )
    });
    report.decimal = style;
    if let Some(c) = t.mapping.column_of[WAARDE].and_then(|c| report.columns.get_mut(c)) {
        c.decimal = Some(style);
    }

    let mut k = Kerncijfers::default();
    let mut interner = Interner::default();
    let mut sums: Vec<f64> = Vec::with_capacity(rows.len());
    let err = |row: &RawRow, f: usize, kind: LoadErrorKind| row.error(t, f, kind);
    for row in &rows {
        let c = &row.cells;
        let mut intern = |s: &str| {
            interner
                .intern(&mut k.dict, s)
                .map_err(|e| e.at_line(row.line))
        };

        if c[INDICATOR].is_empty() {
            return Err(err(row, INDICATOR, LoadErrorKind::EmptyValue));
        }
        // Period.
        let tot_raw = &c[PERIODE_TOT];
        if tot_raw.is_empty() {
            return Err(err(row, PERIODE_TOT, LoadErrorKind::EmptyValue));
        }
        let tot = cells::parse_date(tot_raw, options.month_first)
            .ok_or_else(|| err(row, PERIODE_TOT, LoadErrorKind::BadDate(tot_raw.clone())))?;
        let van_raw = &c[PERIODE_VAN];
        let van = if van_raw.is_empty() {
            None
        } else {
            Some(
                cells::parse_date(van_raw, options.month_first).ok_or_else(|| {
                    err(row, PERIODE_VAN, LoadErrorKind::BadDate(van_raw.clone()))
                })?,
            )
        };
        let ptype = if c[PERIODE_TYPE].is_empty() {
            if van.is_some() || tot.precision != Precision::Day {
                PeriodeType::Periode
            } else {
                PeriodeType::Peildatum
            }
        } else {
            PeriodeType::parse_normalized(&normalize(&c[PERIODE_TYPE])).ok_or_else(|| {
                let allowed = PeriodeType::ALL
                    .iter()
                    .map(|p| p.code().to_string())
                    .collect();
                err(
                    row,
                    PERIODE_TYPE,
                    LoadErrorKind::BadCode {
                        value: c[PERIODE_TYPE].clone(),
                        allowed,
                    },
                )
            })?
        };
        let periode_van = match (ptype, van) {
            (PeriodeType::Peildatum, _) => None,
            (_, Some(v)) => Some(v.first),
            (_, None) if tot.precision != Precision::Day => Some(tot.first),
            (_, None) => return Err(err(row, PERIODE_VAN, LoadErrorKind::EmptyValue)),
        };
        if periode_van.is_some_and(|v| v > tot.last) {
            let kind = LoadErrorKind::EndBeforeStart {
                start: van_raw.clone(),
                end: tot_raw.clone(),
            };
            return Err(err(row, PERIODE_TOT, kind));
        }

        // Value and unit.
        let Number {
            mut value,
            percent,
            million,
            currency,
        } = cells::parse_number(&c[WAARDE], style)
            .ok_or_else(|| err(row, WAARDE, LoadErrorKind::BadNumber(c[WAARDE].clone())))?;
        if value == Value::Missing && cells::is_suppressed_marker(&c[OPMERKING]) {
            value = Value::Suppressed;
        }
        let eenheid = if c[EENHEID].is_empty() {
            match (percent, million, currency) {
                (true, _, _) => Eenheid::Procent,
                (_, true, _) => Eenheid::EuroMln,
                (_, _, true) => Eenheid::Euro,
                _ => match header_unit {
                    Some(u) => u,
                    None => return Err(err(row, EENHEID, LoadErrorKind::EmptyValue)),
                },
            }
        } else {
            Eenheid::parse_normalized(&normalize(&c[EENHEID])).ok_or_else(|| {
                let allowed = Eenheid::ALL.iter().map(|e| e.code().to_string()).collect();
                err(
                    row,
                    EENHEID,
                    LoadErrorKind::BadCode {
                        value: c[EENHEID].clone(),
                        allowed,
                    },
                )
            })?
        };
        if let (true, Value::Number(v)) = (million, value) {
            match eenheid {
                Eenheid::Euro => value = Value::Number(v * 1e6),
                Eenheid::EuroX1000 => value = Value::Number(v * 1e3),
                _ => {}
            }
        }
        if c[STATUS].is_empty() {
            return Err(err(row, STATUS, LoadErrorKind::EmptyValue));
        }
        let status = Status::parse_normalized(&normalize(&c[STATUS])).ok_or_else(|| {
            let allowed = Status::ALL.iter().map(|s| s.code().to_string()).collect();
            err(
                row,
                STATUS,
                LoadErrorKind::BadCode {
                    value: c[STATUS].clone(),
                    allowed,
                },
            )
        })?;

        // Municipality.
        let gm = if c[GEMEENTE_CODE].is_empty() {
            String::new()
        } else {
            let n = cells::parse_gemeente_code(&c[GEMEENTE_CODE]).ok_or_else(|| {
                let allowed = vec!["GM0153".into(), "0153".into(), "153".into()];
                err(
                    row,
                    GEMEENTE_CODE,
                    LoadErrorKind::BadCode {
                        value: c[GEMEENTE_CODE].clone(),
                        allowed,
                    },
                )
            })?;
            cells::gemeente_label(n)
        };

        let dimensie = code(&c[DIMENSIE]);
        k.gemeente_code.push(intern(&gm)?);
        k.gemeente.push(intern(&c[GEMEENTE])?);
        k.indicator.push(intern(&code(&c[INDICATOR]))?);
        k.categorie
            .push(intern(&categorie_code(&dimensie, &c[CATEGORIE]))?);
        k.dimensie.push(intern(&dimensie)?);
        k.periode_type.push(ptype);
        k.periode_van.push(periode_van);
        k.periode_tot.push(tot.last);
        k.waarde.push(value);
        k.eenheid.push(eenheid);
        k.status.push(status);
        k.versie.push(intern(&c[VERSIE])?);
        k.definitie.push(intern(&c[DEFINITIE])?);
        k.bron.push(intern(&c[BRON])?);
        k.opmerking.push(intern(&c[OPMERKING])?);
        k.source_line.push(row.line.min(u32::MAX as usize) as u32);
        sums.push(value.number().unwrap_or(0.0));
    }

    if let Some((row, above)) = total {
        let waarde_col = t.mapping.column_of[WAARDE];
        let (check, warnings) = row.check(style, |col| {
            (Some(col) == waarde_col).then(|| sums[..above.min(sums.len())].iter().sum())
        });
        report.warnings.extend(warnings);
        report.total = Some(check);
    }
    if k.is_empty() {
        report.warnings.push(LoadWarning::NoFigures);
    }
    Ok(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::DecimalStyle;

    #[test]
    fn codes_are_normalised() {
        assert_eq!(code(" Bestand uitkeringen "), "bestand_uitkeringen");
        assert_eq!(categorie_code("doelgroep", "Statushouders"), "statushouder");
        assert_eq!(
            categorie_code("doelgroep", "Vergunninghouder"),
            "statushouder"
        );
        assert_eq!(categorie_code("stadsdeel", "Glanerbrug"), "oost");
        assert_eq!(categorie_code("uitstroomreden", "Werkaanvaarding"), "werk");
        assert_eq!(
            categorie_code("traject", "Entreeopleiding"),
            "entreeopleiding"
        );
        assert_eq!(DecimalStyle::default(), DecimalStyle::Comma);
        assert_eq!(unit_hint("Waarde (x € 1.000)"), Some(Eenheid::EuroX1000));
        assert_eq!(unit_hint("bedrag x1000"), Some(Eenheid::EuroX1000));
        assert_eq!(unit_hint("Waarde (mln)"), Some(Eenheid::EuroMln));
        assert_eq!(unit_hint("aandeel %"), Some(Eenheid::Procent));
        assert_eq!(unit_hint("waarde"), None);
    }
}
