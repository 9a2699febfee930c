//! The settings dialog of a file: detected settings as select boxes, the column mapping
//! and the first rows. Renders a [`SettingsForm`]; every choice is dispatched as a
//! [`Change`] and the loader worker previews again (the status region is `aria-busy`
//! meanwhile).

use bijstand_core::i18n::Count;
use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::components::modal::Modal;
use crate::messages::load_settings as msg;
use crate::views::load_settings::{Change, ColumnQuestion, Setting, SettingsForm};

/// Props of [`SettingsDialogView`].
#[derive(Properties, PartialEq)]
pub struct SettingsDialogProps {
    /// What to show.
    pub form: SettingsForm,
    /// The message of the failed load that led here, if any.
    #[prop_or_default]
    pub load_error: Option<String>,
    /// Show this dialog before every load.
    pub settings_first: bool,
    /// Interface language.
    pub lang: Lang,
    /// A setting changed.
    pub on_change: Callback<Change>,
    /// "Laden": load the file with these settings.
    pub on_load: Callback<()>,
    /// "Annuleren": close, keep the current data.
    pub on_cancel: Callback<()>,
    /// The "always show first" box changed.
    pub on_settings_first: Callback<bool>,
    /// "Vergeet deze koppeling": forget the remembered mapping with this key.
    pub on_forget: Callback<Vec<String>>,
}

/// Props of [`QuestionView`].
#[derive(Properties, PartialEq)]
struct QuestionProps {
    question: ColumnQuestion,
    note: AttrValue,
    on_change: Callback<Change>,
}

/// A question between columns that fit one field equally: a radio group.
#[component]
fn QuestionView(props: &QuestionProps) -> Html {
    let q = &props.question;
    let note_id = format!("{}-note", q.id);
    html! {
        <fieldset class="settings-question" data-testid={q.id.clone()} aria-describedby={note_id.clone()}>
            <legend>{ &q.legend }</legend>
            <p class="setting-note" id={note_id}>{ &props.note }</p>
            { for q.choices.iter().enumerate().map(|(i, c)| {
                let id = format!("{}-{i}", q.id);
                let onchange = {
                    let cb = props.on_change.clone();
                    let change = c.change.clone();
                    Callback::from(move |_: Event| cb.emit(change.clone()))
                };
                html! {
                    <div class="radio">
                        <input type="radio" id={id.clone()} name={q.id.clone()} value={i.to_string()}
                            checked={q.selected == Some(i)} {onchange} data-testid={id.clone()} />
                        <label for={id}>{ &c.label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// A labelled select box for one [`Setting`]; keeps the shown choice in step with the
/// state (also after "Alles automatisch", when the user had picked another one).
#[derive(Properties, PartialEq)]
struct SelectProps {
    setting: Setting,
    on_change: Callback<Change>,
    /// The label is visible (otherwise it is the select's accessible name only).
    #[prop_or(true)]
    visible_label: bool,
}

#[component]
fn SettingSelect(props: &SelectProps) -> Html {
    let s = &props.setting;
    let select_ref = use_node_ref();
    {
        let select_ref = select_ref.clone();
        use_effect_with(
            (s.selected, s.choices.len(), s.id.clone()),
            move |(i, _, _)| {
                if let Some(el) = select_ref.cast::<web_sys::HtmlSelectElement>() {
                    #[cfg(target_arch = "wasm32")]
                    el.set_selected_index(*i as i32);
                    #[cfg(not(target_arch = "wasm32"))]
                    let _ = (el, i);
                }
            },
        );
    }
    let on_change = {
        let choices = s.choices.clone();
        let cb = props.on_change.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let picked = el
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| choices.get(i));
            if let Some(c) = picked {
                cb.emit(c.change.clone());
            }
        })
    };
    let id = format!("setting-{}", s.id);
    let note_id = format!("{id}-note");
    html! {
        <div class={classes!("setting", (props.visible_label && s.note.is_some()).then_some("wide"))}>
            <label for={id.clone()} class={classes!((!props.visible_label).then_some("visually-hidden"))}>{ &s.label }</label>
            <select id={id.clone()} ref={select_ref} onchange={on_change} data-testid={id.clone()}
                aria-describedby={s.note.as_ref().map(|_| note_id.clone())}>
                { for s.choices.iter().enumerate().map(|(i, c)| html! {
                    <option value={i.to_string()} selected={i == s.selected}>{ &c.label }</option>
                }) }
            </select>
            if let Some(n) = &s.note {
                <p class="setting-note" id={note_id}>{ n }</p>
            }
        </div>
    }
}

/// See the module documentation.
#[component]
pub fn SettingsDialogView(props: &SettingsDialogProps) -> Html {
    let lang = props.lang;
    let f = &props.form;
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let load = {
        let cb = props.on_load.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let reset = {
        let cb = props.on_change.clone();
        Callback::from(move |_: MouseEvent| cb.emit(Change::Reset))
    };
    let on_first = {
        let cb = props.on_settings_first.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit(el.checked());
        })
    };
    html! {
        <Modal labelled_by="settings-h" class="dialog-settings" on_close={props.on_cancel.clone()}
            backdrop_closes={false} testid={AttrValue::from("settings-dialog")}>
            <div class="dialog-head">
                <h2 id="settings-h">{ &f.title }</h2>
                <button class="button small" onclick={cancel.clone()} aria-label={msg::CANCEL_AND_CLOSE.get(lang)}>{ "✕" }</button>
            </div>
            if let Some(e) = &props.load_error {
                <div class="settings-load-error" data-testid="settings-load-error">
                    <strong>{ msg::LOADING_FAILED_PREVIOUS_SETTINGS.get(lang) }</strong>
                    { " " }{ e }
                    <p>{ msg::CHECK_THE_SETTINGS_BELOW.get(lang) }</p>
                </div>
            }
            <dl class="settings-facts">
                { for f.facts.iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }
            </dl>
            <fieldset class="settings-grid">
                <legend>{ msg::DETECTED_SETTINGS.get(lang) }</legend>
                { for f.settings.iter().map(|s| html! {
                    <SettingSelect key={s.id.clone()} setting={s.clone()} on_change={props.on_change.clone()} />
                }) }
            </fieldset>
            <div class="settings-status" role="status" aria-live="polite" aria-busy={f.busy.to_string()} data-testid="settings-status">
                if let Some(e) = &f.error {
                    <p class="field-error" data-testid="settings-error">
                        { msg::SETTINGS_DO_NOT_READ_FILE.get(lang) }{ e }
                    </p>
                } else if let Some(t) = &f.table {
                    <p class="visually-hidden">{ msg::preview_updated(lang, Count(t.rows.len() as i64)) }</p>
                }
            </div>
            if let Some(r) = &f.remembered {
                <div class="settings-remembered" data-testid="settings-remembered">
                    <p>{ &r.text }</p>
                    <button class="button small" data-testid="settings-forget" onclick={{
                        let cb = props.on_forget.clone();
                        let header = r.header.clone();
                        Callback::from(move |_: MouseEvent| cb.emit(header.clone()))
                    }}>{ &r.forget }</button>
                </div>
            }
            { for f.questions.iter().map(|q| html! {
                <QuestionView key={q.id.clone()} question={q.clone()} note={AttrValue::from(msg::ASK_NEVER_GUESSES.get(lang))}
                    on_change={props.on_change.clone()} />
            }) }
            if !f.warnings.is_empty() {
                <ul class="settings-warnings" data-testid="settings-warnings">
                    { for f.warnings.iter().map(|w| html! { <li>{ w }</li> }) }
                </ul>
            }
            if !f.columns.is_empty() {
                <table class="settings-columns" data-testid="settings-columns">
                    <caption>{ msg::COLUMNS_WHAT_EACH_HOLDS.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ msg::COLUMN.get(lang) }</th>
                        <th scope="col">{ msg::HEADER_IN_THE_FILE.get(lang) }</th>
                        <th scope="col">{ msg::READ_AS_HEADER.get(lang) }</th>
                        <th scope="col">{ msg::HOW.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for f.columns.iter().map(|c| html! {
                            <tr key={c.select.id.clone()}>
                                <td>{ &c.position }</td>
                                <th scope="row">{ &c.source }</th>
                                <td><SettingSelect setting={c.select.clone()} on_change={props.on_change.clone()} visible_label={false} /></td>
                                <td>{ &c.how }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            if let Some(t) = &f.table {
                <div class="table-wrap settings-preview" tabindex="0" role="region" aria-label={t.caption.clone()}>
                    <table data-testid="settings-preview">
                        <caption>{ &t.caption }</caption>
                        <thead><tr>{ for t.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                        <tbody>
                            { for t.rows.iter().map(|(cells, total)| html! {
                                <tr class={classes!(total.then_some("total"))}>
                                    { for cells.iter().map(|c| html! { <td>{ c }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if let Some(n) = &t.note {
                    <p class="setting-note">{ n }</p>
                }
            }
            if let Some(n) = &f.will_remember {
                <p class="setting-note" data-testid="settings-will-remember">{ n }</p>
            }
            <div class="dialog-actions">
                <label class="check">
                    <input type="checkbox" checked={props.settings_first} onchange={on_first} data-testid="settings-first" />
                    { msg::ALWAYS_SHOW_SETTINGS_FIRST.get(lang) }
                </label>
                <button class="button" onclick={reset} disabled={!f.changed} data-testid="settings-reset">{ msg::ALL_AUTOMATIC.get(lang) }</button>
                <button class="button" onclick={cancel} data-testid="settings-cancel">{ msg::CANCEL.get(lang) }</button>
                // Loads once the preview of the newest choices is shown (what will be
                // remembered is read from it).
                <button class="button primary" onclick={load} disabled={f.busy} data-testid="settings-load">{ msg::LOAD.get(lang) }</button>
            </div>
        </Modal>
    }
}
