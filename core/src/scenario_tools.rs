//! Generic, pure scenario tools: goal-seek, tornado, parameter diff, input validation and
//! the full budget evaluation that the LKS/BUIG screens recompute on every edit.
//!
//! Everything here works on plain parameter structs through plain functions (`Fn(&P) -> f64`),
//! so the tools stay independent of the screens and are tested natively.
//!
//! - [`solve`] / [`goal_seek`]: find the input that gives a target result, by a safeguarded
//!   secant/bisection search inside a bracket. It never loops: a range without a sign change
//!   is reported as [`SeekError::NoSolutionInRange`].
//! - [`tornado`]: the result at a low and a high value of each named assumption, sorted by swing.
//! - [`diff`]: the named fields in which two parameter sets differ, with both values.
//! - [`Validate`]: refuses impossible inputs with a Dutch message, so that no NaN or ∞ can
//!   reach the screen.
//! - [`evaluate_budget`]: all of FORMULAS F4–F8, F12 and the multi-year path in one call.

use std::fmt;

use serde::ser::{self, Serialize};

use crate::buig::{self, BuigParams, BuigResult, Sensitivity, VangnetResult, YearView};
use crate::lks::{
    self, LksParams, NextYear, Pace, PlacementTarget, StockFlow, TargetDefinition, TargetProgress,
    YearEndProjection,
};

// ---------------------------------------------------------------------------------------------
// Goal-seek
// ---------------------------------------------------------------------------------------------

/// Settings of a goal-seek: the search range of the input and when to stop.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct SeekOptions {
    /// Lower end of the input range searched.
    pub lo: f64,
    /// Upper end of the input range searched.
    pub hi: f64,
    /// Accepted absolute difference between the result and the target.
    pub tolerance: f64,
    /// Hard cap on function evaluations inside the bracket (the search never runs longer).
    pub max_iterations: u32,
}

impl Default for SeekOptions {
    fn default() -> Self {
        SeekOptions {
            lo: 0.0,
            hi: 1.0,
            tolerance: 1e-9,
            max_iterations: 200,
        }
    }
}

impl SeekOptions {
    /// Options for the range `lo..=hi` with the given tolerance on the result.
    pub fn range(lo: f64, hi: f64, tolerance: f64) -> Self {
        SeekOptions {
            lo,
            hi,
            tolerance,
            ..SeekOptions::default()
        }
    }
}

/// A goal-seek answer: the input found and the result it gives.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Solution {
    /// The input value.
    pub x: f64,
    /// The result at `x` (within the tolerance of the target).
    pub value: f64,
    /// Function evaluations used, including the two at the range ends.
    pub evaluations: u32,
}

/// Why a goal-seek found no answer.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum SeekError {
    /// The range is empty, reversed or not finite, or the tolerance is not positive.
    InvalidRange,
    /// The result minus the target has the same sign at both ends of the range.
    NoSolutionInRange {
        /// Result at the lower end.
        value_lo: f64,
        /// Result at the upper end.
        value_hi: f64,
    },
    /// The result function gave NaN or ∞ at this input.
    NonFinite {
        /// The input at which it happened.
        x: f64,
    },
    /// The bracket shrank to nothing (a jump in the function) or the iteration cap was hit.
    NoConvergence {
        /// The best input found.
        best_x: f64,
        /// The result at `best_x`.
        best_value: f64,
    },
}

impl SeekError {
    /// The message shown to the user (Dutch).
    pub fn message_nl(&self) -> String {
        match self {
            SeekError::InvalidRange => "Ongeldig zoekbereik.".to_string(),
            SeekError::NoSolutionInRange { .. } => {
                "Geen oplossing binnen het zoekbereik.".to_string()
            }
            SeekError::NonFinite { .. } => {
                "De berekening gaf geen getal binnen het zoekbereik.".to_string()
            }
            SeekError::NoConvergence { .. } => {
                "Geen oplossing binnen de tolerantie gevonden (sprong in de uitkomst?).".to_string()
            }
        }
    }
}

impl fmt::Display for SeekError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_nl())
    }
}

impl std::error::Error for SeekError {}

/// Finds `x` in `opts.lo..=opts.hi` with `|f(x) − target| ≤ opts.tolerance`.
///
/// Regula falsi with a bisection safeguard: whenever a step fails to halve the bracket the
/// next step bisects, so the bracket at least halves every two evaluations and the search ends
/// within `opts.max_iterations` evaluations. The function must be continuous on the range for
/// a guaranteed answer; it need not be monotone, but it must change sign over the range.
pub fn solve(
    f: impl Fn(f64) -> f64,
    target: f64,
    opts: &SeekOptions,
) -> Result<Solution, SeekError> {
    let (lo, hi, tol) = (opts.lo, opts.hi, opts.tolerance);
    if !(lo.is_finite()
        && hi.is_finite()
        && lo <= hi
        && tol.is_finite()
        && tol > 0.0
        && target.is_finite())
    {
        return Err(SeekError::InvalidRange);
    }
    let g = |x: f64| -> Result<f64, SeekError> {
        let v = f(x);
        if v.is_finite() {
            Ok(v - target)
        } else {
            Err(SeekError::NonFinite { x })
        }
    };
    let (mut a, mut b) = (lo, hi);
    let (mut fa, mut fb) = (g(a)?, g(b)?);
    let mut evaluations = 2;
    let done = |x: f64, fx: f64, n: u32| Solution {
        x,
        value: fx + target,
        evaluations: n,
    };
    if fa.abs() <= tol {
        return Ok(done(a, fa, evaluations));
    }
    if fb.abs() <= tol {
        return Ok(done(b, fb, evaluations));
    }
    if fa.signum() == fb.signum() {
        return Err(SeekError::NoSolutionInRange {
            value_lo: fa + target,
            value_hi: fb + target,
        });
    }
    let mut bisect_next = false;
    while evaluations < opts.max_iterations.max(3) {
        let width = b - a;
        let secant = b - fb * (b - a) / (fb - fa);
        let x = if bisect_next || !(secant > a && secant < b) {
            a + 0.5 * width
        } else {
            secant
        };
        if !(x > a && x < b) {
            break; // the bracket cannot be split further in f64
        }
        let fx = g(x)?;
        evaluations += 1;
        if fx.abs() <= tol {
            return Ok(done(x, fx, evaluations));
        }
        if fx.signum() == fa.signum() {
            a = x;
            fa = fx;
        } else {
            b = x;
            fb = fx;
        }
        bisect_next = (b - a) > 0.5 * width;
    }
    let (best_x, best_f) = if fa.abs() <= fb.abs() {
        (a, fa)
    } else {
        (b, fb)
    };
    Err(SeekError::NoConvergence {
        best_x,
        best_value: best_f + target,
    })
}

/// Goal-seek over a parameter set: the value of one input (written into a copy of `base` by
/// `set`) at which `result` equals `target`. See [`solve`] for the method and the guarantees.
pub fn goal_seek<P: Clone>(
    base: &P,
    set: impl Fn(&mut P, f64),
    result: impl Fn(&P) -> f64,
    target: f64,
    opts: &SeekOptions,
) -> Result<Solution, SeekError> {
    solve(
        |x| {
            let mut p = base.clone();
            set(&mut p, x);
            result(&p)
        },
        target,
        opts,
    )
}

// ---------------------------------------------------------------------------------------------
// Tornado
// ---------------------------------------------------------------------------------------------

/// One named assumption of a parameter set: how to read it and how to change it.
pub struct Lever<P> {
    /// Dutch name shown on the tornado bar, e.g. `"groei bijstandsbestand (%)"`.
    pub name: &'static str,
    /// Reads the current value.
    pub get: fn(&P) -> f64,
    /// Writes a new value.
    pub set: fn(&mut P, f64),
}

impl<P> Clone for Lever<P> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<P> Copy for Lever<P> {}

impl<P> fmt::Debug for Lever<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lever").field("name", &self.name).finish()
    }
}

/// The low and high value of an assumption in a tornado.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Bounds {
    /// Base value × (1 ∓ fraction), e.g. `Relative(0.10)` for ±10%.
    Relative(f64),
    /// Base value ∓ an absolute step, e.g. `Step(1.0)` for ±1 percentage point.
    Step(f64),
    /// Explicit low and high values.
    Absolute {
        /// Low value.
        low: f64,
        /// High value.
        high: f64,
    },
}

impl Bounds {
    /// The (low, high) inputs for a base value.
    pub fn around(self, base: f64) -> (f64, f64) {
        match self {
            Bounds::Relative(f) => {
                let (x, y) = (base * (1.0 - f), base * (1.0 + f));
                (x.min(y), x.max(y))
            }
            Bounds::Step(s) => (base - s.abs(), base + s.abs()),
            Bounds::Absolute { low, high } => (low, high),
        }
    }
}

/// One bar of a tornado chart.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TornadoBar {
    /// Name of the assumption.
    pub name: String,
    /// The assumption's base value.
    pub base_input: f64,
    /// The low input tried.
    pub low_input: f64,
    /// The high input tried.
    pub high_input: f64,
    /// Result at the low input.
    pub result_low: f64,
    /// Result at the high input.
    pub result_high: f64,
    /// `|result_high − result_low|`; bars are sorted on this, largest first.
    pub swing: f64,
}

/// The result at the low and high value of each assumption (the others at base), sorted by
/// swing, largest first. The base result is `result(base)`.
pub fn tornado<P: Clone>(
    base: &P,
    result: impl Fn(&P) -> f64,
    levers: &[(Lever<P>, Bounds)],
) -> Vec<TornadoBar> {
    let mut bars: Vec<TornadoBar> = levers
        .iter()
        .map(|(lever, bounds)| {
            let base_input = (lever.get)(base);
            let (low_input, high_input) = bounds.around(base_input);
            let at = |x: f64| {
                let mut p = base.clone();
                (lever.set)(&mut p, x);
                result(&p)
            };
            let (result_low, result_high) = (at(low_input), at(high_input));
            let swing = (result_high - result_low).abs();
            TornadoBar {
                name: lever.name.to_string(),
                base_input,
                low_input,
                high_input,
                result_low,
                result_high,
                swing: if swing.is_finite() {
                    swing
                } else {
                    f64::INFINITY
                },
            }
        })
        .collect();
    bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
    bars
}

// ---------------------------------------------------------------------------------------------
// Diff of two parameter sets (through serde, so it follows the structs automatically)
// ---------------------------------------------------------------------------------------------

/// A leaf value of a parameter set, as seen by [`flatten`] and [`diff`].
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum FieldValue {
    /// A number (all integer and float types).
    Number(f64),
    /// A switch.
    Bool(bool),
    /// Text, including the name of an enum variant.
    Text(String),
    /// `None`, or a unit value.
    Missing,
}

impl fmt::Display for FieldValue {
    /// Dutch notation: numbers with a decimal comma, `ja`/`nee`, `–` for missing.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldValue::Number(x) => {
                let s = if x.fract() == 0.0 && x.abs() < 1e15 {
                    crate::format::nl::int(*x as i64)
                } else {
                    crate::format::nl::dec(*x, 4)
                        .trim_end_matches('0')
                        .trim_end_matches(',')
                        .to_string()
                };
                f.write_str(&s)
            }
            FieldValue::Bool(b) => f.write_str(if *b { "ja" } else { "nee" }),
            FieldValue::Text(t) => f.write_str(t),
            FieldValue::Missing => f.write_str("–"),
        }
    }
}

/// One field in which two parameter sets differ.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldDiff {
    /// Dotted field path, e.g. `"vangnet.regular_threshold_pct"`; list items get their index.
    pub field: String,
    /// Value in the first set (`None`: the field does not exist there, e.g. another variant).
    pub left: Option<FieldValue>,
    /// Value in the second set.
    pub right: Option<FieldValue>,
}

/// All leaf fields of a serialisable value as (dotted path, value), in declaration order.
///
/// An enum variant is a `Text` leaf at the enum's path, and its fields follow as
/// `path.field`. `None` is [`FieldValue::Missing`].
pub fn flatten<T: Serialize + ?Sized>(value: &T) -> Vec<(String, FieldValue)> {
    let mut out = Vec::new();
    // The flattener itself cannot fail; a custom Serialize impl could, and then we keep
    // what was collected so far.
    let _ = value.serialize(Flat {
        out: &mut out,
        path: String::new(),
    });
    out
}

/// The named fields in which `left` and `right` differ, with both values, in the order of
/// `left` (fields only in `right` come last).
pub fn diff<T: Serialize + ?Sized>(left: &T, right: &T) -> Vec<FieldDiff> {
    let l = flatten(left);
    let r = flatten(right);
    let mut out = Vec::new();
    for (path, lv) in &l {
        match r.iter().find(|(p, _)| p == path) {
            Some((_, rv)) if rv == lv => {}
            Some((_, rv)) => out.push(FieldDiff {
                field: path.clone(),
                left: Some(lv.clone()),
                right: Some(rv.clone()),
            }),
            None => out.push(FieldDiff {
                field: path.clone(),
                left: Some(lv.clone()),
                right: None,
            }),
        }
    }
    for (path, rv) in &r {
        if !l.iter().any(|(p, _)| p == path) {
            out.push(FieldDiff {
                field: path.clone(),
                left: None,
                right: Some(rv.clone()),
            });
        }
    }
    out
}

/// Paths of all numbers in `value` that are NaN or ±∞ (empty: everything is displayable).
pub fn non_finite_fields<T: Serialize + ?Sized>(value: &T) -> Vec<String> {
    flatten(value)
        .into_iter()
        .filter(|(_, v)| matches!(v, FieldValue::Number(x) if !x.is_finite()))
        .map(|(p, _)| p)
        .collect()
}

/// Error type of the flattening serializer (never produced by the flattener itself).
#[derive(Debug)]
struct FlatError(String);

impl fmt::Display for FlatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FlatError {}

impl ser::Error for FlatError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        FlatError(msg.to_string())
    }
}

/// Serializer that writes every leaf into `out` under `path`.
struct Flat<'a> {
    out: &'a mut Vec<(String, FieldValue)>,
    path: String,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Flat<'_> {
    fn leaf(self, v: FieldValue) -> Result<(), FlatError> {
        self.out.push((self.path, v));
        Ok(())
    }
}

/// Compound serializer for sequences, tuples, maps and structs.
struct FlatCompound<'a> {
    out: &'a mut Vec<(String, FieldValue)>,
    path: String,
    index: usize,
    key: Option<String>,
}

impl<'a> FlatCompound<'a> {
    fn child(&mut self, key: &str) -> Flat<'_> {
        Flat {
            out: self.out,
            path: join(&self.path, key),
        }
    }
    fn next_index(&mut self) -> Flat<'_> {
        let i = self.index;
        self.index += 1;
        self.child(&i.to_string())
    }
}

macro_rules! flat_number {
    ($($m:ident: $t:ty),*) => {
        $(fn $m(self, v: $t) -> Result<(), FlatError> { self.leaf(FieldValue::Number(v as f64)) })*
    };
}

impl<'a> ser::Serializer for Flat<'a> {
    type Ok = ();
    type Error = FlatError;
    type SerializeSeq = FlatCompound<'a>;
    type SerializeTuple = FlatCompound<'a>;
    type SerializeTupleStruct = FlatCompound<'a>;
    type SerializeTupleVariant = FlatCompound<'a>;
    type SerializeMap = FlatCompound<'a>;
    type SerializeStruct = FlatCompound<'a>;
    type SerializeStructVariant = FlatCompound<'a>;

    flat_number!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_f32: f32, serialize_f64: f64);

    fn serialize_bool(self, v: bool) -> Result<(), FlatError> {
        self.leaf(FieldValue::Bool(v))
    }
    fn serialize_char(self, v: char) -> Result<(), FlatError> {
        self.leaf(FieldValue::Text(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<(), FlatError> {
        self.leaf(FieldValue::Text(v.to_string()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), FlatError> {
        self.leaf(FieldValue::Text(format!("{v:?}")))
    }
    fn serialize_none(self) -> Result<(), FlatError> {
        self.leaf(FieldValue::Missing)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), FlatError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), FlatError> {
        self.leaf(FieldValue::Missing)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), FlatError> {
        self.leaf(FieldValue::Missing)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), FlatError> {
        self.leaf(FieldValue::Text(variant.to_string()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), FlatError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), FlatError> {
        let path = self.path.clone();
        self.out
            .push((path.clone(), FieldValue::Text(variant.to_string())));
        value.serialize(Flat {
            out: self.out,
            path: join(&path, variant),
        })
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<FlatCompound<'a>, FlatError> {
        Ok(FlatCompound {
            out: self.out,
            path: self.path,
            index: 0,
            key: None,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<FlatCompound<'a>, FlatError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<FlatCompound<'a>, FlatError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<FlatCompound<'a>, FlatError> {
        self.out
            .push((self.path.clone(), FieldValue::Text(variant.to_string())));
        Ok(FlatCompound {
            out: self.out,
            path: self.path,
            index: 0,
            key: None,
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<FlatCompound<'a>, FlatError> {
        self.serialize_seq(None)
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<FlatCompound<'a>, FlatError> {
        self.serialize_seq(None)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<FlatCompound<'a>, FlatError> {
        self.serialize_tuple_variant(name, index, variant, len)
    }
}

impl ser::SerializeSeq for FlatCompound<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        value.serialize(self.next_index())
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

impl ser::SerializeTuple for FlatCompound<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        value.serialize(self.next_index())
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for FlatCompound<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        value.serialize(self.next_index())
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

impl ser::SerializeTupleVariant for FlatCompound<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        value.serialize(self.next_index())
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

impl ser::SerializeMap for FlatCompound<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), FlatError> {
        let mut k = Vec::new();
        key.serialize(Flat {
            out: &mut k,
            path: String::new(),
        })?;
        self.key = Some(
            k.into_iter()
                .map(|(_, v)| v.to_string())
                .collect::<Vec<_>>()
                .join("_"),
        );
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FlatError> {
        let key = self.key.take().unwrap_or_default();
        value.serialize(self.child(&key))
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

impl ser::SerializeStruct for FlatCompound<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), FlatError> {
        value.serialize(self.child(key))
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

impl ser::SerializeStructVariant for FlatCompound<'_> {
    type Ok = ();
    type Error = FlatError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), FlatError> {
        value.serialize(self.child(key))
    }
    fn end(self) -> Result<(), FlatError> {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/// One refused input: which field and why, in Dutch.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Invalid {
    /// Dotted field path, as in [`flatten`] (e.g. `"vangnet.regular_threshold_pct"`).
    pub field: String,
    /// Dutch message for the user, e.g. `"Loonwaarde moet tussen 0% en 100% liggen."`.
    pub message: String,
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Refuses impossible inputs before anything is computed.
///
/// Contract: for every value with `validate() == Ok(())`, every number the module's functions
/// return is finite (checked by a property test), so no NaN or ∞ reaches the screen.
pub trait Validate {
    /// All problems at once (empty `Err` never happens), or `Ok(())`.
    fn validate(&self) -> Result<(), Vec<Invalid>>;
}

/// Collects validation problems; used by the `validate` implementations.
#[derive(Debug, Default)]
pub struct Checks {
    problems: Vec<Invalid>,
}

impl Checks {
    /// A fresh, empty list.
    pub fn new() -> Self {
        Checks::default()
    }

    /// Records a problem.
    pub fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.problems.push(Invalid {
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// Requires a finite number in `lo..=hi`; `what` is the Dutch name of the quantity.
    /// Returns whether the value passed.
    pub fn range(&mut self, field: &str, what: &str, x: f64, lo: f64, hi: f64) -> bool {
        if !x.is_finite() {
            self.fail(field, format!("{what} is geen geldig getal."));
            false
        } else if x < lo || x > hi {
            self.fail(
                field,
                format!(
                    "{what} moet tussen {} en {} liggen.",
                    crate::format::nl::dec(lo, if lo.fract() == 0.0 { 0 } else { 2 }),
                    crate::format::nl::dec(hi, if hi.fract() == 0.0 { 0 } else { 2 })
                ),
            );
            false
        } else {
            true
        }
    }

    /// Requires a finite, non-negative number no larger than `max` (an upper bound against
    /// typing errors and overflow).
    pub fn non_negative(&mut self, field: &str, what: &str, x: f64, max: f64) -> bool {
        if !x.is_finite() {
            self.fail(field, format!("{what} is geen geldig getal."));
            false
        } else if x < 0.0 {
            self.fail(field, format!("{what} kan niet negatief zijn."));
            false
        } else if x > max {
            self.fail(
                field,
                format!(
                    "{what} is onwaarschijnlijk groot (maximaal {}).",
                    crate::format::nl::dec(max, 0)
                ),
            );
            false
        } else {
            true
        }
    }

    /// Requires a percentage change that is not below −100% and not above `max` %.
    pub fn growth_pct(&mut self, field: &str, what: &str, x: f64, max: f64) -> bool {
        if !x.is_finite() {
            self.fail(field, format!("{what} is geen geldig getal."));
            false
        } else if x < -100.0 {
            self.fail(field, format!("{what} kan niet lager zijn dan −100%."));
            false
        } else if x > max {
            self.fail(
                field,
                format!(
                    "{what} is onwaarschijnlijk hoog (maximaal {}%).",
                    crate::format::nl::dec(max, 0)
                ),
            );
            false
        } else {
            true
        }
    }

    /// Requires a loonwaarde (% of WML) in 0–100.
    pub fn loonwaarde_pct(&mut self, field: &str, x: f64) -> bool {
        if x.is_finite() && (0.0..=100.0).contains(&x) {
            true
        } else {
            self.fail(field, "Loonwaarde moet tussen 0% en 100% liggen.");
            false
        }
    }

    /// Requires hours per week in 0–40.
    pub fn hours(&mut self, field: &str, x: f64) -> bool {
        if x.is_finite() && (0.0..=MAX_HOURS_PER_WEEK).contains(&x) {
            true
        } else {
            self.fail(field, "Uren per week moeten tussen 0 en 40 liggen.");
            false
        }
    }

    /// `Ok(())` when nothing was recorded.
    pub fn finish(self) -> Result<(), Vec<Invalid>> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(self.problems)
        }
    }
}

/// Upper bound for hours per week in an LKS contract.
pub const MAX_HOURS_PER_WEEK: f64 = 40.0;
/// Upper bound for any count of benefits or contracts (typing-error guard).
pub const MAX_COUNT: f64 = 10_000_000.0;
/// Upper bound for any amount in € million (typing-error guard).
pub const MAX_MLN: f64 = 1_000_000.0;
/// Upper bound for any amount in € per year per person (typing-error guard).
pub const MAX_EUR_PER_YEAR: f64 = 10_000_000.0;
/// Upper bound for a yearly growth or price change in %.
pub const MAX_GROWTH_PCT: f64 = 100.0;

// ---------------------------------------------------------------------------------------------
// Full budget evaluation
// ---------------------------------------------------------------------------------------------

/// Everything the LKS and BUIG screens show, computed in one call from the parameter sets.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BudgetEvaluation {
    /// F4: LKS stock and flows.
    pub lks_stock_flow: StockFlow,
    /// F4: progress under definitions A, B and C (`None`: not computable, previous year unknown).
    pub lks_progress: [Option<TargetProgress>; 3],
    /// F4: the projected year end at the planned (or current) pace.
    pub lks_year_end: YearEndProjection,
    /// F4: starts needed next year under definitions A, B and C.
    pub lks_next_year: [NextYear; 3],
    /// F5: Werkplein placements against the year target.
    pub placements: Pace,
    /// F8: LKS subsidy per contract per year at the parameters' hours, for loonwaarde 30, 45, 50, 60, 70%.
    pub lks_subsidy_table: [lks::SubsidyRow; 5],
    /// F8: yearly saving of +10 points loonwaarde over the running contracts.
    pub lks_raise_saving_eur: f64,
    /// F6: the BUIG result of the first year.
    pub buig: BuigResult,
    /// F7: sensitivity to +1 pp extra local growth, and the break-even points.
    pub sensitivity: Sensitivity,
    /// F12: vangnet for the first year.
    pub vangnet: VangnetResult,
    /// F6/F9: the multi-year view.
    pub years: Vec<YearView>,
}

/// Computes FORMULAS F4–F8, F12 and the multi-year path for validated inputs.
///
/// The LKS subsidy table uses the benefit cost `c` of the BUIG parameters as the avoided cost.
pub fn evaluate_budget(
    lks_params: &LksParams,
    buig_params: &BuigParams,
    placements: &PlacementTarget,
) -> BudgetEvaluation {
    let stock_flow = lks::stock_flow(lks_params);
    let progress = TargetDefinition::ALL.map(|d| lks::target_progress(lks_params, d));
    let year_end = lks::year_end_projection(lks_params);
    let next_year = TargetDefinition::ALL.map(|d| lks::next_year_starts(lks_params, d));
    let buig_result = buig::result(buig_params);
    let c = buig_result.cost_per_benefit_eur;
    let table = [30.0, 45.0, 50.0, 60.0, 70.0]
        .map(|lw| lks::subsidy_row(lks_params, lw, lks_params.hours_per_week, c));
    let raise = lks::loonwaarde_raise_saving_eur(
        lks_params,
        &lks::LoonwaardeRaise {
            from_pct: None,
            points: 10.0,
            contracts: stock_flow.end_running,
            hours_per_week: lks_params.hours_per_week,
            ..Default::default()
        },
    );
    BudgetEvaluation {
        lks_stock_flow: stock_flow,
        lks_progress: progress,
        lks_year_end: year_end,
        lks_next_year: next_year,
        placements: lks::pace(placements),
        lks_subsidy_table: table,
        lks_raise_saving_eur: raise,
        sensitivity: buig::sensitivity(buig_params, 1.0),
        vangnet: buig::vangnet(
            buig_result.budget_mln,
            buig_result.spend_mln,
            buig_params.budget_version,
            &buig_params.vangnet,
        ),
        years: buig::multi_year(buig_params),
        buig: buig_result,
    }
}
