//! The print-only block under the view: the assumptions that matter for the view in
//! print, so a "print to PDF" is a report that can be checked and reproduced (dataset,
//! peildatum, suppression threshold, the view's own assumptions, the share link).
//! Also opens every folded table while printing and folds them back afterwards.

use bijstand_core::buig::{self, CaseloadPath, CostPerBenefit};
use bijstand_core::caseload::default_peildatum;
use bijstand_core::format;
use bijstand_core::i18n::{Count, Dec, Msg, Plain};
use bijstand_core::lang::Lang;
use bijstand_core::model::Data;
use bijstand_core::scenario::{Scenario, View};
use yew::prelude::*;

use crate::components::DatasetPtr;
use crate::messages::shell as msg;
use crate::views::projection::calibrated;

/// Props of [`PrintSummary`].
#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    /// The current scenario.
    pub scenario: Scenario,
    /// The loaded dataset, if any.
    pub dataset: Option<DatasetPtr>,
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
pub(crate) fn view_rows(
    s: &Scenario,
    view: View,
    projection: Option<&bijstand_core::projection::ProjectionParams>,
    contracts: Option<&bijstand_core::model::ContractsFile>,
) -> Vec<(String, String)> {
    let lang = s.lang;
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |name: Msg, v: String| out.push((name.get(lang).to_string(), v));
    match view {
        View::Composition => {
            push(
                msg::TARGET_GROUP_PRECEDENCE,
                s.precedence.label(lang).to_string(),
            );
        }
        View::Flows => {
            push(
                msg::OUTFLOW_TO_WORK_COUNTS,
                s.outflow_to_work.label(lang).to_string(),
            );
            push(
                msg::INDEX_BASE_MONTH,
                bijstand_core::dynamics::month_label(
                    bijstand_core::dynamics::month(s.index.base_year, s.index.base_month),
                    lang,
                ),
            );
        }
        View::Projection => {
            if let Some(p) = projection {
                let source = if s.projection.is_some() {
                    msg::EDITED.get(lang)
                } else {
                    msg::FROM_THE_DATA.get(lang)
                };
                push(msg::SOURCE_OF_THE_ASSUMPTIONS, source.to_string());
                push(msg::START_CASELOAD, format::dec(lang, p.start_bestand, 0));
                push(
                    msg::INFLOW_PER_YEAR,
                    format::dec(lang, p.inflow_per_year, 0),
                );
                push(
                    msg::OUTFLOW_PER_YEAR,
                    format::dec(lang, p.outflow_excl_aow_per_year, 0),
                );
                push(
                    msg::HORIZON,
                    msg::months(lang, Count(i64::from(p.horizon_months))),
                );
                push(
                    msg::BUDGET_GROWTH_ASSUMPTION,
                    format::pct(lang, p.budget_growth_pct, 2),
                );
                push(
                    msg::RECONCILIATION_TERM_PER_YEAR,
                    format!(
                        "{} ({})",
                        format::dec(lang, p.reconciliation_per_year, 0),
                        if p.reconciliation_on {
                            msg::SHOWN.get(lang)
                        } else {
                            msg::NOT_SHOWN.get(lang)
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
                msg::SOURCE_OF_THE_COUNTS,
                match contracts {
                    Some(c) if p.use_contracts => msg::contracts_file(lang, &c.name, first, last),
                    _ => msg::ENTERED.get(lang).to_string(),
                },
            );
            push(msg::RUNNING_AT_START, format::dec(lang, p.start_running, 0));
            push(msg::STARTED, format::dec(lang, p.started, 0));
            push(msg::ENDED, format::dec(lang, p.ended, 0));
            push(msg::MONTHS_ELAPSED, p.months_elapsed.to_string());
            push(
                msg::TARGET_INCREASE_PER_YEAR,
                format::dec(lang, p.target, 0),
            );
            push(
                msg::TARGET_DEFINITION,
                format!(
                    "{}: {}",
                    p.definition.code(),
                    p.definition.label().get(lang)
                ),
            );
            push(
                msg::MINIMUM_WAGE_PER_MONTH,
                msg::euro_amount(lang, Dec(p.wml_month_36h_eur, 2)),
            );
            push(
                msg::EMPLOYER_COSTS,
                format::pct(lang, p.employer_allowance_pct, 1),
            );
            push(
                msg::SUBSIDY_CAP,
                format!("{} WML", format::pct(lang, p.cap_pct, 0)),
            );
            push(msg::HOURS_PER_WEEK, format::dec(lang, p.hours_per_week, 0));
            push(
                msg::INCLUDE_HOLIDAY_PAY,
                if p.holiday_pay {
                    msg::YES.get(lang)
                } else {
                    msg::NO.get(lang)
                }
                .to_string(),
            );
            push(
                msg::COST_PER_BENEFIT_PER_YEAR,
                format::eur(lang, buig::cost_per_benefit_eur(&s.buig)),
            );
        }
        View::Buig => {
            let p = &s.buig;
            push(
                msg::BUIG_BUDGET,
                format!(
                    "{} ({} {})",
                    format::eur_mln(lang, p.budget_mln, 2),
                    p.year,
                    p.budget_version.label().get(lang)
                ),
            );
            push(
                msg::OWN_MEANS,
                format::eur_mln(lang, p.eigen_middelen_mln.unwrap_or(0.0), 2),
            );
            push(
                msg::CASELOAD_AT_START_OF_YEAR,
                format::dec(lang, p.caseload_start, 0),
            );
            push(
                msg::CASELOAD_PATH,
                p.caseload_path.label().get(lang).to_string(),
            );
            if let CaseloadPath::NationalPlusDifferential = p.caseload_path {
                push(
                    msg::NATIONAL_GROWTH,
                    format::pct(lang, p.national_growth_pct, 2),
                );
                push(
                    msg::LOCAL_DIFFERENCE,
                    msg::percentage_points(lang, Dec(p.local_differential_pct, 2)),
                );
            }
            if let Some(g) = buig::growth_pct_first_year(p) {
                push(msg::CASELOAD_GROWTH_FIRST_YEAR, format::pct(lang, g, 2));
            }
            let how = match p.cost_per_benefit {
                CostPerBenefit::Entered { .. } => msg::ENTERED.get(lang),
                CostPerBenefit::Calibrated { .. } => msg::CALIBRATED.get(lang),
            };
            push(
                msg::COST_PER_BENEFIT_PER_YEAR,
                format!(
                    "{} ({how})",
                    format::eur(lang, buig::cost_per_benefit_eur(p))
                ),
            );
            push(msg::LKS_SPENDING, format::eur_mln(lang, p.lks_spend_mln, 2));
            push(msg::PRICE_INDEX, format::pct(lang, p.price_index_pct, 1));
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
            <h2 id="print-summary-h">{ msg::ASSUMPTIONS_FOR_THIS_VIEW.get(lang) }</h2>
            <dl>
                { row(msg::SECTION.get(lang), props.view.label(lang)) }
                { row(
                    msg::DATA.get(lang),
                    format!(
                        "{}{}",
                        if ds.synthetic { format!("{} — {}", ds.name, msg::GENERATED_DATA_NO_REAL_PERSONS.get(lang)) } else { ds.name.clone() },
                        ds.contracts.as_ref().map(|c| msg::plus_contracts(lang, &c.name)).unwrap_or_default()
                    ),
                ) }
                if let Some(p) = peildatum {
                    { row(msg::REFERENCE_DATE.get(lang), format::date(lang, p)) }
                }
                { row(
                    msg::SMALL_COUNT_SUPPRESSION.get(lang),
                    msg::counts_below_shown_as(lang, Plain(s.threshold)),
                ) }
                { for view_rows(s, props.view, projection.as_ref(), ds.contracts.as_deref()).into_iter().map(|(n, v)| row(&n, v)) }
                if let Some(link) = &props.link {
                    { row(msg::LINK_TO_SCENARIO.get(lang), link.clone()) }
                }
                { row(crate::messages::about::VERSION_COLUMN.get(lang), format!("Bijstandsverkenner {}", crate::build_info::version())) }
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
        let file = ds.contracts();
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

    #[test]
    fn numbers_in_print_follow_the_language() {
        let mut s = Scenario {
            lang: Lang::En,
            ..Scenario::default()
        };
        let rows = view_rows(&s, View::Buig, None, None);
        let get = |n: &str| rows.iter().find(|r| r.0 == n).map(|r| r.1.clone()).unwrap();
        assert!(get("BUIG budget").starts_with(&format::eur_mln(Lang::En, s.buig.budget_mln, 2)));
        assert!(get("BUIG budget").contains(" m ("), "{rows:?}");
        assert_eq!(
            get("Own means"),
            format::eur_mln(Lang::En, s.buig.eigen_middelen_mln.unwrap_or(0.0), 2)
        );
        assert!(rows.iter().all(|r| !r.1.contains("mln")), "{rows:?}");
        s.lang = Lang::Nl;
        let rows = view_rows(&s, View::Buig, None, None);
        assert!(
            rows.iter()
                .any(|r| r.0 == "BUIG-budget" && r.1.contains(" mln (")),
            "{rows:?}"
        );
    }
}
