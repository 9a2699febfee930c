//! The data-quality view: every check on the loaded data, grouped by severity and topic,
//! in calm words with the numbers that show it; and how the file was read.

use std::rc::Rc;

use bijstand_core::lang::Lang;
use bijstand_core::model::Dataset;
use bijstand_core::quality::{check_dataset, QualityParams};
use yew::prelude::*;

use crate::components::caseload::DatasetKey;
use crate::components::data_table::DataTable;
use crate::views::{self, FindingItem, Tone};

/// Props of [`QualityPanel`].
#[derive(Properties, PartialEq)]
pub struct QualityProps {
    /// The loaded data (either kind).
    pub dataset: Rc<Dataset>,
    /// Interface language.
    #[prop_or_default]
    pub lang: Lang,
}

fn finding(f: &FindingItem, lang: Lang) -> Html {
    html! {
        <details class={classes!("finding", format!("tone-{}", f.tone.class()))} data-testid={format!("finding-{}", f.id)} open={f.tone == Tone::LetOp}>
            <summary>
                <span class={classes!("tone-badge", f.tone.class())}>{ f.tone.label(lang) }</span>
                <span class="finding-title">{ &f.title }</span>
            </summary>
            <div class="finding-body">
                <p>{ &f.detail }</p>
                if !f.figures.is_empty() {
                    <dl class="figures">
                        { for f.figures.iter().map(|(l, v)| html! {
                            <div class="figure"><dt>{ l }</dt><dd>{ v }</dd></div>
                        }) }
                    </dl>
                }
                <p class="finding-id">{ format!("{} {}", lang.t("Controle", "Check"), f.id) }</p>
            </div>
        </details>
    }
}

/// Findings and the loader report.
#[component]
pub fn QualityPanel(props: &QualityProps) -> Html {
    let lang = props.lang;
    let view = {
        let ds = props.dataset.clone();
        use_memo((DatasetKey(ds.clone()), lang), move |_| {
            let findings = check_dataset(&ds, &QualityParams::default());
            views::quality_view(&ds, &findings, lang)
        })
    };
    let l = &view.loader;
    html! {
        <section class="quality" aria-labelledby="dq-h">
            <h2 id="dq-h">{ lang.t("Datakwaliteit", "Data quality") }</h2>
            <p class="lead">
                { &view.summary }{ " " }
                { lang.t(
                    "Niets hiervan is een fout in de app of een reden om de cijfers niet te gebruiken: het laat zien waar cijfers uit verschillende bronnen of definities komen, zodat u weet welk getal u noemt.",
                    "None of this is an error in the app or a reason not to use the figures: it shows where figures come from different sources or definitions, so you know which number you quote."
                ) }
            </p>
            <ul class="kpis">
                { for view.kpis.iter().map(|k| html! {
                    <li class="kpi" data-testid={k.id}>
                        <span class="kpi-label">{ &k.label }</span>
                        <span class="kpi-value">{ &k.value }</span>
                        <span class="kpi-note">{ &k.note }</span>
                    </li>
                }) }
            </ul>
            { for view.blocks.iter().map(|b| html! {
                <section class={classes!("dq-block", if b.severity == bijstand_core::quality::Severity::LetOp { "letop" } else { "info" })} aria-label={b.heading.clone()}>
                    <h3>{ &b.heading }</h3>
                    <p class="field-help">{ &b.intro }</p>
                    { for b.groups.iter().map(|g| html! {
                        <div class="dq-group" data-testid={format!("dq-topic-{}", g.topic_id)}>
                            <h4>{ &g.topic }</h4>
                            { for g.items.iter().map(|f| finding(f, lang)) }
                        </div>
                    }) }
                </section>
            }) }
            <section class="dq-block loader-report" aria-labelledby="dq-load-h" data-testid="loader-report">
                <h3 id="dq-load-h">{ lang.t("Hoe het bestand is gelezen", "How the file was read") }</h3>
                <dl class="facts">
                    { for l.facts.iter().map(|(k, v)| html! { <div class="fact"><dt>{ k }</dt><dd>{ v }</dd></div> }) }
                </dl>
                <p class={classes!("load-total", l.total.as_ref().map(|t| t.0.class()))} data-testid="loader-total">
                    { match &l.total {
                        Some((_, text)) => text.clone(),
                        None => lang.t("Geen totaalregel onderaan het bestand: er was niets om na te tellen.", "No total row at the bottom of the file: nothing to recount.").to_string(),
                    } }
                </p>
                if l.ignored.is_empty() {
                    <p>{ lang.t("Alle kolommen zijn ingelezen.", "Every column was read.") }</p>
                } else {
                    <p>{ format!("{} {}", lang.t("Niet ingelezen kolommen:", "Columns not read:"), l.ignored.join(", ")) }</p>
                }
                if l.warnings.is_empty() {
                    <p>{ lang.t("Geen meldingen bij het inlezen.", "No remarks while reading.") }</p>
                } else {
                    <ul class="load-warnings">{ for l.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                }
                <details class="load-columns">
                    <summary>{ format!("{} ({})", lang.t("Hoe elke kolom is gelezen", "How each column was read"), l.columns.rows.len()) }</summary>
                    <DataTable table={l.columns.clone()} collapsible={false} {lang} />
                </details>
            </section>
        </section>
    }
}
