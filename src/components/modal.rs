//! A modal dialog: a backdrop, a `role=dialog` box labelled by its heading, focus moved
//! in on open (to the element marked `data-autofocus`, else the first control), Tab and
//! Shift+Tab kept inside, Esc closes, and focus back to what had it (the opener) on close.
//! Used by the share dialog and the file settings dialog.

use yew::prelude::*;

/// Props of [`Modal`].
#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// The id of the element that names the dialog (its heading).
    pub labelled_by: AttrValue,
    /// Extra classes on the dialog box.
    #[prop_or_default]
    pub class: Classes,
    /// Close the dialog (Esc, and a click on the backdrop when `backdrop_closes`).
    pub on_close: Callback<()>,
    /// A click outside the dialog closes it (off for forms, where it would lose choices).
    #[prop_or(true)]
    pub backdrop_closes: bool,
    /// `data-testid` of the dialog box.
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// The content.
    #[prop_or_default]
    pub children: Html,
}

/// See the module documentation.
#[component]
pub fn Modal(props: &ModalProps) -> Html {
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
    {
        let dialog_ref = dialog_ref.clone();
        use_effect_with((), move |_| {
            // Focus moves into the dialog, and back to what had it (the opener) on close.
            #[cfg(target_arch = "wasm32")]
            let opener = gloo::utils::document().active_element();
            #[cfg(target_arch = "wasm32")]
            if let Some(d) = dialog_ref.cast::<web_sys::Element>() {
                use wasm_bindgen::JsCast;
                let target = d
                    .query_selector("[data-autofocus]")
                    .ok()
                    .flatten()
                    .or_else(|| d.query_selector(FOCUSABLE).ok().flatten());
                if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = dialog_ref;
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
    let on_backdrop = {
        let on_close = props.on_close.clone();
        let closes = props.backdrop_closes;
        Callback::from(move |_: MouseEvent| {
            if closes {
                on_close.emit(())
            }
        })
    };
    html! {
        <div class="overlay" onclick={on_backdrop}>
            <div class={classes!("dialog", props.class.clone())} role="dialog" aria-modal="true"
                aria-labelledby={props.labelled_by.clone()} ref={dialog_ref} data-testid={props.testid.clone()}
                onclick={Callback::from(|e: MouseEvent| e.stop_propagation())} onkeydown={on_key}>
                { props.children.clone() }
            </div>
        </div>
    }
}

/// What Tab can reach inside a dialog.
#[cfg(target_arch = "wasm32")]
const FOCUSABLE: &str = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex='-1'])";

/// Moves focus from the last focusable element of `dialog` to the first on Tab, and from
/// the first to the last on Shift+Tab.
#[cfg(target_arch = "wasm32")]
fn trap_focus(dialog: &web_sys::Element, e: &KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let Ok(list) = dialog.query_selector_all(FOCUSABLE) else {
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
