//! LKS (loonkostensubsidie) contracts: stock-flow, the "+50 per year" target, pace, and the
//! subsidy per contract (FORMULAS F4, F5, F8).
//!
//! Dutch domain words used here:
//! - **loonkostensubsidie (LKS)**: the wage-cost subsidy a municipality pays an employer for a
//!   worker who cannot earn the minimum wage; paid from the LKS part of the BUIG budget.
//! - **loonwaarde (LW)**: the worker's productive value as a percentage of the minimum wage
//!   (0–100%); the subsidy covers `100% − LW`, up to a cap.
//! - **WML (wettelijk minimumloon)**: the statutory minimum wage; here as the monthly amount at a
//!   36-hour week.
//! - **vakantiebijslag**: the 8% holiday pay on top of the wage.
//! - **werkgeverslasten**: employer costs, compensated by a flat allowance (23,5%) on the subsidy.
//! - **lopend / gestart / beëindigd / in gebruik**: running / started / ended / in use
//!   (`lopend bij start + gestart`, the seed's "Totaal LKS contracten").
//!
//! Counts are `f64` so that annualised or averaged values can be entered; percentages are in
//! percent (`23.5` for 23,5%) when the name ends in `_pct`, otherwise ratios are fractions.

use crate::date::Date;
use crate::math::ratio;
use crate::model::LksContracts;
use crate::seek::{solve, SeekError, SeekOptions, Solution};
use crate::validate::{Checks, Invalid, Validate, MAX_COUNT, MAX_EUR_PER_YEAR};

/// Hours per week of the reference WML month amount.
pub const WML_REFERENCE_HOURS: f64 = 36.0;

/// The three readings of the target "+50 LKS-contracten per jaar" (the seed is ambiguous, X7).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum TargetDefinition {
    /// A: the running stock grows by at least the target over the year.
    #[default]
    #[serde(rename = "A")]
    NetStockGrowth,
    /// B: this year's starts exceed last year's starts by at least the target.
    #[serde(rename = "B")]
    MoreStarts,
    /// C: contracts in use this year (running on 1 January + started) exceed last year's by at
    /// least the target.
    #[serde(rename = "C")]
    MoreInUse,
}

impl TargetDefinition {
    /// All three, in the order A, B, C.
    pub const ALL: [TargetDefinition; 3] = [
        TargetDefinition::NetStockGrowth,
        TargetDefinition::MoreStarts,
        TargetDefinition::MoreInUse,
    ];

    /// The letter used in FORMULAS F4 and in the UI.
    pub fn code(self) -> &'static str {
        match self {
            TargetDefinition::NetStockGrowth => "A",
            TargetDefinition::MoreStarts => "B",
            TargetDefinition::MoreInUse => "C",
        }
    }

    /// Short name.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            TargetDefinition::NetStockGrowth => msg::TARGET_NET_STOCK_GROWTH,
            TargetDefinition::MoreStarts => msg::TARGET_MORE_STARTS,
            TargetDefinition::MoreInUse => msg::TARGET_MORE_IN_USE,
        }
    }

    /// Explanation shown next to the choice.
    pub fn description(self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            TargetDefinition::NetStockGrowth => msg::TARGET_NET_STOCK_GROWTH_DESCRIPTION,
            TargetDefinition::MoreStarts => msg::TARGET_MORE_STARTS_DESCRIPTION,
            TargetDefinition::MoreInUse => msg::TARGET_MORE_IN_USE_DESCRIPTION,
        }
    }

    /// Whether this definition needs a figure of the previous year.
    pub fn needs_previous_year(self) -> bool {
        !matches!(self, TargetDefinition::NetStockGrowth)
    }
}

/// How the endings in the rest of the year are estimated (FORMULAS F4, `Ê_rest`).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum EndingsMethod {
    /// Endings continue at the pace so far: `E_ytd / months_elapsed` per month (F4's Q4 example).
    #[default]
    PaceSoFar,
    /// Endings follow the monthly hazard `e` applied to the average running stock.
    Hazard,
}

impl EndingsMethod {
    /// Name.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            EndingsMethod::PaceSoFar => msg::ENDINGS_PACE_SO_FAR,
            EndingsMethod::Hazard => msg::ENDINGS_HAZARD,
        }
    }
}

/// LKS parameters: the year-to-date stock and flows, the target, and the legal amounts of F8.
///
/// Defaults are the seed values for Q1–Q3 2024 (W1–W6) and the ⚑ legal parameters of
/// FIGURES §T; every one of them is editable.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LksParams {
    /// Calendar year the figures belong to.
    pub year: i32,
    /// Contracts running on 1 January (`L_jan1`, "lopend bij start", W2: 451).
    pub start_running: f64,
    /// Contracts started so far this year (`S_ytd`, W3: 220).
    pub started: f64,
    /// Contracts ended so far this year (`E_ytd`, W4: 155).
    pub ended: f64,
    /// Months of the year covered by `started` and `ended` (1–12; Q1–Q3 = 9).
    pub months_elapsed: u32,
    /// The yearly target (W6: +50).
    pub target: f64,
    /// Which reading of the target is used (X7). Stored with the scenario.
    pub definition: TargetDefinition,
    /// Starts in the whole previous year (definition B). Not in the seeds, so `None`.
    pub previous_year_starts: Option<f64>,
    /// Contracts in use in the previous year (definition C). Not in the seeds, so `None`.
    pub previous_year_in_use: Option<f64>,
    /// How endings in the rest of this year are estimated.
    pub endings_method: EndingsMethod,
    /// Planned starts per month for the rest of the year; `None`: the pace so far.
    pub planned_starts_per_month: Option<f64>,
    /// ⚑ WML per month at 36 hours a week, in € (€2.133,60 from 01-07-2024).
    pub wml_month_36h_eur: f64,
    /// ⚑ Allowance for employer costs (werkgeverslasten) on top of the subsidy, in % (23,5).
    pub employer_allowance_pct: f64,
    /// ⚑ Maximum subsidy as % of WML, before the allowance (70).
    pub cap_pct: f64,
    /// ⚑ Whether the subsidy is computed on WML including holiday pay (FORMULAS F8: default on).
    pub holiday_pay: bool,
    /// ⚑ Holiday pay (vakantiebijslag) in % (8).
    pub holiday_pay_pct: f64,
    /// Default hours per week of a contract when actual hours are unknown (36 = full time).
    pub hours_per_week: f64,
    /// With a contracts file loaded: count running at start, started and ended from its
    /// rows for `year` and `months_elapsed` (instead of the entered counts).
    pub use_contracts: bool,
}

impl Default for LksParams {
    fn default() -> Self {
        LksParams {
            year: 2024,
            start_running: 451.0,
            started: 220.0,
            ended: 155.0,
            months_elapsed: 9,
            target: 50.0,
            definition: TargetDefinition::NetStockGrowth,
            previous_year_starts: None,
            previous_year_in_use: None,
            endings_method: EndingsMethod::PaceSoFar,
            planned_starts_per_month: None,
            wml_month_36h_eur: 2133.60,
            employer_allowance_pct: 23.5,
            cap_pct: 70.0,
            holiday_pay: true,
            holiday_pay_pct: 8.0,
            hours_per_week: 36.0,
            use_contracts: true,
        }
    }
}

impl LksParams {
    /// The first day of the year and the last day of the months elapsed: the period the
    /// counts `started` and `ended` cover (2024: 01-01-2024 to 30-09-2024).
    pub fn period(&self) -> (Date, Date) {
        let first = Date::from_ymd(self.year, 1, 1).unwrap_or(Date(0));
        let m = self.months_elapsed.clamp(1, 12) as i32;
        let last = Date::from_month_index(first.month_index() + m - 1).month_end();
        (first, last)
    }

    /// Months left in the year (`12 − months_elapsed`).
    pub fn months_rest(&self) -> u32 {
        12u32.saturating_sub(self.months_elapsed)
    }

    /// Starts per month so far (`S_ytd / months_elapsed`; 0 before any month has passed).
    pub fn starts_pace(&self) -> f64 {
        per_month(self.started, self.months_elapsed)
    }

    /// Starts per month used for the rest of the year: the plan, or the pace so far.
    pub fn planned_pace(&self) -> f64 {
        self.planned_starts_per_month
            .unwrap_or_else(|| self.starts_pace())
    }
}

impl Validate for LksParams {
    fn validate(&self) -> Result<(), Vec<Invalid>> {
        let mut c = Checks::new();
        let a = c.non_negative(
            "start_running",
            "Aantal lopende contracten bij start",
            self.start_running,
            MAX_COUNT,
        );
        let b = c.non_negative(
            "started",
            "Aantal gestarte contracten",
            self.started,
            MAX_COUNT,
        );
        let e = c.non_negative(
            "ended",
            "Aantal beëindigde contracten",
            self.ended,
            MAX_COUNT,
        );
        if a && b && e && self.ended > self.start_running + self.started {
            c.fail(
                "ended",
                "Er kunnen niet meer contracten beëindigd zijn dan er lopend en gestart waren.",
            );
        }
        if !(1..=12).contains(&self.months_elapsed) {
            c.fail(
                "months_elapsed",
                "Aantal verstreken maanden moet tussen 1 en 12 liggen.",
            );
        }
        c.non_negative("target", "Streefwaarde", self.target, MAX_COUNT);
        if let Some(x) = self.previous_year_starts {
            c.non_negative(
                "previous_year_starts",
                "Aantal gestarte contracten vorig jaar",
                x,
                MAX_COUNT,
            );
        }
        if let Some(x) = self.previous_year_in_use {
            c.non_negative(
                "previous_year_in_use",
                "Aantal contracten in gebruik vorig jaar",
                x,
                MAX_COUNT,
            );
        }
        if let Some(x) = self.planned_starts_per_month {
            c.non_negative(
                "planned_starts_per_month",
                "Geplande starts per maand",
                x,
                MAX_COUNT,
            );
        }
        if c.non_negative(
            "wml_month_36h_eur",
            "Minimumloon per maand",
            self.wml_month_36h_eur,
            MAX_EUR_PER_YEAR / 12.0,
        ) && self.wml_month_36h_eur == 0.0
        {
            c.fail(
                "wml_month_36h_eur",
                "Minimumloon per maand moet groter dan 0 zijn.",
            );
        }
        c.range(
            "employer_allowance_pct",
            "Vergoeding werkgeverslasten (%)",
            self.employer_allowance_pct,
            0.0,
            100.0,
        );
        c.range(
            "cap_pct",
            "Maximum subsidie (% van WML)",
            self.cap_pct,
            0.0,
            100.0,
        );
        c.range(
            "holiday_pay_pct",
            "Vakantiebijslag (%)",
            self.holiday_pay_pct,
            0.0,
            100.0,
        );
        c.hours("hours_per_week", self.hours_per_week);
        c.finish()
    }
}

fn per_month(x: f64, months: u32) -> f64 {
    if months == 0 {
        0.0
    } else {
        x / months as f64
    }
}

// ---------------------------------------------------------------------------------------------
// Stock-flow (F4)
// ---------------------------------------------------------------------------------------------

/// LKS stock and flows so far this year (FORMULAS F4, W1–W5).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StockFlow {
    /// Running now: `L_start + S − E` (W5: 516).
    pub end_running: f64,
    /// In use this year: `L_start + S` (W1: 671).
    pub in_use: f64,
    /// Net change so far: `S − E` (+65).
    pub net_change: f64,
    /// Average running stock, `(L_start + L_end) / 2` (483,5).
    pub average_running: f64,
    /// Monthly ending hazard `e = E / (L̄ · months)` as a fraction (0,0356), at most 1; `None`
    /// when no contracts were running on average but some ended.
    pub ending_hazard: Option<f64>,
    /// `12 · e`, the yearly ending rate used by F4 (≈ 0,43).
    pub ending_rate_per_year: Option<f64>,
}

/// Stock and flows so far this year (FORMULAS F4).
pub fn stock_flow(p: &LksParams) -> StockFlow {
    let end_running = p.start_running + p.started - p.ended;
    let average_running = (p.start_running + end_running) / 2.0;
    let exposure = average_running * p.months_elapsed as f64;
    // A hazard above 1 (every running contract ends within a month) only arises when the
    // endpoint average badly misrepresents a stock that rose and fell within the period.
    let ending_hazard = if p.ended == 0.0 {
        Some(0.0)
    } else if exposure > 0.0 {
        Some((p.ended / exposure).min(1.0))
    } else {
        None
    };
    StockFlow {
        end_running,
        in_use: p.start_running + p.started,
        net_change: p.started - p.ended,
        average_running,
        ending_hazard,
        ending_rate_per_year: ending_hazard.map(|e| 12.0 * e),
    }
}

/// Endings expected in `months` months from a running stock `running` with `starts` starts in
/// that period, by the hazard `e` applied to the average stock of the period:
/// `Ê = k · (L + S/2) / (1 + k/2)` with `k = e · months`, which solves
/// `Ê = e · months · (L + L_end)/2`, `L_end = L + S − Ê`. Never more than `L + S`.
pub fn hazard_endings(hazard: f64, running: f64, starts: f64, months: f64) -> f64 {
    let k = hazard * months;
    let e = k * (running + starts / 2.0) / (1.0 + k / 2.0);
    e.clamp(0.0, (running + starts).max(0.0))
}

/// The year end projected from the stock now and the planned starts per month.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct YearEndProjection {
    /// Starts per month assumed for the rest of the year.
    pub starts_per_month: f64,
    /// Starts in the rest of the year.
    pub starts_rest: f64,
    /// Endings expected in the rest of the year (`Ê_rest`, by [`LksParams::endings_method`]).
    pub endings_rest: f64,
    /// Running contracts on 31 December (`L0` of next year; 537,7 at the current pace).
    pub end_running: f64,
    /// Starts in the whole year (293,3 at the current pace).
    pub starts_year: f64,
    /// Contracts in use in the whole year (`L_jan1 + starts_year`).
    pub in_use_year: f64,
    /// Net growth of the running stock over the year.
    pub net_growth_year: f64,
}

/// Endings in the rest of the year for `starts_rest` starts, by the chosen method.
fn endings_rest(p: &LksParams, sf: &StockFlow, starts_rest: f64) -> f64 {
    let r = p.months_rest() as f64;
    let running = sf.end_running.max(0.0);
    let e = match (p.endings_method, sf.ending_hazard) {
        (EndingsMethod::Hazard, Some(h)) => hazard_endings(h, running, starts_rest, r),
        _ => per_month(p.ended, p.months_elapsed) * r,
    };
    e.clamp(0.0, running + starts_rest.max(0.0))
}

/// Projects the year end at the planned pace (or the pace so far).
pub fn year_end_projection(p: &LksParams) -> YearEndProjection {
    year_end_at(p, p.planned_pace())
}

fn year_end_at(p: &LksParams, starts_per_month: f64) -> YearEndProjection {
    let sf = stock_flow(p);
    let r = p.months_rest() as f64;
    let starts_rest = starts_per_month * r;
    let endings = endings_rest(p, &sf, starts_rest);
    let end_running = sf.end_running + starts_rest - endings;
    let starts_year = p.started + starts_rest;
    YearEndProjection {
        starts_per_month,
        starts_rest,
        endings_rest: endings,
        end_running,
        starts_year,
        in_use_year: p.start_running + starts_year,
        net_growth_year: end_running - p.start_running,
    }
}

// ---------------------------------------------------------------------------------------------
// Target progress (F4) and pace (F5)
// ---------------------------------------------------------------------------------------------

/// Progress on the LKS target under one definition (FORMULAS F4).
///
/// The measure depends on the definition: A = net growth of the running stock, B = starts,
/// C = contracts in use. `realised`, `path`, `year_goal` and `projected` are all in that measure.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TargetProgress {
    /// The definition used.
    pub definition: TargetDefinition,
    /// Realised so far (A: +65; B: 220; C: 671).
    pub realised: f64,
    /// The level to reach by 31 December (A: 50; B: last year + 50; C: last year + 50).
    pub year_goal: f64,
    /// Where a linear path to the goal stands after the months elapsed (A: 37,5).
    /// For C the path runs from the stock on 1 January, as starts accrue during the year.
    pub path: f64,
    /// `realised − path` (A: +27,5).
    pub ahead: f64,
    /// Progress relative to the path (A: 65 / 37,5 = 1,73); `None` when the path is 0.
    pub pace_ratio: Option<f64>,
    /// The measure on 31 December at the planned pace (A: +86,7 at the pace so far).
    pub projected: f64,
    /// Whether the projection reaches the goal.
    pub on_track: bool,
    /// Starts per remaining month needed to reach the goal (A: 12,2 in Q4 2024);
    /// `None` when no months remain.
    pub needed_per_month: Option<f64>,
    /// Starts per month so far (24,4), to compare with `needed_per_month`.
    pub starts_pace: f64,
}

/// Progress on the target under definition `d`; `None` when `d` needs a previous-year figure
/// that is not known (B and C with the seeds): the screen says it is not computable.
pub fn target_progress(p: &LksParams, d: TargetDefinition) -> Option<TargetProgress> {
    let sf = stock_flow(p);
    let proj = year_end_projection(p);
    let m = p.months_elapsed as f64;
    let r = p.months_rest();
    let share = m / 12.0;
    let (realised, year_goal, base, projected) = match d {
        TargetDefinition::NetStockGrowth => (sf.net_change, p.target, 0.0, proj.net_growth_year),
        TargetDefinition::MoreStarts => (
            p.started,
            p.previous_year_starts? + p.target,
            0.0,
            proj.starts_year,
        ),
        TargetDefinition::MoreInUse => (
            sf.in_use,
            p.previous_year_in_use? + p.target,
            p.start_running,
            proj.in_use_year,
        ),
    };
    let path = base + (year_goal - base).max(0.0) * share;
    let pace_ratio = ratio(realised - base, path - base);
    let needed_per_month = (r > 0).then(|| starts_needed_rest(p, d, year_goal) / r as f64);
    Some(TargetProgress {
        definition: d,
        realised,
        year_goal,
        path,
        ahead: realised - path,
        pace_ratio,
        projected,
        on_track: projected >= year_goal,
        needed_per_month,
        starts_pace: p.starts_pace(),
    })
}

/// Starts needed in the rest of the year (total, not per month) to reach `year_goal`.
fn starts_needed_rest(p: &LksParams, d: TargetDefinition, year_goal: f64) -> f64 {
    let sf = stock_flow(p);
    let r = p.months_rest() as f64;
    let needed = match d {
        TargetDefinition::NetStockGrowth => {
            let goal_level = p.start_running + year_goal;
            if goal_level <= 0.0 {
                // A goal of zero running contracts is met without starts: endings cannot
                // take the stock below zero.
                return 0.0;
            }
            match (p.endings_method, sf.ending_hazard) {
                (EndingsMethod::Hazard, Some(h)) => {
                    // L_now + S − e·r·(L_now + goal)/2 = goal  (F4 with L̄_rest = (L_now + goal)/2)
                    let k = h * r;
                    goal_level * (1.0 + k / 2.0) - sf.end_running * (1.0 - k / 2.0)
                }
                _ => {
                    // F4: 50 − (S_ytd − E_ytd) + Ê_rest, Ê_rest = E_ytd / months · months_rest
                    goal_level - sf.end_running + per_month(p.ended, p.months_elapsed) * r
                }
            }
        }
        TargetDefinition::MoreStarts => year_goal - p.started,
        TargetDefinition::MoreInUse => year_goal - sf.in_use,
    };
    needed.max(0.0)
}

/// Goal-seek version of [`TargetProgress::needed_per_month`]: the planned starts per month at
/// which the projected year end meets the goal of definition `d`. Returns 0 when the goal is
/// met without further starts; errors when the goal is not computable or out of reach below
/// `max_per_month`.
pub fn starts_needed_by_goal_seek(
    p: &LksParams,
    d: TargetDefinition,
    max_per_month: f64,
    tolerance: f64,
) -> Result<Solution, SeekError> {
    let goal = target_progress(p, d)
        .ok_or(SeekError::InvalidRange)?
        .year_goal;
    let measure = |s: f64| {
        let y = year_end_at(p, s);
        match d {
            TargetDefinition::NetStockGrowth => y.net_growth_year,
            TargetDefinition::MoreStarts => y.starts_year,
            TargetDefinition::MoreInUse => y.in_use_year,
        }
    };
    let at_zero = measure(0.0);
    if at_zero >= goal {
        return Ok(Solution {
            x: 0.0,
            value: at_zero,
            evaluations: 1,
        });
    }
    solve(
        measure,
        goal,
        &SeekOptions::range(0.0, max_per_month, tolerance),
    )
}

/// Starts needed in the whole of next year under one definition (FORMULAS F4).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NextYear {
    /// The definition used.
    pub definition: TargetDefinition,
    /// Running contracts on 1 January of next year (projected year end, `L0` ≈ 538).
    pub start_running: f64,
    /// Endings expected next year (definition A: `e · 12 · (L0 + target/2)` ≈ 240).
    pub expected_endings: Option<f64>,
    /// Starts needed next year (A ≈ 290; B = this year's starts + target ≈ 343).
    pub starts_needed: f64,
    /// `starts_needed / 12` (A ≈ 24,2; B ≈ 28,6).
    pub per_month: f64,
}

/// Starts needed in the whole of next year under definition `d`, taking this year's
/// projection (at the planned pace) as "last year":
/// - A: `target + e · 12 · (L0 + target/2)`. The hazard `e` is always used here (F4), whatever
///   [`LksParams::endings_method`] says for the rest of this year; without a hazard the endings
///   continue at the pace so far.
/// - B: projected starts this year + target (with the pace so far: 220 × 12/9 + 50 = 343).
/// - C: projected in-use this year + target − `L0`.
pub fn next_year_starts(p: &LksParams, d: TargetDefinition) -> NextYear {
    let sf = stock_flow(p);
    let proj = year_end_projection(p);
    let l0 = proj.end_running;
    let (expected_endings, starts) = match d {
        TargetDefinition::NetStockGrowth => {
            let endings = match sf.ending_hazard {
                Some(e) => e * 12.0 * (l0 + p.target / 2.0).max(0.0),
                None => per_month(p.ended, p.months_elapsed) * 12.0,
            };
            (Some(endings), p.target + endings)
        }
        TargetDefinition::MoreStarts => (None, proj.starts_year + p.target),
        TargetDefinition::MoreInUse => (None, (proj.in_use_year + p.target - l0).max(0.0)),
    };
    NextYear {
        definition: d,
        start_running: l0,
        expected_endings,
        starts_needed: starts,
        per_month: starts / 12.0,
    }
}

/// A placement target with its realisation so far, e.g. Werkplein placements (W11–W12).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct PlacementTarget {
    /// Realised so far (W12: 261).
    pub realised: f64,
    /// Target for the whole year (W11: 300).
    pub year_target: f64,
    /// Months of the year elapsed (1–12; through Q3 = 9).
    pub months_elapsed: u32,
}

impl Default for PlacementTarget {
    fn default() -> Self {
        PlacementTarget {
            realised: 261.0,
            year_target: 300.0,
            months_elapsed: 9,
        }
    }
}

impl Validate for PlacementTarget {
    fn validate(&self) -> Result<(), Vec<Invalid>> {
        let mut c = Checks::new();
        c.non_negative("realised", "Gerealiseerd aantal", self.realised, MAX_COUNT);
        c.non_negative("year_target", "Jaardoel", self.year_target, MAX_COUNT);
        if !(1..=12).contains(&self.months_elapsed) {
            c.fail(
                "months_elapsed",
                "Aantal verstreken maanden moet tussen 1 en 12 liggen.",
            );
        }
        c.finish()
    }
}

/// Pro-rata pace against a year target (FORMULAS F5). The two ratios are easily confused
/// (the seed's "13% hoger" is `1 − share_of_year`, X8), so both are given and named.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pace {
    /// The target pro rata: `target · months/12` (225).
    pub pro_rata_target: f64,
    /// `realised / pro_rata_target` (1,16 = 16% ahead of pace); `None` when that is 0.
    pub pace_ratio: Option<f64>,
    /// `realised / target` (0,87 = 87% of the year target); `None` when the target is 0.
    pub share_of_year: Option<f64>,
    /// `max(0, target − realised) / months_rest` (13 per month); `None` when no months remain.
    pub needed_per_month: Option<f64>,
    /// `realised / months_elapsed` (29 per month).
    pub pace_so_far_per_month: f64,
}

/// Pace against a year target (FORMULAS F5).
pub fn pace(t: &PlacementTarget) -> Pace {
    let m = t.months_elapsed.min(12);
    let pro_rata_target = t.year_target * m as f64 / 12.0;
    let rest = 12 - m;
    Pace {
        pro_rata_target,
        pace_ratio: ratio(t.realised, pro_rata_target),
        share_of_year: ratio(t.realised, t.year_target),
        needed_per_month: (rest > 0).then(|| (t.year_target - t.realised).max(0.0) / rest as f64),
        pace_so_far_per_month: per_month(t.realised, m),
    }
}

// ---------------------------------------------------------------------------------------------
// Subsidy per contract (F8)
// ---------------------------------------------------------------------------------------------

/// WML per year for `hours` hours a week, in €, including holiday pay when switched on:
/// `WML_month_36h · 12 · hours/36 · (1 + holiday)` (€25.603 full time without holiday pay).
pub fn wml_year_eur(p: &LksParams, hours_per_week: f64) -> f64 {
    p.wml_month_36h_eur * 12.0 * hours_per_week / WML_REFERENCE_HOURS * holiday_factor(p)
}

fn holiday_factor(p: &LksParams) -> f64 {
    if p.holiday_pay {
        1.0 + p.holiday_pay_pct / 100.0
    } else {
        1.0
    }
}

fn allowance_factor(p: &LksParams) -> f64 {
    1.0 + p.employer_allowance_pct / 100.0
}

/// LKS per contract per year, in €, including the employer-cost allowance (FORMULAS F8):
/// `min(100% − LW, cap) · WML_year(h) · (1 + allowance)`.
///
/// Full time without holiday pay: LW 30% → €22.134, 45% → €17.391, 50% → €15.810,
/// 60% → €12.648, 70% → €9.486. Loonwaarde outside 0–100 is clamped.
pub fn subsidy_per_contract_eur(p: &LksParams, loonwaarde_pct: f64, hours_per_week: f64) -> f64 {
    let lw = loonwaarde_pct.clamp(0.0, 100.0);
    let share = (100.0 - lw).min(p.cap_pct).max(0.0) / 100.0;
    share * wml_year_eur(p, hours_per_week) * allowance_factor(p)
}

/// Saving on the BUIG per placement per year, in €: the benefit cost avoided minus the LKS
/// minus any supplementary benefit the household still needs (FORMULAS F8). Negative means
/// the LKS costs more than the benefit it replaces (e.g. LW 30%).
pub fn saving_per_placement_eur(
    p: &LksParams,
    loonwaarde_pct: f64,
    hours_per_week: f64,
    benefit_avoided_eur: f64,
    supplement_eur: f64,
) -> f64 {
    benefit_avoided_eur
        - subsidy_per_contract_eur(p, loonwaarde_pct, hours_per_week)
        - supplement_eur
}

/// One row of the F8 table.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubsidyRow {
    /// Loonwaarde in %.
    pub loonwaarde_pct: f64,
    /// LKS per contract per year, € (incl. allowance).
    pub subsidy_eur: f64,
    /// Benefit cost avoided minus the LKS, € (no supplement).
    pub saving_vs_benefit_eur: f64,
}

/// One row of the F8 table for a loonwaarde, hours and avoided benefit cost.
pub fn subsidy_row(
    p: &LksParams,
    loonwaarde_pct: f64,
    hours_per_week: f64,
    benefit_avoided_eur: f64,
) -> SubsidyRow {
    let subsidy_eur = subsidy_per_contract_eur(p, loonwaarde_pct, hours_per_week);
    SubsidyRow {
        loonwaarde_pct,
        subsidy_eur,
        saving_vs_benefit_eur: benefit_avoided_eur - subsidy_eur,
    }
}

/// Saving per contract per year of one point (1 pp) more loonwaarde where the cap does not
/// bind: `WML_year(h) · (1 + allowance) / 100` (€316,20 full time; +10 pp ≈ €3.162).
pub fn saving_per_point_eur(p: &LksParams, hours_per_week: f64) -> f64 {
    wml_year_eur(p, hours_per_week) * allowance_factor(p) / 100.0
}

/// A rise of the average loonwaarde over a group of contracts.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct LoonwaardeRaise {
    /// The current average loonwaarde in %; `None`: use the marginal effect, ignoring the cap.
    pub from_pct: Option<f64>,
    /// Points (pp) of loonwaarde added.
    pub points: f64,
    /// Number of contracts.
    pub contracts: f64,
    /// Hours per week of these contracts.
    pub hours_per_week: f64,
    /// With a contracts file loaded: start from the running contracts (their number, mean
    /// loonwaarde and mean hours) instead of the three entered values above.
    pub from_contracts: bool,
    /// The yearly saving in € the goal-seek looks for ("which raise pays for X").
    pub saving_goal_eur: f64,
}

impl Default for LoonwaardeRaise {
    fn default() -> Self {
        LoonwaardeRaise {
            from_pct: None,
            points: 10.0,
            contracts: 516.0,
            hours_per_week: 36.0,
            from_contracts: false,
            saving_goal_eur: 1_000_000.0,
        }
    }
}

impl Validate for LoonwaardeRaise {
    fn validate(&self) -> Result<(), Vec<Invalid>> {
        let mut c = Checks::new();
        if let Some(x) = self.from_pct {
            c.loonwaarde_pct("from_pct", x);
        }
        c.range(
            "points",
            "Verhoging loonwaarde (procentpunt)",
            self.points,
            -100.0,
            100.0,
        );
        c.non_negative("contracts", "Aantal contracten", self.contracts, MAX_COUNT);
        c.hours("hours_per_week", self.hours_per_week);
        c.non_negative(
            "saving_goal_eur",
            "Gezochte besparing (€)",
            self.saving_goal_eur,
            MAX_EUR_PER_YEAR,
        );
        c.finish()
    }
}

/// Yearly saving on the LKS (and so on the pooled BUIG result) of a loonwaarde rise, in €
/// (FORMULAS F8: +10 pp over 516 full-time contracts ≈ €1,63 M). With a known starting
/// loonwaarde the cap is respected (no saving while `100% − LW` stays above the cap); the
/// result is capped at LW 100%.
pub fn loonwaarde_raise_saving_eur(p: &LksParams, r: &LoonwaardeRaise) -> f64 {
    let per_contract = match r.from_pct {
        None => r.points * saving_per_point_eur(p, r.hours_per_week),
        Some(from) => {
            subsidy_per_contract_eur(p, from, r.hours_per_week)
                - subsidy_per_contract_eur(p, from + r.points, r.hours_per_week)
        }
    };
    per_contract * r.contracts
}

/// Goal-seek: the points of loonwaarde over `contracts` contracts (from `from_pct`) that save
/// `saving_eur` per year. Searches 0 up to LW 100%; "no solution in range" when even LW 100%
/// saves less.
pub fn loonwaarde_increase_for_saving(
    p: &LksParams,
    from_pct: f64,
    contracts: f64,
    hours_per_week: f64,
    saving_eur: f64,
    tolerance_eur: f64,
) -> Result<Solution, SeekError> {
    let from = from_pct.clamp(0.0, 100.0);
    solve(
        |points| {
            loonwaarde_raise_saving_eur(
                p,
                &LoonwaardeRaise {
                    from_pct: Some(from),
                    points,
                    contracts,
                    hours_per_week,
                    ..Default::default()
                },
            )
        },
        saving_eur,
        &SeekOptions::range(0.0, 100.0 - from, tolerance_eur),
    )
}

/// Goal-seek on a [`LoonwaardeRaise`]: the points of loonwaarde that save
/// [`LoonwaardeRaise::saving_goal_eur`] per year over its contracts. From a known
/// loonwaarde the cap and 100% are respected ([`loonwaarde_increase_for_saving`]);
/// without one the marginal effect is used, searched over 0–100 points.
pub fn raise_for_saving(
    p: &LksParams,
    r: &LoonwaardeRaise,
    tolerance_eur: f64,
) -> Result<Solution, SeekError> {
    match r.from_pct {
        Some(from) => loonwaarde_increase_for_saving(
            p,
            from,
            r.contracts,
            r.hours_per_week,
            r.saving_goal_eur,
            tolerance_eur,
        ),
        None => solve(
            |points| {
                loonwaarde_raise_saving_eur(
                    p,
                    &LoonwaardeRaise {
                        points,
                        ..r.clone()
                    },
                )
            },
            r.saving_goal_eur,
            &SeekOptions::range(0.0, 100.0, tolerance_eur),
        ),
    }
}

/// The loonwaarde implied by a cost per contract-year, in % (X7: €17.787 full time without
/// holiday pay → ≈ 44%). `None` when the cost is above what the cap allows, or no hours.
pub fn implied_loonwaarde_pct(
    p: &LksParams,
    cost_per_contract_eur: f64,
    hours_per_week: f64,
) -> Option<f64> {
    let full = wml_year_eur(p, hours_per_week) * allowance_factor(p);
    if full <= 0.0
        || !full.is_finite()
        || !cost_per_contract_eur.is_finite()
        || cost_per_contract_eur < 0.0
    {
        return None;
    }
    let share = cost_per_contract_eur / full * 100.0;
    (share <= p.cap_pct + 1e-9).then_some(100.0 - share)
}

/// One LKS contract, for portfolio sums.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Contract {
    /// Loonwaarde in %.
    pub loonwaarde_pct: f64,
    /// Hours per week.
    pub hours_per_week: f64,
}

/// Total LKS per year over contracts, in € (actual hours per contract).
pub fn portfolio_subsidy_eur(p: &LksParams, contracts: &[Contract]) -> f64 {
    contracts
        .iter()
        .map(|c| subsidy_per_contract_eur(p, c.loonwaarde_pct, c.hours_per_week))
        .sum()
}

/// Yearly saving if every contract's loonwaarde rose by `points` (cap and 100% respected):
/// `Σ (LKS(LW_i) − LKS(LW_i + points))` with each contract's hours.
pub fn portfolio_raise_saving_eur(p: &LksParams, contracts: &[Contract], points: f64) -> f64 {
    contracts
        .iter()
        .map(|c| {
            subsidy_per_contract_eur(p, c.loonwaarde_pct, c.hours_per_week)
                - subsidy_per_contract_eur(p, c.loonwaarde_pct + points, c.hours_per_week)
        })
        .sum()
}

// ---------------------------------------------------------------------------------------------
// Loonwaarde distribution
// ---------------------------------------------------------------------------------------------

/// One bin of a loonwaarde histogram: `from_pct ≤ LW < to_pct` (the last bin includes 100).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct HistogramBin {
    /// Lower edge in %.
    pub from_pct: f64,
    /// Upper edge in %.
    pub to_pct: f64,
    /// Number of values in the bin.
    pub count: u32,
}

/// A loonwaarde histogram.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Histogram {
    /// Bins from 0 to 100%.
    pub bins: Vec<HistogramBin>,
    /// Values left out because they are not a number in 0–100 (shown, never silently dropped).
    pub outside: u32,
}

/// Histogram of loonwaarden (in %) with bins of `bin_width_pct` from 0 to 100 (the last bin
/// may be narrower). A width that is not a positive number, or below 1, becomes 10.
pub fn loonwaarde_histogram(values_pct: &[f64], bin_width_pct: f64) -> Histogram {
    let w = if bin_width_pct.is_finite() && bin_width_pct >= 1.0 {
        bin_width_pct.min(100.0)
    } else {
        10.0
    };
    let n = (100.0 / w).ceil() as usize;
    let mut bins: Vec<HistogramBin> = (0..n)
        .map(|i| HistogramBin {
            from_pct: i as f64 * w,
            to_pct: ((i + 1) as f64 * w).min(100.0),
            count: 0,
        })
        .collect();
    let mut outside = 0;
    for &v in values_pct {
        if v.is_finite() && (0.0..=100.0).contains(&v) {
            let i = ((v / w).floor() as usize).min(n - 1);
            bins[i].count += 1;
        } else {
            outside += 1;
        }
    }
    Histogram { bins, outside }
}

/// Summary of a list of loonwaarden.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LoonwaardeSummary {
    /// Values in 0–100 used.
    pub count: u32,
    /// Mean in % (`None` without values).
    pub mean_pct: Option<f64>,
    /// Median in % (`None` without values).
    pub median_pct: Option<f64>,
    /// Share (fraction) of contracts where the cap binds (`100 − LW > cap`): raising their
    /// loonwaarde a little saves nothing.
    pub share_capped: Option<f64>,
}

/// Mean, median and capped share of loonwaarden (in %); values outside 0–100 are ignored.
pub fn loonwaarde_summary(p: &LksParams, values_pct: &[f64]) -> LoonwaardeSummary {
    let mut v: Vec<f64> = values_pct
        .iter()
        .copied()
        .filter(|x| x.is_finite() && (0.0..=100.0).contains(x))
        .collect();
    if v.is_empty() {
        return LoonwaardeSummary {
            count: 0,
            mean_pct: None,
            median_pct: None,
            share_capped: None,
        };
    }
    crate::sort::sort_by(&mut v, f64::total_cmp);
    let n = v.len();
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    let capped = v.iter().filter(|&&x| 100.0 - x > p.cap_pct).count();
    LoonwaardeSummary {
        count: n as u32,
        mean_pct: Some(v.iter().sum::<f64>() / n as f64),
        median_pct: Some(median),
        share_capped: Some(capped as f64 / n as f64),
    }
}

// ---------------------------------------------------------------------------------------------
// From a contracts file (DATA-MODEL §2.2)
// ---------------------------------------------------------------------------------------------

/// Stock and flows counted from contract rows for a period `first ..= last` (F4, W2–W5).
///
/// A contract runs on `d` when `start ≤ d < eind`. Running at the start: started before
/// `first` and still running on `first`. Started: `first ≤ start ≤ last`. Ended: one of
/// those two whose `eind ≤ last` (not running on the last day). So
/// `start_running + started − ended = end_running`, the contracts running on `last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ContractCounts {
    /// First day of the period.
    pub first: Date,
    /// Last day of the period.
    pub last: Date,
    /// Running at the start (W2: 451).
    pub start_running: u32,
    /// Started in the period (W3: 220).
    pub started: u32,
    /// Ended in the period (W4: 155).
    pub ended: u32,
    /// Running on the last day (W5: 516).
    pub end_running: u32,
}

/// Counts the contracts of the period `first ..= last`.
pub fn contract_counts(c: &LksContracts, first: Date, last: Date) -> ContractCounts {
    let (mut l0, mut s, mut e) = (0u32, 0u32, 0u32);
    for i in 0..c.len() {
        let (start, eind) = (c.start[i], c.eind[i]);
        let counted = if start < first {
            let running = eind > first;
            l0 += u32::from(running);
            running
        } else if start <= last {
            s += 1;
            true
        } else {
            false
        };
        if counted && eind <= last {
            e += 1;
        }
    }
    ContractCounts {
        first,
        last,
        start_running: l0,
        started: s,
        ended: e,
        end_running: l0 + s - e,
    }
}

/// LKS spending of a year from the monthly subsidy amounts in a contracts file
/// (FORMULAS F6: Σ over contracts of the monthly amount × the months it runs in the year).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContractSpend {
    /// € M in the year.
    pub mln: f64,
    /// Contracts running in the year with an amount.
    pub with_amount: u32,
    /// Contracts running in the year without one (not counted in `mln`).
    pub without_amount: u32,
}

/// [`ContractSpend`] for `year`: a contract counts for the share of the year's days it runs
/// (`einddatum` is its first day without the contract). `None` when no contract running in
/// the year has an amount.
pub fn contract_spend(c: &LksContracts, year: i32) -> Option<ContractSpend> {
    let from = Date::from_ymd(year, 1, 1)?;
    let to = Date::from_ymd(year + 1, 1, 1)?;
    let days = f64::from(to.0 - from.0);
    let (mut eur, mut with_amount, mut without_amount) = (0.0, 0u32, 0u32);
    for i in 0..c.len() {
        let (start, end) = (c.start[i].max(from), c.eind[i].min(to));
        if end <= start {
            continue;
        }
        match c.subsidie_mnd.get(i).copied().flatten() {
            Some(amount) => {
                eur += amount * 12.0 * f64::from(end.0 - start.0) / days;
                with_amount += 1;
            }
            None => without_amount += 1,
        }
    }
    (with_amount > 0).then_some(ContractSpend {
        mln: eur / 1e6,
        with_amount,
        without_amount,
    })
}

/// The parameters with the counts of a contracts file, when one is loaded and
/// [`LksParams::use_contracts`] is on; otherwise as entered.
pub fn with_contracts(p: &LksParams, contracts: Option<&LksContracts>) -> LksParams {
    match contracts {
        Some(c) if p.use_contracts => {
            let (first, last) = p.period();
            let k = contract_counts(c, first, last);
            LksParams {
                start_running: f64::from(k.start_running),
                started: f64::from(k.started),
                ended: f64::from(k.ended),
                ..p.clone()
            }
        }
        _ => p.clone(),
    }
}

/// The contracts running on `on` with their loonwaarde and hours (unknown hours: the
/// default `p.hours_per_week`).
pub fn running_contracts(p: &LksParams, c: &LksContracts, on: Date) -> Vec<Contract> {
    (0..c.len())
        .filter(|&i| c.is_running_on(i, on))
        .map(|i| Contract {
            loonwaarde_pct: c.loonwaarde_pct[i],
            hours_per_week: c.uren_per_week[i].unwrap_or(p.hours_per_week),
        })
        .collect()
}

/// The loonwaarde raise to compute with: with [`LoonwaardeRaise::from_contracts`] on and
/// running contracts given, their number, mean loonwaarde and mean hours replace the
/// entered values (the points and the goal stay).
pub fn effective_raise(r: &LoonwaardeRaise, running: Option<&[Contract]>) -> LoonwaardeRaise {
    match running {
        Some(run) if r.from_contracts && !run.is_empty() => {
            let n = run.len() as f64;
            LoonwaardeRaise {
                from_pct: Some(run.iter().map(|c| c.loonwaarde_pct).sum::<f64>() / n),
                contracts: n,
                hours_per_week: run.iter().map(|c| c.hours_per_week).sum::<f64>() / n,
                ..r.clone()
            }
        }
        _ => r.clone(),
    }
}
