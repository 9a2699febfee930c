//! The loader Web Worker: receives a `File`, reads it (progress: reading),
//! parses it with the core (progress: processing) and posts the dataset back as one
//! transferred `ArrayBuffer` of typed columns (see the library docs for the protocol).
//! It also previews the settings dialog's sample (`Request::preview`): the page's wasm
//! then holds no CSV, workbook or JSON reader.
//! Cancelling is the page's `worker.terminate()`: nothing here needs to check for it.
//!
//! - When it starts, the worker parses a small sample once (`bijstand_worker::warm_up`),
//!   so the engine has optimised the loader before the user's file arrives.
//! - A large CSV file (≥ 4 MiB) is parsed as it streams in (`bijstand_core::io::stream`):
//!   the file is never held whole in wasm memory. When the stream cannot guarantee the
//!   result of a whole load (quotes, another encoding, an error, ids that may repeat…) it
//!   gives up and the file is read and loaded whole, which also reports errors at their line.
//!
//! Reading a large file in two halves with a second worker was built and measured slower
//! on a 2-core machine (see `bench/README.md`), and removed.

fn main() {
    #[cfg(target_arch = "wasm32")]
    glue::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The loader worker runs in the browser (Trunk builds it as a Web Worker).");
}

#[cfg(target_arch = "wasm32")]
mod glue {
    use bijstand_core::io::stream::StreamLoad;
    use bijstand_core::io::Loaded;
    use bijstand_worker::{encode, Column, Phase, Reply, Request, WorkerTimings};
    use js_sys::{Array, ArrayBuffer, Object, Reflect};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent};

    fn scope() -> DedicatedWorkerGlobalScope {
        js_sys::global().unchecked_into()
    }

    fn now() -> f64 {
        scope().performance().map_or(0.0, |p| p.now())
    }

    /// `{type, wire}`: the reply's name and the reply in the wire format; a "done" also
    /// carries `rows` and `timings` as plain values, for people and tools (the page reads
    /// only `wire`).
    fn message(reply: &Reply) -> Object {
        let o = Object::new();
        let set = |o: &Object, key: &str, value: &JsValue| {
            let _ = Reflect::set(o, &key.into(), value);
        };
        set(&o, "type", &reply.name().into());
        set(&o, "build", &bijstand_worker::WIRE_BUILD.into());
        let wire = js_sys::Uint8Array::from(reply.to_bytes().as_slice());
        set(&o, "wire", &wire);
        if let Reply::Done { header, timings } = reply {
            set(&o, "rows", &(header.rows as f64).into());
            let t = Object::new();
            set(&t, "read", &timings.read.into());
            set(&t, "parse", &timings.parse.into());
            set(&t, "encode", &timings.encode.into());
            set(&t, "streamed", &timings.streamed.into());
            set(&t, "posted", &timings.posted.into());
            set(&o, "timings", &t);
        }
        o
    }

    fn post(reply: Reply) {
        let _ = scope().post_message(&message(&reply));
    }

    /// Posts progress when the whole percentage changes.
    struct Progress {
        phase: Phase,
        last: i32,
    }

    impl Progress {
        fn new(phase: Phase) -> Progress {
            Progress { phase, last: -1 }
        }
        fn report(&mut self, fraction: f32) {
            let pct = (fraction.clamp(0.0, 1.0) * 100.0) as i32;
            if pct != self.last {
                self.last = pct;
                post(Reply::Progress {
                    phase: self.phase,
                    fraction: fraction.clamp(0.0, 1.0),
                });
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
    /// `FileReaderSync` slices; reading reports each whole percent.
    async fn read(file: &File) -> Result<Vec<u8>, String> {
        let mut progress = Progress::new(Phase::Reading);
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
    ) -> Option<Result<Loaded, String>> {
        let mut progress = Progress::new(Phase::Processing);
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

    /// Loads the file of a page's message and posts the dataset, a load error or a read
    /// error back.
    async fn handle(data: JsValue) {
        let t0 = now();
        // A page of another build: its `wire` may mean something else. Say so, in a
        // message without `wire`: a page of this build or a later one reads it as
        // "reload the page" (one from before the build id, as a malformed reply).
        let build = Reflect::get(&data, &"build".into())
            .ok()
            .and_then(|b| b.as_string());
        if build.as_deref() != Some(bijstand_worker::WIRE_BUILD) {
            let o = Object::new();
            let _ = Reflect::set(
                &o,
                &"type".into(),
                &bijstand_worker::OTHER_BUILD_TYPE.into(),
            );
            let _ = Reflect::set(&o, &"build".into(), &bijstand_worker::WIRE_BUILD.into());
            let _ = scope().post_message(&o);
            return;
        }
        let wire = Reflect::get(&data, &"wire".into())
            .ok()
            .and_then(|w| w.dyn_into::<js_sys::Uint8Array>().ok())
            .map_or_else(Vec::new, |w| w.to_vec());
        let Request {
            name,
            options,
            preview,
        } = match Request::from_bytes(&wire) {
            Ok(request) => request,
            Err(error) => return post(Reply::Error { error }),
        };
        if let Some(id) = preview {
            // The settings dialog's preview of the sample it read (the page keeps the
            // sample and asks again after every change).
            let sample = Reflect::get(&data, &"sample".into())
                .ok()
                .and_then(|s| s.dyn_into::<js_sys::Uint8Array>().ok())
                .map_or_else(Vec::new, |s| s.to_vec());
            let preview = bijstand_core::io::preview(&sample, &name, &options);
            return post(Reply::Preview { id, preview });
        }
        let Ok(file) = Reflect::get(&data, &"file".into()).and_then(|f| f.dyn_into::<File>())
        else {
            post(Reply::ReadError {
                message: "geen bestand ontvangen".into(),
            });
            return;
        };
        let name = if name.is_empty() { file.name() } else { name };
        // Test-only (never in the release build): a file of this name makes the worker
        // trap, as a bug would (e2e/crash.test.mjs).
        #[cfg(feature = "test-hooks")]
        if name == "__bv_trap__.csv" {
            panic!("test hook: a trap in the loader worker");
        }
        let limit = bijstand_core::io::MAX_FILE_BYTES;
        if file.size() as u64 > limit {
            let e = bijstand_core::io::LoadError::new(bijstand_core::io::LoadErrorKind::TooLarge {
                bytes: file.size() as u64,
                limit,
            });
            post(Reply::Error { error: e });
            return;
        }
        let mut t_read = t0;
        let streamed = match StreamLoad::new(&name, file.size() as usize, &options) {
            Some(stream) => load_streaming(&file, stream, &mut t_read).await,
            None => None,
        };
        let was_streamed = streamed.is_some();
        let outcome = match streamed {
            Some(outcome) => outcome.map(Ok),
            None => match read(&file).await {
                Ok(bytes) => {
                    t_read = now();
                    let mut progress = Progress::new(Phase::Processing);
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
        };
        let result = match outcome {
            Ok(result) => result,
            Err(message) => {
                post(Reply::ReadError { message });
                return;
            }
        };
        let t_parse = now();
        match result {
            Err(error) => post(Reply::Error { error }),
            Ok(ds) => {
                let enc = encode(&ds);
                drop(ds);
                let buf = to_buffer(&enc.columns, enc.bytes);
                let t_encode = now();
                let timings = WorkerTimings {
                    read: t_read - t0,
                    parse: t_parse - t_read,
                    encode: t_encode - t_parse,
                    streamed: was_streamed,
                    posted: js_sys::Date::now(),
                };
                let reply = message(&Reply::Done {
                    header: Box::new(enc.header),
                    timings,
                });
                let _ = Reflect::set(&reply, &"buffer".into(), &buf);
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
            wasm_bindgen_futures::spawn_local(handle(e.data()));
        });
        scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        post(Reply::Ready);
        // Let the engine optimise the loader before a file arrives (see `warm_up`). It
        // runs right after this, before any message is handled; a file sent meanwhile waits.
        wasm_bindgen_futures::spawn_local(async {
            bijstand_worker::warm_up(WARM_UP_ROWS);
        });
    }
}
