//! Loading a file without blocking the page: the file is parsed in a Web Worker
//! (`worker/`, built by Trunk as `worker.js` + `worker_bg.wasm`, started by `worker_boot.js`).
//!
//! - The page posts the `File` (a handle: the bytes are never on the main thread) and a
//!   [`bijstand_worker::Request`] (name, options); the worker reads the file, parses it
//!   with the core and replies ([`bijstand_worker::Reply`], in the compact binary wire
//!   format of `bijstand_worker`) with progress (reading,
//!   processing) and then the dataset's header with its columns in one transferred
//!   `ArrayBuffer`, which [`bijstand_worker::decode`] copies column by column into the
//!   model. A reply the page cannot read is a load error.
//! - Cancel terminates the worker: its memory goes with it. Every load gets a fresh worker
//!   (a spare one is started ahead of time, so the wasm is already compiled).
//! - Errors come back as the typed [`LoadError`], so the Dutch banner is the same.
//! - The single-file build (`scripts/single-file.mjs`, opened from `file://`) starts the
//!   same worker from a `blob:` URL that it puts in `window.__bvWorkerUrl`. The page never
//!   reads a file's contents itself (so `io::load` and `io::preview` are not in its wasm):
//!   a worker that cannot start is a read failure with the browser's reason.
//! - The settings dialog's previews ([`preview`]) go to one worker that lives while the
//!   dialog is open (the spare one, when there is one): the page posts the sample it read
//!   with the options and a number, the worker replies with the preview and that number.

use bijstand_core::io::{LoadError, LoadOptions, Loaded, Preview};
use bijstand_core::lang::Lang;
use yew::Callback;

use crate::messages::shell;
use crate::state::{Action, LoadPhase};

/// What a load reports.
#[derive(Debug)]
pub enum LoadEvent {
    /// Progress within a phase (0–1).
    Progress(LoadPhase, f32),
    /// What the file held, with where the time went.
    Loaded(Box<Loaded>, Timings),
    /// The file could not be loaded.
    Failed(LoadError),
    /// The browser could not read the file.
    ReadFailed(ReadFailure),
}

/// Why the browser could not read a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadFailure {
    /// The browser's (or the worker's) own description.
    Browser(String),
    /// The worker stopped while parsing (out of memory, a bug), with the browser's reason.
    WorkerStopped(String),
}

impl ReadFailure {
    /// The message shown under the file name, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let detail = match self {
            ReadFailure::Browser(d) if d.trim().is_empty() => {
                return shell::COULD_NOT_READ_NO_REASON.get(lang).into()
            }
            ReadFailure::Browser(d) => d.clone(),
            ReadFailure::WorkerStopped(d) if d.trim().is_empty() => {
                shell::WORKER_STOPPED_NO_REASON.get(lang).into()
            }
            ReadFailure::WorkerStopped(d) => shell::worker_stopped(lang, d),
        };
        shell::could_not_read(lang, &detail)
    }
}

/// Milliseconds per step of a load (zero when not measured), for the benchmark.
#[derive(Clone, Copy, Debug, Default)]
pub struct Timings {
    /// Worker: reading the file into wasm memory (streamed: waiting for the next chunk).
    pub read: f64,
    /// Worker: decoding and parsing (streamed: also copying each chunk in).
    pub parse: f64,
    /// The worker parsed the file as it streamed in (`bijstand_core::io::stream`).
    pub streamed: bool,
    /// Worker: building the columns buffer.
    pub encode: f64,
    /// From the worker's post to the page's handler.
    pub transfer: f64,
    /// Page: copying the columns into the model.
    pub decode: f64,
    /// True when the worker did the work.
    pub worker: bool,
}

/// Loads `file` with `options` in the background and dispatches `Progress`, then
/// `Loaded`, `LoadFailed` or `ReadFailed`. A load already running is cancelled first.
pub fn load(
    file: web_sys::File,
    name: String,
    options: LoadOptions,
    lang: Lang,
    dispatch: Callback<Action>,
) {
    start(file, options, move |event| match event {
        LoadEvent::Progress(phase, fraction) => dispatch.emit(Action::Progress { phase, fraction }),
        LoadEvent::Loaded(loaded, _) => dispatch.emit(Action::Loaded(loaded)),
        LoadEvent::Failed(error) => dispatch.emit(Action::LoadFailed {
            file: name.clone(),
            error,
        }),
        LoadEvent::ReadFailed(failure) => dispatch.emit(Action::ReadFailed {
            file: name.clone(),
            message: failure.message(lang),
        }),
    });
}

/// A click handler that stops the running load and keeps the previous dataset.
pub fn cancel_callback(dispatch: &Callback<Action>) -> Callback<web_sys::MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| {
        cancel();
        dispatch.emit(Action::Cancelled);
    })
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    /// Starts a load (browser only).
    pub fn start(_file: web_sys::File, _options: LoadOptions, _on: impl Fn(LoadEvent) + 'static) {}

    /// Stops the running load; false when none was running.
    pub fn cancel() -> bool {
        false
    }

    /// Starts a spare worker (browser only).
    pub fn prewarm() {}

    /// Previews a sample in the worker (browser only).
    pub fn preview(
        _sample: &[u8],
        _name: &str,
        _options: &LoadOptions,
        _id: u64,
        _on: impl Fn(u64, Result<Preview, LoadError>) + 'static,
    ) {
    }

    /// Stops the preview worker (browser only).
    pub fn end_previews() {}
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use bijstand_core::io::LoadErrorKind;
    use bijstand_worker::{decode, wire_error, JsSource, Phase, Reply, Request, WIRE_BUILD};
    use js_sys::{ArrayBuffer, Object, Reflect};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{MessageEvent, Worker};

    use super::*;

    /// The worker script (`worker/worker_boot.js`: loads `worker.js` and `worker_bg.wasm`).
    const WORKER_URL: &str = "worker_boot.js";

    /// The single file's `blob:` worker (`window.__bvWorkerUrl`), if any.
    fn blob_worker_url() -> Option<String> {
        get(&js_sys::global(), "__bvWorkerUrl").as_string()
    }

    type Handler = Closure<dyn FnMut(MessageEvent)>;
    type ErrorHandler = Closure<dyn FnMut(web_sys::Event)>;

    /// A started worker that may not have said "ready" yet.
    struct Spare {
        worker: Worker,
        ready: Rc<Cell<bool>>,
        failed: Rc<Cell<bool>>,
        _on_message: Handler,
        _on_error: ErrorHandler,
    }

    /// The load in progress.
    struct Job {
        id: u64,
        worker: Option<Worker>,
        _handlers: Option<(Handler, ErrorHandler)>,
    }

    #[derive(Default)]
    struct Loader {
        spare: Option<Spare>,
        job: Option<Job>,
        /// A finished job whose handlers may still be on the stack: dropped later.
        retired: Vec<Job>,
        next_id: u64,
    }

    thread_local! {
        static LOADER: RefCell<Loader> = RefCell::new(Loader::default());
    }

    pub(super) fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    fn describe(e: &JsValue) -> String {
        get(e, "message")
            .as_string()
            .or_else(|| e.as_string())
            // Without a message: say so in words (`ReadFailure::message`), never Debug text.
            .unwrap_or_default()
    }

    pub(super) fn now() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.time_origin() + p.now())
    }

    /// The worker's script: the single file's `blob:` URL, else `worker_boot.js` when
    /// the page is served (from `file://` a browser refuses a script file as a worker).
    fn worker_url() -> Option<String> {
        let served = web_sys::window()
            .and_then(|w| w.location().protocol().ok())
            .is_some_and(|p| p.starts_with("http"));
        blob_worker_url().or_else(|| served.then(|| WORKER_URL.to_string()))
    }

    fn spawn() -> Result<Spare, String> {
        let url = worker_url().ok_or_else(String::new)?;
        let worker = Worker::new(&url).map_err(|e| describe(&e))?;
        let ready = Rc::new(Cell::new(false));
        let failed = Rc::new(Cell::new(false));
        let on_message = {
            let ready = ready.clone();
            let failed = failed.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                match reply_of(&e.data()) {
                    Ok(Reply::Ready) => ready.set(true),
                    // (Another build: a load starts a worker of its own, which says so.)
                    Err(_) => failed.set(true),
                    Ok(_) => {}
                }
            })
        };
        let on_error = {
            let failed = failed.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_| failed.set(true))
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Spare {
            worker,
            ready,
            failed,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Starts a spare worker now, so the next load does not wait for the wasm to compile.
    pub fn prewarm() {
        let needed = LOADER.with(|l| l.borrow().spare.is_none());
        if needed {
            if let Ok(s) = spawn() {
                LOADER.with(|l| l.borrow_mut().spare = Some(s));
            }
        }
    }

    /// Stops the running load; false when none was running.
    pub fn cancel() -> bool {
        let job = LOADER.with(|l| {
            let mut l = l.borrow_mut();
            l.retired.clear();
            l.job.take()
        });
        match job {
            Some(mut job) => {
                if let Some(w) = job.worker.take() {
                    w.terminate();
                }
                true
            }
            None => false,
        }
    }

    /// Ends job `id` (when it is still the current one) and frees its worker; a new spare
    /// is started a little later, off the busy moment of showing the new data.
    fn finish(id: u64) -> bool {
        let current = LOADER.with(|l| {
            let mut l = l.borrow_mut();
            match l.job.as_ref() {
                Some(j) if j.id == id => {
                    let mut job = l.job.take().expect("checked");
                    if let Some(w) = job.worker.take() {
                        w.terminate();
                    }
                    l.retired.push(job);
                    true
                }
                _ => false,
            }
        });
        if current {
            gloo::timers::callback::Timeout::new(1_000, prewarm).forget();
        }
        current
    }

    /// A message to the worker: `request` in `wire`, with this build (see
    /// [`WIRE_BUILD`]); the caller adds the file or the sample.
    fn message(request: &Request) -> Object {
        let message = Object::new();
        let wire = js_sys::Uint8Array::from(request.to_bytes().as_slice());
        let _ = Reflect::set(&message, &"wire".into(), &wire);
        let _ = Reflect::set(&message, &"build".into(), &WIRE_BUILD.into());
        message
    }

    fn is_current(id: u64) -> bool {
        LOADER.with(|l| l.borrow().job.as_ref().is_some_and(|j| j.id == id))
    }

    /// The [`Reply`] in a message of the worker (`{type, build, wire, buffer?}`); a
    /// malformed one (or one without `wire`) is a load error, and so is one of a worker
    /// of another build, whose `wire` is not read.
    fn reply_of(data: &JsValue) -> Result<Reply, LoadError> {
        if get(data, "build").as_string().as_deref() != Some(WIRE_BUILD) {
            return Err(LoadError::new(LoadErrorKind::OtherBuild));
        }
        let wire = get(data, "wire")
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| wire_error("wire"))?;
        super::reply_from_bytes(&wire.to_vec())
    }

    /// Turns a reply of the worker (with its message, for the buffer) into an event;
    /// `None` for "ready".
    fn event_of(reply: Result<Reply, LoadError>, data: &JsValue) -> Option<LoadEvent> {
        Some(match reply {
            Err(e) => LoadEvent::Failed(e),
            // (A load's worker makes no previews.)
            Ok(Reply::Ready | Reply::Preview { .. }) => return None,
            Ok(Reply::Progress { phase, fraction }) => {
                let phase = match phase {
                    Phase::Reading => LoadPhase::Reading,
                    Phase::Processing => LoadPhase::Processing,
                };
                LoadEvent::Progress(phase, fraction)
            }
            Ok(Reply::Done { header, timings: t }) => {
                let received = now();
                let Ok(buffer) = get(data, "buffer").dyn_into::<ArrayBuffer>() else {
                    return Some(LoadEvent::Failed(wire_error("buffer")));
                };
                let t0 = now();
                let result = decode(*header, &JsSource(buffer));
                let timings = Timings {
                    read: t.read,
                    parse: t.parse,
                    encode: t.encode,
                    transfer: (received - t.posted).max(0.0),
                    decode: now() - t0,
                    streamed: t.streamed,
                    worker: true,
                };
                match result {
                    Ok(ds) => LoadEvent::Loaded(Box::new(ds), timings),
                    Err(e) => LoadEvent::Failed(e),
                }
            }
            Ok(Reply::Error { error }) => LoadEvent::Failed(error),
            Ok(Reply::ReadError { message }) => {
                LoadEvent::ReadFailed(ReadFailure::Browser(message))
            }
        })
    }

    /// Loads `file`, reporting to `on`. A load already running is cancelled first.
    pub fn start(file: web_sys::File, options: LoadOptions, on: impl Fn(LoadEvent) + 'static) {
        cancel();
        let on: Rc<dyn Fn(LoadEvent)> = Rc::new(on);
        let id = LOADER.with(|l| {
            let mut l = l.borrow_mut();
            l.next_id += 1;
            l.next_id
        });
        let spare = match LOADER.with(|l| l.borrow_mut().spare.take()) {
            Some(s) if !s.failed.get() => Ok(s),
            _ => spawn(),
        };
        let spare = match spare {
            Ok(s) => s,
            Err(reason) => return on(LoadEvent::ReadFailed(ReadFailure::Browser(reason))),
        };
        LOADER.with(|l| {
            l.borrow_mut().job = Some(Job {
                id,
                worker: Some(spare.worker.clone()),
                _handlers: None,
            })
        });

        let request = message(&Request {
            name: file.name(),
            options: options.clone(),
            preview: None,
        });
        let _ = Reflect::set(&request, &"file".into(), &file);
        let worker = spare.worker.clone();
        let posted = Rc::new(Cell::new(false));
        let send = {
            let worker = worker.clone();
            let posted = posted.clone();
            move || {
                if !posted.replace(true) {
                    if let Err(e) = worker.post_message(&request) {
                        return Err(describe(&e));
                    }
                }
                Ok(())
            }
        };
        let on_message = {
            let on = on.clone();
            let send = send.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                if !is_current(id) {
                    return;
                }
                let data = e.data();
                let reply = reply_of(&data);
                if matches!(reply, Ok(Reply::Ready)) {
                    if let Err(m) = send() {
                        finish(id);
                        on(LoadEvent::ReadFailed(ReadFailure::Browser(m)));
                    }
                    return;
                }
                let Some(event) = event_of(reply, &data) else {
                    return;
                };
                if !matches!(event, LoadEvent::Progress(..)) {
                    finish(id);
                }
                on(event);
            })
        };
        let on_error = {
            let on = on.clone();
            let posted = posted.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                if !finish(id) {
                    return;
                }
                if posted.get() {
                    // The worker died while parsing (out of memory, a bug): say so.
                    on(LoadEvent::ReadFailed(ReadFailure::WorkerStopped(describe(
                        &e,
                    ))));
                } else {
                    // The worker never started (script blocked, no wasm).
                    on(LoadEvent::ReadFailed(ReadFailure::Browser(describe(&e))));
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        LOADER.with(|l| {
            if let Some(job) = l.borrow_mut().job.as_mut().filter(|j| j.id == id) {
                job._handlers = Some((on_message, on_error));
            }
        });
        if spare.ready.get() {
            if let Err(m) = send() {
                finish(id);
                on(LoadEvent::ReadFailed(ReadFailure::Browser(m)));
            }
        }
    }

    type OnPreview = Rc<RefCell<Rc<dyn Fn(u64, Result<Preview, LoadError>)>>>;

    /// The worker that previews the settings dialog's sample while the dialog is open.
    struct Previewer {
        worker: Worker,
        ready: Rc<Cell<bool>>,
        failed: Rc<Cell<bool>>,
        /// The newest request, waiting for the worker to say "ready".
        queued: Rc<RefCell<Option<Object>>>,
        /// Where the replies go (the newest caller's).
        on: OnPreview,
        _handlers: (Handler, ErrorHandler),
    }

    thread_local! {
        static PREVIEWER: RefCell<Option<Previewer>> = const { RefCell::new(None) };
    }

    /// The why of a preview the worker could not make (it did not start or stopped),
    /// with the browser's reason.
    fn preview_failure(reason: String) -> LoadError {
        bijstand_worker::wire_error(&reason)
    }

    /// A preview worker: the spare one when there is one (its wasm is compiled already).
    fn previewer() -> Result<Previewer, String> {
        let spare = match LOADER.with(|l| l.borrow_mut().spare.take()) {
            Some(s) if !s.failed.get() => {
                gloo::timers::callback::Timeout::new(1_000, prewarm).forget();
                s
            }
            _ => spawn()?,
        };
        let queued: Rc<RefCell<Option<Object>>> = Rc::default();
        let on: OnPreview = Rc::new(RefCell::new(Rc::new(|_, _| {})));
        let (ready, failed, worker) = (spare.ready, spare.failed, spare.worker);
        let on_message = {
            let (ready, failed, queued, on, worker) = (
                ready.clone(),
                failed.clone(),
                queued.clone(),
                on.clone(),
                worker.clone(),
            );
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                match reply_of(&e.data()) {
                    Ok(Reply::Ready) => {
                        ready.set(true);
                        if let Some(m) = queued.borrow_mut().take() {
                            let _ = worker.post_message(&m);
                        }
                    }
                    Ok(Reply::Preview { id, preview }) => {
                        let on = on.borrow().clone();
                        on(id, preview);
                    }
                    // A worker of another build (or a malformed reply): the newest
                    // request gets the failure, and the next one a new worker.
                    Err(e) => {
                        failed.set(true);
                        let on = on.borrow().clone();
                        on(u64::MAX, Err(e));
                    }
                    _ => {}
                }
            })
        };
        let on_error = {
            let (failed, on) = (failed.clone(), on.clone());
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                failed.set(true);
                let on = on.borrow().clone();
                // Every request is answered: the newest one gets the failure.
                on(u64::MAX, Err(preview_failure(describe(&e))));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Previewer {
            worker,
            ready,
            failed,
            queued,
            on,
            _handlers: (on_message, on_error),
        })
    }

    /// Previews `sample` (read from file `name`) with `options` in the worker and calls
    /// `on` with `id` and the outcome; `u64::MAX` for a worker that stopped. One worker
    /// serves the dialog's previews in order; a request that waits for it to start is
    /// replaced by a newer one.
    pub fn preview(
        sample: &[u8],
        name: &str,
        options: &LoadOptions,
        id: u64,
        on: impl Fn(u64, Result<Preview, LoadError>) + 'static,
    ) {
        let failed = PREVIEWER.with(|p| p.borrow().as_ref().is_some_and(|p| p.failed.get()));
        if failed {
            end_previews();
        }
        let missing = PREVIEWER.with(|p| p.borrow().is_none());
        if missing {
            match previewer() {
                Ok(p) => PREVIEWER.with(|slot| *slot.borrow_mut() = Some(p)),
                Err(reason) => return on(id, Err(preview_failure(reason))),
            }
        }
        let message = message(&Request {
            name: name.to_string(),
            options: options.clone(),
            preview: Some(id),
        });
        let bytes = js_sys::Uint8Array::from(sample);
        let _ = Reflect::set(&message, &"sample".into(), &bytes);
        let sent = PREVIEWER.with(|p| {
            let p = p.borrow();
            let p = p.as_ref().expect("started above");
            *p.on.borrow_mut() = Rc::new(on);
            if p.ready.get() {
                p.worker.post_message(&message).map_err(|e| describe(&e))
            } else {
                *p.queued.borrow_mut() = Some(message);
                Ok(())
            }
        });
        if let Err(reason) = sent {
            let on = PREVIEWER.with(|p| p.borrow().as_ref().map(|p| p.on.borrow().clone()));
            if let Some(on) = on {
                on(id, Err(preview_failure(reason)));
            }
        }
    }

    /// Stops the preview worker (the dialog closed): its memory goes with it.
    pub fn end_previews() {
        if let Some(p) = PREVIEWER.with(|p| p.borrow_mut().take()) {
            p.worker.terminate();
        }
    }
}

pub use imp::{cancel, end_previews, preview, prewarm, start};

/// Rounds of [`warm_up`].
#[cfg(target_arch = "wasm32")]
const WARM_UP_ROUNDS: u32 = 6;

/// Runs the page's part of a load on the embedded data a few times, each in an idle
/// moment, so that the browser has optimised it before the first file arrives.
///
/// V8 runs new WebAssembly in its baseline tier and optimises a function once it has run
/// a while; a loop inside one call is not moved to the optimised code mid-call. Start-up
/// runs this code once, on 13,000 rows: not enough, so the first large file was decoded
/// and counted by baseline code (1,000,000 rows, reply → total in the DOM: 85–90 ms;
/// 57–59 ms with every function optimised from the start, Chromium's `--no-liftoff`).
/// A round is what a worker's reply goes through: the columns decoded out of a
/// transferred buffer, the reducer's `Loaded`, the first screen's model.
pub fn warm_up() {
    #[cfg(target_arch = "wasm32")]
    round(WARM_UP_ROUNDS);
}

#[cfg(target_arch = "wasm32")]
fn round(left: u32) {
    if left == 0 {
        return;
    }
    crate::web::when_idle(0, move || {
        std::hint::black_box(warm_up_round());
        round(left - 1);
    });
}

/// One round of [`warm_up`]: the embedded data's columns, copied into a JS buffer as a
/// worker's reply brings them, through the decode, the reducer and the first screen's
/// model; that model.
#[cfg(target_arch = "wasm32")]
pub fn warm_up_round() -> Option<crate::views::caseload::CaseloadView> {
    let (reply, columns) = crate::embedded::synthetic_wire();
    let buffer = js_sys::Uint8Array::from(columns).buffer();
    let bijstand_worker::Reply::Done { header, .. } = reply_from_bytes(reply).ok()? else {
        return None;
    };
    let loaded = bijstand_worker::decode(*header, &bijstand_worker::JsSource(buffer)).ok()?;
    let state = crate::state::AppState::default().apply(Action::Loaded(Box::new(loaded)));
    let context = crate::views::Context {
        report: state.report.clone(),
        ..Default::default()
    };
    Some(crate::views::caseload::build(
        state.dataset.as_deref()?,
        &state.scenario,
        &context,
    ))
}

/// [`bijstand_worker::Reply::from_bytes`], but instantiated in this crate: serde's code for
/// the reply (header, load report, errors, warnings) is then compiled size-optimised with
/// the page, not at the worker crate's `opt-level = 3` (the header is small; only
/// [`bijstand_worker::decode`] is hot).
pub fn reply_from_bytes(bytes: &[u8]) -> Result<bijstand_worker::Reply, LoadError> {
    bijstand_worker::read(bytes)
}

/// Benchmark hooks for `bench/run.mjs`: only in a bench build (`--features bench`,
/// `scripts/bench.sh`).
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
mod bench;

#[cfg(test)]
mod read_failure_tests {
    use super::ReadFailure;
    use bijstand_core::lang::Lang;

    #[test]
    fn read_failures_are_said_in_the_language() {
        let f = ReadFailure::WorkerStopped("out of memory".into());
        assert_eq!(
            f.message(Lang::Nl),
            "Het bestand kon niet worden gelezen: de achtergrondtaak stopte onverwacht (out of memory)"
        );
        assert_eq!(
            f.message(Lang::En),
            "The file could not be read: the background task stopped unexpectedly (out of memory)"
        );
        let f = ReadFailure::Browser("NotReadableError".into());
        assert_eq!(
            f.message(Lang::En),
            "The file could not be read: NotReadableError"
        );
    }
}
