//! The reference-data part of the Vergelijking screen: renders
//! `views::refdata::RefSection` and dispatches the user's choices
//! (`Action::SetRefChoice`) and removals (`Action::RemoveReference`).

use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::ScreenProps;
use crate::state::Action;
use crate::views::refdata::{Choice, GroupChoice, RefChoice, RefSection};

fn select(c: &Choice, test_id: &'static str, onchange: Callback<Event>) -> Html {
    html! {
        <label class="control"><span>{ &c.label }</span>
            <select {onchange} data-testid={test_id}>
                { for c.options.iter().enumerate().map(|(i, (v, t))| html! {
                    <option value={v.clone()} selected={i == c.selected}>{ t }</option>
                }) }
            </select>
            if let Some(h) = &c.help {
                <span class="field-help">{ h }</span>
            }
        </label>
    }
}

/// A change of the choices by the value of a select or text box.
type ChoiceEdit = Box<dyn Fn(&mut RefChoice, String)>;

/// The reference-data settings, figures and files.
pub fn view(props: &ScreenProps, sec: &RefSection) -> Html {
    let lang = props.scenario.lang;
    let choice = props.context.ref_choice.clone();
    let dispatch = props.dispatch.clone();
    let set = move |f: ChoiceEdit| {
        let choice = choice.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |ev: Event| {
            let value = if let Some(el) = ev.target_dyn_into::<web_sys::HtmlSelectElement>() {
                el.value()
            } else {
                let el: web_sys::HtmlInputElement = ev.target_unchecked_into();
                el.value()
            };
            let mut next = choice.clone();
            f(&mut next, value);
            dispatch.emit(Action::SetRefChoice(next));
        })
    };
    let on_own = set(Box::new(|c, v| c.own = v));
    let on_group = set(Box::new(|c, v| {
        c.group = c.group.with_kind(v.parse().unwrap_or(0));
    }));
    let on_province = set(Box::new(|c, v| c.group = GroupChoice::Province(v)));
    let on_list = set(Box::new(|c, v| c.group = GroupChoice::List(v)));
    let on_year = set(Box::new(|c, v| c.year = v.parse().ok()));
    let remove = |name: Option<String>| {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::RemoveReference(name.clone())))
    };
    html! {
        <div class="refdata" data-testid="refdata">
            <section class="settings" aria-label={sec.label.clone()}>
                <h2 class="settings-heading">{ &sec.heading }</h2>
                if let Some(h) = &sec.how_to {
                    <p class="settings-wide field-help" data-testid="refdata-how-to">{ h }</p>
                } else {
                    <div class="settings-wide">
                        <p><strong>{ &sec.files_lead }</strong></p>
                        <ul data-testid="refdata-files">
                            { for sec.files.iter().map(|f| html! {
                                <li>{ &f.text }{ " " }
                                    <button class="button small" onclick={remove(Some(f.name.clone()))}
                                        aria-label={f.remove_label.clone()}>{ &sec.remove }</button>
                                </li>
                            }) }
                        </ul>
                        <button class="button small" onclick={remove(None)} data-testid="refdata-remove">{ &sec.remove_all }</button>
                    </div>
                    <label class="control"><span>{ &sec.own_label }</span>
                        <input type="text" list="refdata-gemeenten" value={sec.own_value.clone()}
                            onchange={on_own} data-testid="refdata-own" autocomplete="off"
                            aria-describedby="refdata-own-help" />
                        <span class="field-help" id="refdata-own-help">
                            { &sec.own_help }
                            if let Some(f) = &sec.own_found {
                                { " → " }<strong data-testid="refdata-own-found">{ f }</strong>
                            }
                        </span>
                    </label>
                    <datalist id="refdata-gemeenten">
                        { for sec.own_options.iter().map(|o| html! { <option value={o.clone()} /> }) }
                    </datalist>
                    { select(&sec.group, "refdata-group", on_group) }
                    if let Some(p) = &sec.province {
                        { select(p, "refdata-province", on_province) }
                    }
                    if let Some((label, text)) = &sec.list {
                        <label class="control wide"><span>{ label }</span>
                            <input type="text" value={text.clone()} onchange={on_list} data-testid="refdata-list" />
                        </label>
                    }
                    if let Some(y) = &sec.year {
                        { select(y, "refdata-year", on_year) }
                    }
                    if let Some(p) = &sec.own_problem {
                        <p class="settings-wide notice warning" role="status" data-testid="refdata-problem">{ p }</p>
                    }
                }
            </section>
            if !sec.kpis.is_empty() || !sec.panels.is_empty() {
                <Dashboard title={sec.title.clone()} kpis={sec.kpis.clone()} panels={sec.panels.clone()} {lang} />
            }
            if !sec.notes.is_empty() {
                <ul class="notes" data-testid="refdata-notes">{ for sec.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
        </div>
    }
}
