//! Hostile and broken files (issue 14 §2), natively: each is refused with a message a
//! controller understands, naming the place (line, column, sheet) where there is one. The
//! same files go through the built app in `e2e/hostile.test.mjs`; the large ones are made
//! here at run time (a 100 MB line, a million columns), none is committed.

use bijstand_core::io::{self, ForeignKind, LoadErrorKind, LoadOptions};
use bijstand_core::lang::Lang;
use rust_xlsxwriter::Workbook;

const HEAD: &str =
    "uitkering_id;geslacht;geboortejaar;stadsdeel;startdatum;einddatum;uitstroomreden\n";

fn row(i: usize, wijk: &str, gj: &str, start: &str, end: &str) -> String {
    format!("U{i};M;{gj};{wijk};{start};{end};\n")
}

/// The error of loading `bytes` as `name`, with its Dutch message.
fn refused(bytes: &[u8], name: &str) -> (LoadErrorKind, String) {
    match io::load(bytes, name, &LoadOptions::default()) {
        Ok(_) => panic!("{name} loaded"),
        Err(e) => {
            let nl = e.message(Lang::Nl);
            let en = e.message(Lang::En);
            assert_ne!(nl, en, "{name}: translated");
            (e.kind, nl)
        }
    }
}

fn assert_has(message: &str, parts: &[&str]) {
    for p in parts {
        assert!(message.contains(p), "{p:?} not in {message:?}");
    }
}

#[test]
fn files_that_are_no_table_say_what_they_are() {
    assert_eq!(refused(b"", "a.csv").0, LoadErrorKind::Empty);
    assert_eq!(refused(b"\xEF\xBB\xBF", "a.csv").0, LoadErrorKind::Empty);
    let (kind, m) = refused(HEAD.as_bytes(), "a.csv");
    assert_eq!(kind, LoadErrorKind::NoBenefits);
    assert_has(&m, &["alleen een kopregel", "(regel 1)"]);
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    let (kind, m) = refused(png, "a.csv");
    assert_eq!(kind, LoadErrorKind::ForeignFile(ForeignKind::Image));
    assert_has(&m, &["Dit is een afbeelding, geen tabel met gegevens."]);
    let (kind, m) = refused(b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n", "a.csv");
    assert_eq!(kind, LoadErrorKind::ForeignFile(ForeignKind::Pdf));
    assert_has(&m, &["PDF-bestand"]);
    // A ZIP archive without a workbook in it, under either name.
    let archive = zip(&[("notities.txt", b"hallo".to_vec())]);
    for name in ["a.csv", "a.xlsx"] {
        let (kind, m) = refused(&archive, name);
        assert_eq!(kind, LoadErrorKind::ForeignFile(ForeignKind::Zip));
        assert_has(&m, &["ZIP-archief (geen Excel-werkmap)"]);
    }
    let docx = zip(&[("word/document.xml", b"<w:document/>".to_vec())]);
    assert_eq!(
        refused(&docx, "a.xlsx").0,
        LoadErrorKind::ForeignFile(ForeignKind::Word)
    );
}

#[test]
fn encodings_that_would_garble_text_are_named() {
    let text = format!("{HEAD}{}", row(1, "Noord", "1980", "01-01-2020", ""));
    // UTF-16 without BOM: little-endian is read, big-endian refused as with a BOM.
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let loaded = io::load(&le, "a.csv", &LoadOptions::default()).expect("UTF-16LE");
    assert_eq!(loaded.report.encoding, io::DetectedEncoding::Utf16Le);
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert_eq!(refused(&be, "a.csv").0, LoadErrorKind::Utf16BigEndian);
    // UTF-8 on line 2, Windows-1252 on line 3.
    let mut mixed = HEAD.as_bytes().to_vec();
    mixed.extend_from_slice(row(1, "Café Zuid", "1980", "01-01-2020", "").as_bytes());
    mixed.extend_from_slice(b"U2;M;1980;Caf\xe9 Noord;01-01-2020;;\n");
    let (kind, m) = refused(&mixed, "a.csv");
    assert_eq!(
        kind,
        LoadErrorKind::MixedEncoding {
            utf8_line: 2,
            other_line: 3
        }
    );
    assert_has(&m, &["regel 2 is UTF-8, regel 3 Windows-1252"]);
    // Forced, the same file loads (the message says where to force it).
    let forced = LoadOptions {
        encoding: Some(io::DetectedEncoding::Windows1252),
        ..LoadOptions::default()
    };
    assert!(io::load(&mixed, "a.csv", &forced).is_ok());
    // A NUL in a cell of a text file: its line, not "this is no text file".
    let nul = format!("{HEAD}{}", row(1, "No\0ord", "1980", "01-01-2020", ""));
    let (kind, m) = refused(nul.as_bytes(), "a.csv");
    assert_eq!(kind, LoadErrorKind::NulCharacter);
    assert_has(&m, &["NUL-teken", "(regel 2)"]);
    assert_eq!(
        refused(b"\x00\x01\x02binary\x00", "a.csv").0,
        LoadErrorKind::Binary
    );
    // Far past the first 8 KB (what is looked at to tell text from binary), the same.
    let mut late = HEAD.to_string();
    for i in 1..=2000 {
        late.push_str(&row(i, "Noord", "1980", "01-01-2020", ""));
    }
    late.push_str(&row(2001, "Zu\0id", "1980", "01-01-2020", ""));
    late.push_str(&row(2002, "Zuid", "1980", "01-01-2020", ""));
    let (kind, m) = refused(late.as_bytes(), "a.csv");
    assert_eq!(kind, LoadErrorKind::NulCharacter);
    assert_has(&m, &["NUL-teken", "(regel 2002)"]);
    // Streamed in as a large file is, the NUL is in a later window: the stream gives up and
    // the whole load names the line.
    let options = LoadOptions::default();
    let streamed =
        io::stream::load_streamed(late.as_bytes(), "a.csv", &options, &[4096], (8192, 4096));
    assert!(streamed.is_none(), "a NUL byte was streamed into a cell");
}

#[test]
fn huge_rows_and_cells_are_refused_quickly_with_their_place() {
    let t = std::time::Instant::now();
    let mut wide = String::from("uitkering_id;startdatum");
    wide.push_str(&";k".repeat(1_000_000));
    wide.push_str("\nU1;01-01-2020\n");
    let (kind, m) = refused(wide.as_bytes(), "a.csv");
    assert_eq!(
        kind,
        LoadErrorKind::TooManyColumns {
            limit: io::MAX_COLUMNS
        }
    );
    assert_has(&m, &["meer dan 1.000 kolommen", "(regel 1)"]);
    let line = vec![b'a'; 100_000_000];
    let (kind, m) = refused(&line, "a.csv");
    assert_eq!(
        kind,
        LoadErrorKind::CellTooLong {
            chars: 100_000_000,
            limit: io::MAX_CELL_CHARS
        }
    );
    assert_has(&m, &["100.000.000 tekens", "(regel 1, kolom A)"]);
    let long = format!(
        "{HEAD}{}",
        row(1, &"W".repeat(100_000), "1980", "01-01-2020", "")
    );
    let (_, m) = refused(long.as_bytes(), "a.csv");
    assert_has(&m, &["100.000 tekens", "(regel 2, kolom 'stadsdeel')"]);
    // A data row of a million cells is ragged, and says so.
    let mut ragged = format!("{HEAD}U1;M;1980;Noord;01-01-2020;;");
    ragged.push_str(&";x".repeat(1_000_000));
    let (_, m) = refused(ragged.as_bytes(), "a.csv");
    assert_has(&m, &["1.000.007 velden, de kopregel 7", "(regel 2)"]);
    // Generous for a debug build on a shared machine; a release build takes a fraction.
    assert!(t.elapsed().as_secs() < 60, "{:?}", t.elapsed());
}

#[test]
fn impossible_dates_say_what_is_wrong() {
    let cases = [
        (
            "31-02-2024",
            "dag 31 bestaat niet in maand 2 van 2024 (die heeft 29 dagen)",
        ),
        ("01-13-2024", "maand 13 bestaat niet"),
        ("01-01-0000", "het jaar 0000 ligt niet tussen 1900 en 2100"),
        ("31-12-9999", "het jaar 9999 ligt niet tussen 1900 en 2100"),
        ("00-00-0000", "alleen nullen"),
        ("0", "alleen nullen"),
        ("2958466", "als Excel-datumgetal wordt alleen 10000"),
    ];
    for (date, why) in cases {
        let csv = format!("{HEAD}{}", row(1, "Noord", "1980", date, ""));
        let (kind, m) = refused(csv.as_bytes(), "a.csv");
        assert_eq!(kind, LoadErrorKind::BadDate(date.into()));
        assert_has(&m, &[why, "(regel 2, kolom 'startdatum')"]);
    }
    let csv = format!("{HEAD}{}", row(1, "Noord", "2090", "01-01-2020", ""));
    let (_, m) = refused(csv.as_bytes(), "a.csv");
    assert_has(
        &m,
        &[
            "geboortejaar 2090 ligt na de startdatum 01-01-2020",
            "(regel 2, kolom 'geboortejaar')",
        ],
    );
    let csv = format!("{HEAD}{}", row(1, "Noord", "1850", "01-01-2020", ""));
    assert_eq!(
        refused(csv.as_bytes(), "a.csv").0,
        LoadErrorKind::BadBirthYear("1850".into())
    );
}

#[test]
fn hostile_json_is_refused_with_its_row_and_key() {
    let deep = format!("[{}1{}]", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    let (_, m) = refused(deep.as_bytes(), "a.json");
    assert_has(&m, &["dieper genest dan 128 niveaus", "regel 1, teken"]);
    let one = |extra: &str| {
        format!(r#"[{{"uitkering_id":"J1","startdatum":"01-01-2020","einddatum":null{extra}}}]"#)
    };
    let (_, m) = refused(one(r#","geboortejaar":1e308"#).as_bytes(), "a.json");
    assert_has(
        &m,
        &[
            "'1e308' is geen geldig geboortejaar",
            "(rij 1 (index 0), sleutel 'geboortejaar')",
        ],
    );
    let (_, m) = refused(one(r#","geboortejaar":-0"#).as_bytes(), "a.json");
    assert_has(&m, &["'0' is geen geldig geboortejaar"]);
    let (kind, m) = refused(one(r#","startdatum":"01-01-2021""#).as_bytes(), "a.json");
    assert_eq!(kind, LoadErrorKind::JsonDuplicateKey("startdatum".into()));
    assert_has(&m, &["(rij 1 (index 0), sleutel 'startdatum')"]);
}

#[test]
fn a_zip_bomb_and_a_sheet_of_16384_columns_are_refused_before_they_are_read() {
    // A workbook whose sheet says it unpacks to 2 GiB (as a zip bomb's directory does).
    let mut bomb = benefits_workbook(0);
    set_declared_size(&mut bomb, "xl/worksheets/sheet1.xml", 1 << 31);
    let (kind, m) = refused(&bomb, "bom.xlsx");
    assert!(
        matches!(kind, LoadErrorKind::WorkbookTooLarge { ref part, .. } if part == "xl/worksheets/sheet1.xml"),
        "{kind:?}"
    );
    assert_has(&m, &["pakt uit tot meer dan 1.000 MB"]);

    // A directory that lies the other way: 50,000 rows (about 3 MB of sheet XML, a few
    // hundred KB packed) declared as 1,000 bytes. The zip reader stops at
    // the declared size, so no lie in the directory unpacks more than it states.
    let mut liar = benefits_workbook(50_000);
    set_declared_size(&mut liar, "xl/worksheets/sheet1.xml", 1000);
    let (kind, m) = refused(&liar, "leugen.xlsx");
    assert!(
        matches!(kind, LoadErrorKind::BadWorkbook(ref e) if e.contains("larger than its declared")),
        "{kind:?}"
    );
    assert_has(
        &m,
        &["kan niet worden gelezen", "beschadigd", "(blad 'Blad1')"],
    );

    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Breed").unwrap();
    for c in 0..16_384u16 {
        ws.write_string(0, c, format!("k{c}")).unwrap();
    }
    ws.write_string(1, 0, "U1").unwrap();
    let wide = wb.save_to_buffer().unwrap();
    let (kind, m) = refused(&wide, "breed.xlsx");
    assert_eq!(
        kind,
        LoadErrorKind::TooManyColumns {
            limit: io::MAX_COLUMNS
        }
    );
    assert_has(&m, &["(rij 1 op blad 'Breed')"]);
}

/// A workbook with sheet `Blad1`: a header of three columns and `rows` benefits.
fn benefits_workbook(rows: u32) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Blad1").unwrap();
    for (c, h) in ["uitkering_id", "startdatum", "einddatum"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=rows {
        ws.write_string(r, 0, "U").unwrap();
        ws.write_string(r, 1, "01-01-2020").unwrap();
    }
    wb.save_to_buffer().unwrap()
}

/// A ZIP archive of deflated `entries`.
fn zip(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in entries {
        let raw = miniz_oxide::deflate::compress_to_vec(data, 6);
        let mut common = Vec::new();
        for v in [20u16, 0, 8, 0, 0x21] {
            common.extend(v.to_le_bytes());
        }
        common.extend(crc32(data).to_le_bytes());
        common.extend((raw.len() as u32).to_le_bytes());
        common.extend((data.len() as u32).to_le_bytes());
        common.extend((name.len() as u16).to_le_bytes());
        common.extend(0u16.to_le_bytes());
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(&common);
        // Comment length, disk, internal and external attributes.
        central.extend([0u8; 10]);
        central.extend((out.len() as u32).to_le_bytes());
        central.extend(name.as_bytes());
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name.as_bytes());
        out.extend(&raw);
    }
    let (at, len, n) = (out.len() as u32, central.len() as u32, entries.len() as u16);
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend(n.to_le_bytes());
    out.extend(n.to_le_bytes());
    out.extend(len.to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend([0u8; 2]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// Writes `size` as the unpacked size of `part` in its local header and directory entry.
fn set_declared_size(zip: &mut [u8], part: &str, size: u32) {
    let name = part.as_bytes();
    let mut patched = 0;
    for at in 0..zip.len().saturating_sub(name.len()) {
        if &zip[at..at + name.len()] != name {
            continue;
        }
        if at >= 30 && zip[at - 30..at - 26] == [0x50, 0x4b, 0x03, 0x04] {
            zip[at - 8..at - 4].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        } else if at >= 46 && zip[at - 46..at - 42] == [0x50, 0x4b, 0x01, 0x02] {
            zip[at - 22..at - 18].copy_from_slice(&size.to_le_bytes());
            patched += 1;
        }
    }
    assert_eq!(patched, 2, "{part}: local header and directory entry");
}
