//! The kerncijfers view: the report's tables as published, each with its source, the
//! data-quality notes next to the table they concern, conflicting versions side by side,
//! and every figure in one flat table. Renders `views::kerncijfers::build`.

use bijstand_core::lang::Lang;
use bijstand_quality::Severity;
use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::data_table::DataTable;
use crate::components::privacy::SmallCellSettings;
use crate::components::{use_screen, ScreenProps};
use crate::state::Action;
use crate::views::kerncijfers::{self, QualityNote, ReportSection, SectionTexts};

fn quality_notes(s: &ReportSection, texts: &SectionTexts) -> Html {
    let letop: Vec<&QualityNote> = s
        .quality
        .iter()
        .filter(|n| n.severity == Severity::LetOp)
        .collect();
    let info: Vec<&QualityNote> = s
        .quality
        .iter()
        .filter(|n| n.severity != Severity::LetOp)
        .collect();
    html! {
        <>
            if !letop.is_empty() {
                <div class="dq-note letop" role="note">
                    <p class="dq-note-head">
                        <span class="tone-badge letop">{ &texts.note_badge }</span>
                        { &texts.note_head }
                    </p>
                    { for letop.iter().map(|n| html! {
                        <details class="dq-note-item" data-testid={format!("note-{}", n.id)}>
                            <summary>{ &n.title }</summary>
                            <p>{ &n.detail }</p>
                        </details>
                    }) }
                </div>
            }
            if let Some(checks) = &s.checks {
                <details class="dq-checks">
                    <summary>
                        <span class="tone-badge ok">{ "✓" }</span>
                        { checks }
                    </summary>
                    <ul>
                        { for info.iter().map(|n| html! {
                            <li data-testid={format!("note-{}", n.id)}><strong>{ &n.title }</strong>{ " — " }{ &n.detail }</li>
                        }) }
                    </ul>
                </details>
            }
        </>
    }
}

fn section(s: &ReportSection, texts: &SectionTexts, lang: Lang) -> Html {
    let heading_id = format!("sec-{}-h", s.id);
    html! {
        <article class="report-section" id={format!("sec-{}", s.id)} data-testid={format!("section-{}", s.id)} aria-labelledby={heading_id.clone()}>
            <header class="report-head">
                <h3 id={heading_id}>{ &s.title }</h3>
                <p class="bron"><span class="bron-label">{ &texts.source }</span>{ &s.bron }</p>
                if let Some(n) = &s.note { <p class="report-note">{ n }</p> }
            </header>
            <div class={classes!("report-body", s.chart.is_some().then_some("with-chart"))}>
                <div class="report-table"><DataTable table={s.table.clone()} collapsible={false} {lang} /></div>
                if let Some(c) = &s.chart {
                    <div class="report-chart"><Chart spec={c.clone()} {lang} /></div>
                }
            </div>
            if let Some(v) = &s.versions {
                <div class="versions" data-testid={format!("versions-{}", s.id)}>
                    <h4>{ &texts.versions_heading }</h4>
                    <p class="field-help">{ &texts.versions_help }</p>
                    <DataTable table={v.clone()} collapsible={false} {lang} />
                </div>
            }
            { quality_notes(s, texts) }
            if !s.remarks.is_empty() {
                <details class="remarks">
                    <summary>{ &s.remarks_summary }</summary>
                    <ul>{ for s.remarks.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                </details>
            }
        </article>
    }
}

/// The report's tables, then every figure.
#[component]
pub fn KerncijfersPanel(props: &ScreenProps) -> Html {
    let lang = props.scenario.lang;
    let v = use_screen(props, kerncijfers::build);
    if let Some(empty) = &v.empty {
        return html! { <p class="empty">{ empty }</p> };
    }
    let on_edit = props.dispatch.reform(Action::Edit);
    html! {
        <section class="kerncijfers report" aria-labelledby="kern-h">
            <h2 id="kern-h">{ &v.title }</h2>
            <p class="lead">{ &v.lead }</p>
            <SmallCellSettings threshold={v.threshold} suppress_published={Some(v.suppress_published)} {lang} {on_edit} />
            <nav class="toc" aria-label={v.toc_label.clone()}>
                <ul>
                    { for v.toc.iter().map(|t| html! {
                        <li><a href={t.href.clone()}>{ &t.label }</a></li>
                    }) }
                </ul>
            </nav>
            { for v.sections.iter().map(|s| section(s, &v.texts, lang)) }
            <article class="report-section all-figures" id="sec-alle" aria-labelledby="sec-alle-h">
                <h3 id="sec-alle-h">{ &v.all_title }</h3>
                <p class="field-help">{ &v.all_note }</p>
                <DataTable table={v.all.clone()} collapsible={false} {lang} />
            </article>
        </section>
    }
}
