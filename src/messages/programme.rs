//! Messages of the programme budget screen (Annex 1).

use bijstand_core::i18n::{Count, Plain};

bijstand_core::messages! {
    /// Heading.
    TITLE = "Programmabegroting (bijlage 1)" / "Programme budget (annex 1)";
    /// A missing amount (never zero).
    MISSING = "ontbreekt" / "missing";
    /// KPI: total budget.
    fn total_budget(year: Plain<i32>) = "Totaal budget {year}" / "Total budget {year}";
    /// The unit of the amounts.
    TIMES_1000 = "× € 1.000" / "× €1,000";
    /// Lines missing from the total.
    fn missing_lines(lines: String) = "ontbreekt: {lines}" / "missing: {lines}";
    /// KPI: total coverage.
    TOTAL_COVERAGE = "Totaal dekking" / "Total coverage";
    /// KPI: the balance.
    BALANCE = "Saldo (budget − dekking)" / "Balance (budget − coverage)";
    /// The number of moves.
    fn move_count(n: Count) = "{n} verschuiving(en)" / "{n} move(s)";
    /// Caption of the lines table.
    LINES_CAPTION = "Programmabegroting EAA (× € 1.000)" / "EAA programme budget (× € 1,000)";
    /// Column: budget line.
    BUDGET_LINE = "Budgetregel" / "Budget line";
    /// Column: direct costs.
    DIRECT = "Direct" / "Direct";
    /// Column: overheads.
    OVERHEADS = "Apparaatskosten" / "Overheads";
    /// Column: total.
    TOTAL = "Totaal" / "Total";
    /// Caption of the coverage table.
    COVERAGE_CAPTION = "Dekking (× € 1.000)" / "Coverage (× € 1,000)";
    /// Column: coverage source.
    SOURCE = "Dekkingsbron" / "Source";
    /// Column: amount.
    AMOUNT = "Bedrag" / "Amount";
    /// Caption of the checks table.
    CHECKS_CAPTION = "Controles (afronding ±1)" / "Checks (rounding ±1)";
    /// Column: check.
    CHECK = "Controle" / "Check";
    /// Column: computed.
    COMPUTED = "Berekend" / "Computed";
    /// Column: printed.
    PRINTED = "Gedrukt" / "Printed";
    /// Column: note.
    NOTE = "Toelichting" / "Note";
    /// Accessible name of the move form.
    MOVE_LABEL = "Verschuiven tussen regels" / "Move between lines";
    /// Heading of the move form.
    MOVE_TITLE = "Verschuif budget tussen regels" / "Move budget between lines";
    /// From line.
    FROM = "Van" / "From";
    /// To line.
    TO = "Naar" / "To";
    /// Cost column.
    COLUMN = "Kolom" / "Column";
    /// The amount box.
    AMOUNT_1000 = "Bedrag (× € 1.000)" / "Amount (× € 1,000)";
    /// The move button.
    MOVE = "Verschuif" / "Move";
    /// Undo the last move.
    fn undo(n: Count) = "Laatste ongedaan maken ({n})" / "Undo last ({n})";
    /// A move made.
    fn move_line(amount: String, from: String, to: String, column: &str) =
        "{amount} {from} → {to} ({column})" / "{amount} {from} → {to} ({column})";
    /// The same line twice.
    CHOOSE_TWO_LINES = "Kies twee verschillende regels." / "Choose two different lines.";
    /// No positive amount.
    ENTER_POSITIVE_AMOUNT = "Vul een positief bedrag in (× € 1.000)." / "Enter a positive amount (× € 1,000).";
}
