//! Sharing: the link of the current scenario with a Copy button, and its QR code sized
//! for a projector. The link carries parameters only, never data from the file.

use bijstand_core::i18n::Count;
use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::components::modal::Modal;
use crate::messages::shell as msg;

/// Props of [`ShareDialog`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The full link (page URL + `#` + fragment), or an error message.
    pub link: Result<String, String>,
    /// The link holds scenario B too.
    #[prop_or_default]
    pub with_b: bool,
    /// Show only the QR code, as large as possible (presentation mode).
    #[prop_or_default]
    pub qr_only: bool,
    /// Interface language.
    pub lang: Lang,
    /// Close the dialog.
    pub on_close: Callback<()>,
}

/// A modal dialog with the link, a Copy button and the QR code.
#[component]
pub fn ShareDialog(props: &ShareProps) -> Html {
    let lang = props.lang;
    let copied = use_state(|| None::<Result<(), String>>);
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let body = match &props.link {
        Err(e) => html! { <p class="field-error" role="alert">{ e }</p> },
        Ok(link) => {
            let qr = bijstand_core::share::qr_svg_with_title(link, msg::QR_OF_SCENARIO.get(lang))
                .map(|svg| Html::from_html_unchecked(AttrValue::from(svg)))
                .unwrap_or_else(|e| html! { <p>{ e.message(lang) }</p> });
            let on_copy = {
                let copied = copied.clone();
                let link = link.clone();
                Callback::from(move |_: MouseEvent| {
                    #[cfg(target_arch = "wasm32")]
                    {
                        let copied = copied.clone();
                        let link = link.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            copied.set(Some(crate::web::copy_text(&link).await));
                        });
                    }
                    #[cfg(not(target_arch = "wasm32"))]
                    let _ = (&copied, &link);
                })
            };
            html! {
                <>
                    if !props.qr_only {
                        <p>{ msg::LINK_HOLDS_NO_DATA.get(lang) }</p>
                        if props.with_b {
                            <p data-testid="share-with-b">{ msg::LINK_CARRIES_B.get(lang) }</p>
                        }
                        <div class="share-link">
                            <input type="text" readonly=true value={link.clone()} data-testid="share-link" aria-label={msg::LINK_TO_SCENARIO.get(lang)}
                                onfocus={Callback::from(|e: FocusEvent| { let el: web_sys::HtmlInputElement = e.target_unchecked_into(); el.select(); })} />
                            <button class="button primary" onclick={on_copy} data-testid="share-copy">{ msg::COPY_LINK.get(lang) }</button>
                        </div>
                        <p class="share-status" role="status">
                            { match &*copied {
                                Some(Ok(())) => msg::COPIED.get(lang).to_string(),
                                Some(Err(_)) => msg::COPY_FAILED.get(lang).to_string(),
                                None => msg::characters(lang, Count(link.len() as i64)),
                            } }
                        </p>
                    }
                    <div class={classes!("qr", props.qr_only.then_some("qr-large"))} data-testid="share-qr">{ qr }</div>
                </>
            }
        }
    };
    html! {
        <Modal labelled_by="share-h" class={classes!(props.qr_only.then_some("dialog-qr"))} on_close={props.on_close.clone()}>
            <div class="dialog-head">
                <h2 id="share-h">{ if props.qr_only { msg::SCAN_TO_OPEN.get(lang) } else { msg::SHARE_SCENARIO.get(lang) } }</h2>
                <button class="button small" data-autofocus="true" onclick={close} aria-label={msg::CLOSE.get(lang)}>{ "✕" }</button>
            </div>
            { body }
        </Modal>
    }
}
