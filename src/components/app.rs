//! The app shell: header, tabs, file loading (picker and drag-and-drop), banners and the active view.

use std::rc::Rc;

use bijstand_core::i18n::Plain;
use bijstand_core::io::{LoadError, LoadErrorKind, MAX_FILE_BYTES};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::scenario::View;
use yew::prelude::*;

use crate::components::buig::BuigPanel;
use crate::components::caseload::CompositionView;
use crate::components::chart::ChartSize;
use crate::components::cohorts::CohortsPanel;
use crate::components::comparison::ComparisonPanel;
use crate::components::dynamics::DynamicsPanel;
use crate::components::file_loader::FilePicker;
use crate::components::kerncijfers::KerncijfersPanel;
use crate::components::lks::LksPanel;
use crate::components::load_settings::SettingsDialogView;
use crate::components::nav::Nav;
use crate::components::print_summary::PrintSummary;
use crate::components::programme::ProgrammePanel;
use crate::components::projection::ProjectionPanel;
use crate::components::quality::QualityPanel;
use crate::components::share::ShareDialog;
use crate::components::slides::{DeckDialog, Slides};
use crate::components::DatasetPtr;
use crate::components::ScreenProps;
use crate::embedded;
use crate::messages::shell as msg;
use crate::state::{Action, AppState, Edit, NoticeLevel, Overlay};
use crate::views::load_settings::settings_form;
use crate::views::Context;

/// Where this browser remembers "Altijd eerst instellingen tonen".
#[cfg(target_arch = "wasm32")]
const SETTINGS_FIRST_KEY: &str = "bijstandsverkenner.instellingen-eerst";

fn initial_state() -> AppState {
    let state = AppState::default();
    let state = match embedded::synthetic_loaded() {
        Ok(loaded) => state.apply(Action::Loaded(Box::new(loaded))),
        Err(error) => state.apply(Action::LoadFailed {
            file: embedded::SYNTHETIC_NAME.into(),
            error,
        }),
    };
    // Named scenarios kept in this browser.
    let state = match crate::web::read_stored_scenarios() {
        Some(text) => state.apply(Action::SetSaved(crate::state::saved_from_json(&text))),
        None => state,
    };
    // Column mappings remembered in this browser.
    let state = match crate::web::read_stored_mappings() {
        Some(text) => state.apply(Action::SetRemembered(
            crate::views::load_settings::remembered_from_json(&text),
        )),
        None => state,
    };
    // A shared link opens exactly the scenario it was made with.
    #[cfg(target_arch = "wasm32")]
    let state = state.apply(Action::ApplyLink(crate::web::location_hash()));
    #[cfg(target_arch = "wasm32")]
    let state = state.apply(Action::SetSettingsFirst(
        crate::web::stored(SETTINGS_FIRST_KEY).as_deref() == Some("1"),
    ));
    state
}

/// The language the toggle switches to.
fn other_language(lang: Lang) -> Lang {
    match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    }
}

/// Reads and parses a file with these settings, dispatching the outcome; the previous
/// data stays on failure.
fn load_file(
    file: web_sys::File,
    options: bijstand_core::io::LoadOptions,
    dispatch: Callback<Action>,
    lang: Lang,
) {
    let name = file.name();
    let bytes = file.size() as u64;
    if bytes > MAX_FILE_BYTES {
        // Refused before reading (the tab must never hang), with the loader's own error.
        dispatch.emit(Action::LoadFailed {
            file: name,
            error: LoadError::new(LoadErrorKind::TooLarge {
                bytes,
                limit: MAX_FILE_BYTES,
            }),
        });
        return;
    }
    dispatch.emit(Action::LoadFile {
        file: name.clone(),
        options: options.clone(),
    });
    // In a Web Worker, with progress and cancel; on the main thread where there are none.
    crate::loader::load(file, name, options, lang, dispatch);
}

/// Reads the first part of `file` (all of a workbook), has the loader worker preview it
/// and opens the settings dialog on both.
fn open_settings(
    file: web_sys::File,
    options: bijstand_core::io::LoadOptions,
    dispatch: Callback<Action>,
    lang: Lang,
) {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        match crate::web::read_sample(&file).await {
            Ok(sample) => {
                let (file, kept, options_asked) = (name.clone(), sample.clone(), options.clone());
                crate::loader::preview(
                    sample.bytes(),
                    &name,
                    &options_asked,
                    0,
                    move |_, preview| {
                        dispatch.emit(Action::OpenSettings {
                            file: file.clone(),
                            sample: kept.clone(),
                            options: options.clone(),
                            preview,
                        })
                    },
                );
            }
            Err(message) => dispatch.emit(Action::ReadFailed {
                file: name,
                message: crate::loader::ReadFailure::Browser(message).message(lang),
            }),
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (file, options, dispatch, lang);
}

/// The page URL with this fragment.
fn share_url(fragment: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    let base = crate::web::location_base();
    #[cfg(not(target_arch = "wasm32"))]
    let base = String::from("http://127.0.0.1/");
    format!("{base}#{fragment}")
}

/// The views that make sense for the loaded data.
fn views_for(data: Option<&Data>) -> Vec<View> {
    match data {
        Some(Data::Episodes(_)) => vec![
            View::Composition,
            View::Flows,
            View::Cohorts,
            View::Projection,
            View::Comparison,
            View::Lks,
            View::Buig,
            View::Programme,
            View::Quality,
        ],
        Some(Data::Kerncijfers(_)) => vec![
            View::Kerncijfers,
            View::Projection,
            View::Comparison,
            View::Lks,
            View::Buig,
            View::Programme,
            View::Quality,
        ],
        None => vec![],
    }
}

thread_local! {
    /// The first state, made by [`prepare`] ahead of the first render.
    static PREPARED: std::cell::RefCell<Option<AppState>> = const { std::cell::RefCell::new(None) };
}

/// Makes the app's first state (the embedded data read, the link and this browser's
/// settings applied) now, so that the first render, in a task of its own, only renders.
pub fn prepare() {
    let state = initial_state();
    PREPARED.with(|p| *p.borrow_mut() = Some(state));
}

/// The whole application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        PREPARED
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(initial_state)
    });
    // Keep the named scenarios in this browser whenever they change.
    use_effect_with(state.saved.clone(), |saved| {
        let _ = crate::web::write_stored_scenarios(&crate::state::saved_to_json(saved));
    });
    // And the remembered column mappings.
    use_effect_with(state.remembered.clone(), |list| {
        let _ = crate::web::write_stored_mappings(
            &crate::views::load_settings::remembered_to_json(list),
        );
    });
    // The settings dialog's previews: asked of the loader worker after every change; its
    // worker stops when the dialog closes.
    {
        let dispatch = state.dispatcher();
        let dialog = state.settings.clone();
        use_effect_with(
            state.settings.as_ref().map(|d| d.pending()),
            move |pending| match (pending, dialog) {
                (Some(Some(id)), Some(d)) => crate::loader::preview(
                    d.sample.bytes(),
                    &d.file,
                    &d.options,
                    *id,
                    move |id, preview| dispatch.dispatch(Action::Previewed { id, preview }),
                ),
                (None, _) => crate::loader::end_previews(),
                _ => {}
            },
        );
    }
    let dragging = use_state(|| false);
    // The "Start here" panel: shown until hidden once in this browser; the footer reopens it.
    let start_open = use_state(|| {
        #[cfg(target_arch = "wasm32")]
        let hidden =
            crate::web::stored(crate::components::start::START_HIDDEN_KEY).as_deref() == Some("1");
        #[cfg(not(target_arch = "wasm32"))]
        let hidden = false;
        !hidden
    });
    let hide_start = {
        let start_open = start_open.clone();
        Callback::from(move |_: ()| {
            #[cfg(target_arch = "wasm32")]
            crate::web::store(crate::components::start::START_HIDDEN_KEY, "1");
            start_open.set(false);
        })
    };
    let show_start = {
        let start_open = start_open.clone();
        Callback::from(move |_: MouseEvent| {
            start_open.set(true);
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = gloo::utils::document().get_element_by_id("start-h") {
                el.scroll_into_view();
            }
        })
    };
    let dispatch: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(a))
    };
    let edit = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Edit| dispatch.emit(Action::Edit(e)))
    };
    let lang = state.scenario.lang;
    use_effect_with(lang, |lang| {
        #[cfg(target_arch = "wasm32")]
        if let Some(el) = gloo::utils::document().document_element() {
            let _ = el.set_attribute("lang", lang.code());
            // The texts of the notice index.html shows if the page's code fails (it cannot
            // ask the app then).
            for (name, text) in [
                ("data-crash-title", msg::CRASH_TITLE),
                ("data-crash-body", msg::CRASH_BODY),
                ("data-crash-reload", msg::CRASH_RELOAD),
            ] {
                let _ = el.set_attribute(name, text.get(*lang));
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = lang;
    });
    // The file last chosen: the settings dialog reads it again.
    // The files last chosen (the one in view and one whose dialog may be open), by name:
    // the settings dialog reads them again.
    let picked = use_mut_ref(Vec::<web_sys::File>::new);
    let find = |picked: &std::cell::RefCell<Vec<web_sys::File>>, name: &str| {
        picked
            .borrow()
            .iter()
            .rev()
            .find(|f| f.name() == name)
            .cloned()
    };
    let on_file = {
        let dispatch = dispatch.clone();
        let picked = picked.clone();
        let first = state.settings_first;
        // Every load gets the remembered mappings; the one for its header row applies.
        let options = bijstand_core::io::LoadOptions {
            remembered: state.remembered.clone(),
            ..Default::default()
        };
        Callback::from(move |f: web_sys::File| {
            let mut list = picked.borrow_mut();
            list.retain(|p| p.name() != f.name());
            list.push(f.clone());
            let excess = list.len().saturating_sub(2);
            list.drain(..excess);
            drop(list);
            if first {
                open_settings(f, options.clone(), dispatch.clone(), lang);
            } else {
                load_file(f, options.clone(), dispatch.clone(), lang);
            }
        })
    };
    // "Instellingen controleren": the dialog for the file in view (or that failed).
    let check_settings = state.checkable_file().cloned().map(|f| {
        let dispatch = dispatch.clone();
        let picked = picked.clone();
        let name = f.name.clone();
        let open = Callback::from(move |_: MouseEvent| {
            let file = find(&picked, &f.name);
            if let Some(file) = file {
                open_settings(file, f.options.clone(), dispatch.clone(), lang);
            }
        });
        (name, open)
    });
    // A load that asks which column is which (two fit one field equally): open the
    // settings dialog on that file, where the question is.
    {
        let dispatch = dispatch.clone();
        let picked = picked.clone();
        let options = state
            .last_file
            .as_ref()
            .map(|f| f.options.clone())
            .unwrap_or_default();
        use_effect_with(state.ask_columns.clone(), move |ask| {
            if let Some(file) = ask.as_deref().and_then(|name| find(&picked, name)) {
                open_settings(file, options, dispatch, lang);
            }
        });
    }
    // The app was updated while the page was open: a reload takes the new build (the
    // scenario is in the address).
    let reload_page = Callback::from(|_: MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        let _ = gloo::utils::window().location().reload();
    });
    // In the dataset badge for the file in view, in the error banner for the file that failed.
    let check_for = |file: &str| {
        check_settings
            .as_ref()
            .filter(|(name, _)| name == file)
            .map(|(_, open)| open.clone())
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
    let load_embedded =
        |f: fn() -> Result<bijstand_core::io::Loaded, bijstand_core::io::LoadError>,
         name: &'static str| {
            let dispatch = dispatch.clone();
            Callback::from(move |_| match f() {
                Ok(loaded) => dispatch.emit(Action::Loaded(Box::new(loaded))),
                Err(error) => dispatch.emit(Action::LoadFailed {
                    file: name.into(),
                    error,
                }),
            })
        };
    // The programme's figures, keeping the data in view for the way back.
    let load_kerncijfers = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| match embedded::kerncijfers_loaded() {
            Ok(loaded) => dispatch.emit(Action::ShowProgrammeFigures(Box::new(loaded))),
            Err(error) => dispatch.emit(Action::LoadFailed {
                file: embedded::KERNCIJFERS_NAME.into(),
                error,
            }),
        })
    };
    let back_to_previous = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::BackToPrevious))
    };
    let programme_figures_in_view = state
        .dataset
        .as_deref()
        .is_some_and(|d| d.name == embedded::KERNCIJFERS_NAME);
    let back_label = state.previous.as_deref().map(|p| {
        if p.dataset.synthetic {
            msg::BACK_TO_SYNTHETIC.get(lang)
        } else {
            msg::BACK_TO_YOUR_DATA.get(lang)
        }
    });
    let load_synth = load_embedded(embedded::synthetic_loaded, embedded::SYNTHETIC_NAME);
    let clear_data = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| match embedded::synthetic_loaded() {
            Ok(loaded) => {
                let report = Rc::new(loaded.report.clone());
                if let Some(ds) = loaded.into_dataset() {
                    dispatch.emit(Action::ClearData(Rc::new(ds), Some(report)));
                }
            }
            Err(error) => dispatch.emit(Action::LoadFailed {
                file: embedded::SYNTHETIC_NAME.into(),
                error,
            }),
        })
    };
    // "Wis gegevens" only where there is something of the user's to clear.
    let has_own_data = state.last_file.is_some()
        || state.dataset.as_deref().is_some_and(|d| {
            d.contracts.is_some()
                || d.instroomreden_codes.is_some()
                || !embedded::is_embedded(&d.name)
        });
    let toggle_lang = {
        let edit = edit.clone();
        Callback::from(move |_| edit.emit(Edit::new(|s| s.lang = other_language(s.lang))))
    };

    // Keep the address bar in step with the scenario, so the URL itself is the share link;
    // also after a link was applied, so a refused one does not stay in it.
    // The link is made once per scenario, not on every render.
    let link = use_memo(
        (
            state.scenario.clone(),
            state.scenario_b.clone(),
            state.fingerprint,
        ),
        |(a, b, fingerprint)| crate::state::link_fragment(a, b.as_ref(), *fingerprint),
    );
    // It is written into the address when the browser is idle after the last change
    // (`history.replaceState` took 5–10 ms of a slider move's frame; a drag writes once).
    {
        let fragment = (*link).clone().ok();
        let changes = use_mut_ref(|| 0_u64);
        use_effect_with((fragment, state.links_applied), move |(fragment, _)| {
            *changes.borrow_mut() += 1;
            #[cfg(target_arch = "wasm32")]
            if let Some(f) = fragment.clone() {
                let this = *changes.borrow();
                crate::web::when_idle(0, move || {
                    if *changes.borrow() == this {
                        crate::web::replace_hash(&f);
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (fragment, changes);
        });
    }
    // The dataset's fingerprint (the share link's key) is made once the new data is on
    // screen and the browser is idle: it hashes every row (≈ 25 ms for a million), and
    // only the address and the share dialog need it. Until then the link goes without it.
    {
        let dispatch = dispatch.clone();
        let pending = state
            .dataset
            .clone()
            .filter(|_| state.fingerprint.is_none())
            .map(DatasetPtr);
        use_effect_with(pending, move |pending| {
            #[cfg(target_arch = "wasm32")]
            if let Some(DatasetPtr(ds)) = pending.clone() {
                crate::web::when_idle(0, move || {
                    let fingerprint = ds.fingerprint();
                    dispatch.emit(Action::Fingerprinted(ds, fingerprint));
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (pending, dispatch);
        });
    }
    // A link pasted into this tab's address bar applies at once.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    dispatch.emit(Action::ApplyLink(crate::web::location_hash()));
                });
            #[cfg(not(target_arch = "wasm32"))]
            let listener = {
                let _ = dispatch;
                Vec::<()>::new()
            };
            move || drop(listener)
        });
    }
    let open_share = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetOverlay(Overlay::Share)))
    };
    let open_about = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetOverlay(Overlay::About)))
    };
    let close_overlay = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| dispatch.emit(Action::SetOverlay(Overlay::None)))
    };
    let settings_dialog = state
        .settings
        .as_ref()
        .filter(|_| state.overlay == Overlay::Settings)
        .map(|d| {
            let on_change = {
                let dispatch = dispatch.clone();
                Callback::from(move |c| dispatch.emit(Action::ChangeSetting(c)))
            };
            let on_load = {
                let dispatch = dispatch.clone();
                let picked = picked.clone();
                let (name, options) = (d.file.clone(), d.options.clone());
                let remember = d.to_remember();
                Callback::from(move |_: ()| {
                    let file = find(&picked, &name);
                    if let Some(file) = file {
                        // The column choices made here, for the next file with these columns.
                        if let Some(m) = remember.clone() {
                            dispatch.emit(Action::Remember(m));
                        }
                        load_file(file, options.clone(), dispatch.clone(), lang);
                    }
                })
            };
            let on_forget = {
                let dispatch = dispatch.clone();
                Callback::from(move |header: Vec<String>| dispatch.emit(Action::ForgetMapping(header)))
            };
            let on_settings_first = {
                let dispatch = dispatch.clone();
                Callback::from(move |on: bool| {
                    #[cfg(target_arch = "wasm32")]
                    crate::web::store(SETTINGS_FIRST_KEY, if on { "1" } else { "0" });
                    dispatch.emit(Action::SetSettingsFirst(on));
                })
            };
            let load_error = state
                .error
                .as_ref()
                .filter(|e| e.file == d.file)
                .map(|e| e.message.clone());
            html! {
                <SettingsDialogView form={settings_form(d, lang)} {load_error} settings_first={state.settings_first}
                    {lang} {on_change} {on_load} on_cancel={close_overlay.clone()} {on_settings_first} {on_forget} />
            }
        });
    let dismiss_notice = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::DismissNotice))
    };
    let toggle_present = {
        let dispatch = dispatch.clone();
        let on = !state.presenting;
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            crate::web::set_fullscreen(on);
            dispatch.emit(Action::SetPresenting(on));
        })
    };

    let data = state.dataset.as_deref().map(|d| &d.data);
    let views = views_for(data);
    let active = if views.contains(&state.scenario.view) {
        state.scenario.view
    } else {
        views.first().copied().unwrap_or_default()
    };
    let on_select = {
        let edit = edit.clone();
        Callback::from(move |v: View| edit.emit(Edit::new(move |s| s.view = v)))
    };

    let context = Rc::new(Context {
        scenario_b: state.scenario_b.clone(),
        saved: state.saved.clone(),
        report: state.report.clone(),
        contracts_report: state.contracts_report.clone(),
        trajectories_report: state.trajectories_report.clone(),
        remembered: state.remembered.clone(),
        reference: state.reference.clone(),
        ref_choice: state.ref_choice.clone(),
    });
    let scenario = Rc::new(state.scenario.clone());
    let screen = |ds: Rc<Dataset>| ScreenProps {
        dataset: ds,
        scenario: scenario.clone(),
        context: context.clone(),
        dispatch: dispatch.clone(),
    };
    // Presentation mode shows the slides of the deck instead of the tabs.
    let slides = state
        .dataset
        .clone()
        .filter(|_| state.presenting)
        .map(|ds| {
            html! {
                <ContextProvider<ChartSize> context={ChartSize { big: true }}>
                    <Slides dataset={ds} scenario={scenario.clone()} context={context.clone()}
                        index={state.slide} overlay={state.overlay} dispatch={dispatch.clone()} />
                </ContextProvider<ChartSize>>
            }
        });
    let deck_dialog = state
        .dataset
        .as_deref()
        .filter(|_| state.overlay == Overlay::Deck)
        .map(|ds| {
            html! {
                <DeckDialog editor={crate::views::slides::editor(ds, &state.scenario)}
                    presenting={state.presenting} {lang} dispatch={dispatch.clone()} />
            }
        });
    let open_deck = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetOverlay(Overlay::Deck)))
    };
    let body = match (state.dataset.clone(), active) {
        (None, _) => html! {
            <p class="empty">{ msg::NO_DATA.get(lang) }</p>
        },
        (Some(ds), View::Composition) => html! {
            <CompositionView ..screen(ds) />
        },
        (Some(ds), View::Flows) => html! {
            <DynamicsPanel ..screen(ds) />
        },
        (Some(ds), View::Cohorts) => html! { <CohortsPanel ..screen(ds) /> },
        (Some(ds), View::Projection) => html! {
            <ProjectionPanel ..screen(ds) />
        },
        (Some(ds), View::Buig) => html! { <BuigPanel ..screen(ds) /> },
        (Some(ds), View::Programme) => html! { <ProgrammePanel ..screen(ds) /> },
        (Some(ds), View::Lks) => html! { <LksPanel ..screen(ds) /> },
        (Some(ds), View::Kerncijfers) => html! { <KerncijfersPanel ..screen(ds) /> },
        (Some(ds), View::Comparison) => html! {
            <ComparisonPanel ..screen(ds) />
        },
        (Some(ds), View::Quality) => html! { <QualityPanel ..screen(ds) /> },
    };

    // What the user's caseload file held: "1.240 uitkeringen, 1.415 personen".
    let summary = state
        .dataset
        .as_deref()
        .filter(|d| !d.synthetic)
        .and_then(|d| crate::views::quality::caseload_summary(d, state.report.as_deref(), lang));
    let ds_label = state.dataset.as_deref().map(|d| {
        html! {
            <span class="dataset" data-testid="dataset-name">
                { &d.name }
                if let Some(open) = check_for(&d.name).filter(|_| !d.synthetic) {
                    <button class="button small" onclick={open} data-testid="settings-open">
                        { msg::CHECK_SETTINGS.get(lang) }
                    </button>
                }
                if d.synthetic {
                    <span class="badge" title={msg::GENERATED_DATA.get(lang)} data-testid="data-badge">
                        { msg::SYNTHETIC.get(lang) }
                    </span>
                } else if d.name == embedded::KERNCIJFERS_NAME {
                    <span class="badge published" title={msg::PROGRAMME_FIGURES_TITLE.get(lang)} data-testid="data-badge">
                        { msg::PROGRAMME_FIGURES.get(lang) }
                    </span>
                }
                if let Some(summary) = summary.clone() {
                    <span class="dataset-extra" data-testid="dataset-summary">{ summary }</span>
                }
                if let Some(c) = &d.contracts {
                    <span class="dataset-extra" data-testid="contracts-name">
                        { msg::plus_contracts(lang, &c.name) }
                    </span>
                }
                if let Some(t) = &d.trajectories {
                    <span class="dataset-extra" data-testid="trajectories-name">
                        { msg::plus_trajectories(lang, &t.name) }
                    </span>
                }
                if let Some(c) = &d.instroomreden_codes {
                    <span class="dataset-extra" data-testid="code-list-name">
                        { msg::plus_code_list(lang, &c.name) }
                    </span>
                }
                if let Some(r) = &state.reference {
                    <span class="dataset-extra" data-testid="reference-name">
                        { crate::messages::refdata::plus_reference(lang,
                            &crate::views::refdata::summary_text(lang, &r.data().summary())) }
                    </span>
                }
            </span>
        }
    });

    let overlays = html! {
        <>
            { settings_dialog.unwrap_or_default() }
            if matches!(state.overlay, Overlay::Share | Overlay::Qr) {
                <ShareDialog
                    link={(*link).as_ref().map(|f| share_url(f)).map_err(|e| e.message(lang))}
                    qr_only={state.overlay == Overlay::Qr}
                    with_b={state.scenario_b.is_some()}
                    {lang}
                    on_close={close_overlay.clone()}
                />
            }
            if state.overlay == Overlay::About {
                <crate::components::about::AboutDialog {lang} on_close={close_overlay.clone()} />
            }
            { deck_dialog.unwrap_or_default() }
        </>
    };
    if let Some(slides) = slides {
        return html! {
            <div class="shell presenting">
                <main id="main" tabindex="-1">{ slides }</main>
                { overlays }
            </div>
        };
    }

    html! {
        <div class={classes!("shell", (*dragging).then_some("dragging"), state.presenting.then_some("presenting"))}
             ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
            <a class="skip-link" href="#main">{ msg::SKIP_TO_CONTENT.get(lang) }</a>
            <header class="app-top">
              <div class="app-header">
                <div class="brand">
                    <h1>{ "Bijstandsverkenner" }</h1>
                    { ds_label.unwrap_or_default() }
                </div>
                <div class="actions">
                    <FilePicker on_file={on_file} busy={state.loading.is_some()} {lang} />
                    <button class="button" onclick={load_synth} data-testid="load-synthetic">{ msg::SYNTHETIC_DATA.get(lang) }</button>
                    if has_own_data {
                        <button class="button" onclick={clear_data} data-testid="clear-data"
                            title={msg::REMOVE_YOUR_FILE.get(lang)}>
                            { msg::CLEAR_DATA.get(lang) }
                        </button>
                    }
                    if !programme_figures_in_view {
                        <button class="button" onclick={load_kerncijfers} data-testid="load-kerncijfers">{ msg::REPORT_KEY_FIGURES.get(lang) }</button>
                    }
                    <button class="button" onclick={open_share} data-testid="share-open">{ msg::SHARE.get(lang) }</button>
                    <span class="present-group">
                        <button class="button" onclick={toggle_present.clone()} data-testid="present-toggle" aria-pressed={state.presenting.to_string()}>
                            { if state.presenting { msg::STOP_PRESENTING.get(lang) } else { msg::PRESENT.get(lang) } }
                        </button>
                        <button class="button" onclick={open_deck} data-testid="deck-open">
                            { crate::messages::slides::CHOOSE_SLIDES.get(lang) }
                        </button>
                    </span>
                    // Named in the language it switches to, so its visible text is its accessible name.
                    <button class="button" onclick={toggle_lang} data-testid="lang-toggle" lang={other_language(lang).code()}>
                        { msg::SWITCH_LANGUAGE.get(lang) }
                    </button>
                </div>
              </div>
              <p class="privacy-note">{ msg::PRIVACY_NOTE.get(lang) }</p>
            </header>
            <main id="main" tabindex="-1">
            if let Some(name) = &state.loading {
                <div class="loading" data-testid="loading">
                    <span role="status">{ msg::loading(lang, name) }</span>
                    if let Some(p) = state.progress {
                        <progress data-testid="load-progress" role="progressbar" max="100" value={p.percent().to_string()}
                            aria-label={msg::LOADING_PROGRESS.get(lang)}
                            aria-valuemin="0" aria-valuemax="100" aria-valuenow={p.percent().to_string()}
                            aria-valuetext={format!("{}% ({})", p.percent(), p.phase.label(lang))}></progress>
                        <span class="load-percent" aria-hidden="true">{ format!("{}% · {}", p.percent(), p.phase.label(lang)) }</span>
                    } else {
                        <progress data-testid="load-progress" role="progressbar" max="100"
                            aria-label={msg::LOADING_PROGRESS.get(lang)}></progress>
                    }
                    <button class="button small" data-testid="load-cancel" onclick={crate::loader::cancel_callback(&dispatch)}>
                        { msg::CANCEL.get(lang) }
                    </button>
                </div>
            }
            if let Some(n) = &state.notice {
                <div class={classes!("notice", match n.level { NoticeLevel::Info => "info", NoticeLevel::Warning => "warning", NoticeLevel::Error => "error" })}
                    role={if n.level == NoticeLevel::Error { "alert" } else { "status" }} data-testid="link-notice">
                    <span>{ &n.text }</span>
                    <button class="button small" onclick={dismiss_notice} aria-label={msg::CLOSE_MESSAGE.get(lang)}>{ msg::CLOSE.get(lang) }</button>
                </div>
            }
            if programme_figures_in_view {
                <div class="notice info data-mode no-print" data-testid="programme-figures-banner">
                    <span>{ msg::SHOWING_PROGRAMME_FIGURES.get(lang) }</span>
                    if let Some(label) = back_label {
                        <button class="button small primary" onclick={back_to_previous} data-testid="back-to-previous">{ label }</button>
                    }
                </div>
            }
            if let Some(err) = &state.error {
                <div class="error-banner" role="alert" data-testid="error-banner">
                    <strong>{ msg::not_loaded(lang, &err.file) }</strong>
                    <span class="error-message">{ &err.message }</span>
                    <span class="error-keep">{ msg::PREVIOUS_DATA_STAYS.get(lang) }</span>
                    if err.reload {
                        <button class="button small primary" onclick={reload_page} data-testid="error-reload">
                            { msg::CRASH_RELOAD.get(lang) }
                        </button>
                    } else if let Some(open) = check_for(&err.file) {
                        <button class="button small primary" onclick={open} data-testid="error-settings">
                            { msg::CHECK_THE_SETTINGS.get(lang) }
                        </button>
                    }
                    <button class="button small" onclick={dismiss} aria-label={msg::CLOSE_MESSAGE.get(lang)}>{ msg::CLOSE.get(lang) }</button>
                </div>
            }
            if *start_open && !state.presenting {
                <crate::components::start::StartPanel
                    view={crate::views::start::build(lang, state.dataset.as_deref().is_some_and(|d| d.synthetic))}
                    on_dismiss={hide_start} />
            }
            <Nav views={views} {active} {lang} {on_select} />
            <div id="panel" role="tabpanel" aria-labelledby={format!("tab-{}", active.id())}>
                <ContextProvider<crate::components::inputs::InputReports> context={crate::components::inputs::InputReports(dispatch.clone())}>
                { body }
                </ContextProvider<crate::components::inputs::InputReports>>
                // The figures still use the value before a refused one: say so where they are read.
                if let Some(note) = state.rejected_note() {
                    <div class="rejected-banner" role="status" data-testid="rejected-banner">{ note }</div>
                }
            </div>
            <PrintSummary scenario={state.scenario.clone()} dataset={state.dataset.clone().map(DatasetPtr)} view={active}
                link={(*link).as_ref().ok().map(|f| share_url(f))} />
            </main>
            { overlays }
            <div class="drop-overlay" aria-hidden="true"><p>{ msg::DROP_TO_OPEN.get(lang) }</p></div>
            <footer class="app-footer">
                <p>{ msg::footer(lang, Plain(state.scenario.threshold)) }{ " " }
                    <button type="button" class="button small" data-testid="about-open" onclick={open_about}>
                        { crate::messages::about::ABOUT.get(lang) }
                    </button>
                    { " " }
                    <button type="button" class="button small" data-testid="start-open" onclick={show_start}
                        aria-expanded={start_open.to_string()}>
                        { crate::messages::start::REOPEN.get(lang) }
                    </button>
                    <span class="version" data-testid="app-version">{ crate::build_info::version() }</span>
                </p>
            </footer>
        </div>
    }
}
