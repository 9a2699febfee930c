//! Browser tests (wasm-bindgen-test in headless Chromium): the browser APIs the app
//! uses, with the real embedded data and the real vendored plotly.js.
#![cfg(target_arch = "wasm32")]

use bijstand_core::caseload::{composition, Precedence};
use bijstand_core::date::Date;
use bijstand_core::model::Data;
use bijstandsverkenner::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use bijstandsverkenner::components::chart::{Chart, ChartProps};
use bijstandsverkenner::{embedded, web};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
async fn a_blob_is_read_into_the_loader() {
    let csv = embedded::synthetic_csv().expect("inflate");
    let bytes = js_sys::Uint8Array::from(csv.as_slice());
    let parts = js_sys::Array::of1(&bytes);
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).unwrap();
    let read = web::read_blob(&blob).await.expect("read");
    assert_eq!(read, csv);
    let ds = bijstand_core::io::load(&read, "enschede_synthetisch.csv", &Default::default())
        .expect("load");
    let Some(Data::Episodes(e)) = ds.dataset().map(|ds| &ds.data) else {
        panic!("expected episodes")
    };
    let c = composition(
        e,
        Date::from_ymd(2024, 9, 30).unwrap(),
        Precedence::default(),
    );
    assert_eq!(c.total, 5687);
}

#[wasm_bindgen_test]
fn the_load_path_warm_up_reads_the_embedded_columns_from_a_js_buffer() {
    // What a round of `loader::warm_up` makes: the first screen of the embedded data,
    // decoded as a worker's reply is (out of a JS `ArrayBuffer`).
    let view = bijstandsverkenner::loader::warm_up_round().expect("a round");
    assert!(view.empty.is_none(), "{:?}", view.empty);
    let values: Vec<&str> = view.kpis.iter().map(|k| k.value.as_str()).collect();
    assert!(values.contains(&"5.687"), "{values:?}");
}

#[wasm_bindgen_test]
async fn a_chart_mounts_and_plotly_draws_it() {
    // Load the vendored plotly.js exactly as the page does, from our own bytes.
    let script = document().create_element("script").unwrap();
    script.set_text_content(Some(include_str!(
        "../node_modules/plotly.js-basic-dist-min/plotly-basic.min.js"
    )));
    document().head().unwrap().append_child(&script).unwrap();

    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let spec = ChartSpec {
        id: "chart-test".into(),
        title: "Stadsdeel".into(),
        categories: vec!["Zuid".into(), "Oost".into()],
        series: vec![Series {
            name: "Uitkeringen".into(),
            values: vec![Some(1500.0), None],
            labels: vec!["1.500".into(), "<10".into()],
            color: PALETTE[0].into(),
            style: SeriesStyle::Bar,
        }],
        kind: ChartKind::Bar { horizontal: true },
        value_title: "uitkeringen".into(),
        ..Default::default()
    };
    yew::Renderer::<Chart>::with_root_and_props(
        root.clone(),
        ChartProps {
            spec,
            lang: Default::default(),
            on_click: None,
        },
    )
    .render();
    yew::scheduler::flush().await;
    // Plotly renders synchronously for bar charts once react() is called; give effects a tick.
    gloo::timers::future::TimeoutFuture::new(50).await;
    yew::scheduler::flush().await;

    let fig = root
        .query_selector("[data-testid=chart-test]")
        .unwrap()
        .expect("figure");
    assert_eq!(
        fig.query_selector(".chart-title")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Stadsdeel"
    );
    let plot = fig.query_selector(".chart-plot").unwrap().unwrap();
    assert!(
        plot.get_attribute("class")
            .unwrap_or_default()
            .contains("js-plotly-plot"),
        "plotly took the div"
    );
    let paths = plot.query_selector_all(".point path").unwrap();
    let drawn = (0..paths.length())
        .filter_map(|i| paths.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(|p| p.get_bounding_client_rect().width() > 0.5)
        .count();
    let ds: Vec<String> = (0..paths.length())
        .filter_map(|i| {
            paths
                .item(i)?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .get_attribute("d")
        })
        .collect();
    assert_eq!(
        drawn, 1,
        "one visible bar; the suppressed one is not drawn: {ds:?}"
    );
    assert!(fig.query_selector(".chart-error").unwrap().is_none());
    let text = plot.dyn_ref::<web_sys::HtmlElement>().unwrap().inner_text();
    assert!(text.contains("1.500"), "Dutch label drawn: {text}");
}
