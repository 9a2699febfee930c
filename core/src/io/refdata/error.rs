//! Why a reference file could not be read, with a calm message (texts in
//! [`crate::messages::refdata`]).

use std::fmt;

use crate::i18n::Count;
use crate::lang::Lang;
use crate::messages::refdata as msg;

/// Everything that can go wrong reading a reference file. Reading never panics.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RefError {
    /// The bytes are not text.
    NotText,
    /// The file is empty.
    Empty,
    /// None of the three shapes fits; the first non-empty row as found.
    UnknownShape {
        /// Header cells (at most 8).
        header: Vec<String>,
    },
    /// A CBS table without a `Perioden` column, and no year in the file name.
    NoPeriod {
        /// The file name.
        name: String,
    },
    /// A header without value columns.
    NoIndicators,
    /// A header without data rows.
    NoRows,
    /// A cell that is neither a number nor a CBS marker.
    BadValue {
        /// 1-based line.
        line: usize,
        /// Column header.
        column: String,
        /// The cell.
        value: String,
    },
    /// A period cell that is not a period.
    BadPeriod {
        /// 1-based line.
        line: usize,
        /// The cell.
        value: String,
    },
}

impl RefError {
    /// [`RefError::UnknownShape`] from the records read.
    pub(crate) fn unknown_shape(records: &[Vec<String>]) -> RefError {
        let header = records
            .iter()
            .find(|r| r.iter().any(|c| !c.is_empty()))
            .map(|r| r.iter().take(8).cloned().collect())
            .unwrap_or_default();
        RefError::UnknownShape { header }
    }

    /// The message for the user: what happened, what the app accepts, what stays.
    pub fn message(&self, lang: Lang) -> String {
        let k = msg::KEEPS_DATA.get(lang);
        match self {
            RefError::NotText => msg::not_text(lang, k),
            RefError::Empty => msg::empty(lang, k),
            RefError::UnknownShape { header } => {
                let h = if header.is_empty() {
                    msg::EMPTY_HEADER.get(lang).to_string()
                } else {
                    header
                        .iter()
                        .map(|c| format!("'{c}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                msg::unknown_shape(lang, &h, k)
            }
            RefError::NoPeriod { name } => msg::no_period(lang, name, k),
            RefError::NoIndicators => msg::no_indicators(lang, k),
            RefError::NoRows => msg::no_rows(lang, k),
            RefError::BadValue {
                line,
                column,
                value,
            } => msg::bad_value(lang, Count(*line as i64), column, value, k),
            RefError::BadPeriod { line, value } => {
                msg::bad_period(lang, Count(*line as i64), value, k)
            }
        }
    }
}

/// The Dutch message; [`RefError::message`] for others.
impl fmt::Display for RefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Nl))
    }
}

impl std::error::Error for RefError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_an_english_form() {
        let all = [
            RefError::NotText,
            RefError::Empty,
            RefError::UnknownShape {
                header: vec!["a".into(), "b".into()],
            },
            RefError::UnknownShape { header: vec![] },
            RefError::NoPeriod {
                name: "x.csv".into(),
            },
            RefError::NoIndicators,
            RefError::NoRows,
            RefError::BadValue {
                line: 3,
                column: "Instroom".into(),
                value: "abc".into(),
            },
            RefError::BadPeriod {
                line: 3,
                value: "abc".into(),
            },
        ];
        for e in all {
            let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
            crate::messages::check::assert_translated(&nl, &en);
        }
        crate::messages::check::assert_translated(
            &msg::other_gemeente(Lang::Nl, "GM0153"),
            &msg::other_gemeente(Lang::En, "GM0153"),
        );
    }
}
