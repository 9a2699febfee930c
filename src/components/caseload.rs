//! The caseload composition view: settings, key figures and one chart (with table) per breakdown.

use std::rc::Rc;

use bijstand_core::caseload::composition_filtered;
use bijstand_core::caseload::duration::DuurKlasse;
use bijstand_core::caseload::filter::EpisodeFilter;
use bijstand_core::caseload::{composition, default_peildatum, Precedence};
use bijstand_core::date::Date;
use bijstand_core::lang::Lang;
use bijstand_core::model::{
    Afstand, Data, Dataset, Doelgroep, Geslacht, Huishoudtype, Leeftijdsklasse,
};
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::dashboard::Dashboard;
use crate::components::privacy::SmallCellSettings;
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
            (
                DatasetKey(ds.clone()),
                peil,
                precedence,
                threshold,
                lang,
                s.filter.clone(),
            ),
            move |(_, _, _, _, _, filter)| {
                let Data::Episodes(e) = &ds.data else {
                    unreachable!("checked above")
                };
                let all = composition(e, peil, precedence);
                let c = if filter.is_empty() {
                    all
                } else {
                    // A filtered view is guarded against differencing with the full one.
                    let mask = filter.mask(e, peil, precedence);
                    let mut c = composition_filtered(e, peil, precedence, Some(&mask));
                    c.guard_against(&all, threshold);
                    c
                };
                views::caseload_view(&c, precedence, threshold, lang)
            },
        )
    };
    // Cross-filtering: a click on a bar or slice toggles that category in the filter.
    {
        let on_edit = props.on_edit.clone();
        let key = (view.clone(), lang);
        let handlers = use_mut_ref(Vec::<crate::web::ClickHandler>::new);
        use_effect_with(key, move |(_, lang)| {
            #[cfg(target_arch = "wasm32")]
            {
                let lang = *lang;
                let mut h = handlers.borrow_mut();
                h.clear();
                for id in CLICKABLE {
                    let on_edit = on_edit.clone();
                    let sel = format!("[data-testid={id}] .chart-plot");
                    if let Some(c) = crate::web::on_chart_click(&sel, move |name, cat| {
                        on_edit.emit(Edit::new(move |s| {
                            toggle_filter(&mut s.filter, id, &name, &cat, lang)
                        }));
                    }) {
                        h.push(c);
                    }
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (lang, &on_edit, &handlers);
        });
    }
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
            <SmallCellSettings threshold={s.threshold} {lang} on_edit={props.on_edit.clone()} />
            <FilterChips filter={s.filter.clone()} {lang} on_edit={props.on_edit.clone()} />
            <Dashboard title={lang.t("Samenstelling bijstandsbestand", "Caseload composition")} kpis={view.kpis.clone()} panels={view.panels.clone()} {lang} />
        </>
    }
}

/// The composition charts whose bars or slices filter the other views.
pub const CLICKABLE: [&str; 7] = [
    "chart-pyramid",
    "chart-doelgroep",
    "chart-afstand",
    "chart-stadsdeel",
    "chart-duur",
    "chart-huishoudtype",
    "chart-inkomsten",
];

/// Compares datasets by pointer, so Yew never diffs megabytes.
#[derive(Clone)]
pub struct DatasetKey(pub Rc<Dataset>);

impl PartialEq for DatasetKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, v: T) {
    match list.iter().position(|x| *x == v) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(v),
    }
}

/// Toggles the category clicked in a composition chart in the filter.
pub fn toggle_filter(f: &mut EpisodeFilter, chart: &str, trace: &str, category: &str, lang: Lang) {
    let is = |nl: &str, en: &str| category == lang.t(nl, en) || category == nl || category == en;
    match chart {
        "chart-pyramid" => {
            if let Some(b) = Leeftijdsklasse::ALL
                .iter()
                .find(|b| is(b.label_nl(), b.label_en()))
            {
                toggle(&mut f.leeftijdsklasse, *b);
            }
            if let Some(g) = [Geslacht::Man, Geslacht::Vrouw].into_iter().find(|g| {
                trace
                    == lang.t(
                        if *g == Geslacht::Man { "Man" } else { "Vrouw" },
                        if *g == Geslacht::Man { "Men" } else { "Women" },
                    )
            }) {
                toggle(&mut f.geslacht, g);
            }
        }
        "chart-doelgroep" => {
            if let Some(d) = Doelgroep::ALL
                .iter()
                .find(|d| is(d.label_nl(), d.label_en()))
            {
                toggle(&mut f.doelgroep, *d);
            }
        }
        "chart-afstand" => {
            if let Some(a) = Afstand::ALL.iter().find(|a| is(a.label_nl(), a.label_en())) {
                toggle(&mut f.afstand, *a);
            }
        }
        "chart-duur" => {
            if let Some(d) = DuurKlasse::ALL
                .iter()
                .find(|d| is(d.label_nl(), d.label_en()))
            {
                toggle(&mut f.duur, *d);
            }
        }
        "chart-huishoudtype" => {
            if let Some(h) = Huishoudtype::ALL
                .iter()
                .find(|h| is(h.label_nl(), h.label_en()))
            {
                toggle(&mut f.huishoudtype, *h);
            }
        }
        "chart-inkomsten" => {
            let with = is("met inkomsten uit werk", "with income from work");
            let without = is("zonder inkomsten uit werk", "without income from work");
            if with || without {
                f.inkomsten_arbeid = match f.inkomsten_arbeid {
                    Some(w) if w == with => None,
                    _ => Some(with),
                };
            }
        }
        "chart-stadsdeel" => {
            let label = category.to_lowercase();
            match f
                .stadsdeel
                .iter()
                .position(|s| s.eq_ignore_ascii_case(&label))
            {
                Some(i) => {
                    f.stadsdeel.remove(i);
                }
                None => f.stadsdeel.push(label),
            }
        }
        _ => {}
    }
}

/// Props of [`FilterChips`].
#[derive(Properties, PartialEq)]
pub struct FilterChipsProps {
    /// Active filter.
    pub filter: EpisodeFilter,
    /// Interface language.
    pub lang: Lang,
    /// Changes the filter.
    pub on_edit: Callback<Edit>,
}

/// The active filters as removable chips ("Vrouw ×"), plus "alles wissen".
#[component]
pub fn FilterChips(props: &FilterChipsProps) -> Html {
    let f = &props.filter;
    let lang = props.lang;
    if f.is_empty() {
        return html! {
            <p class="filter-hint">{ lang.t("Klik op een staaf of taartpunt om op die groep te filteren.", "Click a bar or slice to filter on that group.") }</p>
        };
    }
    let chip = |label: String, edit: Edit| {
        let on_edit = props.on_edit.clone();
        html! {
            <li><button class="chip" data-testid="filter-chip" aria-label={format!("{} {label}", lang.t("Filter verwijderen:", "Remove filter:"))}
                onclick={Callback::from(move |_| on_edit.emit(edit.clone()))}>{ label }<span aria-hidden="true">{ " ×" }</span></button></li>
        }
    };
    let mut chips = Vec::new();
    for g in f.geslacht.clone() {
        chips.push(chip(
            lang.t(g.label_nl(), g.label_en()).to_string(),
            Edit::new(move |s| s.filter.geslacht.retain(|x| *x != g)),
        ));
    }
    for b in f.leeftijdsklasse.clone() {
        chips.push(chip(
            b.label_nl().to_string(),
            Edit::new(move |s| s.filter.leeftijdsklasse.retain(|x| *x != b)),
        ));
    }
    for d in f.doelgroep.clone() {
        chips.push(chip(
            lang.t(d.label_nl(), d.label_en()).to_string(),
            Edit::new(move |s| s.filter.doelgroep.retain(|x| *x != d)),
        ));
    }
    for a in f.afstand.clone() {
        chips.push(chip(
            lang.t(a.label_nl(), a.label_en()).to_string(),
            Edit::new(move |s| s.filter.afstand.retain(|x| *x != a)),
        ));
    }
    for sd in f.stadsdeel.clone() {
        let label = crate::views::capitalize(&sd);
        chips.push(chip(
            label,
            Edit::new(move |s| s.filter.stadsdeel.retain(|x| *x != sd)),
        ));
    }
    for d in f.duur.clone() {
        chips.push(chip(
            lang.t(d.label_nl(), d.label_en()).to_string(),
            Edit::new(move |s| s.filter.duur.retain(|x| *x != d)),
        ));
    }
    for h in f.huishoudtype.clone() {
        chips.push(chip(
            lang.t(h.label_nl(), h.label_en()).to_string(),
            Edit::new(move |s| s.filter.huishoudtype.retain(|x| *x != h)),
        ));
    }
    if let Some(w) = f.inkomsten_arbeid {
        chips.push(chip(
            if w {
                lang.t("met inkomsten uit werk", "with income from work")
            } else {
                lang.t("zonder inkomsten uit werk", "without income from work")
            }
            .to_string(),
            Edit::new(|s| s.filter.inkomsten_arbeid = None),
        ));
    }
    if let Some(sh) = f.statushouder {
        chips.push(chip(
            if sh {
                lang.t("statushouder", "refugee")
            } else {
                lang.t("geen statushouder", "not a refugee")
            }
            .to_string(),
            Edit::new(|s| s.filter.statushouder = None),
        ));
    }
    let clear = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_| on_edit.emit(Edit::new(|s| s.filter = EpisodeFilter::default())))
    };
    html! {
        <div class="filters" role="region" aria-label={lang.t("Actieve filters", "Active filters")}>
            <span>{ lang.t("Filter:", "Filter:") }</span>
            <ul class="chips">{ for chips }</ul>
            <button class="button small" onclick={clear} data-testid="filter-clear">{ lang.t("Alles wissen", "Clear all") }</button>
            <span class="filter-note">{ lang.t("Aantallen die via het verschil met het totaal een kleine groep zouden verraden, worden ook als <10 getoond.", "Counts that would reveal a small group through the difference with the total are also shown as <10.") }</span>
        </div>
    }
}
