//! What the BUIG and LKS screens share: their editable assumptions (number boxes, choices,
//! switches, each bound to one scenario value), the waterfall chart and money in € M.

use bijstand_core::buig::{self, BudgetVersion, CaseloadPath, CostPerBenefit};
use bijstand_core::format;
use bijstand_core::i18n::Msg;
use bijstand_core::lang::Lang;
use bijstand_core::lks::TargetDefinition;
use bijstand_core::scenario::Scenario;

use super::{Panel, Table};
use crate::charts::{ChartKind, ChartSpec, SecondAxis, Series, SeriesStyle, INVISIBLE, PALETTE};
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

/// The one range of a number box, for the box and its slider alike, and why it is that
/// range (shown under the field).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest value accepted.
    pub min: f64,
    /// Largest value accepted.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Decimals shown in the box.
    pub decimals: usize,
    /// Why the range is what it is.
    pub why: Msg,
}

impl Bounds {
    pub(crate) const fn new(min: f64, max: f64, step: f64, decimals: usize, why: Msg) -> Bounds {
        Bounds {
            min,
            max,
            step,
            decimals,
            why,
        }
    }

    /// The line under the field: `Van −5 tot en met 5: …`.
    pub fn line(&self, lang: Lang) -> String {
        msg::bounds_line(
            lang,
            bound_text(lang, self.min),
            bound_text(lang, self.max),
            self.why.get(lang).to_string(),
        )
    }
}

/// A range bound as the field's messages write it: at most two decimals, `,00` dropped,
/// a true minus sign (`−5`, `2,5`, `100.000`).
pub fn bound_text(lang: Lang, x: f64) -> String {
    let point = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    let text = format::dec(lang, x.abs(), 2);
    let text = if text.contains(point) {
        text.trim_end_matches('0')
            .trim_end_matches(point)
            .to_string()
    } else {
        text
    };
    if x < 0.0 {
        format!("−{text}")
    } else {
        text
    }
}

impl Field {
    /// Every number box of the BUIG and LKS screens.
    pub const ALL: [Field; 24] = [
        Field::BuigBudget,
        Field::BuigEigen,
        Field::BuigStart,
        Field::BuigGrowth,
        Field::BuigNational,
        Field::BuigLocal,
        Field::BuigCost,
        Field::BuigLks,
        Field::BuigPrice,
        Field::LksMonths,
        Field::LksStart,
        Field::LksStarted,
        Field::LksEnded,
        Field::LksTarget,
        Field::LksPrevStarts,
        Field::LksPrevInUse,
        Field::LksWml,
        Field::LksAllowance,
        Field::LksCap,
        Field::LksHours,
        Field::LksRaise,
        Field::LksRaiseContracts,
        Field::LksRaiseFrom,
        Field::LksGoalSaving,
    ];

    /// The field's one range (box and slider) and why: the only place it is defined.
    pub fn bounds(self) -> Bounds {
        const COUNT: Bounds = Bounds::new(0.0, 20_000.0, 1.0, 0, msg::WHY_LKS_COUNT);
        const GROWTH: Bounds = Bounds::new(-20.0, 20.0, 0.05, 2, msg::WHY_GROWTH);
        match self {
            Field::BuigBudget => Bounds::new(0.01, 2_000.0, 0.01, 2, msg::WHY_BUDGET),
            Field::BuigEigen => Bounds::new(-100.0, 100.0, 0.01, 2, msg::WHY_EIGEN),
            Field::BuigStart => Bounds::new(0.0, 100_000.0, 1.0, 0, msg::WHY_CASELOAD),
            Field::BuigGrowth | Field::BuigNational => GROWTH,
            Field::BuigLocal => Bounds::new(-5.0, 5.0, 0.05, 2, msg::WHY_LOCAL),
            Field::BuigCost => Bounds::new(5_000.0, 50_000.0, 10.0, 0, msg::WHY_COST),
            Field::BuigLks => Bounds::new(0.0, 500.0, 0.01, 2, msg::WHY_LKS_MLN),
            Field::BuigPrice => Bounds::new(-10.0, 20.0, 0.1, 1, msg::WHY_PRICE),
            Field::LksMonths => Bounds::new(1.0, 12.0, 1.0, 0, msg::WHY_MONTHS),
            Field::LksStart
            | Field::LksStarted
            | Field::LksEnded
            | Field::LksTarget
            | Field::LksPrevStarts
            | Field::LksPrevInUse
            | Field::LksRaiseContracts => COUNT,
            Field::LksWml => Bounds::new(1_000.0, 5_000.0, 0.01, 2, msg::WHY_WML),
            Field::LksAllowance => Bounds::new(0.0, 100.0, 0.5, 1, msg::WHY_ALLOWANCE),
            Field::LksCap => Bounds::new(0.0, 100.0, 1.0, 0, msg::WHY_CAP),
            Field::LksHours => Bounds::new(
                1.0,
                bijstand_core::validate::MAX_HOURS_PER_WEEK,
                1.0,
                0,
                msg::WHY_HOURS,
            ),
            Field::LksRaise => Bounds::new(-100.0, 100.0, 1.0, 0, msg::WHY_RAISE),
            Field::LksRaiseFrom => Bounds::new(0.0, 100.0, 1.0, 1, msg::WHY_RAISE_FROM),
            Field::LksGoalSaving => {
                Bounds::new(0.0, 1_000_000_000.0, 10_000.0, 0, msg::WHY_GOAL_SAVING)
            }
        }
    }

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
    /// Why the range is what it is (the line under the field).
    pub bounds_line: String,
}

impl NumberInput {
    /// A box for `field` showing `value`, over the field's [`Field::bounds`].
    pub(crate) fn new(
        field: Field,
        label: impl Into<String>,
        value: f64,
        unit: impl Into<String>,
        lang: Lang,
    ) -> NumberInput {
        let b = field.bounds();
        NumberInput {
            field,
            label: label.into(),
            value,
            min: b.min,
            max: b.max,
            step: b.step,
            decimals: b.decimals,
            unit: unit.into(),
            bounds_line: b.line(lang),
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

/// What a waterfall's bars are called, in its legend and its table.
pub(crate) struct WaterfallNames<'a> {
    /// The totals (standing on zero): "Budget en resultaat", "Lopende contracten".
    pub totals: &'a str,
    /// The steps up: "Gestart".
    pub up: &'a str,
    /// The steps down: "Uitgaven", "Beëindigd".
    pub down: &'a str,
    /// The table's value column: "Bedrag", "Contracten".
    pub value: &'a str,
    /// The title of an inset that repeats the last bar (the answer) on a zoomed scale of
    /// its own when it is small next to the largest bar (under a tenth of it); `None`: no
    /// inset.
    pub zoom: Option<&'a str>,
}

/// A waterfall drawn as stacked bars: an invisible base and a visible step per category,
/// the totals, the steps up and the steps down each a series of their own, named in the
/// legend. A last bar that is small next to the largest gets an inset with its own scale
/// (see [`WaterfallNames::zoom`]), so the answer stays readable.
pub(crate) fn waterfall(
    id: &str,
    title: &str,
    steps: &[Step],
    unit: &str,
    names: &WaterfallNames,
    fmt: &dyn Fn(f64) -> String,
    lang: Lang,
) -> Panel {
    // A step is a change: with its sign (+220, −155, −€ 102,95 mln).
    let step_text = |s: &Step| {
        if s.total {
            fmt(s.value)
        } else {
            format::signed(s.value, fmt(s.value))
        }
    };
    // Totals stand on 0; other steps move the running level.
    let mut level = 0.0;
    let n = steps.len();
    let mut base = Vec::with_capacity(n);
    let (mut totals, mut up, mut down) = (vec![], vec![], vec![]);
    let (mut l_totals, mut l_up, mut l_down) = (vec![], vec![], vec![]);
    let mut largest = 0.0_f64;
    for s in steps {
        let (v, total) = (s.value, s.total);
        let (from, to) = if total { (0.0, v) } else { (level, level + v) };
        level = if total { v } else { level + v };
        base.push(Some(from.min(to)));
        let h = (to - from).abs();
        largest = largest.max(h);
        let kind = if total {
            0
        } else if v >= 0.0 {
            1
        } else {
            2
        };
        for (k, (vals, labels)) in [
            (&mut totals, &mut l_totals),
            (&mut up, &mut l_up),
            (&mut down, &mut l_down),
        ]
        .into_iter()
        .enumerate()
        {
            vals.push((k == kind).then_some(h));
            labels.push(if k == kind {
                step_text(s)
            } else {
                String::new()
            });
        }
    }
    let cats: Vec<String> = steps.iter().map(|s| s.label.clone()).collect();
    let mut series = vec![
        // The invisible base: no legend entry, no hover.
        Series::new(
            "basis",
            base,
            vec![String::new(); n],
            INVISIBLE,
            SeriesStyle::Bar,
        ),
        Series::new(names.totals, totals, l_totals, PALETTE[0], SeriesStyle::Bar),
        Series::new(names.up, up, l_up, PALETTE[2], SeriesStyle::Bar),
        Series::new(names.down, down, l_down, PALETTE[1], SeriesStyle::Bar),
    ];
    let mut second_axis = None;
    if let (Some(zoom), Some(last)) = (names.zoom, steps.last()) {
        if last.value.abs() < 0.1 * largest {
            let mut values = vec![None; n];
            let mut labels = vec![String::new(); n];
            values[n - 1] = Some(last.value);
            labels[n - 1] = fmt(last.value);
            series.push(Series::new(
                &last.label,
                values,
                labels,
                if last.value < 0.0 {
                    PALETTE[1]
                } else {
                    PALETTE[0]
                },
                SeriesStyle::Bar,
            ));
            second_axis = Some(SecondAxis {
                series: vec![series.len() - 1],
                title: zoom.into(),
                inset: true,
                from_zero: false,
            });
        }
    }
    Panel {
        chart: ChartSpec {
            id: id.into(),
            title: title.into(),
            categories: cats,
            series,
            kind: ChartKind::Combo { stacked: true },
            value_title: unit.into(),
            second_axis,
            ..Default::default()
        },
        table: Table {
            caption: title.into(),
            headers: vec![msg::ITEM.get(lang).into(), names.value.into()],
            rows: steps
                .iter()
                .map(|s| vec![s.label.clone(), step_text(s)])
                .collect(),
        },
        note: None,
    }
}

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
    fn every_field_has_one_explained_range_for_box_and_slider() {
        let ids: std::collections::BTreeSet<_> = Field::ALL.iter().map(|f| f.id()).collect();
        assert_eq!(ids.len(), Field::ALL.len(), "ids are unique");
        let defaults = Scenario::default();
        for f in Field::ALL {
            let b = f.bounds();
            assert!(
                b.min < b.max && b.step > 0.0 && b.step <= b.max - b.min,
                "{f:?}"
            );
            let input = NumberInput::new(f, "x", 1.0, "", Lang::Nl);
            assert_eq!(
                (input.min, input.max, input.step, input.decimals),
                (b.min, b.max, b.step, b.decimals),
                "{f:?}: the box takes the field's one range"
            );
            for lang in [Lang::Nl, Lang::En] {
                let line = b.line(lang);
                assert!(line.contains(&bound_text(lang, b.max)), "{line}");
                assert!(line.len() > 30, "{f:?} explains its range: {line}");
            }
            // The default scenario's value lies inside the range.
            let mut s = defaults.clone();
            f.set(&mut s, b.min);
            f.set(&mut s, b.max);
        }
        assert_eq!(
            Field::BuigLocal.bounds().line(Lang::Nl),
            "Van −5 tot en met 5: het lokale verschil met de landelijke groei is meestal \
             kleiner dan 1 procentpunt (gemeten over 2024: 0,65); daarbuiten is een typfout \
             waarschijnlijker dan een verwachting."
        );
        let p = &defaults.buig;
        for (f, v) in [
            (Field::BuigBudget, p.budget_mln),
            (Field::BuigStart, p.caseload_start),
            (Field::BuigNational, p.national_growth_pct),
            (Field::BuigLocal, p.local_differential_pct),
            (Field::BuigCost, buig::cost_per_benefit_eur(p)),
            (Field::BuigLks, p.lks_spend_mln),
            (Field::BuigPrice, p.price_index_pct),
            (Field::LksStart, defaults.lks.start_running),
            (Field::LksStarted, defaults.lks.started),
            (Field::LksEnded, defaults.lks.ended),
            (Field::LksTarget, defaults.lks.target),
            (Field::LksWml, defaults.lks.wml_month_36h_eur),
            (Field::LksAllowance, defaults.lks.employer_allowance_pct),
            (Field::LksCap, defaults.lks.cap_pct),
            (Field::LksHours, defaults.lks.hours_per_week),
        ] {
            let b = f.bounds();
            assert!(
                (b.min..=b.max).contains(&v),
                "{f:?}: the default {v} lies in range"
            );
        }
    }

    #[test]
    fn bounds_are_written_in_the_language() {
        assert_eq!(bound_text(Lang::Nl, -5.0), "−5");
        assert_eq!(bound_text(Lang::Nl, 2.5), "2,5");
        assert_eq!(bound_text(Lang::Nl, 100_000.0), "100.000");
        assert_eq!(bound_text(Lang::En, 100_000.0), "100,000");
        assert_eq!(bound_text(Lang::En, 0.01), "0.01");
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
