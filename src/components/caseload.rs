//! The caseload composition view: key figures and one chart (with table) per breakdown.

use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::data_table::DataTable;
use crate::views::CaseloadView;

/// Props of [`CaseloadPanel`].
#[derive(Properties, PartialEq)]
pub struct CaseloadProps {
    /// The prepared view.
    pub view: CaseloadView,
}

/// Key figures and charts of the caseload on the peildatum.
#[component]
pub fn CaseloadPanel(props: &CaseloadProps) -> Html {
    let v = &props.view;
    html! {
        <section class="caseload" aria-labelledby="caseload-h">
            <h2 id="caseload-h">{ "Samenstelling bijstandsbestand" }</h2>
            <ul class="kpis">
                { for v.kpis.iter().map(|k| html! {
                    <li class="kpi" data-testid={k.id}>
                        <span class="kpi-label">{ &k.label }</span>
                        <span class="kpi-value">{ &k.value }</span>
                        <span class="kpi-note">{ &k.note }</span>
                    </li>
                }) }
            </ul>
            <div class="panels">
                { for v.panels.iter().map(|p| html! {
                    <article class="panel">
                        <Chart spec={p.chart.clone()} />
                        if let Some(n) = &p.note { <p class="panel-note">{ n }</p> }
                        <DataTable table={p.table.clone()} />
                    </article>
                }) }
            </div>
        </section>
    }
}
