//! The aggregate (kerncijfers) dataset as a table of every figure with its source.

use yew::prelude::*;

use crate::components::data_table::DataTable;
use crate::views::Table;

/// Props of [`KerncijfersPanel`].
#[derive(Properties, PartialEq)]
pub struct KerncijfersProps {
    /// All rows of the file.
    pub table: Table,
}

/// Lists the kerncijfers.
#[component]
pub fn KerncijfersPanel(props: &KerncijfersProps) -> Html {
    html! {
        <section class="kerncijfers" aria-labelledby="kern-h">
            <h2 id="kern-h">{ "Kerncijfers" }</h2>
            <p>{ format!("{} cijfers, elk met bron. De tabellen van het rapport volgen in een latere versie.", props.table.rows.len()) }</p>
            <DataTable table={props.table.clone()} collapsible={false} />
        </section>
    }
}
