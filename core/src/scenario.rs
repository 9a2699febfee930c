//! The `Scenario`: every assumption, definition choice and view setting.
//!
//! Every number on screen is a pure function of `(Dataset, Scenario)`, and the share link
//! encodes exactly this struct, so a recipient sees the same view, numbers and charts.

use crate::caseload::Precedence;
use crate::date::Date;
use crate::dynamics::{EpisodeFilter, IndexParams, NaarWerk};
use crate::projection::ProjectionParams;
use crate::lang::Lang;
use crate::suppress::DEFAULT_THRESHOLD;

/// The screens of the app, in navigation order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// Caseload composition on a peildatum.
    #[default]
    Samenstelling,
    /// Monthly stock, inflow and outflow; trend and index.
    Dynamiek,
    /// Caseload projection (F1).
    Prognose,
    /// Growth, participation and placements vs references and targets (F2, F3, F5).
    Vergelijking,
    /// LKS contracts and targets (F4, F8).
    Lks,
    /// BUIG budget vs spending, scenarios (F6, F7, F12).
    Buig,
    /// Programme budget (Annex 1).
    Begroting,
    /// The aggregate file's figures as the report's tables.
    Kerncijfers,
    /// Data-quality findings.
    Datakwaliteit,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 9] = [
        View::Samenstelling,
        View::Dynamiek,
        View::Prognose,
        View::Vergelijking,
        View::Lks,
        View::Buig,
        View::Begroting,
        View::Kerncijfers,
        View::Datakwaliteit,
    ];

    /// Tab label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            View::Samenstelling => lang.t("Samenstelling", "Composition"),
            View::Dynamiek => lang.t("In- en uitstroom", "Flows"),
            View::Prognose => lang.t("Prognose", "Projection"),
            View::Vergelijking => lang.t("Vergelijking", "Comparison"),
            View::Lks => lang.t("LKS", "Wage subsidy"),
            View::Buig => lang.t("BUIG", "BUIG budget"),
            View::Begroting => lang.t("Programmabegroting", "Programme budget"),
            View::Kerncijfers => lang.t("Kerncijfers", "Key figures"),
            View::Datakwaliteit => lang.t("Datakwaliteit", "Data quality"),
        }
    }

    /// A stable lower-case id (DOM ids, test ids).
    pub fn id(self) -> &'static str {
        match self {
            View::Samenstelling => "samenstelling",
            View::Dynamiek => "dynamiek",
            View::Prognose => "prognose",
            View::Vergelijking => "vergelijking",
            View::Lks => "lks",
            View::Buig => "buig",
            View::Begroting => "begroting",
            View::Kerncijfers => "kerncijfers",
            View::Datakwaliteit => "datakwaliteit",
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
    pub naar_werk: NaarWerk,
    /// Base month of the caseload index.
    pub index: IndexParams,
    /// Projection assumptions; `None` = calibrated from the loaded data.
    pub projection: Option<ProjectionParams>,
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
            naar_werk: NaarWerk::default(),
            index: IndexParams::default(),
            projection: None,
        }
    }
}
