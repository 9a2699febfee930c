//! Why a link could not be read (or made), with a calm message for the UI (texts in
//! [`crate::messages::share`]).

use std::fmt;

use crate::i18n::{Count, Plain};
use crate::lang::Lang;
use crate::messages::share as msg;

/// Everything that can go wrong with a scenario link or its QR code.
///
/// Reading a link never panics: every malformed, truncated, oversized or foreign input ends
/// in one of these. [`LinkError::message`] gives the text to show; the app keeps running
/// with the settings it had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// There is no link at all: empty text, or a URL with an empty fragment.
    /// The app normally shows nothing for this.
    Empty,
    /// The text holds no scenario part (`s=…`): not a link made by this app.
    NotALink,
    /// The scenario part holds characters that base64url does not use.
    BadBase64,
    /// The link was cut off, typically when a mail client wrapped a long line.
    Truncated,
    /// The text is longer than any link this app makes, so it is not read at all.
    TooLong {
        /// Length of the text offered, in bytes.
        chars: usize,
        /// The most this app reads.
        max: usize,
    },
    /// The link unpacks to more bytes than any scenario needs.
    TooLarge {
        /// The most this app unpacks, in bytes.
        max: usize,
    },
    /// The link has a format or scenario version this app cannot read or migrate.
    UnknownVersion(u8),
    /// The link was made by a newer version of the app than the one running.
    NewerVersion {
        /// Scenario version in the link.
        link: u8,
        /// Scenario version of this app.
        app: u8,
    },
    /// The checksum or the structure does not match: characters were changed on the way.
    Corrupt,
    /// The settings in the link could not be turned into a scenario at all.
    Incompatible,
    /// Making a link: the scenario could not be serialised (the detail is for developers).
    Unencodable(String),
    /// Making a QR code: the text does not fit in the largest QR code.
    TooLongForQr {
        /// Length of the text, in bytes.
        bytes: usize,
    },
}

impl LinkError {
    /// The message for the user: what happened and what still works.
    pub fn message(&self, lang: Lang) -> String {
        let k = msg::KEEPS_WORKING.get(lang);
        match self {
            LinkError::Empty => msg::EMPTY.get(lang).to_string(),
            LinkError::NotALink => msg::not_a_link(lang, k),
            LinkError::BadBase64 => msg::bad_base64(lang, k),
            LinkError::Truncated => msg::truncated(lang, k),
            LinkError::TooLong { chars, max } => {
                msg::too_long(lang, Count(*chars as i64), Count(*max as i64), k)
            }
            LinkError::TooLarge { .. } => msg::too_large(lang, k),
            LinkError::UnknownVersion(v) => msg::unknown_version(lang, Plain(*v), k),
            LinkError::NewerVersion { .. } => msg::newer_version(lang, k),
            LinkError::Corrupt => msg::corrupt(lang, k),
            LinkError::Incompatible => msg::incompatible(lang, k),
            LinkError::Unencodable(_) => msg::UNENCODABLE.get(lang).to_string(),
            LinkError::TooLongForQr { .. } => msg::TOO_LONG_FOR_QR.get(lang).to_string(),
        }
    }
}

/// The Dutch message (the interface's default language); [`LinkError::message`] for others.
impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Nl))
    }
}

impl std::error::Error for LinkError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_an_english_form() {
        let all = [
            LinkError::Empty,
            LinkError::NotALink,
            LinkError::BadBase64,
            LinkError::Truncated,
            LinkError::TooLong { chars: 9, max: 8 },
            LinkError::TooLarge { max: 8 },
            LinkError::UnknownVersion(9),
            LinkError::NewerVersion { link: 2, app: 1 },
            LinkError::Corrupt,
            LinkError::Incompatible,
            LinkError::Unencodable("x".into()),
            LinkError::TooLongForQr { bytes: 9 },
        ];
        for e in all {
            let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
            assert!(!en.is_empty() && en != nl && !en.contains("Deze"), "{en}");
            crate::messages::check::assert_translated(&nl, &en);
        }
    }
}
