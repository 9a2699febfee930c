//! Monthly stock-flow caseload projection (FORMULAS F1, F9).
//!
//! ```text
//! B[m+1] = B[m] + I[m] − U[m] − A[m] + r[m]
//! ```
//!
//! Three methods are computed side by side, plus the begroting line:
//! - **absolute flows**: `I` and `U` fixed per month (`per year / 12`);
//! - **rate-based outflow**: `U[m] = h · B[m]` with `h = U_year / (12 · B̄)`;
//! - **with reconciliation term**: absolute flows plus `r / 12` per month, where `r` is the
//!   observed stock change minus the net flow in the calibration year (CONSISTENCY X2);
//! - **begroting**: the budget's growth assumption, `B0 · (1 + g)` per year, linear within a
//!   year.
//!
//! AOW exits `A[m]` are the same in every method and are returned separately as a band
//! ("uitstroom door AOW"), so users do not credit them to policy.
//!
//! Defaults are the F1 worked example: 5.648 → 5.750 (absolute), 5.741 (rate-based),
//! 5.679 (with reconciliation), 5.769 (begroting) at the end of 2025.

use crate::date::Date;
use crate::dynamics::{self, month, AowParams, MonthRange};
use crate::model::{Episodes, Kerncijfers, PeriodeType, Status};

/// The longest projection horizon in months.
pub const MAX_HORIZON: u32 = 60;

/// Parameters of the projection. Defaults: FORMULAS F1 worked example (start 31-12-2024).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ProjectionParams {
    /// Stock `B` at the end of the start month (5.648, forecast for 31-12-2024).
    pub start_bestand: f64,
    /// Year of the start month.
    #[serde(rename = "start_jaar")]
    pub start_year: i32,
    /// Start month (1–12); the first projected month is the month after it.
    #[serde(rename = "start_maand")]
    pub start_month: u32,
    /// Inflow `I` per year (1.137, forecast 2024).
    #[serde(rename = "instroom_per_jaar")]
    pub inflow_per_year: f64,
    /// Outflow excluding AOW `U` per year (873 = 1.041 − 2 × 84).
    #[serde(rename = "uitstroom_niet_aow_per_jaar")]
    pub outflow_excl_aow_per_year: f64,
    /// Average stock `B̄` of the calibration year for the hazard `h` (5.635,5); 0 or less
    /// uses the start stock.
    #[serde(rename = "gemiddeld_bestand")]
    pub average_bestand: f64,
    /// AOW exits per calendar year, from [`Self::aow_first_year`] on (Table 7:
    /// 162, 179, 177, 151, 170). Years after the list use its average; months before it
    /// use its first value.
    #[serde(rename = "aow_per_jaar")]
    pub aow_per_year: Vec<f64>,
    /// The calendar year of the first entry of `aow_per_year`.
    #[serde(rename = "aow_eerste_jaar")]
    pub aow_first_year: i32,
    /// Horizon in months (1–60).
    #[serde(rename = "horizon_maanden")]
    pub horizon_months: u32,
    /// Reconciliation term `r` per year (−71 for 2024, X2).
    #[serde(rename = "reconciliatie_per_jaar")]
    pub reconciliation_per_year: f64,
    /// Whether the reconciliation line is computed.
    #[serde(rename = "reconciliatie_aan")]
    pub reconciliation_on: bool,
    /// Begroting growth assumption in percent per year (2,15 = 1,15 Rijk + 1 local).
    #[serde(rename = "begroting_groei_pct")]
    pub budget_growth_pct: f64,
}

impl Default for ProjectionParams {
    fn default() -> Self {
        ProjectionParams {
            start_bestand: 5648.0,
            start_year: 2024,
            start_month: 12,
            inflow_per_year: 1137.0,
            outflow_excl_aow_per_year: 873.0,
            average_bestand: 5635.5,
            aow_per_year: vec![162.0, 179.0, 177.0, 151.0, 170.0],
            aow_first_year: 2025,
            horizon_months: 12,
            reconciliation_per_year: -71.0,
            reconciliation_on: true,
            budget_growth_pct: 2.15,
        }
    }
}

impl ProjectionParams {
    /// The horizon, clamped to 1–[`MAX_HORIZON`].
    pub fn horizon(&self) -> usize {
        self.horizon_months.clamp(1, MAX_HORIZON) as usize
    }

    /// The month index of the start month.
    pub fn start_month(&self) -> i32 {
        month(self.start_year, self.start_month.clamp(1, 12))
    }

    /// The monthly outflow hazard `h = U_year / (12 · B̄)` (1,291% in the worked example).
    pub fn hazard(&self) -> f64 {
        let avg = if self.average_bestand > 0.0 {
            self.average_bestand
        } else {
            self.start_bestand
        };
        if avg > 0.0 {
            self.outflow_excl_aow_per_year / (12.0 * avg)
        } else {
            0.0
        }
    }

    /// AOW exits in one calendar year under these parameters.
    pub fn aow_year(&self, jaar: i32) -> f64 {
        let list = &self.aow_per_year;
        if list.is_empty() {
            return 0.0;
        }
        let k = jaar - self.aow_first_year;
        if k < 0 {
            list[0]
        } else if (k as usize) < list.len() {
            list[k as usize]
        } else {
            list.iter().sum::<f64>() / list.len() as f64
        }
    }

    /// AOW exits per projected month (`A_year / 12`), months 1..=horizon.
    pub fn aow_per_month(&self) -> Vec<f64> {
        let s = self.start_month();
        (1..=self.horizon() as i32)
            .map(|k| self.aow_year((s + k).div_euclid(12)) / 12.0)
            .collect()
    }
}

/// A projection method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Method {
    /// Absolute flows per month.
    AbsoluteFlows,
    /// Rate-based outflow `h · B`.
    OutflowRate,
    /// Absolute flows plus the reconciliation term.
    Reconciled,
    /// The begroting growth assumption.
    Budget,
}

impl Method {
    /// Label for the legend.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            Method::AbsoluteFlows => msg::METHOD_ABSOLUTE_FLOWS,
            Method::OutflowRate => msg::METHOD_OUTFLOW_RATE,
            Method::Reconciled => msg::METHOD_RECONCILED,
            Method::Budget => msg::METHOD_BUDGET,
        }
    }
}

/// One projected path: `pad[0]` is the start stock, `pad[k]` the stock after `k` months.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProjectionLine {
    /// The method.
    pub method: Method,
    /// Stock per month, length horizon + 1.
    pub path: Vec<f64>,
}

impl ProjectionLine {
    /// The stock at the end of the horizon.
    pub fn end(&self) -> f64 {
        *self.path.last().unwrap_or(&0.0)
    }

    /// Growth over the horizon `B[end] / B[start] − 1`, as a fraction.
    pub fn growth(&self) -> f64 {
        match (self.path.first(), self.path.last()) {
            (Some(&a), Some(&b)) if a != 0.0 => b / a - 1.0,
            _ => 0.0,
        }
    }
}

/// The AOW exits inside the projection, shown as a separate band.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AowBand {
    /// Exits per month, length horizon + 1 (`per_month[0]` = 0 for the start month).
    pub per_month: Vec<f64>,
    /// Cumulative exits since the start, length horizon + 1.
    pub cumulative: Vec<f64>,
    /// The absolute-flows path without AOW exits: the band lies between this and the
    /// absolute path.
    pub excl_aow: Vec<f64>,
}

/// All projection lines with their range band.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Projection {
    /// Month index of each point, length horizon + 1 (`maanden[0]` = start month).
    pub months: Vec<i32>,
    /// The computed lines (the reconciliation line only when switched on).
    pub lines: Vec<ProjectionLine>,
    /// Lowest line per month.
    pub band_min: Vec<f64>,
    /// Highest line per month.
    pub band_max: Vec<f64>,
    /// AOW exits, separately.
    pub aow: AowBand,
    /// The monthly hazard used by the rate-based method.
    pub rate_per_month: f64,
}

impl Projection {
    /// The line of a method, if computed.
    pub fn line(&self, m: Method) -> Option<&ProjectionLine> {
        self.lines.iter().find(|l| l.method == m)
    }

    /// End-of-horizon value of a method.
    pub fn end(&self, m: Method) -> Option<f64> {
        self.line(m).map(ProjectionLine::end)
    }

    /// The spread of the band at the end of the horizon (90 benefits in the worked example).
    pub fn spread_end(&self) -> f64 {
        match (self.band_max.last(), self.band_min.last()) {
            (Some(a), Some(b)) => a - b,
            _ => 0.0,
        }
    }
}

/// Absolute flows: `B[k] = B[k−1] + I/12 − U/12 − A[k]`.
pub fn project_absolute(p: &ProjectionParams) -> Vec<f64> {
    path(p, |b, a| {
        b + p.inflow_per_year / 12.0 - p.outflow_excl_aow_per_year / 12.0 - a
    })
}

/// Rate-based outflow: `B[k] = B[k−1] + I/12 − h · B[k−1] − A[k]`.
pub fn project_rate(p: &ProjectionParams) -> Vec<f64> {
    let h = p.hazard();
    path(p, |b, a| b + p.inflow_per_year / 12.0 - h * b - a)
}

/// Absolute flows plus the reconciliation term `r / 12` per month (even when switched off).
pub fn project_reconciled(p: &ProjectionParams) -> Vec<f64> {
    path(p, |b, a| {
        b + p.inflow_per_year / 12.0 - p.outflow_excl_aow_per_year / 12.0 - a
            + p.reconciliation_per_year / 12.0
    })
}

/// The begroting line: `B0 · (1 + g)^y · (1 + g · r/12)` after `12y + r` months (linear
/// within a year, as the budget assumes growth accrues through the year).
pub fn project_begroting(p: &ProjectionParams) -> Vec<f64> {
    let g = p.budget_growth_pct / 100.0;
    (0..=p.horizon())
        .map(|k| {
            let (y, r) = (k / 12, k % 12);
            p.start_bestand * (1.0 + g).powi(y as i32) * (1.0 + g * r as f64 / 12.0)
        })
        .collect()
}

fn path(p: &ProjectionParams, step: impl Fn(f64, f64) -> f64) -> Vec<f64> {
    let aow = p.aow_per_month();
    let mut out = Vec::with_capacity(aow.len() + 1);
    let mut b = p.start_bestand;
    out.push(b);
    for a in aow {
        b = step(b, a);
        out.push(b);
    }
    out
}

/// Every method side by side, with the range band and the AOW band.
pub fn project(p: &ProjectionParams) -> Projection {
    let n = p.horizon();
    let s = p.start_month();
    let mut lines = vec![
        ProjectionLine {
            method: Method::AbsoluteFlows,
            path: project_absolute(p),
        },
        ProjectionLine {
            method: Method::OutflowRate,
            path: project_rate(p),
        },
    ];
    if p.reconciliation_on {
        lines.push(ProjectionLine {
            method: Method::Reconciled,
            path: project_reconciled(p),
        });
    }
    lines.push(ProjectionLine {
        method: Method::Budget,
        path: project_begroting(p),
    });
    let band_min = (0..=n)
        .map(|k| {
            lines
                .iter()
                .map(|l| l.path[k])
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    let band_max = (0..=n)
        .map(|k| {
            lines
                .iter()
                .map(|l| l.path[k])
                .fold(f64::NEG_INFINITY, f64::max)
        })
        .collect();
    let mut per_month = vec![0.0];
    per_month.extend(p.aow_per_month());
    let cumulative: Vec<f64> = per_month
        .iter()
        .scan(0.0, |acc, a| {
            *acc += a;
            Some(*acc)
        })
        .collect();
    let excl_aow = lines[0]
        .path
        .iter()
        .zip(&cumulative)
        .map(|(b, c)| b + c)
        .collect();
    Projection {
        months: (0..=n as i32).map(|k| s + k).collect(),
        lines,
        band_min,
        band_max,
        aow: AowBand {
            per_month,
            cumulative,
            excl_aow,
        },
        rate_per_month: p.hazard(),
    }
}

// ---------------------------------------------------------------------------------------
// Calibration
// ---------------------------------------------------------------------------------------

/// Calibrated parameters with a note per choice, for the "waar komt dit vandaan" panel.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Calibration {
    /// The parameters.
    pub params: ProjectionParams,
    /// One note per calibrated value.
    pub notes: Vec<CalibrationNote>,
}

impl Calibration {
    /// The notes as sentences in `lang`.
    pub fn notes(&self, lang: crate::lang::Lang) -> Vec<String> {
        self.notes.iter().map(|n| n.message(lang)).collect()
    }
}

/// Where a calibrated value comes from (texts in [`crate::messages::projection`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum CalibrationNote {
    /// Episodes: the stock at the end of a month.
    StartAtMonthEnd {
        /// The stock.
        stock: f64,
        /// The month index.
        month: i32,
    },
    /// Episodes: inflow and non-AOW outflow over 12 months.
    MonthlyFlows {
        /// Inflow.
        inflow: f64,
        /// Outflow without AOW exits.
        outflow: f64,
        /// First month index.
        from: i32,
        /// Last month index.
        to: i32,
    },
    /// Episodes: the mean of the 12 month-end stocks.
    MeanOfMonths(f64),
    /// Episodes: AOW exits from the birth years, at this AOW age.
    AowFromBirthYears {
        /// Years.
        years: u32,
        /// Months.
        months: u32,
    },
    /// Episodes: stock and flows agree by construction.
    NoGapByConstruction,
    /// Kerncijfers: the stock on the peildatum.
    StartOn {
        /// The stock.
        stock: f64,
        /// The peildatum.
        on: Date,
    },
    /// Kerncijfers: the flows of the year, AOW exits taken out.
    YearFlows {
        /// Inflow.
        inflow: f64,
        /// Outflow.
        outflow: f64,
        /// The year.
        year: i32,
        /// Of which AOW exits.
        aow: f64,
    },
    /// Kerncijfers: the reconciliation term.
    Gap {
        /// Stock at the end.
        end: f64,
        /// Stock a year before.
        start: f64,
        /// Inflow.
        inflow: f64,
        /// Outflow.
        outflow: f64,
        /// `r`.
        r: f64,
    },
    /// Kerncijfers: no flows for the year.
    NoFlows(i32),
    /// Kerncijfers: the average of two stocks.
    AverageOfTwo {
        /// A year before.
        before: f64,
        /// At the start.
        start: f64,
        /// The average.
        average: f64,
    },
    /// Kerncijfers: no stock a year before.
    NoStockYearBefore,
    /// Kerncijfers: expected AOW exits per year.
    AowPerYear {
        /// First year.
        from: i32,
        /// Per year.
        per_year: Vec<f64>,
    },
    /// Kerncijfers: the budget's growth assumption.
    BudgetGrowth {
        /// The year.
        year: i32,
        /// Growth in %.
        pct: f64,
    },
}

impl CalibrationNote {
    /// The note in `lang`.
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        use crate::i18n::{Dec, Pct, Plain};
        use crate::messages::projection as msg;
        use CalibrationNote as N;
        let n = |x: f64| Dec(x, 0);
        let month = |m: i32| dynamics::month_label(m, lang);
        match self {
            N::StartAtMonthEnd { stock, month: m } => {
                msg::start_at_month_end(lang, n(*stock), &month(*m))
            }
            N::MonthlyFlows {
                inflow,
                outflow,
                from,
                to,
            } => msg::monthly_flows(lang, n(*inflow), n(*outflow), &month(*from), &month(*to)),
            N::MeanOfMonths(avg) => msg::mean_of_months(lang, Dec(*avg, 1)),
            N::AowFromBirthYears { years, months: 0 } => {
                msg::aow_from_birth_years(lang, Plain(*years))
            }
            N::AowFromBirthYears { years, months } => {
                msg::aow_from_birth_years_months(lang, Plain(*years), Plain(*months))
            }
            N::NoGapByConstruction => msg::NO_GAP_BY_CONSTRUCTION.get(lang).to_string(),
            N::StartOn { stock, on } => msg::start_on(lang, n(*stock), *on),
            N::YearFlows {
                inflow,
                outflow,
                year,
                aow,
            } => msg::year_flows(
                lang,
                n(*inflow),
                n(*outflow),
                Plain(*year),
                n(*aow),
                n(outflow - aow),
            ),
            N::Gap {
                end,
                start,
                inflow,
                outflow,
                r,
            } => msg::gap(lang, n(*end), n(*start), n(*inflow), n(*outflow), n(*r)),
            N::NoFlows(year) => msg::no_flows(lang, Plain(*year)),
            N::AverageOfTwo {
                before,
                start,
                average,
            } => msg::average_of_two(lang, n(*before), n(*start), Dec(*average, 1)),
            N::NoStockYearBefore => msg::NO_STOCK_YEAR_BEFORE.get(lang).to_string(),
            N::AowPerYear { from, per_year } => {
                let list: Vec<String> = per_year
                    .iter()
                    .map(|v| crate::format::dec(lang, *v, 0))
                    .collect();
                msg::aow_per_year(
                    lang,
                    Plain(*from),
                    &list.join(msg::LIST_SEPARATOR.get(lang)),
                )
            }
            N::BudgetGrowth { year, pct } => msg::budget_growth(lang, Plain(*year), Pct(*pct, 2)),
        }
    }
}

/// Calibrates from episodes: the 12 months ending with the month of `peildatum` give the
/// inflow, the non-AOW outflow and the average stock (mean of the month-end stocks); the
/// start is the stock at the end of that month; AOW exits come from the birth years of the
/// benefits running on `peildatum` ([`dynamics::aow_exits`]). The reconciliation term is 0
/// and switched off: stock and flows agree by construction. Horizon and begroting growth
/// are taken from `base`.
pub fn calibrate_from_episodes(
    e: &Episodes,
    peildatum: Date,
    aow: &AowParams,
    base: &ProjectionParams,
) -> Option<Calibration> {
    let pm = peildatum.month_index();
    let series = dynamics::monthly_series(e, MonthRange::new(pm - 11, pm), None);
    let t = series.totals(pm - 11, pm)?;
    let avg = series.mean_stock(pm - 11, pm)?;
    let years = (base.horizon() as u32).div_ceil(12) + 1;
    let exits = dynamics::aow_exits(e, peildatum, aow, years, None);
    let (py, pmonth) = dynamics::year_month(pm);
    // The rest of the peildatum's year is scaled to a full-year rate.
    let mut aow_per_year = Vec::new();
    let mut first_year = py + 1;
    if pmonth < 12 {
        first_year = py;
        let rest = (12 - pmonth) as f64;
        aow_per_year.push(exits.year(py) * 12.0 / rest);
    }
    for y in (py + 1)..=(py + years as i32) {
        aow_per_year.push(exits.year(y));
    }
    let notes = vec![
        CalibrationNote::StartAtMonthEnd {
            stock: t.stock_end as f64,
            month: pm,
        },
        CalibrationNote::MonthlyFlows {
            inflow: t.inflow as f64,
            outflow: t.outflow_excl_aow() as f64,
            from: pm - 11,
            to: pm,
        },
        CalibrationNote::MeanOfMonths(avg),
        CalibrationNote::AowFromBirthYears {
            years: aow.age_years,
            months: aow.age_months,
        },
        CalibrationNote::NoGapByConstruction,
    ];
    Some(Calibration {
        params: ProjectionParams {
            start_bestand: t.stock_end as f64,
            start_year: py,
            start_month: pmonth,
            inflow_per_year: t.inflow as f64,
            outflow_excl_aow_per_year: t.outflow_excl_aow() as f64,
            average_bestand: avg,
            aow_per_year,
            aow_first_year: first_year,
            reconciliation_per_year: 0.0,
            reconciliation_on: false,
            ..base.clone()
        },
        notes,
    })
}

/// Reads a `peildatum_jjjj_mm_dd` version code or a `peildatum dd-mm-jjjj` phrase.
fn peildatum_in(text: &str) -> Option<Date> {
    if let Some(rest) = text.strip_prefix("peildatum_") {
        let p: Vec<&str> = rest.split('_').collect();
        if p.len() == 3 {
            return Date::from_ymd(p[0].parse().ok()?, p[1].parse().ok()?, p[2].parse().ok()?);
        }
    }
    let i = text.find("peildatum ")?;
    let s = text[i + "peildatum ".len()..].get(..10)?;
    let p: Vec<&str> = s.split('-').collect();
    if p.len() == 3 {
        return Date::from_ymd(p[2].parse().ok()?, p[1].parse().ok()?, p[0].parse().ok()?);
    }
    None
}

/// Calibrates from kerncijfers (Tier B), as in the F1 worked example:
/// - start: the latest `bestand_uitkeringen` (no breakdown) on a peildatum;
/// - inflow and outflow: the `instroom`/`uitstroom` totals for the calendar year ending
///   on that peildatum (Table 6 / forecast rows; a forecast wins over a realisation);
/// - AOW exits: `uitstroom_aow_verwacht` (Table 7). The exits inside the calibration
///   year are taken out of the outflow, scaled to a full year when the row only counts
///   from a mid-year peildatum ("84" from 01-07-2024 → 168);
/// - average stock and reconciliation term from the stock a year earlier:
///   `r = ΔB − (I − U)` (−71 for 2024);
/// - begroting growth: `buig_groeiaanname` (`totaal`) for the following year.
///
/// Returns `None` when there is no stock on a peildatum.
pub fn calibrate_from_kerncijfers(k: &Kerncijfers, base: &ProjectionParams) -> Option<Calibration> {
    let stocks: Vec<_> = k
        .select("bestand_uitkeringen", None)
        .filter(|r| r.dimensie.is_empty() && r.periode_type == PeriodeType::Peildatum)
        .filter_map(|r| r.waarde.number().map(|v| (r.periode_tot, v, r.status)))
        .collect();
    let &(peil, start, _) = stocks
        .iter()
        .max_by_key(|(d, _, s)| (*d, *s == Status::Realisatie))?;
    let (py, pmonth, _) = peil.ymd();
    let year_before = Date::from_ymd(py - 1, pmonth, 1).map(|d| d.month_end());
    let prev = stocks
        .iter()
        .filter(|(d, _, _)| Some(*d) == year_before)
        .max_by_key(|(_, _, s)| *s == Status::Realisatie)
        .map(|(_, v, _)| *v);
    let year_from = year_before.map(|d| Date(d.0 + 1));
    // A flow total over the year ending on the peildatum; a forecast wins.
    let flow = |ind: &str| {
        k.select(ind, Some("totaal"))
            .filter(|r| r.periode_van == year_from && r.periode_tot == peil)
            .filter_map(|r| r.waarde.number().map(|v| (v, r.status)))
            .max_by_key(|(_, s)| *s == Status::Prognose)
            .map(|(v, _)| v)
    };
    let mut notes = vec![CalibrationNote::StartOn {
        stock: start,
        on: peil,
    }];
    let inflow = flow("instroom");
    let outflow = flow("uitstroom");
    // AOW rows per calendar year; the one inside the calibration year with its coverage.
    let mut aow_rows: Vec<(i32, f64, f64)> = k
        .select("uitstroom_aow_verwacht", None)
        .filter_map(|r| {
            let v = r.waarde.number()?;
            let y = r.periode_tot.year();
            let months = peildatum_in(r.versie)
                .or_else(|| peildatum_in(r.definitie))
                .filter(|d| d.year() == y)
                .map(|d| {
                    let (_, m, day) = d.ymd();
                    (12 - m as i32 + (day == 1) as i32) as f64
                })
                .unwrap_or(12.0);
            Some((y, v, months))
        })
        .collect();
    crate::sort::sort_by_key(&mut aow_rows, |r| r.0);
    let aow_in_year = aow_rows
        .iter()
        .find(|r| r.0 == py)
        .map(|&(_, v, months)| v * 12.0 / months.max(1.0));
    let future: Vec<&(i32, f64, f64)> = aow_rows.iter().filter(|r| r.0 > py).collect();
    let mut p = base.clone();
    p.start_bestand = start;
    p.start_year = py;
    p.start_month = pmonth;
    if let (Some(i), Some(u)) = (inflow, outflow) {
        let a = aow_in_year.unwrap_or(0.0);
        p.inflow_per_year = i;
        p.outflow_excl_aow_per_year = u - a;
        notes.push(CalibrationNote::YearFlows {
            inflow: i,
            outflow: u,
            year: py,
            aow: a,
        });
        if let Some(b0) = prev {
            p.reconciliation_per_year = (start - b0) - (i - u);
            p.reconciliation_on = true;
            notes.push(CalibrationNote::Gap {
                end: start,
                start: b0,
                inflow: i,
                outflow: u,
                r: p.reconciliation_per_year,
            });
        }
    } else {
        notes.push(CalibrationNote::NoFlows(py));
    }
    match prev {
        Some(b0) => {
            p.average_bestand = (b0 + start) / 2.0;
            notes.push(CalibrationNote::AverageOfTwo {
                before: b0,
                start,
                average: p.average_bestand,
            });
        }
        None => {
            p.average_bestand = start;
            p.reconciliation_per_year = 0.0;
            p.reconciliation_on = false;
            notes.push(CalibrationNote::NoStockYearBefore);
        }
    }
    if !future.is_empty() {
        p.aow_first_year = future[0].0;
        p.aow_per_year = future.iter().map(|r| r.1).collect();
        notes.push(CalibrationNote::AowPerYear {
            from: p.aow_first_year,
            per_year: p.aow_per_year.clone(),
        });
    }
    if let Some(g) = k
        .select("buig_groeiaanname", Some("totaal"))
        .find(|r| r.periode_tot.year() == py + 1)
        .and_then(|r| r.waarde.number())
    {
        p.budget_growth_pct = g;
        notes.push(CalibrationNote::BudgetGrowth {
            year: py + 1,
            pct: g,
        });
    }
    Some(Calibration { params: p, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worked_example_f1() {
        let pr = project(&ProjectionParams::default());
        assert_eq!(pr.end(Method::AbsoluteFlows).unwrap().round(), 5750.0);
        assert_eq!(pr.end(Method::OutflowRate).unwrap().round(), 5741.0);
        assert_eq!(pr.end(Method::Reconciled).unwrap().round(), 5679.0);
        assert_eq!(pr.end(Method::Budget).unwrap().round(), 5769.0);
        assert_eq!(pr.spread_end().round(), 90.0);
    }

    #[test]
    fn peildatum_codes() {
        assert_eq!(
            peildatum_in("peildatum_2024_07_01"),
            Date::from_ymd(2024, 7, 1)
        );
        assert_eq!(
            peildatum_in("uitkeringen, peildatum 01-07-2024"),
            Date::from_ymd(2024, 7, 1)
        );
    }
}
