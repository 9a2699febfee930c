//! The LKS and BUIG views: every assumption editable, results recomputed at once,
//! goal-seek, the vangnet and scenario A versus B.

use bijstand_core::buig::{self, BudgetVersion, CaseloadPath, CostPerBenefit};
use bijstand_core::format;
use bijstand_core::lang::Lang;
use std::sync::Arc;

use bijstand_core::lks::{self, TargetDefinition};
use bijstand_core::model::ContractsFile;
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::data_table::DataTable;
use crate::components::inputs::NumberField;
use crate::components::scenarios::ScenarioLibrary;
use crate::state::{Action, Edit};
use crate::views;

/// A loaded contracts file, compared by pointer (Yew does not diff the rows).
#[derive(Clone, Debug)]
pub struct ContractsKey(pub Arc<ContractsFile>);

impl PartialEq for ContractsKey {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of the budget views.
#[derive(Properties, PartialEq)]
pub struct BudgetProps {
    /// Current scenario (A).
    pub scenario: Scenario,
    /// Scenario B, when kept.
    pub scenario_b: Option<Scenario>,
    /// LKS contracts loaded next to the caseload, if any.
    #[prop_or_default]
    pub contracts: Option<ContractsKey>,
    /// Scenarios saved under a name.
    #[prop_or_default]
    pub saved: Vec<Scenario>,
    /// Dispatches actions (edits, A/B).
    pub dispatch: Callback<Action>,
}

/// A number field bound to one scenario value.
#[allow(clippy::too_many_arguments)]
fn field(
    dispatch: &Callback<Action>,
    lang: Lang,
    id: &'static str,
    label: &'static str,
    value: f64,
    range: (f64, f64, f64),
    decimals: usize,
    unit: &'static str,
    set: fn(&mut Scenario, f64),
) -> Html {
    let dispatch = dispatch.clone();
    let on_change =
        Callback::from(move |v: f64| dispatch.emit(Action::Edit(Edit::new(move |s| set(s, v)))));
    let (min, max, step) = range;
    html! { <NumberField {id} {label} {value} {min} {max} {step} {decimals} {unit} {lang} {on_change} /> }
}

/// The BUIG screen.
#[component]
pub fn BuigPanel(props: &BudgetProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let p = &s.buig;
    let d = &props.dispatch;
    let (kpis, panels) = views::buig_view(p, lang);
    let growth_pct = buig::growth_pct_first_year(p).unwrap_or(0.0);
    let cost = buig::cost_per_benefit_eur(p);
    // LKS spending of the year from a contracts file with monthly amounts (F6), offered
    // to take over; the number entered stays what the scenario (and its link) holds.
    let lks_from_contracts = props
        .contracts
        .as_ref()
        .and_then(|k| lks::contract_spend(&k.0.contracts, p.year))
        .map(|spend| {
            let mln = (spend.mln * 100.0).round() / 100.0;
            let d = d.clone();
            let take = Callback::from(move |_: MouseEvent| {
                d.emit(Action::Edit(Edit::new(move |s| s.buig.lks_spend_mln = mln)))
            });
            (spend, mln, take)
        });
    let on_version = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let v = [
                BudgetVersion::Voorlopig,
                BudgetVersion::NaderVoorlopig,
                BudgetVersion::Definitief,
            ][el.selected_index().clamp(0, 2) as usize];
            d.emit(Action::Edit(Edit::new(move |s| s.buig.budget_version = v)));
        })
    };
    let on_path = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let i = el.selected_index();
            d.emit(Action::Edit(Edit::new(move |s| {
                let g = buig::growth_pct_first_year(&s.buig).unwrap_or(2.15);
                s.buig.caseload_path = match i {
                    1 => CaseloadPath::Growth {
                        pct: (g * 100.0).round() / 100.0,
                    },
                    2 => {
                        let pr = s.projection.clone().unwrap_or_default();
                        CaseloadPath::Flows {
                            inflow_per_year: pr.instroom_per_jaar,
                            outflow_excl_aow_per_year: pr.uitstroom_niet_aow_per_jaar,
                        }
                    }
                    _ => CaseloadPath::NationalPlusDifferential,
                };
            })));
        })
    };
    let path_index = match p.caseload_path {
        CaseloadPath::NationalPlusDifferential => 0,
        CaseloadPath::Growth { .. } => 1,
        CaseloadPath::Flows { .. } | CaseloadPath::Explicit { .. } => 2,
    };
    let on_cost_mode = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let calibrated = el.selected_index() == 1;
            d.emit(Action::Edit(Edit::new(move |s| {
                s.buig.cost_per_benefit = if calibrated {
                    CostPerBenefit::Calibrated {
                        from: Default::default(),
                    }
                } else {
                    CostPerBenefit::Entered {
                        eur: buig::cost_per_benefit_eur(&s.buig).round(),
                    }
                };
            })));
        })
    };
    let seek = buig::break_even_growth(p);
    let ab = |a: Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(a.clone()))
    };
    html! {
        <>
            <section class="settings" aria-labelledby="buig-settings-h">
                <h2 class="settings-title" id="buig-settings-h">{ lang.t("Aannames BUIG", "BUIG assumptions") }</h2>
                <h3>{ lang.t("Budget", "Budget") }</h3>
                { field(d, lang, "buig-budget", lang.t("BUIG-budget (€ mln)", "BUIG budget (€ mln)"), p.budget_mln, (0.01, 100_000.0, 0.01), 2, "mln", |s, v| s.buig.budget_mln = v) }
                <label class="control"><span>{ lang.t("Versie budget", "Budget version") }</span>
                    <select onchange={on_version} data-testid="buig-version">
                        { for [BudgetVersion::Voorlopig, BudgetVersion::NaderVoorlopig, BudgetVersion::Definitief].iter().map(|v| html! { <option selected={*v == p.budget_version}>{ lang.t(v.label_nl(), v.label_en()) }</option> }) }
                    </select>
                </label>
                { field(d, lang, "buig-eigen", lang.t("Eigen middelen (€ mln)", "Own means (€ mln)"), p.eigen_middelen_mln.unwrap_or(0.0), (-1000.0, 1000.0, 0.01), 2, "mln", |s, v| s.buig.eigen_middelen_mln = Some(v)) }
                <h3>{ lang.t("Uitgaven", "Spending") }</h3>
                { field(d, lang, "buig-start", lang.t("Bestand begin jaar", "Caseload at start of year"), p.caseload_start, (0.0, 1_000_000.0, 1.0), 0, "", |s, v| s.buig.caseload_start = v) }
                <label class="control"><span>{ lang.t("Verloop bestand", "Caseload path") }</span>
                    <select onchange={on_path} data-testid="buig-path">
                        <option selected={path_index == 0}>{ lang.t("landelijke groei + lokaal verschil", "national growth + local difference") }</option>
                        <option selected={path_index == 1}>{ lang.t("vaste groei per jaar", "fixed growth per year") }</option>
                        <option selected={path_index == 2}>{ lang.t("instroom − uitstroom − AOW (uit prognose)", "inflow − outflow − pension (from projection)") }</option>
                    </select>
                </label>
                if let CaseloadPath::Growth { pct } = p.caseload_path {
                    { field(d, lang, "buig-growth", lang.t("Groei bestand", "Caseload growth"), pct, (-99.0, 100.0, 0.05), 2, "%", |s, v| s.buig.caseload_path = CaseloadPath::Growth { pct: v }) }
                } else if path_index == 0 {
                    { field(d, lang, "buig-national", lang.t("Landelijke groei (Rijk)", "National growth"), p.national_growth_pct, (-99.0, 100.0, 0.05), 2, "%", |s, v| s.buig.national_growth_pct = v) }
                    { field(d, lang, "buig-local", lang.t("Lokaal verschil (procentpunt)", "Local difference (pp)"), p.local_differential_pct, (-50.0, 50.0, 0.05), 2, "pp", |s, v| s.buig.local_differential_pct = v) }
                }
                <label class="control"><span>{ lang.t("Kosten per uitkering", "Cost per benefit") }</span>
                    <select onchange={on_cost_mode}>
                        <option selected={matches!(p.cost_per_benefit, CostPerBenefit::Entered { .. })}>{ lang.t("ingevoerd", "entered") }</option>
                        <option selected={matches!(p.cost_per_benefit, CostPerBenefit::Calibrated { .. })}>{ lang.t("geijkt op 2024 (resultaat 1,90 mln)", "calibrated on 2024 (result 1.90 mln)") }</option>
                    </select>
                </label>
                if let CostPerBenefit::Entered { eur } = p.cost_per_benefit {
                    { field(d, lang, "buig-cost", lang.t("Kosten per uitkering per jaar", "Cost per benefit per year"), eur, (0.0, 200_000.0, 10.0), 0, "€", |s, v| s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: v }) }
                } else {
                    <p class="field-help">{ format!("{}: {}", lang.t("Geijkte kosten per uitkering", "Calibrated cost per benefit"), format::nl::eur(cost)) }</p>
                }
                { field(d, lang, "buig-lks", lang.t("LKS-uitgaven (€ mln)", "LKS spending (€ mln)"), p.lks_spend_mln, (0.0, 10_000.0, 0.01), 2, "mln", |s, v| s.buig.lks_spend_mln = v) }
                if let Some((spend, mln, take)) = lks_from_contracts {
                    <p class="field-help" data-testid="buig-lks-from-contracts">
                        { format!(
                            "{} {}: {} ({} {}{}; {}).",
                            lang.t("Uit het contractenbestand", "From the contracts file"),
                            p.year,
                            format::nl::eur_mln(mln, 2),
                            spend.with_amount,
                            lang.t("contracten met een subsidiebedrag", "contracts with a subsidy amount"),
                            if spend.without_amount > 0 {
                                format!(", {} {}", spend.without_amount, lang.t("zonder bedrag niet meegeteld", "without an amount not counted"))
                            } else {
                                String::new()
                            },
                            lang.t("lopende contracten tellen het hele jaar mee", "running contracts count for the whole year"),
                        ) }
                        { " " }
                        <button class="button small" onclick={take} disabled={(p.lks_spend_mln - mln).abs() < 0.005} data-testid="buig-lks-take">
                            { lang.t("Overnemen", "Use this") }
                        </button>
                    </p>
                }
                { field(d, lang, "buig-price", lang.t("Prijsindex", "Price index"), p.price_index_pct, (-50.0, 50.0, 0.1), 1, "%", |s, v| s.buig.price_index_pct = v) }
            </section>
            <section class="goalseek" aria-label={lang.t("Doelzoeken", "Goal seek")}>
                <h3>{ lang.t("Bij welke groei is het resultaat precies 0?", "At which growth is the result exactly 0?") }</h3>
                <p data-testid="goalseek-growth">
                    { match &seek {
                        Ok(sol) => format!("{} {} ({} {}: {}).", lang.t("Bij een groei van", "At a growth of"), format::nl::pct(sol.x, 2), lang.t("nu", "now"), lang.t("aangenomen", "assumed"), format::nl::pct(growth_pct, 2)),
                        Err(e) => format!("{} ({e:?})", lang.t("Geen oplossing binnen het bereik.", "No solution within range.")),
                    } }
                </p>
            </section>
            <Dashboard title={lang.t("BUIG: budget en uitgaven", "BUIG: budget and spending")} {kpis} {panels} {lang} />
            <section class="panel" aria-labelledby="vangnet-h">
                <h3 id="vangnet-h">{ lang.t("Vangnet", "Safety net") }</h3>
                <DataTable table={views::vangnet_table(p, lang)} collapsible={false} {lang} />
            </section>
            <section class="panel compare" aria-labelledby="ab-h">
                <h3 id="ab-h">{ lang.t("Scenario's vergelijken", "Compare scenarios") }</h3>
                <ScenarioLibrary saved={props.saved.clone()} current={s.name.clone()} {lang} dispatch={d.clone()} />
                <div class="actions">
                    <button class="button" onclick={ab(Action::SaveAsB)} data-testid="save-b">{ lang.t("Bewaar huidige als B", "Keep current as B") }</button>
                    if props.scenario_b.is_some() {
                        <button class="button" onclick={ab(Action::SwapAB)} data-testid="swap-ab">{ lang.t("Wissel A en B", "Swap A and B") }</button>
                        <button class="button" onclick={ab(Action::ClearB)}>{ lang.t("Vergeet B", "Forget B") }</button>
                    }
                </div>
                if let Some(b) = &props.scenario_b {
                    <div data-testid="compare-ab"><DataTable table={views::compare_table(s, b, props.contracts.as_ref().map(|c| &c.0.contracts), lang)} collapsible={false} {lang} /></div>
                } else {
                    <p class="field-help">{ lang.t("Bewaar het huidige scenario als B, verander dan aannames: de verschillen verschijnen hier.", "Keep the current scenario as B, then change assumptions: the differences appear here.") }</p>
                }
            </section>
        </>
    }
}

/// The years the LKS counts can be made for.
const YEARS: std::ops::RangeInclusive<i32> = 2015..=2030;

/// The LKS screen.
#[component]
pub fn LksPanel(props: &BudgetProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let p = &s.lks;
    let d = &props.dispatch;
    let cost = buig::cost_per_benefit_eur(&s.buig);
    let contracts = props.contracts.as_ref().map(|c| &c.0.contracts);
    let (kpis, panels) = views::lks_view(p, &s.lks_raise, cost, contracts, s.threshold, lang);
    let inputs = views::lks_inputs(p, &s.lks_raise, contracts);
    let counted = contracts.is_some() && p.use_contracts;
    let (first, last) = p.period();
    let raise_seek = lks::raise_for_saving(&inputs.params, &inputs.raise, 1.0);
    let check = |set: fn(&mut Scenario, bool)| {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let on = el.checked();
            d.emit(Action::Edit(Edit::new(move |s| set(s, on))));
        })
    };
    let on_year = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let y = (YEARS.start() + el.selected_index().max(0)).min(*YEARS.end());
            d.emit(Action::Edit(Edit::new(move |s| s.lks.year = y)));
        })
    };
    let remove_contracts = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::RemoveContracts))
    };
    let on_def = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let v = [
                TargetDefinition::NetStockGrowth,
                TargetDefinition::MoreStarts,
                TargetDefinition::MoreInUse,
            ][el.selected_index().clamp(0, 2) as usize];
            d.emit(Action::Edit(Edit::new(move |s| s.lks.definition = v)));
        })
    };
    let on_holiday = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let on = el.checked();
            d.emit(Action::Edit(Edit::new(move |s| s.lks.holiday_pay = on)));
        })
    };
    let seek = lks::starts_needed_by_goal_seek(&inputs.params, p.definition, 10_000.0, 1e-6);
    html! {
        <>
            <section class="settings" aria-labelledby="lks-settings-h">
                <h2 class="settings-title" id="lks-settings-h">{ lang.t("Aannames LKS", "LKS assumptions") }</h2>
                <h3>{ lang.t("Contracten dit jaar", "Contracts this year") }</h3>
                if let Some(file) = &props.contracts {
                    <div class="source-note" data-testid="lks-source">
                        <p>{ format!("{} {} ({} {})", lang.t("Contractenbestand:", "Contracts file:"), file.0.name, format::nl::int(file.0.contracts.len() as i64), lang.t("contracten", "contracts")) }</p>
                        <label class="check"><input type="checkbox" checked={p.use_contracts} onchange={check(|s, on| s.lks.use_contracts = on)} data-testid="lks-use-contracts" />
                            { lang.t(" Aantallen tellen uit het contractenbestand", " Count from the contracts file") }</label>
                        if !file.0.report.warnings.is_empty() {
                            <ul class="field-help" data-testid="contracts-warnings" aria-label={lang.t("Meldingen bij het contractenbestand", "Notes on the contracts file")}>
                                { for file.0.report.warnings.iter().map(|w| html! { <li>{ w.message(lang) }</li> }) }
                            </ul>
                        }
                        <button class="button small" onclick={remove_contracts} data-testid="contracts-remove">{ lang.t("Contracten verwijderen", "Remove contracts") }</button>
                    </div>
                } else {
                    <p class="field-help" data-testid="lks-source">{ lang.t("Ingevoerde aantallen (rapport Q1–Q3 2024). Laad een contractenbestand (lks_contracten.csv) om ze uit de contracten te tellen; het bijstandsbestand blijft dan geladen.", "Entered counts (report Q1–Q3 2024). Load a contracts file (lks_contracten.csv) to count them from the contracts; the caseload stays loaded.") }</p>
                }
                <label class="control"><span>{ lang.t("Jaar", "Year") }</span>
                    <select onchange={on_year} data-testid="lks-year">
                        { for YEARS.map(|y| html! { <option selected={y == p.year}>{ y.to_string() }</option> }) }
                    </select>
                </label>
                { field(d, lang, "lks-months", lang.t("Maanden verstreken", "Months elapsed"), p.months_elapsed as f64, (1.0, 12.0, 1.0), 0, lang.t("mnd", "months"), |s, v| s.lks.months_elapsed = v.round() as u32) }
                if counted {
                    <table class="counts" data-testid="lks-counts">
                        <caption>{ format!("{} {first} – {last}", lang.t("Geteld uit de contracten,", "Counted from the contracts,")) }</caption>
                        <tbody>
                            <tr><th scope="row">{ lang.t("Lopend bij start", "Running at start") }</th><td data-testid="lks-count-start">{ format::nl::int(inputs.params.start_running as i64) }</td></tr>
                            <tr><th scope="row">{ lang.t("Gestart", "Started") }</th><td data-testid="lks-count-started">{ format::nl::int(inputs.params.started as i64) }</td></tr>
                            <tr><th scope="row">{ lang.t("Beëindigd", "Ended") }</th><td data-testid="lks-count-ended">{ format::nl::int(inputs.params.ended as i64) }</td></tr>
                        </tbody>
                    </table>
                } else {
                    { field(d, lang, "lks-start", lang.t("Lopend bij start", "Running at start"), p.start_running, (0.0, 100_000.0, 1.0), 0, "", |s, v| s.lks.start_running = v) }
                    { field(d, lang, "lks-started", lang.t("Gestart", "Started"), p.started, (0.0, 100_000.0, 1.0), 0, "", |s, v| s.lks.started = v) }
                    { field(d, lang, "lks-ended", lang.t("Beëindigd", "Ended"), p.ended, (0.0, 100_000.0, 1.0), 0, "", |s, v| s.lks.ended = v) }
                }
                <h3>{ lang.t("Doel", "Target") }</h3>
                { field(d, lang, "lks-target", lang.t("Streefwaarde toename per jaar", "Target increase per year"), p.target, (0.0, 10_000.0, 1.0), 0, "", |s, v| s.lks.target = v) }
                <label class="control"><span>{ lang.t("Definitie van het doel", "Target definition") }</span>
                    <select onchange={on_def} data-testid="lks-definition">
                        { for [TargetDefinition::NetStockGrowth, TargetDefinition::MoreStarts, TargetDefinition::MoreInUse].iter().map(|t| html! { <option selected={*t == p.definition}>{ format!("{}: {}", t.code(), lang.t(t.label_nl(), t.label_en())) }</option> }) }
                    </select>
                </label>
                { field(d, lang, "lks-prev-starts", lang.t("Starts vorig jaar (voor B)", "Starts last year (for B)"), p.previous_year_starts.unwrap_or(0.0), (0.0, 100_000.0, 1.0), 0, "", |s, v| s.lks.previous_year_starts = Some(v)) }
                { field(d, lang, "lks-prev-inuse", lang.t("In gebruik vorig jaar (voor C)", "In use last year (for C)"), p.previous_year_in_use.unwrap_or(0.0), (0.0, 100_000.0, 1.0), 0, "", |s, v| s.lks.previous_year_in_use = Some(v)) }
                <p class="field-help">{ lang.t(p.definition.description_nl(), p.definition.description_en()) }</p>
                <h3>{ lang.t("Subsidie (wettelijke parameters)", "Subsidy (legal parameters)") }</h3>
                { field(d, lang, "lks-wml", lang.t("WML per maand (36 uur)", "Minimum wage per month (36 h)"), p.wml_month_36h_eur, (0.0, 10_000.0, 0.01), 2, "€", |s, v| s.lks.wml_month_36h_eur = v) }
                { field(d, lang, "lks-allowance", lang.t("Werkgeverslasten", "Employer costs"), p.employer_allowance_pct, (0.0, 100.0, 0.5), 1, "%", |s, v| s.lks.employer_allowance_pct = v) }
                { field(d, lang, "lks-cap", lang.t("Maximum subsidie", "Subsidy cap"), p.cap_pct, (0.0, 100.0, 1.0), 0, "% WML", |s, v| s.lks.cap_pct = v) }
                { field(d, lang, "lks-hours", lang.t("Uren per week", "Hours per week"), p.hours_per_week, (1.0, 40.0, 1.0), 0, lang.t("u", "h"), |s, v| s.lks.hours_per_week = v) }
                <label class="check"><input type="checkbox" checked={p.holiday_pay} onchange={on_holiday} />{ lang.t(" Vakantiebijslag meerekenen (8%)", " Include holiday pay (8%)") }</label>
                <h3>{ lang.t("Hogere loonwaarde", "Higher wage value") }</h3>
                { field(d, lang, "lks-raise", lang.t("Verhoging loonwaarde (punten)", "Wage-value increase (points)"), s.lks_raise.points, (-100.0, 100.0, 1.0), 0, "pp", |s, v| s.lks_raise.points = v) }
                if props.contracts.is_some() {
                    <label class="check"><input type="checkbox" checked={s.lks_raise.from_contracts} onchange={check(|s, on| s.lks_raise.from_contracts = on)} data-testid="lks-raise-from-contracts" />
                        { lang.t(" Vanuit de lopende contracten (aantal, gemiddelde loonwaarde en uren)", " From the running contracts (number, mean wage value and hours)") }</label>
                }
                if !(props.contracts.is_some() && s.lks_raise.from_contracts) {
                    { field(d, lang, "lks-raise-n", lang.t("Aantal contracten", "Number of contracts"), s.lks_raise.contracts, (0.0, 100_000.0, 1.0), 0, "", |s, v| s.lks_raise.contracts = v) }
                    { field(d, lang, "lks-raise-from", lang.t("Huidige gemiddelde loonwaarde (0 = marginaal)", "Current mean wage value (0 = marginal)"), s.lks_raise.from_pct.unwrap_or(0.0), (0.0, 100.0, 1.0), 1, "%", |s, v| s.lks_raise.from_pct = (v > 0.0).then_some(v)) }
                }
            </section>
            <section class="goalseek" aria-label={lang.t("Doelzoeken", "Goal seek")}>
                <h3>{ lang.t("Hoeveel starts per maand zijn nodig om het doel te halen?", "How many starts per month reach the target?") }</h3>
                <p data-testid="goalseek-lks">{ match &seek {
                    Ok(sol) => format!("{} {} ({} {})", format::nl::dec(sol.x, 1), lang.t("starts per maand in de rest van het jaar", "starts per month for the rest of the year"), lang.t("nu", "now"), format::nl::dec(p.starts_pace(), 1)),
                    Err(_) => lang.t("Niet berekenbaar met deze definitie: vul de cijfers van vorig jaar in.", "Not computable with this definition: enter last year's figures.").into(),
                } }</p>
                <h3>{ lang.t("Welke hogere loonwaarde betaalt een besparing?", "Which wage-value increase pays for a saving?") }</h3>
                { field(d, lang, "lks-goal-saving", lang.t("Gezochte besparing per jaar", "Saving sought per year"), s.lks_raise.saving_goal_eur, (0.0, 1e9, 10_000.0), 0, "€", |s, v| s.lks_raise.saving_goal_eur = v) }
                <p data-testid="goalseek-loonwaarde">{ match &raise_seek {
                    Ok(sol) => format!(
                        "{} {} {} {} {} {} {} ({}).",
                        lang.t("Een besparing van", "A saving of"),
                        format::nl::eur(inputs.raise.saving_goal_eur),
                        lang.t("per jaar vraagt", "per year needs"),
                        format::nl::dec(sol.x, 1),
                        lang.t("procentpunt hogere loonwaarde over", "percentage points more wage value over"),
                        format::nl::int(inputs.raise.contracts.round() as i64),
                        lang.t("contracten", "contracts"),
                        match inputs.raise.from_pct {
                            Some(f) => format!("{} {}", lang.t("vanaf", "from"), format::nl::pct(f, 1)),
                            None => lang.t("marginaal, zonder maximum", "marginal, without the cap").into(),
                        }
                    ),
                    Err(_) => lang.t("Niet haalbaar: zelfs een loonwaarde van 100% bespaart minder.", "Not reachable: even a wage value of 100% saves less.").into(),
                } }</p>
            </section>
            <Dashboard title={lang.t("Loonkostensubsidie (LKS)", "Wage-cost subsidy (LKS)")} {kpis} {panels} {lang} />
            <section class="panel compare" aria-labelledby="lks-ab-h">
                <h3 id="lks-ab-h">{ lang.t("Scenario's vergelijken", "Compare scenarios") }</h3>
                <ScenarioLibrary saved={props.saved.clone()} current={s.name.clone()} {lang} dispatch={d.clone()} />
                if let Some(b) = &props.scenario_b {
                    <div data-testid="compare-ab"><DataTable table={views::compare_table(s, b, contracts, lang)} collapsible={false} {lang} /></div>
                }
            </section>
        </>
    }
}
