//! A parameter set seen through serde: its leaf fields as dotted paths ([`flatten`]), the
//! fields in which two sets differ ([`diff`]) and the numbers that are not finite
//! ([`non_finite_fields`]). Follows the structs automatically.

use std::fmt;

use serde::ser::{self, Serialize};

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
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<FlatCompound<'a>, FlatError> {
        // The variant's name as a leaf, its fields under it (as for a newtype variant and
        // in the link registry: `cost_per_benefit.entered.eur`).
        self.out
            .push((self.path.clone(), FieldValue::Text(variant.to_string())));
        let path = join(&self.path, variant);
        Ok(FlatCompound {
            out: self.out,
            path,
            index: 0,
            key: None,
        })
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
