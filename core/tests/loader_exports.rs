//! Exports as municipalities have them (issue 11 §1): a benefits-system export with one
//! row per person, the VNG "Sturen op bijstand" file without an id, and a file with full
//! dates of birth. Each fixture is hand-written in the real shape; the counts of
//! uitkeringen and personen are asserted, and the streaming loader either gives up or
//! gives the same dataset.

use bijstand_core::date::Date;
use bijstand_core::io::stream::load_streamed;
use bijstand_core::io::{self, LoadError, LoadErrorKind, LoadOptions, LoadWarning};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Episodes, Geslacht, Huishoudtype, Uitstroomreden};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("fixtures/", $name)).as_slice()
    };
}

fn load(bytes: &[u8]) -> io::Loaded {
    io::load(bytes, "export.csv", &LoadOptions::default())
        .unwrap_or_else(|e| panic!("load failed: {}", e.message(Lang::Nl)))
}

fn load_err(bytes: &[u8]) -> LoadError {
    match io::load(bytes, "export.csv", &LoadOptions::default()) {
        Ok(ds) => panic!("expected an error, loaded {:?}", ds.report),
        Err(e) => e,
    }
}

fn episodes(ds: &io::Loaded) -> &Episodes {
    match ds.dataset().map(|ds| &ds.data) {
        Some(Data::Episodes(e)) => e,
        _ => panic!("not read as episodes"),
    }
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

/// (uitkeringen, personen) as the app would show them.
fn counts(ds: &io::Loaded) -> (usize, Option<usize>) {
    (episodes(ds).len(), ds.report.persons)
}

/// Every way of streaming gives the whole load's dataset or gives up; the number that
/// gave a dataset.
fn streams(bytes: &[u8]) -> usize {
    let whole = load(bytes);
    let mut n = 0;
    for chunks in [&[1usize][..], &[7, 3, 64], &[4096]] {
        for windows in [(64, 32), (300, 100), (4096, 2048)] {
            if let Some(ds) = load_streamed(
                bytes,
                "export.csv",
                &LoadOptions::default(),
                chunks,
                windows,
            ) {
                assert_eq!(ds, whole, "{chunks:?} {windows:?}");
                n += 1;
            }
        }
    }
    n
}

#[test]
fn benefits_system_export_counts_dossiers_and_persons() {
    let ds = load(fixture!("benefits_system_export.csv"));
    let r = &ds.report;
    assert_eq!(r.rows, 30);
    // 30 rows: 5 partner dossiers (A + P, same period) make 25 uitkeringen; dossier
    // 50006 has two periods (two episodes, one person); 29 distinct Clientnummers.
    assert_eq!(counts(&ds), (25, Some(29)));
    assert!(r.warnings.contains(&LoadWarning::RowsPerPerson {
        rows: 30,
        benefits: 25
    }));
    let notice = r
        .warnings
        .iter()
        .find(|w| matches!(w, LoadWarning::RowsPerPerson { .. }))
        .unwrap();
    assert_eq!(
        notice.message(Lang::Nl),
        "30 regels gelezen als 25 uitkeringen: 5 regel(s) van een partner in hetzelfde dossier \
         en dezelfde periode tellen mee bij de uitkering van de aanvrager."
    );

    // Which column went where.
    let field = |f: &str| r.column_of(f).map(|c| c.source.as_str());
    assert_eq!(field("uitkering_id"), Some("Dossiernr"));
    assert_eq!(field("rol"), Some("Type"));
    assert_eq!(field("startdatum"), Some("Startdatum periodiek algemeen"));
    assert_eq!(field("einddatum"), Some("Einddatum periodiek algemeen"));
    assert_eq!(field("huishoudtype"), Some("Omschrijving leefvorm"));
    assert_eq!(
        field("uitstroomreden"),
        Some("Omschrijving einde bijstandsafhankelijkheid")
    );
    assert!(r.warnings.contains(&LoadWarning::DescriptionOverCode {
        field: "huishoudtype".into(),
        description: "Omschrijving leefvorm".into(),
        code: "Indicatie leefvorm".into(),
    }));
    assert!(!r
        .warnings
        .iter()
        .any(|w| matches!(w, LoadWarning::UnknownColumns(_))));

    let e = episodes(&ds);
    // Dossier 50004: the partner's row comes first, the composition is the applicant's.
    assert_eq!(e.start[3], d(2017, 1, 1));
    assert_eq!((e.geslacht[3], e.geboortejaar[3]), (Geslacht::Man, 1960));
    // Dossier 50002: the applicant's row is first anyway.
    assert_eq!((e.geslacht[1], e.geboortejaar[1]), (Geslacht::Man, 1970));
    // Dossier 50006: two periods, two episodes in file order.
    assert_eq!(
        (e.start[5], e.eind[5], e.start[6], e.eind[6]),
        (d(2019, 5, 1), d(2019, 8, 31), d(2020, 2, 1), Date::OPEN)
    );
    // Leefvorm descriptions.
    assert_eq!(e.huishoudtype[0], Some(Huishoudtype::AlleenstaandeOuder));
    assert_eq!(e.huishoudtype[1], Some(Huishoudtype::Paar));
    assert_eq!(e.huishoudtype[2], Some(Huishoudtype::Alleenstaand));
    let anders = e.geboortejaar.iter().position(|&y| y == 1980).unwrap();
    assert_eq!(
        e.huishoudtype[anders], None,
        "'Anders' is no household type"
    );
    // End reasons: codes as before, free text classified with the labels listed.
    let reasons = |u: Uitstroomreden| e.uitstroomreden.iter().filter(|&&r| r == Some(u)).count();
    assert_eq!(reasons(Uitstroomreden::Werk), 4);
    assert_eq!(reasons(Uitstroomreden::Studie), 1);
    assert_eq!(reasons(Uitstroomreden::Aow), 1);
    assert_eq!(reasons(Uitstroomreden::Verhuizing), 1);
    assert_eq!(reasons(Uitstroomreden::Zelfstandig), 1);
    assert_eq!(reasons(Uitstroomreden::Overlijden), 1);
    assert_eq!(reasons(Uitstroomreden::Overig), 2);
    let labels = r
        .warnings
        .iter()
        .find_map(|w| match w {
            LoadWarning::ExitReasonsMapped(l) => Some(l),
            _ => None,
        })
        .expect("the free-text labels are listed");
    let shown: Vec<(&str, &str, usize)> = labels
        .iter()
        .map(|l| (l.label.as_str(), l.reason.code(), l.rows))
        .collect();
    assert_eq!(
        shown,
        [
            ("Start opleiding", "studie", 1),
            ("Bereiken AOW-leeftijd", "aow", 1),
            ("Verhuizing naar andere gemeente", "verhuizing", 2),
            ("Inkomsten partner", "overig", 1),
            ("Werk als zelfstandige", "zelfstandig", 1),
            ("Detentie", "overig", 1),
        ]
    );
}

#[test]
fn the_preview_says_which_column_went_where() {
    let p = io::preview(
        fixture!("benefits_system_export.csv"),
        "export.csv",
        &LoadOptions::default(),
    )
    .unwrap();
    assert_eq!(
        p.report.column_of("huishoudtype").unwrap().source,
        "Omschrijving leefvorm"
    );
    let note = LoadWarning::DescriptionOverCode {
        field: "huishoudtype".into(),
        description: "Omschrijving leefvorm".into(),
        code: "Indicatie leefvorm".into(),
    };
    assert!(p.report.warnings.contains(&note));
    assert_eq!(
        note.message(Lang::En),
        "'huishoudtype' was read from the description 'Omschrijving leefvorm'; the code in \
         'Indicatie leefvorm' was not used."
    );
}

#[test]
fn benefits_system_export_is_loaded_whole_not_streamed() {
    // Rows of one dossier repeat the id: the stream gives up and the worker loads whole.
    assert_eq!(streams(fixture!("benefits_system_export.csv")), 0);
}

#[test]
fn vng_file_without_id_is_one_benefit_per_row() {
    let ds = load(fixture!("vng_sturen_op_bijstand.csv"));
    assert_eq!(ds.report.rows, 12);
    // No id and no person column: 12 uitkeringen, persons unknown.
    assert_eq!(counts(&ds), (12, None));
    assert!(ds.report.warnings.contains(&LoadWarning::NoBenefitId));
    assert_eq!(
        LoadWarning::NoBenefitId.message(Lang::Nl),
        "Geen kolom met een uitkerings- of dossiernummer: elke regel is gelezen als één \
         uitkering (genummerd per regel)."
    );
    let e = episodes(&ds);
    assert_eq!(e.geslacht[0], Geslacht::Vrouw);
    assert_eq!(e.geslacht[1], Geslacht::Man);
    assert_eq!(
        e.huishoudtype.iter().filter(|h| h.is_none()).count(),
        1,
        "only 'Anders' is unknown"
    );
    assert_eq!(e.geboortejaar[0], 1984);
    assert_eq!(
        ds.report.column_of("huishoudtype").unwrap().source,
        "Omschrijving leefvorm"
    );
    // Ended episodes without a reason column count as unknown, as before.
    assert_eq!(
        e.uitstroomreden
            .iter()
            .filter(|&&r| r == Some(Uitstroomreden::Onbekend))
            .count(),
        5
    );
}

#[test]
fn vng_file_streams_exactly() {
    assert_eq!(streams(fixture!("vng_sturen_op_bijstand.csv")), 9);
}

#[test]
fn full_birth_date_is_read_as_the_year_with_a_notice() {
    let ds = load(fixture!("geboortedatum.csv"));
    assert_eq!(counts(&ds), (5, None));
    let e = episodes(&ds);
    assert_eq!(e.geboortejaar, [1984, 1970, 1995, 1960, 1990]);
    assert!(ds
        .report
        .warnings
        .contains(&LoadWarning::BirthDateReduced("Geboortedatum".into())));
    assert!(!ds
        .report
        .warnings
        .iter()
        .any(|w| matches!(w, LoadWarning::NoAgeColumn)));
    assert_eq!(
        ds.report.column_of("einddatum").unwrap().source,
        "Datum einde uitkering"
    );
    assert_eq!(
        ds.report.column_of("uitstroomreden").unwrap().source,
        "Reden beëindiging"
    );
    assert_eq!(
        ds.report.column_of("uitkering_id").unwrap().source,
        "Dossiernummer"
    );
    assert_eq!(e.eind[1], d(2021, 1, 31));
    assert_eq!(
        e.uitstroomreden,
        [
            None,
            Some(Uitstroomreden::Werk),
            Some(Uitstroomreden::Studie),
            None,
            Some(Uitstroomreden::Verhuizing)
        ]
    );
    assert_eq!(streams(fixture!("geboortedatum.csv")), 9);

    // The other spelling, and a date that is none.
    let csv = "Dd_Geboorte;Startdatum;Einddatum\n1984-05-14;01-03-2019;\n";
    assert_eq!(episodes(&load(csv.as_bytes())).geboortejaar, [1984]);
    let e =
        load_err(b"Dd_Geboorte;Startdatum;Einddatum\n1984-05-14;01-03-2019;\nmorgen;01-03-2019;\n");
    assert_eq!(e.kind, LoadErrorKind::BadDate("morgen".into()));
    assert_eq!(
        (e.line, e.column.as_deref()),
        (Some(3), Some("Dd_Geboorte"))
    );
}

#[test]
fn two_columns_that_fit_one_field_equally_are_a_question() {
    let e = load_err(
        "Dossiernr;Startdatum;Einddatum periodiek algemeen;Datum einde uitkering\n\
         1;01-01-2024;;\n"
            .as_bytes(),
    );
    assert_eq!(
        e.kind,
        LoadErrorKind::AmbiguousColumns {
            field: "einddatum".into(),
            columns: vec![
                "Einddatum periodiek algemeen".into(),
                "Datum einde uitkering".into()
            ],
        }
    );
    assert_eq!(
        e.kind.message(Lang::Nl),
        "Twee kolommen passen even goed bij 'einddatum': 'Einddatum periodiek algemeen', \
         'Datum einde uitkering'. Kies in de instellingen welke kolom 'einddatum' is (en negeer \
         de andere)."
    );
    // The preview asks instead of refusing.
    let p = io::preview(
        "Dossiernr;Startdatum;Einddatum periodiek algemeen;Datum einde uitkering\n\
         1;01-01-2024;;\n"
            .as_bytes(),
        "x.csv",
        &LoadOptions::default(),
    )
    .unwrap();
    assert!(p.report.warnings.iter().any(|w| matches!(
        w,
        LoadWarning::Tolerated(e) if matches!(e.kind, LoadErrorKind::AmbiguousColumns { .. })
    )));
    // The user's choice settles it.
    let options = LoadOptions {
        column_map: vec![("Datum einde uitkering".into(), None)],
        ..LoadOptions::default()
    };
    let ds = io::load(
        "Dossiernr;Startdatum;Einddatum periodiek algemeen;Datum einde uitkering\n\
         1;01-01-2024;;\n"
            .as_bytes(),
        "x.csv",
        &options,
    )
    .unwrap();
    assert_eq!(
        ds.report.column_of("einddatum").unwrap().source,
        "Einddatum periodiek algemeen"
    );
}

#[test]
fn one_person_twice_in_a_dossier_period_is_a_duplicate() {
    let e = load_err(
        b"Dossiernr;Clientnummer;Type;Startdatum;Einddatum\n\
          7;1001;A;01-01-2024;\n\
          7;1002;P;01-01-2024;\n\
          7;1001;A;01-01-2024;\n",
    );
    assert_eq!(e.kind, LoadErrorKind::DuplicateId("7".into()));
    assert_eq!((e.line, e.column.as_deref()), (Some(4), Some("Dossiernr")));
}

#[test]
fn without_a_role_column_the_first_row_speaks_for_the_dossier() {
    let ds = load(
        b"zaaknummer;klantnummer;geslacht;geboortejaar;startdatum;einddatum\n\
          Z1;K1;vrouw;1980;01-01-2024;\n\
          Z1;K2;man;1978;01-01-2024;\n\
          Z2;K3;M;1990;01-02-2024;\n",
    );
    assert_eq!(counts(&ds), (2, Some(3)));
    let e = episodes(&ds);
    assert_eq!(e.geslacht, [Geslacht::Vrouw, Geslacht::Man]);
    assert_eq!(e.geboortejaar, [1980, 1990]);
}

#[test]
fn a_file_with_unique_ids_and_persons_counts_persons_and_still_streams() {
    let mut csv = String::from("uitkering_id;persoon_id;startdatum;einddatum\n");
    for i in 0..40 {
        // Person P5 comes back once.
        let p = if i == 39 { 5 } else { i };
        csv.push_str(&format!("U{i:03};P{p};01-01-2020;\n"));
    }
    let ds = load(csv.as_bytes());
    assert_eq!(counts(&ds), (40, Some(39)));
    assert_eq!(streams(csv.as_bytes()), 9);
}

#[test]
fn bsn_columns_are_still_refused_in_an_export() {
    let e = load_err(
        b"Dossiernr;BSN;Clientnummer;Startdatum periodiek algemeen;Einddatum periodiek algemeen\n\
          1;123456782;1001;01-01-2024;\n",
    );
    assert_eq!(e.kind, LoadErrorKind::BsnColumn);
}

#[test]
fn a_missing_column_names_what_would_do() {
    let e = load_err(b"Dossiernr;Startdatum\n1;01-01-2024\n");
    assert_eq!(e.kind, LoadErrorKind::MissingColumn("einddatum".into()));
    let nl = e.kind.message(Lang::Nl);
    assert!(
        nl.starts_with("De verplichte kolom 'einddatum' ontbreekt. Herkende kolomnamen hiervoor: 'einddatum', 'beeindigingsdatum', 'datum_einde'"),
        "{nl}"
    );
    assert!(
        nl.ends_with(", of koppel een kolom in de instellingen."),
        "{nl}"
    );
}

#[test]
fn benefits_and_persons_read_as_cbs_writes_them() {
    use bijstand_core::i18n::Count;
    use bijstand_core::messages::io::benefits_and_persons;
    let ds = load(fixture!("benefits_system_export.csv"));
    let (b, p) = counts(&ds);
    let (b, p) = (Count(b as i64), Count(p.unwrap() as i64));
    assert_eq!(
        benefits_and_persons(Lang::Nl, b, p),
        "25 uitkeringen, 29 personen"
    );
    assert_eq!(
        benefits_and_persons(Lang::Nl, Count(1240), Count(1415)),
        "1.240 uitkeringen, 1.415 personen"
    );
    assert_eq!(
        benefits_and_persons(Lang::En, Count(1240), Count(1415)),
        "1,240 benefits, 1,415 persons"
    );
}

/// (key, the file's description, benefits) per instroomreden, in order of first appearance.
fn instroom(e: &Episodes) -> Vec<(String, String, usize)> {
    assert!(e.has_instroomreden());
    (0..e.instroomredenen.labels.len())
        .map(|c| {
            let n = e.instroomreden.iter().filter(|&&x| x as usize == c).count();
            let label = e.instroomreden_label(c as u16).unwrap_or("").to_string();
            (e.instroomredenen.labels[c].clone(), label, n)
        })
        .collect()
}

fn row(k: &str, l: &str, n: usize) -> (String, String, usize) {
    (k.into(), l.into(), n)
}

#[test]
fn instroomreden_is_grouped_by_code_and_labelled_with_the_description() {
    let ds = load(fixture!("benefits_system_export.csv"));
    let r = &ds.report;
    let field = |f: &str| r.column_of(f).map(|c| c.source.as_str());
    assert_eq!(
        field("instroomreden"),
        Some("Oorzaak bijstandsafhankelijkheid")
    );
    assert_eq!(
        field("instroomreden_omschrijving"),
        Some("Omschrijving oorzaak bijstandsafhankelijkheid")
    );
    // 25 uitkeringen after the partner rows are merged (hand-counted from the fixture).
    assert_eq!(
        instroom(episodes(&ds)),
        [
            row("10", "Verlies van werk", 9),
            row("20", "Scheiding", 3),
            row("30", "Einde WW", 4),
            row("40", "Gezinsuitbreiding", 3),
            row("50", "Arbeidsongeschiktheid", 2),
            row("60", "Statushouder gevestigd", 2),
            row("70", "Overig", 2),
        ]
    );
}

#[test]
fn instroomreden_code_only_and_description_only() {
    // The VNG file: a numeric code and no description.
    let ds = load(fixture!("vng_sturen_op_bijstand.csv"));
    assert_eq!(
        instroom(episodes(&ds)),
        [
            row("10", "", 4),
            row("20", "", 1),
            row("30", "", 2),
            row("40", "", 1),
            row("50", "", 1),
            row("60", "", 2),
            row("70", "", 1),
        ]
    );
    // A description only: grouped by the description; leading zeros of a code dropped.
    let csv = "uitkering_id;startdatum;einddatum;Omschrijving oorzaak bijstandsafhankelijkheid\n\
               U1;01-01-2020;;Einde WW\nU2;01-02-2020;;Scheiding\nU3;01-03-2020;; Einde WW \n\
               U4;01-04-2020;;\n";
    let ds = load(csv.as_bytes());
    assert_eq!(
        instroom(episodes(&ds)),
        [
            row("Einde WW", "Einde WW", 2),
            row("Scheiding", "Scheiding", 1),
            row("", "", 1)
        ]
    );
    let csv =
        "uitkering_id;startdatum;einddatum;instroomreden\nU1;01-01-2020;;014\nU2;01-02-2020;;14\n";
    assert_eq!(
        instroom(episodes(&load(csv.as_bytes()))),
        [row("14", "", 2)]
    );
    // Without the column: no instroomreden at all.
    let csv = "uitkering_id;startdatum;einddatum\nU1;01-01-2020;\n";
    let e = episodes(&load(csv.as_bytes())).clone();
    assert!(!e.has_instroomreden() && e.instroomreden.is_empty());
}

#[test]
fn instroomreden_streams_exactly() {
    let mut csv = String::from("uitkering_id;startdatum;einddatum;Oorzaak;Omschrijving oorzaak\n");
    for i in 0..500 {
        csv.push_str(&format!(
            "U{i:05};01-01-2020;;{};{}\n",
            i % 7,
            ["Nog te bepalen", "Beeindiging studie", "Einde WW"][i % 3]
        ));
    }
    assert!(streams(csv.as_bytes()) > 0);
    let e = episodes(&load(csv.as_bytes())).clone();
    assert_eq!(e.instroomredenen.labels.len(), 7);
    assert_eq!(e.instroomreden_label(0), Some("Nog te bepalen"));
}

#[test]
fn instroomreden_export_fixtures_count_benefits_persons_and_codes() {
    let ds = load(fixture!("vng/instroomreden_export.csv"));
    // 100 dossiers, 13 with a partner row, and one more applicant: 114 rows.
    assert_eq!((ds.report.rows, counts(&ds)), (114, (101, Some(114))));
    let keys = &episodes(&ds).instroomredenen.labels;
    assert_eq!(keys, &["14", "2", "41", "43", "0"]);
    let codes = load(fixture!("vng/vng_codes_only.csv"));
    assert_eq!(counts(&codes), (101, None));
    let e = episodes(&codes);
    assert_eq!(&e.instroomredenen.labels, keys);
    assert!(e.instroomreden_labels.iter().all(String::is_empty));
    // One row per benefit in both: the same codes per benefit.
    assert_eq!(e.instroomreden, episodes(&ds).instroomreden);
}

fn code_list(bytes: &[u8], name: &str) -> io::Loaded {
    let l = io::load(bytes, name, &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {}", e.message(Lang::Nl)));
    assert!(l.dataset().is_none(), "a code list is no caseload");
    assert_eq!(l.report.kind, io::FileKind::CodeList);
    l
}

#[test]
fn a_hand_written_code_list_loads_from_xlsx_and_csv() {
    let x = code_list(
        fixture!("vng/codelijst_instroomreden.xlsx"),
        "codelijst_instroomreden.xlsx",
    );
    let list = x.code_list().unwrap();
    assert_eq!(list.name, "codelijst_instroomreden.xlsx");
    assert_eq!(x.report.header_line, 2, "below the title row");
    let codes: Vec<&str> = list.codes.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["14", "2", "41", "43", "0", "27"]);
    assert_eq!(list.label("14"), Some("Einde Uitkering werkeloosheid"));
    assert!(x
        .report
        .warnings
        .contains(&LoadWarning::CodesWithoutLabel(vec![10])));
    assert!(x
        .report
        .warnings
        .contains(&LoadWarning::RepeatedCodes(vec!["14".into()])));

    let c = code_list(
        fixture!("vng/codelijst_instroomreden.csv"),
        "codelijst_instroomreden.csv",
    );
    let list = c.code_list().unwrap();
    assert_eq!(list.codes.len(), 5);
    assert_eq!(
        list.label("14"),
        Some("Einde Uitkering werkeloosheid"),
        "014 = 14"
    );
    assert!(c
        .report
        .warnings
        .contains(&LoadWarning::CodesWithoutLabel(vec![8])));
    assert_eq!(
        LoadWarning::CodesWithoutLabel(vec![8]).message(Lang::En),
        "Row(s) with a code but no description skipped (such as the export date at the \
         bottom): line 8."
    );
}

#[test]
fn the_real_code_list_loads_with_its_32_codes() {
    // A copy of the real export (core/tests/fixtures/vng/README.md).
    let l = code_list(
        fixture!("vng/code_oorzaak_bijstandsafhankelijkheid.xlsx"),
        "code_oorzaak_bijstandsafhankelijkheid.xlsx",
    );
    let list = l.code_list().unwrap();
    assert_eq!(l.report.header_line, 2);
    assert_eq!(l.report.sheet.as_deref(), Some("Pagina1"));
    assert_eq!(list.codes.len(), 32);
    assert_eq!(list.label("14"), Some("Einde Uitkering werkeloosheid"));
    assert_eq!(list.label("2"), Some("Beeindiging huwelijk/relatie"));
    assert_eq!(list.label("41"), Some("Verhuizing vanuit andere gemeente"));
    assert_eq!(list.label("0"), Some("Nog te bepalen"));
    let mut numbers: Vec<u32> = list.codes.iter().map(|(c, _)| c.parse().unwrap()).collect();
    numbers.sort_unstable();
    assert_eq!((numbers[0], numbers[31]), (0, 43));
    // The export's timestamp in the last row is no code.
    assert!(l
        .report
        .warnings
        .contains(&LoadWarning::CodesWithoutLabel(vec![35])));
}

#[test]
fn a_caseload_is_not_taken_for_a_code_list() {
    for f in [
        fixture!("benefits_system_export.csv"),
        fixture!("vng_sturen_op_bijstand.csv"),
        fixture!("vng/instroomreden_export.csv"),
    ] {
        assert!(load(f).dataset().is_some());
    }
}
