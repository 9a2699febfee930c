//! The programme budget screen (Annex 1): renders `views::programme::build`; moves between
//! lines are checked by `views::programme::new_move` and dispatched as edits.

use bijstand_core::programme::CostColumn;
use yew::prelude::*;

use crate::components::data_table::DataTable;
use crate::components::{use_screen, ScreenProps};
use crate::state::{Action, Edit};
use crate::views::programme;

/// Annex 1 with reallocation between lines.
#[component]
pub fn ProgrammePanel(props: &ScreenProps) -> Html {
    let view = use_screen(props, programme::build);
    let lang = props.scenario.lang;
    let form = &view.form;
    let from = use_state(|| form.default_from.clone());
    let to = use_state(|| form.default_to.clone());
    let column = use_state(|| CostColumn::Direct);
    let amount = use_state(String::new);
    let msg = use_state(|| None::<String>);
    let select = |state: UseStateHandle<String>| {
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            state.set(el.value());
        })
    };
    let on_move = {
        let (from, to, column, amount, msg, d) = (
            from.clone(),
            to.clone(),
            column.clone(),
            amount.clone(),
            msg.clone(),
            props.dispatch.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            match programme::new_move(lang, &from, &to, *column, &amount) {
                Ok(m) => {
                    msg.set(None);
                    d.emit(Action::Edit(Edit::new(move |s| {
                        s.programme.push(m.clone())
                    })));
                }
                Err(e) => msg.set(Some(e)),
            }
        })
    };
    let on_column = {
        let (column, columns) = (column.clone(), form.columns.clone());
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let i = el.selected_index().max(0) as usize;
            if let Some((c, _)) = columns.get(i) {
                column.set(*c);
            }
        })
    };
    let undo = {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::Edit(Edit::new(|s| {
                s.programme.pop();
            })))
        })
    };
    let options = |selected: &str| {
        form.lines.iter().map(|(code, name)| html! { <option value={code.clone()} selected={code == selected}>{ name }</option> }).collect::<Html>()
    };
    html! {
        <section class="dashboard" aria-labelledby="prog-h">
            <h2 id="prog-h">{ &view.title }</h2>
            <ul class="kpis">
                { for view.kpis.iter().map(|k| html! {
                    <li class="kpi" data-testid={k.id}><span class="kpi-label">{ &k.label }</span><span class="kpi-value">{ &k.value }</span><span class="kpi-note">{ &k.note }</span></li>
                }) }
            </ul>
            <section class="settings" aria-label={form.label.clone()}>
                <h3>{ &form.title }</h3>
                <label class="control"><span>{ &form.from_label }</span><select onchange={select(from.clone())} data-testid="prog-from">{ options(&from) }</select></label>
                <label class="control"><span>{ &form.to_label }</span><select onchange={select(to.clone())} data-testid="prog-to">{ options(&to) }</select></label>
                <label class="control"><span>{ &form.column_label }</span>
                    <select onchange={on_column}>
                        { for form.columns.iter().map(|(c, name)| html! { <option selected={*c == *column}>{ name }</option> }) }
                    </select>
                </label>
                <label class="control"><span>{ &form.amount_label }</span>
                    <input type="text" inputmode="decimal" value={(*amount).clone()} data-testid="prog-amount"
                        oninput={{ let amount = amount.clone(); Callback::from(move |e: InputEvent| { let el: web_sys::HtmlInputElement = e.target_unchecked_into(); amount.set(el.value()); }) }} />
                </label>
                <div class="settings-foot">
                    <button class="button primary" onclick={on_move} data-testid="prog-move">{ &form.submit }</button>
                    if let Some(label) = &view.undo {
                        <button class="button" onclick={undo}>{ label }</button>
                    }
                    if let Some(m) = (*msg).clone().or(view.error.clone()) { <p class="field-error" role="alert">{ m }</p> }
                </div>
                <ul class="moves">{ for view.moves.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
            </section>
            <div class="panels">
                <article class="panel"><h3>{ &view.lines.caption }</h3><DataTable table={view.lines.clone()} collapsible={false} {lang} /></article>
                <article class="panel"><h3>{ &view.coverage.caption }</h3><DataTable table={view.coverage.clone()} collapsible={false} {lang} /></article>
                <article class="panel"><h3>{ &view.checks.caption }</h3><DataTable table={view.checks.clone()} collapsible={false} {lang} /></article>
            </div>
        </section>
    }
}
