//! The comparison view model (FORMULAS F2, F3, F5): caseload growth against the national
//! figure or a reference group, the social-activation share against its target with a
//! selectable denominator, and the Werkplein placements against the annual and the
//! pro-rata target.
//!
//! The inputs come from the scenario when it has them; otherwise from the loaded data
//! (kerncijfers rows, or the monthly series of benefit episodes); otherwise from the
//! seed's values, labelled as such. So every number is a pure function of
//! `(Dataset, Scenario)`.

use bijstand_core::caseload::{composition, default_peildatum, Precedence};
use bijstand_core::date::Date;
use bijstand_core::dynamics::{month, month_label, monthly_series, year_month, MonthRange};
use bijstand_core::format;
use bijstand_core::lang::Lang;
use bijstand_core::model::{Afstand, Data, Dataset, Episodes, Kerncijfers, Status, Uitstroomreden};
use bijstand_core::reference::{
    self, compare_growth, growth_params_from_kerncijfers, participation_all, werkplein_pace,
    GrowthComparison, GrowthParams, ParticipationParams, Referentie, WerkpleinParams,
};
use bijstand_core::scenario::Scenario;

use super::figures::printed_number;
use super::{Kpi, Panel, Table};
use crate::charts::{ChartKind, ChartSpec, Series, SeriesStyle, PALETTE};

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
    /// A short Dutch or English label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            InputSource::Data => lang.t("uit de gegevens", "from the data"),
            InputSource::Entered => lang.t("door u ingevuld", "entered by you"),
            InputSource::Example => lang.t(
                "voorbeeldwaarden (Enschede, UP EAA 2025): vul uw eigen cijfers in",
                "example values (Enschede report): enter your own",
            ),
        }
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
        maanden: (to - from).max(1) as u32,
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
    match &ds.data {
        Data::Kerncijfers(k) => {
            let Some(mut p) = growth_params_from_kerncijfers(k, &base) else {
                return Inputs {
                    params: base,
                    source: InputSource::Example,
                    notes: vec![lang.t("Het bestand heeft geen eigen groeicijfer met een begin- en eindstand (bestand_groei en bestand_uitkeringen).", "The file has no own growth figure with stocks at the start and end.").into()],
                };
            };
            let mut notes = Vec::new();
            if let Some((t0, t, code)) = kerncijfers_growth_dates(k) {
                notes.push(format!(
                    "{} {} {} {} {} {}.",
                    lang.t("Beginstand", "Start"),
                    printed_number(lang, p.bestand_t0),
                    lang.t("op", "on"),
                    t0,
                    lang.t("en eindstand op", "and end on"),
                    t
                ));
                let group = reference::reference_group_from_kerncijfers(k, &code, t0, t);
                if !group.is_empty() {
                    notes.push(format!(
                        "{} {} {}.",
                        lang.t(
                            "Referentiegroep uit het bestand:",
                            "Reference group from the file:"
                        ),
                        group.len(),
                        lang.t(
                            "gemeenten met een stand op beide data",
                            "municipalities with a stock on both dates"
                        )
                    ));
                    p.referentie = Referentie::Gemeenten { gemeenten: group };
                } else if reference::reference_from_kerncijfers(k, "landelijk", Date(t0.0 + 1), t)
                    .is_some()
                {
                    notes.push(lang.t("Referentie: de landelijke groei uit het bestand (de streefwaarde noemt een groep van 20 grote gemeenten, zie X23).", "Reference: the national growth from the file (the target names a group of 20 large municipalities).").into());
                } else {
                    notes.push(lang.t("Het bestand heeft geen referentiecijfer: de landelijke 0,49% is een voorbeeldwaarde.", "The file has no reference figure: the national 0,49% is an example value.").into());
                }
            }
            if k.rows().any(|r| {
                r.indicator == "bestand_uitkeringen"
                    && r.versie == "afgeleid"
                    && r.waarde.number() == Some(p.bestand_t0)
            }) {
                notes.push(
                    lang.t(
                        "De beginstand is afgeleid uit de groeicijfers, niet gedrukt (X1).",
                        "The start stock is derived from the growth figures, not printed (X1).",
                    )
                    .into(),
                );
            }
            Inputs {
                params: p,
                source: InputSource::Data,
                notes,
            }
        }
        Data::Episodes(e) => match default_growth_period(e, s.peildatum) {
            Some(period) => {
                let p = growth_from_episodes(e, period, &base);
                let notes = vec![
                    format!(
                        "{} {} {} {} {}.",
                        lang.t("Stand eind", "Stock at the end of"),
                        month_label(period.from, lang),
                        lang.t("en eind", "and the end of"),
                        month_label(period.to, lang),
                        lang.t("uit de uitkeringen", "from the benefit records")
                    ),
                    lang.t("Het landelijke cijfer (0,49%, Q1–Q3 2024) is een voorbeeldwaarde: vul de landelijke groei of uw referentiegroep voor dezelfde periode in.", "The national figure (0,49%, Q1–Q3 2024) is an example: enter the national growth or your reference group for the same period.").into(),
                ];
                Inputs {
                    params: p,
                    source: InputSource::Data,
                    notes,
                }
            }
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
        notes: vec![lang
            .t(
                "De waarden zijn door u aangepast.",
                "You changed these values.",
            )
            .into()],
    }
}

/// The F3 inputs. The scenario's values count once edited (they differ from the
/// defaults); until then they come from the data where it has them.
pub fn participation_inputs(ds: &Dataset, s: &Scenario, lang: Lang) -> Inputs<ParticipationParams> {
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
            if let Some(t) = total {
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
                p.deelnemers = t.waarde.number().unwrap_or(p.deelnemers);
                notes.push(format!(
                    "{} {} ({}).",
                    lang.t("Deelnemers:", "Participants:"),
                    printed_number(lang, p.deelnemers),
                    period_label(t.periode_van, t.periode_tot)
                ));
                found = true;
                if let Some(b1) = stock(t.periode_tot) {
                    p.bestand_peildatum = b1;
                    notes.push(format!(
                        "{} {} {} {}.",
                        lang.t("Bestand op de peildatum:", "Stock on the reference date:"),
                        printed_number(lang, b1),
                        lang.t("op", "on"),
                        t.periode_tot
                    ));
                }
                if let Some(b0) = t.periode_van.and_then(|v| stock(Date(v.0 - 1))) {
                    p.bestand_begin = b0;
                    notes.push(format!(
                        "{} {}.",
                        lang.t("Bestand bij het begin:", "Stock at the start:"),
                        printed_number(lang, b0)
                    ));
                }
                let lang_share = k
                    .rows()
                    .find(|r| r.indicator == "aandeel_doelgroep" && r.categorie == "lang")
                    .and_then(|r| r.waarde.number());
                if let Some(share) = lang_share {
                    p.bestand_lange_afstand = (share / 100.0 * p.bestand_peildatum).round();
                    notes.push(format!(
                        "{} {}% × {} = {}.",
                        lang.t("Lange afstand:", "Long distance:"),
                        printed_number(lang, share),
                        printed_number(lang, p.bestand_peildatum),
                        printed_number(lang, p.bestand_lange_afstand)
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
                    p.streef_pct = target;
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
                p.bestand_lange_afstand = c.afstand[Afstand::Lang.index()] as f64;
                p.gemiddeld_bestand = series.mean_stock(from, to);
                found = true;
                notes.push(format!(
                    "{} {} {} {}; {} {}; {} {}.",
                    lang.t(
                        "Uit de uitkeringen: bestand",
                        "From the benefit records: stock"
                    ),
                    format::nl::int(c.total as i64),
                    lang.t("op", "on"),
                    peil,
                    lang.t(
                        "gemiddeld over het jaar tot nu",
                        "average over the year to date"
                    ),
                    p.gemiddeld_bestand
                        .map_or_else(|| "–".into(), |v| format::nl::dec(v, 1)),
                    lang.t("lange afstand", "long distance"),
                    format::nl::int(p.bestand_lange_afstand as i64)
                ));
                notes.push(lang.t("Het aantal deelnemers (1.204) staat niet in het bestand: vul uw eigen aantal in.", "The number of participants (1,204) is not in the file: enter your own.").into());
            }
        }
    }
    Inputs {
        params: p,
        source: if found {
            InputSource::Data
        } else {
            InputSource::Example
        },
        notes,
    }
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
                p.realisatie = r.waarde.number().unwrap_or(p.realisatie);
                p.maanden_verstreken =
                    ((tot.month_index() - van.month_index()) + 1).clamp(1, 12) as u32;
                found = true;
                notes.push(format!(
                    "{} {} ({}).",
                    lang.t("Plaatsingen:", "Placements:"),
                    printed_number(lang, p.realisatie),
                    period_label(r.periode_van, r.periode_tot)
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
                    p.doel = d;
                    notes.push(format!(
                        "{} {} ({}).",
                        lang.t("Jaardoel:", "Annual target:"),
                        printed_number(lang, d),
                        tot.year()
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
                    p.realisatie = t.reason(Uitstroomreden::WerkWerkplein) as f64;
                    p.maanden_verstreken = t.months().min(12);
                    found = true;
                    notes.push(format!(
                        "{} {} {} {} {} {}.",
                        lang.t(
                            "Uitstroom met reden 'plaatsing Werkplein':",
                            "Outflow with reason 'Werkplein placement':"
                        ),
                        format::nl::int(p.realisatie as i64),
                        lang.t("van", "from"),
                        month_label(from, lang),
                        lang.t("t/m", "to"),
                        month_label(to, lang)
                    ));
                    notes.push(
                        lang.t(
                            "Het jaardoel (300) staat niet in het bestand: vul uw eigen doel in.",
                            "The annual target (300) is not in the file: enter your own.",
                        )
                        .into(),
                    );
                }
            }
        }
    }
    Inputs {
        params: p,
        source: if found {
            InputSource::Data
        } else {
            InputSource::Example
        },
        notes,
    }
}

fn period_label(van: Option<Date>, tot: Date) -> String {
    super::figures::period_label(bijstand_core::model::PeriodeType::Periode, van, tot)
}

/// A signed Dutch number: `+0,65`, `-0,20`.
fn signed(x: f64, decimals: usize) -> String {
    let t = format::nl::dec(x, decimals);
    if x > 0.0 && t.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{t}")
    } else {
        t
    }
}

/// The comparison screen, in three parts.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonView {
    /// F2 figures.
    pub growth_kpis: Vec<Kpi>,
    /// F2 chart and table.
    pub growth_panels: Vec<Panel>,
    /// F2 remarks (target met or not, annualisation pitfall).
    pub growth_notes: Vec<String>,
    /// F3 figures.
    pub participation_kpis: Vec<Kpi>,
    /// F3 chart with the three denominators side by side.
    pub participation_panels: Vec<Panel>,
    /// F5 figures.
    pub werkplein_kpis: Vec<Kpi>,
    /// F5 chart.
    pub werkplein_panels: Vec<Panel>,
    /// The two readings of a printed "…% hoger/lager", named.
    pub werkplein_readings: Vec<String>,
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

/// F2 figures and the index chart. `path` is the own month-end stock per month over the
/// period (episodes), or empty (kerncijfers: only the two stocks).
pub fn growth_view(
    p: &GrowthParams,
    path: &[(i32, u32)],
    lang: Lang,
) -> (Vec<Kpi>, Vec<Panel>, Vec<String>, GrowthComparison) {
    let g = compare_growth(p);
    let ref_label = p.referentie.label(lang);
    let kpis = vec![
        Kpi {
            id: "kpi-groei",
            label: lang.t("Groei eigen bestand", "Own caseload growth").into(),
            value: format!("{}%", signed(g.groei_pct, 2)),
            note: format!(
                "{} → {} ({} {})",
                printed_number(lang, p.bestand_t0),
                printed_number(lang, p.bestand_t),
                p.maanden,
                lang.t("maanden", "months")
            ),
        },
        Kpi {
            id: "kpi-groei-ref",
            label: format!(
                "{} ({})",
                lang.t("Groei referentie", "Reference growth"),
                ref_label
            ),
            value: format!("{}%", signed(g.groei_ref_pct, 2)),
            note: lang.t("zelfde periode", "same period").into(),
        },
        Kpi {
            id: "kpi-score",
            label: lang
                .t("Score (eigen − referentie)", "Score (own − reference)")
                .into(),
            value: format!("{} {}", signed(g.score_pp, 2), lang.t("procentpunt", "pp")),
            note: if g.doel_gehaald {
                lang.t("doel gehaald: score ≤ 0", "target met: score ≤ 0")
                    .into()
            } else {
                lang.t(
                    "doel niet gehaald: streven is een score onder de 0",
                    "target not met: the aim is a score below 0",
                )
                .into()
            },
        },
        Kpi {
            id: "kpi-exces",
            label: lang
                .t(
                    "Uitkeringen boven het referentiepad",
                    "Benefits above the reference path",
                )
                .into(),
            value: format!(
                "{} {}",
                if g.exces >= 0.0 { "≈" } else { "≈ −" },
                format::nl::dec(g.exces.abs(), 0)
            ),
            note: format!(
                "{} × {}",
                lang.t("score", "score"),
                printed_number(lang, p.bestand_t0)
            ),
        },
        Kpi {
            id: "kpi-impact",
            label: lang
                .t(
                    "Effect in euro's (volledig jaar)",
                    "Effect in euros (full year)",
                )
                .into(),
            value: format::nl::eur_mln(g.eur_impact / 1e6, 2),
            note: format!(
                "{} {} {}",
                format::nl::dec(g.exces, 1),
                lang.t("× kosten per uitkering", "× cost per benefit"),
                format::nl::eur(p.kosten_per_uitkering)
            ),
        },
        Kpi {
            id: "kpi-index",
            label: lang
                .t("Index eind (begin = 100)", "Index at end (start = 100)")
                .into(),
            value: format::nl::dec(reference::index(p.bestand_t, p.bestand_t0), 1),
            note: format!(
                "{} {}",
                lang.t("referentie", "reference"),
                format::nl::dec(100.0 + g.groei_ref_pct, 1)
            ),
        },
    ];
    // Index: own path against the reference, both from 100 at the start.
    let (cats, own): (Vec<String>, Vec<f64>) = if path.len() >= 2 {
        path.iter()
            .map(|(m, b)| {
                (
                    month_label(*m, lang),
                    reference::index(*b as f64, p.bestand_t0),
                )
            })
            .unzip()
    } else {
        (
            vec![
                lang.t("begin", "start").into(),
                lang.t("eind", "end").into(),
            ],
            vec![100.0, reference::index(p.bestand_t, p.bestand_t0)],
        )
    };
    let n = cats.len();
    let refl: Vec<f64> = (0..n)
        .map(|i| 100.0 + g.groei_ref_pct * i as f64 / (n - 1).max(1) as f64)
        .collect();
    let round1 = |v: &Vec<f64>| {
        v.iter()
            .map(|x| (x * 100.0).round() / 100.0)
            .collect::<Vec<_>>()
    };
    let labels = |v: &Vec<f64>| v.iter().map(|x| format::nl::dec(*x, 2)).collect::<Vec<_>>();
    let own_name = lang.t("Eigen bestand", "Own caseload").to_string();
    let ref_name = format!("{} ({})", lang.t("Referentie", "Reference"), ref_label);
    let index_panel = Panel {
        chart: ChartSpec {
            id: "chart-groei-index".into(),
            title: lang
                .t(
                    "Ontwikkeling bestand t.o.v. referentie (begin = 100)",
                    "Caseload vs reference (start = 100)",
                )
                .into(),
            categories: cats.clone(),
            series: vec![
                bar(
                    &own_name,
                    round1(&own),
                    labels(&own),
                    PALETTE[0],
                    SeriesStyle::Line,
                ),
                bar(
                    &ref_name,
                    round1(&refl),
                    labels(&refl),
                    PALETTE[1],
                    SeriesStyle::Dashed,
                ),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: "index".into(),
        },
        table: Table {
            caption: lang
                .t(
                    "Index eigen bestand en referentie",
                    "Index own caseload and reference",
                )
                .into(),
            headers: vec![
                lang.t("Moment", "Point").into(),
                own_name.clone(),
                ref_name.clone(),
            ],
            rows: (0..n)
                .map(|i| {
                    vec![
                        cats[i].clone(),
                        format::nl::dec(own[i], 2),
                        format::nl::dec(refl[i], 2),
                    ]
                })
                .collect(),
        },
        note: (path.len() >= 2).then(|| {
            lang.t(
                "Referentie als rechte lijn: alleen begin en eind zijn bekend.",
                "Reference as a straight line: only start and end are known.",
            )
            .into()
        }),
    };
    let growth_panel = Panel {
        chart: ChartSpec {
            id: "chart-groei".into(),
            title: lang.t("Groei in procenten", "Growth in percent").into(),
            categories: vec![
                lang.t("Eigen bestand", "Own caseload").into(),
                ref_name.clone(),
                lang.t("Score", "Score").into(),
            ],
            series: vec![Series {
                name: lang.t("Groei", "Growth").into(),
                values: vec![Some(g.groei_pct), Some(g.groei_ref_pct), Some(g.score_pp)],
                labels: vec![
                    format!("{}%", signed(g.groei_pct, 2)),
                    format!("{}%", signed(g.groei_ref_pct, 2)),
                    format!("{} pp", signed(g.score_pp, 2)),
                ],
                color: PALETTE[0].into(),
                style: SeriesStyle::Bar,
            }],
            kind: ChartKind::Combo { stacked: false },
            value_title: "%".into(),
        },
        table: Table {
            caption: lang
                .t("Groei, score en effect", "Growth, score and effect")
                .into(),
            headers: vec![
                lang.t("Grootheid", "Quantity").into(),
                lang.t("Waarde", "Value").into(),
            ],
            rows: vec![
                vec![
                    lang.t("Beginstand B[t0]", "Start stock B[t0]").into(),
                    printed_number(lang, p.bestand_t0),
                ],
                vec![
                    lang.t("Eindstand B[t]", "End stock B[t]").into(),
                    printed_number(lang, p.bestand_t),
                ],
                vec![
                    lang.t("Groei eigen bestand", "Own growth").into(),
                    format!("{}%", signed(g.groei_pct, 2)),
                ],
                vec![
                    format!(
                        "{} ({})",
                        lang.t("Groei referentie", "Reference growth"),
                        ref_label
                    ),
                    format!("{}%", signed(g.groei_ref_pct, 2)),
                ],
                vec![
                    lang.t("Score", "Score").into(),
                    format!("{} {}", signed(g.score_pp, 2), lang.t("procentpunt", "pp")),
                ],
                vec![
                    lang.t(
                        "Uitkeringen boven het referentiepad",
                        "Benefits above the reference path",
                    )
                    .into(),
                    format::nl::dec(g.exces, 1),
                ],
                vec![
                    lang.t(
                        "Verschil in aantallen (ΔB − g_ref · B[t0])",
                        "Difference in benefits (ΔB − g_ref · B[t0])",
                    )
                    .into(),
                    format::nl::dec(g.verschil_absoluut, 1),
                ],
                vec![
                    lang.t("Kosten per uitkering per jaar", "Cost per benefit per year")
                        .into(),
                    format::nl::eur(p.kosten_per_uitkering),
                ],
                vec![
                    lang.t("Effect in euro's per jaar", "Effect in euros per year")
                        .into(),
                    format::nl::eur(g.eur_impact),
                ],
            ],
        },
        note: None,
    };
    let mut notes = vec![if g.doel_gehaald {
        lang.t("Het bestand groeit niet harder dan de referentie: het doel (score onder of gelijk aan 0) is gehaald.", "The caseload grows no faster than the reference: the target (score at or below 0) is met.").to_string()
    } else {
        format!(
            "{} {} {} {} {}",
            lang.t("Het bestand groeit", "The caseload grows"),
            format::nl::dec(g.score_pp, 2),
            lang.t(
                "procentpunt harder dan de referentie. Dat zijn ongeveer",
                "percentage points faster than the reference. That is about"
            ),
            format::nl::dec(g.exces, 0),
            lang.t(
                "uitkeringen meer dan bij dezelfde groei als de referentie.",
                "benefits more than at the reference's growth."
            )
        )
    }];
    if p.maanden < 12 && p.maanden > 0 {
        notes.push(format!(
            "{} {} {} {}%; {}",
            lang.t("Reken een groei over", "Do not convert growth over"),
            p.maanden,
            lang.t(
                "maanden niet zomaar om naar een jaar: samengesteld wordt dat",
                "months to a year naively: compounded it would be"
            ),
            signed(g.groei_jaarbasis_naief_pct, 2),
            lang.t(
                "een prognose voor het hele jaar kan heel anders uitkomen.",
                "a full-year forecast can differ a lot."
            )
        ));
    }
    if matches!(p.referentie, Referentie::Landelijk { .. }) {
        notes.push(lang.t("De streefwaarde vergelijkt met een referentiegroep van 20 grote gemeenten, niet met het landelijke cijfer (X23). Kies hieronder 'referentiegroep' als u die cijfers heeft.", "The target compares with a group of 20 large municipalities, not the national figure (X23). Choose 'reference group' below if you have those figures.").into());
    }
    (kpis, vec![growth_panel, index_panel], notes, g)
}

/// F3 figures and the three denominators side by side.
pub fn participation_view(p: &ParticipationParams, lang: Lang) -> (Vec<Kpi>, Vec<Panel>) {
    let all = participation_all(p);
    let chosen = all
        .iter()
        .find(|x| x.noemer == p.noemer)
        .cloned()
        .unwrap_or_else(|| all[0].clone());
    let kpis = vec![
        Kpi {
            id: "kpi-participatie",
            label: lang
                .t(
                    "Aandeel met sociale activering",
                    "Share in social activation",
                )
                .into(),
            value: format::nl::pct(chosen.aandeel_pct, 2),
            note: format!(
                "{} / {} ({})",
                printed_number(lang, p.deelnemers),
                format::nl::dec(
                    chosen.noemer_waarde,
                    if chosen.noemer_waarde.fract() == 0.0 {
                        0
                    } else {
                        1
                    }
                ),
                p.noemer.label(lang)
            ),
        },
        Kpi {
            id: "kpi-participatie-doel",
            label: lang.t("Streefwaarde", "Target").into(),
            value: format::nl::pct(p.streef_pct, 0),
            note: if chosen.gehaald {
                lang.t("gehaald", "met").into()
            } else {
                lang.t("nog niet gehaald", "not met yet").into()
            },
        },
        Kpi {
            id: "kpi-participatie-nodig",
            label: lang
                .t(
                    "Nog nodig voor de streefwaarde",
                    "Still needed for the target",
                )
                .into(),
            value: format!("{} {}", chosen.nodig, lang.t("personen", "persons")),
            note: format!(
                "{} {}",
                lang.t("met noemer", "with denominator"),
                p.noemer.label(lang)
            ),
        },
    ];
    let names: Vec<String> = all
        .iter()
        .map(|x| super::capitalize(x.noemer.label(lang)))
        .collect();
    let panel = Panel {
        chart: ChartSpec {
            id: "chart-participatie".into(),
            title: lang.t("Aandeel bij drie noemers, tegen de streefwaarde", "Share with three denominators, against the target").into(),
            categories: names.clone(),
            series: vec![
                bar(lang.t("Aandeel", "Share"), all.iter().map(|x| (x.aandeel_pct * 100.0).round() / 100.0).collect(), all.iter().map(|x| format::nl::pct(x.aandeel_pct, 2)).collect(), PALETTE[0], SeriesStyle::Bar),
                bar(lang.t("Streefwaarde", "Target"), vec![p.streef_pct; 3], vec![format::nl::pct(p.streef_pct, 0); 3], PALETTE[1], SeriesStyle::Dashed),
            ],
            kind: ChartKind::Combo { stacked: false },
            value_title: "%".into(),
        },
        table: Table {
            caption: lang.t("Sociale activering bij drie noemers", "Social activation with three denominators").into(),
            headers: vec![
                lang.t("Noemer", "Denominator").into(),
                lang.t("Waarde noemer", "Denominator value").into(),
                lang.t("Aandeel", "Share").into(),
                format!("{} {}", lang.t("Nodig voor", "Needed for"), format::nl::pct(p.streef_pct, 0)),
                lang.t("In gebruik", "In use").into(),
            ],
            rows: all
                .iter()
                .zip(&names)
                .map(|(x, n)| {
                    vec![
                        n.clone(),
                        format::nl::dec(x.noemer_waarde, if x.noemer_waarde.fract() == 0.0 { 0 } else { 1 }),
                        format::nl::pct(x.aandeel_pct, 2),
                        x.nodig.to_string(),
                        if x.noemer == p.noemer { lang.t("ja", "yes").into() } else { String::new() },
                    ]
                })
                .collect(),
        },
        note: Some(lang.t(
            "Het rapport noemt 21,29%: dat past bij het gemiddelde bestand over de periode als noemer, niet bij het bestand op de peildatum (21,17%). Deelnemers zijn inwoners die ergens in de periode actief waren; dubbeltellingen zijn niet uitgesloten.",
            "The report states 21,29%: that fits the average caseload over the period as the denominator, not the caseload on the reference date (21,17%). Participants are residents who were active at some point in the period; double counts are not excluded.",
        ).into()),
    };
    (kpis, vec![panel])
}

/// F5 figures, the chart and the two readings of "…% hoger/lager dan de doelstelling".
pub fn werkplein_view(
    p: &WerkpleinParams,
    printed_pct: Option<f64>,
    lang: Lang,
) -> (Vec<Kpi>, Vec<Panel>, Vec<String>) {
    let w = werkplein_pace(p);
    let kpis = vec![
        Kpi {
            id: "kpi-werkplein-jaar",
            label: lang
                .t("T.o.v. het jaardoel", "Against the annual target")
                .into(),
            value: format::nl::pct(100.0 * w.aandeel_jaardoel, 0),
            note: format!(
                "{} {} {}: {} {}",
                printed_number(lang, p.realisatie),
                lang.t("van", "of"),
                printed_number(lang, p.doel),
                format::nl::pct(w.tekort_jaardoel_pct, 0),
                lang.t("eronder", "below")
            ),
        },
        Kpi {
            id: "kpi-werkplein-tempo",
            label: lang
                .t("T.o.v. het pro-rata doel", "Against the pro-rata target")
                .into(),
            value: format::nl::pct(100.0 * w.tempo_ratio, 0),
            note: format!(
                "{} {} {}: {}; {}% {}",
                lang.t("doel na", "target after"),
                p.maanden_verstreken,
                lang.t("maanden", "months"),
                printed_number(lang, w.pro_rata_doel),
                signed(w.boven_tempo_pct, 0),
                if w.boven_tempo_pct >= 0.0 {
                    lang.t("erboven", "above")
                } else {
                    lang.t("eronder", "below")
                }
            ),
        },
        Kpi {
            id: "kpi-werkplein-nodig",
            label: lang
                .t("Nodig per resterende maand", "Needed per remaining month")
                .into(),
            value: format::nl::dec(w.nodig_per_maand, 0),
            note: format!(
                "{} {}",
                lang.t("tempo tot nu:", "pace so far:"),
                format::nl::dec(w.tempo_per_maand, 0)
            ),
        },
    ];
    let cats = vec![
        lang.t("Gerealiseerd", "Achieved").to_string(),
        lang.t("Pro-rata doel", "Pro-rata target").to_string(),
        lang.t("Jaardoel", "Annual target").to_string(),
    ];
    let vals = [p.realisatie, w.pro_rata_doel, p.doel];
    let panel = Panel {
        chart: ChartSpec {
            id: "chart-werkplein".into(),
            title: lang
                .t(
                    "Plaatsingen Werkplein tegen het doel",
                    "Werkplein placements against the target",
                )
                .into(),
            categories: cats.clone(),
            series: vec![Series {
                name: lang.t("Plaatsingen", "Placements").into(),
                values: vals.iter().map(|v| Some(*v)).collect(),
                labels: vals
                    .iter()
                    .map(|v| printed_number(lang, v.round()))
                    .collect(),
                color: PALETTE[2].into(),
                style: SeriesStyle::Bar,
            }],
            kind: ChartKind::Bar { horizontal: true },
            value_title: lang.t("plaatsingen", "placements").into(),
        },
        table: Table {
            caption: lang
                .t("Plaatsingen Werkplein", "Werkplein placements")
                .into(),
            headers: vec![
                lang.t("Grootheid", "Quantity").into(),
                lang.t("Waarde", "Value").into(),
            ],
            rows: vec![
                vec![cats[0].clone(), printed_number(lang, p.realisatie)],
                vec![
                    format!(
                        "{} ({} {})",
                        cats[1],
                        p.maanden_verstreken,
                        lang.t("maanden", "months")
                    ),
                    printed_number(lang, w.pro_rata_doel),
                ],
                vec![cats[2].clone(), printed_number(lang, p.doel)],
                vec![
                    lang.t("Aandeel jaardoel", "Share of annual target").into(),
                    format::nl::pct(100.0 * w.aandeel_jaardoel, 1),
                ],
                vec![
                    lang.t("Tempo t.o.v. pro rata", "Pace vs pro rata").into(),
                    format::nl::pct(100.0 * w.tempo_ratio, 1),
                ],
                vec![
                    lang.t("Nodig per resterende maand", "Needed per remaining month")
                        .into(),
                    format::nl::dec(w.nodig_per_maand, 1),
                ],
                vec![
                    lang.t("Tempo tot nu per maand", "Pace so far per month")
                        .into(),
                    format::nl::dec(w.tempo_per_maand, 1),
                ],
            ],
        },
        note: None,
    };
    let mut readings = vec![
        format!(
            "{} {} / {} = {}, {} {} {}.",
            lang.t(
                "Lezing 1, tegen het jaardoel:",
                "Reading 1, against the annual target:"
            ),
            printed_number(lang, p.realisatie),
            printed_number(lang, p.doel),
            format::nl::pct(100.0 * w.aandeel_jaardoel, 0),
            lang.t("dus", "so"),
            format::nl::pct(w.tekort_jaardoel_pct, 0),
            lang.t("onder het jaardoel", "below the annual target")
        ),
        format!(
            "{} {} / {} = {}, {} {}% {}.",
            lang.t(
                "Lezing 2, tegen het pro-rata doel:",
                "Reading 2, against the pro-rata target:"
            ),
            printed_number(lang, p.realisatie),
            printed_number(lang, w.pro_rata_doel),
            format::nl::pct(100.0 * w.tempo_ratio, 0),
            lang.t("dus", "so"),
            signed(w.boven_tempo_pct, 0),
            if w.boven_tempo_pct >= 0.0 {
                lang.t(
                    "boven het pro-rata doel: op koers",
                    "above the pro-rata target: on track",
                )
            } else {
                lang.t("onder het pro-rata doel", "below the pro-rata target")
            }
        ),
    ];
    if let Some(v) = printed_pct {
        readings.insert(
            0,
            format!(
                "{} '{}% {}'. {}",
                lang.t("Het rapport schrijft", "The report writes"),
                printed_number(lang, v),
                lang.t("hoger dan de doelstelling", "higher than the target"),
                if (v - w.tekort_jaardoel_pct).abs() < 0.5 && w.aandeel_jaardoel < 1.0 {
                    lang.t("Dat getal is het tekort tegen het jaardoel (lezing 1), niet een voorsprong; 'op koers' klopt wel volgens lezing 2.", "That number is the shortfall against the annual target (reading 1), not a lead; 'on track' holds by reading 2.")
                } else {
                    lang.t("Vergelijk met de twee lezingen hieronder.", "Compare with the two readings below.")
                }
            ),
        );
    }
    (kpis, vec![panel], readings)
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

/// The whole comparison screen for a dataset and scenario.
pub fn comparison_view(ds: &Dataset, s: &Scenario) -> ComparisonView {
    let lang = s.lang;
    let g = growth_inputs(ds, s, lang);
    let path = growth_path(ds, s);
    let (growth_kpis, growth_panels, mut growth_notes, _) = growth_view(&g.params, &path, lang);
    if let Some(f) = full_year_forecast(ds) {
        growth_notes.push(format!(
            "{} {}%.",
            lang.t(
                "De eigen prognose in het bestand voor het hele jaar is",
                "The file's own full-year forecast is"
            ),
            signed(f, 2)
        ));
    }
    let pi = participation_inputs(ds, s, lang);
    let (participation_kpis, participation_panels) = participation_view(&pi.params, lang);
    let wi = werkplein_inputs(ds, s, lang);
    let (werkplein_kpis, werkplein_panels, werkplein_readings) =
        werkplein_view(&wi.params, printed_werkplein_pct(ds), lang);
    ComparisonView {
        growth_kpis,
        growth_panels,
        growth_notes,
        participation_kpis,
        participation_panels,
        werkplein_kpis,
        werkplein_panels,
        werkplein_readings,
    }
}
