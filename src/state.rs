//! Application state and the one reducer every change goes through.
//!
//! [`AppState::apply`] is a pure function, tested natively; Yew's `Reducible` only wraps it.

use std::rc::Rc;

use bijstand_core::i18n::{Count, Plain};
use bijstand_core::io::{
    Content, LoadError, LoadErrorKind, LoadOptions, LoadReport, Loaded, Preview, RememberedMapping,
};
use bijstand_core::model::Dataset;
use bijstand_core::scenario::{Scenario, LINK_SCHEMA};
use bijstand_core::share::{self, DatasetCheck, Fingerprint};

use crate::messages::shell as msg;
use crate::views::load_settings::{Change, Sample, SettingsDialog};

/// A load error with the file it came from, shown in the banner.
#[derive(Clone, Debug, PartialEq)]
pub struct FileError {
    /// The file the user tried to load.
    pub file: String,
    /// What went wrong, in Dutch, with its location.
    pub message: String,
    /// Only a reload of the page helps (the app was updated while it was open).
    pub reload: bool,
}

/// How a notice looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Neutral information.
    Info,
    /// Something to be aware of (e.g. the link was made with other data).
    Warning,
    /// Something did not work (e.g. a damaged link); the app keeps working.
    Error,
}

/// A message about a link or the app, shown until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// How it looks.
    pub level: NoticeLevel,
    /// The text, in Dutch.
    pub text: String,
}

/// A value typed in a number box and refused (out of range, not a number): the box keeps
/// it, marked, and the figures still use the value before it until the user fixes the
/// box or presses Esc. The screen says so ([`AppState::rejected_note`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    /// The box's id (`data-testid`).
    pub field: String,
    /// The box's label.
    pub label: String,
    /// What was typed.
    pub typed: String,
    /// The value the figures still use, as the screen writes it (`€ 18.034`).
    pub in_use: String,
}

/// Everything the UI shows is a function of this state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AppState {
    /// The dataset in view; `None` only if even the embedded data failed to load.
    pub dataset: Option<Rc<Dataset>>,
    /// How the loader read the dataset's file (the quality screen shows it).
    pub report: Option<Rc<LoadReport>>,
    /// How the loader read the contracts file added to the dataset (its notes on the LKS
    /// screen); `None` when no contracts are loaded.
    pub contracts_report: Option<Rc<LoadReport>>,
    /// How the loader read the trajectories file added to the dataset; `None` when no
    /// trajectories are loaded.
    pub trajectories_report: Option<Rc<LoadReport>>,
    /// Every assumption and view setting (what a share link carries).
    pub scenario: Scenario,
    /// The last load error, shown until dismissed or until a file loads.
    pub error: Option<FileError>,
    /// The file being read, while reading.
    pub loading: Option<String>,
    /// How far the load is, once the loader has said (`None`: not known yet).
    pub progress: Option<LoadProgress>,
    /// Fingerprint of the dataset's content (for share links). `None` with a dataset: not
    /// made yet. Hashing every row (≈ 25 ms for a million) waits until the new data is on
    /// screen and the browser is idle (the app's effect, [`Action::Fingerprinted`]); what
    /// needs it before then makes it ([`AppState::fingerprint_now`]).
    pub fingerprint: Option<Fingerprint>,
    /// A notice about a link.
    pub notice: Option<Notice>,
    /// How many links were applied (taken or refused): the address bar is set back to the
    /// scenario in view after each, so a refused link never stays in it (a reload would
    /// otherwise lose the scenario).
    pub links_applied: u32,
    /// Scenario B, kept for comparison with the current one (A).
    pub scenario_b: Option<Scenario>,
    /// Presentation mode (full screen, the slides of the deck stepped with keys).
    pub presenting: bool,
    /// The slide in view in presentation mode: its position in the deck these data can
    /// fill (`views::slides::deck`); not in the link (a recipient starts at the first).
    pub slide: usize,
    /// Which overlay is open.
    pub overlay: Overlay,
    /// Scenarios saved under a name (kept in the browser's `localStorage`, never sent).
    pub saved: Vec<Scenario>,
    /// The file the user last chose and the settings it was (last) loaded with: its
    /// settings can be checked while it is in view or its load failed.
    pub last_file: Option<PickedFile>,
    /// The open settings dialog ([`Overlay::Settings`]).
    pub settings: Option<SettingsDialog>,
    /// Open the settings dialog before loading a chosen file, instead of loading it at once.
    pub settings_first: bool,
    /// Column mappings remembered in this browser, applied to files with the same header
    /// row (sent with every load).
    pub remembered: Vec<RememberedMapping>,
    /// A file whose load asks a question only the settings dialog can answer (two
    /// columns fit one field equally): the app opens its dialog.
    pub ask_columns: Option<String>,
    /// Reference data loaded beside the dataset (CBS, waarstaatjegemeente;
    /// `docs/reference-data.md`): files of their own, kept when another caseload loads.
    pub reference: Option<Rc<bijstand_core::refdata::RefFiles>>,
    /// The Vergelijking screen's choices on the reference data (not in a share link: the
    /// recipient may not have the file).
    pub ref_choice: crate::views::refdata::RefChoice,
    /// Number boxes holding a refused value, in the order they were refused.
    pub rejected: Vec<Rejection>,
    /// While the implementation programme's figures are shown
    /// ([`Action::ShowProgrammeFigures`]): the data that was in view before, restored in
    /// one click by [`Action::BackToPrevious`] without reading its file again.
    pub previous: Option<Rc<PreviousData>>,
}

/// The data in view before the programme's figures were shown, with its reports.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviousData {
    /// The dataset.
    pub dataset: Rc<Dataset>,
    /// Its loader report.
    pub report: Option<Rc<LoadReport>>,
    /// The contracts file's report.
    pub contracts_report: Option<Rc<LoadReport>>,
    /// The trajectories file's report.
    pub trajectories_report: Option<Rc<LoadReport>>,
    /// Its fingerprint.
    pub fingerprint: Option<Fingerprint>,
    /// The peildatum chosen on it.
    pub peildatum: Option<bijstand_core::date::Date>,
}

/// A file the user chose, with the settings of its last load.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PickedFile {
    /// The file name.
    pub name: String,
    /// The settings (default: all detected).
    pub options: LoadOptions,
}

/// Format version of the stored named scenarios.
const SAVED_VERSION: u32 = 1;

/// The named scenarios as stored text: `{"v":1,"scenarios":[…]}`.
pub fn saved_to_json(saved: &[Scenario]) -> String {
    serde_json::json!({ "v": SAVED_VERSION, "scenarios": saved }).to_string()
}

/// The named scenarios from stored text. Anything unreadable gives an empty list (the app
/// starts clean rather than failing); a scenario missing newer fields gets their defaults.
pub fn saved_from_json(text: &str) -> Vec<Scenario> {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else {
        return Vec::new();
    };
    v["scenarios"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|s| serde_json::from_value::<Scenario>(s.clone()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// A step of loading a file in the background.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadPhase {
    /// Reading the file's bytes.
    Reading,
    /// Parsing and checking the rows.
    Processing,
}

impl LoadPhase {
    /// The phase as shown next to the progress bar.
    pub fn label(self, lang: bijstand_core::lang::Lang) -> &'static str {
        match self {
            LoadPhase::Reading => msg::READING.get(lang),
            LoadPhase::Processing => msg::PROCESSING.get(lang),
        }
    }
}

/// Progress of the load in view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LoadProgress {
    /// The current phase.
    pub phase: LoadPhase,
    /// Fraction of the phase done (0–1).
    pub fraction: f32,
}

impl LoadProgress {
    /// Share of the whole load in the bar: reading is the first 15%, parsing the rest
    /// (roughly their shares of the time for a large file).
    pub fn overall(self) -> f32 {
        let f = self.fraction.clamp(0.0, 1.0);
        match self.phase {
            LoadPhase::Reading => 0.15 * f,
            LoadPhase::Processing => 0.15 + 0.85 * f,
        }
    }

    /// Whole percent of the load, 0–100.
    pub fn percent(self) -> u8 {
        (self.overall() * 100.0).floor().clamp(0.0, 100.0) as u8
    }
}

/// An overlay dialog.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Overlay {
    /// None open.
    #[default]
    None,
    /// The share dialog (link, copy button, QR code).
    Share,
    /// The QR code alone, large (presentation mode).
    Qr,
    /// The settings dialog of a file ([`AppState::settings`]).
    Settings,
    /// "Over deze app": version and licences.
    About,
    /// The deck editor: which slides presentation mode shows, in which order.
    Deck,
}

/// Something that happened: a user action or the result of reading a file.
#[derive(Clone, Debug)]
pub enum Action {
    /// A file is being read.
    Loading(String),
    /// The loader's progress on the file being read (ignored when none is).
    Progress {
        /// The phase.
        phase: LoadPhase,
        /// Fraction of the phase done (0–1).
        fraction: f32,
    },
    /// The user stopped the load: the previous dataset stays, without an error.
    Cancelled,
    /// A file was read and parsed. A contracts file is added to the dataset in view; a
    /// caseload file replaces it and keeps any loaded contracts.
    Loaded(Box<Loaded>),
    /// Show the figures of the implementation programme (the embedded kerncijfers, read
    /// here) and keep the data in view for [`Action::BackToPrevious`].
    ShowProgrammeFigures(Box<Loaded>),
    /// Back to the data in view before [`Action::ShowProgrammeFigures`] (nothing when
    /// none is kept).
    BackToPrevious,
    /// Forget the loaded LKS contracts (the caseload stays).
    RemoveContracts,
    /// Forget the loaded trajectories (the caseload stays).
    RemoveTrajectories,
    /// Forget the loaded code list (the caseload stays; its codes show without labels).
    RemoveCodeList,
    /// Forget the reference file called this, or every reference file with `None` (the
    /// caseload stays).
    RemoveReference(Option<String>),
    /// The choices of the Vergelijking screen's reference-data part (own municipality,
    /// comparison group, year).
    SetRefChoice(crate::views::refdata::RefChoice),
    /// "Wis gegevens": forget the user's files (caseload, contracts, the file last
    /// chosen) and show this dataset instead (the embedded synthetic data).
    ClearData(Rc<Dataset>, Option<Rc<LoadReport>>),
    /// The fingerprint of this dataset, made when the browser was idle after it came
    /// (ignored when another dataset is in view by then).
    Fingerprinted(Rc<Dataset>, Fingerprint),
    /// A file could not be read or parsed; the previous dataset stays.
    LoadFailed {
        /// The file name.
        file: String,
        /// The error.
        error: LoadError,
    },
    /// Reading failed in the browser (not a parse error).
    ReadFailed {
        /// The file name.
        file: String,
        /// A Dutch message.
        message: String,
    },
    /// Close the error banner.
    DismissError,
    /// Change the scenario (a setting, an assumption, the view).
    Edit(Edit),
    /// Open a share link (the URL fragment, with or without `#`).
    ApplyLink(String),
    /// Close the notice.
    DismissNotice,
    /// Keep the current scenario as B.
    SaveAsB,
    /// Swap the current scenario (A) and B.
    SwapAB,
    /// Forget scenario B.
    ClearB,
    /// Enter (at the first slide) or leave presentation mode.
    SetPresenting(bool),
    /// Show this slide of the deck (clamped to the deck).
    GoToSlide(usize),
    /// Change which slides the deck holds, or their order (in the scenario, so in the link).
    EditDeck(crate::views::slides::DeckEdit),
    /// Open or close an overlay.
    SetOverlay(Overlay),
    /// The named scenarios read from the browser at start.
    SetSaved(Vec<Scenario>),
    /// Save the current scenario under a name (replacing one with the same name).
    SaveNamed(String),
    /// Open saved scenario `i` as the current one (the screen and language stay).
    OpenNamed(usize),
    /// Rename saved scenario `i`.
    RenameNamed(usize, String),
    /// Delete saved scenario `i`.
    DeleteNamed(usize),
    /// Compare two scenarios: A = saved `a` (or the current one for `None`), B = saved `b`.
    CompareNamed {
        /// The saved scenario to open as A; `None` keeps the current one.
        a: Option<usize>,
        /// The saved scenario kept as B.
        b: usize,
    },
    /// The user chose a file to load with these settings (from the picker, a drop or the
    /// settings dialog): it is being read.
    LoadFile {
        /// The file name.
        file: String,
        /// The settings (default: detect everything).
        options: LoadOptions,
    },
    /// Open the settings dialog on the first bytes of a file.
    OpenSettings {
        /// The file name.
        file: String,
        /// The bytes read for the preview.
        sample: Sample,
        /// The settings to start from (those of its last load).
        options: LoadOptions,
        /// Their preview (made in the loader worker).
        preview: Result<Preview, LoadError>,
    },
    /// Override a setting in the open dialog; a new preview is asked for
    /// ([`SettingsDialog::pending`]).
    ChangeSetting(Change),
    /// The loader worker's preview number `id` for the open dialog.
    Previewed {
        /// The number asked for ([`SettingsDialog::pending`]).
        id: u64,
        /// The preview, or why the settings do not read the sample.
        preview: Result<Preview, LoadError>,
    },
    /// Show the settings dialog before every load (or not).
    SetSettingsFirst(bool),
    /// The remembered column mappings read from the browser at start.
    SetRemembered(Vec<RememberedMapping>),
    /// Remember a column mapping (the settings dialog's choices, on load).
    Remember(RememberedMapping),
    /// Forget the remembered mapping for this header row ([`RememberedMapping::header`]).
    ForgetMapping(Vec<String>),
    /// A number box refused what was typed; the figures keep the value before it.
    InputRejected(Rejection),
    /// The number box with this id holds a value in use again (fixed, Esc, or gone).
    InputSettled(String),
}

/// A change to the scenario, e.g. `Edit::new(|s| s.view = View::Buig)`.
#[derive(Clone)]
pub struct Edit(pub Rc<dyn Fn(&mut Scenario)>);

impl Edit {
    /// Wraps a change.
    pub fn new(f: impl Fn(&mut Scenario) + 'static) -> Edit {
        Edit(Rc::new(f))
    }
}

impl std::fmt::Debug for Edit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Edit(..)")
    }
}

impl AppState {
    /// What the result area says while a number box holds a refused value: which box, and
    /// the value the figures still use. `None` when every box holds the value in use.
    pub fn rejected_note(&self) -> Option<String> {
        let lang = self.scenario.lang;
        (!self.rejected.is_empty()).then(|| {
            self.rejected
                .iter()
                .map(|r| msg::still_uses(lang, r.label.clone(), r.typed.clone(), r.in_use.clone()))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// The state after `action`. Pure: no browser access.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Loading(file) => {
                next.loading = Some(file);
                next.progress = None;
            }
            Action::Progress { phase, fraction } => {
                if next.loading.is_some() {
                    next.progress = Some(LoadProgress { phase, fraction });
                }
            }
            Action::Cancelled => {
                next.loading = None;
                next.progress = None;
            }
            Action::ShowProgrammeFigures(loaded) => {
                // Keep what is in view, unless it is the figures themselves.
                let keep = next.previous.clone().or_else(|| {
                    next.dataset.clone().map(|dataset| {
                        Rc::new(PreviousData {
                            dataset,
                            report: next.report.clone(),
                            contracts_report: next.contracts_report.clone(),
                            trajectories_report: next.trajectories_report.clone(),
                            fingerprint: next.fingerprint,
                            peildatum: next.scenario.peildatum,
                        })
                    })
                });
                next = next.apply(Action::Loaded(loaded));
                next.previous = keep;
                return next;
            }
            Action::BackToPrevious => {
                if let Some(p) = next.previous.take() {
                    // Contracts, trajectories or a code list loaded (or removed) while the
                    // figures were shown come along; otherwise the same dataset returns.
                    let mut dataset = p.dataset.clone();
                    let mut contracts_report = p.contracts_report.clone();
                    let mut trajectories_report = p.trajectories_report.clone();
                    if let Some(cur) = next.dataset.clone() {
                        if !same_file(&cur.contracts, &dataset.contracts) {
                            dataset = Rc::new(dataset.with_contracts(cur.contracts.clone()));
                            contracts_report = next.contracts_report.clone();
                        }
                        if !same_file(&cur.trajectories, &dataset.trajectories) {
                            dataset = Rc::new(dataset.with_trajectories(cur.trajectories.clone()));
                            trajectories_report = next.trajectories_report.clone();
                        }
                        if !same_file(&cur.instroomreden_codes, &dataset.instroomreden_codes) {
                            dataset = Rc::new(
                                dataset.with_instroomreden_codes(cur.instroomreden_codes.clone()),
                            );
                        }
                    }
                    // The fingerprint of the data as it returns (with what came along).
                    next.fingerprint = if Rc::ptr_eq(&dataset, &p.dataset) {
                        p.fingerprint
                    } else {
                        None
                    };
                    next.dataset = Some(dataset);
                    next.report = p.report.clone();
                    next.contracts_report = contracts_report;
                    next.trajectories_report = trajectories_report;
                    next.scenario.peildatum = p.peildatum;
                    next.notice = None;
                }
            }
            Action::Loaded(loaded) => {
                // Another caseload replaces the figures: nothing to go back to.
                if matches!(loaded.content, Content::Dataset(_)) {
                    next.previous = None;
                }
                next.error = None;
                next.ask_columns = None;
                next.loading = None;
                next.progress = None;
                let lang = next.scenario.lang;
                let current = next.dataset.clone();
                let Loaded { content, report } = *loaded;
                // A reference file is added beside the data in view: the dataset, its
                // report and fingerprint stay; files loaded before stay too
                // (`RefFiles::with`: the same file name replaces itself).
                if let Content::Reference(data) = content {
                    let what = crate::views::refdata::summary_text(lang, &data.summary());
                    let files = next.reference.as_deref().cloned().unwrap_or_default();
                    next.reference = Some(Rc::new(files.with(data)));
                    next.notice = Some(Notice {
                        level: NoticeLevel::Info,
                        text: crate::messages::refdata::reference_loaded(
                            lang,
                            &what,
                            next.dataset.as_deref().map_or("", |d| &d.name),
                        ),
                    });
                    return next;
                }
                let new_caseload = matches!(content, Content::Dataset(_));
                let report = Some(Rc::new(report));
                let ds = match (content, current) {
                    // Handled above.
                    (Content::Reference(_), _) => return next,
                    // A contracts file adds its contracts to the caseload in view.
                    (Content::Contracts(file), Some(cur)) => {
                        next.notice = Some(Notice {
                            level: NoticeLevel::Info,
                            text: msg::contracts_loaded(
                                lang,
                                &file.name,
                                Count(file.contracts.len() as i64),
                                &cur.name,
                            ),
                        });
                        next.contracts_report = report;
                        Rc::new(cur.with_contracts(Some(std::sync::Arc::new(file))))
                    }
                    // Contracts with no caseload in view: an empty caseload with them.
                    (Content::Contracts(file), None) => {
                        next.scenario.peildatum = None;
                        next.report = None;
                        next.contracts_report = report;
                        Rc::new(Dataset {
                            data: bijstand_core::model::Data::Episodes(Default::default()),
                            name: file.name.clone(),
                            synthetic: false,
                            contracts: Some(std::sync::Arc::new(file)),
                            trajectories: None,
                            instroomreden_codes: None,
                        })
                    }
                    // Trajectories are added to the caseload in view, like contracts.
                    (Content::Trajectories(file), cur) => {
                        let t = &file.trajectories;
                        let (who, n) = (t.by_person, t.person.iter().max().map_or(0, |m| m + 1));
                        next.trajectories_report = report;
                        let cur = cur.unwrap_or_else(|| {
                            next.scenario.peildatum = None;
                            next.report = None;
                            Rc::new(Dataset {
                                data: bijstand_core::model::Data::Episodes(Default::default()),
                                name: file.name.clone(),
                                synthetic: false,
                                contracts: None,
                                trajectories: None,
                                instroomreden_codes: None,
                            })
                        });
                        next.notice = Some(Notice {
                            level: NoticeLevel::Info,
                            text: msg::trajectories_loaded(
                                lang,
                                &file.name,
                                Count(t.len() as i64),
                                Count(n as i64),
                                if who { msg::PERSONS } else { msg::BENEFITS },
                                &cur.name,
                            ),
                        });
                        Rc::new(cur.with_trajectories(Some(std::sync::Arc::new(file))))
                    }
                    // A code list labels the instroomreden codes of the caseload in view.
                    (Content::CodeList(list), cur) => {
                        let cur = cur.unwrap_or_else(|| {
                            next.scenario.peildatum = None;
                            next.report = None;
                            Rc::new(Dataset {
                                data: bijstand_core::model::Data::Episodes(Default::default()),
                                name: list.name.clone(),
                                synthetic: false,
                                contracts: None,
                                trajectories: None,
                                instroomreden_codes: None,
                            })
                        });
                        next.notice = Some(Notice {
                            level: NoticeLevel::Info,
                            text: msg::code_list_loaded(
                                lang,
                                &list.name,
                                Count(list.codes.len() as i64),
                                &cur.name,
                            ),
                        });
                        Rc::new(cur.with_instroomreden_codes(Some(std::sync::Arc::new(list))))
                    }
                    // A new caseload keeps the loaded contracts and trajectories: they are
                    // files of their own, removed only on request.
                    (Content::Dataset(ds), cur) => {
                        next.scenario.peildatum = None;
                        next.report = report;
                        let kept = |f: fn(&Dataset) -> bool| cur.as_ref().filter(|c| f(c));
                        let contracts = kept(|c| c.contracts.is_some())
                            .filter(|_| ds.contracts.is_none())
                            .and_then(|c| c.contracts.clone());
                        let trajectories = kept(|c| c.trajectories.is_some())
                            .filter(|_| ds.trajectories.is_none())
                            .and_then(|c| c.trajectories.clone());
                        let codes = kept(|c| c.instroomreden_codes.is_some())
                            .filter(|_| ds.instroomreden_codes.is_none())
                            .and_then(|c| c.instroomreden_codes.clone());
                        if contracts.is_none() {
                            next.contracts_report = None;
                        }
                        if trajectories.is_none() {
                            next.trajectories_report = None;
                        }
                        let names: Vec<&str> = contracts
                            .iter()
                            .map(|f| f.name.as_str())
                            .chain(trajectories.iter().map(|f| f.name.as_str()))
                            .chain(codes.iter().map(|f| f.name.as_str()))
                            .collect();
                        if !names.is_empty() {
                            next.notice = Some(Notice {
                                level: NoticeLevel::Info,
                                text: msg::files_kept(lang, &names.join(", ")),
                            });
                        }
                        let mut ds = ds;
                        if contracts.is_some() {
                            ds = ds.with_contracts(contracts);
                        }
                        if trajectories.is_some() {
                            ds = ds.with_trajectories(trajectories);
                        }
                        if codes.is_some() {
                            ds = ds.with_instroomreden_codes(codes);
                        }
                        Rc::new(ds)
                    }
                };
                // A new caseload keeps the loaded reference data (they are files of
                // their own, like the contracts); the notice says so.
                if let Some(r) = next.reference.as_ref().filter(|_| new_caseload) {
                    let what = crate::views::refdata::summary_text(lang, &r.data().summary());
                    let text = crate::messages::refdata::reference_kept(lang, &what);
                    next.notice = Some(Notice {
                        level: NoticeLevel::Info,
                        text: match next.notice.take() {
                            Some(n) => format!("{} {text}", n.text),
                            None => text,
                        },
                    });
                }
                next.fingerprint = None;
                next.dataset = Some(ds);
            }
            Action::RemoveReference(name) => {
                let rest = match (&next.reference, name) {
                    (Some(files), Some(n)) => files.without(&n),
                    _ => Default::default(),
                };
                next.reference = (!rest.is_empty()).then(|| Rc::new(rest));
            }
            Action::SetRefChoice(choice) => next.ref_choice = choice,
            Action::RemoveContracts => {
                if let Some(cur) = next.dataset.clone().filter(|d| d.contracts.is_some()) {
                    let ds = Rc::new(cur.with_contracts(None));
                    next.fingerprint = None;
                    next.dataset = Some(ds);
                    next.contracts_report = None;
                }
            }
            Action::RemoveCodeList => {
                if let Some(cur) = next
                    .dataset
                    .clone()
                    .filter(|d| d.instroomreden_codes.is_some())
                {
                    let ds = Rc::new(cur.with_instroomreden_codes(None));
                    next.fingerprint = None;
                    next.dataset = Some(ds);
                }
            }
            Action::RemoveTrajectories => {
                if let Some(cur) = next.dataset.clone().filter(|d| d.trajectories.is_some()) {
                    let ds = Rc::new(cur.with_trajectories(None));
                    next.fingerprint = None;
                    next.dataset = Some(ds);
                    next.trajectories_report = None;
                }
            }
            Action::Fingerprinted(ds, fingerprint) => {
                if next.dataset.as_ref().is_some_and(|d| Rc::ptr_eq(d, &ds)) {
                    next.fingerprint = Some(fingerprint);
                }
            }
            Action::ClearData(ds, report) => {
                let lang = next.scenario.lang;
                next.previous = None;
                next.reference = None;
                next.fingerprint = None;
                next.dataset = Some(ds);
                next.report = report;
                next.contracts_report = None;
                next.last_file = None;
                next.settings = None;
                next.error = None;
                next.overlay = Overlay::None;
                next.scenario.filter = Default::default();
                next.scenario.peildatum = None;
                next.notice = Some(Notice {
                    level: NoticeLevel::Info,
                    text: msg::DATA_CLEARED.get(lang).into(),
                });
            }
            Action::LoadFailed { file, error } => {
                next.ask_columns = matches!(error.kind, LoadErrorKind::AmbiguousColumns { .. })
                    .then(|| file.clone());
                next.error = Some(FileError {
                    file,
                    message: error.message(next.scenario.lang),
                    reload: error.kind == LoadErrorKind::OtherBuild,
                });
                next.loading = None;
                next.progress = None;
            }
            Action::ReadFailed { file, message } => {
                next.error = Some(FileError {
                    file,
                    message,
                    reload: false,
                });
                next.loading = None;
                next.progress = None;
            }
            Action::DismissError => {
                next.error = None;
                next.ask_columns = None;
            }
            Action::Edit(edit) => (edit.0)(&mut next.scenario),
            Action::ApplyLink(fragment) => {
                next.links_applied = next.links_applied.wrapping_add(1);
                next.apply_link(&fragment);
            }
            Action::DismissNotice => next.notice = None,
            Action::InputRejected(r) => {
                next.rejected.retain(|x| x.field != r.field);
                next.rejected.push(r);
            }
            Action::InputSettled(field) => next.rejected.retain(|x| x.field != field),
            Action::SaveAsB => {
                let mut b = next.scenario.clone();
                b.name = "B".into();
                next.scenario_b = Some(b);
            }
            Action::SwapAB => {
                if let Some(b) = next.scenario_b.take() {
                    let a = std::mem::replace(&mut next.scenario, b);
                    next.scenario_b = Some(a);
                }
            }
            Action::ClearB => next.scenario_b = None,
            Action::SetPresenting(on) => {
                next.presenting = on;
                next.slide = 0;
            }
            Action::GoToSlide(i) => {
                let n = next
                    .dataset
                    .as_deref()
                    .map_or(1, |d| crate::views::slides::deck(d, &next.scenario).len());
                next.slide = i.min(n.saturating_sub(1));
            }
            Action::EditDeck(edit) => {
                next.scenario.deck = crate::views::slides::edit_deck(&next.scenario, edit);
                let n = next
                    .dataset
                    .as_deref()
                    .map_or(1, |d| crate::views::slides::deck(d, &next.scenario).len());
                next.slide = next.slide.min(n.saturating_sub(1));
            }
            Action::SetSaved(list) => next.saved = list,
            Action::SaveNamed(name) => {
                let name = name.trim().to_string();
                if !name.is_empty() {
                    next.scenario.name = name.clone();
                    let copy = next.scenario.clone();
                    match next.saved.iter_mut().find(|s| s.name == name) {
                        Some(s) => *s = copy,
                        None => next.saved.push(copy),
                    }
                }
            }
            Action::OpenNamed(i) => {
                if let Some(s) = next.saved.get(i) {
                    next.scenario = next.opened(s);
                }
            }
            Action::RenameNamed(i, name) => {
                let name = name.trim().to_string();
                let taken = next
                    .saved
                    .iter()
                    .enumerate()
                    .any(|(j, s)| j != i && s.name == name);
                if !name.is_empty() && !taken {
                    if let Some(s) = next.saved.get_mut(i) {
                        if next.scenario.name == s.name {
                            next.scenario.name = name.clone();
                        }
                        s.name = name;
                    }
                }
            }
            Action::DeleteNamed(i) => {
                if i < next.saved.len() {
                    next.saved.remove(i);
                }
            }
            Action::CompareNamed { a, b } => {
                if let Some(sb) = next.saved.get(b).cloned() {
                    if let Some(sa) = a.and_then(|a| next.saved.get(a)) {
                        next.scenario = next.opened(sa);
                    }
                    next.scenario_b = Some(sb);
                }
            }
            Action::SetOverlay(o) => {
                next.overlay = o;
                if o != Overlay::Settings {
                    next.settings = None;
                }
            }
            Action::LoadFile { file, options } => {
                next.loading = Some(file.clone());
                next.progress = None;
                next.last_file = Some(PickedFile {
                    name: file,
                    options,
                });
                if next.overlay == Overlay::Settings {
                    next.overlay = Overlay::None;
                }
                next.settings = None;
                next.ask_columns = None;
            }
            Action::OpenSettings {
                file,
                sample,
                options,
                preview,
            } => {
                // `last_file` changes only when a file is loaded: cancelling the dialog of
                // a new file keeps the settings of the one in view checkable.
                next.settings = Some(SettingsDialog::open(file, sample, options, preview));
                next.overlay = Overlay::Settings;
                next.ask_columns = None;
            }
            Action::ChangeSetting(change) => {
                if let Some(d) = next.settings.as_mut() {
                    d.change(&change);
                }
            }
            Action::Previewed { id, preview } => {
                if let Some(d) = next.settings.as_mut() {
                    d.previewed(id, preview);
                }
            }
            Action::SetSettingsFirst(on) => next.settings_first = on,
            Action::SetRemembered(list) => next.remembered = list,
            Action::Remember(m) => bijstand_core::io::remember(&mut next.remembered, m),
            Action::ForgetMapping(header) => {
                if bijstand_core::io::forget_remembered(&mut next.remembered, &header) {
                    next.notice = Some(Notice {
                        level: NoticeLevel::Info,
                        text: msg::MAPPING_FORGOTTEN.get(next.scenario.lang).into(),
                    });
                }
                let list = next.remembered.clone();
                if let Some(d) = next.settings.as_mut() {
                    d.set_remembered(list.clone());
                }
                if let Some(f) = next.last_file.as_mut() {
                    f.options.remembered = list;
                }
            }
        }
        next
    }

    /// A saved scenario opened as the current one: the screen and language stay.
    fn opened(&self, saved: &Scenario) -> Scenario {
        Scenario {
            view: self.scenario.view,
            lang: self.scenario.lang,
            ..saved.clone()
        }
    }
}

impl AppState {
    /// The file whose settings the user can check now: the last chosen file, while its
    /// data is in view or its load failed (not the embedded data, not while loading).
    pub fn checkable_file(&self) -> Option<&PickedFile> {
        let f = self.last_file.as_ref()?;
        let in_view = self
            .dataset
            .as_ref()
            .is_some_and(|d| !d.synthetic && d.name == f.name);
        let failed = self.error.as_ref().is_some_and(|e| e.file == f.name);
        (self.loading.is_none() && (in_view || failed)).then_some(f)
    }

    /// The share link fragment (without `#`) for the current scenario and dataset, and
    /// scenario B when one is kept (`s=1.…&b=1.…`, B as its changes from A: its screen and
    /// language are A's).
    pub fn link_fragment(&self) -> Result<String, share::LinkError> {
        link_fragment(
            &self.scenario,
            self.scenario_b.as_ref(),
            self.fingerprint_now(),
        )
    }

    /// The dataset's fingerprint: the one made, or made now if it is not yet.
    pub fn fingerprint_now(&self) -> Option<Fingerprint> {
        self.fingerprint
            .or_else(|| self.dataset.as_ref().map(|d| d.fingerprint()))
    }

    /// Applies a share link: the scenario changes, or a calm notice explains why not.
    fn apply_link(&mut self, fragment: &str) {
        let fragment = fragment.trim().trim_start_matches('#');
        if fragment.is_empty() {
            return;
        }
        match share::decode::<Scenario>(fragment, &LINK_SCHEMA) {
            Ok(d) => {
                // Made here if not yet, and kept (the idle effect then has nothing to do).
                self.fingerprint = self.fingerprint_now();
                let check = d.dataset_check(self.fingerprint);
                self.scenario = d.scenario.clone();
                // Scenario B, when the link carries one; a link without B has none.
                let b = share::decode_relative::<Scenario>(
                    fragment,
                    &self.scenario,
                    &LINK_SCHEMA,
                    share::FRAGMENT_KEY_B,
                );
                let b_failed = b.is_err();
                self.scenario_b = b.ok().flatten().map(|b| b.scenario);
                self.notice = match check {
                    DatasetCheck::Different { .. } => {
                        check.message(self.scenario.lang).map(|text| Notice {
                            level: NoticeLevel::Warning,
                            text,
                        })
                    }
                    _ if !d.ignored.is_empty() => Some(Notice {
                        level: NoticeLevel::Info,
                        text: msg::link_settings_ignored(
                            self.scenario.lang,
                            Count(d.ignored.len() as i64),
                        ),
                    }),
                    _ if b_failed => Some(Notice {
                        level: NoticeLevel::Warning,
                        text: msg::LINK_B_UNREADABLE.get(self.scenario.lang).into(),
                    }),
                    _ if d.migrated => Some(Notice {
                        level: NoticeLevel::Info,
                        text: msg::link_migrated(
                            self.scenario.lang,
                            Plain(d.version),
                            Plain(LINK_SCHEMA.version),
                        ),
                    }),
                    _ => None,
                };
            }
            Err(e) => {
                self.notice = Some(Notice {
                    level: NoticeLevel::Error,
                    text: e.message(self.scenario.lang),
                });
            }
        }
    }
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// True when both hold the same loaded file (or neither holds one).
fn same_file<T>(a: &Option<std::sync::Arc<T>>, b: &Option<std::sync::Arc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => std::sync::Arc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// The share link fragment of scenario `a` (with `b` when one is kept) for the dataset with
/// this fingerprint: see [`AppState::link_fragment`].
pub fn link_fragment(
    a: &Scenario,
    b: Option<&Scenario>,
    fingerprint: Option<Fingerprint>,
) -> Result<String, share::LinkError> {
    let link_a = share::encode(a, &LINK_SCHEMA, fingerprint)?;
    match b {
        None => Ok(link_a),
        Some(b) => {
            let b = Scenario {
                view: a.view,
                lang: a.lang,
                ..b.clone()
            };
            let link_b = share::encode_relative(&b, a, &LINK_SCHEMA, share::FRAGMENT_KEY_B)?;
            Ok(format!("{link_a}&{link_b}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bijstand_core::date::Date;
    use bijstand_core::io::LoadErrorKind;
    use bijstand_core::model::{Data, Episodes};
    use bijstand_core::scenario::View;

    /// A file read: `ds` with an empty report.
    fn loaded(ds: Rc<Dataset>) -> Action {
        Action::Loaded(Box::new(Loaded {
            content: Content::Dataset(Rc::unwrap_or_clone(ds)),
            report: LoadReport::default(),
        }))
    }

    fn ds(name: &str) -> Rc<Dataset> {
        Rc::new(Dataset {
            data: Data::Episodes(Episodes::default()),
            name: name.into(),
            synthetic: false,
            contracts: None,
            trajectories: None,
            instroomreden_codes: None,
        })
    }

    fn rejection(field: &str, typed: &str) -> Rejection {
        Rejection {
            field: field.into(),
            label: "Kosten per uitkering".into(),
            typed: typed.into(),
            in_use: "€ 18.034".into(),
        }
    }

    #[test]
    fn a_refused_value_is_reported_until_the_box_settles() {
        let s = AppState::default();
        assert_eq!(s.rejected_note(), None);
        let s = s.apply(Action::InputRejected(rejection("buig-cost", "900.000")));
        let note = s.rejected_note().unwrap();
        assert!(note.contains("900.000"), "{note}");
        assert!(note.contains("rekenen nog met € 18.034"), "{note}");
        assert!(note.contains("Esc"), "{note}");
        // The same box refusing again replaces its report; another box adds one.
        let s = s.apply(Action::InputRejected(rejection("buig-cost", "-5")));
        assert_eq!(s.rejected.len(), 1);
        assert_eq!(s.rejected[0].typed, "-5");
        let s = s.apply(Action::InputRejected(rejection("buig-local", "-50")));
        assert_eq!(s.rejected.len(), 2);
        // A scenario edit does not settle a box by itself: only the box does.
        let s = s.apply(Action::Edit(Edit::new(|s| s.buig.price_index_pct = 1.0)));
        assert_eq!(s.rejected.len(), 2);
        let s = s.apply(Action::InputSettled("buig-cost".into()));
        assert_eq!(s.rejected.len(), 1);
        let s = s.apply(Action::InputSettled("buig-local".into()));
        assert_eq!(s.rejected_note(), None);
        // In English too.
        let mut en = AppState::default();
        en.scenario.lang = bijstand_core::lang::Lang::En;
        let en = en.apply(Action::InputRejected(rejection("buig-cost", "x")));
        assert!(en.rejected_note().unwrap().contains("still use € 18.034"));
    }

    #[test]
    fn a_failed_load_keeps_the_previous_dataset() {
        let s = AppState::default().apply(loaded(ds("a.csv")));
        let s = s.apply(Action::Loading("b.csv".into()));
        assert_eq!(s.loading.as_deref(), Some("b.csv"));
        let s = s.apply(Action::LoadFailed {
            file: "b.csv".into(),
            error: LoadError::new(LoadErrorKind::BadDate("31-02-2024".into()))
                .at_line(3)
                .in_column("startdatum"),
        });
        assert_eq!(s.dataset.as_ref().unwrap().name, "a.csv");
        assert_eq!(s.loading, None);
        let e = s.error.clone().unwrap();
        assert_eq!(e.file, "b.csv");
        assert!(
            e.message.contains("regel 3, kolom 'startdatum'"),
            "{}",
            e.message
        );
        assert!(
            !e.reload,
            "a file's error is mended in the file, not by a reload"
        );
        let s = s.apply(Action::DismissError);
        assert_eq!(s.error, None);
    }

    #[test]
    fn a_worker_of_another_build_asks_for_a_reload_and_keeps_the_dataset() {
        let s = AppState::default().apply(loaded(ds("a.csv")));
        let s = s.apply(Action::Loading("b.csv".into()));
        let s = s.apply(Action::LoadFailed {
            file: "b.csv".into(),
            error: LoadError::new(LoadErrorKind::OtherBuild),
        });
        assert_eq!(s.dataset.as_ref().unwrap().name, "a.csv");
        let e = s.error.clone().unwrap();
        assert!(e.reload);
        assert!(
            e.message.contains("Laad de pagina opnieuw"),
            "{}",
            e.message
        );
        assert_eq!(s.ask_columns, None);
    }

    #[test]
    fn progress_shows_while_loading_and_cancel_keeps_the_previous_dataset() {
        let s = AppState::default().apply(loaded(ds("a.csv")));
        // Progress of no load in view (a late message) changes nothing.
        let late = s.apply(Action::Progress {
            phase: LoadPhase::Processing,
            fraction: 0.5,
        });
        assert_eq!(late, s);
        let s = s.apply(Action::Loading("groot.csv".into()));
        assert_eq!(s.progress, None);
        let s = s.apply(Action::Progress {
            phase: LoadPhase::Reading,
            fraction: 1.0,
        });
        assert_eq!(s.progress.unwrap().percent(), 15);
        let s = s.apply(Action::Progress {
            phase: LoadPhase::Processing,
            fraction: 0.5,
        });
        let p = s.progress.unwrap();
        assert_eq!((p.phase, p.percent()), (LoadPhase::Processing, 57));
        let s = s.apply(Action::Cancelled);
        assert_eq!(s.loading, None);
        assert_eq!(s.progress, None);
        assert_eq!(s.error, None);
        assert_eq!(s.dataset.as_ref().unwrap().name, "a.csv");
        // A new load starts from an unknown progress; loading it clears the bar.
        let s = s
            .apply(Action::Loading("b.csv".into()))
            .apply(Action::Progress {
                phase: LoadPhase::Processing,
                fraction: 1.0,
            });
        assert_eq!(s.progress.unwrap().percent(), 100);
        let s = s.apply(loaded(ds("b.csv")));
        assert_eq!((s.loading.clone(), s.progress), (None, None));
        assert_eq!(s.dataset.unwrap().name, "b.csv");
    }

    const US: &str = "uitkering_id,geslacht,startdatum,einddatum\nU1,V,09/30/2024,\nU2,M,01/15/2023,02/01/2024\n";

    /// [`Action::OpenSettings`] with the preview made here (the app's is the worker's).
    fn open_settings(file: String, bytes: Vec<u8>, options: LoadOptions) -> Action {
        let sample = crate::views::load_settings::Sample::new(bytes, false);
        let preview = bijstand_core::io::preview(sample.bytes(), &file, &options);
        Action::OpenSettings {
            file,
            sample,
            options,
            preview,
        }
    }

    /// The open dialog's pending preview made here and taken ([`Action::Previewed`]).
    fn previewed(s: AppState) -> AppState {
        let d = s.settings.as_ref().expect("a dialog");
        let id = d.pending().expect("a preview asked for");
        let preview = bijstand_core::io::preview(d.sample.bytes(), &d.file, &d.options);
        s.apply(Action::Previewed { id, preview })
    }

    #[test]
    fn a_failed_load_leads_to_the_settings_and_loads_with_the_overrides() {
        use crate::views::load_settings::Change;
        use bijstand_core::io::LoadOptions;
        let s = AppState::default().apply(loaded(ds("a.csv")));
        assert_eq!(s.checkable_file(), None, "no file chosen yet");
        let s = s.apply(Action::LoadFile {
            file: "us.csv".into(),
            options: LoadOptions::default(),
        });
        assert_eq!(s.loading.as_deref(), Some("us.csv"));
        assert_eq!(s.checkable_file(), None, "not while loading");
        let error =
            bijstand_core::io::load(US.as_bytes(), "us.csv", &LoadOptions::default()).unwrap_err();
        let s = s.apply(Action::LoadFailed {
            file: "us.csv".into(),
            error,
        });
        assert_eq!(s.checkable_file().map(|f| f.name.as_str()), Some("us.csv"));
        let s = s.apply(open_settings(
            "us.csv".into(),
            US.as_bytes().to_vec(),
            s.checkable_file().unwrap().options.clone(),
        ));
        assert_eq!(s.overlay, Overlay::Settings);
        let s = s.apply(Action::ChangeSetting(Change::MonthFirst(true)));
        let d = s.settings.clone().unwrap();
        assert!(d.options.month_first);
        // The preview shown is that of the settings before, until the worker's reply.
        assert!(!d.shown.month_first);
        let stale = d.pending().unwrap();
        let s = previewed(s);
        let d = s.settings.clone().unwrap();
        assert_eq!(d.pending(), None);
        assert!(d.shown.month_first);
        assert_eq!(d.preview.as_ref().unwrap().rows.len(), 2);
        // A reply to an older request is left out.
        let t = s
            .apply(Action::ChangeSetting(Change::MonthFirst(false)))
            .apply(Action::Previewed {
                id: stale,
                preview: Err(LoadError::new(LoadErrorKind::Empty)),
            });
        assert!(t.settings.as_ref().unwrap().pending().is_some());
        assert!(t.settings.as_ref().unwrap().preview.is_ok());
        assert_eq!(
            s.dataset.as_ref().unwrap().name,
            "a.csv",
            "nothing loaded yet"
        );
        // "Laden": the dialog closes and the file loads with the chosen settings.
        let s = s.apply(Action::LoadFile {
            file: d.file.clone(),
            options: d.options.clone(),
        });
        assert_eq!((s.overlay, s.settings.is_none()), (Overlay::None, true));
        assert_eq!(s.loading.as_deref(), Some("us.csv"));
        assert!(s.last_file.as_ref().unwrap().options.month_first);
        let loaded = bijstand_core::io::load(US.as_bytes(), "us.csv", &d.options).unwrap();
        let s = s.apply(Action::Loaded(Box::new(loaded)));
        assert_eq!(s.error, None);
        // The file in view can be checked again, starting from the settings it loaded with.
        let f = s.checkable_file().unwrap();
        assert_eq!(f.name, "us.csv");
        assert!(f.options.month_first);
    }

    #[test]
    fn cancelling_the_settings_keeps_the_data_and_embedded_data_has_no_settings() {
        use crate::views::load_settings::Change;
        use bijstand_core::io::LoadOptions;
        let s = AppState::default()
            .apply(Action::LoadFile {
                file: "a.csv".into(),
                options: LoadOptions {
                    month_first: true,
                    ..LoadOptions::default()
                },
            })
            .apply(loaded(ds("a.csv")));
        // "Altijd eerst instellingen tonen": a new file opens its dialog first.
        let s = s.apply(open_settings(
            "b.csv".into(),
            US.as_bytes().to_vec(),
            LoadOptions::default(),
        ));
        let s = s.apply(Action::ChangeSetting(Change::Separator(Some(';'))));
        assert_eq!(s.settings.as_ref().unwrap().options.separator, Some(';'));
        let s = s.apply(Action::SetOverlay(Overlay::None));
        assert_eq!(s.settings, None);
        assert_eq!(s.dataset.as_ref().unwrap().name, "a.csv");
        // b.csv was never loaded: the file in view keeps its settings to check.
        let f = s.checkable_file().unwrap();
        assert_eq!((f.name.as_str(), f.options.month_first), ("a.csv", true));
        // A change without an open dialog does nothing.
        let t = s.apply(Action::ChangeSetting(Change::Reset));
        assert_eq!(t, s);
        // The embedded synthetic data is no file to check, even under the same name.
        let mut synth = (*ds("a.csv")).clone();
        synth.synthetic = true;
        let u = s.apply(loaded(Rc::new(synth)));
        assert_eq!(u.checkable_file(), None);
        assert!(!u.settings_first);
        assert!(u.apply(Action::SetSettingsFirst(true)).settings_first);
    }

    #[test]
    fn edits_change_only_the_scenario() {
        let s = AppState::default().apply(loaded(ds("a.csv")));
        let t = s.apply(Action::Edit(Edit::new(|s| s.view = View::Buig)));
        assert_eq!(t.scenario.view, View::Buig);
        assert_eq!(t.dataset, s.dataset);
    }

    #[test]
    fn a_link_restores_the_scenario_and_a_bad_one_keeps_it() {
        let s = AppState::default().apply(loaded(ds("a.csv")));
        let mut changed = s.clone();
        changed.scenario.view = View::Buig;
        changed.scenario.buig.national_growth_pct = 3.0;
        let link = changed.link_fragment().unwrap();
        let t = s.apply(Action::ApplyLink(format!("#{link}")));
        assert_eq!(t.scenario, changed.scenario);
        assert_eq!(t.notice, None, "same data: no warning");

        let other = AppState::default()
            .apply(loaded(ds2()))
            .apply(Action::ApplyLink(link.clone()));
        assert_eq!(other.scenario.view, View::Buig);
        assert_eq!(
            other.notice.as_ref().map(|n| n.level),
            Some(NoticeLevel::Warning)
        );

        let damaged = format!("{}x", &link[..link.len() - 3]);
        let u = t
            .apply(Action::Edit(Edit::new(|s| s.view = View::Lks)))
            .apply(Action::ApplyLink(damaged));
        assert_eq!(u.scenario.view, View::Lks, "the current scenario stays");
        assert_eq!(u.notice.as_ref().map(|n| n.level), Some(NoticeLevel::Error));
        assert!(!u.notice.unwrap().text.is_empty());
    }

    #[test]
    fn a_link_carries_scenario_b_and_restores_it() {
        let s = AppState::default().apply(loaded(ds("a.csv")));
        // B = the default with its growth raised; then A moves on to the BUIG screen with
        // a lower budget.
        let s = s
            .apply(Action::Edit(Edit::new(|s| {
                s.buig.national_growth_pct = 2.5
            })))
            .apply(Action::SaveAsB)
            .apply(Action::Edit(Edit::new(|s| {
                s.buig.national_growth_pct = 0.5;
                s.buig.budget_mln -= 1.5;
                s.view = View::Buig;
            })));
        let link = s.link_fragment().unwrap();
        assert!(link.contains("&b=1."), "{link}");
        let url = format!("https://gemeente.example/bijstandsverkenner/#{link}");
        println!(
            "link with B: {} chars ({} with the URL)",
            link.len(),
            url.len()
        );
        assert!(url.len() <= share::TARGET_LINK_CHARS, "{url}");

        let fresh = AppState::default().apply(loaded(ds("a.csv")));
        let t = fresh.apply(Action::ApplyLink(format!("#{link}")));
        assert_eq!(t.scenario, s.scenario);
        let b = t.scenario_b.as_ref().expect("B restored");
        assert_eq!(b.buig.national_growth_pct, 2.5);
        assert_eq!(
            b.buig.budget_mln,
            s.scenario_b.as_ref().unwrap().buig.budget_mln
        );
        assert_eq!(b.name, "B");
        assert_eq!(b.view, View::Buig, "B takes A's screen");
        assert_eq!(t.notice, None);
        // The same link again gives the same link: the address bar is stable.
        assert_eq!(t.link_fragment().unwrap(), link);

        // A link without B leaves no B behind.
        let only_a = AppState {
            scenario_b: None,
            ..s.clone()
        }
        .link_fragment()
        .unwrap();
        assert!(!only_a.contains("&b="));
        assert_eq!(t.apply(Action::ApplyLink(only_a)).scenario_b, None);

        // A damaged B: A opens, with a warning.
        let cut = format!("{}x", &link[..link.len() - 2]);
        let u = fresh.apply(Action::ApplyLink(cut));
        assert_eq!(u.scenario, s.scenario);
        assert_eq!(u.scenario_b, None);
        assert_eq!(
            u.notice.as_ref().map(|n| n.level),
            Some(NoticeLevel::Warning)
        );
    }

    #[test]
    fn the_programme_figures_switch_back_to_the_data_before_in_one_step() {
        let synth = crate::embedded::synthetic_loaded().unwrap();
        let s = AppState::default().apply(Action::Loaded(Box::new(synth)));
        let s = s.apply(Action::Edit(Edit::new(|s| {
            s.peildatum = Date::from_ymd(2024, 6, 30);
        })));
        assert_eq!(s.previous, None);
        let figures = crate::embedded::kerncijfers_loaded().unwrap();
        let k = s.apply(Action::ShowProgrammeFigures(Box::new(figures.clone())));
        let shown = k.dataset.as_deref().unwrap();
        assert!(matches!(shown.data, Data::Kerncijfers(_)));
        assert_eq!(shown.name, crate::embedded::KERNCIJFERS_NAME);
        assert_ne!(k.fingerprint_now(), s.fingerprint_now());
        let kept = k.previous.as_deref().expect("the synthetic data is kept");
        assert!(kept.dataset.synthetic);
        // Asking again keeps the data from before, not the figures.
        let k2 = k.apply(Action::ShowProgrammeFigures(Box::new(figures)));
        assert!(k2.previous.as_deref().unwrap().dataset.synthetic);

        let back = k2.apply(Action::BackToPrevious);
        assert_eq!(back.dataset, s.dataset, "the same dataset, not read again");
        assert_eq!(back.report, s.report);
        assert_eq!(back.fingerprint_now(), s.fingerprint_now());
        assert_eq!(back.scenario.peildatum, s.scenario.peildatum);
        assert_eq!(back.previous, None);
        // Nothing kept: nothing changes.
        assert_eq!(back.apply(Action::BackToPrevious), back);

        // Another file loaded over the figures: there is nothing to go back to.
        let other = k.apply(loaded(ds("eigen.csv")));
        assert_eq!(other.previous, None);

        // A contracts file loaded while the figures are shown is not lost on the way back.
        let contracts = Loaded {
            content: Content::Contracts(bijstand_core::model::ContractsFile {
                contracts: Default::default(),
                name: "lks.csv".into(),
            }),
            report: LoadReport::default(),
        };
        let with = k.apply(Action::Loaded(Box::new(contracts)));
        assert!(with.dataset.as_deref().unwrap().contracts.is_some());
        let back = with.apply(Action::BackToPrevious);
        let d = back.dataset.as_deref().unwrap();
        assert!(d.synthetic, "the data from before");
        assert_eq!(
            d.contracts.as_ref().map(|c| c.name.as_str()),
            Some("lks.csv")
        );
        assert!(back.contracts_report.is_some());
        assert_eq!(
            back.fingerprint_now(),
            Some(d.fingerprint()),
            "a link made now knows the contracts that came along"
        );
        assert_ne!(
            back.fingerprint_now(),
            Some(k.previous.as_ref().unwrap().dataset.fingerprint())
        );
    }

    #[test]
    fn scenario_b_is_kept_and_swapped() {
        let s = AppState::default().apply(Action::Edit(Edit::new(|s| {
            s.buig.local_differential_pct = 0.0
        })));
        let s = s.apply(Action::SaveAsB).apply(Action::Edit(Edit::new(|s| {
            s.buig.local_differential_pct = 2.0
        })));
        assert_eq!(
            s.scenario_b.as_ref().unwrap().buig.local_differential_pct,
            0.0
        );
        let s = s.apply(Action::SwapAB);
        assert_eq!(s.scenario.buig.local_differential_pct, 0.0);
        assert_eq!(
            s.scenario_b.as_ref().unwrap().buig.local_differential_pct,
            2.0
        );
        assert_eq!(s.apply(Action::ClearB).scenario_b, None);
    }

    fn ds2() -> Rc<Dataset> {
        let mut e = Episodes::default();
        e.stadsdelen.intern("zuid");
        Rc::new(Dataset {
            data: Data::Episodes(e),
            name: "b.csv".into(),
            synthetic: false,
            contracts: None,
            trajectories: None,
            instroomreden_codes: None,
        })
    }

    fn contracts(name: &str) -> Action {
        let csv = "contract_id;startdatum;einddatum;loonwaarde_pct\r\nC1;01-02-2023;;45\r\nC2;01-03-2024;;50\r\n";
        let file = bijstand_core::io::load(csv.as_bytes(), name, &Default::default()).unwrap();
        assert!(file.contracts().is_some());
        Action::Loaded(Box::new(file))
    }

    fn trajectories(name: &str) -> Action {
        let csv = "traject_id;persoon_id;traject_code;startdatum;einddatum\r\nT1;P1;wijkteam;01-02-2024;\r\nT2;P1;opstap;01-03-2024;\r\n";
        let file = bijstand_core::io::load(csv.as_bytes(), name, &Default::default()).unwrap();
        assert!(file.trajectories().is_some());
        Action::Loaded(Box::new(file))
    }

    fn code_list(name: &str) -> Action {
        let csv = "Code;Omschrijving\r\n14;Einde Uitkering werkeloosheid\r\n2;Beeindiging huwelijk/relatie\r\n";
        let file = bijstand_core::io::load(csv.as_bytes(), name, &Default::default()).unwrap();
        assert!(file.code_list().is_some());
        Action::Loaded(Box::new(file))
    }

    #[test]
    fn a_code_list_is_added_beside_the_caseload_kept_on_a_new_one_and_removable() {
        let s = AppState::default()
            .apply(loaded(ds("a.csv")))
            .apply(code_list("codes.csv"));
        let d = s.dataset.clone().unwrap();
        assert_eq!(d.name, "a.csv", "the caseload stays");
        assert_eq!(d.instroomreden_codes.as_ref().unwrap().codes.len(), 2);
        assert!(s.notice.clone().unwrap().text.contains("2 codes"));
        let t = s.apply(loaded(ds2()));
        let d = t.dataset.clone().unwrap();
        assert_eq!(d.name, "b.csv");
        assert!(d.instroomreden_codes.is_some(), "kept on a new caseload");
        let u = t.apply(Action::RemoveCodeList);
        assert!(u.dataset.unwrap().instroomreden_codes.is_none());
    }

    #[test]
    fn trajectories_are_added_beside_the_caseload_kept_on_a_new_one_and_removable() {
        let s = AppState::default()
            .apply(loaded(ds("a.csv")))
            .apply(contracts("lks.csv"))
            .apply(trajectories("trajecten.csv"));
        let d = s.dataset.clone().unwrap();
        assert_eq!(d.name, "a.csv", "the caseload stays");
        assert!(d.contracts.is_some(), "the contracts stay");
        assert_eq!(d.trajectories.as_ref().unwrap().trajectories.len(), 2);
        assert!(s.trajectories_report.is_some());
        let n = s.notice.clone().unwrap().text;
        assert!(
            n.contains("2 trajecten van 1 personen") && n.contains("a.csv"),
            "{n}"
        );

        let t = s.apply(loaded(ds("b.csv")));
        let d = t.dataset.clone().unwrap();
        assert_eq!(d.name, "b.csv");
        assert!(d.contracts.is_some() && d.trajectories.is_some());
        let n = t.notice.clone().unwrap().text;
        assert!(n.contains("lks.csv, trajecten.csv"), "{n}");

        let u = t.apply(Action::RemoveTrajectories);
        let d = u.dataset.clone().unwrap();
        assert!(d.trajectories.is_none() && d.contracts.is_some());
        assert!(u.trajectories_report.is_none());
        assert_ne!(
            u.fingerprint_now(),
            t.fingerprint_now(),
            "a link knows the trajectories"
        );
    }

    fn reference(name: &str, csv: &str) -> Action {
        let file = bijstand_core::io::load(csv.as_bytes(), name, &Default::default()).unwrap();
        assert!(file.reference().is_some(), "{name} is reference data");
        Action::Loaded(Box::new(file))
    }

    const WSJG_2016: &str =
        "Gemeente;Personen met bijstand (aantal)|2016\nEnschede;8570\nNederland;513980\n";
    const WSJG_2017: &str =
        "Gemeente;Personen met bijstand (aantal)|2017\nEnschede;8560\nNederland;508480\n";

    #[test]
    fn reference_files_are_added_beside_the_caseload_kept_and_removed() {
        let s = AppState::default()
            .apply(loaded(ds("a.csv")))
            .apply(contracts("lks.csv"));
        let (dataset, fingerprint, report) =
            (s.dataset.clone(), s.fingerprint_now(), s.report.clone());
        let s = s.apply(reference("w2016.csv", WSJG_2016));
        assert!(
            Rc::ptr_eq(s.dataset.as_ref().unwrap(), dataset.as_ref().unwrap()),
            "the caseload and contracts stay"
        );
        assert_eq!((s.fingerprint_now(), &s.report), (fingerprint, &report));
        let notice = &s.notice.as_ref().unwrap().text;
        assert!(
            notice.contains("waarstaatjegemeente.nl, 2016, 1 gemeente"),
            "{notice}"
        );
        assert!(notice.ends_with("a.csv"), "{notice}");
        // A second year is added; the same file again replaces itself.
        let s = s
            .apply(reference("w2017.csv", WSJG_2017))
            .apply(reference("w2017.csv", WSJG_2017));
        let r = s.reference.clone().unwrap();
        assert_eq!(r.files().len(), 2);
        assert_eq!(r.data().summary().years, vec![2016, 2017]);
        // A new caseload keeps them, and says so.
        let s = s.apply(loaded(ds2()));
        assert_eq!(s.dataset.as_ref().unwrap().name, "b.csv");
        assert_eq!(s.reference.as_ref().unwrap().files().len(), 2);
        assert!(s
            .notice
            .as_ref()
            .unwrap()
            .text
            .contains("referentiecijfers"));
        // One file, then all, removed; the caseload stays.
        let s = s.apply(Action::RemoveReference(Some("w2016.csv".into())));
        assert_eq!(
            s.reference.as_ref().unwrap().data().summary().years,
            vec![2017]
        );
        let s = s.apply(Action::RemoveReference(None));
        assert!(s.reference.is_none());
        assert_eq!(s.dataset.as_ref().unwrap().name, "b.csv");
        // "Wis gegevens" forgets them with the rest.
        let s = s
            .apply(reference("w2017.csv", WSJG_2017))
            .apply(Action::ClearData(ds("synth"), None));
        assert!(s.reference.is_none());
    }

    #[test]
    fn a_contracts_file_is_added_to_the_caseload_and_kept_on_a_new_caseload() {
        let s = AppState::default()
            .apply(loaded(ds("a.csv")))
            .apply(Action::Edit(Edit::new(|s| {
                s.peildatum = Date::from_ymd(2024, 6, 30)
            })));
        let before = s.fingerprint_now();
        let s = s.apply(contracts("lks.csv"));
        let d = s.dataset.clone().unwrap();
        assert_eq!(d.name, "a.csv", "the caseload stays");
        assert!(
            s.contracts_report.is_some() && s.report.is_some(),
            "both files' reports are kept"
        );
        assert_eq!(d.contracts.as_ref().unwrap().contracts.len(), 2);
        assert_eq!(s.scenario.peildatum, Date::from_ymd(2024, 6, 30));
        assert_ne!(s.fingerprint_now(), before, "a link knows the contracts");
        let n = s.notice.clone().unwrap();
        assert!(
            n.text.contains("lks.csv") && n.text.contains("a.csv"),
            "{}",
            n.text
        );

        let t = s.apply(loaded(ds("b.csv")));
        let d = t.dataset.clone().unwrap();
        assert_eq!(d.name, "b.csv");
        assert_eq!(d.contracts.as_ref().unwrap().name, "lks.csv");
        assert!(t.notice.as_ref().unwrap().text.contains("lks.csv"));
        assert!(t.contracts_report.is_some());

        let u = t.apply(Action::RemoveContracts);
        assert!(u.dataset.as_ref().unwrap().contracts.is_none());
        assert!(u.contracts_report.is_none());
        assert_eq!(u.dataset.as_ref().unwrap().name, "b.csv");
        assert_eq!(u.fingerprint_now(), Some(ds("b.csv").fingerprint()));
    }

    #[test]
    fn named_scenarios_are_saved_opened_renamed_deleted_and_compared() {
        let growth =
            |pct: f64| Action::Edit(Edit::new(move |s| s.buig.local_differential_pct = pct));
        let s = AppState::default()
            .apply(growth(0.5))
            .apply(Action::SaveNamed(" Begroting ".into()))
            .apply(growth(2.0))
            .apply(Action::SaveNamed("Somber".into()));
        assert_eq!(s.saved.len(), 2);
        assert_eq!(s.saved[0].name, "Begroting");
        assert_eq!(s.saved[0].buig.local_differential_pct, 0.5);
        assert_eq!(s.scenario.name, "Somber");
        // Saving again under a name replaces it; an empty name saves nothing.
        let s = s
            .apply(growth(3.0))
            .apply(Action::SaveNamed("Somber".into()))
            .apply(Action::SaveNamed("  ".into()));
        assert_eq!(s.saved.len(), 2);
        assert_eq!(s.saved[1].buig.local_differential_pct, 3.0);

        // Opening keeps the screen and language.
        let s = s
            .apply(Action::Edit(Edit::new(|s| {
                s.view = View::Lks;
                s.lang = bijstand_core::lang::Lang::En;
            })))
            .apply(Action::OpenNamed(0));
        assert_eq!(s.scenario.buig.local_differential_pct, 0.5);
        assert_eq!(s.scenario.name, "Begroting");
        assert_eq!(s.scenario.view, View::Lks);
        assert_eq!(s.scenario.lang, bijstand_core::lang::Lang::En);

        // Rename (not onto another's name), and the open one follows.
        let s = s.apply(Action::RenameNamed(0, "Somber".into()));
        assert_eq!(s.saved[0].name, "Begroting");
        let s = s.apply(Action::RenameNamed(0, "Basis 2025".into()));
        assert_eq!(s.saved[0].name, "Basis 2025");
        assert_eq!(s.scenario.name, "Basis 2025");

        // Compare any two as A and B.
        let s = s.apply(Action::CompareNamed { a: Some(1), b: 0 });
        assert_eq!(s.scenario.buig.local_differential_pct, 3.0);
        assert_eq!(s.scenario_b.as_ref().unwrap().name, "Basis 2025");
        let s = s
            .apply(growth(9.0))
            .apply(Action::CompareNamed { a: None, b: 1 });
        assert_eq!(
            s.scenario.buig.local_differential_pct, 9.0,
            "current stays A"
        );
        assert_eq!(s.scenario_b.as_ref().unwrap().name, "Somber");

        // Stored and read back; damaged text gives an empty list.
        let text = saved_to_json(&s.saved);
        assert_eq!(saved_from_json(&text), s.saved);
        assert!(saved_from_json("{kapot").is_empty());
        let s = s
            .apply(Action::DeleteNamed(0))
            .apply(Action::DeleteNamed(5));
        assert_eq!(s.saved.len(), 1);
        assert_eq!(s.saved[0].name, "Somber");
    }

    #[test]
    fn a_new_dataset_resets_the_peildatum_and_clears_errors() {
        let s = AppState::default()
            .apply(Action::Edit(Edit::new(|s| {
                s.peildatum = Date::from_ymd(2024, 6, 30)
            })))
            .apply(Action::ReadFailed {
                file: "x".into(),
                message: "m".into(),
            })
            .apply(loaded(ds("c.csv")));
        assert_eq!(s.scenario.peildatum, None);
        assert_eq!(s.error, None);
        assert_eq!(s.dataset.unwrap().name, "c.csv");
    }

    #[test]
    fn clearing_data_forgets_the_files_and_keeps_the_assumptions() {
        let mut real = (*ds("bestand.csv")).clone();
        real.contracts = None;
        let s = AppState::default().apply(loaded(Rc::new(real)));
        let s = s.apply(Action::Edit(Edit::new(|sc| {
            sc.buig.budget_mln = 120.0;
            sc.filter.stadsdeel = vec!["zuid".into()];
        })));
        let s = s.apply(Action::LoadFailed {
            file: "kapot.csv".into(),
            error: LoadError::new(LoadErrorKind::Empty),
        });
        let mut synth = (*ds("Enschede (synthetisch)")).clone();
        synth.synthetic = true;
        let s = s.apply(Action::ClearData(Rc::new(synth), None));
        let d = s.dataset.as_ref().unwrap();
        assert!(d.synthetic && d.contracts.is_none());
        assert_eq!(s.last_file, None);
        assert_eq!(s.error, None);
        assert!(
            s.scenario.filter.is_empty(),
            "a filter on the old data is dropped"
        );
        assert_eq!(s.scenario.buig.budget_mln, 120.0, "assumptions stay");
        assert_eq!(s.notice.as_ref().unwrap().level, NoticeLevel::Info);
        assert_eq!(s.fingerprint_now(), Some(d.fingerprint()));
    }

    #[test]
    fn the_fingerprint_is_made_after_the_data_is_on_screen() {
        let a = ds("a.csv");
        let s = AppState::default().apply(loaded(a.clone()));
        // Loading does not hash the rows; a link made now still carries the key.
        assert_eq!(s.fingerprint, None);
        let want = s.dataset.as_ref().unwrap().fingerprint();
        assert_eq!(s.fingerprint_now(), Some(want));
        let link = s.link_fragment().unwrap();
        // The one made when idle is taken for the data in view.
        let current = s.dataset.clone().unwrap();
        let done = s.apply(Action::Fingerprinted(current, want));
        assert_eq!(done.fingerprint, Some(want));
        assert_eq!(done.link_fragment().unwrap(), link);
        // One made for data no longer in view is not.
        let other = done.apply(loaded(ds("b.csv")));
        let stale = other.apply(Action::Fingerprinted(a, Fingerprint(1)));
        assert_eq!(stale.fingerprint, None);
        // A link applied makes it and keeps it (the start-up with a link hashes once).
        let applied = stale.apply(Action::ApplyLink(link));
        assert_eq!(applied.fingerprint, stale.fingerprint_now());
        assert!(applied.fingerprint.is_some());
    }

    #[test]
    fn an_ambiguous_load_asks_in_the_dialog_and_keeps_the_data() {
        let text = "Dossiernr;Startdatum;Einddatum periodiek algemeen;Datum einde uitkering\n1;01-01-2024;;\n";
        let s = AppState::default()
            .apply(loaded(ds("a.csv")))
            .apply(Action::LoadFile {
                file: "twee.csv".into(),
                options: LoadOptions::default(),
            });
        let error = bijstand_core::io::load(text.as_bytes(), "twee.csv", &LoadOptions::default())
            .unwrap_err();
        let s = s.apply(Action::LoadFailed {
            file: "twee.csv".into(),
            error,
        });
        assert_eq!(s.ask_columns.as_deref(), Some("twee.csv"));
        assert_eq!(
            s.dataset.as_ref().unwrap().name,
            "a.csv",
            "previous data kept"
        );
        let e = s.error.clone().unwrap();
        assert!(
            e.message
                .starts_with("Twee kolommen passen even goed bij 'einddatum'"),
            "{}",
            e.message
        );
        // The app opens the dialog on it: the question is asked there.
        let s = s.apply(open_settings(
            "twee.csv".into(),
            text.as_bytes().to_vec(),
            LoadOptions::default(),
        ));
        assert_eq!(s.ask_columns, None);
        let d = s.settings.clone().unwrap();
        assert_eq!(d.asked.len(), 1);
        // Another kind of error asks nothing.
        let t = s.apply(Action::LoadFailed {
            file: "x.csv".into(),
            error: LoadError::new(LoadErrorKind::Empty),
        });
        assert_eq!(t.ask_columns, None);
    }

    #[test]
    fn mappings_are_remembered_and_forgotten_everywhere() {
        let header: Vec<String> = ["A", "B"].iter().map(|s| s.to_string()).collect();
        let m = RememberedMapping::new(&header, &[("B".into(), None)]).unwrap();
        let s = AppState::default()
            .apply(Action::SetRemembered(vec![]))
            .apply(Action::Remember(m.clone()))
            .apply(Action::Remember(m.clone()));
        assert_eq!(s.remembered, vec![m.clone()]);
        let s = s
            .apply(Action::LoadFile {
                file: "a.csv".into(),
                options: LoadOptions {
                    remembered: s.remembered.clone(),
                    ..LoadOptions::default()
                },
            })
            .apply(open_settings(
                "a.csv".into(),
                b"uitkering_id;startdatum;einddatum\nU1;01-01-2024;\n".to_vec(),
                LoadOptions {
                    remembered: vec![m.clone()],
                    ..LoadOptions::default()
                },
            ));
        let s = s.apply(Action::ForgetMapping(m.header.clone()));
        assert!(s.remembered.is_empty());
        assert!(s.settings.as_ref().unwrap().options.remembered.is_empty());
        assert!(s.last_file.as_ref().unwrap().options.remembered.is_empty());
        assert_eq!(s.notice.as_ref().map(|n| n.level), Some(NoticeLevel::Info));
        // Forgetting what is not remembered says nothing.
        let t = s
            .apply(Action::DismissNotice)
            .apply(Action::ForgetMapping(m.header));
        assert_eq!(t.notice, None);
    }

    #[test]
    fn the_deck_is_edited_in_the_scenario_and_the_slide_stays_in_it() {
        use crate::views::slides::DeckEdit;
        use bijstand_core::scenario::SlideKind;
        let s = AppState::default()
            .apply(loaded(Rc::new(crate::embedded::synthetic().unwrap())))
            .apply(Action::SetPresenting(true));
        assert_eq!((s.presenting, s.slide), (true, 0));
        // Stepping stops at the last slide.
        let s = s.apply(Action::GoToSlide(99));
        assert_eq!(s.slide, SlideKind::ALL.len() - 1);
        // Untick two: the deck shrinks and the slide in view stays inside it.
        let s = s
            .apply(Action::EditDeck(DeckEdit::Toggle(SlideKind::Vangnet)))
            .apply(Action::EditDeck(DeckEdit::Toggle(SlideKind::Flows)));
        assert_eq!(
            s.scenario.deck,
            [
                SlideKind::Composition,
                SlideKind::Projection,
                SlideKind::Comparison,
                SlideKind::Lks,
                SlideKind::Buig
            ]
        );
        assert_eq!(s.slide, 4);
        // Move BUIG to the front, tick the vangnet again: it goes to the end.
        let s = (0..4)
            .fold(s, |s, _| {
                s.apply(Action::EditDeck(DeckEdit::Up(SlideKind::Buig)))
            })
            .apply(Action::EditDeck(DeckEdit::Up(SlideKind::Buig)))
            .apply(Action::EditDeck(DeckEdit::Down(SlideKind::Lks)))
            .apply(Action::EditDeck(DeckEdit::Toggle(SlideKind::Vangnet)));
        assert_eq!(
            s.scenario.deck,
            [
                SlideKind::Buig,
                SlideKind::Composition,
                SlideKind::Projection,
                SlideKind::Comparison,
                SlideKind::Lks,
                SlideKind::Vangnet
            ]
        );
        // The deck is in the link.
        let link = s.link_fragment().unwrap();
        let t = AppState::default()
            .apply(loaded(Rc::new(crate::embedded::synthetic().unwrap())))
            .apply(Action::ApplyLink(link));
        assert_eq!(t.scenario.deck, s.scenario.deck);
        // The last ticked slide stays; reset gives the default deck (empty: short links).
        let one = SlideKind::ALL[1..]
            .iter()
            .fold(AppState::default(), |s, k| {
                s.apply(Action::EditDeck(DeckEdit::Toggle(*k)))
            });
        assert_eq!(one.scenario.deck, [SlideKind::Composition]);
        let one = one.apply(Action::EditDeck(DeckEdit::Toggle(SlideKind::Composition)));
        assert_eq!(one.scenario.deck, [SlideKind::Composition]);
        let back = s.apply(Action::EditDeck(DeckEdit::Reset));
        assert!(back.scenario.deck.is_empty());
        assert_eq!(back.scenario.slide_deck(), SlideKind::ALL);
        // Leaving and entering again starts at the first slide.
        let again = s
            .apply(Action::GoToSlide(3))
            .apply(Action::SetPresenting(false))
            .apply(Action::SetPresenting(true));
        assert_eq!(again.slide, 0);
    }
}
