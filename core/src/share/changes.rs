//! A scenario as the list of its differences from `T::default()`, by leaf path.
//!
//! A scenario is serialised to a JSON tree. Objects whose keys are plain names are walked
//! into; everything else (numbers, strings, bools, null, whole arrays, objects with odd keys)
//! is a *leaf*. A leaf's path joins the keys with dots: `buig.growth_pct`, `filters.stadsdeel`.
//!
//! * A leaf that differs from the default is one [`Change::Set`] holding the new value.
//! * An `Option<Struct>` that is `Some` where the default is `None` becomes one `Set` per leaf
//!   of the struct (so each leaf has a registry id); a `None` where the default is `Some`
//!   is a single `Set` of `null`.
//! * A whole array that differs is one `Set` of the array.
//! * A map key the default has and the scenario lacks is a [`Change::Delete`].
//!
//! Applying the changes in order to the default tree gives back the scenario's tree exactly.

use serde_json::{Map, Value};

/// Paths longer than this many dot-separated keys are refused when reading a link.
pub(crate) const MAX_PATH_SEGMENTS: usize = 32;

/// One difference from the default scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// The leaf at `path` has this value.
    Set {
        /// Dot-separated leaf path.
        path: String,
        /// The value, as JSON.
        value: Value,
    },
    /// The key at `path` is absent (map entries only).
    Delete {
        /// Dot-separated path.
        path: String,
    },
}

impl Change {
    /// The path this change is about.
    pub fn path(&self) -> &str {
        match self {
            Change::Set { path, .. } | Change::Delete { path } => path,
        }
    }
}

/// The differences of a scenario from the default, in the order they are applied.
///
/// This is what a [`super::Migration`] edits: it sees exactly what the link's author changed,
/// so it can rename a path, convert a unit, or pin an old default.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    items: Vec<Change>,
}

impl Changes {
    /// No changes: the default scenario.
    pub fn new() -> Self {
        Self::default()
    }

    /// The changes, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Change> {
        self.items.iter()
    }

    /// Number of changes.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the scenario is the default.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Appends a change.
    pub fn push(&mut self, change: Change) {
        self.items.push(change);
    }

    /// The value set at exactly `path`, if any.
    pub fn get(&self, path: &str) -> Option<&Value> {
        self.items.iter().rev().find_map(|c| match c {
            Change::Set { path: p, value } if p == path => Some(value),
            _ => None,
        })
    }

    /// Sets `path` to `value`, replacing any change at exactly that path.
    pub fn set(&mut self, path: &str, value: Value) {
        self.items.retain(|c| c.path() != path);
        self.items.push(Change::Set {
            path: path.to_string(),
            value,
        });
    }

    /// Drops every change at exactly `path`, so the current default applies there.
    /// Returns the last one dropped.
    pub fn unset(&mut self, path: &str) -> Option<Change> {
        let mut last = None;
        self.items.retain(|c| {
            if c.path() == path {
                last = Some(c.clone());
                false
            } else {
                true
            }
        });
        last
    }

    /// Renames `from` to `to`, including every path below `from` (`from.x` → `to.x`).
    /// Returns how many changes were renamed.
    pub fn rename(&mut self, from: &str, to: &str) -> usize {
        let mut n = 0;
        for c in &mut self.items {
            let path = match c {
                Change::Set { path, .. } | Change::Delete { path } => path,
            };
            let renamed = if path == from {
                Some(to.to_string())
            } else {
                path.strip_prefix(from)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .map(|rest| format!("{to}.{rest}"))
            };
            if let Some(r) = renamed {
                *path = r;
                n += 1;
            }
        }
        n
    }

    /// Replaces the number set at `path` by `f(number)` (e.g. a fraction → a percentage).
    /// Returns false when there is no number at `path` or the result is not finite.
    ///
    /// Round inside `f` where binary fractions show (`0.07 * 100.0` is `7.000000000000001`).
    pub fn map_number(&mut self, path: &str, f: impl FnOnce(f64) -> f64) -> bool {
        let Some(Change::Set { value, .. }) = self
            .items
            .iter_mut()
            .rev()
            .find(|c| matches!(c, Change::Set { path: p, .. } if p == path))
        else {
            return false;
        };
        let Some(x) = value.as_f64() else {
            return false;
        };
        match serde_json::Number::from_f64(f(x)) {
            Some(n) => {
                *value = Value::Number(n);
                true
            }
            None => false,
        }
    }
}

impl<'a> IntoIterator for &'a Changes {
    type Item = &'a Change;
    type IntoIter = std::slice::Iter<'a, Change>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl FromIterator<Change> for Changes {
    fn from_iter<I: IntoIterator<Item = Change>>(iter: I) -> Self {
        Changes {
            items: iter.into_iter().collect(),
        }
    }
}

/// A key that can be part of a dotted path.
fn is_plain_key(k: &str) -> bool {
    !k.is_empty() && !k.contains('.')
}

/// An object that is walked into rather than treated as one leaf.
fn walkable(m: &Map<String, Value>) -> bool {
    !m.is_empty() && m.keys().all(|k| is_plain_key(k))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The leaf paths of a tree, in the tree's key order.
pub(crate) fn leaf_paths(v: &Value, path: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) if walkable(m) => {
            for (k, x) in m {
                leaf_paths(x, &join(path, k), out);
            }
        }
        _ => out.push(path.to_string()),
    }
}

/// The changes that turn `base` into `target`.
pub(crate) fn diff(base: &Value, target: &Value) -> Changes {
    let mut out = Vec::new();
    diff_into(Some(base), target, "", &mut out);
    Changes { items: out }
}

fn diff_into(base: Option<&Value>, target: &Value, path: &str, out: &mut Vec<Change>) {
    if base == Some(target) {
        return;
    }
    match (base, target) {
        (Some(Value::Object(b)), Value::Object(t))
            if walkable(t) && b.keys().all(|k| is_plain_key(k)) =>
        {
            for (k, tv) in t {
                diff_into(b.get(k), tv, &join(path, k), out);
            }
            for k in b.keys().filter(|k| !t.contains_key(*k)) {
                out.push(Change::Delete {
                    path: join(path, k),
                });
            }
        }
        // An object with odd keys in the base: replace it whole, so no stale key survives.
        (Some(Value::Object(_)), _) => out.push(Change::Set {
            path: path.to_string(),
            value: target.clone(),
        }),
        (_, Value::Object(t)) if walkable(t) => {
            for (k, tv) in t {
                diff_into(None, tv, &join(path, k), out);
            }
        }
        _ => out.push(Change::Set {
            path: path.to_string(),
            value: target.clone(),
        }),
    }
}

/// Turns `v` into an (empty) object unless it is one, and returns its map.
fn force_object(v: &mut Value) -> &mut Map<String, Value> {
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    match v {
        Value::Object(m) => m,
        _ => unreachable!("made an object just above"),
    }
}

/// Applies one change to a tree, creating objects along the path where needed.
pub(crate) fn apply(root: &mut Value, change: &Change) {
    let path = change.path();
    if path.is_empty() {
        match change {
            Change::Set { value, .. } => *root = value.clone(),
            Change::Delete { .. } => *root = Value::Null,
        }
        return;
    }
    let mut segments: Vec<&str> = path.split('.').collect();
    let Some(last) = segments.pop() else {
        return;
    };
    match change {
        Change::Set { value, .. } => {
            let mut cur = root;
            for seg in segments {
                cur = force_object(cur)
                    .entry(seg.to_string())
                    .or_insert(Value::Null);
            }
            force_object(cur).insert(last.to_string(), value.clone());
        }
        Change::Delete { .. } => {
            let mut cur = root;
            for seg in segments {
                match cur.get_mut(seg) {
                    Some(next) => cur = next,
                    None => return,
                }
            }
            if let Value::Object(m) = cur {
                m.remove(last);
            }
        }
    }
}

/// The value at a path, if the tree has one.
pub(crate) fn lookup<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    if path.is_empty() {
        return Some(root);
    }
    path.split('.').try_fold(root, |cur, seg| cur.get(seg))
}

/// True when a path read from a link is well formed.
pub(crate) fn valid_path(path: &str) -> bool {
    path.is_empty()
        || (path.split('.').all(is_plain_key) && path.split('.').count() <= MAX_PATH_SEGMENTS)
}

/// Equality that treats `3`, `3.0` and `3.000` as the same number (a scenario's `f64` field
/// serialises `3` back as `3.0`).
pub(crate) fn equivalent(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x == y {
                return true;
            }
            match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
                (Some(i), Some(j), _, _) => i == j,
                (_, _, Some(i), Some(j)) => i == j,
                _ => x.as_f64() == y.as_f64(),
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| equivalent(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| equivalent(v, w)))
        }
        _ => a == b,
    }
}
