//! LKS contracts (DATA-MODEL §2.2): the loader (good file as CSV, JSON and XLSX, bad date
//! with line and column, missing column, recognition next to benefit files), the
//! stock-flow counted from rows (W2–W5: 451 + 220 − 155 = 516), the loonwaarde histogram
//! of running contracts and the committed synthetic file.
//!
//! Regenerate the committed file with
//! `UPDATE_SYNTH=1 cargo test -p bijstand-core --test lks_contracts`.

use bijstand_core::date::Date;
use bijstand_core::io::{self, FileKind, LoadError, LoadErrorKind, LoadOptions};
use bijstand_core::lang::Lang;
use bijstand_core::lks::{self, LksParams, LoonwaardeRaise};
use bijstand_core::model::{Doelgroep, EindeReden, PersoonStatus, Toegangsroute};
use bijstand_core::synth::contracts::{generate, to_csv};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

fn load(bytes: &[u8], name: &str) -> io::Loaded {
    io::load(bytes, name, &LoadOptions::default())
        .unwrap_or_else(|e| panic!("load failed: {}", e.message(Lang::Nl)))
}

fn load_err(bytes: &[u8]) -> LoadError {
    match io::load(bytes, "c.csv", &LoadOptions::default()) {
        Ok(ds) => panic!("expected an error, loaded {:?}", ds.report),
        Err(e) => e,
    }
}

fn csv_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/lks_contracten_synthetisch.csv")
}

const SMALL: &str = "Contractnummer;persoon_id;uitkering_id;persoon_status;startdatum;einddatum;Loonwaarde (%);uren_per_week;toegangsroute;doelgroep;einde_reden\r\n\
C1;P1;U1;HUG;15-03-2023;;45,5;36;UWV;jongeren;\r\n\
C2;P2;;nug;01-02-2024;01-06-2024;30;24;Nieuw Beschut;overig;einde dienstverband\r\n\
C3;P3;U3;pug;2024-05-01;;60;;praktijkroute;;\r\n";

#[test]
fn a_contracts_file_is_recognised_by_its_columns_and_read() {
    let ds = load(SMALL.as_bytes(), "lks.csv");
    assert_eq!(ds.report.kind, FileKind::Contracts);
    assert!(ds.dataset().is_none(), "a contracts file holds no caseload");
    let file = ds.contracts().expect("contracts");
    assert_eq!(file.name, "lks.csv");
    let c = &file.contracts;
    assert_eq!(c.len(), 3);
    assert_eq!(c.start, vec![d(2023, 3, 15), d(2024, 2, 1), d(2024, 5, 1)]);
    assert_eq!(c.eind[0], Date::OPEN);
    assert_eq!(c.eind[1], d(2024, 6, 1));
    assert_eq!(c.loonwaarde_pct, vec![45.5, 30.0, 60.0]);
    assert_eq!(c.uren_per_week, vec![Some(36.0), Some(24.0), None]);
    assert_eq!(
        c.persoon_status,
        vec![
            Some(PersoonStatus::Hug),
            Some(PersoonStatus::Nug),
            Some(PersoonStatus::Pug)
        ]
    );
    assert_eq!(c.met_uitkering, vec![true, false, true]);
    assert_eq!(c.toegangsroute[1], Some(Toegangsroute::NieuwBeschut));
    assert_eq!(c.doelgroep[0], Some(Doelgroep::Jongere));
    assert_eq!(c.doelgroep[2], None);
    assert_eq!(c.einde_reden[1], Some(EindeReden::EindeDienstverband));
    assert!(
        ds.report
            .warnings
            .iter()
            .any(|w| w.message(Lang::Nl).contains("zonder uren")),
        "{:?}",
        ds.report.warnings
    );
    // The same rows as JSON go through the same table layer.
    let json = r#"[{"contract_id":"C1","startdatum":"15-03-2023","einddatum":"","loonwaarde_pct":"45,5"},
                   {"contract_id":"C2","startdatum":"01-02-2024","einddatum":"01-06-2024","loonwaarde_pct":30}]"#;
    let js = load(json.as_bytes(), "lks.json");
    let jc = &js.contracts().unwrap().contracts;
    assert_eq!(jc.loonwaarde_pct, vec![45.5, 30.0]);
    assert_eq!(jc.eind[1], d(2024, 6, 1));
}

#[test]
fn a_benefit_file_with_lks_convenience_columns_stays_a_benefit_file() {
    let csv = "uitkering_id;persoon_id;startdatum;einddatum;uitstroomreden;loonwaarde_pct\r\nU1;P1;01-01-2024;;;45\r\n";
    let ds = load(csv.as_bytes(), "b.csv");
    assert_eq!(ds.report.kind, FileKind::Episodes);
    assert!(ds.contracts().is_none());
    assert!(ds.dataset().unwrap().contracts.is_none());
}

#[test]
fn a_bad_date_names_its_line_and_column() {
    let csv = SMALL.replace("2024-05-01", "31-02-2024");
    let e = load_err(csv.as_bytes());
    assert_eq!(e.kind, LoadErrorKind::BadDate("31-02-2024".into()));
    assert_eq!(e.line, Some(4));
    assert_eq!(e.column.as_deref(), Some("startdatum"));
    let m = e.message(Lang::Nl);
    assert!(m.contains("regel 4") && m.contains("startdatum"), "{m}");
}

#[test]
fn a_missing_required_column_is_refused() {
    let csv = "contract_id;startdatum;einddatum;uren_per_week;werkgever_type\r\nC1;01-01-2024;;36;regulier\r\n";
    let e = load_err(csv.as_bytes());
    assert_eq!(
        e.kind,
        LoadErrorKind::MissingColumn("loonwaarde_pct".into())
    );
    assert_eq!(e.line, Some(1));
}

#[test]
fn bad_values_are_refused_with_their_location() {
    let out_of_range = SMALL.replace(";60;", ";160;");
    let e = load_err(out_of_range.as_bytes());
    assert_eq!(
        (e.line, e.column.as_deref()),
        (Some(4), Some("Loonwaarde (%)"))
    );
    assert_eq!(
        e.kind,
        LoadErrorKind::OutOfRange {
            value: "160".into(),
            min: 0.0,
            max: 100.0
        }
    );
    assert!(
        e.message(Lang::En)
            .contains("'160' is not between 0 and 100"),
        "{}",
        e.message(Lang::En)
    );
    assert!(
        e.message(Lang::Nl)
            .contains("'160' ligt niet tussen 0 en 100"),
        "{}",
        e.message(Lang::Nl)
    );
    let dup = SMALL.replace("C3;", "C1;");
    let e = load_err(dup.as_bytes());
    assert_eq!(e.line, Some(4));
    assert_eq!(e.kind, LoadErrorKind::DuplicateContractId("C1".into()));
    assert!(e
        .message(Lang::En)
        .contains("contract_id 'C1' occurs more than once"));
    let code = SMALL.replace("HUG", "baas");
    let e = load_err(code.as_bytes());
    assert!(matches!(e.kind, LoadErrorKind::BadCode { .. }));
    assert_eq!(e.column.as_deref(), Some("persoon_status"));
    let order = SMALL.replace("01-02-2024;01-06-2024", "01-07-2024;01-06-2024");
    assert!(matches!(
        load_err(order.as_bytes()).kind,
        LoadErrorKind::EndBeforeStart { .. }
    ));
}

#[test]
fn stock_flow_counts_a_hand_made_file() {
    // Running at start: C1 (from 2023) and C4 (ends in the period); ended before: C5;
    // started: C2 (ends in the period), C3, C6 (starts on the first day); after: C7.
    let csv = "contract_id;startdatum;einddatum;loonwaarde_pct\r\n\
C1;15-03-2023;;40\r\nC4;01-06-2022;15-05-2024;50\r\nC5;01-01-2022;01-01-2024;50\r\n\
C2;01-02-2024;01-06-2024;30\r\nC3;01-05-2024;;60\r\nC6;01-01-2024;;70\r\nC7;01-10-2024;;80\r\n";
    let ds = load(csv.as_bytes(), "c.csv");
    let c = &ds.contracts().unwrap().contracts;
    let p = LksParams::default();
    let (first, last) = p.period();
    assert_eq!((first, last), (d(2024, 1, 1), d(2024, 9, 30)));
    let k = lks::contract_counts(c, first, last);
    assert_eq!(
        (k.start_running, k.started, k.ended, k.end_running),
        (2, 3, 2, 3)
    );
    let run = lks::running_contracts(&p, c, last);
    let mut lw: Vec<f64> = run.iter().map(|r| r.loonwaarde_pct).collect();
    lw.sort_by(f64::total_cmp);
    assert_eq!(lw, vec![40.0, 60.0, 70.0]);
}

#[test]
fn the_synthetic_file_reproduces_451_220_155() {
    let csv = to_csv(&generate());
    let path = csv_path();
    if std::env::var_os("UPDATE_SYNTH").is_some_and(|v| v == "1") {
        std::fs::write(&path, csv.as_bytes()).expect("write data/lks_contracten_synthetisch.csv");
    }
    let committed = std::fs::read(&path).expect("read data/lks_contracten_synthetisch.csv");
    assert!(
        committed == csv.as_bytes(),
        "data/lks_contracten_synthetisch.csv differs from to_csv(&generate()); regenerate \
         with UPDATE_SYNTH=1 cargo test -p bijstand-core --test lks_contracts"
    );
    assert_eq!(generate(), generate(), "deterministic");

    let ds = load(&committed, "lks_contracten_synthetisch.csv");
    assert_eq!(ds.report.kind, FileKind::Contracts);
    let c = &ds.contracts().unwrap().contracts;
    let p = LksParams::default();
    let (first, last) = p.period();
    let k = lks::contract_counts(c, first, last);
    assert_eq!(
        (k.start_running, k.started, k.ended, k.end_running),
        (451, 220, 155, 516)
    );
    // The parameters the LKS screen computes with take these counts.
    let q = lks::with_contracts(
        &LksParams {
            start_running: 1.0,
            started: 2.0,
            ended: 0.0,
            ..p.clone()
        },
        Some(c),
    );
    assert_eq!((q.start_running, q.started, q.ended), (451.0, 220.0, 155.0));
    assert_eq!(lks::stock_flow(&q).end_running, 516.0);
    let off = LksParams {
        use_contracts: false,
        start_running: 1.0,
        ..p.clone()
    };
    assert_eq!(lks::with_contracts(&off, Some(c)).start_running, 1.0);

    // Histogram and summary of the 516 running contracts.
    let run = lks::running_contracts(&p, c, last);
    assert_eq!(run.len(), 516);
    let values: Vec<f64> = run.iter().map(|r| r.loonwaarde_pct).collect();
    let h = lks::loonwaarde_histogram(&values, 10.0);
    assert_eq!(h.bins.len(), 10);
    assert_eq!(h.bins.iter().map(|b| b.count).sum::<u32>(), 516);
    assert_eq!(h.outside, 0);
    let by_hand = values
        .iter()
        .filter(|&&v| (40.0..50.0).contains(&v))
        .count() as u32;
    assert_eq!(h.bins[4].count, by_hand);
    let s = lks::loonwaarde_summary(&p, &values);
    let mean = values.iter().sum::<f64>() / 516.0;
    assert!((s.mean_pct.unwrap() - mean).abs() < 1e-9);
    assert!(
        (35.0..55.0).contains(&mean),
        "plausible mean loonwaarde {mean}"
    );

    // The mean feeds the raise when asked to.
    let r = LoonwaardeRaise {
        from_contracts: true,
        ..LoonwaardeRaise::default()
    };
    let e = lks::effective_raise(&r, Some(&run));
    assert_eq!(e.contracts, 516.0);
    assert!((e.from_pct.unwrap() - mean).abs() < 1e-9);
    let entered = lks::effective_raise(&LoonwaardeRaise::default(), Some(&run));
    assert_eq!(entered, LoonwaardeRaise::default());
}

#[test]
fn goal_seek_finds_the_raise_that_pays_for_x() {
    let p = LksParams::default();
    for from in [None, Some(44.0), Some(25.0)] {
        let r = LoonwaardeRaise {
            from_pct: from,
            saving_goal_eur: 1_000_000.0,
            ..LoonwaardeRaise::default()
        };
        let sol = lks::raise_for_saving(&p, &r, 1.0).expect("solution");
        let got = lks::loonwaarde_raise_saving_eur(
            &p,
            &LoonwaardeRaise {
                points: sol.x,
                ..r.clone()
            },
        );
        assert!((got - 1_000_000.0).abs() <= 1.0, "{from:?}: {got}");
    }
    // More than LW 100% can save: no solution, not a number.
    let r = LoonwaardeRaise {
        from_pct: Some(90.0),
        contracts: 1.0,
        saving_goal_eur: 1e9,
        ..LoonwaardeRaise::default()
    };
    assert!(lks::raise_for_saving(&p, &r, 1.0).is_err());
}

/// The committed synthetic file as a workbook (real Excel dates, numbers as numbers) reads
/// to the same contracts as the CSV, so the counts are 451 / 220 / 155 / 516 from XLSX too.
#[test]
fn the_synthetic_file_as_a_workbook_reads_the_same() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let csv = std::fs::read_to_string(csv_path()).expect("read the synthetic file");
    let mut wb = Workbook::new();
    let date = Format::new().set_num_format("dd-mm-yyyy");
    let ws = wb.add_worksheet();
    ws.set_name("Contracten").unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(';').collect();
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, line) in lines.enumerate() {
        for (c, cell) in line.split(';').enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            if cell.is_empty() {
                continue;
            }
            let parts: Vec<u32> = cell.split('-').filter_map(|x| x.parse().ok()).collect();
            if header[c as usize].contains("datum") && parts.len() == 3 {
                let day = ExcelDateTime::from_ymd(parts[2] as u16, parts[1] as u8, parts[0] as u8);
                ws.write_datetime_with_format(r, c, day.unwrap(), &date)
                    .unwrap();
            } else if let Ok(n) = cell.replace(',', ".").parse::<f64>() {
                ws.write_number(r, c, n).unwrap();
            } else {
                ws.write_string(r, c, cell).unwrap();
            }
        }
    }
    let bytes = wb.save_to_buffer().unwrap();
    let from_xlsx = load(&bytes, "lks_contracten.xlsx");
    let from_csv = load(csv.as_bytes(), "lks_contracten_synthetisch.csv");
    assert_eq!(from_xlsx.report.kind, FileKind::Contracts);
    let (x, c) = (
        &from_xlsx.contracts().unwrap().contracts,
        &from_csv.contracts().unwrap().contracts,
    );
    assert_eq!(x, c, "the same contracts from XLSX and CSV");
    let (first, last) = LksParams::default().period();
    let k = lks::contract_counts(x, first, last);
    assert_eq!(
        (k.start_running, k.started, k.ended, k.end_running),
        (451, 220, 155, 516)
    );
}

/// FORMULAS F6: LKS spending of a year = Σ monthly amount × months running in the year.
#[test]
fn lks_spending_of_a_year_comes_from_the_monthly_amounts() {
    let file = "contract_id;startdatum;einddatum;loonwaarde_pct;subsidie_mnd\r\n\
        C1;15-03-2023;;45;1.000,00\r\n\
        C2;01-02-2024;01-06-2024;30;2.000\r\n\
        C3;01-01-2024;;60;\r\n\
        C4;01-01-2022;01-01-2023;50;900\r\n";
    let ds = load(file.as_bytes(), "c.csv");
    let c = &ds.contracts().unwrap().contracts;
    let s = lks::contract_spend(c, 2024).expect("amounts in 2024");
    // C1 runs all of 2024; C2 from 1 February to 31 May: 121 of 366 days; C3 has no amount;
    // C4 ended before 2024.
    let want = (1000.0 * 12.0 + 2000.0 * 12.0 * 121.0 / 366.0) / 1e6;
    assert!((s.mln - want).abs() < 1e-9, "{} != {want}", s.mln);
    assert_eq!((s.with_amount, s.without_amount), (2, 1));
    assert_eq!(lks::contract_spend(c, 2020), None, "nothing runs in 2020");
    // The synthetic file has no amounts: nothing to take over.
    let synth = load(&std::fs::read(csv_path()).unwrap(), "s.csv");
    assert_eq!(
        lks::contract_spend(&synth.contracts().unwrap().contracts, 2025),
        None
    );
}
