//! Samenstelling: the caseload composition on the peildatum, by every breakdown, with the
//! cross-filter (a click on a bar or slice toggles that group in the scenario's filter).

use bijstand_core::caseload::duration::DurationBand;
use bijstand_core::caseload::filter::EpisodeFilter;
use bijstand_core::caseload::{
    composition, composition_filtered, default_peildatum, Composition, Precedence,
};
use bijstand_core::date::Date;
use bijstand_core::i18n::{Count, Msg, Plain};
use bijstand_core::lang::Lang;
use bijstand_core::model::{
    Afstand, CodeList, Data, Dataset, Doelgroep, Episodes, Geslacht, Huishoudtype, Leeftijdsklasse,
};
use bijstand_core::scenario::Scenario;

use super::{capitalize, count_label, panel, share_label, shown_row, Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages as msg;

/// The Samenstelling screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CaseloadView {
    /// Heading of the dashboard.
    pub title: String,
    /// Why there is nothing to show (no person-level data, no running benefit); the rest
    /// is empty then.
    pub empty: Option<String>,
    /// The peildatum and precedence controls.
    pub controls: Controls,
    /// The active filter as chips, or the hint how to filter.
    pub filter: FilterBar,
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// Charts with tables.
    pub panels: Vec<Panel>,
    /// The charts whose bars or slices filter, with what each of them toggles.
    pub clickable: Vec<ClickableChart>,
    /// The code list loaded beside the caseload, with its remove button.
    pub code_list: Option<CodeListBar>,
}

/// The code list in use, above the charts.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeListBar {
    /// Which file, how many codes.
    pub text: String,
    /// The remove button.
    pub remove: String,
}

/// The settings above the charts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Controls {
    /// Label of the date input.
    pub peildatum_label: String,
    /// The peildatum in use as an `<input type=date>` value (`jjjj-mm-dd`).
    pub peildatum: String,
    /// Legend of the precedence radio group.
    pub precedence_legend: String,
    /// The precedence options, in order.
    pub precedence: Vec<PrecedenceOption>,
}

/// One radio button of the precedence rule.
#[derive(Clone, Debug, PartialEq)]
pub struct PrecedenceOption {
    /// Its `value` attribute.
    pub value: &'static str,
    /// The text after the button.
    pub label: String,
    /// Whether it is the rule in use.
    pub checked: bool,
    /// The rule it sets.
    pub precedence: Precedence,
}

/// The active filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilterBar {
    /// Shown instead of the chips when no filter is active.
    pub hint: Option<String>,
    /// Accessible name of the region.
    pub region_label: String,
    /// Text before the chips.
    pub heading: String,
    /// One chip per filtered group.
    pub chips: Vec<FilterChip>,
    /// The "clear all" button.
    pub clear: String,
    /// Remark on the differencing guard.
    pub note: String,
}

/// A removable filter chip.
#[derive(Clone, Debug, PartialEq)]
pub struct FilterChip {
    /// Its text.
    pub label: String,
    /// Accessible name of its button.
    pub aria_label: String,
    /// What a click removes from the filter.
    pub item: FilterItem,
}

/// One group in the filter.
#[derive(Clone, Debug, PartialEq)]
pub enum FilterItem {
    /// A gender.
    Geslacht(Geslacht),
    /// An age band.
    Leeftijdsklasse(Leeftijdsklasse),
    /// A target group.
    Doelgroep(Doelgroep),
    /// A distance to the labour market.
    Afstand(Afstand),
    /// A stadsdeel label (lower case; matched ignoring case).
    Stadsdeel(String),
    /// A duration band.
    Duur(DurationBand),
    /// A household type.
    Huishoudtype(Huishoudtype),
    /// With (`true`) or without income from work.
    InkomstenArbeid(bool),
    /// Statushouder (`true`) or not.
    Statushouder(bool),
    /// An instroomreden key (the code in the file, see [`Episodes::instroomredenen`]).
    Instroomreden(String),
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, v: T) {
    match list.iter().position(|x| *x == v) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(v),
    }
}

fn toggle_flag(flag: &mut Option<bool>, v: bool) {
    *flag = match *flag {
        Some(w) if w == v => None,
        _ => Some(v),
    };
}

impl FilterItem {
    /// Adds the group to the filter, or takes it out when it is in.
    pub fn toggle(&self, f: &mut EpisodeFilter) {
        match self {
            FilterItem::Geslacht(g) => toggle(&mut f.geslacht, *g),
            FilterItem::Leeftijdsklasse(b) => toggle(&mut f.leeftijdsklasse, *b),
            FilterItem::Doelgroep(d) => toggle(&mut f.doelgroep, *d),
            FilterItem::Afstand(a) => toggle(&mut f.afstand, *a),
            FilterItem::Duur(d) => toggle(&mut f.duur, *d),
            FilterItem::Huishoudtype(h) => toggle(&mut f.huishoudtype, *h),
            FilterItem::InkomstenArbeid(w) => toggle_flag(&mut f.inkomsten_arbeid, *w),
            FilterItem::Statushouder(s) => toggle_flag(&mut f.statushouder, *s),
            FilterItem::Instroomreden(k) => toggle(&mut f.instroomreden, k.clone()),
            FilterItem::Stadsdeel(label) => {
                match f
                    .stadsdeel
                    .iter()
                    .position(|s| s.eq_ignore_ascii_case(label))
                {
                    Some(i) => {
                        f.stadsdeel.remove(i);
                    }
                    None => f.stadsdeel.push(label.to_lowercase()),
                }
            }
        }
    }

    /// Takes the group out of the filter.
    pub fn remove(&self, f: &mut EpisodeFilter) {
        match self {
            FilterItem::Geslacht(g) => f.geslacht.retain(|x| x != g),
            FilterItem::Leeftijdsklasse(b) => f.leeftijdsklasse.retain(|x| x != b),
            FilterItem::Doelgroep(d) => f.doelgroep.retain(|x| x != d),
            FilterItem::Afstand(a) => f.afstand.retain(|x| x != a),
            FilterItem::Stadsdeel(sd) => f.stadsdeel.retain(|x| x != sd),
            FilterItem::Duur(d) => f.duur.retain(|x| x != d),
            FilterItem::Huishoudtype(h) => f.huishoudtype.retain(|x| x != h),
            FilterItem::InkomstenArbeid(_) => f.inkomsten_arbeid = None,
            FilterItem::Statushouder(_) => f.statushouder = None,
            FilterItem::Instroomreden(k) => f.instroomreden.retain(|x| x != k),
        }
    }
}

/// Toggles every group of a click (see [`CaseloadView::clicked`]) in the filter.
pub fn toggle_filter(f: &mut EpisodeFilter, clicked: &[FilterItem]) {
    for item in clicked {
        item.toggle(f);
    }
}

/// A row of a composition table as a button: it toggles the same group as a click on its
/// bar or slice, so the cross-filter works by keyboard.
#[derive(Clone, Debug, PartialEq)]
pub struct RowButton {
    /// The group it toggles.
    pub item: FilterItem,
    /// The group is in the filter now (`aria-pressed`).
    pub pressed: bool,
    /// Accessible name: "Filter op Vrouw".
    pub label: String,
}

impl FilterItem {
    /// Whether the group is in the filter.
    pub fn is_in(&self, f: &EpisodeFilter) -> bool {
        match self {
            FilterItem::Geslacht(g) => f.geslacht.contains(g),
            FilterItem::Leeftijdsklasse(b) => f.leeftijdsklasse.contains(b),
            FilterItem::Doelgroep(d) => f.doelgroep.contains(d),
            FilterItem::Afstand(a) => f.afstand.contains(a),
            FilterItem::Duur(d) => f.duur.contains(d),
            FilterItem::Huishoudtype(h) => f.huishoudtype.contains(h),
            FilterItem::InkomstenArbeid(w) => f.inkomsten_arbeid == Some(*w),
            FilterItem::Statushouder(s) => f.statushouder == Some(*s),
            FilterItem::Instroomreden(k) => f.instroomreden.contains(k),
            FilterItem::Stadsdeel(label) => {
                f.stadsdeel.iter().any(|s| s.eq_ignore_ascii_case(label))
            }
        }
    }
}

/// A chart whose bars or slices filter the other views.
#[derive(Clone, Debug, PartialEq)]
pub struct ClickableChart {
    /// The chart's id (`data-testid`).
    pub id: &'static str,
    /// Each category as shown, with the group it stands for.
    pub categories: Vec<(String, FilterItem)>,
    /// Each series name as shown, with the group it stands for (the pyramid's sides).
    pub series: Vec<(String, FilterItem)>,
}

impl CaseloadView {
    /// Per panel, per table row: the button that filters on the row's group, where the
    /// panel's chart filters and the row is one of its bars or slices (not a total).
    pub fn row_buttons(&self, filter: &EpisodeFilter, lang: Lang) -> Vec<Vec<Option<RowButton>>> {
        self.panels
            .iter()
            .map(|p| {
                let Some(c) = self.clickable.iter().find(|c| c.id == p.chart.id) else {
                    return vec![];
                };
                p.table
                    .rows
                    .iter()
                    .map(|r| {
                        let label = r.first()?;
                        let item = c.categories.iter().find(|(l, _)| l == label)?.1.clone();
                        Some(RowButton {
                            pressed: item.is_in(filter),
                            label: msg::caseload::filter_on(lang, label),
                            item,
                        })
                    })
                    .collect()
            })
            .collect()
    }

    /// The groups a click on the bar or slice of `category` in series `series` of chart
    /// `chart` toggles: the category, and in the pyramid also the side's gender. Empty
    /// when the chart does not filter or the category is unknown.
    pub fn clicked(&self, chart: &str, series: &str, category: &str) -> Vec<FilterItem> {
        let Some(c) = self.clickable.iter().find(|c| c.id == chart) else {
            return vec![];
        };
        let find = |list: &[(String, FilterItem)], label: &str| {
            list.iter()
                .find(|(l, _)| l == label)
                .map(|(_, item)| item.clone())
        };
        find(&c.categories, category)
            .into_iter()
            .chain(find(&c.series, series))
            .collect()
    }
}

/// Reads the value of an `<input type=date>` (`jjjj-mm-dd`).
pub fn parse_input_date(s: &str) -> Option<Date> {
    let mut p = s.split('-');
    let (y, m, d) = (
        p.next()?.parse().ok()?,
        p.next()?.parse().ok()?,
        p.next()?.parse().ok()?,
    );
    Date::from_ymd(y, m, d)
}

/// The composition on `peildatum` of the benefits passing `filter`. A filtered
/// composition is guarded against differencing with the full one: a cell whose
/// complement (full minus filtered) is a small group is suppressed too.
pub fn filtered_composition(
    e: &Episodes,
    peildatum: Date,
    precedence: Precedence,
    filter: &EpisodeFilter,
    threshold: u32,
) -> Composition {
    let all = composition(e, peildatum, precedence);
    if filter.is_empty() {
        return all;
    }
    let mask = filter.mask(e, peildatum, precedence);
    let mut c = composition_filtered(e, peildatum, precedence, Some(&mask));
    c.guard_against(&all, threshold);
    c
}

/// Builds the Samenstelling screen: the scenario's peildatum (or the data's last month
/// end), its precedence rule, threshold and filter.
pub fn build(dataset: &Dataset, scenario: &Scenario, _ctx: &Context) -> CaseloadView {
    let lang = scenario.lang;
    let title = msg::caseload::TITLE.get(lang).to_string();
    let empty = || CaseloadView {
        title: title.clone(),
        empty: Some(msg::caseload::NO_BENEFITS.get(lang).into()),
        ..Default::default()
    };
    let Data::Episodes(e) = &dataset.data else {
        return empty();
    };
    let Some(peil) = scenario.peildatum.or_else(|| default_peildatum(e)) else {
        return empty();
    };
    let c = filtered_composition(
        e,
        peil,
        scenario.precedence,
        &scenario.filter,
        scenario.threshold,
    );
    let mut figures = caseload_view(&c, scenario.precedence, scenario.threshold, lang);
    let mut clickable = clickable(&figures.panels, lang);
    let codes = dataset.instroomreden_codes.as_deref();
    if let Some((panel, chart)) = instroomreden_panel(e, codes, &c, scenario.threshold, lang) {
        figures.panels.push(panel);
        clickable.push(chart);
    }
    let (y, m, d) = peil.ymd();
    let option = |value, label: Msg, precedence| PrecedenceOption {
        value,
        label: label.get(lang).into(),
        checked: scenario.precedence == precedence,
        precedence,
    };
    CaseloadView {
        title,
        empty: None,
        controls: Controls {
            peildatum_label: msg::caseload::PEILDATUM.get(lang).into(),
            peildatum: format!("{y:04}-{m:02}-{d:02}"),
            precedence_legend: msg::caseload::PRECEDENCE.get(lang).into(),
            precedence: vec![
                option(
                    "statushouder",
                    msg::caseload::STATUSHOUDER_FIRST,
                    Precedence::StatushouderFirst,
                ),
                option(
                    "jongere",
                    msg::caseload::JONGERE_FIRST,
                    Precedence::JongereFirst,
                ),
            ],
        },
        filter: filter_bar(
            &scenario.filter,
            lang,
            &|key| match e.instroomredenen.code_of(key) {
                Some(code) => instroomreden_label(e, codes, code, lang),
                None => key.to_string(),
            },
        ),
        kpis: figures.kpis,
        panels: figures.panels,
        clickable,
        code_list: codes.map(|c| CodeListBar {
            text: msg::caseload::code_list_bar(lang, &c.name, Count(c.codes.len() as i64)),
            remove: msg::caseload::REMOVE_CODE_LIST.get(lang).into(),
        }),
    }
}

/// What the bars and slices of the composition charts stand for, read off the charts.
fn clickable(panels: &[Panel], lang: Lang) -> Vec<ClickableChart> {
    let categories = |id: &str| -> Vec<String> {
        panels
            .iter()
            .find(|p| p.chart.id == id)
            .map(|p| p.chart.categories.clone())
            .unwrap_or_default()
    };
    let zip = |id: &str, items: Vec<FilterItem>| -> Vec<(String, FilterItem)> {
        categories(id).into_iter().zip(items).collect()
    };
    vec![
        ClickableChart {
            id: "chart-pyramid",
            categories: zip(
                "chart-pyramid",
                Leeftijdsklasse::ALL
                    .iter()
                    .map(|b| FilterItem::Leeftijdsklasse(*b))
                    .collect(),
            ),
            series: vec![
                (
                    msg::caseload::MEN.get(lang).into(),
                    FilterItem::Geslacht(Geslacht::Man),
                ),
                (
                    msg::caseload::WOMEN.get(lang).into(),
                    FilterItem::Geslacht(Geslacht::Vrouw),
                ),
            ],
        },
        ClickableChart {
            id: "chart-doelgroep",
            categories: zip(
                "chart-doelgroep",
                Doelgroep::ALL
                    .iter()
                    .map(|d| FilterItem::Doelgroep(*d))
                    .collect(),
            ),
            series: vec![],
        },
        ClickableChart {
            id: "chart-afstand",
            categories: zip(
                "chart-afstand",
                Afstand::ALL
                    .iter()
                    .map(|a| FilterItem::Afstand(*a))
                    .collect(),
            ),
            series: vec![],
        },
        ClickableChart {
            id: "chart-stadsdeel",
            categories: categories("chart-stadsdeel")
                .into_iter()
                .map(|c| {
                    let item = FilterItem::Stadsdeel(c.to_lowercase());
                    (c, item)
                })
                .collect(),
            series: vec![],
        },
        ClickableChart {
            id: "chart-duur",
            categories: zip(
                "chart-duur",
                DurationBand::ALL
                    .iter()
                    .map(|d| FilterItem::Duur(*d))
                    .collect(),
            ),
            series: vec![],
        },
        ClickableChart {
            id: "chart-huishoudtype",
            // The last slice, "onbekend", is no filter.
            categories: zip(
                "chart-huishoudtype",
                Huishoudtype::ALL
                    .iter()
                    .map(|h| FilterItem::Huishoudtype(*h))
                    .collect(),
            ),
            series: vec![],
        },
        ClickableChart {
            id: "chart-inkomsten",
            categories: zip(
                "chart-inkomsten",
                vec![
                    FilterItem::InkomstenArbeid(true),
                    FilterItem::InkomstenArbeid(false),
                ],
            ),
            series: vec![],
        },
    ]
}

/// An instroomreden as shown: `14 – Einde Uitkering werkeloosheid` (the code with its
/// description from the code list, else from the file), the code alone when there is no
/// description, the description alone in a file without codes, `onbekend` for an empty
/// cell.
pub fn instroomreden_label(
    e: &Episodes,
    codes: Option<&CodeList>,
    code: u16,
    lang: Lang,
) -> String {
    let key = e.instroomredenen.label(code);
    let label = codes
        .and_then(|c| c.label(key))
        .or_else(|| e.instroomreden_label(code));
    match (key.is_empty(), label) {
        (true, _) => msg::caseload::UNKNOWN.get(lang).to_string(),
        (false, Some(label)) if label != key => msg::caseload::code_label(lang, key, label),
        (false, _) => key.to_string(),
    }
}

/// The instroomreden breakdown (largest first) and what its bars filter; `None` when
/// the file has no instroomreden column.
fn instroomreden_panel(
    e: &Episodes,
    codes: Option<&CodeList>,
    c: &Composition,
    threshold: u32,
    lang: Lang,
) -> Option<(Panel, ClickableChart)> {
    if !e.has_instroomreden() || c.instroomreden.len() != e.instroomredenen.labels.len() {
        return None;
    }
    let mut order: Vec<usize> = (0..c.instroomreden.len()).collect();
    bijstand_core::sort::sort_by(&mut order, |&a, &b| {
        c.instroomreden[b].cmp(&c.instroomreden[a]).then_with(|| {
            let (ka, kb) = (
                e.instroomredenen.label(a as u16),
                e.instroomredenen.label(b as u16),
            );
            let num = |k: &str| k.parse::<u64>().ok();
            num(ka).cmp(&num(kb)).then_with(|| ka.cmp(kb))
        })
    });
    let categories: Vec<String> = order
        .iter()
        .map(|&i| instroomreden_label(e, codes, i as u16, lang))
        .collect();
    let counts: Vec<u32> = order.iter().map(|&i| c.instroomreden[i]).collect();
    let mut p = panel(
        "chart-instroomreden",
        msg::caseload::INSTROOMREDEN.get(lang),
        categories.clone(),
        &counts,
        c.total,
        ChartKind::Bar { horizontal: true },
        (threshold, lang),
    );
    let keys = &e.instroomredenen.labels;
    let labels = &e.instroomreden_labels;
    let described = |i: usize| labels.get(i).is_some_and(|l| !l.is_empty());
    let descriptions_only =
        (0..keys.len()).all(|i| keys[i].is_empty() || labels.get(i) == Some(&keys[i]));
    let missing: Vec<&str> = codes
        .map(|list| {
            keys.iter()
                .filter(|k| !k.is_empty() && list.label(k).is_none())
                .map(String::as_str)
                .collect()
        })
        .unwrap_or_default();
    p.note = Some(if let Some(list) = codes {
        let mut note = msg::caseload::instroomreden_code_list(lang, &list.name);
        if !missing.is_empty() {
            note.push_str(&msg::caseload::codes_not_listed(lang, &missing.join(", ")));
        }
        note
    } else {
        if !(0..keys.len()).any(described) {
            msg::caseload::INSTROOMREDEN_CODES_ONLY
        } else if descriptions_only {
            msg::caseload::INSTROOMREDEN_DESCRIPTIONS
        } else {
            msg::caseload::INSTROOMREDEN_FILE_LABELS
        }
        .get(lang)
        .to_string()
    });
    let chart =
        ClickableChart {
            id: "chart-instroomreden",
            categories: categories
                .into_iter()
                .zip(order.iter().map(|&i| {
                    FilterItem::Instroomreden(e.instroomredenen.label(i as u16).to_string())
                }))
                .collect(),
            series: vec![],
        };
    Some((p, chart))
}

/// The active filter as chips, in a fixed order; `instroom` labels an instroomreden key.
pub(crate) fn filter_bar(
    f: &EpisodeFilter,
    lang: Lang,
    instroom: &dyn Fn(&str) -> String,
) -> FilterBar {
    let m = |x: Msg| x.get(lang).to_string();
    if f.is_empty() {
        return FilterBar {
            hint: Some(m(msg::caseload::FILTER_HINT)),
            ..Default::default()
        };
    }
    let mut items: Vec<(String, FilterItem)> = Vec::new();
    for g in &f.geslacht {
        items.push((g.label().get(lang).to_string(), FilterItem::Geslacht(*g)));
    }
    for b in &f.leeftijdsklasse {
        items.push((
            b.label().get(lang).to_string(),
            FilterItem::Leeftijdsklasse(*b),
        ));
    }
    for d in &f.doelgroep {
        items.push((d.label().get(lang).to_string(), FilterItem::Doelgroep(*d)));
    }
    for a in &f.afstand {
        items.push((a.label().get(lang).to_string(), FilterItem::Afstand(*a)));
    }
    for sd in &f.stadsdeel {
        items.push((capitalize(sd), FilterItem::Stadsdeel(sd.clone())));
    }
    for d in &f.duur {
        items.push((d.label().get(lang).to_string(), FilterItem::Duur(*d)));
    }
    for h in &f.huishoudtype {
        items.push((
            h.label().get(lang).to_string(),
            FilterItem::Huishoudtype(*h),
        ));
    }
    for k in &f.instroomreden {
        items.push((instroom(k), FilterItem::Instroomreden(k.clone())));
    }
    if let Some(w) = f.inkomsten_arbeid {
        let text = if w {
            msg::caseload::WITH_WORK
        } else {
            msg::caseload::WITHOUT_WORK
        };
        items.push((m(text), FilterItem::InkomstenArbeid(w)));
    }
    if let Some(sh) = f.statushouder {
        let text = if sh {
            msg::caseload::STATUSHOUDER
        } else {
            msg::caseload::NOT_STATUSHOUDER
        };
        items.push((m(text), FilterItem::Statushouder(sh)));
    }
    FilterBar {
        hint: None,
        region_label: m(msg::caseload::ACTIVE_FILTERS),
        heading: m(msg::caseload::FILTER),
        chips: items
            .into_iter()
            .map(|(label, item)| FilterChip {
                aria_label: msg::caseload::remove_filter(lang, &label),
                label,
                item,
            })
            .collect(),
        clear: m(msg::caseload::CLEAR_ALL),
        note: m(msg::caseload::FILTER_NOTE),
    }
}

/// The key figures and charts of a composition.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseloadFigures {
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// Charts with tables: pyramid, doelgroep, afstand, stadsdeel, duur, huishoudtype,
    /// inkomsten uit werk.
    pub panels: Vec<Panel>,
}

/// The key figures and charts of a (filtered, guarded) composition.
pub fn caseload_view(
    c: &Composition,
    precedence: Precedence,
    threshold: u32,
    lang: Lang,
) -> CaseloadFigures {
    let benefits = msg::common::BENEFITS_LOWER.get(lang);
    let count = |n: u32| count_label(n, threshold, lang);
    let share = |n: u32| share_label(lang, n, c.total, threshold, 1);
    let t = c.total;
    let kpis = vec![
        Kpi {
            id: "kpi-total",
            label: msg::caseload::KPI_TOTAL.get(lang).into(),
            value: count(t),
            note: msg::caseload::running_on(lang, c.peildatum),
        },
        Kpi {
            id: "kpi-jongeren",
            label: msg::caseload::KPI_YOUTH.get(lang).into(),
            value: share(c.under_27),
            note: msg::caseload::youth_note(
                lang,
                &count(c.under_27),
                &share(c.doelgroep[Doelgroep::Jongere.index()]),
            ),
        },
        Kpi {
            id: "kpi-overig",
            label: msg::caseload::KPI_OTHER.get(lang).into(),
            value: share(c.doelgroep[Doelgroep::Overig.index()]),
            note: msg::caseload::KPI_OTHER_NOTE.get(lang).into(),
        },
        Kpi {
            id: "kpi-lang",
            label: msg::caseload::KPI_LONG.get(lang).into(),
            value: share(c.afstand[Afstand::Lang.index()]),
            note: msg::common::n_benefits(lang, &count(c.afstand[Afstand::Lang.index()])),
        },
        Kpi {
            id: "kpi-inkomsten",
            label: msg::caseload::KPI_WORK.get(lang).into(),
            value: count(c.inkomsten_arbeid),
            note: msg::caseload::KPI_WORK_NOTE.get(lang).into(),
        },
    ];

    // Pyramid: men left, women right; other/unknown gender listed in the table only.
    let bands: Vec<String> = Leeftijdsklasse::ALL
        .iter()
        .map(|b| b.label().get(lang).to_string())
        .collect();
    let men = c.gender_age[Geslacht::Man.index()];
    let women = c.gender_age[Geslacht::Vrouw.index()];
    let other: Vec<u32> = (0..6)
        .map(|b| {
            c.gender_age[Geslacht::Anders.index()][b] + c.gender_age[Geslacht::Onbekend.index()][b]
        })
        .collect();
    let (mv, ml) = shown_row(&men, threshold, lang);
    let (wv, wl) = shown_row(&women, threshold, lang);
    let (_, ol) = shown_row(&other, threshold, lang);
    let gender_age = msg::caseload::GENDER_AGE.get(lang);
    let pyramid = Panel {
        chart: ChartSpec {
            id: "chart-pyramid".into(),
            title: gender_age.into(),
            categories: bands.clone(),
            series: vec![
                Series {
                    name: msg::caseload::MEN.get(lang).into(),
                    values: mv,
                    labels: ml.clone(),
                    color: PALETTE[0].into(),
                    style: SeriesStyle::Bar,
                },
                Series {
                    name: msg::caseload::WOMEN.get(lang).into(),
                    values: wv,
                    labels: wl.clone(),
                    color: PALETTE[1].into(),
                    style: SeriesStyle::Bar,
                },
            ],
            kind: ChartKind::Pyramid,
            value_title: benefits.into(),
            ..Default::default()
        },
        table: Table {
            caption: gender_age.into(),
            headers: vec![
                msg::caseload::AGE.get(lang).into(),
                msg::caseload::MEN.get(lang).into(),
                msg::caseload::WOMEN.get(lang).into(),
                msg::caseload::OTHER_UNKNOWN.get(lang).into(),
            ],
            rows: (0..6)
                .map(|b| {
                    vec![
                        bands[b].clone(),
                        ml[b].clone(),
                        wl[b].clone(),
                        ol[b].clone(),
                    ]
                })
                .collect(),
        },
        note: Some(format!(
            "{}{}",
            msg::caseload::age_note(lang, Plain(c.peildatum.year())),
            if c.age_unknown > 0 {
                msg::caseload::age_unknown(lang, &count(c.age_unknown))
            } else {
                String::new()
            }
        )),
    };

    let mut doelgroep = panel(
        "chart-doelgroep",
        msg::caseload::TARGET_GROUP.get(lang),
        Doelgroep::ALL
            .iter()
            .map(|d| d.label().get(lang).to_string())
            .collect(),
        &c.doelgroep,
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    doelgroep.note = Some(msg::caseload::target_group_note(
        lang,
        precedence.label(lang),
        &count(c.under_27),
    ));
    let afstand = panel(
        "chart-afstand",
        msg::caseload::DISTANCE.get(lang),
        Afstand::ALL
            .iter()
            .map(|a| a.label().get(lang).to_string())
            .collect(),
        &c.afstand,
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    // Largest district first; labels capitalised for display ("zuid" → "Zuid").
    let mut districts = c.stadsdeel.clone();
    bijstand_core::sort::sort_by(&mut districts, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    let sd_counts: Vec<u32> = districts.iter().map(|s| s.1).collect();
    let stadsdeel = panel(
        "chart-stadsdeel",
        msg::caseload::DISTRICT.get(lang),
        districts.iter().map(|s| capitalize(&s.0)).collect(),
        &sd_counts,
        t,
        ChartKind::Bar { horizontal: true },
        (threshold, lang),
    );
    let duur = panel(
        "chart-duur",
        msg::caseload::DURATION.get(lang),
        DurationBand::ALL
            .iter()
            .map(|d| d.label().get(lang).to_string())
            .collect(),
        &c.duur,
        t,
        ChartKind::Bar { horizontal: false },
        (threshold, lang),
    );
    let mut huishouden = panel(
        "chart-huishoudtype",
        msg::caseload::HOUSEHOLD.get(lang),
        Huishoudtype::ALL
            .iter()
            .map(|h| h.label().get(lang).to_string())
            .chain(std::iter::once(
                msg::caseload::UNKNOWN.get(lang).to_string(),
            ))
            .collect(),
        &[
            c.huishoudtype[0],
            c.huishoudtype[1],
            c.huishoudtype[2],
            c.huishoudtype_unknown,
        ],
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    if c.huishoudtype_unknown == t && t > 0 {
        huishouden.note = Some(msg::caseload::NO_HOUSEHOLD_COLUMN.get(lang).into());
    }
    let mut werk = panel(
        "chart-inkomsten",
        msg::caseload::WORK.get(lang),
        vec![
            msg::caseload::WITH_WORK.get(lang).into(),
            msg::caseload::WITHOUT_WORK.get(lang).into(),
        ],
        &[c.inkomsten_arbeid, c.zonder_inkomsten_arbeid],
        t,
        ChartKind::Donut,
        (threshold, lang),
    );
    werk.note = Some(msg::caseload::WORK_NOTE.get(lang).into());
    CaseloadFigures {
        kpis,
        panels: vec![
            pyramid, doelgroep, afstand, stadsdeel, duur, huishouden, werk,
        ],
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cells_show_as_below_threshold_everywhere() {
        let c = Composition {
            peildatum: Date::from_ymd(2024, 9, 30).unwrap(),
            total: 120,
            doelgroep: [7, 13, 100],
            afstand: [60, 55, 5],
            under_27: 7,
            stadsdeel: vec![("Zuid".into(), 110), ("Oost".into(), 10)],
            ..Default::default()
        };
        let v = caseload_view(&c, Precedence::default(), 10, Lang::Nl);
        let dg = &v.panels[1];
        assert_eq!(
            dg.chart.series[0].labels,
            vec!["<10", "<10", "100"],
            "complementary suppression"
        );
        assert_eq!(dg.table.rows[0][1], "<10");
        assert_eq!(
            dg.table.rows[0][2], "<10",
            "no share that reveals the count"
        );
        assert_eq!(v.kpis[1].value, "<10");
        assert_eq!(v.kpis[0].value, "120");
        assert!(v.panels[1]
            .note
            .as_ref()
            .unwrap()
            .contains("statushouder gaat voor jongere"));
        assert_eq!(
            v.panels[3].chart.categories,
            vec!["Zuid", "Oost"],
            "largest first, capitalised"
        );
    }

    #[test]
    fn duration_household_and_partial_work_panels_respect_the_small_cell_rule() {
        let c = Composition {
            peildatum: Date::from_ymd(2024, 9, 30).unwrap(),
            total: 8,
            duur: [3, 5, 0, 0, 0],
            huishoudtype: [0, 0, 0],
            huishoudtype_unknown: 8,
            inkomsten_arbeid: 2,
            zonder_inkomsten_arbeid: 6,
            ..Default::default()
        };
        let v = caseload_view(&c, Precedence::default(), 10, Lang::Nl);
        let ids: Vec<&str> = v.panels.iter().map(|p| p.chart.id.as_str()).collect();
        assert_eq!(
            &ids[4..],
            ["chart-duur", "chart-huishoudtype", "chart-inkomsten"]
        );
        let duur = &v.panels[4];
        assert_eq!(duur.chart.series[0].labels[..2], ["<10", "<10"]);
        let total_row = duur.table.rows.last().unwrap();
        assert_eq!(
            total_row[1], "<10",
            "a small total is suppressed in the table too"
        );
        assert!(v.panels[5]
            .note
            .as_ref()
            .unwrap()
            .contains("geen kolom huishoudtype"));
        assert_eq!(v.panels[6].table.rows[0][1], "<10");
        assert_eq!(v.panels[6].table.rows[1][1], "<10");
    }

    fn synthetic() -> Dataset {
        crate::embedded::synthetic().expect("embedded synthetic data loads")
    }

    fn scenario(lang: Lang) -> Scenario {
        Scenario {
            lang,
            ..Scenario::default()
        }
    }

    fn kpi<'a>(v: &'a CaseloadView, id: &str) -> &'a Kpi {
        v.kpis.iter().find(|k| k.id == id).unwrap()
    }

    fn table_count(v: &CaseloadView, chart: &str, category: &str) -> String {
        let p = v.panels.iter().find(|p| p.chart.id == chart).unwrap();
        p.table.rows.iter().find(|r| r[0] == category).unwrap()[1].clone()
    }

    #[test]
    fn dutch_build_gives_the_reference_figures() {
        let ds = synthetic();
        let v = build(&ds, &scenario(Lang::Nl), &Context::default());
        assert_eq!(v.empty, None);
        assert_eq!(v.title, "Samenstelling bijstandsbestand");
        assert_eq!(
            v.controls.peildatum, "2024-09-30",
            "the data's last month end"
        );
        assert_eq!(kpi(&v, "kpi-total").value, "5.687");
        assert_eq!(kpi(&v, "kpi-total").note, "lopend op 30-09-2024");
        assert_eq!(kpi(&v, "kpi-jongeren").value, "11,8%");
        assert_eq!(
            kpi(&v, "kpi-jongeren").note,
            "671 uitkeringen, ook jonge statushouders; de doelgroep jongeren (exclusief) is 10,8%"
        );
        // The donut's youth slice is the exclusive target group: named differently, with
        // the difference explained under it.
        let donut = &v.panels[1];
        assert_eq!(donut.chart.id, "chart-doelgroep");
        assert_eq!(donut.chart.categories[0], "doelgroep jongeren");
        assert_eq!(donut.table.rows[0][2], "10,8%");
        assert!(donut
            .note
            .as_deref()
            .unwrap()
            .contains("'Alle jongeren (< 27)' (671"));
        assert_eq!(kpi(&v, "kpi-overig").value, "69,0%");
        assert_eq!(kpi(&v, "kpi-lang").value, "60,0%");
        assert_eq!(kpi(&v, "kpi-lang").note, "3.412 uitkeringen");
        assert_eq!(table_count(&v, "chart-stadsdeel", "Zuid"), "1.617");
        assert_eq!(
            v.filter.hint.as_deref(),
            Some("Klik op een staaf of taartpunt om op die groep te filteren, of gebruik de knoppen in de tabel onder de grafiek.")
        );
        let prec: Vec<(&str, bool)> = v
            .controls
            .precedence
            .iter()
            .map(|o| (o.label.as_str(), o.checked))
            .collect();
        assert_eq!(
            prec,
            [
                (" statushouder gaat voor", true),
                (" jongere gaat voor", false)
            ]
        );
        let ids: Vec<&str> = v.clickable.iter().map(|c| c.id).collect();
        assert_eq!(
            ids,
            [
                "chart-pyramid",
                "chart-doelgroep",
                "chart-afstand",
                "chart-stadsdeel",
                "chart-duur",
                "chart-huishoudtype",
                "chart-inkomsten"
            ]
        );
    }

    #[test]
    fn english_build_writes_english_numbers_and_dates() {
        let ds = synthetic();
        let v = build(&ds, &scenario(Lang::En), &Context::default());
        assert_eq!(v.title, "Caseload composition");
        assert_eq!(kpi(&v, "kpi-total").value, "5,687");
        assert_eq!(kpi(&v, "kpi-total").note, "running on 30 Sep 2024");
        assert_eq!(kpi(&v, "kpi-jongeren").value, "11.8%");
        assert_eq!(kpi(&v, "kpi-lang").note, "3,412 benefits");
        assert_eq!(table_count(&v, "chart-stadsdeel", "Zuid"), "1,617");
        let total_row = v.panels[3].table.rows.last().unwrap();
        assert_eq!(total_row, &["Total", "5,687", "100.0%"]);
        assert_eq!(
            v.panels[0].note.as_deref(),
            Some("Age = 2024 − birth year (may be one year off).")
        );
    }

    #[test]
    fn no_person_level_data_says_so() {
        let ds = crate::embedded::kerncijfers().unwrap();
        let v = build(&ds, &scenario(Lang::Nl), &Context::default());
        assert_eq!(
            v.empty.as_deref(),
            Some("Het bestand bevat geen uitkeringen.")
        );
        assert!(v.kpis.is_empty() && v.panels.is_empty());
    }

    #[test]
    fn a_click_on_a_district_filters_and_the_chip_removes_it() {
        let ds = synthetic();
        let mut s = scenario(Lang::Nl);
        let v = build(&ds, &s, &Context::default());
        let zuid = table_count(&v, "chart-stadsdeel", "Zuid");
        let clicked = v.clicked("chart-stadsdeel", "Uitkeringen", "Zuid");
        assert_eq!(clicked, [FilterItem::Stadsdeel("zuid".into())]);
        toggle_filter(&mut s.filter, &clicked);
        assert_eq!(s.filter.stadsdeel, ["zuid"]);

        let f = build(&ds, &s, &Context::default());
        assert_eq!(
            kpi(&f, "kpi-total").value,
            zuid,
            "the filtered total is Zuid's count"
        );
        assert_eq!(f.filter.hint, None);
        assert_eq!(f.filter.chips.len(), 1);
        assert_eq!(f.filter.chips[0].label, "Zuid");
        assert_eq!(f.filter.chips[0].aria_label, "Filter verwijderen: Zuid");
        assert_eq!(f.filter.clear, "Alles wissen");

        f.filter.chips[0].item.remove(&mut s.filter);
        assert!(s.filter.is_empty());
        // A second click on the same bar takes the group out again.
        toggle_filter(&mut s.filter, &clicked);
        toggle_filter(&mut s.filter, &clicked);
        assert!(s.filter.is_empty());
    }

    #[test]
    fn table_rows_filter_like_a_click_on_their_bar() {
        let ds = synthetic();
        let mut s = scenario(Lang::Nl);
        let v = build(&ds, &s, &Context::default());
        let buttons = v.row_buttons(&s.filter, Lang::Nl);
        assert_eq!(buttons.len(), v.panels.len());
        // Every clickable chart's table has buttons, and each does what a click does.
        for c in &v.clickable {
            let i = v.panels.iter().position(|p| p.chart.id == c.id).unwrap();
            let rows = &buttons[i];
            assert_eq!(rows.len(), v.panels[i].table.rows.len(), "{}", c.id);
            let with: Vec<&RowButton> = rows.iter().flatten().collect();
            assert!(!with.is_empty(), "{} has row buttons", c.id);
            for (r, b) in v.panels[i].table.rows.iter().zip(rows) {
                if let Some(b) = b {
                    assert_eq!(v.clicked(c.id, "", &r[0]), std::slice::from_ref(&b.item));
                    assert!(!b.pressed);
                }
            }
        }
        let i = v
            .panels
            .iter()
            .position(|p| p.chart.id == "chart-stadsdeel")
            .unwrap();
        let row = v.panels[i]
            .table
            .rows
            .iter()
            .position(|r| r[0] == "Zuid")
            .unwrap();
        let zuid = buttons[i][row].clone().unwrap();
        assert_eq!(zuid.label, "Filter op Zuid");
        zuid.item.toggle(&mut s.filter);
        let f = build(&ds, &s, &Context::default());
        assert_eq!(f.filter.chips[0].label, "Zuid");
        let pressed = f.row_buttons(&s.filter, Lang::Nl);
        let i = f
            .panels
            .iter()
            .position(|p| p.chart.id == "chart-stadsdeel")
            .unwrap();
        let zuid_row = f.panels[i]
            .table
            .rows
            .iter()
            .position(|r| r[0] == "Zuid")
            .unwrap();
        assert!(pressed[i][zuid_row].as_ref().unwrap().pressed);
        // Panels whose chart does not filter have no buttons.
        assert!(f
            .panels
            .iter()
            .zip(&pressed)
            .filter(|(p, _)| !f.clickable.iter().any(|c| c.id == p.chart.id))
            .all(|(_, b)| b.is_empty()));
    }

    #[test]
    fn a_click_maps_the_shown_category_in_either_language() {
        let ds = synthetic();
        for (lang, women, long_duration, with_work) in [
            (
                Lang::Nl,
                "Vrouw",
                "10 jaar of langer",
                "met inkomsten uit werk",
            ),
            (
                Lang::En,
                "Women",
                "10 years or more",
                "with income from work",
            ),
        ] {
            let v = build(&ds, &scenario(lang), &Context::default());
            assert_eq!(
                v.clicked("chart-pyramid", women, "30–39"),
                [
                    FilterItem::Leeftijdsklasse(Leeftijdsklasse::Van30),
                    FilterItem::Geslacht(Geslacht::Vrouw)
                ],
                "{lang:?}: the bar's age band and its side's gender"
            );
            assert_eq!(
                v.clicked("chart-duur", "", long_duration),
                [FilterItem::Duur(DurationBand::ALL[4])],
                "{lang:?}"
            );
            assert_eq!(
                v.clicked("chart-inkomsten", "", with_work),
                [FilterItem::InkomstenArbeid(true)]
            );
            assert!(v.clicked("chart-doelgroep", "", "no such group").is_empty());
            assert!(v.clicked("chart-unknown", "", with_work).is_empty());
        }
    }

    #[test]
    fn flags_toggle_between_on_off_and_the_other_value() {
        let mut f = EpisodeFilter::default();
        toggle_filter(&mut f, &[FilterItem::InkomstenArbeid(true)]);
        assert_eq!(f.inkomsten_arbeid, Some(true));
        toggle_filter(&mut f, &[FilterItem::InkomstenArbeid(false)]);
        assert_eq!(f.inkomsten_arbeid, Some(false));
        toggle_filter(&mut f, &[FilterItem::InkomstenArbeid(false)]);
        assert_eq!(f.inkomsten_arbeid, None);
        // Stadsdeel labels match ignoring case.
        f.stadsdeel = vec!["Zuid".into()];
        toggle_filter(&mut f, &[FilterItem::Stadsdeel("zuid".into())]);
        assert!(f.stadsdeel.is_empty());
    }

    #[test]
    fn chips_follow_the_filter_and_the_language() {
        let ds = synthetic();
        let mut s = scenario(Lang::En);
        s.filter.geslacht = vec![Geslacht::Vrouw];
        s.filter.duur = vec![DurationBand::ALL[4]];
        s.filter.inkomsten_arbeid = Some(false);
        s.filter.statushouder = Some(true);
        let v = build(&ds, &s, &Context::default());
        let labels: Vec<&str> = v.filter.chips.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "female",
                "10 years or more",
                "without income from work",
                "refugee"
            ]
        );
        assert_eq!(v.filter.chips[0].aria_label, "Remove filter: female");
        for chip in &v.filter.chips {
            chip.item.remove(&mut s.filter);
        }
        assert!(s.filter.is_empty());
    }

    #[test]
    fn a_filtered_view_does_not_reveal_a_small_complement() {
        let ds = synthetic();
        let Data::Episodes(e) = &ds.data else {
            panic!("episodes")
        };
        let peil = Date::from_ymd(2024, 9, 30).unwrap();
        let p = Precedence::default();
        // Leaving out the 120 benefits of unknown distance: many of their pyramid cells are small.
        let filter = EpisodeFilter {
            afstand: vec![Afstand::Kort, Afstand::Lang],
            ..Default::default()
        };
        let all = composition(e, peil, p);
        let unguarded = composition_filtered(e, peil, p, Some(&filter.mask(e, peil, p)));
        let guarded = filtered_composition(e, peil, p, &filter, 10);
        let mut revealing = 0;
        for g in 0..2 {
            for b in 0..6 {
                let (f, u) = (unguarded.gender_age[g][b], all.gender_age[g][b]);
                let small_complement = f > 0 && (1..10).contains(&(u - f));
                assert_eq!(
                    guarded.gender_age[g][b] < 10,
                    f < 10 || small_complement,
                    "cell {g},{b}: {f} of {u}"
                );
                revealing += small_complement as u32;
            }
        }
        assert!(revealing > 0, "the test exercises the guard");
        // The screen shows the guarded cells as <10.
        let s = Scenario {
            filter,
            ..scenario(Lang::Nl)
        };
        let v = build(&ds, &s, &Context::default());
        let mut hidden_by_guard = 0;
        for g in 0..2 {
            for b in 0..6 {
                let (f, u) = (unguarded.gender_age[g][b], all.gender_age[g][b]);
                if f >= 10 && (1..10).contains(&(u - f)) {
                    assert_eq!(v.panels[0].table.rows[b][1 + g], "<10", "cell {g},{b}");
                    hidden_by_guard += 1;
                }
            }
        }
        assert!(
            hidden_by_guard > 0,
            "a large filtered cell is hidden by the guard"
        );
        // Without a filter nothing is guarded.
        assert_eq!(
            filtered_composition(e, peil, p, &EpisodeFilter::default(), 10),
            all
        );
    }

    #[test]
    fn input_dates_are_read() {
        assert_eq!(parse_input_date("2024-09-30"), Date::from_ymd(2024, 9, 30));
        assert_eq!(parse_input_date("2024-13-01"), None);
        assert_eq!(parse_input_date(""), None);
        assert_eq!(parse_input_date("30-09"), None);
    }
}

#[cfg(test)]
mod instroomreden_tests {
    use super::*;
    use bijstand_core::io::{load, LoadOptions};

    fn export(name: &str, bytes: &[u8]) -> Dataset {
        load(bytes, name, &LoadOptions::default())
            .expect("fixture loads")
            .into_dataset()
            .expect("a caseload")
    }

    fn fixture() -> Dataset {
        export(
            "instroomreden_export.csv",
            include_bytes!("../../core/tests/fixtures/vng/instroomreden_export.csv"),
        )
    }

    fn panel(v: &CaseloadView) -> &Panel {
        v.panels
            .iter()
            .find(|p| p.chart.id == "chart-instroomreden")
            .expect("an instroomreden panel")
    }

    #[test]
    fn instroomreden_breakdown_by_code_and_label_suppressed() {
        let ds = fixture();
        let v = build(&ds, &Scenario::default(), &Context::default());
        assert_eq!(v.controls.peildatum, "2024-06-30");
        let p = panel(&v);
        // 61 running on 30-06-2024: 14 → 21, 2 → 13, 43 → 10, 0 → 10, 41 → 7 (hand-counted).
        let rows: Vec<(&str, &str)> = p
            .table
            .rows
            .iter()
            .map(|r| (r[0].as_str(), r[1].as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("14 – Einde Uitkering werkeloosheid", "21"),
                ("2 – Beeindiging huwelijk/relatie", "13"),
                ("0 – Nog te bepalen", "<10"),
                ("43 – Afkomstig van AZC/COA", "10"),
                ("41 – Verhuizing vanuit andere gemeente", "<10"),
                ("Totaal", "61"),
            ]
        );
        // Synthetic data has no instroomreden column: no panel.
        let synth = crate::embedded::synthetic().unwrap();
        let v = build(&synth, &Scenario::default(), &Context::default());
        assert!(v.panels.iter().all(|p| p.chart.id != "chart-instroomreden"));
    }

    #[test]
    fn a_click_on_an_instroomreden_filters_and_shows_a_chip() {
        let ds = fixture();
        let mut s = Scenario::default();
        let v = build(&ds, &s, &Context::default());
        let clicked = v.clicked(
            "chart-instroomreden",
            "",
            "2 – Beeindiging huwelijk/relatie",
        );
        assert_eq!(clicked, [FilterItem::Instroomreden("2".into())]);
        toggle_filter(&mut s.filter, &clicked);
        assert_eq!(s.filter.instroomreden, ["2"]);
        let v = build(&ds, &s, &Context::default());
        assert_eq!(v.kpis[0].value, "13");
        assert_eq!(v.filter.chips[0].label, "2 – Beeindiging huwelijk/relatie");
        // The breakdown follows the filter: only code 2 is left.
        assert_eq!(
            panel(&v).table.rows[0][0],
            "2 – Beeindiging huwelijk/relatie"
        );
        assert_eq!(panel(&v).table.rows[0][1], "13");
        v.filter.chips[0].item.remove(&mut s.filter);
        assert!(s.filter.is_empty());
    }

    #[test]
    fn a_code_list_labels_the_codes_and_names_the_missing_ones() {
        let ds = export(
            "vng_codes_only.csv",
            include_bytes!("../../core/tests/fixtures/vng/vng_codes_only.csv"),
        );
        let list = load(
            include_bytes!("../../core/tests/fixtures/vng/codelijst_instroomreden.xlsx"),
            "codelijst_instroomreden.xlsx",
            &LoadOptions::default(),
        )
        .unwrap();
        let list = list.code_list().cloned().map(std::sync::Arc::new);
        let ds = ds.with_instroomreden_codes(list);
        let v = build(&ds, &Scenario::default(), &Context::default());
        let p = panel(&v);
        assert_eq!(
            p.chart.categories,
            [
                "14 – Einde Uitkering werkeloosheid",
                "2 – Beeindiging huwelijk/relatie",
                "0 – Nog te bepalen",
                "43 – Afkomstig van AZC/COA",
                "41 – Verhuizing vanuit andere gemeente",
            ]
        );
        assert!(p
            .note
            .as_ref()
            .unwrap()
            .contains("codelijst_instroomreden.xlsx"));
        assert_eq!(
            v.code_list.as_ref().unwrap().text,
            "Codelijst instroomreden: codelijst_instroomreden.xlsx (6 codes)"
        );
        // The real list has every code of the file.
        let real = load(
            include_bytes!(
                "../../core/tests/fixtures/vng/code_oorzaak_bijstandsafhankelijkheid.xlsx"
            ),
            "code_oorzaak_bijstandsafhankelijkheid.xlsx",
            &LoadOptions::default(),
        )
        .unwrap();
        let ds = ds.with_instroomreden_codes(real.code_list().cloned().map(std::sync::Arc::new));
        let v = build(&ds, &Scenario::default(), &Context::default());
        assert_eq!(
            panel(&v).chart.categories[0],
            "14 – Einde Uitkering werkeloosheid"
        );
        assert!(!panel(&v)
            .note
            .as_ref()
            .unwrap()
            .contains("Niet op de codelijst"));
        // A list without some of the file's codes names them.
        let short = bijstand_core::model::CodeList {
            codes: vec![("14".into(), "Einde WW".into())],
            name: "kort.csv".into(),
        };
        let ds = ds.with_instroomreden_codes(Some(std::sync::Arc::new(short)));
        let v = build(&ds, &Scenario::default(), &Context::default());
        assert!(panel(&v)
            .note
            .as_ref()
            .unwrap()
            .ends_with("Niet op de codelijst: 2, 41, 43, 0."));
        assert_eq!(panel(&v).chart.categories[1], "2");
    }

    #[test]
    fn codes_only_stay_visible_with_a_note() {
        let ds = export(
            "vng_codes_only.csv",
            include_bytes!("../../core/tests/fixtures/vng/vng_codes_only.csv"),
        );
        let v = build(&ds, &Scenario::default(), &Context::default());
        let p = panel(&v);
        assert_eq!(p.chart.categories[..2], ["14", "2"]);
        assert!(p.note.as_ref().unwrap().contains("codelijst"));
        let en = Scenario {
            lang: Lang::En,
            ..Scenario::default()
        };
        let v = build(&ds, &en, &Context::default());
        assert_eq!(panel(&v).table.rows.last().unwrap()[1], "61");
        assert!(panel(&v).note.as_ref().unwrap().contains("code list"));
    }
}
