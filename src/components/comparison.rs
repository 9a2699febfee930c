//! The comparison view (F2, F3, F5): settings bound to the scenario, then figures, charts
//! and tables. Inputs start from the data; an edit stores the full set in the scenario
//! (and so in the share link), "terug naar de gegevens" clears it.

use std::rc::Rc;

use bijstand_core::dynamics::{month, year_month};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::reference::{
    GrowthParams, Noemer, ParticipationParams, RefGemeente, Referentie, WerkpleinParams,
};
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::caseload::DatasetKey;
use crate::components::dashboard::Dashboard;
use crate::components::inputs::NumberField;
use crate::state::Edit;
use crate::views::{self, GrowthPeriod, InputSource, Inputs};

/// Props of [`ComparisonPanel`].
#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// The loaded data.
    pub dataset: Rc<Dataset>,
    /// Current settings.
    pub scenario: Scenario,
    /// Changes a setting.
    pub on_edit: Callback<Edit>,
}

/// `2024-09` for `<input type=month>`.
fn month_value(m: i32) -> String {
    let (y, mm) = year_month(m);
    format!("{y:04}-{mm:02}")
}

fn parse_month(s: &str) -> Option<i32> {
    let (y, m) = s.split_once('-')?;
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (1..=12).contains(&m).then(|| month(y, m))
}

fn source_line<P>(i: &Inputs<P>, lang: Lang) -> Html {
    html! {
        <div class={classes!("source-line", (i.source == InputSource::Example).then_some("example"))}>
            <p><strong>{ lang.t("Waarden: ", "Values: ") }</strong>{ i.source.label(lang) }</p>
            if !i.notes.is_empty() {
                <ul>{ for i.notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
        </div>
    }
}

/// A number field that stores a changed copy of `base` through `store`.
#[allow(clippy::too_many_arguments)]
fn field<P: Clone + 'static>(
    on_edit: &Callback<Edit>,
    lang: Lang,
    (id, label): (String, &'static str),
    value: f64,
    (min, max, step): (f64, f64, f64),
    decimals: usize,
    unit: &'static str,
    base: &P,
    set: impl Fn(&mut P, f64) + 'static,
    store: fn(&mut Scenario, P),
) -> Html {
    let on_edit = on_edit.clone();
    let base = base.clone();
    let on_change = Callback::from(move |v: f64| {
        let mut p = base.clone();
        set(&mut p, v);
        on_edit.emit(Edit::new(move |s| store(s, p.clone())));
    });
    html! { <NumberField id={id} {label} {value} {min} {max} {step} {decimals} {unit} {lang} {on_change} /> }
}

/// A change to the list of reference municipalities.
type ListEdit = Box<dyn Fn(&mut Vec<RefGemeente>)>;

fn store_growth(s: &mut Scenario, p: GrowthParams) {
    s.growth = Some(p);
}

fn store_participation(s: &mut Scenario, p: ParticipationParams) {
    s.participation = p;
}

fn store_werkplein(s: &mut Scenario, p: WerkpleinParams) {
    s.werkplein = p;
}

fn growth_settings(
    props: &ComparisonProps,
    g: &Inputs<GrowthParams>,
    period: Option<GrowthPeriod>,
    chosen: &UseStateHandle<Option<(usize, GrowthPeriod)>>,
) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let e = &props.on_edit;
    let p = &g.params;
    let ref_kind = match p.referentie {
        Referentie::Landelijk { .. } => 0,
        Referentie::Referentiegroep { .. } => 1,
        Referentie::Gemeenten { .. } => 2,
    };
    let on_ref = {
        let e = e.clone();
        let base = p.clone();
        Callback::from(move |ev: Event| {
            let el: web_sys::HtmlSelectElement = ev.target_unchecked_into();
            let mut q = base.clone();
            let g_ref = (q.referentie.groei_pct() * 100.0).round() / 100.0;
            q.referentie = match el.selected_index() {
                1 => Referentie::Referentiegroep { groei_pct: g_ref },
                2 => Referentie::Gemeenten {
                    gemeenten: match &base.referentie {
                        Referentie::Gemeenten { gemeenten } => gemeenten.clone(),
                        _ => vec![RefGemeente {
                            naam: String::new(),
                            bestand_t0: 0.0,
                            bestand_t: 0.0,
                        }],
                    },
                },
                _ => Referentie::Landelijk { groei_pct: g_ref },
            };
            e.emit(Edit::new(move |s| s.growth = Some(q.clone())));
        })
    };
    let on_round = {
        let e = e.clone();
        let base = p.clone();
        Callback::from(move |ev: Event| {
            let el: web_sys::HtmlInputElement = ev.target_unchecked_into();
            let mut q = base.clone();
            q.afronding_decimalen = el.checked().then_some(2);
            e.emit(Edit::new(move |s| s.growth = Some(q.clone())));
        })
    };
    let on_reset = {
        let e = e.clone();
        Callback::from(move |_: MouseEvent| e.emit(Edit::new(|s| s.growth = None)))
    };
    // Episodes: choose the two months; the stocks come from the data at that moment.
    let period_inputs = match (&props.dataset.data, period) {
        (Data::Episodes(_), Some(cur)) => {
            let on_period = |which: u8| {
                let e = e.clone();
                let ds = props.dataset.clone();
                let base = p.clone();
                let chosen = chosen.clone();
                Callback::from(move |ev: Event| {
                    let el: web_sys::HtmlInputElement = ev.target_unchecked_into();
                    let (Some(m), Data::Episodes(ep)) = (parse_month(&el.value()), &ds.data) else {
                        return;
                    };
                    let mut next = cur;
                    if which == 0 {
                        next.from = m;
                    } else {
                        next.to = m;
                    }
                    if next.from >= next.to {
                        return;
                    }
                    chosen.set(Some((Rc::as_ptr(&ds) as usize, next)));
                    let q = views::growth_from_episodes(ep, next, &base);
                    e.emit(Edit::new(move |s| s.growth = Some(q.clone())));
                })
            };
            html! {
                <>
                    <label class="control"><span>{ lang.t("Beginstand: eind van de maand", "Start: end of month") }</span>
                        <input type="month" value={month_value(cur.from)} onchange={on_period(0)} data-testid="groei-van" />
                    </label>
                    <label class="control"><span>{ lang.t("Eindstand: eind van de maand", "End: end of month") }</span>
                        <input type="month" value={month_value(cur.to)} onchange={on_period(1)} data-testid="groei-tot" />
                    </label>
                </>
            }
        }
        _ => html! {},
    };
    let gemeenten_editor = match &p.referentie {
        Referentie::Gemeenten { gemeenten } => {
            let list = gemeenten.clone();
            let set_list = |f: ListEdit| {
                let e = e.clone();
                let base = p.clone();
                let list = list.clone();
                Callback::from(move |_: MouseEvent| {
                    let mut l = list.clone();
                    f(&mut l);
                    let mut q = base.clone();
                    q.referentie = Referentie::Gemeenten { gemeenten: l };
                    e.emit(Edit::new(move |s| s.growth = Some(q.clone())));
                })
            };
            let rows = list.iter().enumerate().map(|(i, g)| {
                let on_name = {
                    let e = e.clone();
                    let base = p.clone();
                    let list = list.clone();
                    Callback::from(move |ev: Event| {
                        let el: web_sys::HtmlInputElement = ev.target_unchecked_into();
                        let mut l = list.clone();
                        l[i].naam = el.value();
                        let mut q = base.clone();
                        q.referentie = Referentie::Gemeenten { gemeenten: l };
                        e.emit(Edit::new(move |s| s.growth = Some(q.clone())));
                    })
                };
                let num = |which: u8, value: f64| {
                    let list = list.clone();
                    field(e, lang, (format!("ref-{i}-{}", if which == 0 { "t0" } else { "t" }), if which == 0 { lang.t("Stand begin", "Start stock") } else { lang.t("Stand eind", "End stock") }), value, (0.0, 10_000_000.0, 1.0), 0, "", p, move |q: &mut GrowthParams, v| {
                        let mut l = list.clone();
                        if which == 0 {
                            l[i].bestand_t0 = v;
                        } else {
                            l[i].bestand_t = v;
                        }
                        q.referentie = Referentie::Gemeenten { gemeenten: l };
                    }, store_growth)
                };
                let remove = set_list(Box::new(move |l: &mut Vec<RefGemeente>| {
                    l.remove(i);
                }));
                html! {
                    <div class="ref-row" data-testid={format!("ref-gemeente-{i}")}>
                        <label class="control"><span>{ lang.t("Gemeente", "Municipality") }</span>
                            <input type="text" value={g.naam.clone()} onchange={on_name} placeholder={lang.t("naam", "name")} />
                        </label>
                        { num(0, g.bestand_t0) }
                        { num(1, g.bestand_t) }
                        <button class="button small" onclick={remove} aria-label={format!("{} {}", lang.t("Verwijder", "Remove"), g.naam)}>{ lang.t("Verwijder", "Remove") }</button>
                    </div>
                }
            });
            let add = set_list(Box::new(|l: &mut Vec<RefGemeente>| {
                l.push(RefGemeente::default())
            }));
            html! {
                <div class="ref-list">
                    { for rows }
                    <button class="button small" onclick={add} data-testid="ref-add">{ lang.t("Gemeente toevoegen", "Add municipality") }</button>
                    <p class="field-help">{ format!("{}: {}%", lang.t("Groei van de groep (som eind / som begin − 1)", "Group growth (sum end / sum start − 1)"), bijstand_core::format::nl::dec(p.referentie.groei_pct(), 2)) }</p>
                </div>
            }
        }
        Referentie::Landelijk { groei_pct } | Referentie::Referentiegroep { groei_pct } => field(
            e,
            lang,
            (
                "groei-ref".into(),
                lang.t(
                    "Groei referentie in dezelfde periode",
                    "Reference growth in the same period",
                ),
            ),
            *groei_pct,
            (-100.0, 100.0, 0.01),
            2,
            "%",
            p,
            move |q: &mut GrowthParams, v| {
                q.referentie = if ref_kind == 1 {
                    Referentie::Referentiegroep { groei_pct: v }
                } else {
                    Referentie::Landelijk { groei_pct: v }
                };
            },
            store_growth,
        ),
    };
    html! {
        <section class="settings" aria-label={lang.t("Aannames groei", "Growth assumptions")}>
            <h2 class="settings-heading">{ lang.t("Groei van het bestand tegen een referentie", "Caseload growth against a reference") }</h2>
            <div class="settings-wide">{ source_line(g, lang) }</div>
            { period_inputs }
            { field(e, lang, ("groei-t0".into(), lang.t("Beginstand B[t0]", "Start stock B[t0]")), p.bestand_t0, (0.0, 10_000_000.0, 1.0), 0, "", p, |q: &mut GrowthParams, v| q.bestand_t0 = v, store_growth) }
            { field(e, lang, ("groei-t".into(), lang.t("Eindstand B[t]", "End stock B[t]")), p.bestand_t, (0.0, 10_000_000.0, 1.0), 0, "", p, |q: &mut GrowthParams, v| q.bestand_t = v, store_growth) }
            { field(e, lang, ("groei-maanden".into(), lang.t("Lengte periode", "Length of period")), p.maanden as f64, (1.0, 120.0, 1.0), 0, lang.t("mnd", "months"), p, |q: &mut GrowthParams, v| q.maanden = v.round() as u32, store_growth) }
            <label class="control"><span>{ lang.t("Vergelijken met", "Compare with") }</span>
                <select onchange={on_ref} data-testid="groei-referentie">
                    <option selected={ref_kind == 0}>{ lang.t("landelijk cijfer (%)", "national figure (%)") }</option>
                    <option selected={ref_kind == 1}>{ lang.t("referentiegroep (%)", "reference group (%)") }</option>
                    <option selected={ref_kind == 2}>{ lang.t("lijst gemeenten (standen)", "list of municipalities (stocks)") }</option>
                </select>
            </label>
            if matches!(p.referentie, Referentie::Gemeenten { .. }) {
                <div class="settings-wide">{ gemeenten_editor }</div>
            } else {
                { gemeenten_editor }
            }
            { field(e, lang, ("groei-kosten".into(), lang.t("Kosten per uitkering per jaar", "Cost per benefit per year")), p.kosten_per_uitkering, (0.0, 200_000.0, 10.0), 0, "€", p, |q: &mut GrowthParams, v| q.kosten_per_uitkering = v, store_growth) }
            <label class="check"><input type="checkbox" checked={p.afronding_decimalen.is_some()} onchange={on_round} />{ lang.t(" Percentages eerst afronden op 2 decimalen, zoals het rapport", " Round percentages to 2 decimals first, as the report does") }</label>
            if s.growth.is_some() {
                <div class="settings-foot"><button class="button small" onclick={on_reset} data-testid="groei-reset">{ lang.t("Terug naar waarden uit de gegevens", "Back to values from the data") }</button></div>
            }
        </section>
    }
}

fn participation_settings(props: &ComparisonProps, pi: &Inputs<ParticipationParams>) -> Html {
    let lang = props.scenario.lang;
    let e = &props.on_edit;
    let p = &pi.params;
    let on_noemer = {
        let e = e.clone();
        let base = p.clone();
        Callback::from(move |ev: Event| {
            let el: web_sys::HtmlSelectElement = ev.target_unchecked_into();
            let mut q = base.clone();
            q.noemer = Noemer::ALL[(el.selected_index().max(0) as usize).min(2)];
            e.emit(Edit::new(move |s| s.participation = q.clone()));
        })
    };
    let on_reset = {
        let e = e.clone();
        Callback::from(move |_: MouseEvent| {
            e.emit(Edit::new(|s| {
                s.participation = ParticipationParams::default()
            }))
        })
    };
    html! {
        <section class="settings" aria-label={lang.t("Aannames sociale activering", "Social-activation assumptions")}>
            <h2 class="settings-heading">{ lang.t("Sociale activering tegen de streefwaarde", "Social activation against the target") }</h2>
            <div class="settings-wide">{ source_line(pi, lang) }</div>
            <label class="control wide"><span>{ lang.t("Noemer", "Denominator") }</span>
                <select onchange={on_noemer} data-testid="participatie-noemer">
                    { for Noemer::ALL.iter().map(|n| html! { <option selected={*n == p.noemer}>{ n.label(lang) }</option> }) }
                </select>
            </label>
            { field(e, lang, ("part-deelnemers".into(), lang.t("Deelnemers (personen)", "Participants (persons)")), p.deelnemers, (0.0, 10_000_000.0, 1.0), 0, "", p, |q: &mut ParticipationParams, v| q.deelnemers = v, store_participation) }
            { field(e, lang, ("part-peildatum".into(), lang.t("Bestand op de peildatum", "Stock on the reference date")), p.bestand_peildatum, (0.0, 10_000_000.0, 1.0), 0, "", p, |q: &mut ParticipationParams, v| q.bestand_peildatum = v, store_participation) }
            { field(e, lang, ("part-begin".into(), lang.t("Bestand bij het begin van de periode", "Stock at the start of the period")), p.bestand_begin, (0.0, 10_000_000.0, 1.0), 0, "", p, |q: &mut ParticipationParams, v| q.bestand_begin = v, store_participation) }
            { field(e, lang, ("part-lang".into(), lang.t("Bestand met lange afstand", "Long-distance stock")), p.bestand_lange_afstand, (0.0, 10_000_000.0, 1.0), 0, "", p, |q: &mut ParticipationParams, v| q.bestand_lange_afstand = v, store_participation) }
            { field(e, lang, ("part-streef".into(), lang.t("Streefwaarde", "Target")), p.streef_pct, (0.0, 100.0, 0.5), 1, "%", p, |q: &mut ParticipationParams, v| q.streef_pct = v, store_participation) }
            if pi.source == InputSource::Entered {
                <div class="settings-foot"><button class="button small" onclick={on_reset}>{ lang.t("Terug naar waarden uit de gegevens", "Back to values from the data") }</button></div>
            }
        </section>
    }
}

fn werkplein_settings(props: &ComparisonProps, wi: &Inputs<WerkpleinParams>) -> Html {
    let lang = props.scenario.lang;
    let e = &props.on_edit;
    let p = &wi.params;
    let on_reset = {
        let e = e.clone();
        Callback::from(move |_: MouseEvent| {
            e.emit(Edit::new(|s| s.werkplein = WerkpleinParams::default()))
        })
    };
    html! {
        <section class="settings" aria-label={lang.t("Aannames Werkplein", "Werkplein assumptions")}>
            <h2 class="settings-heading">{ lang.t("Plaatsingen Werkplein tegen het doel", "Werkplein placements against the target") }</h2>
            <div class="settings-wide">{ source_line(wi, lang) }</div>
            { field(e, lang, ("wp-realisatie".into(), lang.t("Plaatsingen tot nu", "Placements so far")), p.realisatie, (0.0, 1_000_000.0, 1.0), 0, "", p, |q: &mut WerkpleinParams, v| q.realisatie = v, store_werkplein) }
            { field(e, lang, ("wp-doel".into(), lang.t("Jaardoel", "Annual target")), p.doel, (0.0, 1_000_000.0, 1.0), 0, "", p, |q: &mut WerkpleinParams, v| q.doel = v, store_werkplein) }
            { field(e, lang, ("wp-maanden".into(), lang.t("Maanden verstreken", "Months elapsed")), p.maanden_verstreken as f64, (1.0, 12.0, 1.0), 0, lang.t("mnd", "months"), p, |q: &mut WerkpleinParams, v| q.maanden_verstreken = v.round() as u32, store_werkplein) }
            if wi.source == InputSource::Entered {
                <div class="settings-foot"><button class="button small" onclick={on_reset}>{ lang.t("Terug naar waarden uit de gegevens", "Back to values from the data") }</button></div>
            }
        </section>
    }
}

/// Growth, participation and placements against references and targets.
#[component]
pub fn ComparisonPanel(props: &ComparisonProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    let view = {
        let ds = props.dataset.clone();
        use_memo((DatasetKey(ds.clone()), s.clone()), move |(_, s)| {
            (
                views::comparison_view(&ds, s),
                views::growth_inputs(&ds, s, s.lang),
                views::participation_inputs(&ds, s, s.lang),
                views::werkplein_inputs(&ds, s, s.lang),
            )
        })
    };
    // The months chosen for the growth period (episodes): kept per dataset, so another
    // file starts from its own default period.
    let chosen = use_state(|| None::<(usize, GrowthPeriod)>);
    let default_period = {
        let ds = props.dataset.clone();
        use_memo(
            (DatasetKey(ds.clone()), s.peildatum),
            move |(_, peil)| match &ds.data {
                Data::Episodes(e) => views::default_growth_period(e, *peil),
                Data::Kerncijfers(_) => None,
            },
        )
    };
    let ds_id = Rc::as_ptr(&props.dataset) as usize;
    let period = (*chosen)
        .filter(|(id, _)| *id == ds_id)
        .map(|(_, p)| p)
        .or(*default_period);
    let (v, g, pi, wi) = &*view;
    html! {
        <div class="comparison">
            { growth_settings(props, g, period, &chosen) }
            <Dashboard title={lang.t("Groei t.o.v. referentie (F2)", "Growth vs reference (F2)")} kpis={v.growth_kpis.clone()} panels={v.growth_panels.clone()} {lang} />
            <ul class="notes" data-testid="groei-notes">{ for v.growth_notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            { participation_settings(props, pi) }
            <Dashboard title={lang.t("Sociale activering t.o.v. streefwaarde (F3)", "Social activation vs target (F3)")} kpis={v.participation_kpis.clone()} panels={v.participation_panels.clone()} {lang} />
            { werkplein_settings(props, wi) }
            <Dashboard title={lang.t("Plaatsingen Werkplein t.o.v. doel (F5)", "Werkplein placements vs target (F5)")} kpis={v.werkplein_kpis.clone()} panels={v.werkplein_panels.clone()} {lang} />
            <ul class="notes readings" data-testid="werkplein-lezingen">{ for v.werkplein_readings.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </div>
    }
}
