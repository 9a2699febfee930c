//! One plotly chart with its title; draws on mount and whenever the spec changes.

use yew::prelude::*;

use crate::charts::ChartSpec;

/// Props of [`Chart`].
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// What to draw.
    pub spec: ChartSpec,
}

/// A chart. A drawing failure shows an error box instead of a panic.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let div = use_node_ref();
    let error = use_state(|| None::<String>);
    let json = use_memo(props.spec.clone(), |spec| spec.to_json());
    {
        let div = div.clone();
        let error = error.clone();
        use_effect_with(json, move |json| {
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                match crate::web::draw(&el, json) {
                    Ok(()) => error.set(None),
                    Err(e) => error.set(Some(e)),
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (json, &div, &error);
            move || {
                #[cfg(target_arch = "wasm32")]
                if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                    crate::web::purge(&el);
                }
            }
        });
    }
    let spec = &props.spec;
    html! {
        <figure class="chart" data-testid={spec.id.clone()}>
            <figcaption class="chart-title">{ &spec.title }</figcaption>
            if let Some(e) = (*error).clone() {
                <div class="chart-error" role="alert">{ format!("Grafiek kon niet worden getekend: {e}") }</div>
            }
            <div class="chart-plot" ref={div} role="img" aria-label={spec.title.clone()}></div>
        </figure>
    }
}
