//! Presentation mode: the slides, each a finding in words with its numbers, the one or two
//! charts that show it, three key figures and at most two live sliders.
//!
//! A slide takes its figures and charts from the screen model of its tab (`caseload`,
//! `dynamics`, `projection`, `comparison`, `lks`, `buig`): the same [`Kpi`]s and [`Panel`]s,
//! so a number on a slide is the number on the tab. The deck (which slides, in which order)
//! is [`Scenario::deck`], so it travels in the share link; the slide in view is app state.

use bijstand_core::buig::{self, CostPerBenefit};
use bijstand_core::date::Date;
use bijstand_core::format;
use bijstand_core::i18n::{Count, EurMln, Msg, Pct, Plain};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::scenario::{Scenario, SlideKind};

use super::budget::{Field, NumberInput};
use super::{Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages::slides as msg;

/// Everything presentation mode shows: the slide in view, the counter and the deck editor.
#[derive(Clone, Debug, PartialEq)]
pub struct SlidesView {
    /// The slides of the deck these data can fill, in order.
    pub deck: Vec<SlideKind>,
    /// The position of the slide in view in `deck` (clamped).
    pub index: usize,
    /// The slide in view.
    pub slide: Slide,
    /// `3 / 7`.
    pub counter: String,
    /// `Dia 3 van 7`.
    pub counter_label: String,
    /// Accessible name of the presentation.
    pub label: String,
    /// The keys, in one line.
    pub hint: String,
    /// The slides of the chosen deck left out for these data, in a sentence.
    pub skipped: Option<String>,
    /// The deck editor.
    pub editor: DeckEditor,
    /// Text of the black screen.
    pub black: String,
}

/// One slide.
#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    /// Which slide.
    pub kind: SlideKind,
    /// The slide's name above the title (`Vergelijking`).
    pub kicker: String,
    /// The finding in words, with its numbers.
    pub title: String,
    /// Three key figures, from the tab.
    pub kpis: Vec<Kpi>,
    /// One or two charts, from the tab.
    pub panels: Vec<Panel>,
    /// At most two values the presenter may move live.
    pub sliders: Vec<NumberInput>,
    /// A remark under the charts (how the thresholds work, why there is nothing).
    pub note: Option<String>,
}

/// The deck editor: tick the slides, order them.
#[derive(Clone, Debug, PartialEq)]
pub struct DeckEditor {
    /// Heading.
    pub title: String,
    /// What it does.
    pub intro: String,
    /// The chosen slides in their order, then the others.
    pub items: Vec<DeckItem>,
    /// The reset button (only when the deck is not the default).
    pub reset: Option<String>,
    /// The start button.
    pub start: String,
    /// The close button.
    pub close: String,
    /// Why the last ticked slide cannot be unticked.
    pub keep_one: String,
}

/// A slide in the deck editor.
#[derive(Clone, Debug, PartialEq)]
pub struct DeckItem {
    /// Which slide.
    pub kind: SlideKind,
    /// Its name.
    pub label: String,
    /// Ticked.
    pub included: bool,
    /// The only ticked one (cannot be unticked).
    pub last: bool,
    /// Can move up / down (ticked and not first / last).
    pub up: bool,
    /// See [`DeckItem::up`].
    pub down: bool,
    /// Accessible names of the two buttons.
    pub up_label: String,
    /// See [`DeckItem::up_label`].
    pub down_label: String,
    /// `(niet bij deze gegevens)` when these data cannot fill it.
    pub unavailable: Option<String>,
}

/// A change to the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeckEdit {
    /// Tick or untick a slide (a newly ticked slide goes to the end).
    Toggle(SlideKind),
    /// Move a ticked slide one place earlier.
    Up(SlideKind),
    /// Move a ticked slide one place later.
    Down(SlideKind),
    /// Back to the default deck.
    Reset,
}

/// What a key does in presentation mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// Next slide (PageDown, →, ↓, Space, a clicker's forward button).
    Next,
    /// Previous slide (PageUp, ←, ↑, Shift+Space, a clicker's back button).
    Previous,
    /// First slide (Home).
    First,
    /// Last slide (End).
    Last,
    /// Show or hide the QR code (Q).
    Qr,
    /// Black screen on or off (B or `.`, what clickers send).
    Black,
    /// Leave presentation mode (Esc).
    Leave,
}

/// The command of a key (`KeyboardEvent.key`), with Shift held or not; `in_slider` when
/// the key goes to one of the slide's sliders (the arrows move the slider there).
pub fn key_command(key: &str, shift: bool, in_slider: bool) -> Option<KeyCommand> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" if in_slider => return None,
        "PageDown" | "ArrowRight" | "ArrowDown" => KeyCommand::Next,
        " " | "Spacebar" if !shift => KeyCommand::Next,
        " " | "Spacebar" => KeyCommand::Previous,
        "PageUp" | "ArrowLeft" | "ArrowUp" => KeyCommand::Previous,
        "Home" => KeyCommand::First,
        "End" => KeyCommand::Last,
        "q" | "Q" => KeyCommand::Qr,
        "b" | "B" | "." => KeyCommand::Black,
        "Escape" => KeyCommand::Leave,
        _ => return None,
    })
}

/// The deck after `edit`: empty when it is the default one (short links). The last ticked
/// slide stays.
pub fn edit_deck(scenario: &Scenario, edit: DeckEdit) -> Vec<SlideKind> {
    let mut deck = scenario.slide_deck();
    match edit {
        DeckEdit::Toggle(k) => match deck.iter().position(|d| *d == k) {
            Some(i) if deck.len() > 1 => {
                deck.remove(i);
            }
            Some(_) => {}
            None => deck.push(k),
        },
        DeckEdit::Up(k) => {
            if let Some(i) = deck.iter().position(|d| *d == k).filter(|i| *i > 0) {
                deck.swap(i, i - 1);
            }
        }
        DeckEdit::Down(k) => {
            if let Some(i) = deck.iter().position(|d| *d == k) {
                if i + 1 < deck.len() {
                    deck.swap(i, i + 1);
                }
            }
        }
        DeckEdit::Reset => deck.clear(),
    }
    if deck == SlideKind::ALL {
        deck.clear();
    }
    deck
}

/// The slide's name.
pub fn slide_name(kind: SlideKind, lang: Lang) -> &'static str {
    match kind {
        SlideKind::Composition => msg::SLIDE_COMPOSITION,
        SlideKind::Flows => msg::SLIDE_FLOWS,
        SlideKind::Projection => msg::SLIDE_PROJECTION,
        SlideKind::Comparison => msg::SLIDE_COMPARISON,
        SlideKind::Lks => msg::SLIDE_LKS,
        SlideKind::Buig => msg::SLIDE_BUIG,
        SlideKind::Vangnet => msg::SLIDE_VANGNET,
    }
    .get(lang)
}

/// Whether these data can fill the slide: composition and flows need persons (benefit
/// episodes); the others work on every dataset (entered values where the data lack them).
pub fn available(kind: SlideKind, dataset: &Dataset) -> bool {
    match kind {
        SlideKind::Composition | SlideKind::Flows => matches!(dataset.data, Data::Episodes(_)),
        _ => true,
    }
}

/// The slides of the scenario's deck these data can fill, in order; when none can, every
/// slide they can fill.
pub fn deck(dataset: &Dataset, scenario: &Scenario) -> Vec<SlideKind> {
    let chosen: Vec<SlideKind> = scenario
        .slide_deck()
        .into_iter()
        .filter(|k| available(*k, dataset))
        .collect();
    if chosen.is_empty() {
        SlideKind::ALL
            .into_iter()
            .filter(|k| available(*k, dataset))
            .collect()
    } else {
        chosen
    }
}

/// Presentation mode at slide `index` (clamped to the deck).
pub fn build(dataset: &Dataset, scenario: &Scenario, ctx: &Context, index: usize) -> SlidesView {
    let lang = scenario.lang;
    let deck = deck(dataset, scenario);
    let index = index.min(deck.len().saturating_sub(1));
    let kind = deck.get(index).copied().unwrap_or(SlideKind::Buig);
    let skipped: Vec<&str> = scenario
        .slide_deck()
        .into_iter()
        .filter(|k| !available(*k, dataset))
        .map(|k| slide_name(k, lang))
        .collect();
    SlidesView {
        slide: slide(kind, dataset, scenario, ctx),
        counter: format!("{} / {}", index + 1, deck.len()),
        counter_label: msg::counter_label(lang, Count(index as i64 + 1), Count(deck.len() as i64)),
        label: msg::SLIDES.get(lang).into(),
        hint: msg::HINT.get(lang).into(),
        skipped: (!skipped.is_empty()).then(|| msg::skipped(lang, &skipped.join(", "))),
        editor: editor(dataset, scenario),
        black: msg::BLACK.get(lang).into(),
        deck,
        index,
    }
}

/// The deck editor for these data and this scenario's deck.
pub fn editor(dataset: &Dataset, scenario: &Scenario) -> DeckEditor {
    let lang = scenario.lang;
    let chosen = scenario.slide_deck();
    let others = SlideKind::ALL.into_iter().filter(|k| !chosen.contains(k));
    let items = chosen
        .iter()
        .copied()
        .chain(others)
        .map(|kind| {
            let position = chosen.iter().position(|k| *k == kind);
            let name = slide_name(kind, lang);
            DeckItem {
                kind,
                label: name.into(),
                included: position.is_some(),
                last: position.is_some() && chosen.len() == 1,
                up: position.is_some_and(|i| i > 0),
                down: position.is_some_and(|i| i + 1 < chosen.len()),
                up_label: msg::move_up(lang, name),
                down_label: msg::move_down(lang, name),
                unavailable: (!available(kind, dataset))
                    .then(|| msg::NOT_AVAILABLE.get(lang).into()),
            }
        })
        .collect();
    DeckEditor {
        title: msg::DECK_TITLE.get(lang).into(),
        intro: msg::DECK_INTRO.get(lang).into(),
        items,
        reset: (!scenario.deck.is_empty()).then(|| msg::RESET.get(lang).into()),
        start: msg::START.get(lang).into(),
        close: msg::CLOSE.get(lang).into(),
        keep_one: msg::KEEP_ONE.get(lang).into(),
    }
}

/// The key figures with these ids, in this order.
fn pick(kpis: &[Kpi], ids: &[&str]) -> Vec<Kpi> {
    ids.iter()
        .filter_map(|id| kpis.iter().find(|k| k.id == *id).cloned())
        .collect()
}

/// The panels with these chart ids, in this order.
fn panels(panels: &[Panel], ids: &[&str]) -> Vec<Panel> {
    ids.iter()
        .filter_map(|id| panels.iter().find(|p| p.chart.id == *id).cloned())
        .collect()
}

/// The value of a key figure, or `–`.
fn value(kpis: &[Kpi], id: &str) -> String {
    kpis.iter()
        .find(|k| k.id == id)
        .map(|k| k.value.clone())
        .unwrap_or_else(|| "–".into())
}

/// A count as shown (`5.687`, `5,687`) read back; `None` when suppressed (`<10`) or not a
/// count.
fn count_of(shown: &str) -> Option<i64> {
    if shown.starts_with('<') {
        return None;
    }
    let digits: String = shown.chars().filter(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// One slide of the deck, built from its tab's screen model.
pub fn slide(kind: SlideKind, dataset: &Dataset, scenario: &Scenario, ctx: &Context) -> Slide {
    let lang = scenario.lang;
    let base = Slide {
        kind,
        kicker: slide_name(kind, lang).into(),
        title: String::new(),
        kpis: vec![],
        panels: vec![],
        sliders: vec![],
        note: None,
    };
    match kind {
        SlideKind::Composition => composition(dataset, scenario, ctx, base),
        SlideKind::Flows => flows(dataset, scenario, ctx, base),
        SlideKind::Projection => projection(dataset, scenario, ctx, base),
        SlideKind::Comparison => comparison(dataset, scenario, ctx, base),
        SlideKind::Lks => lks(dataset, scenario, ctx, base),
        SlideKind::Buig => buig_slide(dataset, scenario, ctx, base),
        SlideKind::Vangnet => vangnet(scenario, base),
    }
}

fn composition(ds: &Dataset, s: &Scenario, ctx: &Context, base: Slide) -> Slide {
    let lang = s.lang;
    let v = super::caseload::build(ds, s, ctx);
    if let Some(empty) = v.empty {
        return Slide {
            title: empty,
            ..base
        };
    }
    let date = parse_date(&v.controls.peildatum)
        .map(|d| format::date(lang, d))
        .unwrap_or_else(|| v.controls.peildatum.clone());
    Slide {
        title: msg::composition_title(
            lang,
            &value(&v.kpis, "kpi-total"),
            &date,
            &value(&v.kpis, "kpi-lang"),
            &value(&v.kpis, "kpi-jongeren"),
        ),
        kpis: pick(&v.kpis, &["kpi-total", "kpi-lang", "kpi-jongeren"]),
        panels: panels(&v.panels, &["chart-afstand", "chart-doelgroep"]),
        ..base
    }
}

/// `jjjj-mm-dd` as a date.
fn parse_date(s: &str) -> Option<Date> {
    let mut p = s.split('-');
    let y = p.next()?.parse().ok()?;
    let m = p.next()?.parse().ok()?;
    let d = p.next()?.parse().ok()?;
    Date::from_ymd(y, m, d)
}

fn flows(ds: &Dataset, s: &Scenario, ctx: &Context, base: Slide) -> Slide {
    let lang = s.lang;
    let v = super::dynamics::build(ds, s, ctx);
    if let Some(empty) = v.empty {
        return Slide {
            title: empty,
            ..base
        };
    }
    let (inflow, outflow) = (value(&v.kpis, "kpi-inflow"), value(&v.kpis, "kpi-outflow"));
    let title = match (count_of(&inflow), count_of(&outflow)) {
        (Some(i), Some(o)) if i > o => msg::flows_growing(lang, &inflow, &outflow),
        (Some(i), Some(o)) if i < o => msg::flows_shrinking(lang, &inflow, &outflow),
        _ => msg::flows_even(lang, &inflow, &outflow),
    };
    Slide {
        title,
        kpis: pick(&v.kpis, &["kpi-inflow", "kpi-outflow", "kpi-naar-werk"]),
        panels: panels(&v.panels, &["chart-flows", "chart-stock"]),
        ..base
    }
}

fn projection(ds: &Dataset, s: &Scenario, ctx: &Context, base: Slide) -> Slide {
    let lang = s.lang;
    let v = super::projection::build(ds, s, ctx);
    let chart = panels(&v.panels, &["chart-projection"]);
    let end = chart
        .first()
        .and_then(|p| p.chart.categories.last().cloned())
        .unwrap_or_default();
    Slide {
        title: msg::projection_title(
            lang,
            &end,
            &value(&v.kpis, "kpi-proj-range"),
            &format::dec(lang, v.params.start_bestand.round(), 0),
        ),
        kpis: pick(
            &v.kpis,
            &["kpi-proj-range", "kpi-proj-spread", "kpi-proj-aow"],
        ),
        panels: chart,
        ..base
    }
}

fn comparison(ds: &Dataset, s: &Scenario, ctx: &Context, base: Slide) -> Slide {
    let lang = s.lang;
    let v = super::comparison::build(ds, s, ctx);
    let g = &v.growth;
    let p = &g.inputs.params;
    let result = bijstand_core::reference::compare_growth(p);
    let reference = p.reference.label(lang);
    let kpis = &g.dashboard.kpis;
    let (own, other) = (value(kpis, "kpi-groei"), value(kpis, "kpi-groei-ref"));
    let title = if own == other {
        msg::growth_same(lang, &reference, &own)
    } else if result.growth_pct > result.reference_growth_pct {
        msg::growth_faster(lang, &reference, &own, &other)
    } else {
        msg::growth_slower(lang, &reference, &own, &other)
    };
    Slide {
        title,
        kpis: pick(kpis, &["kpi-groei", "kpi-groei-ref", "kpi-impact"]),
        panels: panels(&g.dashboard.panels, &["chart-groei", "chart-groei-index"]),
        ..base
    }
}

fn lks(ds: &Dataset, s: &Scenario, ctx: &Context, base: Slide) -> Slide {
    let lang = s.lang;
    let v = super::lks::build(ds, s, ctx);
    let inputs = super::lks::lks_inputs(
        &s.lks,
        &s.lks_raise,
        ds.contracts.as_ref().map(|c| &c.contracts),
    );
    let running = value(&v.kpis, "kpi-lks-running");
    let title = match bijstand_core::lks::target_progress(&inputs.params, inputs.params.definition)
    {
        Some(tp) => {
            let by = format::dec(lang, tp.ahead.abs(), 1);
            if tp.ahead >= 0.0 {
                msg::lks_ahead(lang, &running, &by)
            } else {
                msg::lks_behind(lang, &running, &by)
            }
        }
        None => msg::lks_running(lang, &running),
    };
    Slide {
        title,
        kpis: pick(
            &v.kpis,
            &["kpi-lks-running", "kpi-lks-progress", "kpi-lks-yearend"],
        ),
        panels: panels(&v.panels, &["chart-lks-stockflow"]),
        ..base
    }
}

/// The presenter's range of a slider: a span that keeps its place under the mouse, wide
/// enough to show the effect, always holding the current value.
fn live(mut input: NumberInput, (min, max, step): (f64, f64, f64)) -> NumberInput {
    input.min = min.min(input.value).max(input.min);
    input.max = max.max(input.value).min(input.max);
    input.step = step;
    input
}

/// The BUIG sliders: cost per benefit (when entered) and the caseload growth.
fn buig_sliders(v: &super::buig::BuigView) -> Vec<NumberInput> {
    let mut out = Vec::new();
    if let super::buig::CostInput::Entered(cost) = &v.settings.cost {
        out.push(live(cost.clone(), (10_000.0, 30_000.0, 100.0)));
    }
    let growth = v
        .settings
        .path_fields
        .iter()
        .find(|f| matches!(f.field, Field::BuigLocal | Field::BuigGrowth));
    if let Some(g) = growth {
        out.push(match g.field {
            Field::BuigLocal => live(g.clone(), (-2.0, 2.0, 0.05)),
            _ => live(g.clone(), (-5.0, 10.0, 0.05)),
        });
    }
    out
}

fn buig_slide(ds: &Dataset, s: &Scenario, ctx: &Context, base: Slide) -> Slide {
    let lang = s.lang;
    let v = super::buig::build(ds, s, ctx);
    let r = buig::result(&s.buig);
    let title = if r.result_mln >= 0.0 {
        msg::buig_surplus(
            lang,
            Plain(r.year),
            EurMln(r.result_mln, 2),
            EurMln(r.budget_mln, 2),
        )
    } else {
        msg::buig_deficit(
            lang,
            Plain(r.year),
            EurMln(-r.result_mln, 2),
            EurMln(r.budget_mln, 2),
        )
    };
    Slide {
        title,
        // The budget is in the title; the third figure is what the growth slider moves.
        kpis: pick(
            &v.kpis,
            &["kpi-buig-spend", "kpi-buig-result", "kpi-buig-1pp"],
        ),
        panels: panels(&v.panels, &["chart-waterfall", "chart-multiyear"]),
        sliders: buig_sliders(&v),
        ..base
    }
}

fn vangnet(s: &Scenario, base: Slide) -> Slide {
    use super::buig::Outcome;
    let lang = s.lang;
    let p = &s.buig;
    let t = |m: Msg| m.get(lang).to_string();
    let r = buig::result(p);
    // The same judgement as the BUIG tab's sentence, in a slide's words.
    let (vn, o) = super::buig::vangnet_outcome(p);
    let th = &p.vangnet;
    let (d, ext, reg) = (
        Pct(vn.deficit_pct, 1),
        Pct(th.extended_threshold_pct, 1),
        Pct(th.regular_threshold_pct, 1),
    );
    let title = match o {
        Outcome::NoDeficit => msg::vangnet_none(lang, EurMln(r.result_mln.max(0.0), 2)),
        Outcome::Below => msg::vangnet_below(lang, d, ext),
        Outcome::Extended(_) | Outcome::ExtendedUnknown => msg::vangnet_extended(lang, d, ext, reg),
        Outcome::ExtendedNo => msg::vangnet_extended_not(lang, d, ext),
        Outcome::Regular(x) | Outcome::RegularIf(x) => {
            msg::vangnet_regular(lang, d, reg, EurMln(x, 2))
        }
        Outcome::RegularNo => msg::vangnet_regular_not(lang, d, reg),
    };
    let pays = o.pays_mln();
    let kpis = vec![
        Kpi {
            id: "kpi-vangnet-deficit",
            label: t(msg::DEFICIT_PCT),
            value: format::pct(lang, vn.deficit_pct, 1),
            note: msg::deficit_note(lang, EurMln(vn.deficit_mln, 2)),
        },
        Kpi {
            id: "kpi-vangnet-threshold",
            label: t(msg::REGULAR_THRESHOLD),
            value: format::pct(lang, th.regular_threshold_pct, 1),
            note: msg::regular_note(lang, EurMln(vn.regular_threshold_mln, 2)),
        },
        Kpi {
            id: "kpi-vangnet-pays",
            label: t(msg::VANGNET_PAYS),
            value: format::eur_mln(lang, pays, 2),
            note: if matches!(o, Outcome::RegularIf(_)) {
                msg::pays_if(lang, Pct(th.regular_multi_year_threshold_pct, 1))
            } else if o.may_apply() {
                t(msg::DECLARATION_NOTE)
            } else {
                t(msg::NO_DECLARATION)
            },
        },
    ];
    let bars = [
        (t(msg::DEFICIT), vn.deficit_pct, PALETTE[1]),
        (t(msg::EXTENDED), th.extended_threshold_pct, PALETTE[0]),
        (t(msg::REGULAR), th.regular_threshold_pct, PALETTE[0]),
        (t(msg::UPPER), th.upper_threshold_pct, PALETTE[0]),
    ];
    let pct1 = |x: f64| format::pct(lang, x, 1);
    // The deficit in its own colour beside the three thresholds (one bar per category).
    let only = |first: bool| -> Vec<Option<f64>> {
        bars.iter()
            .enumerate()
            .map(|(i, b)| ((i == 0) == first).then_some(b.1))
            .collect()
    };
    let labels = |first: bool| -> Vec<String> {
        bars.iter()
            .enumerate()
            .map(|(i, b)| {
                if (i == 0) == first {
                    pct1(b.1)
                } else {
                    String::new()
                }
            })
            .collect()
    };
    let chart = ChartSpec {
        id: "chart-vangnet".into(),
        title: t(msg::THRESHOLDS_TITLE),
        categories: bars.iter().map(|b| b.0.clone()).collect(),
        series: vec![
            Series {
                name: t(msg::DEFICIT),
                values: only(true),
                labels: labels(true),
                color: bars[0].2.into(),
                style: SeriesStyle::Bar,
            },
            Series {
                name: t(msg::THRESHOLD),
                values: only(false),
                labels: labels(false),
                color: bars[1].2.into(),
                style: SeriesStyle::Bar,
            },
        ],
        kind: ChartKind::Combo { stacked: true },
        value_title: t(msg::PCT_OF_BUDGET),
        ..Default::default()
    };
    let table = Table {
        caption: t(msg::THRESHOLDS_TITLE),
        headers: vec![t(msg::ITEM), t(msg::PCT_OF_BUDGET)],
        rows: bars.iter().map(|b| vec![b.0.clone(), pct1(b.1)]).collect(),
    };
    let cost_slider = match p.cost_per_benefit {
        CostPerBenefit::Entered { eur } => vec![NumberInput::new(
            Field::BuigCost,
            crate::messages::budget::COST_PER_YEAR.get(lang),
            eur,
            "€",
            lang,
        )],
        CostPerBenefit::Calibrated { .. } => vec![],
    };
    Slide {
        title,
        kpis,
        panels: vec![Panel {
            chart,
            table,
            note: None,
        }],
        sliders: cost_slider
            .into_iter()
            .map(|c| live(c, (10_000.0, 30_000.0, 100.0)))
            .collect(),
        note: Some(msg::thresholds_note(
            lang,
            Pct(th.regular_threshold_pct, 1),
            Pct(th.upper_threshold_pct, 1),
            Pct(th.extended_threshold_pct, 1),
        )),
        ..base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synthetic() -> Dataset {
        crate::embedded::synthetic().expect("embedded")
    }

    fn in_lang(lang: Lang) -> Scenario {
        Scenario {
            lang,
            ..Scenario::default()
        }
    }

    fn title(ds: &Dataset, s: &Scenario, kind: SlideKind) -> String {
        slide(kind, ds, s, &Context::default()).title
    }

    #[test]
    fn the_default_deck_has_every_slide_in_order() {
        let ds = synthetic();
        let s = Scenario::default();
        assert_eq!(
            deck(&ds, &s),
            [
                SlideKind::Composition,
                SlideKind::Flows,
                SlideKind::Projection,
                SlideKind::Comparison,
                SlideKind::Lks,
                SlideKind::Buig,
                SlideKind::Vangnet
            ]
        );
        let v = build(&ds, &s, &Context::default(), 0);
        assert_eq!(
            (v.counter.as_str(), v.slide.kind),
            ("1 / 7", SlideKind::Composition)
        );
        assert_eq!(v.counter_label, "Dia 1 van 7");
        assert_eq!(v.skipped, None);
        // Past the end: the last slide.
        let v = build(&ds, &s, &Context::default(), 40);
        assert_eq!(
            (v.counter.as_str(), v.slide.kind),
            ("7 / 7", SlideKind::Vangnet)
        );
    }

    #[test]
    fn the_deck_comes_from_the_scenario() {
        let ds = synthetic();
        let s = Scenario {
            deck: vec![SlideKind::Buig, SlideKind::Composition],
            ..Scenario::default()
        };
        assert_eq!(deck(&ds, &s), [SlideKind::Buig, SlideKind::Composition]);
        let v = build(&ds, &s, &Context::default(), 1);
        assert_eq!(
            (v.counter.as_str(), v.slide.kind),
            ("2 / 2", SlideKind::Composition)
        );
        // The editor lists the chosen slides first, in their order, then the others.
        let e = &v.editor;
        let order: Vec<_> = e.items.iter().map(|i| (i.kind, i.included)).collect();
        assert_eq!(order[0], (SlideKind::Buig, true));
        assert_eq!(order[1], (SlideKind::Composition, true));
        assert!(order[2..].iter().all(|(_, on)| !on));
        assert_eq!(order.len(), 7);
        assert!(!e.items[0].up && e.items[0].down && e.items[1].up && !e.items[1].down);
        assert!(e.reset.is_some());
        assert!(editor(&ds, &Scenario::default()).reset.is_none());
    }

    #[test]
    fn titles_state_the_finding_with_the_tabs_numbers_in_both_languages() {
        let ds = synthetic();
        let ctx = Context::default();
        for lang in [Lang::Nl, Lang::En] {
            let s = in_lang(lang);
            for kind in SlideKind::ALL {
                let sl = slide(kind, &ds, &s, &ctx);
                assert!(
                    sl.title.chars().any(|c| c.is_ascii_digit()),
                    "{kind:?}: {}",
                    sl.title
                );
                assert!(!sl.kpis.is_empty() && sl.kpis.len() <= 3, "{kind:?}");
                assert!((1..=2).contains(&sl.panels.len()), "{kind:?}");
                assert!(sl.sliders.len() <= 2, "{kind:?}");
            }
        }
        let nl = in_lang(Lang::Nl);
        let en = in_lang(Lang::En);
        let comp = title(&ds, &nl, SlideKind::Composition);
        assert!(
            comp.starts_with("5.687 bijstandsuitkeringen op 30-09-2024"),
            "{comp}"
        );
        let comp_en = title(&ds, &en, SlideKind::Composition);
        assert!(
            comp_en.starts_with("5,687 social-assistance benefits on 30 Sep 2024"),
            "{comp_en}"
        );
        assert_eq!(
            title(&ds, &nl, SlideKind::Buig),
            "BUIG 2025: een overschot van € 1,61 mln op een budget van € 114,46 mln"
        );
        assert_eq!(
            title(&ds, &en, SlideKind::Buig),
            "BUIG 2025: a surplus of €1.61 m on a budget of €114.46 m"
        );
        assert_eq!(
            title(&ds, &nl, SlideKind::Vangnet),
            "Geen vangnet nodig: het budget houdt € 1,61 mln over"
        );
        // The comparison's sentence carries the tab's own figures.
        let v = crate::views::comparison::build(&ds, &nl, &ctx);
        let own = value(&v.growth.dashboard.kpis, "kpi-groei");
        let other = value(&v.growth.dashboard.kpis, "kpi-groei-ref");
        assert_eq!(
            title(&ds, &nl, SlideKind::Comparison),
            format!("Het bestand groeit sneller dan landelijk: {own} tegen {other}")
        );
        assert_eq!(own, "+1,14%");
        let t = title(&ds, &en, SlideKind::Comparison);
        assert!(
            t.starts_with("Caseload growth outpaces national growth: +1.14% against"),
            "{t}"
        );
        // Flows: the direction follows the counts.
        let f = title(&ds, &nl, SlideKind::Flows);
        let d = crate::views::dynamics::build(&ds, &nl, &ctx);
        let (i, o) = (value(&d.kpis, "kpi-inflow"), value(&d.kpis, "kpi-outflow"));
        assert!(f.contains(&i) && f.contains(&o), "{f}");
        assert_eq!(
            f.starts_with("Meer instroom"),
            count_of(&i).unwrap() > count_of(&o).unwrap(),
            "{f}"
        );
    }

    #[test]
    fn a_slide_shows_the_tabs_own_figures_and_charts() {
        let ds = synthetic();
        let s = Scenario::default();
        let ctx = Context::default();
        let tab = crate::views::buig::build(&ds, &s, &ctx);
        let sl = slide(SlideKind::Buig, &ds, &s, &ctx);
        for k in &sl.kpis {
            assert!(tab.kpis.contains(k), "{}", k.id);
        }
        for p in &sl.panels {
            assert!(tab.panels.contains(p), "{}", p.chart.id);
        }
        assert_eq!(value(&sl.kpis, "kpi-buig-result"), "€ 1,61 mln");
        // Two live sliders: cost per benefit and the local difference, in a presenter's range.
        let fields: Vec<Field> = sl.sliders.iter().map(|x| x.field).collect();
        assert_eq!(fields, [Field::BuigCost, Field::BuigLocal]);
        assert!(sl
            .sliders
            .iter()
            .all(|x| x.min <= x.value && x.value <= x.max));
        assert_eq!((sl.sliders[1].min, sl.sliders[1].max), (-2.0, 2.0));
        let comp = crate::views::caseload::build(&ds, &s, &ctx);
        let sl = slide(SlideKind::Composition, &ds, &s, &ctx);
        assert_eq!(value(&sl.kpis, "kpi-total"), "5.687");
        for p in &sl.panels {
            assert!(comp.panels.contains(p), "{}", p.chart.id);
        }
    }

    #[test]
    fn the_vangnet_slide_says_when_the_vangnet_applies() {
        let ds = synthetic();
        let mut s = Scenario::default();
        s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 20_000.0 };
        let sl = slide(SlideKind::Vangnet, &ds, &s, &Context::default());
        let r = buig::result(&s.buig);
        let vn = buig::vangnet(
            r.budget_mln,
            r.spend_mln,
            s.buig.budget_version,
            &s.buig.vangnet,
        );
        assert!(vn.deficit_pct > 7.5, "{}", vn.deficit_pct);
        let deficit = format::pct(Lang::Nl, vn.deficit_pct, 1);
        let pays = format::eur_mln(Lang::Nl, vn.regular_compensation_if_eligible_mln, 2);
        assert_eq!(
            sl.title,
            format!("Het tekort van {deficit} ligt boven de drempel van 7,5%: het vangnet betaalt ongeveer {pays}")
        );
        // The years before are not known with the defaults: the key figure says so.
        assert!(
            sl.kpis[2]
                .note
                .starts_with("als drie jaar samen boven 7,5% liggen;"),
            "{}",
            sl.kpis[2].note
        );
        assert_eq!(value(&sl.kpis, "kpi-vangnet-deficit"), deficit);
        assert_eq!(value(&sl.kpis, "kpi-vangnet-pays"), pays);
        assert_eq!(sl.sliders.len(), 1);
        assert!(sl.note.as_deref().unwrap().contains("5,0%"));
        // With deficits in the years before it does pay; with surpluses it does not.
        let mut known = s.clone();
        known.buig.vangnet.previous_years_deficit_pct = [None, Some(3.0), Some(3.0)];
        assert!(title(&ds, &known, SlideKind::Vangnet)
            .ends_with(&format!("het vangnet betaalt ongeveer {pays}")));
        known.buig.vangnet.previous_years_deficit_pct = [None, Some(-3.0), Some(-3.0)];
        let t = title(&ds, &known, SlideKind::Vangnet);
        assert!(t.ends_with("geen regulier vangnet"), "{t}");
        let k = slide(SlideKind::Vangnet, &ds, &known, &Context::default());
        assert_eq!(value(&k.kpis, "kpi-vangnet-pays"), "€ 0,00 mln");
        // Between the two thresholds.
        s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 19_500.0 };
        let t = title(&ds, &s, SlideKind::Vangnet);
        assert!(
            t.contains("alleen het aanvullende vangnet (vanaf 5,0%)"),
            "{t}"
        );
        s.lang = Lang::En;
        s.buig.cost_per_benefit = CostPerBenefit::Entered { eur: 20_000.0 };
        let t = title(&ds, &s, SlideKind::Vangnet);
        assert!(
            t.starts_with("The deficit of 8.4% is above the 7.5% threshold"),
            "{t}"
        );
    }

    #[test]
    fn the_vangnet_slide_and_the_buig_sentence_say_the_same() {
        let ds = synthetic();
        let prevs = [
            [None, None, None],
            [None, Some(3.0), Some(3.0)],
            [None, Some(-3.0), Some(-3.0)],
            [Some(6.0), Some(6.0), Some(1.0)],
            [Some(1.0), Some(1.0), Some(1.0)],
        ];
        let (mut paying, mut not_paying) = (0, 0);
        for lang in [Lang::Nl, Lang::En] {
            for eur in [16_000.0, 18_900.0, 19_500.0, 20_000.0, 24_000.0] {
                for (i, prev) in prevs.iter().enumerate() {
                    let mut s = in_lang(lang);
                    s.buig.cost_per_benefit = CostPerBenefit::Entered { eur };
                    s.buig.vangnet.previous_years_deficit_pct = *prev;
                    s.buig.vangnet.extended_compensation_rate_pct = (i % 2 == 0).then_some(50.0);
                    let sl = slide(SlideKind::Vangnet, &ds, &s, &Context::default());
                    let words = crate::views::buig::vangnet_words(&s.buig, lang);
                    let pays = value(&sl.kpis, "kpi-vangnet-pays");
                    let zero = format::eur_mln(lang, 0.0, 2);
                    let case = format!(
                        "{lang:?} € {eur} {prev:?}: {} | {}",
                        sl.title, words.verdict
                    );
                    if pays == zero {
                        not_paying += 1;
                        assert!(!sl.title.contains(&zero), "{case}");
                    } else {
                        paying += 1;
                        // The amount the slide names is the amount the tab's sentence names.
                        assert!(sl.title.contains(&pays), "{case}");
                        assert!(words.verdict.contains(&pays), "{case}");
                    }
                }
            }
        }
        assert!(paying >= 8 && not_paying >= 8, "{paying} {not_paying}");
    }

    #[test]
    fn slides_the_data_cannot_fill_are_left_out_and_named() {
        let ds = crate::embedded::kerncijfers().expect("embedded");
        let s = Scenario::default();
        assert_eq!(
            deck(&ds, &s),
            [
                SlideKind::Projection,
                SlideKind::Comparison,
                SlideKind::Lks,
                SlideKind::Buig,
                SlideKind::Vangnet
            ]
        );
        let v = build(&ds, &s, &Context::default(), 0);
        assert_eq!(v.counter, "1 / 5");
        assert_eq!(
            v.skipped.as_deref(),
            Some("Niet in deze presentatie, omdat de geladen gegevens er geen personen voor bevatten: Samenstelling, In- en uitstroom.")
        );
        assert!(v.editor.items[0].unavailable.is_some());
        // Every slide it can fill has a title with numbers (no contracts: entered counts).
        for kind in deck(&ds, &s) {
            let t = title(&ds, &s, kind);
            assert!(t.chars().any(|c| c.is_ascii_digit()), "{kind:?}: {t}");
        }
        // A deck of only slides these data cannot fill: every slide they can.
        let only = Scenario {
            deck: vec![SlideKind::Flows],
            ..Scenario::default()
        };
        assert_eq!(deck(&ds, &only).len(), 5);
    }

    #[test]
    fn presenter_keys() {
        use KeyCommand::*;
        let k = |key, shift| key_command(key, shift, false);
        assert_eq!(k("PageDown", false), Some(Next));
        assert_eq!(k("ArrowRight", false), Some(Next));
        assert_eq!(k("ArrowDown", false), Some(Next));
        assert_eq!(k(" ", false), Some(Next));
        assert_eq!(k(" ", true), Some(Previous));
        assert_eq!(k("PageUp", false), Some(Previous));
        assert_eq!(k("ArrowLeft", false), Some(Previous));
        assert_eq!(k("ArrowUp", false), Some(Previous));
        assert_eq!(k("Home", false), Some(First));
        assert_eq!(k("End", false), Some(Last));
        assert_eq!(k("q", false), Some(Qr));
        assert_eq!(k("B", true), Some(Black));
        assert_eq!(k(".", false), Some(Black));
        assert_eq!(k("Escape", false), Some(Leave));
        assert_eq!(k("x", false), None);
        // On a slider the arrows move the slider; a clicker's PageDown still steps.
        assert_eq!(key_command("ArrowRight", false, true), None);
        assert_eq!(key_command("PageDown", false, true), Some(Next));
    }
}
