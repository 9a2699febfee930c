//! Number inputs for assumptions: a slider with a number box, Dutch decimal comma,
//! and refusal of impossible values at the input (with a message), so no NaN or ∞ can
//! reach a calculation.

use bijstand_core::format;
use bijstand_core::lang::Lang;
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
    /// Interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// Called with a valid new value.
    pub on_change: Callback<f64>,
}

/// Parses a number typed by a user: `1.234,5`, `1234,5`, `18.034` (Dutch thousands dot),
/// `2.15` (a decimal point when not followed by exactly three digits), `-2`.
pub fn parse_user_number(s: &str) -> Option<f64> {
    let t: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€' && *c != '%')
        .collect();
    let t = t.replace('−', "-");
    let normalized = if t.contains(',') {
        t.replace('.', "").replace(',', ".")
    } else if t.matches('.').count() > 1
        || t.split_once('.').is_some_and(|(_, frac)| frac.len() == 3)
    {
        // Dutch thousands dot, as the box itself displays numbers: "18.034" = 18034.
        t.replace('.', "")
    } else {
        t
    };
    normalized.parse::<f64>().ok().filter(|v| v.is_finite())
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
        move |raw: &str| match parse_user_number(raw) {
            Some(v) if v >= min && v <= max => {
                error.set(None);
                on_change.emit(v);
                true
            }
            Some(_) => {
                error.set(Some(format!(
                    "{} {} {} {}.",
                    lang.t("Kies een waarde van", "Choose a value from"),
                    format::nl::dec(min, 2)
                        .trim_end_matches("00")
                        .trim_end_matches(','),
                    lang.t("tot en met", "to"),
                    format::nl::dec(max, 2)
                        .trim_end_matches("00")
                        .trim_end_matches(',')
                )));
                false
            }
            None => {
                error.set(Some(
                    lang.t("Dit is geen getal.", "This is not a number.").into(),
                ));
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
        .unwrap_or_else(|| format::nl::dec(props.value, props.decimals));
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
    use super::parse_user_number;

    #[test]
    fn reads_dutch_and_english_numbers() {
        assert_eq!(parse_user_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_user_number("2,15"), Some(2.15));
        assert_eq!(parse_user_number("2.15"), Some(2.15));
        assert_eq!(parse_user_number("5.648.000"), Some(5648000.0));
        assert_eq!(parse_user_number("−3"), Some(-3.0));
        assert_eq!(
            parse_user_number("€ 18.034"),
            Some(18034.0),
            "a dot before three digits groups thousands"
        );
        assert_eq!(parse_user_number("0.5"), Some(0.5));
        assert_eq!(parse_user_number("abc"), None);
        assert_eq!(parse_user_number("inf"), None);
        assert_eq!(parse_user_number("NaN"), None);
    }
}
