//! The BUIG budget: result, calibration of the cost per benefit, sensitivity to caseload
//! growth, the vangnet and a multi-year view (FORMULAS F6, F7, F9, F12).
//!
//! Dutch domain words used here:
//! - **BUIG** (Bundeling van Uitkeringen Inkomensvoorziening aan Gemeenten): the yearly,
//!   non-earmarked grant from the Rijk that pays bijstand benefits and LKS. One pooled budget
//!   with two sub-budgets (deelbudgetten): benefits and LKS (G16). A surplus is the
//!   municipality's to keep, a deficit its own to bear.
//! - **voorlopig / nader voorlopig / definitief**: the three versions of a year's budget
//!   (October before, April during, October during the year; G15).
//! - **eigen middelen**: the municipality's own resources counted in the result (e.g. recoveries).
//! - **vangnet**: the safety net that compensates part of a large BUIG deficit (F12).
//! - **AOW**: state pension; reaching AOW age ends a bijstand benefit (certain outflow, F9).
//! - **bijstandsbestand / uitkeringen**: the caseload, counted in benefits (households).
//!
//! Amounts ending in `_mln` are € million, `_eur` whole euros; percentages ending in `_pct`
//! are in percent (`2.15` for 2,15%).

use crate::math::{pct_change, ratio};
use crate::seek::{goal_seek, SeekError, SeekOptions, Solution};
use crate::tornado::Lever;
use crate::validate::{
    Checks, Invalid, Validate, MAX_COUNT, MAX_EUR_PER_YEAR, MAX_GROWTH_PCT, MAX_MLN,
};

/// Which version of a year's BUIG budget an amount is (G15).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum BudgetVersion {
    /// Voorlopig: announced in October of the year before (2025: 114,46 M).
    #[default]
    Voorlopig,
    /// Nader voorlopig: revised in April of the year itself.
    NaderVoorlopig,
    /// Definitief: final, in October of the year itself, with wage/price compensation.
    Definitief,
}

impl BudgetVersion {
    /// Label.
    pub fn label(self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            BudgetVersion::Voorlopig => msg::BUDGET_VOORLOPIG,
            BudgetVersion::NaderVoorlopig => msg::BUDGET_NADER_VOORLOPIG,
            BudgetVersion::Definitief => msg::BUDGET_DEFINITIEF,
        }
    }
}

/// How the caseload develops from the start stock, year by year.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseloadPath {
    /// Growth each year = national growth + assumed local differential, added (X10:
    /// 1,15 + 1 = 2,15%). AOW exits are inside this net growth.
    NationalPlusDifferential,
    /// A fixed net growth per year in % (AOW exits inside).
    Growth {
        /// Net growth per year in %.
        pct: f64,
    },
    /// Year-end stocks entered by the user, one per year of the horizon.
    Explicit {
        /// Caseload on 31 December of each year, starting with the first year.
        year_end: Vec<f64>,
    },
    /// Stock-flow (F1): `B_end = B_start + inflow − outflow excl. AOW − AOW exits`, with the
    /// AOW exits of [`BuigParams::aow_exits`] as certain outflow.
    Flows {
        /// Inflow per year (F1: 1.137).
        inflow_per_year: f64,
        /// Outflow per year, excluding AOW exits (F1: 873).
        outflow_excl_aow_per_year: f64,
    },
}

impl CaseloadPath {
    /// Name of the method, shown next to the projection (F1: the method is a policy choice).
    pub fn label(&self) -> crate::i18n::Msg {
        use crate::messages::categories as msg;
        match self {
            CaseloadPath::NationalPlusDifferential => msg::PATH_NATIONAL_PLUS_DIFFERENTIAL,
            CaseloadPath::Growth { .. } => msg::PATH_GROWTH,
            CaseloadPath::Explicit { .. } => msg::PATH_EXPLICIT,
            CaseloadPath::Flows { .. } => msg::PATH_FLOWS,
        }
    }
}

/// A past year with a known (or expected) result, to calibrate the cost per benefit from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct KnownYear {
    /// The year.
    pub year: i32,
    /// BUIG budget of that year, € M (G1: 112,8).
    pub budget_mln: f64,
    /// Result (budget − spending), € M (G5: "bijna 1,90").
    pub result_mln: f64,
    /// LKS spending, € M. Not in the seeds: assumed equal to the LKS sub-budget (G4: 8,6).
    pub lks_spend_mln: f64,
    /// Caseload on 1 January (A9: ≈ 5.623).
    pub caseload_start: f64,
    /// Caseload on 31 December (A8: 5.648).
    pub caseload_end: f64,
    /// Eigen middelen of that year, € M (derived from G6: 2,25 − 1,90 ≈ 0,35).
    pub eigen_middelen_mln: Option<f64>,
}

impl Default for KnownYear {
    fn default() -> Self {
        KnownYear {
            year: 2024,
            budget_mln: 112.8,
            result_mln: 1.90,
            lks_spend_mln: 8.6,
            caseload_start: 5623.0,
            caseload_end: 5648.0,
            eigen_middelen_mln: Some(0.35),
        }
    }
}

impl KnownYear {
    /// Spending = budget − result (2024: ≈ 110,9 M).
    pub fn spend_mln(&self) -> f64 {
        self.budget_mln - self.result_mln
    }

    /// Average caseload `(start + end) / 2` (2024: 5.635,5).
    pub fn caseload_average(&self) -> f64 {
        (self.caseload_start + self.caseload_end) / 2.0
    }

    /// Result including eigen middelen (2024: ≈ 2,25 M); `None` when they are unknown.
    pub fn result_incl_eigen_middelen_mln(&self) -> Option<f64> {
        self.eigen_middelen_mln.map(|e| self.result_mln + e)
    }

    /// All-in spending per average benefit, € (X9: €19.679); `None` without a caseload.
    pub fn all_in_cost_per_benefit_eur(&self) -> Option<f64> {
        let b = self.caseload_average();
        (b > 0.0).then(|| self.spend_mln() * 1e6 / b)
    }
}

/// Calibrates the BUIG cost per benefit-year from a known year (FORMULAS F6):
/// `c = (Spend − LKS spend) / B̄` (2024: €18.153). `None` without an average caseload.
pub fn calibrate_cost_per_benefit(k: &KnownYear) -> Option<f64> {
    let b = k.caseload_average();
    (b > 0.0).then(|| (k.spend_mln() - k.lks_spend_mln) * 1e6 / b)
}

/// A sub-budget divided by a caseload, € per benefit (X9's simple alternative:
/// 104,2 M / 5.687 = €18.322). `None` without a caseload.
pub fn budget_per_benefit_eur(budget_mln: f64, caseload: f64) -> Option<f64> {
    (caseload > 0.0).then(|| budget_mln * 1e6 / caseload)
}

/// The average BUIG cost per benefit-year, `c`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostPerBenefit {
    /// Entered by the user, at the prices of the first projected year.
    Entered {
        /// € per benefit-year (X12: €18.034 reproduces the 2025 report).
        eur: f64,
    },
    /// Calibrated from a known year and carried forward with the price index.
    Calibrated {
        /// The year calibrated from.
        from: KnownYear,
    },
}

/// ⚑ Vangnet (safety net) rules for a year (FORMULAS F12). All editable; verify them against
/// the Besluit Participatiewet and the Toetsingscommissie vangnet for the year shown.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct VangnetParams {
    /// The year whose rules these are (shown with the parameters).
    pub rules_year: i32,
    /// Regular vangnet: deficit threshold in % of the budget (7,5).
    pub regular_threshold_pct: f64,
    /// Regular vangnet: threshold for the sum of the deficit percentages of this year and the
    /// two years before (7,5). Surpluses count as negative deficits.
    pub regular_multi_year_threshold_pct: f64,
    /// Above this deficit (% of budget) the regular compensation rate becomes the upper rate (12,5).
    pub upper_threshold_pct: f64,
    /// Compensation rate between the regular and upper threshold, % (50).
    pub regular_rate_middle_pct: f64,
    /// Compensation rate above the upper threshold, % (100).
    pub regular_rate_above_pct: f64,
    /// Extended vangnet: deficit threshold in % of the budget (5,0).
    pub extended_threshold_pct: f64,
    /// Extended vangnet: deficit in a previous year counts when at least this % (5,0).
    pub extended_previous_threshold_pct: f64,
    /// Extended vangnet: how many of the three previous years need such a deficit (2).
    pub extended_previous_years_required: u32,
    /// Extended vangnet: compensation rate (%) of the deficit between the extended and the
    /// regular threshold. Not found in the sources, so no default.
    pub extended_compensation_rate_pct: Option<f64>,
    /// Deficit in % of the budget in the three previous years (oldest first: year−3, −2, −1);
    /// a surplus is negative. 2024: −1,90 / 112,8 = −1,68%; 2022 and 2023 are not in the seeds.
    pub previous_years_deficit_pct: [Option<f64>; 3],
}

impl Default for VangnetParams {
    fn default() -> Self {
        VangnetParams {
            rules_year: 2025,
            regular_threshold_pct: 7.5,
            regular_multi_year_threshold_pct: 7.5,
            upper_threshold_pct: 12.5,
            regular_rate_middle_pct: 50.0,
            regular_rate_above_pct: 100.0,
            extended_threshold_pct: 5.0,
            extended_previous_threshold_pct: 5.0,
            extended_previous_years_required: 2,
            extended_compensation_rate_pct: None,
            previous_years_deficit_pct: [None, None, Some(-1.90 / 112.8 * 100.0)],
        }
    }
}

/// BUIG parameters for the first projected year and the years after it.
///
/// Defaults reproduce the 2025 begroting scenario (G7–G14): budget 114,46 M voorlopig,
/// caseload 5.648 growing 1,15 + 1 = 2,15%, `c` = €18.034, LKS spending = LKS sub-budget 9,9 M,
/// result 1,61 M.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct BuigParams {
    /// The first projected year.
    pub year: i32,
    /// Version of `budget_mln`.
    pub budget_version: BudgetVersion,
    /// Total BUIG budget of the first year, € M (G7: 114,46).
    pub budget_mln: f64,
    /// Sub-budget for benefits, € M (G8: 104,6); informative, with the sum check of X10.
    pub sub_budget_benefits_mln: Option<f64>,
    /// Sub-budget for LKS, € M (G9: 9,9); informative.
    pub sub_budget_lks_mln: Option<f64>,
    /// Budgets of the later years, € M, where known (year+1, year+2, …). Years beyond the list
    /// are extrapolated with national growth and the price index (the Rijk's macro budget
    /// follows national volume and prices, F7).
    pub later_budgets_mln: Vec<f64>,
    /// Caseload on 1 January of the first year (A8: 5.648).
    pub caseload_start: f64,
    /// How the caseload develops.
    pub caseload_path: CaseloadPath,
    /// The Rijk's national growth assumption, % per year (G11: 1,15).
    pub national_growth_pct: f64,
    /// Assumed local growth above national, pp (G12: +1; measured 2024: 0,65, X11).
    pub local_differential_pct: f64,
    /// Cost per benefit-year `c`.
    pub cost_per_benefit: CostPerBenefit,
    /// Price index, % per year: carries a calibrated `c` to the first year, and `c`, LKS
    /// spending and the extrapolated budget to later years (0: constant prices, as in X12).
    pub price_index_pct: f64,
    /// LKS spending in the first year, € M. Not in the seeds: assumed = LKS sub-budget (9,9).
    pub lks_spend_mln: f64,
    /// Eigen middelen counted in the result, € M; `None` when not known (2025).
    pub eigen_middelen_mln: Option<f64>,
    /// AOW exits per year from the first year on (Table 7, D2–D6: 162, 179, 177, 151, 170).
    pub aow_exits: Vec<f64>,
    /// Number of years in the multi-year view (5: 2025–2029).
    pub horizon_years: u32,
    /// Vangnet rules.
    pub vangnet: VangnetParams,
}

impl Default for BuigParams {
    fn default() -> Self {
        BuigParams {
            year: 2025,
            budget_version: BudgetVersion::Voorlopig,
            budget_mln: 114.46,
            sub_budget_benefits_mln: Some(104.6),
            sub_budget_lks_mln: Some(9.9),
            later_budgets_mln: Vec::new(),
            caseload_start: 5648.0,
            caseload_path: CaseloadPath::NationalPlusDifferential,
            national_growth_pct: 1.15,
            local_differential_pct: 1.0,
            cost_per_benefit: CostPerBenefit::Entered { eur: 18034.0 },
            price_index_pct: 0.0,
            lks_spend_mln: 9.9,
            eigen_middelen_mln: None,
            aow_exits: vec![162.0, 179.0, 177.0, 151.0, 170.0],
            horizon_years: 5,
            vangnet: VangnetParams::default(),
        }
    }
}

/// Upper bound of the multi-year horizon.
pub const MAX_HORIZON_YEARS: u32 = 30;

impl Validate for BuigParams {
    fn validate(&self) -> Result<(), Vec<Invalid>> {
        let mut c = Checks::new();
        if !(1900..=2200).contains(&self.year) {
            c.fail("year", "Jaar moet tussen 1900 en 2200 liggen.");
        }
        positive_mln(&mut c, "budget_mln", "BUIG-budget", self.budget_mln);
        if let Some(x) = self.sub_budget_benefits_mln {
            c.non_negative(
                "sub_budget_benefits_mln",
                "Deelbudget uitkeringen",
                x,
                MAX_MLN,
            );
        }
        if let Some(x) = self.sub_budget_lks_mln {
            c.non_negative("sub_budget_lks_mln", "Deelbudget LKS", x, MAX_MLN);
        }
        for &x in &self.later_budgets_mln {
            positive_mln(&mut c, "later_budgets_mln", "BUIG-budget later jaar", x);
        }
        c.non_negative(
            "caseload_start",
            "Bijstandsbestand begin jaar",
            self.caseload_start,
            MAX_COUNT,
        );
        if !(1..=MAX_HORIZON_YEARS).contains(&self.horizon_years) {
            c.fail(
                "horizon_years",
                format!("Aantal jaren moet tussen 1 en {MAX_HORIZON_YEARS} liggen."),
            );
        }
        let n = self.horizon_years as usize;
        let nat = c.growth_pct(
            "national_growth_pct",
            "Landelijke groei",
            self.national_growth_pct,
            MAX_GROWTH_PCT,
        );
        let dif = c.range(
            "local_differential_pct",
            "Lokaal groeiverschil (procentpunt)",
            self.local_differential_pct,
            -200.0,
            MAX_GROWTH_PCT,
        );
        match &self.caseload_path {
            CaseloadPath::NationalPlusDifferential => {
                if nat && dif {
                    c.growth_pct(
                        "local_differential_pct",
                        "Groei bijstandsbestand (landelijk + lokaal verschil)",
                        self.national_growth_pct + self.local_differential_pct,
                        MAX_GROWTH_PCT,
                    );
                }
            }
            CaseloadPath::Growth { pct } => {
                c.growth_pct(
                    "caseload_path.pct",
                    "Groei bijstandsbestand",
                    *pct,
                    MAX_GROWTH_PCT,
                );
            }
            CaseloadPath::Explicit { year_end } => {
                if year_end.len() < n {
                    c.fail(
                        "caseload_path.year_end",
                        format!("Vul het bijstandsbestand in voor alle {n} jaren."),
                    );
                }
                for &x in year_end {
                    c.non_negative(
                        "caseload_path.year_end",
                        "Bijstandsbestand eind jaar",
                        x,
                        MAX_COUNT,
                    );
                }
            }
            CaseloadPath::Flows {
                inflow_per_year,
                outflow_excl_aow_per_year,
            } => {
                c.non_negative(
                    "caseload_path.inflow_per_year",
                    "Instroom per jaar",
                    *inflow_per_year,
                    MAX_COUNT,
                );
                c.non_negative(
                    "caseload_path.outflow_excl_aow_per_year",
                    "Uitstroom per jaar (zonder AOW)",
                    *outflow_excl_aow_per_year,
                    MAX_COUNT,
                );
                if self.aow_exits.len() < n {
                    c.fail(
                        "aow_exits",
                        format!("Vul de uitstroom door AOW in voor alle {n} jaren."),
                    );
                }
            }
        }
        for &x in &self.aow_exits {
            c.non_negative("aow_exits", "Uitstroom door AOW", x, MAX_COUNT);
        }
        match &self.cost_per_benefit {
            CostPerBenefit::Entered { eur } => {
                c.non_negative(
                    "cost_per_benefit.eur",
                    "Kosten per uitkering",
                    *eur,
                    MAX_EUR_PER_YEAR,
                );
            }
            CostPerBenefit::Calibrated { from } => validate_known_year(&mut c, from, self.year),
        }
        c.growth_pct(
            "price_index_pct",
            "Prijsindex",
            self.price_index_pct,
            MAX_GROWTH_PCT,
        );
        c.non_negative("lks_spend_mln", "LKS-uitgaven", self.lks_spend_mln, MAX_MLN);
        if let Some(x) = self.eigen_middelen_mln {
            c.range("eigen_middelen_mln", "Eigen middelen", x, -MAX_MLN, MAX_MLN);
        }
        validate_vangnet(&mut c, &self.vangnet);
        c.finish()
    }
}

/// Smallest budget accepted, € M (€1.000): percentages of the budget stay finite.
pub const MIN_BUDGET_MLN: f64 = 0.001;

fn positive_mln(c: &mut Checks, field: &str, what: &str, x: f64) {
    if c.non_negative(field, what, x, MAX_MLN) && x < MIN_BUDGET_MLN {
        c.fail(
            field,
            format!("{what} moet groter dan 0 zijn (minimaal € 1.000)."),
        );
    }
}

fn validate_known_year(c: &mut Checks, k: &KnownYear, year: i32) {
    let f = "cost_per_benefit.from";
    if !(0..=50).contains(&(year as i64 - k.year as i64)) {
        c.fail(
            &format!("{f}.year"),
            "Het kalibratiejaar moet in de 50 jaar vóór het eerste jaar liggen.",
        );
    }
    positive_mln(
        c,
        &format!("{f}.budget_mln"),
        "BUIG-budget kalibratiejaar",
        k.budget_mln,
    );
    let r = c.range(
        &format!("{f}.result_mln"),
        "Resultaat kalibratiejaar",
        k.result_mln,
        -MAX_MLN,
        MAX_MLN,
    );
    let l = c.non_negative(
        &format!("{f}.lks_spend_mln"),
        "LKS-uitgaven kalibratiejaar",
        k.lks_spend_mln,
        MAX_MLN,
    );
    let s = c.non_negative(
        &format!("{f}.caseload_start"),
        "Bijstandsbestand begin kalibratiejaar",
        k.caseload_start,
        MAX_COUNT,
    );
    let e = c.non_negative(
        &format!("{f}.caseload_end"),
        "Bijstandsbestand eind kalibratiejaar",
        k.caseload_end,
        MAX_COUNT,
    );
    if let Some(x) = k.eigen_middelen_mln {
        c.range(
            &format!("{f}.eigen_middelen_mln"),
            "Eigen middelen",
            x,
            -MAX_MLN,
            MAX_MLN,
        );
    }
    if s && e && k.caseload_average() <= 0.0 {
        c.fail(
            &format!("{f}.caseload_end"),
            "Het gemiddelde bijstandsbestand in het kalibratiejaar moet groter dan 0 zijn.",
        );
    } else if r && l && s && e {
        match calibrate_cost_per_benefit(k) {
            Some(x) if x < 0.0 => c.fail(
                &format!("{f}.lks_spend_mln"),
                "De kalibratie geeft negatieve kosten per uitkering (LKS-uitgaven groter dan de \
                 totale uitgaven).",
            ),
            Some(x) if x > MAX_EUR_PER_YEAR => c.fail(
                &format!("{f}.result_mln"),
                "De kalibratie geeft onwaarschijnlijk hoge kosten per uitkering.",
            ),
            _ => {}
        }
    }
}

fn validate_vangnet(c: &mut Checks, v: &VangnetParams) {
    let pct = |c: &mut Checks, field: &str, what: &str, x: f64| {
        c.range(&format!("vangnet.{field}"), what, x, 0.0, 100.0)
    };
    let a = pct(
        c,
        "extended_threshold_pct",
        "Drempel verruimd vangnet (%)",
        v.extended_threshold_pct,
    );
    let b = pct(
        c,
        "regular_threshold_pct",
        "Drempel vangnet (%)",
        v.regular_threshold_pct,
    );
    let u = pct(
        c,
        "upper_threshold_pct",
        "Bovengrens vangnet (%)",
        v.upper_threshold_pct,
    );
    if a && b
        && u
        && !(v.extended_threshold_pct <= v.regular_threshold_pct
            && v.regular_threshold_pct <= v.upper_threshold_pct)
    {
        c.fail(
            "vangnet.regular_threshold_pct",
            "De drempels moeten oplopen: verruimd vangnet ≤ vangnet ≤ bovengrens.",
        );
    }
    pct(
        c,
        "regular_multi_year_threshold_pct",
        "Meerjarige drempel vangnet (%)",
        v.regular_multi_year_threshold_pct,
    );
    pct(
        c,
        "regular_rate_middle_pct",
        "Vergoeding vangnet (%)",
        v.regular_rate_middle_pct,
    );
    pct(
        c,
        "regular_rate_above_pct",
        "Vergoeding boven de bovengrens (%)",
        v.regular_rate_above_pct,
    );
    pct(
        c,
        "extended_previous_threshold_pct",
        "Drempel vorige jaren verruimd vangnet (%)",
        v.extended_previous_threshold_pct,
    );
    if v.extended_previous_years_required > 3 {
        c.fail(
            "vangnet.extended_previous_years_required",
            "Aantal vorige jaren moet tussen 0 en 3 liggen.",
        );
    }
    if let Some(x) = v.extended_compensation_rate_pct {
        pct(
            c,
            "extended_compensation_rate_pct",
            "Vergoeding verruimd vangnet (%)",
            x,
        );
    }
    for x in v.previous_years_deficit_pct.iter().flatten() {
        c.range(
            "vangnet.previous_years_deficit_pct",
            "Tekort vorig jaar (% van het budget)",
            *x,
            -1000.0,
            1000.0,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Caseload path and result (F6, F9)
// ---------------------------------------------------------------------------------------------

/// Growth of the first year in %, as the chosen path gives it (2,15 with the defaults);
/// `None` for an entered or flow path from a zero caseload.
pub fn growth_pct_first_year(p: &BuigParams) -> Option<f64> {
    caseload_years(p).first().and_then(|y| y.growth_pct)
}

/// One year of the caseload path.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CaseloadYear {
    /// The year.
    pub year: i32,
    /// Caseload on 1 January.
    pub start: f64,
    /// Caseload on 31 December.
    pub end: f64,
    /// Average caseload, `(start + end) / 2` (growth spread evenly over the year).
    pub average: f64,
    /// AOW exits in the year (certain outflow, shown as its own band); `None` if not entered.
    pub aow_exits: Option<f64>,
    /// Net growth in % (`None` from a zero start).
    pub growth_pct: Option<f64>,
    /// Growth before AOW exits, `(end + AOW − start) / start` in %: the part policy can act on.
    pub growth_excl_aow_pct: Option<f64>,
}

/// The caseload year by year over the horizon (at least one year).
pub fn caseload_years(p: &BuigParams) -> Vec<CaseloadYear> {
    let n = p.horizon_years.clamp(1, MAX_HORIZON_YEARS) as usize;
    let mut out = Vec::with_capacity(n);
    let mut start = p.caseload_start;
    for i in 0..n {
        let aow = p.aow_exits.get(i).copied();
        let end = match &p.caseload_path {
            CaseloadPath::NationalPlusDifferential => {
                start * (1.0 + (p.national_growth_pct + p.local_differential_pct) / 100.0)
            }
            CaseloadPath::Growth { pct } => start * (1.0 + pct / 100.0),
            CaseloadPath::Explicit { year_end } => year_end
                .get(i)
                .or(year_end.last())
                .copied()
                .unwrap_or(start),
            CaseloadPath::Flows {
                inflow_per_year,
                outflow_excl_aow_per_year,
            } => start + inflow_per_year - outflow_excl_aow_per_year - aow.unwrap_or(0.0),
        }
        .max(0.0);
        let growth_pct = pct_change(end, start);
        let growth_excl_aow_pct = aow.and_then(|a| pct_change(end + a, start));
        out.push(CaseloadYear {
            year: p.year + i as i32,
            start,
            end,
            average: (start + end) / 2.0,
            aow_exits: aow,
            growth_pct,
            growth_excl_aow_pct,
        });
        start = end;
    }
    out
}

/// `c` in the first year, €: entered, or calibrated and carried forward with the price index
/// (`c_known · (1 + index)^(year − known year)`).
pub fn cost_per_benefit_eur(p: &BuigParams) -> f64 {
    match &p.cost_per_benefit {
        CostPerBenefit::Entered { eur } => *eur,
        CostPerBenefit::Calibrated { from } => {
            let years = (p.year - from.year).max(0);
            calibrate_cost_per_benefit(from).unwrap_or(0.0) * index_factor(p, years)
        }
    }
}

fn index_factor(p: &BuigParams, years: i32) -> f64 {
    (1.0 + p.price_index_pct / 100.0).powi(years)
}

/// The BUIG result of the first year (FORMULAS F6).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BuigResult {
    /// The year.
    pub year: i32,
    /// Version of the budget used.
    pub budget_version: BudgetVersion,
    /// Budget, € M (114,46).
    pub budget_mln: f64,
    /// Sum of the sub-budgets, € M (104,6 + 9,9 = 114,5); `None` if one is missing.
    pub sub_budget_sum_mln: Option<f64>,
    /// Budget minus the sum of the sub-budgets, € M (−0,04: rounding, X10).
    pub sub_budget_gap_mln: Option<f64>,
    /// Caseload on 1 January (5.648).
    pub caseload_start: f64,
    /// Caseload on 31 December (5.769).
    pub caseload_end: f64,
    /// Average caseload (5.708,7).
    pub caseload_average: f64,
    /// Net growth in % (2,15).
    pub growth_pct: Option<f64>,
    /// Cost per benefit-year `c`, € (18.034).
    pub cost_per_benefit_eur: f64,
    /// Benefit spending `B̄ · c`, € M (102,95).
    pub benefit_spend_mln: f64,
    /// LKS spending, € M (9,9).
    pub lks_spend_mln: f64,
    /// Total spending, € M (112,85).
    pub spend_mln: f64,
    /// Budget − spending, € M (+1,61; > 0 surplus).
    pub result_mln: f64,
    /// Result + eigen middelen, € M; `None` when eigen middelen are unknown.
    pub result_incl_eigen_middelen_mln: Option<f64>,
    /// How much spending would be overstated by using the year-end stock instead of the
    /// average, € M (F6 pitfall: 60 × €18.034 ≈ 1,08 M).
    pub year_end_stock_overstatement_mln: f64,
}

/// The BUIG result of the first year: `Spend = B̄ · c + LKS spend`, `Result = Budget − Spend`.
pub fn result(p: &BuigParams) -> BuigResult {
    let y = caseload_years(p)[0];
    let c = cost_per_benefit_eur(p);
    let benefit_spend_mln = y.average * c / 1e6;
    let spend_mln = benefit_spend_mln + p.lks_spend_mln;
    let result_mln = p.budget_mln - spend_mln;
    let sub_budget_sum_mln = match (p.sub_budget_benefits_mln, p.sub_budget_lks_mln) {
        (Some(a), Some(b)) => Some(a + b),
        _ => None,
    };
    BuigResult {
        year: p.year,
        budget_version: p.budget_version,
        budget_mln: p.budget_mln,
        sub_budget_sum_mln,
        sub_budget_gap_mln: sub_budget_sum_mln.map(|s| p.budget_mln - s),
        caseload_start: y.start,
        caseload_end: y.end,
        caseload_average: y.average,
        growth_pct: y.growth_pct,
        cost_per_benefit_eur: c,
        benefit_spend_mln,
        lks_spend_mln: p.lks_spend_mln,
        spend_mln,
        result_mln,
        result_incl_eigen_middelen_mln: p.eigen_middelen_mln.map(|e| result_mln + e),
        year_end_stock_overstatement_mln: (y.end - y.average) * c / 1e6,
    }
}

/// One year of the multi-year view.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct YearView {
    /// Caseload of the year, with the AOW band.
    pub caseload: CaseloadYear,
    /// `c` of the year, € (indexed).
    pub cost_per_benefit_eur: f64,
    /// Budget of the year, € M.
    pub budget_mln: f64,
    /// Whether the budget was extrapolated rather than entered.
    pub budget_extrapolated: bool,
    /// LKS spending of the year, € M (indexed).
    pub lks_spend_mln: f64,
    /// Total spending, € M.
    pub spend_mln: f64,
    /// Budget − spending, € M.
    pub result_mln: f64,
    /// Sum of the results up to and including this year, € M.
    pub cumulative_result_mln: f64,
}

/// The multi-year view over [`BuigParams::horizon_years`] (2025–2029 with the defaults).
///
/// Model assumptions, shown with the chart: the budget of later years is the entered one, or
/// last year's × (1 + national growth) × (1 + price index); `c` and LKS spending rise with the
/// price index; the caseload follows [`BuigParams::caseload_path`] with AOW exits as their own band.
pub fn multi_year(p: &BuigParams) -> Vec<YearView> {
    let c0 = cost_per_benefit_eur(p);
    let price = 1.0 + p.price_index_pct / 100.0;
    let budget_step = (1.0 + p.national_growth_pct / 100.0) * price;
    let mut budget = p.budget_mln;
    let mut c = c0;
    let mut lks = p.lks_spend_mln;
    let mut cumulative = 0.0;
    caseload_years(p)
        .into_iter()
        .enumerate()
        .map(|(i, y)| {
            let mut extrapolated = false;
            if i > 0 {
                c *= price;
                lks *= price;
                match p.later_budgets_mln.get(i - 1) {
                    Some(&b) => budget = b,
                    None => {
                        budget *= budget_step;
                        extrapolated = true;
                    }
                }
            }
            let spend_mln = y.average * c / 1e6 + lks;
            let result_mln = budget - spend_mln;
            cumulative += result_mln;
            YearView {
                caseload: y,
                cost_per_benefit_eur: c,
                budget_mln: budget,
                budget_extrapolated: extrapolated,
                lks_spend_mln: lks,
                spend_mln,
                result_mln,
                cumulative_result_mln: cumulative,
            }
        })
        .collect()
}

/// One year's vangnet in the multi-year view.
#[derive(Clone, Debug, PartialEq)]
pub struct YearVangnet {
    /// The year.
    pub year: i32,
    /// The signed deficit % of the three years before it (oldest first) it was judged with.
    pub previous_years_deficit_pct: [Option<f64>; 3],
    /// The vangnet of the year.
    pub vangnet: VangnetResult,
}

/// The vangnet of every year of [`multi_year`], each judged with the deficits of the three
/// years before it: the entered previous years ([`VangnetParams::previous_years_deficit_pct`])
/// for the first year, then the projected ones (a surplus counts as a negative deficit).
pub fn vangnet_per_year(p: &BuigParams) -> Vec<YearVangnet> {
    // Signed deficit % of every year: the entered three, then the projected ones.
    let mut history: Vec<Option<f64>> = p.vangnet.previous_years_deficit_pct.to_vec();
    multi_year(p)
        .iter()
        .map(|y| {
            let n = history.len();
            let previous = [history[n - 3], history[n - 2], history[n - 1]];
            let rules = VangnetParams {
                previous_years_deficit_pct: previous,
                ..p.vangnet.clone()
            };
            let vangnet = vangnet(y.budget_mln, y.spend_mln, p.budget_version, &rules);
            history.push(
                (y.budget_mln > 0.0).then(|| (y.spend_mln - y.budget_mln) / y.budget_mln * 100.0),
            );
            YearVangnet {
                year: y.caseload.year,
                previous_years_deficit_pct: previous,
                vangnet,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Sensitivity (F7)
// ---------------------------------------------------------------------------------------------

/// Effect of extra caseload growth on the result, € M (FORMULAS F7).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GrowthEffect {
    /// Structural, full-year effect `−Δ · B0 · c` (+1 pp: −1,02 M).
    pub full_year_mln: f64,
    /// In-year effect if the growth accrues linearly, half of it (+1 pp: −0,51 M).
    pub in_year_mln: f64,
}

/// Effect on the result of `delta_pp` percentage points of extra growth (F7).
pub fn growth_effect(p: &BuigParams, delta_pp: f64) -> GrowthEffect {
    let full = -delta_pp / 100.0 * p.caseload_start * cost_per_benefit_eur(p) / 1e6;
    GrowthEffect {
        full_year_mln: full,
        in_year_mln: full / 2.0,
    }
}

/// Effect of a local growth figure relative to the budget's assumptions (F7, budget-side
/// nuance): `−(g_local − g_national − assumed differential) · B0 · c`. With the measured 1,80%
/// (1,15 + 0,65) instead of the assumed 2,15%: +0,36 M full-year, +0,18 M in-year (X11).
pub fn relative_growth_effect(p: &BuigParams, local_growth_pct: f64) -> GrowthEffect {
    growth_effect(
        p,
        local_growth_pct - p.national_growth_pct - p.local_differential_pct,
    )
}

/// Sensitivity of the first-year result to extra local growth (F7).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Sensitivity {
    /// The extra growth tried, pp.
    pub delta_pp: f64,
    /// Its effect.
    pub effect: GrowthEffect,
    /// Extra growth that wipes out the result, full-year: `Result / (B0 · c)` (+1,58 pp).
    /// `None` when `B0 · c` is 0.
    pub break_even_full_year_pp: Option<f64>,
    /// The same, in-year: twice the full-year figure (+3,2 pp).
    pub break_even_in_year_pp: Option<f64>,
    /// Total growth at the full-year break-even, % (≈ 3,7).
    pub break_even_total_growth_pct: Option<f64>,
}

/// F7 for `delta_pp` extra growth, with the break-even points against the first-year result.
pub fn sensitivity(p: &BuigParams, delta_pp: f64) -> Sensitivity {
    let r = result(p);
    let per_pp = p.caseload_start * r.cost_per_benefit_eur / 1e6 / 100.0;
    let be = ratio(r.result_mln, per_pp);
    Sensitivity {
        delta_pp,
        effect: growth_effect(p, delta_pp),
        break_even_full_year_pp: be,
        break_even_in_year_pp: be.map(|x| 2.0 * x).filter(|x| x.is_finite()),
        break_even_total_growth_pct: match (be, r.growth_pct) {
            (Some(b), Some(g)) => Some(g + b).filter(|x| x.is_finite()),
            _ => None,
        },
    }
}

/// Goal-seek: the first-year net growth (%) at which the result equals `target_result_mln`.
/// The model is the in-year one of F6 (average stock), so for target 0 this gives
/// growth + the in-year break-even (2,15 + 3,16 = 5,31%).
pub fn growth_for_result(
    p: &BuigParams,
    target_result_mln: f64,
    opts: &SeekOptions,
) -> Result<Solution, SeekError> {
    goal_seek(
        p,
        |q, g| q.caseload_path = CaseloadPath::Growth { pct: g },
        |q| result(q).result_mln,
        target_result_mln,
        opts,
    )
}

/// The first-year growth (%) at which the result is 0, searched in −100…+100% to €1.
pub fn break_even_growth(p: &BuigParams) -> Result<Solution, SeekError> {
    growth_for_result(p, 0.0, &SeekOptions::range(-100.0, MAX_GROWTH_PCT, 1e-6))
}

/// The named assumptions of the BUIG result for a tornado (Dutch names).
pub fn levers() -> Vec<Lever<BuigParams>> {
    vec![
        Lever {
            name: "groei bijstandsbestand (%)",
            get: |p| growth_pct_first_year(p).unwrap_or(0.0),
            set: |p, x| p.caseload_path = CaseloadPath::Growth { pct: x },
        },
        Lever {
            name: "kosten per uitkering (€)",
            get: cost_per_benefit_eur,
            set: |p, x| p.cost_per_benefit = CostPerBenefit::Entered { eur: x },
        },
        Lever {
            name: "LKS-uitgaven (€ mln)",
            get: |p| p.lks_spend_mln,
            set: |p, x| p.lks_spend_mln = x,
        },
        Lever {
            name: "BUIG-budget (€ mln)",
            get: |p| p.budget_mln,
            set: |p, x| p.budget_mln = x,
        },
        Lever {
            name: "bijstandsbestand begin jaar",
            get: |p| p.caseload_start,
            set: |p, x| p.caseload_start = x,
        },
    ]
}

// ---------------------------------------------------------------------------------------------
// Vangnet (F12)
// ---------------------------------------------------------------------------------------------

/// The vangnet for one year (FORMULAS F12). Amounts in € M, percentages of the budget.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct VangnetResult {
    /// `max(0, spending − budget)`.
    pub deficit_mln: f64,
    /// Deficit as % of the budget.
    pub deficit_pct: f64,
    /// Regular threshold in € M (7,5% of 114,46 = 8,58).
    pub regular_threshold_mln: f64,
    /// Extended threshold in € M (5% of 114,46 = 5,72).
    pub extended_threshold_mln: f64,
    /// Upper threshold in € M (12,5%).
    pub upper_threshold_mln: f64,
    /// How much the result can still fall before the regular vangnet pays anything:
    /// result + regular threshold (1,61 + 8,58 ≈ 10,2).
    pub headroom_to_regular_mln: f64,
    /// Sum of the deficit percentages of this year and the two before (`None` if unknown).
    pub multi_year_deficit_pct: Option<f64>,
    /// Eligible for the regular vangnet; `None` when it depends on unknown previous years.
    pub regular_eligible: Option<bool>,
    /// Regular compensation if eligible:
    /// `0,5 · clamp(d − 7,5%·B, 0, 5%·B) + max(0, d − 12,5%·B)`.
    pub regular_compensation_if_eligible_mln: f64,
    /// Eligible for the extended vangnet; `None` when it depends on unknown previous years.
    pub extended_eligible: Option<bool>,
    /// Extended compensation if eligible (rate × the deficit between the extended and regular
    /// thresholds); `None` while the rate is not entered.
    pub extended_compensation_if_eligible_mln: Option<f64>,
    /// Compensation paid; `None` when eligibility or the extended rate is unknown.
    pub compensation_mln: Option<f64>,
    /// Budget − spending + compensation; `None` when the compensation is unknown.
    pub net_result_mln: Option<f64>,
    /// Whether the budget is the definitief one (the vangnet is judged on that).
    pub budget_is_definitief: bool,
}

/// The vangnet for a budget and spending (FORMULAS F12). The budget must be positive.
pub fn vangnet(
    budget_mln: f64,
    spend_mln: f64,
    version: BudgetVersion,
    v: &VangnetParams,
) -> VangnetResult {
    let b = budget_mln;
    let deficit = (spend_mln - budget_mln).max(0.0);
    let deficit_pct = if b > 0.0 { deficit / b * 100.0 } else { 0.0 };
    let signed_pct = if b > 0.0 {
        (spend_mln - budget_mln) / b * 100.0
    } else {
        0.0
    };
    let t_reg = v.regular_threshold_pct / 100.0 * b;
    let t_ext = v.extended_threshold_pct / 100.0 * b;
    let t_up = v.upper_threshold_pct / 100.0 * b;
    let prev = v.previous_years_deficit_pct;
    let multi_year_deficit_pct = match (prev[1], prev[2]) {
        (Some(a), Some(c)) => Some(signed_pct + a + c),
        _ => None,
    };
    let regular_eligible = if deficit_pct <= v.regular_threshold_pct {
        Some(false)
    } else {
        multi_year_deficit_pct.map(|m| m > v.regular_multi_year_threshold_pct)
    };
    let regular_if = v.regular_rate_middle_pct / 100.0
        * (deficit - t_reg).clamp(0.0, (t_up - t_reg).max(0.0))
        + v.regular_rate_above_pct / 100.0 * (deficit - t_up).max(0.0);
    let extended_eligible = if deficit_pct <= v.extended_threshold_pct {
        Some(false)
    } else {
        let hits = prev
            .iter()
            .filter(|x| matches!(x, Some(d) if *d >= v.extended_previous_threshold_pct))
            .count() as u32;
        let unknown = prev.iter().filter(|x| x.is_none()).count() as u32;
        let need = v.extended_previous_years_required;
        if hits >= need {
            Some(true)
        } else if hits + unknown < need {
            Some(false)
        } else {
            None
        }
    };
    let extended_if = v
        .extended_compensation_rate_pct
        .map(|r| r / 100.0 * (deficit - t_ext).clamp(0.0, (t_reg - t_ext).max(0.0)));
    let regular_paid = match regular_eligible {
        Some(true) => Some(regular_if),
        Some(false) => Some(0.0),
        None => None,
    };
    let extended_paid = match extended_eligible {
        Some(true) => extended_if,
        Some(false) => Some(0.0),
        None => None,
    };
    let compensation_mln = match (regular_paid, extended_paid) {
        (Some(a), Some(c)) => Some(a + c),
        _ => None,
    };
    let result_mln = budget_mln - spend_mln;
    VangnetResult {
        deficit_mln: deficit,
        deficit_pct,
        regular_threshold_mln: t_reg,
        extended_threshold_mln: t_ext,
        upper_threshold_mln: t_up,
        headroom_to_regular_mln: result_mln + t_reg,
        multi_year_deficit_pct,
        regular_eligible,
        regular_compensation_if_eligible_mln: regular_if,
        extended_eligible,
        extended_compensation_if_eligible_mln: extended_if,
        compensation_mln,
        net_result_mln: compensation_mln.map(|c| result_mln + c),
        budget_is_definitief: version == BudgetVersion::Definitief,
    }
}
