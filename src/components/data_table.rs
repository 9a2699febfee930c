//! A plain HTML table, the readable and accessible form of a chart, with CSV export.

use bijstand_core::lang::Lang;
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
    /// Interface language.
    #[prop_or_default]
    pub lang: Lang,
}

/// Renders a [`Table`], numbers right-aligned, with a "CSV" download (Dutch Excel format).
#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let t = &props.table;
    let lang = props.lang;
    let on_csv = {
        let t = t.clone();
        Callback::from(move |_: MouseEvent| {
            let bytes = bijstand_core::export::table_csv(&t.headers, &t.rows);
            let name = format!("{}.csv", bijstand_core::text::header_key(&t.caption));
            #[cfg(target_arch = "wasm32")]
            let _ = crate::web::download_bytes(&name, "text/csv;charset=utf-8", &bytes);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (name, bytes);
        })
    };
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
            <button class="button small no-print" onclick={on_csv} data-testid="csv-export"
                aria-label={format!("{} {}", t.caption, lang.t("downloaden als CSV", "download as CSV"))}>{ "CSV" }</button>
        </div>
    };
    if props.collapsible {
        html! { <details class="table-toggle"><summary>{ lang.t("Tabel", "Table") }</summary>{ table }</details> }
    } else {
        table
    }
}
