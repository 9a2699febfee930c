//! The projection view: every assumption editable, three methods as a band, AOW apart.

use std::rc::Rc;

use bijstand_core::caseload::default_peildatum;
use bijstand_core::dynamics::{monthly_series, AowParams, MonthRange};
use bijstand_core::model::{Data, Dataset};
use bijstand_core::projection::{
    calibrate_from_episodes, calibrate_from_kerncijfers, project, ProjectionParams, MAX_HORIZON,
};
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::caseload::DatasetKey;
use crate::components::dashboard::Dashboard;
use crate::components::inputs::NumberField;
use crate::state::Edit;
use crate::views;

/// The projection parameters derived from the data, with a note per choice in `lang`.
pub fn calibrated(
    ds: &Dataset,
    peildatum: Option<bijstand_core::date::Date>,
    lang: bijstand_core::lang::Lang,
) -> (ProjectionParams, Vec<String>) {
    let base = ProjectionParams::default();
    let k = match &ds.data {
        Data::Episodes(e) => peildatum
            .or_else(|| default_peildatum(e))
            .and_then(|p| calibrate_from_episodes(e, p, &AowParams::default(), &base)),
        Data::Kerncijfers(k) => calibrate_from_kerncijfers(k, &base),
    };
    match k {
        Some(k) => match lang {
            bijstand_core::lang::Lang::En if !k.toelichting_en.is_empty() => {
                (k.params, k.toelichting_en)
            }
            _ => (k.params, k.toelichting_nl),
        },
        None => (
            base,
            vec![lang
                .t(
                    "Standaardwaarden uit FORMULAS F1 (de gegevens geven geen beginstand).",
                    "Default values from FORMULAS F1 (the data gives no start caseload).",
                )
                .into()],
        ),
    }
}

/// Props of [`ProjectionPanel`].
#[derive(Properties, PartialEq)]
pub struct ProjectionProps {
    /// The loaded data.
    pub dataset: Rc<Dataset>,
    /// Current settings.
    pub scenario: Scenario,
    /// Changes a setting.
    pub on_edit: Callback<Edit>,
    /// Cost per benefit-year used to price the spread.
    #[prop_or(18_034.0)]
    pub cost_per_benefit: f64,
}

/// Settings plus the projection dashboard.
#[component]
pub fn ProjectionPanel(props: &ProjectionProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let cal = {
        let ds = props.dataset.clone();
        use_memo(
            (DatasetKey(ds.clone()), s.peildatum, lang),
            move |(_, peil, lang)| calibrated(&ds, *peil, *lang),
        )
    };
    let params = s.projection.clone().unwrap_or_else(|| cal.0.clone());
    let history = {
        let ds = props.dataset.clone();
        use_memo(
            (DatasetKey(ds.clone()), params.start_month()),
            move |(_, start)| match &ds.data {
                Data::Episodes(e) => {
                    let series = monthly_series(e, MonthRange::new(start - 24, *start), None);
                    series
                        .months
                        .iter()
                        .map(|m| (m.month, m.stock))
                        .collect::<Vec<_>>()
                }
                Data::Kerncijfers(_) => vec![],
            },
        )
    };
    let (kpis, panels) =
        views::projection_view(&project(&params), &history, props.cost_per_benefit, lang);
    let field = |id: &'static str,
                 label: &'static str,
                 value: f64,
                 (min, max, step): (f64, f64, f64),
                 decimals: usize,
                 unit: &'static str,
                 set: fn(&mut ProjectionParams, f64)| {
        // Counts slide around the value from the data; percentages use their full range.
        let slider = (max > 1000.0).then(|| {
            (
                if min < 0.0 {
                    -value.abs().max(500.0) * 2.0
                } else {
                    0.0
                },
                value.abs().max(500.0) * 2.0,
            )
        });
        let on_edit = props.on_edit.clone();
        let base = params.clone();
        let on_change = Callback::from(move |v: f64| {
            let mut p = base.clone();
            set(&mut p, v);
            on_edit.emit(Edit::new(move |s| s.projection = Some(p.clone())));
        });
        html! { <NumberField {id} {label} {value} {min} {max} {step} {slider} {decimals} {unit} {lang} {on_change} /> }
    };
    let on_reset = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(Edit::new(|s| s.projection = None)))
    };
    let on_recon = {
        let on_edit = props.on_edit.clone();
        let base = params.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut p = base.clone();
            p.reconciliatie_aan = el.checked();
            on_edit.emit(Edit::new(move |s| s.projection = Some(p.clone())));
        })
    };
    html! {
        <>
            <section class="settings" aria-labelledby="proj-settings-h">
                <h2 class="settings-title" id="proj-settings-h">{ lang.t("Aannames prognose (per jaar)", "Projection assumptions (per year)") }</h2>
                { field("proj-start", lang.t("Beginstand", "Start caseload"), params.start_bestand, (0.0, 1_000_000.0, 1.0), 0, "", |p, v| p.start_bestand = v) }
                { field("proj-instroom", lang.t("Instroom per jaar", "Inflow per year"), params.instroom_per_jaar, (0.0, 200_000.0, 1.0), 0, "", |p, v| p.instroom_per_jaar = v) }
                { field("proj-uitstroom", lang.t("Uitstroom (zonder AOW) per jaar", "Outflow (excl. pension) per year"), params.uitstroom_niet_aow_per_jaar, (0.0, 200_000.0, 1.0), 0, "", |p, v| p.uitstroom_niet_aow_per_jaar = v) }
                { field("proj-groei", lang.t("Groeiaanname begroting", "Budget growth assumption"), params.begroting_groei_pct, (-50.0, 50.0, 0.05), 2, "%", |p, v| p.begroting_groei_pct = v) }
                { field("proj-horizon", lang.t("Horizon", "Horizon"), params.horizon_maanden as f64, (1.0, MAX_HORIZON as f64, 1.0), 0, lang.t("mnd", "months"), |p, v| p.horizon_maanden = v.round() as u32) }
                { field("proj-recon", lang.t("Aansluitingsverschil per jaar", "Reconciliation term per year"), params.reconciliatie_per_jaar, (-100_000.0, 100_000.0, 1.0), 0, "", |p, v| p.reconciliatie_per_jaar = v) }
                <label class="check"><input type="checkbox" checked={params.reconciliatie_aan} onchange={on_recon} data-testid="proj-recon-on" />{ lang.t(" Toon methode met aansluitingsverschil", " Show method with reconciliation term") }</label>
                <div class="settings-foot">
                    if s.projection.is_some() {
                        <button class="button small" onclick={on_reset}>{ lang.t("Terug naar waarden uit de gegevens", "Back to values from the data") }</button>
                    }
                    <details><summary>{ lang.t("Waar komen de waarden vandaan?", "Where do the values come from?") }</summary>
                        <ul>{ for cal.1.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                    </details>
                </div>
            </section>
            <Dashboard title={lang.t("Prognose", "Projection")} {kpis} {panels} {lang} />
        </>
    }
}
