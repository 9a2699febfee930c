//! JSON files: an array of objects with the CSV column names as keys
//! (`[{"uitkering_id": "U1", "startdatum": "01-03-2016", …}]`), or that array wrapped
//! in an object as `{"rijen": […]}` or `{"rows": […]}`.
//!
//! - Values: strings as written in a CSV cell (Dutch numbers, any accepted date form),
//!   JSON numbers, `true`/`false`, and `null` (empty). Nested arrays or objects are an
//!   error at their row and key.
//! - The keys, in order of first appearance over all objects, are the header; an object
//!   may leave keys out. Keys keep the order they are written in.
//! - Rows are counted from 1 in messages ("rij 3 (index 2), sleutel 'startdatum'");
//!   invalid JSON is reported with its line and character.
//! - The text may be UTF-8 (with or without BOM), UTF-16LE or Windows-1252, as for CSV.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::grid::{bool_text, number_text, Grid};
use super::table::Table;
use super::{
    decode, grid_decimal, read_table, DecimalStyle, DetectedEncoding, Format, JsonProblem,
    JsonValue, LoadError, LoadErrorKind, LoadOptions, LoadReport, RowUnit, SCHEMAS,
};

/// Keys of a wrapping object that hold the rows.
const WRAPPERS: [&str; 2] = ["rijen", "rows"];

/// One element of the array: an object with its keys in file order, or something else.
enum Item {
    Object(Vec<(String, Value)>),
    Other(JsonValue),
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Item, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Item;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item, A::Error> {
                let mut fields = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Value>()? {
                    fields.push((k, v));
                }
                Ok(Item::Object(fields))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Item, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Item::Other(JsonValue::List))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Item, E> {
                Ok(Item::Other(JsonValue::Text))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Item, E> {
                Ok(Item::Other(JsonValue::Bool))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Item, E> {
                Ok(Item::Other(JsonValue::Number))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Item, E> {
                Ok(Item::Other(JsonValue::Number))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Item, E> {
                Ok(Item::Other(JsonValue::Number))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Item, E> {
                Ok(Item::Other(JsonValue::Null))
            }
        }
        d.deserialize_any(V)
    }
}

/// The whole document: the rows, or what it was instead.
enum Document {
    Rows(Vec<Item>),
    /// An object without a `rijen`/`rows` array: its keys.
    ObjectWithout(Vec<String>),
    Other(JsonValue),
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Document, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Document;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("een lijst met objecten")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Document, A::Error> {
                let mut rows = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element::<Item>()? {
                    rows.push(item);
                }
                Ok(Document::Rows(rows))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
                let mut rows = None;
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    if rows.is_none() && WRAPPERS.iter().any(|w| w.eq_ignore_ascii_case(&k)) {
                        match map.next_value::<Document>()? {
                            Document::Rows(r) => rows = Some(r),
                            _ => keys.push(k),
                        }
                    } else {
                        map.next_value::<IgnoredAny>()?;
                        keys.push(k);
                    }
                }
                Ok(match rows {
                    Some(r) => Document::Rows(r),
                    None => Document::ObjectWithout(keys),
                })
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Document, E> {
                Ok(Document::Other(JsonValue::Text))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Document, E> {
                Ok(Document::Other(JsonValue::Bool))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Document, E> {
                Ok(Document::Other(JsonValue::Number))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Document, E> {
                Ok(Document::Other(JsonValue::Number))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Document, E> {
                Ok(Document::Other(JsonValue::Number))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Document, E> {
                Ok(Document::Other(JsonValue::Null))
            }
        }
        d.deserialize_any(V)
    }
}

/// A `serde_json` error as a located [`LoadErrorKind::BadJson`].
fn bad_json(e: &serde_json::Error) -> LoadError {
    use serde_json::error::Category;
    let problem = match e.classify() {
        Category::Eof => JsonProblem::Eof,
        Category::Syntax => JsonProblem::Syntax,
        Category::Data => JsonProblem::Data,
        Category::Io => JsonProblem::Io,
    };
    let text = e.to_string();
    let detail = text.split(" at line ").next().unwrap_or(&text);
    // serde_json's guard against deep nesting (128 levels), its own category.
    let problem = if detail == "recursion limit exceeded" {
        JsonProblem::TooDeep
    } else {
        problem
    };
    LoadError::new(LoadErrorKind::BadJson {
        line: e.line(),
        column: e.column(),
        problem,
        detail: detail.to_string(),
    })
}

/// An error at a row (1-based) and key, worded for JSON.
fn at(kind: LoadErrorKind, row: usize, key: Option<&str>) -> LoadError {
    let mut e = LoadError::new(kind).at_line(row);
    if let Some(k) = key {
        e = e.in_column(k);
    }
    e.unit = RowUnit::JsonItem;
    e
}

/// A value as cell text: strings as written, numbers exactly, booleans as `ja`/`nee`.
fn cell_text(v: &Value, dec: char) -> Option<String> {
    match v {
        Value::Null => Some(String::new()),
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(bool_text(*b).to_string()),
        Value::Number(n) => Some(match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (None, Some(u), _) => u.to_string(),
            (None, None, Some(f)) => number_text(f, dec),
            _ => n.to_string(),
        }),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// Parses the JSON text into a grid: the keys as the header (row 0), then one row per
/// object. With `limit`, only that many objects are turned into rows.
pub(crate) fn read_grid(
    bytes: &[u8],
    options: &LoadOptions,
    limit: Option<usize>,
) -> Result<(Grid, DetectedEncoding), LoadError> {
    let decoded = decode::decode(bytes, options.encoding)?;
    let text: &str = &decoded.text;
    if text.trim().is_empty() {
        return Err(LoadError::new(LoadErrorKind::Empty));
    }
    let doc: Document = serde_json::from_str(text).map_err(|e| bad_json(&e))?;
    let items = match doc {
        Document::Rows(items) => items,
        Document::ObjectWithout(keys) => {
            return Err(LoadError::new(LoadErrorKind::JsonNoRows { keys }));
        }
        Document::Other(what) => {
            return Err(LoadError::new(LoadErrorKind::JsonNotRows(what)));
        }
    };
    let dec = match grid_decimal(options) {
        DecimalStyle::Comma => ',',
        DecimalStyle::Point => '.',
    };
    let shown = limit.map_or(items.len(), |n| n.min(items.len()));
    // The header: keys in order of first appearance.
    let mut keys: Vec<&str> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        match item {
            Item::Object(fields) => {
                for (k, _) in fields {
                    if !index.contains_key(k.as_str()) {
                        index.insert(k, keys.len());
                        keys.push(k);
                    }
                }
            }
            Item::Other(what) => {
                return Err(at(LoadErrorKind::JsonItemNotObject(*what), i + 1, None));
            }
        }
    }
    let mut grid = Grid::new(RowUnit::JsonItem, None);
    grid.start_row(0);
    for (col, k) in keys.iter().enumerate() {
        grid.push(col, k)?;
    }
    let mut row: Vec<(usize, String)> = Vec::new();
    for (i, item) in items.iter().take(shown).enumerate() {
        let Item::Object(fields) = item else {
            continue;
        };
        row.clear();
        for (k, v) in fields {
            let text = cell_text(v, dec)
                .ok_or_else(|| at(LoadErrorKind::JsonNestedValue, i + 1, Some(k)))?;
            row.push((index[k.as_str()], text));
        }
        // A key twice in one object: which value is meant cannot be told.
        row.sort_by_key(|&(c, _)| c);
        if let Some(w) = row.windows(2).find(|w| w[0].0 == w[1].0) {
            let key = keys[w[0].0];
            return Err(at(
                LoadErrorKind::JsonDuplicateKey(key.to_string()),
                i + 1,
                Some(key),
            ));
        }
        grid.start_row(i + 1);
        for (col, text) in &row {
            grid.push(*col, text)?;
        }
    }
    grid.truncated = shown < items.len();
    Ok((grid, decoded.encoding))
}

/// Reads a JSON file into a dataset.
pub(crate) fn load(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
    progress: &mut dyn FnMut(f32),
) -> Result<super::Loaded, LoadError> {
    let (grid, encoding) = read_grid(bytes, options, None)?;
    let mut report = base_report(encoding, options);
    let mut table = Table::open_grid(&grid, &SCHEMAS, options)?;
    table.on_progress(progress);
    let data = read_table(&mut table, options, &mut report)?;
    Ok(data.into_loaded(name, report))
}

/// The report's JSON settings before the table is read.
pub(crate) fn base_report(encoding: DetectedEncoding, options: &LoadOptions) -> LoadReport {
    LoadReport {
        format: Format::Json,
        encoding,
        separator: '\0',
        decimal: grid_decimal(options),
        month_first: options.month_first,
        ..LoadReport::default()
    }
}
