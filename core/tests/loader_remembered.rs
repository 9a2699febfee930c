//! Column matching in the app's terms and remembered mappings (issue 11 §1): how each
//! column was matched, one question per field that columns fit equally, and a remembered
//! mapping applied to the same header row (and only to it), reported in the load report.

use bijstand_core::io::{self, LoadErrorKind, LoadOptions, LoadWarning};

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("fixtures/", $name)).as_slice()
    };
}

#[test]
fn columns_say_how_they_were_matched() {
    let p = io::preview(
        fixture!("benefits_system_export.csv"),
        "export.csv",
        &LoadOptions::default(),
    )
    .unwrap();
    let how = |source: &str| {
        p.report
            .columns
            .iter()
            .find(|c| c.source == source)
            .map(|c| c.how)
    };
    assert_eq!(how("Dossiernr"), Some(io::MappingKind::Recognised));
    assert_eq!(
        how("Startdatum periodiek algemeen"),
        Some(io::MappingKind::ByWords)
    );
    assert_eq!(how("Omschrijving leefvorm"), Some(io::MappingKind::ByWords));
    assert_eq!(how("Indicatie leefvorm"), Some(io::MappingKind::Duplicate));
    assert!(p.report.remembered.is_none());
}

/// Three end-date columns: each two of them fit `einddatum` equally.
const THREE_ENDS: &str =
    "Dossiernr;Startdatum;Einddatum periodiek algemeen;Datum einde uitkering;Einddatum uitkering\n\
     1;01-01-2024;;;\n\
     2;01-02-2024;31-03-2024;30-03-2024;29-03-2024\n";

#[test]
fn the_preview_asks_once_per_field_with_every_candidate() {
    let p = io::preview(THREE_ENDS.as_bytes(), "x.csv", &LoadOptions::default()).unwrap();
    let asked: Vec<_> = p
        .report
        .warnings
        .iter()
        .filter_map(|w| match w {
            LoadWarning::Tolerated(e) => match &e.kind {
                LoadErrorKind::AmbiguousColumns { field, columns } => {
                    Some((field.clone(), columns.clone()))
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(asked[0].0, "einddatum");
    assert_eq!(asked[0].1.len(), 3, "{asked:?}");
}

#[test]
fn a_remembered_mapping_is_applied_to_the_same_header_row_and_reported() {
    let text = THREE_ENDS;
    let header: Vec<String> = text
        .lines()
        .next()
        .unwrap()
        .split(';')
        .map(String::from)
        .collect();
    let choice = vec![
        ("Einddatum periodiek algemeen".to_string(), None),
        (
            "Datum einde uitkering".to_string(),
            Some("einddatum".to_string()),
        ),
        ("Einddatum uitkering".to_string(), None),
    ];
    let m = io::RememberedMapping::new(&header, &choice).unwrap();
    let other = io::RememberedMapping::new(
        &["a".to_string(), "b".to_string()],
        &[("a".to_string(), None)],
    )
    .unwrap();
    let options = LoadOptions {
        remembered: vec![other, m.clone()],
        ..LoadOptions::default()
    };
    let ds = io::load(text.as_bytes(), "x.csv", &options).unwrap();
    assert_eq!(ds.report.remembered.as_ref(), Some(&m));
    let end = ds.report.column_of("einddatum").unwrap();
    assert_eq!(end.source, "Datum einde uitkering");
    assert_eq!((end.how, end.remembered), (io::MappingKind::Forced, true));
    let start = ds.report.column_of("startdatum").unwrap();
    assert!(!start.remembered);
    let chosen = LoadOptions {
        column_map: choice.clone(),
        ..LoadOptions::default()
    };
    let direct = io::load(text.as_bytes(), "x.csv", &chosen).unwrap();
    assert_eq!(ds.content, direct.content, "the remembered column is read");
    assert!(direct.report.remembered.is_none());
    // The preview applies it too; the user's own choice wins for its column.
    let mine = LoadOptions {
        column_map: vec![
            ("Datum einde uitkering".into(), None),
            ("Einddatum uitkering".into(), Some("einddatum".into())),
        ],
        ..options.clone()
    };
    let p = io::preview(text.as_bytes(), "x.csv", &mine).unwrap();
    assert_eq!(p.report.remembered.as_ref(), Some(&m));
    let end = p.report.column_of("einddatum").unwrap();
    assert_eq!(
        (end.source.as_str(), end.remembered),
        ("Einddatum uitkering", false)
    );
    // Another header row: not applied, and the question stays.
    let moved = text.replacen("Dossiernr;", "Dossiernummer;", 1);
    let e = io::load(moved.as_bytes(), "x.csv", &options).unwrap_err();
    assert!(matches!(e.kind, LoadErrorKind::AmbiguousColumns { .. }));
    // Case and spacing of the headers do not matter.
    let shouted = text.replacen("Datum einde uitkering", "DATUM  EINDE UITKERING", 1);
    let ds = io::load(shouted.as_bytes(), "x.csv", &options).unwrap();
    assert!(ds.report.remembered.is_some());
}

#[test]
fn a_streamed_load_applies_and_reports_the_remembered_mapping_too() {
    let mut text = String::from(THREE_ENDS.lines().next().unwrap());
    text.push('\n');
    for i in 0..400 {
        text.push_str(&format!(
            "{i};01-02-2024;31-03-2024;30-03-2024;29-03-2024\n"
        ));
    }
    let header: Vec<String> = THREE_ENDS
        .lines()
        .next()
        .unwrap()
        .split(';')
        .map(String::from)
        .collect();
    let m = io::RememberedMapping::new(
        &header,
        &[
            ("Einddatum periodiek algemeen".into(), None),
            ("Einddatum uitkering".into(), None),
        ],
    )
    .unwrap();
    let options = LoadOptions {
        remembered: vec![m.clone()],
        ..LoadOptions::default()
    };
    let whole = io::load(text.as_bytes(), "x.csv", &options).unwrap();
    assert_eq!(whole.report.remembered.as_ref(), Some(&m));
    let mut streamed = 0;
    for windows in [(300, 100), (4096, 2048)] {
        if let Some(s) =
            io::stream::load_streamed(text.as_bytes(), "x.csv", &options, &[64], windows)
        {
            assert_eq!(s, whole, "{windows:?}");
            streamed += 1;
        }
    }
    assert!(streamed > 0, "the file streams");
}
