//! Presentation mode: the slide in view, full screen, with its counter; the keys that step
//! through the deck (the one place they are handled); and the deck editor.

use std::rc::Rc;

use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::model::Dataset;
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::components::chart::Chart;
use crate::components::modal::Modal;
use crate::components::DatasetPtr;
use crate::messages::slides as msg;
use crate::state::{Action, Edit, Overlay};
use crate::views::slides::{self, DeckEdit, DeckEditor};
#[cfg(target_arch = "wasm32")]
use crate::views::slides::{key_command, KeyCommand};
use crate::views::Context;

/// Props of [`Slides`].
#[derive(Properties, Clone)]
pub struct SlidesProps {
    /// The data in view.
    pub dataset: Rc<Dataset>,
    /// The current scenario (holds the deck).
    pub scenario: Rc<Scenario>,
    /// What the screens need besides the two.
    pub context: Rc<Context>,
    /// The slide in view (`AppState::slide`).
    pub index: usize,
    /// The overlay open (the keys step only when none is).
    pub overlay: Overlay,
    /// The one reducer.
    pub dispatch: Callback<Action>,
}

impl PartialEq for SlidesProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.scenario == other.scenario
            && self.context == other.context
            && self.index == other.index
            && self.overlay == other.overlay
            && self.dispatch == other.dispatch
    }
}

/// Leaves presentation mode (and full screen).
fn leave(dispatch: &Callback<Action>) {
    #[cfg(target_arch = "wasm32")]
    crate::web::set_fullscreen(false);
    dispatch.emit(Action::SetPresenting(false));
}

/// The slide in view, the counter and the keys.
#[component]
pub fn Slides(props: &SlidesProps) -> Html {
    let view = use_memo(
        (
            DatasetPtr(props.dataset.clone()),
            props.scenario.clone(),
            props.context.clone(),
            props.index,
        ),
        |(ds, s, ctx, i)| slides::build(&ds.0, s, ctx, *i),
    );
    let lang = props.scenario.lang;
    let black = use_state(|| false);
    let dispatch = props.dispatch.clone();
    let (index, len, overlay) = (view.index, view.deck.len(), props.overlay);

    // A slide starts at its top.
    use_effect_with((index, view.slide.kind), |_| {
        #[cfg(target_arch = "wasm32")]
        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
    });

    // The keys, while no dialog is open (Q also closes the QR code).
    {
        let dispatch = dispatch.clone();
        let black = black.clone();
        use_effect_with(
            (index, len, overlay, *black),
            move |(index, len, overlay, is_black)| {
                #[cfg(target_arch = "wasm32")]
                let listener = {
                    let (index, len, overlay, is_black) = (*index, *len, *overlay, *is_black);
                    gloo::events::EventListener::new_with_options(
                        &gloo::utils::document(),
                        "keydown",
                        gloo::events::EventListenerOptions::enable_prevent_default(),
                        move |e| {
                            use wasm_bindgen::JsCast;
                            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                                return;
                            };
                            if e.ctrl_key() || e.alt_key() || e.meta_key() {
                                return;
                            }
                            let target = e
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                            let kind = target.as_ref().map(|el| {
                                (el.tag_name(), el.get_attribute("type").unwrap_or_default())
                            });
                            let in_slider =
                                matches!(&kind, Some((t, ty)) if t == "INPUT" && ty == "range");
                            let in_text = matches!(&kind, Some((t, ty)) if (t == "INPUT" && ty != "range") || t == "SELECT" || t == "TEXTAREA");
                            if in_text {
                                return;
                            }
                            let Some(cmd) = key_command(&e.key(), e.shift_key(), in_slider) else {
                                return;
                            };
                            match (overlay, cmd) {
                                (Overlay::None, _) => {}
                                (Overlay::Qr, KeyCommand::Qr) => {}
                                _ => return,
                            }
                            e.prevent_default();
                            let go = |i: usize| {
                                black.set(false);
                                dispatch.emit(Action::GoToSlide(i));
                            };
                            match cmd {
                                KeyCommand::Next => go((index + 1).min(len.saturating_sub(1))),
                                KeyCommand::Previous => go(index.saturating_sub(1)),
                                KeyCommand::First => go(0),
                                KeyCommand::Last => go(len.saturating_sub(1)),
                                KeyCommand::Qr => {
                                    dispatch.emit(Action::SetOverlay(if overlay == Overlay::Qr {
                                        Overlay::None
                                    } else {
                                        Overlay::Qr
                                    }))
                                }
                                KeyCommand::Black => black.set(!is_black),
                                KeyCommand::Leave if is_black => black.set(false),
                                KeyCommand::Leave => leave(&dispatch),
                            }
                            // Never scroll: the slide stays at its top.
                            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                        },
                    )
                };
                #[cfg(not(target_arch = "wasm32"))]
                let listener = {
                    let _ = (index, len, overlay, is_black, dispatch, black);
                    Vec::<()>::new()
                };
                move || drop(listener)
            },
        );
    }

    let slide = &view.slide;
    let go = |i: usize| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::GoToSlide(i)))
    };
    let open_deck = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetOverlay(Overlay::Deck)))
    };
    let stop = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| leave(&dispatch))
    };
    let unblack = {
        let black = black.clone();
        Callback::from(move |_: MouseEvent| black.set(false))
    };
    let sliders = slide.sliders.iter().map(|s| {
        let field = s.field;
        let dispatch = dispatch.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let v = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value_as_number());
            if let Some(v) = v.filter(|v| v.is_finite()) {
                dispatch.emit(Action::Edit(Edit::new(move |s| field.set(s, v))));
            }
        });
        let id = format!("slide-{}", field.id());
        let shown = format!(
            "{}{}{}",
            if s.unit == "€" { "€ " } else { "" },
            format::dec(lang, s.value, s.decimals),
            if s.unit == "€" || s.unit.is_empty() {
                String::new()
            } else {
                format!(" {}", s.unit)
            }
        );
        html! {
            <div class="slide-slider">
                <label for={id.clone()}>{ &s.label }</label>
                <input type="range" id={id.clone()} data-testid={id.clone()}
                    min={s.min.to_string()} max={s.max.to_string()} step={s.step.to_string()}
                    value={s.value.to_string()} aria-valuetext={shown.clone()} {oninput} />
                <output for={id}>{ shown }</output>
            </div>
        }
    });
    html! {
        <section class="slides" aria-label={view.label.clone()} data-testid="slides">
            if *black {
                <div class="slide-black" data-testid="slide-black" role="status" onclick={unblack}>
                    <span class="visually-hidden">{ &view.black }</span>
                </div>
            }
            <article class={classes!("slide", format!("slide-{}", slide.kind.id()))}
                data-testid="slide" data-slide={slide.kind.id()} aria-labelledby="slide-title">
                <header class="slide-head">
                    <p class="slide-kicker">{ &slide.kicker }</p>
                    <h1 id="slide-title" class="slide-title" data-testid="slide-title">{ &slide.title }</h1>
                </header>
                if !slide.kpis.is_empty() {
                    <ul class="slide-kpis">
                        { for slide.kpis.iter().map(|k| html! {
                            <li class="slide-kpi" data-testid={k.id}>
                                <span class="slide-kpi-label">{ &k.label }</span>
                                <span class="slide-kpi-value">{ &k.value }</span>
                                <span class="slide-kpi-note">{ &k.note }</span>
                            </li>
                        }) }
                    </ul>
                }
                if !slide.panels.is_empty() {
                    <div class={classes!("slide-panels", format!("n{}", slide.panels.len()))}>
                        { for slide.panels.iter().map(|p| html! {
                            <div class="slide-panel"><Chart spec={p.chart.clone()} {lang} /></div>
                        }) }
                    </div>
                }
                if !slide.sliders.is_empty() {
                    <div class="slide-sliders">{ for sliders }</div>
                }
                if let Some(note) = &slide.note {
                    <p class="slide-note">{ note }</p>
                }
                if let Some(skipped) = &view.skipped {
                    <p class="slide-note" data-testid="slides-skipped">{ skipped }</p>
                }
            </article>
            <footer class="slide-foot no-print">
                <button class="button small" onclick={go(index.saturating_sub(1))} disabled={index == 0}
                    aria-label={msg::PREVIOUS.get(lang)} data-testid="slide-prev">{ "←" }</button>
                <span class="slide-counter" data-testid="slide-counter" aria-label={view.counter_label.clone()}>{ &view.counter }</span>
                <button class="button small" onclick={go(index + 1)} disabled={index + 1 >= len}
                    aria-label={msg::NEXT.get(lang)} data-testid="slide-next">{ "→" }</button>
                <span class="slide-hint">{ &view.hint }</span>
                <button class="button small" onclick={open_deck} data-testid="deck-open">{ msg::CHOOSE_SLIDES.get(lang) }</button>
                <button class="button small" onclick={stop} data-testid="present-toggle" aria-pressed="true">
                    { crate::messages::shell::STOP_PRESENTING.get(lang) }
                </button>
            </footer>
        </section>
    }
}

/// Props of [`DeckDialog`].
#[derive(Properties, PartialEq)]
pub struct DeckDialogProps {
    /// The editor's model.
    pub editor: DeckEditor,
    /// Whether presentation mode is on (else the dialog offers to start it).
    pub presenting: bool,
    /// Interface language.
    pub lang: Lang,
    /// The one reducer.
    pub dispatch: Callback<Action>,
}

/// The deck editor: a check box per slide and buttons to move it up or down.
#[component]
pub fn DeckDialog(props: &DeckDialogProps) -> Html {
    let d = &props.editor;
    let dispatch = props.dispatch.clone();
    let edit = |e: DeckEdit| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::EditDeck(e)))
    };
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| dispatch.emit(Action::SetOverlay(Overlay::None)))
    };
    let close_click = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close.emit(()))
    };
    let start = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SetOverlay(Overlay::None));
            #[cfg(target_arch = "wasm32")]
            crate::web::set_fullscreen(true);
            dispatch.emit(Action::SetPresenting(true));
        })
    };
    html! {
        <Modal labelled_by="deck-h" on_close={close} testid="deck-dialog">
            <div class="dialog-head">
                <h2 id="deck-h">{ &d.title }</h2>
                <button class="button small" data-autofocus="true" onclick={close_click.clone()}
                    aria-label={d.close.clone()}>{ "✕" }</button>
            </div>
            <p>{ &d.intro }</p>
            <ol class="deck-list" data-testid="deck-list">
                { for d.items.iter().map(|item| {
                    let id = format!("deck-{}", item.kind.id());
                    html! {
                        <li class={classes!("deck-item", (!item.included).then_some("off"))} data-slide={item.kind.id()}>
                            <input type="checkbox" id={id.clone()} data-testid={id.clone()} checked={item.included}
                                disabled={item.last} title={item.last.then(|| d.keep_one.clone())}
                                onclick={edit(DeckEdit::Toggle(item.kind))} />
                            <label for={id}>{ &item.label }
                                if let Some(u) = &item.unavailable { <span class="deck-unavailable">{ " " }{ u }</span> }
                            </label>
                            if item.included {
                                <button class="button small" disabled={!item.up} aria-label={item.up_label.clone()}
                                    data-testid={format!("deck-up-{}", item.kind.id())}
                                    onclick={edit(DeckEdit::Up(item.kind))}>{ "↑" }</button>
                                <button class="button small" disabled={!item.down} aria-label={item.down_label.clone()}
                                    data-testid={format!("deck-down-{}", item.kind.id())}
                                    onclick={edit(DeckEdit::Down(item.kind))}>{ "↓" }</button>
                            }
                        </li>
                    }
                }) }
            </ol>
            <div class="dialog-actions">
                if let Some(reset) = &d.reset {
                    <button class="button" onclick={edit(DeckEdit::Reset)} data-testid="deck-reset">{ reset }</button>
                }
                if !props.presenting {
                    <button class="button primary" onclick={start} data-testid="deck-start">{ &d.start }</button>
                }
                <button class="button" onclick={close_click} data-testid="deck-close">{ &d.close }</button>
            </div>
        </Modal>
    }
}
