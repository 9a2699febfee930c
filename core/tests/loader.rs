//! The CSV loader against the rules of DATA-MODEL §2.1 (validation), §4.1–4.5 (Dutch CSV
//! conventions) and §5 (BSN refusal), one test per rule, with a fixture in `fixtures/`.

use bijstand_core::date::Date;
use bijstand_core::io::{
    self, DecimalStyle, DetectedEncoding, FileKind, LoadError, LoadErrorKind, LoadOptions,
    LoadReport,
};
use bijstand_core::lang::Lang;
use bijstand_core::model::{
    Afstand, Data, Doelgroep, Eenheid, Episodes, Flag, Geslacht, Kerncijfers, PeriodeType, Status,
    Uitstroomreden, Value,
};
use proptest::prelude::*;

macro_rules! fixture {
    ($name:literal) => {
        include_bytes!(concat!("fixtures/", $name)).as_slice()
    };
}

fn load(bytes: &[u8]) -> io::Loaded {
    load_with(bytes, &LoadOptions::default())
}

fn load_with(bytes: &[u8], options: &LoadOptions) -> io::Loaded {
    io::load(bytes, "test.csv", options)
        .unwrap_or_else(|e| panic!("load failed: {}", e.message(Lang::Nl)))
}

fn load_err(bytes: &[u8]) -> LoadError {
    match io::load(bytes, "test.csv", &LoadOptions::default()) {
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

fn d(s: &str) -> Date {
    let p: Vec<u32> = s.split('-').map(|x| x.parse().unwrap()).collect();
    Date::from_ymd(p[2] as i32, p[1], p[0]).unwrap()
}

fn dates(v: &[Date]) -> Vec<String> {
    v.iter().map(Date::to_string).collect()
}

fn field_of(report: &LoadReport, source: &str) -> Option<&'static str> {
    report
        .columns
        .iter()
        .find(|c| c.source == source)
        .unwrap_or_else(|| panic!("no column {source}"))
        .field
}

fn has_warning(report: &LoadReport, needle: &str) -> bool {
    report
        .warnings
        .iter()
        .any(|w| w.message(Lang::Nl).contains(needle))
}

fn waarde(k: &Kerncijfers, indicator: &str) -> Value {
    k.rows()
        .find(|r| r.indicator == indicator)
        .unwrap_or_else(|| panic!("no row {indicator}"))
        .waarde
}

// ---------------------------------------------------------------------------------------
// DATA-MODEL examples
// ---------------------------------------------------------------------------------------

#[test]
fn datamodel_2_5_example_loads_as_episodes() {
    let ds = load(fixture!("datamodel_2_5.csv"));
    assert_eq!(ds.report.kind, FileKind::Episodes);
    assert_eq!(
        (ds.report.separator, ds.report.header_line, ds.report.rows),
        (';', 1, 3)
    );
    let e = episodes(&ds);
    assert_eq!(e.gemeente.labels, ["GM0153"]);
    assert_eq!(e.geslacht, [Geslacht::Vrouw, Geslacht::Man, Geslacht::Man]);
    assert_eq!(e.geboortejaar, [1962, 2001, 1990]);
    assert_eq!(e.statushouder, [Flag::Nee, Flag::Nee, Flag::Ja]);
    assert_eq!(e.afstand, [Afstand::Lang, Afstand::Kort, Afstand::Lang]);
    let sd: Vec<&str> = e.stadsdeel.iter().map(|&c| e.stadsdelen.label(c)).collect();
    assert_eq!(sd, ["zuid", "oost", "noord"]);
    assert_eq!(dates(&e.start), ["01-03-2016", "01-02-2024", "01-05-2023"]);
    assert_eq!(e.eind, [Date::OPEN, d("01-08-2024"), Date::OPEN]);
    assert_eq!(e.uitstroomreden, [None, Some(Uitstroomreden::Werk), None]);
    assert_eq!(e.inkomsten_arbeid, [Flag::Nee, Flag::Nee, Flag::Ja]);
    assert_eq!(
        field_of(&ds.report, "persoon_id"),
        None,
        "persoon_id is recognised but not stored"
    );
    assert!(has_warning(&ds.report, "'persoon_id'"));
}

#[test]
fn datamodel_3_2_example_loads_as_kerncijfers() {
    let ds = load(fixture!("datamodel_3_2.csv"));
    assert_eq!(ds.report.kind, FileKind::Kerncijfers);
    assert!(ds.report.sep_line);
    assert_eq!(ds.report.header_line, 2, "the sep= line counts as line 1");
    assert_eq!(ds.report.decimal, DecimalStyle::Comma);
    let k = kerncijfers(&ds);
    assert_eq!(k.len(), 24);
    let r = k.row(0);
    assert_eq!(
        (r.indicator, r.periode_type, r.periode_van),
        ("bestand_uitkeringen", PeriodeType::Peildatum, None)
    );
    assert_eq!(
        (r.periode_tot, r.waarde, r.eenheid, r.status),
        (
            d("30-09-2024"),
            Value::Number(5687.0),
            Eenheid::Aantal,
            Status::Realisatie
        )
    );
    assert_eq!(k.dict.label(k.gemeente_code[0]), "GM0153");
    assert_eq!(waarde(k, "buig_resultaat"), Value::Number(1.90));
    assert_eq!(waarde(k, "buig_uitgaven"), Value::Number(112.85));
    let groei = k.select("bestand_groei", Some("landelijk")).next().unwrap();
    assert_eq!(
        (groei.waarde, groei.eenheid),
        (Value::Number(0.49), Eenheid::Procent)
    );
    assert_eq!(groei.periode_van, Some(d("01-01-2024")));
    assert_eq!(
        waarde(k, "traject_deelnemers"),
        Value::Suppressed,
        "empty waarde with opmerking <10"
    );
    let budget = k.select("programmabudget", None).next().unwrap();
    assert_eq!(
        (budget.waarde, budget.eenheid),
        (Value::Number(8858.0), Eenheid::EuroX1000),
        "8.858 → 8858"
    );
    assert_eq!(budget.categorie, "ondersteuning_korte_afstand");
    assert_eq!(k.source_line[0], 3);
    assert_eq!(*k.source_line.last().unwrap(), 26);
}

// ---------------------------------------------------------------------------------------
// §4.1 Encoding
// ---------------------------------------------------------------------------------------

#[test]
fn encoding_utf8_bom_is_stripped() {
    let ds = load(fixture!("utf8_bom.csv"));
    assert_eq!(ds.report.encoding, DetectedEncoding::Utf8Bom);
    assert_eq!(ds.report.columns[0].source, "uitkering_id");
    assert_eq!(ds.report.columns[0].field, Some("uitkering_id"));
    assert_eq!(episodes(&ds).len(), 2);
}

#[test]
fn encoding_utf8_without_bom_with_diacritic_headers() {
    let ds = load(fixture!("utf8_diacritics.csv"));
    assert_eq!(ds.report.encoding, DetectedEncoding::Utf8);
    assert_eq!(field_of(&ds.report, "Beëindigingsdatum"), Some("einddatum"));
    assert_eq!(field_of(&ds.report, "BEGINDATUM"), Some("startdatum"));
    assert_eq!(
        field_of(&ds.report, "Reden beëindiging"),
        Some("uitstroomreden")
    );
    assert_eq!(field_of(&ds.report, "Cliënt stadsdeel"), None);
    let e = episodes(&ds);
    assert_eq!(e.eind[0], d("01-03-2024"));
    assert_eq!(e.uitstroomreden[0], Some(Uitstroomreden::Werk));
}

#[test]
fn encoding_windows1252_fallback_reads_euro_and_e_trema() {
    let ds = load(fixture!("windows1252_kerncijfers.csv"));
    assert_eq!(ds.report.encoding, DetectedEncoding::Windows1252);
    let k = kerncijfers(&ds);
    assert_eq!(k.row(0).waarde, Value::Number(104.2), "€ is byte 0x80");
    assert_eq!(k.row(0).opmerking, "beëindigd", "ë is byte 0xEB");
    assert_eq!(k.row(1).opmerking, "financiële ruimte");

    let ds = load(fixture!("windows1252_episodes.csv"));
    assert_eq!(ds.report.encoding, DetectedEncoding::Windows1252);
    assert_eq!(field_of(&ds.report, "Beëindigingsdatum"), Some("einddatum"));
    assert_eq!(episodes(&ds).eind[0], d("01-03-2024"));
}

#[test]
fn encoding_utf16le_bom_tab_separated() {
    // Excel "Unicode-tekst (*.txt)": UTF-16LE with BOM, tab-separated, CRLF.
    let ds = load(fixture!("utf16le_tab.txt"));
    assert_eq!(ds.report.encoding, DetectedEncoding::Utf16Le);
    assert_eq!(ds.report.separator, '\t');
    let e = episodes(&ds);
    assert_eq!(e.stadsdelen.labels, ["centrum", "west"]);
    assert_eq!(e.eind[1], d("01-03-2024"));
    assert_eq!(e.uitstroomreden[1], Some(Uitstroomreden::Studie));
}

#[test]
fn encoding_forced_by_option() {
    // UTF-8 "ë" read as Windows-1252 gives "Ã«": the override is honoured.
    let text = "indicator;periode_tot;waarde;eenheid;status;opmerking\n\
                a;31-12-2024;1;aantal;realisatie;beëindigd\n";
    assert_eq!(
        kerncijfers(&load(text.as_bytes())).row(0).opmerking,
        "beëindigd"
    );
    let opts = LoadOptions {
        encoding: Some(DetectedEncoding::Windows1252),
        ..LoadOptions::default()
    };
    let ds = load_with(text.as_bytes(), &opts);
    assert_eq!(ds.report.encoding, DetectedEncoding::Windows1252);
    assert_eq!(kerncijfers(&ds).row(0).opmerking, "beÃ«indigd");
}

#[test]
fn headers_match_after_normalisation_incl_corrupted_diacritics_and_nbsp() {
    // "Beéindigingsdatum" is the ë→é corruption seen in the seed (FIGURES §S-7).
    let ds = load(fixture!("utf8_corrupt_diacritics.csv"));
    assert_eq!(field_of(&ds.report, "Beéindigingsdatum"), Some("einddatum"));
    // Non-breaking spaces around headers and values are trimmed.
    let ds = load(fixture!("nbsp.csv"));
    assert_eq!(field_of(&ds.report, "Stadsdeel"), Some("stadsdeel"));
    let e = episodes(&ds);
    assert_eq!(e.stadsdelen.labels, ["zuid"]);
    assert_eq!(e.start[0], d("01-01-2024"));
}

// ---------------------------------------------------------------------------------------
// §4.2 Separator, quoting, structure
// ---------------------------------------------------------------------------------------

#[test]
fn separator_is_detected_outside_quotes() {
    let ds = load(fixture!("separator_comma.csv"));
    assert_eq!(ds.report.separator, ',', "the ; inside quotes do not count");
    assert_eq!(
        ds.report.decimal,
        DecimalStyle::Point,
        "a comma file defaults to decimal point"
    );
    assert_eq!(episodes(&ds).len(), 2);
    assert_eq!(field_of(&ds.report, "notitie"), None);

    let ds = load(fixture!("separator_tab.tsv"));
    assert_eq!(ds.report.separator, '\t');
    assert_eq!(episodes(&ds).eind[1], d("01-03-2024"));

    let ds = load(fixture!("separator_pipe.csv"));
    assert_eq!(ds.report.separator, '|');
    assert_eq!(episodes(&ds).uitstroomreden[1], Some(Uitstroomreden::Werk));

    let ds = load(fixture!("datamodel_2_5.csv"));
    assert_eq!(
        (ds.report.separator, ds.report.decimal),
        (';', DecimalStyle::Comma)
    );
}

#[test]
fn separator_forced_by_option() {
    let opts = LoadOptions {
        separator: Some('|'),
        ..LoadOptions::default()
    };
    let ds = load_with(fixture!("separator_pipe.csv"), &opts);
    assert_eq!(ds.report.separator, '|');
    let e = io::load(fixture!("datamodel_2_5.csv"), "x.csv", &opts).unwrap_err();
    assert!(matches!(e.kind, LoadErrorKind::UnknownColumns(_)), "{e}");
}

#[test]
fn sep_line_is_honoured_dropped_and_counted_in_line_numbers() {
    let e = load_err(fixture!("sep_line.csv"));
    assert_eq!(e.kind, LoadErrorKind::BadDate("01-13-2024".into()));
    assert_eq!((e.line, e.column.as_deref()), (Some(4), Some("startdatum")));
    let ok = String::from_utf8(fixture!("sep_line.csv").to_vec())
        .unwrap()
        .replace("01-13", "13-01");
    let ds = load(ok.as_bytes());
    assert!(ds.report.sep_line);
    assert_eq!((ds.report.header_line, ds.report.rows), (2, 2));
    // sep= overrides detection: a "sep=," line makes a ;-file one column wide.
    let e = load_err(b"sep=,\nuitkering_id;startdatum;einddatum\nU1;01-01-2024;\n");
    assert!(matches!(e.kind, LoadErrorKind::UnknownColumns(_)));
}

#[test]
fn quoted_fields_hold_separators_newlines_and_escaped_quotes() {
    let fixed = String::from_utf8(fixture!("quoted.csv").to_vec())
        .unwrap()
        .replace("31-02", "01-02");
    let ds = load(fixed.as_bytes());
    assert_eq!(ds.report.rows, 4);
    assert_eq!(
        episodes(&ds).stadsdelen.labels,
        ["zuid", "noord", "oost", "west"]
    );
    assert_eq!(ds.report.columns[2].source, "opmerking");
}

#[test]
fn error_lines_are_source_lines_not_record_numbers() {
    // Q2 spans lines 3–4, so Q4 (the 4th record) is on line 6.
    let e = load_err(fixture!("quoted.csv"));
    assert_eq!(e.kind, LoadErrorKind::BadDate("31-02-2024".into()));
    assert_eq!(e.line, Some(6));
    // Blank lines before it still count.
    let text = String::from_utf8(fixture!("quoted.csv").to_vec())
        .unwrap()
        .replace("\nQ4", "\n\n;;\n\nQ4");
    assert_eq!(load_err(text.as_bytes()).line, Some(9));
}

#[test]
fn line_endings_crlf_lf_and_lone_cr() {
    let e = load_err(fixture!("line_endings_cr.csv"));
    assert_eq!(e.kind, LoadErrorKind::BadDate("32-01-2024".into()));
    assert_eq!(e.line, Some(4), "lone CR ends a line");
    let lf = String::from_utf8(fixture!("quoted.csv").to_vec()).unwrap();
    for (name, text) in [
        ("LF", lf.clone()),
        ("CRLF", lf.replace('\n', "\r\n")),
        ("CR", lf.replace('\n', "\r")),
    ] {
        let e = load_err(text.as_bytes());
        assert_eq!(e.line, Some(6), "{name}");
        let ok = text.replace("31-02", "01-02");
        assert_eq!(load(ok.as_bytes()).report.rows, 4, "{name}");
    }
}

#[test]
fn trailing_empty_columns_and_rows_are_ignored() {
    let ds = load(fixture!("excel_artefacts.csv"));
    assert_eq!(
        ds.report.columns.len(),
        4,
        "trailing ;;; columns are dropped"
    );
    assert_eq!(ds.report.rows, 2);
    assert_eq!(episodes(&ds).len(), 2);
    assert!(
        has_warning(&ds.report, "1 lege regel(s) tussen de gegevens"),
        "{:?}",
        ds.report.warnings
    );
    assert!(
        !has_warning(&ds.report, "3 lege"),
        "trailing blank rows are silent"
    );
}

#[test]
fn title_rows_above_the_header_are_skipped() {
    let ds = load(fixture!("title_rows.csv"));
    assert_eq!(ds.report.header_line, 4);
    assert_eq!(ds.report.rows, 2);
    assert_eq!(dates(&episodes(&ds).start), ["01-01-2024", "01-02-2024"]);
    assert!(
        has_warning(&ds.report, "2 regel(s) boven de kopregel"),
        "{:?}",
        ds.report.warnings
    );
}

#[test]
fn totaal_row_is_a_check_value_not_data() {
    let ds = load(fixture!("totaal_kerncijfers.csv"));
    let k = kerncijfers(&ds);
    assert_eq!(k.len(), 3);
    let t = ds.report.total.as_ref().expect("total row");
    assert_eq!(t.line, 5);
    assert_eq!(t.columns, vec![("waarde".to_string(), 654.0, 654.0)]);
    assert!(ds.report.warnings.is_empty(), "{:?}", ds.report.warnings);

    let off = String::from_utf8(fixture!("totaal_kerncijfers.csv").to_vec())
        .unwrap()
        .replace(";654;", ";700;");
    let ds = load(off.as_bytes());
    assert_eq!(ds.report.total.as_ref().unwrap().columns[0].1, 700.0);
    assert!(
        has_warning(&ds.report, "zegt 700"),
        "{:?}",
        ds.report.warnings
    );

    // Episodes: "Totaal" with counts, compared with the filled cells of each column.
    let ds = load(fixture!("totaal_episodes.csv"));
    assert_eq!(episodes(&ds).len(), 3);
    let t = ds.report.total.as_ref().unwrap();
    assert_eq!(t.line, 5);
    assert_eq!(
        t.columns,
        vec![
            ("startdatum".into(), 3.0, 3.0),
            ("einddatum".into(), 1.0, 1.0),
            ("uitstroomreden".into(), 1.0, 1.0)
        ]
    );
}

#[test]
fn header_synonyms_map_and_unknown_columns_are_ignored() {
    let ds = load(fixture!("synonyms.csv"));
    let r = &ds.report;
    assert_eq!(field_of(r, "Sekse"), Some("geslacht"));
    assert_eq!(field_of(r, "Geb_jaar"), Some("geboortejaar"));
    assert_eq!(field_of(r, "Wijk"), Some("stadsdeel"));
    assert_eq!(field_of(r, "Ingangsdatum"), Some("startdatum"));
    assert_eq!(field_of(r, "Datum_einde"), Some("einddatum"));
    assert_eq!(field_of(r, "Reden uitstroom"), Some("uitstroomreden"));
    assert_eq!(field_of(r, "Vergunninghouder"), Some("is_statushouder"));
    assert_eq!(field_of(r, "Opmerking intern"), None);
    assert_eq!(field_of(r, "Keten"), None);
    assert!(
        has_warning(r, "Onbekende kolommen genegeerd: 'Opmerking intern'"),
        "{:?}",
        r.warnings
    );
    assert!(has_warning(r, "niet gebruikt: 'Keten'"), "{:?}", r.warnings);
    let e = episodes(&ds);
    assert_eq!(e.geslacht, [Geslacht::Vrouw, Geslacht::Man]);
    assert_eq!(e.geboortejaar, [1980, 1995]);
    assert_eq!(e.statushouder, [Flag::Nee, Flag::Ja]);
    assert_eq!(e.uitstroomreden, [Some(Uitstroomreden::Studie), None]);
}

#[test]
fn file_kind_is_detected_from_the_header() {
    assert_eq!(
        load(fixture!("datamodel_2_5.csv")).report.kind,
        FileKind::Episodes
    );
    assert_eq!(
        load(fixture!("numbers.csv")).report.kind,
        FileKind::Kerncijfers
    );
}

// ---------------------------------------------------------------------------------------
// §4.3 Numbers
// ---------------------------------------------------------------------------------------

#[test]
fn numbers_dutch_notation_markers_and_negatives() {
    let ds = load(fixture!("numbers.csv"));
    assert_eq!(ds.report.decimal, DecimalStyle::Comma);
    let k = kerncijfers(&ds);
    let n = |i: &str| waarde(k, i);
    assert_eq!(n("n01"), Value::Number(1.14), "decimal comma");
    assert_eq!(n("n02"), Value::Number(5687.0), "thousands dot");
    assert_eq!(n("n03"), Value::Number(5687.0), "thousands space");
    assert_eq!(n("n04"), Value::Number(5687.0), "thousands NBSP");
    assert_eq!(n("n05"), Value::Number(112.8), "€ prefix");
    assert_eq!(
        n("n06"),
        Value::Number(112.8),
        "mln suffix in a euro_mln row"
    );
    assert_eq!(n("n07"), Value::Number(8.6), "EUR prefix");
    assert_eq!(
        n("n08"),
        Value::Number(21.29),
        "21,29% is 21.29, not 0.2129"
    );
    assert_eq!(n("n09"), Value::Number(-1000.0), "-1.000");
    assert_eq!(n("n10"), Value::Number(-1000.0), "U+2212 minus");
    assert_eq!(n("n11"), Value::Number(-1000.0), "(1.000)");
    for i in ["n12", "n13", "n14", "n15", "n16", "n17"] {
        assert_eq!(n(i), Value::Missing, "{i}");
    }
    assert_eq!(
        n("n18"),
        Value::Suppressed,
        "<10 is suppressed, not zero or missing"
    );
    assert_eq!(n("n19"), Value::Suppressed, "*");
    assert_eq!(
        n("n20"),
        Value::Number(1_500_000.0),
        "1,5 mln in a euro row is scaled"
    );
    let r21 = k.rows().find(|r| r.indicator == "n21").unwrap();
    assert_eq!(
        (r21.waarde, r21.eenheid),
        (Value::Number(21.29), Eenheid::Procent),
        "unit from the % sign"
    );
    assert_eq!(n("n22"), Value::Number(1_234_567.89));
}

#[test]
fn bad_number_names_the_value() {
    let text =
        "indicator;periode_tot;waarde;eenheid;status\na;31-12-2024;12,3,4;aantal;realisatie\n";
    let e = load_err(text.as_bytes());
    assert_eq!(e.kind, LoadErrorKind::BadNumber("12,3,4".into()));
    assert_eq!(
        e.message(Lang::Nl),
        "'12,3,4' is geen geldig getal. (regel 2, kolom 'waarde')"
    );
}

#[test]
fn decimal_style_is_decided_per_column() {
    // CBS style: comma-separated, decimal point; "5,687" (quoted) is then 5687.
    let ds = load(fixture!("decimal_point_comma_separated.csv"));
    assert_eq!(ds.report.decimal, DecimalStyle::Point);
    let k = kerncijfers(&ds);
    assert_eq!(
        [waarde(k, "a"), waarde(k, "b"), waarde(k, "c")],
        [35.0, 0.49, 5687.0].map(Value::Number)
    );
    // A ;-file whose column has "1.5": the column is decimal point, so 1.204 stays 1.204.
    let ds = load(fixture!("decimal_point_column.csv"));
    assert_eq!(ds.report.decimal, DecimalStyle::Point);
    assert_eq!(waarde(kerncijfers(&ds), "b"), Value::Number(1.204));
    // The user may force the style.
    let opts = LoadOptions {
        decimal: Some(DecimalStyle::Comma),
        ..LoadOptions::default()
    };
    let ds = load_with(fixture!("decimal_point_column.csv"), &opts);
    assert_eq!(waarde(kerncijfers(&ds), "b"), Value::Number(1204.0));
}

#[test]
fn unit_hint_in_the_waarde_header() {
    // "x € 1.000" in the header stands in for the eenheid column.
    let ds = load(fixture!("unit_hint_header.csv"));
    let k = kerncijfers(&ds);
    assert_eq!(field_of(&ds.report, "Waarde (x € 1.000)"), Some("waarde"));
    assert!(k.rows().all(|r| r.eenheid == Eenheid::EuroX1000));
    assert_eq!(k.row(1).waarde, Value::Number(28467.0));
    // Without a hint the eenheid column is required.
    let text = "indicator;periode_tot;waarde;status\na;31-12-2024;1;realisatie\n";
    assert_eq!(
        load_err(text.as_bytes()).kind,
        LoadErrorKind::MissingColumn("eenheid".into())
    );
}

// ---------------------------------------------------------------------------------------
// §4.4 Dates
// ---------------------------------------------------------------------------------------

#[test]
fn dates_in_every_accepted_notation() {
    let ds = load(fixture!("dates.csv"));
    let got = dates(&episodes(&ds).start);
    let want = [
        "30-09-2024", // dd-mm-jjjj
        "01-07-2024", // d-m-jjjj
        "30-09-2024", // dd/mm/jjjj
        "30-09-2024", // dd.mm.jjjj
        "30-09-2024", // ISO
        "01-09-2024", // mm-jjjj
        "01-09-2024", // jjjj-mm
        "01-01-2024", // jjjj
        "30-09-2024", // two-digit year
        "30-09-2024", // 30 september 2024
        "30-09-2024", // 30-sep-2024
        "01-09-2024", // sep-24
        "01-03-2024", // mrt
        "01-05-2024", // mei
        "01-10-2024", // okt
        "30-09-2024", // Excel serial 45565
        "30-09-1985", // pivot: 85 → 1985
        "30-09-2024", // with a time part
    ];
    assert_eq!(got, want);
}

#[test]
fn dates_are_never_month_first_unless_asked() {
    let e = load_err(fixture!("month_first.csv"));
    assert_eq!(e.kind, LoadErrorKind::BadDate("09-30-2024".into()));
    assert_eq!((e.line, e.column.as_deref()), (Some(3), Some("startdatum")));
    let opts = LoadOptions {
        month_first: true,
        ..LoadOptions::default()
    };
    let ds = load_with(fixture!("month_first.csv"), &opts);
    assert!(ds.report.month_first);
    assert_eq!(dates(&episodes(&ds).start), ["02-01-2024", "30-09-2024"]);
    let fixed = String::from_utf8(fixture!("month_first.csv").to_vec())
        .unwrap()
        .replace("09-30", "30-09");
    assert_eq!(
        dates(&episodes(&load(fixed.as_bytes())).start),
        ["01-02-2024", "30-09-2024"]
    );
}

#[test]
fn bad_date_message_names_value_line_and_column() {
    let e = load_err(fixture!("bad_date_line14.csv"));
    assert_eq!(
        e.message(Lang::Nl),
        "'31-02-2024' is geen geldige datum: dag 31 bestaat niet in maand 2 van 2024 (die heeft 29 \
         dagen). (regel 14, kolom 'startdatum')"
    );
}

#[test]
fn period_labels_quarters_and_years_in_kerncijfers() {
    let ds = load(fixture!("kerncijfers_quarters.csv"));
    let k = kerncijfers(&ds);
    let r = k.row(0);
    assert_eq!(
        (r.periode_type, r.periode_van, r.periode_tot),
        (
            PeriodeType::Kwartaal,
            Some(d("01-07-2024")),
            d("30-09-2024")
        )
    );
    let r = k.row(1);
    assert_eq!(
        (r.periode_type, r.periode_van, r.periode_tot),
        (PeriodeType::Periode, Some(d("01-01-2024")), d("30-09-2024"))
    );
    let r = k.row(2);
    assert_eq!(
        (r.periode_type, r.periode_van, r.periode_tot),
        (PeriodeType::Jaar, Some(d("01-01-2024")), d("31-12-2024"))
    );
    // "Q1 t/m Q3 2024" in periode_tot alone gives the whole period.
    let r = k.row(3);
    assert_eq!(
        (r.periode_type, r.periode_van, r.periode_tot),
        (PeriodeType::Periode, Some(d("01-01-2024")), d("30-09-2024"))
    );
}

// ---------------------------------------------------------------------------------------
// §4.5 Booleans and codes
// ---------------------------------------------------------------------------------------

#[test]
fn booleans_in_every_accepted_spelling() {
    let ds = load(fixture!("booleans.csv"));
    let e = episodes(&ds);
    use Flag::*;
    assert_eq!(
        e.statushouder,
        [Ja, Nee, Ja, Nee, Ja, Nee, Ja, Nee, Ja, Nee, Onbekend]
    );
    // A column that ticks with "x" and never says no reads empty as "nee".
    assert_eq!(
        e.inkomsten_arbeid,
        [Ja, Nee, Ja, Nee, Nee, Nee, Nee, Nee, Nee, Nee, Nee]
    );
    assert!(has_warning(&ds.report, "'inkomsten_arbeid' gebruikt 'x'"));
    let e =
        load_err(b"uitkering_id;startdatum;einddatum;is_statushouder\nU1;01-01-2024;;misschien\n");
    assert!(
        matches!(&e.kind, LoadErrorKind::BadCode { value, .. } if value == "misschien"),
        "{e}"
    );
    assert_eq!(e.column.as_deref(), Some("is_statushouder"));
}

#[test]
fn gemeente_codes_and_category_spellings_are_normalised() {
    let ds = load(fixture!("codes.csv"));
    let e = episodes(&ds);
    assert_eq!(
        e.gemeente.labels,
        ["GM0153", "GM0363"],
        "153, 0153 and GM0153 are one municipality"
    );
    assert_eq!(e.gemeente_code, [0, 0, 0, 1]);
    assert_eq!(
        e.geslacht,
        [
            Geslacht::Vrouw,
            Geslacht::Man,
            Geslacht::Vrouw,
            Geslacht::Anders
        ]
    );
    assert_eq!(
        e.doelgroep,
        [
            Some(Doelgroep::Statushouder),
            Some(Doelgroep::Statushouder),
            Some(Doelgroep::Jongere),
            Some(Doelgroep::Overig)
        ]
    );
    let sd: Vec<&str> = e.stadsdeel.iter().map(|&c| e.stadsdelen.label(c)).collect();
    assert_eq!(sd, ["oost", "zuid", "oost", "centrum"], "Glanerbrug → oost");
    assert_eq!(
        e.afstand,
        [
            Afstand::Lang,
            Afstand::Kort,
            Afstand::Onbekend,
            Afstand::Lang
        ]
    );
    assert_eq!(e.uitstroomreden[2], Some(Uitstroomreden::Werk));
}

// ---------------------------------------------------------------------------------------
// §2.1 Validation
// ---------------------------------------------------------------------------------------

#[test]
fn required_column_missing_is_an_error_at_the_header() {
    let e = load_err(fixture!("missing_column.csv"));
    assert_eq!(e.kind, LoadErrorKind::MissingColumn("einddatum".into()));
    assert_eq!(e.line, Some(1));
    assert!(e.message(Lang::Nl).contains("'einddatum' ontbreekt"));
}

#[test]
fn gemeente_code_may_be_absent() {
    let ds = load(fixture!("no_gemeente.csv"));
    let e = episodes(&ds);
    assert_eq!(e.gemeente.labels, [""]);
    assert_eq!(e.gemeente_code, [0]);
    assert!(has_warning(&ds.report, "'gemeente_code' ontbreekt"));
}

#[test]
fn einddatum_before_startdatum_is_an_error() {
    let e = load_err(fixture!("end_before_start.csv"));
    assert_eq!(
        e.kind,
        LoadErrorKind::EndBeforeStart {
            start: "01-06-2024".into(),
            end: "01-03-2024".into()
        }
    );
    assert_eq!((e.line, e.column.as_deref()), (Some(3), Some("einddatum")));
    assert_eq!(
        e.message(Lang::Nl),
        "De einddatum '01-03-2024' ligt vóór de startdatum '01-06-2024'. (regel 3, kolom 'einddatum')"
    );
}

#[test]
fn uitstroomreden_missing_with_einddatum_becomes_onbekend_with_a_warning() {
    let ds = load(fixture!("missing_reason.csv"));
    let e = episodes(&ds);
    assert_eq!(
        e.uitstroomreden,
        [
            Some(Uitstroomreden::Onbekend),
            None,
            Some(Uitstroomreden::Werk)
        ]
    );
    assert!(
        has_warning(
            &ds.report,
            "1 uitkering(en) met een einddatum maar zonder uitstroomreden"
        ),
        "{:?}",
        ds.report.warnings
    );
    assert!(has_warning(&ds.report, "(eerste op regel 2)"));
    assert!(
        has_warning(&ds.report, "met een uitstroomreden maar zonder einddatum"),
        "{:?}",
        ds.report.warnings
    );
}

#[test]
fn uitkering_id_must_be_unique() {
    let e = load_err(fixture!("duplicate_id.csv"));
    assert_eq!(e.kind, LoadErrorKind::DuplicateId("U1".into()));
    assert_eq!(
        (e.line, e.column.as_deref()),
        (Some(4), Some("uitkering_id"))
    );
}

#[test]
fn uitkering_id_must_be_filled() {
    let e = load_err(fixture!("empty_id.csv"));
    assert_eq!(e.kind, LoadErrorKind::EmptyValue);
    assert_eq!(
        (e.line, e.column.as_deref()),
        (Some(3), Some("uitkering_id"))
    );
}

#[test]
fn ragged_row_is_an_error_with_its_line() {
    let e = load_err(fixture!("ragged.csv"));
    assert_eq!(
        e.kind,
        LoadErrorKind::RaggedRow {
            expected: 4,
            found: 5
        }
    );
    assert_eq!(e.line, Some(3));
    assert_eq!(
        e.message(Lang::Nl),
        "Deze regel heeft 5 velden, de kopregel 4. (regel 3)"
    );
}

#[test]
fn unknown_category_value_is_an_error_naming_it() {
    let e = load_err(fixture!("bad_code.csv"));
    match &e.kind {
        LoadErrorKind::BadCode { value, allowed } => {
            assert_eq!(value, "Q");
            assert!(allowed.contains(&"V".to_string()));
        }
        k => panic!("{k:?}"),
    }
    assert_eq!((e.line, e.column.as_deref()), (Some(3), Some("geslacht")));
    assert!(e
        .message(Lang::Nl)
        .starts_with("'Q' is geen toegestane waarde"));
}

#[test]
fn age_outside_18_to_aow_is_a_warning() {
    let text = "uitkering_id;geboortejaar;startdatum;einddatum\nU1;2010;01-01-2024;\nU2;1990;01-01-2024;\nU3;1940;01-01-2024;\n";
    let ds = load(text.as_bytes());
    assert_eq!(episodes(&ds).geboortejaar, [2010, 1990, 1940]);
    assert!(
        has_warning(
            &ds.report,
            "2 uitkering(en) met een leeftijd buiten 18 jaar"
        ),
        "{:?}",
        ds.report.warnings
    );
    let e = load_err(b"uitkering_id;geboortejaar;startdatum;einddatum\nU1;19x0;01-01-2024;\n");
    assert!(
        e.message(Lang::Nl)
            .starts_with("'19x0' is geen geldig geboortejaar"),
        "{e}"
    );
}

// ---------------------------------------------------------------------------------------
// §5 Privacy: BSN refusal
// ---------------------------------------------------------------------------------------

#[test]
fn bsn_column_name_is_refused() {
    let e = load_err(fixture!("bsn_header.csv"));
    assert_eq!(e.kind, LoadErrorKind::BsnColumn);
    assert_eq!((e.line, e.column.as_deref()), (Some(1), Some("BSN")));
    for header in [
        "Burgerservicenummer",
        "sofinummer",
        "BSN-nummer",
        "client_bsn",
    ] {
        let text = format!("uitkering_id;{header};startdatum;einddatum\nU1;x;01-01-2024;\n");
        let e = load_err(text.as_bytes());
        assert_eq!(
            (e.kind, e.column.as_deref()),
            (LoadErrorKind::BsnColumn, Some(header)),
            "{header}"
        );
    }
    // Also when the rest of the header is unknown.
    let e = load_err(b"naam;bsn;adres\nJan;111222333;Straat 1\n");
    assert_eq!(e.kind, LoadErrorKind::BsnColumn);
}

#[test]
fn bsn_values_passing_the_elfproef_are_refused() {
    let e = load_err(fixture!("bsn_values.csv"));
    assert_eq!(
        (e.kind.clone(), e.column.as_deref()),
        (LoadErrorKind::BsnValues, Some("klantnummer"))
    );
    assert!(
        !e.message(Lang::Nl).contains("111222333"),
        "the message never repeats a BSN"
    );
    // Privacy first: the BSN refusal wins over a bad date further on.
    let e = load_err(fixture!("bsn_then_bad_date.csv"));
    assert_eq!(e.kind, LoadErrorKind::BsnValues);
}

#[test]
fn random_nine_digit_ids_are_not_mistaken_for_bsns() {
    // ≈ 1 in 11 random 9-digit numbers passes the 11-proef; that is not a BSN column.
    let mut seed: u64 = 0x5EED;
    let mut text = String::from("uitkering_id;dossiernummer;startdatum;einddatum\n");
    for i in 0..2000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let id = 100_000_000 + (seed >> 33) % 900_000_000;
        text.push_str(&format!("{id};{};01-01-2024;\n", 200_000_000 + i * 7));
    }
    let ds = load(text.as_bytes());
    assert_eq!(episodes(&ds).len(), 2000);
}

// ---------------------------------------------------------------------------------------
// Other formats and files that are not episodes or kerncijfers
// ---------------------------------------------------------------------------------------

#[test]
fn cbs_open_data_table_is_read_as_reference_data() {
    // CBS StatLine CSV: BOM, comma-separated, every value quoted and space-padded. It is
    // reference data (docs/reference-data.md), not a caseload: read beside it.
    let bytes = fixture!("cbs_bijstand_gemeenten_2015_excerpt.csv");
    let name = "cbs_bijstand_gemeenten_2015_excerpt.csv";
    let loaded = io::load(bytes, name, &LoadOptions::default()).expect("reference data");
    let r = loaded.reference().expect("reference data, not a dataset");
    assert!(loaded.dataset().is_none());
    let nl = r.nederland().unwrap();
    assert_eq!(
        r.value(
            nl,
            bijstand_core::refdata::Period::Year(2015),
            bijstand_core::refdata::Measure::Recipients
        ),
        Some(496600.0)
    );
    // Without a year in its name the table has no period: the message says so.
    let e = load_err(bytes);
    assert!(
        matches!(e.kind, LoadErrorKind::Reference(_)),
        "{:?}",
        e.kind
    );
    let m = e.message(Lang::Nl);
    assert!(m.contains("'test.csv' heeft geen kolom 'Perioden'"), "{m}");
}

#[test]
fn xlsx_and_json_are_recognised_and_broken_ones_refused() {
    // XLSX and JSON are read by the same loader (see loader_formats.rs); a damaged
    // workbook or a JSON object without rows is refused with a Dutch message.
    let e = load_err(b"PK\x03\x04\x14\x00\x06\x00rest of a zip");
    assert!(
        matches!(
            &e.kind,
            LoadErrorKind::BadWorkbook(_) | LoadErrorKind::XlsxNotBuilt // without the xlsx feature
        ) && e.message(Lang::Nl).contains(".xlsx"),
        "{e}"
    );
    let e = load_err(b"{\"episodes\": []}");
    assert!(
        matches!(&e.kind, LoadErrorKind::JsonNoRows { keys } if keys == &["episodes"])
            && e.message(Lang::Nl).contains("JSON"),
        "{e}"
    );
    assert_eq!(io::Format::sniff(b"[{\"a\":1}]", "x.txt"), io::Format::Json);
    assert_eq!(io::Format::sniff(b"[titel];x\n", "x.csv"), io::Format::Csv);
}

#[test]
fn empty_and_binary_files_are_refused() {
    assert_eq!(load_err(b"").kind, LoadErrorKind::Empty);
    assert_eq!(
        load_err(b"\xEF\xBB\xBF \r\n ;;;\n").kind,
        LoadErrorKind::Empty
    );
    assert_eq!(
        load_err(b"\x00\x01\x02binary\x00").kind,
        LoadErrorKind::Binary
    );
    // Only a header: refused (loading it would empty the screens), with its line.
    let e = load_err(b"uitkering_id;startdatum;einddatum\n");
    assert_eq!(e.kind, LoadErrorKind::NoBenefits);
    assert_eq!(e.line, Some(1));
}

// ---------------------------------------------------------------------------------------
// Robustness: load never panics
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn load_never_panics_on_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = io::load(&bytes, "random.bin", &LoadOptions::default());
    }

    #[test]
    fn load_never_panics_on_csv_like_text(
        header in proptest::sample::subsequence(
            vec!["uitkering_id", "startdatum", "einddatum", "uitstroomreden", "geslacht", "geboortejaar",
                 "stadsdeel", "is_statushouder", "gemeente_code", "indicator", "periode_tot", "waarde",
                 "eenheid", "status", "periode_van", "periode_type", "opmerking", "bsn"], 0..10),
        cells in proptest::collection::vec(
            proptest::sample::select(vec!["", "U1", "U2", "01-01-2024", "31-02-2024", "2024-Q3", "45565", "1,14",
                "5.687", "<10", "ja", "x", "V", "Totaal", "\"", "\"a;b\"", "\n", "\r", ";", ",", "\t", "€", "111222333",
                "GM0153", "procent", "realisatie", "peildatum", "sep=;", "\u{feff}", "ë", "-", "(1.000)"]),
            0..200),
        month_first in any::<bool>(),
    ) {
        let mut text = header.join(";");
        text.push('\n');
        for (i, c) in cells.iter().enumerate() {
            text.push_str(c);
            text.push(if i % 7 == 6 { '\n' } else { ';' });
        }
        let opts = LoadOptions { month_first, ..LoadOptions::default() };
        if let Err(e) = io::load(text.as_bytes(), "fuzz.csv", &opts) {
            prop_assert!(!e.message(Lang::Nl).is_empty());
        }
    }
}
