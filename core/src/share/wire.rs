//! The bytes of a link: entries, values, the frame around them, and base64url text.
//! The layout is described in the module documentation of [`super`].

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::{Number, Value};

use super::changes::{valid_path, Change};
use super::error::LinkError;
use super::fingerprint::LinkFingerprint;

/// The layout version written as text before the base64 (`s=1.…`).
pub(crate) const WIRE_FORMAT: u32 = 1;

/// Frame flag: the body is raw DEFLATE.
const FLAG_DEFLATE: u8 = 0x01;
/// Frame flag: a 4-byte dataset fingerprint follows the fixed header.
const FLAG_FINGERPRINT: u8 = 0x02;
const KNOWN_FLAGS: u8 = FLAG_DEFLATE | FLAG_FINGERPRINT;

/// Fixed header (flags, version, length) plus checksum: the shortest possible frame.
const MIN_FRAME: usize = 3 + 2;

/// The body never unpacks to more than this many bytes.
pub(crate) const MAX_BODY: usize = 64 * 1024;
/// A link never holds more entries than this.
const MAX_ENTRIES: usize = 1024;
/// Longest path written out by name, in bytes.
const MAX_PATH_BYTES: usize = 256;
/// Deepest nesting of arrays inside a value.
const MAX_NESTING: usize = 16;

// Value tags (3 bits).
const T_NULL: u8 = 0;
const T_FALSE: u8 = 1;
const T_TRUE: u8 = 2;
const T_INT: u8 = 3;
const T_DECIMAL: u8 = 4;
const T_STRING: u8 = 5;
const T_ARRAY: u8 = 6;
const T_EXT: u8 = 7;
// Sub-tags after T_EXT (one byte).
const X_F64: u8 = 0;
const X_JSON: u8 = 1;
const X_DELETE: u8 = 2;

/// Largest integer mantissa written as a decimal (exact in an f64).
const MAX_MANTISSA: f64 = 9_007_199_254_740_992.0; // 2^53
const POW10: [f64; 4] = [1.0, 10.0, 100.0, 1000.0];

/// How an entry names its path.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Key {
    /// Registry id (index + 1).
    Id(u32),
    /// Spelled out: the path is not in the registry.
    Name(String),
}

/// What a decoded entry does.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Slot {
    /// Set the path to this value.
    Set(Value),
    /// Remove the key at the path.
    Delete,
    /// The value uses a word this app's list does not have (a newer app appended it).
    UnknownWord,
}

/// One decoded entry.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry {
    pub key: Key,
    pub slot: Slot,
}

/// Reading state for one value: the word list, and whether an unknown word was met.
struct ValueReader<'r, 'a, 'w> {
    r: &'r mut Reader<'a>,
    words: &'w [&'w str],
    unknown_word: bool,
}

/// The frame's content once unpacked and checked.
#[derive(Debug)]
pub(crate) struct Frame {
    pub version: u8,
    pub fingerprint: Option<LinkFingerprint>,
    pub body: Vec<u8>,
}

// ---------------------------------------------------------------------------------------
// Primitives

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(i: i64) -> u64 {
    ((i << 1) ^ (i >> 63)) as u64
}

fn unzigzag(u: u64) -> i64 {
    ((u >> 1) as i64) ^ -((u & 1) as i64)
}

/// FNV-1a 32 folded to 16 bits: the frame checksum.
fn checksum(bytes: &[u8]) -> u16 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    ((h >> 16) ^ (h & 0xffff)) as u16
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn done(&self) -> bool {
        self.pos >= self.buf.len()
    }

    fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.buf.get(self.pos).ok_or(LinkError::Corrupt)?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], LinkError> {
        let end = self.pos.checked_add(n).ok_or(LinkError::Corrupt)?;
        let s = self.buf.get(self.pos..end).ok_or(LinkError::Corrupt)?;
        self.pos = end;
        Ok(s)
    }

    fn varint(&mut self) -> Result<u64, LinkError> {
        let mut v: u64 = 0;
        for i in 0..10 {
            let b = self.byte()?;
            if i == 9 && b > 1 {
                return Err(LinkError::Corrupt);
            }
            v |= u64::from(b & 0x7f) << (7 * i);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(LinkError::Corrupt)
    }

    fn len(&mut self) -> Result<usize, LinkError> {
        let n = self.varint()?;
        let n = usize::try_from(n).map_err(|_| LinkError::Corrupt)?;
        if n > self.buf.len() - self.pos.min(self.buf.len()) {
            return Err(LinkError::Corrupt);
        }
        Ok(n)
    }

    fn text(&mut self) -> Result<&'a str, LinkError> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).map_err(|_| LinkError::Corrupt)
    }
}

// ---------------------------------------------------------------------------------------
// Values

/// `f` as `mantissa / 10^scale` with scale 0–3, when that gives back exactly the same f64.
fn as_decimal(f: f64) -> Option<(i64, u8)> {
    if !f.is_finite() {
        return None;
    }
    for (scale, p) in POW10.iter().enumerate() {
        let m = (f * p).round();
        if m.abs() > MAX_MANTISSA {
            return None;
        }
        // Compare what the reader will compute from the integer (this also keeps -0.0 out).
        let mi = m as i64;
        if (mi as f64 / p).to_bits() == f.to_bits() {
            return Some((mi, scale as u8));
        }
    }
    None
}

fn put_text(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// A value's tag and payload bytes. Strings in `words` are written as their index.
fn encode_value(v: &Value, words: &[&str]) -> (u8, Vec<u8>) {
    let mut p = Vec::new();
    let tag = match v {
        Value::Null => T_NULL,
        Value::Bool(false) => T_FALSE,
        Value::Bool(true) => T_TRUE,
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                put_varint(&mut p, zigzag(i));
                T_INT
            } else if n.is_u64() {
                p.push(X_JSON);
                put_text(&mut p, &n.to_string());
                T_EXT
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                match as_decimal(f) {
                    Some((m, scale)) => {
                        put_varint(&mut p, (zigzag(m) << 2) | u64::from(scale));
                        T_DECIMAL
                    }
                    None => {
                        p.push(X_F64);
                        p.extend_from_slice(&f.to_le_bytes());
                        T_EXT
                    }
                }
            }
        }
        Value::String(s) => {
            match words.iter().position(|w| w == s) {
                Some(i) => put_varint(&mut p, ((i as u64) << 1) | 1),
                None => {
                    put_varint(&mut p, (s.len() as u64) << 1);
                    p.extend_from_slice(s.as_bytes());
                }
            }
            T_STRING
        }
        Value::Array(items) => {
            put_varint(&mut p, items.len() as u64);
            for item in items {
                let (t, bytes) = encode_value(item, words);
                p.push(t);
                p.extend_from_slice(&bytes);
            }
            T_ARRAY
        }
        Value::Object(_) => {
            p.push(X_JSON);
            put_text(&mut p, &v.to_string());
            T_EXT
        }
    };
    (tag, p)
}

/// Reads a value's payload after its tag. `None` is a delete (allowed only for entries).
fn decode_value(
    vr: &mut ValueReader<'_, '_, '_>,
    tag: u8,
    depth: usize,
) -> Result<Option<Value>, LinkError> {
    let r = &mut *vr.r;
    if depth > MAX_NESTING {
        return Err(LinkError::Corrupt);
    }
    let v = match tag {
        T_NULL => Value::Null,
        T_FALSE => Value::Bool(false),
        T_TRUE => Value::Bool(true),
        T_INT => Value::from(unzigzag(r.varint()?)),
        T_DECIMAL => {
            let raw = r.varint()?;
            let m = unzigzag(raw >> 2) as f64;
            if m.abs() > MAX_MANTISSA {
                return Err(LinkError::Corrupt);
            }
            let f = m / POW10[(raw & 3) as usize];
            Value::Number(Number::from_f64(f).ok_or(LinkError::Corrupt)?)
        }
        T_STRING => {
            let n = r.varint()?;
            if n & 1 == 1 {
                match usize::try_from(n >> 1).ok().and_then(|i| vr.words.get(i)) {
                    Some(w) => Value::String((*w).to_string()),
                    None => {
                        vr.unknown_word = true;
                        Value::Null
                    }
                }
            } else {
                let len = usize::try_from(n >> 1).map_err(|_| LinkError::Corrupt)?;
                let bytes = r.take(len)?;
                Value::String(
                    std::str::from_utf8(bytes)
                        .map_err(|_| LinkError::Corrupt)?
                        .to_string(),
                )
            }
        }
        T_ARRAY => {
            let n = r.len()?; // each item takes at least one byte
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                let t = vr.r.byte()?;
                if t > T_EXT {
                    return Err(LinkError::Corrupt);
                }
                items.push(decode_value(vr, t, depth + 1)?.ok_or(LinkError::Corrupt)?);
            }
            Value::Array(items)
        }
        T_EXT => match r.byte()? {
            X_F64 => {
                let bytes: [u8; 8] = r.take(8)?.try_into().map_err(|_| LinkError::Corrupt)?;
                let f = f64::from_le_bytes(bytes);
                Number::from_f64(f).map_or(Value::Null, Value::Number)
            }
            X_JSON => serde_json::from_str(r.text()?).map_err(|_| LinkError::Corrupt)?,
            X_DELETE => return Ok(None),
            _ => return Err(LinkError::Corrupt),
        },
        _ => return Err(LinkError::Corrupt),
    };
    Ok(Some(v))
}

// ---------------------------------------------------------------------------------------
// Body: the list of entries

/// Writes the entries. Registry entries must come first, sorted by id; named ones after.
pub(crate) fn write_body(entries: &[(Key, &Change)], words: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev: u32 = 0;
    for (key, change) in entries {
        let (tag, payload) = match change {
            Change::Set { value, .. } => encode_value(value, words),
            Change::Delete { .. } => (T_EXT, vec![X_DELETE]),
        };
        match key {
            Key::Id(id) => {
                debug_assert!(*id > prev, "registry entries must be sorted by id");
                put_varint(&mut out, (u64::from(id - prev) << 3) | u64::from(tag));
                prev = *id;
            }
            Key::Name(name) => {
                put_varint(&mut out, u64::from(tag));
                put_text(&mut out, name);
            }
        }
        out.extend_from_slice(&payload);
    }
    out
}

/// Reads the entries of an unpacked body.
pub(crate) fn read_body(body: &[u8], words: &[&str]) -> Result<Vec<Entry>, LinkError> {
    let mut r = Reader { buf: body, pos: 0 };
    let mut prev: u64 = 0;
    let mut out = Vec::new();
    while !r.done() {
        if out.len() >= MAX_ENTRIES {
            return Err(LinkError::Corrupt);
        }
        let head = r.varint()?;
        let tag = (head & 7) as u8;
        let delta = head >> 3;
        let key = if delta == 0 {
            let name = r.text()?;
            if name.len() > MAX_PATH_BYTES || !valid_path(name) {
                return Err(LinkError::Corrupt);
            }
            Key::Name(name.to_string())
        } else {
            prev = prev.checked_add(delta).ok_or(LinkError::Corrupt)?;
            Key::Id(u32::try_from(prev).map_err(|_| LinkError::Corrupt)?)
        };
        let mut vr = ValueReader {
            r: &mut r,
            words,
            unknown_word: false,
        };
        let slot = match decode_value(&mut vr, tag, 0)? {
            _ if vr.unknown_word => Slot::UnknownWord,
            Some(v) => Slot::Set(v),
            None => Slot::Delete,
        };
        out.push(Entry { key, slot });
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// Frame and text

/// Packs a body into the frame: compresses when that helps, adds header and checksum.
pub(crate) fn write_frame(
    version: u8,
    fingerprint: Option<LinkFingerprint>,
    body: &[u8],
) -> Vec<u8> {
    let mut flags = 0;
    let deflated = miniz_oxide::deflate::compress_to_vec(body, 10);
    let payload: &[u8] = if deflated.len() < body.len() {
        flags |= FLAG_DEFLATE;
        &deflated
    } else {
        body
    };
    if fingerprint.is_some() {
        flags |= FLAG_FINGERPRINT;
    }
    let mut frame = vec![flags, version, 0];
    if let Some(fp) = fingerprint {
        frame.extend_from_slice(&fp.0.to_le_bytes());
    }
    frame.extend_from_slice(payload);
    frame[2] = ((frame.len() + 2) % 256) as u8;
    let sum = checksum(&frame);
    frame.extend_from_slice(&sum.to_le_bytes());
    frame
}

/// Checks and unpacks a frame.
pub(crate) fn read_frame(frame: &[u8]) -> Result<Frame, LinkError> {
    if frame.len() < MIN_FRAME || usize::from(frame[2]) != frame.len() % 256 {
        return Err(LinkError::Truncated);
    }
    let (content, sum) = frame.split_at(frame.len() - 2);
    if checksum(content).to_le_bytes() != sum {
        return Err(LinkError::Corrupt);
    }
    let flags = content[0];
    if flags & !KNOWN_FLAGS != 0 {
        return Err(LinkError::Corrupt);
    }
    let version = content[1];
    let mut rest = &content[3..];
    let fingerprint = if flags & FLAG_FINGERPRINT != 0 {
        let (fp, tail) = rest.split_first_chunk::<4>().ok_or(LinkError::Corrupt)?;
        rest = tail;
        Some(LinkFingerprint(u32::from_le_bytes(*fp)))
    } else {
        None
    };
    let body = if flags & FLAG_DEFLATE != 0 {
        miniz_oxide::inflate::decompress_to_vec_with_limit(rest, MAX_BODY).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                    LinkError::TooLarge { max: MAX_BODY }
                }
                _ => LinkError::Corrupt,
            }
        })?
    } else {
        rest.to_vec()
    };
    Ok(Frame {
        version,
        fingerprint,
        body,
    })
}

/// The base64url text (no padding) of a frame, with its layout version: `1.<base64url>`.
pub(crate) fn frame_to_text(frame: &[u8]) -> String {
    format!("{WIRE_FORMAT}.{}", URL_SAFE_NO_PAD.encode(frame))
}

/// The frame bytes of `1.<base64url>`.
pub(crate) fn text_to_frame(text: &str) -> Result<Vec<u8>, LinkError> {
    let Some((format, data)) = text.split_once('.') else {
        // `s=` or `s=1` alone: cut off right after the start.
        return Err(if text.bytes().all(|b| b.is_ascii_digit()) {
            LinkError::Truncated
        } else {
            LinkError::Corrupt
        });
    };
    match format.parse::<u32>() {
        Ok(WIRE_FORMAT) => {}
        Ok(other) => {
            return Err(LinkError::UnknownVersion(
                u8::try_from(other).unwrap_or(u8::MAX),
            ))
        }
        Err(_) => return Err(LinkError::Corrupt),
    }
    if data.is_empty() || data.len() % 4 == 1 {
        return Err(LinkError::Truncated);
    }
    URL_SAFE_NO_PAD.decode(data).map_err(|e| match e {
        base64::DecodeError::InvalidLength(_) => LinkError::Truncated,
        _ => LinkError::BadBase64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varint_and_zigzag_round_trip() {
        for v in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            put_varint(&mut out, v);
            let mut r = Reader { buf: &out, pos: 0 };
            assert_eq!(r.varint().unwrap(), v);
            assert!(r.done());
        }
        for i in [0i64, -1, 1, -64, 64, i64::MIN, i64::MAX] {
            assert_eq!(unzigzag(zigzag(i)), i);
        }
    }

    #[test]
    fn overlong_varint_is_corrupt() {
        let bytes = [0xffu8; 11];
        let mut r = Reader {
            buf: &bytes,
            pos: 0,
        };
        assert_eq!(r.varint(), Err(LinkError::Corrupt));
    }

    #[test]
    fn decimals_are_exact_or_refused() {
        assert_eq!(as_decimal(2.5), Some((25, 1)));
        assert_eq!(as_decimal(3.0), Some((3, 0)));
        assert_eq!(as_decimal(0.015), Some((15, 3)));
        assert_eq!(as_decimal(-1.25), Some((-125, 2)));
        assert_eq!(as_decimal(1.0 / 3.0), None);
        assert_eq!(as_decimal(-0.0), None);
        assert_eq!(as_decimal(1e300), None);
    }

    #[test]
    fn values_round_trip_with_their_number_kind() {
        let values = [
            Value::Null,
            Value::Bool(true),
            Value::from(42u32),
            Value::from(-7i64),
            Value::from(u64::MAX),
            Value::from(2.5f64),
            Value::from(3.0f64),
            Value::from(0.1234567f64),
            Value::from(-0.0f64),
            Value::from("zuid_1"),
            serde_json::json!(["oost", 3, [1.5, null]]),
            serde_json::json!({"a.b": 1}),
        ];
        for v in values {
            for words in [&[][..], &["oost", "zuid_1"][..]] {
                let (tag, bytes) = encode_value(&v, words);
                let mut r = Reader {
                    buf: &bytes,
                    pos: 0,
                };
                let mut vr = ValueReader {
                    r: &mut r,
                    words,
                    unknown_word: false,
                };
                let back = decode_value(&mut vr, tag, 0).unwrap().unwrap();
                assert_eq!(back, v, "{v}");
                assert!(!vr.unknown_word);
                assert!(r.done());
            }
        }
    }
}
