//! Benchmark hooks (`bench/run.mjs`): the real load path, then the counts of the task.
//! Built only with the `bench` feature (`scripts/bench.sh`), so they are not in the app.

use std::cell::RefCell;
use std::rc::Rc;

use bijstand_core::io::LoadOptions;
use bijstand_core::model::Dataset;
use wasm_bindgen::prelude::*;

use super::imp::{get, now};
use super::{start, LoadEvent};

thread_local! {
    static BENCH: RefCell<Option<Rc<Dataset>>> = const { RefCell::new(None) };
}

fn memory_bytes() -> f64 {
    let buffer = get(&wasm_bindgen::memory(), "buffer");
    get(&buffer, "byteLength").as_f64().unwrap_or(0.0)
}

/// Loads `file` through the worker like the app does, computes the caseload
/// composition the first view shows and the benchmark's two counts; resolves to JSON
/// with the timings (ms), the counts and the wasm memory before and after.
#[wasm_bindgen(js_name = __bvBenchLoad)]
pub async fn bench_load(file: web_sys::File) -> Result<JsValue, JsValue> {
    BENCH.with(|b| b.borrow_mut().take());
    let mem0 = memory_bytes();
    let t0 = now();
    let slot: Rc<RefCell<Option<LoadEvent>>> = Rc::default();
    let promise = {
        let slot = slot.clone();
        js_sys::Promise::new(&mut |resolve, _| {
            let slot = slot.clone();
            start(file.clone(), LoadOptions::default(), move |e| {
                if matches!(e, LoadEvent::Progress(..)) {
                    return;
                }
                *slot.borrow_mut() = Some(e);
                let _ = resolve.call0(&JsValue::NULL);
            });
        })
    };
    wasm_bindgen_futures::JsFuture::from(promise).await?;
    let t_loaded = now();
    let event = slot.borrow_mut().take();
    let (ds, timings) = match event {
        Some(LoadEvent::Loaded(loaded, t)) => match loaded.content {
            bijstand_core::io::Content::Dataset(ds) => (ds, t),
            _ => return Err("geen uitkeringen".into()),
        },
        Some(LoadEvent::Failed(e)) => return Err(e.message(bijstand_core::lang::Lang::Nl).into()),
        Some(LoadEvent::ReadFailed(m)) => {
            return Err(m.message(bijstand_core::lang::Lang::Nl).into())
        }
        _ => return Err("geen resultaat".into()),
    };
    let bijstand_core::model::Data::Episodes(e) = &ds.data else {
        return Err("geen uitkeringen".into());
    };
    let peildatum = bijstand_core::caseload::default_peildatum(e).unwrap_or_default();
    let comp = bijstand_core::caseload::composition(e, peildatum, Default::default());
    let t_comp = now();
    let counts = bijstand_worker::task_counts(e, None);
    let t_counts = now();
    let out = serde_json::json!({
        "rows": e.len(),
        "total_running": comp.total,
        "counts": counts,
        "ms": {
            "total": t_counts - t0,
            "to_loaded": t_loaded - t0,
            "read": timings.read, "parse": timings.parse, "encode": timings.encode,
            "transfer": timings.transfer, "decode": timings.decode,
            "composition": t_comp - t_loaded, "counts": t_counts - t_comp,
            "worker": timings.worker,
            "streamed": timings.streamed,
        },
        "memory": { "before": mem0, "after": memory_bytes() },
    });
    BENCH.with(|b| *b.borrow_mut() = Some(Rc::new(ds)));
    Ok(out.to_string().into())
}

/// Re-filters the dataset of the last [`bench_load`] on geslacht = V with the core's
/// filter, composition and the benchmark's counts; JSON with the time (ms) and counts.
#[wasm_bindgen(js_name = __bvBenchRefilter)]
pub fn bench_refilter() -> Result<JsValue, JsValue> {
    use bijstand_core::caseload::composition_filtered;
    use bijstand_core::caseload::filter::EpisodeFilter;
    let ds = BENCH.with(|b| b.borrow().clone()).ok_or("eerst laden")?;
    let bijstand_core::model::Data::Episodes(e) = &ds.data else {
        return Err("geen uitkeringen".into());
    };
    let t0 = now();
    let peildatum = bijstand_core::caseload::default_peildatum(e).unwrap_or_default();
    let filter = EpisodeFilter {
        geslacht: vec![bijstand_core::model::Geslacht::Vrouw],
        ..Default::default()
    };
    let mask = filter.mask(e, peildatum, Default::default());
    let comp = composition_filtered(e, peildatum, Default::default(), Some(&mask));
    let counts = bijstand_worker::task_counts(e, Some(&mask));
    let ms = now() - t0;
    Ok(
        serde_json::json!({"ms": ms, "total_running": comp.total, "counts": counts})
            .to_string()
            .into(),
    )
}
