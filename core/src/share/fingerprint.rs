//! The dataset fingerprint: which data a link was made on, without anything from that data.
//!
//! The fingerprint is **FNV-1a 64** (offset basis `0xcbf29ce484222325`, prime
//! `0x100000001b3`) over the dataset's *content*, as [`crate::model::Dataset::fingerprint`]
//! feeds it to a [`DatasetHasher`]: the dictionaries and every row's values, not the file's
//! bytes. So it is stable across versions, platforms and builds and needs no dependency, and
//! the same figures saved again by Excel, or as XLSX instead of CSV, give the same
//! fingerprint. A link stores a 32-bit short form (the two halves XOR-ed): enough to notice
//! different data, too little to learn anything about it.
//!
//! Any change to a value changes the fingerprint: the app's warning therefore says the data
//! *may* differ, not that every number does.

use std::fmt;

const FNV64_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV64_PRIME: u64 = 0x0000_0100_0000_01b3;

/// A loaded dataset's fingerprint: FNV-1a 64 of its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub u64);

/// The short form of a [`Fingerprint`] that a link carries (32 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LinkFingerprint(pub u32);

/// FNV-1a 64, fed incrementally; same result as [`dataset_fingerprint`] over the
/// concatenated input.
#[derive(Clone, Debug)]
pub struct DatasetHasher {
    state: u64,
}

impl Default for DatasetHasher {
    fn default() -> Self {
        DatasetHasher {
            state: FNV64_OFFSET,
        }
    }
}

impl DatasetHasher {
    /// A hasher that has seen no bytes.
    pub fn new() -> Self {
        Self::default()
    }

    /// Feeds the next bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        let mut h = self.state;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(FNV64_PRIME);
        }
        self.state = h;
    }

    /// The fingerprint of everything fed so far.
    pub fn finish(&self) -> Fingerprint {
        Fingerprint(self.state)
    }
}

/// FNV-1a 64 of a byte string in one call (tests and examples use it to make a
/// fingerprint; the app fingerprints content with [`crate::model::Dataset::fingerprint`]).
pub fn dataset_fingerprint(bytes: &[u8]) -> Fingerprint {
    let mut h = DatasetHasher::new();
    h.update(bytes);
    h.finish()
}

impl Fingerprint {
    /// The 32-bit form stored in a link: the high and low halves XOR-ed.
    pub fn short(self) -> LinkFingerprint {
        LinkFingerprint(((self.0 >> 32) ^ (self.0 & 0xffff_ffff)) as u32)
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl fmt::Display for LinkFingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:08x}", self.0)
    }
}

/// How the dataset a link was made on compares with the dataset loaded now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatasetCheck {
    /// The same file (by fingerprint).
    Same,
    /// A different file, or a different version of it: the app should warn.
    Different {
        /// The fingerprint in the link.
        link: LinkFingerprint,
        /// The short fingerprint of the loaded file.
        loaded: LinkFingerprint,
    },
    /// The link was made without a dataset, so there is nothing to compare.
    NotInLink,
    /// No dataset is loaded yet; compare again once one is.
    NoDataLoaded,
}

impl DatasetCheck {
    /// Compares a link's fingerprint with the loaded file's.
    pub fn compare(link: Option<LinkFingerprint>, loaded: Option<Fingerprint>) -> DatasetCheck {
        match (link, loaded) {
            (None, _) => DatasetCheck::NotInLink,
            (Some(_), None) => DatasetCheck::NoDataLoaded,
            (Some(l), Some(f)) if l == f.short() => DatasetCheck::Same,
            (Some(l), Some(f)) => DatasetCheck::Different {
                link: l,
                loaded: f.short(),
            },
        }
    }

    /// The warning to show, or `None` when there is nothing to say.
    pub fn message(&self, lang: crate::lang::Lang) -> Option<String> {
        use crate::messages::share as msg;
        match self {
            DatasetCheck::Same | DatasetCheck::NotInLink => None,
            DatasetCheck::Different { link, loaded } => Some(msg::different_dataset(
                lang,
                &link.to_string(),
                &loaded.to_string(),
            )),
            DatasetCheck::NoDataLoaded => Some(msg::NO_DATA_LOADED.get(lang).to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn every_warning_has_a_dutch_and_an_english_text() {
        let link = dataset_fingerprint(b"a").short();
        let loaded = dataset_fingerprint(b"b").short();
        for c in [
            DatasetCheck::Different { link, loaded },
            DatasetCheck::NoDataLoaded,
        ] {
            let (nl, en) = (c.message(Lang::Nl).unwrap(), c.message(Lang::En).unwrap());
            crate::messages::check::assert_translated(&nl, &en);
        }
        assert!(DatasetCheck::Same.message(Lang::En).is_none());
    }
}
