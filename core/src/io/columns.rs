//! Column names: the known fields of each file kind with their header synonyms, and the
//! mapping of a header row onto them (DATA-MODEL §4.2 "Header synonyms").
//!
//! Headers are compared after [`crate::text::header_key`] (lower-case, no diacritics,
//! `-`/`.`/space → `_`), so `Beëindigingsdatum`, `BEEINDIGINGSDATUM` and
//! `beeindigings-datum` all meet. A suffix in brackets is ignored: `Einddatum (dd-mm-jjjj)`.

use super::{ColumnMapping, FileKind, LoadOptions, LoadWarning, MappingKind};
use crate::text::header_key;

/// A field of a file kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FieldSpec {
    /// Canonical column name (DATA-MODEL).
    pub name: &'static str,
    /// Other accepted names, already in [`header_key`] form.
    pub synonyms: &'static [&'static str],
    /// The file is refused without it.
    pub required: bool,
    /// The model stores it (otherwise it is recognised but not used yet).
    pub stored: bool,
}

/// The fields of one file kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Schema {
    /// Which kind these fields describe.
    pub kind: FileKind,
    /// The fields; loaders index this with their own field constants.
    pub fields: &'static [FieldSpec],
}

impl Schema {
    /// The field a header cell names, if any.
    pub fn lookup(&self, header: &str) -> Option<usize> {
        let key = header_key(header.trim_start_matches('\u{feff}'));
        self.lookup_key(&key).or_else(|| {
            let cut = header.find(['(', '['])?;
            self.lookup_key(&header_key(&header[..cut]))
        })
    }

    fn lookup_key(&self, key: &str) -> Option<usize> {
        if key.is_empty() {
            return None;
        }
        self.fields
            .iter()
            .position(|f| f.name == key || f.synonyms.contains(&key))
    }

    /// The field with this canonical name.
    pub fn field_named(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.name == name)
    }

    /// The field a header cell names, with the user's overrides applied: `None` when the
    /// column is unknown or ignored.
    fn lookup_with(&self, header: &str, options: &LoadOptions) -> Option<usize> {
        match options.column_override(header) {
            Some(Some(field)) => self.field_named(field),
            Some(None) => None,
            None => self.lookup(header),
        }
    }

    /// How well a row works as this kind's header: the number of distinct known fields,
    /// and whether every required field is there. The user's column overrides count.
    pub fn header_score(&self, cells: &[String], options: &LoadOptions) -> (usize, bool) {
        let mut seen = vec![false; self.fields.len()];
        for c in cells {
            if let Some(f) = self.lookup_with(c, options) {
                seen[f] = true;
            }
        }
        let matched = seen.iter().filter(|&&s| s).count();
        let complete = self
            .fields
            .iter()
            .zip(&seen)
            .all(|(f, &s)| s || !f.required);
        (matched, complete)
    }
}

/// A header row mapped onto a schema.
#[derive(Clone, Debug)]
pub(crate) struct Mapping {
    /// Per field: the column that holds it.
    pub column_of: Vec<Option<usize>>,
    /// Per column, for the report (`field` is `None` when the column is not used).
    pub columns: Vec<ColumnMapping>,
    /// Headers that matched no field.
    pub unknown: Vec<String>,
    /// Headers of known fields that the model does not store yet.
    pub unused: Vec<String>,
    /// Headers naming a field that an earlier column already holds.
    pub duplicate: Vec<String>,
    /// Headers the user chose to ignore.
    pub ignored: Vec<String>,
    /// Overrides naming a field this kind of file does not have: (header, field).
    pub bad_overrides: Vec<(String, String)>,
}

impl Mapping {
    /// Maps `header` (cells as written) onto `schema`. The user's overrides go first, so
    /// a forced column takes its field from a column that would match it by name.
    pub fn new(schema: &Schema, header: &[String], options: &LoadOptions) -> Mapping {
        let mut m = Mapping {
            column_of: vec![None; schema.fields.len()],
            columns: header
                .iter()
                .map(|h| ColumnMapping {
                    source: h.clone(),
                    how: MappingKind::Blank,
                    ..ColumnMapping::default()
                })
                .collect(),
            unknown: Vec::new(),
            unused: Vec::new(),
            duplicate: Vec::new(),
            ignored: Vec::new(),
            bad_overrides: Vec::new(),
        };
        // Forced and ignored columns first.
        let mut decided = vec![false; header.len()];
        for (col, h) in header.iter().enumerate() {
            let Some(forced) = options.column_override(h) else {
                continue;
            };
            decided[col] = true;
            match forced {
                None => {
                    m.columns[col].how = MappingKind::IgnoredByUser;
                    m.ignored.push(h.clone());
                }
                Some(name) => match schema.field_named(name) {
                    Some(f) if m.column_of[f].is_none() => {
                        m.column_of[f] = Some(col);
                        m.columns[col].how = MappingKind::Forced;
                        if schema.fields[f].stored {
                            m.columns[col].field = Some(schema.fields[f].name);
                        } else {
                            m.unused.push(h.clone());
                        }
                    }
                    Some(_) => {
                        m.columns[col].how = MappingKind::Duplicate;
                        m.duplicate.push(h.clone());
                    }
                    None => {
                        m.columns[col].how = MappingKind::Unknown;
                        m.bad_overrides.push((h.clone(), name.to_string()));
                    }
                },
            }
        }
        for (col, h) in header.iter().enumerate() {
            if decided[col] {
                continue;
            }
            let c = &mut m.columns[col];
            match schema.lookup(h) {
                Some(f) if m.column_of[f].is_some() => {
                    c.how = MappingKind::Duplicate;
                    m.duplicate.push(h.clone());
                }
                Some(f) => {
                    m.column_of[f] = Some(col);
                    if schema.fields[f].stored {
                        c.how = MappingKind::Recognised;
                        c.field = Some(schema.fields[f].name);
                    } else {
                        c.how = MappingKind::NotUsed;
                        m.unused.push(h.clone());
                    }
                }
                None if h.is_empty() => {}
                None => {
                    c.how = MappingKind::Unknown;
                    m.unknown.push(h.clone());
                }
            }
        }
        m
    }

    /// The first required field without a column.
    pub fn missing_required(&self, schema: &Schema) -> Option<&'static str> {
        schema
            .fields
            .iter()
            .zip(&self.column_of)
            .find(|(f, c)| f.required && c.is_none())
            .map(|(f, _)| f.name)
    }

    /// Warnings about ignored columns.
    pub fn warnings(&self) -> Vec<LoadWarning> {
        let mut w = Vec::new();
        if !self.unknown.is_empty() {
            w.push(LoadWarning::UnknownColumns(self.unknown.clone()));
        }
        if !self.unused.is_empty() {
            w.push(LoadWarning::UnusedColumns(self.unused.clone()));
        }
        if !self.duplicate.is_empty() {
            w.push(LoadWarning::DuplicateColumns(self.duplicate.clone()));
        }
        if !self.ignored.is_empty() {
            w.push(LoadWarning::IgnoredColumns(self.ignored.clone()));
        }
        for (h, f) in &self.bad_overrides {
            w.push(LoadWarning::BadOverride {
                column: h.clone(),
                field: f.clone(),
            });
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[FieldSpec] = &[
        FieldSpec {
            name: "einddatum",
            synonyms: &["beeindigingsdatum", "datum_einde"],
            required: true,
            stored: true,
        },
        FieldSpec {
            name: "keten",
            synonyms: &[],
            required: false,
            stored: false,
        },
    ];
    const SCHEMA: Schema = Schema {
        kind: FileKind::Episodes,
        fields: FIELDS,
    };

    #[test]
    fn header_synonyms_are_case_and_diacritic_insensitive() {
        assert_eq!(SCHEMA.lookup("Beëindigingsdatum"), Some(0));
        assert_eq!(SCHEMA.lookup(" DATUM EINDE "), Some(0));
        assert_eq!(SCHEMA.lookup("Einddatum (dd-mm-jjjj)"), Some(0));
        assert_eq!(SCHEMA.lookup("\u{feff}einddatum"), Some(0));
        assert_eq!(SCHEMA.lookup("eind"), None);
        let m = Mapping::new(
            &SCHEMA,
            &[
                "x".into(),
                "Einddatum".into(),
                "keten".into(),
                "einddatum".into(),
            ],
            &LoadOptions::default(),
        );
        assert_eq!(m.column_of, vec![Some(1), Some(2)]);
        assert_eq!(m.columns[1].field, Some("einddatum"));
        assert_eq!(m.columns[2].field, None);
        assert_eq!(m.warnings().len(), 3);
    }
}
