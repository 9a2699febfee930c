//! Thin browser glue: reading files and calling plotly.js. Every call returns a
//! `Result`; nothing here panics on a browser failure.

/// A chart's margins in px: left, right, top, bottom.
pub type Margins = [f64; 4];

/// What drawing a chart gave.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Drawn {
    /// The margins plotly settled on (None: it did not say).
    pub margins: Option<Margins>,
    /// Drawn with margins carried over from an earlier draw that may be wider than this
    /// figure needs (a draw without them would fit it exactly).
    pub loose: bool,
    /// A hash of the axes' tick labels as drawn: margins fitted to equal labels (at the
    /// same width) fit these too.
    pub labels: u64,
}

/// Why a chart could not be drawn or exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DrawError {
    /// plotly.js is not on the page.
    PlotlyMissing,
    /// The browser's own description of the failure.
    Browser(String),
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// A chart click handler; dropping it ends the handler.
    pub type ClickHandler = Closure<dyn Fn(JsValue)>;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(catch, js_namespace = Plotly, js_name = react)]
        fn plotly_react(
            div: &web_sys::HtmlElement,
            data: &JsValue,
            layout: &JsValue,
            config: &JsValue,
        ) -> Result<JsValue, JsValue>;

        #[wasm_bindgen(catch, js_namespace = Plotly, js_name = purge)]
        fn plotly_purge(div: &web_sys::HtmlElement) -> Result<JsValue, JsValue>;

        #[wasm_bindgen(catch, js_namespace = Plotly, js_name = downloadImage)]
        fn plotly_download_image(
            div: &web_sys::HtmlElement,
            opts: &JsValue,
        ) -> Result<JsValue, JsValue>;
    }

    /// Saves a drawn chart as an image file (`format`: "png" or "svg").
    pub fn download_chart(
        div: &web_sys::HtmlElement,
        format: &str,
        filename: &str,
    ) -> Result<(), String> {
        let opts = js_sys::Object::new();
        let set = |k: &str, v: JsValue| js_sys::Reflect::set(&opts, &k.into(), &v).map(|_| ());
        set("format", format.into()).map_err(|e| describe(&e))?;
        set("filename", filename.into()).map_err(|e| describe(&e))?;
        set("width", 1600.into()).map_err(|e| describe(&e))?;
        set("height", 900.into()).map_err(|e| describe(&e))?;
        set("scale", 1.into()).map_err(|e| describe(&e))?;
        plotly_download_image(div, &opts)
            .map(|_| ())
            .map_err(|e| describe(&e))
    }

    /// Calls `f(trace name, category)` when a bar or slice of the plotly chart drawn in
    /// `gd` is clicked. Earlier click handlers on that chart are removed first. Keep the
    /// returned closure alive as long as the handler should work.
    pub fn bind_chart_click(
        gd: &web_sys::HtmlElement,
        f: impl Fn(String, String) + 'static,
    ) -> Option<ClickHandler> {
        let on = js_sys::Reflect::get(gd, &"on".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        if let Ok(remove) = js_sys::Reflect::get(gd, &"removeAllListeners".into())
            .and_then(|r| r.dyn_into::<js_sys::Function>())
        {
            let _ = remove.call1(gd, &"plotly_click".into());
        }
        let closure = Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| {
            let get = |o: &JsValue, k: &str| {
                js_sys::Reflect::get(o, &k.into()).unwrap_or(JsValue::UNDEFINED)
            };
            let points = get(&ev, "points");
            let p = js_sys::Reflect::get_u32(&points, 0).unwrap_or(JsValue::UNDEFINED);
            if p.is_undefined() {
                return;
            }
            let name = get(&get(&p, "data"), "name")
                .as_string()
                .unwrap_or_default();
            let horizontal =
                get(&get(&p, "data"), "orientation").as_string().as_deref() == Some("h");
            let category = get(&p, "label")
                .as_string()
                .or_else(|| get(&p, if horizontal { "y" } else { "x" }).as_string())
                .unwrap_or_default();
            f(name, crate::charts::unwrap(&category));
        });
        on.call2(gd, &"plotly_click".into(), closure.as_ref().unchecked_ref())
            .ok()?;
        Some(closure)
    }

    /// Watches an element until dropped (see [`when_near_view`]).
    pub struct Watch {
        observer: web_sys::IntersectionObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    }

    impl Drop for Watch {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Calls `f(near)` whenever `el` comes within `margin` px of the visible part of the
    /// page (`true`) or leaves it (`false`), and once when watching starts, until the
    /// `Watch` is dropped. The browser reports this after a layout, so whoever keeps it
    /// knows whether the element is near view without asking (which would lay the page
    /// out at once).
    pub fn when_near_view(
        el: &web_sys::Element,
        margin: u32,
        f: impl Fn(bool) + 'static,
    ) -> Option<Watch> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            // The latest report counts (several may come in one batch).
            let near = entries
                .iter()
                .filter_map(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                .next_back()
                .map(|e| e.is_intersecting());
            if let Some(near) = near {
                f(near);
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(&format!("{margin}px 0px"));
        let observer = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        )
        .ok()?;
        observer.observe(el);
        Some(Watch {
            observer,
            _callback: callback,
        })
    }

    /// Watches elements' sizes until dropped ([`when_resized`]).
    pub struct SizeWatch {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    }

    impl SizeWatch {
        /// Watches `el` too (again: nothing).
        pub fn observe(&self, el: &web_sys::Element) {
            self.observer.observe(el);
        }
    }

    impl Drop for SizeWatch {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Calls `f` after a layout in which an element watched (see [`SizeWatch::observe`])
    /// got another size, and once after each starts being watched. `f` may read sizes
    /// then without making the browser lay the page out again.
    pub fn when_resized(f: impl Fn() + 'static) -> Option<SizeWatch> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| f());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        Some(SizeWatch {
            observer,
            _callback: callback,
        })
    }

    /// Calls `f` once, `delay_ms` from now, as soon as the browser has nothing else to do
    /// but at most `IDLE_TIMEOUT_MS` later (some browsers never report idle time while
    /// they render, some have no `requestIdleCallback`: then at once).
    pub fn when_idle(delay_ms: u32, f: impl FnOnce() + 'static) {
        /// The longest wait for idle time after the delay.
        const IDLE_TIMEOUT_MS: u32 = 300;
        gloo::timers::callback::Timeout::new(delay_ms, move || {
            let f = std::rc::Rc::new(std::cell::Cell::new(Some(f)));
            let run = {
                let f = f.clone();
                move || {
                    if let Some(f) = f.take() {
                        f();
                    }
                }
            };
            let callback = Closure::once_into_js(run);
            let options = web_sys::IdleRequestOptions::new();
            options.set_timeout(IDLE_TIMEOUT_MS);
            if gloo::utils::window()
                .request_idle_callback_with_options(callback.unchecked_ref(), &options)
                .is_err()
            {
                if let Some(f) = f.take() {
                    f();
                }
            }
        })
        .forget();
    }

    /// Whether the static first screen that the build wrote into `index.html` is on show
    /// (it is there and not hidden by `index.html`'s `no-prerender` class).
    pub fn static_screen_shown() -> bool {
        let Some(doc) = gloo::utils::window().document() else {
            return false;
        };
        let hidden = doc.document_element().is_some_and(|root| {
            root.class_name()
                .split_whitespace()
                .any(|c| c == "no-prerender")
        });
        !hidden
            && doc
                .query_selector("[data-prerender]")
                .ok()
                .flatten()
                .is_some()
    }

    /// Calls `f` in a task of its own after the browser has painted the next frame (an
    /// animation frame callback runs just before the paint; a timeout set there runs
    /// after it).
    pub fn after_paint(f: impl FnOnce() + 'static) {
        let window = gloo::utils::window();
        let in_frame = Closure::once_into_js(move || {
            gloo::timers::callback::Timeout::new(0, f).forget();
        });
        let _ = window.request_animation_frame(in_frame.unchecked_ref());
    }

    /// The app has rendered its own first screen: removes the one that the build wrote
    /// into `index.html` as static HTML (`scripts/prerender.mjs`), and marks
    /// `<html data-started>`, so that `index.html`'s start-up watch no longer takes an
    /// error for a failed start.
    pub fn mark_started() {
        let Some(doc) = gloo::utils::window().document() else {
            return;
        };
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("data-started", "");
        }
        if let Ok(nodes) = doc.query_selector_all("[data-prerender]") {
            for k in 0..nodes.length() {
                if let Some(node) = nodes
                    .item(k)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    node.remove();
                }
            }
        }
    }

    /// The URL fragment without `#` (empty when none).
    pub fn location_hash() -> String {
        gloo::utils::window()
            .location()
            .hash()
            .unwrap_or_default()
            .trim_start_matches('#')
            .to_string()
    }

    /// The page URL without its fragment.
    pub fn location_base() -> String {
        let href = gloo::utils::window().location().href().unwrap_or_default();
        href.split('#').next().unwrap_or_default().to_string()
    }

    /// Replaces the URL fragment without adding a history entry or reloading.
    pub fn replace_hash(fragment: &str) {
        let url = if fragment.is_empty() {
            location_base()
        } else {
            format!("{}#{fragment}", location_base())
        };
        if let Ok(h) = gloo::utils::window().history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }

    /// Copies text to the clipboard.
    pub async fn copy_text(text: &str) -> Result<(), String> {
        let clipboard = gloo::utils::window().navigator().clipboard();
        wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
            .await
            .map(|_| ())
            .map_err(|e| describe(&e))
    }

    /// Enters or leaves full screen.
    pub fn set_fullscreen(on: bool) {
        let doc = gloo::utils::document();
        if on {
            if let Some(el) = doc.document_element() {
                let _ = el.request_fullscreen();
            }
        } else if doc.fullscreen_element().is_some() {
            doc.exit_fullscreen();
        }
    }

    /// Offers bytes as a file download (nothing leaves the browser).
    pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
            .map_err(|e| describe(&e))?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
        let doc = gloo::utils::document();
        let a: web_sys::HtmlAnchorElement = doc
            .create_element("a")
            .map_err(|e| describe(&e))?
            .dyn_into()
            .map_err(|e| describe(&e.into()))?;
        a.set_href(&url);
        a.set_download(filename);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Ok(())
    }

    fn describe(e: &JsValue) -> String {
        js_sys::Reflect::get(e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .or_else(|| e.as_string())
            // Without a message: the chart error says so in words, never Debug text.
            .unwrap_or_default()
    }

    /// `obj[key]` as a number.
    fn number(obj: &JsValue, key: &str) -> Option<f64> {
        js_sys::Reflect::get(obj, &key.into()).ok()?.as_f64()
    }

    /// The four margins (left, right, top, bottom) of a plotly margin object.
    fn margins_of(obj: &JsValue) -> Option<super::Margins> {
        let m = [
            number(obj, "l")?,
            number(obj, "r")?,
            number(obj, "t")?,
            number(obj, "b")?,
        ];
        Some(m)
    }

    /// Where loading plotly.js stands (`index.html`'s `bvLoadPlotly` loads it on demand).
    #[derive(Clone, Copy, PartialEq)]
    enum PlotlyLoad {
        Idle,
        Loading,
        Failed,
    }

    thread_local! {
        static PLOTLY_LOAD: std::cell::Cell<PlotlyLoad> = const { std::cell::Cell::new(PlotlyLoad::Idle) };
        /// Whether [`when_plotly`] listens to `index.html`'s `bvPlotlyReady` yet.
        static PLOTLY_LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        /// Called once plotly.js is there (or failed to load).
        static PLOTLY_WAITING: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = Default::default();
    }

    /// Whether plotly.js is on the page.
    pub fn plotly_loaded() -> bool {
        js_sys::Reflect::has(&js_sys::global(), &"Plotly".into()).unwrap_or(false)
    }

    /// Whether loading plotly.js was tried and failed (charts then say so).
    pub fn plotly_failed() -> bool {
        PLOTLY_LOAD.with(|s| s.get()) == PlotlyLoad::Failed && !plotly_loaded()
    }

    /// `window[name]`, when it is a promise or a function returning one.
    fn page_promise(name: &str, call: bool) -> Option<js_sys::Promise> {
        let value = js_sys::Reflect::get(&js_sys::global(), &name.into()).ok()?;
        let value = if call {
            value
                .dyn_into::<js_sys::Function>()
                .ok()?
                .call0(&JsValue::UNDEFINED)
                .ok()?
        } else {
            value
        };
        value.dyn_into::<js_sys::Promise>().ok()
    }

    /// Calls everything waiting for plotly.js.
    fn plotly_settled() {
        for f in PLOTLY_WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
            f();
        }
    }

    /// Calls `f` when plotly.js is on the page: at once when it is, else once it has
    /// loaded (by whoever) or failed to (`f` checks which). With `load`, asks
    /// `index.html`'s `bvLoadPlotly()` to load it; without, only waits. A page without
    /// that loader (the one-file build inlines plotly.js) has plotly.js or never will.
    pub fn when_plotly(load: bool, f: impl FnOnce() + 'static) {
        if plotly_loaded() {
            f();
            return;
        }
        PLOTLY_WAITING.with(|w| w.borrow_mut().push(Box::new(f)));
        if !PLOTLY_LISTENING.with(|l| l.replace(true)) {
            if let Some(ready) = page_promise("bvPlotlyReady", false) {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
                    plotly_settled();
                });
            }
        }
        if !load || PLOTLY_LOAD.with(|s| s.get()) == PlotlyLoad::Loading {
            return;
        }
        PLOTLY_LOAD.with(|s| s.set(PlotlyLoad::Loading));
        let loading = page_promise("bvLoadPlotly", true);
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(loading) = loading {
                let _ = wasm_bindgen_futures::JsFuture::from(loading).await;
            }
            let state = if plotly_loaded() {
                PlotlyLoad::Idle
            } else {
                PlotlyLoad::Failed
            };
            PLOTLY_LOAD.with(|s| s.set(state));
            plotly_settled();
        });
    }

    /// Draws (or redraws) a plotly figure, given as plotly JSON, into `div`.
    ///
    /// With `start`, the figure's margins start at least that wide (the margins plotly
    /// grew to on an earlier draw of this chart): plotly still widens a margin its labels
    /// need, but it does not draw the chart a second time to do so when `start` already
    /// fits. [`super::Drawn::loose`] says whether a margin may now be wider than needed.
    ///
    /// With `fixed` as well, the axes keep `start`'s margins instead of fitting them to
    /// their labels (plotly's `automargin` measures every tick label, a third of a
    /// redraw), and the draw counts as loose: the caller fits the margins afresh once the
    /// chart has stopped changing.
    pub fn draw(
        div: &web_sys::HtmlElement,
        figure_json: &str,
        start: Option<super::Margins>,
        fixed: bool,
    ) -> Result<super::Drawn, super::DrawError> {
        use super::DrawError;
        use js_sys::Reflect;
        if !Reflect::has(&js_sys::global(), &"Plotly".into()).unwrap_or(false) {
            return Err(DrawError::PlotlyMissing);
        }
        let fig = js_sys::JSON::parse(figure_json).map_err(|e| DrawError::Browser(describe(&e)))?;
        let get = |k: &str| Reflect::get(&fig, &k.into()).unwrap_or(JsValue::UNDEFINED);
        let layout = get("layout");
        let margin = Reflect::get(&layout, &"margin".into()).unwrap_or(JsValue::UNDEFINED);
        let own = margins_of(&margin);
        if let (Some(own), Some(start)) = (own, start) {
            for (k, side) in ["l", "r", "t", "b"].into_iter().enumerate() {
                let _ = Reflect::set(&margin, &side.into(), &own[k].max(start[k]).into());
            }
        }
        let fixed = fixed && own.is_some() && start.is_some();
        if fixed {
            each_axis(&layout, |_, axis| {
                let _ = Reflect::set(axis, &"automargin".into(), &false.into());
            });
        }
        plotly_react(div, &get("data"), &layout, &get("config"))
            .map_err(|e| DrawError::Browser(describe(&e)))?;
        let full = Reflect::get(div, &"_fullLayout".into()).unwrap_or(JsValue::UNDEFINED);
        let size = Reflect::get(&full, &"_size".into()).unwrap_or(JsValue::UNDEFINED);
        let margins = margins_of(&size);
        // What the chart's parts asked for (plotly's `_pushmargin`: a size in px at a
        // position in plot fractions, e.g. a legend at 1.02 above the plot): a margin
        // wider than the widest ask (and the figure's own margin) may be too wide.
        let loose = match (own, start) {
            // Kept fixed: fitted afresh when the chart stops changing.
            (Some(_), Some(_)) if fixed => true,
            (Some(own), Some(start)) => {
                let plot = [
                    number(&size, "w").unwrap_or(0.0),
                    number(&size, "h").unwrap_or(0.0),
                ];
                let mut widest = own;
                let pushed =
                    Reflect::get(&full, &"_pushmargin".into()).unwrap_or(JsValue::UNDEFINED);
                if let Ok(parts) = Reflect::own_keys(&pushed) {
                    for part in parts
                        .iter()
                        .filter(|p| p.as_string().as_deref() != Some("base"))
                    {
                        let part = Reflect::get(&pushed, &part).unwrap_or(JsValue::UNDEFINED);
                        for (k, side) in ["l", "r", "t", "b"].into_iter().enumerate() {
                            let ask =
                                Reflect::get(&part, &side.into()).unwrap_or(JsValue::UNDEFINED);
                            let (Some(px), at) = (number(&ask, "size"), number(&ask, "val")) else {
                                continue;
                            };
                            // How far outside the plot the part sits, in px.
                            let beyond = match (k, at) {
                                (0, Some(at)) => -at * plot[0],
                                (1, Some(at)) => (at - 1.0) * plot[0],
                                (2, Some(at)) => (at - 1.0) * plot[1],
                                (3, Some(at)) => -at * plot[1],
                                _ => 0.0,
                            };
                            widest[k] = widest[k].max(px + beyond.max(0.0));
                        }
                    }
                }
                (0..4).any(|k| start[k] > widest[k] + 2.0)
            }
            _ => false,
        };
        Ok(super::Drawn {
            margins,
            loose,
            labels: tick_labels(&full),
        })
    }

    /// Calls `f` with each value or category axis (`xaxis`, `yaxis2`, …) of a plotly
    /// layout and its name.
    fn each_axis(layout: &JsValue, mut f: impl FnMut(&str, &JsValue)) {
        let Ok(keys) = js_sys::Reflect::own_keys(layout) else {
            return;
        };
        for key in keys.iter() {
            let name = key.as_string().unwrap_or_default();
            if name.starts_with("xaxis") || name.starts_with("yaxis") {
                let axis = js_sys::Reflect::get(layout, &key).unwrap_or(JsValue::UNDEFINED);
                if axis.is_object() {
                    f(&name, &axis);
                }
            }
        }
    }

    /// A hash (the core's FNV-1a) of the tick labels of every axis plotly drew (`_vals`
    /// of its full layout's axes). At the same width and margins, equal labels are
    /// turned alike.
    fn tick_labels(full: &JsValue) -> u64 {
        use js_sys::Reflect;
        let mut hash = bijstand_core::share::DatasetHasher::new();
        each_axis(full, |name, axis| {
            hash.update(name.as_bytes());
            let ticks = Reflect::get(axis, &"_vals".into()).unwrap_or(JsValue::UNDEFINED);
            if let Some(ticks) = ticks.dyn_ref::<js_sys::Array>() {
                for tick in ticks.iter() {
                    let text = Reflect::get(&tick, &"text".into()).unwrap_or(JsValue::UNDEFINED);
                    hash.update(b"\t");
                    hash.update(text.as_string().unwrap_or_default().as_bytes());
                }
            }
            hash.update(b"\n");
        });
        hash.finish().0
    }

    /// Frees plotly's resources for `div`.
    pub fn purge(div: &web_sys::HtmlElement) {
        let _ = plotly_purge(div);
    }

    /// Reads a browser `File` (or any `Blob`) into bytes.
    pub async fn read_blob(blob: &web_sys::Blob) -> Result<Vec<u8>, String> {
        let promise = blob.array_buffer();
        let buf = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| describe(&e))?;
        Ok(js_sys::Uint8Array::new(&buf).to_vec())
    }

    /// Reads what the settings dialog previews: the first
    /// [`HEAD_BYTES`](crate::views::load_settings::HEAD_BYTES) of a delimited text file,
    /// or the whole file when it is a workbook or JSON.
    pub async fn read_sample(
        file: &web_sys::File,
    ) -> Result<crate::views::load_settings::Sample, String> {
        use crate::views::load_settings::{needs_whole_file, Sample, HEAD_BYTES};
        let size = file.size();
        let head = if size > HEAD_BYTES as f64 {
            let part = file
                .slice_with_f64_and_f64(0.0, HEAD_BYTES as f64)
                .map_err(|e| describe(&e))?;
            read_blob(&part).await?
        } else {
            read_blob(file).await?
        };
        if (head.len() as f64) < size && needs_whole_file(&head, &file.name()) {
            return Ok(Sample::new(read_blob(file).await?, false));
        }
        let partial = (head.len() as f64) < size;
        Ok(Sample::new(head, partial))
    }

    /// `localStorage`, through `Reflect` (no extra web-sys feature); `None` when off.
    fn local_storage() -> Option<JsValue> {
        js_sys::Reflect::get(&gloo::utils::window(), &"localStorage".into())
            .ok()
            .filter(|s| s.is_object())
    }

    /// Calls `localStorage[method](args…)`.
    fn storage_call(method: &str, args: &js_sys::Array) -> Option<JsValue> {
        let storage = local_storage()?;
        let f: js_sys::Function = js_sys::Reflect::get(&storage, &method.into())
            .ok()?
            .dyn_into()
            .ok()?;
        f.apply(&storage, args).ok()
    }

    /// A remembered setting of this browser (`localStorage`), if any.
    pub fn stored(key: &str) -> Option<String> {
        storage_call("getItem", &js_sys::Array::of1(&key.into()))?.as_string()
    }

    /// Remembers a setting in this browser; silently nothing when storage is off.
    pub fn store(key: &str, value: &str) {
        let _ = storage_call("setItem", &js_sys::Array::of2(&key.into(), &value.into()));
    }
}

#[cfg(target_arch = "wasm32")]
pub use imp::*;

/// The `localStorage` key of the named scenarios (the page's own origin; nothing is sent).
pub const SCENARIOS_KEY: &str = "bijstandsverkenner.scenarios";

/// The stored text of the named scenarios, if any (`None` without `localStorage`, e.g.
/// natively or when the browser blocks it).
pub fn read_stored_scenarios() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()?
            .get_item(SCENARIOS_KEY)
            .ok()
            .flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// Stores the named scenarios' text; `Err` with a Dutch message when the browser refuses
/// (private mode, quota).
pub fn write_stored_scenarios(text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()
            .ok_or_else(|| "de browser staat lokale opslag niet toe".to_string())?;
        storage
            .set_item(SCENARIOS_KEY, text)
            .map_err(|_| "de lokale opslag is vol of geblokkeerd".to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        Ok(())
    }
}

/// The `localStorage` key of the remembered column mappings (header names and choices).
pub const MAPPINGS_KEY: &str = "bijstandsverkenner.koppelingen";

/// The stored text of the remembered column mappings, if any (`None` natively or when the
/// browser blocks storage).
pub fn read_stored_mappings() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()?
            .get_item(MAPPINGS_KEY)
            .ok()
            .flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// Stores the remembered column mappings' text; `Err` with a Dutch message when the
/// browser refuses (private mode, quota).
pub fn write_stored_mappings(text: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    {
        let storage = gloo::utils::window()
            .local_storage()
            .ok()
            .flatten()
            .ok_or_else(|| "de browser staat lokale opslag niet toe".to_string())?;
        storage
            .set_item(MAPPINGS_KEY, text)
            .map_err(|_| "de lokale opslag is vol of geblokkeerd".to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        Ok(())
    }
}

/// A chart click handler (nothing natively).
#[cfg(not(target_arch = "wasm32"))]
pub type ClickHandler = ();
