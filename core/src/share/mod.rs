//! Scenario links: the whole scenario (assumptions, definition choices, view) as a short,
//! versioned URL fragment, and as a QR code for the projector.
//!
//! The codec is generic over any `T: Serialize + DeserializeOwned + Default`; the app passes
//! its `Scenario` type and a [`LinkSchema`] (version, field registry, migrations).
//!
//! # What a link holds (DATA-MODEL §5 "Scenario links")
//! Only parameters: the leaves of the scenario that differ from `T::default()`, and the short
//! [fingerprint](Fingerprint) of the dataset it was made on. [`encode`] is given the
//! scenario and at most a hash, never the data, so no value from a file can get into a link.
//! The link goes in the URL *fragment*, which browsers do not send to servers.
//!
//! # Text
//! `s=1.<base64url without padding>`, to be put after `#`. The `1` is the byte layout below.
//! A second scenario can follow as `&b=1.…`, written as its changes from the first
//! ([`encode_relative`]), so a comparison travels in one link.
//! The alphabet (`A–Z a–z 0–9 - _ . =`) passes mail clients and chat apps unchanged. Reading
//! also accepts a whole URL, other `&`-separated fragment parameters, whitespace from wrapped
//! lines, and punctuation copied along at the end (`.` `,` `)` `>` …).
//!
//! # Frame (the bytes inside the base64)
//! | offset | bytes | content |
//! |---|---|---|
//! | 0 | 1 | flags: bit 0 = body is raw DEFLATE, bit 1 = fingerprint present; others 0 |
//! | 1 | 1 | scenario version ([`LinkSchema::version`]) |
//! | 2 | 1 | frame length mod 256 (tells a cut-off link from a damaged one) |
//! | 3 | 0 or 4 | dataset fingerprint, short form ([`LinkFingerprint`]), u32 little-endian |
//! | … | n | body; DEFLATE-d only when that makes it shorter |
//! | end − 2 | 2 | checksum: FNV-1a 32 of all bytes before it, high ⊕ low 16 bits, little-endian |
//!
//! # Body: one entry per change
//! Each entry starts with a varint `delta << 3 | tag`. With `delta > 0` the path is registry
//! id `previous id + delta` (ids ascend; id = registry position + 1). With `delta = 0` the path
//! follows spelled out (varint length + UTF-8). Then the value:
//!
//! | tag | value | payload |
//! |---|---|---|
//! | 0, 1, 2 | `null`, `false`, `true` | — |
//! | 3 | integer | zigzag varint |
//! | 4 | float with ≤ 3 decimals | varint `zigzag(m) << 2 \| s`; value = m / 10^s, exact |
//! | 5 | string | varint `index << 1 \| 1` into [`LinkSchema::words`], or `length << 1` + UTF-8 |
//! | 6 | array | varint count, then per item a tag byte and its payload |
//! | 7 | extended | a byte: 0 = any f64 (8 bytes LE), 1 = JSON text (objects, huge integers), 2 = delete |
//!
//! Integers stay integers and floats stay floats, so `u32` and `f64` fields both read back.
//!
//! # Versions and migration
//! A link records the scenario version it was made with. Reading an older link runs the
//! app's [`Migration`]s in a chain (`v → v+1 → … → current`) over its [`Changes`] before they
//! are applied to today's default. A newer link is refused with [`LinkError::NewerVersion`].
//!
//! # Use
//! ```
//! use bijstand_core::share::{self, LinkSchema};
//!
//! #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
//! #[serde(default)]
//! struct Scenario { groei_pct: f64, view: String }
//! impl Default for Scenario {
//!     fn default() -> Self { Scenario { groei_pct: 1.0, view: "samenstelling".into() } }
//! }
//! const SCHEMA: LinkSchema = LinkSchema {
//!     version: 1,
//!     registry: &["groei_pct", "view"],
//!     words: &["samenstelling", "prognose"],
//!     migrations: &[],
//! };
//!
//! let file = b"uitkering_id;startdatum\n...";
//! let s = Scenario { groei_pct: -1.5, view: "prognose".into() };
//! let link = share::encode(&s, &SCHEMA, Some(share::dataset_fingerprint(file)))?;
//! assert_eq!(link, "s=1.AgENkosdPQx1DQPBrQ"); // goes after `#` in the URL
//!
//! let opened = share::decode::<Scenario>(&format!("https://x.example/#{link}"), &SCHEMA)?;
//! assert_eq!(opened.scenario, s);
//! let check = opened.dataset_check(Some(share::dataset_fingerprint(b"another file")));
//! assert!(check.message(bijstand_core::lang::Lang::Nl).is_some()); // warn: made on a different file
//! let _svg = share::qr_svg(&format!("https://x.example/#{link}"))?;
//! # Ok::<(), share::LinkError>(())
//! ```
//!
//! # Limits
//! Text over [`MAX_LINK_CHARS`], a body over 64 KiB unpacked, more than 1024 entries, paths
//! deeper than 32 keys or arrays nested deeper than 16 are refused, so no link can exhaust
//! memory or the stack. A link from this app is normally well under [`TARGET_LINK_CHARS`].

mod changes;
mod error;
mod fingerprint;
mod qr;
mod schema;
mod wire;

pub use changes::{Change, Changes};
pub use error::LinkError;
pub use fingerprint::{
    dataset_fingerprint, DatasetCheck, DatasetHasher, Fingerprint, LinkFingerprint,
};
pub use qr::{qr_svg, qr_svg_with_title};
pub use schema::{
    registry_check, unlisted_words, LinkSchema, Migration, RegistryReport, RESERVED_PREFIX,
};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use changes::{apply, diff, equivalent, lookup};
use wire::{Entry, Key, Slot};

/// The fragment parameter that holds the scenario: `#s=1.…`.
pub const FRAGMENT_KEY: &str = "s";

/// The fragment parameter that holds a second scenario (the app's scenario B) as its
/// changes from the first: `#s=1.…&b=1.…` ([`encode_relative`], [`decode_relative`]).
pub const FRAGMENT_KEY_B: &str = "b";

/// Links longer than this (in bytes of text offered, URL included) are not read.
pub const MAX_LINK_CHARS: usize = 4096;

/// The length a full scenario link should stay within (a test holds the app to it).
pub const TARGET_LINK_CHARS: usize = 200;

/// A scenario read from a link.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded<T> {
    /// The scenario: today's default with the link's changes applied.
    pub scenario: T,
    /// The scenario version the link was made with.
    pub version: u8,
    /// True when the link was made with an older version and has been migrated.
    pub migrated: bool,
    /// The short fingerprint of the dataset the link was made on, if it recorded one.
    pub dataset: Option<LinkFingerprint>,
    /// Paths in the link that this version could not apply (unknown fields, wrong types).
    /// Unknown registry ids show as `#id`. The app can mention them; the rest still applies.
    pub ignored: Vec<String>,
}

impl<T> Decoded<T> {
    /// Compares the link's dataset with the one loaded now; warn on
    /// [`DatasetCheck::Different`].
    pub fn dataset_check(&self, loaded: Option<Fingerprint>) -> DatasetCheck {
        DatasetCheck::compare(self.dataset, loaded)
    }
}

fn to_json<T: Serialize>(t: &T) -> Result<Value, LinkError> {
    serde_json::to_value(t).map_err(|e| LinkError::Unencodable(e.to_string()))
}

/// Makes the link text (`s=1.…`, to be put after `#`) for a scenario.
///
/// Only the leaves that differ from `T::default()` are written, by registry id. Pass the
/// loaded dataset's fingerprint so the recipient is warned when their file differs.
/// Fails only when the scenario cannot be serialised or the link would exceed
/// [`MAX_LINK_CHARS`].
pub fn encode<T: Serialize + Default>(
    scenario: &T,
    schema: &LinkSchema<'_>,
    dataset: Option<Fingerprint>,
) -> Result<String, LinkError> {
    encode_from(
        scenario,
        to_json(&T::default())?,
        schema,
        dataset,
        FRAGMENT_KEY,
    )
}

/// Makes the text of a second link parameter (`key=1.…`, e.g. [`FRAGMENT_KEY_B`]) holding
/// `scenario` as its changes from `base` rather than from `T::default()`: a second scenario
/// that differs from the first in a few settings costs a few bytes. Append it to the first
/// link with `&`; [`decode_relative`] reads it back given the same `base`.
pub fn encode_relative<T: Serialize>(
    scenario: &T,
    base: &T,
    schema: &LinkSchema<'_>,
    key: &str,
) -> Result<String, LinkError> {
    encode_from(scenario, to_json(base)?, schema, None, key)
}

fn encode_from<T: Serialize>(
    scenario: &T,
    base: Value,
    schema: &LinkSchema<'_>,
    dataset: Option<Fingerprint>,
    key: &str,
) -> Result<String, LinkError> {
    let target = to_json(scenario)?;
    let changes = diff(&base, &target);

    let mut by_id: Vec<(Key, &Change)> = Vec::new();
    let mut by_name: Vec<(Key, &Change)> = Vec::new();
    for c in &changes {
        match schema.id_of(c.path()) {
            Some(id) => by_id.push((Key::Id(id), c)),
            None => by_name.push((Key::Name(c.path().to_string()), c)),
        }
    }
    crate::sort::sort_by_key(&mut by_id, |(k, _)| match k {
        Key::Id(id) => *id,
        Key::Name(_) => 0,
    });
    crate::sort::sort_by(&mut by_name, |a, b| a.1.path().cmp(b.1.path()));
    by_id.extend(by_name);
    let body = wire::write_body(&by_id, schema.words);

    // The codec checks itself: the body must give back exactly this scenario's tree.
    let entries = wire::read_body(&body, schema.words)
        .map_err(|_| LinkError::Unencodable("body does not read back".into()))?;
    let (back, unknown) = resolve(entries, schema);
    let mut rebuilt = base;
    for c in &back {
        apply(&mut rebuilt, c);
    }
    if !unknown.is_empty() || rebuilt != target {
        return Err(LinkError::Unencodable(
            "scenario does not round-trip".into(),
        ));
    }

    let frame = wire::write_frame(schema.version, dataset.map(Fingerprint::short), &body);
    let text = format!("{key}={}", wire::frame_to_text(&frame));
    if text.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            chars: text.len(),
            max: MAX_LINK_CHARS,
        });
    }
    Ok(text)
}

/// A well-formed link (frame, length byte, checksum) around an arbitrary `body`, so a
/// fuzzer reaches the body's decoder instead of stopping at the checksum.
#[doc(hidden)]
pub fn frame_link(version: u8, body: &[u8]) -> String {
    let frame = wire::write_frame(version, None, body);
    format!("{FRAGMENT_KEY}={}", wire::frame_to_text(&frame))
}

/// Reads a link made by [`encode`] (with this or an older schema version).
///
/// Accepts the fragment text, `#` + fragment, or a whole URL. Never panics: anything that is
/// not a sound link of a known version gives a [`LinkError`]. Changes this version cannot
/// apply are skipped and listed in [`Decoded::ignored`].
pub fn decode<T: Serialize + DeserializeOwned + Default>(
    link: &str,
    schema: &LinkSchema<'_>,
) -> Result<Decoded<T>, LinkError> {
    let base = serde_json::to_value(T::default()).map_err(|_| LinkError::Incompatible)?;
    decode_from(link, base, schema, FRAGMENT_KEY)
}

/// Reads the parameter `key` of a link, made by [`encode_relative`] from `base`: `Ok(None)`
/// when the link has no such parameter. The rest as [`decode`] (its changes apply to
/// `base` instead of the default).
pub fn decode_relative<T: Serialize + DeserializeOwned>(
    link: &str,
    base: &T,
    schema: &LinkSchema<'_>,
    key: &str,
) -> Result<Option<Decoded<T>>, LinkError> {
    match share_param(link, key) {
        Err(LinkError::NotALink) => return Ok(None),
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    let base = serde_json::to_value(base).map_err(|_| LinkError::Incompatible)?;
    decode_from(link, base, schema, key).map(Some)
}

fn decode_from<T: Serialize + DeserializeOwned>(
    link: &str,
    base: Value,
    schema: &LinkSchema<'_>,
    key: &str,
) -> Result<Decoded<T>, LinkError> {
    if link.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            chars: link.len(),
            max: MAX_LINK_CHARS,
        });
    }
    let text = share_param(link, key)?;
    let frame = wire::read_frame(&wire::text_to_frame(&text)?)?;
    if frame.version > schema.version {
        return Err(LinkError::NewerVersion {
            link: frame.version,
            app: schema.version,
        });
    }
    let entries = wire::read_body(&frame.body, schema.words)?;
    let (mut changes, mut ignored) = resolve(entries, schema);

    let mut v = frame.version;
    while v < schema.version {
        let step = schema
            .migrations
            .iter()
            .find(|m| m.from == v)
            .ok_or(LinkError::UnknownVersion(frame.version))?;
        (step.run)(&mut changes);
        v += 1;
    }

    let (scenario, applied) = build::<T>(&base, &changes, &mut ignored)?;

    // Report changes that deserialisation silently dropped or altered (unknown fields…).
    let round = serde_json::to_value(&scenario).map_err(|_| LinkError::Incompatible)?;
    for c in &applied {
        let took = match c {
            Change::Set { path, value } => {
                lookup(&round, path).is_some_and(|r| equivalent(r, value))
            }
            Change::Delete { path } => lookup(&round, path).is_none(),
        };
        if !took {
            ignored.push(c.path().to_string());
        }
    }
    crate::sort::sort(&mut ignored);
    ignored.dedup();

    Ok(Decoded {
        scenario,
        version: frame.version,
        migrated: frame.version < schema.version,
        dataset: frame.fingerprint,
        ignored,
    })
}

/// Applies the changes to the default tree and deserialises. When that fails as a whole, the
/// changes are tried one by one and the ones that break the scenario are skipped.
fn build<T: DeserializeOwned>(
    base: &Value,
    changes: &Changes,
    ignored: &mut Vec<String>,
) -> Result<(T, Vec<Change>), LinkError> {
    let mut all = base.clone();
    for c in changes {
        apply(&mut all, c);
    }
    if let Ok(t) = serde_json::from_value::<T>(all) {
        return Ok((t, changes.iter().cloned().collect()));
    }
    let mut cur = base.clone();
    let mut applied = Vec::new();
    for c in changes {
        let mut trial = cur.clone();
        apply(&mut trial, c);
        if serde_json::from_value::<T>(trial.clone()).is_ok() {
            cur = trial;
            applied.push(c.clone());
        } else {
            ignored.push(c.path().to_string());
        }
    }
    let t = serde_json::from_value::<T>(cur).map_err(|_| LinkError::Incompatible)?;
    Ok((t, applied))
}

/// Turns decoded entries into named changes. Ids this registry does not know (as `#id`) and
/// entries using words this list does not have are returned separately.
fn resolve(entries: Vec<Entry>, schema: &LinkSchema<'_>) -> (Changes, Vec<String>) {
    let mut unknown = Vec::new();
    let mut changes = Changes::new();
    for e in entries {
        let path = match e.key {
            Key::Name(name) => name,
            Key::Id(id) => match schema.path_of(id) {
                Some(p) => p.to_string(),
                None => {
                    unknown.push(format!("#{id}"));
                    continue;
                }
            },
        };
        changes.push(match e.slot {
            Slot::Set(value) => Change::Set { path, value },
            Slot::Delete => Change::Delete { path },
            Slot::UnknownWord => {
                unknown.push(path);
                continue;
            }
        });
    }
    (changes, unknown)
}

/// Characters that base64url never uses but that get copied along at the end of a link.
const TRAILING_JUNK: &[char] = &['.', ',', ';', ':', '!', '?', ')', ']', '}', '>', '"', '\''];

/// `%XX` sequences that stand for a printable ASCII character, decoded; anything else kept.
fn percent_decode_ascii(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) if bytes[i] == b'%' && b.is_ascii_graphic() => {
                out.push(b as char);
                i += 3;
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Finds the `key=` parameter in a fragment or URL, ignoring whitespace from wrapped lines.
fn share_param(link: &str, key: &str) -> Result<String, LinkError> {
    let cleaned: String = link.chars().filter(|c| !c.is_whitespace()).collect();
    // Some mail filters and chat apps rewrite links percent-encoded (`%23` for `#`, `%3D`
    // for `=`, sometimes every character).
    let cleaned = percent_decode_ascii(&cleaned);
    let cleaned = cleaned.trim_start_matches(['<', '"', '\'', '(']);
    let fragment = match cleaned.split_once('#') {
        Some((_, f)) => f,
        None => cleaned,
    };
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    let prefix = format!("{key}=");
    fragment
        .split('&')
        .find_map(|part| part.strip_prefix(prefix.as_str()))
        .map(|v| v.trim_end_matches(TRAILING_JUNK).to_string())
        .ok_or(LinkError::NotALink)
}
