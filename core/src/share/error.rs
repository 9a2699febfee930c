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

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_nl())
    }
}

impl std::error::Error for LinkError {}
