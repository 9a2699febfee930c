//! Reference data (issue 11 §3): the real CBS open-data files (copies in `tests/fixtures/cbs/`)
//! with the check values, hand-written fixtures of the StatLine download and
//! waarstaatjegemeente shapes in `fixtures/refdata/`, and the errors.

use bijstand_core::lang::Lang;
use bijstand_core::refdata::{
    self, Cell, Flow, Measure, Period, RefData, RefError, RegionKind, Shape, Status, Unit,
};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("fixtures/refdata/", $name)).as_slice()
    };
}

/// The folder with the real CBS files (copies of CBS open data, CC BY 4.0: see its README),
/// kept in the repository so the tests run in any clone.
fn cbs_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cbs")
}

fn cbs_file(name: &str) -> Vec<u8> {
    let path = cbs_dir().join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn gemeenten() -> RefData {
    let files: Vec<(Vec<u8>, &str)> = [
        "bijstand_gemeenten_2015.csv",
        "bijstand_gemeenten_2016.csv",
        "bijstand_gemeenten_2017.csv",
    ]
    .into_iter()
    .map(|n| (cbs_file(n), n))
    .collect();
    refdata::read_all(files.iter().map(|(b, n)| (b.as_slice(), *n))).unwrap()
}

const Y2015: Period = Period::Year(2015);
const Y2016: Period = Period::Year(2016);
const Y2017: Period = Period::Year(2017);

fn assert_close(a: f64, b: f64, tol: f64) {
    assert!((a - b).abs() <= tol, "{a} vs {b} (±{tol})");
}

// ---------------------------------------------------------------------------------------
// CBS open data: the real files
// ---------------------------------------------------------------------------------------

#[test]
fn cbs_files_are_recognised() {
    for n in [
        "bijstand_gemeenten_2015.csv",
        "bijstand_gemeenten_2016.csv",
        "bijstand_gemeenten_2017.csv",
        "bijstand_nederland_reeks.csv",
    ] {
        assert_eq!(refdata::sniff(&cbs_file(n)), Ok(Shape::CbsOpenData), "{n}");
    }
}

#[test]
fn enschede_check_values() {
    let d = gemeenten();
    let ens = d.find_region("GM0153").expect("Enschede");
    assert_eq!(d.regions[ens].kind, RegionKind::Gemeente);
    assert_eq!(d.value(ens, Y2015, Measure::Recipients), Some(8670.0));
    assert_eq!(d.value(ens, Y2015, Measure::Inflow), Some(2380.0));
    assert_eq!(d.value(ens, Y2015, Measure::InflowRate), Some(21.5));
    assert_eq!(d.value(ens, Y2015, Measure::Outflow), Some(2230.0));
    assert_eq!(d.value(ens, Y2015, Measure::OutflowToWork), Some(970.0));
    assert_eq!(d.value(ens, Y2017, Measure::Recipients), Some(8560.0));
    assert_eq!(d.value(ens, Y2017, Measure::Inflow), Some(1890.0));
    assert_eq!(d.value(ens, Y2017, Measure::Outflow), Some(2120.0));
    assert_eq!(d.value(ens, Y2017, Measure::OutflowToWork), Some(930.0));
    assert_eq!(d.value(ens, Y2017, Measure::Density), Some(64.0));
    let inflow = d.flow_rate(ens, Y2017, Flow::Inflow).unwrap();
    assert_eq!((inflow.percent, inflow.published), (17.5, true));
    assert_eq!(
        d.flow_rate(ens, Y2017, Flow::Outflow).unwrap().percent,
        20.0
    );
    assert_eq!(
        d.flow_rate(ens, Y2017, Flow::OutflowToWork)
            .unwrap()
            .percent,
        9.5
    );
    // Growth of the number of recipients 2015 → 2017: 8.560 / 8.670 − 1.
    let g = d.growth(ens, Y2015, Y2017, Measure::Recipients).unwrap();
    assert_close(g, 8560.0 / 8670.0 - 1.0, 1e-12);
    // The padded code ("GM0153 " in 2016 and 2017) is one region with the 2015 one.
    assert_eq!(d.series(ens, Measure::Recipients).len(), 3);
    assert_eq!(d.find_region("153"), Some(ens));
    assert_eq!(d.find_region("gm0153"), Some(ens));
}

#[test]
fn computed_rates_follow_cbs_definition() {
    // CBS: flow / (recipients at the end of the year before + inflow), published rounded
    // to 0,5 with counts rounded to 10: within 0,25 of the published rate.
    let d = gemeenten();
    for code in ["GM0153", "NL01", "GM0363", "GM0599"] {
        let r = d.find_region(code).unwrap();
        for (p, flow) in [
            (Y2016, Flow::Inflow),
            (Y2016, Flow::Outflow),
            (Y2017, Flow::Inflow),
            (Y2017, Flow::Outflow),
        ] {
            let computed = d.computed_rate(r, p, flow).unwrap();
            let published = d.flow_rate(r, p, flow).unwrap();
            assert!(published.published);
            assert_close(computed, published.percent, 0.3);
        }
        // No 2014 in the files: no computed rate for 2015.
        assert_eq!(d.computed_rate(r, Y2015, Flow::Inflow), None);
    }
    let ens = d.find_region("GM0153").unwrap();
    assert_close(
        d.computed_rate(ens, Y2017, Flow::Inflow).unwrap(),
        100.0 * 1890.0 / (8790.0 + 1890.0),
        1e-9,
    );
}

#[test]
fn regions_and_nederland() {
    let d2017 = refdata::read(
        &cbs_file("bijstand_gemeenten_2017.csv"),
        "bijstand_gemeenten_2017.csv",
    )
    .unwrap();
    assert_eq!(d2017.regions_of(RegionKind::Gemeente).len(), 388);
    assert_eq!(d2017.regions_of(RegionKind::Province).len(), 12);
    assert_eq!(d2017.regions_of(RegionKind::Country).len(), 1);
    assert_eq!(d2017.periods, [Y2017]);
    let nl = d2017.nederland().unwrap();
    assert_eq!(d2017.regions[nl].code.as_deref(), Some("NL01"));
    assert_eq!(d2017.value(nl, Y2017, Measure::Recipients), Some(508480.0));
    // Three age groups; the first (20150, all ages 15+) is the total.
    assert_eq!(d2017.groups.len(), 3);
    assert!(d2017.groups[0].total && d2017.groups[0].key == "Leeftijd=20150");
    assert!(!d2017.groups[1].total);
    let ind = |m: Measure| d2017.indicators.iter().find(|i| i.measure == m).unwrap();
    assert_eq!(ind(Measure::Density).unit, Unit::PerThousand);
    assert_eq!(ind(Measure::InflowRate).unit, Unit::Percent);
    assert_eq!(ind(Measure::Inflow).unit, Unit::Count);
    assert_eq!(ind(Measure::Inflow).label, "Instroom_4");
    assert_eq!(d2017.indicators.len(), 17);
    let merged = gemeenten();
    assert_eq!(merged.periods_sorted(), [Y2015, Y2016, Y2017]);
    assert!(merged.regions_of(RegionKind::Gemeente).len() >= 393);
    assert_eq!(merged.sources.len(), 3);
    // 2015 says "Instromers_4", 2016 "Instroom_4": one indicator.
    assert_eq!(
        merged
            .indicators
            .iter()
            .filter(|i| i.measure == Measure::Inflow)
            .count(),
        1
    );
}

#[test]
fn markers_are_kept_not_zero() {
    let d = gemeenten();
    let ens = d.find_region("GM0153").unwrap();
    // AOW age and older: outflow to work is '.'.
    let aow = d
        .groups
        .iter()
        .position(|g| g.key == "Leeftijd=90200")
        .unwrap();
    assert_eq!(
        d.cell_in_group(ens, Y2017, Measure::OutflowToWork, aow),
        Some(Cell::Missing)
    );
    assert_eq!(
        d.cell_in_group(ens, Y2017, Measure::Recipients, aow)
            .and_then(|c| c.value()),
        Some(980.0)
    );
    // 2017: "WerkNaReIntegratie_11" is '.' for every region.
    let werk = d
        .indicators
        .iter()
        .position(|i| i.label == "WerkNaReIntegratie_11")
        .unwrap();
    let p2017 = d.periods.iter().position(|&p| p == Y2017).unwrap();
    let cells: Vec<Cell> = d
        .observations()
        .iter()
        .filter(|o| o.indicator == werk && o.period == p2017)
        .map(|o| o.cell)
        .collect();
    assert_eq!(cells.len(), 1464);
    assert!(cells
        .iter()
        .all(|c| *c == Cell::Missing && c.value().is_none()));
    let missing = d
        .observations()
        .iter()
        .filter(|o| o.cell == Cell::Missing)
        .count();
    assert!(missing > 0);
}

#[test]
fn national_monthly_series() {
    let n = "bijstand_nederland_reeks.csv";
    let d = refdata::read(&cbs_file(n), n).unwrap();
    let nl = d.nederland().unwrap();
    assert_eq!(d.regions.len(), 1);
    let benefits = d
        .indicators
        .iter()
        .find(|i| i.measure == Measure::Benefits)
        .unwrap();
    assert_eq!(benefits.unit, Unit::Thousands);
    assert_eq!(benefits.label, "TotaalBijstandsuitkeringen_11");
    assert_eq!(
        d.value(nl, Period::Month(1998, 1), Measure::Benefits),
        Some(449.0)
    );
    assert_eq!(
        d.value(nl, Period::Month(2018, 10), Measure::Benefits),
        Some(416.0)
    );
    assert_eq!(
        d.value(nl, Period::Month(2018, 10), Measure::BenefitsUnderAow),
        Some(369.0)
    );
    // '.' in 1998JJ00 and 2018MM11: missing, not 0.
    assert_eq!(
        d.cell(nl, Period::Year(1998), Measure::Benefits),
        Some(Cell::Missing)
    );
    assert_eq!(
        d.cell(nl, Period::Month(2018, 11), Measure::Benefits),
        Some(Cell::Missing)
    );
    let months = d
        .series(nl, Measure::Benefits)
        .into_iter()
        .filter(|(p, _)| matches!(p, Period::Month(..)))
        .count();
    assert_eq!(months, 251);
    assert_eq!(d.periods.len(), 271);
    let g = d
        .growth(
            nl,
            Period::Month(1998, 1),
            Period::Month(2018, 10),
            Measure::Benefits,
        )
        .unwrap();
    assert_close(g, 416.0 / 449.0 - 1.0, 1e-12);
}

// ---------------------------------------------------------------------------------------
// StatLine download (hand-written fixture)
// ---------------------------------------------------------------------------------------

#[test]
fn statline_download() {
    let bytes = fixture!("statline_download.csv");
    assert_eq!(refdata::sniff(bytes), Ok(Shape::StatLineDownload));
    let d = refdata::read(bytes, "statline_download.csv").unwrap();
    let src = &d.sources[0];
    assert_eq!(
        src.title.as_deref(),
        Some("Bijstandsontvangers; leeftijd, regio (gemeente) / Gewijzigd op: 1 november 2018")
    );
    assert_eq!(src.notes.len(), 2);
    assert_eq!(src.notes[0], "Bron: CBS");
    let ens = d.find_region("enschede").unwrap();
    assert_eq!(d.regions[ens].kind, RegionKind::Gemeente);
    assert_eq!(d.value(ens, Y2015, Measure::Recipients), Some(8670.0));
    assert_eq!(
        d.cell(ens, Y2017, Measure::Recipients),
        Some(Cell::Value {
            v: 8560.0,
            status: Status::Provisional
        }),
        "2017* makes its values provisional"
    );
    assert_eq!(d.value(ens, Y2017, Measure::Inflow), Some(1890.0));
    assert_eq!(d.value(ens, Y2017, Measure::InflowRate), Some(17.5));
    assert_eq!(d.value(ens, Y2017, Measure::Outflow), Some(2120.0));
    assert_eq!(d.value(ens, Y2017, Measure::Density), Some(64.0));
    let ind = |m: Measure| d.indicators.iter().find(|i| i.measure == m).unwrap();
    assert_eq!(ind(Measure::Density).unit, Unit::PerThousand);
    assert_eq!(ind(Measure::InflowRate).label, "Instroom (%)");
    assert_eq!(ind(Measure::OutflowToWork).unit, Unit::Count);
    assert_eq!(d.indicators.len(), 8);
    let pv = d.find_region("Overijssel (PV)").unwrap();
    assert_eq!(d.regions[pv].kind, RegionKind::Province);
    assert_eq!(d.find_region("Overijssel"), Some(pv));
    let nl = d.nederland().unwrap();
    assert_eq!(d.value(nl, Y2016, Measure::Recipients), Some(513980.0));
    // Markers: x is secret, '-' is nihil, '.' missing.
    let vl = d.find_region("Vlieland").unwrap();
    assert_eq!(d.cell(vl, Y2017, Measure::Recipients), Some(Cell::Secret));
    assert_eq!(d.cell(vl, Y2017, Measure::Outflow), Some(Cell::Nil));
    assert_eq!(
        d.cell(vl, Y2017, Measure::OutflowToWork),
        Some(Cell::Missing)
    );
    // The age group.
    assert_eq!(d.groups.len(), 2);
    assert!(d.groups[0].total);
    assert_eq!(d.groups[1].key, "Leeftijd=AOW-leeftijd en ouder");
    assert_eq!(
        d.cell_in_group(ens, Y2017, Measure::OutflowToWork, 1),
        Some(Cell::Missing)
    );
    // Computed rate from the counts (2016 recipients + 2017 inflow).
    assert_close(
        d.computed_rate(ens, Y2017, Flow::Inflow).unwrap(),
        100.0 * 1890.0 / (8790.0 + 1890.0),
        1e-9,
    );
    assert_eq!(d.len(), 9 * 8, "9 data rows, 8 topics");
}

// ---------------------------------------------------------------------------------------
// waarstaatjegemeente.nl (hand-written fixtures)
// ---------------------------------------------------------------------------------------

#[test]
fn waarstaatjegemeente_with_names() {
    let bytes = fixture!("wsjg_names.csv");
    assert_eq!(refdata::sniff(bytes), Ok(Shape::WaarStaatJeGemeente));
    let d = refdata::read(bytes, "wsjg_names.csv").unwrap();
    assert_eq!(d.indicators.len(), 1);
    let ind = &d.indicators[0];
    assert_eq!(
        (ind.measure, ind.unit),
        (Measure::Density, Unit::PerThousand)
    );
    assert_eq!(
        ind.label,
        "Personen met bijstand en bijstand gerelateerde uitkering"
    );
    assert_eq!(d.periods, [Y2015, Y2016, Y2017]);
    assert_eq!(d.regions.len(), 5);
    let ens = d.find_region("Enschede").unwrap();
    assert_eq!(d.value(ens, Y2017, Measure::Density), Some(76.1));
    let rate = d.density(ens, Y2017).unwrap();
    assert!(rate.published);
    let nl = d.nederland().unwrap();
    assert_eq!(d.value(nl, Y2015, Measure::Density), Some(42.1));
    let almelo = d.find_region("almelo").unwrap();
    assert_eq!(d.cell(almelo, Y2017, Measure::Density), Some(Cell::Missing));
    let dk = d.find_region("Dinkelland").unwrap();
    assert_eq!(
        d.cell(dk, Y2016, Measure::Density),
        Some(Cell::Missing),
        "'-' is missing here"
    );
    assert_eq!(
        d.sources[0].notes,
        ["Bron: CBS, Bijstandsuitkeringenstatistiek"]
    );
    assert_eq!(
        d.sources[0].title.as_deref(),
        Some("Bijstand en gerelateerde uitkeringen - waarstaatjegemeente.nl")
    );
    let g = d.growth(ens, Y2015, Y2017, Measure::Density).unwrap();
    assert_close(g, 76.1 / 77.8 - 1.0, 1e-12);
    assert_eq!(d.len(), 15);
}

#[test]
fn waarstaatjegemeente_with_codes() {
    let d = refdata::read(fixture!("wsjg_codes.csv"), "wsjg_codes.csv").unwrap();
    let ens = d.find_region("GM0153").unwrap();
    assert_eq!(d.find_region("Enschede"), Some(ens));
    assert_eq!(d.regions[ens].name.as_deref(), Some("Enschede"));
    assert_eq!(d.nederland(), d.find_region("NL01"));
    assert_eq!(d.value(ens, Y2016, Measure::Density), Some(78.6));
    let work = d.flow_rate(ens, Y2017, Flow::OutflowToWork).unwrap();
    assert_eq!((work.percent, work.published), (9.0, true));
    let units: Vec<Unit> = d.indicators.iter().map(|i| i.unit).collect();
    assert_eq!(units, [Unit::PerThousand, Unit::Percent]);
}

#[test]
fn files_of_different_shapes_merge() {
    let mut d = refdata::read(
        &cbs_file("bijstand_gemeenten_2017.csv"),
        "bijstand_gemeenten_2017.csv",
    )
    .unwrap();
    d.merge(refdata::read(fixture!("wsjg_codes.csv"), "wsjg_codes.csv").unwrap());
    let ens = d.find_region("GM0153").unwrap();
    // The waarstaatjegemeente file names the CBS code: now it is found by name too.
    assert_eq!(d.find_region("Enschede"), Some(ens));
    assert_eq!(d.value(ens, Y2017, Measure::Recipients), Some(8560.0));
    assert_eq!(d.value(ens, Y2016, Measure::Density), Some(78.6));
    assert_eq!(d.sources.len(), 2);
    assert_eq!(d.sources[1].shape, Shape::WaarStaatJeGemeente);
    // Which file a figure came from, to name it under a chart.
    let found = d.lookup(ens, Y2016, Measure::Density).unwrap();
    let ind = &d.indicators[found.indicator];
    assert_eq!(d.sources[ind.source].name, "wsjg_codes.csv");
    let found = d.lookup(ens, Y2017, Measure::Recipients).unwrap();
    assert_eq!(d.indicators[found.indicator].label, "Bijstandsontvangers_2");
    assert_eq!(
        d.sources[d.indicators[found.indicator].source].name,
        "bijstand_gemeenten_2017.csv"
    );
    assert_eq!(d.latest(ens, Measure::Density).map(|l| l.0), Some(Y2017));
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

#[test]
fn unknown_shape_lists_what_is_accepted() {
    let e = refdata::read(fixture!("unknown_shape.csv"), "unknown_shape.csv").unwrap_err();
    assert_eq!(
        e,
        RefError::UnknownShape {
            header: vec!["naam".into(), "leeftijd".into(), "woonplaats".into()]
        }
    );
    assert_eq!(
        refdata::sniff(fixture!("unknown_shape.csv")),
        Err(e.clone())
    );
    let nl = e.message(Lang::Nl);
    for part in [
        "'naam', 'leeftijd', 'woonplaats'",
        "'ID'",
        "'Perioden'",
        "'Indicator|Jaar'",
        "StatLine",
        "waarstaatjegemeente.nl",
    ] {
        assert!(nl.contains(part), "{part} in {nl}");
    }
    let en = e.message(Lang::En);
    assert!(
        en.contains("'Indicator|Year'") && en.contains("CBS open data"),
        "{en}"
    );
    // The caseload's own files are not reference data either.
    let e = refdata::read(b"uitkering_id;startdatum\n1;01-01-2024\n", "bestand.csv").unwrap_err();
    assert!(matches!(e, RefError::UnknownShape { .. }));
}

#[test]
fn other_errors() {
    assert_eq!(refdata::read(b"", "x.csv"), Err(RefError::Empty));
    assert_eq!(
        refdata::read(b"\x00\x01\x02\x03\xff\xfe\x00", "x.csv"),
        Err(RefError::NotText)
    );
    // A yearly CBS table renamed without its year.
    let e = refdata::read(&cbs_file("bijstand_gemeenten_2017.csv"), "84066NED.csv").unwrap_err();
    assert_eq!(
        e,
        RefError::NoPeriod {
            name: "84066NED.csv".into()
        }
    );
    assert!(e.message(Lang::Nl).contains("'84066NED.csv'"));
    let e = refdata::read(fixture!("bad_value.csv"), "bad_value.csv").unwrap_err();
    assert_eq!(
        e,
        RefError::BadValue {
            line: 3,
            column: "Personen met bijstand en bijstand gerelateerde uitkering|2017".into(),
            value: "veel".into()
        }
    );
    assert!(e.message(Lang::En).starts_with("Line 3, column"));
    let e = refdata::read(b"\"ID\",\"Perioden\",\"Bijstandsontvangers_1\"\n", "x.csv").unwrap_err();
    assert_eq!(e, RefError::NoRows);
    let e = refdata::read(
        b"\"ID\",\"Perioden\",\"Bijstandsontvangers_1\"\n\"0\",\"2017XX01\",\"5\"\n",
        "x.csv",
    )
    .unwrap_err();
    assert_eq!(
        e,
        RefError::BadPeriod {
            line: 2,
            value: "2017XX01".into()
        }
    );
}

// ---------------------------------------------------------------------------------------
// Comparison groups
// ---------------------------------------------------------------------------------------

#[test]
fn comparison_groups_from_the_cbs_files() {
    let d = gemeenten();
    let ens = d
        .find_gemeente(153)
        .expect("the caseload's gemeente_code 153");
    assert_eq!(d.find_region("GM0153"), Some(ens));
    assert_eq!(d.find_gemeente(9999), None);
    // Σ of the 388 gemeenten against Nederland (counts rounded to 10 by CBS).
    let all = d2017_gemeenten(&d);
    assert_eq!(all.len(), 388);
    let a = d.aggregate(&all, Y2017);
    assert_eq!((a.regions, a.left_out), (388, 0));
    assert_eq!(a.recipients, 508_460.0);
    let nl = d
        .value(d.nederland().unwrap(), Y2017, Measure::Recipients)
        .unwrap();
    assert!((a.recipients - nl).abs() <= 388.0 * 5.0);
    // Enschede's size class (134.140 inhabitants): 100,000 to 150,000, 12 gemeenten in 2017.
    assert_eq!(
        refdata::SizeClass::of(d.value(ens, Y2017, Measure::Inhabitants).unwrap()),
        refdata::SizeClass::From100kTo150k
    );
    let peers = d.same_size(ens, Y2017);
    assert_eq!(peers.len(), 12);
    assert!(peers.contains(&ens));
    let a = d.aggregate(&peers, Y2017);
    assert_eq!((a.recipients, a.inhabitants), (59_150.0, Some(1_463_790.0)));
    assert_close(a.density().unwrap(), 1000.0 * 59_150.0 / 1_463_790.0, 1e-9);
    let g = d.group_growth(&peers, Y2016, Y2017).unwrap();
    let both: Vec<usize> = peers
        .iter()
        .copied()
        .filter(|&r| d.value(r, Y2016, Measure::Recipients).is_some())
        .collect();
    let b16: f64 = both
        .iter()
        .map(|&r| d.value(r, Y2016, Measure::Recipients).unwrap())
        .sum();
    assert_close(g, 59_150.0 / b16 - 1.0, 1e-12);
    assert_eq!(d.same_size(ens, Period::Year(2014)), Vec::<usize>::new());
    let m = bijstand_core::messages::refdata::other_gemeente(Lang::Nl, "GM9999");
    assert!(m.contains("GM9999"), "{m}");
}

fn d2017_gemeenten(d: &RefData) -> Vec<usize> {
    d.regions_of(RegionKind::Gemeente)
        .into_iter()
        .filter(|&r| d.cell(r, Y2017, Measure::Recipients).is_some())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Never a panic
// ---------------------------------------------------------------------------------------

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    fn samples() -> Vec<&'static [u8]> {
        vec![
            fixture!("statline_download.csv"),
            fixture!("statline_periods_in_columns.csv"),
            fixture!("wsjg_names.csv"),
            fixture!("wsjg_codes.csv"),
            b"\"ID\",\"Perioden\",\"RegioS\",\"Bijstandsontvangers_1\",\"Bijstandsontvangers_2\"\n\"0\",\"2017JJ00\",\"GM0153 \",\"  8560\",\"    .\"\n",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = refdata::read(&bytes, "x_2017.csv");
            let _ = refdata::sniff(&bytes);
        }

        #[test]
        fn damaged_fixtures(which in 0usize..5, cut in 0usize..2000, at in 0usize..2000, byte in any::<u8>()) {
            let mut b = samples()[which].to_vec();
            if !b.is_empty() {
                let i = at % b.len();
                b[i] = byte;
            }
            b.truncate(cut);
            if let Ok(d) = refdata::read(&b, "x_2017.csv") {
                for r in 0..d.regions.len() {
                    for m in d.measures() {
                        let _ = d.series(r, m);
                        let _ = d.latest(r, m);
                    }
                }
            }
        }
    }
}

#[test]
fn statline_download_with_periods_in_columns() {
    let bytes = fixture!("statline_periods_in_columns.csv");
    assert_eq!(refdata::sniff(bytes), Ok(Shape::StatLineDownload));
    let d = refdata::read(bytes, "statline_periods_in_columns.csv").unwrap();
    assert_eq!(d.periods, [Y2015, Y2016, Y2017]);
    assert_eq!(d.regions.len(), 3);
    assert_eq!(d.indicators.len(), 4);
    let ens = d.find_region("Enschede").unwrap();
    assert_eq!(d.value(ens, Y2015, Measure::Recipients), Some(8670.0));
    assert_eq!(
        d.cell(ens, Y2017, Measure::Recipients),
        Some(Cell::Value {
            v: 8560.0,
            status: Status::Provisional
        })
    );
    assert_eq!(d.value(ens, Y2017, Measure::Inflow), Some(1890.0));
    assert_eq!(d.value(ens, Y2017, Measure::InflowRate), Some(17.5));
    assert_eq!(d.value(ens, Y2016, Measure::Density), Some(66.0));
    let ind = |m: Measure| d.indicators.iter().find(|i| i.measure == m).unwrap();
    assert_eq!(ind(Measure::Density).unit, Unit::PerThousand);
    assert_eq!(
        ind(Measure::Density).label,
        "Bijstandsdichtheid (per 1 000 inwoners)"
    );
    let nl = d.nederland().unwrap();
    assert_eq!(d.value(nl, Y2016, Measure::Recipients), Some(513980.0));
    let vl = d.find_region("Vlieland").unwrap();
    assert_eq!(d.cell(vl, Y2015, Measure::Recipients), Some(Cell::Secret));
    assert_eq!(d.cell(vl, Y2016, Measure::Recipients), Some(Cell::Missing));
    assert_eq!(d.sources[0].notes, ["Bron: CBS"]);
    assert_eq!(d.len(), 7 * 3);
    let g = d.growth(ens, Y2015, Y2017, Measure::Recipients).unwrap();
    assert_close(g, 8560.0 / 8670.0 - 1.0, 1e-12);
}
