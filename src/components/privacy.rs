//! The small-cell settings (DATA-MODEL §5): the suppression threshold (only upwards:
//! 10, 15, 20) and, for aggregate files, whether published small counts are hidden too.

use bijstand_core::i18n::Count;
use bijstand_core::lang::Lang;
use bijstand_core::suppress::DEFAULT_THRESHOLD;
use yew::prelude::*;

use crate::messages::shell as msg;
use crate::state::Edit;

/// The thresholds a user may choose: never below the default.
pub const THRESHOLDS: [u32; 3] = [DEFAULT_THRESHOLD, 15, 20];

/// Props of [`SmallCellSettings`].
#[derive(Properties, PartialEq)]
pub struct SmallCellProps {
    /// Current threshold.
    pub threshold: u32,
    /// The published-figures switch, shown only for aggregate files (`None`: not shown).
    #[prop_or_default]
    pub suppress_published: Option<bool>,
    /// Interface language.
    pub lang: Lang,
    /// Changes a setting.
    pub on_edit: Callback<Edit>,
}

/// A select for the threshold and, for aggregate files, a labelled on/off switch.
#[component]
pub fn SmallCellSettings(props: &SmallCellProps) -> Html {
    let lang = props.lang;
    let on_threshold = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(t) = el.value().parse::<u32>() {
                if THRESHOLDS.contains(&t) {
                    on_edit.emit(Edit::new(move |s| s.threshold = t));
                }
            }
        })
    };
    let published = props.suppress_published.map(|on| {
        let on_edit = props.on_edit.clone();
        let onchange = Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let v = el.checked();
            on_edit.emit(Edit::new(move |s| s.suppress_published = v));
        });
        html! {
            <label class="control checkbox">
                <input type="checkbox" checked={on} {onchange} data-testid="suppress-published" />
                <span>{ msg::hide_published_below(lang, Count(i64::from(props.threshold))) }</span>
                <small class="field-help">{ if on {
                    msg::PUBLISHED_HIDDEN_HELP.get(lang)
                } else {
                    msg::PUBLISHED_SHOWN_HELP.get(lang)
                } }</small>
            </label>
        }
    });
    html! {
        <div class="controls small-cells" role="group" aria-label={msg::SMALL_COUNTS.get(lang)}>
            <label class="control">
                <span>{ msg::HIDE_SMALL_COUNTS_BELOW.get(lang) }</span>
                <select onchange={on_threshold} data-testid="threshold">
                    { for THRESHOLDS.iter().map(|&t| html! {
                        <option value={t.to_string()} selected={t == props.threshold}>{ t.to_string() }</option>
                    }) }
                </select>
            </label>
            { for published }
        </div>
    }
}
