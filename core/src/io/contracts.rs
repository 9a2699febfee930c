//! `lks_contracten.csv` (DATA-MODEL §2.2): one row per LKS contract, stored column by
//! column in [`LksContracts`].
//!
//! Rules and decisions:
//! - Required columns: `contract_id`, `startdatum`, `einddatum` (may be empty per row:
//!   running) and `loonwaarde_pct`. The file kind is recognised by its columns, like
//!   episodes and kerncijfers; `contract_id` and the contract columns outscore the few
//!   columns it shares with a benefit file (`uitkering_id`, `startdatum`).
//! - `einddatum ≥ startdatum`; `contract_id` filled and unique (the ids are not kept).
//! - `einddatum` is the first day without the contract, as for benefit episodes: a
//!   contract runs on `d` when `startdatum ≤ d < einddatum`.
//! - `loonwaarde_pct` is a number 0–100 (`45`, `45,0`, `45%`); outside 0–100 is an error.
//!   `uren_per_week` 0–60 and `subsidie_mnd` are optional numbers. Numbers follow the
//!   file's decimal style, decided per column as for kerncijfers (`45,5` → comma).
//! - Codes (`persoon_status`, `werkgever_type`, `toegangsroute`, `doelgroep`,
//!   `einde_reden`) are case- and diacritic-insensitive; an unknown value is an error
//!   with its line and column. `persoon_id` is recognised and not kept (privacy).
//! - The file is small (hundreds to thousands of rows), so rows are buffered.

use std::collections::HashSet;

use super::cells::{self, Number};
use super::columns::{field, FieldSpec, Schema};
use super::table::Table;
use super::{FileKind, LoadError, LoadErrorKind, LoadOptions, LoadReport, LoadWarning};
use crate::date::Date;
use crate::model::{
    Doelgroep, EindeReden, LksContracts, PersoonStatus, Toegangsroute, Value, WerkgeverType,
};
use crate::text::normalize;

const CONTRACT_ID: usize = 0;
// 1: persoon_id (recognised, not stored).
const UITKERING_ID: usize = 2;
const PERSOON_STATUS: usize = 3;
pub(crate) const STARTDATUM: usize = 4;
pub(crate) const EINDDATUM: usize = 5;
const LOONWAARDE_PCT: usize = 6;
const LOONWAARDE_DATUM: usize = 7;
const UREN_PER_WEEK: usize = 8;
const WERKGEVER_TYPE: usize = 9;
const TOEGANGSROUTE: usize = 10;
const DOELGROEP: usize = 11;
const EINDE_REDEN: usize = 12;
const SUBSIDIE_MND: usize = 13;
const N_FIELDS: usize = 14;

/// The columns of `lks_contracten.csv`, indexed by the constants above.
const FIELDS: &[FieldSpec] = &[
    field(
        "contract_id",
        &[
            "contractid",
            "contract_nr",
            "contractnummer",
            "id_contract",
            "lks_id",
            "lks_contract_id",
        ],
        true,
        true,
    ),
    field(
        "persoon_id",
        &[
            "persoonid",
            "person_id",
            "persoonsnummer",
            "client_id",
            "klant_id",
        ],
        false,
        false,
    ),
    field(
        "uitkering_id",
        &["uitkeringid", "uitkeringsnummer", "benefit_id"],
        false,
        true,
    ),
    field(
        "persoon_status",
        &["status_persoon", "uitkeringsstatus"],
        false,
        true,
    ),
    field(
        "startdatum",
        &[
            "begindatum",
            "ingangsdatum",
            "start_datum",
            "datum_start",
            "datum_begin",
            "datum_ingang",
            "start_date",
            "lks_start",
        ],
        true,
        true,
    ),
    field(
        "einddatum",
        &[
            "beeindigingsdatum",
            "datum_einde",
            "eind_datum",
            "datum_eind",
            "end_date",
            "lks_einde",
        ],
        true,
        true,
    ),
    field(
        "loonwaarde_pct",
        &[
            "loonwaarde",
            "loonwaarde_procent",
            "loonwaarde_percentage",
            "lw",
            "lw_pct",
            "wage_value",
        ],
        true,
        true,
    ),
    field(
        "loonwaarde_datum",
        &[
            "datum_loonwaarde",
            "datum_loonwaardemeting",
            "loonwaardemeting",
        ],
        false,
        true,
    ),
    field(
        "uren_per_week",
        &["uren", "uren_week", "arbeidsuren", "hours_per_week"],
        false,
        true,
    ),
    field(
        "werkgever_type",
        &[
            "werkgever",
            "soort_werkgever",
            "type_werkgever",
            "employer_type",
        ],
        false,
        true,
    ),
    field("toegangsroute", &["route", "toegang"], false, true),
    field("doelgroep", &["target_group"], false, true),
    field(
        "einde_reden",
        &["reden_einde", "reden_beeindiging", "beeindigingsreden"],
        false,
        true,
    ),
    field(
        "subsidie_mnd",
        &[
            "subsidie",
            "subsidie_per_maand",
            "lks_per_maand",
            "subsidiebedrag",
        ],
        false,
        true,
    ),
];

/// The contracts schema.
pub(crate) const SCHEMA: Schema = Schema {
    kind: FileKind::Contracts,
    fields: FIELDS,
    meanings: &[],
};

type RawRow = super::table::RawRow<N_FIELDS>;

/// Reads the data rows of `t` (whose header matched [`SCHEMA`]).
pub(crate) fn read(
    t: &mut Table<'_>,
    options: &LoadOptions,
    report: &mut LoadReport,
) -> Result<LksContracts, LoadError> {
    t.require_columns()?;
    let (rows, totals) = t.buffer_rows::<N_FIELDS>()?;
    for (total, _) in totals {
        let (check, warnings) = total.check(report.decimal, |_| None);
        report.warnings.extend(warnings);
        report.total = Some(check);
    }
    t.check_bsn_values()?;

    // One decimal style for the number columns, decided on all of them together.
    let style = options.decimal.unwrap_or_else(|| {
        cells::detect_decimal(
            rows.iter().flat_map(|r| {
                [LOONWAARDE_PCT, UREN_PER_WEEK, SUBSIDIE_MND].map(|f| r.cells[f].as_str())
            }),
            report.decimal,
        )
    });
    report.decimal = style;
    for f in [LOONWAARDE_PCT, UREN_PER_WEEK, SUBSIDIE_MND] {
        if let Some(c) = t.mapping.column_of[f].and_then(|c| report.columns.get_mut(c)) {
            c.decimal = Some(style);
        }
    }

    let err = |row: &RawRow, f: usize, kind: LoadErrorKind| row.error(t, f, kind);
    let number = |row: &RawRow, f: usize| -> Result<Option<f64>, LoadError> {
        let raw = &row.cells[f];
        match cells::parse_number(raw, style) {
            Some(Number {
                value: Value::Number(v),
                ..
            }) if v.is_finite() => Ok(Some(v)),
            Some(Number {
                value: Value::Missing,
                ..
            }) => Ok(None),
            _ => Err(err(row, f, LoadErrorKind::BadNumber(raw.clone()))),
        }
    };
    fn code<T: Copy>(
        raw: &str,
        parse: fn(&str) -> Option<T>,
        all: &[T],
        name: fn(T) -> &'static str,
    ) -> Result<Option<T>, LoadErrorKind> {
        if raw.is_empty() {
            return Ok(None);
        }
        parse(&normalize(raw))
            .map(Some)
            .ok_or_else(|| LoadErrorKind::BadCode {
                value: raw.to_string(),
                allowed: all.iter().map(|&v| name(v).to_string()).collect(),
            })
    }

    let mut c = LksContracts::default();
    let mut ids: HashSet<&str> = HashSet::with_capacity(rows.len());
    let mut no_hours = 0usize;
    for row in &rows {
        let id = row.cells[CONTRACT_ID].as_str();
        if id.is_empty() {
            return Err(err(row, CONTRACT_ID, LoadErrorKind::EmptyValue));
        }
        if !ids.insert(id) {
            return Err(err(
                row,
                CONTRACT_ID,
                LoadErrorKind::DuplicateContractId(id.to_string()),
            ));
        }
        let (start, eind) = row.period(t, (STARTDATUM, EINDDATUM), options.month_first)?;
        let lw = number(row, LOONWAARDE_PCT)?
            .ok_or_else(|| err(row, LOONWAARDE_PCT, LoadErrorKind::EmptyValue))?;
        let out_of_range = |f: usize, min: f64, max: f64| {
            let value = row.cells[f].clone();
            err(row, f, LoadErrorKind::OutOfRange { value, min, max })
        };
        if !(0.0..=100.0).contains(&lw) {
            return Err(out_of_range(LOONWAARDE_PCT, 0.0, 100.0));
        }
        let uren = number(row, UREN_PER_WEEK)?;
        if let Some(u) = uren {
            if !(0.0..=60.0).contains(&u) {
                return Err(out_of_range(UREN_PER_WEEK, 0.0, 60.0));
            }
        } else {
            no_hours += 1;
        }
        let subsidie = number(row, SUBSIDIE_MND)?;
        macro_rules! coded {
            ($f:expr, $t:ident) => {
                code(&row.cells[$f], $t::parse_normalized, $t::ALL, $t::code)
                    .map_err(|k| err(row, $f, k))?
            };
        }
        c.persoon_status.push(coded!(PERSOON_STATUS, PersoonStatus));
        c.werkgever_type.push(coded!(WERKGEVER_TYPE, WerkgeverType));
        c.toegangsroute.push(coded!(TOEGANGSROUTE, Toegangsroute));
        c.doelgroep.push(coded!(DOELGROEP, Doelgroep));
        c.einde_reden.push(coded!(EINDE_REDEN, EindeReden));
        c.met_uitkering.push(!row.cells[UITKERING_ID].is_empty());
        c.loonwaarde_datum.push(
            row.date(t, LOONWAARDE_DATUM, options.month_first)?
                .unwrap_or(Date::OPEN),
        );
        c.start.push(start);
        c.eind.push(eind);
        c.loonwaarde_pct.push(lw);
        c.uren_per_week.push(uren);
        c.subsidie_mnd.push(subsidie);
    }
    if c.is_empty() {
        report.warnings.push(LoadWarning::NoContracts);
    } else if no_hours > 0 {
        report
            .warnings
            .push(LoadWarning::ContractsWithoutHours(no_hours));
    }
    Ok(c)
}
