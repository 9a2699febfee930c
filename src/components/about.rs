//! "Over deze app": renders `views::about::build` in a modal dialog.

use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::components::data_table::DataTable;
use crate::components::modal::Modal;
use crate::views::about;

/// Props of [`AboutDialog`].
#[derive(Properties, PartialEq)]
pub struct AboutProps {
    /// Interface language.
    pub lang: Lang,
    /// Close the dialog.
    pub on_close: Callback<()>,
}

/// Version, what happens to data, and the bundled licences.
#[component]
pub fn AboutDialog(props: &AboutProps) -> Html {
    let v = about::build(props.lang);
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <Modal labelled_by="about-h" class={classes!("dialog-about")} on_close={props.on_close.clone()} testid={Some(AttrValue::from("about-dialog"))}>
            <div class="dialog-head">
                <h2 id="about-h">{ &v.title }</h2>
                <button class="button small" data-autofocus="true" onclick={close} aria-label={v.close.clone()}>{ "✕" }</button>
            </div>
            <p data-testid="about-version"><strong>{ &v.version }</strong></p>
            { for v.paragraphs.iter().map(|p| html! { <p>{ p }</p> }) }
            <DataTable table={v.licences.clone()} collapsible={false} lang={props.lang} />
        </Modal>
    }
}
