//! Tables out: CSV that reopens correctly in Dutch Excel (DATA-MODEL §4.6).
//!
//! UTF-8 with BOM, `;` separator, CRLF, cells quoted when needed, and a guard against
//! formula injection: a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a
//! leading `'`. Cells that are Dutch-formatted numbers (`-1.000`, `21,29%`) are left as
//! numbers, so Excel reads them as values.

/// Writes a table as Dutch-Excel CSV bytes (with BOM).
pub fn table_csv(headers: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: &[String]| {
        let escaped: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&escaped.join(";"));
        out.push_str("\r\n");
    };
    line(headers);
    for r in rows {
        line(r);
    }
    out.into_bytes()
}

/// Whether a cell is a number as the app formats it: `5.687`, `-1.000`, `21,29`, `21,29%`, `€ 1,61 mln`-free.
fn is_dutch_number(s: &str) -> bool {
    let t = s.strip_suffix('%').unwrap_or(s);
    let t = t.strip_prefix('-').unwrap_or(t);
    !t.is_empty()
        && t.chars().next().is_some_and(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// One cell: injection guard, then RFC-4180 quoting when it holds `;`, quotes or line breaks.
fn cell(s: &str) -> String {
    let guarded = if !is_dutch_number(s) && s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if guarded.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_excel_csv_with_guard() {
        let h = vec!["Categorie".to_string(), "Aantal".to_string()];
        let rows = vec![
            vec!["=HYPERLINK(\"x\")".to_string(), "5.687".to_string()],
            vec!["Stelpost".to_string(), "-1.000".to_string()],
            vec!["@som".to_string(), "21,29%".to_string()],
            vec!["a;b".to_string(), "<10".to_string()],
        ];
        let s = String::from_utf8(table_csv(&h, &rows)).unwrap();
        assert!(s.starts_with('\u{feff}'));
        let lines: Vec<&str> = s.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "Categorie;Aantal");
        assert_eq!(lines[1], "\"'=HYPERLINK(\"\"x\"\")\";5.687");
        assert_eq!(
            lines[2], "Stelpost;-1.000",
            "a negative number is not guarded"
        );
        assert_eq!(lines[3], "'@som;21,29%");
        assert_eq!(lines[4], "\"a;b\";<10");
    }
}
