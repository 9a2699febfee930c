//! XLSX and JSON loading, the settings a user can force, and the preview
//! (DATA-MODEL §4.2 "XLSX is very likely the file municipalities actually have", §4.4
//! Excel serial dates, §5 BSN refusal).
//!
//! Workbooks are written in memory with `rust_xlsxwriter` (real Excel dates with a date
//! format, numbers, booleans, error cells); `fixtures/episodes_openpyxl.xlsx` comes from
//! another writer (openpyxl, `fixtures/make_xlsx_fixtures.py`).

use bijstand_core::date::Date;
use bijstand_core::io::{
    self, DateEvidence, DecimalStyle, FileKind, Format, LoadError, LoadErrorKind, LoadOptions,
    MappingKind, RowUnit,
};
use bijstand_core::lang::Lang;
use bijstand_core::model::{Data, Episodes, Flag, Geslacht, Kerncijfers, Uitstroomreden, Value};
use rust_xlsxwriter::{ExcelDateTime, Format as XFormat, Formula, Workbook};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// A cell of a test workbook.
#[derive(Clone, Debug)]
enum C {
    /// Text.
    S(&'static str),
    /// A number.
    N(f64),
    /// A real Excel date (a serial with a date format).
    D(u16, u8, u8),
    /// A boolean.
    B(bool),
    /// A formula whose cached result is an error (`#N/A`).
    E(&'static str),
    /// Nothing.
    X,
}
use C::{B, D, E, N, S, X};

/// Writes a workbook: sheets with their rows from row 1 (an empty row stays empty).
fn xlsx(sheets: &[(&str, Vec<Vec<C>>)]) -> Vec<u8> {
    let mut wb = Workbook::new();
    let date = XFormat::new().set_num_format("dd-mm-yyyy");
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    S(s) => ws.write_string(r, c, *s).map(|_| ()),
                    N(n) => ws.write_number(r, c, *n).map(|_| ()),
                    D(y, m, d) => ws
                        .write_datetime_with_format(
                            r,
                            c,
                            ExcelDateTime::from_ymd(*y, *m, *d).unwrap(),
                            &date,
                        )
                        .map(|_| ()),
                    B(b) => ws.write_boolean(r, c, *b).map(|_| ()),
                    E(e) => ws
                        .write_formula(r, c, Formula::new("=NA()").set_result(*e))
                        .map(|_| ()),
                    X => Ok(()),
                }
                .unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

fn load_as(bytes: &[u8], name: &str, options: &LoadOptions) -> io::Loaded {
    io::load(bytes, name, options)
        .unwrap_or_else(|e| panic!("load failed: {}", e.message(Lang::Nl)))
}

fn load(bytes: &[u8], name: &str) -> io::Loaded {
    load_as(bytes, name, &LoadOptions::default())
}

fn load_err(bytes: &[u8], name: &str, options: &LoadOptions) -> LoadError {
    match io::load(bytes, name, options) {
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

fn kerncijfers(ds: &io::Loaded) -> &Kerncijfers {
    match ds.dataset().map(|ds| &ds.data) {
        Some(Data::Kerncijfers(k)) => k,
        _ => panic!("not read as kerncijfers"),
    }
}

fn dates(v: &[Date]) -> Vec<String> {
    v.iter().map(Date::to_string).collect()
}

fn has_warning(ds: &io::Loaded, needle: &str) -> bool {
    ds.report
        .warnings
        .iter()
        .any(|w| w.message(Lang::Nl).contains(needle))
}

fn column<'a>(ds: &'a io::Loaded, source: &str) -> &'a io::ColumnMapping {
    ds.report
        .columns
        .iter()
        .find(|c| c.source == source)
        .unwrap_or_else(|| panic!("no column {source}"))
}

const EPISODE_HEADER: [C; 6] = [
    S("uitkering_id"),
    S("geslacht"),
    S("startdatum"),
    S("einddatum"),
    S("uitstroomreden"),
    S("stadsdeel"),
];

/// The episodes of `datamodel_2_5.csv`-like data as CSV, for comparisons.
const EPISODES_CSV: &str = "uitkering_id;geslacht;geboortejaar;startdatum;einddatum;uitstroomreden;stadsdeel;is_statushouder\n\
U1;V;1962;01-03-2016;;;Zuid;nee\n\
U2;M;2001;01-02-2024;30-09-2024;werk;Oost;nee\n\
U3;M;1990;15-05-2023;;;Glanerbrug;ja\n";

// ---------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_episodes_with_real_excel_dates() {
    let book = xlsx(&[(
        "Bestand",
        vec![
            EPISODE_HEADER.to_vec(),
            vec![S("U1"), S("V"), D(2016, 3, 1), X, X, S("Zuid")],
            vec![
                S("U2"),
                S("M"),
                D(2024, 2, 1),
                D(2024, 9, 30),
                S("werk"),
                S("Oost"),
            ],
        ],
    )]);
    assert_eq!(io::Format::sniff(&book, "bestand.xlsx"), Format::Xlsx);
    let ds = load(&book, "bestand.xlsx");
    assert_eq!(ds.report.format, Format::Xlsx);
    assert_eq!(ds.report.kind, FileKind::Episodes);
    assert_eq!(ds.report.sheet.as_deref(), Some("Bestand"));
    assert_eq!(ds.report.sheets, ["Bestand"]);
    assert_eq!((ds.report.header_line, ds.report.rows), (1, 2));
    assert_eq!(column(&ds, "startdatum").position, "C");
    let e = episodes(&ds);
    assert_eq!(dates(&e.start), ["01-03-2016", "01-02-2024"]);
    assert_eq!(e.eind, [Date::OPEN, Date::from_ymd(2024, 9, 30).unwrap()]);
    assert_eq!(e.uitstroomreden, [None, Some(Uitstroomreden::Werk)]);
    assert_eq!(e.geslacht, [Geslacht::Vrouw, Geslacht::Man]);
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_dates_stored_as_plain_serial_numbers() {
    // 45565 = 30-09-2024 and 45657 = 31-12-2024 (DATA-MODEL §4.4): a date column
    // without a date format shows Excel's serial numbers.
    let book = xlsx(&[(
        "Blad1",
        vec![
            EPISODE_HEADER.to_vec(),
            vec![
                S("U1"),
                S("V"),
                N(45565.0),
                N(45657.0),
                S("studie"),
                S("West"),
            ],
            vec![S("U2"), S("M"), N(45292.0), X, X, S("Noord")],
        ],
    )]);
    let e = episodes(&load(&book, "x.xlsx")).clone();
    assert_eq!(dates(&e.start), ["30-09-2024", "01-01-2024"]);
    assert_eq!(e.eind[0].to_string(), "31-12-2024");
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_dates_as_text_in_every_accepted_notation() {
    let book = xlsx(&[(
        "Bestand",
        vec![
            EPISODE_HEADER.to_vec(),
            vec![S("U1"), S("V"), S("30-09-2024"), X, X, X],
            vec![S("U2"), S("V"), S("1-7-2024"), X, X, X],
            vec![S("U3"), S("V"), S("2024-09-30"), X, X, X],
            vec![S("U4"), S("V"), S("sep-24"), X, X, X],
            vec![S("U5"), S("V"), S("30 september 2024"), X, X, X],
        ],
    )]);
    let e = episodes(&load(&book, "x.xlsx")).clone();
    assert_eq!(
        dates(&e.start),
        [
            "30-09-2024",
            "01-07-2024",
            "30-09-2024",
            "01-09-2024",
            "30-09-2024"
        ]
    );
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_kerncijfers_numbers_are_exact_and_text_numbers_dutch() {
    let book = xlsx(&[(
        "Kerncijfers",
        vec![
            vec![
                S("indicator"),
                S("periode_van"),
                S("periode_tot"),
                S("waarde"),
                S("eenheid"),
                S("status"),
            ],
            vec![
                S("a"),
                X,
                D(2024, 9, 30),
                N(5687.0),
                S("aantal"),
                S("realisatie"),
            ],
            // A real number 5.687 is 5.687, never 5687.
            vec![
                S("b"),
                D(2024, 1, 1),
                D(2024, 12, 31),
                N(5.687),
                S("procent"),
                S("realisatie"),
            ],
            vec![
                S("c"),
                D(2024, 1, 1),
                D(2024, 12, 31),
                N(104.2),
                S("euro_mln"),
                S("begroting"),
            ],
            // Text written the Dutch way: thousands dot, decimal comma.
            vec![
                S("d"),
                D(2025, 1, 1),
                D(2025, 12, 31),
                S("8.858"),
                S("euro_x1000"),
                S("begroting"),
            ],
            vec![
                S("e"),
                D(2024, 1, 1),
                D(2024, 12, 31),
                S("21,29%"),
                X,
                S("realisatie"),
            ],
            vec![
                S("f"),
                D(2024, 1, 1),
                D(2024, 12, 31),
                N(-1000.0),
                S("euro"),
                S("realisatie"),
            ],
        ],
    )]);
    let ds = load(&book, "kerncijfers.xlsx");
    assert_eq!(ds.report.kind, FileKind::Kerncijfers);
    let k = kerncijfers(&ds);
    let w = |i: &str| k.rows().find(|r| r.indicator == i).unwrap().waarde;
    assert_eq!(w("a"), Value::Number(5687.0));
    assert_eq!(w("b"), Value::Number(5.687));
    assert_eq!(w("c"), Value::Number(104.2));
    assert_eq!(w("d"), Value::Number(8858.0));
    assert_eq!(w("e"), Value::Number(21.29));
    assert_eq!(w("f"), Value::Number(-1000.0));
    assert_eq!(column(&ds, "waarde").decimal, Some(DecimalStyle::Comma));
    let a = k.rows().find(|r| r.indicator == "a").unwrap();
    assert_eq!(a.periode_tot.to_string(), "30-09-2024");
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_title_sheet_first_then_the_data_sheet() {
    let book = xlsx(&[
        (
            "Titel",
            vec![
                vec![S("Bijstandsbestand gemeente Enschede")],
                vec![S("Peildatum"), S("30-09-2024")],
            ],
        ),
        (
            "Bestand",
            vec![
                vec![S("Export uit het uitkeringssysteem")],
                vec![],
                EPISODE_HEADER.to_vec(),
                vec![S("U1"), S("V"), D(2024, 1, 1), X, X, S("Zuid")],
            ],
        ),
    ]);
    let ds = load(&book, "werkmap.xlsx");
    assert_eq!(ds.report.sheet.as_deref(), Some("Bestand"));
    assert_eq!(ds.report.sheets, ["Titel", "Bestand"]);
    assert_eq!(ds.report.header_line, 3, "Excel's row number");
    assert!(
        has_warning(&ds, "1 rij(en) boven de kopregel (rij 3)"),
        "{:?}",
        ds.report.warnings
    );
    assert_eq!(episodes(&ds).len(), 1);

    // The sheet can be forced; an unknown name lists the sheets.
    let options = LoadOptions {
        sheet: Some("Titel".into()),
        ..LoadOptions::default()
    };
    let e = load_err(&book, "werkmap.xlsx", &options);
    assert!(matches!(e.kind, LoadErrorKind::UnknownColumns(_)), "{e}");
    assert!(e.message(Lang::Nl).contains("op blad 'Titel'"), "{e}");
    let options = LoadOptions {
        sheet: Some("Gegevens".into()),
        ..LoadOptions::default()
    };
    let e = load_err(&book, "werkmap.xlsx", &options);
    assert_eq!(
        e.kind,
        LoadErrorKind::SheetNotFound {
            sheet: "Gegevens".into(),
            sheets: vec!["Titel".into(), "Bestand".into()]
        }
    );
    assert!(e.message(Lang::Nl).contains("'Titel', 'Bestand'"), "{e}");
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_without_a_usable_sheet_names_the_sheets_it_looked_at() {
    let book = xlsx(&[
        ("Toelichting", vec![vec![S("Dit is een toelichting")]]),
        (
            "Cijfers",
            vec![vec![S("Jaar"), S("Aantal")], vec![N(2024.0), N(5687.0)]],
        ),
    ]);
    let e = load_err(&book, "x.xlsx", &LoadOptions::default());
    assert_eq!(
        e.kind,
        LoadErrorKind::NoUsableSheet {
            sheets: vec!["Toelichting".into(), "Cijfers".into()]
        }
    );
    let m = e.message(Lang::Nl);
    assert!(
        m.contains("Bekeken bladen: 'Toelichting', 'Cijfers'"),
        "{m}"
    );
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_cell_error_names_sheet_row_and_column_letter() {
    let mut rows = vec![EPISODE_HEADER.to_vec()];
    for i in 0..12 {
        let id = [
            "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10", "U11", "U12",
        ][i];
        rows.push(vec![S(id), S("V"), D(2024, 1, 1), X, X, S("Zuid")]);
    }
    rows.push(vec![S("U13"), S("V"), E("#N/A"), X, X, S("Zuid")]);
    let book = xlsx(&[("Bestand", rows.clone())]);
    let e = load_err(&book, "x.xlsx", &LoadOptions::default());
    assert_eq!(e.kind, LoadErrorKind::CellError("#N/A".into()));
    assert_eq!((e.line, e.unit), (Some(14), RowUnit::SheetRow));
    assert_eq!(e.column_letter(), Some("C"));
    let m = e.message(Lang::Nl);
    assert!(
        m.contains("rij 14, kolom C ('startdatum') op blad 'Bestand'"),
        "{m}"
    );
    assert!(
        m.contains("Excel-fout (#N/A, in Nederlandse Excel #N/B)"),
        "{m}"
    );

    // The preview shows the file anyway, with the error as a warning, so the column can
    // be ignored; ignoring it makes the file load.
    let small = xlsx(&[(
        "Bestand",
        vec![
            EPISODE_HEADER.to_vec(),
            vec![S("U1"), S("V"), D(2024, 1, 1), E("#N/A"), X, S("Zuid")],
        ],
    )]);
    let p = io::preview(&small, "x.xlsx", &LoadOptions::default()).unwrap();
    assert_eq!(p.rows[0].cells[3], "#N/A");
    assert!(
        p.report.warnings.iter().any(|w| w
            .message(Lang::Nl)
            .contains("(rij 2, kolom D ('einddatum') op blad 'Bestand')")),
        "{:?}",
        p.report.warnings
    );
    let ignore = LoadOptions {
        column_map: vec![("einddatum".into(), None)],
        ..LoadOptions::default()
    };
    let e = load_err(&small, "x.xlsx", &ignore);
    assert_eq!(e.kind, LoadErrorKind::MissingColumn("einddatum".into()));

    // An error in a column that is not read only gives a warning.
    let mut rows = vec![{
        let mut h = EPISODE_HEADER.to_vec();
        h.push(S("opmerking intern"));
        h
    }];
    rows.push(vec![
        S("U1"),
        S("V"),
        D(2024, 1, 1),
        X,
        X,
        S("Zuid"),
        E("#DIV/0!"),
    ]);
    let ds = load(&xlsx(&[("Bestand", rows)]), "x.xlsx");
    assert!(has_warning(&ds, "Excel-fout"), "{:?}", ds.report.warnings);
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_bad_value_message_uses_sheet_row_and_letter() {
    let book = xlsx(&[(
        "Bestand",
        vec![
            vec![S("Overzicht")],
            EPISODE_HEADER.to_vec(),
            vec![S("U1"), S("V"), S("31-02-2024"), X, X, S("Zuid")],
        ],
    )]);
    let e = load_err(&book, "x.xlsx", &LoadOptions::default());
    assert_eq!(e.kind, LoadErrorKind::BadDate("31-02-2024".into()));
    assert_eq!(
        e.location(Lang::Nl).as_deref(),
        Some("rij 3, kolom C ('startdatum') op blad 'Bestand'")
    );
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_bsn_column_is_refused() {
    let mut header = EPISODE_HEADER.to_vec();
    header.push(S("BSN"));
    let book = xlsx(&[(
        "Bestand",
        vec![
            header,
            vec![
                S("U1"),
                S("V"),
                D(2024, 1, 1),
                X,
                X,
                S("Zuid"),
                N(111222333.0),
            ],
        ],
    )]);
    let e = load_err(&book, "x.xlsx", &LoadOptions::default());
    assert_eq!(e.kind, LoadErrorKind::BsnColumn);
    assert_eq!(e.sheet(), Some("Bestand"));

    // BSNs as numbers under an innocent header: refused on the 11-proef.
    let mut header = EPISODE_HEADER.to_vec();
    header.push(S("nummer"));
    let mut rows = vec![header];
    for (id, bsn) in [("U1", 111222333.0), ("U2", 123456782.0), ("U3", 12345672.0)] {
        rows.push(vec![S(id), S("V"), D(2024, 1, 1), X, X, S("Zuid"), N(bsn)]);
    }
    let e = load_err(
        &xlsx(&[("Bestand", rows)]),
        "x.xlsx",
        &LoadOptions::default(),
    );
    assert_eq!(e.kind, LoadErrorKind::BsnValues);
    assert_eq!(e.column.as_deref(), Some("nummer"));
    assert!(
        e.message(Lang::Nl)
            .contains("kolom G ('nummer') op blad 'Bestand'"),
        "{e}"
    );
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_totaal_row_booleans_and_leading_empty_columns() {
    // Data starting in column B, a boolean column and a Totaal row with a count.
    let book = xlsx(&[(
        "Bestand",
        vec![
            vec![
                X,
                S("uitkering_id"),
                S("startdatum"),
                S("einddatum"),
                S("is_statushouder"),
            ],
            vec![X, S("U1"), D(2024, 1, 1), X, B(true)],
            vec![X, S("U2"), D(2024, 2, 1), D(2024, 3, 1), B(false)],
            vec![X, S("Totaal"), N(2.0), N(1.0)],
        ],
    )]);
    let ds = load(&book, "x.xlsx");
    let e = episodes(&ds);
    assert_eq!(e.statushouder, [Flag::Ja, Flag::Nee]);
    assert_eq!(e.uitstroomreden, [None, Some(Uitstroomreden::Onbekend)]);
    let t = ds.report.total.as_ref().expect("Totaal row");
    assert_eq!(t.line, 4);
    assert_eq!(column(&ds, "uitkering_id").position, "B");
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn xlsx_from_another_writer_loads_like_the_csv() {
    // Written by openpyxl (fixtures/make_xlsx_fixtures.py): a title sheet, then the
    // data with real dates, a serial-number date and a text date.
    let ds = load(
        include_bytes!("fixtures/episodes_openpyxl.xlsx"),
        "episodes_openpyxl.xlsx",
    );
    assert_eq!(ds.report.sheets, ["Toelichting", "Bestand"]);
    let csv = load(EPISODES_CSV.as_bytes(), "x.csv");
    assert_eq!(episodes(&ds), episodes(&csv));
}

// ---------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------

const EPISODES_JSON: &str = r#"[
  {"uitkering_id": "U1", "geslacht": "V", "geboortejaar": 1962, "startdatum": "01-03-2016", "einddatum": null, "stadsdeel": "Zuid", "is_statushouder": false},
  {"uitkering_id": "U2", "geslacht": "M", "geboortejaar": "2001", "startdatum": "2024-02-01", "einddatum": "30-09-2024", "uitstroomreden": "werk", "stadsdeel": "Oost", "is_statushouder": "nee"},
  {"stadsdeel": "Glanerbrug", "uitkering_id": "U3", "geslacht": "M", "geboortejaar": 1990, "startdatum": "15-5-2023", "is_statushouder": true}
]"#;

#[test]
fn json_array_of_objects() {
    assert_eq!(
        io::Format::sniff(EPISODES_JSON.as_bytes(), "x.json"),
        Format::Json
    );
    let ds = load(EPISODES_JSON.as_bytes(), "bestand.json");
    assert_eq!(ds.report.format, Format::Json);
    assert_eq!((ds.report.header_line, ds.report.rows), (0, 3));
    assert_eq!(column(&ds, "uitstroomreden").field, Some("uitstroomreden"));
    let csv = load(EPISODES_CSV.as_bytes(), "x.csv");
    assert_eq!(episodes(&ds), episodes(&csv));
}

#[test]
fn json_wrapped_in_rijen_or_rows() {
    let rows = r#"[{"uitkering_id": "U1", "startdatum": "01-01-2024", "einddatum": ""}]"#;
    for wrapped in [
        format!(r#"{{"bron": "export", "rijen": {rows}}}"#),
        format!(r#"{{"rows": {rows}, "versie": 2}}"#),
    ] {
        let ds = load(wrapped.as_bytes(), "x.json");
        assert_eq!(episodes(&ds).len(), 1, "{wrapped}");
    }
    let e = load_err(br#"{"data": []}"#, "x.json", &LoadOptions::default());
    assert!(e.message(Lang::Nl).contains("'rijen' of 'rows'"), "{e}");
}

#[test]
fn json_numbers_as_numbers_or_dutch_strings() {
    let json = r#"{"rijen": [
      {"indicator": "a", "periode_tot": "30-09-2024", "waarde": 5687, "eenheid": "aantal", "status": "realisatie"},
      {"indicator": "b", "periode_tot": "2024", "waarde": 5.687, "eenheid": "procent", "status": "realisatie"},
      {"indicator": "c", "periode_tot": "2024", "waarde": "1,14", "eenheid": "procent", "status": "realisatie"},
      {"indicator": "d", "periode_tot": "2024", "waarde": "8.858", "eenheid": "euro_x1000", "status": "begroting"},
      {"indicator": "e", "periode_tot": "2024-Q3", "waarde": null, "eenheid": "aantal", "status": "realisatie", "opmerking": "<10"}
    ]}"#;
    let ds = load(json.as_bytes(), "kerncijfers.json");
    let k = kerncijfers(&ds);
    let w = |i: &str| k.rows().find(|r| r.indicator == i).unwrap().waarde;
    assert_eq!(w("a"), Value::Number(5687.0));
    assert_eq!(w("b"), Value::Number(5.687));
    assert_eq!(w("c"), Value::Number(1.14));
    assert_eq!(w("d"), Value::Number(8858.0));
    assert_eq!(w("e"), Value::Suppressed);
}

#[test]
fn json_invalid_is_reported_with_line_and_character() {
    let bad = "[\n  {\"uitkering_id\": \"U1\",\n   \"startdatum\" \"01-01-2024\"}\n]";
    let e = load_err(bad.as_bytes(), "x.json", &LoadOptions::default());
    match &e.kind {
        LoadErrorKind::BadJson { line, column, .. } => assert_eq!((*line, *column), (3, 17)),
        k => panic!("{k:?}"),
    }
    let m = e.message(Lang::Nl);
    assert!(m.starts_with("Dit is geen geldig JSON-bestand"), "{m}");
    assert!(m.contains("regel 3, teken 17"), "{m}");

    let e = load_err(
        b"[{\"uitkering_id\": \"U1\"",
        "x.json",
        &LoadOptions::default(),
    );
    assert!(e.message(Lang::Nl).contains("halverwege"), "{e}");
}

#[test]
fn json_bad_date_names_the_row_and_key() {
    let json = r#"[
      {"uitkering_id": "U1", "startdatum": "01-01-2024", "einddatum": null},
      {"uitkering_id": "U2", "startdatum": "01-02-2024", "einddatum": null},
      {"uitkering_id": "U3", "startdatum": "31-02-2024", "einddatum": null}
    ]"#;
    let e = load_err(json.as_bytes(), "x.json", &LoadOptions::default());
    assert_eq!(e.kind, LoadErrorKind::BadDate("31-02-2024".into()));
    assert_eq!((e.line, e.unit), (Some(3), RowUnit::JsonItem));
    assert_eq!(e.column.as_deref(), Some("startdatum"));
    assert!(
        e.message(Lang::Nl)
            .ends_with("(rij 3 (index 2), sleutel 'startdatum')"),
        "{e}"
    );
}

#[test]
fn json_rows_must_be_flat_objects() {
    let e = load_err(
        br#"[{"uitkering_id": "U1"}, 5]"#,
        "x.json",
        &LoadOptions::default(),
    );
    assert_eq!(e.line, Some(2));
    assert!(e.message(Lang::Nl).contains("gevonden: een getal"), "{e}");
    let e = load_err(
        br#"[{"uitkering_id": "U1", "startdatum": {"dag": 1}, "einddatum": null}]"#,
        "x.json",
        &LoadOptions::default(),
    );
    assert_eq!(
        e.location(Lang::Nl).as_deref(),
        Some("rij 1 (index 0), sleutel 'startdatum'")
    );
}

#[test]
fn json_bsn_key_is_refused() {
    let json = br#"[{"uitkering_id": "U1", "bsn": "111222333", "startdatum": "01-01-2024", "einddatum": null}]"#;
    assert_eq!(
        load_err(json, "x.json", &LoadOptions::default()).kind,
        LoadErrorKind::BsnColumn
    );
}

// ---------------------------------------------------------------------------------------
// Round trip: the same data as CSV, XLSX and JSON
// ---------------------------------------------------------------------------------------

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn same_data_as_csv_xlsx_and_json_gives_identical_episodes() {
    let csv = load(EPISODES_CSV.as_bytes(), "x.csv");
    let book = xlsx(&[(
        "Bestand",
        vec![
            vec![
                S("uitkering_id"),
                S("geslacht"),
                S("geboortejaar"),
                S("startdatum"),
                S("einddatum"),
                S("uitstroomreden"),
                S("stadsdeel"),
                S("is_statushouder"),
            ],
            vec![
                S("U1"),
                S("V"),
                N(1962.0),
                D(2016, 3, 1),
                X,
                X,
                S("Zuid"),
                S("nee"),
            ],
            vec![
                S("U2"),
                S("M"),
                N(2001.0),
                D(2024, 2, 1),
                D(2024, 9, 30),
                S("werk"),
                S("Oost"),
                B(false),
            ],
            vec![
                S("U3"),
                S("M"),
                N(1990.0),
                N(45061.0),
                X,
                X,
                S("Glanerbrug"),
                B(true),
            ],
        ],
    )]);
    let x = load(&book, "x.xlsx");
    let j = load(EPISODES_JSON.as_bytes(), "x.json");
    assert_eq!(episodes(&x), episodes(&csv));
    assert_eq!(episodes(&j), episodes(&csv));
    assert_eq!(episodes(&csv).len(), 3);
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn same_kerncijfers_as_csv_xlsx_and_json_are_identical_but_for_source_rows() {
    let csv = "indicator;periode_van;periode_tot;waarde;eenheid;status\n\
               a;;30-09-2024;5.687;aantal;realisatie\n\
               b;01-01-2024;31-12-2024;1,14;procent;realisatie\n";
    let book = xlsx(&[(
        "K",
        vec![
            vec![
                S("indicator"),
                S("periode_van"),
                S("periode_tot"),
                S("waarde"),
                S("eenheid"),
                S("status"),
            ],
            vec![
                S("a"),
                X,
                D(2024, 9, 30),
                N(5687.0),
                S("aantal"),
                S("realisatie"),
            ],
            vec![
                S("b"),
                D(2024, 1, 1),
                D(2024, 12, 31),
                N(1.14),
                S("procent"),
                S("realisatie"),
            ],
        ],
    )]);
    let json = r#"[{"indicator": "a", "periode_tot": "30-09-2024", "waarde": 5687, "eenheid": "aantal", "status": "realisatie"},
                   {"indicator": "b", "periode_van": "01-01-2024", "periode_tot": "31-12-2024", "waarde": 1.14, "eenheid": "procent", "status": "realisatie"}]"#;
    let strip = |ds: io::Loaded| {
        let mut k = kerncijfers(&ds).clone();
        k.source_line.clear();
        k
    };
    let c = strip(load(csv.as_bytes(), "x.csv"));
    assert_eq!(strip(load(&book, "x.xlsx")), c);
    assert_eq!(strip(load(json.as_bytes(), "x.json")), c);
}

// ---------------------------------------------------------------------------------------
// Settings the user can force
// ---------------------------------------------------------------------------------------

#[test]
fn override_separator_semicolon_versus_comma() {
    let semi = "uitkering_id;startdatum;einddatum\nU1;01-01-2024;\nU2;01-02-2024;\n";
    let comma = semi.replace(';', ",");
    for (text, detected) in [(semi, ';'), (comma.as_str(), ',')] {
        let ds = load(text.as_bytes(), "x.csv");
        assert_eq!(ds.report.separator, detected);
        assert_eq!(episodes(&ds).len(), 2);
        // Forcing the right separator changes nothing; forcing the other splits nothing.
        let right = LoadOptions {
            separator: Some(detected),
            ..LoadOptions::default()
        };
        assert_eq!(
            load_as(text.as_bytes(), "x.csv", &right).content,
            ds.content
        );
        let other = if detected == ';' { ',' } else { ';' };
        let wrong = LoadOptions {
            separator: Some(other),
            ..LoadOptions::default()
        };
        let e = load_err(text.as_bytes(), "x.csv", &wrong);
        assert!(matches!(e.kind, LoadErrorKind::UnknownColumns(_)), "{e}");
    }
    // Decimal commas in a `;` file do not make it a `,` file.
    let mixed = "indicator;periode_tot;waarde;eenheid;status\na;2024;1,5;procent;realisatie\n";
    let ds = load(mixed.as_bytes(), "x.csv");
    assert_eq!(
        (ds.report.separator, kerncijfers(&ds).waarde[0]),
        (';', Value::Number(1.5))
    );
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn override_decimal_point() {
    let text = "indicator;periode_tot;waarde;eenheid;status\n\
                a;2024;1.204;procent;realisatie\nb;2024;5.687;procent;realisatie\n";
    let ds = load(text.as_bytes(), "x.csv");
    assert_eq!(ds.report.decimal, DecimalStyle::Comma, "`;` file: Dutch");
    let k = kerncijfers(&ds);
    assert_eq!(k.waarde, [Value::Number(1204.0), Value::Number(5687.0)]);
    let point = LoadOptions {
        decimal: Some(DecimalStyle::Point),
        ..LoadOptions::default()
    };
    let ds = load_as(text.as_bytes(), "x.csv", &point);
    assert_eq!(ds.report.decimal, DecimalStyle::Point);
    assert_eq!(column(&ds, "waarde").decimal, Some(DecimalStyle::Point));
    assert_eq!(
        kerncijfers(&ds).waarde,
        [Value::Number(1.204), Value::Number(5.687)]
    );
    // Forcing the decimal point on a workbook keeps real numbers exact.
    let book = xlsx(&[(
        "K",
        vec![
            vec![
                S("indicator"),
                S("periode_tot"),
                S("waarde"),
                S("eenheid"),
                S("status"),
            ],
            vec![S("a"), S("2024"), N(5.687), S("procent"), S("realisatie")],
            vec![S("b"), S("2024"), S("1.5"), S("procent"), S("realisatie")],
        ],
    )]);
    let ds = load_as(&book, "x.xlsx", &point);
    assert_eq!(
        kerncijfers(&ds).waarde,
        [Value::Number(5.687), Value::Number(1.5)]
    );
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn override_month_first_on_an_ambiguous_column() {
    let text = "uitkering_id;startdatum;einddatum\nU1;01-02-2024;\nU2;03-04-2024;05-06-2024\n";
    let p = io::preview(text.as_bytes(), "x.csv", &LoadOptions::default()).unwrap();
    assert_eq!(
        p.report.column_of("startdatum").unwrap().dates,
        Some(DateEvidence::Ambiguous)
    );
    let ds = load(text.as_bytes(), "x.csv");
    assert!(!ds.report.month_first);
    assert_eq!(dates(&episodes(&ds).start), ["01-02-2024", "03-04-2024"]);
    let mf = LoadOptions {
        month_first: true,
        ..LoadOptions::default()
    };
    let ds = load_as(text.as_bytes(), "x.csv", &mf);
    assert!(ds.report.month_first);
    assert_eq!(dates(&episodes(&ds).start), ["02-01-2024", "04-03-2024"]);
    assert_eq!(episodes(&ds).eind[1].to_string(), "06-05-2024");
    // Real Excel dates are not affected by the override.
    let book = xlsx(&[(
        "B",
        vec![
            EPISODE_HEADER.to_vec(),
            vec![S("U1"), S("V"), D(2024, 2, 1), X, X, X],
            vec![S("U2"), S("V"), S("03-04-2024"), X, X, X],
        ],
    )]);
    let ds = load_as(&book, "x.xlsx", &mf);
    assert_eq!(dates(&episodes(&ds).start), ["01-02-2024", "04-03-2024"]);
}

#[test]
fn override_maps_an_unknown_column_to_stadsdeel() {
    let text = "uitkering_id;Gebiedsteam;startdatum;einddatum\nU1;Noord;01-01-2024;\nU2;West;01-02-2024;\n";
    let ds = load(text.as_bytes(), "x.csv");
    assert_eq!(column(&ds, "Gebiedsteam").how, MappingKind::Unknown);
    assert_eq!(ds.report.ignored_columns(), ["Gebiedsteam"]);
    let options = LoadOptions {
        column_map: vec![("gebiedsteam".into(), Some("stadsdeel".into()))],
        ..LoadOptions::default()
    };
    let ds = load_as(text.as_bytes(), "x.csv", &options);
    let c = column(&ds, "Gebiedsteam");
    assert_eq!((c.field, c.how), (Some("stadsdeel"), MappingKind::Forced));
    assert!(ds.report.ignored_columns().is_empty());
    let e = episodes(&ds);
    let sd: Vec<&str> = e.stadsdeel.iter().map(|&c| e.stadsdelen.label(c)).collect();
    assert_eq!(sd, ["noord", "west"]);
    assert!(ds
        .report
        .mappable_fields
        .iter()
        .any(|(code, label)| *code == "stadsdeel" && *label == "Stadsdeel"));

    // A forced column wins over one that matches by name; a field this kind of file does
    // not have is a warning.
    let text = "uitkering_id;wijk;Gebied2;startdatum;einddatum;x\nU1;Noord;Oost;01-01-2024;;1\n";
    let options = LoadOptions {
        column_map: vec![
            ("Gebied2".into(), Some("stadsdeel".into())),
            ("x".into(), Some("waarde".into())),
        ],
        ..LoadOptions::default()
    };
    let ds = load_as(text.as_bytes(), "x.csv", &options);
    assert_eq!(column(&ds, "wijk").how, MappingKind::Duplicate);
    let e = episodes(&ds);
    assert_eq!(e.stadsdelen.label(e.stadsdeel[0]), "oost");
    assert!(
        has_warning(&ds, "'x' kan niet als 'waarde'"),
        "{:?}",
        ds.report.warnings
    );
}

#[test]
fn override_ignores_a_column() {
    let text =
        "uitkering_id;geslacht;startdatum;einddatum\nU1;V;01-01-2024;\nU2;onzin;01-02-2024;\n";
    let e = load_err(text.as_bytes(), "x.csv", &LoadOptions::default());
    assert!(matches!(e.kind, LoadErrorKind::BadCode { .. }), "{e}");
    let options = LoadOptions {
        column_map: vec![("Geslacht".into(), None)],
        ..LoadOptions::default()
    };
    let ds = load_as(text.as_bytes(), "x.csv", &options);
    let c = column(&ds, "geslacht");
    assert_eq!((c.field, c.how), (None, MappingKind::IgnoredByUser));
    assert_eq!(ds.report.ignored_columns(), ["geslacht"]);
    assert_eq!(
        episodes(&ds).geslacht,
        [Geslacht::Onbekend, Geslacht::Onbekend]
    );
    assert!(has_warning(&ds, "op uw verzoek genegeerd: 'geslacht'"));
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn override_header_row() {
    // Row 1 looks like a header (two known names) but is a note; the real one is row 2.
    let text =
        "startdatum en einddatum;uitkering_id\nuitkering_id;startdatum;einddatum\nU1;01-01-2024;\n";
    let options = LoadOptions {
        header_row: Some(2),
        ..LoadOptions::default()
    };
    let ds = load_as(text.as_bytes(), "x.csv", &options);
    assert_eq!((ds.report.header_line, ds.report.rows), (2, 1));
    // In a workbook the row is Excel's row number.
    let book = xlsx(&[(
        "B",
        vec![
            vec![S("Titel")],
            vec![S("uitkering_id"), S("startdatum")],
            EPISODE_HEADER.to_vec(),
            vec![S("U1"), S("V"), D(2024, 1, 1), X, X, X],
        ],
    )]);
    let options = LoadOptions {
        header_row: Some(3),
        ..LoadOptions::default()
    };
    let ds = load_as(&book, "x.xlsx", &options);
    assert_eq!(ds.report.header_line, 3);
    assert_eq!(episodes(&ds).len(), 1);
    let options = LoadOptions {
        header_row: Some(9),
        ..LoadOptions::default()
    };
    let e = load_err(text.as_bytes(), "x.csv", &options);
    assert!(e.message(Lang::Nl).contains("voorbij het einde"), "{e}");
}

// ---------------------------------------------------------------------------------------
// Preview and field lists
// ---------------------------------------------------------------------------------------

#[test]
fn preview_shows_settings_and_the_first_rows_only() {
    let mut text = String::from("sep=;\nuitkering_id;startdatum;einddatum;Gebiedsteam\n");
    for i in 1..=25 {
        text.push_str(&format!("U{i};{:02}-01-2024;;Noord\n", 13 + i % 15));
    }
    let p = io::preview(text.as_bytes(), "x.csv", &LoadOptions::default()).unwrap();
    assert_eq!(
        p.header,
        ["uitkering_id", "startdatum", "einddatum", "Gebiedsteam"]
    );
    assert_eq!(p.rows.len(), io::PREVIEW_ROWS);
    assert!(p.more_rows);
    assert_eq!(p.rows[0].line, 3);
    assert_eq!(p.rows[0].cells, ["U1", "14-01-2024", "", "Noord"]);
    let r = &p.report;
    assert_eq!(
        (r.format, r.separator, r.sep_line, r.header_line),
        (Format::Csv, ';', true, 2)
    );
    assert_eq!(
        r.column_of("startdatum").unwrap().dates,
        Some(DateEvidence::DayFirst)
    );
    assert_eq!(r.ignored_columns(), ["Gebiedsteam"]);
    assert_eq!(r.mappable_fields, io::mappable_fields(FileKind::Episodes));

    // A missing required column is a warning in the preview, so it can be mapped.
    let p = io::preview(
        b"uitkering_id;begin;einddatum\nU1;01-01-2024;\n",
        "x.csv",
        &LoadOptions::default(),
    )
    .unwrap();
    assert!(p
        .report
        .warnings
        .iter()
        .any(|w| w.message(Lang::Nl).contains("'startdatum' ontbreekt")));
    // A BSN column is refused by the preview too.
    let e = io::preview(
        b"uitkering_id;bsn;startdatum;einddatum\n",
        "x.csv",
        &LoadOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind, LoadErrorKind::BsnColumn);
}

#[test]
#[cfg_attr(not(feature = "xlsx"), ignore = "needs the xlsx feature")]
fn preview_of_a_workbook_and_of_json() {
    let mut rows = vec![vec![S("Titel")], EPISODE_HEADER.to_vec()];
    for i in 0..30 {
        rows.push(vec![S("U"), S("V"), N(45292.0 + i as f64), X, X, S("Zuid")]);
    }
    let book = xlsx(&[("Toelichting", vec![vec![S("tekst")]]), ("Bestand", rows)]);
    let p = io::preview(&book, "x.xlsx", &LoadOptions::default()).unwrap();
    assert_eq!(p.report.format, Format::Xlsx);
    assert_eq!(p.report.sheets, ["Toelichting", "Bestand"]);
    assert_eq!(p.report.sheet.as_deref(), Some("Bestand"));
    assert_eq!(p.report.header_line, 2);
    assert_eq!(p.rows.len(), io::PREVIEW_ROWS);
    assert!(p.more_rows);
    assert_eq!((p.rows[0].line, p.rows[0].cells[2].as_str()), (3, "45292"));

    let p = io::preview(EPISODES_JSON.as_bytes(), "x.json", &LoadOptions::default()).unwrap();
    assert_eq!(p.report.format, Format::Json);
    assert_eq!(p.rows.len(), 3);
    assert!(!p.more_rows);
    assert_eq!(p.header[0], "uitkering_id");
    assert_eq!(p.rows[2].line, 3);
}

#[test]
fn mappable_fields_have_codes_and_dutch_labels() {
    let e = io::mappable_fields(FileKind::Episodes);
    assert!(e.contains(&("startdatum", "Startdatum")));
    assert!(
        !e.iter().any(|(c, _)| *c == "persoon_id"),
        "not read by the app"
    );
    let k = io::mappable_fields(FileKind::Kerncijfers);
    assert_eq!(k.len(), 15);
    assert!(k.iter().any(|(c, _)| *c == "waarde"));
}
