//! The tab bar: one tab per view; arrow keys, Home and End move between tabs.

use bijstand_core::lang::Lang;
use bijstand_core::scenario::View;
use yew::prelude::*;

use crate::messages::shell as msg;

/// Props of [`Nav`].
#[derive(Properties, PartialEq)]
pub struct NavProps {
    /// Views available for the loaded data.
    pub views: Vec<View>,
    /// The active view.
    pub active: View,
    /// Interface language.
    pub lang: Lang,
    /// Called with the chosen view.
    pub on_select: Callback<View>,
}

/// Accessible tabs (WAI-ARIA tabs pattern, automatic activation).
#[component]
pub fn Nav(props: &NavProps) -> Html {
    let views = props.views.clone();
    let active = props.active;
    let on_key = {
        let views = views.clone();
        let on_select = props.on_select.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(i) = views.iter().position(|v| *v == active) else {
                return;
            };
            let n = views.len();
            let next = match e.key().as_str() {
                "ArrowRight" => (i + 1) % n,
                "ArrowLeft" => (i + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            on_select.emit(views[next]);
            #[cfg(target_arch = "wasm32")]
            {
                let id = format!("tab-{}", views[next].id());
                if let Some(el) = gloo::utils::document().get_element_by_id(&id) {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        })
    };
    html! {
        <nav class="tabs" aria-label={msg::SECTIONS.get(props.lang)}>
            <div role="tablist" onkeydown={on_key}>
                { for views.iter().map(|&v| {
                    let on_select = props.on_select.clone();
                    let selected = v == active;
                    html! {
                        <button
                            role="tab"
                            id={format!("tab-{}", v.id())}
                            class={classes!("tab", selected.then_some("active"))}
                            aria-selected={selected.to_string()}
                            aria-controls="panel"
                            tabindex={if selected { "0" } else { "-1" }}
                            data-testid={format!("tab-{}", v.id())}
                            onclick={Callback::from(move |_| on_select.emit(v))}
                        >{ v.label(props.lang) }</button>
                    }
                }) }
            </div>
        </nav>
    }
}
