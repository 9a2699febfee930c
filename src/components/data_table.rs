//! A plain HTML table: the readable, accessible form of a chart.

use yew::prelude::*;

use crate::views::Table;

/// Props of [`DataTable`].
#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The table to show.
    pub table: Table,
    /// Shown folded behind a "Tabel" toggle when true.
    #[prop_or(true)]
    pub collapsible: bool,
}

/// Renders a [`Table`], numbers right-aligned.
#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let t = &props.table;
    let table = html! {
        <div class="table-wrap">
            <table class="data-table">
                <caption class="visually-hidden">{ &t.caption }</caption>
                <thead><tr>{ for t.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                <tbody>
                    { for t.rows.iter().map(|r| html! {
                        <tr>{ for r.iter().enumerate().map(|(i, c)| if i == 0 {
                            html! { <th scope="row">{ c }</th> }
                        } else {
                            html! { <td>{ c }</td> }
                        }) }</tr>
                    }) }
                </tbody>
            </table>
        </div>
    };
    if props.collapsible {
        html! { <details class="table-toggle"><summary>{ "Tabel" }</summary>{ table }</details> }
    } else {
        table
    }
}
