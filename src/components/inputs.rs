//! Number inputs for assumptions: a slider with a number box that shows and reads numbers
//! in the interface language (Dutch `1.234,5`, English `1,234.5`), and refusal of impossible values at the input (with a message), so no NaN or ∞ can
//! reach a calculation.

use bijstand_core::format;
use bijstand_core::lang::Lang;

use crate::messages::shell as msg;
use yew::prelude::*;

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
    /// Slider range when narrower than `min..=max` (the box still accepts the full range).
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

/// A range bound in a message: two decimals at most, `,00`/`.00` dropped (`0`, `2,5`).
fn bound(lang: Lang, x: f64) -> String {
    let point = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    format::dec(lang, x, 2)
        .trim_end_matches("00")
        .trim_end_matches(point)
        .to_string()
}

/// Reads what the user typed in `lang` and checks it against `min..=max`: the value, or
/// the message to show under the box.
pub fn check_number(lang: Lang, raw: &str, min: f64, max: f64) -> Result<f64, String> {
    match format::parse_number(lang, raw) {
        Some(v) if v >= min && v <= max => Ok(v),
        Some(_) => Err(msg::choose_between(
            lang,
            bound(lang, min),
            bound(lang, max),
        )),
        None => Err(msg::NOT_A_NUMBER.get(lang).to_string()),
    }
}

/// A labelled slider plus number box; out-of-range input shows a message and is not applied.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let error = use_state(|| None::<String>);
    let draft = use_state(|| None::<String>);
    let lang = props.lang;
    let (min, max) = (props.min, props.max);
    let check = {
        let error = error.clone();
        let on_change = props.on_change.clone();
        move |raw: &str| match check_number(lang, raw, min, max) {
            Ok(v) => {
                error.set(None);
                on_change.emit(v);
                true
            }
            Err(message) => {
                error.set(Some(message));
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
    let shown = (*draft)
        .clone()
        .unwrap_or_else(|| shown_number(lang, props.value, props.decimals));
    // A wide allowed range would make the slider useless: slide around the first value
    // instead (fixed for the field's life, so the thumb does not jump while dragging).
    let auto = *use_state(|| {
        let v = props.value.abs().max(1.0);
        ((max - min) > 40.0 * v).then(|| {
            (
                (if min < 0.0 { -2.0 * v } else { 0.0 }).max(min),
                (2.0 * v).min(max),
            )
        })
    });
    let (smin, smax) = props.slider.or(auto).unwrap_or((min, max));
    let err_id = format!("{}-error", props.id);
    let help_id = format!("{}-help", props.id);
    html! {
        <div class={classes!("field", error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field-row">
                <input type="range" aria-label={props.label.clone()} min={smin.to_string()} max={smax.to_string()} step={props.step.to_string()}
                    value={props.value.clamp(smin, smax).to_string()} oninput={on_slider} tabindex="-1" />
                <input id={props.id.clone()} data-testid={props.id.clone()} class="number" type="text" inputmode="decimal"
                    value={shown} oninput={on_box_input} onchange={on_box_change}
                    aria-invalid={error.is_some().to_string()}
                    aria-describedby={if error.is_some() { err_id.clone() } else { help_id.clone() }} />
                if !props.unit.is_empty() { <span class="unit">{ props.unit.clone() }</span> }
            </div>
            if let Some(e) = (*error).clone() {
                <p class="field-error" id={err_id} role="alert">{ e }</p>
            } else if !props.help.is_empty() {
                <p class="field-help" id={help_id}>{ props.help.clone() }</p>
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
            Err("Kies een waarde van 0,50 tot en met 2,50.".to_string())
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
