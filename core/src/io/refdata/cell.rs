//! One published value with its CBS marker: `*` voorlopig, `**` nader voorlopig, `x`
//! geheim, `.` missing, `-` nihil. A marker is kept, never read as 0 (except `-`, which
//! CBS defines as nil).

use crate::io::cells::parse_number;
use crate::io::DecimalStyle;
use crate::model::Value;

/// How final a published number is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Status {
    /// Definitive (no marker).
    #[default]
    Final,
    /// `*`: voorlopig (provisional).
    Provisional,
    /// `**`: nader voorlopig (revised provisional).
    RevisedProvisional,
}

impl Status {
    /// The CBS marker: `""`, `"*"` or `"**"`.
    pub fn marker(self) -> &'static str {
        match self {
            Status::Final => "",
            Status::Provisional => "*",
            Status::RevisedProvisional => "**",
        }
    }

    /// The less final of two statuses (a provisional period makes its values provisional).
    pub fn min(self, other: Status) -> Status {
        let rank = |s: Status| match s {
            Status::Final => 2,
            Status::RevisedProvisional => 1,
            Status::Provisional => 0,
        };
        if rank(other) < rank(self) {
            other
        } else {
            self
        }
    }

    /// Splits a trailing `*` / `**` off `s`.
    pub(crate) fn strip(s: &str) -> (&str, Status) {
        let t = s.trim_end();
        if let Some(r) = t.strip_suffix("**") {
            (r.trim_end(), Status::RevisedProvisional)
        } else if let Some(r) = t.strip_suffix('*') {
            (r.trim_end(), Status::Provisional)
        } else {
            (t, Status::Final)
        }
    }
}

/// A cell of a reference table.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Cell {
    /// A published number, in the indicator's unit.
    Value {
        /// The number as published.
        v: f64,
        /// Final, provisional or revised provisional.
        status: Status,
    },
    /// `-`: nihil (CBS: the value is zero).
    Nil,
    /// `x`: geheim (secret, suppressed).
    Secret,
    /// `.`, `..` or empty: not available.
    Missing,
}

impl Cell {
    /// The number: `Some(0.0)` for nihil, `None` for secret and missing.
    pub fn value(&self) -> Option<f64> {
        match *self {
            Cell::Value { v, .. } => Some(v),
            Cell::Nil => Some(0.0),
            Cell::Secret | Cell::Missing => None,
        }
    }

    /// The status of a number (`Final` for the markers).
    pub fn status(&self) -> Status {
        match *self {
            Cell::Value { status, .. } => status,
            _ => Status::Final,
        }
    }

    /// The marker as CBS writes it: `*`, `**`, `-`, `x`, `.`, or `""` for a final number.
    pub fn marker(&self) -> &'static str {
        match *self {
            Cell::Value { status, .. } => status.marker(),
            Cell::Nil => "-",
            Cell::Secret => "x",
            Cell::Missing => ".",
        }
    }

    /// The same cell with the period's status applied (`2017*` makes its values `*`).
    pub(crate) fn with_status(self, period: Status) -> Cell {
        match self {
            Cell::Value { v, status } => Cell::Value {
                v,
                status: status.min(period),
            },
            c => c,
        }
    }
}

/// What a `-` means in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dash {
    /// CBS's legend: nihil.
    Nil,
    /// Other publishers: not available.
    Missing,
}

/// Reads one cell: a number (in `style`, with an optional `*`/`**` marker) or a marker.
/// `None` when it is neither.
pub(crate) fn parse_cell(s: &str, style: DecimalStyle, dash: Dash) -> Option<Cell> {
    let s = s.trim();
    match s {
        "" | "." | ".." => return Some(Cell::Missing),
        "x" | "X" => return Some(Cell::Secret),
        "-" | "\u{2013}" | "\u{2014}" => {
            return Some(match dash {
                Dash::Nil => Cell::Nil,
                Dash::Missing => Cell::Missing,
            })
        }
        _ => {}
    }
    let (rest, status) = Status::strip(s);
    match parse_number(rest, style)?.value {
        Value::Number(v) => Some(Cell::Value { v, status }),
        Value::Suppressed => Some(Cell::Secret),
        Value::Missing => Some(Cell::Missing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<Cell> {
        parse_cell(s, DecimalStyle::Point, Dash::Nil)
    }

    #[test]
    fn markers_are_kept() {
        assert_eq!(
            p("   8560"),
            Some(Cell::Value {
                v: 8560.0,
                status: Status::Final
            })
        );
        assert_eq!(
            p("    17.5"),
            Some(Cell::Value {
                v: 17.5,
                status: Status::Final
            })
        );
        assert_eq!(p("       ."), Some(Cell::Missing));
        assert_eq!(p(""), Some(Cell::Missing));
        assert_eq!(p("x"), Some(Cell::Secret));
        assert_eq!(p("-"), Some(Cell::Nil));
        assert_eq!(
            parse_cell("-", DecimalStyle::Comma, Dash::Missing),
            Some(Cell::Missing)
        );
        assert_eq!(
            p("418.0*"),
            Some(Cell::Value {
                v: 418.0,
                status: Status::Provisional
            })
        );
        assert_eq!(
            parse_cell("64,0 **", DecimalStyle::Comma, Dash::Nil),
            Some(Cell::Value {
                v: 64.0,
                status: Status::RevisedProvisional
            })
        );
        assert_eq!(p("abc"), None);
        assert_eq!(Cell::Missing.value(), None, "a '.' is never 0");
        assert_eq!(Cell::Secret.value(), None);
        assert_eq!(Cell::Nil.value(), Some(0.0));
        assert_eq!(Cell::Missing.marker(), ".");
    }

    #[test]
    fn period_status_applies_to_values() {
        let c = Cell::Value {
            v: 1.0,
            status: Status::RevisedProvisional,
        };
        assert_eq!(
            c.with_status(Status::Provisional).status(),
            Status::Provisional
        );
        assert_eq!(
            c.with_status(Status::Final).status(),
            Status::RevisedProvisional
        );
        assert_eq!(
            Cell::Missing.with_status(Status::Provisional),
            Cell::Missing
        );
    }
}
