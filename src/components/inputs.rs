//! Number inputs for assumptions: a slider with a number box that shows and reads numbers
//! in the interface language (Dutch `1.234,5`, English `1,234.5`), and refusal of impossible values at the input (with a message), so no NaN or ∞ can
//! reach a calculation.

use bijstand_core::format;
use bijstand_core::lang::Lang;

use crate::messages::shell as msg;
use crate::state::{Action, Rejection};
use crate::views::budget::bound_text;
use yew::prelude::*;

/// Where number boxes report a refused value and its end (the app's dispatch, given as a
/// context): the result area then says which value the figures still use.
#[derive(Clone, PartialEq)]
pub struct InputReports(pub Callback<Action>);

/// How the screen names the value a box holds: `€ 18.034`, `2,15%`, `5.648`, `3 mnd`.
pub fn value_with_unit(lang: Lang, value: f64, decimals: usize, unit: &str) -> String {
    let n = shown_number(lang, value, decimals);
    match unit {
        "" => n,
        "€" => format!("€ {n}"),
        "%" => format!("{n}%"),
        u => format!("{n} {u}"),
    }
}

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// Stable id (DOM id and `data-testid`).
    pub id: AttrValue,
    /// Label.
    pub label: AttrValue,
    /// Current value.
    pub value: f64,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Slider range when narrower than `min..=max` (the box still accepts the full range);
    /// by default the slider runs over `min..=max`, as the box.
    #[prop_or_default]
    pub slider: Option<(f64, f64)>,
    /// Decimals shown in the number box.
    #[prop_or(0)]
    pub decimals: usize,
    /// Unit after the box ("%", "€", "per jaar").
    #[prop_or_default]
    pub unit: AttrValue,
    /// Help text under the field.
    #[prop_or_default]
    pub help: AttrValue,
    /// Why the range is what it is (one line under the field).
    #[prop_or_default]
    pub bounds: AttrValue,
    /// Interface language: the box shows and reads numbers in it (`19.000` / `19,000`).
    pub lang: Lang,
    /// Called with a valid new value.
    pub on_change: Callback<f64>,
}

/// How the number box shows `value` in `lang`: `18.034` / `18,034`, `2,15` / `2.15`.
/// [`format::parse_number`] reads it back.
pub fn shown_number(lang: Lang, value: f64, decimals: usize) -> String {
    format::dec(lang, value, decimals)
}

/// Reads what the user typed in `lang` and checks it against `min..=max`: the value, or
/// the message to show under the box.
pub fn check_number(lang: Lang, raw: &str, min: f64, max: f64) -> Result<f64, String> {
    match format::parse_number(lang, raw) {
        Some(v) if v >= min && v <= max => Ok(v),
        Some(_) => Err(msg::choose_between(
            lang,
            bound_text(lang, min),
            bound_text(lang, max),
        )),
        None => Err(msg::NOT_A_NUMBER.get(lang).to_string()),
    }
}

/// A labelled slider plus number box over one range (`min..=max` for both, unless the view
/// gives the slider its own). A refused value stays in the box, marked (`aria-invalid`, a
/// red border and the message next to it), is reported to the app ([`InputReports`]) so
/// the figures say they still use the value before it, and Esc puts that value back.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let error = use_state(|| None::<String>);
    let draft = use_state(|| None::<String>);
    let reports = use_context::<InputReports>();
    // Whether this box has reported a refusal that is not settled yet.
    let reported = use_mut_ref(|| false);
    let lang = props.lang;
    let (min, max) = (props.min, props.max);
    let id = props.id.to_string();
    let settle = {
        let (reports, reported, id) = (reports.clone(), reported.clone(), id.clone());
        move || {
            if std::mem::take(&mut *reported.borrow_mut()) {
                if let Some(r) = &reports {
                    r.0.emit(Action::InputSettled(id.clone()));
                }
            }
        }
    };
    // A box that goes away (another tab) no longer holds a refused value.
    {
        let settle = settle.clone();
        use_effect_with((), move |_| move || settle());
    }
    let check = {
        let error = error.clone();
        let on_change = props.on_change.clone();
        let settle = settle.clone();
        let (reports, reported) = (reports.clone(), reported.clone());
        let label = props.label.to_string();
        let in_use = value_with_unit(lang, props.value, props.decimals, &props.unit);
        move |raw: &str| match check_number(lang, raw, min, max) {
            Ok(v) => {
                error.set(None);
                settle();
                on_change.emit(v);
                true
            }
            Err(message) => {
                error.set(Some(message));
                *reported.borrow_mut() = true;
                if let Some(r) = &reports {
                    r.0.emit(Action::InputRejected(Rejection {
                        field: id.clone(),
                        label: label.clone(),
                        typed: raw.trim().to_string(),
                        in_use: in_use.clone(),
                    }));
                }
                false
            }
        }
    };
    let on_slider = {
        let check = check.clone();
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            draft.set(None);
            check(&el.value());
        })
    };
    let on_box_input = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            draft.set(Some(el.value()));
        })
    };
    let on_box_change = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            if check(&el.value()) {
                draft.set(None);
            }
        })
    };
    // Esc: back to the value in use.
    let on_key = {
        let (draft, error) = (draft.clone(), error.clone());
        let shown_in_use = shown_number(lang, props.value, props.decimals);
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && (draft.is_some() || error.is_some()) {
                e.prevent_default();
                let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                el.set_value(&shown_in_use);
                draft.set(None);
                error.set(None);
                settle();
            }
        })
    };
    let shown = (*draft)
        .clone()
        .unwrap_or_else(|| shown_number(lang, props.value, props.decimals));
    let (smin, smax) = props.slider.unwrap_or((min, max));
    let err_id = format!("{}-error", props.id);
    let help_id = format!("{}-help", props.id);
    let bounds_id = format!("{}-bounds", props.id);
    let described = match (
        error.is_some(),
        props.help.is_empty(),
        props.bounds.is_empty(),
    ) {
        (true, _, _) => err_id.clone(),
        (false, true, true) => String::new(),
        (false, false, true) => help_id.clone(),
        (false, true, false) => bounds_id.clone(),
        (false, false, false) => format!("{help_id} {bounds_id}"),
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field-row">
                <input type="range" aria-label={props.label.clone()} min={smin.to_string()} max={smax.to_string()} step={props.step.to_string()}
                    value={props.value.clamp(smin, smax).to_string()} oninput={on_slider} tabindex="-1" />
                <input id={props.id.clone()} data-testid={props.id.clone()} class="number" type="text" inputmode="decimal"
                    value={shown} oninput={on_box_input} onchange={on_box_change} onkeydown={on_key}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={(!described.is_empty()).then_some(described)} />
                if !props.unit.is_empty() { <span class="unit">{ props.unit.clone() }</span> }
            </div>
            if let Some(e) = (*error).clone() {
                <p class="field-error" id={err_id} role="alert" data-testid={format!("{}-error", props.id)}>{ e }</p>
            } else {
                if !props.help.is_empty() {
                    <p class="field-help" id={help_id}>{ props.help.clone() }</p>
                }
                if !props.bounds.is_empty() {
                    <p class="field-help field-bounds" id={bounds_id}>{ props.bounds.clone() }</p>
                }
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{check_number, shown_number};
    use bijstand_core::format::parse_number;
    use bijstand_core::lang::Lang::{En, Nl};

    #[test]
    fn reads_dutch_numbers() {
        assert_eq!(parse_number(Nl, "1.234,5"), Some(1234.5));
        assert_eq!(parse_number(Nl, "2,15"), Some(2.15));
        assert_eq!(parse_number(Nl, "2.15"), Some(2.15));
        assert_eq!(parse_number(Nl, "5.648.000"), Some(5648000.0));
        assert_eq!(parse_number(Nl, "19.000"), Some(19000.0));
        assert_eq!(parse_number(Nl, "−3"), Some(-3.0));
        assert_eq!(
            parse_number(Nl, "€ 18.034"),
            Some(18034.0),
            "a dot before three digits groups thousands"
        );
        assert_eq!(parse_number(Nl, "0.5"), Some(0.5));
        assert_eq!(parse_number(Nl, "abc"), None);
        assert_eq!(parse_number(Nl, "inf"), None);
        assert_eq!(parse_number(Nl, "NaN"), None);
    }

    #[test]
    fn reads_english_numbers() {
        assert_eq!(parse_number(En, "19,000"), Some(19000.0), "not nineteen");
        assert_eq!(parse_number(En, "1,234.5"), Some(1234.5));
        assert_eq!(parse_number(En, "2.15"), Some(2.15));
        assert_eq!(parse_number(En, "2,15"), Some(2.15));
        assert_eq!(parse_number(En, "5,648,000"), Some(5648000.0));
        assert_eq!(parse_number(En, "€18,034"), Some(18034.0));
        assert_eq!(parse_number(En, "−3"), Some(-3.0));
        assert_eq!(parse_number(En, "abc"), None);
        assert_eq!(parse_number(En, "inf"), None);
    }

    #[test]
    fn the_box_shows_what_it_reads_back() {
        for (lang, shown) in [(Nl, "18.034,50"), (En, "18,034.50")] {
            assert_eq!(shown_number(lang, 18034.5, 2), shown);
            assert_eq!(parse_number(lang, shown), Some(18034.5));
        }
        assert_eq!(shown_number(Nl, 19000.0, 0), "19.000");
        assert_eq!(shown_number(En, 19000.0, 0), "19,000");
        assert_eq!(
            parse_number(En, &shown_number(En, 19000.0, 0)),
            Some(19000.0)
        );
    }

    #[test]
    fn out_of_range_and_non_numbers_get_a_message_in_the_language() {
        assert_eq!(check_number(En, "19,000", 0.0, 50_000.0), Ok(19000.0));
        assert_eq!(check_number(Nl, "19.000", 0.0, 50_000.0), Ok(19000.0));
        assert_eq!(
            check_number(Nl, "60.000", 0.0, 50_000.0),
            Err("Kies een waarde van 0 tot en met 50.000.".to_string())
        );
        assert_eq!(
            check_number(En, "60,000", 0.0, 50_000.0),
            Err("Choose a value from 0 to 50,000.".to_string())
        );
        assert_eq!(
            check_number(Nl, "9", 0.5, 2.5),
            Err("Kies een waarde van 0,5 tot en met 2,5.".to_string())
        );
        assert_eq!(
            check_number(Nl, "-50", -5.0, 5.0),
            Err("Kies een waarde van −5 tot en met 5.".to_string()),
            "a true minus, as the line under the field writes it"
        );
        assert_eq!(
            check_number(En, "x", 0.0, 1.0),
            Err("This is not a number.".to_string())
        );
        assert_eq!(
            check_number(Nl, "x", 0.0, 1.0),
            Err("Dit is geen getal.".to_string())
        );
    }
}
