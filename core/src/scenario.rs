//! The `Scenario`: every assumption, definition choice and view setting.
//!
//! Every number on screen is a pure function of `(Dataset, Scenario)`, and the share link
//! encodes exactly this struct, so a recipient sees the same view, numbers and charts.

use crate::buig::BuigParams;
use crate::caseload::filter::EpisodeFilter;
use crate::caseload::Precedence;
use crate::date::Date;
use crate::dynamics::{IndexParams, OutflowToWork};
use crate::lang::Lang;
use crate::lks::{LksParams, LoonwaardeRaise};
use crate::programme::Reallocation;
use crate::projection::ProjectionParams;
use crate::reference::{GrowthParams, ParticipationParams, WerkpleinParams};
use crate::suppress::DEFAULT_THRESHOLD;

/// The screens of the app, in navigation order. The serialised names (share links, saved
/// scenarios) are the original Dutch ones and must not change; see [`LINK_WORDS`].
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum View {
    /// Caseload composition on a peildatum.
    #[default]
    #[serde(rename = "Samenstelling")]
    Composition,
    /// Monthly stock, inflow and outflow; trend and index.
    #[serde(rename = "Dynamiek")]
    Flows,
    /// Running benefits per start year by years since the start.
    #[serde(rename = "Cohorten")]
    Cohorts,
    /// Caseload projection (F1).
    #[serde(rename = "Prognose")]
    Projection,
    /// Growth, participation and placements vs references and targets (F2, F3, F5).
    #[serde(rename = "Vergelijking")]
    Comparison,
    /// LKS contracts and targets (F4, F8).
    Lks,
    /// BUIG budget vs spending, scenarios (F6, F7, F12).
    Buig,
    /// Programme budget (Annex 1).
    #[serde(rename = "Begroting")]
    Programme,
    /// The aggregate file's figures as the report's tables.
    Kerncijfers,
    /// Data-quality findings.
    #[serde(rename = "Datakwaliteit")]
    Quality,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 10] = [
        View::Composition,
        View::Flows,
        View::Cohorts,
        View::Projection,
        View::Comparison,
        View::Lks,
        View::Buig,
        View::Programme,
        View::Kerncijfers,
        View::Quality,
    ];

    /// Tab label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            View::Composition => crate::messages::scenario::VIEW_COMPOSITION.get(lang),
            View::Flows => crate::messages::scenario::VIEW_FLOWS.get(lang),
            View::Cohorts => crate::messages::scenario::VIEW_COHORTS.get(lang),
            View::Projection => crate::messages::scenario::VIEW_PROJECTION.get(lang),
            View::Comparison => crate::messages::scenario::VIEW_COMPARISON.get(lang),
            View::Lks => crate::messages::scenario::VIEW_LKS.get(lang),
            View::Buig => crate::messages::scenario::VIEW_BUIG.get(lang),
            View::Programme => crate::messages::scenario::VIEW_PROGRAMME.get(lang),
            View::Kerncijfers => crate::messages::scenario::VIEW_KERNCIJFERS.get(lang),
            View::Quality => crate::messages::scenario::VIEW_QUALITY.get(lang),
        }
    }

    /// A stable lower-case id (DOM ids, test ids).
    pub fn id(self) -> &'static str {
        match self {
            View::Composition => "samenstelling",
            View::Flows => "dynamiek",
            View::Cohorts => "cohorten",
            View::Projection => "prognose",
            View::Comparison => "vergelijking",
            View::Lks => "lks",
            View::Buig => "buig",
            View::Programme => "begroting",
            View::Kerncijfers => "kerncijfers",
            View::Quality => "datakwaliteit",
        }
    }
}

/// A slide of presentation mode. The serialised names (share links, saved scenarios) are
/// the Dutch names of the views they come from, plus `Vangnet`; they must not change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum SlideKind {
    /// The caseload's composition on the peildatum.
    #[serde(rename = "Samenstelling")]
    Composition,
    /// Inflow and outflow over the last twelve months.
    #[serde(rename = "Dynamiek")]
    Flows,
    /// Where the caseload is heading.
    #[serde(rename = "Prognose")]
    Projection,
    /// Growth against the reference.
    #[serde(rename = "Vergelijking")]
    Comparison,
    /// LKS contracts against the target.
    Lks,
    /// The BUIG result of the year.
    Buig,
    /// Whether the vangnet applies and what it pays.
    Vangnet,
}

impl SlideKind {
    /// The default deck, in its order: every slide there is.
    pub const ALL: [SlideKind; 7] = [
        SlideKind::Composition,
        SlideKind::Flows,
        SlideKind::Projection,
        SlideKind::Comparison,
        SlideKind::Lks,
        SlideKind::Buig,
        SlideKind::Vangnet,
    ];

    /// A stable lower-case id (DOM ids, test ids).
    pub fn id(self) -> &'static str {
        match self {
            SlideKind::Composition => "samenstelling",
            SlideKind::Flows => "dynamiek",
            SlideKind::Projection => "prognose",
            SlideKind::Comparison => "vergelijking",
            SlideKind::Lks => "lks",
            SlideKind::Buig => "buig",
            SlideKind::Vangnet => "vangnet",
        }
    }
}

/// Every assumption, definition choice and view setting.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Scenario {
    /// Name shown in the scenario list ("Begroting", "Somber", …).
    pub name: String,
    /// The screen in view.
    pub view: View,
    /// Interface language.
    pub lang: Lang,
    /// The peildatum for the composition; `None` = the dataset's default.
    pub peildatum: Option<Date>,
    /// Precedence rule for the exclusive target group.
    pub precedence: Precedence,
    /// Counts below this are suppressed (10, 15 or 20: only upwards).
    pub threshold: u32,
    /// Cross-filter on the person-level data (empty = everything).
    pub filter: EpisodeFilter,
    /// Which exit reasons count as "uitstroom naar werk".
    #[serde(rename = "naar_werk")]
    pub outflow_to_work: OutflowToWork,
    /// Base month of the caseload index.
    pub index: IndexParams,
    /// Projection assumptions; `None` = calibrated from the loaded data.
    pub projection: Option<ProjectionParams>,
    /// Growth vs the reference (F2); `None` = from the loaded data.
    pub growth: Option<GrowthParams>,
    /// Participation vs the 22% target (F3).
    pub participation: ParticipationParams,
    /// Werkplein placements vs target (F5).
    pub werkplein: WerkpleinParams,
    /// LKS contracts, target definition and subsidy parameters (F4, F8).
    pub lks: LksParams,
    /// BUIG budget, caseload path, cost per benefit, vangnet (F6, F7, F12).
    pub buig: BuigParams,
    /// Moves between programme-budget lines (Annex 1).
    pub programme: Vec<Reallocation>,
    /// The loonwaarde raise whose BUIG effect is shown (F8).
    pub lks_raise: LoonwaardeRaise,
    /// Suppress small counts in aggregate (kerncijfers) files too. Those figures were
    /// cleared for publication, so this is a setting (default on), not a hard rule
    /// (DATA-MODEL §5).
    pub suppress_published: bool,
    /// The slides of presentation mode, in their order; empty = the default deck
    /// ([`SlideKind::ALL`]).
    pub deck: Vec<SlideKind>,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            name: "Basis".to_string(),
            view: View::default(),
            lang: Lang::default(),
            peildatum: None,
            precedence: Precedence::default(),
            threshold: DEFAULT_THRESHOLD,
            filter: EpisodeFilter::default(),
            outflow_to_work: OutflowToWork::default(),
            index: IndexParams::default(),
            projection: None,
            growth: None,
            participation: ParticipationParams::default(),
            werkplein: WerkpleinParams::default(),
            lks: LksParams::default(),
            buig: BuigParams::default(),
            programme: Vec::new(),
            lks_raise: LoonwaardeRaise::default(),
            suppress_published: true,
            deck: Vec::new(),
        }
    }
}

impl Scenario {
    /// The slides of presentation mode in their order: the chosen deck, or the default one.
    pub fn slide_deck(&self) -> Vec<SlideKind> {
        if self.deck.is_empty() {
            SlideKind::ALL.to_vec()
        } else {
            self.deck.clone()
        }
    }
}

/// The scenario's settings in link order, each with its plain label: the path (as
/// [`crate::params::flatten`] writes it, enum variants named) has link id = position + 1.
/// APPEND-ONLY: never reorder or delete; a removed path is kept with the prefix `~` (see
/// `share::RESERVED_PREFIX`).
const LINK_SETTINGS: &[(&str, crate::i18n::Msg)] = {
    use crate::messages::settings as msg;
    &[
        ("view", msg::FIELD_VIEW),
        ("lang", msg::FIELD_LANG),
        ("name", msg::FIELD_NAME),
        ("peildatum", msg::FIELD_PEILDATUM),
        ("precedence", msg::FIELD_PRECEDENCE),
        ("threshold", msg::FIELD_THRESHOLD),
        ("buig.aow_exits", msg::FIELD_BUIG_AOW_EXITS),
        ("buig.budget_mln", msg::FIELD_BUIG_BUDGET),
        ("buig.budget_version", msg::FIELD_BUIG_BUDGET_VERSION),
        ("buig.caseload_path", msg::FIELD_BUIG_PATH),
        ("buig.caseload_start", msg::FIELD_BUIG_START),
        (
            "buig.cost_per_benefit.entered.eur",
            msg::FIELD_BUIG_COST_EUR,
        ),
        ("buig.eigen_middelen_mln", msg::FIELD_BUIG_EIGEN),
        ("buig.horizon_years", msg::FIELD_BUIG_HORIZON),
        ("buig.later_budgets_mln", msg::FIELD_BUIG_LATER_BUDGETS),
        ("buig.lks_spend_mln", msg::FIELD_BUIG_LKS),
        ("buig.local_differential_pct", msg::FIELD_BUIG_LOCAL),
        ("buig.national_growth_pct", msg::FIELD_BUIG_NATIONAL),
        ("buig.price_index_pct", msg::FIELD_BUIG_PRICE),
        ("buig.sub_budget_benefits_mln", msg::FIELD_BUIG_SUB_BENEFITS),
        ("buig.sub_budget_lks_mln", msg::FIELD_BUIG_SUB_LKS),
        (
            "buig.vangnet.extended_compensation_rate_pct",
            msg::FIELD_VANGNET_EXT_RATE,
        ),
        (
            "buig.vangnet.extended_previous_threshold_pct",
            msg::FIELD_VANGNET_EXT_PREV,
        ),
        (
            "buig.vangnet.extended_previous_years_required",
            msg::FIELD_VANGNET_EXT_YEARS,
        ),
        (
            "buig.vangnet.extended_threshold_pct",
            msg::FIELD_VANGNET_EXT,
        ),
        (
            "buig.vangnet.previous_years_deficit_pct",
            msg::FIELD_VANGNET_PREVIOUS,
        ),
        (
            "buig.vangnet.regular_multi_year_threshold_pct",
            msg::FIELD_VANGNET_MULTI,
        ),
        (
            "buig.vangnet.regular_rate_above_pct",
            msg::FIELD_VANGNET_RATE_ABOVE,
        ),
        (
            "buig.vangnet.regular_rate_middle_pct",
            msg::FIELD_VANGNET_RATE_MIDDLE,
        ),
        (
            "buig.vangnet.regular_threshold_pct",
            msg::FIELD_VANGNET_REGULAR,
        ),
        ("buig.vangnet.rules_year", msg::FIELD_VANGNET_YEAR),
        ("buig.vangnet.upper_threshold_pct", msg::FIELD_VANGNET_UPPER),
        ("buig.year", msg::FIELD_BUIG_YEAR),
        ("filter.afstand", msg::FIELD_FILTER_AFSTAND),
        ("filter.doelgroep", msg::FIELD_FILTER_DOELGROEP),
        ("filter.geslacht", msg::FIELD_FILTER_GESLACHT),
        ("filter.huishoudtype", msg::FIELD_FILTER_HUISHOUDTYPE),
        ("filter.inkomsten_arbeid", msg::FIELD_FILTER_INKOMSTEN),
        ("filter.leeftijdsklasse", msg::FIELD_FILTER_LEEFTIJD),
        ("filter.stadsdeel", msg::FIELD_FILTER_STADSDEEL),
        ("filter.statushouder", msg::FIELD_FILTER_STATUSHOUDER),
        ("growth", msg::FIELD_GROWTH),
        ("growth.afronding_decimalen", msg::FIELD_GROWTH_ROUNDING),
        ("growth.bestand_t", msg::FIELD_GROWTH_END),
        ("growth.bestand_t0", msg::FIELD_GROWTH_START),
        ("growth.kosten_per_uitkering", msg::FIELD_GROWTH_COST),
        ("growth.maanden", msg::FIELD_GROWTH_MONTHS),
        (
            "growth.referentie.Landelijk.groei_pct",
            msg::FIELD_GROWTH_NATIONAL,
        ),
        ("index.basis_jaar", msg::FIELD_INDEX_YEAR),
        ("index.basis_maand", msg::FIELD_INDEX_MONTH),
        ("lks.cap_pct", msg::FIELD_LKS_CAP),
        ("lks.definition", msg::FIELD_LKS_DEFINITION),
        ("lks.employer_allowance_pct", msg::FIELD_LKS_EMPLOYER),
        ("lks.ended", msg::FIELD_LKS_ENDED),
        ("lks.endings_method", msg::FIELD_LKS_ENDINGS),
        ("lks.holiday_pay", msg::FIELD_LKS_HOLIDAY),
        ("lks.holiday_pay_pct", msg::FIELD_LKS_HOLIDAY_PCT),
        ("lks.hours_per_week", msg::FIELD_LKS_HOURS),
        ("lks.months_elapsed", msg::FIELD_LKS_MONTHS),
        ("lks.planned_starts_per_month", msg::FIELD_LKS_PLANNED),
        ("lks.previous_year_in_use", msg::FIELD_LKS_PREV_IN_USE),
        ("lks.previous_year_starts", msg::FIELD_LKS_PREV_STARTS),
        ("lks.start_running", msg::FIELD_LKS_START_RUNNING),
        ("lks.started", msg::FIELD_LKS_STARTED),
        ("lks.target", msg::FIELD_LKS_TARGET),
        ("lks.wml_month_36h_eur", msg::FIELD_LKS_WML),
        ("lks.year", msg::FIELD_LKS_YEAR),
        ("naar_werk", msg::FIELD_OUTFLOW_TO_WORK),
        ("participation.bestand_begin", msg::FIELD_PART_START),
        ("participation.bestand_lange_afstand", msg::FIELD_PART_LONG),
        ("participation.bestand_peildatum", msg::FIELD_PART_PEILDATUM),
        ("participation.deelnemers", msg::FIELD_PART_PARTICIPANTS),
        ("participation.gemiddeld_bestand", msg::FIELD_PART_AVERAGE),
        ("participation.noemer", msg::FIELD_PART_DENOMINATOR),
        ("participation.streef_pct", msg::FIELD_PART_TARGET),
        ("programme", msg::FIELD_PROGRAMME),
        ("projection", msg::FIELD_PROJECTION),
        ("projection.aow_eerste_jaar", msg::FIELD_PROJ_AOW_YEAR),
        ("projection.aow_per_jaar", msg::FIELD_PROJ_AOW),
        (
            "projection.begroting_groei_pct",
            msg::FIELD_PROJ_BUDGET_GROWTH,
        ),
        ("projection.gemiddeld_bestand", msg::FIELD_PROJ_AVERAGE),
        ("projection.horizon_maanden", msg::FIELD_PROJ_HORIZON),
        ("projection.instroom_per_jaar", msg::FIELD_PROJ_INFLOW),
        ("projection.reconciliatie_aan", msg::FIELD_PROJ_RECON_ON),
        ("projection.reconciliatie_per_jaar", msg::FIELD_PROJ_RECON),
        ("projection.start_bestand", msg::FIELD_PROJ_START),
        ("projection.start_jaar", msg::FIELD_PROJ_START_YEAR),
        ("projection.start_maand", msg::FIELD_PROJ_START_MONTH),
        (
            "projection.uitstroom_niet_aow_per_jaar",
            msg::FIELD_PROJ_OUTFLOW,
        ),
        ("werkplein.doel", msg::FIELD_WERKPLEIN_TARGET),
        ("werkplein.maanden_verstreken", msg::FIELD_WERKPLEIN_MONTHS),
        ("werkplein.realisatie", msg::FIELD_WERKPLEIN_REALISED),
        (
            "growth.referentie.Referentiegroep.groei_pct",
            msg::FIELD_GROWTH_GROUP,
        ),
        (
            "growth.referentie.Gemeenten.gemeenten",
            msg::FIELD_GROWTH_MUNICIPALITIES,
        ),
        ("buig.caseload_path.growth.pct", msg::FIELD_BUIG_GROWTH),
        (
            "buig.caseload_path.explicit.year_end",
            msg::FIELD_BUIG_YEAR_END,
        ),
        (
            "buig.caseload_path.flows.inflow_per_year",
            msg::FIELD_BUIG_INFLOW,
        ),
        (
            "buig.caseload_path.flows.outflow_excl_aow_per_year",
            msg::FIELD_BUIG_OUTFLOW,
        ),
        (
            "buig.cost_per_benefit.calibrated.from.year",
            msg::FIELD_CAL_YEAR,
        ),
        (
            "buig.cost_per_benefit.calibrated.from.budget_mln",
            msg::FIELD_CAL_BUDGET,
        ),
        (
            "buig.cost_per_benefit.calibrated.from.result_mln",
            msg::FIELD_CAL_RESULT,
        ),
        (
            "buig.cost_per_benefit.calibrated.from.lks_spend_mln",
            msg::FIELD_CAL_LKS,
        ),
        (
            "buig.cost_per_benefit.calibrated.from.caseload_start",
            msg::FIELD_CAL_START,
        ),
        (
            "buig.cost_per_benefit.calibrated.from.caseload_end",
            msg::FIELD_CAL_END,
        ),
        (
            "buig.cost_per_benefit.calibrated.from.eigen_middelen_mln",
            msg::FIELD_CAL_EIGEN,
        ),
        ("buig.cost_per_benefit.entered", msg::FIELD_BUIG_COST),
        ("lks_raise.from_pct", msg::FIELD_RAISE_FROM),
        ("lks_raise.points", msg::FIELD_RAISE_POINTS),
        ("lks_raise.contracts", msg::FIELD_RAISE_CONTRACTS),
        ("lks_raise.hours_per_week", msg::FIELD_RAISE_HOURS),
        ("filter.duur", msg::FIELD_FILTER_DUUR),
        ("suppress_published", msg::FIELD_SUPPRESS_PUBLISHED),
        ("lks.use_contracts", msg::FIELD_LKS_USE_CONTRACTS),
        ("lks_raise.from_contracts", msg::FIELD_RAISE_FROM_CONTRACTS),
        ("lks_raise.saving_goal_eur", msg::FIELD_RAISE_GOAL),
        ("filter.instroomreden", msg::FIELD_FILTER_INSTROOMREDEN),
        ("deck", msg::FIELD_DECK),
    ]
};

/// Leaf paths of [`Scenario`] by link id − 1: the paths of the link settings table above.
pub const LINK_REGISTRY: &[&str] = &paths::<{ LINK_SETTINGS.len() }>(LINK_SETTINGS);

/// The paths of a settings table, in its order.
const fn paths<const N: usize>(table: &[(&'static str, crate::i18n::Msg)]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = table[i].0;
        i += 1;
    }
    out
}

/// Plain labels of the enum choices themselves (`growth.referentie`: which reference), which
/// have no link path of their own.
const CHOICE_LABELS: &[(&str, crate::i18n::Msg)] = {
    use crate::messages::settings as msg;
    &[
        ("growth.referentie", msg::FIELD_GROWTH_REFERENCE),
        ("buig.cost_per_benefit", msg::FIELD_BUIG_COST_MODE),
    ]
};

/// The plain label of a scenario setting, for a path as [`crate::params::flatten`] or the
/// link registry writes it (`buig.cost_per_benefit.entered.eur`): list indices are ignored
/// and a path inside a list of structs takes the list's label.
pub fn field_label(path: &str) -> Option<crate::i18n::Msg> {
    let segs: Vec<&str> = path
        .split('.')
        .filter(|s| !s.is_empty() && !s.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    (1..=segs.len()).rev().find_map(|n| {
        let want = segs[..n].join(".");
        LINK_SETTINGS
            .iter()
            .chain(CHOICE_LABELS)
            .find(|(key, _)| *key == want)
            .map(|(_, m)| *m)
    })
}

/// An enum choice of a scenario as a reader names it (`voorlopig`, `vaste groei per jaar`),
/// for a path as [`crate::params::flatten`] writes it and the variant's serialised name;
/// `None` when the path holds no enum choice or the name is unknown.
pub fn value_label(path: &str, variant: &str, lang: Lang) -> Option<String> {
    use crate::messages::settings as msg;
    fn parse<T: serde::de::DeserializeOwned>(v: &str) -> Option<T> {
        serde_json::from_value(serde_json::Value::String(v.to_string())).ok()
    }
    let last = path
        .split('.')
        .rfind(|s| !s.bytes().all(|b| b.is_ascii_digit()))
        .unwrap_or(path);
    let owned = |m: crate::i18n::Msg| Some(m.get(lang).to_string());
    match (path.split('.').next().unwrap_or(""), last) {
        (_, "view") => parse::<View>(variant).map(|v| v.label(lang).to_string()),
        ("deck", _) => parse::<SlideKind>(variant).map(|k| {
            match k {
                SlideKind::Composition => View::Composition.label(lang),
                SlideKind::Flows => View::Flows.label(lang),
                SlideKind::Projection => View::Projection.label(lang),
                SlideKind::Comparison => View::Comparison.label(lang),
                SlideKind::Lks => View::Lks.label(lang),
                SlideKind::Buig => View::Buig.label(lang),
                SlideKind::Vangnet => msg::VALUE_SLIDE_VANGNET.get(lang),
            }
            .to_string()
        }),
        (_, "lang") => match variant {
            "Nl" => owned(msg::VALUE_DUTCH),
            "En" => owned(msg::VALUE_ENGLISH),
            _ => None,
        },
        (_, "precedence") => parse::<Precedence>(variant).map(|v| v.label(lang).to_string()),
        (_, "naar_werk") => parse::<OutflowToWork>(variant).map(|v| v.label(lang).to_string()),
        ("buig", "budget_version") => {
            parse::<crate::buig::BudgetVersion>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("buig", "caseload_path") => match variant {
            "national_plus_differential" => owned(msg::VALUE_PATH_NATIONAL),
            "growth" => owned(msg::VALUE_PATH_GROWTH),
            "flows" => owned(msg::VALUE_PATH_FLOWS),
            "explicit" => owned(msg::VALUE_PATH_EXPLICIT),
            _ => None,
        },
        ("buig", "cost_per_benefit") => match variant {
            "entered" => owned(msg::VALUE_COST_ENTERED),
            "calibrated" => owned(msg::VALUE_COST_CALIBRATED),
            _ => None,
        },
        ("growth", "referentie") => match variant {
            "Landelijk" => owned(msg::VALUE_REF_NATIONAL),
            "Referentiegroep" => owned(msg::VALUE_REF_GROUP),
            "Gemeenten" => owned(msg::VALUE_REF_MUNICIPALITIES),
            _ => None,
        },
        ("lks", "definition") => {
            parse::<crate::lks::TargetDefinition>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("lks", "endings_method") => {
            parse::<crate::lks::EndingsMethod>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("participation", "noemer") => {
            parse::<crate::reference::Denominator>(variant).map(|v| v.label(lang).to_string())
        }
        ("programme", "column") => {
            parse::<crate::programme::CostColumn>(variant).map(|v| v.label(lang).to_string())
        }
        ("filter", "geslacht") => {
            parse::<crate::model::Geslacht>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("filter", "leeftijdsklasse") => {
            parse::<crate::model::Leeftijdsklasse>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("filter", "doelgroep") => {
            parse::<crate::model::Doelgroep>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("filter", "afstand") => {
            parse::<crate::model::Afstand>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("filter", "huishoudtype") => {
            parse::<crate::model::Huishoudtype>(variant).map(|v| v.label().get(lang).to_string())
        }
        ("filter", "duur") => parse::<crate::caseload::duration::DurationBand>(variant)
            .map(|v| v.label().get(lang).to_string()),
        _ => None,
    }
}

/// Enum variant names sent as one-byte indices. APPEND-ONLY.
pub const LINK_WORDS: &[&str] = &[
    "Samenstelling",
    "Dynamiek",
    "Prognose",
    "Vergelijking",
    "Lks",
    "Buig",
    "Begroting",
    "Kerncijfers",
    "Datakwaliteit",
    "Nl",
    "En",
    "StatushouderFirst",
    "JongereFirst",
    "Werk",
    "WerkZelfstandig",
    "WerkZelfstandigWerkplein",
    "Man",
    "Vrouw",
    "Anders",
    "Onbekend",
    "Tot27",
    "Van27",
    "Van30",
    "Van40",
    "Van50",
    "Van55",
    "Jongere",
    "Statushouder",
    "Overig",
    "Kort",
    "Lang",
    "Alleenstaand",
    "AlleenstaandeOuder",
    "Paar",
    "A",
    "B",
    "C",
    "voorlopig",
    "nader_voorlopig",
    "definitief",
    "national_plus_differential",
    "Peildatum",
    "GemiddeldBestand",
    "LangeAfstand",
    "direct",
    "apparaat",
    "pace_so_far",
    "hazard",
    "MinderDan1",
    "Van1Tot2",
    "Van2Tot5",
    "Van5Tot10",
    "Vanaf10",
    "Cohorten",
    "Vangnet",
];

/// Format of the scenario inside a share link (version 1).
pub const LINK_SCHEMA: crate::share::LinkSchema<'static> = crate::share::LinkSchema {
    version: 1,
    registry: LINK_REGISTRY,
    words: LINK_WORDS,
    migrations: &[],
};

/// A scenario with every optional part set, every list filled: what a link must be able to carry.
pub fn maximal_samples() -> Vec<Scenario> {
    use crate::buig::{CaseloadPath, CostPerBenefit, KnownYear};
    use crate::model::{Afstand, Doelgroep, Geslacht, Huishoudtype, Leeftijdsklasse};
    use crate::reference::{RefGemeente, Reference};
    let mut a = Scenario {
        peildatum: Date::from_ymd(2024, 9, 30),
        projection: Some(ProjectionParams::default()),
        growth: Some(GrowthParams::default()),
        ..Scenario::default()
    };
    a.filter = EpisodeFilter {
        geslacht: vec![Geslacht::Vrouw],
        leeftijdsklasse: vec![Leeftijdsklasse::Van55],
        doelgroep: vec![Doelgroep::Overig],
        afstand: vec![Afstand::Lang],
        huishoudtype: vec![Huishoudtype::Paar],
        stadsdeel: vec!["zuid".into()],
        statushouder: Some(true),
        inkomsten_arbeid: Some(false),
        duur: vec![crate::caseload::duration::DurationBand::TwoToFiveYears],
        instroomreden: vec!["14".into()],
    };
    a.programme = vec![Reallocation::default()];
    a.lks.previous_year_starts = Some(250.0);
    a.lks.previous_year_in_use = Some(650.0);
    a.lks.planned_starts_per_month = Some(25.0);
    a.buig.eigen_middelen_mln = Some(0.35);
    a.buig.vangnet.extended_compensation_rate_pct = Some(50.0);
    a.lks_raise.from_pct = Some(44.0);
    a.suppress_published = false;
    a.deck = vec![SlideKind::Vangnet, SlideKind::Buig, SlideKind::Composition];
    let mut b = a.clone();
    b.buig.caseload_path = CaseloadPath::Growth { pct: 2.15 };
    b.buig.cost_per_benefit = CostPerBenefit::Calibrated {
        from: KnownYear::default(),
    };
    b.growth = Some(GrowthParams {
        reference: Reference::ReferenceGroup { growth_pct: 0.5 },
        ..GrowthParams::default()
    });
    let mut c = a.clone();
    c.buig.caseload_path = CaseloadPath::Explicit {
        year_end: vec![5700.0],
    };
    c.growth = Some(GrowthParams {
        reference: Reference::Gemeenten {
            gemeenten: vec![RefGemeente {
                name: "Hengelo".into(),
                bestand_t0: 2000.0,
                bestand_t: 2010.0,
            }],
        },
        ..GrowthParams::default()
    });
    let mut d = a.clone();
    d.buig.caseload_path = CaseloadPath::Flows {
        inflow_per_year: 1137.0,
        outflow_excl_aow_per_year: 873.0,
    };
    vec![a, b, c, d]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::{decode, encode, registry_check, unlisted_words};

    #[test]
    fn every_scenario_field_is_in_the_link_registry() {
        let r = registry_check::<Scenario>(LINK_REGISTRY, &maximal_samples());
        assert!(
            r.is_ok(),
            "add these paths to LINK_REGISTRY (append only): {:?} / duplicated {:?}",
            r.missing,
            r.duplicated
        );
        let words = unlisted_words(LINK_WORDS, &maximal_samples());
        let allowed: Vec<String> = vec![
            "Basis".into(),
            "zuid".into(),
            "Hengelo".into(),
            "14".into(),
            "".into(),
        ];
        let unlisted: Vec<String> = words.into_iter().filter(|w| !allowed.contains(w)).collect();
        assert!(
            unlisted.is_empty(),
            "add these enum names to LINK_WORDS: {unlisted:?}"
        );
    }

    #[test]
    fn scenarios_round_trip_through_a_short_link() {
        for s in maximal_samples() {
            let link = encode(&s, &LINK_SCHEMA, None).unwrap();
            let back = decode::<Scenario>(&link, &LINK_SCHEMA).unwrap();
            assert_eq!(back.scenario, s);
            assert!(back.ignored.is_empty(), "{:?}", back.ignored);
        }
        let default_link = encode(&Scenario::default(), &LINK_SCHEMA, None).unwrap();
        assert!(default_link.len() < 20, "{default_link}");
    }

    #[test]
    fn a_chosen_deck_travels_in_the_link_in_its_order() {
        let s = Scenario {
            deck: vec![SlideKind::Buig, SlideKind::Composition, SlideKind::Vangnet],
            ..Scenario::default()
        };
        let link = encode(&s, &LINK_SCHEMA, None).unwrap();
        let back = decode::<Scenario>(&link, &LINK_SCHEMA).unwrap();
        assert_eq!(back.scenario.deck, s.deck);
        assert_eq!(
            back.scenario.slide_deck(),
            [SlideKind::Buig, SlideKind::Composition, SlideKind::Vangnet]
        );
        assert!(link.len() < 30, "{link}");
        assert_eq!(Scenario::default().slide_deck(), SlideKind::ALL);
    }

    /// The link of A (with a dataset fingerprint) and B as changes from A, joined as the
    /// app writes them, and what it reads back.
    fn ab_link(a: &Scenario, b: &Scenario) -> (String, Scenario, Scenario) {
        use crate::share::{decode_relative, encode_relative, FRAGMENT_KEY_B};
        let fp = Some(crate::share::dataset_fingerprint(
            b"uitkering_id;startdatum\n1;2024-01-01\n",
        ));
        let link = format!(
            "{}&{}",
            encode(a, &LINK_SCHEMA, fp).unwrap(),
            encode_relative(b, a, &LINK_SCHEMA, FRAGMENT_KEY_B).unwrap()
        );
        let back_a = decode::<Scenario>(&link, &LINK_SCHEMA).unwrap();
        let back_b = decode_relative(&link, &back_a.scenario, &LINK_SCHEMA, FRAGMENT_KEY_B)
            .unwrap()
            .expect("the link carries B");
        assert!(back_b.ignored.is_empty(), "{:?}", back_b.ignored);
        (link, back_a.scenario, back_b.scenario)
    }

    #[test]
    fn scenario_b_travels_as_its_changes_from_a_within_200_characters() {
        // The default A and a B with three changes (what "keep as B, move two sliders" gives).
        let a = Scenario::default();
        let mut b = a.clone();
        b.name = "B".into();
        b.buig.national_growth_pct += 1.0;
        b.buig.cost_per_benefit = crate::buig::CostPerBenefit::Entered { eur: 19_000.0 };
        let (link, ra, rb) = ab_link(&a, &b);
        assert_eq!((ra, rb), (a.clone(), b.clone()));
        let url = format!("https://gemeente.example/bijstandsverkenner/#{link}");
        println!(
            "default A + B with 3 changes: {} chars ({} with the URL): {link}",
            link.len(),
            url.len()
        );
        assert!(url.len() <= crate::share::TARGET_LINK_CHARS, "{url}");

        // An A and a B that each change several settings.
        let mut a = Scenario {
            view: View::Buig,
            name: "Begroting 2025".into(),
            threshold: 15,
            ..Scenario::default()
        };
        a.buig.national_growth_pct += 0.75;
        a.buig.budget_mln -= 2.25;
        a.buig.local_differential_pct = 0.5;
        a.participation.target_pct = 23.0;
        a.lks.target = 500.0;
        let mut b = a.clone();
        b.name = "Somber".into();
        b.buig.national_growth_pct += 1.5;
        b.buig.price_index_pct += 0.4;
        b.buig.cost_per_benefit = crate::buig::CostPerBenefit::Entered { eur: 19_250.0 };
        b.lks.planned_starts_per_month = Some(30.0);
        b.threshold = 20;
        let (link, ra, rb) = ab_link(&a, &b);
        assert_eq!((ra, rb), (a, b));
        let url = format!("https://gemeente.example/bijstandsverkenner/#{link}");
        println!(
            "A and B with 5–6 changes each: {} chars ({} with the URL): {link}",
            link.len(),
            url.len()
        );
        assert!(url.len() <= crate::share::TARGET_LINK_CHARS, "{url}");

        // A link without B has none; the same B as A costs only the frame.
        let plain = encode(&Scenario::default(), &LINK_SCHEMA, None).unwrap();
        let none = crate::share::decode_relative(
            &plain,
            &Scenario::default(),
            &LINK_SCHEMA,
            crate::share::FRAGMENT_KEY_B,
        )
        .unwrap();
        assert!(none.is_none());
    }

    #[test]
    fn every_setting_has_a_plain_label() {
        // Every link path has its label beside it in LINK_SETTINGS; here the paths the
        // scenario really writes, and their enum choices.
        for s in maximal_samples() {
            for (path, value) in crate::params::flatten(&s) {
                let label = field_label(&path).unwrap_or_else(|| panic!("no label for {path}"));
                crate::messages::check::assert_translated(label.nl, label.en);
                // An enum choice is named in words, except free text (names, codes).
                if let crate::params::FieldValue::Text(v) = &value {
                    let free = [
                        "name",
                        "filter.stadsdeel",
                        "filter.instroomreden",
                        "programme",
                        "growth.referentie.Gemeenten.gemeenten",
                    ];
                    if !free.iter().any(|f| path.starts_with(f)) {
                        for lang in [Lang::Nl, Lang::En] {
                            assert!(
                                value_label(&path, v, lang).is_some(),
                                "no words for {v} at {path}"
                            );
                        }
                    }
                }
            }
        }
        assert_eq!(
            field_label("buig.cost_per_benefit.entered.eur").map(|m| m.nl),
            Some("Kosten per uitkering per jaar (€)")
        );
        assert_eq!(
            field_label("buig.aow_exits.3").map(|m| m.en),
            Some("BUIG: state-pension exits per year")
        );
        assert_eq!(
            value_label("buig.caseload_path", "growth", Lang::Nl).as_deref(),
            Some("vaste groei per jaar")
        );
        assert_eq!(
            value_label("filter.geslacht.0", "Vrouw", Lang::En).as_deref(),
            Some("female")
        );
    }
}
