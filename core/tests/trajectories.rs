//! Trajectories (`trajecten.csv`, DATA-MODEL §2.3): an export in the shape a municipal
//! system writes (title lines, its own headers, descriptions instead of codes, client and
//! dossier numbers side by side), the participants of F3 counted from it, and bad input.

use bijstand_core::date::Date;
use bijstand_core::io::{self, FileKind, LoadErrorKind, LoadOptions, LoadWarning};
use bijstand_core::lang::Lang;
use bijstand_core::trajectories::{label, participants};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

fn fixture(name: &str) -> Vec<u8> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(p).unwrap()
}

fn load(bytes: &[u8]) -> Result<io::Loaded, io::LoadError> {
    io::load(bytes, "trajecten.csv", &LoadOptions::default())
}

#[test]
fn a_system_export_of_trajectories_loads_and_counts_distinct_persons() {
    let loaded = load(&fixture("trajecten_export.csv"))
        .unwrap_or_else(|e| panic!("{}", e.message(Lang::Nl)));
    assert_eq!(loaded.report.kind, FileKind::Trajectories);
    assert_eq!(
        loaded.report.header_line, 4,
        "below two title lines and a blank one"
    );
    assert!(loaded.dataset().is_none());
    let file = loaded.trajectories().expect("trajectories");
    let t = &file.trajectories;
    assert_eq!(t.len(), 12);
    assert!(t.by_person, "Clientnummer is the person, not Dossiernr");
    assert_eq!(t.person.iter().max(), Some(&9), "10 clients");
    assert_eq!(t.eind[0], Date::OPEN);
    assert_eq!(t.start[1], d(2024, 1, 15));
    // Codes from descriptions; an unknown one kept as written and named.
    let codes: Vec<&str> = t.code.iter().map(|&c| t.codes.label(c)).collect();
    assert_eq!(
        &codes[..8],
        [
            "vrijwilligerswerk",
            "wijkteam",
            "sociale_activering",
            "werkroute_diagnose",
            "activering_rap",
            "opstap",
            "Taalcursus",
            "overig_buurtcoach"
        ]
    );
    assert!(loaded
        .report
        .warnings
        .contains(&LoadWarning::UnknownTrajectoryCodes {
            codes: vec!["Taalcursus".into()],
            rows: 1
        }));

    // Q1–Q3 2024: C501 (two trajectories), C502 (two), C505 (starts on 30-09), C509,
    // C510. Not: C504 (ended the day the period starts), C508 (starts 01-10), the work
    // route, the unknown code and overig_ (they do not count by default).
    let p = participants(t, d(2024, 1, 1), d(2024, 9, 30));
    assert_eq!(p.counted, 5);
    assert_eq!(p.trajectories, 7);
    let rows: Vec<(String, usize, bool)> = p
        .by_code
        .iter()
        .map(|c| (label(t.codes.label(c.code), Lang::Nl), c.persons, c.counts))
        .collect();
    let expect = [
        ("Wijkteam", 1, true),
        ("Eigen Kracht (M-PACT)", 1, true),
        ("Entreeopleiding", 1, true),
        ("Meedoen – sociale activering", 1, true),
        ("Vrijwilligerswerk", 2, true),
        ("OpStap", 1, true),
        ("Werkroute – Diagnose", 1, false),
        ("Taalcursus", 1, false),
        ("buurtcoach", 1, false),
    ];
    let expect: Vec<(String, usize, bool)> = expect
        .iter()
        .map(|&(l, n, c)| (l.to_string(), n, c))
        .collect();
    assert_eq!(rows, expect);
    // On the peildatum only.
    assert_eq!(participants(t, d(2024, 9, 30), d(2024, 9, 30)).counted, 4);
}

#[test]
fn the_file_can_say_which_trajectories_count() {
    let csv = "traject_id;uitkering_id;traject_code;telt_sociale_activering;startdatum;einddatum\n\
               1;U1;werkroute_arbeidsfit;ja;01-01-2024;\n\
               2;U2;vrijwilligerswerk;nee;01-01-2024;\n\
               3;U3;overig_taalcursus;ja;01-01-2024;\n\
               4;U3;wijkteam;;01-01-2024;\n";
    let loaded = load(csv.as_bytes()).unwrap();
    let t = &loaded.trajectories().unwrap().trajectories;
    assert!(!t.by_person, "only uitkering_id: benefits are counted");
    assert_eq!(t.counts, [true, false, true, true]);
    assert_eq!(participants(t, d(2024, 1, 1), d(2024, 9, 30)).counted, 2);
}

#[test]
fn bad_trajectory_files_say_what_is_wrong_and_where() {
    let no_who = "traject_id;traject_code;startdatum;einddatum\n1;wijkteam;01-01-2024;\n";
    let e = load(no_who.as_bytes()).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::MissingColumn("persoon_id".into()));
    assert!(
        e.message(Lang::Nl).contains("uitkering_id") || e.message(Lang::Nl).contains("persoon")
    );

    let dup = "traject_id;persoon_id;traject_code;startdatum;einddatum\n\
               T1;P1;wijkteam;01-01-2024;\nT1;P2;wijkteam;01-01-2024;\n";
    let e = load(dup.as_bytes()).unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::DuplicateTrajectoryId("T1".into()));
    assert_eq!(e.line, Some(3));

    let order = "traject_id;persoon_id;traject_code;startdatum;einddatum\n\
                 T1;P1;wijkteam;01-03-2024;01-02-2024\n";
    let e = load(order.as_bytes()).unwrap_err();
    assert!(matches!(e.kind, LoadErrorKind::EndBeforeStart { .. }));
    assert_eq!(e.column.as_deref(), Some("einddatum"));

    let telt = "traject_id;persoon_id;traject_code;telt_sociale_activering;startdatum;einddatum\n\
                T1;P1;wijkteam;misschien;01-03-2024;\n";
    let e = load(telt.as_bytes()).unwrap_err();
    assert!(matches!(e.kind, LoadErrorKind::BadCode { .. }));
}
