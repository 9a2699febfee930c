//! The caseload composition view: settings, key figures and one chart (with table) per breakdown.

use std::rc::Rc;

use bijstand_core::caseload::{composition, default_peildatum, Precedence};
use bijstand_core::date::Date;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::state::Edit;
use crate::views;

/// Props of [`CompositionView`].
#[derive(Properties, PartialEq)]
pub struct CompositionProps {
    /// The loaded person-level data.
    pub dataset: Rc<Dataset>,
    /// Current settings.
    pub scenario: Scenario,
    /// Changes a setting.
    pub on_edit: Callback<Edit>,
}

/// Parses the value of an `<input type=date>` (`jjjj-mm-dd`).
fn parse_input_date(s: &str) -> Option<Date> {
    let mut p = s.split('-');
    let (y, m, d) = (
        p.next()?.parse().ok()?,
        p.next()?.parse().ok()?,
        p.next()?.parse().ok()?,
    );
    Date::from_ymd(y, m, d)
}

/// Settings plus the composition on the peildatum.
#[component]
pub fn CompositionView(props: &CompositionProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let Data::Episodes(e) = &props.dataset.data else {
        return html! {};
    };
    let Some(peil) = s.peildatum.or_else(|| default_peildatum(e)) else {
        return html! { <p class="empty">{ lang.t("Het bestand bevat geen uitkeringen.", "The file holds no benefits.") }</p> };
    };
    let view = {
        let (ds, precedence, threshold) = (props.dataset.clone(), s.precedence, s.threshold);
        use_memo(
            (DatasetKey(ds.clone()), peil, precedence, threshold, lang),
            move |_| {
                let Data::Episodes(e) = &ds.data else {
                    unreachable!("checked above")
                };
                views::caseload_view(
                    &composition(e, peil, precedence),
                    precedence,
                    threshold,
                    lang,
                )
            },
        )
    };
    let on_precedence = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            let p = if el.value() == "jongere" {
                Precedence::JongereFirst
            } else {
                Precedence::StatushouderFirst
            };
            on_edit.emit(Edit::new(move |s| s.precedence = p));
        })
    };
    let on_peildatum = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(d) = parse_input_date(&el.value()) {
                on_edit.emit(Edit::new(move |s| s.peildatum = Some(d)));
            }
        })
    };
    let (y, m, d) = peil.ymd();
    html! {
        <>
            <div class="controls">
                <label class="control">
                    <span>{ lang.t("Peildatum", "Reference date") }</span>
                    <input type="date" value={format!("{y:04}-{m:02}-{d:02}")} onchange={on_peildatum} data-testid="peildatum" />
                </label>
                <fieldset class="control radio-group">
                    <legend>{ lang.t("Voorrangsregel doelgroep", "Target-group precedence") }</legend>
                    <label><input type="radio" name="prec" value="statushouder" checked={s.precedence == Precedence::StatushouderFirst} onchange={on_precedence.clone()} />{ lang.t(" statushouder gaat voor", " refugee first") }</label>
                    <label><input type="radio" name="prec" value="jongere" checked={s.precedence == Precedence::JongereFirst} onchange={on_precedence} />{ lang.t(" jongere gaat voor", " youth first") }</label>
                </fieldset>
            </div>
            <Dashboard title={lang.t("Samenstelling bijstandsbestand", "Caseload composition")} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang} />
        </>
    }
}

/// Compares datasets by pointer, so Yew never diffs megabytes.
#[derive(Clone)]
pub struct DatasetKey(pub Rc<Dataset>);

impl PartialEq for DatasetKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
