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

use crate::lang::Lang;
use crate::validate::{Checks, Invalid, Validate, MAX_MLN};

/// Dutch and English label of a known Enschede Annex 1 line code: budget lines
/// (`budgetregel_*` categories), coverage lines (`dekkingsbron`) and the checks' totals.
/// Unknown codes give `None` and are shown as in the file.
pub fn line_label(code: &str) -> Option<(&'static str, &'static str)> {
    Some(match code {
        "bijdrage_sw_beschut" => ("Bijdrage SW/Beschut werk", "Contribution SW/sheltered work"),
        "ondersteuning_korte_afstand" => (
            "Ondersteuningstrajecten korte afstand",
            "Support trajectories, short distance",
        ),
        "ondersteuning_grotere_afstand" => (
            "Ondersteuningstrajecten grotere afstand",
            "Support trajectories, longer distance",
        ),
        "jongeren_actieteam" => ("Jongeren actieteam", "Youth action team"),
        "inburgering_statushouders" => (
            "Inburgering en Statushouders",
            "Civic integration and refugees",
        ),
        "voorwaardenscheppend" => ("Voorwaardenscheppend", "Enabling costs"),
        "uitvoering_centrumtaken" => ("Uitvoering Centrumtaken", "Central-municipality tasks"),
        "stelpost_offensief_begroten" => (
            "Stelpost offensief begroten (zomernota 2024)",
            "Provision for ambitious budgeting (summer memo 2024)",
        ),
        "algemene_middelen" => ("Algemene middelen", "General funds"),
        "reserves" => ("Reserves", "Reserves"),
        "detachering_personeel" => ("Detachering personeel", "Staff secondment"),
        "specifieke_uitkering_inburgering" => (
            "Specifieke uitkering Inburgering",
            "Specific grant civic integration",
        ),
        "specifieke_uitkering_educatie" => (
            "Specifieke uitkering Educatiemiddelen",
            "Specific grant adult education",
        ),
        "subsidies_bijdragen_centrumtaken" => (
            "Subsidies/bijdragen centrumtaken",
            "Subsidies/contributions central-municipality tasks",
        ),
        "totaal_direct" => ("Totaal direct", "Total direct"),
        "totaal_apparaat" => ("Totaal apparaatskosten", "Total overheads"),
        "totaal" => ("Totaal budget", "Total budget"),
        "totaal_kolommen" => (
            "Gedrukt direct + apparaatskosten",
            "Printed direct + overheads",
        ),
        "dekking" => ("Totaal dekking", "Total funding"),
        "balans" => ("Saldo (budget − dekking)", "Balance (budget − funding)"),
        _ => return None,
    })
}

/// The label of a line code in the interface language; `fallback` (the label as printed,
/// or the code) for an unknown code.
pub fn line_label_in(code: &str, fallback: &str, lang: Lang) -> String {
    match (line_label(code), lang) {
        (Some((nl, _)), Lang::Nl) if fallback.is_empty() => nl.to_string(),
        (Some(_), Lang::Nl) => fallback.to_string(),
        (Some((_, en)), Lang::En) => en.to_string(),
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
    /// Dutch label.
    pub fn label_nl(self) -> &'static str {
        match self {
            CostColumn::Direct => "direct",
            CostColumn::Apparaat => "apparaatskosten",
        }
    }

    /// English label.
    pub fn label_en(self) -> &'static str {
        match self {
            CostColumn::Direct => "direct",
            CostColumn::Apparaat => "overheads",
        }
    }

    /// Label in the interface language.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(self.label_nl(), self.label_en())
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

    /// Dutch note for the screen: `"klopt"`, `"−1 (afronding)"`, `"verschil 25"` or
    /// `"niet te controleren"`.
    pub fn note_nl(&self) -> String {
        match (self.difference, self.ok) {
            (Some(0.0), _) => "klopt".to_string(),
            (Some(d), Some(true)) => format!("{} (afronding)", signed(d)),
            (Some(d), _) => format!("verschil {}", signed(d)),
            (None, _) => "niet te controleren".to_string(),
        }
    }

    /// English note: `"agrees"`, `"−1 (rounding)"`, `"difference 25"` or `"cannot be
    /// checked"`.
    pub fn note_en(&self) -> String {
        match (self.difference, self.ok) {
            (Some(0.0), _) => "agrees".to_string(),
            (Some(d), Some(true)) => format!("{} (rounding)", signed(d)),
            (Some(d), _) => format!("difference {}", signed(d)),
            (None, _) => "cannot be checked".to_string(),
        }
    }

    /// The note in the interface language.
    pub fn note(&self, lang: Lang) -> String {
        match lang {
            Lang::Nl => self.note_nl(),
            Lang::En => self.note_en(),
        }
    }
}

/// A signed difference in Dutch notation with a true minus sign (`+3`, `−0,5`).
fn signed(d: f64) -> String {
    let s = crate::format::nl::dec(d, if d.fract() == 0.0 { 0 } else { 1 });
    crate::format::signed(d, s).replacen('-', "−", 1)
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
    /// Dutch message.
    pub fn message_nl(&self) -> String {
        match self {
            ProgrammeError::UnknownLine(c) => format!("Onbekende budgetregel: {c}."),
            ProgrammeError::SameLine => "Van- en naar-regel zijn dezelfde.".to_string(),
            ProgrammeError::InvalidAmount => "Het bedrag moet een positief getal zijn.".to_string(),
            ProgrammeError::EmptyCell(c) => {
                format!("Budgetregel {c} heeft geen bedrag in deze kolom.")
            }
            ProgrammeError::Insufficient { line, available } => format!(
                "Budgetregel {line} heeft maar {} beschikbaar.",
                crate::format::nl::dec(*available, 0)
            ),
        }
    }
}

impl ProgrammeError {
    /// English message.
    pub fn message_en(&self) -> String {
        match self {
            ProgrammeError::UnknownLine(c) => format!("Unknown budget line: {c}."),
            ProgrammeError::SameLine => "The from and to lines are the same.".to_string(),
            ProgrammeError::InvalidAmount => "The amount must be a positive number.".to_string(),
            ProgrammeError::EmptyCell(c) => format!(
                "Budget line {} has no amount in this column.",
                line_label_in(c, c, Lang::En)
            ),
            ProgrammeError::Insufficient { line, available } => format!(
                "Budget line {} only has {} available.",
                line_label_in(line, line, Lang::En),
                crate::format::nl::dec(*available, 0)
            ),
        }
    }

    /// The message in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Nl => self.message_nl(),
            Lang::En => self.message_en(),
        }
    }
}

impl std::fmt::Display for ProgrammeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_nl())
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
