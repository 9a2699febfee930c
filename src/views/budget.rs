//! What the BUIG and LKS screens share: their editable assumptions (number boxes, choices,
//! switches, each bound to one scenario value), the waterfall chart and money in € M.

use bijstand_core::buig::{self, BudgetVersion, CaseloadPath, CostPerBenefit};
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::lks::TargetDefinition;
use bijstand_core::scenario::Scenario;

use super::{Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages::budget as msg;

/// A scenario value edited with a number box on the BUIG or LKS screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// BUIG budget (€ M).
    BuigBudget,
    /// Eigen middelen (€ M).
    BuigEigen,
    /// Caseload at the start of the year.
    BuigStart,
    /// Fixed growth per year (%).
    BuigGrowth,
    /// National growth (%).
    BuigNational,
    /// Local differential (pp).
    BuigLocal,
    /// Entered cost per benefit (€).
    BuigCost,
    /// LKS spending (€ M).
    BuigLks,
    /// Price index (%).
    BuigPrice,
    /// Months elapsed.
    LksMonths,
    /// Running at start.
    LksStart,
    /// Started.
    LksStarted,
    /// Ended.
    LksEnded,
    /// Target.
    LksTarget,
    /// Starts last year (definition B).
    LksPrevStarts,
    /// In use last year (definition C).
    LksPrevInUse,
    /// WML per month.
    LksWml,
    /// Employer costs (%).
    LksAllowance,
    /// Subsidy cap (% WML).
    LksCap,
    /// Hours per week.
    LksHours,
    /// Loonwaarde raise (points).
    LksRaise,
    /// Number of contracts of the raise.
    LksRaiseContracts,
    /// Current mean loonwaarde of the raise (0 = marginal).
    LksRaiseFrom,
    /// Saving sought by the loonwaarde goal-seek (€ per year).
    LksGoalSaving,
}

impl Field {
    /// DOM id and `data-testid` of the box.
    pub fn id(self) -> &'static str {
        match self {
            Field::BuigBudget => "buig-budget",
            Field::BuigEigen => "buig-eigen",
            Field::BuigStart => "buig-start",
            Field::BuigGrowth => "buig-growth",
            Field::BuigNational => "buig-national",
            Field::BuigLocal => "buig-local",
            Field::BuigCost => "buig-cost",
            Field::BuigLks => "buig-lks",
            Field::BuigPrice => "buig-price",
            Field::LksMonths => "lks-months",
            Field::LksStart => "lks-start",
            Field::LksStarted => "lks-started",
            Field::LksEnded => "lks-ended",
            Field::LksTarget => "lks-target",
            Field::LksPrevStarts => "lks-prev-starts",
            Field::LksPrevInUse => "lks-prev-inuse",
            Field::LksWml => "lks-wml",
            Field::LksAllowance => "lks-allowance",
            Field::LksCap => "lks-cap",
            Field::LksHours => "lks-hours",
            Field::LksRaise => "lks-raise",
            Field::LksRaiseContracts => "lks-raise-n",
            Field::LksRaiseFrom => "lks-raise-from",
            Field::LksGoalSaving => "lks-goal-saving",
        }
    }

    /// Writes a value typed in the box into the scenario.
    pub fn set(self, s: &mut Scenario, v: f64) {
        match self {
            Field::BuigBudget => s.buig.budget_mln = v,
            Field::BuigEigen => s.buig.eigen_middelen_mln = Some(v),
            Field::BuigStart => s.buig.caseload_start = v,
            Field::BuigGrowth => s.buig.caseload_path = CaseloadPath::Growth { pct: v },
            Field::BuigNational => s.buig.national_growth_pct = v,
            Field::BuigLocal => s.buig.local_differential_pct = v,
            Field::BuigCost => s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: v },
            Field::BuigLks => s.buig.lks_spend_mln = v,
            Field::BuigPrice => s.buig.price_index_pct = v,
            Field::LksMonths => s.lks.months_elapsed = v.round() as u32,
            Field::LksStart => s.lks.start_running = v,
            Field::LksStarted => s.lks.started = v,
            Field::LksEnded => s.lks.ended = v,
            Field::LksTarget => s.lks.target = v,
            Field::LksPrevStarts => s.lks.previous_year_starts = Some(v),
            Field::LksPrevInUse => s.lks.previous_year_in_use = Some(v),
            Field::LksWml => s.lks.wml_month_36h_eur = v,
            Field::LksAllowance => s.lks.employer_allowance_pct = v,
            Field::LksCap => s.lks.cap_pct = v,
            Field::LksHours => s.lks.hours_per_week = v,
            Field::LksRaise => s.lks_raise.points = v,
            Field::LksRaiseContracts => s.lks_raise.contracts = v,
            Field::LksRaiseFrom => s.lks_raise.from_pct = (v > 0.0).then_some(v),
            Field::LksGoalSaving => s.lks_raise.saving_goal_eur = v,
        }
    }
}

/// A number box with its slider, bound to one scenario value.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberInput {
    /// The value it edits.
    pub field: Field,
    /// Label.
    pub label: String,
    /// Current value.
    pub value: f64,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Decimals shown in the box.
    pub decimals: usize,
    /// Unit after the box.
    pub unit: String,
}

impl NumberInput {
    /// A box for `field` showing `value`; `range` is (min, max, step).
    pub(crate) fn new(
        field: Field,
        label: impl Into<String>,
        value: f64,
        (min, max, step): (f64, f64, f64),
        decimals: usize,
        unit: impl Into<String>,
    ) -> NumberInput {
        NumberInput {
            field,
            label: label.into(),
            value,
            min,
            max,
            step,
            decimals,
            unit: unit.into(),
        }
    }
}

/// A scenario setting chosen from a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Version of the BUIG budget.
    BuigVersion,
    /// How the caseload develops.
    BuigPath,
    /// Cost per benefit entered or calibrated.
    BuigCostMode,
    /// The LKS year.
    LksYear,
    /// The reading of the LKS target.
    LksDefinition,
}

/// The BUIG budget versions in the order of their list.
pub(crate) const VERSIONS: [BudgetVersion; 3] = [
    BudgetVersion::Voorlopig,
    BudgetVersion::NaderVoorlopig,
    BudgetVersion::Definitief,
];

/// The LKS target definitions in the order of their list.
pub(crate) const DEFINITIONS: [TargetDefinition; 3] = [
    TargetDefinition::NetStockGrowth,
    TargetDefinition::MoreStarts,
    TargetDefinition::MoreInUse,
];

/// The years the LKS counts can be made for.
pub(crate) const LKS_YEARS: std::ops::RangeInclusive<i32> = 2015..=2030;

impl Choice {
    /// `data-testid` of the list, if it has one.
    pub fn test_id(self) -> Option<&'static str> {
        match self {
            Choice::BuigVersion => Some("buig-version"),
            Choice::BuigPath => Some("buig-path"),
            Choice::BuigCostMode => None,
            Choice::LksYear => Some("lks-year"),
            Choice::LksDefinition => Some("lks-definition"),
        }
    }

    /// Writes the choice of list entry `index` into the scenario. Choosing a caseload path
    /// starts it from what the scenario holds: fixed growth from the current first-year
    /// growth (2,15% when unknown), flows from the projection's inflow and outflow.
    pub fn apply(self, s: &mut Scenario, index: usize) {
        match self {
            Choice::BuigVersion => s.buig.budget_version = VERSIONS[index.min(2)],
            Choice::BuigPath => {
                let g = buig::growth_pct_first_year(&s.buig).unwrap_or(2.15);
                s.buig.caseload_path = match index {
                    1 => CaseloadPath::Growth {
                        pct: (g * 100.0).round() / 100.0,
                    },
                    2 => {
                        let pr = s.projection.clone().unwrap_or_default();
                        CaseloadPath::Flows {
                            inflow_per_year: pr.inflow_per_year,
                            outflow_excl_aow_per_year: pr.outflow_excl_aow_per_year,
                        }
                    }
                    _ => CaseloadPath::NationalPlusDifferential,
                };
            }
            Choice::BuigCostMode => {
                s.buig.cost_per_benefit = if index == 1 {
                    CostPerBenefit::Calibrated {
                        from: Default::default(),
                    }
                } else {
                    CostPerBenefit::Entered {
                        eur: buig::cost_per_benefit_eur(&s.buig).round(),
                    }
                }
            }
            Choice::LksYear => {
                s.lks.year = (LKS_YEARS.start() + index as i32).min(*LKS_YEARS.end())
            }
            Choice::LksDefinition => s.lks.definition = DEFINITIONS[index.min(2)],
        }
    }
}

/// A list to choose a setting from.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    /// What it sets.
    pub choice: Choice,
    /// Label.
    pub label: String,
    /// The entries.
    pub options: Vec<String>,
    /// The entry chosen now.
    pub selected: usize,
}

/// A scenario setting switched on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggle {
    /// Count the LKS figures from the contracts file.
    LksUseContracts,
    /// Include holiday pay in the subsidy.
    LksHolidayPay,
    /// Start the loonwaarde raise from the running contracts.
    LksRaiseFromContracts,
}

impl Toggle {
    /// `data-testid` of the box, if it has one.
    pub fn test_id(self) -> Option<&'static str> {
        match self {
            Toggle::LksUseContracts => Some("lks-use-contracts"),
            Toggle::LksHolidayPay => None,
            Toggle::LksRaiseFromContracts => Some("lks-raise-from-contracts"),
        }
    }

    /// Writes the switch into the scenario.
    pub fn apply(self, s: &mut Scenario, on: bool) {
        match self {
            Toggle::LksUseContracts => s.lks.use_contracts = on,
            Toggle::LksHolidayPay => s.lks.holiday_pay = on,
            Toggle::LksRaiseFromContracts => s.lks_raise.from_contracts = on,
        }
    }
}

/// A check box.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// What it switches.
    pub toggle: Toggle,
    /// Label.
    pub label: String,
    /// On now.
    pub checked: bool,
}

/// Millions of euros with two decimals in the language: `€ 1,61 mln` / `€1.61 m`.
pub(crate) fn mln(lang: Lang, x: f64) -> String {
    format::eur_mln(lang, x, 2)
}

/// One bar of a waterfall: label, value and whether it is a total (standing on 0).
pub(crate) struct Step {
    pub label: String,
    pub value: f64,
    pub total: bool,
}

/// A waterfall drawn as stacked bars: an invisible base and a visible step per category.
pub(crate) fn waterfall(
    id: &str,
    title: &str,
    steps: &[Step],
    unit: &str,
    fmt: &dyn Fn(f64) -> String,
    lang: Lang,
) -> Panel {
    // Totals stand on 0; other steps move the running level.
    let mut level = 0.0;
    let (mut base, mut up, mut down, mut labels_up, mut labels_down) =
        (vec![], vec![], vec![], vec![], vec![]);
    for s in steps {
        let (v, total) = (s.value, s.total);
        let (from, to) = if total { (0.0, v) } else { (level, level + v) };
        level = if total { v } else { level + v };
        base.push(Some(from.min(to)));
        let h = (to - from).abs();
        let rising = total || v >= 0.0;
        up.push(rising.then_some(h));
        down.push((!rising).then_some(h));
        labels_up.push(if rising { fmt(v) } else { String::new() });
        labels_down.push(if rising { String::new() } else { fmt(v) });
    }
    let cats: Vec<String> = steps.iter().map(|s| s.label.clone()).collect();
    let n = cats.len();
    Panel {
        chart: ChartSpec {
            id: id.into(),
            title: title.into(),
            categories: cats,
            series: vec![
                // The invisible base: no legend entry, no hover.
                Series::new(
                    "basis",
                    base,
                    vec![String::new(); n],
                    INVISIBLE,
                    SeriesStyle::Bar,
                ),
                Series::new(
                    msg::AMOUNT.get(lang),
                    up,
                    labels_up,
                    PALETTE[0],
                    SeriesStyle::Bar,
                ),
                Series::new(
                    msg::SPENDING.get(lang),
                    down,
                    labels_down,
                    PALETTE[1],
                    SeriesStyle::Bar,
                ),
            ],
            kind: ChartKind::Combo { stacked: true },
            value_title: unit.into(),
        },
        table: Table {
            caption: title.into(),
            headers: vec![msg::ITEM.get(lang).into(), msg::AMOUNT.get(lang).into()],
            rows: steps
                .iter()
                .map(|s| vec![s.label.clone(), fmt(s.value)])
                .collect(),
        },
        note: None,
    }
}

const INVISIBLE: &str = "rgba(0,0,0,0)";

/// The Dutch-formatted numbers and dates in `text`, as the English e2e check finds them: a
/// thousands dot (`5.687`), a decimal comma before one or two digits (`1,61`), a Dutch
/// date (`30-09-2024`) or the word `mln`.
#[cfg(test)]
pub(crate) fn dutch_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let is_num = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    // Whole runs of digits, dots and commas.
    for run in text.split(|c: char| !is_num(c)).filter(|r| !r.is_empty()) {
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        let groups: Vec<&str> = run.split('.').collect();
        let thousands = groups.len() > 1
            && digits(groups[0])
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| digits(g) && g.len() == 3);
        let comma = run
            .split_once(',')
            .is_some_and(|(i, f)| digits(i) && digits(f) && f.len() <= 2);
        if thousands || comma {
            found.push(run.to_string());
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() || *c == '_');
    for i in 0..chars.len() {
        let at = |k: usize| chars.get(i + k);
        let date = chars.len() >= i + 10
            && (0..10).all(|k| match k {
                2 | 5 => at(k) == Some(&'-'),
                _ => at(k).is_some_and(|c| c.is_ascii_digit()),
            })
            && !word(i.checked_sub(1).and_then(|j| chars.get(j)))
            && !word(at(10));
        if date {
            found.push(chars[i..i + 10].iter().collect());
        }
        let mln = chars.len() >= i + 3
            && chars[i..i + 3] == ['m', 'l', 'n']
            && !word(i.checked_sub(1).and_then(|j| chars.get(j)))
            && !word(at(3));
        if mln {
            found.push("mln".into());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers_are_found_as_the_e2e_check_finds_them() {
        assert_eq!(
            dutch_numbers("5.687 en 1,61 op 30-09-2024, € 2 mln"),
            ["5.687", "1,61", "30-09-2024", "mln"]
        );
        assert!(
            dutch_numbers("5,687 · 21.29% · €1.61 m · 30 Sep 2024 · rgba(0,0,0,0) · 2.15")
                .is_empty()
        );
    }

    #[test]
    fn choices_write_the_scenario_with_their_defaults() {
        let mut s = Scenario::default();
        Choice::BuigPath.apply(&mut s, 1);
        assert_eq!(s.buig.caseload_path, CaseloadPath::Growth { pct: 2.15 });
        // Flows start from the projection's inflow and outflow.
        Choice::BuigPath.apply(&mut s, 2);
        let pr = s.projection.clone().unwrap_or_default();
        assert_eq!(
            s.buig.caseload_path,
            CaseloadPath::Flows {
                inflow_per_year: pr.inflow_per_year,
                outflow_excl_aow_per_year: pr.outflow_excl_aow_per_year,
            }
        );
        Choice::BuigPath.apply(&mut s, 0);
        assert_eq!(s.buig.caseload_path, CaseloadPath::NationalPlusDifferential);
        // Calibrated, then back to entered: the calibrated cost, rounded, is kept.
        Choice::BuigCostMode.apply(&mut s, 1);
        assert!(matches!(
            s.buig.cost_per_benefit,
            CostPerBenefit::Calibrated { .. }
        ));
        let calibrated = buig::cost_per_benefit_eur(&s.buig).round();
        Choice::BuigCostMode.apply(&mut s, 0);
        assert_eq!(
            s.buig.cost_per_benefit,
            CostPerBenefit::Entered { eur: calibrated }
        );
        Choice::BuigVersion.apply(&mut s, 2);
        assert_eq!(s.buig.budget_version, BudgetVersion::Definitief);
        Choice::LksYear.apply(&mut s, 8);
        assert_eq!(s.lks.year, 2023);
        Choice::LksYear.apply(&mut s, 99);
        assert_eq!(s.lks.year, 2030);
        Choice::LksDefinition.apply(&mut s, 1);
        assert_eq!(s.lks.definition, TargetDefinition::MoreStarts);
    }

    #[test]
    fn fields_and_toggles_write_their_value() {
        let mut s = Scenario::default();
        Field::LksRaiseFrom.set(&mut s, 0.0);
        assert_eq!(s.lks_raise.from_pct, None, "0 is marginal");
        Field::LksRaiseFrom.set(&mut s, 25.0);
        assert_eq!(s.lks_raise.from_pct, Some(25.0));
        Field::LksMonths.set(&mut s, 6.4);
        assert_eq!(s.lks.months_elapsed, 6);
        Field::BuigGrowth.set(&mut s, 3.0);
        assert_eq!(s.buig.caseload_path, CaseloadPath::Growth { pct: 3.0 });
        Toggle::LksHolidayPay.apply(&mut s, false);
        assert!(!s.lks.holiday_pay);
    }
}
