//! The Prognose screen: every assumption editable, three methods as a band, AOW apart;
//! renders [`views::projection::build`].

use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::inputs::NumberField;
use crate::components::{use_screen, ScreenProps};
use crate::state::{Action, Edit};
use crate::views;

/// Settings plus the projection dashboard.
#[component]
pub fn ProjectionPanel(props: &ScreenProps) -> Html {
    let view = use_screen(props, views::projection::build);
    let lang = props.scenario.lang;
    let set = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |p: bijstand_core::projection::ProjectionParams| {
            dispatch.emit(Action::Edit(Edit::new(move |s| {
                s.projection = Some(p.clone())
            })))
        })
    };
    let fields = view.fields.iter().map(|f| {
        let (set, view, input) = (set.clone(), view.clone(), f.input);
        let on_change = Callback::from(move |v: f64| set.emit(view.edited(input, v)));
        html! {
            <NumberField id={f.id} label={f.label.clone()} value={f.value} min={f.min} max={f.max} step={f.step}
                decimals={f.decimals} unit={f.unit.clone()} bounds={f.bounds_line.clone()} {lang} {on_change} />
        }
    });
    let on_reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::Edit(Edit::new(|s| s.projection = None))))
    };
    let on_recon = {
        let (set, view) = (set.clone(), view.clone());
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            set.emit(view.with_reconciliation(el.checked()));
        })
    };
    html! {
        <>
            <section class="settings" aria-labelledby="proj-settings-h">
                <h2 class="settings-title" id="proj-settings-h">{ &view.settings_title }</h2>
                { for fields }
                <label class="check"><input type="checkbox" checked={view.reconciliation_on} onchange={on_recon} data-testid="proj-recon-on" />{ &view.reconciliation_label }</label>
                <div class="settings-foot">
                    if let Some(reset) = &view.reset {
                        <button class="button small" onclick={on_reset}>{ reset }</button>
                    }
                    <details><summary>{ &view.sources_title }</summary>
                        <ul>{ for view.sources.iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                    </details>
                </div>
            </section>
            <Dashboard title={view.title.clone()} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang} />
        </>
    }
}
