//! The programme budget (Annex 1) view model: lines, coverage, sum checks with the ±1
//! rounding shown, missing lines as missing (never as zero), and the balance after moves.

use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::programme::{apply_reallocations, line_label_in, ProgrammeBudget, Reallocation};

use super::{Kpi, Table};

fn k(x: Option<f64>, lang: Lang) -> String {
    x.map(|v| format::nl::dec(v, 0))
        .unwrap_or_else(|| lang.t("ontbreekt", "missing").into())
}

/// A budget or coverage line's name: the label as printed in Dutch, a known Enschede line's
/// English label in English; unknown codes stay as in the file.
pub fn line_name(code: &str, printed: &str, lang: Lang) -> String {
    line_label_in(code, printed, lang)
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
        Err(e) => (base.clone(), Some(e.message(lang))),
    };
    let bt = b.budget_total();
    let ct = b.coverage_total();
    let kpis = vec![
        Kpi {
            id: "kpi-prog-budget",
            label: format!("{} {}", lang.t("Totaal budget", "Total budget"), b.year),
            value: format::nl::dec(bt.sum, 0),
            note: if bt.missing.is_empty() {
                "× € 1.000".into()
            } else {
                format!(
                    "{}: {}",
                    lang.t("ontbreekt", "missing"),
                    bt.missing
                        .iter()
                        .map(|c| line_name(c, c, lang))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
        },
        Kpi {
            id: "kpi-prog-coverage",
            label: lang.t("Totaal dekking", "Total coverage").into(),
            value: format::nl::dec(ct.sum, 0),
            note: "× € 1.000".into(),
        },
        Kpi {
            id: "kpi-prog-balance",
            label: lang
                .t("Saldo (budget − dekking)", "Balance (budget − coverage)")
                .into(),
            value: k(b.balance(), lang),
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
        caption: lang.t("Dekking (× € 1.000)", "Coverage (× € 1,000)").into(),
        headers: vec![
            lang.t("Dekkingsbron", "Source").into(),
            lang.t("Bedrag", "Amount").into(),
        ],
        rows: b
            .coverage
            .iter()
            .map(|c| vec![line_name(&c.code, &c.label, lang), k(c.amount, lang)])
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
        let too_much = Reallocation {
            amount: 1e9,
            ..m.clone()
        };
        let (_, _, _, _, err) = programme_view(&b, std::slice::from_ref(&too_much), Lang::Nl);
        assert!(err.is_some());
        let (_, _, _, _, err_en) = programme_view(&b, &[too_much], Lang::En);
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
        let (_, _, _, _, err_en) = programme_view(&b, &[more], Lang::En);
        assert_eq!(
            err_en.as_deref(),
            Some("Budget line Contribution SW/sheltered work only has 2.849 available.")
        );
    }

    #[test]
    fn annex_1_lines_in_english_unknown_codes_as_in_the_file() {
        let mut b = ProgrammeBudget::default();
        let (_, nl_lines, nl_cov, nl_checks, _) = programme_view(&b, &[], Lang::Nl);
        let (kpis, lines, coverage, checks, _) = programme_view(&b, &[], Lang::En);
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
        let (_, lines, _, _, _) = programme_view(&b, &[], Lang::En);
        assert_eq!(lines.rows[0][0], "Nieuwe regel X");
    }
}
