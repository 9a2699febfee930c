//! Scenario links (`bijstand_core::share`): round trips, length budget, migration of old
//! links, refusal of malformed/truncated/oversized input without panics, dataset
//! fingerprints, registry completeness and the QR code.
//!
//! The scenario type here is a stand-in with the shape the real one will have: nested
//! parameter structs with `#[serde(default)]`, f64/u32/bool fields, enums as strings,
//! `Option`s and small `Vec`s, ~40 leaves.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use bijstand_core::share::{
    self, dataset_fingerprint, decode, encode, qr_svg, registry_check, Change, Changes,
    DatasetCheck, Decoded, Fingerprint, LinkError, LinkSchema, Migration, MAX_LINK_CHARS,
    TARGET_LINK_CHARS,
};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------------------
// A stand-in scenario

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum View {
    #[default]
    Samenstelling,
    Dynamiek,
    Prognose,
    Lks,
    Buig,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Lang {
    #[default]
    Nl,
    En,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Method {
    #[default]
    Trend,
    Vast,
    Scenario,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Reference {
    #[default]
    Nederland,
    G40,
    Buurgemeenten,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum LksDefinition {
    #[default]
    LopendeContracten,
    NieuweContracten,
    Personen,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Stadsdeel {
    Centrum,
    Noord,
    Oost,
    Zuid,
    West,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Uitstroom {
    Werk,
    WerkWerkplein,
    Zelfstandig,
    Studie,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ChartKind {
    #[default]
    Lijn,
    Staaf,
    Vlak,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
struct YearMonth {
    year: u32,
    month: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Projection {
    horizon_months: u32,
    growth_pct: f64,
    inflow_per_month: f64,
    outflow_rate_pct: f64,
    aow_age_years: f64,
    method: Method,
    seasonal: bool,
    reference: Reference,
    band_pct: Option<f64>,
}

impl Default for Projection {
    fn default() -> Self {
        Projection {
            horizon_months: 24,
            growth_pct: 0.8,
            inflow_per_month: 140.0,
            outflow_rate_pct: 2.4,
            aow_age_years: 67.0,
            method: Method::Trend,
            seasonal: true,
            reference: Reference::Nederland,
            band_pct: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Lks {
    definition: LksDefinition,
    target: u32,
    target_year: u32,
    loonwaarde_max_pct: f64,
    count_dcw: bool,
    count_detachering: bool,
    hours_per_week: f64,
    wml_month_eur: f64,
}

impl Default for Lks {
    fn default() -> Self {
        Lks {
            definition: LksDefinition::LopendeContracten,
            target: 451,
            target_year: 2024,
            loonwaarde_max_pct: 80.0,
            count_dcw: true,
            count_detachering: false,
            hours_per_week: 32.0,
            wml_month_eur: 2070.0,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Buig {
    year: u32,
    budget_eur: f64,
    cost_per_benefit_eur: f64,
    growth_pct: f64,
    indexation_pct: f64,
    vangnet_threshold_pct: f64,
    include_loonkosten: bool,
    variants_pct: Vec<f64>,
}

impl Default for Buig {
    fn default() -> Self {
        Buig {
            year: 2024,
            budget_eur: 98_500_000.0,
            cost_per_benefit_eur: 16_900.0,
            growth_pct: 1.0,
            indexation_pct: 2.7,
            vangnet_threshold_pct: 7.5,
            include_loonkosten: true,
            variants_pct: vec![-2.0, 0.0, 2.0],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Filters {
    stadsdeel: Vec<Stadsdeel>,
    doelgroep: Vec<String>,
    age_min: Option<u32>,
    age_max: Option<u32>,
    only_long_term: bool,
    uitstroom_werk: Vec<Uitstroom>,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            stadsdeel: vec![],
            doelgroep: vec![],
            age_min: None,
            age_max: None,
            only_long_term: false,
            uitstroom_werk: vec![Uitstroom::Werk],
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Compare {
    gemeente: String,
    relative: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Chart {
    kind: ChartKind,
    show_table: bool,
    show_index: bool,
    index_base_year: u32,
    compare: Option<Compare>,
}

impl Default for Chart {
    fn default() -> Self {
        Chart {
            kind: ChartKind::Lijn,
            show_table: false,
            show_index: false,
            index_base_year: 2015,
            compare: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Scenario {
    name: String,
    view: View,
    lang: Lang,
    threshold: u32,
    peildatum: Option<YearMonth>,
    projection: Projection,
    lks: Lks,
    buig: Buig,
    filters: Filters,
    chart: Chart,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            name: "Basis".to_string(),
            view: View::Samenstelling,
            lang: Lang::Nl,
            threshold: 10,
            peildatum: None,
            projection: Projection::default(),
            lks: Lks::default(),
            buig: Buig::default(),
            filters: Filters::default(),
            chart: Chart::default(),
        }
    }
}

// The registry: append-only. Position 30 was `buig.growth` (a fraction) in version 0.
const REGISTRY_V1: &[&str] = &[
    "name",
    "view",
    "lang",
    "threshold",
    "peildatum",
    "peildatum.year",
    "peildatum.month",
    "projection.horizon_months",
    "projection.growth_pct",
    "projection.inflow_per_month",
    "projection.outflow_rate_pct",
    "projection.aow_age_years",
    "projection.method",
    "projection.seasonal",
    "projection.reference",
    "projection.band_pct",
    "lks.definition",
    "lks.target",
    "lks.target_year",
    "lks.loonwaarde_max_pct",
    "lks.count_dcw",
    "lks.count_detachering",
    "lks.hours_per_week",
    "lks.wml_month_eur",
    "buig.year",
    "buig.budget_eur",
    "buig.cost_per_benefit_eur",
    "~buig.growth",
    "buig.indexation_pct",
    "buig.vangnet_threshold_pct",
    "buig.include_loonkosten",
    "buig.variants_pct",
    "filters.stadsdeel",
    "filters.doelgroep",
    "filters.age_min",
    "filters.age_max",
    "filters.only_long_term",
    "filters.uitstroom_werk",
    "chart.kind",
    "chart.show_table",
    "chart.show_index",
    "chart.index_base_year",
    "chart.compare",
    "chart.compare.gemeente",
    "chart.compare.relative",
    // added in version 1:
    "buig.growth_pct",
];

/// Version 1 stores `buig.growth_pct` as a percentage; version 0 had `buig.growth` as a
/// fraction (0.01 = 1%).
fn v0_to_v1(changes: &mut Changes) {
    changes.map_number("buig.growth", |f| (f * 100.0 * 1e9).round() / 1e9);
    changes.rename("buig.growth", "buig.growth_pct");
}

const MIGRATIONS: &[Migration] = &[Migration {
    from: 0,
    run: v0_to_v1,
}];

/// Enum variant names travel as an index into this list. Append-only: "vlak" came in v1.
const WORDS_V1: &[&str] = &[
    "samenstelling",
    "dynamiek",
    "prognose",
    "lks",
    "buig",
    "nl",
    "en",
    "trend",
    "vast",
    "scenario",
    "nederland",
    "g40",
    "buurgemeenten",
    "lopende_contracten",
    "nieuwe_contracten",
    "personen",
    "centrum",
    "noord",
    "oost",
    "zuid",
    "west",
    "werk",
    "werk_werkplein",
    "zelfstandig",
    "studie",
    "lijn",
    "staaf",
    "vlak",
];

const SCHEMA: LinkSchema<'static> = LinkSchema {
    version: 1,
    registry: REGISTRY_V1,
    words: WORDS_V1,
    migrations: MIGRATIONS,
};

fn complex() -> Scenario {
    let mut s = Scenario {
        view: View::Prognose,
        threshold: 15,
        peildatum: Some(YearMonth {
            year: 2024,
            month: 6,
        }),
        ..Scenario::default()
    };
    s.projection.horizon_months = 36;
    s.projection.growth_pct = -1.5;
    s.projection.method = Method::Scenario;
    s.projection.band_pct = Some(2.5);
    s.projection.reference = Reference::G40;
    s.lks.definition = LksDefinition::NieuweContracten;
    s.lks.target = 250;
    s.lks.loonwaarde_max_pct = 42.5;
    s.buig.budget_eur = 95_400_000.0;
    s.buig.cost_per_benefit_eur = 17_250.5;
    s.buig.growth_pct = 1.75;
    s.filters.stadsdeel = vec![Stadsdeel::Oost, Stadsdeel::Zuid];
    s.filters.age_min = Some(27);
    s.filters.uitstroom_werk = vec![
        Uitstroom::Werk,
        Uitstroom::WerkWerkplein,
        Uitstroom::Zelfstandig,
    ];
    s.chart.kind = ChartKind::Staaf;
    s.chart.show_index = true;
    s
}

/// Every `Option` set and every list filled: used for the registry check.
fn maximal() -> Scenario {
    let mut s = complex();
    s.name = "Somber".into();
    s.lang = Lang::En;
    s.filters.age_max = Some(45);
    s.filters.doelgroep = vec!["jongeren".into()];
    s.chart.compare = Some(Compare {
        gemeente: "Hengelo".into(),
        relative: true,
    });
    s
}

fn dataset() -> Fingerprint {
    dataset_fingerprint(b"uitkering_id;startdatum\nA1;01-01-2020\n")
}

/// The frame bytes of a link (`s=1.<base64url>`).
fn frame_of(link: &str) -> Vec<u8> {
    let b64 = link.strip_prefix("s=1.").expect("link prefix");
    URL_SAFE_NO_PAD.decode(b64).expect("base64url")
}

/// FNV-1a 32 folded to 16 bits, as documented for the frame checksum.
fn doc_checksum(bytes: &[u8]) -> [u8; 2] {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (((h >> 16) ^ (h & 0xffff)) as u16).to_le_bytes()
}

/// Builds a link around any body, following the documented layout (valid length and
/// checksum), so the body parser itself gets exercised.
fn link_with_body(flags: u8, version: u8, body: &[u8]) -> String {
    let mut frame = vec![flags, version, 0];
    frame.extend_from_slice(body);
    frame[2] = ((frame.len() + 2) % 256) as u8;
    let sum = doc_checksum(&frame);
    frame.extend_from_slice(&sum);
    format!("s=1.{}", URL_SAFE_NO_PAD.encode(frame))
}

fn dec(link: &str) -> Result<Decoded<Scenario>, LinkError> {
    decode::<Scenario>(link, &SCHEMA)
}

// ---------------------------------------------------------------------------------------
// Round trips and length

#[test]
fn default_scenario_gives_a_tiny_link() {
    let link = encode(&Scenario::default(), &SCHEMA, Some(dataset())).unwrap();
    println!("default link: {} chars: {link}", link.len());
    assert!(link.len() <= 20, "{link}");
    let d = dec(&link).unwrap();
    assert_eq!(d.scenario, Scenario::default());
    assert!(d.ignored.is_empty());
    assert!(!d.migrated);

    let bare = encode(&Scenario::default(), &SCHEMA, None).unwrap();
    println!("default link without dataset: {} chars: {bare}", bare.len());
    assert!(bare.len() < link.len());
}

#[test]
fn complex_scenario_round_trips_within_200_characters() {
    let s = complex();
    let link = encode(&s, &SCHEMA, Some(dataset())).unwrap();
    println!("complex link: {} chars: {link}", link.len());
    assert!(
        link.len() <= TARGET_LINK_CHARS,
        "{} > {TARGET_LINK_CHARS}",
        link.len()
    );
    let d = dec(&link).unwrap();
    assert_eq!(d.scenario, s);
    assert!(d.ignored.is_empty(), "{:?}", d.ignored);
    assert_eq!(d.dataset, Some(dataset().short()));

    let full = format!("https://gemeente.example/verkenner/#{link}");
    println!("full URL: {} chars", full.len());
    assert!(full.len() <= TARGET_LINK_CHARS);
}

#[test]
fn maximal_scenario_round_trips_and_back_to_default() {
    let s = maximal();
    let link = encode(&s, &SCHEMA, Some(dataset())).unwrap();
    println!("maximal link: {} chars", link.len());
    assert!(link.len() <= TARGET_LINK_CHARS);
    assert_eq!(dec(&link).unwrap().scenario, s);

    // Options and lists set in the default but cleared in the scenario travel too.
    let mut t = Scenario::default();
    t.buig.variants_pct.clear();
    t.filters.uitstroom_werk.clear();
    let link = encode(&t, &SCHEMA, None).unwrap();
    assert_eq!(dec(&link).unwrap().scenario, t);
}

#[test]
fn the_link_alphabet_survives_mail_and_urls() {
    let link = encode(&maximal(), &SCHEMA, Some(dataset())).unwrap();
    assert!(link
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.=".contains(&b)));
    assert!(!link.ends_with('.') && !link.ends_with('-') && !link.ends_with('_'));

    // Forms a link arrives in: whole URL, other fragment parameters, wrapped lines,
    // punctuation copied along, percent-encoded by a mail filter.
    let (head, tail) = link.split_at(40);
    for arrived in [
        format!("#{link}"),
        format!("https://gemeente.example/verkenner/#{link}"),
        format!("https://gemeente.example/verkenner/#lang=en&{link}"),
        format!("{head}\r\n  {tail}"),
        format!("<https://gemeente.example/verkenner/#{link}>."),
        format!("(zie #{link})"),
        format!(
            "https://gemeente.example/verkenner/%23{}",
            link.replacen('=', "%3D", 1)
        ),
    ] {
        assert_eq!(dec(&arrived).unwrap().scenario, maximal(), "{arrived}");
    }
}

#[test]
fn numbers_keep_their_kind_and_exact_value() {
    let mut s = Scenario::default();
    s.projection.growth_pct = 1.0 / 3.0; // not a short decimal: stored as f64
    s.projection.inflow_per_month = 141.0; // integral float
    s.buig.budget_eur = 1e15 + 0.5; // large
    s.buig.indexation_pct = -0.0;
    s.lks.target = u32::MAX;
    s.buig.variants_pct = vec![-3.25, 0.125, 1e-9];
    let d = dec(&encode(&s, &SCHEMA, None).unwrap()).unwrap();
    assert_eq!(d.scenario, s);
    assert_eq!(
        d.scenario.projection.growth_pct.to_bits(),
        s.projection.growth_pct.to_bits()
    );
}

// ---------------------------------------------------------------------------------------
// Versions and migration

/// Version 0 of the scenario: `buig.growth` was a fraction; `buig.growth_pct` did not exist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct BuigV0 {
    year: u32,
    growth: f64,
}

impl Default for BuigV0 {
    fn default() -> Self {
        BuigV0 {
            year: 2024,
            growth: 0.01,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct ScenarioV0 {
    view: View,
    threshold: u32,
    buig: BuigV0,
}

/// The version-0 registry: the first 45 entries of today's, with `buig.growth` still live.
const REGISTRY_V0: &[&str] = &[
    "name",
    "view",
    "lang",
    "threshold",
    "peildatum",
    "peildatum.year",
    "peildatum.month",
    "projection.horizon_months",
    "projection.growth_pct",
    "projection.inflow_per_month",
    "projection.outflow_rate_pct",
    "projection.aow_age_years",
    "projection.method",
    "projection.seasonal",
    "projection.reference",
    "projection.band_pct",
    "lks.definition",
    "lks.target",
    "lks.target_year",
    "lks.loonwaarde_max_pct",
    "lks.count_dcw",
    "lks.count_detachering",
    "lks.hours_per_week",
    "lks.wml_month_eur",
    "buig.year",
    "buig.budget_eur",
    "buig.cost_per_benefit_eur",
    "buig.growth",
    "buig.indexation_pct",
    "buig.vangnet_threshold_pct",
    "buig.include_loonkosten",
    "buig.variants_pct",
    "filters.stadsdeel",
    "filters.doelgroep",
    "filters.age_min",
    "filters.age_max",
    "filters.only_long_term",
    "filters.uitstroom_werk",
    "chart.kind",
    "chart.show_table",
    "chart.show_index",
    "chart.index_base_year",
    "chart.compare",
    "chart.compare.gemeente",
    "chart.compare.relative",
];

const SCHEMA_V0: LinkSchema<'static> = LinkSchema {
    version: 0,
    registry: REGISTRY_V0,
    words: WORDS_V0,
    migrations: &[],
};

/// The version-0 word list: today's without "vlak".
const WORDS_V0: &[&str] = &[
    "samenstelling",
    "dynamiek",
    "prognose",
    "lks",
    "buig",
    "nl",
    "en",
    "trend",
    "vast",
    "scenario",
    "nederland",
    "g40",
    "buurgemeenten",
    "lopende_contracten",
    "nieuwe_contracten",
    "personen",
    "centrum",
    "noord",
    "oost",
    "zuid",
    "west",
    "werk",
    "werk_werkplein",
    "zelfstandig",
    "studie",
    "lijn",
    "staaf",
];

fn v0_scenario() -> ScenarioV0 {
    ScenarioV0 {
        view: View::Buig,
        threshold: 20,
        buig: BuigV0 {
            year: 2025,
            growth: 0.035,
        },
    }
}

/// A link made by version 0 (`v0_scenario()`), frozen here so the byte layout cannot drift
/// unnoticed.
const GOLDEN_V0_LINK: &str = "s=1.AgAUTH6tIxUJEyirAdIfHJsC8wE";

#[test]
fn word_lists_are_append_only_and_complete() {
    assert!(WORDS_V1.starts_with(WORDS_V0));
    let every_variant = (
        [
            View::Samenstelling,
            View::Dynamiek,
            View::Prognose,
            View::Lks,
            View::Buig,
        ],
        [Lang::Nl, Lang::En],
        [Method::Trend, Method::Vast, Method::Scenario],
        [
            Reference::Nederland,
            Reference::G40,
            Reference::Buurgemeenten,
        ],
        [
            LksDefinition::LopendeContracten,
            LksDefinition::NieuweContracten,
            LksDefinition::Personen,
        ],
        [
            Stadsdeel::Centrum,
            Stadsdeel::Noord,
            Stadsdeel::Oost,
            Stadsdeel::Zuid,
            Stadsdeel::West,
        ],
        [
            Uitstroom::Werk,
            Uitstroom::WerkWerkplein,
            Uitstroom::Zelfstandig,
            Uitstroom::Studie,
        ],
        [ChartKind::Lijn, ChartKind::Staaf, ChartKind::Vlak],
    );
    assert_eq!(
        share::unlisted_words(WORDS_V1, &[every_variant]),
        Vec::<String>::new()
    );
    assert_eq!(
        share::unlisted_words(WORDS_V0, &[every_variant]),
        vec!["vlak".to_string()]
    );
}

#[test]
fn registries_are_append_only() {
    assert_eq!(REGISTRY_V1.len(), REGISTRY_V0.len() + 1);
    for (old, new) in REGISTRY_V0.iter().zip(REGISTRY_V1) {
        assert!(
            old == new || format!("~{old}") == *new,
            "{old} became {new}"
        );
    }
}

#[test]
fn golden_v0_link_is_stable() {
    let made = encode(&v0_scenario(), &SCHEMA_V0, Some(dataset())).unwrap();
    assert_eq!(made, GOLDEN_V0_LINK, "the byte layout of links changed");
}

#[test]
fn old_version_link_opens_through_migration() {
    for link in [
        GOLDEN_V0_LINK.to_string(),
        encode(&v0_scenario(), &SCHEMA_V0, None).unwrap(),
    ] {
        let d = dec(&link).unwrap();
        assert_eq!(d.version, 0);
        assert!(d.migrated);
        assert!(d.ignored.is_empty(), "{:?}", d.ignored);
        let mut want = Scenario {
            view: View::Buig,
            threshold: 20,
            ..Scenario::default()
        };
        want.buig.year = 2025;
        want.buig.growth_pct = 3.5; // 0.035 as a fraction → 3.5 %
        assert_eq!(d.scenario, want);
    }

    // An old link that left the growth at its default also reads as today's default.
    let mut s = v0_scenario();
    s.buig.growth = BuigV0::default().growth;
    let d = dec(&encode(&s, &SCHEMA_V0, None).unwrap()).unwrap();
    assert_eq!(
        d.scenario.buig.growth_pct,
        Scenario::default().buig.growth_pct
    );
}

#[test]
fn old_link_without_a_migration_path_is_refused() {
    let link = encode(&v0_scenario(), &SCHEMA_V0, None).unwrap();
    let no_migrations = LinkSchema {
        migrations: &[],
        ..SCHEMA
    };
    let err = decode::<Scenario>(&link, &no_migrations).unwrap_err();
    assert_eq!(err, LinkError::UnknownVersion(0));
}

#[test]
fn newer_version_link_is_refused_clearly() {
    let newer = LinkSchema {
        version: 2,
        ..SCHEMA
    };
    let link = encode(&complex(), &newer, None).unwrap();
    let err = dec(&link).unwrap_err();
    assert_eq!(err, LinkError::NewerVersion { link: 2, app: 1 });
    assert!(err
        .message(bijstand_core::lang::Lang::Nl)
        .contains("nieuwere versie"));

    // A future byte layout (`s=2.…`) is refused as unknown, not misread.
    let future = link.replacen("s=1.", "s=2.", 1);
    assert_eq!(dec(&future).unwrap_err(), LinkError::UnknownVersion(2));
}

#[test]
fn unknown_and_ill_typed_fields_are_skipped_and_reported() {
    // A newer app that only appended a field (no version bump) writes an id we lack.
    let mut longer: Vec<&str> = REGISTRY_V1.to_vec();
    longer.push("chart.palette");
    #[derive(Serialize, Default)]
    struct Newer {
        threshold: u32,
        chart: NewerChart,
    }
    #[derive(Serialize, Default)]
    struct NewerChart {
        palette: String,
    }
    let newer = Newer {
        threshold: 15,
        chart: NewerChart {
            palette: "kleurenblind".into(),
        },
    };
    let schema = LinkSchema {
        registry: &longer,
        ..SCHEMA
    };
    let link = encode(&newer, &schema, None).unwrap();
    let d = dec(&link).unwrap();
    assert_eq!(d.scenario.threshold, 15);
    assert_eq!(d.ignored, vec![format!("#{}", longer.len())]);

    // A value of the wrong type (a string where a u32 belongs) and an unknown path by name:
    // the rest still applies.
    #[derive(Serialize, Default)]
    struct Odd {
        threshold: String,
        view: String,
        extra: bool,
    }
    let odd = Odd {
        threshold: "veel".into(),
        view: "lks".into(),
        extra: true,
    };
    let d = dec(&encode(&odd, &SCHEMA, None).unwrap()).unwrap();
    assert_eq!(d.scenario.view, View::Lks);
    assert_eq!(d.scenario.threshold, 10);
    assert_eq!(
        d.ignored,
        vec!["extra".to_string(), "threshold".to_string()]
    );

    // A newer app that appended a word (a new enum variant) to its list.
    let mut more_words = WORDS_V1.to_vec();
    more_words.push("datakwaliteit");
    let newer_words = LinkSchema {
        words: &more_words,
        ..SCHEMA
    };
    let odd = Odd {
        threshold: String::new(),
        view: "datakwaliteit".into(),
        extra: false,
    };
    #[derive(Serialize, Default)]
    struct Two {
        threshold: u32,
        view: String,
    }
    let two = Two {
        threshold: 20,
        view: odd.view,
    };
    let d = dec(&encode(&two, &newer_words, None).unwrap()).unwrap();
    assert_eq!(d.scenario.threshold, 20);
    assert_eq!(d.scenario.view, View::Samenstelling);
    assert_eq!(d.ignored, vec!["view".to_string()]);
}

#[test]
fn migration_helpers() {
    let mut c: Changes = [
        Change::Set {
            path: "a.b".into(),
            value: 0.07.into(),
        },
        Change::Set {
            path: "a.bc".into(),
            value: 1.into(),
        },
        Change::Set {
            path: "a.b.c".into(),
            value: true.into(),
        },
    ]
    .into_iter()
    .collect();
    assert!(c.map_number("a.b", |f| (f * 100.0 * 1e9).round() / 1e9));
    assert_eq!(c.get("a.b"), Some(&7.0.into()));
    assert!(!c.map_number("a.b.c", |f| f));
    assert_eq!(c.rename("a.b", "x"), 2); // `a.b` and `a.b.c`, not `a.bc`
    assert_eq!(c.get("x.c"), Some(&true.into()));
    assert_eq!(c.get("a.bc"), Some(&1.into()));
    c.set("a.bc", 2.into());
    assert_eq!(c.len(), 3);
    assert!(c.unset("a.bc").is_some());
    assert_eq!(c.len(), 2);
}

// ---------------------------------------------------------------------------------------
// Dataset fingerprint: parameters only

#[test]
fn fingerprint_is_fnv1a_64_and_stable() {
    // Published FNV-1a 64 test vectors.
    assert_eq!(dataset_fingerprint(b"").0, 0xcbf2_9ce4_8422_2325);
    assert_eq!(dataset_fingerprint(b"a").0, 0xaf63_dc4c_8601_ec8c);
    assert_eq!(dataset_fingerprint(b"foobar").0, 0x8594_4171_f739_67e8);
    let mut h = share::DatasetHasher::new();
    h.update(b"foo");
    h.update(b"bar");
    assert_eq!(h.finish(), dataset_fingerprint(b"foobar"));
}

#[test]
fn dataset_mismatch_is_reported() {
    let mine = dataset_fingerprint(b"bijstandsbestand versie 1");
    let theirs = dataset_fingerprint(b"bijstandsbestand versie 2");
    let link = encode(&complex(), &SCHEMA, Some(mine)).unwrap();
    let d = dec(&link).unwrap();
    assert_eq!(d.dataset_check(Some(mine)), DatasetCheck::Same);
    let check = d.dataset_check(Some(theirs));
    assert_eq!(
        check,
        DatasetCheck::Different {
            link: mine.short(),
            loaded: theirs.short()
        }
    );
    let warning = check.message(bijstand_core::lang::Lang::Nl).unwrap();
    assert!(warning.contains("ander databestand"), "{warning}");
    assert_eq!(d.dataset_check(None), DatasetCheck::NoDataLoaded);
    assert!(DatasetCheck::Same
        .message(bijstand_core::lang::Lang::Nl)
        .is_none());

    let without = dec(&encode(&complex(), &SCHEMA, None).unwrap()).unwrap();
    assert_eq!(without.dataset_check(Some(mine)), DatasetCheck::NotInLink);
}

#[test]
fn link_depends_only_on_the_scenario_and_the_hash() {
    // Two very different "files": the links differ only in the 4 fingerprint bytes and the
    // checksum; nothing of the file's content is in the link.
    let file_a = "uitkering_id;startdatum;loonwaarde_pct\nZ9Q;01-03-2021;45\n".repeat(50);
    let file_b = "kerncijfers;5687;uitstroom werk 1234\n".to_string();
    let s = complex();
    let a = frame_of(&encode(&s, &SCHEMA, Some(dataset_fingerprint(file_a.as_bytes()))).unwrap());
    let b = frame_of(&encode(&s, &SCHEMA, Some(dataset_fingerprint(file_b.as_bytes()))).unwrap());
    assert_eq!(a.len(), b.len());
    let differing: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    assert!(
        differing
            .iter()
            .all(|&i| (3..7).contains(&i) || i >= a.len() - 2),
        "{differing:?}"
    );
    let none = frame_of(&encode(&s, &SCHEMA, None).unwrap());
    assert_eq!(&a[7..a.len() - 2], &none[3..none.len() - 2], "same body");
    assert_eq!(a.len(), none.len() + 4);
}

// ---------------------------------------------------------------------------------------
// Registry

#[test]
fn registry_is_complete_for_the_scenario() {
    let report = registry_check::<Scenario>(REGISTRY_V1, &[maximal()]);
    assert!(report.is_ok(), "{report:?}");
}

#[test]
fn registry_check_finds_a_missing_path_and_nothing_is_dropped() {
    let short: Vec<&str> = REGISTRY_V1
        .iter()
        .copied()
        .filter(|p| *p != "filters.age_min" && *p != "chart.compare.relative")
        .collect();
    let report = registry_check::<Scenario>(&short, &[]);
    assert_eq!(report.missing, vec!["filters.age_min".to_string()]);
    let report = registry_check::<Scenario>(&short, &[maximal()]);
    assert_eq!(
        report.missing,
        vec![
            "chart.compare.relative".to_string(),
            "filters.age_min".to_string()
        ]
    );

    // An unregistered path still travels (spelled out), only longer.
    let schema = LinkSchema {
        registry: &short,
        ..SCHEMA
    };
    let s = maximal();
    let link = encode(&s, &schema, None).unwrap();
    let d = decode::<Scenario>(&link, &schema).unwrap();
    assert_eq!(d.scenario, s);
    assert!(link.len() > encode(&s, &SCHEMA, None).unwrap().len());

    let mut dup = REGISTRY_V1.to_vec();
    dup.push("view");
    dup.push("buig.growth");
    let report = registry_check::<Scenario>(&dup, &[]);
    assert_eq!(
        report.duplicated,
        vec!["view".to_string(), "buig.growth".to_string()]
    );
}

// ---------------------------------------------------------------------------------------
// Malformed input

#[test]
fn malformed_links_give_typed_errors() {
    let good = encode(&complex(), &SCHEMA, Some(dataset())).unwrap();
    let cases: Vec<(String, LinkError)> = vec![
        (String::new(), LinkError::Empty),
        ("   ".into(), LinkError::Empty),
        ("#".into(), LinkError::Empty),
        (
            "https://gemeente.example/verkenner/".into(),
            LinkError::NotALink,
        ),
        ("#lang=nl".into(), LinkError::NotALink),
        ("s=".into(), LinkError::Truncated),
        ("s=1".into(), LinkError::Truncated),
        ("s=1.".into(), LinkError::Truncated),
        ("s=1.AAAA".into(), LinkError::Truncated),
        ("s=x.AAAA".into(), LinkError::Corrupt),
        ("s=1.AAAA*AAA".into(), LinkError::BadBase64),
        ("s=1.AAAA+AAA".into(), LinkError::BadBase64),
        (good[..good.len() - 7].to_string(), LinkError::Truncated),
        (good[..good.len() - 8].to_string(), LinkError::Truncated),
    ];
    for (input, want) in cases {
        assert_eq!(dec(&input).unwrap_err(), want, "{input:?}");
    }
    // One character changed in the middle.
    let mid = good.len() / 2;
    let swapped = if &good[mid..=mid] == "A" { "B" } else { "A" };
    let flipped = format!("{}{}{}", &good[..mid], swapped, &good[mid + 1..]);
    assert_eq!(dec(&flipped).unwrap_err(), LinkError::Corrupt);
}

#[test]
fn oversized_links_are_refused_before_any_work() {
    let long = format!("s=1.{}", "A".repeat(MAX_LINK_CHARS));
    assert_eq!(
        dec(&long).unwrap_err(),
        LinkError::TooLong {
            chars: long.len(),
            max: MAX_LINK_CHARS
        }
    );
    let huge = "#".repeat(10_000_000);
    assert!(matches!(dec(&huge), Err(LinkError::TooLong { .. })));
}

#[test]
fn decompression_bomb_is_refused() {
    // 1 MiB of zeros deflates to about a kilobyte; it must not be unpacked in full.
    let body = miniz_oxide::deflate::compress_to_vec(&vec![0u8; 1 << 20], 10);
    let link = link_with_body(0x01, 1, &body);
    assert!(link.len() < MAX_LINK_CHARS, "{}", link.len());
    assert_eq!(
        dec(&link).unwrap_err(),
        LinkError::TooLarge { max: 64 * 1024 }
    );
}

#[test]
fn hostile_bodies_are_corrupt_not_panics() {
    let cases: Vec<Vec<u8>> = vec![
        vec![0x0e],                               // array with no count
        vec![0x0e, 0xff, 0xff, 0xff, 0xff, 0x0f], // array claiming 4 billion items
        vec![0x0d, 0x7e],                         // string longer than the body
        vec![0x0f, 0x09],                         // unknown extended tag
        vec![0x0f, 0x01, 0x02, b'{', b'x'],       // bad JSON text
        vec![
            0x0b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
        ], // overlong varint
        vec![0x05, 0x01, b'.'],                   // ill-formed path by name
        vec![0x0d, 0x04, 0xc3, 0x28],             // invalid UTF-8
        // arrays nested 40 deep
        std::iter::once(0x0e)
            .chain(std::iter::repeat_n([0x01, 0x06], 40).flatten())
            .collect(),
    ];
    for body in cases {
        let link = link_with_body(0x00, 1, &body);
        assert_eq!(dec(&link).unwrap_err(), LinkError::Corrupt, "{body:?}");
    }
    // Unknown flag bits.
    assert_eq!(
        dec(&link_with_body(0x80, 1, &[])).unwrap_err(),
        LinkError::Corrupt
    );
    // A very deep path by name is refused too.
    let deep = vec!["a"; 40].join(".");
    let mut body = vec![0x00, deep.len() as u8];
    body.extend_from_slice(deep.as_bytes());
    assert_eq!(
        dec(&link_with_body(0, 1, &body)).unwrap_err(),
        LinkError::Corrupt
    );
}

#[test]
fn every_error_has_a_calm_dutch_message() {
    let errors = [
        LinkError::Empty,
        LinkError::NotALink,
        LinkError::BadBase64,
        LinkError::Truncated,
        LinkError::TooLong {
            chars: 5000,
            max: 4096,
        },
        LinkError::TooLarge { max: 65536 },
        LinkError::UnknownVersion(7),
        LinkError::NewerVersion { link: 3, app: 1 },
        LinkError::Corrupt,
        LinkError::Incompatible,
        LinkError::Unencodable("x".into()),
        LinkError::TooLongForQr { bytes: 9000 },
    ];
    for e in errors {
        let m = e.message(bijstand_core::lang::Lang::Nl);
        assert!(m.len() > 20 && m.ends_with('.'), "{m}");
        assert_eq!(e.to_string(), m);
    }
    assert_eq!(
        LinkError::Corrupt.message(bijstand_core::lang::Lang::Nl),
        "Deze link is onvolledig of beschadigd. De app blijft werken met de huidige instellingen."
    );
}

// ---------------------------------------------------------------------------------------
// Fuzz: decode never panics

const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_strings_never_panic(s in ".{0,300}") {
        let _ = dec(&s);
        let _ = dec(&format!("s={s}"));
        let _ = dec(&format!("s=1.{s}"));
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = dec(&format!("s=1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
    }

    #[test]
    fn random_bodies_with_valid_frames_never_panic(
        flags in 0u8..4,
        version in 0u8..3,
        body in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        // Without the fingerprint flag the body starts at once; with it, the first 4 bytes
        // are the fingerprint. Both reach the body parser (or the inflater) this way.
        let _ = dec(&link_with_body(flags, version, &body));
    }

    #[test]
    fn truncated_links_are_refused(cut in 1usize..200) {
        let good = encode(&complex(), &SCHEMA, Some(dataset())).unwrap();
        let cut = cut.min(good.len() - 1);
        prop_assert!(dec(&good[..good.len() - cut]).is_err());
    }

    #[test]
    fn mutated_links_never_panic(pos in any::<prop::sample::Index>(), c in 0usize..64) {
        let good = encode(&maximal(), &SCHEMA, Some(dataset())).unwrap();
        let i = 4 + pos.index(good.len() - 4);
        let mut bytes = good.into_bytes();
        let changed = bytes[i] != B64[c];
        bytes[i] = B64[c];
        let link = String::from_utf8(bytes).unwrap();
        let r = dec(&link);
        // The checksum catches a changed character (up to a 1-in-65536 chance).
        if changed {
            prop_assert!(r.is_err(), "{link}");
        }
    }

    #[test]
    fn random_scenarios_round_trip(
        growth in -50.0f64..50.0,
        cents in -100_000i64..100_000,
        horizon in 0u32..600,
        seasonal in any::<bool>(),
        band in proptest::option::of(0.0f64..10.0),
        stadsdelen in proptest::collection::vec(0usize..5, 0..5),
        age in proptest::option::of(18u32..67),
        name in "[a-zA-Z ]{0,12}",
    ) {
        let all = [Stadsdeel::Centrum, Stadsdeel::Noord, Stadsdeel::Oost, Stadsdeel::Zuid, Stadsdeel::West];
        let mut s = maximal();
        s.name = name;
        s.projection.growth_pct = growth;
        s.buig.cost_per_benefit_eur = cents as f64 / 100.0;
        s.projection.horizon_months = horizon;
        s.projection.seasonal = seasonal;
        s.projection.band_pct = band;
        s.filters.stadsdeel = stadsdelen.into_iter().map(|i| all[i]).collect();
        s.filters.age_min = age;
        let link = encode(&s, &SCHEMA, Some(dataset())).unwrap();
        let d = dec(&link).unwrap();
        prop_assert_eq!(d.scenario, s);
        prop_assert!(d.ignored.is_empty());
    }
}

// ---------------------------------------------------------------------------------------
// QR code

/// Bytes a QR code holds in byte mode at error correction level M, versions 1–15.
const BYTE_CAPACITY_M: [usize; 15] = [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412,
];

fn view_box_size(svg: &str) -> usize {
    let start = svg.find("viewBox=\"0 0 ").expect("viewBox") + "viewBox=\"0 0 ".len();
    let rest = &svg[start..];
    let end = rest.find(' ').unwrap();
    rest[..end].parse().unwrap()
}

#[test]
fn qr_code_is_a_clean_scalable_svg_of_plausible_size() {
    let link = encode(&complex(), &SCHEMA, Some(dataset())).unwrap();
    let url = format!("https://gemeente.example/verkenner/#{link}");
    let svg = qr_svg(&url).unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains(r#"role="img""#));
    assert!(svg.contains("<title>QR-code met de link naar dit scenario</title>"));
    assert!(svg.contains(r##"fill="#000""##) && svg.contains(r##"fill="#fff""##));
    assert!(!svg.contains("width=\"100"), "no fixed pixel size");

    let size = view_box_size(&svg);
    let modules = size - 8; // 4-module quiet zone on each side
    assert_eq!((modules - 17) % 4, 0, "QR sizes are 17 + 4·version");
    let version = (modules - 17) / 4;
    assert!((1..=15).contains(&version));
    assert!(BYTE_CAPACITY_M[version - 1] >= url.len(), "fits");
    assert!(
        version == 1 || BYTE_CAPACITY_M[version - 2] < url.len(),
        "smallest version"
    );
    println!(
        "QR for a {}-byte URL: version {version}, {modules}×{modules} modules",
        url.len()
    );

    let titled = share::qr_svg_with_title("x", "Scenario <A> & \"B\"").unwrap();
    assert!(titled.contains("<title>Scenario &lt;A&gt; &amp; &quot;B&quot;</title>"));
    assert_eq!(view_box_size(&titled), 21 + 8);

    assert_eq!(
        qr_svg(&"x".repeat(5000)).unwrap_err(),
        LinkError::TooLongForQr { bytes: 5000 }
    );
}
