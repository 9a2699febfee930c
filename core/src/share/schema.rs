//! What the app tells the codec about its scenario: version, field registry, migrations.

use serde::Serialize;

use super::changes::{diff, leaf_paths, Changes};

/// A registry entry starting with this character is *reserved*: its path was removed or
/// renamed. Its id is never given to another path; a link that still uses it hands the old
/// path (without the `~`) to the migrations.
pub const RESERVED_PREFIX: char = '~';

/// One step from scenario version `from` to `from + 1`.
///
/// It edits the link's [`Changes`] (only what the link's author changed, by path), e.g.:
/// * a unit change: `changes.map_number("buig.groei", |f| (f * 100.0 * 1e9).round() / 1e9)`;
/// * a rename: `changes.rename("buig.groei", "buig.growth_pct")` (or rename the registry
///   entry in place, which needs no migration at all);
/// * a changed default: `if changes.get("x").is_none() { changes.set("x", old_default) }`, so
///   an old link that relied on the old default keeps its meaning.
#[derive(Clone, Copy, Debug)]
pub struct Migration {
    /// The version this step reads.
    pub from: u8,
    /// Rewrites the link's changes from version `from` to `from + 1`.
    pub run: fn(&mut Changes),
}

/// The app's description of its scenario type for the link codec.
///
/// * `version` is bumped whenever the *meaning* of a link changes: a unit, a default value,
///   a path's meaning. Adding a field needs no new version (append it to the registry).
/// * `registry` lists leaf paths; a path's id is its position + 1, so the list is
///   **append-only**. Renaming a path in place keeps old links working without a migration;
///   a removed path stays as `"~old.path"` (see [`RESERVED_PREFIX`]).
/// * `words` lists strings that travel as a small index instead of their letters: the
///   serialised names of the scenario's enum variants. Also **append-only**: renaming a
///   variant in place keeps old links meaning the same variant. A string not listed still
///   travels, spelled out. [`unlisted_words`] helps a test keep the list complete.
/// * `migrations` form a chain from the oldest readable version to `version`.
#[derive(Clone, Copy, Debug)]
pub struct LinkSchema<'a> {
    /// Current scenario version (0–255).
    pub version: u8,
    /// Leaf paths by id − 1. Append-only.
    pub registry: &'a [&'a str],
    /// Common string values (enum variant names) by index. Append-only.
    pub words: &'a [&'a str],
    /// Steps `from` → `from + 1`, in any order.
    pub migrations: &'a [Migration],
}

impl LinkSchema<'_> {
    /// The id (position + 1) of a live path, if registered.
    pub(crate) fn id_of(&self, path: &str) -> Option<u32> {
        self.registry
            .iter()
            .position(|p| *p == path && !p.starts_with(RESERVED_PREFIX))
            .and_then(|i| u32::try_from(i + 1).ok())
    }

    /// The path of an id (reserved ones without their prefix).
    pub(crate) fn path_of(&self, id: u32) -> Option<&str> {
        let i = usize::try_from(id).ok()?.checked_sub(1)?;
        let p = self.registry.get(i)?;
        Some(p.strip_prefix(RESERVED_PREFIX).unwrap_or(p))
    }
}

/// What [`registry_check`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegistryReport {
    /// Leaf paths the scenario can produce that have no registry id. They still travel (spelled
    /// out, so nothing is lost) but make the link longer.
    pub missing: Vec<String>,
    /// Paths listed more than once (only the first id is used). A reserved `~a` next to a
    /// live `a` counts too: old links would give the new `a` the old meaning.
    pub duplicated: Vec<String>,
}

impl RegistryReport {
    /// True when nothing is missing or duplicated.
    pub fn is_ok(&self) -> bool {
        self.missing.is_empty() && self.duplicated.is_empty()
    }
}

/// Compares a registry with the leaf paths of `T::default()` and of each sample (pass a
/// "maximal" scenario: every `Option` set, every enum in its richest variant), and with the
/// exact paths the encoder would write for the samples. A test asserting
/// `registry_check::<Scenario>(REGISTRY, &[maximal]).is_ok()` guarantees that a new field
/// cannot be forgotten.
pub fn registry_check<T: Serialize + Default>(registry: &[&str], samples: &[T]) -> RegistryReport {
    let schema = LinkSchema {
        version: 0,
        registry,
        words: &[],
        migrations: &[],
    };
    let mut paths = Vec::new();
    let base = serde_json::to_value(T::default()).ok();
    if let Some(b) = &base {
        leaf_paths(b, "", &mut paths);
    }
    for sample in samples {
        let Ok(v) = serde_json::to_value(sample) else {
            continue;
        };
        leaf_paths(&v, "", &mut paths);
        if let Some(b) = &base {
            paths.extend(diff(b, &v).iter().map(|c| c.path().to_string()));
        }
    }
    let mut missing: Vec<String> = paths
        .into_iter()
        .filter(|p| schema.id_of(p).is_none())
        .collect();
    crate::sort::sort(&mut missing);
    missing.dedup();

    let mut seen = std::collections::BTreeSet::new();
    let mut duplicated: Vec<String> = registry
        .iter()
        .filter(|p| !seen.insert(p.strip_prefix(RESERVED_PREFIX).unwrap_or(p)))
        .map(|p| p.to_string())
        .collect();
    duplicated.dedup();
    RegistryReport {
        missing,
        duplicated,
    }
}

/// The strings in the serialised `values` (at any depth) that `words` does not list.
/// Pass every variant of each enum the scenario uses, e.g. `&View::ALL`.
pub fn unlisted_words<V: Serialize>(words: &[&str], values: &[V]) -> Vec<String> {
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(m) => m.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    for v in values {
        if let Ok(json) = serde_json::to_value(v) {
            strings(&json, &mut found);
        }
    }
    let mut missing: Vec<String> = found
        .into_iter()
        .filter(|s| !words.contains(&s.as_str()))
        .collect();
    crate::sort::sort(&mut missing);
    missing.dedup();
    missing
}
