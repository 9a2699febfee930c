//! Sharing: the link of the current scenario with a Copy button, and its QR code sized
//! for a projector. The link carries parameters only, never data from the file.

use bijstand_core::lang::Lang;
use yew::prelude::*;

/// Props of [`ShareDialog`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The full link (page URL + `#` + fragment), or an error message.
    pub link: Result<String, String>,
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
    let dialog_ref = use_node_ref();
    let on_key = {
        let on_close = props.on_close.clone();
        let dialog_ref = dialog_ref.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => {
                e.stop_propagation();
                on_close.emit(());
            }
            // Keep Tab and Shift+Tab inside the dialog (it is modal).
            "Tab" => {
                #[cfg(target_arch = "wasm32")]
                if let Some(d) = dialog_ref.cast::<web_sys::Element>() {
                    trap_focus(&d, &e);
                }
                #[cfg(not(target_arch = "wasm32"))]
                let _ = &dialog_ref;
            }
            _ => {}
        })
    };
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            // Focus moves into the dialog, and back to what had it (the Share button) on close.
            #[cfg(target_arch = "wasm32")]
            let opener = gloo::utils::document().active_element();
            if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
            move || {
                #[cfg(target_arch = "wasm32")]
                {
                    use wasm_bindgen::JsCast;
                    if let Some(el) = opener.and_then(|o| o.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        if el.is_connected() {
                            let _ = el.focus();
                        }
                    }
                }
            }
        });
    }
    let body = match &props.link {
        Err(e) => html! { <p class="field-error" role="alert">{ e }</p> },
        Ok(link) => {
            let qr = bijstand_core::share::qr_svg_with_title(
                link,
                lang.t("QR-code van dit scenario", "QR code of this scenario"),
            )
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
                        <p>{ lang.t("Deze link bevat alleen de instellingen en aannames, geen gegevens uit het bestand. De ontvanger opent hem met een eigen kopie van de gegevens.", "This link holds only the settings and assumptions, no data from the file. The recipient opens it with their own copy of the data.") }</p>
                        <div class="share-link">
                            <input type="text" readonly=true value={link.clone()} data-testid="share-link" aria-label={lang.t("Link naar dit scenario", "Link to this scenario")}
                                onfocus={Callback::from(|e: FocusEvent| { let el: web_sys::HtmlInputElement = e.target_unchecked_into(); el.select(); })} />
                            <button class="button primary" onclick={on_copy} data-testid="share-copy">{ lang.t("Kopieer link", "Copy link") }</button>
                        </div>
                        <p class="share-status" role="status">
                            { match &*copied {
                                Some(Ok(())) => lang.t("Gekopieerd.", "Copied.").to_string(),
                                Some(Err(_)) => lang.t("Kopiëren lukte niet; selecteer de link en kopieer hem met Ctrl+C.", "Copying failed; select the link and press Ctrl+C.").to_string(),
                                None => format!("{} {}", link.len(), lang.t("tekens", "characters")),
                            } }
                        </p>
                    }
                    <div class={classes!("qr", props.qr_only.then_some("qr-large"))} data-testid="share-qr">{ qr }</div>
                </>
            }
        }
    };
    html! {
        <div class="overlay" onclick={close.clone()}>
            <div class={classes!("dialog", props.qr_only.then_some("dialog-qr"))} role="dialog" aria-modal="true" aria-labelledby="share-h" ref={dialog_ref}
                onclick={Callback::from(|e: MouseEvent| e.stop_propagation())} onkeydown={on_key}>
                <div class="dialog-head">
                    <h2 id="share-h">{ if props.qr_only { lang.t("Scan om dit scenario te openen", "Scan to open this scenario") } else { lang.t("Scenario delen", "Share scenario") } }</h2>
                    <button class="button small" ref={close_ref} onclick={close} aria-label={lang.t("Sluiten", "Close")}>{ "✕" }</button>
                </div>
                { body }
            </div>
        </div>
    }
}

/// Moves focus from the last focusable element of `dialog` to the first on Tab, and from
/// the first to the last on Shift+Tab.
#[cfg(target_arch = "wasm32")]
fn trap_focus(dialog: &web_sys::Element, e: &KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let Ok(list) = dialog.query_selector_all(
        "button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let n = list.length();
    if n == 0 {
        return;
    }
    let (first, last) = (list.get(0), list.get(n - 1));
    let active: Option<web_sys::Node> = gloo::utils::document().active_element().map(Into::into);
    let is_active = |node: &Option<web_sys::Node>| {
        node.as_ref()
            .is_some_and(|x| x.is_same_node(active.as_ref()))
    };
    let inside = active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
    let target = if !inside {
        first
    } else if e.shift_key() {
        if is_active(&first) {
            last
        } else {
            None
        }
    } else if is_active(&last) {
        first
    } else {
        None
    };
    if let Some(t) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        e.prevent_default();
        let _ = t.focus();
    }
}
