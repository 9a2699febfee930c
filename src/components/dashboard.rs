//! Key figures plus a grid of charts with their tables: the body of most views.

use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::data_table::DataTable;
use crate::views::{Kpi, Panel};

/// Props of [`Dashboard`].
#[derive(Properties, PartialEq)]
pub struct DashboardProps {
    /// Heading of the section.
    pub title: AttrValue,
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// Charts with tables.
    pub panels: Vec<Panel>,
    /// Interface language.
    pub lang: Lang,
}

/// Renders key figures and panels.
#[component]
pub fn Dashboard(props: &DashboardProps) -> Html {
    html! {
        <section class="dashboard" aria-label={props.title.clone()}>
            <h2>{ props.title.clone() }</h2>
            if !props.kpis.is_empty() {
                <ul class="kpis">
                    { for props.kpis.iter().map(|k| html! {
                        <li class="kpi" data-testid={k.id}>
                            <span class="kpi-label">{ &k.label }</span>
                            <span class="kpi-value">{ &k.value }</span>
                            <span class="kpi-note">{ &k.note }</span>
                        </li>
                    }) }
                </ul>
            }
            <div class="panels">
                { for props.panels.iter().map(|p| html! {
                    <article class="panel">
                        <Chart spec={p.chart.clone()} lang={props.lang} />
                        if let Some(n) = &p.note { <p class="panel-note">{ n }</p> }
                        <DataTable table={p.table.clone()} lang={props.lang} />
                    </article>
                }) }
            </div>
        </section>
    }
}
