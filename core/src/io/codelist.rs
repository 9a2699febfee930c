//! A code list (code → omschrijving), such as "Code oorzaak bijstandsafhankelijkheid" as a
//! municipal benefits system exports it: read beside a caseload to label its codes
//! (issue 11 §2). Stored in [`CodeList`].
//!
//! Rules and decisions:
//! - Required columns: a code (`Code`, `Code oorzaak bijstandsafhankelijkheid`, …) and a
//!   description (`Omschrijving`, `Omschrijving oorzaak bijstandsafhankelijkheid`, …).
//!   Other columns of the export (`Status record`, `Datum status`, `Indicatie CBS`,
//!   `PKO`, `Statistiek code`) are recognised and not used.
//! - Title rows above the header are skipped, as for every file (the real export has
//!   its header on row 2).
//! - A row with a code and no description is no code: the export's last row holds the
//!   export date and time. It is left out, with a notice naming its line. A row with a
//!   description and no code is an error.
//! - Codes are keys as in the caseload ([`crate::text::code_key`]: `014` = `14`); a code
//!   that comes twice keeps its first description, with a notice.
//! - The file is small (tens to hundreds of rows), so rows are buffered.

use super::columns::{field, FieldSpec, Schema};
use super::table::Table;
use super::{FileKind, LoadError, LoadErrorKind, LoadReport, LoadWarning};
use crate::model::CodeList;
use crate::text::code_key;

const CODE: usize = 0;
const OMSCHRIJVING: usize = 1;
const N_FIELDS: usize = 2;

/// The columns of a code list, indexed by the constants above.
const FIELDS: &[FieldSpec] = &[
    field(
        "code",
        &[
            "code_oorzaak_bijstandsafhankelijkheid",
            "code_oorzaak",
            "code_instroomreden",
            "code_reden_instroom",
            "codering",
        ],
        true,
        true,
    ),
    field(
        "omschrijving",
        &[
            "omschrijving_oorzaak_bijstandsafhankelijkheid",
            "omschrijving_oorzaak",
            "omschrijving_instroomreden",
            "omschrijving_code",
            "description",
            "label",
        ],
        true,
        true,
    ),
    field("status_record", &["status"], false, false),
    field("datum_status", &["status_datum"], false, false),
    field(
        "indicatie_cbs",
        &["cbs_indicatie", "cbs_code"],
        false,
        false,
    ),
    field("pko", &[], false, false),
    field("statistiek_code", &["statistiekcode"], false, false),
];

/// The code list schema.
pub(crate) const SCHEMA: Schema = Schema {
    kind: FileKind::CodeList,
    fields: FIELDS,
    meanings: &[(CODE, &["code"]), (OMSCHRIJVING, &["omschrijving"])],
};

/// Reads the data rows of `t` (whose header matched [`SCHEMA`]).
pub(crate) fn read(t: &mut Table<'_>, report: &mut LoadReport) -> Result<CodeList, LoadError> {
    t.require_columns()?;
    let (rows, _totals) = t.buffer_rows::<N_FIELDS>()?;
    t.check_bsn_values()?;
    let mut list = CodeList::default();
    let mut skipped: Vec<usize> = Vec::new();
    let mut repeated: Vec<String> = Vec::new();
    for row in &rows {
        let code = code_key(&row.cells[CODE]);
        let label = row.cells[OMSCHRIJVING].trim();
        match (code.is_empty(), label.is_empty()) {
            (true, true) => continue,
            (false, true) => {
                skipped.push(row.line);
                continue;
            }
            (true, false) => return Err(row.error(t, CODE, LoadErrorKind::EmptyValue)),
            (false, false) => {}
        }
        if list.codes.iter().any(|(c, _)| *c == code) {
            repeated.push(code);
            continue;
        }
        list.codes.push((code, label.to_string()));
    }
    if !skipped.is_empty() {
        report
            .warnings
            .push(LoadWarning::CodesWithoutLabel(skipped));
    }
    if !repeated.is_empty() {
        report.warnings.push(LoadWarning::RepeatedCodes(repeated));
    }
    if list.codes.is_empty() {
        report.warnings.push(LoadWarning::NoCodes);
    }
    Ok(list)
}
