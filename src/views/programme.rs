//! The programme budget (Annex 1) view model: lines, coverage, sum checks with the ±1
//! rounding shown, missing lines as missing (never as zero), and the balance after moves.

use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::programme::{apply_reallocations, ProgrammeBudget, Reallocation};

use super::{Kpi, Table};

fn k(x: Option<f64>) -> String {
    x.map(|v| format::dec(v, 0))
        .unwrap_or_else(|| "ontbreekt".into())
}

/// Key figures, the lines table, the coverage table, the checks table and an error (if a
/// move is impossible, the moves are not applied and the message says why).
pub fn programme_view(
    base: &ProgrammeBudget,
    moves: &[Reallocation],
    lang: Lang,
) -> (Vec<Kpi>, Table, Table, Table, Option<String>) {
    let (b, error) = match apply_reallocations(base, moves) {
        Ok(b) => (b, None),
        Err(e) => (base.clone(), Some(e.message_nl())),
    };
    let bt = b.budget_total();
    let ct = b.coverage_total();
    let kpis = vec![
        Kpi {
            id: "kpi-prog-budget",
            label: format!("{} {}", lang.t("Totaal budget", "Total budget"), b.year),
            value: format::dec(bt.sum, 0),
            note: if bt.missing.is_empty() {
                "× € 1.000".into()
            } else {
                format!(
                    "{}: {}",
                    lang.t("ontbreekt", "missing"),
                    bt.missing.join(", ")
                )
            },
        },
        Kpi {
            id: "kpi-prog-coverage",
            label: lang.t("Totaal dekking", "Total coverage").into(),
            value: format::dec(ct.sum, 0),
            note: "× € 1.000".into(),
        },
        Kpi {
            id: "kpi-prog-balance",
            label: lang
                .t("Saldo (budget − dekking)", "Balance (budget − coverage)")
                .into(),
            value: k(b.balance()),
            note: format!("{} {}", moves.len(), lang.t("verschuiving(en)", "move(s)")),
        },
    ];
    let lines = Table {
        caption: lang
            .t(
                "Programmabegroting EAA (× € 1.000)",
                "EAA programme budget (× € 1,000)",
            )
            .into(),
        headers: vec![
            lang.t("Budgetregel", "Budget line").into(),
            lang.t("Direct", "Direct").into(),
            lang.t("Apparaatskosten", "Overheads").into(),
            lang.t("Totaal", "Total").into(),
        ],
        rows: b
            .lines
            .iter()
            .map(|l| vec![l.label.clone(), k(l.direct), k(l.apparaat), k(l.total)])
            .collect(),
    };
    let coverage = Table {
        caption: lang.t("Dekking (× € 1.000)", "Coverage (× € 1,000)").into(),
        headers: vec![
            lang.t("Dekkingsbron", "Source").into(),
            lang.t("Bedrag", "Amount").into(),
        ],
        rows: b
            .coverage
            .iter()
            .map(|c| vec![c.label.clone(), k(c.amount)])
            .collect(),
    };
    let checks = Table {
        caption: lang
            .t("Controles (afronding ±1)", "Checks (rounding ±1)")
            .into(),
        headers: vec![
            lang.t("Controle", "Check").into(),
            lang.t("Berekend", "Computed").into(),
            lang.t("Gedrukt", "Printed").into(),
            lang.t("Toelichting", "Note").into(),
        ],
        rows: b
            .checks()
            .iter()
            .map(|c| vec![c.what.clone(), k(c.computed), k(c.printed), c.note_nl()])
            .collect(),
    };
    (kpis, lines, coverage, checks, error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::programme::CostColumn;

    #[test]
    fn annex_1_totals_and_a_move_keep_the_balance() {
        let b = ProgrammeBudget::default();
        let (kpis, lines, coverage, checks, err) = programme_view(&b, &[], Lang::Nl);
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
        let (kpis, _, _, _, err) = programme_view(&b, std::slice::from_ref(&m), Lang::Nl);
        assert!(err.is_none());
        assert_eq!(kpis[2].value, "0", "a move between lines keeps the balance");
        let too_much = Reallocation { amount: 1e9, ..m };
        let (_, _, _, _, err) = programme_view(&b, &[too_much], Lang::Nl);
        assert!(err.is_some());
    }
}
