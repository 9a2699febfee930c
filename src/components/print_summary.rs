//! The print-only block under the view: the assumptions that matter for the view in
//! print, so a "print to PDF" is a report that can be checked and reproduced (dataset,
//! peildatum, suppression threshold, the view's own assumptions, the share link).
//! Also opens every folded table while printing and folds them back afterwards.

use bijstand_core::buig::{self, CaseloadPath, CostPerBenefit};
use bijstand_core::caseload::default_peildatum;
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::model::Data;
use bijstand_core::scenario::{Scenario, View};
use yew::prelude::*;

use crate::components::caseload::DatasetKey;
use crate::components::projection::calibrated;

/// Props of [`PrintSummary`].
#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    /// The current scenario.
    pub scenario: Scenario,
    /// The loaded dataset, if any.
    pub dataset: Option<DatasetKey>,
    /// The view in print (the active tab).
    pub view: View,
    /// The share link of this scenario, when it can be made.
    pub link: Option<String>,
}

/// One "name: value" line of the list.
fn row(name: &str, value: impl Into<String>) -> Html {
    html! { <><dt>{ name.to_string() }</dt><dd>{ value.into() }</dd></> }
}

/// The assumptions of the view in print, as (name, value) pairs.
fn view_rows(
    s: &Scenario,
    view: View,
    projection: Option<&bijstand_core::projection::ProjectionParams>,
    contracts: Option<&bijstand_core::model::ContractsFile>,
) -> Vec<(String, String)> {
    let lang = s.lang;
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |nl: &str, en: &str, v: String| out.push((lang.t(nl, en).to_string(), v));
    match view {
        View::Composition => {
            push(
                "Voorrangsregel doelgroep",
                "Target-group precedence",
                s.precedence.label(lang).to_string(),
            );
        }
        View::Flows => {
            push(
                "Uitstroom naar werk telt",
                "Outflow to work counts",
                s.naar_werk.label(lang).to_string(),
            );
            push(
                "Basismaand index (= 100)",
                "Index base month (= 100)",
                bijstand_core::dynamics::month_label(
                    bijstand_core::dynamics::month(s.index.basis_jaar, s.index.basis_maand),
                    lang,
                ),
            );
        }
        View::Projection => {
            if let Some(p) = projection {
                let source = if s.projection.is_some() {
                    lang.t("aangepast", "edited")
                } else {
                    lang.t("uit de gegevens", "from the data")
                };
                push(
                    "Herkomst aannames",
                    "Source of the assumptions",
                    source.to_string(),
                );
                push(
                    "Beginstand",
                    "Start caseload",
                    format::nl::dec(p.start_bestand, 0),
                );
                push(
                    "Instroom per jaar",
                    "Inflow per year",
                    format::nl::dec(p.instroom_per_jaar, 0),
                );
                push(
                    "Uitstroom (zonder AOW) per jaar",
                    "Outflow (excl. pension) per year",
                    format::nl::dec(p.uitstroom_niet_aow_per_jaar, 0),
                );
                push(
                    "Horizon",
                    "Horizon",
                    format!("{} {}", p.horizon_maanden, lang.t("maanden", "months")),
                );
                push(
                    "Groeiaanname begroting",
                    "Budget growth assumption",
                    format::nl::pct(p.begroting_groei_pct, 2),
                );
                push(
                    "Aansluitingsverschil per jaar",
                    "Reconciliation term per year",
                    format!(
                        "{} ({})",
                        format::nl::dec(p.reconciliatie_per_jaar, 0),
                        if p.reconciliatie_aan {
                            lang.t("getoond", "shown")
                        } else {
                            lang.t("niet getoond", "not shown")
                        }
                    ),
                );
            }
        }
        View::Lks => {
            let counted =
                bijstand_core::lks::with_contracts(&s.lks, contracts.map(|c| &c.contracts));
            let p = &counted;
            let (first, last) = p.period();
            push(
                "Bron aantallen",
                "Source of the counts",
                match contracts {
                    Some(c) if p.use_contracts => format!(
                        "{} {}, {first} – {last}",
                        lang.t("contractenbestand", "contracts file"),
                        c.name
                    ),
                    _ => lang.t("ingevoerd", "entered").to_string(),
                },
            );
            push(
                "Lopend bij start",
                "Running at start",
                format::nl::dec(p.start_running, 0),
            );
            push("Gestart", "Started", format::nl::dec(p.started, 0));
            push("Beëindigd", "Ended", format::nl::dec(p.ended, 0));
            push(
                "Maanden verstreken",
                "Months elapsed",
                p.months_elapsed.to_string(),
            );
            push(
                "Streefwaarde toename per jaar",
                "Target increase per year",
                format::nl::dec(p.target, 0),
            );
            push(
                "Definitie van het doel",
                "Target definition",
                format!(
                    "{}: {}",
                    p.definition.code(),
                    lang.t(p.definition.label_nl(), p.definition.label_en())
                ),
            );
            push(
                "WML per maand (36 uur)",
                "Minimum wage per month (36 h)",
                format!("€ {}", format::nl::dec(p.wml_month_36h_eur, 2)),
            );
            push(
                "Werkgeverslasten",
                "Employer costs",
                format::nl::pct(p.employer_allowance_pct, 1),
            );
            push(
                "Maximum subsidie",
                "Subsidy cap",
                format!("{} WML", format::nl::pct(p.cap_pct, 0)),
            );
            push(
                "Uren per week",
                "Hours per week",
                format::nl::dec(p.hours_per_week, 0),
            );
            push(
                "Vakantiebijslag meerekenen",
                "Include holiday pay",
                if p.holiday_pay {
                    lang.t("ja", "yes")
                } else {
                    lang.t("nee", "no")
                }
                .to_string(),
            );
            push(
                "Kosten per uitkering per jaar",
                "Cost per benefit per year",
                format::nl::eur(buig::cost_per_benefit_eur(&s.buig)),
            );
        }
        View::Buig => {
            let p = &s.buig;
            push(
                "BUIG-budget",
                "BUIG budget",
                format!(
                    "{} ({} {})",
                    format::nl::eur_mln(p.budget_mln, 2),
                    p.year,
                    lang.t(p.budget_version.label_nl(), p.budget_version.label_en())
                ),
            );
            push(
                "Eigen middelen",
                "Own means",
                format::nl::eur_mln(p.eigen_middelen_mln.unwrap_or(0.0), 2),
            );
            push(
                "Bestand begin jaar",
                "Caseload at start of year",
                format::nl::dec(p.caseload_start, 0),
            );
            push(
                "Verloop bestand",
                "Caseload path",
                lang.t(p.caseload_path.label_nl(), p.caseload_path.label_en())
                    .to_string(),
            );
            if let CaseloadPath::NationalPlusDifferential = p.caseload_path {
                push(
                    "Landelijke groei (Rijk)",
                    "National growth",
                    format::nl::pct(p.national_growth_pct, 2),
                );
                push(
                    "Lokaal verschil",
                    "Local difference",
                    format!(
                        "{} {}",
                        format::nl::dec(p.local_differential_pct, 2),
                        lang.t("procentpunt", "pp")
                    ),
                );
            }
            if let Some(g) = buig::growth_pct_first_year(p) {
                push(
                    "Groei bestand eerste jaar",
                    "Caseload growth, first year",
                    format::nl::pct(g, 2),
                );
            }
            let how = match p.cost_per_benefit {
                CostPerBenefit::Entered { .. } => lang.t("ingevoerd", "entered"),
                CostPerBenefit::Calibrated { .. } => lang.t("geijkt", "calibrated"),
            };
            push(
                "Kosten per uitkering per jaar",
                "Cost per benefit per year",
                format!("{} ({how})", format::nl::eur(buig::cost_per_benefit_eur(p))),
            );
            push(
                "LKS-uitgaven",
                "LKS spending",
                format::nl::eur_mln(p.lks_spend_mln, 2),
            );
            push(
                "Prijsindex",
                "Price index",
                format::nl::pct(p.price_index_pct, 1),
            );
        }
        _ => {}
    }
    out
}

/// The assumptions block, shown only in print.
#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let s = &props.scenario;
    let lang = s.lang;
    // Calibrating is a pass over the data: only for the projection in print, and memoised.
    let needs_calibration = props.view == View::Projection && s.projection.is_none();
    let derived = use_memo(
        (props.dataset.clone(), s.peildatum, needs_calibration),
        |(ds, peil, calibrate)| {
            let ds = ds.as_ref()?;
            let peildatum = match &ds.0.data {
                Data::Episodes(e) => peil.or_else(|| default_peildatum(e)),
                Data::Kerncijfers(_) => None,
            };
            let projection = calibrate.then(|| calibrated(&ds.0, *peil, Lang::Nl).0);
            Some((peildatum, projection))
        },
    );
    use_effect_with((), |_| {
        #[cfg(target_arch = "wasm32")]
        let listeners = {
            let window = gloo::utils::window();
            [
                gloo::events::EventListener::new(&window, "beforeprint", |_| unfold_tables(true)),
                gloo::events::EventListener::new(&window, "afterprint", |_| unfold_tables(false)),
            ]
        };
        #[cfg(not(target_arch = "wasm32"))]
        let listeners = Vec::<()>::new();
        move || drop(listeners)
    });
    let Some(ds) = &props.dataset else {
        return html! {};
    };
    let (peildatum, calibrated_projection) = (*derived).clone().unwrap_or((None, None));
    let projection = s.projection.clone().or(calibrated_projection);
    let ds = &ds.0;
    html! {
        <section class="print-only print-summary" aria-labelledby="print-summary-h" data-testid="print-summary">
            <h2 id="print-summary-h">{ lang.t("Aannames bij deze weergave", "Assumptions for this view") }</h2>
            <dl>
                { row(lang.t("Onderdeel", "Section"), props.view.label(lang)) }
                { row(
                    lang.t("Gegevens", "Data"),
                    format!(
                        "{}{}",
                        if ds.synthetic { format!("{} — {}", ds.name, lang.t("gegenereerde gegevens, geen echte personen", "generated data, no real persons")) } else { ds.name.clone() },
                        ds.contracts.as_ref().map(|c| format!(" + {} {}", lang.t("LKS-contracten:", "LKS contracts:"), c.name)).unwrap_or_default()
                    ),
                ) }
                if let Some(p) = peildatum {
                    { row(lang.t("Peildatum", "Reference date"), p.to_string()) }
                }
                { row(
                    lang.t("Onderdrukking kleine aantallen", "Small-count suppression"),
                    format!("{} {} {} <{}", lang.t("aantallen onder", "counts below"), s.threshold, lang.t("getoond als", "shown as"), s.threshold),
                ) }
                { for view_rows(s, props.view, projection.as_ref(), ds.contracts.as_deref()).into_iter().map(|(n, v)| row(&n, v)) }
                if let Some(link) = &props.link {
                    { row(lang.t("Link naar dit scenario", "Link to this scenario"), link.clone()) }
                }
            </dl>
        </section>
    }
}

/// Opens every folded `<details>` for printing (`open`), or folds back those it opened.
#[cfg(target_arch = "wasm32")]
fn unfold_tables(open: bool) {
    use wasm_bindgen::JsCast;
    let doc = gloo::utils::document();
    let selector = if open {
        "details:not([open])"
    } else {
        "details[data-print-opened]"
    };
    let Ok(list) = doc.query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .get(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if open {
            let _ = el.set_attribute("open", "");
            let _ = el.set_attribute("data-print-opened", "");
        } else {
            let _ = el.remove_attribute("open");
            let _ = el.remove_attribute("data-print-opened");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lks_print_names_the_contracts_file_and_its_counts() {
        let csv = "contract_id;startdatum;einddatum;loonwaarde_pct\r\nC1;01-02-2023;;45\r\nC2;01-03-2024;01-05-2024;50\r\n";
        let ds = bijstand_core::io::load(csv.as_bytes(), "lks.csv", &Default::default()).unwrap();
        let file = ds.contracts.as_deref();
        let s = Scenario::default();
        let rows = view_rows(&s, View::Lks, None, file);
        let get = |n: &str| rows.iter().find(|r| r.0 == n).map(|r| r.1.clone());
        assert_eq!(
            get("Bron aantallen").unwrap(),
            "contractenbestand lks.csv, 01-01-2024 – 30-09-2024"
        );
        assert_eq!(get("Lopend bij start").unwrap(), "1");
        assert_eq!(get("Gestart").unwrap(), "1");
        assert_eq!(get("Beëindigd").unwrap(), "1");
        let entered = view_rows(&s, View::Lks, None, None);
        assert!(entered
            .iter()
            .any(|r| r.0 == "Bron aantallen" && r.1 == "ingevoerd"));
        assert!(entered
            .iter()
            .any(|r| r.0 == "Lopend bij start" && r.1 == "451"));
    }

    #[test]
    fn buig_and_projection_list_their_assumptions_in_both_languages() {
        let mut s = Scenario::default();
        let rows = view_rows(&s, View::Buig, None, None);
        let names: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        for n in [
            "BUIG-budget",
            "Kosten per uitkering per jaar",
            "LKS-uitgaven",
            "Groei bestand eerste jaar",
        ] {
            assert!(names.contains(&n), "{n} in {names:?}");
        }
        assert!(rows.iter().any(|r| r.1.contains("voorlopig")), "{rows:?}");
        s.lang = Lang::En;
        let p = bijstand_core::projection::ProjectionParams::default();
        let rows = view_rows(&s, View::Projection, Some(&p), None);
        let names: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        for n in [
            "Inflow per year",
            "Outflow (excl. pension) per year",
            "Horizon",
            "Budget growth assumption",
        ] {
            assert!(names.contains(&n), "{n} in {names:?}");
        }
    }
}
