//! One plotly chart with its title and PNG/SVG export; draws on mount and whenever the spec changes.

use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::charts::ChartSpec;
use crate::messages::charts as msg;
use crate::web::DrawError;

/// How large charts are drawn, provided by the app shell as a Yew context: larger type,
/// taller plots and thicker lines in presentation mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChartSize {
    /// Presentation mode (projector).
    pub big: bool,
}

/// Props of [`Chart`].
#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// What to draw.
    pub spec: ChartSpec,
    /// Interface language: plotly's own numbers (axis ticks, percentages) follow it.
    pub lang: Lang,
}

/// A chart. A drawing failure shows an error box instead of a panic.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let div = use_node_ref();
    let error = use_state(|| None::<DrawError>);
    let big = use_context::<ChartSize>().unwrap_or_default().big;
    // The width of the plot's box, measured after mounting and again when the window is
    // resized (in steps of 40 px): a narrow chart wraps its labels and grows taller.
    // `None` until measured; nothing is drawn before.
    let width = use_state_eq(|| None::<u32>);
    {
        let div = div.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listener = {
                let measure = move || {
                    if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                        width.set(Some((el.client_width().max(0) as u32) / 40 * 40));
                    }
                };
                measure();
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    measure()
                })
            };
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&div, &width);
            move || {
                #[cfg(target_arch = "wasm32")]
                drop(listener);
            }
        });
    }
    let json = use_memo(
        (props.spec.clone(), big, *width, props.lang),
        |(spec, big, width, lang)| {
            width.map(|w| spec.to_json_fit(*big, (w > 0).then_some(w), *lang))
        },
    );
    {
        let div = div.clone();
        let error = error.clone();
        use_effect_with(json, move |json| {
            #[cfg(target_arch = "wasm32")]
            if let (Some(el), Some(json)) = (div.cast::<web_sys::HtmlElement>(), json.as_deref()) {
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
    let lang = props.lang;
    let export = |format: &'static str| {
        let div = div.clone();
        let error = error.clone();
        let name = spec.id.trim_start_matches("chart-").to_string();
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                if let Err(e) =
                    crate::web::download_chart(&el, format, &format!("bijstandsverkenner-{name}"))
                {
                    error.set(Some(DrawError::Browser(e)));
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&div, &error, &name, format);
        })
    };
    html! {
        <figure class="chart" data-testid={spec.id.clone()}>
            <figcaption class="chart-head">
                <span class="chart-title">{ &spec.title }</span>
                <span class="chart-export no-print">
                    <button class="button small" onclick={export("png")} aria-label={msg::save_as(lang, &spec.title, "PNG")}>{ "PNG" }</button>
                    <button class="button small" onclick={export("svg")} aria-label={msg::save_as(lang, &spec.title, "SVG")}>{ "SVG" }</button>
                </span>
            </figcaption>
            if let Some(e) = (*error).clone() {
                <div class="chart-error" role="alert">{ match e {
                    DrawError::PlotlyMissing => msg::chart_not_drawn(lang, msg::PLOTLY_NOT_LOADED.get(lang)),
                    DrawError::Browser(detail) if detail.trim().is_empty() => msg::CHART_NOT_DRAWN_NO_REASON.get(lang).into(),
                    DrawError::Browser(detail) => msg::chart_not_drawn(lang, &detail),
                } }</div>
            }
            <div class="chart-plot" ref={div} role="img" aria-label={spec.title.clone()}></div>
        </figure>
    }
}
