//! Key figures plus a grid of charts with their tables: the body of most views.

use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::data_table::DataTable;
use crate::views::caseload::{FilterItem, RowButton};
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
    /// Per panel, per table row: a button that filters on the row's group (the
    /// cross-filter by keyboard); empty for no buttons.
    #[prop_or_default]
    pub row_buttons: Vec<Vec<Option<RowButton>>>,
    /// A row's button was pressed: toggle this group.
    #[prop_or_default]
    pub on_row_filter: Option<Callback<FilterItem>>,
    /// A bar or slice of a chart was clicked: (chart id, trace name, category).
    #[prop_or_default]
    pub on_chart_click: Option<Callback<(String, String, String)>>,
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
                { for props.panels.iter().enumerate().map(|(i, p)| {
                    let buttons = props.row_buttons.get(i).cloned().unwrap_or_default();
                    let row_buttons: Vec<Option<(bool, String)>> = buttons
                        .iter()
                        .map(|b| b.as_ref().map(|b| (b.pressed, b.label.clone())))
                        .collect();
                    let on_row = props.on_row_filter.clone().filter(|_| !buttons.is_empty()).map(|f| {
                        Callback::from(move |row: usize| {
                            if let Some(Some(b)) = buttons.get(row) {
                                f.emit(b.item.clone());
                            }
                        })
                    });
                    let on_click = props.on_chart_click.clone().map(|f| {
                        let id = p.chart.id.clone();
                        Callback::from(move |(name, cat): (String, String)| f.emit((id.clone(), name, cat)))
                    });
                    html! {
                        <article class="panel">
                            <Chart spec={p.chart.clone()} lang={props.lang} {on_click} />
                            if let Some(n) = &p.note { <p class="panel-note">{ n }</p> }
                            <DataTable table={p.table.clone()} lang={props.lang} {row_buttons} {on_row} />
                        </article>
                    }
                }) }
            </div>
        </section>
    }
}
