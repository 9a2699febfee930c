//! Data-quality checks as data (FORMULAS F11, CONSISTENCY X2–X13), for the
//! data-quality panel.
//!
//! Every check produces a [`Finding`] with a stable id (e.g. `X3-2023-instroom`), a
//! severity, a calm title and explanation in Dutch and in English (a [`Text`] made from
//! the catalogue [`crate::messages`], numbers written in each language), whether
//! the check passed, and the figures behind it. Checks that
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

pub mod messages;

use std::collections::BTreeMap;

use crate::messages as qmsg;
use bijstand_core::date::Date;
use bijstand_core::dynamics::{self, AowParams, MonthRange, OutflowToWork};
use bijstand_core::i18n::{Arg, Count, Dec, Num, Pct, Plain, Signed};
use bijstand_core::io::LoadReport;
use bijstand_core::lang::Lang;
use bijstand_core::model::{
    Data, Dataset, Episodes, KerncijferRow, Kerncijfers, PeriodeType, Status, Uitstroomreden, Value,
};
use bijstand_core::reference::{self, WerkpleinParams};

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
    pub fn label(self) -> bijstand_core::i18n::Msg {
        use bijstand_core::messages::categories as msg;
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
    /// The check passed (a sum that agrees, stock and flows that reconcile), as opposed to
    /// a remark or a discrepancy.
    pub passed: bool,
    /// Short title.
    pub title: Text,
    /// Explanation in plain words.
    pub detail: Text,
    /// The figures behind the finding.
    pub figures: Vec<Figure>,
}

impl Finding {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        self.title.get(lang)
    }

    /// The explanation in `lang`.
    pub fn detail(&self, lang: Lang) -> &str {
        self.detail.get(lang)
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

/// A text of a finding in both languages, made from catalogue messages
/// ([`crate::messages`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    nl: String,
    en: String,
}

impl Text {
    /// The message `f` gives in each language.
    pub fn of(f: impl Fn(Lang) -> String) -> Text {
        Text {
            nl: f(Lang::Nl),
            en: f(Lang::En),
        }
    }

    /// Appends the message `f` gives in each language.
    pub fn push(&mut self, f: impl Fn(Lang) -> String) {
        self.nl.push_str(&f(Lang::Nl));
        self.en.push_str(&f(Lang::En));
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
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

/// What a figure is (names in [`crate::messages`]).
#[derive(Clone, Debug, PartialEq)]
pub enum FigureLabel {
    /// A fixed term (`som`, `totaal`, …).
    Term(bijstand_core::i18n::Msg),
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
    pub fn term(name: bijstand_core::i18n::Msg, value: f64) -> Figure {
        Figure::new(FigureLabel::Term(name), value)
    }

    /// A percentage named by a fixed term.
    pub fn pct(name: bijstand_core::i18n::Msg, value: f64) -> Figure {
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
    #[serde(rename = "tolerantie_per_regel")]
    pub tolerance_per_line: f64,
    /// `|r| / B` above this percentage makes a stock-flow gap "let op" (1%).
    #[serde(rename = "aansluiting_drempel_pct")]
    pub reconciliation_threshold_pct: f64,
    /// A recomputed percentage may differ this much from the stated one (0,1 pp).
    #[serde(rename = "pct_tolerantie_pp")]
    pub pct_tolerance_pp: f64,
    /// AOW age for the age check on episodes.
    pub aow: AowParams,
}

impl Default for QualityParams {
    fn default() -> Self {
        QualityParams {
            tolerance_per_line: 1.0,
            reconciliation_threshold_pct: 1.0,
            pct_tolerance_pp: 0.1,
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

/// One unit of the last printed digit of `v`.
fn unit(v: f64) -> f64 {
    10f64.powi(-bijstand_core::format::decimals(v))
}

/// A sum written out in `lang`: `2.849 + 3.016 − 1.000`.
fn sum_text(lang: Lang, values: impl IntoIterator<Item = f64>) -> String {
    let mut out = String::new();
    for (k, v) in values.into_iter().enumerate() {
        match (k, v < 0.0) {
            (0, _) => out.push_str(&Num(v).show(lang)),
            (_, true) => out.push_str(&format!(" − {}", Num(-v).show(lang))),
            (_, false) => out.push_str(&format!(" + {}", Num(v).show(lang))),
        }
    }
    out
}

/// Items joined with `en` / `and`.
fn join_and(lang: Lang, items: &[String]) -> String {
    items.join(qmsg::LIST_AND.get(lang))
}

/// A period: `2023`, `01-01-2024 t/m 30-09-2024` / `1 Jan 2024 to 30 Sep 2024`, or a
/// single date.
fn period(lang: Lang, van: Option<Date>, tot: Date) -> String {
    match van {
        None => bijstand_core::format::date(lang, tot),
        Some(v) => {
            let (vy, vm, vd) = v.ymd();
            let (ty, tm, td) = tot.ymd();
            if vy == ty && (vm, vd, tm, td) == (1, 1, 12, 31) {
                qmsg::period_year(lang, bijstand_core::i18n::Plain(vy))
            } else {
                qmsg::period_range(lang, v, tot)
            }
        }
    }
}

/// A code of the file in the language: as written in Dutch, its catalogue name in English
/// when it has one.
fn code_text(lang: Lang, code: &str, name: Option<bijstand_core::i18n::Msg>) -> String {
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
        qmsg::category(code).or_else(|| bijstand_core::programme::line_label(code)),
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
        let tol: f64 = p.tolerance_per_line * numbers.iter().map(|(_, v)| unit(*v)).sum::<f64>();
        let diff = sum - total;
        let year = tr.periode_tot.year();
        let family = sum_family(tr.indicator, tr.dimensie);
        let base = match family {
            "X3" | "X4" | "X5" | "X14" | "X15" => format!("{family}-{year}-{}", tr.indicator),
            _ => format!("{family}-{year}-{}-{}", tr.indicator, tr.dimensie),
        };
        let id = unique_id(used, base);
        let what = |lang: Lang| {
            qmsg::sum_what(
                lang,
                &indicator_text(lang, tr.indicator),
                &period(lang, tr.periode_van, tr.periode_tot),
                &if tr.versie.is_empty() {
                    bijstand_core::text::cite(tr.bron)
                } else {
                    source_text(lang, tr.versie)
                },
            )
        };
        let list = |lang: Lang| sum_text(lang, numbers.iter().map(|(_, v)| *v));
        let (severity, passed, title, mut detail) = if diff.abs() < 1e-9 {
            (
                Severity::Info,
                true,
                Text::of(|l| qmsg::sum_ok_title(l, &what(l))),
                Text::of(|l| qmsg::sum_ok_detail(l, &list(l), Num(sum))),
            )
        } else if diff.abs() <= tol + 1e-9 {
            (
                Severity::Info,
                true,
                Text::of(|l| qmsg::sum_rounding_title(l, &what(l))),
                Text::of(|l| {
                    qmsg::sum_rounding_detail(
                        l,
                        &list(l),
                        Num(sum),
                        Num(total),
                        Signed(diff),
                        Num(tol),
                    )
                }),
            )
        } else if diff > 0.0 {
            (
                Severity::LetOp,
                false,
                Text::of(|l| qmsg::sum_more_title(l, &what(l))),
                Text::of(|l| qmsg::sum_more_detail(l, &list(l), Num(sum), Num(total), Num(diff))),
            )
        } else {
            (
                Severity::Info,
                false,
                Text::of(|l| qmsg::sum_part_title(l, &what(l))),
                Text::of(|l| qmsg::sum_part_detail(l, &list(l), Num(sum), Num(total), Num(-diff))),
            )
        };
        if suppressed > 0 {
            let n = Count(suppressed as i64);
            detail.push(|l| {
                if suppressed == 1 {
                    qmsg::sum_suppressed_one(l, n)
                } else {
                    qmsg::sum_suppressed(l, n)
                }
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
            passed,
            title,
            detail,
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
        let tol = p.tolerance_per_line * parts.iter().map(|v| unit(*v)).sum::<f64>();
        let diff = sum - total;
        let year = Date(tot).year();
        let id = unique_id(used, format!("X13-{year}-{indicator}-{categorie}"));
        let list = |lang: Lang| match (direct, apparaat) {
            (Some(d), Some(a)) => qmsg::cost_both(lang, Num(d), Num(a)),
            (Some(d), None) => qmsg::cost_direct_only(lang, Num(d)),
            (None, Some(a)) => qmsg::cost_overheads_only(lang, Num(a)),
            (None, None) => unreachable!("parts is not empty"),
        };
        let line = |lang: Lang| category_text(lang, &categorie);
        let (severity, passed, title, detail) = if diff.abs() < 1e-9 {
            (
                Severity::Info,
                true,
                Text::of(|l| qmsg::line_ok_title(l, &line(l))),
                Text::of(|l| qmsg::sum_ok_detail(l, &list(l), Num(sum))),
            )
        } else if diff.abs() <= tol + 1e-9 {
            (
                Severity::Info,
                true,
                Text::of(|l| qmsg::line_rounding_title(l, &line(l))),
                Text::of(|l| {
                    qmsg::line_rounding_detail(l, &list(l), Num(sum), Num(total), Signed(-diff))
                }),
            )
        } else {
            (
                Severity::LetOp,
                false,
                Text::of(|l| qmsg::line_off_title(l, &line(l))),
                Text::of(|l| {
                    qmsg::line_off_detail(l, &list(l), Num(sum), Num(total), Signed(diff))
                }),
            )
        };
        out.push(Finding {
            id,
            severity,
            passed,
            title,
            detail,
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
        let label = |lang: Lang| {
            if ri.versie.is_empty() {
                match ri.status {
                    Status::Prognose => qmsg::RECON_FORECAST.get(lang).to_string(),
                    _ => qmsg::RECON_ACTUAL.get(lang).to_string(),
                }
            } else {
                source_text(lang, ri.versie)
            }
        };
        let id = unique_id(used, format!("X2-{year}-{}", label(Lang::Nl)));
        let severity = if r_pct.abs() > p.reconciliation_threshold_pct {
            Severity::LetOp
        } else {
            Severity::Info
        };
        let mark = |lang: Lang, s: Status| {
            if s == Status::Prognose {
                qmsg::FORECAST_MARK.get(lang)
            } else {
                ""
            }
        };
        let per = |lang: Lang| period(lang, ri.periode_van, ri.periode_tot);
        let passed = r.abs() < 1e-9;
        let title = if passed {
            Text::of(|l| qmsg::recon_ok_title(l, &per(l), &label(l)))
        } else {
            Text::of(|l| qmsg::recon_off_title(l, &per(l), &label(l), Signed(r)))
        };
        let detail = Text::of(|l| {
            qmsg::recon_detail(
                l,
                Num(b0),
                day_before(van),
                mark(l, s0),
                Num(b1),
                ri.periode_tot,
                mark(l, s1),
                Signed(delta),
                Num(inflow),
                Num(outflow),
                &label(l),
                Signed(net),
                Signed(r),
                Pct(r_pct, 2),
            )
        });
        out.push(Finding {
            id,
            severity,
            passed,
            title,
            detail,
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
        if diff.abs() <= p.pct_tolerance_pp {
            out.push(Finding {
                id,
                severity: Severity::Info,
                passed: true,
                title: Text::of(|l| qmsg::PCT_OK_TITLE.get(l).to_string()),
                detail: Text::of(|l| {
                    qmsg::pct_ok_detail(l, Num(a), Num(b1), Pct(p_peil, 2), Pct(stated, 2))
                }),
                figures,
            });
            continue;
        }
        let mut detail = Text::of(|l| {
            qmsg::pct_off_detail(
                l,
                Pct(stated, 2),
                Num(a),
                Num(b1),
                r.periode_tot,
                Pct(p_peil, 2),
                Dec(diff, 2),
            )
        });
        if let Some(b0) = b0 {
            let avg = (b0 + b1) / 2.0;
            let p_avg = 100.0 * a / avg;
            figures.push(Figure::term(qmsg::FIG_GEMIDDELD_BESTAND, avg));
            figures.push(Figure::pct(qmsg::FIG_AANDEEL_GEMIDDELD_BESTAND, p_avg));
            if (p_avg - stated).abs() < 0.005 + 1e-9 {
                detail.push(|l| qmsg::pct_avg_exact(l, Num(b0), Num(b1), Num(avg), Pct(p_avg, 2)));
            } else {
                detail.push(|l| qmsg::pct_avg_not(l, Num(avg), Pct(p_avg, 2)));
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
                detail.push(|l| qmsg::pct_target(l, Pct(t, 0), Num(need(b1)), Num(need(avg))));
            }
        }
        out.push(Finding {
            id,
            severity: Severity::LetOp,
            passed: false,
            title: Text::of(|l| qmsg::PCT_OFF_TITLE.get(l).to_string()),
            detail,
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
        let defs_text = |lang: Lang| {
            defs.iter()
                .map(|(d, v)| {
                    qmsg::to_work_def(
                        lang,
                        Num(*v),
                        d.label(lang),
                        Pct(100.0 * reference::share(*v, total), 1),
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let per = |lang: Lang| period(lang, *van, *tot);
        let versie_text = |lang: Lang| source_text(lang, versie);
        let mismatched: Vec<&(String, f64)> = others
            .iter()
            .filter(|(_, v)| defs.iter().all(|(_, d)| (d - v).abs() > 0.5))
            .collect();
        let (severity, title, mut detail) = if mismatched.is_empty() {
            (
                Severity::Info,
                Text::of(|l| qmsg::to_work_title(l, &per(l))),
                Text::of(|l| qmsg::to_work_detail(l, &versie_text(l), &defs_text(l), Num(total))),
            )
        } else {
            (
                Severity::LetOp,
                Text::of(|l| qmsg::to_work_conflict_title(l, &per(l))),
                Text::of(|l| {
                    let values: Vec<String> =
                        mismatched.iter().map(|(_, v)| Num(*v).show(l)).collect();
                    let sources: Vec<String> =
                        mismatched.iter().map(|(s, _)| source_text(l, s)).collect();
                    qmsg::to_work_conflict_detail(
                        l,
                        &join_and(l, &values),
                        &sources.join(", "),
                        &versie_text(l),
                        &defs_text(l),
                        Num(total),
                    )
                }),
            )
        };
        let passed = false;
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
            detail.push(|l| qmsg::TO_WORK_NO_OTHER.get(l).to_string());
        }
        out.push(Finding {
            id,
            severity,
            passed,
            title,
            detail,
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
        let basis = |lang: Lang| {
            qmsg::werkplein_basis(
                lang,
                Num(real),
                Plain(months),
                Num(target),
                Pct(100.0 * pace.share_of_year_target, 0),
                Pct(pace.shortfall_year_target_pct, 0),
                Pct(100.0 * pace.pace_ratio, 0),
                Num(pace.pro_rata_target),
                Pct(pace.above_pace_pct, 0),
                Dec(pace.needed_per_month, 0),
                Dec(pace.pace_per_month, 0),
            )
        };
        let id = unique_id(used, format!("X8-{year}"));
        let finding = match mislabelled {
            Some(v) => {
                figures.push(Figure::pct(qmsg::FIG_GEDRUKT, v));
                Finding {
                    id,
                    severity: Severity::LetOp,
                    passed: false,
                    title: Text::of(|l| qmsg::werkplein_mislabelled_title(l, Num(v))),
                    detail: Text::of(|l| {
                        qmsg::werkplein_mislabelled_detail(l, &basis(l), Pct(v, 0))
                    }),
                    figures,
                }
            }
            None => Finding {
                id,
                severity: Severity::Info,
                passed: false,
                title: Text::of(|l| qmsg::WERKPLEIN_TITLE.get(l).to_string()),
                detail: Text::of(basis),
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
        let mut parts = vec![Text::of(|l| {
            qmsg::lks_in_use(l, Num(l0), Num(starts), Num(in_use))
        })];
        let mut figures = vec![
            Figure::term(qmsg::FIG_LOPEND_BEGIN, l0),
            Figure::term(qmsg::FIG_GESTART, starts),
            Figure::term(qmsg::FIG_IN_GEBRUIK, in_use),
        ];
        if let Some(t) = total {
            figures.push(Figure::term(qmsg::FIG_TOTAAL_GEPUBLICEERD, t));
            if (t - in_use).abs() < 1e-9 {
                parts[0].push(|l| qmsg::lks_published_ok(l, Num(t)));
            } else {
                ok = false;
                parts[0].push(|l| qmsg::lks_published_off(l, Num(t)));
            }
        }
        if let Some(e) = ended {
            let end = in_use - e;
            figures.push(Figure::term(qmsg::FIG_BEEINDIGD, e));
            figures.push(Figure::term(qmsg::FIG_LOPEND_EIND, end));
            let mut text =
                Text::of(|l| qmsg::lks_end(l, Num(in_use), Num(e), Num(end), s.periode_tot));
            if let Some(le) = l_end {
                figures.push(Figure::term(qmsg::FIG_LOPEND_EIND_GEPUBLICEERD, le));
                if (le - end).abs() < 1e-9 {
                    text.push(|l| qmsg::CHECK_MARK.get(l).to_string());
                } else {
                    ok = false;
                    text.push(|l| qmsg::lks_published_off(l, Num(le)));
                }
            }
            parts.push(text);
            figures.push(Figure::term(qmsg::FIG_NETTO_TOENAME, starts - e));
        }
        let year = s.periode_tot.year();
        out.push(Finding {
            id: unique_id(used, format!("X7-{year}-lks")),
            severity: if ok { Severity::Info } else { Severity::LetOp },
            passed: ok,
            title: Text::of(|l| {
                if ok {
                    qmsg::LKS_OK_TITLE.get(l).to_string()
                } else {
                    qmsg::LKS_OFF_TITLE.get(l).to_string()
                }
            }),
            detail: Text::of(|l| {
                let parts: Vec<&str> = parts.iter().map(|p| p.get(l)).collect();
                qmsg::lks_detail(l, &parts.join("; "))
            }),
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
            passed: ok,
            title: Text::of(|l| {
                if ok {
                    qmsg::buig_ok_title(l, Plain(year))
                } else {
                    qmsg::buig_off_title(l, Plain(year))
                }
            }),
            detail: Text::of(|l| {
                qmsg::buig_detail(
                    l,
                    Dec(budget, 2),
                    &if versie.is_empty() {
                        qmsg::BUIG_VERSION_UNKNOWN.get(l).to_string()
                    } else {
                        source_text(l, versie)
                    },
                    Dec(spend, 2),
                    Dec(computed, 2),
                    Dec(result, 2),
                )
            }),
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
        // Each value's label: its definition where those differ, else its source as a reader
        // cites it, numbered where two cite the same place (line references are not shown).
        let mut sources: Vec<String> = Vec::with_capacity(values.len());
        for r in &values {
            let base = if definitions_differ {
                bijstand_core::text::plain_remark(r.definitie)
            } else if r.versie.is_empty() {
                bijstand_core::text::cite(r.bron)
            } else {
                r.versie.to_string()
            };
            let same = sources
                .iter()
                .filter(|s| *s == &base || s.starts_with(&format!("{base} (")))
                .count();
            sources.push(if same == 0 {
                base
            } else {
                format!("{base} ({})", same + 1)
            });
        }
        let (y, m, _) = tot.ymd();
        let cat = if categorie.is_empty() {
            String::new()
        } else {
            format!("-{categorie}")
        };
        let id = unique_id(used, format!("BRON-{y}-{m:02}-{indicator}{cat}"));
        let list = |lang: Lang| {
            let items: Vec<String> = values
                .iter()
                .map(|r| {
                    let what = if definitions_differ {
                        bijstand_core::text::plain_remark(r.definitie)
                    } else if r.versie.is_empty() {
                        bijstand_core::text::cite(r.bron)
                    } else {
                        source_text(lang, r.versie)
                    };
                    qmsg::value_of(lang, Num(r.waarde.number().unwrap_or(0.0)), &what)
                })
                .collect();
            join_and(lang, &items)
        };
        let label = |lang: Lang| {
            if categorie.is_empty() || categorie == "totaal" {
                indicator_text(lang, &indicator)
            } else {
                qmsg::conflict_label(
                    lang,
                    &indicator_text(lang, &indicator),
                    &category_text(lang, &categorie),
                )
            }
        };
        let per = |lang: Lang| period(lang, van, tot);
        let (severity, title, detail) = if definitions_differ {
            (
                Severity::Info,
                Text::of(|l| qmsg::conflict_defs_title(l, &label(l), &per(l))),
                Text::of(|l| qmsg::conflict_defs_detail(l, &list(l))),
            )
        } else {
            (
                Severity::LetOp,
                Text::of(|l| qmsg::conflict_sources_title(l, &label(l), &per(l))),
                Text::of(|l| qmsg::conflict_sources_detail(l, &list(l))),
            )
        };
        out.push(Finding {
            id,
            severity,
            passed: false,
            title,
            detail,
            figures: values
                .iter()
                .zip(&sources)
                .map(|(r, source)| {
                    Figure::new(
                        FigureLabel::Source(source.clone()),
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
                passed: ok,
                title: Text::of(|l| qmsg::EP_RECON_TITLE.get(l).to_string()),
                detail: Text::of(|l| {
                    qmsg::ep_recon_detail(
                        l,
                        Count(t.stock_begin as i64),
                        &dynamics::month_label(range.from - 1, l),
                        Count(t.inflow as i64),
                        Count(t.outflow as i64),
                        Count(t.stock_end as i64),
                        &dynamics::month_label(range.to, l),
                        Plain(t.reconciliation()),
                    )
                }),
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
        passed: n == 0,
        title: Text::of(|l| match n {
            0 => qmsg::EP_REASONS_ALL.get(l).to_string(),
            1 => qmsg::ep_reasons_one(l, Count(1)),
            _ => qmsg::ep_reasons_many(l, Count(n as i64)),
        }),
        detail: Text::of(|l| {
            qmsg::ep_reasons_detail(l, Count(n as i64), Count(ended as i64), Pct(share, 1))
        }),
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
        passed: odd == 0,
        title: Text::of(|l| match odd {
            0 => qmsg::EP_AGES_OK.get(l).to_string(),
            1 => qmsg::ep_ages_one(l, Count(1)),
            _ => qmsg::ep_ages_many(l, Count(odd as i64)),
        }),
        detail: Text::of(|l| {
            qmsg::ep_ages_detail(
                l,
                Count(young as i64),
                Plain(aow_years),
                Count(old as i64),
                Count(no_year as i64),
            )
        }),
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
            passed: false,
            title: Text::of(|l| {
                let n = Count(ignored.len() as i64);
                if ignored.len() == 1 {
                    qmsg::load_columns_one(l, n)
                } else {
                    qmsg::load_columns_many(l, n)
                }
            }),
            detail: Text::of(|l| qmsg::load_columns_detail(l, &ignored.join(", "))),
            figures: vec![Figure::term(qmsg::FIG_KOLOMMEN, ignored.len() as f64)],
        });
    }
    for (n, w) in r.warnings.iter().enumerate() {
        out.push(Finding {
            id: format!("LOAD-melding-{}", n + 1),
            severity: Severity::Info,
            passed: false,
            title: Text::of(|l| qmsg::LOAD_NOTE_TITLE.get(l).to_string()),
            detail: Text::of(|l| w.message(l)),
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
            passed: off.is_empty(),
            title: Text::of(|l| {
                if off.is_empty() {
                    qmsg::LOAD_TOTAL_OK.get(l).to_string()
                } else {
                    qmsg::LOAD_TOTAL_OFF.get(l).to_string()
                }
            }),
            detail: Text::of(|l| {
                let columns: Vec<String> = t
                    .columns
                    .iter()
                    .map(|(c, printed, sum)| {
                        qmsg::load_total_column(l, c, Num(*printed), Num(*sum))
                    })
                    .collect();
                qmsg::load_total_detail(l, Plain(t.line), &columns.join("; "))
            }),
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
        assert_eq!(bijstand_core::format::decimals(5687.0), 0);
        assert_eq!(bijstand_core::format::decimals(104.6), 1);
        assert_eq!(bijstand_core::format::decimals(114.46), 2);
        assert_eq!(unit(104.6), 0.1);
        assert_eq!(Num(-82.0).show(Lang::Nl), "-82");
        assert_eq!(Signed(64.0).show(Lang::Nl), "+64");
        assert_eq!(Num(5687.0).show(Lang::En), "5,687");
        assert_eq!(Signed(104.6).show(Lang::En), "+104.6");
    }
}
