//! The loader Web Worker: receives a `File`, reads it (progress "lezen"),
//! parses it with the core (progress "verwerken") and posts the dataset back as one
//! transferred `ArrayBuffer` of typed columns (see the library docs for the protocol).
//! Cancelling is the page's `worker.terminate()`: nothing here needs to check for it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    glue::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("The loader worker runs in the browser (Trunk builds it as a Web Worker).");
}

#[cfg(target_arch = "wasm32")]
mod glue {
    use bijstand_worker::{encode, error_to_json, msg, options_from_json, Column};
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

    /// Reads the whole file into wasm memory. One `arrayBuffer()` is measured faster than
    /// reading in slices (`FileReaderSync`, 4–64 MiB), so "lezen" reports only 0 and 1.
    async fn read(file: &File) -> Result<Vec<u8>, String> {
        let mut progress = Progress::new(msg::LEZEN);
        progress.report(0.0);
        let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .map_err(|e| describe(&e))?;
        let bytes = js_sys::Uint8Array::new(&buf).to_vec();
        if bytes.len() as f64 != file.size() {
            return Err("het bestand veranderde tijdens het lezen".into());
        }
        progress.report(1.0);
        Ok(bytes)
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
        let bytes = match read(&file).await {
            Ok(b) => b,
            Err(message) => {
                post(&[
                    ("type", msg::READ_ERROR.into()),
                    ("message", message.into()),
                ]);
                return;
            }
        };
        let t_read = now();
        let mut progress = Progress::new(msg::VERWERKEN);
        progress.report(0.0);
        let result = bijstand_core::io::load_with_progress(&bytes, &name, &options, &mut |f| {
            progress.report(f)
        });
        drop(bytes);
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

    /// Listens for files and says it is ready.
    pub fn start() {
        let handler = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
            wasm_bindgen_futures::spawn_local(handle(e.data()))
        });
        scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
        handler.forget();
        post(&[("type", msg::READY.into())]);
    }
}
