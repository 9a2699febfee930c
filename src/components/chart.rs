//! One plotly chart with its title and PNG/SVG export; draws when its spec changes, charts
//! out of view when they come near it or the browser is idle. plotly.js is loaded when the
//! first chart in view is drawn (a first screen without charts does without it).

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
    /// A click on a bar or slice: (trace name, category).
    #[prop_or_default]
    pub on_click: Option<Callback<(String, String)>>,
}

/// A box width in steps of 40 px (a chart is redrawn only when its step changes).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn bucket(width: i32) -> u32 {
    (width.max(0) as u32) / 40 * 40
}

/// How far (px) outside the visible part of the page a chart counts as in view. None:
/// a chart just below the fold would otherwise be drawn in the frames after a tab switch.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const NEAR_VIEW_PX: u32 = 0;

/// How long (ms) a chart out of view waits after its last change before it is drawn in
/// idle time: while a slider is dragged, only the charts in view follow it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const IDLE_DELAY_MS: u32 = 150;

/// Draws a chart out of view when the browser is idle after its last change (number
/// `this`), unless it changed again. It does not load plotly.js for that: until a chart
/// in view (or printing, or an export) has loaded it, the chart waits for it.
#[cfg(target_arch = "wasm32")]
fn draw_when_idle(
    changes: std::rc::Rc<std::cell::RefCell<u64>>,
    this: u64,
    draw: std::rc::Rc<dyn Fn()>,
) {
    crate::web::when_idle(IDLE_DELAY_MS, move || {
        if *changes.borrow() != this {
            return;
        }
        if crate::web::plotly_loaded() {
            draw();
        } else {
            crate::web::when_plotly(false, move || draw_when_idle(changes, this, draw));
        }
    });
}

/// How long (ms) charts may take to draw between two frames before the next chart
/// waits for the next frame: a slider move that changes four charts in view shows the
/// first one (and the slider itself) at once, and the others a frame apart, instead of
/// holding the page for all four. A chart still waiting when the next move comes is
/// drawn only with the newest figure.
#[cfg(target_arch = "wasm32")]
const FRAME_BUDGET_MS: f64 = 12.0;

/// Chart draws spread over frames (see [`FRAME_BUDGET_MS`]).
#[cfg(target_arch = "wasm32")]
mod frames {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    /// A chart waiting for a frame: its number and its draw function.
    type Waiting = (u64, Rc<dyn Fn()>);

    thread_local! {
        /// When the first draw since the last paint started (ms).
        static SLOT: Cell<Option<f64>> = const { Cell::new(None) };
        /// Charts waiting for a frame, first come first.
        static QUEUE: RefCell<Vec<Waiting>> = RefCell::default();
        /// The numbers given to charts.
        static NEXT: Cell<u64> = const { Cell::new(0) };
    }

    /// A number of its own for a chart.
    pub fn next_id() -> u64 {
        NEXT.with(|n| {
            n.set(n.get() + 1);
            n.get()
        })
    }

    /// Whether a draw may run now. The first draw after a paint opens a slot and asks
    /// for the next frame's start, which flushes the waiting charts.
    fn has_budget() -> bool {
        let now = js_sys::Date::now();
        match SLOT.with(Cell::get) {
            None => {
                SLOT.with(|s| s.set(Some(now)));
                crate::web::after_paint(|| {
                    SLOT.with(|s| s.set(None));
                    flush();
                });
                true
            }
            Some(start) => now - start < super::FRAME_BUDGET_MS,
        }
    }

    fn flush() {
        while QUEUE.with(|q| !q.borrow().is_empty()) && has_budget() {
            let (_, draw) = QUEUE.with(|q| q.borrow_mut().remove(0));
            draw();
        }
    }

    /// Draws chart `id` now if this frame has time left and no chart is waiting (true),
    /// or else after the charts waiting before it (once per chart, with its newest
    /// figure).
    pub fn draw_soon(id: u64, draw: Rc<dyn Fn()>) -> bool {
        if QUEUE.with(|q| q.borrow().is_empty()) && has_budget() {
            draw();
            return true;
        }
        QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            if !q.iter().any(|(waiting, _)| *waiting == id) {
                q.push((id, draw));
            }
        });
        // A queue filled while a slot is open is flushed after the paint that the slot
        // asked for; make sure one is asked for.
        if SLOT.with(Cell::get).is_none() && has_budget() {
            flush();
        }
        false
    }
}

/// A figure waiting to be drawn.
#[derive(Clone, PartialEq)]
struct Job {
    spec: ChartSpec,
    big: bool,
    lang: Lang,
    /// How the margins are found.
    fit: Fit,
}

/// How a draw finds the chart's margins.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Fit {
    /// The last draw's margins, not fitted to the labels (a redraw while the chart
    /// changes; a chart's first draw grows them instead).
    Keep,
    /// The last draw's margins, widened where the labels need it.
    Grow,
    /// Fitted afresh to the labels.
    Fresh,
}

/// Margins fitted to a chart's labels, and those labels (a hash).
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy)]
struct Fitted {
    margins: crate::web::Margins,
    labels: u64,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The margins each chart (id, width step, presentation mode) had on its last draw
    /// that fitted them.
    /// A redraw starts from them, so plotly need not draw it twice to widen its margins
    /// for the axis labels and the legend (that second pass was half of a redraw's time).
    static MARGINS: std::cell::RefCell<std::collections::HashMap<(String, u32, bool), Fitted>> =
        Default::default();
}

/// A chart. A drawing failure shows an error box instead of a panic.
///
/// Drawn with `Plotly.react` whenever its spec changes (an equal spec is not redrawn), at
/// once when it is in view; a chart further down the page is drawn when it comes
/// near view, when the browser is idle after its last change, or before printing,
/// whichever is first, so a slider move or a tab switch waits only for the charts one can
/// see.
#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let div = use_node_ref();
    let error = use_state_eq(|| None::<DrawError>);
    let big = use_context::<ChartSize>().unwrap_or_default().big;
    // The width of the plot's box (in steps of 40 px), measured when drawing: a narrow
    // chart wraps its labels and grows taller. A resize that changes it redraws.
    // A slide's plot follows the screen's height too.
    let resized = use_state_eq(|| (0_u32, 0_u32));
    // The figure not drawn yet (the chart was out of view when it changed), and a count
    // of changes (an idle draw waits for the last one).
    let pending = use_mut_ref(|| None::<Job>);
    let changes = use_mut_ref(|| 0_u64);
    // Whether the drawn chart is older than its spec (`aria-busy` until it is redrawn).
    let stale = use_state_eq(|| false);
    // The click handler of the latest props, and plotly's binding that calls it.
    let on_click = use_mut_ref(|| None::<Callback<(String, String)>>);
    *on_click.borrow_mut() = props.on_click.clone();
    #[cfg(target_arch = "wasm32")]
    let binding = use_mut_ref(|| None::<crate::web::ClickHandler>);
    // The draw function itself while the chart is mounted (a later draw to fit the
    // margins afresh calls it).
    let me = use_mut_ref(|| None::<std::rc::Rc<dyn Fn()>>);
    // Whether the chart is near view, as the browser last reported it (asking it in the
    // effect would lay the page out before plotly does).
    let near = use_mut_ref(|| false);
    // Whether the chart has been drawn since it was mounted: a redraw keeps the margins
    // of the last draw while the chart changes, and fits them when it stops.
    let drawn_once = use_mut_ref(|| false);
    // The chart's number in the frame scheduler.
    #[cfg(target_arch = "wasm32")]
    let frame_id = *use_mut_ref(frames::next_id).borrow();
    // Draws the pending figure, if any. The chart is drawn in the effect that measures
    // it, so a chart in view is on the page when the frame is painted.
    let draw: std::rc::Rc<dyn Fn()> = {
        let (div, pending, error, stale) =
            (div.clone(), pending.clone(), error.clone(), stale.clone());
        #[cfg(target_arch = "wasm32")]
        let (on_click, binding, changes, drawn_once) = (
            on_click.clone(),
            binding.clone(),
            changes.clone(),
            drawn_once.clone(),
        );
        let me = me.clone();
        std::rc::Rc::new(move || {
            // plotly.js comes on demand: the first chart to be drawn asks for it and draws
            // when it is there.
            #[cfg(target_arch = "wasm32")]
            if !crate::web::plotly_loaded() {
                if crate::web::plotly_failed() {
                    error.set(Some(DrawError::PlotlyMissing));
                } else if pending.borrow().is_some() {
                    stale.set(true);
                    let me = me.clone();
                    crate::web::when_plotly(true, move || {
                        let draw = me.borrow().clone();
                        if let Some(draw) = draw {
                            draw();
                        }
                    });
                }
                return;
            }
            let Some(job) = pending.borrow_mut().take() else {
                return;
            };
            stale.set(false);
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                let width = bucket(el.client_width());
                // A slide's plot takes its share of the screen's height.
                let screen = gloo::utils::window()
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .map(|h| h as u32)
                    .filter(|h| job.big && *h > 0);
                let json = job.spec.to_json_framed(
                    job.big,
                    Some(width).filter(|w| *w > 0),
                    screen,
                    job.lang,
                );
                let key = (job.spec.id.clone(), width, job.big);
                // A chart's first draw since it was mounted fits its margins, and so does
                // one without fitted margins at this width and size.
                let last = MARGINS.with(|m| m.borrow().get(&key).copied());
                let fit = match job.fit {
                    Fit::Keep if !*drawn_once.borrow() || last.is_none() => Fit::Grow,
                    fit => fit,
                };
                let start = last.filter(|_| fit != Fit::Fresh).map(|f| f.margins);
                match crate::web::draw(&el, &json, start, fit == Fit::Keep) {
                    Ok(drawn) => {
                        error.set(None);
                        *drawn_once.borrow_mut() = true;
                        // Kept margins fit if the labels are those they were fitted to.
                        let fits =
                            fit == Fit::Keep && last.is_some_and(|f| f.labels == drawn.labels);
                        if let Some(margins) = drawn.margins.filter(|_| fit != Fit::Keep) {
                            let labels = drawn.labels;
                            MARGINS
                                .with(|m| m.borrow_mut().insert(key, Fitted { margins, labels }));
                        }
                        // Margins carried over may be wider (or, kept fixed, narrower)
                        // than this figure needs: fit them afresh once the chart has
                        // stopped changing.
                        if drawn.loose && !fits {
                            let (pending, changes, me) =
                                (pending.clone(), changes.clone(), me.clone());
                            let this = *changes.borrow();
                            crate::web::when_idle(IDLE_DELAY_MS, move || {
                                let Some(draw) = me.borrow().clone() else {
                                    return;
                                };
                                if *changes.borrow() == this && pending.borrow().is_none() {
                                    // Kept margins may need to grow, which is one
                                    // pass; grown ones to shrink, which is two.
                                    let fit = if fit == Fit::Keep {
                                        Fit::Grow
                                    } else {
                                        Fit::Fresh
                                    };
                                    *pending.borrow_mut() = Some(Job { fit, ..job });
                                    draw();
                                }
                            });
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
                // Plotly keeps its event listeners across redraws: bind once.
                if on_click.borrow().is_some() && binding.borrow().is_none() {
                    let on_click = on_click.clone();
                    *binding.borrow_mut() = crate::web::bind_chart_click(&el, move |name, cat| {
                        let callback = on_click.borrow().clone();
                        if let Some(callback) = callback {
                            callback.emit((name, cat));
                        }
                    });
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (job, &div, &error, &me, &drawn_once);
        })
    };
    // On mount: watch resizes, the way into view and printing; on unmount free plotly's
    // resources (only then: a redraw is a `Plotly.react` on the drawn chart).
    {
        let (div, resized, draw, pending, me, near) = (
            div.clone(),
            resized.clone(),
            draw.clone(),
            pending.clone(),
            me.clone(),
            near.clone(),
        );
        use_effect_with((), move |_| {
            *me.borrow_mut() = Some(draw.clone());
            #[cfg(target_arch = "wasm32")]
            let watches = {
                let on_resize = {
                    let div = div.clone();
                    gloo::events::EventListener::new(&gloo::utils::window(), "resize", move |_| {
                        if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                            let h = gloo::utils::window()
                                .inner_height()
                                .ok()
                                .and_then(|h| h.as_f64())
                                .unwrap_or(0.0);
                            resized.set((bucket(el.client_width()), bucket(h as i32)));
                        }
                    })
                };
                let on_print = {
                    let draw = draw.clone();
                    gloo::events::EventListener::new(
                        &gloo::utils::window(),
                        "beforeprint",
                        move |_| draw(),
                    )
                };
                let watch = div.cast::<web_sys::Element>().and_then(|el| {
                    let draw = draw.clone();
                    crate::web::when_near_view(&el, NEAR_VIEW_PX, move |is_near| {
                        *near.borrow_mut() = is_near;
                        if is_near {
                            frames::draw_soon(frame_id, draw.clone());
                        }
                    })
                });
                (on_resize, on_print, watch)
            };
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&div, &resized, &draw, &near);
            move || {
                #[cfg(target_arch = "wasm32")]
                drop(watches);
                pending.borrow_mut().take();
                me.borrow_mut().take();
                #[cfg(target_arch = "wasm32")]
                if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                    crate::web::purge(&el);
                }
            }
        });
    }
    {
        let (div, pending, draw, changes, stale) = (
            div.clone(),
            pending.clone(),
            draw.clone(),
            changes,
            stale.clone(),
        );
        let near = near.clone();
        use_effect_with(
            (props.spec.clone(), big, props.lang, *resized),
            move |(spec, big, lang, _)| {
                *pending.borrow_mut() = Some(Job {
                    spec: spec.clone(),
                    big: *big,
                    lang: *lang,
                    fit: Fit::Keep,
                });
                *changes.borrow_mut() += 1;
                #[cfg(target_arch = "wasm32")]
                if div.cast::<web_sys::Element>().is_some() {
                    // A new chart is drawn, if in view, by the view watch's first call
                    // (after the layout, in a task of its own); a drawn one at once if the
                    // watch last found it near view (not asked now: that would lay the
                    // page out in the task that renders it).
                    let mounted = *changes.borrow() == 1;
                    if !mounted && *near.borrow() {
                        if !frames::draw_soon(frame_id, draw.clone()) {
                            stale.set(true);
                        }
                    } else {
                        stale.set(true);
                        let this = *changes.borrow();
                        draw_when_idle(changes.clone(), this, draw.clone());
                    }
                }
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (&div, &draw, &changes, &stale, &near);
            },
        );
    }
    let spec = &props.spec;
    let lang = props.lang;
    let export = |format: &'static str| {
        let (div, error, draw) = (div.clone(), error.clone(), draw.clone());
        let name = spec.id.trim_start_matches("chart-").to_string();
        Callback::from(move |_: MouseEvent| {
            draw();
            // After the draw, which may first have to wait for plotly.js.
            #[cfg(target_arch = "wasm32")]
            {
                let (div, error, name) = (div.clone(), error.clone(), name.clone());
                crate::web::when_plotly(true, move || {
                    if let Some(el) = div.cast::<web_sys::HtmlElement>() {
                        let file = format!("bijstandsverkenner-{name}");
                        if let Err(e) = crate::web::download_chart(&el, format, &file) {
                            error.set(Some(DrawError::Browser(e)));
                        }
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&div, &error, &name, format);
        })
    };
    html! {
        <figure class="chart" data-testid={spec.id.clone()} aria-busy={stale.then_some("true")}>
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
