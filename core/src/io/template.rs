//! The template a municipality fills in: the caseload columns the loader reads, as CSV and
//! as an Excel workbook, with one example row. Made from the loader's own field list
//! ([`super::mappable_fields`] and the episodes schema), so the template and the loader
//! cannot drift apart; a test loads both back with [`super::load`].
//!
//! The workbook is written here (a few XML parts in an uncompressed ZIP, about 2 KB), so
//! the app needs no spreadsheet writer.

use super::{episodes, mappable_fields, FileKind};

/// File name of the CSV template.
pub const TEMPLATE_CSV_NAME: &str = "bijstandsverkenner_sjabloon.csv";

/// File name of the Excel template.
pub const TEMPLATE_XLSX_NAME: &str = "bijstandsverkenner_sjabloon.xlsx";

/// One column of the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TemplateColumn {
    /// The column name, as the header row has it.
    pub name: &'static str,
    /// What it holds (Dutch).
    pub label: &'static str,
    /// A file without it is refused.
    pub required: bool,
    /// The example row's value (empty where the example leaves it open).
    pub example: &'static str,
}

/// A value for the example row: a benefit that started on 1 March 2022 and is running.
fn example(name: &str) -> &'static str {
    match name {
        "uitkering_id" => "U000001",
        "gemeente_code" => "GM0153",
        "geslacht" => "V",
        "geboortejaar" => "1985",
        "huishoudtype" => "alleenstaande ouder",
        "is_statushouder" => "nee",
        "afstand_arbeidsmarkt" => "lang",
        "stadsdeel" => "Centrum",
        "startdatum" => "01-03-2022",
        "inkomsten_arbeid" => "nee",
        "rol" => "aanvrager",
        _ => "",
    }
}

/// The caseload columns the loader reads, in file order.
pub fn template_columns() -> Vec<TemplateColumn> {
    mappable_fields(FileKind::Episodes)
        .iter()
        .map(|&(name, label)| TemplateColumn {
            name,
            label,
            required: episodes::SCHEMA
                .fields
                .iter()
                .any(|f| f.name == name && f.required),
            example: example(name),
        })
        .collect()
}

/// The template's rows: the header row and the example row, a cell per column.
fn template_rows() -> [Vec<&'static str>; 2] {
    let cols = template_columns();
    [
        cols.iter().map(|c| c.name).collect(),
        cols.iter().map(|c| c.example).collect(),
    ]
}

/// The CSV template: UTF-8 with BOM, `;`-separated (as Dutch Excel saves it), the header
/// row and one example row.
pub fn template_csv() -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    for row in template_rows() {
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// Escapes text for XML.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The Excel template: one sheet "Uitkeringen" with the header row and the example row
/// (every cell text, so dates stay `dd-mm-jjjj` and codes keep their leading zeros).
pub fn template_xlsx() -> Vec<u8> {
    let rows: String = template_rows()
        .iter()
        .zip(1..)
        .map(|(cells, r)| {
            let cells: String = cells
                .iter()
                .enumerate()
                .filter(|(_, v)| !v.is_empty())
                .map(|(i, v)| {
                    format!(
                        r#"<c r="{}{r}" t="inlineStr"><is><t>{}</t></is></c>"#,
                        super::column_letter(i),
                        xml(v)
                    )
                })
                .collect();
            format!(r#"<row r="{r}">{cells}</row>"#)
        })
        .collect();
    let sheet = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#,
            r#"<sheetData>{}</sheetData></worksheet>"#
        ),
        rows
    );
    let parts: [(&str, String); 5] = [
        (
            "[Content_Types].xml",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
                r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
                r#"<Default Extension="xml" ContentType="application/xml"/>"#,
                r#"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
                r#"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#,
                r#"</Types>"#
            )
            .to_string(),
        ),
        (
            "_rels/.rels",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#,
                r#"</Relationships>"#
            )
            .to_string(),
        ),
        (
            "xl/workbook.xml",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#,
                r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
                r#"<sheets><sheet name="Uitkeringen" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            )
            .to_string(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
                r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#,
                r#"</Relationships>"#
            )
            .to_string(),
        ),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    stored_zip(&parts)
}

/// CRC-32 (IEEE), as ZIP needs it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A ZIP archive of these files, stored without compression (the template is small).
fn stored_zip(files: &[(&str, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    // 1 January 2025, 00:00 in DOS form, so the bytes are the same on every build.
    let (time, date): (u16, u16) = (0, ((2025 - 1980) << 9) | (1 << 5) | 1);
    for (name, text) in files {
        let data = text.as_bytes();
        let (crc, size, offset) = (crc32(data), data.len() as u32, out.len() as u32);
        let common = |v: &mut Vec<u8>| {
            v.extend_from_slice(&20u16.to_le_bytes()); // version needed
            v.extend_from_slice(&0x0800u16.to_le_bytes()); // flags: UTF-8 names
            v.extend_from_slice(&0u16.to_le_bytes()); // stored
            v.extend_from_slice(&time.to_le_bytes());
            v.extend_from_slice(&date.to_le_bytes());
            v.extend_from_slice(&crc.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&size.to_le_bytes());
            v.extend_from_slice(&(name.len() as u16).to_le_bytes());
            v.extend_from_slice(&0u16.to_le_bytes()); // extra length
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut central);
        central.extend_from_slice(&0u16.to_le_bytes()); // comment length
        central.extend_from_slice(&0u16.to_le_bytes()); // disk
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (start, len) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{load, Content, LoadOptions};
    use crate::model::Data;

    #[test]
    fn crc_is_the_zip_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn the_template_has_the_loaders_columns_and_loads_back() {
        let cols = template_columns();
        let names: Vec<&str> = cols.iter().map(|c| c.name).collect();
        let read: Vec<&str> = episodes::SCHEMA
            .fields
            .iter()
            .filter(|f| f.stored)
            .map(|f| f.name)
            .collect();
        assert_eq!(names, read, "every column the loader reads, in its order");
        for f in episodes::SCHEMA.fields.iter().filter(|f| f.required) {
            assert!(
                cols.iter().any(|c| c.name == f.name && c.required),
                "{}",
                f.name
            );
        }
        let csv = template_csv();
        assert!(csv.starts_with("\u{feff}uitkering_id;".as_bytes()));
        #[cfg(feature = "xlsx")]
        let files = vec![
            (TEMPLATE_CSV_NAME, csv),
            (TEMPLATE_XLSX_NAME, template_xlsx()),
        ];
        #[cfg(not(feature = "xlsx"))]
        let files = vec![(TEMPLATE_CSV_NAME, csv)];
        for (name, bytes) in files {
            let loaded = load(&bytes, name, &LoadOptions::default())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let Content::Dataset(ds) = &loaded.content else {
                panic!("{name}: not a caseload")
            };
            let Data::Episodes(e) = &ds.data else {
                panic!("{name}: not episodes")
            };
            assert_eq!(e.len(), 1, "{name}: the example row");
            // Every column was recognised by its name: none left over or unread.
            let mapped: Vec<&str> = loaded
                .report
                .columns
                .iter()
                .filter_map(|c| c.field)
                .collect();
            for n in &names {
                assert!(
                    mapped.contains(n),
                    "{name}: {n} not read; {:?}",
                    loaded.report.columns
                );
            }
        }
    }
}
