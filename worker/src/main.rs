//! The loader Web Worker: receives a `File`, reads it (progress "lezen"),
//! parses it with the core (progress "verwerken") and posts the dataset back as one
//! transferred `ArrayBuffer` of typed columns (see the library docs for the protocol).
//! Cancelling is the page's `worker.terminate()`: nothing here needs to check for it
//! (a helper started by this worker ends with it).
//!
//! - When it starts, the worker parses a small sample once (`bijstand_worker::warm_up`),
//!   so the engine has optimised the loader before the user's file arrives.
//! - A large CSV file (≥ 4 MiB) is parsed as it streams in (`bijstand_core::io::stream`):
//!   the file is never held whole in wasm memory. When the stream cannot guarantee the
//!   result of a whole load (quotes, another encoding, an error, ids that may repeat…) it
//!   gives up and the file is read and loaded whole, which also reports errors at their line.
//! - Two workers (off, `USE_HELPER`): the worker can start a *helper* (this same worker,
//!   with `?helper`) and read a large file in two halves (`bijstand_core::io::parts`).
//!   Measured slower on a 2-core machine; kept, tested, for machines with cores to spare.

fn main() {
    #[cfg(target_arch = "wasm32")]
    glue::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The loader worker runs in the browser (Trunk builds it as a Web Worker).");
}

#[cfg(target_arch = "wasm32")]
mod glue {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use bijstand_core::io::parts;
    use bijstand_core::io::stream::StreamLoad;
    use bijstand_core::io::{LoadError, LoadOptions};
    use bijstand_core::model::Dataset;
    use bijstand_worker::{
        decode_part, encode, encode_part, error_to_json, msg, options_from_json, Column, JsSource,
    };
    use js_sys::{Array, ArrayBuffer, Object, Reflect};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent, Worker};

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn now() -> f64 {
        scope().performance().map_or(0.0, |p| p.now())
    }

    fn object(pairs: &[(&str, JsValue)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &(*k).into(), v);
        }
        o
    }

    fn post(pairs: &[(&str, JsValue)]) {
        let _ = scope().post_message(&object(pairs));
    }

    /// Posts progress when the whole percentage changes.
    struct Progress {
        phase: &'static str,
        last: i32,
    }

    impl Progress {
        fn new(phase: &'static str) -> Progress {
            Progress { phase, last: -1 }
        }
        fn report(&mut self, fraction: f32) {
            let pct = (fraction.clamp(0.0, 1.0) * 100.0) as i32;
            if pct != self.last {
                self.last = pct;
                post(&[
                    ("type", msg::PROGRESS.into()),
                    ("phase", self.phase.into()),
                    ("fraction", (fraction.clamp(0.0, 1.0) as f64).into()),
                ]);
            }
        }
    }

    fn describe(e: &JsValue) -> String {
        Reflect::get(e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "onbekende fout".into())
    }

    /// Reads the whole file into wasm memory, chunk by chunk as the browser streams it
    /// (`Blob.stream()`), straight into one buffer of the file's size. Measured faster than
    /// one `arrayBuffer()` copied in afterwards (which holds the file twice) and than
    /// `FileReaderSync` slices; "lezen" reports each whole percent.
    async fn read(file: &File) -> Result<Vec<u8>, String> {
        let mut progress = Progress::new(msg::LEZEN);
        progress.report(0.0);
        let size = file.size() as usize;
        // Zeroed once here (measured cheaper than filling a reserved buffer chunk by chunk,
        // which copies every byte twice inside wasm).
        let mut bytes = vec![0u8; size];
        let reader: web_sys::ReadableStreamDefaultReader =
            file.stream().get_reader().unchecked_into();
        let changed = || "het bestand veranderde tijdens het lezen".to_string();
        let mut filled = 0;
        loop {
            let step = wasm_bindgen_futures::JsFuture::from(reader.read())
                .await
                .map_err(|e| describe(&e))?;
            if Reflect::get(&step, &"done".into())
                .ok()
                .and_then(|d| d.as_bool())
                == Some(true)
            {
                break;
            }
            let chunk: js_sys::Uint8Array = Reflect::get(&step, &"value".into())
                .map_err(|e| describe(&e))?
                .unchecked_into();
            let end = filled + chunk.length() as usize;
            chunk.copy_to(bytes.get_mut(filled..end).ok_or_else(changed)?);
            filled = end;
            progress.report(filled as f32 / size.max(1) as f32);
        }
        if filled != size {
            return Err(changed());
        }
        Ok(bytes)
    }

    /// Loads a large CSV file while it streams in ([`StreamLoad`]): each chunk is parsed
    /// as it arrives, so the file is never held whole. `None` when the stream gave up
    /// (load the file whole: that also reports any error at its line). `t_read` moves on
    /// by the time spent waiting for chunks, so "parse" in the timings is the rest.
    async fn load_streaming(
        file: &File,
        mut stream: StreamLoad,
        t_read: &mut f64,
    ) -> Option<Result<Dataset, String>> {
        let mut progress = Progress::new(msg::VERWERKEN);
        progress.report(0.0);
        let reader: web_sys::ReadableStreamDefaultReader =
            file.stream().get_reader().unchecked_into();
        // The next chunk is asked for before this one is parsed, so the browser reads it
        // meanwhile.
        let mut next = reader.read();
        loop {
            let waiting = now();
            let step = match wasm_bindgen_futures::JsFuture::from(next).await {
                Ok(step) => step,
                Err(e) => return Some(Err(describe(&e))),
            };
            *t_read += now() - waiting;
            if Reflect::get(&step, &"done".into())
                .ok()
                .and_then(|d| d.as_bool())
                == Some(true)
            {
                break;
            }
            let Ok(chunk) = Reflect::get(&step, &"value".into()) else {
                return None;
            };
            let chunk: js_sys::Uint8Array = chunk.unchecked_into();
            next = reader.read();
            if !stream.feed_with(chunk.length() as usize, |dst| chunk.copy_to(dst)) {
                let _ = reader.cancel();
                return None;
            }
            progress.report(stream.fraction());
        }
        stream.finish().map(Ok)
    }

    /// Writes the columns into one new `ArrayBuffer` at their offsets.
    fn to_buffer(columns: &[(&'static str, usize, Column)], bytes: usize) -> ArrayBuffer {
        let buf = ArrayBuffer::new(bytes as u32);
        for (_, off, col) in columns {
            let (off, len) = (*off as u32, col.len() as u32);
            match col {
                Column::U8(v) => {
                    js_sys::Uint8Array::new_with_byte_offset_and_length(&buf, off, len).copy_from(v)
                }
                Column::U16(v) => {
                    js_sys::Uint16Array::new_with_byte_offset_and_length(&buf, off, len)
                        .copy_from(v)
                }
                Column::I32(v) => {
                    js_sys::Int32Array::new_with_byte_offset_and_length(&buf, off, len).copy_from(v)
                }
                Column::U32(v) => {
                    js_sys::Uint32Array::new_with_byte_offset_and_length(&buf, off, len)
                        .copy_from(v)
                }
                Column::F64(v) => {
                    js_sys::Float64Array::new_with_byte_offset_and_length(&buf, off, len)
                        .copy_from(v)
                }
            }
        }
        buf
    }

    /// Whether the loader starts a helper and reads large files in two parts. Off: on the
    /// project's shared 2-core machine, measured side by side with the one-worker build
    /// (1,000,000 rows, load average 3–5), two parts were slower (≈ 1.0–1.1 s against
    /// ≈ 0.75 s): the helper's start competes with the parse, and with other work on the
    /// machine the two halves do not run at the same time. The code path stays tested
    /// (native tests of `bijstand_core::io::parts`) for machines with cores to spare.
    const USE_HELPER: bool = false;

    /// The helper worker, and the reply it owes (resolved by its message handler).
    struct Helper {
        worker: Worker,
        ready: Rc<Cell<bool>>,
        pending: Rc<RefCell<Option<js_sys::Function>>>,
        _on_message: Closure<dyn FnMut(MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::Event)>,
    }

    thread_local! {
        static HELPER: RefCell<Option<Rc<Helper>>> = const { RefCell::new(None) };
        /// Of the last load in parts: ms for this worker's part, then waiting for the
        /// helper, then joining (for the benchmark's time split).
        static PART_TIMES: Cell<Option<(f64, f64, f64)>> = const { Cell::new(None) };
    }

    fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
    }

    /// Starts the helper (not from a helper: one level only).
    fn start_helper() {
        let is_helper = scope().location().search().contains(msg::HELPER_QUERY);
        if is_helper {
            return;
        }
        let url = format!("worker_boot.js{}", msg::HELPER_QUERY);
        let Ok(worker) = Worker::new(&url) else {
            return;
        };
        let ready = Rc::new(Cell::new(false));
        let pending: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
        let on_message = {
            let (ready, pending) = (ready.clone(), pending.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let data = e.data();
                if get(&data, "type").as_string().as_deref() == Some(msg::READY) {
                    ready.set(true);
                } else if let Some(resolve) = pending.borrow_mut().take() {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            })
        };
        let on_error = {
            let (ready, pending) = (ready.clone(), pending.clone());
            Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                e.prevent_default();
                // A helper that fails is not used again; a reply it owed becomes "failed".
                ready.set(false);
                if let Some(resolve) = pending.borrow_mut().take() {
                    let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        HELPER.with(|h| {
            *h.borrow_mut() = Some(Rc::new(Helper {
                worker,
                ready,
                pending,
                _on_message: on_message,
                _on_error: on_error,
            }))
        });
    }

    /// Appends bytes `start..end` of `file` to `out`; an error when the browser could not
    /// read them or the file changed meanwhile.
    async fn read_into(
        file: &File,
        start: usize,
        end: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), String> {
        let blob = file
            .slice_with_f64_and_f64(start as f64, end as f64)
            .map_err(|e| describe(&e))?;
        let buf = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
            .await
            .map_err(|e| describe(&e))?;
        let view = js_sys::Uint8Array::new(&buf);
        if view.length() as usize != end - start {
            return Err("het bestand veranderde tijdens het lezen".into());
        }
        let at = out.len();
        out.resize(at + view.length() as usize, 0);
        view.copy_to(&mut out[at..]);
        Ok(())
    }

    /// The helper side: reads the other part of a file (the head and the rows after the
    /// cut, straight from the `File`) and posts it back.
    async fn handle_part(data: JsValue) {
        let other = async {
            let file: File = get(&data, "file").dyn_into().ok()?;
            let at = |k: &str| get(&data, k).as_f64().map(|v| v as usize);
            let (head_end, split) = (at("head_end")?, at("split")?);
            let size = file.size() as usize;
            let separator = get(&data, "separator").as_string()?.chars().next()?;
            let options = get(&data, "options")
                .as_string()
                .and_then(|o| serde_json::from_str(&o).ok())
                .map(|o| options_from_json(&o))
                .unwrap_or_default();
            let mut bytes = Vec::with_capacity(head_end + size.saturating_sub(split));
            read_into(&file, 0, head_end, &mut bytes).await.ok()?;
            read_into(&file, split, size, &mut bytes).await.ok()?;
            parts::read_other(&bytes, separator, &options)
        }
        .await;
        let Some(other) = other else {
            post(&[("type", msg::PART_FAILED.into())]);
            return;
        };
        let (enc, summary) = encode_part(other);
        let buf = to_buffer(&enc.columns, enc.bytes);
        let reply = object(&[
            ("type", msg::PART_DONE.into()),
            ("meta", enc.meta.as_str().into()),
            ("summary", summary.into()),
            ("buffer", buf.clone().into()),
        ]);
        let _ = scope().post_message_with_transfer(&reply, &Array::of1(&buf));
    }

    /// What a load gives: the dataset or a load error, or a read error's message.
    type Outcome = Result<Result<Dataset, LoadError>, String>;

    /// Reads `file` in two parts with the helper, when the file qualifies and the helper
    /// is ready: this worker reads and parses the first part while the helper reads and
    /// parses the other. `None` (before anything is read but the head): read it in one
    /// go. When the parts cannot be joined, the rest is read and the file parsed in one go.
    async fn load_in_parts(
        file: &File,
        name: &str,
        options: &LoadOptions,
        t_read: &mut f64,
    ) -> Option<Outcome> {
        let helper = HELPER.with(|h| h.borrow().clone())?;
        let size = file.size() as usize;
        if !helper.ready.get() || size < parts::MIN_SPLIT_BYTES {
            return None;
        }
        let mut lezen = Progress::new(msg::LEZEN);
        lezen.report(0.0);
        let mut head = Vec::new();
        read_into(file, 0, parts::HEAD_BYTES.min(size), &mut head)
            .await
            .ok()?;
        let mid = size / 2;
        let mut near = Vec::new();
        read_into(
            file,
            mid,
            (mid + parts::NEAR_MIDDLE_BYTES).min(size),
            &mut near,
        )
        .await
        .ok()?;
        let plan = parts::plan_split_from(&head, &near, size, name, options)?;
        let reply = js_sys::Promise::new(&mut |resolve, _| {
            *helper.pending.borrow_mut() = Some(resolve);
        });
        let request = object(&[
            ("type", msg::PART.into()),
            ("file", file.into()),
            ("head_end", (plan.head_end as f64).into()),
            ("split", (plan.split as f64).into()),
            ("separator", plan.separator.to_string().into()),
            (
                "options",
                bijstand_worker::options_to_json(options).to_string().into(),
            ),
        ]);
        if helper.worker.post_message(&request).is_err() {
            helper.pending.borrow_mut().take();
            return None;
        }
        let mut bytes = Vec::with_capacity(plan.split);
        if let Err(m) = read_into(file, 0, plan.split, &mut bytes).await {
            return Some(Err(m));
        }
        lezen.report(1.0);
        *t_read = now();
        let mut verwerken = Progress::new(msg::VERWERKEN);
        verwerken.report(0.0);
        let mut progress = |f| verwerken.report(f);
        let first = parts::read_first(&bytes, options, &mut progress);
        let t_first = now();
        let data = wasm_bindgen_futures::JsFuture::from(reply)
            .await
            .unwrap_or(JsValue::NULL);
        let t_reply = now();
        let other = (get(&data, "type").as_string().as_deref() == Some(msg::PART_DONE))
            .then(|| {
                let buffer: ArrayBuffer = get(&data, "buffer").dyn_into().ok()?;
                decode_part(
                    &get(&data, "meta").as_string()?,
                    &JsSource(buffer),
                    &get(&data, "summary").as_string()?,
                )
            })
            .flatten();
        if let (Some(first), Some(other)) = (first, other) {
            if let Some(joined) = parts::join(first, other, name) {
                PART_TIMES.with(|p| {
                    p.set(Some((
                        t_first - *t_read,
                        t_reply - t_first,
                        now() - t_reply,
                    )))
                });
                return Some(Ok(joined));
            }
        }
        // Not joinable: the rest of the file, then one read that reports any error right.
        if let Err(m) = read_into(file, plan.split, size, &mut bytes).await {
            return Some(Err(m));
        }
        let mut progress = |f| verwerken.report(f);
        Some(Ok(bijstand_core::io::load_with_progress(
            &bytes,
            name,
            options,
            &mut progress,
        )))
    }

    async fn handle(data: JsValue) {
        let t0 = now();
        let Ok(file) = Reflect::get(&data, &"file".into()).and_then(|f| f.dyn_into::<File>())
        else {
            post(&[
                ("type", msg::READ_ERROR.into()),
                ("message", "geen bestand ontvangen".into()),
            ]);
            return;
        };
        let name = Reflect::get(&data, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_else(|| file.name());
        let options = Reflect::get(&data, &"options".into())
            .ok()
            .and_then(|o| o.as_string())
            .and_then(|o| serde_json::from_str(&o).ok())
            .map(|o| options_from_json(&o))
            .unwrap_or_default();
        let limit = bijstand_core::io::MAX_FILE_BYTES;
        if file.size() as u64 > limit {
            let e = bijstand_core::io::LoadError::new(bijstand_core::io::LoadErrorKind::TooLarge {
                bytes: file.size() as u64,
                limit,
            });
            post(&[
                ("type", msg::ERROR.into()),
                ("error", error_to_json(&e).into()),
            ]);
            return;
        }
        let mut t_read = t0;
        PART_TIMES.with(|p| p.set(None));
        let streamed = match StreamLoad::new(&name, file.size() as usize, &options) {
            Some(stream) => load_streaming(&file, stream, &mut t_read).await,
            None => None,
        };
        let was_streamed = streamed.is_some();
        let outcome = match streamed {
            Some(outcome) => outcome.map(Ok),
            None => match load_in_parts(&file, &name, &options, &mut t_read).await {
                Some(outcome) => outcome,
                None => match read(&file).await {
                    Ok(bytes) => {
                        t_read = now();
                        let mut progress = Progress::new(msg::VERWERKEN);
                        progress.report(0.0);
                        Ok(bijstand_core::io::load_with_progress(
                            &bytes,
                            &name,
                            &options,
                            &mut |f| progress.report(f),
                        ))
                    }
                    Err(message) => Err(message),
                },
            },
        };
        let result = match outcome {
            Ok(result) => result,
            Err(message) => {
                post(&[
                    ("type", msg::READ_ERROR.into()),
                    ("message", message.into()),
                ]);
                return;
            }
        };
        let t_parse = now();
        match result {
            Err(e) => post(&[
                ("type", msg::ERROR.into()),
                ("error", error_to_json(&e).into()),
            ]),
            Ok(ds) => {
                let enc = encode(&ds);
                drop(ds);
                let buf = to_buffer(&enc.columns, enc.bytes);
                let t_encode = now();
                let timings = object(&[
                    ("read", (t_read - t0).into()),
                    ("parse", (t_parse - t_read).into()),
                    ("encode", (t_encode - t_parse).into()),
                    ("streamed", was_streamed.into()),
                    (
                        "parts",
                        PART_TIMES
                            .with(|p| p.get())
                            .map_or(JsValue::NULL, |(a, b, c)| {
                                Array::of3(&a.into(), &b.into(), &c.into()).into()
                            }),
                    ),
                    ("posted", (js_sys::Date::now()).into()),
                ]);
                let reply = object(&[
                    ("type", msg::DONE.into()),
                    ("meta", enc.meta.as_str().into()),
                    ("buffer", buf.clone().into()),
                    ("timings", timings.into()),
                ]);
                let _ = scope().post_message_with_transfer(&reply, &Array::of1(&buf));
            }
        }
    }

    /// Rows parsed once at start ([`bijstand_worker::warm_up`]): about 20 ms, and measured
    /// enough for the engine to optimise the loader before the first file.
    const WARM_UP_ROWS: usize = 5_000;

    /// Listens for files and says it is ready.
    pub fn start() {
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
            let data = e.data();
            if get(&data, "type").as_string().as_deref() == Some(msg::PART) {
                wasm_bindgen_futures::spawn_local(handle_part(data));
            } else {
                wasm_bindgen_futures::spawn_local(handle(data));
            }
        });
        scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        if USE_HELPER {
            start_helper();
        }
        post(&[("type", msg::READY.into())]);
        // Let the engine optimise the loader before a file arrives (see `warm_up`). It
        // runs right after this, before any message is handled; a file sent meanwhile waits.
        wasm_bindgen_futures::spawn_local(async {
            bijstand_worker::warm_up(WARM_UP_ROWS);
        });
    }
}
