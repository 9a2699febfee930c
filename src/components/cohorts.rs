//! The Cohorten screen: running benefits per start year by years since the start, as
//! lines with their table; renders [`views::cohorts::build`].

use yew::prelude::*;

use crate::components::caseload::FilterChips;
use crate::components::dashboard::Dashboard;
use crate::components::{use_screen, ScreenProps};
use crate::state::{Action, Edit};
use crate::views;

/// The cohort chart and table, under the active cross-filter.
#[component]
pub fn CohortsPanel(props: &ScreenProps) -> Html {
    let view = use_screen(props, views::cohorts::build);
    let lang = props.scenario.lang;
    let edit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Edit| dispatch.emit(Action::Edit(e)))
    };
    html! {
        <>
            <FilterChips filter={view.filter.clone()} on_edit={edit} />
            if let Some(text) = &view.empty {
                <p class="empty" data-testid="cohorts-empty">{ text }</p>
            } else {
                <Dashboard title={view.title.clone()} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang} />
            }
        </>
    }
}
