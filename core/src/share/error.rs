//! Why a link could not be read (or made), with a calm Dutch message for the UI.

use std::fmt;

/// Everything that can go wrong with a scenario link or its QR code.
///
/// Reading a link never panics: every malformed, truncated, oversized or foreign input ends
/// in one of these. [`LinkError::message_nl`] gives the text to show; the app keeps running
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

/// Said after every error about an incoming link.
const KEEPS_WORKING: &str = "De app blijft werken met de huidige instellingen.";

impl LinkError {
    /// The message for the user, in Dutch: what happened and what still works.
    pub fn message_nl(&self) -> String {
        match self {
            LinkError::Empty => "Er is geen scenariolink om te openen.".to_string(),
            LinkError::NotALink => {
                format!("Dit is geen scenariolink van de Bijstandsverkenner. {KEEPS_WORKING}")
            }
            LinkError::BadBase64 => format!(
                "Deze link bevat tekens die er niet in horen; misschien is hij bij het \
                 kopiëren veranderd. {KEEPS_WORKING}"
            ),
            LinkError::Truncated => format!(
                "Deze link is onvolledig: waarschijnlijk is er bij het kopiëren of in een \
                 e-mail een stuk weggevallen. Kopieer de hele link opnieuw. {KEEPS_WORKING}"
            ),
            LinkError::TooLong { chars, max } => format!(
                "Deze link is te lang ({chars} tekens; een scenariolink heeft er hooguit \
                 {max}) en wordt niet geopend. {KEEPS_WORKING}"
            ),
            LinkError::TooLarge { .. } => format!(
                "Deze link bevat meer gegevens dan een scenario kan hebben en wordt niet \
                 geopend. {KEEPS_WORKING}"
            ),
            LinkError::UnknownVersion(v) => format!(
                "Deze link heeft een onbekende versie ({v}) en kan niet worden geopend. \
                 {KEEPS_WORKING}"
            ),
            LinkError::NewerVersion { .. } => format!(
                "Deze link is gemaakt met een nieuwere versie van de Bijstandsverkenner. \
                 Vernieuw de pagina om de nieuwste versie te laden en open de link opnieuw. \
                 {KEEPS_WORKING}"
            ),
            LinkError::Corrupt => {
                format!("Deze link is onvolledig of beschadigd. {KEEPS_WORKING}")
            }
            LinkError::Incompatible => format!(
                "De instellingen in deze link passen niet bij deze versie van de app. \
                 {KEEPS_WORKING}"
            ),
            LinkError::Unencodable(_) => {
                "Deze instellingen kunnen niet als link worden gedeeld.".to_string()
            }
            LinkError::TooLongForQr { .. } => {
                "Deze link is te lang voor een QR-code. Deel hem als tekst.".to_string()
            }
        }
    }
}

const KEEPS_WORKING_EN: &str = "The app keeps working with the current settings.";

impl LinkError {
    /// The same message in English.
    pub fn message_en(&self) -> String {
        let k = KEEPS_WORKING_EN;
        match self {
            LinkError::Empty => "There is no scenario link to open.".to_string(),
            LinkError::NotALink => format!("This is not a Bijstandsverkenner scenario link. {k}"),
            LinkError::BadBase64 => format!(
                "This link holds characters that do not belong in it; perhaps it changed \
                 while being copied. {k}"
            ),
            LinkError::Truncated => format!(
                "This link is incomplete: probably a part was lost while copying or in an \
                 e-mail. Copy the whole link again. {k}"
            ),
            LinkError::TooLong { chars, max } => format!(
                "This link is too long ({chars} characters; a scenario link has at most \
                 {max}) and is not opened. {k}"
            ),
            LinkError::TooLarge { .. } => {
                format!("This link holds more data than a scenario can have and is not opened. {k}")
            }
            LinkError::UnknownVersion(v) => {
                format!("This link has an unknown version ({v}) and cannot be opened. {k}")
            }
            LinkError::NewerVersion { .. } => format!(
                "This link was made with a newer version of the Bijstandsverkenner. Reload \
                 the page to get the newest version and open the link again. {k}"
            ),
            LinkError::Corrupt => format!("This link is incomplete or damaged. {k}"),
            LinkError::Incompatible => {
                format!("The settings in this link do not fit this version of the app. {k}")
            }
            LinkError::Unencodable(_) => "These settings cannot be shared as a link.".to_string(),
            LinkError::TooLongForQr { .. } => {
                "This link is too long for a QR code. Share it as text.".to_string()
            }
        }
    }

    /// The message in the interface language.
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        match lang {
            crate::lang::Lang::Nl => self.message_nl(),
            crate::lang::Lang::En => self.message_en(),
        }
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_nl())
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
            let (nl, en) = (
                e.message(crate::lang::Lang::Nl),
                e.message(crate::lang::Lang::En),
            );
            assert_eq!(nl, e.message_nl());
            assert!(!en.is_empty() && en != nl && !en.contains("Deze"), "{en}");
        }
    }
}
