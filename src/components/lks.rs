//! The LKS screen: renders `views::lks::build` and dispatches edits.

use yew::prelude::*;

use crate::components::budget::{check, field, fields, select};
use crate::components::dashboard::Dashboard;
use crate::components::scenarios::CompareSection;
use crate::components::{use_screen, ScreenProps};
use crate::state::Action;
use crate::views::lks::{self, LksCounts, LksSource};

/// The LKS screen.
#[component]
pub fn LksPanel(props: &ScreenProps) -> Html {
    let view = use_screen(props, lks::build);
    let lang = props.scenario.lang;
    let d = &props.dispatch;
    let s = &view.settings;
    let g = &view.goal_seek;
    let remove_contracts = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::RemoveContracts))
    };
    html! {
        <>
            <section class="settings" aria-labelledby="lks-settings-h">
                <h2 class="settings-title" id="lks-settings-h">{ &s.title }</h2>
                <h3>{ &s.contracts_title }</h3>
                { match &s.source {
                    LksSource::File(file) => html! {
                        <div class="source-note" data-testid="lks-source">
                            <p>{ &file.text }</p>
                            { check(d, &file.use_contracts) }
                            if !file.warnings.is_empty() {
                                <ul class="field-help" data-testid="contracts-warnings" aria-label={file.warnings_label.clone()}>
                                    { for file.warnings.iter().map(|w| html! { <li>{ w }</li> }) }
                                </ul>
                            }
                            <button class="button small" onclick={remove_contracts} data-testid="contracts-remove">{ &file.remove }</button>
                        </div>
                    },
                    LksSource::Entered(text) => html! {
                        <p class="field-help" data-testid="lks-source">{ text }</p>
                    },
                } }
                { select(d, &s.year) }
                { field(d, lang, &s.months) }
                { match &s.counts {
                    LksCounts::Counted { caption, rows } => html! {
                        <table class="counts" data-testid="lks-counts">
                            <caption>{ caption }</caption>
                            <tbody>
                                { for rows.iter().map(|r| html! {
                                    <tr><th scope="row">{ &r.label }</th><td data-testid={r.id}>{ &r.value }</td></tr>
                                }) }
                            </tbody>
                        </table>
                    },
                    LksCounts::Entered(boxes) => fields(d, lang, boxes),
                } }
                <h3>{ &s.target_title }</h3>
                { field(d, lang, &s.target) }
                { select(d, &s.definition) }
                { fields(d, lang, &s.previous_year) }
                <p class="field-help">{ &s.definition_help }</p>
                <h3>{ &s.subsidy_title }</h3>
                { fields(d, lang, &s.subsidy) }
                { check(d, &s.holiday_pay) }
                <h3>{ &s.raise_title }</h3>
                { field(d, lang, &s.raise) }
                if let Some(c) = &s.raise_from_contracts {
                    { check(d, c) }
                }
                { fields(d, lang, &s.raise_fields) }
            </section>
            <section class="goalseek" aria-label={g.label.clone()}>
                <h3>{ &g.starts_question }</h3>
                <p data-testid="goalseek-lks">{ &g.starts_answer }</p>
                <h3>{ &g.raise_question }</h3>
                { field(d, lang, &g.saving_goal) }
                <p data-testid="goalseek-loonwaarde">{ &g.raise_answer }</p>
            </section>
            <Dashboard title={view.title.clone()} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang} />
            <CompareSection view={view.compare.clone()} heading_id="lks-ab-h" {lang} dispatch={d.clone()} />
        </>
    }
}
