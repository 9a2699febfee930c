//! The inputs of the BUIG and LKS screens: a number box, a list or a check box bound to one
//! scenario value (see `views::budget`); each dispatches an edit.

use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::components::inputs::NumberField;
use crate::state::{Action, Edit};
use crate::views::budget::{Check, NumberInput, Select};

/// A number box bound to its scenario value.
pub fn field(dispatch: &Callback<Action>, lang: Lang, f: &NumberInput) -> Html {
    let dispatch = dispatch.clone();
    let key = f.field;
    let on_change = Callback::from(move |v: f64| {
        dispatch.emit(Action::Edit(Edit::new(move |s| key.set(s, v))))
    });
    html! {
        <NumberField id={key.id()} label={f.label.clone()} value={f.value} min={f.min} max={f.max}
            step={f.step} decimals={f.decimals} unit={f.unit.clone()} bounds={f.bounds_line.clone()} {lang} {on_change} />
    }
}

/// Number boxes, one after the other.
pub fn fields(dispatch: &Callback<Action>, lang: Lang, fs: &[NumberInput]) -> Html {
    fs.iter().map(|f| field(dispatch, lang, f)).collect()
}

/// A labelled list bound to its scenario setting.
pub fn select(dispatch: &Callback<Action>, s: &Select) -> Html {
    let onchange = {
        let d = dispatch.clone();
        let choice = s.choice;
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let i = el.selected_index().max(0) as usize;
            d.emit(Action::Edit(Edit::new(move |s| choice.apply(s, i))));
        })
    };
    html! {
        <label class="control"><span>{ &s.label }</span>
            <select {onchange} data-testid={s.choice.test_id()}>
                { for s.options.iter().enumerate().map(|(i, o)| html! { <option selected={i == s.selected}>{ o }</option> }) }
            </select>
        </label>
    }
}

/// A check box bound to its scenario switch.
pub fn check(dispatch: &Callback<Action>, c: &Check) -> Html {
    let onchange = {
        let d = dispatch.clone();
        let toggle = c.toggle;
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let on = el.checked();
            d.emit(Action::Edit(Edit::new(move |s| toggle.apply(s, on))));
        })
    };
    html! {
        <label class="check"><input type="checkbox" checked={c.checked} {onchange} data-testid={c.toggle.test_id()} />
            { " " }{ &c.label }</label>
    }
}
