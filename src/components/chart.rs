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

/// A box width in steps of 40 px (a chart is redrawn only when its step changes).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn bucket(width: i32) -> u32 {
    (width.max(0) as u32) / 40 * 40
}

/// A chart. A drawing failure shows an error box instead of a panic.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let div = use_node_ref();
    let error = use_state(|| None::<DrawError>);
    let big = use_context::<ChartSize>().unwrap_or_default().big;
    // The width of the plot's box (in steps of 40 px), measured when drawing: a narrow
    // chart wraps its labels and grows taller. A resize that changes it redraws. The
    // chart is drawn in the same effect as it is measured, so it is on the page when the
    // parent's effects run (cross-filter click handlers attach to it).
    let resized = use_state_eq(|| (0_u32, 0_u32));
    {
        let div = div.clone();
        let resized = resized.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                    if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                        // The screen's height too: a slide's plot follows it.
                        let h = gloo::utils::window()
                            .inner_height()
                            .ok()
                            .and_then(|h| h.as_f64())
                            .unwrap_or(0.0);
                        resized.set((bucket(el.client_width()), bucket(h as i32)));
                    }
                });
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&div, &resized);
            move || {
                #[cfg(target_arch = "wasm32")]
                drop(listener);
            }
        });
    }
    {
        let div = div.clone();
        let error = error.clone();
        use_effect_with(
            (props.spec.clone(), big, props.lang, *resized),
            move |(spec, big, lang, _)| {
                #[cfg(target_arch = "wasm32")]
                if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                    let width = Some(bucket(el.client_width())).filter(|w| *w > 0);
                    // A slide's plot takes its share of the screen's height.
                    let screen = gloo::utils::window()
                        .inner_height()
                        .ok()
                        .and_then(|h| h.as_f64())
                        .map(|h| h as u32)
                        .filter(|h| *big && *h > 0);
                    let json = spec.to_json_framed(*big, width, screen, *lang);
                    match crate::web::draw(&el, &json) {
                        Ok(()) => error.set(None),
                        Err(e) => error.set(Some(e)),
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (spec, big, lang, &div, &error);
                move || {
                    #[cfg(target_arch = "wasm32")]
                    if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                        crate::web::purge(&el);
                    }
                }
            },
        );
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
