//! The app shell: header, file loading (picker and drag-and-drop), error banner and the view.

use std::rc::Rc;

use bijstand_core::caseload::{composition, default_peildatum, Precedence};
use bijstand_core::format;
use bijstand_core::model::Data;
use yew::prelude::*;

use crate::components::caseload::CaseloadPanel;
use crate::components::file_loader::FilePicker;
use crate::components::kerncijfers::KerncijfersPanel;
use crate::embedded;
use crate::state::{Action, AppState};
use crate::views;

fn initial_state() -> AppState {
    let state = AppState::default();
    match embedded::synthetic() {
        Ok(ds) => state.apply(Action::Loaded(Rc::new(ds))),
        Err(error) => state.apply(Action::LoadFailed {
            file: embedded::SYNTHETIC_NAME.into(),
            error,
        }),
    }
}

/// Reads and parses a file off the main flow, dispatching the outcome.
fn load_file(file: web_sys::File, dispatch: Callback<Action>) {
    let name = file.name();
    if file.size() as u64 > crate::web::MAX_FILE_BYTES {
        dispatch.emit(Action::ReadFailed {
            file: name,
            message: format!(
                "Het bestand is te groot ({} MB). De Bijstandsverkenner leest bestanden tot {} MB.",
                format::int((file.size() / 1e6) as i64),
                crate::web::MAX_FILE_BYTES / 1_000_000
            ),
        });
        return;
    }
    dispatch.emit(Action::Loading(name.clone()));
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        // Let the browser paint the "bezig" state before the parse blocks the thread.
        gloo::timers::future::TimeoutFuture::new(16).await;
        match crate::web::read_blob(&file).await {
            Err(message) => dispatch.emit(Action::ReadFailed {
                file: name,
                message: format!("Het bestand kon niet worden gelezen: {message}"),
            }),
            Ok(bytes) => match bijstand_core::io::load(&bytes, &name, &Default::default()) {
                Ok(ds) => dispatch.emit(Action::Loaded(Rc::new(ds))),
                Err(error) => dispatch.emit(Action::LoadFailed { file: name, error }),
            },
        }
    });
}

/// The whole application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let dragging = use_state(|| false);
    let dispatch: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(a))
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |f: web_sys::File| load_file(f, dispatch.clone()))
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        let on_file = on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(f) = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|l| l.get(0))
            {
                on_file.emit(f);
            }
        })
    };
    let dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::DismissError))
    };
    let on_precedence = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let p = if el.value() == "jongere" {
                Precedence::JongereFirst
            } else {
                Precedence::StatushouderFirst
            };
            dispatch.emit(Action::SetPrecedence(p));
        })
    };
    let load_kern = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| match embedded::kerncijfers() {
            Ok(ds) => dispatch.emit(Action::Loaded(Rc::new(ds))),
            Err(error) => dispatch.emit(Action::LoadFailed {
                file: embedded::KERNCIJFERS_NAME.into(),
                error,
            }),
        })
    };
    let load_synth = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| match embedded::synthetic() {
            Ok(ds) => dispatch.emit(Action::Loaded(Rc::new(ds))),
            Err(error) => dispatch.emit(Action::LoadFailed {
                file: embedded::SYNTHETIC_NAME.into(),
                error,
            }),
        })
    };

    let body = match state.dataset.as_deref() {
        None => {
            html! { <p class="empty">{ "Geen gegevens geladen. Open een bestand of sleep het hierheen." }</p> }
        }
        Some(ds) => match &ds.data {
            Data::Episodes(e) => {
                let peil = state.peildatum.or_else(|| default_peildatum(e));
                match peil {
                    None => {
                        html! { <p class="empty">{ "Het bestand bevat geen uitkeringen." }</p> }
                    }
                    Some(p) => {
                        let c = composition(e, p, state.precedence);
                        let view = views::caseload_view(&c, state.precedence, state.threshold);
                        html! {
                            <>
                                <fieldset class="controls">
                                    <legend>{ "Voorrangsregel doelgroep" }</legend>
                                    <label><input type="radio" name="prec" value="statushouder" checked={state.precedence == Precedence::StatushouderFirst} onchange={on_precedence.clone()} />{ " statushouder gaat voor" }</label>
                                    <label><input type="radio" name="prec" value="jongere" checked={state.precedence == Precedence::JongereFirst} onchange={on_precedence} />{ " jongere gaat voor" }</label>
                                </fieldset>
                                <CaseloadPanel {view} />
                            </>
                        }
                    }
                }
            }
            Data::Kerncijfers(k) => {
                html! { <KerncijfersPanel table={views::kerncijfers_table(k)} /> }
            }
        },
    };

    let ds_label = state.dataset.as_deref().map(|d| {
        html! {
            <span class="dataset" data-testid="dataset-name">
                { &d.name }
                if d.synthetic { <span class="badge" title="Gegenereerde gegevens: geen echte personen">{ "synthetisch" }</span> }
            </span>
        }
    });

    html! {
        <div class={classes!("shell", (*dragging).then_some("dragging"))}
             ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
            <header class="app-header">
                <div class="brand">
                    <h1>{ "Bijstandsverkenner" }</h1>
                    { ds_label.unwrap_or_default() }
                </div>
                <div class="actions">
                    <FilePicker on_file={on_file} busy={state.loading.is_some()} />
                    <button class="button" onclick={load_synth}>{ "Synthetische data" }</button>
                    <button class="button" onclick={load_kern}>{ "Kerncijfers rapport" }</button>
                </div>
            </header>
            <p class="privacy-note">{ "Uw gegevens blijven in deze browser: er wordt niets verstuurd." }</p>
            if let Some(name) = &state.loading {
                <div class="loading" role="status" data-testid="loading">{ format!("Bezig met laden van {name}…") }</div>
            }
            if let Some(err) = &state.error {
                <div class="error-banner" role="alert" data-testid="error-banner">
                    <strong>{ format!("{} is niet geladen.", err.file) }</strong>
                    <span class="error-message">{ &err.message }</span>
                    <span class="error-keep">{ " De vorige gegevens blijven zichtbaar." }</span>
                    <button class="button small" onclick={dismiss} aria-label="Melding sluiten">{ "Sluiten" }</button>
                </div>
            }
            <main id="main">{ body }</main>
            <div class="drop-overlay" aria-hidden="true"><p>{ "Laat los om het bestand te openen" }</p></div>
            <footer class="app-footer">
                <p>{ "Bijstandsverkenner — werkt volledig in de browser, ook zonder internet. Aantallen onder 10 worden getoond als <10." }</p>
            </footer>
        </div>
    }
}
