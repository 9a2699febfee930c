//! The programme budget (Annex 1) view model: lines, coverage, sum checks with the ±1
//! rounding shown, missing lines as missing (never as zero), and the balance after moves.

use bijstand_core::format;
use bijstand_core::i18n::{Count, Msg};
use bijstand_core::lang::Lang;
use bijstand_core::model::Dataset;
use bijstand_core::programme::{
    apply_reallocations, line_label_in, CostColumn, ProgrammeBudget, Reallocation,
};
use bijstand_core::scenario::Scenario;

use super::{Context, Kpi, Table};
use crate::messages::programme as msg;

/// Everything the programme budget screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgrammeView {
    /// Heading.
    pub title: String,
    /// Total budget, total coverage and the balance.
    pub kpis: Vec<Kpi>,
    /// The form to move budget between lines.
    pub form: MoveForm,
    /// Label of the undo button, while there are moves.
    pub undo: Option<String>,
    /// Why the moves could not be applied (then none is).
    pub error: Option<String>,
    /// The moves made, one line each.
    pub moves: Vec<String>,
    /// The budget lines.
    pub lines: Table,
    /// The coverage.
    pub coverage: Table,
    /// The sum checks, with the ±1 rounding shown.
    pub checks: Table,
}

/// The form to move budget from one line to another.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveForm {
    /// Accessible name of the form.
    pub label: String,
    /// Heading.
    pub title: String,
    /// Label of the "from" list.
    pub from_label: String,
    /// Label of the "to" list.
    pub to_label: String,
    /// The budget lines to choose from: code and name.
    pub lines: Vec<(String, String)>,
    /// The line chosen first as "from".
    pub default_from: String,
    /// The line chosen first as "to".
    pub default_to: String,
    /// Label of the column list.
    pub column_label: String,
    /// The cost columns to choose from, with their names.
    pub columns: Vec<(CostColumn, String)>,
    /// Label of the amount box.
    pub amount_label: String,
    /// Label of the move button.
    pub submit: String,
}

/// A budget or coverage line's name: the label as printed in Dutch, a known Enschede line's
/// English label in English; unknown codes stay as in the file.
pub fn line_name(code: &str, printed: &str, lang: Lang) -> String {
    line_label_in(code, printed, lang)
}

/// Amounts × € 1.000, or "missing" (never zero).
fn k(x: Option<f64>, lang: Lang) -> String {
    x.map(|v| format::dec(lang, v, 0))
        .unwrap_or_else(|| msg::MISSING.get(lang).into())
}

/// The programme budget screen: Annex 1 with the scenario's moves.
pub fn build(_dataset: &Dataset, scenario: &Scenario, _ctx: &Context) -> ProgrammeView {
    programme_view(
        &ProgrammeBudget::default(),
        &scenario.programme,
        scenario.lang,
    )
}

/// The move of `amount` (typed in `lang`, × € 1.000) from line `from` to line `to`, or why
/// it cannot be made.
pub fn new_move(
    lang: Lang,
    from: &str,
    to: &str,
    column: CostColumn,
    amount: &str,
) -> Result<Reallocation, String> {
    match format::parse_number(lang, amount) {
        Some(a) if a > 0.0 && from != to => Ok(Reallocation {
            from: from.to_string(),
            to: to.to_string(),
            column,
            amount: a,
        }),
        Some(_) if from == to => Err(msg::CHOOSE_TWO_LINES.get(lang).into()),
        _ => Err(msg::ENTER_POSITIVE_AMOUNT.get(lang).into()),
    }
}

/// The screen for a base budget and moves. If a move is impossible, the moves are not
/// applied and [`ProgrammeView::error`] says why.
pub fn programme_view(base: &ProgrammeBudget, moves: &[Reallocation], lang: Lang) -> ProgrammeView {
    let t = |m: Msg| m.get(lang);
    let (b, error) = match apply_reallocations(base, moves) {
        Ok(b) => (b, None),
        Err(e) => (base.clone(), Some(e.message(lang))),
    };
    let bt = b.budget_total();
    let ct = b.coverage_total();
    let kpis = vec![
        Kpi {
            id: "kpi-prog-budget",
            label: msg::total_budget(lang, bijstand_core::i18n::Plain(b.year)),
            value: format::dec(lang, bt.sum, 0),
            note: if bt.missing.is_empty() {
                t(msg::TIMES_1000).into()
            } else {
                msg::missing_lines(
                    lang,
                    bt.missing
                        .iter()
                        .map(|c| line_name(c, c, lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            },
        },
        Kpi {
            id: "kpi-prog-coverage",
            label: t(msg::TOTAL_COVERAGE).into(),
            value: format::dec(lang, ct.sum, 0),
            note: t(msg::TIMES_1000).into(),
        },
        Kpi {
            id: "kpi-prog-balance",
            label: t(msg::BALANCE).into(),
            value: k(b.balance(), lang),
            note: msg::move_count(lang, Count(moves.len() as i64)),
        },
    ];
    let lines = Table {
        caption: t(msg::LINES_CAPTION).into(),
        headers: [msg::BUDGET_LINE, msg::DIRECT, msg::OVERHEADS, msg::TOTAL]
            .iter()
            .map(|h| h.get(lang).into())
            .collect(),
        rows: b
            .lines
            .iter()
            .map(|l| {
                vec![
                    line_name(&l.code, &l.label, lang),
                    k(l.direct, lang),
                    k(l.apparaat, lang),
                    k(l.total, lang),
                ]
            })
            .collect(),
    };
    let coverage = Table {
        caption: t(msg::COVERAGE_CAPTION).into(),
        headers: vec![t(msg::SOURCE).into(), t(msg::AMOUNT).into()],
        rows: b
            .coverage
            .iter()
            .map(|c| vec![line_name(&c.code, &c.label, lang), k(c.amount, lang)])
            .collect(),
    };
    let checks = Table {
        caption: t(msg::CHECKS_CAPTION).into(),
        headers: [msg::CHECK, msg::COMPUTED, msg::PRINTED, msg::NOTE]
            .iter()
            .map(|h| h.get(lang).into())
            .collect(),
        rows: b
            .checks()
            .iter()
            .map(|c| {
                let printed = b
                    .lines
                    .iter()
                    .find(|l| l.code == c.what)
                    .map_or("", |l| l.label.as_str());
                vec![
                    line_name(&c.what, printed, lang),
                    k(c.computed, lang),
                    k(c.printed, lang),
                    c.note(lang),
                ]
            })
            .collect(),
    };
    let code = |i: usize| {
        base.lines
            .get(i)
            .map(|l| l.code.clone())
            .unwrap_or_default()
    };
    let form = MoveForm {
        label: t(msg::MOVE_LABEL).into(),
        title: t(msg::MOVE_TITLE).into(),
        from_label: t(msg::FROM).into(),
        to_label: t(msg::TO).into(),
        lines: base
            .lines
            .iter()
            .map(|l| (l.code.clone(), line_name(&l.code, &l.label, lang)))
            .collect(),
        default_from: code(0),
        default_to: code(1),
        column_label: t(msg::COLUMN).into(),
        columns: [CostColumn::Direct, CostColumn::Apparaat]
            .iter()
            .map(|c| (*c, c.label(lang).to_string()))
            .collect(),
        amount_label: t(msg::AMOUNT_1000).into(),
        submit: t(msg::MOVE).into(),
    };
    ProgrammeView {
        title: t(msg::TITLE).into(),
        kpis,
        form,
        undo: (!moves.is_empty()).then(|| msg::undo(lang, Count(moves.len() as i64))),
        error,
        moves: moves
            .iter()
            .map(|m| {
                msg::move_line(
                    lang,
                    format::dec(lang, m.amount, 0),
                    line_name(&m.from, &m.from, lang),
                    line_name(&m.to, &m.to, lang),
                    m.column.label(lang),
                )
            })
            .collect(),
        lines,
        coverage,
        checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::programme::CostColumn;

    #[test]
    fn annex_1_totals_and_a_move_keep_the_balance() {
        let b = ProgrammeBudget::default();
        let ProgrammeView {
            kpis,
            lines,
            coverage,
            checks,
            error: err,
            ..
        } = programme_view(&b, &[], Lang::Nl);
        assert_eq!(kpis[0].value, "28.467");
        assert_eq!(kpis[1].value, "28.467");
        assert_eq!(kpis[2].value, "0");
        assert!(err.is_none());
        assert!(lines.rows.len() >= 8 && !coverage.rows.is_empty());
        assert!(
            checks.rows.iter().any(|r| r[3].contains("afronding")),
            "the ±1 rounding is shown"
        );
        let from = b.lines[1].code.clone();
        let to = b.lines[2].code.clone();
        let m = Reallocation {
            from,
            to,
            column: CostColumn::Direct,
            amount: 100.0,
        };
        let ProgrammeView {
            kpis, error: err, ..
        } = programme_view(&b, std::slice::from_ref(&m), Lang::Nl);
        assert!(err.is_none());
        assert_eq!(kpis[2].value, "0", "a move between lines keeps the balance");
        let too_much = Reallocation {
            amount: 1e9,
            ..m.clone()
        };
        let err = programme_view(&b, std::slice::from_ref(&too_much), Lang::Nl).error;
        assert!(err.is_some());
        let err_en = programme_view(&b, &[too_much], Lang::En).error;
        assert_eq!(
            err_en.as_deref(),
            Some("The amount must be a positive number.")
        );
        // More than the line has: the English message names the line in English.
        let more = Reallocation {
            amount: 2849.0 + 1.0,
            from: "bijdrage_sw_beschut".into(),
            ..m
        };
        let err_en = programme_view(&b, &[more], Lang::En).error;
        assert_eq!(
            err_en.as_deref(),
            Some("Budget line Contribution SW/sheltered work only has 2,849 available.")
        );
    }

    #[test]
    fn annex_1_lines_in_english_unknown_codes_as_in_the_file() {
        let mut b = ProgrammeBudget::default();
        let ProgrammeView {
            lines: nl_lines,
            coverage: nl_cov,
            checks: nl_checks,
            ..
        } = programme_view(&b, &[], Lang::Nl);
        let ProgrammeView {
            kpis,
            lines,
            coverage,
            checks,
            ..
        } = programme_view(&b, &[], Lang::En);
        // Dutch: the labels as printed.
        assert_eq!(nl_lines.rows[1][0], "Ondersteuningstrajecten korte afstand");
        assert_eq!(nl_cov.rows[0][0], "Algemene middelen");
        // English: every known Enschede line and coverage source has its own label.
        assert_eq!(lines.rows[1][0], "Support trajectories, short distance");
        assert_eq!(coverage.rows[0][0], "General funds");
        for (en, nl) in lines.rows.iter().zip(&nl_lines.rows) {
            assert_ne!(en[0], nl[0], "line {} has no English label", nl[0]);
        }
        for (en, nl) in coverage
            .rows
            .iter()
            .zip(&nl_cov.rows)
            .filter(|(_, n)| n[0] != "Reserves")
        {
            assert_ne!(en[0], nl[0], "coverage {} has no English label", nl[0]);
        }
        for (en, nl) in checks.rows.iter().zip(&nl_checks.rows) {
            assert_ne!(en[0], nl[0], "check {} has no English label", nl[0]);
            assert_ne!(en[3], nl[3], "check note {} not in English", nl[3]);
        }
        assert!(checks.rows.iter().any(|r| r[3].contains("(rounding)")));
        assert_eq!(kpis[2].label, "Balance (budget − coverage)");
        // An unknown code keeps its printed label in both languages.
        b.lines[0].code = "nieuwe_regel_x".into();
        b.lines[0].label = "Nieuwe regel X".into();
        let lines = programme_view(&b, &[], Lang::En).lines;
        assert_eq!(lines.rows[0][0], "Nieuwe regel X");
    }

    #[test]
    fn the_screen_in_dutch_and_in_english_and_moves_checked_as_typed() {
        let ds = crate::embedded::synthetic().unwrap();
        let mut s = Scenario::default();
        let v = build(&ds, &s, &Context::default());
        assert_eq!(v.kpis[0].value, "28.467");
        assert_eq!(v.kpis[0].note, "× € 1.000");
        assert!(v.undo.is_none() && v.moves.is_empty());
        assert_eq!(
            v.form.default_from,
            ProgrammeBudget::default().lines[0].code
        );

        // Dutch: "1.000" is a thousand; English: "1,000" is.
        let (from, to) = (v.form.default_from.clone(), v.form.default_to.clone());
        let m = new_move(Lang::Nl, &from, &to, CostColumn::Direct, "1.000").unwrap();
        assert_eq!(m.amount, 1000.0);
        assert_eq!(
            new_move(Lang::En, &from, &to, CostColumn::Direct, "1,000")
                .unwrap()
                .amount,
            1000.0
        );
        assert_eq!(
            new_move(Lang::Nl, &from, &from, CostColumn::Direct, "5"),
            Err("Kies twee verschillende regels.".to_string())
        );
        assert_eq!(
            new_move(Lang::En, &from, &to, CostColumn::Direct, "-5"),
            Err("Enter a positive amount (× € 1,000).".to_string())
        );
        assert!(new_move(Lang::Nl, &from, &to, CostColumn::Direct, "abc").is_err());

        s.programme.push(m);
        let v = build(&ds, &s, &Context::default());
        assert_eq!(v.undo.as_deref(), Some("Laatste ongedaan maken (1)"));
        assert!(v.moves[0].starts_with("1.000 "), "{}", v.moves[0]);
        assert_eq!(v.kpis[2].value, "0");

        s.lang = Lang::En;
        let v = build(&ds, &s, &Context::default());
        assert_eq!(v.kpis[0].value, "28,467");
        assert_eq!(v.kpis[1].value, "28,467");
        assert!(v.moves[0].starts_with("1,000 "), "{}", v.moves[0]);
        assert_eq!(v.kpis[2].note, "1 move(s)");
        let found = crate::views::budget::dutch_numbers(&format!("{v:?}"));
        assert!(found.is_empty(), "{found:?}");
    }
}
