//! The programme budget view (Annex 1): lines, coverage, checks, and moves between lines.

use bijstand_core::format;
use bijstand_core::programme::{CostColumn, ProgrammeBudget, Reallocation};
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::data_table::DataTable;
use crate::state::{Action, Edit};
use crate::views;

/// Props of [`ProgrammePanel`].
#[derive(Properties, PartialEq)]
pub struct ProgrammeProps {
    /// Current scenario (its `programme` moves apply).
    pub scenario: Scenario,
    /// Dispatches edits.
    pub dispatch: Callback<Action>,
}

/// Annex 1 with reallocation between lines.
#[component]
pub fn ProgrammePanel(props: &ProgrammeProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let base = ProgrammeBudget::default();
    let (kpis, lines, coverage, checks, error) = views::programme_view(&base, &s.programme, lang);
    let from = use_state(|| {
        base.lines
            .first()
            .map(|l| l.code.clone())
            .unwrap_or_default()
    });
    let to = use_state(|| {
        base.lines
            .get(1)
            .map(|l| l.code.clone())
            .unwrap_or_default()
    });
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
        Callback::from(
            move |_: MouseEvent| match format::parse_number(lang, &amount) {
                Some(a) if a > 0.0 && *from != *to => {
                    msg.set(None);
                    let m = Reallocation {
                        from: (*from).clone(),
                        to: (*to).clone(),
                        column: *column,
                        amount: a,
                    };
                    d.emit(Action::Edit(Edit::new(move |s| {
                        s.programme.push(m.clone())
                    })));
                }
                Some(_) if *from == *to => msg.set(Some(
                    lang.t(
                        "Kies twee verschillende regels.",
                        "Choose two different lines.",
                    )
                    .into(),
                )),
                _ => msg.set(Some(
                    lang.t(
                        "Vul een positief bedrag in (× € 1.000).",
                        "Enter a positive amount (× € 1,000).",
                    )
                    .into(),
                )),
            },
        )
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
        base.lines.iter().map(|l| html! { <option value={l.code.clone()} selected={l.code == selected}>{ views::line_name(&l.code, &l.label, lang) }</option> }).collect::<Html>()
    };
    html! {
        <section class="dashboard" aria-labelledby="prog-h">
            <h2 id="prog-h">{ lang.t("Programmabegroting (bijlage 1)", "Programme budget (annex 1)") }</h2>
            <ul class="kpis">
                { for kpis.iter().map(|k| html! {
                    <li class="kpi" data-testid={k.id}><span class="kpi-label">{ &k.label }</span><span class="kpi-value">{ &k.value }</span><span class="kpi-note">{ &k.note }</span></li>
                }) }
            </ul>
            <section class="settings" aria-label={lang.t("Verschuiven tussen regels", "Move between lines")}>
                <h3>{ lang.t("Verschuif budget tussen regels", "Move budget between lines") }</h3>
                <label class="control"><span>{ lang.t("Van", "From") }</span><select onchange={select(from.clone())} data-testid="prog-from">{ options(&from) }</select></label>
                <label class="control"><span>{ lang.t("Naar", "To") }</span><select onchange={select(to.clone())} data-testid="prog-to">{ options(&to) }</select></label>
                <label class="control"><span>{ lang.t("Kolom", "Column") }</span>
                    <select onchange={{ let column = column.clone(); Callback::from(move |e: Event| { let el: web_sys::HtmlSelectElement = e.target_unchecked_into(); column.set(if el.selected_index() == 1 { CostColumn::Apparaat } else { CostColumn::Direct }); }) }}>
                        <option selected={*column == CostColumn::Direct}>{ CostColumn::Direct.label(lang) }</option>
                        <option selected={*column == CostColumn::Apparaat}>{ CostColumn::Apparaat.label(lang) }</option>
                    </select>
                </label>
                <label class="control"><span>{ lang.t("Bedrag (× € 1.000)", "Amount (× € 1,000)") }</span>
                    <input type="text" inputmode="decimal" value={(*amount).clone()} data-testid="prog-amount"
                        oninput={{ let amount = amount.clone(); Callback::from(move |e: InputEvent| { let el: web_sys::HtmlInputElement = e.target_unchecked_into(); amount.set(el.value()); }) }} />
                </label>
                <div class="settings-foot">
                    <button class="button primary" onclick={on_move} data-testid="prog-move">{ lang.t("Verschuif", "Move") }</button>
                    if !s.programme.is_empty() {
                        <button class="button" onclick={undo}>{ format!("{} ({})", lang.t("Laatste ongedaan maken", "Undo last"), s.programme.len()) }</button>
                    }
                    if let Some(m) = (*msg).clone().or(error) { <p class="field-error" role="alert">{ m }</p> }
                </div>
                <ul class="moves">{ for s.programme.iter().map(|m| html! { <li>{ format!("{} {} → {} ({})", format::nl::dec(m.amount, 0), views::line_name(&m.from, &m.from, lang), views::line_name(&m.to, &m.to, lang), m.column.label(lang)) }</li> }) }</ul>
            </section>
            <div class="panels">
                <article class="panel"><h3>{ &lines.caption }</h3><DataTable table={lines} collapsible={false} {lang} /></article>
                <article class="panel"><h3>{ &coverage.caption }</h3><DataTable table={coverage} collapsible={false} {lang} /></article>
                <article class="panel"><h3>{ &checks.caption }</h3><DataTable table={checks} collapsible={false} {lang} /></article>
            </div>
        </section>
    }
}
