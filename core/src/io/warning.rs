//! The loader's non-fatal remarks ([`super::LoadReport::warnings`]), typed, with their
//! message in the interface language (texts in [`crate::messages::io`]).

use serde::{Deserialize, Serialize};

use super::{LoadError, RowUnit};
use crate::i18n::{Count, Dec, Plain};
use crate::lang::Lang;
use crate::messages::io as msg;

/// A remark about a file that was (or can be) loaded anyway. Travels in the loader
/// worker's replies (serde, in a compact format that is not self-describing: externally
/// tagged).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum LoadWarning {
    /// Columns not recognised, ignored (headers as written).
    UnknownColumns(Vec<String>),
    /// Columns recognised that the app does not use (yet).
    UnusedColumns(Vec<String>),
    /// Columns naming a field an earlier column holds: only the first counts.
    DuplicateColumns(Vec<String>),
    /// Columns the user chose to ignore.
    IgnoredColumns(Vec<String>),
    /// A column the user mapped to a field this kind of file does not have.
    BadOverride {
        /// The header as written.
        column: String,
        /// The field asked for.
        field: String,
    },
    /// Title or notes rows above the header, skipped.
    SkippedAbove {
        /// How many.
        rows: usize,
        /// How rows count (lines of text, sheet rows, JSON items).
        unit: RowUnit,
        /// The header's line or row.
        header_line: usize,
    },
    /// Blank rows between the data, skipped.
    BlankRows {
        /// How many.
        rows: usize,
        /// How rows count.
        unit: RowUnit,
    },
    /// An error that the preview tolerates (an Excel error in a read column), with its
    /// location.
    Tolerated(LoadError),
    /// Cells with an Excel error in columns that are not read: ignored.
    IgnoredCellErrors(usize),
    /// Data rows follow the `Totaal` row; they were read.
    DataAfterTotal,
    /// The `Totaal` row disagrees with the data above it.
    TotalDiffers {
        /// The total row's line.
        line: usize,
        /// The column, as written.
        column: String,
        /// The total as printed.
        printed: f64,
        /// The total computed from the data.
        computed: f64,
    },
    /// A required field has no column yet (preview: the user can map one).
    MissingRequired(String),
    /// An episodes file with a header and no rows.
    NoBenefits,
    /// A contracts file with a header and no rows.
    NoContracts,
    /// A kerncijfers file with a header and no rows.
    NoFigures,
    /// A trajectories file with a header and no rows.
    NoTrajectories,
    /// Trajectory codes not on the list (as written, at most a few), and the rows with one.
    UnknownTrajectoryCodes {
        /// The codes as written, in order of first appearance.
        codes: Vec<String>,
        /// Rows with such a code.
        rows: usize,
    },
    /// Contracts without `uren_per_week`: the assumption's hours are used.
    ContractsWithoutHours(usize),
    /// No `gemeente_code` column.
    NoGemeenteColumn,
    /// Neither `geboortejaar` nor `leeftijdsklasse`.
    NoAgeColumn,
    /// A yes/no column that uses `x` for yes (header as written).
    CrossForYes(String),
    /// Episodes with an end date but no `uitstroomreden`: counted as unknown.
    NoExitReason(Tally),
    /// Episodes with an `uitstroomreden` but no end date: reason ignored.
    ReasonWithoutEnd(Tally),
    /// Episodes whose age at the start is outside 18 … AOW age.
    AgeOutOfRange(Tally),
    /// Episodes without `gemeente_code`.
    NoGemeenteCode(Tally),
    /// A field read from a description column, its code column beside it not used.
    DescriptionOverCode {
        /// The field.
        field: String,
        /// The description's header, as written.
        description: String,
        /// The code's header, as written.
        code: String,
    },
    /// No benefit id column: every row is one benefit, numbered by row.
    NoBenefitId,
    /// Rows of partners in one case and period read as one benefit.
    RowsPerPerson {
        /// Data rows read.
        rows: usize,
        /// Benefits (episodes) they make.
        benefits: usize,
    },
    /// A full date of birth reduced to the year while reading (header as written).
    BirthDateReduced(String),
    /// Exit reasons in free text, classified: each label as written, its category and
    /// how many rows have it.
    ExitReasonsMapped(Vec<ExitReasonLabel>),
    /// Code list rows with a code and no description (the export date at the bottom),
    /// skipped: their lines.
    CodesWithoutLabel(Vec<usize>),
    /// Codes that occur twice in a code list: the first description counts.
    RepeatedCodes(Vec<String>),
    /// A code list with a header and no codes.
    NoCodes,
}

/// An exit reason as the file words it and the category it was read as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExitReasonLabel {
    /// The label as written.
    pub label: String,
    /// The category.
    pub reason: crate::model::Uitstroomreden,
    /// Rows with this label.
    pub rows: usize,
}

/// How many rows have a problem, and the first one's line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Rows with the problem.
    pub count: usize,
    /// Line of the first one.
    pub first_line: usize,
}

impl LoadWarning {
    /// The remark in `lang`. Column names and values stay as written in the file.
    pub fn message(&self, lang: Lang) -> String {
        use LoadWarning as W;
        let count = |n: usize| Count(n as i64);
        let sheet_like = |unit: RowUnit| unit != RowUnit::Line;
        match self {
            W::UnknownColumns(c) => msg::unknown_columns_ignored(lang, &quoted(c)),
            W::UnusedColumns(c) => msg::unused_columns(lang, &quoted(c)),
            W::DuplicateColumns(c) => msg::duplicate_columns(lang, &quoted(c)),
            W::IgnoredColumns(c) => msg::ignored_columns(lang, &quoted(c)),
            W::BadOverride { column, field } => msg::bad_override(lang, column, field),
            W::SkippedAbove {
                rows,
                unit,
                header_line,
            } => {
                if sheet_like(*unit) {
                    msg::skipped_rows_above(lang, count(*rows), Plain(*header_line))
                } else {
                    msg::skipped_lines_above(lang, count(*rows), Plain(*header_line))
                }
            }
            W::BlankRows { rows, unit } => {
                if sheet_like(*unit) {
                    msg::blank_rows(lang, count(*rows))
                } else {
                    msg::blank_lines(lang, count(*rows))
                }
            }
            W::Tolerated(e) => e.message(lang),
            W::IgnoredCellErrors(n) => msg::ignored_cell_errors(lang, count(*n)),
            W::DataAfterTotal => msg::DATA_AFTER_TOTAL.get(lang).to_string(),
            W::TotalDiffers {
                line,
                column,
                printed,
                computed,
            } => msg::total_differs(
                lang,
                Plain(*line),
                column,
                shown(*printed),
                shown(*computed),
            ),
            W::MissingRequired(field) => msg::missing_required(lang, field),
            W::NoBenefits => msg::NO_BENEFITS.get(lang).to_string(),
            W::NoContracts => msg::NO_CONTRACTS.get(lang).to_string(),
            W::NoFigures => msg::NO_FIGURES.get(lang).to_string(),
            W::NoTrajectories => msg::NO_TRAJECTORIES.get(lang).to_string(),
            W::UnknownTrajectoryCodes { codes, rows } => {
                let mut shown: Vec<String> =
                    codes.iter().take(5).map(|c| format!("'{c}'")).collect();
                if codes.len() > 5 {
                    shown.push("…".into());
                }
                msg::unknown_trajectory_codes(lang, count(*rows), &shown.join(", "))
            }
            W::ContractsWithoutHours(n) => msg::contracts_without_hours(lang, count(*n)),
            W::NoGemeenteColumn => msg::NO_GEMEENTE_COLUMN.get(lang).to_string(),
            W::NoAgeColumn => msg::NO_AGE_COLUMN.get(lang).to_string(),
            W::CrossForYes(column) => msg::cross_for_yes(lang, column),
            W::NoExitReason(t) => msg::no_exit_reason(lang, count(t.count), Plain(t.first_line)),
            W::ReasonWithoutEnd(t) => {
                msg::reason_without_end(lang, count(t.count), Plain(t.first_line))
            }
            W::AgeOutOfRange(t) => msg::age_out_of_range(lang, count(t.count), Plain(t.first_line)),
            W::NoGemeenteCode(t) => {
                msg::no_gemeente_code(lang, count(t.count), Plain(t.first_line))
            }
            W::DescriptionOverCode {
                field,
                description,
                code,
            } => msg::description_over_code(lang, field, description, code),
            W::NoBenefitId => msg::NO_BENEFIT_ID.get(lang).to_string(),
            W::RowsPerPerson { rows, benefits } => msg::rows_per_person(
                lang,
                count(*rows),
                count(*benefits),
                count(rows.saturating_sub(*benefits)),
            ),
            W::BirthDateReduced(column) => msg::birth_date_reduced(lang, column),
            W::ExitReasonsMapped(labels) => {
                let table: Vec<String> = labels
                    .iter()
                    .map(|l| {
                        format!(
                            "'{}' → {} ({})",
                            l.label,
                            l.reason.code(),
                            crate::i18n::Arg::show(&count(l.rows), lang)
                        )
                    })
                    .collect();
                msg::exit_reasons_mapped(lang, &table.join(", "))
            }
            W::CodesWithoutLabel(lines) => {
                let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                msg::codes_without_label(lang, &lines.join(", "))
            }
            W::RepeatedCodes(codes) => msg::repeated_codes(lang, &quoted(codes)),
            W::NoCodes => msg::NO_CODES.get(lang).to_string(),
        }
    }

    /// The columns this remark names (headers as written), if it is about columns.
    pub fn columns(&self) -> Vec<&str> {
        use LoadWarning as W;
        match self {
            W::UnknownColumns(c)
            | W::UnusedColumns(c)
            | W::DuplicateColumns(c)
            | W::IgnoredColumns(c) => c.iter().map(String::as_str).collect(),
            W::BadOverride { column, .. }
            | W::CrossForYes(column)
            | W::BirthDateReduced(column) => vec![column.as_str()],
            W::DescriptionOverCode {
                description, code, ..
            } => vec![description.as_str(), code.as_str()],
            W::TotalDiffers { column, .. } => vec![column.as_str()],
            W::MissingRequired(field) => vec![field.as_str()],
            W::Tolerated(e) => e.column.as_deref().into_iter().collect(),
            _ => Vec::new(),
        }
    }
}

/// `'a', 'b'`.
fn quoted(columns: &[String]) -> String {
    columns
        .iter()
        .map(|h| format!("'{h}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A total as a number with the decimals it needs (at most 6).
fn shown(x: f64) -> Dec {
    let decimals = (0..6)
        .find(|&d| {
            let f = 10f64.powi(d as i32);
            ((x * f).round() / f - x).abs() < 1e-9 * x.abs().max(1.0)
        })
        .unwrap_or(6);
    Dec(x, decimals)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::LoadErrorKind;
    use crate::messages::check::assert_translated;

    /// Every kind of warning, once (the match in [`kind`] fails to compile when a kind is
    /// added without an example here).
    fn examples() -> Vec<LoadWarning> {
        use LoadWarning as W;
        let tally = Tally {
            count: 1234,
            first_line: 12345,
        };
        let cols = vec!["Opmerking intern".to_string(), "Keten".to_string()];
        vec![
            W::UnknownColumns(cols.clone()),
            W::UnusedColumns(cols.clone()),
            W::DuplicateColumns(cols.clone()),
            W::IgnoredColumns(cols),
            W::BadOverride {
                column: "Gebied".into(),
                field: "wijk".into(),
            },
            W::SkippedAbove {
                rows: 2,
                unit: RowUnit::Line,
                header_line: 3,
            },
            W::SkippedAbove {
                rows: 1,
                unit: RowUnit::SheetRow,
                header_line: 3,
            },
            W::BlankRows {
                rows: 3,
                unit: RowUnit::Line,
            },
            W::BlankRows {
                rows: 3,
                unit: RowUnit::JsonItem,
            },
            W::Tolerated(
                LoadError::new(LoadErrorKind::CellError("#N/A".into()))
                    .at_line(4)
                    .in_column("startdatum")
                    .in_sheet("Bestand")
                    .at_letter("C"),
            ),
            W::IgnoredCellErrors(2),
            W::DataAfterTotal,
            W::TotalDiffers {
                line: 12,
                column: "bedrag".into(),
                printed: 1000.0,
                computed: 999.5,
            },
            W::MissingRequired("einddatum".into()),
            W::NoBenefits,
            W::NoContracts,
            W::NoFigures,
            W::NoTrajectories,
            W::UnknownTrajectoryCodes {
                codes: vec!["Taalcursus".into()],
                rows: 12,
            },
            W::ContractsWithoutHours(3),
            W::NoGemeenteColumn,
            W::NoAgeColumn,
            W::CrossForYes("is_statushouder".into()),
            W::NoExitReason(tally),
            W::ReasonWithoutEnd(tally),
            W::AgeOutOfRange(tally),
            W::NoGemeenteCode(tally),
            W::DescriptionOverCode {
                field: "huishoudtype".into(),
                description: "Omschrijving leefvorm".into(),
                code: "Indicatie leefvorm".into(),
            },
            W::NoBenefitId,
            W::RowsPerPerson {
                rows: 1415,
                benefits: 1240,
            },
            W::BirthDateReduced("Geboortedatum".into()),
            W::ExitReasonsMapped(vec![ExitReasonLabel {
                label: "Werkaanvaarding".into(),
                reason: crate::model::Uitstroomreden::Werk,
                rows: 1200,
            }]),
            W::CodesWithoutLabel(vec![35]),
            W::RepeatedCodes(vec!["14".into()]),
            W::NoCodes,
        ]
    }

    fn kind(w: &LoadWarning) -> usize {
        use LoadWarning as W;
        match w {
            W::UnknownColumns(_) => 0,
            W::UnusedColumns(_) => 1,
            W::DuplicateColumns(_) => 2,
            W::IgnoredColumns(_) => 3,
            W::BadOverride { .. } => 4,
            W::SkippedAbove { .. } => 5,
            W::BlankRows { .. } => 6,
            W::Tolerated(_) => 7,
            W::IgnoredCellErrors(_) => 8,
            W::DataAfterTotal => 9,
            W::TotalDiffers { .. } => 10,
            W::MissingRequired(_) => 11,
            W::NoBenefits => 12,
            W::NoContracts => 13,
            W::NoFigures => 14,
            W::ContractsWithoutHours(_) => 15,
            W::NoGemeenteColumn => 16,
            W::NoAgeColumn => 17,
            W::CrossForYes(_) => 18,
            W::NoExitReason(_) => 19,
            W::ReasonWithoutEnd(_) => 20,
            W::AgeOutOfRange(_) => 21,
            W::NoGemeenteCode(_) => 22,
            W::DescriptionOverCode { .. } => 23,
            W::NoBenefitId => 24,
            W::RowsPerPerson { .. } => 25,
            W::BirthDateReduced(_) => 26,
            W::ExitReasonsMapped(_) => 27,
            W::CodesWithoutLabel(_) => 30,
            W::RepeatedCodes(_) => 31,
            W::NoCodes => 32,
            W::NoTrajectories => 28,
            W::UnknownTrajectoryCodes { .. } => 29,
        }
    }

    #[test]
    fn every_warning_has_a_dutch_and_an_english_text() {
        let all = examples();
        let mut seen = [false; 33];
        for w in &all {
            seen[kind(w)] = true;
            assert_translated(&w.message(Lang::Nl), &w.message(Lang::En));
        }
        assert!(seen.iter().all(|&s| s), "an example for every kind");
    }

    #[test]
    fn warnings_read_as_before_in_dutch_and_in_english() {
        let w = LoadWarning::UnusedColumns(vec!["persoon_id".into()]);
        assert_eq!(
            w.message(Lang::Nl),
            "Kolommen herkend maar (nog) niet gebruikt: 'persoon_id'."
        );
        assert_eq!(
            w.message(Lang::En),
            "Columns recognised but not used (yet): 'persoon_id'."
        );
        let w = LoadWarning::SkippedAbove {
            rows: 2,
            unit: RowUnit::Line,
            header_line: 3,
        };
        assert_eq!(
            w.message(Lang::Nl),
            "2 regel(s) boven de kopregel (regel 3) overgeslagen: titel of toelichting."
        );
        assert_eq!(
            w.message(Lang::En),
            "2 line(s) above the header (line 3) skipped: title or notes."
        );
        let w = LoadWarning::TotalDiffers {
            line: 12,
            column: "bedrag".into(),
            printed: 1000.0,
            computed: 999.0,
        };
        assert_eq!(
            w.message(Lang::Nl),
            "Totaalregel (regel 12): kolom 'bedrag' zegt 1.000, de gegevens daarboven geven 999."
        );
        assert_eq!(
            w.message(Lang::En),
            "Total row (line 12): column 'bedrag' says 1,000, the data above it give 999."
        );
        assert_eq!(
            LoadWarning::NoFigures.message(Lang::En),
            "The file contains no figures, only a header row."
        );
        // Counts follow the language; line numbers are written as the file numbers them.
        let t = Tally {
            count: 1234,
            first_line: 12345,
        };
        assert_eq!(
            LoadWarning::NoGemeenteCode(t).message(Lang::Nl),
            "1.234 uitkering(en) zonder gemeente_code (eerste op regel 12345)."
        );
        assert_eq!(
            LoadWarning::NoGemeenteCode(t).message(Lang::En),
            "1,234 benefit(s) without gemeente_code (first on line 12345)."
        );
    }

    #[test]
    fn totals_keep_the_decimals_they_have() {
        assert_eq!(crate::i18n::Arg::show(&shown(700.0), Lang::Nl), "700");
        assert_eq!(crate::i18n::Arg::show(&shown(699.5), Lang::Nl), "699,5");
        assert_eq!(
            crate::i18n::Arg::show(&shown(1234.25), Lang::En),
            "1,234.25"
        );
    }

    #[test]
    fn warnings_travel_typed() {
        // In the loader worker's wire format (bijstand-worker) and as JSON.
        for w in examples() {
            let bytes = postcard::to_allocvec(&w).unwrap();
            assert_eq!(postcard::from_bytes::<LoadWarning>(&bytes).unwrap(), w);
            let json = serde_json::to_string(&w).unwrap();
            let back: LoadWarning = serde_json::from_str(&json).unwrap();
            assert_eq!(back, w, "{json}");
        }
    }
}
