//! Data-quality checks as data (FORMULAS F11, CONSISTENCY X2–X13), for the
//! data-quality panel.
//!
//! Every check produces a [`Finding`] with a stable id (e.g. `X3-2023-instroom`), a
//! severity, a calm title and explanation in Dutch and in English (numbers in Dutch
//! notation in both), and the figures behind it. Checks that
//! pass are reported too (severity [`Severity::Info`]), so the panel can show what was
//! verified. The checks never change the data: they show a discrepancy, they do not fix
//! it (DATA-MODEL §3.3).
//!
//! - Kerncijfers (Tier B, [`check_kerncijfers`]): category rows vs `totaal` rows with a
//!   rounding tolerance (X3, X4, X13, …), row checks of budget tables (X13), stock vs flows
//!   (X2), percentage vs counts (X5), conflicting values for the same indicator and period
//!   (Table 6 vs Figure 9), "uitstroom naar werk" definitions (X4), the Werkplein pace (X8),
//!   the LKS identity (X7) and the BUIG identity (F11).
//! - Episodes (Tier A, [`check_episodes`]): stock-flow reconciliation (exact by
//!   construction), unknown exit reasons, ages outside 18–AOW at the start.
//! - The loader's report ([`check_load_report`]): ignored columns, warnings, the `Totaal`
//!   row check.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::dynamics::{self, AowParams, MonthRange, OutflowToWork};
use crate::format::nl::{dec, int, pct};
use crate::io::LoadReport;
use crate::lang::Lang;
use crate::messages::quality as qmsg;
use crate::model::{
    Data, Dataset, Episodes, KerncijferRow, Kerncijfers, PeriodeType, Status, Uitstroomreden, Value,
};
use crate::reference::{self, WerkpleinParams};

/// How much attention a finding needs. Calm by design: nothing here is an error.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Severity {
    /// For information: a check that passed, or a remark.
    Info,
    /// Worth a look: figures that do not add up or definitions that differ.
    LetOp,
}

impl Severity {
    /// Label.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            Severity::Info => msg::SEVERITY_INFO,
            Severity::LetOp => msg::SEVERITY_LET_OP,
        }
    }
}

/// One result of a data-quality check.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Stable id, e.g. `X3-2023-instroom`, `X2-2024-tabel_6`, `EP-aansluiting`.
    pub id: String,
    /// Severity.
    pub severity: Severity,
    /// Short Dutch title.
    pub title_nl: String,
    /// Dutch explanation in plain words.
    pub detail_nl: String,
    /// Short English title (same numbers, Dutch notation).
    pub title_en: String,
    /// English explanation in plain words (same numbers, Dutch notation).
    pub detail_en: String,
    /// The figures behind the finding.
    pub figures: Vec<Figure>,
}

impl Finding {
    /// The title in the interface language (Dutch when no English text is set).
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.title_en.is_empty() => &self.title_en,
            _ => &self.title_nl,
        }
    }

    /// The explanation in the interface language (Dutch when no English text is set).
    pub fn detail(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.detail_en.is_empty() => &self.detail_en,
            _ => &self.detail_nl,
        }
    }

    /// The value of a figure by its [`key`](Figure::key) (its Dutch name, `" (%)"` for a
    /// percentage).
    pub fn figure(&self, key: &str) -> Option<f64> {
        self.figures
            .iter()
            .find(|f| f.key() == key)
            .map(|f| f.value)
    }
}

/// A figure behind a finding: what it is and its raw value.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What the number is.
    pub label: FigureLabel,
    /// The raw value.
    pub value: f64,
    /// The value is a percentage.
    pub percent: bool,
}

/// What a figure is (names in [`crate::messages::quality`]).
#[derive(Clone, Debug, PartialEq)]
pub enum FigureLabel {
    /// A fixed term (`som`, `totaal`, …).
    Term(crate::i18n::Msg),
    /// A category code of the file.
    Category(String),
    /// A source version or citation of the file.
    Source(String),
    /// A definition of outflow to work.
    ToWork(OutflowToWork),
    /// The share of a definition of outflow to work.
    ShareToWork(OutflowToWork),
    /// Outflow to work by another source (its version).
    WorkBy(String),
    /// The share of outflow to work by another source (its version).
    ShareWorkBy(String),
    /// A column's total as printed (the column as written).
    Printed(String),
    /// A column's total as computed.
    Computed(String),
}

impl Figure {
    /// A number named by a fixed term.
    pub fn term(name: crate::i18n::Msg, value: f64) -> Figure {
        Figure::new(FigureLabel::Term(name), value)
    }

    /// A percentage named by a fixed term.
    pub fn pct(name: crate::i18n::Msg, value: f64) -> Figure {
        Figure {
            percent: true,
            ..Figure::term(name, value)
        }
    }

    /// A number.
    pub fn new(label: FigureLabel, value: f64) -> Figure {
        Figure {
            label,
            value,
            percent: false,
        }
    }

    /// The name in `lang` (without a `%` mark).
    pub fn name(&self, lang: Lang) -> String {
        match &self.label {
            FigureLabel::Term(m) => m.get(lang).to_string(),
            FigureLabel::Category(c) => category_text(lang, c),
            FigureLabel::Source(s) => source_text(lang, s),
            FigureLabel::ToWork(d) => d.label(lang).to_string(),
            FigureLabel::ShareToWork(d) => qmsg::fig_share_of(lang, d.label(lang)),
            FigureLabel::WorkBy(s) => qmsg::fig_work_by(lang, &source_text(lang, s)),
            FigureLabel::ShareWorkBy(s) => qmsg::fig_share_work_by(lang, &source_text(lang, s)),
            FigureLabel::Printed(c) => qmsg::fig_printed(lang, c),
            FigureLabel::Computed(c) => qmsg::fig_computed(lang, c),
        }
    }

    /// A stable key: the Dutch name, with `" (%)"` for a percentage.
    pub fn key(&self) -> String {
        let name = self.name(Lang::Nl);
        if self.percent {
            format!("{name} (%)")
        } else {
            name
        }
    }
}

/// Settings of the checks. Defaults follow FORMULAS F11.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct QualityParams {
    /// Tolerance per summed line, in units of the last printed digit (1: `±1` per line).
    pub tolerantie_per_regel: f64,
    /// `|r| / B` above this percentage makes a stock-flow gap "let op" (1%).
    pub aansluiting_drempel_pct: f64,
    /// A recomputed percentage may differ this much from the stated one (0,1 pp).
    pub pct_tolerantie_pp: f64,
    /// AOW age for the age check on episodes.
    pub aow: AowParams,
}

impl Default for QualityParams {
    fn default() -> Self {
        QualityParams {
            tolerantie_per_regel: 1.0,
            aansluiting_drempel_pct: 1.0,
            pct_tolerantie_pp: 0.1,
            aow: AowParams::default(),
        }
    }
}

/// All checks that apply to a loaded dataset, including the loader's `report` on the
/// file it came from (`io::Loaded::report`; `None` when there is none at hand).
pub fn check_dataset(ds: &Dataset, report: Option<&LoadReport>, p: &QualityParams) -> Vec<Finding> {
    let mut out = match &ds.data {
        Data::Kerncijfers(k) => check_kerncijfers(k, p),
        Data::Episodes(e) => check_episodes(e, p),
    };
    out.extend(report.map(check_load_report).unwrap_or_default());
    out
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Decimals needed to write `v` (at most 4): 104,6 → 1; 5.687 → 0.
fn decimals(v: f64) -> i32 {
    for d in 0..4 {
        let f = 10f64.powi(d);
        if ((v * f).round() - v * f).abs() < 1e-6 {
            return d;
        }
    }
    4
}

/// One unit of the last printed digit of `v`.
fn unit(v: f64) -> f64 {
    10f64.powi(-decimals(v))
}

/// A number in Dutch notation with as many decimals as it needs.
fn num(v: f64) -> String {
    let d = decimals(v).min(2) as usize;
    if d == 0 {
        int(v.round() as i64)
    } else {
        dec(v, d)
    }
}

/// A signed number in Dutch notation (`+64`, `−82`).
fn signed(v: f64) -> String {
    crate::format::signed(v, num(v))
}

/// A sum written out: `2.849 + 3.016 − 1.000`.
fn sum_text(values: impl IntoIterator<Item = f64>) -> String {
    let mut out = String::new();
    for (k, v) in values.into_iter().enumerate() {
        match (k, v < 0.0) {
            (0, _) => out.push_str(&num(v)),
            (_, true) => out.push_str(&format!(" − {}", num(-v))),
            (_, false) => out.push_str(&format!(" + {}", num(v))),
        }
    }
    out
}

/// A period: `2023`, `01-01-2024 t/m 30-09-2024` / `1 Jan 2024 to 30 Sep 2024`, or a
/// single date.
fn period(lang: Lang, van: Option<Date>, tot: Date) -> String {
    match van {
        None => crate::format::date(lang, tot),
        Some(v) => {
            let (vy, vm, vd) = v.ymd();
            let (ty, tm, td) = tot.ymd();
            if vy == ty && (vm, vd, tm, td) == (1, 1, 12, 31) {
                qmsg::period_year(lang, crate::i18n::Plain(vy))
            } else {
                qmsg::period_range(lang, v, tot)
            }
        }
    }
}

/// A code of the file in the language: as written in Dutch, its catalogue name in English
/// when it has one.
fn code_text(lang: Lang, code: &str, name: Option<crate::i18n::Msg>) -> String {
    match (lang, name) {
        (Lang::En, Some(m)) => m.en.to_string(),
        _ => code.to_string(),
    }
}

/// An indicator code in the language.
fn indicator_text(lang: Lang, code: &str) -> String {
    code_text(lang, code, qmsg::indicator(code))
}

/// A category code in the language (budget lines by their name).
fn category_text(lang: Lang, code: &str) -> String {
    code_text(
        lang,
        code,
        qmsg::category(code).or_else(|| crate::programme::line_label(code)),
    )
}

/// A source version in the language (`tabel_6` / `table 6`); a citation (`bron`) stays as
/// printed.
fn source_text(lang: Lang, versie: &str) -> String {
    if let Some(m) = qmsg::source(versie) {
        return m.get(lang).to_string();
    }
    if let Some(n) = versie.strip_prefix("tabel_") {
        return qmsg::source_table(lang, n);
    }
    if let Some(n) = versie.strip_prefix("figuur_") {
        return qmsg::source_figure(lang, n);
    }
    versie.to_string()
}

/// Makes `id` unique within `used` by appending `-2`, `-3`, ….
fn unique_id(used: &mut Vec<String>, id: String) -> String {
    let mut candidate = id.clone();
    let mut n = 2;
    while used.contains(&candidate) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    used.push(candidate.clone());
    candidate
}

fn same_gemeente(k: &Kerncijfers, a: usize, b: usize) -> bool {
    k.gemeente_code[a] == k.gemeente_code[b]
}

/// A stock (`bestand_uitkeringen`, no breakdown) on a date; a realisation wins.
fn stock_on(k: &Kerncijfers, gemeente: u16, d: Date) -> Option<(f64, Status)> {
    (0..k.len())
        .filter(|&i| k.gemeente_code[i] == gemeente)
        .map(|i| k.row(i))
        .filter(|r| {
            r.indicator == "bestand_uitkeringen"
                && r.dimensie.is_empty()
                && r.periode_type == PeriodeType::Peildatum
                && r.periode_tot == d
        })
        .filter_map(|r| r.waarde.number().map(|v| (v, r.status)))
        .max_by_key(|(_, s)| *s == Status::Realisatie)
}

fn day_before(d: Date) -> Date {
    Date(d.0 - 1)
}

// ---------------------------------------------------------------------------------------
// Kerncijfers
// ---------------------------------------------------------------------------------------

/// Every kerncijfers check, in a stable order.
pub fn check_kerncijfers(k: &Kerncijfers, p: &QualityParams) -> Vec<Finding> {
    let mut used = Vec::new();
    let mut out = Vec::new();
    out.extend(reconciliation_checks(k, p, &mut used));
    out.extend(sum_checks(k, p, &mut used));
    out.extend(cost_type_row_checks(k, p, &mut used));
    out.extend(percentage_checks(k, p, &mut used));
    out.extend(naar_werk_checks(k, &mut used));
    out.extend(werkplein_checks(k, &mut used));
    out.extend(lks_checks(k, &mut used));
    out.extend(buig_identity_checks(k, &mut used));
    out.extend(conflict_checks(k, &mut used));
    out
}

/// The check-family prefix of a sum check.
fn sum_family(indicator: &str, dimensie: &str) -> &'static str {
    match (indicator, dimensie) {
        ("instroom" | "uitstroom", "doelgroep") => "X3",
        ("uitstroom", "uitstroomreden") => "X4",
        ("traject_deelnemers", _) => "X5",
        ("programmabudget" | "programmadekking", _) => "X13",
        ("statushouders_taakstelling", _) => "X14",
        ("inburgering_deelnames", _) => "X15",
        (i, _) if i.starts_with("buig_") => "BUIG",
        _ => "SOM",
    }
}

/// Category rows vs their `totaal` row, with a tolerance of one unit of the last printed
/// digit per summed line (F11). Parts have the same indicator, dimension, status, version
/// and unit, and the same period, or (for a year total) sub-periods within the year.
fn sum_checks(k: &Kerncijfers, p: &QualityParams, used: &mut Vec<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    for t in 0..k.len() {
        let tr = k.row(t);
        if tr.categorie != "totaal" {
            continue;
        }
        let Some(total) = tr.waarde.number() else {
            continue;
        };
        let mut parts: Vec<KerncijferRow<'_>> = Vec::new();
        for i in 0..k.len() {
            let r = k.row(i);
            if i == t
                || !same_gemeente(k, i, t)
                || r.indicator != tr.indicator
                || r.dimensie != tr.dimensie
                || r.categorie.is_empty()
                || r.categorie == "totaal"
                || r.status != tr.status
                || r.versie != tr.versie
                || r.eenheid != tr.eenheid
            {
                continue;
            }
            let same_period = r.periode_van == tr.periode_van && r.periode_tot == tr.periode_tot;
            let sub_period = tr.periode_type == PeriodeType::Jaar
                && !matches!(r.periode_type, PeriodeType::Peildatum | PeriodeType::Jaar)
                && r.periode_van
                    .zip(tr.periode_van)
                    .is_some_and(|(a, b)| a >= b)
                && r.periode_tot <= tr.periode_tot;
            if same_period || sub_period {
                parts.push(r);
            }
        }
        let numbers: Vec<(&str, f64)> = parts
            .iter()
            .filter_map(|r| r.waarde.number().map(|v| (r.categorie, v)))
            .collect();
        if numbers.is_empty() {
            continue;
        }
        let suppressed = parts
            .iter()
            .filter(|r| r.waarde == Value::Suppressed)
            .count();
        let sum: f64 = numbers.iter().map(|(_, v)| v).sum();
        let tol: f64 = p.tolerantie_per_regel * numbers.iter().map(|(_, v)| unit(*v)).sum::<f64>();
        let diff = sum - total;
        let year = tr.periode_tot.year();
        let family = sum_family(tr.indicator, tr.dimensie);
        let base = match family {
            "X3" | "X4" | "X5" | "X14" | "X15" => format!("{family}-{year}-{}", tr.indicator),
            _ => format!("{family}-{year}-{}-{}", tr.indicator, tr.dimensie),
        };
        let id = unique_id(used, base);
        let what = format!(
            "{} ({}, {})",
            tr.indicator,
            period(Lang::Nl, tr.periode_van, tr.periode_tot),
            if tr.versie.is_empty() {
                tr.bron
            } else {
                tr.versie
            }
        );
        let what_en = format!(
            "{} ({}, {})",
            indicator_text(Lang::En, tr.indicator),
            period(Lang::En, tr.periode_van, tr.periode_tot),
            if tr.versie.is_empty() {
                tr.bron.to_string()
            } else {
                source_text(Lang::En, tr.versie)
            }
        );
        let list = sum_text(numbers.iter().map(|(_, v)| *v));
        let (severity, title, detail, title_en, detail_en) = if diff.abs() < 1e-9 {
            (
                Severity::Info,
                format!("Optelling klopt: {what}"),
                format!("{list} = {}, gelijk aan het totaal.", num(sum)),
                format!("Sum agrees: {what_en}"),
                format!("{list} = {}, equal to the total.", num(sum)),
            )
        } else if diff.abs() <= tol + 1e-9 {
            (
                Severity::Info,
                format!("Optelling klopt op afronding na: {what}"),
                format!(
                    "{list} = {}, het totaal is {}. Het verschil van {} valt binnen de afrondingsmarge van {}.",
                    num(sum),
                    num(total),
                    signed(diff),
                    num(tol)
                ),
                format!("Sum agrees apart from rounding: {what_en}"),
                format!(
                    "{list} = {}; the total is {}. The difference of {} is within the rounding margin of {}.",
                    num(sum),
                    num(total),
                    signed(diff),
                    num(tol)
                ),
            )
        } else if diff > 0.0 {
            (
                Severity::LetOp,
                format!("Groepen tellen op tot meer dan het totaal: {what}"),
                format!(
                    "{list} = {}, terwijl het totaal {} is ({} meer). Mogelijk overlappen de groepen \
                     (bijvoorbeeld een statushouder jonger dan 27 in twee groepen) of staat er een \
                     drukfout in één cel. De cijfers zijn getoond zoals gepubliceerd, niet aangepast.",
                    num(sum),
                    num(total),
                    num(diff)
                ),
                format!("Groups add up to more than the total: {what_en}"),
                format!(
                    "{list} = {}, while the total is {} ({} more). The groups may overlap (for \
                     example, a refugee under 27 counted in two groups), or one cell may contain a \
                     misprint. The figures are shown as published, without adjustment.",
                    num(sum),
                    num(total),
                    num(diff)
                ),
            )
        } else {
            (
                Severity::Info,
                format!("Categorieën dekken een deel van het totaal: {what}"),
                format!(
                    "{list} = {}, het totaal is {}. De genoemde categorieën zijn kennelijk niet \
                     uitputtend ({} niet toegewezen).",
                    num(sum),
                    num(total),
                    num(-diff)
                ),
                format!("Categories cover part of the total: {what_en}"),
                format!(
                    "{list} = {}; the total is {}. The listed categories evidently do not cover \
                     everything ({} unassigned).",
                    num(sum),
                    num(total),
                    num(-diff)
                ),
            )
        };
        let mut detail = detail;
        let mut detail_en = detail_en;
        if suppressed > 0 {
            detail.push_str(&format!(
                " {suppressed} categorie(ën) zijn afgeschermd (<10), dus de som is onvolledig."
            ));
            detail_en.push_str(&if suppressed == 1 {
                " 1 category is suppressed (<10), so the sum is incomplete.".to_string()
            } else {
                format!(" {suppressed} categories are suppressed (<10), so the sum is incomplete.")
            });
        }
        let mut figures: Vec<Figure> = numbers
            .iter()
            .map(|(c, v)| Figure::new(FigureLabel::Category(c.to_string()), *v))
            .collect();
        figures.push(Figure::term(qmsg::FIG_SOM, sum));
        figures.push(Figure::term(qmsg::FIG_TOTAAL, total));
        figures.push(Figure::term(qmsg::FIG_VERSCHIL, diff));
        figures.push(Figure::term(qmsg::FIG_TOLERANTIE, tol));
        out.push(Finding {
            id,
            severity,
            title_nl: title,
            detail_nl: detail,
            title_en,
            detail_en,
            figures,
        });
    }
    out
}

/// Row checks of budget tables whose cost types are separate dimensions
/// (`<x>_direct` + `<x>_apparaat` = `<x>_totaal`, per category; X13).
fn cost_type_row_checks(
    k: &Kerncijfers,
    p: &QualityParams,
    used: &mut Vec<String>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    // (gemeente, indicator, prefix, categorie, van, tot) → (direct, apparaat, totaal)
    type Cells = (Option<f64>, Option<f64>, Option<f64>);
    let mut cells: BTreeMap<(u16, String, String, String, i32, i32), Cells> = BTreeMap::new();
    for i in 0..k.len() {
        let r = k.row(i);
        let (prefix, slot) = if let Some(x) = r.dimensie.strip_suffix("_direct") {
            (x, 0)
        } else if let Some(x) = r.dimensie.strip_suffix("_apparaat") {
            (x, 1)
        } else if let Some(x) = r.dimensie.strip_suffix("_totaal") {
            (x, 2)
        } else {
            continue;
        };
        let key = (
            k.gemeente_code[i],
            r.indicator.to_string(),
            prefix.to_string(),
            r.categorie.to_string(),
            r.periode_van.map_or(i32::MIN, |d| d.0),
            r.periode_tot.0,
        );
        let e = cells.entry(key).or_default();
        let v = r.waarde.number();
        match slot {
            0 => e.0 = v,
            1 => e.1 = v,
            _ => e.2 = v,
        }
    }
    for ((_, indicator, _, categorie, _, tot), (direct, apparaat, totaal)) in cells {
        let Some(total) = totaal else { continue };
        let parts: Vec<f64> = [direct, apparaat].into_iter().flatten().collect();
        if parts.is_empty() {
            continue;
        }
        let sum: f64 = parts.iter().sum();
        let tol = p.tolerantie_per_regel * parts.iter().map(|v| unit(*v)).sum::<f64>();
        let diff = sum - total;
        let year = Date(tot).year();
        let id = unique_id(used, format!("X13-{year}-{indicator}-{categorie}"));
        let list = match (direct, apparaat) {
            (Some(d), Some(a)) => format!("direct {} + apparaat {}", num(d), num(a)),
            (Some(d), None) => format!("direct {} (apparaat leeg)", num(d)),
            (None, Some(a)) => format!("apparaat {} (direct leeg)", num(a)),
            (None, None) => unreachable!("parts is not empty"),
        };
        let list_en = match (direct, apparaat) {
            (Some(d), Some(a)) => format!("direct {} + overheads {}", num(d), num(a)),
            (Some(d), None) => format!("direct {} (overheads empty)", num(d)),
            (None, Some(a)) => format!("overheads {} (direct empty)", num(a)),
            (None, None) => unreachable!("parts is not empty"),
        };
        let line_en = category_text(Lang::En, &categorie);
        let (severity, title, detail, title_en, detail_en) = if diff.abs() < 1e-9 {
            (
                Severity::Info,
                format!("Regel klopt: {categorie}"),
                format!("{list} = {}, gelijk aan het totaal.", num(sum)),
                format!("Line agrees: {line_en}"),
                format!("{list_en} = {}, equal to the total.", num(sum)),
            )
        } else if diff.abs() <= tol + 1e-9 {
            (
                Severity::Info,
                format!("Regel klopt op afronding na: {categorie}"),
                format!(
                    "{list} = {}, het totaal is {} ({}: afronding).",
                    num(sum),
                    num(total),
                    signed(-diff)
                ),
                format!("Line agrees apart from rounding: {line_en}"),
                format!(
                    "{list_en} = {}; the total is {} ({}: rounding).",
                    num(sum),
                    num(total),
                    signed(-diff)
                ),
            )
        } else {
            (
                Severity::LetOp,
                format!("Regel telt niet op: {categorie}"),
                format!(
                    "{list} = {}, het totaal is {} (verschil {}).",
                    num(sum),
                    num(total),
                    signed(diff)
                ),
                format!("Line does not add up: {line_en}"),
                format!(
                    "{list_en} = {}; the total is {} (difference {}).",
                    num(sum),
                    num(total),
                    signed(diff)
                ),
            )
        };
        out.push(Finding {
            id,
            severity,
            title_nl: title,
            detail_nl: detail,
            title_en,
            detail_en,
            figures: vec![
                Figure::term(qmsg::FIG_DIRECT, direct.unwrap_or(0.0)),
                Figure::term(qmsg::FIG_APPARAAT, apparaat.unwrap_or(0.0)),
                Figure::term(qmsg::FIG_SOM, sum),
                Figure::term(qmsg::FIG_TOTAAL, total),
                Figure::term(qmsg::FIG_VERSCHIL, diff),
            ],
        });
    }
    out
}

/// Stock vs flows: `r = ΔB − (I − U)` for every pair of inflow and outflow totals with
/// stocks at both ends of their period (X2).
fn reconciliation_checks(
    k: &Kerncijfers,
    p: &QualityParams,
    used: &mut Vec<String>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for i in 0..k.len() {
        let ri = k.row(i);
        if ri.indicator != "instroom" || ri.categorie != "totaal" {
            continue;
        }
        let (Some(van), Some(inflow)) = (ri.periode_van, ri.waarde.number()) else {
            continue;
        };
        let Some((outflow, _)) = (0..k.len())
            .filter(|&j| same_gemeente(k, i, j))
            .map(|j| k.row(j))
            .filter(|r| {
                r.indicator == "uitstroom"
                    && r.categorie == "totaal"
                    && r.dimensie == ri.dimensie
                    && r.periode_van == ri.periode_van
                    && r.periode_tot == ri.periode_tot
                    && r.versie == ri.versie
                    && r.status == ri.status
            })
            .find_map(|r| r.waarde.number().map(|v| (v, r.index)))
        else {
            continue;
        };
        let g = k.gemeente_code[i];
        let (Some((b0, s0)), Some((b1, s1))) = (
            stock_on(k, g, day_before(van)),
            stock_on(k, g, ri.periode_tot),
        ) else {
            continue;
        };
        let delta = b1 - b0;
        let net = inflow - outflow;
        let r = delta - net;
        let r_pct = if b1 != 0.0 { 100.0 * r / b1 } else { 0.0 };
        let year = ri.periode_tot.year();
        let label = if ri.versie.is_empty() {
            match ri.status {
                Status::Prognose => "prognose",
                _ => "realisatie",
            }
        } else {
            ri.versie
        };
        let label_en = if ri.versie.is_empty() {
            match ri.status {
                Status::Prognose => "forecast".to_string(),
                _ => "actual figures".to_string(),
            }
        } else {
            source_text(Lang::En, ri.versie)
        };
        let id = unique_id(used, format!("X2-{year}-{label}"));
        let severity = if r_pct.abs() > p.aansluiting_drempel_pct {
            Severity::LetOp
        } else {
            Severity::Info
        };
        let forecast = |s: Status| {
            if s == Status::Prognose {
                " (prognose)"
            } else {
                ""
            }
        };
        let title = if r.abs() < 1e-9 {
            format!(
                "Bestand en stromen sluiten aan ({}, {label})",
                period(Lang::Nl, ri.periode_van, ri.periode_tot)
            )
        } else {
            format!(
                "Bestand en stromen sluiten niet aan ({}, {label}): r = {}",
                period(Lang::Nl, ri.periode_van, ri.periode_tot),
                signed(r)
            )
        };
        let period_en = period(Lang::En, ri.periode_van, ri.periode_tot);
        let title_en = if r.abs() < 1e-9 {
            format!("Stock and flows reconcile ({period_en}, {label_en})")
        } else {
            format!(
                "Stock and flows do not reconcile ({period_en}, {label_en}): r = {}",
                signed(r)
            )
        };
        let forecast_en = |s: Status| {
            if s == Status::Prognose {
                " (forecast)"
            } else {
                ""
            }
        };
        let detail_en = format!(
            "The caseload goes from {} on {}{} to {} on {}{}: {}. Inflow {} minus outflow {} \
             ({label_en}) gives {}. The reconciliation gap r = {} − ({}) = {} is {} of the \
             caseload. The app therefore does not derive the caseload from the flows, but shows r \
             separately (and lets you switch it on or off in the forecast).",
            num(b0),
            day_before(van),
            forecast_en(s0),
            num(b1),
            ri.periode_tot,
            forecast_en(s1),
            signed(delta),
            num(inflow),
            num(outflow),
            signed(net),
            signed(delta),
            signed(net),
            signed(r),
            pct(r_pct, 2)
        );
        let detail = format!(
            "Het bestand gaat van {} op {}{} naar {} op {}{}: {}. Instroom {} min uitstroom {} \
             ({label}) geeft {}. Het aansluitingsverschil r = {} − ({}) = {} is {} van het \
             bestand. De app leidt het bestand daarom niet af uit de stromen, maar toont r \
             apart (en laat het in de prognose aan- of uitzetten).",
            num(b0),
            day_before(van),
            forecast(s0),
            num(b1),
            ri.periode_tot,
            forecast(s1),
            signed(delta),
            num(inflow),
            num(outflow),
            signed(net),
            signed(delta),
            signed(net),
            signed(r),
            pct(r_pct, 2)
        );
        out.push(Finding {
            id,
            severity,
            title_nl: title,
            detail_nl: detail,
            title_en,
            detail_en,
            figures: vec![
                Figure::term(qmsg::FIG_BESTAND_BEGIN, b0),
                Figure::term(qmsg::FIG_BESTAND_EIND, b1),
                Figure::term(qmsg::FIG_MUTATIE_BESTAND, delta),
                Figure::term(qmsg::FIG_INSTROOM, inflow),
                Figure::term(qmsg::FIG_UITSTROOM, outflow),
                Figure::term(qmsg::FIG_NETTO_STROOM, net),
                Figure::term(qmsg::FIG_R, r),
                Figure::pct(qmsg::FIG_R_PER_BESTAND, r_pct),
            ],
        });
    }
    out
}

/// A stated percentage vs its counts: `sociale_activering_pct` vs Table 10 total and
/// the stock (X5), with the average-stock explanation.
fn percentage_checks(k: &Kerncijfers, p: &QualityParams, used: &mut Vec<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    for i in 0..k.len() {
        let r = k.row(i);
        if r.indicator != "sociale_activering_pct"
            || r.status != Status::Realisatie
            || r.versie == "afgeleid"
        {
            continue;
        }
        let (Some(van), Some(stated)) = (r.periode_van, r.waarde.number()) else {
            continue;
        };
        let Some(a) = (0..k.len())
            .filter(|&j| same_gemeente(k, i, j))
            .map(|j| k.row(j))
            .find(|t| {
                t.indicator == "traject_deelnemers"
                    && t.categorie == "totaal"
                    && t.periode_van == r.periode_van
                    && t.periode_tot == r.periode_tot
            })
            .and_then(|t| t.waarde.number())
        else {
            continue;
        };
        let g = k.gemeente_code[i];
        let Some((b1, _)) = stock_on(k, g, r.periode_tot) else {
            continue;
        };
        let b0 = stock_on(k, g, day_before(van)).map(|s| s.0);
        let p_peil = 100.0 * a / b1;
        let target = (0..k.len())
            .map(|j| k.row(j))
            .find(|t| {
                t.indicator == "sociale_activering_pct"
                    && t.status == Status::Streefwaarde
                    && t.periode_tot.year() == r.periode_tot.year()
            })
            .and_then(|t| t.waarde.number());
        let mut figures = vec![
            Figure::pct(qmsg::FIG_GEPUBLICEERD, stated),
            Figure::term(qmsg::FIG_DEELNEMERS, a),
            Figure::term(qmsg::FIG_BESTAND_PEILDATUM, b1),
            Figure::pct(qmsg::FIG_AANDEEL_PEILDATUM, p_peil),
        ];
        let year = r.periode_tot.year();
        let id = unique_id(used, format!("X5-{year}"));
        let diff = stated - p_peil;
        if diff.abs() <= p.pct_tolerantie_pp {
            out.push(Finding {
                id,
                severity: Severity::Info,
                title_nl: "Percentage sociale activering klopt met de aantallen".into(),
                detail_nl: format!(
                    "{} / {} = {}, gepubliceerd {}.",
                    num(a),
                    num(b1),
                    pct(p_peil, 2),
                    pct(stated, 2)
                ),
                title_en: "Social activation percentage matches the counts".into(),
                detail_en: format!(
                    "{} / {} = {}; the published figure is {}.",
                    num(a),
                    num(b1),
                    pct(p_peil, 2),
                    pct(stated, 2)
                ),
                figures,
            });
            continue;
        }
        let mut detail = format!(
            "Gepubliceerd is {}, maar {} deelnemers / {} uitkeringen op {} = {} (verschil {} \
             procentpunt).",
            pct(stated, 2),
            num(a),
            num(b1),
            r.periode_tot,
            pct(p_peil, 2),
            dec(diff, 2)
        );
        let mut detail_en = format!(
            "The published figure is {}, but {} participants / {} benefits on {} = {} (a \
             difference of {} percentage points).",
            pct(stated, 2),
            num(a),
            num(b1),
            r.periode_tot,
            pct(p_peil, 2),
            dec(diff, 2)
        );
        if let Some(b0) = b0 {
            let avg = (b0 + b1) / 2.0;
            let p_avg = 100.0 * a / avg;
            figures.push(Figure::term(qmsg::FIG_GEMIDDELD_BESTAND, avg));
            figures.push(Figure::pct(qmsg::FIG_AANDEEL_GEMIDDELD_BESTAND, p_avg));
            if (p_avg - stated).abs() < 0.005 + 1e-9 {
                detail.push_str(&format!(
                    " Met het gemiddelde bestand over de periode als noemer, ({} + {}) / 2 = {}, \
                     komt het precies uit op {}. Vermoedelijk is dat de gebruikte noemer; de bron \
                     vermeldt het niet.",
                    num(b0),
                    num(b1),
                    num(avg),
                    pct(p_avg, 2)
                ));
                detail_en.push_str(&format!(
                    " With the average caseload over the period as the denominator, ({} + {}) / 2 \
                     = {}, it comes out at exactly {}. That is probably the denominator used; the \
                     source does not say.",
                    num(b0),
                    num(b1),
                    num(avg),
                    pct(p_avg, 2)
                ));
            } else {
                detail.push_str(&format!(
                    " Ook met het gemiddelde bestand ({}) komt het niet uit: {}.",
                    num(avg),
                    pct(p_avg, 2)
                ));
                detail_en.push_str(&format!(
                    " The average caseload ({}) does not explain it either: {}.",
                    num(avg),
                    pct(p_avg, 2)
                ));
            }
            if let Some(t) = target {
                let need = |d: f64| ((t / 100.0 * d - 1e-9).ceil() - a).max(0.0);
                figures.push(Figure::term(
                    qmsg::FIG_NODIG_VOOR_STREEFWAARDE_PEILDATUM,
                    need(b1),
                ));
                figures.push(Figure::term(
                    qmsg::FIG_NODIG_VOOR_STREEFWAARDE_GEMIDDELD_BESTAND,
                    need(avg),
                ));
                detail.push_str(&format!(
                    " Voor de streefwaarde van {} zijn dat {} extra deelnemers (noemer peildatum) \
                     of {} (noemer gemiddeld bestand). De app laat de noemer kiezen en toont welke \
                     in gebruik is.",
                    pct(t, 0),
                    num(need(b1)),
                    num(need(avg))
                ));
                detail_en.push_str(&format!(
                    " Reaching the target of {} takes {} more participants (denominator: the \
                     reference date) or {} (denominator: the average caseload). The app lets you \
                     choose the denominator and shows which one is in use.",
                    pct(t, 0),
                    num(need(b1)),
                    num(need(avg))
                ));
            }
        }
        out.push(Finding {
            id,
            severity: Severity::LetOp,
            title_nl: "Percentage sociale activering hangt af van de noemer".into(),
            detail_nl: detail,
            title_en: "Social activation percentage depends on the denominator".into(),
            detail_en,
            figures,
        });
    }
    out
}

/// "Uitstroom naar werk" definitions (X4): a breakdown by reason gives 337 / 353 / 614,
/// another source may give a number that matches none of them (255).
fn naar_werk_checks(k: &Kerncijfers, used: &mut Vec<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    // Breakdowns: (gemeente, van, tot, versie) with a reason breakdown.
    type Period = (u16, Option<Date>, Date, String);
    let mut groups: BTreeMap<Period, BTreeMap<String, f64>> = BTreeMap::new();
    for i in 0..k.len() {
        let r = k.row(i);
        if r.indicator != "uitstroom" || r.dimensie != "uitstroomreden" {
            continue;
        }
        if let Some(v) = r.waarde.number() {
            groups
                .entry((
                    k.gemeente_code[i],
                    r.periode_van,
                    r.periode_tot,
                    r.versie.to_string(),
                ))
                .or_default()
                .insert(r.categorie.to_string(), v);
        }
    }
    let breakdowns: Vec<_> = groups
        .iter()
        .filter(|(_, c)| {
            c.contains_key("werk")
                && (c.contains_key("zelfstandig") || c.contains_key("werk_werkplein"))
        })
        .collect();
    for ((g, van, tot, versie), cats) in &breakdowns {
        let get = |c: &str| cats.get(c).copied().unwrap_or(0.0);
        let defs: Vec<(OutflowToWork, f64)> = OutflowToWork::ALL
            .iter()
            .map(|&d| (d, d.reasons().iter().map(|r| get(r.code())).sum()))
            .collect();
        let total = cats.get("totaal").copied().unwrap_or_else(|| {
            cats.iter()
                .filter(|(c, _)| c.as_str() != "totaal")
                .map(|(_, v)| v)
                .sum()
        });
        let others: Vec<(String, f64)> = groups
            .iter()
            .filter(|((g2, v2, t2, s2), _)| g2 == g && v2 == van && t2 == tot && s2 != versie)
            .filter_map(|((_, _, _, s2), c)| c.get("werk").map(|v| (s2.clone(), *v)))
            .collect();
        let year = tot.year();
        let id = unique_id(used, format!("X4-{year}-naar-werk"));
        let mut figures: Vec<Figure> = defs
            .iter()
            .map(|(d, v)| Figure::new(FigureLabel::ToWork(*d), *v))
            .collect();
        figures.push(Figure::term(qmsg::FIG_UITSTROOM_TOTAAL, total));
        for (d, v) in &defs {
            figures.push(Figure {
                percent: true,
                ..Figure::new(
                    FigureLabel::ShareToWork(*d),
                    100.0 * reference::share(*v, total),
                )
            });
        }
        let defs_in = |label: fn(&OutflowToWork) -> &'static str| {
            defs.iter()
                .map(|(d, v)| {
                    format!(
                        "{} ({}: {})",
                        num(*v),
                        label(d),
                        pct(100.0 * reference::share(*v, total), 1)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let defs_text = defs_in(|d| d.label(Lang::Nl));
        let defs_text_en = defs_in(|d| d.label(Lang::En));
        let period_en = period(Lang::En, *van, *tot);
        let period = period(Lang::Nl, *van, *tot);
        let versie_en = source_text(Lang::En, versie);
        let mismatched: Vec<&(String, f64)> = others
            .iter()
            .filter(|(_, v)| defs.iter().all(|(_, d)| (d - v).abs() > 0.5))
            .collect();
        let (severity, title, mut detail, title_en, mut detail_en) = if mismatched.is_empty() {
            (
                Severity::Info,
                format!("Uitstroom naar werk hangt af van de definitie ({period})"),
                format!(
                    "Volgens de uitsplitsing naar reden ({versie}) is de uitstroom naar werk \
                     {defs_text} van {} uitstromers. De app laat de definitie kiezen.",
                    num(total)
                ),
                format!("Outflow to work depends on the definition ({period_en})"),
                format!(
                    "According to the breakdown by reason ({versie_en}), outflow to work is \
                     {defs_text_en} of {} people leaving. The app lets you choose the definition.",
                    num(total)
                ),
            )
        } else {
            (
                Severity::LetOp,
                format!("Uitstroom naar werk: bronnen gebruiken verschillende definities ({period})"),
                format!(
                    "Elders wordt {} genoemd ({}), maar de uitsplitsing naar reden ({versie}) geeft \
                     {defs_text} van {} uitstromers. Het genoemde getal past bij geen van deze \
                     definities; het komt vermoedelijk uit een andere registratie. Vergelijk alleen \
                     cijfers met dezelfde definitie.",
                    mismatched.iter().map(|(_, v)| num(*v)).collect::<Vec<_>>().join(" en "),
                    mismatched.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>().join(", "),
                    num(total)
                ),
                format!("Outflow to work: sources use different definitions ({period_en})"),
                format!(
                    "Elsewhere the figure {} is given ({}), but the breakdown by reason \
                     ({versie_en}) gives {defs_text_en} of {} people leaving. The quoted figure \
                     matches none of these definitions; it probably comes from another \
                     registration system. Compare only figures with the same definition.",
                    mismatched.iter().map(|(_, v)| num(*v)).collect::<Vec<_>>().join(" and "),
                    mismatched.iter().map(|(s, _)| source_text(Lang::En, s)).collect::<Vec<_>>().join(", "),
                    num(total)
                ),
            )
        };
        for (s, v) in &others {
            figures.push(Figure::new(FigureLabel::WorkBy(s.clone()), *v));
            figures.push(Figure {
                percent: true,
                ..Figure::new(
                    FigureLabel::ShareWorkBy(s.clone()),
                    100.0 * reference::share(*v, total),
                )
            });
        }
        if others.is_empty() {
            detail.push_str(" Er is geen ander getal voor dezelfde periode.");
            detail_en.push_str(" There is no other figure for the same period.");
        }
        out.push(Finding {
            id,
            severity,
            title_nl: title,
            detail_nl: detail,
            title_en,
            detail_en,
            figures,
        });
    }
    out
}

/// The Werkplein pace vs a printed "x% hoger/lager dan de doelstelling" (X8).
fn werkplein_checks(k: &Kerncijfers, used: &mut Vec<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    for i in 0..k.len() {
        let r = k.row(i);
        if r.indicator != "plaatsingen_werkplein" || r.status != Status::Realisatie {
            continue;
        }
        let (Some(van), Some(real)) = (r.periode_van, r.waarde.number()) else {
            continue;
        };
        let year = r.periode_tot.year();
        let Some(target) = (0..k.len())
            .filter(|&j| same_gemeente(k, i, j))
            .map(|j| k.row(j))
            .find(|t| {
                t.indicator == "plaatsingen_werkplein"
                    && t.status == Status::Streefwaarde
                    && t.periode_tot.year() == year
            })
            .and_then(|t| t.waarde.number())
        else {
            continue;
        };
        let (_, m0, _) = van.ymd();
        let (_, m1, _) = r.periode_tot.ymd();
        let months = (m1 as i32 - m0 as i32 + 1).clamp(1, 12) as u32;
        let pace = reference::werkplein_pace(&WerkpleinParams {
            realised: real,
            target,
            months_elapsed: months,
        });
        let printed: Vec<f64> = (0..k.len())
            .filter(|&j| same_gemeente(k, i, j))
            .map(|j| k.row(j))
            .filter(|t| {
                t.indicator == "plaatsingen_werkplein_t_o_v_doel"
                    && t.versie != "afgeleid"
                    && t.periode_van == r.periode_van
                    && t.periode_tot == r.periode_tot
            })
            .filter_map(|t| t.waarde.number())
            .collect();
        let mislabelled = printed.iter().copied().find(|&v| {
            v > 0.0
                && pace.share_of_year_target < 1.0
                && (v - pace.shortfall_year_target_pct).abs() < 0.5
        });
        let mut figures = vec![
            Figure::term(qmsg::FIG_REALISATIE, real),
            Figure::term(qmsg::FIG_JAARDOEL, target),
            Figure::term(qmsg::FIG_MAANDEN, months as f64),
            Figure::term(qmsg::FIG_PRO_RATA_DOEL, pace.pro_rata_target),
            Figure::term(qmsg::FIG_TEMPO_T_O_V_PRO_RATA, pace.pace_ratio),
            Figure::pct(
                qmsg::FIG_AANDEEL_JAARDOEL,
                100.0 * pace.share_of_year_target,
            ),
            Figure::pct(qmsg::FIG_BOVEN_PRO_RATA_DOEL, pace.above_pace_pct),
            Figure::pct(qmsg::FIG_ONDER_JAARDOEL, pace.shortfall_year_target_pct),
            Figure::term(qmsg::FIG_NODIG_PER_RESTERENDE_MAAND, pace.needed_per_month),
            Figure::term(qmsg::FIG_TEMPO_TOT_NU_PER_MAAND, pace.pace_per_month),
        ];
        let basis = format!(
            "{} plaatsingen in {months} maanden tegen een jaardoel van {}: {} van het jaardoel \
             ({} eronder), en {} van het pro-rata doel {} ({} erboven). Nog nodig: {} per \
             resterende maand, tegen {} per maand tot nu toe.",
            num(real),
            num(target),
            pct(100.0 * pace.share_of_year_target, 0),
            pct(pace.shortfall_year_target_pct, 0),
            pct(100.0 * pace.pace_ratio, 0),
            num(pace.pro_rata_target),
            pct(pace.above_pace_pct, 0),
            dec(pace.needed_per_month, 0),
            dec(pace.pace_per_month, 0)
        );
        let basis_en = format!(
            "{} placements in {months} months against an annual target of {}: {} of the annual \
             target ({} below it), and {} of the pro-rata target of {} ({} above it). Still \
             needed: {} per remaining month, against {} per month so far.",
            num(real),
            num(target),
            pct(100.0 * pace.share_of_year_target, 0),
            pct(pace.shortfall_year_target_pct, 0),
            pct(100.0 * pace.pace_ratio, 0),
            num(pace.pro_rata_target),
            pct(pace.above_pace_pct, 0),
            dec(pace.needed_per_month, 0),
            dec(pace.pace_per_month, 0)
        );
        let id = unique_id(used, format!("X8-{year}"));
        let finding = match mislabelled {
            Some(v) => {
                figures.push(Figure::pct(qmsg::FIG_GEDRUKT, v));
                Finding {
                    id,
                    severity: Severity::LetOp,
                    title_nl: format!(
                        "'{}% hoger dan de doelstelling' is {}% onder het jaardoel",
                        num(v),
                        num(v)
                    ),
                    detail_nl: format!(
                        "{basis} De gedrukte {} is het tekort ten opzichte van het jaardoel, niet \
                         een voorsprong. 'Op koers' klopt wel als je pro rata rekent. De app toont \
                         beide getallen met hun naam.",
                        pct(v, 0)
                    ),
                    title_en: format!(
                        "'{}% above the target' is {}% below the annual target",
                        num(v),
                        num(v)
                    ),
                    detail_en: format!(
                        "{basis_en} The printed {} is the shortfall against the annual target, not \
                         a lead. 'On track' does hold when calculated pro rata. The app shows both \
                         figures with their names.",
                        pct(v, 0)
                    ),
                    figures,
                }
            }
            None => Finding {
                id,
                severity: Severity::Info,
                title_nl: "Tempo plaatsingen Werkplein".into(),
                detail_nl: basis,
                title_en: "Pace of Werkplein placements".into(),
                detail_en: basis_en,
                figures,
            },
        };
        out.push(finding);
    }
    out
}

/// LKS identity: `in_use = L_start + S` and `L_end = in_use − E` (X7).
fn lks_checks(k: &Kerncijfers, used: &mut Vec<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    let find = |ind: &str, pred: &dyn Fn(&KerncijferRow<'_>) -> bool| {
        k.rows()
            .find(|r| r.indicator == ind && r.categorie.is_empty() && pred(r))
            .and_then(|r| r.waarde.number().map(|v| (v, r)))
    };
    for s in k
        .rows()
        .filter(|r| r.indicator == "lks_gestart" && r.categorie.is_empty())
    {
        let (Some(van), Some(starts)) = (s.periode_van, s.waarde.number()) else {
            continue;
        };
        let same = |r: &KerncijferRow<'_>| {
            r.periode_van == s.periode_van && r.periode_tot == s.periode_tot
        };
        let Some((l0, _)) = find("lks_lopend_begin", &|r| {
            r.periode_tot == van || r.periode_tot == day_before(van)
        }) else {
            continue;
        };
        let ended = find("lks_beeindigd", &same).map(|x| x.0);
        let total = find("lks_totaal", &same).map(|x| x.0);
        let l_end = find("lks_lopend", &|r| r.periode_tot == s.periode_tot).map(|x| x.0);
        let in_use = l0 + starts;
        let mut ok = true;
        let mut parts = vec![format!(
            "{} lopend bij de start + {} gestart = {}",
            num(l0),
            num(starts),
            num(in_use)
        )];
        let mut parts_en = vec![format!(
            "{} running at the start + {} started = {}",
            num(l0),
            num(starts),
            num(in_use)
        )];
        let mut figures = vec![
            Figure::term(qmsg::FIG_LOPEND_BEGIN, l0),
            Figure::term(qmsg::FIG_GESTART, starts),
            Figure::term(qmsg::FIG_IN_GEBRUIK, in_use),
        ];
        if let Some(t) = total {
            figures.push(Figure::term(qmsg::FIG_TOTAAL_GEPUBLICEERD, t));
            if (t - in_use).abs() < 1e-9 {
                parts[0].push_str(&format!(" ✔ (gepubliceerd {})", num(t)));
                parts_en[0].push_str(&format!(" ✔ (published {})", num(t)));
            } else {
                ok = false;
                parts[0].push_str(&format!(", gepubliceerd is {}", num(t)));
                parts_en[0].push_str(&format!(", published: {}", num(t)));
            }
        }
        if let Some(e) = ended {
            let end = in_use - e;
            figures.push(Figure::term(qmsg::FIG_BEEINDIGD, e));
            figures.push(Figure::term(qmsg::FIG_LOPEND_EIND, end));
            let mut text = format!(
                "{} − {} beëindigd = {} lopend op {}",
                num(in_use),
                num(e),
                num(end),
                s.periode_tot
            );
            let mut text_en = format!(
                "{} − {} ended = {} running on {}",
                num(in_use),
                num(e),
                num(end),
                s.periode_tot
            );
            if let Some(le) = l_end {
                figures.push(Figure::term(qmsg::FIG_LOPEND_EIND_GEPUBLICEERD, le));
                if (le - end).abs() < 1e-9 {
                    text.push_str(" ✔");
                    text_en.push_str(" ✔");
                } else {
                    ok = false;
                    text.push_str(&format!(", gepubliceerd is {}", num(le)));
                    text_en.push_str(&format!(", published: {}", num(le)));
                }
            }
            parts.push(text);
            parts_en.push(text_en);
            figures.push(Figure::term(qmsg::FIG_NETTO_TOENAME, starts - e));
        }
        let year = s.periode_tot.year();
        out.push(Finding {
            id: unique_id(used, format!("X7-{year}-lks")),
            severity: if ok { Severity::Info } else { Severity::LetOp },
            title_nl: if ok {
                "LKS-contracten: de telling sluit".into()
            } else {
                "LKS-contracten: de telling sluit niet".into()
            },
            detail_nl: format!(
                "{}. Let wel: de streefwaarde '+50 per jaar' kan op drie manieren worden gelezen \
                 (netto groei, meer starts dan vorig jaar, meer contracten in gebruik); de app \
                 laat die keuze zien.",
                parts.join("; ")
            ),
            title_en: if ok {
                "LKS contracts: the count adds up".into()
            } else {
                "LKS contracts: the count does not add up".into()
            },
            detail_en: format!(
                "{}. Note that the target '+50 per year' can be read in three ways (net growth, \
                 more starts than last year, more contracts in use); the app shows that choice.",
                parts_en.join("; ")
            ),
            figures,
        });
    }
    out
}

/// BUIG identity: result = budget − spending (F11; 1,61 = 114,46 − 112,85).
fn buig_identity_checks(k: &Kerncijfers, used: &mut Vec<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    for u in k
        .rows()
        .filter(|r| r.indicator == "buig_uitgaven" && r.categorie == "totaal")
    {
        let Some(spend) = u.waarde.number() else {
            continue;
        };
        let year = u.periode_tot.year();
        let budget = k
            .rows()
            .filter(|r| {
                r.indicator == "buig_budget"
                    && r.categorie == "totaal"
                    && r.periode_tot == u.periode_tot
            })
            .filter_map(|r| r.waarde.number().map(|v| (v, r.versie)))
            .next();
        let result = k
            .rows()
            .filter(|r| {
                r.indicator == "buig_resultaat"
                    && r.periode_tot == u.periode_tot
                    && !r.definitie.contains("incl")
            })
            .find_map(|r| r.waarde.number());
        let (Some((budget, versie)), Some(result)) = (budget, result) else {
            continue;
        };
        let computed = budget - spend;
        let tol = unit(budget).max(unit(spend)).max(unit(result));
        let ok = (computed - result).abs() <= tol / 2.0 + 1e-9;
        out.push(Finding {
            id: unique_id(used, format!("BUIG-{year}-resultaat")),
            severity: if ok { Severity::Info } else { Severity::LetOp },
            title_nl: if ok {
                format!("BUIG-resultaat {year} klopt met budget min uitgaven")
            } else {
                format!("BUIG-resultaat {year} wijkt af van budget min uitgaven")
            },
            detail_nl: format!(
                "Budget {} ({}) − uitgaven {} = {}; gepubliceerd resultaat {}.",
                dec(budget, 2),
                if versie.is_empty() {
                    "versie onbekend"
                } else {
                    versie
                },
                dec(spend, 2),
                dec(computed, 2),
                dec(result, 2)
            ),
            title_en: if ok {
                format!("BUIG result {year} matches budget minus spending")
            } else {
                format!("BUIG result {year} differs from budget minus spending")
            },
            detail_en: format!(
                "Budget {} ({}) − spending {} = {}; published result {}.",
                dec(budget, 2),
                if versie.is_empty() {
                    "version unknown".to_string()
                } else {
                    source_text(Lang::En, versie)
                },
                dec(spend, 2),
                dec(computed, 2),
                dec(result, 2)
            ),
            figures: vec![
                Figure::term(qmsg::FIG_BUDGET, budget),
                Figure::term(qmsg::FIG_UITGAVEN, spend),
                Figure::term(qmsg::FIG_BUDGET_MINUS_UITGAVEN, computed),
                Figure::term(qmsg::FIG_RESULTAAT_GEPUBLICEERD, result),
            ],
        });
    }
    out
}

/// Conflicting values for the same indicator, category and period from different sources
/// (Table 6 vs Figure 9). Rows derived by us (`versie = afgeleid`) and the families with
/// their own check (X4, X5, X8) are left out.
fn conflict_checks(k: &Kerncijfers, used: &mut Vec<String>) -> Vec<Finding> {
    let mut out = Vec::new();
    type Key = (u16, String, String, String, u8, Option<Date>, Date, u8, u8);
    let mut groups: BTreeMap<Key, Vec<usize>> = BTreeMap::new();
    for i in 0..k.len() {
        let r = k.row(i);
        if r.versie == "afgeleid"
            || r.waarde.number().is_none()
            || (r.indicator == "uitstroom" && r.dimensie == "uitstroomreden")
            || r.indicator == "sociale_activering_pct"
            || r.indicator == "plaatsingen_werkplein_t_o_v_doel"
        {
            continue;
        }
        let key = (
            k.gemeente_code[i],
            r.indicator.to_string(),
            r.dimensie.to_string(),
            r.categorie.to_string(),
            r.periode_type as u8,
            r.periode_van,
            r.periode_tot,
            r.status as u8,
            r.eenheid as u8,
        );
        groups.entry(key).or_default().push(i);
    }
    for ((_, indicator, _, categorie, _, van, tot, _, _), rows) in groups {
        let values: Vec<KerncijferRow<'_>> = rows.iter().map(|&i| k.row(i)).collect();
        let first = values[0].waarde.number().unwrap_or(0.0);
        if values.len() < 2 || values.iter().all(|r| r.waarde.number() == Some(first)) {
            continue;
        }
        let defs: Vec<&str> = values.iter().map(|r| r.definitie).collect();
        let definitions_differ = defs.iter().all(|d| !d.is_empty())
            && defs
                .iter()
                .enumerate()
                .all(|(a, d)| defs[..a].iter().all(|e| e != d));
        let source = |r: &KerncijferRow<'_>| {
            if r.versie.is_empty() {
                r.bron.to_string()
            } else {
                r.versie.to_string()
            }
        };
        let (y, m, _) = tot.ymd();
        let cat = if categorie.is_empty() {
            String::new()
        } else {
            format!("-{categorie}")
        };
        let id = unique_id(used, format!("BRON-{y}-{m:02}-{indicator}{cat}"));
        let list = values
            .iter()
            .map(|r| {
                let what = if definitions_differ {
                    r.definitie.to_string()
                } else {
                    source(r)
                };
                format!("{} ({what})", num(r.waarde.number().unwrap_or(0.0)))
            })
            .collect::<Vec<_>>()
            .join(" en ");
        let list_en = values
            .iter()
            .map(|r| {
                let what = if definitions_differ {
                    r.definitie.to_string()
                } else if r.versie.is_empty() {
                    r.bron.to_string()
                } else {
                    source_text(Lang::En, r.versie)
                };
                format!("{} ({what})", num(r.waarde.number().unwrap_or(0.0)))
            })
            .collect::<Vec<_>>()
            .join(" and ");
        let label = if categorie.is_empty() || categorie == "totaal" {
            indicator.clone()
        } else {
            format!("{indicator} {categorie}")
        };
        let label_en = if categorie.is_empty() || categorie == "totaal" {
            indicator_text(Lang::En, &indicator)
        } else {
            format!(
                "{} {}",
                indicator_text(Lang::En, &indicator),
                category_text(Lang::En, &categorie)
            )
        };
        let period_en = period(Lang::En, van, tot);
        let (severity, title, detail, title_en, detail_en) = if definitions_differ {
            (
                Severity::Info,
                format!("{label} {}: twee definities", period(Lang::Nl, van, tot)),
                format!(
                    "Voor dezelfde periode staan {list}. Dat zijn verschillende definities, geen \
                     tegenspraak; de app toont welke in gebruik is."
                ),
                format!("{label_en} {period_en}: two definitions"),
                format!(
                    "For the same period the figures are {list_en}. These are different \
                     definitions, not a contradiction; the app shows which one is in use."
                ),
            )
        } else {
            (
                Severity::LetOp,
                format!(
                    "{label} {}: bronnen geven verschillende waarden",
                    period(Lang::Nl, van, tot)
                ),
                format!(
                    "Voor dezelfde periode staan {list}. Beide zijn gepubliceerd; kies in de app \
                     welke bron u gebruikt. De keuze wordt bij de cijfers vermeld."
                ),
                format!("{label_en} {period_en}: sources give different values"),
                format!(
                    "For the same period the figures are {list_en}. Both were published; choose in \
                     the app which source you use. The choice is stated with the figures."
                ),
            )
        };
        out.push(Finding {
            id,
            severity,
            title_nl: title,
            detail_nl: detail,
            title_en,
            detail_en,
            figures: values
                .iter()
                .map(|r| {
                    Figure::new(
                        FigureLabel::Source(source(r).to_string()),
                        r.waarde.number().unwrap_or(0.0),
                    )
                })
                .collect(),
        });
    }
    out
}

// ---------------------------------------------------------------------------------------
// Episodes
// ---------------------------------------------------------------------------------------

/// Checks on person-level episodes.
pub fn check_episodes(e: &Episodes, p: &QualityParams) -> Vec<Finding> {
    let mut out = Vec::new();
    if e.is_empty() {
        return out;
    }
    // Reconciliation: exact by construction.
    if let Some(range) = MonthRange::of_data(e) {
        let s = dynamics::monthly_series(e, range, None);
        if let Some(t) = s.totals(range.from, range.to) {
            let ok = s.is_consistent() && t.reconciliation() == 0;
            out.push(Finding {
                id: "EP-aansluiting".into(),
                severity: if ok { Severity::Info } else { Severity::LetOp },
                title_nl: "Bestand en stromen sluiten per definitie aan".into(),
                detail_nl: format!(
                    "Bestand, instroom en uitstroom komen uit dezelfde uitkeringen, dus voor elke \
                     maand geldt bestand = vorig bestand + instroom − uitstroom. Van {} (eind {}) \
                     via {} instroom en {} uitstroom naar {} (eind {}): aansluitingsverschil {}. \
                     Anders dan bij gepubliceerde kerncijfers is er geen aansluitingsterm nodig.",
                    int(t.stock_begin as i64),
                    dynamics::month_label(range.from - 1, Lang::Nl),
                    int(t.inflow as i64),
                    int(t.outflow as i64),
                    int(t.stock_end as i64),
                    dynamics::month_label(range.to, Lang::Nl),
                    t.reconciliation()
                ),
                title_en: "Stock and flows reconcile by definition".into(),
                detail_en: format!(
                    "Stock, inflow and outflow come from the same benefits, so for every month \
                     stock = previous stock + inflow − outflow. From {} (end of {}) via {} inflow \
                     and {} outflow to {} (end of {}): reconciliation gap {}. Unlike published key \
                     figures, no reconciliation term is needed.",
                    int(t.stock_begin as i64),
                    dynamics::month_label(range.from - 1, Lang::En),
                    int(t.inflow as i64),
                    int(t.outflow as i64),
                    int(t.stock_end as i64),
                    dynamics::month_label(range.to, Lang::En),
                    t.reconciliation()
                ),
                figures: vec![
                    Figure::term(qmsg::FIG_BESTAND_BEGIN, t.stock_begin as f64),
                    Figure::term(qmsg::FIG_INSTROOM, t.inflow as f64),
                    Figure::term(qmsg::FIG_UITSTROOM, t.outflow as f64),
                    Figure::term(qmsg::FIG_BESTAND_EIND, t.stock_end as f64),
                    Figure::term(qmsg::FIG_R, t.reconciliation() as f64),
                    Figure::term(qmsg::FIG_MAANDEN, t.months() as f64),
                ],
            });
        }
    }
    // Unknown reasons.
    let mut ended = 0u32;
    let mut unknown = 0u32;
    let mut missing = 0u32;
    for i in 0..e.len() {
        if e.eind[i].is_open() {
            continue;
        }
        ended += 1;
        match e.uitstroomreden[i] {
            None => missing += 1,
            Some(Uitstroomreden::Onbekend) => unknown += 1,
            Some(_) => {}
        }
    }
    let n = unknown + missing;
    let share = 100.0 * reference::share(n as f64, ended as f64);
    out.push(Finding {
        id: "EP-reden-onbekend".into(),
        severity: if share > 1.0 {
            Severity::LetOp
        } else {
            Severity::Info
        },
        title_nl: if n == 0 {
            "Alle beëindigde uitkeringen hebben een uitstroomreden".into()
        } else {
            format!(
                "{} beëindigde uitkering(en) zonder bekende uitstroomreden",
                int(n as i64)
            )
        },
        detail_nl: format!(
            "{} van de {} beëindigde uitkeringen ({}) hebben reden 'onbekend' of geen reden. \
             Ze tellen mee in de uitstroom, maar niet als uitstroom naar werk; bij een groot \
             aandeel is het aandeel naar werk te laag.",
            int(n as i64),
            int(ended as i64),
            pct(share, 1)
        ),
        title_en: match n {
            0 => "All ended benefits have an exit reason".into(),
            1 => "1 ended benefit without a known exit reason".into(),
            _ => format!(
                "{} ended benefits without a known exit reason",
                int(n as i64)
            ),
        },
        detail_en: format!(
            "{} of the {} ended benefits ({}) have the reason 'unknown' or no reason. They count \
             in the outflow, but not as outflow to work; if this share is large, the share \
             leaving for work comes out too low.",
            int(n as i64),
            int(ended as i64),
            pct(share, 1)
        ),
        figures: vec![
            Figure::term(qmsg::FIG_BEEINDIGD, ended as f64),
            Figure::term(qmsg::FIG_REDEN_ONBEKEND, unknown as f64),
            Figure::term(qmsg::FIG_ZONDER_REDEN, missing as f64),
            Figure::pct(qmsg::FIG_AANDEEL, share),
        ],
    });
    // Ages at the start by birth year (±1 year): certainly under 18, or certainly at or
    // above the AOW age.
    let aow_years = p.aow.age_years as i32;
    let mut young = 0u32;
    let mut old = 0u32;
    let mut no_year = 0u32;
    for i in 0..e.len() {
        let gj = e.geboortejaar[i];
        if gj == 0 {
            no_year += 1;
            continue;
        }
        let age = e.start[i].year() - gj as i32;
        if age < 18 {
            young += 1;
        } else if age > aow_years {
            old += 1;
        }
    }
    let odd = young + old;
    out.push(Finding {
        id: "EP-leeftijd-start".into(),
        severity: if odd > 0 {
            Severity::LetOp
        } else {
            Severity::Info
        },
        title_nl: if odd == 0 {
            "Leeftijden bij de start liggen tussen 18 en de AOW-leeftijd".into()
        } else {
            format!(
                "{} uitkering(en) met een leeftijd buiten 18 tot AOW bij de start",
                int(odd as i64)
            )
        },
        detail_nl: format!(
            "Leeftijd bij de start = startjaar − geboortejaar (tot 1 jaar onnauwkeurig). Zeker \
             jonger dan 18: {}; zeker {} jaar of ouder: {}. Zonder geboortejaar: {}.",
            int(young as i64),
            aow_years,
            int(old as i64),
            int(no_year as i64)
        ),
        title_en: match odd {
            0 => "Ages at the start are between 18 and the state pension (AOW) age".into(),
            1 => "1 benefit with an age outside 18 to AOW age at the start".into(),
            _ => format!(
                "{} benefits with an age outside 18 to AOW age at the start",
                int(odd as i64)
            ),
        },
        detail_en: format!(
            "Age at the start = start year − birth year (accurate to within a year). Certainly \
             under 18: {}; certainly {} or older: {}. Without a birth year: {}.",
            int(young as i64),
            aow_years,
            int(old as i64),
            int(no_year as i64)
        ),
        figures: vec![
            Figure::term(qmsg::FIG_JONGER_DAN_18, young as f64),
            Figure::term(qmsg::FIG_AOW_LEEFTIJD_OF_OUDER, old as f64),
            Figure::term(qmsg::FIG_ZONDER_GEBOORTEJAAR, no_year as f64),
        ],
    });
    out
}

// ---------------------------------------------------------------------------------------
// Loader report
// ---------------------------------------------------------------------------------------

/// Findings from the loader's report: ignored columns, warnings and the `Totaal` row.
pub fn check_load_report(r: &LoadReport) -> Vec<Finding> {
    let mut out = Vec::new();
    let ignored: Vec<&str> = r
        .columns
        .iter()
        .filter(|c| c.field.is_none() && !c.source.trim().is_empty())
        .map(|c| c.source.as_str())
        .collect();
    // A loader warning that already names every ignored column covers this finding.
    let covered = r
        .warnings
        .iter()
        .any(|w| ignored.iter().all(|c| w.columns().contains(c)));
    if !ignored.is_empty() && !covered {
        out.push(Finding {
            id: "LOAD-kolommen-genegeerd".into(),
            severity: Severity::Info,
            title_nl: format!("{} kolom(men) niet ingelezen", ignored.len()),
            detail_nl: format!(
                "Deze kolommen zijn niet herkend of worden (nog) niet gebruikt: {}.",
                ignored.join(", ")
            ),
            title_en: if ignored.len() == 1 {
                "1 column not read".into()
            } else {
                format!("{} columns not read", ignored.len())
            },
            detail_en: format!(
                "These columns were not recognised or are not used (yet): {}.",
                ignored.join(", ")
            ),
            figures: vec![Figure::term(qmsg::FIG_KOLOMMEN, ignored.len() as f64)],
        });
    }
    for (n, w) in r.warnings.iter().enumerate() {
        out.push(Finding {
            id: format!("LOAD-melding-{}", n + 1),
            severity: Severity::Info,
            title_nl: "Melding bij het inlezen".into(),
            detail_nl: w.message(crate::lang::Lang::Nl),
            title_en: "Note from reading the file".into(),
            detail_en: w.message(crate::lang::Lang::En),
            figures: Vec::new(),
        });
    }
    if let Some(t) = &r.total {
        let off: Vec<&(String, f64, f64)> = t
            .columns
            .iter()
            .filter(|(_, printed, sum)| (printed - sum).abs() > 1e-9)
            .collect();
        out.push(Finding {
            id: "LOAD-totaalregel".into(),
            severity: if off.is_empty() {
                Severity::Info
            } else {
                Severity::LetOp
            },
            title_nl: if off.is_empty() {
                "De totaalregel klopt met de gegevens".into()
            } else {
                "De totaalregel wijkt af van de gegevens".into()
            },
            detail_nl: format!(
                "Totaalregel op regel {}: {}.",
                t.line,
                t.columns
                    .iter()
                    .map(|(c, printed, sum)| format!(
                        "{c}: gedrukt {}, berekend {}",
                        num(*printed),
                        num(*sum)
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            title_en: if off.is_empty() {
                "The total row matches the data".into()
            } else {
                "The total row differs from the data".into()
            },
            detail_en: format!(
                "Total row on line {}: {}.",
                t.line,
                t.columns
                    .iter()
                    .map(|(c, printed, sum)| format!(
                        "{c}: printed {}, computed {}",
                        num(*printed),
                        num(*sum)
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            figures: t
                .columns
                .iter()
                .flat_map(|(c, printed, sum)| {
                    [
                        Figure::new(FigureLabel::Printed(c.clone()), *printed),
                        Figure::new(FigureLabel::Computed(c.clone()), *sum),
                    ]
                })
                .collect(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_and_units() {
        assert_eq!(decimals(5687.0), 0);
        assert_eq!(decimals(104.6), 1);
        assert_eq!(decimals(114.46), 2);
        assert_eq!(unit(104.6), 0.1);
        assert_eq!(num(-82.0), "-82");
        assert_eq!(signed(64.0), "+64");
    }
}
