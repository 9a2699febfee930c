//! `trajecten.csv` (DATA-MODEL §2.3): one row per trajectory participation, stored column
//! by column in [`Trajectories`].
//!
//! Rules and decisions:
//! - Required columns: `traject_id`, `traject_code`, `startdatum`, `einddatum` (may be
//!   empty per row: running), and `persoon_id` or `uitkering_id`. With both, persons are
//!   counted (F3 counts distinct persons); the ids themselves are not kept, only a number
//!   per person.
//! - `traject_id` filled and unique; `einddatum ≥ startdatum`; `einddatum` is the first
//!   day without the trajectory, as for benefit episodes.
//! - `traject_code`: a code of the list (`vrijwilligerswerk`) or its Dutch label
//!   (`Vrijwilligerswerk`, `Meedoen – sociale activering`), case-, diacritic- and
//!   dash-insensitively; `overig_<slug>` for another instrument. A code not on the list
//!   is kept as written, counts only when the file's `telt_sociale_activering` says so,
//!   and is named in a warning.
//! - `telt_sociale_activering` (`ja`/`nee`, optional): overrides the default, which is
//!   "the Table 10 codes count".
//! - `traject_doel` and `team` are recognised and not kept.

use std::collections::{HashMap, HashSet};

use super::cells;
use super::columns::{field, FieldSpec, Schema};
use super::table::Table;
use super::{FileKind, LoadError, LoadErrorKind, LoadOptions, LoadReport, LoadWarning};
use crate::model::Trajectories;

const TRAJECT_ID: usize = 0;
const PERSOON_ID: usize = 1;
const UITKERING_ID: usize = 2;
const TRAJECT_CODE: usize = 3;
// 4: traject_doel (recognised, not stored: derived from the code).
const TELT: usize = 5;
pub(crate) const STARTDATUM: usize = 6;
pub(crate) const EINDDATUM: usize = 7;
// 8: team (recognised, not stored).
const N_FIELDS: usize = 9;

/// The columns of `trajecten.csv`, indexed by the constants above.
const FIELDS: &[FieldSpec] = &[
    field(
        "traject_id",
        &[
            "trajectid",
            "trajectnummer",
            "traject_nr",
            "trajectnr",
            "id_traject",
            "trajectory_id",
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
            "clientnummer",
            "client_id",
            "klantnummer",
            "klant_id",
        ],
        false,
        true,
    ),
    field(
        "uitkering_id",
        &[
            "uitkeringid",
            "uitkeringsnummer",
            "benefit_id",
            "dossiernr",
            "dossiernummer",
        ],
        false,
        true,
    ),
    field(
        "traject_code",
        &[
            "trajectcode",
            "code_traject",
            "traject",
            "soort_traject",
            "trajectsoort",
            "instrument",
            "instrument_code",
            "omschrijving_traject",
            "trajectory_code",
        ],
        true,
        true,
    ),
    field(
        "traject_doel",
        &["doel", "trajectdoel", "doel_traject"],
        false,
        false,
    ),
    field(
        "telt_sociale_activering",
        &[
            "sociale_activering",
            "telt_mee",
            "telt_voor_sociale_activering",
        ],
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
            "startdatum_traject",
            "start_date",
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
            "einddatum_traject",
            "end_date",
        ],
        true,
        true,
    ),
    field("team", &["keten", "team_naam"], false, false),
];

/// The trajectories schema.
pub(crate) const SCHEMA: Schema = Schema {
    kind: FileKind::Trajectories,
    fields: FIELDS,
    meanings: &[],
};

type RawRow = super::table::RawRow<N_FIELDS>;

/// Reads the data rows of `t` (whose header matched [`SCHEMA`]).
pub(crate) fn read(
    t: &mut Table<'_>,
    options: &LoadOptions,
    report: &mut LoadReport,
) -> Result<Trajectories, LoadError> {
    t.require_columns()?;
    let by_person = t.mapping.column_of[PERSOON_ID].is_some();
    if !by_person && t.mapping.column_of[UITKERING_ID].is_none() {
        return Err(
            LoadError::new(LoadErrorKind::MissingColumn("persoon_id".into()))
                .at_line(t.header_line),
        );
    }
    let who = if by_person { PERSOON_ID } else { UITKERING_ID };
    let (rows, _totals) = t.buffer_rows::<N_FIELDS>()?;
    t.check_bsn_values()?;

    let err = |row: &RawRow, f: usize, kind: LoadErrorKind| row.error(t, f, kind);

    let mut out = Trajectories {
        by_person,
        ..Default::default()
    };
    let mut ids: HashSet<&str> = HashSet::with_capacity(rows.len());
    let mut persons: HashMap<&str, u32> = HashMap::new();
    let mut unknown: Vec<String> = Vec::new();
    let mut unknown_rows = 0usize;
    for row in &rows {
        let id = row.cells[TRAJECT_ID].as_str();
        if id.is_empty() {
            return Err(err(row, TRAJECT_ID, LoadErrorKind::EmptyValue));
        }
        if !ids.insert(id) {
            let kind = LoadErrorKind::DuplicateTrajectoryId(id.to_string());
            return Err(err(row, TRAJECT_ID, kind));
        }
        let person = row.cells[who].as_str();
        if person.is_empty() {
            return Err(err(row, who, LoadErrorKind::EmptyValue));
        }
        let next = persons.len() as u32;
        let person = *persons.entry(person).or_insert(next);
        let raw_code = row.cells[TRAJECT_CODE].trim();
        if raw_code.is_empty() {
            return Err(err(row, TRAJECT_CODE, LoadErrorKind::EmptyValue));
        }
        let (code, default_counts) = match crate::trajectories::lookup(raw_code) {
            Some(k) => (k.code.to_string(), k.social_activation),
            None => {
                let norm = crate::text::header_key(raw_code);
                if norm.starts_with("overig_") {
                    (norm, false)
                } else {
                    unknown_rows += 1;
                    if !unknown.iter().any(|u| u == raw_code) {
                        unknown.push(raw_code.to_string());
                    }
                    (raw_code.to_string(), false)
                }
            }
        };
        let counts = match cells::parse_bool(&row.cells[TELT]) {
            Some(cells::BoolCell::Empty) => default_counts,
            Some(b) => b.flag() == crate::model::Flag::Ja,
            None => {
                let kind = LoadErrorKind::BadCode {
                    value: row.cells[TELT].clone(),
                    allowed: vec!["ja".into(), "nee".into()],
                };
                return Err(err(row, TELT, kind));
            }
        };
        let (start, eind) = row.period(t, (STARTDATUM, EINDDATUM), options.month_first)?;
        let c = out.codes.intern(&code);
        out.code.push(c);
        out.counts.push(counts);
        out.person.push(person);
        out.start.push(start);
        out.eind.push(eind);
    }
    if out.is_empty() {
        report.warnings.push(LoadWarning::NoTrajectories);
    }
    if !unknown.is_empty() {
        report.warnings.push(LoadWarning::UnknownTrajectoryCodes {
            codes: unknown,
            rows: unknown_rows,
        });
    }
    Ok(out)
}
