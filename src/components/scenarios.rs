//! Named scenarios: save the current scenario under a name, open, rename, delete, and
//! compare any two as A and B. The list lives in the browser (`localStorage`, written by
//! the app shell); this component only dispatches actions.

use bijstand_core::lang::Lang;
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::state::Action;

/// Props of [`ScenarioLibrary`].
#[derive(Properties, PartialEq)]
pub struct ScenarioLibraryProps {
    /// The saved scenarios.
    pub saved: Vec<Scenario>,
    /// The current scenario's name (suggested when saving).
    pub current: AttrValue,
    /// Interface language.
    pub lang: Lang,
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
    let lang = props.lang;
    let d = &props.dispatch;
    let name = use_state(|| props.current.to_string());
    // Compare choices: A is "current" (0) or saved i (i + 1); B is saved i.
    let pick_a = use_state(|| 0usize);
    let pick_b = use_state(|| 0usize);
    let n = props.saved.len();

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
    let items = props.saved.iter().enumerate().map(|(i, s)| {
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
        let label = format!("{} {}", lang.t("Naam van scenario", "Name of scenario"), i + 1);
        html! {
            <li data-testid="saved-scenario">
                <input type="text" value={s.name.clone()} aria-label={label} onchange={rename}
                    data-testid={format!("saved-name-{i}")} />
                <button class="button small" onclick={open} data-testid={format!("saved-open-{i}")}
                    aria-label={format!("{}: {}", lang.t("Openen", "Open"), s.name)}>{ lang.t("Openen", "Open") }</button>
                <button class="button small" onclick={delete} data-testid={format!("saved-delete-{i}")}
                    aria-label={format!("{}: {}", lang.t("Verwijderen", "Delete"), s.name)}>{ lang.t("Verwijderen", "Delete") }</button>
            </li>
        }
    });
    html! {
        <div class="scenario-library" data-testid="scenario-library">
            <form class="actions" onsubmit={save}>
                <label class="control"><span>{ lang.t("Naam", "Name") }</span>
                    <input type="text" value={(*name).clone()} oninput={on_name} data-testid="scenario-name" />
                </label>
                <button class="button" type="submit" data-testid="scenario-save">{ lang.t("Bewaar scenario", "Save scenario") }</button>
            </form>
            if n == 0 {
                <p class="field-help">{ lang.t("Nog geen bewaarde scenario's. Ze blijven in deze browser bewaard (niets wordt verstuurd).", "No saved scenarios yet. They are kept in this browser (nothing is sent).") }</p>
            } else {
                <ul class="saved-scenarios" aria-label={lang.t("Bewaarde scenario's", "Saved scenarios")}>{ for items }</ul>
                <div class="actions compare-pick">
                    <label class="control"><span>{ "A" }</span>
                        <select onchange={on_a} data-testid="compare-a">
                            <option selected={*pick_a == 0}>{ lang.t("huidige instellingen", "current settings") }</option>
                            { for props.saved.iter().enumerate().map(|(i, s)| html! { <option selected={*pick_a == i + 1}>{ s.name.clone() }</option> }) }
                        </select>
                    </label>
                    <label class="control"><span>{ "B" }</span>
                        <select onchange={on_b} data-testid="compare-b">
                            { for props.saved.iter().enumerate().map(|(i, s)| html! { <option selected={*pick_b == i}>{ s.name.clone() }</option> }) }
                        </select>
                    </label>
                    <button class="button" onclick={compare} data-testid="scenario-compare">{ lang.t("Vergelijk A met B", "Compare A with B") }</button>
                </div>
            }
        </div>
    }
}
