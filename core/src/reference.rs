//! Comparisons with a reference and with targets: caseload growth vs national or a
//! reference group (FORMULAS F2), the social-activation share vs 22% (F3), the Werkplein
//! pace (F5) and the supporting ratios (F10).
//!
//! Every params struct carries its definition choices (which reference, which
//! denominator), so a shared scenario reproduces the same numbers. Defaults are the seed's
//! values (Enschede, Q1–Q3 2024).

use crate::date::Date;
use crate::model::{Kerncijfers, PeriodeType};

/// `B[t] / B[t0] − 1`, as a fraction (0 when `B[t0]` is 0).
pub fn growth(b_t0: f64, b_t: f64) -> f64 {
    if b_t0 == 0.0 {
        0.0
    } else {
        b_t / b_t0 - 1.0
    }
}

/// `100 · B[t] / B[basis]` (Figure 4 convention: February 2019 = 100).
pub fn index(b: f64, b_basis: f64) -> f64 {
    if b_basis == 0.0 {
        0.0
    } else {
        100.0 * b / b_basis
    }
}

/// The pitfall of F2: annualising year-to-date growth by compounding,
/// `(1 + g)^(12 / months) − 1`. (1,0114)^(12/9) − 1 = 1,52%, while the seed's own
/// full-year forecast is +0,44%. Shown only as a warning, never as a forecast.
pub fn annualise_naive(g: f64, months: u32) -> f64 {
    if months == 0 {
        return 0.0;
    }
    (1.0 + g).powf(12.0 / months as f64) - 1.0
}

/// Rounds to `decimals` decimals (for comparing with published, rounded percentages).
fn round_to(x: f64, decimals: u32) -> f64 {
    let f = 10f64.powi(decimals as i32);
    (x * f).round() / f
}

// ---------------------------------------------------------------------------------------
// F2: growth vs reference
// ---------------------------------------------------------------------------------------

/// A reference municipality entered by hand (or read from a file).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct RefGemeente {
    /// Name.
    #[serde(rename = "naam")]
    pub name: String,
    /// Stock at the start of the period.
    pub bestand_t0: f64,
    /// Stock at the end of the period.
    pub bestand_t: f64,
}

impl RefGemeente {
    /// Whether the row counts: both stocks filled in (above 0). An empty or half-filled row
    /// (a new row, one being typed) is left out of the group, so the group never
    /// "grows" from nothing.
    pub fn is_filled(&self) -> bool {
        self.bestand_t0 > 0.0 && self.bestand_t > 0.0
    }
}

/// Which reference the growth is compared with (CONSISTENCY X23: the target names the
/// group of 20 large municipalities, the seed reports the national figure).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Reference {
    /// National growth in percent.
    #[serde(rename = "Landelijk")]
    National {
        /// Growth in percent (0,49).
        #[serde(rename = "groei_pct")]
        growth_pct: f64,
    },
    /// Published growth of a reference group, in percent.
    #[serde(rename = "Referentiegroep")]
    ReferenceGroup {
        /// Growth in percent.
        #[serde(rename = "groei_pct")]
        growth_pct: f64,
    },
    /// A group of municipalities with their own stocks: the group's growth is
    /// `Σ B[t] / Σ B[t0] − 1`.
    Gemeenten {
        /// The municipalities.
        gemeenten: Vec<RefGemeente>,
    },
}

impl Default for Reference {
    fn default() -> Self {
        Reference::National { growth_pct: 0.49 }
    }
}

impl Reference {
    /// Reference growth in percent.
    pub fn growth_pct(&self) -> f64 {
        match self {
            Reference::National { growth_pct } | Reference::ReferenceGroup { growth_pct } => {
                *growth_pct
            }
            Reference::Gemeenten { .. } => {
                let t0: f64 = self.filled().map(|g| g.bestand_t0).sum();
                let t: f64 = self.filled().map(|g| g.bestand_t).sum();
                100.0 * growth(t0, t)
            }
        }
    }

    /// The listed municipalities that count ([`RefGemeente::is_filled`]); none for a
    /// percentage.
    pub fn filled(&self) -> impl Iterator<Item = &RefGemeente> {
        let list: &[RefGemeente] = match self {
            Reference::Gemeenten { gemeenten } => gemeenten,
            _ => &[],
        };
        list.iter().filter(|g| g.is_filled())
    }

    /// Whether there is a reference growth to compare with: a percentage, or a list with
    /// at least one filled row.
    pub fn is_usable(&self) -> bool {
        match self {
            Reference::Gemeenten { .. } => self.filled().next().is_some(),
            _ => true,
        }
    }

    /// Label for the chart, so the reference used is always visible.
    pub fn label(&self, lang: crate::lang::Lang) -> String {
        use crate::messages::categories as msg;
        match self {
            Reference::National { .. } => msg::REFERENCE_NATIONAL.get(lang).to_string(),
            Reference::ReferenceGroup { .. } => msg::REFERENCE_GROUP.get(lang).to_string(),
            Reference::Gemeenten { .. } => msg::reference_gemeenten(
                lang,
                crate::i18n::Municipalities(self.filled().count() as i64),
            ),
        }
    }
}

/// Parameters of the growth comparison. Defaults: 5.623 (31-12-2023) → 5.687
/// (30-09-2024) vs national +0,49%, c = € 18.322 (X9).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct GrowthParams {
    /// Own stock at the start `B[t0]`.
    pub bestand_t0: f64,
    /// Own stock at the end `B[t]`.
    pub bestand_t: f64,
    /// Length of the period in months (for the annualisation warning).
    #[serde(rename = "maanden")]
    pub months: u32,
    /// The reference.
    #[serde(rename = "referentie")]
    pub reference: Reference,
    /// Cost per benefit per year `c` in euro.
    #[serde(rename = "kosten_per_uitkering")]
    pub cost_per_benefit: f64,
    /// Round both growth percentages to this many decimals before comparing, as the seed
    /// publishes them (`Some(2)`: 1,14 − 0,49 = 0,65 pp). `None` compares unrounded.
    #[serde(rename = "afronding_decimalen")]
    pub rounding_decimals: Option<u32>,
}

impl Default for GrowthParams {
    fn default() -> Self {
        GrowthParams {
            bestand_t0: 5623.0,
            bestand_t: 5687.0,
            months: 9,
            reference: Reference::default(),
            cost_per_benefit: 18322.0,
            rounding_decimals: Some(2),
        }
    }
}

/// The result of F2.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GrowthComparison {
    /// Own growth in percent (+1,14).
    pub growth_pct: f64,
    /// Reference growth in percent (+0,49).
    pub reference_growth_pct: f64,
    /// `score = g − g_ref` in percentage points (+0,65); the target is `score ≤ 0`.
    pub score_pp: f64,
    /// True when `score ≤ 0`.
    pub target_met: bool,
    /// `excess = score · B[t0]`: benefits above the reference path (≈ 37).
    pub excess: f64,
    /// `excess · c` in euro per year (≈ € 0,67 mln).
    pub eur_impact: f64,
    /// Arnhem-style "relative decline": `ΔB − g_ref · B[t0]` in benefits.
    pub absolute_difference: f64,
    /// The naive annualisation of the own growth, in percent (a pitfall, shown as a warning).
    pub annualised_naive_growth_pct: f64,
    /// Which reference was used (its label: [`Reference::label`]).
    pub reference: Reference,
}

/// F2: growth, score, excess, €-impact.
pub fn compare_growth(p: &GrowthParams) -> GrowthComparison {
    let round = |x: f64| p.rounding_decimals.map_or(x, |d| round_to(x, d));
    let g = round(100.0 * growth(p.bestand_t0, p.bestand_t));
    let g_ref = round(p.reference.growth_pct());
    let score = round(g - g_ref);
    let excess = score / 100.0 * p.bestand_t0;
    GrowthComparison {
        growth_pct: g,
        reference_growth_pct: g_ref,
        score_pp: score,
        target_met: score <= 0.0,
        excess,
        eur_impact: excess * p.cost_per_benefit,
        absolute_difference: (p.bestand_t - p.bestand_t0) - g_ref / 100.0 * p.bestand_t0,
        annualised_naive_growth_pct: 100.0 * annualise_naive(g / 100.0, p.months),
        reference: p.reference.clone(),
    }
}

/// Reads a published reference growth (`bestand_groei`, `dimensie = referentie`,
/// `categorie` = `landelijk` or `referentiegroep`) for the period `van`–`tot`.
pub fn reference_from_kerncijfers(
    k: &Kerncijfers,
    categorie: &str,
    van: Date,
    tot: Date,
) -> Option<Reference> {
    let v = k
        .select("bestand_groei", Some(categorie))
        .find(|r| r.dimensie == "referentie" && r.periode_van == Some(van) && r.periode_tot == tot)
        .and_then(|r| r.waarde.number())?;
    match categorie {
        "landelijk" => Some(Reference::National { growth_pct: v }),
        _ => Some(Reference::ReferenceGroup { growth_pct: v }),
    }
}

/// A reference group from a kerncijfers file holding `bestand_uitkeringen` of several
/// municipalities: every `gemeente_code` other than `eigen_code` with a stock on both
/// dates.
pub fn reference_group_from_kerncijfers(
    k: &Kerncijfers,
    eigen_code: &str,
    t0: Date,
    t: Date,
) -> Vec<RefGemeente> {
    let mut out: Vec<(u16, RefGemeente, bool, bool)> = Vec::new();
    for i in 0..k.len() {
        let r = k.row(i);
        if r.indicator != "bestand_uitkeringen"
            || !r.dimensie.is_empty()
            || r.periode_type != PeriodeType::Peildatum
            || k.dict.label(k.gemeente_code[i]) == eigen_code
        {
            continue;
        }
        let Some(v) = r.waarde.number() else { continue };
        let code = k.gemeente_code[i];
        let pos = match out.iter().position(|(c, ..)| *c == code) {
            Some(p) => p,
            None => {
                out.push((
                    code,
                    RefGemeente {
                        name: k.dict.label(k.gemeente[i]).to_string(),
                        ..Default::default()
                    },
                    false,
                    false,
                ));
                out.len() - 1
            }
        };
        let entry = &mut out[pos];
        if r.periode_tot == t0 {
            entry.1.bestand_t0 = v;
            entry.2 = true;
        }
        if r.periode_tot == t {
            entry.1.bestand_t = v;
            entry.3 = true;
        }
    }
    out.into_iter()
        .filter(|(_, _, a, b)| *a && *b)
        .map(|(_, g, _, _)| g)
        .collect()
}

/// Growth parameters from kerncijfers: the own `bestand_groei` row (`categorie =
/// gemeente`, realisation) gives the period; the stocks come from `bestand_uitkeringen` at
/// the day before its start and at its end, and the reference from the `landelijk` row
/// of the same period. Other settings come from `base`.
pub fn growth_params_from_kerncijfers(
    k: &Kerncijfers,
    base: &GrowthParams,
) -> Option<GrowthParams> {
    let own = k
        .select("bestand_groei", Some("gemeente"))
        .find(|r| r.status == crate::model::Status::Realisatie && r.periode_van.is_some())?;
    let van = own.periode_van?;
    let tot = own.periode_tot;
    let stock = |d: Date| {
        k.select("bestand_uitkeringen", None)
            .find(|r| r.dimensie.is_empty() && r.periode_tot == d)
            .and_then(|r| r.waarde.number())
    };
    let b0 = stock(Date(van.0 - 1))?;
    let b1 = stock(tot)?;
    let (y0, m0, _) = van.ymd();
    let (y1, m1, _) = tot.ymd();
    Some(GrowthParams {
        bestand_t0: b0,
        bestand_t: b1,
        months: ((y1 - y0) * 12 + m1 as i32 - m0 as i32 + 1).max(1) as u32,
        reference: reference_from_kerncijfers(k, "landelijk", van, tot)
            .unwrap_or_else(|| base.reference.clone()),
        ..base.clone()
    })
}

// ---------------------------------------------------------------------------------------
// F3: social activation share
// ---------------------------------------------------------------------------------------

/// The denominator of the participation share (CONSISTENCY X5).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Denominator {
    /// (a) The stock on the peildatum (5.687 → 21,17%).
    Peildatum,
    /// (b) The average stock over the period (5.655 → 21,29%, the printed figure).
    #[default]
    #[serde(rename = "GemiddeldBestand")]
    AverageBestand,
    /// (c) The long-distance group only.
    #[serde(rename = "LangeAfstand")]
    AfstandLang,
}

impl Denominator {
    /// Every option, in F3 order.
    pub const ALL: [Denominator; 3] = [
        Denominator::Peildatum,
        Denominator::AverageBestand,
        Denominator::AfstandLang,
    ];

    /// Label in the interface language.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        use crate::messages::categories as msg;
        match self {
            Denominator::Peildatum => msg::DENOMINATOR_PEILDATUM,
            Denominator::AverageBestand => msg::DENOMINATOR_AVERAGE,
            Denominator::AfstandLang => msg::DENOMINATOR_AFSTAND_LANG,
        }
        .get(lang)
    }
}

/// Parameters of F3. Defaults: Table 10 total 1.204, stocks 5.623 → 5.687, long-distance
/// group ≈ 3.412 (60%, A16), target 22%.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ParticipationParams {
    /// Distinct persons (or benefits) active in social activation (1.204).
    #[serde(rename = "deelnemers")]
    pub participants: f64,
    /// The denominator used.
    #[serde(rename = "noemer")]
    pub denominator: Denominator,
    /// Stock on the peildatum (5.687).
    pub bestand_peildatum: f64,
    /// Stock at the start of the period (5.623).
    pub bestand_begin: f64,
    /// Average stock when known (e.g. from monthly data); `None` uses
    /// `(begin + peildatum) / 2`.
    #[serde(rename = "gemiddeld_bestand")]
    pub average_bestand: Option<f64>,
    /// The long-distance group (≈ 3.412).
    #[serde(rename = "bestand_lange_afstand")]
    pub bestand_afstand_lang: f64,
    /// Target in percent (22).
    #[serde(rename = "streef_pct")]
    pub target_pct: f64,
}

impl Default for ParticipationParams {
    fn default() -> Self {
        ParticipationParams {
            participants: 1204.0,
            denominator: Denominator::default(),
            bestand_peildatum: 5687.0,
            bestand_begin: 5623.0,
            average_bestand: None,
            bestand_afstand_lang: 3412.0,
            target_pct: 22.0,
        }
    }
}

/// The result of F3.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Participation {
    /// The denominator used.
    pub denominator: Denominator,
    /// Its value `D`.
    pub denominator_value: f64,
    /// `p = A / D` in percent.
    pub share_pct: f64,
    /// The target in percent.
    pub target_pct: f64,
    /// `max(0, ceil(target · D) − A)` persons still needed.
    pub needed: u32,
    /// True when `p ≥ target`.
    pub met: bool,
}

/// F3 with the chosen denominator.
pub fn participation(p: &ParticipationParams) -> Participation {
    participation_with(p, p.denominator)
}

/// F3 for every denominator, side by side.
pub fn participation_all(p: &ParticipationParams) -> [Participation; 3] {
    Denominator::ALL.map(|n| participation_with(p, n))
}

fn participation_with(p: &ParticipationParams, denominator: Denominator) -> Participation {
    let d = match denominator {
        Denominator::Peildatum => p.bestand_peildatum,
        Denominator::AverageBestand => p
            .average_bestand
            .unwrap_or((p.bestand_begin + p.bestand_peildatum) / 2.0),
        Denominator::AfstandLang => p.bestand_afstand_lang,
    };
    let aandeel = if d > 0.0 {
        100.0 * p.participants / d
    } else {
        0.0
    };
    // ceil with a small guard against binary noise (0,22 · 5.000 = 1.100,000…02).
    let need = (p.target_pct / 100.0 * d - 1e-9).ceil() - p.participants;
    Participation {
        denominator,
        denominator_value: d,
        share_pct: aandeel,
        target_pct: p.target_pct,
        needed: need.max(0.0) as u32,
        met: aandeel + 1e-9 >= p.target_pct,
    }
}

// ---------------------------------------------------------------------------------------
// F5: Werkplein pace
// ---------------------------------------------------------------------------------------

/// Parameters of F5. Defaults: 261 placements in 9 months against 300 for 2024.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct WerkpleinParams {
    /// Placements so far (261).
    #[serde(rename = "realisatie")]
    pub realised: f64,
    /// Annual target (300).
    #[serde(rename = "doel")]
    pub target: f64,
    /// Months elapsed (9).
    #[serde(rename = "maanden_verstreken")]
    pub months_elapsed: u32,
}

impl Default for WerkpleinParams {
    fn default() -> Self {
        WerkpleinParams {
            realised: 261.0,
            target: 300.0,
            months_elapsed: 9,
        }
    }
}

/// The result of F5. Both readings of "13%" are named explicitly (CONSISTENCY X8).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WerkpleinPace {
    /// The pro-rata target `doel · months/12` (225).
    pub pro_rata_target: f64,
    /// `realised / pro-rata target` (1,16).
    pub pace_ratio: f64,
    /// `realised / annual target` as a fraction (0,87).
    pub share_of_year_target: f64,
    /// Percent ahead of the pro-rata target (+16).
    pub above_pace_pct: f64,
    /// Percent still short of the annual target (13: the seed's "13% hoger" mislabelled).
    pub shortfall_year_target_pct: f64,
    /// Placements needed per remaining month (13).
    pub needed_per_month: f64,
    /// The pace so far per month (29).
    pub pace_per_month: f64,
}

/// F5: pace ratio, share of year, needed per remaining month.
pub fn werkplein_pace(p: &WerkpleinParams) -> WerkpleinPace {
    let months = p.months_elapsed.min(12) as f64;
    let pro_rata = p.target * months / 12.0;
    let tempo = if pro_rata > 0.0 {
        p.realised / pro_rata
    } else {
        0.0
    };
    let share = if p.target > 0.0 {
        p.realised / p.target
    } else {
        0.0
    };
    let rest = 12.0 - months;
    let still = (p.target - p.realised).max(0.0);
    WerkpleinPace {
        pro_rata_target: pro_rata,
        pace_ratio: tempo,
        share_of_year_target: share,
        above_pace_pct: 100.0 * (tempo - 1.0),
        shortfall_year_target_pct: 100.0 * (1.0 - share).max(0.0),
        needed_per_month: if rest > 0.0 { still / rest } else { still },
        pace_per_month: if months > 0.0 {
            p.realised / months
        } else {
            0.0
        },
    }
}

// ---------------------------------------------------------------------------------------
// F10: supporting ratios
// ---------------------------------------------------------------------------------------

/// `part / whole` as a fraction (0 when `whole` is 0).
pub fn share(part: f64, whole: f64) -> f64 {
    if whole == 0.0 {
        0.0
    } else {
        part / whole
    }
}

/// Annualised outflow rate `U · 12/months / B̄`, as a fraction (945 in 9 months on
/// 5.655 → 22,3%).
pub fn outflow_rate_annual(outflow: f64, months: u32, avg_stock: f64) -> f64 {
    if months == 0 {
        return 0.0;
    }
    share(outflow * 12.0 / months as f64, avg_stock)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_defaults() {
        let g = compare_growth(&GrowthParams::default());
        assert_eq!(g.growth_pct, 1.14);
        assert_eq!(g.score_pp, 0.65);
        assert_eq!(g.excess.round(), 37.0);
        let p = participation_all(&ParticipationParams::default());
        assert_eq!((p[0].needed, p[1].needed), (48, 41));
        let w = werkplein_pace(&WerkpleinParams::default());
        assert_eq!((w.pace_ratio * 100.0).round(), 116.0);
        assert_eq!(w.needed_per_month, 13.0);
    }
}
