//! The aggregate (kerncijfers) dataset as the report's tables: each with its source, a
//! chart where it helps, conflicting versions side by side and the data-quality notes
//! next to it; then every figure in one flat table.

use std::rc::Rc;

use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::quality::{check_dataset, QualityParams, Severity};
use yew::prelude::*;

use crate::components::caseload::DatasetKey;
use crate::components::chart::Chart;
use crate::components::data_table::DataTable;
use crate::components::privacy::SmallCellSettings;
use crate::state::Edit;
use crate::views::{self, QualityNote, ReportSection};

/// Props of [`KerncijfersPanel`].
#[derive(Properties, PartialEq)]
pub struct KerncijfersProps {
    /// The loaded aggregate file.
    pub dataset: Rc<Dataset>,
    /// Interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// Small-cell threshold.
    #[prop_or(bijstand_core::suppress::DEFAULT_THRESHOLD)]
    pub threshold: u32,
    /// Hide published small counts too (the Tier B setting).
    #[prop_or(true)]
    pub suppress_published: bool,
    /// Changes a setting.
    #[prop_or_default]
    pub on_edit: Callback<Edit>,
}

fn quality_notes(notes: &[QualityNote], lang: Lang) -> Html {
    let (letop, info): (Vec<&QualityNote>, Vec<&QualityNote>) =
        notes.iter().partition(|n| n.severity == Severity::LetOp);
    html! {
        <>
            if !letop.is_empty() {
                <div class="dq-note letop" role="note">
                    <p class="dq-note-head">
                        <span class="tone-badge letop">{ lang.t("Let op", "Note") }</span>
                        { lang.t(
                            "De cijfers staan er zoals gepubliceerd. Dit valt op bij deze tabel (klik voor de uitleg met de getallen):",
                            "The figures are shown as published. This stands out in this table (click for the explanation with the numbers):"
                        ) }
                    </p>
                    { for letop.iter().map(|n| html! {
                        <details class="dq-note-item" data-testid={format!("note-{}", n.id)}>
                            <summary>{ &n.title }</summary>
                            <p>{ &n.detail }</p>
                        </details>
                    }) }
                </div>
            }
            if !info.is_empty() {
                <details class="dq-checks">
                    <summary>
                        <span class="tone-badge ok">{ "✓" }</span>
                        { format!("{} {}", info.len(), if info.len() == 1 { lang.t("controle gedaan", "check run") } else { lang.t("controles gedaan", "checks run") }) }
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

fn section(s: &ReportSection, lang: Lang) -> Html {
    let heading_id = format!("sec-{}-h", s.id);
    html! {
        <article class="report-section" id={format!("sec-{}", s.id)} data-testid={format!("section-{}", s.id)} aria-labelledby={heading_id.clone()}>
            <header class="report-head">
                <h3 id={heading_id}>{ &s.title }</h3>
                <p class="bron"><span class="bron-label">{ lang.t("Bron: ", "Source: ") }</span>{ &s.bron }</p>
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
                    <h4>{ lang.t("Versies naast elkaar", "Versions side by side") }</h4>
                    <p class="field-help">{ lang.t("Voor hetzelfde cijfer en dezelfde periode staan verschillende getallen in de bron. Beide zijn getoond, met waar ze vandaan komen.", "The source gives different numbers for the same figure and period. Both are shown, with where they come from.") }</p>
                    <DataTable table={v.clone()} collapsible={false} {lang} />
                </div>
            }
            { quality_notes(&s.quality, lang) }
            if !s.remarks.is_empty() {
                <details class="remarks">
                    <summary>{ format!("{} ({})", lang.t("Toelichting bij de cijfers", "Remarks on the figures"), s.remarks.len()) }</summary>
                    <ul>{ for s.remarks.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                </details>
            }
        </article>
    }
}

/// A short link text: "Tabel 6 en figuur 9"; with the subject when two tables share a
/// number ("Tabel 17: Beschut werk", "Bijlage 1: Dekking").
fn toc_label(title: &str, all: &[ReportSection]) -> String {
    let short = |t: &str| t.split(" — ").next().unwrap_or(t).to_string();
    let mine = short(title);
    if all.iter().filter(|s| short(&s.title) == mine).count() < 2 {
        return mine;
    }
    match title.split_once(" — ") {
        Some((_, subject)) => format!("{mine}: {}", subject.split(" (").next().unwrap_or(subject)),
        None => mine,
    }
}

/// The report's tables, then every figure.
#[component]
pub fn KerncijfersPanel(props: &KerncijfersProps) -> Html {
    let lang = props.lang;
    // The findings depend on the file only, not on the language or the suppression switch.
    let findings = {
        let ds = props.dataset.clone();
        use_memo(DatasetKey(ds.clone()), move |_| {
            check_dataset(&ds, &QualityParams::default())
        })
    };
    let view = {
        let ds = props.dataset.clone();
        let findings = findings.clone();
        let key = (
            DatasetKey(ds.clone()),
            lang,
            props.suppress_published.then_some(props.threshold),
        );
        use_memo(key, move |(_, _, suppress)| match &ds.data {
            Data::Kerncijfers(k) => Some(match suppress {
                Some(t) => {
                    let (hidden, _) = bijstand_core::suppress::suppress_published(k, *t);
                    views::kerncijfers_view(&hidden, &findings, lang)
                }
                None => views::kerncijfers_view(k, &findings, lang),
            }),
            Data::Episodes(_) => None,
        })
    };
    let Some(v) = view.as_ref() else {
        return html! { <p class="empty">{ lang.t("Dit bestand bevat geen kerncijfers.", "This file holds no key figures.") }</p> };
    };
    html! {
        <section class="kerncijfers report" aria-labelledby="kern-h">
            <h2 id="kern-h">{ lang.t("Kerncijfers", "Key figures") }</h2>
            <p class="lead">
                { format!(
                    "{}: {} {} {} {}. {}",
                    props.dataset.name,
                    v.all.rows.len(),
                    lang.t("cijfers in", "figures in"),
                    v.sections.len(),
                    lang.t("tabellen", "tables"),
                    if props.suppress_published {
                        lang.t(
                            "Elk cijfer staat er met zijn bron; kleine aantallen staan als <10 (zie de instelling hieronder). Waar cijfers niet op elkaar aansluiten, staat de uitleg bij de tabel.",
                            "Every figure is shown with its source; small counts show as <10 (see the setting below). Where figures do not match, the explanation is next to the table."
                        )
                    } else {
                        lang.t(
                            "Elk cijfer staat er zoals gepubliceerd, met zijn bron. Waar cijfers niet op elkaar aansluiten, staat de uitleg bij de tabel.",
                            "Every figure is shown as published, with its source. Where figures do not match, the explanation is next to the table."
                        )
                    }
                ) }
            </p>
            <SmallCellSettings threshold={props.threshold} suppress_published={Some(props.suppress_published)} {lang} on_edit={props.on_edit.clone()} />
            <nav class="toc" aria-label={lang.t("Tabellen", "Tables")}>
                <ul>
                    { for v.sections.iter().map(|s| html! {
                        <li><a href={format!("#sec-{}", s.id)}>{ toc_label(&s.title, &v.sections) }</a></li>
                    }) }
                    <li><a href="#sec-alle">{ lang.t("Alle cijfers", "All figures") }</a></li>
                </ul>
            </nav>
            { for v.sections.iter().map(|s| section(s, lang)) }
            <article class="report-section all-figures" id="sec-alle" aria-labelledby="sec-alle-h">
                <h3 id="sec-alle-h">{ lang.t("Alle cijfers", "All figures") }</h3>
                <p class="field-help">{ format!("{} {}", v.all.rows.len(), lang.t("cijfers, elk met bron.", "figures, each with its source.")) }</p>
                <DataTable table={v.all.clone()} collapsible={false} {lang} />
            </article>
        </section>
    }
}
