//! The programme budget of the uitvoeringsprogramma (Annex 1, "Bijlage 1. Begroting"; FIGURES
//! §H, CONSISTENCY X13): budget lines, coverage lines, sum checks with rounding tolerance, and
//! reallocation between lines.
//!
//! Dutch domain words used here:
//! - **begroting / budgetregel**: budget / one budget line.
//! - **direct / apparaatskosten**: direct programme costs / staff and overhead costs (the two
//!   cost columns; `totaal` is their sum).
//! - **dekking**: coverage, the sources that pay for the budget (algemene middelen, reserves,
//!   specifieke uitkeringen, …).
//! - **stelpost**: a lump-sum placeholder line (here a negative one, a planned saving).
//!
//! Amounts are as printed: presumably × € 1.000 (the unit is not printed). A cell that is
//! missing is `None`, shown as missing and never treated as zero in a total.
//! Line codes are those of `data/README.md` (`budgetregel_*`, `dekkingsbron`).

use crate::i18n::{Dec, Msg};
use crate::lang::Lang;
use crate::messages::programme as msg;
use crate::validate::{Checks, Invalid, Validate, MAX_MLN};

/// The label of a known Enschede Annex 1 line code: budget lines (`budgetregel_*`
/// categories), coverage lines (`dekkingsbron`) and the checks' totals. Unknown codes give
/// `None` and are shown as in the file.
pub fn line_label(code: &str) -> Option<Msg> {
    Some(match code {
        "bijdrage_sw_beschut" => msg::LINE_BIJDRAGE_SW_BESCHUT,
        "ondersteuning_korte_afstand" => msg::LINE_ONDERSTEUNING_KORTE_AFSTAND,
        "ondersteuning_grotere_afstand" => msg::LINE_ONDERSTEUNING_GROTERE_AFSTAND,
        "jongeren_actieteam" => msg::LINE_JONGEREN_ACTIETEAM,
        "inburgering_statushouders" => msg::LINE_INBURGERING_STATUSHOUDERS,
        "voorwaardenscheppend" => msg::LINE_VOORWAARDENSCHEPPEND,
        "uitvoering_centrumtaken" => msg::LINE_UITVOERING_CENTRUMTAKEN,
        "stelpost_offensief_begroten" => msg::LINE_STELPOST_OFFENSIEF_BEGROTEN,
        "algemene_middelen" => msg::LINE_ALGEMENE_MIDDELEN,
        "reserves" => msg::LINE_RESERVES,
        "detachering_personeel" => msg::LINE_DETACHERING_PERSONEEL,
        "specifieke_uitkering_inburgering" => msg::LINE_SPECIFIEKE_UITKERING_INBURGERING,
        "specifieke_uitkering_educatie" => msg::LINE_SPECIFIEKE_UITKERING_EDUCATIE,
        "subsidies_bijdragen_centrumtaken" => msg::LINE_SUBSIDIES_BIJDRAGEN_CENTRUMTAKEN,
        "totaal_direct" => msg::LINE_TOTAAL_DIRECT,
        "totaal_apparaat" => msg::LINE_TOTAAL_APPARAAT,
        "totaal" => msg::LINE_TOTAAL,
        "totaal_kolommen" => msg::LINE_TOTAAL_KOLOMMEN,
        "dekking" => msg::LINE_DEKKING,
        "balans" => msg::LINE_BALANS,
        _ => return None,
    })
}

/// The label of a line code in the interface language; `fallback` (the label as printed,
/// or the code) for an unknown code.
pub fn line_label_in(code: &str, fallback: &str, lang: Lang) -> String {
    match (line_label(code), lang) {
        (Some(m), Lang::Nl) if fallback.is_empty() => m.nl.to_string(),
        (Some(_), Lang::Nl) => fallback.to_string(),
        (Some(m), Lang::En) => m.en.to_string(),
        (None, _) if fallback.is_empty() => code.to_string(),
        (None, _) => fallback.to_string(),
    }
}

/// One budget line with its printed cells.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct BudgetLine {
    /// Stable code (e.g. `ondersteuning_korte_afstand`).
    pub code: String,
    /// Dutch label as printed (OCR errors corrected).
    pub label: String,
    /// Direct costs; `None` when the cell is empty.
    pub direct: Option<f64>,
    /// Apparaatskosten; `None` when the cell is empty.
    pub apparaat: Option<f64>,
    /// Printed line total; `None` when not printed.
    pub total: Option<f64>,
}

impl BudgetLine {
    fn new(
        code: &str,
        label: &str,
        direct: Option<f64>,
        apparaat: Option<f64>,
        total: f64,
    ) -> Self {
        BudgetLine {
            code: code.to_string(),
            label: label.to_string(),
            direct,
            apparaat,
            total: Some(total),
        }
    }

    /// Sum of the cost cells that are present; `None` when both are empty.
    pub fn computed_total(&self) -> Option<f64> {
        match (self.direct, self.apparaat) {
            (None, None) => None,
            (d, a) => Some(d.unwrap_or(0.0) + a.unwrap_or(0.0)),
        }
    }

    /// The line's amount: the printed total, else the computed one; `None` = missing.
    pub fn amount(&self) -> Option<f64> {
        self.total.or_else(|| self.computed_total())
    }

    /// The cell of a cost column.
    pub fn cell(&self, column: CostColumn) -> Option<f64> {
        match column {
            CostColumn::Direct => self.direct,
            CostColumn::Apparaat => self.apparaat,
        }
    }

    fn cell_mut(&mut self, column: CostColumn) -> &mut Option<f64> {
        match column {
            CostColumn::Direct => &mut self.direct,
            CostColumn::Apparaat => &mut self.apparaat,
        }
    }
}

/// One coverage (dekking) line.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CoverageLine {
    /// Stable code (e.g. `algemene_middelen`).
    pub code: String,
    /// Dutch label as printed.
    pub label: String,
    /// Amount; `None` when missing (a printed 0 is `Some(0.0)`).
    pub amount: Option<f64>,
}

/// The printed totals row of Annex 1.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PrintedTotals {
    /// Printed total of the direct column (H9: 14.867).
    pub direct: Option<f64>,
    /// Printed total of the apparaat column (H9: 13.601).
    pub apparaat: Option<f64>,
    /// Printed grand total (H9: 28.467).
    pub total: Option<f64>,
    /// Printed total coverage (H16: 28.467).
    pub coverage: Option<f64>,
}

impl Default for PrintedTotals {
    fn default() -> Self {
        PrintedTotals {
            direct: Some(14867.0),
            apparaat: Some(13601.0),
            total: Some(28467.0),
            coverage: Some(28467.0),
        }
    }
}

/// A cost column that money can be moved within.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum CostColumn {
    /// Direct costs.
    #[default]
    Direct,
    /// Apparaatskosten.
    Apparaat,
}

impl CostColumn {
    /// Label in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            CostColumn::Direct => msg::COLUMN_DIRECT,
            CostColumn::Apparaat => msg::COLUMN_APPARAAT,
        }
        .get(lang)
    }
}

/// The programme budget: budget lines, coverage, printed totals and the rounding tolerance.
/// Default = Annex 1 of the 2025 uitvoeringsprogramma (H1–H16).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ProgrammeBudget {
    /// The budget year (inferred 2025).
    pub year: i32,
    /// Budget lines in printed order.
    pub lines: Vec<BudgetLine>,
    /// Coverage lines in printed order.
    pub coverage: Vec<CoverageLine>,
    /// The printed totals.
    pub printed: PrintedTotals,
    /// Accepted difference per sum check (rounding; 1 by default, F11).
    pub tolerance: f64,
}

impl Default for ProgrammeBudget {
    fn default() -> Self {
        let l = BudgetLine::new;
        let c = |code: &str, label: &str, amount: f64| CoverageLine {
            code: code.to_string(),
            label: label.to_string(),
            amount: Some(amount),
        };
        ProgrammeBudget {
            year: 2025,
            lines: vec![
                l(
                    "bijdrage_sw_beschut",
                    "Bijdrage SW/Beschut werk",
                    Some(2849.0),
                    None,
                    2849.0,
                ),
                l(
                    "ondersteuning_korte_afstand",
                    "Ondersteuningstrajecten korte afstand",
                    Some(3016.0),
                    Some(5843.0),
                    8858.0,
                ),
                l(
                    "ondersteuning_grotere_afstand",
                    "Ondersteuningstrajecten grotere afstand",
                    Some(104.0),
                    Some(1769.0),
                    1872.0,
                ),
                l(
                    "jongeren_actieteam",
                    "Jongeren actieteam",
                    Some(53.0),
                    Some(1149.0),
                    1202.0,
                ),
                l(
                    "inburgering_statushouders",
                    "Inburgering en Statushouders",
                    Some(3849.0),
                    Some(875.0),
                    4724.0,
                ),
                l(
                    "voorwaardenscheppend",
                    "Voorwaardenscheppend",
                    None,
                    Some(3666.0),
                    3666.0,
                ),
                l(
                    "uitvoering_centrumtaken",
                    "Uitvoering Centrumtaken",
                    Some(5997.0),
                    Some(300.0),
                    6296.0,
                ),
                l(
                    "stelpost_offensief_begroten",
                    "Stelpost offensief begroten (zomernota 2024)",
                    Some(-1000.0),
                    None,
                    -1000.0,
                ),
            ],
            coverage: vec![
                c("algemene_middelen", "Algemene middelen", 18914.0),
                c("reserves", "Reserves", 100.0),
                c("detachering_personeel", "Detachering personeel", 0.0),
                c(
                    "specifieke_uitkering_inburgering",
                    "Specifieke uitkering Inburgering",
                    3360.0,
                ),
                c(
                    "specifieke_uitkering_educatie",
                    "Specifieke uitkering Educatiemiddelen",
                    2868.0,
                ),
                c(
                    "subsidies_bijdragen_centrumtaken",
                    "Subsidies/bijdragen centrumtaken",
                    3225.0,
                ),
            ],
            printed: PrintedTotals::default(),
            tolerance: 1.0,
        }
    }
}

impl Validate for ProgrammeBudget {
    fn validate(&self) -> Result<(), Vec<Invalid>> {
        let mut c = Checks::new();
        // Programme amounts are in € 1.000; the typing-error guard is MAX_MLN of them.
        let amount = |c: &mut Checks, field: &str, what: &str, x: Option<f64>| {
            if let Some(x) = x {
                c.range(field, what, x, -MAX_MLN, MAX_MLN);
            }
        };
        for (i, l) in self.lines.iter().enumerate() {
            let f = format!("lines.{i}");
            amount(&mut c, &format!("{f}.direct"), "Bedrag direct", l.direct);
            amount(
                &mut c,
                &format!("{f}.apparaat"),
                "Bedrag apparaatskosten",
                l.apparaat,
            );
            amount(&mut c, &format!("{f}.total"), "Totaal regel", l.total);
            if l.code.is_empty() {
                c.fail(&format!("{f}.code"), "Budgetregel zonder code.");
            } else if self.lines[..i].iter().any(|o| o.code == l.code) {
                c.fail(
                    &format!("{f}.code"),
                    format!("Budgetregel {} staat er twee keer in.", l.code),
                );
            }
        }
        for (i, l) in self.coverage.iter().enumerate() {
            let f = format!("coverage.{i}");
            amount(&mut c, &format!("{f}.amount"), "Bedrag dekking", l.amount);
            if l.code.is_empty() {
                c.fail(&format!("{f}.code"), "Dekkingsregel zonder code.");
            } else if self.coverage[..i].iter().any(|o| o.code == l.code) {
                c.fail(
                    &format!("{f}.code"),
                    format!("Dekkingsregel {} staat er twee keer in.", l.code),
                );
            }
        }
        let p = &self.printed;
        amount(&mut c, "printed.direct", "Totaal direct", p.direct);
        amount(
            &mut c,
            "printed.apparaat",
            "Totaal apparaatskosten",
            p.apparaat,
        );
        amount(&mut c, "printed.total", "Totaal budget", p.total);
        amount(&mut c, "printed.coverage", "Totaal dekking", p.coverage);
        c.range(
            "tolerance",
            "Afrondingstolerantie",
            self.tolerance,
            0.0,
            1000.0,
        );
        c.finish()
    }
}

/// One sum check: a computed sum against a printed value.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SumCheck {
    /// What is checked: a line code, or `totaal_direct`, `totaal_apparaat`, `totaal`,
    /// `totaal_kolommen` (printed direct + apparaat vs printed total), `dekking`, `balans`.
    pub what: String,
    /// The computed sum; `None` when an input is missing.
    pub computed: Option<f64>,
    /// The printed value; `None` when not printed.
    pub printed: Option<f64>,
    /// `printed − computed` (H2, H3, H7: −1); `None` when either is missing.
    pub difference: Option<f64>,
    /// `|difference| ≤ tolerance`; `None` when not checkable.
    pub ok: Option<bool>,
    /// Cells left out of the sum because they are empty (they are not zero).
    pub empty_cells: u32,
}

impl SumCheck {
    fn new(what: &str, computed: Option<f64>, printed: Option<f64>, tol: f64, empty: u32) -> Self {
        let difference = match (computed, printed) {
            (Some(c), Some(p)) => Some(p - c),
            _ => None,
        };
        SumCheck {
            what: what.to_string(),
            computed,
            printed,
            difference,
            ok: difference.map(|d| d.abs() <= tol + 1e-9),
            empty_cells: empty,
        }
    }

    /// The note for the screen: `"klopt"` / `"agrees"`, `"−1 (afronding)"`, `"verschil 25"`
    /// or `"niet te controleren"`.
    pub fn note(&self, lang: Lang) -> String {
        match (self.difference, self.ok) {
            (Some(0.0), _) => msg::NOTE_AGREES.get(lang).to_string(),
            (Some(d), Some(true)) => msg::note_rounding(lang, &signed(lang, d)),
            (Some(d), _) => msg::note_difference(lang, &signed(lang, d)),
            (None, _) => msg::NOTE_UNCHECKABLE.get(lang).to_string(),
        }
    }
}

/// A signed difference with a true minus sign (`+3`, `−0,5` / `−0.5`).
fn signed(lang: Lang, d: f64) -> String {
    let s = crate::format::dec(lang, d, if d.fract() == 0.0 { 0 } else { 1 });
    crate::format::signed(d, s)
}

/// A sum over lines, with the lines that were missing.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Total {
    /// Sum of the lines present.
    pub sum: f64,
    /// Codes of the lines without an amount.
    pub missing: Vec<String>,
}

impl Total {
    /// The sum if no line is missing; otherwise `None` (shown as incomplete, not as a number).
    pub fn complete(&self) -> Option<f64> {
        self.missing.is_empty().then_some(self.sum)
    }
}

impl ProgrammeBudget {
    /// Sum of the line amounts (28.467), with missing lines listed.
    pub fn budget_total(&self) -> Total {
        total(self.lines.iter().map(|l| (l.code.as_str(), l.amount())))
    }

    /// Sum of the coverage lines (28.467), with missing lines listed.
    pub fn coverage_total(&self) -> Total {
        total(self.coverage.iter().map(|l| (l.code.as_str(), l.amount)))
    }

    /// Sum of a cost column over the lines with a value in it (direct 14.868, apparaat 13.602),
    /// and the number of empty cells.
    pub fn column_total(&self, column: CostColumn) -> (f64, u32) {
        let sum = self.lines.iter().filter_map(|l| l.cell(column)).sum();
        let empty = self
            .lines
            .iter()
            .filter(|l| l.cell(column).is_none())
            .count() as u32;
        (sum, empty)
    }

    /// Budget − coverage (0 for Annex 1); `None` when a line on either side is missing.
    pub fn balance(&self) -> Option<f64> {
        Some(self.budget_total().complete()? - self.coverage_total().complete()?)
    }

    /// Codes of all budget and coverage lines without an amount.
    pub fn missing_lines(&self) -> Vec<String> {
        let mut m = self.budget_total().missing;
        m.extend(self.coverage_total().missing);
        m
    }

    /// All sum checks of X13: each line (direct + apparaat vs printed total), the column and
    /// grand totals, printed direct + apparaat vs printed total, coverage, and the balance.
    pub fn checks(&self) -> Vec<SumCheck> {
        let tol = self.tolerance;
        let mut out: Vec<SumCheck> = self
            .lines
            .iter()
            .map(|l| {
                let empty = l.direct.is_none() as u32 + l.apparaat.is_none() as u32;
                SumCheck::new(&l.code, l.computed_total(), l.total, tol, empty)
            })
            .collect();
        let (d, de) = self.column_total(CostColumn::Direct);
        let (a, ae) = self.column_total(CostColumn::Apparaat);
        out.push(SumCheck::new(
            "totaal_direct",
            Some(d),
            self.printed.direct,
            tol,
            de,
        ));
        out.push(SumCheck::new(
            "totaal_apparaat",
            Some(a),
            self.printed.apparaat,
            tol,
            ae,
        ));
        let bt = self.budget_total();
        out.push(SumCheck::new(
            "totaal",
            bt.complete(),
            self.printed.total,
            tol,
            bt.missing.len() as u32,
        ));
        let printed_cols = match (self.printed.direct, self.printed.apparaat) {
            (Some(x), Some(y)) => Some(x + y),
            _ => None,
        };
        out.push(SumCheck::new(
            "totaal_kolommen",
            printed_cols,
            self.printed.total,
            tol,
            0,
        ));
        let ct = self.coverage_total();
        out.push(SumCheck::new(
            "dekking",
            ct.complete(),
            self.printed.coverage,
            tol,
            ct.missing.len() as u32,
        ));
        out.push(SumCheck::new("balans", self.balance(), Some(0.0), tol, 0));
        out
    }
}

fn total<'a>(items: impl Iterator<Item = (&'a str, Option<f64>)>) -> Total {
    let mut sum = 0.0;
    let mut missing = Vec::new();
    for (code, x) in items {
        match x {
            Some(v) => sum += v,
            None => missing.push(code.to_string()),
        }
    }
    Total { sum, missing }
}

/// A move of money between two budget lines within one cost column (plain data, so a
/// scenario can store a list of them).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Reallocation {
    /// Code of the line the money comes from.
    pub from: String,
    /// Code of the line the money goes to.
    pub to: String,
    /// The cost column.
    pub column: CostColumn,
    /// Amount moved (positive, in the budget's unit).
    pub amount: f64,
}

impl Default for Reallocation {
    fn default() -> Self {
        Reallocation {
            from: String::new(),
            to: String::new(),
            column: CostColumn::Direct,
            amount: 0.0,
        }
    }
}

/// Why a reallocation was refused.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ProgrammeError {
    /// No budget line with this code.
    UnknownLine(String),
    /// From and to are the same line.
    SameLine,
    /// The amount is not a positive number.
    InvalidAmount,
    /// The from-line has no amount in this column.
    EmptyCell(String),
    /// The from-line has less than the amount in this column.
    Insufficient {
        /// The line.
        line: String,
        /// What it has.
        available: f64,
    },
}

impl ProgrammeError {
    /// The message in the interface language (line codes as labels in English).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ProgrammeError::UnknownLine(c) => msg::unknown_line(lang, c),
            ProgrammeError::SameLine => msg::SAME_LINE.get(lang).to_string(),
            ProgrammeError::InvalidAmount => msg::INVALID_AMOUNT.get(lang).to_string(),
            ProgrammeError::EmptyCell(c) => msg::empty_cell(lang, &line_label_in(c, c, lang)),
            ProgrammeError::Insufficient { line, available } => {
                msg::insufficient(lang, &line_label_in(line, line, lang), Dec(*available, 0))
            }
        }
    }
}

/// The Dutch message (the interface's default language).
impl std::fmt::Display for ProgrammeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Nl))
    }
}

impl std::error::Error for ProgrammeError {}

/// Moves money from one line to another within a column. The two line totals change by the
/// amount, the column and grand totals stay the same, and so does the balance.
pub fn reallocate(
    b: &ProgrammeBudget,
    r: &Reallocation,
) -> Result<ProgrammeBudget, ProgrammeError> {
    if !(r.amount.is_finite() && r.amount > 0.0 && r.amount <= MAX_MLN) {
        return Err(ProgrammeError::InvalidAmount);
    }
    if r.from == r.to {
        return Err(ProgrammeError::SameLine);
    }
    let find = |code: &str| {
        b.lines
            .iter()
            .position(|l| l.code == code)
            .ok_or_else(|| ProgrammeError::UnknownLine(code.to_string()))
    };
    let (i, j) = (find(&r.from)?, find(&r.to)?);
    let available = b.lines[i]
        .cell(r.column)
        .ok_or_else(|| ProgrammeError::EmptyCell(r.from.clone()))?;
    if available < r.amount {
        return Err(ProgrammeError::Insufficient {
            line: r.from.clone(),
            available: available.max(0.0),
        });
    }
    let mut out = b.clone();
    let from = &mut out.lines[i];
    *from.cell_mut(r.column) = Some(available - r.amount);
    from.total = from.total.map(|t| t - r.amount);
    let to = &mut out.lines[j];
    let cell = to.cell_mut(r.column);
    *cell = Some(cell.unwrap_or(0.0) + r.amount);
    to.total = to.total.map(|t| t + r.amount);
    Ok(out)
}

/// Applies reallocations in order; stops at the first refused one.
pub fn apply_reallocations(
    b: &ProgrammeBudget,
    moves: &[Reallocation],
) -> Result<ProgrammeBudget, ProgrammeError> {
    moves
        .iter()
        .try_fold(b.clone(), |acc, r| reallocate(&acc, r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::check::assert_translated;

    #[test]
    fn every_message_has_a_dutch_and_an_english_text() {
        let errors = [
            ProgrammeError::UnknownLine("x".into()),
            ProgrammeError::SameLine,
            ProgrammeError::InvalidAmount,
            ProgrammeError::EmptyCell("reserves".into()),
            ProgrammeError::Insufficient {
                line: "jongeren_actieteam".into(),
                available: 1250.0,
            },
        ];
        for e in &errors {
            assert_translated(&e.message(Lang::Nl), &e.message(Lang::En));
        }
        assert_eq!(
            errors[4].message(Lang::Nl),
            "Budgetregel jongeren_actieteam heeft maar 1.250 beschikbaar."
        );
        assert_eq!(
            errors[4].message(Lang::En),
            "Budget line Youth action team only has 1,250 available."
        );
        let note = |difference: Option<f64>, ok: Option<bool>| SumCheck {
            what: String::new(),
            computed: None,
            printed: None,
            difference,
            ok,
            empty_cells: 0,
        };
        for c in [
            note(Some(0.0), Some(true)),
            note(Some(-1.0), Some(true)),
            note(Some(1250.5), Some(false)),
            note(None, None),
        ] {
            assert_translated(&c.note(Lang::Nl), &c.note(Lang::En));
        }
        assert_eq!(
            note(Some(-1.0), Some(true)).note(Lang::Nl),
            "−1 (afronding)"
        );
        assert_eq!(
            note(Some(1250.5), None).note(Lang::En),
            "difference +1,250.5"
        );
        assert_eq!(CostColumn::Apparaat.label(Lang::En), "overheads");
        assert_eq!(
            line_label("balans").map(|m| m.nl),
            Some("Saldo (budget − dekking)")
        );
    }
}
