//! The data-quality view: every check on the loaded data, grouped by severity and topic,
//! in calm words with the numbers that show it; and how the file was read. Renders
//! `views::quality::build`.

use bijstand_core::lang::Lang;
use bijstand_quality::Severity;
use yew::prelude::*;

use crate::components::data_table::DataTable;
use crate::components::{use_screen, ScreenProps};
use crate::state::Action;
use crate::views::quality::{self, FindingItem, Tone};

fn finding(f: &FindingItem) -> Html {
    html! {
        <details class={classes!("finding", format!("tone-{}", f.tone.class()))} data-testid={format!("finding-{}", f.id)} open={f.tone == Tone::LetOp}>
            <summary>
                <span class={classes!("tone-badge", f.tone.class())}>{ &f.badge }</span>
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
            </div>
        </details>
    }
}

/// Findings and the loader report.
#[component]
pub fn QualityPanel(props: &ScreenProps) -> Html {
    let lang: Lang = props.scenario.lang;
    let view = use_screen(props, quality::build);
    let l = &view.loader;
    html! {
        <section class="quality" aria-labelledby="dq-h">
            <h2 id="dq-h">{ &view.title }</h2>
            <p class="lead">
                { &view.summary }{ " " }
                { &view.reassurance }
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
                <section class={classes!("dq-block", if b.severity == Severity::LetOp { "letop" } else { "info" })} aria-label={b.heading.clone()}>
                    <h3>{ &b.heading }</h3>
                    <p class="field-help">{ &b.intro }</p>
                    { for b.groups.iter().map(|g| html! {
                        <div class="dq-group" data-testid={format!("dq-topic-{}", g.topic_id)}>
                            <h4>{ &g.topic }</h4>
                            { for g.items.iter().map(finding) }
                        </div>
                    }) }
                </section>
            }) }
            <section class="dq-block loader-report" aria-labelledby="dq-load-h" data-testid="loader-report">
                <h3 id="dq-load-h">{ &l.heading }</h3>
                <dl class="facts">
                    { for l.facts.iter().map(|(k, v)| html! { <div class="fact"><dt>{ k }</dt><dd>{ v }</dd></div> }) }
                </dl>
                <p class={classes!("load-total", l.total_tone.map(Tone::class))} data-testid="loader-total">
                    { &l.total_text }
                </p>
                if let Some(r) = &l.remembered {
                    <div class="load-remembered" data-testid="loader-remembered">
                        <p>{ &r.text }</p>
                        if let Some(label) = &r.forget {
                            <button class="button small" data-testid="loader-forget" onclick={{
                                let dispatch = props.dispatch.clone();
                                let header = r.header.clone();
                                Callback::from(move |_: MouseEvent| dispatch.emit(Action::ForgetMapping(header.clone())))
                            }}>{ label }</button>
                        }
                    </div>
                }
                <p>{ &l.ignored_text }</p>
                if let Some(none) = &l.no_warnings {
                    <p>{ none }</p>
                } else {
                    <ul class="load-warnings">{ for l.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                }
                if let Some(t) = &l.exit_reasons {
                    <div class="load-exit-reasons" data-testid="loader-exit-reasons">
                        <DataTable table={t.clone()} collapsible={false} {lang} />
                        <p class="field-help">{ &l.exit_reasons_note }</p>
                    </div>
                }
                <details class="load-columns">
                    <summary>{ &l.columns_summary }</summary>
                    <DataTable table={l.columns.clone()} collapsible={false} {lang} />
                </details>
            </section>
        </section>
    }
}
