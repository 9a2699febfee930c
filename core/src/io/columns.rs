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

/// A field of a schema (for the schemas' `const` tables).
pub(crate) const fn field(
    name: &'static str,
    synonyms: &'static [&'static str],
    required: bool,
    stored: bool,
) -> FieldSpec {
    FieldSpec {
        name,
        synonyms,
        required,
        stored,
    }
}

/// The fields of one file kind.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Schema {
    /// Which kind these fields describe.
    pub kind: FileKind,
    /// The fields; loaders index this with their own field constants.
    pub fields: &'static [FieldSpec],
    /// Matching by meaning, after the exact names: a header whose words (split on `_`
    /// after [`header_key`]) include every word of a set names that set's field
    /// (`Startdatum periodiek algemeen` → `startdatum`).
    pub meanings: &'static [(usize, &'static [&'static str])],
}

/// How well a header names a field: an exact name or synonym beats a match by meaning;
/// among those, a description column (`Omschrijving leefvorm`) beats a plain one, which
/// beats a code column (`Indicatie leefvorm`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Rank {
    /// By meaning, a code column.
    Code,
    /// By meaning.
    Plain,
    /// By meaning, a description column.
    Description,
    /// The field's name or a synonym.
    Exact,
}

/// Header words that mark a description column.
const DESCRIPTION_WORDS: &[&str] = &[
    "omschrijving",
    "oms",
    "omschr",
    "description",
    "label",
    "tekst",
];
/// Header words that mark a code column.
const CODE_WORDS: &[&str] = &["code", "indicatie", "ind", "cd", "kode"];

impl Schema {
    /// The field a header cell names, if any.
    pub fn lookup(&self, header: &str) -> Option<usize> {
        self.lookup_ranked(header).map(|(f, _)| f)
    }

    /// The field a header cell names and how well: exact names first, then by meaning.
    /// A header whose words fit two fields equally well names neither.
    pub fn lookup_ranked(&self, header: &str) -> Option<(usize, Rank)> {
        let key = header_key(header.trim_start_matches('\u{feff}'));
        let cut = header.find(['(', '[']).map(|c| header_key(&header[..c]));
        if let Some(f) = self
            .lookup_key(&key)
            .or_else(|| cut.as_deref().and_then(|k| self.lookup_key(k)))
        {
            return Some((f, Rank::Exact));
        }
        let key = cut.unwrap_or(key);
        let words: Vec<&str> = key.split('_').filter(|w| !w.is_empty()).collect();
        // The field whose matching set has the most words; a tie between fields: none.
        let mut longest: Vec<(usize, usize)> = Vec::new();
        for &(field, set) in self.meanings {
            if !set.iter().all(|w| words.contains(w)) {
                continue;
            }
            match longest.iter_mut().find(|(f, _)| *f == field) {
                Some((_, n)) => *n = (*n).max(set.len()),
                None => longest.push((field, set.len())),
            }
        }
        let top = longest.iter().map(|&(_, n)| n).max()?;
        let mut at_top = longest.iter().filter(|&&(_, n)| n == top);
        let (field, _) = *at_top.next()?;
        if at_top.next().is_some() {
            return None;
        }
        let rank = if words.iter().any(|w| DESCRIPTION_WORDS.contains(w)) {
            Rank::Description
        } else if words.iter().any(|w| CODE_WORDS.contains(w)) {
            Rank::Code
        } else {
            Rank::Plain
        };
        Some((field, rank))
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
    /// Fields two columns fit equally well by meaning: (field, first, second header).
    pub ambiguous: Vec<(&'static str, String, String)>,
    /// Fields read from a description column next to a code column: (field, the
    /// description's header, the code's header).
    pub code_pairs: Vec<(&'static str, String, String)>,
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
            ambiguous: Vec::new(),
            code_pairs: Vec::new(),
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
        // Exact names in column order (a later column naming a taken field is a duplicate);
        // matches by meaning wait until every exact name is placed.
        let mut by_meaning: Vec<(usize, usize, Rank)> = Vec::new();
        for (col, h) in header.iter().enumerate() {
            if decided[col] {
                continue;
            }
            match schema.lookup_ranked(h) {
                Some((f, Rank::Exact)) => m.place(schema, col, f),
                Some((f, rank)) => by_meaning.push((col, f, rank)),
                None if h.is_empty() => {}
                None => {
                    m.columns[col].how = MappingKind::Unknown;
                    m.unknown.push(h.clone());
                }
            }
        }
        // By meaning: per field the best-ranked column (the first of them); a second at
        // the best rank is a question for the user, never a guess; a lower-ranked one is
        // the code next to the description that is read.
        let fields: Vec<usize> = by_meaning.iter().map(|&(_, f, _)| f).collect();
        let mut done: Vec<usize> = Vec::new();
        for f in fields {
            if done.contains(&f) {
                continue;
            }
            done.push(f);
            let mut cands: Vec<(usize, Rank)> = by_meaning
                .iter()
                .filter(|&&(_, g, _)| g == f)
                .map(|&(c, _, r)| (c, r))
                .collect();
            cands.sort_by_key(|&(c, r)| (std::cmp::Reverse(r), c));
            let had_column = m.column_of[f].is_some();
            let (best, best_rank) = cands[0];
            for &(col, rank) in &cands {
                m.place(schema, col, f);
                if m.columns[col].how == MappingKind::Recognised {
                    m.columns[col].how = MappingKind::ByWords;
                }
                if had_column || col == best || !schema.fields[f].stored {
                    continue;
                }
                let pair = (
                    schema.fields[f].name,
                    header[best].clone(),
                    header[col].clone(),
                );
                if rank == best_rank {
                    m.ambiguous.push(pair);
                } else {
                    m.code_pairs.push(pair);
                }
            }
        }
        m
    }

    /// Puts column `col` on field `f`, or marks it a duplicate (not-stored fields: not used)
    /// when the field already has a column.
    fn place(&mut self, schema: &Schema, col: usize, f: usize) {
        let h = self.columns[col].source.clone();
        let c = &mut self.columns[col];
        if self.column_of[f].is_some() {
            c.how = MappingKind::Duplicate;
            self.duplicate.push(h);
        } else if !schema.fields[f].stored {
            self.column_of[f] = Some(col);
            c.how = MappingKind::NotUsed;
            self.unused.push(h);
        } else {
            self.column_of[f] = Some(col);
            c.how = MappingKind::Recognised;
            c.field = Some(schema.fields[f].name);
        }
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
        for (field, description, code) in &self.code_pairs {
            w.push(LoadWarning::DescriptionOverCode {
                field: field.to_string(),
                description: description.clone(),
                code: code.clone(),
            });
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
        meanings: &[(0, &["einddatum"]), (0, &["datum", "einde"])],
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
