//! The Vergelijking screen model (FORMULAS F2, F3, F5): caseload growth against the
//! national figure or a reference group, the social-activation share against its target
//! with a selectable denominator, and the Werkplein placements against the annual and the
//! pro-rata target.
//!
//! The inputs come from the scenario when it has them; otherwise from the loaded data
//! (kerncijfers rows, or the monthly series of benefit episodes); otherwise from the
//! seed's values, labelled as such ([`InputSource`]). So every number is a pure function
//! of `(Dataset, Scenario)`: [`build`] gives the whole screen, [`ComparisonView::apply`]
//! turns a [`Change`] made on it into a scenario edit.

use bijstand_core::caseload::{composition, default_peildatum, Precedence};
use bijstand_core::date::Date;
use bijstand_core::dynamics::{month, month_label, monthly_series, year_month, MonthRange};
use bijstand_core::format;
use bijstand_core::i18n::{Count, Dec, Eur, Municipalities, Pct, Plain};
use bijstand_core::lang::Lang;
use bijstand_core::model::{
    Afstand, Data, Dataset, Episodes, Kerncijfers, Status, Trajectories, Uitstroomreden,
};
use bijstand_core::reference::{
    self, compare_growth, growth_params_from_kerncijfers, participation_all, werkplein_pace,
    Denominator, GrowthParams, ParticipationParams, RefGemeente, Reference, WerkpleinParams,
};
use bijstand_core::scenario::Scenario;
use bijstand_core::suppress::{suppress_row, Shown};
use bijstand_core::trajectories;

use super::budget::Bounds;
use super::figures::printed_number;
use super::{shown_label, Context, Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};
use crate::messages::comparison as m;

// ---------------------------------------------------------------------------------------
// The screen model
// ---------------------------------------------------------------------------------------

/// The Vergelijking screen: three parts, each its settings and its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonView {
    /// F2: caseload growth against a reference.
    pub growth: GrowthSection,
    /// F3: social activation against its target.
    pub participation: ParticipationSection,
    /// F5: Werkplein placements against the target.
    pub werkplein: WerkpleinSection,
    /// The own municipality against reference figures (CBS, waarstaatjegemeente).
    pub refdata: super::refdata::RefSection,
}

/// Where a group of inputs comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputSource {
    /// Read from the loaded data.
    Data,
    /// Entered (edited) by the user; kept in the scenario and the share link.
    Entered,
    /// Not in the data: the Enschede report's values, as an example to overwrite.
    Example,
}

impl InputSource {
    /// A short label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            InputSource::Data => m::SOURCE_DATA,
            InputSource::Entered => m::SOURCE_ENTERED,
            InputSource::Example => m::SOURCE_EXAMPLE,
        }
        .get(lang)
    }
}

/// The inputs of one comparison with their origin.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs<P> {
    /// The parameters in use.
    pub params: P,
    /// Where they come from.
    pub source: InputSource,
    /// Which figure came from where, in plain words.
    pub notes: Vec<String>,
}

/// The line above a group of settings: where the values come from.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceLine {
    /// `Waarden: `.
    pub lead: String,
    /// The source in words.
    pub text: String,
    /// The values are examples (shown highlighted).
    pub example: bool,
    /// Which figure came from where.
    pub notes: Vec<String>,
}

/// A number the user can change on this screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// F2 `B[t0]`.
    GrowthStart,
    /// F2 `B[t]`.
    GrowthEnd,
    /// F2 months in the period.
    GrowthMonths,
    /// F2 the reference growth in percent (national or group).
    ReferenceGrowth,
    /// F2 cost per benefit.
    Cost,
    /// F2 start stock of listed municipality `i`.
    RefStart(usize),
    /// F2 end stock of listed municipality `i`.
    RefEnd(usize),
    /// F3 participants.
    Participants,
    /// F3 stock on the peildatum.
    StockOnPeildatum,
    /// F3 stock at the start.
    StockAtStart,
    /// F3 long-distance stock.
    LongDistanceStock,
    /// F3 target in percent.
    ParticipationTarget,
    /// F5 placements so far.
    Placements,
    /// F5 annual target.
    AnnualTarget,
    /// F5 months elapsed.
    MonthsElapsed,
}

/// A number box with its limits, bound to a [`Field`].
#[derive(Clone, Debug, PartialEq)]
pub struct NumberInput {
    /// What it changes.
    pub field: Field,
    /// DOM id and `data-testid`.
    pub id: String,
    /// Label.
    pub label: String,
    /// Current value.
    pub value: f64,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Slider step.
    pub step: f64,
    /// Decimals shown.
    pub decimals: usize,
    /// Unit after the box.
    pub unit: String,
    /// Why the range is what it is (the line under the field).
    pub bounds_line: String,
}

impl Field {
    /// The field's one range (box and slider) and why: the only place it is defined.
    pub fn bounds(self) -> Bounds {
        use crate::messages::budget as b;
        const STOCK: Bounds = Bounds::new(0.0, 100_000.0, 1.0, 0, b::WHY_CASELOAD);
        match self {
            Field::GrowthStart
            | Field::GrowthEnd
            | Field::RefStart(_)
            | Field::RefEnd(_)
            | Field::Participants
            | Field::StockOnPeildatum
            | Field::StockAtStart
            | Field::LongDistanceStock => STOCK,
            Field::GrowthMonths => Bounds::new(1.0, 120.0, 1.0, 0, m::WHY_PERIOD),
            Field::ReferenceGrowth => Bounds::new(-100.0, 100.0, 0.01, 2, m::WHY_PERIOD_GROWTH),
            Field::Cost => Bounds::new(5_000.0, 50_000.0, 10.0, 0, b::WHY_COST),
            Field::ParticipationTarget => Bounds::new(0.0, 100.0, 0.5, 1, m::WHY_SHARE),
            Field::Placements | Field::AnnualTarget => {
                Bounds::new(0.0, 100_000.0, 1.0, 0, m::WHY_PLACEMENTS)
            }
            Field::MonthsElapsed => Bounds::new(1.0, 12.0, 1.0, 0, b::WHY_MONTHS),
        }
    }
}

/// A drop-down list.
#[derive(Clone, Debug, PartialEq)]
pub struct Select {
    /// Label.
    pub label: String,
    /// The options, in order.
    pub options: Vec<String>,
    /// The selected option.
    pub selected: usize,
}

/// A check box.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// Label.
    pub label: String,
    /// Ticked.
    pub checked: bool,
}

/// Key figures with charts and tables under a title.
#[derive(Clone, Debug, PartialEq)]
pub struct Dashboard {
    /// Title.
    pub title: String,
    /// Headline figures.
    pub kpis: Vec<Kpi>,
    /// Charts with tables.
    pub panels: Vec<Panel>,
}

/// The two months of the growth period (benefit episodes only).
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodInputs {
    /// The period from the data (year to date), until the user picks other months.
    pub default: GrowthPeriod,
    /// Label of the start month.
    pub from_label: String,
    /// Label of the end month.
    pub to_label: String,
}

/// One listed reference municipality.
#[derive(Clone, Debug, PartialEq)]
pub struct RefRow {
    /// `data-testid` of the row.
    pub test_id: String,
    /// Label of the name box.
    pub name_label: String,
    /// The name.
    pub name: String,
    /// Placeholder of the name box.
    pub name_placeholder: String,
    /// Start stock.
    pub start: NumberInput,
    /// End stock.
    pub end: NumberInput,
    /// Text of the remove button.
    pub remove: String,
    /// Accessible name of the remove button.
    pub remove_label: String,
}

/// How the reference growth is entered.
#[derive(Clone, Debug, PartialEq)]
pub enum ReferenceEditor {
    /// A percentage (national or reference group).
    Growth(NumberInput),
    /// A list of municipalities with their stocks.
    List {
        /// The municipalities.
        rows: Vec<RefRow>,
        /// Text of the add button.
        add: String,
        /// The group's growth.
        group_growth: String,
    },
}

/// F2: settings, figures and remarks.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthSection {
    /// The inputs in use and their origin.
    pub inputs: Inputs<GrowthParams>,
    /// Accessible name of the settings.
    pub label: String,
    /// Heading of the settings.
    pub heading: String,
    /// Where the values come from.
    pub source: SourceLine,
    /// The months of the period (episodes only).
    pub period: Option<PeriodInputs>,
    /// `B[t0]`, `B[t]` and the months.
    pub stocks: Vec<NumberInput>,
    /// National figure, reference group or a list of municipalities.
    pub reference: Select,
    /// The reference's figures.
    pub reference_editor: ReferenceEditor,
    /// Cost per benefit.
    pub cost: NumberInput,
    /// Rounding as the report does.
    pub round: Check,
    /// The reset button's text, when the values are entered.
    pub reset: Option<String>,
    /// Figures, charts and tables.
    pub dashboard: Dashboard,
    /// Remarks (target met or not, annualisation pitfall, the file's own forecast).
    pub notes: Vec<String>,
}

/// F3: settings and figures.
#[derive(Clone, Debug, PartialEq)]
pub struct ParticipationSection {
    /// The inputs in use and their origin.
    pub inputs: Inputs<ParticipationParams>,
    /// Accessible name of the settings.
    pub label: String,
    /// Heading of the settings.
    pub heading: String,
    /// Where the values come from.
    pub source: SourceLine,
    /// The denominator.
    pub denominator: Select,
    /// Participants, the three stocks and the target.
    pub fields: Vec<NumberInput>,
    /// The reset button's text, when the values are entered.
    pub reset: Option<String>,
    /// Figures and the chart with the three denominators side by side (and, with a
    /// trajectories file, the participants per kind of trajectory).
    pub dashboard: Dashboard,
    /// The trajectories file the participants are counted from, if one is loaded.
    pub trajectories: Option<TrajectoriesLine>,
}

/// The loaded trajectories file, as the participation settings name it.
#[derive(Clone, Debug, PartialEq)]
pub struct TrajectoriesLine {
    /// What is loaded and what it gives.
    pub text: String,
    /// The loader's remarks on the file (unknown codes, …).
    pub warnings: Vec<String>,
    /// The remove button's text.
    pub remove: String,
}

/// F5: settings, figures and the readings of a printed percentage.
#[derive(Clone, Debug, PartialEq)]
pub struct WerkpleinSection {
    /// The inputs in use and their origin.
    pub inputs: Inputs<WerkpleinParams>,
    /// Accessible name of the settings.
    pub label: String,
    /// Heading of the settings.
    pub heading: String,
    /// Where the values come from.
    pub source: SourceLine,
    /// Placements, target and months.
    pub fields: Vec<NumberInput>,
    /// The reset button's text, when the values are entered.
    pub reset: Option<String>,
    /// Figures and chart.
    pub dashboard: Dashboard,
    /// The two readings of a printed "…% hoger/lager", named.
    pub readings: Vec<String>,
}

/// The whole comparison screen for a dataset and scenario.
pub fn build(ds: &Dataset, s: &Scenario, ctx: &Context) -> ComparisonView {
    let lang = s.lang;
    let g = growth_inputs(ds, s, lang);
    let path = growth_path(ds, s);
    let buig_cost = bijstand_core::buig::cost_per_benefit_eur(&s.buig);
    let mut growth = growth_section(ds, s.peildatum, g, &path, buig_cost, lang);
    if let Some(f) = full_year_forecast(ds) {
        growth.notes.push(m::own_forecast(lang, signed(lang, f, 2)));
    }
    let counted = count_participants(ds, s);
    let p = participation_inputs_counted(ds, s, lang, &counted);
    let w = werkplein_inputs(ds, s, lang);
    let mut participation = participation_section(p, lang);
    trajectories_part(ds, s, ctx, &counted, &mut participation);
    ComparisonView {
        growth,
        participation,
        werkplein: werkplein_section(w, printed_werkplein_pct(ds), lang),
        refdata: super::refdata::build(ds, ctx.reference.as_deref(), &ctx.ref_choice, lang),
    }
}

// ---------------------------------------------------------------------------------------
// Changes made on the screen
// ---------------------------------------------------------------------------------------

/// A change the user makes on the screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A number box.
    Number(Field, f64),
    /// Other months for the growth period (benefit episodes): the stocks are read again.
    Period(GrowthPeriod),
    /// The kind of reference, by its option index.
    ReferenceKind(usize),
    /// Round percentages first, as the report does.
    Round(bool),
    /// The name of listed municipality `i`.
    RefName(usize, String),
    /// Add a municipality to the list.
    RefAdd,
    /// Remove listed municipality `i`.
    RefRemove(usize),
    /// The denominator, by its option index.
    Denominator(usize),
    /// Back to the F2 values from the data.
    ResetGrowth,
    /// Back to the F3 values from the data.
    ResetParticipation,
    /// Back to the F5 values from the data.
    ResetWerkplein,
}

impl ComparisonView {
    /// Applies `change` to `s`, starting from the values on screen: an edit stores the full
    /// set of that part in the scenario (and so in the share link).
    pub fn apply(&self, ds: &Dataset, change: &Change, s: &mut Scenario) {
        let growth = || self.growth.inputs.params.clone();
        match change {
            Change::Number(field, v) => {
                let v = *v;
                let mut g = growth();
                let mut p = self.participation.inputs.params.clone();
                let mut w = self.werkplein.inputs.params.clone();
                match *field {
                    Field::GrowthStart => g.bestand_t0 = v,
                    Field::GrowthEnd => g.bestand_t = v,
                    Field::GrowthMonths => g.months = v.round() as u32,
                    Field::ReferenceGrowth => {
                        g.reference = match g.reference {
                            Reference::ReferenceGroup { .. } => {
                                Reference::ReferenceGroup { growth_pct: v }
                            }
                            _ => Reference::National { growth_pct: v },
                        }
                    }
                    Field::Cost => g.cost_per_benefit = v,
                    Field::RefStart(i) | Field::RefEnd(i) => {
                        let start = matches!(field, Field::RefStart(_));
                        edit_list(&mut g, |l| {
                            if let Some(r) = l.get_mut(i) {
                                if start {
                                    r.bestand_t0 = v;
                                } else {
                                    r.bestand_t = v;
                                }
                            }
                        })
                    }
                    Field::Participants => p.participants = v,
                    Field::StockOnPeildatum => p.bestand_peildatum = v,
                    Field::StockAtStart => p.bestand_begin = v,
                    Field::LongDistanceStock => p.bestand_afstand_lang = v,
                    Field::ParticipationTarget => p.target_pct = v,
                    Field::Placements => w.realised = v,
                    Field::AnnualTarget => w.target = v,
                    Field::MonthsElapsed => w.months_elapsed = v.round() as u32,
                }
                match field {
                    Field::Participants
                    | Field::StockOnPeildatum
                    | Field::StockAtStart
                    | Field::LongDistanceStock
                    | Field::ParticipationTarget => s.participation = p,
                    Field::Placements | Field::AnnualTarget | Field::MonthsElapsed => {
                        s.werkplein = w
                    }
                    _ => s.growth = Some(g),
                }
            }
            Change::Period(period) => {
                if let Data::Episodes(e) = &ds.data {
                    s.growth = Some(growth_from_episodes(e, *period, &growth()));
                }
            }
            Change::ReferenceKind(kind) => s.growth = Some(with_reference_kind(&growth(), *kind)),
            Change::Round(on) => {
                let mut g = growth();
                g.rounding_decimals = on.then_some(2);
                s.growth = Some(g);
            }
            Change::RefName(i, name) => {
                let mut g = growth();
                edit_list(&mut g, |l| {
                    if let Some(r) = l.get_mut(*i) {
                        r.name = name.clone();
                    }
                });
                s.growth = Some(g);
            }
            Change::RefAdd => {
                let mut g = growth();
                edit_list(&mut g, |l| l.push(RefGemeente::default()));
                s.growth = Some(g);
            }
            Change::RefRemove(i) => {
                let mut g = growth();
                edit_list(&mut g, |l| {
                    if *i < l.len() {
                        l.remove(*i);
                    }
                });
                s.growth = Some(g);
            }
            Change::Denominator(i) => {
                let mut p = self.participation.inputs.params.clone();
                p.denominator = Denominator::ALL[(*i).min(Denominator::ALL.len() - 1)];
                s.participation = p;
            }
            Change::ResetGrowth => s.growth = None,
            Change::ResetParticipation => s.participation = ParticipationParams::default(),
            Change::ResetWerkplein => s.werkplein = WerkpleinParams::default(),
        }
    }
}

/// Changes the list of reference municipalities (when the reference is a list).
fn edit_list(g: &mut GrowthParams, f: impl FnOnce(&mut Vec<RefGemeente>)) {
    if let Reference::Gemeenten { gemeenten } = &mut g.reference {
        f(gemeenten);
    }
}

/// The reference switched to option `kind` (0 national, 1 reference group, 2 list): a
/// percentage keeps the current growth rounded to 2 decimals; a list keeps its
/// municipalities or starts with one empty row.
pub fn with_reference_kind(base: &GrowthParams, kind: usize) -> GrowthParams {
    let g_ref = (base.reference.growth_pct() * 100.0).round() / 100.0;
    let reference = match kind {
        1 => Reference::ReferenceGroup { growth_pct: g_ref },
        2 => Reference::Gemeenten {
            gemeenten: match &base.reference {
                Reference::Gemeenten { gemeenten } => gemeenten.clone(),
                _ => vec![RefGemeente {
                    name: String::new(),
                    bestand_t0: 0.0,
                    bestand_t: 0.0,
                }],
            },
        },
        _ => Reference::National { growth_pct: g_ref },
    };
    GrowthParams {
        reference,
        ..base.clone()
    }
}

/// Which end of the growth period a month box sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodEnd {
    /// The start month.
    From,
    /// The end month.
    To,
}

/// The period after the user typed `value` (`2024-06`) into one of its month boxes;
/// `None` when it is no month or the start would not be before the end.
pub fn period_change(current: GrowthPeriod, end: PeriodEnd, value: &str) -> Option<GrowthPeriod> {
    let m = parse_month(value)?;
    let mut next = current;
    match end {
        PeriodEnd::From => next.from = m,
        PeriodEnd::To => next.to = m,
    }
    (next.from < next.to).then_some(next)
}

/// A month index as `<input type=month>` writes it: `2024-09`.
pub fn month_value(m: i32) -> String {
    let (y, mm) = year_month(m);
    format!("{y:04}-{mm:02}")
}

/// The month index of an `<input type=month>` value (`2024-09`).
pub fn parse_month(s: &str) -> Option<i32> {
    let (y, m) = s.split_once('-')?;
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (1..=12).contains(&m).then(|| month(y, m))
}

// ---------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------

/// The months a growth comparison runs over: the stock at the end of `from` and at the
/// end of `to` (month indices, see `dynamics::month`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GrowthPeriod {
    /// Month whose month-end stock is `B[t0]`.
    pub from: i32,
    /// Month whose month-end stock is `B[t]`.
    pub to: i32,
}

/// The default period for benefit episodes: from the end of the previous calendar year to
/// the peildatum (year to date, as the report's +1,14%); a whole year when the peildatum
/// is in December or January.
pub fn default_growth_period(e: &Episodes, peildatum: Option<Date>) -> Option<GrowthPeriod> {
    let p = peildatum.or_else(|| default_peildatum(e))?;
    let to = p.month_index();
    let (y, m) = year_month(to);
    let from = if m <= 1 { to - 12 } else { month(y - 1, 12) };
    Some(GrowthPeriod { from, to })
}

/// Growth parameters from episodes over a period: the month-end stocks at `from` and `to`;
/// the other settings from `base`.
pub fn growth_from_episodes(
    e: &Episodes,
    period: GrowthPeriod,
    base: &GrowthParams,
) -> GrowthParams {
    let (from, to) = (period.from.min(period.to), period.from.max(period.to));
    let s = monthly_series(e, MonthRange::new(from + 1, to.max(from + 1)), None);
    GrowthParams {
        bestand_t0: s.opening_stock as f64,
        bestand_t: s.stock_at(to).unwrap_or(s.opening_stock) as f64,
        months: (to - from).max(1) as u32,
        ..base.clone()
    }
}

/// The own growth row of a kerncijfers file: `(start − 1 day, end, municipality code)`.
fn kerncijfers_growth_dates(k: &Kerncijfers) -> Option<(Date, Date, String)> {
    let i = (0..k.len()).find(|&i| {
        let r = k.row(i);
        r.indicator == "bestand_groei"
            && r.categorie == "gemeente"
            && r.status == Status::Realisatie
            && r.periode_van.is_some()
    })?;
    let r = k.row(i);
    Some((
        Date(r.periode_van?.0 - 1),
        r.periode_tot,
        k.dict.label(k.gemeente_code[i]).to_string(),
    ))
}

/// The F2 inputs: the scenario's when set (`growth = Some`), else from the data.
pub fn growth_inputs(ds: &Dataset, s: &Scenario, lang: Lang) -> Inputs<GrowthParams> {
    if let Some(p) = &s.growth {
        return entered(p, lang);
    }
    let base = GrowthParams::default();
    let national = Pct(base.reference.growth_pct(), 2);
    match &ds.data {
        Data::Kerncijfers(k) => {
            let Some(mut p) = growth_params_from_kerncijfers(k, &base) else {
                return Inputs {
                    params: base,
                    source: InputSource::Example,
                    notes: vec![m::NO_OWN_GROWTH.get(lang).into()],
                };
            };
            let mut notes = Vec::new();
            if let Some((t0, t, code)) = kerncijfers_growth_dates(k) {
                notes.push(m::start_and_end(
                    lang,
                    printed_number(lang, p.bestand_t0),
                    t0,
                    t,
                ));
                let group = reference::reference_group_from_kerncijfers(k, &code, t0, t);
                if !group.is_empty() {
                    notes.push(m::reference_group_from_file(
                        lang,
                        Municipalities(group.len() as i64),
                    ));
                    p.reference = Reference::Gemeenten { gemeenten: group };
                } else if reference::reference_from_kerncijfers(k, "landelijk", Date(t0.0 + 1), t)
                    .is_some()
                {
                    notes.push(m::REFERENCE_NATIONAL_FROM_FILE.get(lang).into());
                } else {
                    notes.push(m::no_reference_figure(lang, national));
                }
            }
            if k.rows().any(|r| {
                r.indicator == "bestand_uitkeringen"
                    && r.versie == "afgeleid"
                    && r.waarde.number() == Some(p.bestand_t0)
            }) {
                notes.push(m::START_DERIVED.get(lang).into());
            }
            Inputs {
                params: p,
                source: InputSource::Data,
                notes,
            }
        }
        Data::Episodes(e) => match default_growth_period(e, s.peildatum) {
            Some(period) => Inputs {
                params: growth_from_episodes(e, period, &base),
                source: InputSource::Data,
                notes: vec![
                    m::stocks_from_records(
                        lang,
                        month_label(period.from, lang),
                        month_label(period.to, lang),
                    ),
                    m::national_is_example(lang, national),
                ],
            },
            None => Inputs {
                params: base,
                source: InputSource::Example,
                notes: vec![],
            },
        },
    }
}

/// Inputs the user has changed: they count as entered, whatever the data holds.
fn entered<P: Clone>(params: &P, lang: Lang) -> Inputs<P> {
    Inputs {
        params: params.clone(),
        source: InputSource::Entered,
        notes: vec![m::VALUES_CHANGED.get(lang).into()],
    }
}

/// Data when something was found, else the example values.
fn found_or_example(found: bool) -> InputSource {
    if found {
        InputSource::Data
    } else {
        InputSource::Example
    }
}

/// The participants counted from the loaded trajectories file over the participation
/// period: the period and the count, `None` without a file or a period.
type Counted = Option<((Date, Date), trajectories::Participants)>;

/// Counts the participants of the trajectories file once per screen (see [`Counted`]).
fn count_participants(ds: &Dataset, s: &Scenario) -> Counted {
    let file = ds.trajectories.as_ref()?;
    let (from, to) = participation_period(ds, s)?;
    Some((
        (from, to),
        trajectories::participants(&file.trajectories, from, to),
    ))
}

/// The F3 inputs. The scenario's values count once edited (they differ from the
/// defaults); until then they come from the data where it has them.
pub fn participation_inputs(ds: &Dataset, s: &Scenario, lang: Lang) -> Inputs<ParticipationParams> {
    participation_inputs_counted(ds, s, lang, &count_participants(ds, s))
}

/// [`participation_inputs`] with the trajectories file's participants already counted.
fn participation_inputs_counted(
    ds: &Dataset,
    s: &Scenario,
    lang: Lang,
    counted: &Counted,
) -> Inputs<ParticipationParams> {
    let base = ParticipationParams::default();
    if s.participation != base {
        return entered(&s.participation, lang);
    }
    let mut p = base.clone();
    let mut notes = Vec::new();
    let mut found = false;
    match &ds.data {
        Data::Kerncijfers(k) => {
            let total = k.rows().find(|r| {
                r.indicator == "traject_deelnemers"
                    && r.categorie == "totaal"
                    && r.periode_van.is_some()
                    && r.waarde.number().is_some()
            });
            if let Some(t) = total.filter(|_| ds.trajectories.is_none()) {
                let stock = |d: Date| {
                    k.rows()
                        .find(|r| {
                            r.indicator == "bestand_uitkeringen"
                                && r.dimensie.is_empty()
                                && r.periode_tot == d
                                && r.status == Status::Realisatie
                        })
                        .and_then(|r| r.waarde.number())
                };
                p.participants = t.waarde.number().unwrap_or(p.participants);
                notes.push(m::participants_from_file(
                    lang,
                    printed_number(lang, p.participants),
                    period_label(lang, t.periode_van, t.periode_tot),
                ));
                found = true;
                if let Some(b1) = stock(t.periode_tot) {
                    p.bestand_peildatum = b1;
                    notes.push(m::stock_on_peildatum_from_file(
                        lang,
                        printed_number(lang, b1),
                        t.periode_tot,
                    ));
                }
                if let Some(b0) = t.periode_van.and_then(|v| stock(Date(v.0 - 1))) {
                    p.bestand_begin = b0;
                    notes.push(m::stock_at_start_from_file(lang, printed_number(lang, b0)));
                }
                let long_share = k
                    .rows()
                    .find(|r| r.indicator == "aandeel_doelgroep" && r.categorie == "lang")
                    .and_then(|r| r.waarde.number());
                if let Some(share) = long_share {
                    p.bestand_afstand_lang = (share / 100.0 * p.bestand_peildatum).round();
                    notes.push(m::long_distance_from_share(
                        lang,
                        printed_number(lang, share),
                        printed_number(lang, p.bestand_peildatum),
                        printed_number(lang, p.bestand_afstand_lang),
                    ));
                }
                if let Some(target) = k
                    .rows()
                    .find(|r| {
                        r.indicator == "sociale_activering_pct"
                            && r.status == Status::Streefwaarde
                            && r.periode_tot.year() == t.periode_tot.year()
                    })
                    .and_then(|r| r.waarde.number())
                {
                    p.target_pct = target;
                }
            }
        }
        Data::Episodes(e) => {
            if let Some(peil) = s.peildatum.or_else(|| default_peildatum(e)) {
                let c = composition(e, peil, Precedence::default());
                let to = peil.month_index();
                let from = month(year_month(to).0, 1);
                let series = monthly_series(e, MonthRange::new(from, to), None);
                p.bestand_peildatum = c.total as f64;
                p.bestand_begin = series.opening_stock as f64;
                p.bestand_afstand_lang = c.afstand[Afstand::Lang.index()] as f64;
                p.average_bestand = series.mean_stock(from, to);
                found = true;
                notes.push(m::participation_from_records(
                    lang,
                    Count(c.total as i64),
                    peil,
                    p.average_bestand
                        .map_or_else(|| "–".into(), |v| format::dec(lang, v, 1)),
                    Count(p.bestand_afstand_lang as i64),
                ));
                if ds.trajectories.is_none() {
                    notes.push(m::participants_not_in_file(
                        lang,
                        Count(base.participants as i64),
                    ));
                }
            }
        }
    }
    if let Some(file) = &ds.trajectories {
        match counted {
            Some(((from, to), a)) => {
                let (from, to) = (*from, *to);
                p.participants = a.counted as f64;
                found = true;
                notes.push(m::participants_from_trajectories(
                    lang,
                    &file.name,
                    Count(a.counted as i64),
                    who(&file.trajectories),
                    from,
                    to,
                    Count(a.trajectories as i64),
                ));
            }
            None => notes.push(m::TRAJECTORIES_WITHOUT_PERIOD.get(lang).into()),
        }
    }
    Inputs {
        params: p,
        source: found_or_example(found),
        notes,
    }
}

/// The period participants are counted over (F3: active at any time in it): the year to
/// date up to the peildatum for benefit episodes; the period of the file's
/// `traject_deelnemers` total for kerncijfers. `None` when neither says.
pub fn participation_period(ds: &Dataset, s: &Scenario) -> Option<(Date, Date)> {
    match &ds.data {
        Data::Episodes(e) => {
            let peil = s.peildatum.or_else(|| default_peildatum(e))?;
            Some((Date::from_ymd(peil.year(), 1, 1)?, peil))
        }
        Data::Kerncijfers(k) => k
            .rows()
            .find(|r| {
                r.indicator == "traject_deelnemers"
                    && r.categorie == "totaal"
                    && r.periode_van.is_some()
            })
            .and_then(|r| Some((r.periode_van?, r.periode_tot))),
    }
}

/// Who the trajectories file counts: persons, or benefits when it only has `uitkering_id`.
fn who(t: &Trajectories) -> bijstand_core::i18n::Msg {
    if t.by_person {
        m::PERSONS_WORD
    } else {
        m::BENEFITS_WORD
    }
}

/// With a trajectories file: its line in the settings and the participants per kind of
/// trajectory (Table 10 style: a person once per kind, suppressed like every count).
fn trajectories_part(
    ds: &Dataset,
    s: &Scenario,
    ctx: &Context,
    counted: &Counted,
    section: &mut ParticipationSection,
) {
    let Some(file) = &ds.trajectories else {
        return;
    };
    let lang = s.lang;
    let t = &file.trajectories;
    let persons = t.person.iter().max().map_or(0, |m| m + 1);
    section.trajectories = Some(TrajectoriesLine {
        text: m::trajectories_file(
            lang,
            &file.name,
            Count(t.len() as i64),
            Count(persons as i64),
            who(t),
        ),
        warnings: ctx
            .trajectories_report
            .iter()
            .flat_map(|r| r.warnings.iter().map(|w| w.message(lang)))
            .collect(),
        remove: m::REMOVE_TRAJECTORIES.get(lang).into(),
    });
    let Some(((from, to), a)) = counted else {
        return;
    };
    let (from, to) = (*from, *to);
    let counts: Vec<u32> = a.by_code.iter().map(|c| c.persons as u32).collect();
    let shown = suppress_row(&counts, s.threshold);
    let names: Vec<String> = a
        .by_code
        .iter()
        .map(|c| trajectories::label(t.codes.label(c.code), lang))
        .collect();
    let labels: Vec<String> = shown
        .iter()
        .map(|&x| shown_label(x, s.threshold, lang))
        .collect();
    let values: Vec<f64> = shown
        .iter()
        .map(|x| match x {
            Shown::Count(n) => *n as f64,
            Shown::Suppressed => 0.0,
        })
        .collect();
    let yes_no = |b: bool| if b { m::YES } else { m::NO }.get(lang).to_string();
    let mut rows: Vec<Vec<String>> = names
        .iter()
        .zip(&labels)
        .zip(&a.by_code)
        .map(|((n, l), c)| vec![n.clone(), l.clone(), yes_no(c.counts)])
        .collect();
    let total = Shown::of(a.counted as u32, s.threshold);
    rows.push(vec![
        m::TOTAL_DISTINCT.get(lang).into(),
        shown_label(total, s.threshold, lang),
        yes_no(true),
    ]);
    section.dashboard.panels.push(Panel {
        chart: ChartSpec {
            id: "chart-trajecten".into(),
            title: m::trajectories_chart(lang, from, to),
            categories: names,
            series: vec![bar(
                who(t).get(lang),
                values,
                labels,
                PALETTE[0],
                SeriesStyle::Bar,
            )],
            kind: ChartKind::Bar { horizontal: true },
            value_title: who(t).get(lang).into(),
            ..Default::default()
        },
        table: Table {
            caption: m::trajectories_table(lang, from, to),
            headers: vec![
                m::KIND_OF_TRAJECTORY.get(lang).into(),
                super::capitalize(who(t).get(lang)),
                m::COUNTS_FOR_ACTIVATION.get(lang).into(),
            ],
            rows,
        },
        note: Some(m::TRAJECTORIES_NOTE.get(lang).into()),
    });
}

/// The F5 inputs: like [`participation_inputs`], the scenario's once edited.
pub fn werkplein_inputs(ds: &Dataset, s: &Scenario, lang: Lang) -> Inputs<WerkpleinParams> {
    let base = WerkpleinParams::default();
    if s.werkplein != base {
        return entered(&s.werkplein, lang);
    }
    let mut p = base.clone();
    let mut notes = Vec::new();
    let mut found = false;
    match &ds.data {
        Data::Kerncijfers(k) => {
            if let Some(r) = k.rows().find(|r| {
                r.indicator == "plaatsingen_werkplein"
                    && r.status == Status::Realisatie
                    && r.periode_van.is_some()
                    && r.waarde.number().is_some()
            }) {
                let (van, tot) = (r.periode_van.unwrap_or(r.periode_tot), r.periode_tot);
                p.realised = r.waarde.number().unwrap_or(p.realised);
                p.months_elapsed =
                    ((tot.month_index() - van.month_index()) + 1).clamp(1, 12) as u32;
                found = true;
                notes.push(m::placements_from_file(
                    lang,
                    printed_number(lang, p.realised),
                    period_label(lang, r.periode_van, r.periode_tot),
                ));
                if let Some(d) = k
                    .rows()
                    .find(|t| {
                        t.indicator == "plaatsingen_werkplein"
                            && t.status == Status::Streefwaarde
                            && t.periode_tot.year() == tot.year()
                    })
                    .and_then(|t| t.waarde.number())
                {
                    p.target = d;
                    notes.push(m::annual_target_from_file(
                        lang,
                        printed_number(lang, d),
                        Plain(tot.year()),
                    ));
                }
            }
        }
        Data::Episodes(e) => {
            if let Some(peil) = s.peildatum.or_else(|| default_peildatum(e)) {
                let to = peil.month_index();
                let from = month(year_month(to).0, 1);
                if let Some(t) = monthly_series(e, MonthRange::new(from, to), None).totals(from, to)
                {
                    p.realised = t.reason(Uitstroomreden::WerkWerkplein) as f64;
                    p.months_elapsed = t.months().min(12);
                    found = true;
                    notes.push(m::placements_from_records(
                        lang,
                        Count(p.realised as i64),
                        month_label(from, lang),
                        month_label(to, lang),
                    ));
                    notes.push(m::target_not_in_file(lang, Count(base.target as i64)));
                }
            }
        }
    }
    Inputs {
        params: p,
        source: found_or_example(found),
        notes,
    }
}

/// The printed "…% hoger dan de doelstelling" of a kerncijfers file, if any.
pub fn printed_werkplein_pct(ds: &Dataset) -> Option<f64> {
    let Data::Kerncijfers(k) = &ds.data else {
        return None;
    };
    k.rows()
        .find(|r| r.indicator == "plaatsingen_werkplein_t_o_v_doel" && r.versie == "gedrukt")
        .and_then(|r| r.waarde.number())
}

/// The own month-end stocks over the growth period (episodes only; empty otherwise).
pub fn growth_path(ds: &Dataset, s: &Scenario) -> Vec<(i32, u32)> {
    let Data::Episodes(e) = &ds.data else {
        return Vec::new();
    };
    if s.growth.is_some() {
        // Edited stocks need not match the data: show start and end only.
        return Vec::new();
    }
    let Some(period) = default_growth_period(e, s.peildatum) else {
        return Vec::new();
    };
    let series = monthly_series(
        e,
        MonthRange::new(period.from + 1, period.to.max(period.from + 1)),
        None,
    );
    std::iter::once((period.from, series.opening_stock))
        .chain(series.months.iter().map(|m| (m.month, m.stock)))
        .collect()
}

/// The file's own full-year growth forecast (`bestand_groei`, `gemeente`, prognose), if any.
fn full_year_forecast(ds: &Dataset) -> Option<f64> {
    let Data::Kerncijfers(k) = &ds.data else {
        return None;
    };
    k.rows()
        .find(|r| {
            r.indicator == "bestand_groei"
                && r.categorie == "gemeente"
                && r.status == Status::Prognose
        })
        .and_then(|r| r.waarde.number())
}

// ---------------------------------------------------------------------------------------
// Numbers as text
// ---------------------------------------------------------------------------------------

fn period_label(lang: Lang, van: Option<Date>, tot: Date) -> String {
    super::figures::period_label(lang, bijstand_core::model::PeriodeType::Periode, van, tot)
}

/// A signed number: `+0,65` / `+0.65`, `-0,20`; no sign when it rounds to zero.
fn signed(lang: Lang, x: f64, decimals: usize) -> String {
    format::signed(x, format::dec(lang, x, decimals))
}

/// Decimals to write a denominator with: none when it is whole, else one.
fn denominator_decimals(x: f64) -> usize {
    if x.fract() == 0.0 {
        0
    } else {
        1
    }
}

// ---------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------

fn source_line<P>(i: &Inputs<P>, lang: Lang) -> SourceLine {
    SourceLine {
        lead: m::VALUES.get(lang).into(),
        text: i.source.label(lang).into(),
        example: i.source == InputSource::Example,
        notes: i.notes.clone(),
    }
}

fn reset<P>(i: &Inputs<P>, lang: Lang) -> Option<String> {
    (i.source == InputSource::Entered).then(|| m::BACK_TO_DATA.get(lang).into())
}

/// A number box for `field` over the field's [`Field::bounds`].
fn input(field: Field, id: &str, label: &str, value: f64, unit: &str, lang: Lang) -> NumberInput {
    let b = field.bounds();
    NumberInput {
        field,
        id: id.into(),
        label: label.into(),
        value,
        min: b.min,
        max: b.max,
        step: b.step,
        decimals: b.decimals,
        unit: unit.into(),
        bounds_line: b.line(lang),
    }
}

fn growth_section(
    ds: &Dataset,
    peildatum: Option<Date>,
    g: Inputs<GrowthParams>,
    path: &[(i32, u32)],
    buig_cost: f64,
    lang: Lang,
) -> GrowthSection {
    let p = &g.params;
    let GrowthFigures { dashboard, notes } = if p.reference.is_usable() {
        let mut f = growth_figures(p, path, lang);
        // The two amounts per benefit meet here: name both and say why they differ.
        if p.cost_per_benefit.round() != buig_cost.round() {
            f.notes.push(m::budget_vs_cost(
                lang,
                Eur(p.cost_per_benefit),
                Eur(buig_cost),
            ));
        }
        f
    } else {
        // A list without a filled row: nothing to compare with yet, so no figures (not a
        // "group of 1" growing from nothing).
        GrowthFigures {
            dashboard: Dashboard {
                title: m::GROWTH_TITLE.get(lang).into(),
                kpis: Vec::new(),
                panels: Vec::new(),
            },
            notes: vec![m::LIST_NOT_FILLED.get(lang).into()],
        }
    };
    let period = match &ds.data {
        Data::Episodes(e) => default_growth_period(e, peildatum).map(|default| PeriodInputs {
            default,
            from_label: m::START_MONTH.get(lang).into(),
            to_label: m::END_MONTH.get(lang).into(),
        }),
        Data::Kerncijfers(_) => None,
    };
    let reference_editor = match &p.reference {
        Reference::Gemeenten { gemeenten } => ReferenceEditor::List {
            rows: gemeenten
                .iter()
                .enumerate()
                .map(|(i, r)| RefRow {
                    test_id: format!("ref-gemeente-{i}"),
                    name_label: m::MUNICIPALITY.get(lang).into(),
                    name: r.name.clone(),
                    name_placeholder: m::NAME.get(lang).into(),
                    start: input(
                        Field::RefStart(i),
                        &format!("ref-{i}-t0"),
                        m::START_STOCK_SHORT.get(lang),
                        r.bestand_t0,
                        "",
                        lang,
                    ),
                    end: input(
                        Field::RefEnd(i),
                        &format!("ref-{i}-t"),
                        m::END_STOCK_SHORT.get(lang),
                        r.bestand_t,
                        "",
                        lang,
                    ),
                    remove: m::REMOVE.get(lang).into(),
                    remove_label: m::remove_named(lang, r.name.clone()),
                })
                .collect(),
            add: m::ADD_MUNICIPALITY.get(lang).into(),
            group_growth: if p.reference.is_usable() {
                m::group_growth(
                    lang,
                    Municipalities(p.reference.filled().count() as i64),
                    Dec(p.reference.growth_pct(), 2),
                )
            } else {
                m::LIST_NOT_FILLED.get(lang).into()
            },
        },
        Reference::National { growth_pct } | Reference::ReferenceGroup { growth_pct } => {
            ReferenceEditor::Growth(input(
                Field::ReferenceGrowth,
                "groei-ref",
                m::REFERENCE_GROWTH_FIELD.get(lang),
                *growth_pct,
                "%",
                lang,
            ))
        }
    };
    GrowthSection {
        label: m::GROWTH_ASSUMPTIONS.get(lang).into(),
        heading: m::GROWTH_HEADING.get(lang).into(),
        source: source_line(&g, lang),
        period,
        stocks: vec![
            input(
                Field::GrowthStart,
                "groei-t0",
                m::START_STOCK.get(lang),
                p.bestand_t0,
                "",
                lang,
            ),
            input(
                Field::GrowthEnd,
                "groei-t",
                m::END_STOCK.get(lang),
                p.bestand_t,
                "",
                lang,
            ),
            input(
                Field::GrowthMonths,
                "groei-maanden",
                m::PERIOD_LENGTH.get(lang),
                p.months as f64,
                m::MONTHS_UNIT.get(lang),
                lang,
            ),
        ],
        reference: Select {
            label: m::COMPARE_WITH.get(lang).into(),
            options: [m::OPTION_NATIONAL, m::OPTION_GROUP, m::OPTION_LIST]
                .iter()
                .map(|o| o.get(lang).to_string())
                .collect(),
            selected: match p.reference {
                Reference::National { .. } => 0,
                Reference::ReferenceGroup { .. } => 1,
                Reference::Gemeenten { .. } => 2,
            },
        },
        reference_editor,
        cost: input(
            Field::Cost,
            "groei-kosten",
            m::COST_PER_BENEFIT.get(lang),
            p.cost_per_benefit,
            "€",
            lang,
        ),
        round: Check {
            label: m::ROUND_FIRST.get(lang).into(),
            checked: p.rounding_decimals.is_some(),
        },
        reset: reset(&g, lang),
        dashboard,
        notes,
        inputs: g,
    }
}

fn bar(
    name: &str,
    values: Vec<f64>,
    labels: Vec<String>,
    color: &str,
    style: SeriesStyle,
) -> Series {
    Series::new(
        name,
        values.into_iter().map(Some).collect(),
        labels,
        color,
        style,
    )
}

/// The F2 figures with their remarks.
struct GrowthFigures {
    dashboard: Dashboard,
    notes: Vec<String>,
}

/// F2 figures, the growth and the index chart and the remarks. `path` is the own
/// month-end stock per month over the period (episodes), or empty (kerncijfers: only the
/// two stocks).
fn growth_figures(p: &GrowthParams, path: &[(i32, u32)], lang: Lang) -> GrowthFigures {
    let g = compare_growth(p);
    let ref_label = p.reference.label(lang);
    let pct = |x: f64| format!("{}%", signed(lang, x, 2));
    let score = m::score_pp(lang, signed(lang, g.score_pp, 2));
    let kpis = vec![
        Kpi {
            id: "kpi-groei",
            label: m::OWN_GROWTH.get(lang).into(),
            value: pct(g.growth_pct),
            note: m::stocks_over(
                lang,
                printed_number(lang, p.bestand_t0),
                printed_number(lang, p.bestand_t),
                Count(p.months.into()),
            ),
        },
        Kpi {
            id: "kpi-groei-ref",
            label: m::reference_growth(lang, ref_label.clone()),
            value: pct(g.reference_growth_pct),
            note: m::SAME_PERIOD.get(lang).into(),
        },
        Kpi {
            id: "kpi-score",
            label: m::SCORE_LABEL.get(lang).into(),
            value: score.clone(),
            note: if g.target_met {
                m::SCORE_TARGET_MET
            } else {
                m::SCORE_TARGET_NOT_MET
            }
            .get(lang)
            .into(),
        },
        Kpi {
            id: "kpi-exces",
            label: m::ABOVE_REFERENCE_PATH.get(lang).into(),
            value: format!(
                "{} {}",
                if g.excess >= 0.0 { "≈" } else { "≈ −" },
                format::dec(lang, g.excess.abs(), 0)
            ),
            note: m::score_times(lang, printed_number(lang, p.bestand_t0)),
        },
        Kpi {
            id: "kpi-impact",
            label: m::EFFECT_FULL_YEAR.get(lang).into(),
            value: format::eur_mln(lang, g.eur_impact / 1e6, 2),
            note: m::effect_note(lang, Dec(g.excess, 1), Eur(p.cost_per_benefit)),
        },
        Kpi {
            id: "kpi-index",
            label: m::INDEX_END.get(lang).into(),
            value: format::dec(lang, reference::index(p.bestand_t, p.bestand_t0), 1),
            note: m::index_reference(lang, Dec(100.0 + g.reference_growth_pct, 1)),
        },
    ];
    // Index: own path against the reference, both from 100 at the start.
    let (cats, own): (Vec<String>, Vec<f64>) = if path.len() >= 2 {
        path.iter()
            .map(|(mi, b)| {
                (
                    month_label(*mi, lang),
                    reference::index(*b as f64, p.bestand_t0),
                )
            })
            .unzip()
    } else {
        (
            vec![m::START.get(lang).into(), m::END.get(lang).into()],
            vec![100.0, reference::index(p.bestand_t, p.bestand_t0)],
        )
    };
    let n = cats.len();
    let refl: Vec<f64> = (0..n)
        .map(|i| 100.0 + g.reference_growth_pct * i as f64 / (n - 1).max(1) as f64)
        .collect();
    let round2 = |v: &[f64]| {
        v.iter()
            .map(|x| (x * 100.0).round() / 100.0)
            .collect::<Vec<_>>()
    };
    let labels = |v: &[f64]| {
        v.iter()
            .map(|x| format::dec(lang, *x, 2))
            .collect::<Vec<_>>()
    };
    let own_name = m::OWN_CASELOAD.get(lang).to_string();
    let ref_name = m::reference_named(lang, ref_label.clone());
    let index_panel = Panel {
        chart: ChartSpec {
            id: "chart-groei-index".into(),
            title: m::INDEX_CHART.get(lang).into(),
            categories: cats.clone(),
            series: vec![
                bar(
                    &own_name,
                    round2(&own),
                    labels(&own),
                    PALETTE[0],
                    SeriesStyle::Line,
                ),
                bar(
                    &ref_name,
                    round2(&refl),
                    labels(&refl),
                    PALETTE[1],
                    SeriesStyle::Dashed,
                ),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: "index".into(),
            ..Default::default()
        },
        table: Table {
            caption: m::INDEX_TABLE.get(lang).into(),
            headers: vec![
                m::POINT.get(lang).into(),
                own_name.clone(),
                ref_name.clone(),
            ],
            rows: (0..n)
                .map(|i| {
                    vec![
                        cats[i].clone(),
                        format::dec(lang, own[i], 2),
                        format::dec(lang, refl[i], 2),
                    ]
                })
                .collect(),
        },
        note: (path.len() >= 2).then(|| m::STRAIGHT_LINE.get(lang).into()),
    };
    let growth_panel = Panel {
        chart: ChartSpec {
            id: "chart-groei".into(),
            title: m::GROWTH_CHART.get(lang).into(),
            categories: vec![
                own_name.clone(),
                ref_name.clone(),
                m::SCORE.get(lang).into(),
            ],
            series: vec![Series {
                name: m::GROWTH.get(lang).into(),
                values: vec![
                    Some(g.growth_pct),
                    Some(g.reference_growth_pct),
                    Some(g.score_pp),
                ],
                labels: vec![
                    pct(g.growth_pct),
                    pct(g.reference_growth_pct),
                    format!("{} pp", signed(lang, g.score_pp, 2)),
                ],
                color: PALETTE[0].into(),
                style: SeriesStyle::Bar,
            }],
            kind: ChartKind::Combo { stacked: false },
            value_title: "%".into(),
            ..Default::default()
        },
        table: Table {
            caption: m::GROWTH_TABLE.get(lang).into(),
            headers: vec![m::QUANTITY.get(lang).into(), m::VALUE.get(lang).into()],
            rows: vec![
                vec![
                    m::START_STOCK.get(lang).into(),
                    printed_number(lang, p.bestand_t0),
                ],
                vec![
                    m::END_STOCK.get(lang).into(),
                    printed_number(lang, p.bestand_t),
                ],
                vec![m::OWN_GROWTH_ROW.get(lang).into(), pct(g.growth_pct)],
                vec![
                    m::reference_growth(lang, ref_label),
                    pct(g.reference_growth_pct),
                ],
                vec![m::SCORE.get(lang).into(), score],
                vec![
                    m::ABOVE_REFERENCE_PATH.get(lang).into(),
                    format::dec(lang, g.excess, 1),
                ],
                vec![
                    m::DIFFERENCE.get(lang).into(),
                    format::dec(lang, g.absolute_difference, 1),
                ],
                vec![
                    m::COST_PER_BENEFIT.get(lang).into(),
                    format::eur(lang, p.cost_per_benefit),
                ],
                vec![
                    m::EFFECT_PER_YEAR.get(lang).into(),
                    format::eur(lang, g.eur_impact),
                ],
            ],
        },
        note: None,
    };
    let mut notes = vec![if g.target_met {
        m::GROWTH_TARGET_MET.get(lang).to_string()
    } else {
        m::grows_faster(lang, Dec(g.score_pp, 2), Dec(g.excess, 0))
    }];
    if p.months < 12 && p.months > 0 {
        notes.push(m::annualisation(
            lang,
            Count(p.months.into()),
            signed(lang, g.annualised_naive_growth_pct, 2),
        ));
    }
    if matches!(p.reference, Reference::National { .. }) {
        notes.push(m::NATIONAL_NOT_GROUP.get(lang).into());
    }
    GrowthFigures {
        dashboard: Dashboard {
            title: m::GROWTH_TITLE.get(lang).into(),
            kpis,
            panels: vec![growth_panel, index_panel],
        },
        notes,
    }
}

fn participation_section(pi: Inputs<ParticipationParams>, lang: Lang) -> ParticipationSection {
    let p = &pi.params;
    let all = participation_all(p);
    let chosen = all
        .iter()
        .find(|x| x.denominator == p.denominator)
        .cloned()
        .unwrap_or_else(|| all[0].clone());
    let kpis = vec![
        Kpi {
            id: "kpi-participatie",
            label: m::SHARE_IN_ACTIVATION.get(lang).into(),
            value: format::pct(lang, chosen.share_pct, 2),
            note: format!(
                "{} / {} ({})",
                printed_number(lang, p.participants),
                format::dec(
                    lang,
                    chosen.denominator_value,
                    denominator_decimals(chosen.denominator_value)
                ),
                p.denominator.label(lang)
            ),
        },
        Kpi {
            id: "kpi-participatie-doel",
            label: m::TARGET.get(lang).into(),
            value: format::pct(lang, p.target_pct, 1),
            note: if chosen.met { m::MET } else { m::NOT_MET_YET }
                .get(lang)
                .into(),
        },
        Kpi {
            id: "kpi-participatie-nodig",
            label: m::STILL_NEEDED.get(lang).into(),
            value: m::persons(lang, Count(chosen.needed.into())),
            note: m::with_denominator(lang, p.denominator.label(lang).into()),
        },
    ];
    let names: Vec<String> = all
        .iter()
        .map(|x| super::capitalize(x.denominator.label(lang)))
        .collect();
    let target = format::pct(lang, p.target_pct, 1);
    let panel = Panel {
        chart: ChartSpec {
            id: "chart-participatie".into(),
            title: m::PARTICIPATION_CHART.get(lang).into(),
            categories: names.clone(),
            series: vec![
                bar(
                    m::SHARE.get(lang),
                    all.iter()
                        .map(|x| (x.share_pct * 100.0).round() / 100.0)
                        .collect(),
                    all.iter()
                        .map(|x| format::pct(lang, x.share_pct, 2))
                        .collect(),
                    PALETTE[0],
                    SeriesStyle::Bar,
                ),
                bar(
                    m::TARGET.get(lang),
                    vec![p.target_pct; 3],
                    vec![target.clone(); 3],
                    PALETTE[1],
                    SeriesStyle::Dashed,
                ),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: "%".into(),
            ..Default::default()
        },
        table: Table {
            caption: m::PARTICIPATION_TABLE.get(lang).into(),
            headers: vec![
                m::DENOMINATOR.get(lang).into(),
                m::DENOMINATOR_VALUE.get(lang).into(),
                m::SHARE.get(lang).into(),
                m::needed_for(lang, Pct(p.target_pct, 1)),
                m::IN_USE.get(lang).into(),
            ],
            rows: all
                .iter()
                .zip(&names)
                .map(|(x, n)| {
                    vec![
                        n.clone(),
                        format::dec(
                            lang,
                            x.denominator_value,
                            denominator_decimals(x.denominator_value),
                        ),
                        format::pct(lang, x.share_pct, 2),
                        format::int(lang, x.needed.into()),
                        if x.denominator == p.denominator {
                            m::YES.get(lang).into()
                        } else {
                            String::new()
                        },
                    ]
                })
                .collect(),
        },
        note: Some(m::PARTICIPATION_NOTE.get(lang).into()),
    };
    let fields = vec![
        input(
            Field::Participants,
            "part-deelnemers",
            m::PARTICIPANTS.get(lang),
            p.participants,
            "",
            lang,
        ),
        input(
            Field::StockOnPeildatum,
            "part-peildatum",
            m::STOCK_ON_PEILDATUM.get(lang),
            p.bestand_peildatum,
            "",
            lang,
        ),
        input(
            Field::StockAtStart,
            "part-begin",
            m::STOCK_AT_START.get(lang),
            p.bestand_begin,
            "",
            lang,
        ),
        input(
            Field::LongDistanceStock,
            "part-lang",
            m::LONG_DISTANCE_STOCK.get(lang),
            p.bestand_afstand_lang,
            "",
            lang,
        ),
        input(
            Field::ParticipationTarget,
            "part-streef",
            m::TARGET.get(lang),
            p.target_pct,
            "%",
            lang,
        ),
    ];
    ParticipationSection {
        label: m::PARTICIPATION_ASSUMPTIONS.get(lang).into(),
        heading: m::PARTICIPATION_HEADING.get(lang).into(),
        source: source_line(&pi, lang),
        denominator: Select {
            label: m::DENOMINATOR.get(lang).into(),
            options: Denominator::ALL
                .iter()
                .map(|n| n.label(lang).to_string())
                .collect(),
            selected: Denominator::ALL
                .iter()
                .position(|n| *n == p.denominator)
                .unwrap_or(0),
        },
        fields,
        reset: reset(&pi, lang),
        dashboard: Dashboard {
            title: m::PARTICIPATION_TITLE.get(lang).into(),
            kpis,
            panels: vec![panel],
        },
        inputs: pi,
        trajectories: None,
    }
}

fn werkplein_section(
    wi: Inputs<WerkpleinParams>,
    printed_pct: Option<f64>,
    lang: Lang,
) -> WerkpleinSection {
    let p = &wi.params;
    let w = werkplein_pace(p);
    let months = Count(p.months_elapsed.into());
    let (above, above_reading) = if w.above_pace_pct >= 0.0 {
        (m::ABOVE, m::ABOVE_PRO_RATA)
    } else {
        (m::BELOW, m::BELOW_PRO_RATA)
    };
    let kpis = vec![
        Kpi {
            id: "kpi-werkplein-jaar",
            label: m::AGAINST_ANNUAL.get(lang).into(),
            value: format::pct(lang, 100.0 * w.share_of_year_target, 1),
            note: m::of_target_below(
                lang,
                printed_number(lang, p.realised),
                printed_number(lang, p.target),
                Pct(w.shortfall_year_target_pct, 1),
            ),
        },
        Kpi {
            id: "kpi-werkplein-tempo",
            label: m::AGAINST_PRO_RATA.get(lang).into(),
            value: format::pct(lang, 100.0 * w.pace_ratio, 1),
            note: m::pro_rata_note(
                lang,
                months,
                printed_number(lang, w.pro_rata_target),
                signed(lang, w.above_pace_pct, 1),
                above,
            ),
        },
        Kpi {
            id: "kpi-werkplein-nodig",
            label: m::NEEDED_PER_MONTH.get(lang).into(),
            value: format::dec(lang, w.needed_per_month, 1),
            note: m::pace_so_far(lang, Dec(w.pace_per_month, 1)),
        },
    ];
    let cats = vec![
        m::ACHIEVED.get(lang).to_string(),
        m::PRO_RATA_TARGET.get(lang).to_string(),
        m::ANNUAL_TARGET.get(lang).to_string(),
    ];
    let vals = [p.realised, w.pro_rata_target, p.target];
    let panel = Panel {
        chart: ChartSpec {
            id: "chart-werkplein".into(),
            title: m::WERKPLEIN_HEADING.get(lang).into(),
            categories: cats.clone(),
            series: vec![Series {
                name: m::PLACEMENTS.get(lang).into(),
                values: vals.iter().map(|v| Some(*v)).collect(),
                labels: vals
                    .iter()
                    .map(|v| printed_number(lang, v.round()))
                    .collect(),
                color: PALETTE[2].into(),
                style: SeriesStyle::Bar,
            }],
            kind: ChartKind::Bar { horizontal: true },
            value_title: m::PLACEMENTS_AXIS.get(lang).into(),
            ..Default::default()
        },
        table: Table {
            caption: m::WERKPLEIN_TABLE.get(lang).into(),
            headers: vec![m::QUANTITY.get(lang).into(), m::VALUE.get(lang).into()],
            rows: vec![
                vec![cats[0].clone(), printed_number(lang, p.realised)],
                vec![
                    m::pro_rata_target_after(lang, months),
                    printed_number(lang, w.pro_rata_target),
                ],
                vec![cats[2].clone(), printed_number(lang, p.target)],
                vec![
                    m::SHARE_OF_ANNUAL.get(lang).into(),
                    format::pct(lang, 100.0 * w.share_of_year_target, 1),
                ],
                vec![
                    m::PACE_VS_PRO_RATA.get(lang).into(),
                    format::pct(lang, 100.0 * w.pace_ratio, 1),
                ],
                vec![
                    m::NEEDED_PER_MONTH.get(lang).into(),
                    format::dec(lang, w.needed_per_month, 1),
                ],
                vec![
                    m::PACE_PER_MONTH.get(lang).into(),
                    format::dec(lang, w.pace_per_month, 1),
                ],
            ],
        },
        note: None,
    };
    let mut readings = vec![
        m::reading_annual(
            lang,
            printed_number(lang, p.realised),
            printed_number(lang, p.target),
            Pct(100.0 * w.share_of_year_target, 1),
            Pct(w.shortfall_year_target_pct, 1),
        ),
        m::reading_pro_rata(
            lang,
            printed_number(lang, p.realised),
            printed_number(lang, w.pro_rata_target),
            Pct(100.0 * w.pace_ratio, 1),
            signed(lang, w.above_pace_pct, 1),
            above_reading,
        ),
    ];
    if let Some(v) = printed_pct {
        let verdict =
            if (v - w.shortfall_year_target_pct).abs() < 0.5 && w.share_of_year_target < 1.0 {
                m::SHORTFALL_NOT_LEAD
            } else {
                m::COMPARE_READINGS
            };
        readings.insert(0, m::report_writes(lang, printed_number(lang, v), verdict));
    }
    let fields = vec![
        input(
            Field::Placements,
            "wp-realisatie",
            m::PLACEMENTS_SO_FAR.get(lang),
            p.realised,
            "",
            lang,
        ),
        input(
            Field::AnnualTarget,
            "wp-doel",
            m::ANNUAL_TARGET.get(lang),
            p.target,
            "",
            lang,
        ),
        input(
            Field::MonthsElapsed,
            "wp-maanden",
            m::MONTHS_ELAPSED.get(lang),
            p.months_elapsed as f64,
            m::MONTHS_UNIT.get(lang),
            lang,
        ),
    ];
    WerkpleinSection {
        label: m::WERKPLEIN_ASSUMPTIONS.get(lang).into(),
        heading: m::WERKPLEIN_HEADING.get(lang).into(),
        source: source_line(&wi, lang),
        fields,
        reset: reset(&wi, lang),
        dashboard: Dashboard {
            title: m::WERKPLEIN_TITLE.get(lang).into(),
            kpis,
            panels: vec![panel],
        },
        readings,
        inputs: wi,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embedded;

    fn view(ds: &Dataset, s: &Scenario) -> ComparisonView {
        build(ds, s, &Context::default())
    }

    fn kpi<'a>(d: &'a Dashboard, id: &str) -> &'a Kpi {
        d.kpis.iter().find(|k| k.id == id).unwrap()
    }

    fn english() -> Scenario {
        Scenario {
            lang: Lang::En,
            ..Scenario::default()
        }
    }

    /// The view after `change` was made on it.
    fn after(ds: &Dataset, s: &Scenario, change: Change) -> (Scenario, ComparisonView) {
        let mut next = s.clone();
        view(ds, s).apply(ds, &change, &mut next);
        let v = view(ds, &next);
        (next, v)
    }

    #[test]
    fn the_seed_in_english_has_english_numbers() {
        let ds = embedded::kerncijfers().unwrap();
        let v = view(&ds, &english());
        let g = &v.growth.dashboard;
        assert_eq!(kpi(g, "kpi-groei").value, "+1.14%");
        assert_eq!(kpi(g, "kpi-groei").note, "5,623 → 5,687 (9 months)");
        assert_eq!(kpi(g, "kpi-score").value, "+0.65 pp");
        assert_eq!(kpi(g, "kpi-impact").value, "€0.67 m");
        assert_eq!(kpi(g, "kpi-index").value, "101.1");
        assert!(v.growth.notes.iter().any(|n| n.contains("+1.52%")));
        assert!(v.growth.notes.iter().any(|n| n.ends_with("is +0.44%.")));
        let p = &v.participation.dashboard;
        assert_eq!(kpi(p, "kpi-participatie").value, "21.29%");
        assert_eq!(
            kpi(p, "kpi-participatie").note.split(" (").next(),
            Some("1,204 / 5,655")
        );
        assert_eq!(kpi(p, "kpi-participatie-nodig").value, "41 persons");
        assert_eq!(p.panels[0].table.rows[0][1..4], ["5,687", "21.17%", "48"]);
        assert!(v
            .participation
            .source
            .notes
            .iter()
            .any(|n| n == "Participants: 1,204 (Q1–Q3 2024)."));
        let w = &v.werkplein.dashboard;
        assert_eq!(kpi(w, "kpi-werkplein-jaar").value, "87.0%");
        assert_eq!(kpi(w, "kpi-werkplein-tempo").value, "116.0%");
        assert!(v.werkplein.readings[1].contains("261 / 300 = 87.0%"));
        // The same screen in Dutch.
        let nl = view(&ds, &Scenario::default());
        assert_eq!(
            kpi(&nl.growth.dashboard, "kpi-groei").note,
            "5.623 → 5.687 (9 maanden)"
        );
        assert_eq!(kpi(&nl.growth.dashboard, "kpi-impact").value, "€ 0,67 mln");
        assert_eq!(
            nl.participation.dashboard.panels[0].table.rows[0][1],
            "5.687"
        );
    }

    #[test]
    fn episodes_in_english_have_english_numbers() {
        let ds = embedded::synthetic().unwrap();
        let v = view(&ds, &english());
        assert_eq!(
            kpi(&v.growth.dashboard, "kpi-groei").note,
            "5,623 → 5,687 (9 months)"
        );
        assert!(v.participation.source.notes[0].contains("stock 5,687 on 30 Sep 2024"));
        assert!(v.participation.source.notes[1].contains("(1,204)"));
        let nl = view(&ds, &Scenario::default());
        assert!(nl.participation.source.notes[0].contains("bestand 5.687 op 30-09-2024"));
        assert!(nl.participation.source.notes[1].contains("(1.204)"));
        // The period's months: from the end of 2023 to the peildatum.
        let period = v.growth.period.as_ref().expect("episodes have a period");
        assert_eq!(
            (
                month_value(period.default.from),
                month_value(period.default.to)
            ),
            ("2023-12".to_string(), "2024-09".to_string())
        );
    }

    #[test]
    fn an_edited_number_stores_the_values_on_screen() {
        let ds = embedded::kerncijfers().unwrap();
        let s = Scenario::default();
        let before = view(&ds, &s);
        assert_eq!(before.growth.reset, None);
        let (next, v) = after(&ds, &s, Change::Number(Field::Cost, 20_000.0));
        let g = next.growth.as_ref().expect("stored");
        assert_eq!(g.cost_per_benefit, 20_000.0);
        assert_eq!(
            (g.bestand_t0, g.bestand_t, g.months),
            (5623.0, 5687.0, 9),
            "the stocks from the data"
        );
        assert_eq!(kpi(&v.growth.dashboard, "kpi-impact").value, "€ 0,73 mln");
        assert_eq!(v.growth.inputs.source, InputSource::Entered);
        assert!(v.growth.reset.is_some());
        assert_eq!(
            v.participation.reset, None,
            "the other parts stay from the data"
        );
        // Back to the data.
        let (next, v) = after(&ds, &next, Change::ResetGrowth);
        assert_eq!(next.growth, None);
        assert_eq!(v.growth.inputs.source, InputSource::Data);
    }

    #[test]
    fn participation_and_werkplein_changes() {
        let ds = embedded::kerncijfers().unwrap();
        let s = Scenario::default();
        let (next, v) = after(&ds, &s, Change::Denominator(0));
        assert_eq!(next.participation.denominator, Denominator::Peildatum);
        assert_eq!(v.participation.denominator.selected, 0);
        assert_eq!(
            kpi(&v.participation.dashboard, "kpi-participatie").value,
            "21,17%"
        );
        assert_eq!(
            kpi(&v.participation.dashboard, "kpi-participatie-nodig").value,
            "48 personen"
        );
        assert!(v.participation.reset.is_some());
        let (next, _) = after(&ds, &next, Change::Denominator(7));
        assert_eq!(
            next.participation.denominator,
            Denominator::AfstandLang,
            "clamped"
        );
        let (next, _) = after(&ds, &next, Change::ResetParticipation);
        assert_eq!(next.participation, ParticipationParams::default());

        let (next, v) = after(&ds, &s, Change::Number(Field::MonthsElapsed, 5.6));
        assert_eq!(next.werkplein.months_elapsed, 6);
        assert_eq!(next.werkplein.realised, 261.0);
        assert_eq!(v.werkplein.inputs.source, InputSource::Entered);
        let (next, _) = after(&ds, &next, Change::ResetWerkplein);
        assert_eq!(next.werkplein, WerkpleinParams::default());
    }

    #[test]
    fn the_reference_can_be_a_list_of_municipalities() {
        let ds = embedded::kerncijfers().unwrap();
        let s = Scenario::default();
        let (s, v) = after(&ds, &s, Change::ReferenceKind(2));
        assert_eq!(v.growth.reference.selected, 2);
        let ReferenceEditor::List { rows, .. } = &v.growth.reference_editor else {
            panic!("a list")
        };
        assert_eq!(rows.len(), 1, "one empty row to start");
        // The empty row computes nothing: no "group of 1" growing from nothing.
        let waiting = |v: &ComparisonView| {
            v.growth.dashboard.kpis.is_empty()
                && v.growth.dashboard.panels.is_empty()
                && v.growth.notes.first().map(String::as_str)
                    == Some(m::LIST_NOT_FILLED.get(Lang::Nl))
        };
        assert!(waiting(&v), "{:?}", v.growth.dashboard.kpis);
        let (s, _) = after(&ds, &s, Change::RefName(0, "A".into()));
        let (s, v) = after(&ds, &s, Change::Number(Field::RefStart(0), 1500.0));
        assert!(waiting(&v), "half a row does not count either");
        let (s, v) = after(&ds, &s, Change::Number(Field::RefEnd(0), 1510.0));
        assert!(!waiting(&v));
        let one = kpi(&v.growth.dashboard, "kpi-impact").value.clone();
        let (s, v) = after(&ds, &s, Change::RefAdd);
        assert_eq!(
            kpi(&v.growth.dashboard, "kpi-impact").value,
            one,
            "a new empty row changes nothing"
        );
        assert_eq!(
            kpi(&v.growth.dashboard, "kpi-groei-ref").label,
            "Groei referentie (referentiegroep van 1 gemeente)"
        );
        let (s, _) = after(&ds, &s, Change::RefName(1, "B".into()));
        let (s, _) = after(&ds, &s, Change::Number(Field::RefStart(1), 500.0));
        let (s, v) = after(&ds, &s, Change::Number(Field::RefEnd(1), 510.0));
        // Σ 2.020 / Σ 2.000 − 1 = +1,00%.
        assert_eq!(kpi(&v.growth.dashboard, "kpi-groei-ref").value, "+1,00%");
        let ReferenceEditor::List {
            rows, group_growth, ..
        } = &v.growth.reference_editor
        else {
            panic!("a list")
        };
        assert_eq!(
            group_growth,
            "Groei van de groep van 2 gemeenten (som eind / som begin − 1): 1,00%. Regels zonder beide standen tellen niet mee."
        );
        assert_eq!(rows[1].remove_label, "Verwijder B");
        assert_eq!(
            (rows[1].start.id.as_str(), rows[1].end.value),
            ("ref-1-t0", 510.0)
        );
        let (s, v) = after(&ds, &s, Change::RefRemove(0));
        assert_eq!(kpi(&v.growth.dashboard, "kpi-groei-ref").value, "+2,00%");
        // Back to a percentage: the group's growth, rounded to 2 decimals.
        let (_, v) = after(&ds, &s, Change::ReferenceKind(1));
        let ReferenceEditor::Growth(field) = &v.growth.reference_editor else {
            panic!("a percentage")
        };
        assert_eq!((field.id.as_str(), field.value), ("groei-ref", 2.0));
        let (s, _) = after(&ds, &s, Change::ReferenceKind(1));
        let (s, _) = after(&ds, &s, Change::Number(Field::ReferenceGrowth, 0.8));
        assert_eq!(
            s.growth.unwrap().reference,
            Reference::ReferenceGroup { growth_pct: 0.8 },
            "the kind stays"
        );
    }

    #[test]
    fn other_months_read_the_stocks_again() {
        let ds = embedded::synthetic().unwrap();
        let s = Scenario::default();
        let v = view(&ds, &s);
        let cur = v.growth.period.as_ref().unwrap().default;
        let next = period_change(cur, PeriodEnd::From, "2024-06").expect("a later start");
        assert_eq!(
            next,
            GrowthPeriod {
                from: month(2024, 6),
                to: cur.to
            }
        );
        let (s, v) = after(&ds, &s, Change::Period(next));
        let g = s.growth.as_ref().unwrap();
        assert_eq!(g.months, 3);
        assert!(kpi(&v.growth.dashboard, "kpi-groei")
            .note
            .ends_with("(3 maanden)"));
        assert!(!kpi(&v.growth.dashboard, "kpi-groei")
            .note
            .starts_with("5.623"));
        // A start on or after the end, or no month at all, changes nothing.
        assert_eq!(period_change(cur, PeriodEnd::From, "2024-09"), None);
        assert_eq!(period_change(cur, PeriodEnd::To, "2023-11"), None);
        assert_eq!(period_change(cur, PeriodEnd::To, "2024-13"), None);
        assert_eq!(period_change(cur, PeriodEnd::To, ""), None);
        // Kerncijfers have no months to choose.
        let k = embedded::kerncijfers().unwrap();
        assert_eq!(view(&k, &Scenario::default()).growth.period, None);
        let mut unchanged = Scenario::default();
        view(&k, &unchanged.clone()).apply(&k, &Change::Period(next), &mut unchanged);
        assert_eq!(unchanged.growth, None);
    }

    #[test]
    fn months_round_trip_through_the_month_box() {
        for m in [month(2023, 12), month(2024, 1), month(1999, 7)] {
            assert_eq!(parse_month(&month_value(m)), Some(m));
        }
        assert_eq!(month_value(month(2024, 9)), "2024-09");
        assert_eq!(parse_month("2024-00"), None);
        assert_eq!(parse_month("2024"), None);
    }

    #[test]
    fn rounding_can_be_switched_off() {
        let ds = embedded::kerncijfers().unwrap();
        let s = Scenario::default();
        assert!(view(&ds, &s).growth.round.checked);
        let (s, v) = after(&ds, &s, Change::Round(false));
        assert_eq!(s.growth.unwrap().rounding_decimals, None);
        assert!(!v.growth.round.checked);
    }
}
