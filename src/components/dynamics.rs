//! The In- en uitstroom screen: monthly stock, in- and outflow, reasons, index, partial
//! outflow, durations; renders [`views::dynamics::build`].

use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::{use_screen, ScreenProps};
use crate::state::{Action, Edit};
use crate::views;

/// Settings plus the flows dashboard.
#[component]
pub fn DynamicsPanel(props: &ScreenProps) -> Html {
    let view = use_screen(props, views::dynamics::build);
    let lang = props.scenario.lang;
    if let Some(text) = &view.empty {
        return html! { <p class="empty">{ text }</p> };
    }
    let on_naar_werk = {
        let (dispatch, view) = (props.dispatch.clone(), view.clone());
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(o) = view
                .outflow_to_work
                .get(el.selected_index().max(0) as usize)
            {
                let d = o.value;
                dispatch.emit(Action::Edit(Edit::new(move |s| s.outflow_to_work = d)));
            }
        })
    };
    let on_base = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some((y, m)) = views::dynamics::parse_input_month(&el.value()) {
                dispatch.emit(Action::Edit(Edit::new(move |s| {
                    s.index.base_year = y;
                    s.index.base_month = m;
                })));
            }
        })
    };
    html! {
        <>
            <div class="controls">
                <label class="control">
                    <span>{ &view.naar_werk_label }</span>
                    <select onchange={on_naar_werk} data-testid="naar-werk">
                        { for view.outflow_to_work.iter().map(|o| html! { <option selected={o.selected}>{ &o.label }</option> }) }
                    </select>
                </label>
                <label class="control">
                    <span>{ &view.base_month_label }</span>
                    <input type="month" value={view.base_month.clone()} onchange={on_base} data-testid="index-basis" />
                </label>
            </div>
            <Dashboard title={view.title.clone()} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang} />
        </>
    }
}
