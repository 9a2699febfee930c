//! The "Start here" panel: renders [`views::start::build`]. Not a dialog: it sits above
//! the tabs, traps nothing, and is hidden with one button (remembered in this browser) and
//! reopened from the footer.

use yew::prelude::*;

use crate::views::start::StartView;

/// Where this browser remembers that the panel was hidden. `index.html` reads the same
/// key to hide the static first screen (`e2e/prerender.test.mjs` checks the pair).
pub const START_HIDDEN_KEY: &str = "bijstandsverkenner.start-verborgen";

/// Props of [`StartPanel`].
#[derive(Properties, PartialEq)]
pub struct StartPanelProps {
    /// The panel as shown.
    pub view: StartView,
    /// Hide the panel.
    pub on_dismiss: Callback<()>,
}

/// Offers a template for download (the bytes are made here, only when asked for).
fn download(name: &'static str, mime: &'static str, make: fn() -> Vec<u8>) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let bytes = make();
        #[cfg(target_arch = "wasm32")]
        if let Err(e) = crate::web::download_bytes(name, mime, &bytes) {
            gloo::console::error!(format!("{name}: {e}"));
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (name, mime, bytes);
    })
}

/// The first-visit panel.
#[component]
pub fn StartPanel(props: &StartPanelProps) -> Html {
    let v = &props.view;
    let dismiss = {
        let on = props.on_dismiss.clone();
        Callback::from(move |_: MouseEvent| on.emit(()))
    };
    let csv = download(
        bijstand_core::io::TEMPLATE_CSV_NAME,
        "text/csv;charset=utf-8",
        bijstand_core::io::template_csv,
    );
    let xlsx = download(
        bijstand_core::io::TEMPLATE_XLSX_NAME,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bijstand_core::io::template_xlsx,
    );
    let t = &v.columns;
    html! {
        <section class="start-panel no-print" aria-labelledby="start-h" data-testid="start-panel">
            <h2 id="start-h">{ &v.title }</h2>
            <p>{ &v.what }</p>
            if let Some(s) = &v.synthetic {
                <p data-testid="start-synthetic"><strong>{ s }</strong></p>
            }
            <p>{ &v.bring }</p>
            <p class="start-template">
                <span>{ &v.template }</span>{ " " }
                <button type="button" class="button small" onclick={csv} data-testid="template-csv">{ &v.template_csv }</button>
                { " " }
                <button type="button" class="button small" onclick={xlsx} data-testid="template-xlsx">{ &v.template_xlsx }</button>
            </p>
            <details class="start-columns" id="kolommen" data-testid="start-columns">
                <summary>{ &v.columns_summary }</summary>
                <div class="table-wrap">
                    <table class="data-table">
                        <caption class="visually-hidden">{ &t.caption }</caption>
                        <thead><tr>{ for t.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                        <tbody>
                            { for t.rows.iter().map(|r| html! {
                                <tr>
                                    <th scope="row"><code>{ &r[0] }</code></th>
                                    <td>{ &r[1] }</td>
                                    <td>{ &r[2] }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="field-help">{ &v.columns_note }</p>
            </details>
            <p class="start-privacy">{ &v.privacy }</p>
            <button type="button" class="button primary" onclick={dismiss} data-testid="start-dismiss">{ &v.dismiss }</button>
        </section>
    }
}
