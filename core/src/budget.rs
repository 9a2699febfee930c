//! The full budget evaluation: FORMULAS F4–F8, F12 and the multi-year path in one call, from
//! the LKS and BUIG parameter sets. Sits above [`crate::lks`] and [`crate::buig`]; the
//! formula tests and the `bench_budget` example use it.

use crate::buig::{self, BuigParams, BuigResult, Sensitivity, VangnetResult, YearView};
use crate::lks::{
    self, LksParams, NextYear, Pace, PlacementTarget, StockFlow, TargetDefinition, TargetProgress,
    YearEndProjection,
};

/// Everything the LKS and BUIG screens show, computed in one call from the parameter sets.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BudgetEvaluation {
    /// F4: LKS stock and flows.
    pub lks_stock_flow: StockFlow,
    /// F4: progress under definitions A, B and C (`None`: not computable, previous year unknown).
    pub lks_progress: [Option<TargetProgress>; 3],
    /// F4: the projected year end at the planned (or current) pace.
    pub lks_year_end: YearEndProjection,
    /// F4: starts needed next year under definitions A, B and C.
    pub lks_next_year: [NextYear; 3],
    /// F5: Werkplein placements against the year target.
    pub placements: Pace,
    /// F8: LKS subsidy per contract per year at the parameters' hours, for loonwaarde 30, 45, 50, 60, 70%.
    pub lks_subsidy_table: [lks::SubsidyRow; 5],
    /// F8: yearly saving of +10 points loonwaarde over the running contracts.
    pub lks_raise_saving_eur: f64,
    /// F6: the BUIG result of the first year.
    pub buig: BuigResult,
    /// F7: sensitivity to +1 pp extra local growth, and the break-even points.
    pub sensitivity: Sensitivity,
    /// F12: vangnet for the first year.
    pub vangnet: VangnetResult,
    /// F6/F9: the multi-year view.
    pub years: Vec<YearView>,
}

/// Computes FORMULAS F4–F8, F12 and the multi-year path for validated inputs.
///
/// The LKS subsidy table uses the benefit cost `c` of the BUIG parameters as the avoided cost.
pub fn evaluate_budget(
    lks_params: &LksParams,
    buig_params: &BuigParams,
    placements: &PlacementTarget,
) -> BudgetEvaluation {
    let stock_flow = lks::stock_flow(lks_params);
    let progress = TargetDefinition::ALL.map(|d| lks::target_progress(lks_params, d));
    let year_end = lks::year_end_projection(lks_params);
    let next_year = TargetDefinition::ALL.map(|d| lks::next_year_starts(lks_params, d));
    let buig_result = buig::result(buig_params);
    let c = buig_result.cost_per_benefit_eur;
    let table = [30.0, 45.0, 50.0, 60.0, 70.0]
        .map(|lw| lks::subsidy_row(lks_params, lw, lks_params.hours_per_week, c));
    let raise = lks::loonwaarde_raise_saving_eur(
        lks_params,
        &lks::LoonwaardeRaise {
            from_pct: None,
            points: 10.0,
            contracts: stock_flow.end_running,
            hours_per_week: lks_params.hours_per_week,
            ..Default::default()
        },
    );
    BudgetEvaluation {
        lks_stock_flow: stock_flow,
        lks_progress: progress,
        lks_year_end: year_end,
        lks_next_year: next_year,
        placements: lks::pace(placements),
        lks_subsidy_table: table,
        lks_raise_saving_eur: raise,
        sensitivity: buig::sensitivity(buig_params, 1.0),
        vangnet: buig::vangnet(
            buig_result.budget_mln,
            buig_result.spend_mln,
            buig_params.budget_version,
            &buig_params.vangnet,
        ),
        years: buig::multi_year(buig_params),
        buig: buig_result,
    }
}
