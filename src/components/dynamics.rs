//! The flows view: monthly stock, in- and outflow, reasons, index, partial outflow, durations.

use std::rc::Rc;

use bijstand_core::caseload::default_peildatum;
use bijstand_core::caseload::duration::duration_bands;
use bijstand_core::dynamics::{monthly_series, MonthRange, NaarWerk};
use bijstand_core::model::{Data, Dataset};
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::caseload::DatasetKey;
use crate::components::dashboard::Dashboard;
use crate::state::Edit;
use crate::views;

/// Props of [`DynamicsPanel`].
#[derive(Properties, PartialEq)]
pub struct DynamicsProps {
    /// The loaded person-level data.
    pub dataset: Rc<Dataset>,
    /// Current settings.
    pub scenario: Scenario,
    /// Changes a setting.
    pub on_edit: Callback<Edit>,
}

/// Settings plus the flows dashboard.
#[component]
pub fn DynamicsPanel(props: &DynamicsProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let view = {
        let ds = props.dataset.clone();
        let key = (
            DatasetKey(ds.clone()),
            s.peildatum,
            s.precedence,
            s.threshold,
            lang,
            s.naar_werk,
            s.index.clone(),
            s.filter.clone(),
        );
        use_memo(
            key,
            move |(_, peildatum, precedence, threshold, lang, naar_werk, index, filter)| {
                let Data::Episodes(e) = &ds.data else {
                    return None;
                };
                let range = MonthRange::of_data(e)?;
                let peil = peildatum.or_else(|| default_peildatum(e))?;
                let mask = (!filter.is_empty()).then(|| filter.mask(e, peil, *precedence));
                let series = monthly_series(e, range, mask.as_ref());
                let durations = duration_bands(e, peil, mask.as_ref());
                Some(views::dynamics_view(
                    &series, &durations, *naar_werk, index, *threshold, *lang,
                ))
            },
        )
    };
    let on_naar_werk = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(&d) = NaarWerk::ALL.get(el.selected_index().max(0) as usize) {
                on_edit.emit(Edit::new(move |s| s.naar_werk = d));
            }
        })
    };
    let on_base = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let v = el.value();
            let mut p = v.split('-');
            if let (Some(Ok(y)), Some(Ok(m))) = (
                p.next().map(str::parse::<i32>),
                p.next().map(str::parse::<u32>),
            ) {
                on_edit.emit(Edit::new(move |s| {
                    s.index.basis_jaar = y;
                    s.index.basis_maand = m;
                }));
            }
        })
    };
    let Some(view) = (*view).clone() else {
        return html! { <p class="empty">{ lang.t("Deze gegevens hebben geen in- en uitstroom.", "This data has no flows.") }</p> };
    };
    html! {
        <>
            <div class="controls">
                <label class="control">
                    <span>{ lang.t("Uitstroom naar werk telt", "Outflow to work counts") }</span>
                    <select onchange={on_naar_werk} data-testid="naar-werk">
                        { for NaarWerk::ALL.iter().map(|d| html! { <option selected={*d == s.naar_werk}>{ d.label(lang) }</option> }) }
                    </select>
                </label>
                <label class="control">
                    <span>{ lang.t("Basismaand index (= 100)", "Index base month (= 100)") }</span>
                    <input type="month" value={format!("{:04}-{:02}", s.index.basis_jaar, s.index.basis_maand)} onchange={on_base} />
                </label>
            </div>
            <Dashboard title={lang.t("In- en uitstroom", "Inflow and outflow")} kpis={view.kpis} panels={view.panels} {lang} />
        </>
    }
}
