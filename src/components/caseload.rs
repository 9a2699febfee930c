//! The Samenstelling screen: settings, key figures and one chart (with table) per
//! breakdown; renders [`views::caseload::build`].

use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::privacy::SmallCellSettings;
use crate::components::{use_screen, ScreenProps};
use crate::state::{Action, Edit};
use crate::views;
use crate::views::caseload::FilterBar;

/// Settings plus the composition on the peildatum.
#[component]
pub fn CompositionView(props: &ScreenProps) -> Html {
    let view = use_screen(props, views::caseload::build);
    let lang = props.scenario.lang;
    let edit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Edit| dispatch.emit(Action::Edit(e)))
    };
    // Cross-filtering: a click on a bar or slice toggles that group in the filter.
    let on_chart_click = {
        let (edit, view) = (edit.clone(), view.clone());
        Callback::from(move |(id, name, cat): (String, String, String)| {
            let clicked = view.clicked(&id, &name, &cat);
            if !clicked.is_empty() {
                edit.emit(Edit::new(move |s| {
                    views::caseload::toggle_filter(&mut s.filter, &clicked)
                }));
            }
        })
    };
    if let Some(text) = &view.empty {
        return html! { <p class="empty">{ text }</p> };
    }
    let c = &view.controls;
    let on_peildatum = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(d) = views::caseload::parse_input_date(&el.value()) {
                edit.emit(Edit::new(move |s| s.peildatum = Some(d)));
            }
        })
    };
    let on_row = edit.clone();
    html! {
        <>
            <div class="controls">
                <label class="control">
                    <span>{ &c.peildatum_label }</span>
                    <input type="date" value={c.peildatum.clone()} onchange={on_peildatum} data-testid="peildatum" />
                </label>
                <fieldset class="control radio-group">
                    <legend>{ &c.precedence_legend }</legend>
                    { for c.precedence.iter().map(|o| {
                        let p = o.precedence;
                        let edit = edit.clone();
                        let onchange = Callback::from(move |_: Event| edit.emit(Edit::new(move |s| s.precedence = p)));
                        html! { <label><input type="radio" name="prec" value={o.value} checked={o.checked} {onchange} />{ &o.label }</label> }
                    }) }
                </fieldset>
            </div>
            <SmallCellSettings threshold={props.scenario.threshold} {lang} on_edit={edit.clone()} />
            if let Some(bar) = &view.code_list {
                <p class="filters" data-testid="code-list-bar">
                    <span>{ &bar.text }</span>
                    { " " }
                    <button class="button small" data-testid="code-list-remove"
                        onclick={let d = props.dispatch.clone(); Callback::from(move |_| d.emit(Action::RemoveCodeList))}>
                        { &bar.remove }
                    </button>
                </p>
            }
            <FilterChips filter={view.filter.clone()} on_edit={edit.clone()} />
            <Dashboard title={view.title.clone()} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang}
                row_buttons={view.row_buttons(&props.scenario.filter, lang)}
                on_row_filter={Callback::from(move |item: views::caseload::FilterItem| {
                    on_row.emit(Edit::new(move |s| item.toggle(&mut s.filter)))
                })} {on_chart_click} />
        </>
    }
}

/// Props of [`FilterChips`].
#[derive(Properties, PartialEq)]
pub struct FilterChipsProps {
    /// The active filter as the screen model shows it.
    pub filter: FilterBar,
    /// Changes the filter.
    pub on_edit: Callback<Edit>,
}

/// The active filters as removable chips ("Vrouw ×"), plus "alles wissen".
#[component]
pub fn FilterChips(props: &FilterChipsProps) -> Html {
    let f = &props.filter;
    if let Some(hint) = &f.hint {
        return html! { <p class="filter-hint">{ hint }</p> };
    }
    let chips = f.chips.iter().map(|chip| {
        let (on_edit, item) = (props.on_edit.clone(), chip.item.clone());
        let onclick = Callback::from(move |_| {
            let item = item.clone();
            on_edit.emit(Edit::new(move |s| item.remove(&mut s.filter)))
        });
        html! {
            <li><button class="chip" data-testid="filter-chip" aria-label={chip.aria_label.clone()}
                {onclick}>{ &chip.label }<span aria-hidden="true">{ " ×" }</span></button></li>
        }
    });
    let clear = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(Edit::new(|s| s.filter = Default::default())))
    };
    html! {
        <div class="filters" role="region" aria-label={f.region_label.clone()}>
            <span>{ &f.heading }</span>
            <ul class="chips">{ for chips }</ul>
            <button class="button small" onclick={clear} data-testid="filter-clear">{ &f.clear }</button>
            <span class="filter-note">{ &f.note }</span>
        </div>
    }
}
