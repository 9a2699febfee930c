//! The aggregate (kerncijfers) dataset as a table of every figure with its source.

use yew::prelude::*;

use crate::components::data_table::DataTable;
use crate::views::Table;

/// Props of [`KerncijfersPanel`].
#[derive(Properties, PartialEq)]
pub struct KerncijfersProps {
    /// All rows of the file.
    pub table: Table,
    /// Interface language.
    #[prop_or_default]
    pub lang: bijstand_core::lang::Lang,
}

/// Lists the kerncijfers.
#[component]
pub fn KerncijfersPanel(props: &KerncijfersProps) -> Html {
    html! {
        <section class="kerncijfers" aria-labelledby="kern-h">
            <h2 id="kern-h">{ props.lang.t("Kerncijfers", "Key figures") }</h2>
            <p>{ format!("{} {}", props.table.rows.len(), props.lang.t("cijfers, elk met bron.", "figures, each with its source.")) }</p>
            <DataTable table={props.table.clone()} collapsible={false} lang={props.lang} />
        </section>
    }
}
