//! Choosing a file: a button that opens the file picker. Drag-and-drop is handled by the app shell.

use yew::prelude::*;

use crate::messages::shell as msg;

/// Props of [`FilePicker`].
#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    /// Called with the chosen file.
    pub on_file: Callback<web_sys::File>,
    /// Disables the button while a file loads.
    #[prop_or_default]
    pub busy: bool,
    /// Interface language.
    #[prop_or_default]
    pub lang: bijstand_core::lang::Lang,
}

/// "Bestand openen…" button with a hidden `<input type=file>`.
#[component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let on_change = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                on_file.emit(f);
            }
            input.set_value("");
        })
    };
    html! {
        <label class={classes!("button", "primary", props.busy.then_some("busy"))}>
            <input
                type="file"
                class="visually-hidden"
                accept=".csv,.txt,.tsv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="file-input"
                aria-label={msg::OPEN_DATA_FILE.get(props.lang)}
                disabled={props.busy}
                onchange={on_change}
            />
            { msg::OPEN_FILE.get(props.lang) }
        </label>
    }
}
