//! The Vergelijking screen (F2, F3, F5): renders `views::comparison::build`; every input
//! sends a `Change` that the screen model turns into a scenario edit.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::inputs::NumberField;
use crate::components::{use_screen, ScreenProps};
use crate::state::{Action, Edit};
use crate::views::comparison::{
    self as model, Change, ComparisonView, GrowthPeriod, NumberInput, PeriodEnd, ReferenceEditor,
    Select, SourceLine,
};

/// Sends a change made on the screen, applied to the values on screen.
#[derive(Clone)]
struct Send {
    props: ScreenProps,
    view: Rc<ComparisonView>,
}

impl Send {
    fn emit(&self, change: Change) {
        let (ds, view) = (self.props.dataset.clone(), self.view.clone());
        self.props.dispatch.emit(Action::Edit(Edit::new(move |s| {
            view.apply(&ds, &change, s)
        })));
    }

    fn on<E: 'static>(&self, f: impl Fn(E) -> Option<Change> + 'static) -> Callback<E> {
        let send = self.clone();
        Callback::from(move |e: E| {
            if let Some(c) = f(e) {
                send.emit(c);
            }
        })
    }
}

fn source_line(s: &SourceLine) -> Html {
    html! {
        <div class={classes!("source-line", s.example.then_some("example"))}>
            <p><strong>{ &s.lead }</strong>{ &s.text }</p>
            if !s.notes.is_empty() {
                <ul>{ for s.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
        </div>
    }
}

fn number(send: &Send, i: &NumberInput) -> Html {
    let field = i.field;
    let on_change = send.on(move |v: f64| Some(Change::Number(field, v)));
    let lang = send.props.scenario.lang;
    html! {
        <NumberField id={i.id.clone()} label={i.label.clone()} value={i.value} min={i.min} max={i.max}
            step={i.step} decimals={i.decimals} unit={i.unit.clone()} bounds={i.bounds_line.clone()} {lang} {on_change} />
    }
}

fn select(
    s: &Select,
    test_id: &'static str,
    class: Option<&'static str>,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class={classes!("control", class)}><span>{ &s.label }</span>
            <select {onchange} data-testid={test_id}>
                { for s.options.iter().enumerate().map(|(i, o)| html! { <option selected={i == s.selected}>{ o }</option> }) }
            </select>
        </label>
    }
}

fn selected_index(ev: Event) -> usize {
    let el: web_sys::HtmlSelectElement = ev.target_unchecked_into();
    el.selected_index().max(0) as usize
}

fn reset_button(
    send: &Send,
    text: &Option<String>,
    change: Change,
    test_id: Option<&'static str>,
) -> Html {
    match text {
        Some(t) => {
            let onclick = send.on(move |_: MouseEvent| Some(change.clone()));
            html! { <div class="settings-foot"><button class="button small" {onclick} data-testid={test_id}>{ t }</button></div> }
        }
        None => html! {},
    }
}

fn growth_settings(
    send: &Send,
    v: &ComparisonView,
    period: Option<GrowthPeriod>,
    chosen: &UseStateHandle<Option<(usize, GrowthPeriod)>>,
) -> Html {
    let g = &v.growth;
    let period_inputs = match (&g.period, period) {
        (Some(labels), Some(cur)) => {
            let on_period = |end: PeriodEnd| {
                let chosen = chosen.clone();
                let ds_id = Rc::as_ptr(&send.props.dataset) as usize;
                send.on(move |ev: Event| {
                    let el: web_sys::HtmlInputElement = ev.target_unchecked_into();
                    let next = model::period_change(cur, end, &el.value())?;
                    chosen.set(Some((ds_id, next)));
                    Some(Change::Period(next))
                })
            };
            html! {
                <>
                    <label class="control"><span>{ &labels.from_label }</span>
                        <input type="month" value={model::month_value(cur.from)} onchange={on_period(PeriodEnd::From)} data-testid="groei-van" />
                    </label>
                    <label class="control"><span>{ &labels.to_label }</span>
                        <input type="month" value={model::month_value(cur.to)} onchange={on_period(PeriodEnd::To)} data-testid="groei-tot" />
                    </label>
                </>
            }
        }
        _ => html! {},
    };
    let reference_editor = match &g.reference_editor {
        ReferenceEditor::Growth(i) => number(send, i),
        ReferenceEditor::List {
            rows,
            add,
            group_growth,
        } => {
            let rows = rows.iter().enumerate().map(|(i, r)| {
                let on_name = send.on(move |ev: Event| {
                    let el: web_sys::HtmlInputElement = ev.target_unchecked_into();
                    Some(Change::RefName(i, el.value()))
                });
                let remove = send.on(move |_: MouseEvent| Some(Change::RefRemove(i)));
                html! {
                    <div class="ref-row" data-testid={r.test_id.clone()}>
                        <label class="control"><span>{ &r.name_label }</span>
                            <input type="text" value={r.name.clone()} onchange={on_name} placeholder={r.name_placeholder.clone()} />
                        </label>
                        { number(send, &r.start) }
                        { number(send, &r.end) }
                        <button class="button small" onclick={remove} aria-label={r.remove_label.clone()}>{ &r.remove }</button>
                    </div>
                }
            });
            let on_add = send.on(|_: MouseEvent| Some(Change::RefAdd));
            html! {
                <div class="settings-wide">
                    <div class="ref-list">
                        { for rows }
                        <button class="button small" onclick={on_add} data-testid="ref-add">{ add }</button>
                        <p class="field-help">{ group_growth }</p>
                    </div>
                </div>
            }
        }
    };
    let on_ref = send.on(|ev: Event| Some(Change::ReferenceKind(selected_index(ev))));
    let on_round = send.on(|ev: Event| {
        let el: web_sys::HtmlInputElement = ev.target_unchecked_into();
        Some(Change::Round(el.checked()))
    });
    html! {
        <section class="settings" aria-label={g.label.clone()}>
            <h2 class="settings-heading">{ &g.heading }</h2>
            <div class="settings-wide">{ source_line(&g.source) }</div>
            { period_inputs }
            { for g.stocks.iter().map(|i| number(send, i)) }
            { select(&g.reference, "groei-referentie", None, on_ref) }
            { reference_editor }
            { number(send, &g.cost) }
            <label class="check"><input type="checkbox" checked={g.round.checked} onchange={on_round} />{ &g.round.label }</label>
            { reset_button(send, &g.reset, Change::ResetGrowth, Some("groei-reset")) }
        </section>
    }
}

fn participation_settings(send: &Send, v: &ComparisonView) -> Html {
    let p = &v.participation;
    let on_noemer = send.on(|ev: Event| Some(Change::Denominator(selected_index(ev))));
    let trajectories = p.trajectories.as_ref().map(|t| {
        let d = send.props.dispatch.clone();
        let remove = Callback::from(move |_: MouseEvent| d.emit(Action::RemoveTrajectories));
        html! {
            <div class="settings-wide file-line" data-testid="trajecten-bestand">
                <p>{ &t.text }{ " " }
                    <button type="button" class="button small" data-testid="trajecten-verwijderen" onclick={remove}>{ &t.remove }</button>
                </p>
                if !t.warnings.is_empty() {
                    <ul class="notes">{ for t.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                }
            </div>
        }
    });
    html! {
        <section class="settings" aria-label={p.label.clone()}>
            <h2 class="settings-heading">{ &p.heading }</h2>
            { for trajectories }
            <div class="settings-wide">{ source_line(&p.source) }</div>
            { select(&p.denominator, "participatie-noemer", Some("wide"), on_noemer) }
            { for p.fields.iter().map(|i| number(send, i)) }
            { reset_button(send, &p.reset, Change::ResetParticipation, None) }
        </section>
    }
}

fn werkplein_settings(send: &Send, v: &ComparisonView) -> Html {
    let w = &v.werkplein;
    html! {
        <section class="settings" aria-label={w.label.clone()}>
            <h2 class="settings-heading">{ &w.heading }</h2>
            <div class="settings-wide">{ source_line(&w.source) }</div>
            { for w.fields.iter().map(|i| number(send, i)) }
            { reset_button(send, &w.reset, Change::ResetWerkplein, None) }
        </section>
    }
}

/// Growth, participation and placements against references and targets.
#[component]
pub fn ComparisonPanel(props: &ScreenProps) -> Html {
    let view = use_screen(props, model::build);
    let lang = props.scenario.lang;
    // The months chosen for the growth period (episodes): kept per dataset, so another
    // file starts from its own default period.
    let chosen = use_state(|| None::<(usize, GrowthPeriod)>);
    let ds_id = Rc::as_ptr(&props.dataset) as usize;
    let period = (*chosen)
        .filter(|(id, _)| *id == ds_id)
        .map(|(_, p)| p)
        .or(view.growth.period.as_ref().map(|p| p.default));
    let send = Send {
        props: props.clone(),
        view: view.clone(),
    };
    let v = &*view;
    let dashboard = |d: &model::Dashboard| {
        html! {
            <Dashboard title={d.title.clone()} kpis={d.kpis.clone()} panels={d.panels.clone()} {lang} />
        }
    };
    html! {
        <div class="comparison">
            { crate::components::refdata::view(props, &v.refdata) }
            { growth_settings(&send, v, period, &chosen) }
            { dashboard(&v.growth.dashboard) }
            <ul class="notes" data-testid="groei-notes">{ for v.growth.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            { participation_settings(&send, v) }
            { dashboard(&v.participation.dashboard) }
            { werkplein_settings(&send, v) }
            { dashboard(&v.werkplein.dashboard) }
            <ul class="notes readings" data-testid="werkplein-lezingen">{ for v.werkplein.readings.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </div>
    }
}
