//! Named scenarios: save the current scenario under a name, open, rename, delete, and
//! compare any two as A and B; and scenario A against B. The list lives in the browser
//! (`localStorage`, written by the app shell); these components render
//! `views::scenarios` and only dispatch actions.

use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::components::data_table::DataTable;
use crate::state::Action;
use crate::views::scenarios::{CompareView, LibraryView};

/// Props of [`ScenarioLibrary`].
#[derive(Properties, PartialEq)]
pub struct ScenarioLibraryProps {
    /// The saved scenarios, as shown.
    pub view: LibraryView,
    /// Dispatches the scenario actions.
    pub dispatch: Callback<Action>,
}

fn input_value(e: &Event) -> String {
    let el: web_sys::HtmlInputElement = e.target_unchecked_into();
    el.value()
}

fn select_index(e: &Event) -> i32 {
    let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
    el.selected_index()
}

/// The named-scenario list with save, open, rename, delete and compare.
#[component]
pub fn ScenarioLibrary(props: &ScenarioLibraryProps) -> Html {
    let v = &props.view;
    let d = &props.dispatch;
    let name = use_state(|| v.current.clone());
    // Compare choices: A is "current" (0) or saved i (i + 1); B is saved i.
    let pick_a = use_state(|| 0usize);
    let pick_b = use_state(|| 0usize);
    let n = v.items.len();

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            name.set(el.value());
        })
    };
    let save = {
        let d = d.clone();
        let name = name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.emit(Action::SaveNamed((*name).clone()));
        })
    };
    let on_a = {
        let pick_a = pick_a.clone();
        Callback::from(move |e: Event| pick_a.set(select_index(&e).max(0) as usize))
    };
    let on_b = {
        let pick_b = pick_b.clone();
        Callback::from(move |e: Event| pick_b.set(select_index(&e).max(0) as usize))
    };
    let compare = {
        let d = d.clone();
        let (a, b) = (*pick_a, *pick_b);
        Callback::from(move |_: MouseEvent| {
            if b < n {
                d.emit(Action::CompareNamed {
                    a: a.checked_sub(1),
                    b,
                });
            }
        })
    };
    let items = v.items.iter().enumerate().map(|(i, s)| {
        let open = {
            let d = d.clone();
            Callback::from(move |_: MouseEvent| d.emit(Action::OpenNamed(i)))
        };
        let delete = {
            let d = d.clone();
            Callback::from(move |_: MouseEvent| d.emit(Action::DeleteNamed(i)))
        };
        let rename = {
            let d = d.clone();
            Callback::from(move |e: Event| d.emit(Action::RenameNamed(i, input_value(&e))))
        };
        html! {
            <li data-testid="saved-scenario">
                <input type="text" value={s.name.clone()} aria-label={s.name_label.clone()} onchange={rename}
                    data-testid={format!("saved-name-{i}")} />
                <button class="button small" onclick={open} data-testid={format!("saved-open-{i}")}
                    aria-label={s.open_label.clone()}>{ &s.open }</button>
                <button class="button small" onclick={delete} data-testid={format!("saved-delete-{i}")}
                    aria-label={s.delete_label.clone()}>{ &s.delete }</button>
            </li>
        }
    });
    html! {
        <div class="scenario-library" data-testid="scenario-library">
            <form class="actions" onsubmit={save}>
                <label class="control"><span>{ &v.name_label }</span>
                    <input type="text" value={(*name).clone()} oninput={on_name} data-testid="scenario-name" />
                </label>
                <button class="button" type="submit" data-testid="scenario-save">{ &v.save }</button>
            </form>
            <p class="scenario-status" data-testid="scenario-status">{ &v.status }</p>
            if let Some(empty) = &v.empty {
                <p class="field-help">{ empty }</p>
            } else {
                <ul class="saved-scenarios" aria-label={v.list_label.clone()}>{ for items }</ul>
                <div class="actions compare-pick">
                    <label class="control"><span>{ "A" }</span>
                        <select onchange={on_a} data-testid="compare-a">
                            <option selected={*pick_a == 0}>{ &v.current_option }</option>
                            { for v.items.iter().enumerate().map(|(i, s)| html! { <option selected={*pick_a == i + 1}>{ s.name.clone() }</option> }) }
                        </select>
                    </label>
                    <label class="control"><span>{ "B" }</span>
                        <select onchange={on_b} data-testid="compare-b">
                            { for v.items.iter().enumerate().map(|(i, s)| html! { <option selected={*pick_b == i}>{ s.name.clone() }</option> }) }
                        </select>
                    </label>
                    <button class="button" onclick={compare} data-testid="scenario-compare">{ &v.compare }</button>
                </div>
            }
        </div>
    }
}

/// Props of [`CompareSection`].
#[derive(Properties, PartialEq)]
pub struct CompareSectionProps {
    /// The section as shown.
    pub view: CompareView,
    /// Id of its heading.
    pub heading_id: AttrValue,
    /// Interface language.
    pub lang: Lang,
    /// Dispatches the scenario actions.
    pub dispatch: Callback<Action>,
}

/// Scenario A against B, with the saved scenarios and (on the BUIG screen) the buttons to
/// keep, swap and forget B.
#[component]
pub fn CompareSection(props: &CompareSectionProps) -> Html {
    let v = &props.view;
    let d = &props.dispatch;
    let lang = props.lang;
    let emit = |a: Action| {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(a.clone()))
    };
    html! {
        <section class="panel compare" aria-labelledby={props.heading_id.clone()}>
            <h3 id={props.heading_id.clone()}>{ &v.title }</h3>
            <ScenarioLibrary view={v.library.clone()} dispatch={d.clone()} />
            if let Some(b) = &v.buttons {
                <div class="actions">
                    <button class="button" onclick={emit(Action::SaveAsB)} data-testid="save-b">{ &b.save_b }</button>
                    if let Some((swap, forget)) = &b.swap_forget {
                        <button class="button" onclick={emit(Action::SwapAB)} data-testid="swap-ab">{ swap }</button>
                        <button class="button" onclick={emit(Action::ClearB)}>{ forget }</button>
                    }
                </div>
            }
            if let Some(table) = &v.table {
                <div data-testid="compare-ab"><DataTable table={table.clone()} collapsible={false} {lang} /></div>
            } else if let Some(hint) = &v.empty {
                <p class="field-help">{ hint }</p>
            }
        </section>
    }
}
