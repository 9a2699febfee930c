//! The reference-data part of the Vergelijking screen: the own municipality against
//! Nederland, a province, the gemeenten of its size class or a list, on what the loaded
//! reference files (CBS, waarstaatjegemeente; `docs/reference-data.md`) hold. Pure: a
//! function of the dataset, the reference files and the user's [`RefChoice`].
//!
//! Every figure keeps its CBS marker: `8.560*` provisional, `x` secret, `.` missing, `-`
//! nil, `–` not in the file; a marker is never drawn as 0 (the chart leaves a gap).
//!
//! The reference data are not part of the [`Dataset`] (the core's `model` sits below
//! `io::refdata`): the app keeps them next to it (`AppState::reference`) and hands them
//! to the screens in `Context::reference`.

use bijstand_core::format;
use bijstand_core::i18n::{Count, Municipalities, Plain};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Dataset};
use bijstand_core::refdata::{
    Cell, Measure, Period, RefData, RefFiles, Region, RegionKind, Shape, SizeClass, Summary,
};

use super::{Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages::refdata as m;

/// What the user chose (kept in the app state, not in a share link).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RefChoice {
    /// The own municipality as typed (a code or a name); empty: the caseload's
    /// `gemeente_code`.
    pub own: String,
    /// The comparison group.
    pub group: GroupChoice,
    /// The year; `None`: the last year with figures for the own municipality.
    pub year: Option<i32>,
}

/// The comparison group.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum GroupChoice {
    /// Nederland.
    #[default]
    Nederland,
    /// A province, by index in [`RefSection::provinces`] order (its CBS code or name).
    Province(String),
    /// The gemeenten of the own municipality's CBS size class (by inhabitants).
    SizeClass,
    /// A list the user typed: codes or names separated by `,` or `;`.
    List(String),
}

impl GroupChoice {
    /// Index of the kind in [`RefSection::group`].
    pub fn kind(&self) -> usize {
        match self {
            GroupChoice::Nederland => 0,
            GroupChoice::Province(_) => 1,
            GroupChoice::SizeClass => 2,
            GroupChoice::List(_) => 3,
        }
    }

    /// The kind at `index`, keeping what fits of `self`.
    pub fn with_kind(&self, index: usize) -> GroupChoice {
        match (index, self) {
            (1, GroupChoice::Province(p)) => GroupChoice::Province(p.clone()),
            (1, _) => GroupChoice::Province(String::new()),
            (2, _) => GroupChoice::SizeClass,
            (3, GroupChoice::List(l)) => GroupChoice::List(l.clone()),
            (3, _) => GroupChoice::List(String::new()),
            _ => GroupChoice::Nederland,
        }
    }
}

/// A select box.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Label.
    pub label: String,
    /// The options, in order: (value, text).
    pub options: Vec<(String, String)>,
    /// The selected option.
    pub selected: usize,
    /// A remark under it.
    pub help: Option<String>,
}

/// One loaded file with its remove button.
#[derive(Clone, Debug, PartialEq)]
pub struct FileLine {
    /// The file name (what [`crate::state::Action::RemoveReference`] takes).
    pub name: String,
    /// `name (CBS open data, 2017, 388 gemeenten)`.
    pub text: String,
    /// Accessible name of its remove button.
    pub remove_label: String,
}

/// The reference part of the Vergelijking screen.
#[derive(Clone, Debug, PartialEq)]
pub struct RefSection {
    /// Heading.
    pub heading: String,
    /// Accessible name of the settings.
    pub label: String,
    /// What to do when nothing is loaded; `None` when reference data are loaded.
    pub how_to: Option<String>,
    /// `Geladen referentiebestanden:`.
    pub files_lead: String,
    /// The loaded files.
    pub files: Vec<FileLine>,
    /// Text of the remove buttons.
    pub remove: String,
    /// Text of the remove-all button.
    pub remove_all: String,
    /// The own-municipality box: label, help, the text in it.
    pub own_label: String,
    /// Help under the own box.
    pub own_help: String,
    /// The text in the own box (typed, else the default's code).
    pub own_value: String,
    /// The gemeenten of the file, for the box's list (`GM0153 Enschede`).
    pub own_options: Vec<String>,
    /// The region found for the own box, as shown.
    pub own_found: Option<String>,
    /// A problem with the own municipality (not in the file; not chosen).
    pub own_problem: Option<String>,
    /// The comparison kind.
    pub group: Choice,
    /// The province select (when a province is chosen).
    pub province: Option<Choice>,
    /// The list box (when a list is chosen): label and text.
    pub list: Option<(String, String)>,
    /// The year select.
    pub year: Option<Choice>,
    /// Figures, charts and tables (when an own municipality and a year are known).
    pub kpis: Vec<Kpi>,
    /// Dashboard title.
    pub title: String,
    /// Charts with tables.
    pub panels: Vec<Panel>,
    /// Source, year and markers.
    pub notes: Vec<String>,
}

/// What a reference file or set holds, in words: `CBS open data, 2015–2017, 388 gemeenten`.
pub fn summary_text(lang: Lang, s: &Summary) -> String {
    let mut parts: Vec<String> = s
        .shapes
        .iter()
        .map(|sh| {
            match sh {
                Shape::CbsOpenData => m::SHAPE_CBS,
                Shape::StatLineDownload => m::SHAPE_STATLINE,
                Shape::WaarStaatJeGemeente => m::SHAPE_WSJG,
            }
            .get(lang)
            .to_string()
        })
        .collect();
    match s.monthly_benefits {
        Some((from, to)) if s.gemeenten == 0 => {
            parts.push(m::monthly_series(
                lang,
                &period_label(lang, from),
                &period_label(lang, to),
            ));
        }
        _ => match (s.years.first(), s.years.last()) {
            (Some(&a), Some(&b)) if a == b => parts.push(a.to_string()),
            (Some(&a), Some(&b)) => parts.push(m::years(lang, Plain(a), Plain(b))),
            _ => {}
        },
    }
    if s.gemeenten > 0 {
        parts.push(m::gemeenten(lang, Municipalities(s.gemeenten as i64)));
    } else if s.provinces > 0 {
        parts.push(m::provinces(lang, Count(s.provinces as i64)));
    } else if s.nederland && s.monthly_benefits.is_none() {
        parts.push(m::NEDERLAND_ONLY.get(lang).into());
    }
    parts.join(", ")
}

/// `2018-10` as `okt 2018`; a year as itself.
fn period_label(lang: Lang, p: Period) -> String {
    match p {
        Period::Month(y, mm) => bijstand_core::dynamics::month_label(
            bijstand_core::dynamics::month(y, u32::from(mm)),
            lang,
        ),
        Period::Quarter(y, q) => format!("{y} Q{q}"),
        Period::Year(y) => y.to_string(),
    }
}

/// The CBS province codes and names, for files that carry codes only (CBS open data).
const PROVINCES: [(&str, &str); 12] = [
    ("PV20", "Groningen"),
    ("PV21", "Fryslân"),
    ("PV22", "Drenthe"),
    ("PV23", "Overijssel"),
    ("PV24", "Flevoland"),
    ("PV25", "Gelderland"),
    ("PV26", "Utrecht"),
    ("PV27", "Noord-Holland"),
    ("PV28", "Zuid-Holland"),
    ("PV29", "Zeeland"),
    ("PV30", "Noord-Brabant"),
    ("PV31", "Limburg"),
];

/// A region as shown: `Enschede (GM0153)`, the code or the name alone when the files
/// have only one, a province by its name.
pub fn region_label(r: &Region) -> String {
    let known = r.code.as_deref().and_then(|c| {
        PROVINCES
            .iter()
            .find(|(code, _)| *code == c)
            .map(|(_, n)| *n)
    });
    match (&r.name, &r.code, known) {
        (Some(n), Some(c), _) => format!("{n} ({c})"),
        (None, Some(c), Some(n)) => format!("{n} ({c})"),
        (None, Some(c), None) => c.clone(),
        (Some(n), None, _) => n.clone(),
        (None, None, _) => String::new(),
    }
}

/// The caseload's municipality as a code label (`GM0153`): the most frequent one of the
/// episodes, or the first of a kerncijfers file.
pub fn caseload_gemeente(ds: &Dataset) -> Option<String> {
    match &ds.data {
        Data::Episodes(e) => {
            let mut counts = vec![0usize; e.gemeente.labels.len()];
            for &c in &e.gemeente_code {
                if let Some(n) = counts.get_mut(c as usize) {
                    *n += 1;
                }
            }
            let best = (0..counts.len()).max_by_key(|&i| counts[i])?;
            (counts[best] > 0).then(|| e.gemeente.labels[best].clone())
        }
        Data::Kerncijfers(k) => k
            .gemeente_code
            .first()
            .map(|&c| k.dict.label(c).to_string()),
    }
    .filter(|s| !s.is_empty())
}

/// How a figure is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A count: `8.560`.
    Count,
    /// Per 1,000, one decimal: `76,1`.
    PerThousand,
    /// A percentage, one decimal: `17,5%`.
    Percent,
    /// A growth, signed: `-1,3%`.
    Growth,
}

/// A figure: its value (for charts) and its text with any marker.
#[derive(Clone, Debug, PartialEq)]
struct Fig {
    value: Option<f64>,
    text: String,
}

fn number(lang: Lang, v: f64, kind: Kind) -> String {
    match kind {
        Kind::Count => format::int(lang, v.round() as i64),
        Kind::PerThousand => format::dec(lang, v, 1),
        Kind::Percent => format::pct(lang, v, 1),
        Kind::Growth => format::signed(v, format::pct(lang, v, 1)),
    }
}

/// A published cell as shown: the number with its `*`/`**`, or the marker itself.
fn cell_fig(lang: Lang, cell: Option<Cell>, kind: Kind) -> Fig {
    match cell {
        None => Fig {
            value: None,
            text: "–".into(),
        },
        Some(Cell::Value { v, status }) => Fig {
            value: Some(v),
            text: format!("{}{}", number(lang, v, kind), status.marker()),
        },
        Some(c) => Fig {
            value: None,
            text: c.marker().into(),
        },
    }
}

fn value_fig(lang: Lang, v: Option<f64>, kind: Kind) -> Fig {
    Fig {
        value: v,
        text: v.map_or_else(|| "–".into(), |v| number(lang, v, kind)),
    }
}

/// One side of the comparison: a region or a group of regions.
enum Side {
    One(usize),
    Group(Vec<usize>),
}

/// The figures of a side in a year, by row.
struct Figures {
    rows: Vec<(Measure, Fig)>,
    growth: Option<Fig>,
    left_out: usize,
}

fn rate_of(count: Measure) -> Option<Measure> {
    match count {
        Measure::Inflow => Some(Measure::InflowRate),
        Measure::Outflow => Some(Measure::OutflowRate),
        Measure::OutflowToWork => Some(Measure::OutflowToWorkRate),
        _ => None,
    }
}

fn flow_of(rate: Measure) -> Option<bijstand_core::refdata::Flow> {
    use bijstand_core::refdata::Flow;
    match rate {
        Measure::InflowRate => Some(Flow::Inflow),
        Measure::OutflowRate => Some(Flow::Outflow),
        Measure::OutflowToWorkRate => Some(Flow::OutflowToWork),
        _ => None,
    }
}

/// The rows the files hold, in screen order.
fn rows_held(rd: &RefData) -> Vec<Measure> {
    let held = rd.measures();
    let has = |m: Measure| held.contains(&m);
    let mut out = Vec::new();
    if has(Measure::Recipients) {
        out.push(Measure::Recipients);
    }
    if has(Measure::Density) || (has(Measure::Recipients) && has(Measure::Inhabitants)) {
        out.push(Measure::Density);
    }
    for c in [Measure::Inflow, Measure::Outflow, Measure::OutflowToWork] {
        let rate = rate_of(c).unwrap_or(c);
        if has(c) {
            out.push(c);
        }
        if has(rate) || (has(c) && has(Measure::Inflow) && has(Measure::Recipients)) {
            out.push(rate);
        }
    }
    out
}

fn kind_of(m: Measure) -> Kind {
    match m {
        Measure::Density => Kind::PerThousand,
        Measure::InflowRate | Measure::OutflowRate | Measure::OutflowToWorkRate => Kind::Percent,
        _ => Kind::Count,
    }
}

fn figures(rd: &RefData, side: &Side, year: i32, rows: &[Measure], lang: Lang) -> Figures {
    let p = Period::Year(year);
    let prev = Period::Year(year - 1);
    match side {
        Side::One(r) => {
            let r = *r;
            let rows = rows
                .iter()
                .map(|&m| {
                    let f = match m {
                        Measure::Density => match rd.cell(r, p, Measure::Density) {
                            Some(c) => cell_fig(lang, Some(c), Kind::PerThousand),
                            None => value_fig(
                                lang,
                                rd.density(r, p).map(|d| d.percent),
                                Kind::PerThousand,
                            ),
                        },
                        rate if flow_of(rate).is_some() => match rd.cell(r, p, rate) {
                            Some(c) => cell_fig(lang, Some(c), Kind::Percent),
                            None => value_fig(
                                lang,
                                flow_of(rate).and_then(|f| rd.computed_rate(r, p, f)),
                                Kind::Percent,
                            ),
                        },
                        m => cell_fig(lang, rd.cell(r, p, m), kind_of(m)),
                    };
                    (m, f)
                })
                .collect();
            let growth = rd.value(r, prev, Measure::Recipients).is_some().then(|| {
                value_fig(
                    lang,
                    rd.growth(r, prev, p, Measure::Recipients)
                        .map(|g| 100.0 * g),
                    Kind::Growth,
                )
            });
            Figures {
                rows,
                growth,
                left_out: 0,
            }
        }
        Side::Group(regions) => {
            let sum = |m: Measure, at: Period, among: &[usize]| -> Option<f64> {
                among.iter().map(|&r| rd.value(r, at, m)).sum()
            };
            let with = |m: Measure| -> Vec<usize> {
                regions
                    .iter()
                    .copied()
                    .filter(|&r| rd.value(r, p, m).is_some())
                    .collect()
            };
            let counted = with(Measure::Recipients);
            let left_out = regions.len() - counted.len();
            let rows = rows
                .iter()
                .map(|&m| {
                    let v = match m {
                        Measure::Density => {
                            let among: Vec<usize> = counted
                                .iter()
                                .copied()
                                .filter(|&r| rd.value(r, p, Measure::Inhabitants).is_some())
                                .collect();
                            match (
                                sum(Measure::Recipients, p, &among),
                                sum(Measure::Inhabitants, p, &among),
                            ) {
                                (Some(b), Some(i)) if i > 0.0 && !among.is_empty() => {
                                    Some(1000.0 * b / i)
                                }
                                _ => None,
                            }
                        }
                        rate if flow_of(rate).is_some() => {
                            let count = match rate {
                                Measure::InflowRate => Measure::Inflow,
                                Measure::OutflowRate => Measure::Outflow,
                                _ => Measure::OutflowToWork,
                            };
                            let among: Vec<usize> = regions
                                .iter()
                                .copied()
                                .filter(|&r| {
                                    rd.value(r, p, count).is_some()
                                        && rd.value(r, p, Measure::Inflow).is_some()
                                        && rd.value(r, prev, Measure::Recipients).is_some()
                                })
                                .collect();
                            match (
                                sum(count, p, &among),
                                sum(Measure::Inflow, p, &among),
                                sum(Measure::Recipients, prev, &among),
                            ) {
                                (Some(f), Some(i), Some(b)) if b + i > 0.0 => {
                                    Some(100.0 * f / (b + i))
                                }
                                _ => None,
                            }
                        }
                        m => {
                            let among = with(m);
                            (!among.is_empty()).then(|| sum(m, p, &among)).flatten()
                        }
                    };
                    (m, value_fig(lang, v, kind_of(m)))
                })
                .collect();
            let growth = Some(value_fig(
                lang,
                rd.group_growth(regions, prev, p).map(|g| 100.0 * g),
                Kind::Growth,
            ))
            .filter(|_| rd.periods.contains(&prev));
            Figures {
                rows,
                growth,
                left_out,
            }
        }
    }
}

fn row_label(lang: Lang, m: Measure) -> &'static str {
    match m {
        Measure::Recipients => m::RECIPIENTS,
        Measure::Density => m::DENSITY,
        Measure::Inflow => m::INFLOW,
        Measure::InflowRate => m::INFLOW_RATE,
        Measure::Outflow => m::OUTFLOW,
        Measure::OutflowRate => m::OUTFLOW_RATE,
        Measure::OutflowToWork => m::TO_WORK,
        _ => m::TO_WORK_RATE,
    }
    .get(lang)
}

fn size_label(lang: Lang, c: SizeClass) -> String {
    let n = |x: i64| Count(x);
    match c {
        SizeClass::Below5k => m::below(lang, n(5_000)),
        SizeClass::From5kTo10k => m::between(lang, n(5_000), n(10_000)),
        SizeClass::From10kTo20k => m::between(lang, n(10_000), n(20_000)),
        SizeClass::From20kTo50k => m::between(lang, n(20_000), n(50_000)),
        SizeClass::From50kTo100k => m::between(lang, n(50_000), n(100_000)),
        SizeClass::From100kTo150k => m::between(lang, n(100_000), n(150_000)),
        SizeClass::From150kTo250k => m::between(lang, n(150_000), n(250_000)),
        SizeClass::From250k => m::from(lang, n(250_000)),
    }
}

/// The reference part for `ds` and the user's `choice`; without reference data it says
/// how to load them.
pub fn build(
    ds: &Dataset,
    reference: Option<&RefFiles>,
    choice: &RefChoice,
    lang: Lang,
) -> RefSection {
    let mut sec = RefSection {
        heading: m::HEADING.get(lang).into(),
        label: m::SETTINGS.get(lang).into(),
        how_to: None,
        files_lead: m::LOADED_FILES.get(lang).into(),
        files: Vec::new(),
        remove: m::REMOVE.get(lang).into(),
        remove_all: m::REMOVE_ALL.get(lang).into(),
        own_label: m::OWN.get(lang).into(),
        own_help: m::OWN_HELP.get(lang).into(),
        own_value: String::new(),
        own_options: Vec::new(),
        own_found: None,
        own_problem: None,
        group: Choice {
            label: m::GROUP.get(lang).into(),
            options: [m::GROUP_NL, m::GROUP_PROVINCE, m::GROUP_SIZE, m::GROUP_LIST]
                .iter()
                .enumerate()
                .map(|(i, o)| (i.to_string(), o.get(lang).to_string()))
                .collect(),
            selected: choice.group.kind(),
            help: None,
        },
        province: None,
        list: None,
        year: None,
        kpis: Vec::new(),
        title: String::new(),
        panels: Vec::new(),
        notes: Vec::new(),
    };
    let Some(files) = reference.filter(|f| !f.is_empty()) else {
        sec.how_to = Some(m::HOW_TO_LOAD.get(lang).into());
        return sec;
    };
    sec.files = files
        .files()
        .iter()
        .map(|f| {
            let name = f
                .sources
                .first()
                .map(|s| s.name.clone())
                .unwrap_or_default();
            FileLine {
                text: m::file_line(lang, &name, &summary_text(lang, &f.summary())),
                remove_label: m::remove_file(lang, &name),
                name,
            }
        })
        .collect();
    let rd = files.data();
    let years: Vec<i32> = rd
        .periods_sorted()
        .into_iter()
        .filter_map(|p| match p {
            Period::Year(y) => Some(y),
            _ => None,
        })
        .collect();
    let gemeenten = rd.regions_of(RegionKind::Gemeente);
    if years.is_empty() || gemeenten.is_empty() && rd.regions_of(RegionKind::Province).is_empty() {
        sec.notes.push(m::NO_YEARS.get(lang).into());
        return sec;
    }
    sec.own_options = gemeenten
        .iter()
        .map(|&r| {
            let g = &rd.regions[r];
            match (&g.code, &g.name) {
                (Some(c), Some(n)) => format!("{c} {n}"),
                _ => g.label().to_string(),
            }
        })
        .collect();

    // The own municipality: typed, else the caseload's.
    let default = caseload_gemeente(ds);
    let typed = choice.own.trim();
    let own = if typed.is_empty() {
        sec.own_value = default.clone().unwrap_or_default();
        let found = default.as_deref().and_then(|c| rd.find_region(c));
        match (&default, found) {
            (Some(code), None) => {
                sec.own_problem = Some(bijstand_core::messages::refdata::other_gemeente(lang, code))
            }
            (None, None) => sec.own_problem = Some(m::NO_OWN.get(lang).into()),
            _ => {}
        }
        found
    } else {
        sec.own_value = typed.to_string();
        // `GM0153 Enschede` from the list: the code is enough.
        let first = typed.split_whitespace().next().unwrap_or(typed);
        let found = rd.find_region(typed).or_else(|| {
            Region::is_code(first)
                .then(|| rd.find_region(first))
                .flatten()
        });
        if found.is_none() {
            sec.own_problem = Some(m::own_not_found(lang, typed));
        }
        found
    };
    sec.own_found = own.map(|r| region_label(&rd.regions[r]));

    // The year: chosen, else the last with recipients for the own municipality.
    let with_own: Vec<i32> = match own {
        Some(r) => years
            .iter()
            .copied()
            .filter(|&y| {
                rows_held(rd)
                    .iter()
                    .any(|&m| rd.cell(r, Period::Year(y), m).is_some())
            })
            .collect(),
        None => years.clone(),
    };
    let shown_years = if with_own.is_empty() {
        years.clone()
    } else {
        with_own
    };
    let year = choice
        .year
        .filter(|y| shown_years.contains(y))
        .or_else(|| shown_years.last().copied())
        .unwrap_or(years[years.len() - 1]);
    sec.year = Some(Choice {
        label: m::YEAR.get(lang).into(),
        options: shown_years
            .iter()
            .map(|y| (y.to_string(), y.to_string()))
            .collect(),
        selected: shown_years.iter().position(|&y| y == year).unwrap_or(0),
        help: None,
    });

    // The group.
    let provinces = rd.regions_of(RegionKind::Province);
    let (group, group_name): (Option<Side>, String) = match &choice.group {
        GroupChoice::Nederland => (rd.nederland().map(Side::One), m::NEDERLAND.get(lang).into()),
        GroupChoice::Province(p) => {
            let at = rd
                .find_region(p)
                .filter(|r| provinces.contains(r))
                .or(provinces.first().copied());
            sec.province = Some(Choice {
                label: m::PROVINCE.get(lang).into(),
                options: provinces
                    .iter()
                    .map(|&r| {
                        let g = &rd.regions[r];
                        (
                            g.code.clone().unwrap_or_else(|| g.label().into()),
                            region_label(g),
                        )
                    })
                    .collect(),
                selected: at
                    .and_then(|a| provinces.iter().position(|&r| r == a))
                    .unwrap_or(0),
                help: Some(
                    if provinces.is_empty() {
                        m::NO_PROVINCES
                    } else {
                        m::PROVINCE_HELP
                    }
                    .get(lang)
                    .into(),
                ),
            });
            (
                at.map(Side::One),
                at.map(|r| region_label(&rd.regions[r])).unwrap_or_default(),
            )
        }
        GroupChoice::SizeClass => match own {
            Some(r) => {
                let members = rd.same_size(r, Period::Year(year));
                match rd.value(r, Period::Year(year), Measure::Inhabitants) {
                    Some(inh) if !members.is_empty() => {
                        let name = m::size_group(
                            lang,
                            &size_label(lang, SizeClass::of(inh)),
                            Municipalities(members.len() as i64),
                        );
                        (Some(Side::Group(members)), name)
                    }
                    _ => {
                        sec.group.help = Some(m::NO_SIZE.get(lang).into());
                        (None, String::new())
                    }
                }
            }
            None => (None, String::new()),
        },
        GroupChoice::List(text) => {
            sec.list = Some((m::LIST.get(lang).into(), text.clone()));
            let mut members = Vec::new();
            let mut unknown = Vec::new();
            for part in text.split([',', ';', '\n']).map(str::trim) {
                if part.is_empty() {
                    continue;
                }
                match rd.find_region(part) {
                    Some(r) if !members.contains(&r) => members.push(r),
                    Some(_) => {}
                    None => unknown.push(format!("'{part}'")),
                }
            }
            if !unknown.is_empty() {
                sec.group.help = Some(m::list_unknown(lang, &unknown.join(", ")));
            } else if members.is_empty() {
                sec.group.help = Some(m::LIST_EMPTY.get(lang).into());
            }
            let name = m::list_group(lang, Municipalities(members.len() as i64));
            ((!members.is_empty()).then_some(Side::Group(members)), name)
        }
    };

    let Some(own) = own else {
        return sec;
    };
    let own_name = region_label(&rd.regions[own]);
    let rows = rows_held(rd);
    let mine = figures(rd, &Side::One(own), year, &rows, lang);
    let theirs = group.as_ref().map(|g| figures(rd, g, year, &rows, lang));
    sec.title = if theirs.is_some() {
        m::title(lang, &own_name, &group_name, Plain(year))
    } else {
        format!("{own_name}, {year}")
    };

    // KPIs: recipients, density, inflow and outflow rates.
    let of = |f: &Figures, m: Measure| f.rows.iter().find(|(x, _)| *x == m).map(|(_, f)| f.clone());
    for (id, measure) in [
        ("kpi-ref-ontvangers", Measure::Recipients),
        ("kpi-ref-dichtheid", Measure::Density),
        ("kpi-ref-instroom", Measure::InflowRate),
        ("kpi-ref-uitstroom", Measure::OutflowRate),
    ] {
        if let Some(f) = of(&mine, measure) {
            let g = theirs
                .as_ref()
                .and_then(|t| of(t, measure))
                .map_or_else(|| "–".into(), |f| f.text);
            sec.kpis.push(Kpi {
                id,
                label: row_label(lang, measure).into(),
                value: f.text,
                note: m::in_year(lang, Plain(year), &group_name, &g),
            });
        }
    }

    // The table of every figure (with the chart of the rates).
    let mut headers = vec![m::FIGURE.get(lang).to_string(), own_name.clone()];
    if theirs.is_some() {
        headers.push(group_name.clone());
    }
    let mut table_rows: Vec<Vec<String>> = Vec::new();
    for (i, (measure, f)) in mine.rows.iter().enumerate() {
        let mut row = vec![row_label(lang, *measure).to_string(), f.text.clone()];
        if let Some(t) = &theirs {
            row.push(t.rows[i].1.text.clone());
        }
        table_rows.push(row);
        if *measure == Measure::Recipients {
            if let Some(g) = &mine.growth {
                let mut row = vec![m::growth(lang, Plain(year - 1)), g.text.clone()];
                if let Some(t) = &theirs {
                    row.push(
                        t.growth
                            .as_ref()
                            .map_or_else(|| "–".into(), |g| g.text.clone()),
                    );
                }
                table_rows.push(row);
            }
        }
    }
    let rates: Vec<Measure> = rows
        .iter()
        .copied()
        .filter(|&m| kind_of(m) == Kind::Percent)
        .collect();
    let series_of = |name: &str, f: &Figures, list: &[Measure], color: &str| {
        let figs: Vec<Fig> = list
            .iter()
            .map(|&m| {
                of(f, m).unwrap_or(Fig {
                    value: None,
                    text: "–".into(),
                })
            })
            .collect();
        Series::new(
            name,
            figs.iter().map(|f| f.value).collect(),
            figs.iter().map(|f| f.text.clone()).collect(),
            color,
            SeriesStyle::Bar,
        )
    };
    let title = m::rates_title(lang, Plain(year));
    let mut series = vec![series_of(&own_name, &mine, &rates, PALETTE[0])];
    if let Some(t) = &theirs {
        series.push(series_of(&group_name, t, &rates, PALETTE[1]));
    }
    sec.panels.push(Panel {
        chart: ChartSpec {
            id: "chart-ref-rates".into(),
            title: title.clone(),
            categories: rates
                .iter()
                .map(|&m| row_label(lang, m).to_string())
                .collect(),
            series,
            kind: ChartKind::Bar { horizontal: false },
            value_title: "%".into(),
            ..Default::default()
        },
        table: Table {
            caption: sec.title.clone(),
            headers: headers.clone(),
            rows: table_rows,
        },
        note: None,
    });

    // Density and index over the years.
    if rows.contains(&Measure::Density) {
        let per_year = |side: &Side| -> Vec<Fig> {
            years
                .iter()
                .map(|&y| {
                    let f = figures(rd, side, y, &[Measure::Density], lang);
                    f.rows[0].1.clone()
                })
                .collect()
        };
        let mut sides = vec![(own_name.clone(), per_year(&Side::One(own)), PALETTE[0])];
        if let Some(g) = &group {
            sides.push((group_name.clone(), per_year(g), PALETTE[1]));
        }
        sec.panels.push(years_panel(
            "chart-ref-density",
            m::DENSITY_TITLE.get(lang),
            m::DENSITY.get(lang),
            &years,
            &sides,
            lang,
        ));
    }
    if years.len() >= 2 && rows.contains(&Measure::Recipients) {
        let base = years[0];
        // Σ recipients in `y` / Σ in the base year, over the regions with both.
        let index = |side: &Side| -> Vec<Fig> {
            let regions = match side {
                Side::One(r) => vec![*r],
                Side::Group(rs) => rs.clone(),
            };
            years
                .iter()
                .map(|&y| {
                    let v = rd
                        .group_growth(&regions, Period::Year(base), Period::Year(y))
                        .map(|g| ((100.0 + 100.0 * g) * 10.0).round() / 10.0);
                    Fig {
                        value: v,
                        text: v.map_or_else(|| "–".into(), |x| format::dec(lang, x, 1)),
                    }
                })
                .collect()
        };
        let mut sides = vec![(own_name.clone(), index(&Side::One(own)), PALETTE[0])];
        if let Some(g) = &group {
            sides.push((group_name.clone(), index(g), PALETTE[1]));
        }
        sec.panels.push(years_panel(
            "chart-ref-index",
            &m::index_title(lang, Plain(base)),
            "index",
            &years,
            &sides,
            lang,
        ));
    }

    // Source, markers, how rates and sums were made.
    let names: Vec<String> = files
        .files()
        .iter()
        .map(|f| {
            let name = f.sources.first().map(|s| s.name.as_str()).unwrap_or("");
            let shape = f.sources.first().map(|s| s.shape);
            let who = match shape {
                Some(Shape::WaarStaatJeGemeente) => m::SHAPE_WSJG,
                Some(Shape::StatLineDownload) => m::SHAPE_STATLINE,
                _ => m::SHAPE_CBS,
            }
            .get(lang);
            format!("{who} ({name})")
        })
        .collect();
    sec.notes
        .push(m::source(lang, &names.join(", "), Plain(year)));
    sec.notes.push(m::MARKERS.get(lang).into());
    sec.notes.push(m::COMPUTED.get(lang).into());
    if matches!(group, Some(Side::Group(_))) {
        sec.notes.push(m::GROUP_SUMS.get(lang).into());
    }
    if choice.group == GroupChoice::SizeClass {
        sec.notes.push(m::SIZE_NOTE.get(lang).into());
    }
    if let Some(t) = theirs.filter(|t| t.left_out > 0) {
        sec.notes
            .push(m::left_out(lang, Municipalities(t.left_out as i64)));
    }
    sec
}

/// A chart of one figure by year (lines), with its table.
fn years_panel(
    id: &str,
    title: &str,
    value_title: &str,
    years: &[i32],
    sides: &[(String, Vec<Fig>, &str)],
    lang: Lang,
) -> Panel {
    let categories: Vec<String> = years.iter().map(|y| y.to_string()).collect();
    let mut headers = vec![crate::messages::common::YEAR.get(lang).to_string()];
    headers.extend(sides.iter().map(|(n, _, _)| n.clone()));
    Panel {
        chart: ChartSpec {
            id: id.into(),
            title: title.into(),
            categories: categories.clone(),
            series: sides
                .iter()
                .map(|(n, figs, color)| {
                    Series::new(
                        n,
                        figs.iter().map(|f| f.value).collect(),
                        figs.iter().map(|f| f.text.clone()).collect(),
                        color,
                        SeriesStyle::Line,
                    )
                })
                .collect(),
            kind: ChartKind::Combo { stacked: false },
            value_title: value_title.into(),
            ..Default::default()
        },
        table: Table {
            caption: title.into(),
            headers,
            rows: (0..years.len())
                .map(|i| {
                    let mut r = vec![categories[i].clone()];
                    r.extend(sides.iter().map(|(_, f, _)| f[i].text.clone()));
                    r
                })
                .collect(),
        },
        note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cbs(names: &[&str]) -> RefFiles {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/core/tests/fixtures/cbs/");
        names.iter().fold(RefFiles::new(), |files, name| {
            let bytes = std::fs::read(format!("{dir}{name}")).unwrap();
            let loaded = bijstand_core::io::load(&bytes, name, &Default::default()).expect("loads");
            files.with(loaded.reference().expect("reference data").clone())
        })
    }

    /// The synthetic caseload (GM0153) with `files` beside it.
    fn with(files: RefFiles) -> (Dataset, RefFiles) {
        (crate::embedded::synthetic().unwrap(), files)
    }

    fn build(ds: &(Dataset, RefFiles), c: &RefChoice, lang: Lang) -> RefSection {
        super::build(&ds.0, Some(&ds.1), c, lang)
    }

    fn row<'a>(sec: &'a RefSection, label: &str) -> &'a [String] {
        sec.panels[0]
            .table
            .rows
            .iter()
            .find(|r| r[0] == label)
            .unwrap_or_else(|| panic!("row {label}: {:?}", sec.panels[0].table.rows))
    }

    #[test]
    fn enschede_against_nederland_from_the_cbs_files() {
        let ds = with(cbs(&[
            "bijstand_gemeenten_2015.csv",
            "bijstand_gemeenten_2016.csv",
            "bijstand_gemeenten_2017.csv",
        ]));
        let sec = build(&ds, &RefChoice::default(), Lang::Nl);
        assert_eq!(sec.own_value, "GM0153", "the caseload's gemeente_code");
        assert_eq!(sec.own_problem, None);
        assert_eq!(sec.title, "GM0153 en Nederland, 2017");
        let t = &sec.panels[0].table;
        assert_eq!(t.headers, ["Cijfer", "GM0153", "Nederland"]);
        assert_eq!(
            row(&sec, "Personen met bijstand"),
            ["Personen met bijstand", "8.560", "508.480"]
        );
        assert_eq!(row(&sec, "Instroom")[1], "1.890");
        assert_eq!(row(&sec, "Instroom (%)")[1], "17,5%");
        assert_eq!(row(&sec, "Uitstroom")[1], "2.120");
        assert_eq!(row(&sec, "Uitstroom (%)")[1], "20,0%");
        assert_eq!(row(&sec, "Uitstroom naar werk")[1], "930");
        assert_eq!(row(&sec, "Uitstroom naar werk (%)")[1], "9,5%");
        assert!(row(&sec, "Groei sinds 2016")[1].starts_with('−'));
        assert_eq!(sec.kpis[0].value, "8.560");
        assert!(
            sec.notes[0].contains("bijstand_gemeenten_2017.csv"),
            "{:?}",
            sec.notes
        );
        // 2015 on request.
        let c = RefChoice {
            year: Some(2015),
            ..RefChoice::default()
        };
        let sec = build(&ds, &c, Lang::Nl);
        assert_eq!(row(&sec, "Personen met bijstand")[1], "8.670");
        assert_eq!(row(&sec, "Instroom")[1], "2.380");
        // The density chart runs over the three years, the index starts at 100.
        let idx = sec
            .panels
            .iter()
            .find(|p| p.chart.id == "chart-ref-index")
            .unwrap();
        assert_eq!(idx.table.rows[0][1], "100,0");
        // English formats.
        let sec = build(&ds, &RefChoice::default(), Lang::En);
        assert_eq!(row(&sec, "Persons on bijstand")[1..], ["8,560", "508,480"]);
        assert_eq!(row(&sec, "Inflow (%)")[1], "17.5%");
    }

    #[test]
    fn groups_size_class_province_and_list() {
        let ds = with(cbs(&[
            "bijstand_gemeenten_2016.csv",
            "bijstand_gemeenten_2017.csv",
        ]));
        let c = RefChoice {
            group: GroupChoice::SizeClass,
            ..RefChoice::default()
        };
        let sec = build(&ds, &c, Lang::Nl);
        // CBS counts inhabitants of 15 and older in these tables: Enschede 134.140.
        assert!(
            sec.title
                .contains("12 gemeenten met 100.000 tot 150.000 inwoners"),
            "{}",
            sec.title
        );
        assert!(sec.notes.iter().any(|n| n.contains("15 jaar en ouder")));
        let c = RefChoice {
            group: GroupChoice::Province("PV23".into()),
            ..RefChoice::default()
        };
        let sec = build(&ds, &c, Lang::Nl);
        assert_eq!(sec.panels[0].table.headers[2], "Overijssel (PV23)");
        let p = sec.province.as_ref().unwrap();
        assert_eq!(p.options[p.selected].0, "PV23");
        // A list: two known, one unknown.
        let c = RefChoice {
            own: "0153".into(),
            group: GroupChoice::List("GM0164; 141, Nergenshuizen".into()),
            year: None,
        };
        let sec = build(&ds, &c, Lang::Nl);
        assert_eq!(sec.own_found.as_deref(), Some("GM0153"));
        assert!(
            sec.title.contains("eigen lijst (2 gemeenten)"),
            "{}",
            sec.title
        );
        assert_eq!(
            sec.group.help.as_deref(),
            Some("Niet gevonden: 'Nergenshuizen'.")
        );
        // The sum of two gemeenten, never a marker read as 0.
        let rd = ds.1.data();
        let sum: f64 = ["GM0164", "GM0141"]
            .iter()
            .map(|c| {
                rd.value(
                    rd.find_region(c).unwrap(),
                    Period::Year(2017),
                    Measure::Recipients,
                )
                .unwrap()
            })
            .sum();
        assert_eq!(
            row(&sec, "Personen met bijstand")[2],
            format::int(Lang::Nl, sum as i64)
        );
    }

    #[test]
    fn markers_are_shown_as_markers_and_a_missing_gemeente_is_named() {
        let csv = "Gemeentecode;Gemeente;Personen met bijstand (aantal)|2016;Personen met bijstand (aantal)|2017;Instroom (%)|2017\n\
            NL01;Nederland;513980;508480*;19,5\nGM0164;Hengelo;2240;x;.\n";
        let data = bijstand_core::refdata::read(csv.as_bytes(), "wsjg.csv").unwrap();
        let ds = with(RefFiles::new().with(data));
        let sec = build(&ds, &RefChoice::default(), Lang::Nl);
        assert!(
            sec.own_problem.as_deref().unwrap().contains("(GM0153)"),
            "{:?}",
            sec.own_problem
        );
        let c = RefChoice {
            own: "Hengelo".into(),
            ..RefChoice::default()
        };
        let sec = build(&ds, &c, Lang::Nl);
        assert_eq!(row(&sec, "Personen met bijstand")[1..], ["x", "508.480*"]);
        assert_eq!(
            row(&sec, "Instroom (%)")[1..],
            ["-", "19,5%"].map(|s| if s == "-" { "." } else { s })
        );
        let chart = &sec.panels[0].chart;
        assert_eq!(
            chart.series[0].values,
            vec![None],
            "a marker is a gap, never 0"
        );
    }

    #[test]
    fn a_waarstaatjegemeente_export_gives_the_check_values() {
        let name = "wsjg_bijstand_twente.csv";
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/e2e/fixtures/wsjg_bijstand_twente.csv"
        );
        let bytes = std::fs::read(path).unwrap();
        let loaded = bijstand_core::io::load(&bytes, name, &Default::default()).unwrap();
        let files = RefFiles::new().with(loaded.reference().unwrap().clone());
        assert_eq!(
            summary_text(Lang::Nl, &files.data().summary()),
            "waarstaatjegemeente.nl, 2015–2017, 4 gemeenten"
        );
        let ds = with(files);
        let sec = build(&ds, &RefChoice::default(), Lang::Nl);
        assert_eq!(sec.own_found.as_deref(), Some("Enschede (GM0153)"));
        assert_eq!(sec.title, "Enschede (GM0153) en Nederland, 2017");
        assert_eq!(
            row(&sec, "Personen met bijstand")[1..],
            ["8.560", "508.480"]
        );
        assert_eq!(row(&sec, "Instroom")[1], "1.890");
        assert_eq!(row(&sec, "Instroom (%)")[1], "17,5%");
        assert_eq!(row(&sec, "Uitstroom")[1], "2.120");
        assert_eq!(row(&sec, "Per 1.000 inwoners")[1], "64,0");
        let c = RefChoice {
            year: Some(2015),
            group: GroupChoice::Province("Overijssel".into()),
            ..RefChoice::default()
        };
        let sec = build(&ds, &c, Lang::Nl);
        assert_eq!(row(&sec, "Personen met bijstand")[1..], ["8.670", "31.260"]);
        // Dinkelland's empty and '-' cells are missing, shown as '.', never 0.
        let c = RefChoice {
            own: "Dinkelland".into(),
            year: Some(2017),
            ..RefChoice::default()
        };
        let sec = build(&ds, &c, Lang::Nl);
        assert_eq!(row(&sec, "Personen met bijstand")[1], ".");
        assert_eq!(row(&sec, "Instroom (%)")[1], ".");
    }

    #[test]
    fn without_reference_data_it_says_how_to_load_them() {
        let ds = crate::embedded::synthetic().unwrap();
        let sec = super::build(&ds, None, &RefChoice::default(), Lang::En);
        assert!(sec.how_to.unwrap().starts_with("Load a CBS table"));
        assert!(sec.panels.is_empty());
    }

    #[test]
    fn the_national_series_alone_names_what_it_is() {
        let files = cbs(&["bijstand_nederland_reeks.csv"]);
        let s = files.data().summary();
        assert_eq!(
            summary_text(Lang::Nl, &s),
            "CBS open data, landelijke maandreeks jan 1998 – okt 2018"
        );
        let sec = build(&with(files), &RefChoice::default(), Lang::Nl);
        assert_eq!(sec.notes, [m::NO_YEARS.get(Lang::Nl)]);
    }
}
