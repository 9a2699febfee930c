//! Remembered column mappings: the choices a user made in the settings dialog for a file,
//! kept (by the app, in the browser) under the file's header row and applied again to the
//! next file with the same header row (next month's export).
//!
//! Only header names and choices, never data. The key is the header row normalised
//! ([`header_signature`]: every cell through [`header_key`], so case, diacritics,
//! spacing and a byte-order mark do not matter; order and count do). The user's own
//! choices in [`LoadOptions::column_map`] beat a remembered one for the same column.

use serde::{Deserialize, Serialize};

use super::LoadOptions;
use crate::text::header_key;

/// Most mappings a list keeps ([`remember`] drops the oldest beyond this).
pub const MAX_REMEMBERED: usize = 20;

/// The choices for one header row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RememberedMapping {
    /// The header row, normalised ([`header_signature`]).
    pub header: Vec<String>,
    /// The choices: a header as written and the field code to read it as, or `None` to
    /// leave the column out (as [`LoadOptions::column_map`]).
    pub column_map: Vec<(String, Option<String>)>,
}

/// The key of a header row: each cell normalised with [`header_key`] (byte-order mark
/// dropped), trailing empty cells left out.
pub fn header_signature(cells: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = cells
        .iter()
        .map(|c| header_key(c.trim_start_matches('\u{feff}')))
        .collect();
    while keys.last().is_some_and(|k| k.is_empty()) {
        keys.pop();
    }
    keys
}

impl RememberedMapping {
    /// The choices `column_map` for the header row `cells`: only choices for headers in
    /// that row are kept (one per header, the last). `None` when no choice is left.
    pub fn new(
        cells: &[String],
        column_map: &[(String, Option<String>)],
    ) -> Option<RememberedMapping> {
        let header = header_signature(cells);
        let mut kept: Vec<(String, Option<String>)> = Vec::new();
        for (source, field) in column_map {
            let key = header_key(source.trim_start_matches('\u{feff}'));
            if key.is_empty() || !header.contains(&key) {
                continue;
            }
            kept.retain(|(s, _)| header_key(s) != key);
            kept.push((source.clone(), field.clone()));
        }
        (!kept.is_empty()).then_some(RememberedMapping {
            header,
            column_map: kept,
        })
    }

    /// Whether this mapping is for the header row `cells`.
    pub fn fits(&self, cells: &[String]) -> bool {
        self.header == header_signature(cells)
    }
}

impl LoadOptions {
    /// The remembered mapping for the header row `cells`, and these options with its
    /// choices added after the user's own (which win for the same column). `None` when
    /// no remembered mapping fits.
    pub(crate) fn with_remembered(
        &self,
        cells: &[String],
    ) -> Option<(LoadOptions, &RememberedMapping)> {
        if self.remembered.is_empty() {
            return None;
        }
        let signature = header_signature(cells);
        let m = self.remembered.iter().find(|m| m.header == signature)?;
        let mut options = self.clone();
        for (source, field) in &m.column_map {
            if self.column_override(source).is_none() {
                options.column_map.push((source.clone(), field.clone()));
            }
        }
        Some((options, m))
    }
}

/// `list` with `m` added: it replaces a mapping for the same header row and goes to the
/// end (the newest); at most [`MAX_REMEMBERED`] are kept.
pub fn remember(list: &mut Vec<RememberedMapping>, m: RememberedMapping) {
    list.retain(|r| r.header != m.header);
    list.push(m);
    let excess = list.len().saturating_sub(MAX_REMEMBERED);
    list.drain(..excess);
}

/// `list` without the mapping for this header row (a [`RememberedMapping::header`]);
/// false when there was none.
pub fn forget(list: &mut Vec<RememberedMapping>, header: &[String]) -> bool {
    let before = list.len();
    list.retain(|r| r.header != header);
    list.len() != before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_key_is_the_normalised_header_row() {
        let a = cells(&["\u{feff}Dossiernr", "Einddatum periodiek algemeen", ""]);
        let b = cells(&["DOSSIERNR", "einddatum  periodiek algemeen"]);
        assert_eq!(header_signature(&a), header_signature(&b));
        assert_eq!(
            header_signature(&a),
            ["dossiernr", "einddatum_periodiek_algemeen"]
        );
        // Another order or another column is another file.
        let c = cells(&["Einddatum periodiek algemeen", "Dossiernr"]);
        assert_ne!(header_signature(&a), header_signature(&c));
    }

    #[test]
    fn only_choices_for_columns_of_the_row_are_kept_and_the_last_wins() {
        let row = cells(&["A", "Datum einde", "Einddatum"]);
        let map = vec![
            ("Datum einde".to_string(), Some("startdatum".to_string())),
            ("Elders".to_string(), Some("stadsdeel".to_string())),
            ("datum einde".to_string(), None),
            ("Einddatum".to_string(), Some("einddatum".to_string())),
        ];
        let m = RememberedMapping::new(&row, &map).unwrap();
        assert_eq!(
            m.column_map,
            vec![
                ("datum einde".to_string(), None),
                ("Einddatum".to_string(), Some("einddatum".to_string())),
            ]
        );
        assert!(m.fits(&cells(&["a", "DATUM EINDE", "einddatum"])));
        assert!(RememberedMapping::new(&row, &[("X".into(), None)]).is_none());
    }

    #[test]
    fn the_users_own_choice_beats_a_remembered_one() {
        let row = cells(&["A", "B"]);
        let m = RememberedMapping::new(
            &row,
            &[("A".into(), Some("einddatum".into())), ("B".into(), None)],
        )
        .unwrap();
        let options = LoadOptions {
            column_map: vec![("a".into(), Some("startdatum".into()))],
            remembered: vec![m.clone()],
            ..LoadOptions::default()
        };
        let (applied, used) = options.with_remembered(&row).unwrap();
        assert_eq!(used, &m);
        assert_eq!(applied.column_override("A"), Some(Some("startdatum")));
        assert_eq!(applied.column_override("B"), Some(None));
        assert!(options.with_remembered(&cells(&["A", "C"])).is_none());
    }

    #[test]
    fn remember_replaces_and_forget_removes() {
        let row = cells(&["A", "B"]);
        let first = RememberedMapping::new(&row, &[("A".into(), None)]).unwrap();
        let second = RememberedMapping::new(&row, &[("B".into(), None)]).unwrap();
        let mut list = Vec::new();
        remember(&mut list, first);
        remember(&mut list, second.clone());
        assert_eq!(list, vec![second.clone()]);
        for i in 0..MAX_REMEMBERED + 3 {
            let row = cells(&["X", &format!("kolom {i}")]);
            remember(
                &mut list,
                RememberedMapping::new(&row, &[("X".into(), None)]).unwrap(),
            );
        }
        assert_eq!(list.len(), MAX_REMEMBERED);
        assert!(!list.contains(&second), "the oldest went first");
        let last = list.last().unwrap().header.clone();
        assert!(forget(&mut list, &last));
        assert!(!forget(&mut list, &last));
        assert_eq!(list.len(), MAX_REMEMBERED - 1);
    }
}
