//! The BUIG screen: renders `views::buig::build` and dispatches edits.

use yew::prelude::*;

use crate::components::budget::{field, fields, select};
use crate::components::dashboard::Dashboard;
use crate::components::data_table::DataTable;
use crate::components::scenarios::CompareSection;
use crate::components::{use_screen, ScreenProps};
use crate::state::{Action, Edit};
use crate::views::budget::Field;
use crate::views::buig::{self, CostInput};

/// The BUIG screen.
#[component]
pub fn BuigPanel(props: &ScreenProps) -> Html {
    let view = use_screen(props, buig::build);
    let lang = props.scenario.lang;
    let d = &props.dispatch;
    let s = &view.settings;
    let take = s.lks_from_contracts.as_ref().map(|o| {
        let (d, v) = (d.clone(), o.take);
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Edit(Edit::new(move |s| Field::BuigLks.set(s, v))))
        })
    });
    html! {
        <>
            <section class="settings" aria-labelledby="buig-settings-h">
                <h2 class="settings-title" id="buig-settings-h">{ &s.title }</h2>
                <h3>{ &s.budget_title }</h3>
                { field(d, lang, &s.budget) }
                { select(d, &s.version) }
                { field(d, lang, &s.eigen) }
                <h3>{ &s.spending_title }</h3>
                { field(d, lang, &s.start) }
                { select(d, &s.path) }
                { fields(d, lang, &s.path_fields) }
                { select(d, &s.cost_mode) }
                { match &s.cost {
                    CostInput::Entered(f) => field(d, lang, f),
                    CostInput::Calibrated(text) => html! { <p class="field-help">{ text }</p> },
                } }
                { field(d, lang, &s.lks) }
                if let (Some(offer), Some(take)) = (&s.lks_from_contracts, take) {
                    <p class="field-help" data-testid="buig-lks-from-contracts">
                        { &offer.text }
                        { " " }
                        <button class="button small" onclick={take} disabled={offer.taken} data-testid="buig-lks-take">
                            { &offer.take_label }
                        </button>
                    </p>
                }
                { field(d, lang, &s.price) }
            </section>
            <section class="goalseek" aria-label={view.goal_seek.label.clone()}>
                <h3>{ &view.goal_seek.question }</h3>
                <p data-testid="goalseek-growth">{ &view.goal_seek.answer }</p>
            </section>
            <Dashboard title={view.title.clone()} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang} />
            <section class="panel" aria-labelledby="vangnet-h">
                <h3 id="vangnet-h">{ &view.vangnet_title }</h3>
                <p class="vangnet-verdict" data-testid="vangnet-verdict">{ &view.vangnet_words.verdict }</p>
                <p class="vangnet-action" data-testid="vangnet-action">{ &view.vangnet_words.action }</p>
                <ul class="vangnet-thresholds">
                    { for view.vangnet_words.thresholds.iter().map(|t| html! { <li>{ t }</li> }) }
                </ul>
                <DataTable table={view.vangnet.clone()} collapsible={false} {lang} />
                <h4>{ &view.vangnet_words.per_year_title }</h4>
                <ul class="vangnet-per-year" data-testid="vangnet-per-year">
                    { for view.vangnet_words.per_year.iter().map(|t| html! { <li>{ t }</li> }) }
                </ul>
            </section>
            <CompareSection view={view.compare.clone()} heading_id="ab-h" {lang} dispatch={d.clone()} />
        </>
    }
}
