//! Messages: scenario links and QR codes ([`crate::share::LinkError`],
//! [`crate::share::DatasetCheck`]).

use crate::i18n::{Count, Plain};

crate::messages! {
    /// Said after every error about an incoming link.
    KEEPS_WORKING = "De app blijft werken met de huidige instellingen."
        / "The app keeps working with the current settings.";
    /// [`crate::share::LinkError::Empty`].
    EMPTY = "Er is geen scenariolink om te openen." / "There is no scenario link to open.";
    /// [`crate::share::LinkError::NotALink`].
    fn not_a_link(keeps: &str) = "Dit is geen scenariolink van de Bijstandsverkenner. {keeps}"
        / "This is not a Bijstandsverkenner scenario link. {keeps}";
    /// [`crate::share::LinkError::BadBase64`].
    fn bad_base64(keeps: &str) = "Deze link bevat tekens die er niet in horen; misschien is hij bij het \
                 kopiëren veranderd. {keeps}"
        / "This link holds characters that do not belong in it; perhaps it changed \
                 while being copied. {keeps}";
    /// [`crate::share::LinkError::Truncated`].
    fn truncated(keeps: &str) = "Deze link is onvolledig: waarschijnlijk is er bij het kopiëren of in een \
                 e-mail een stuk weggevallen. Kopieer de hele link opnieuw. {keeps}"
        / "This link is incomplete: probably a part was lost while copying or in an \
                 e-mail. Copy the whole link again. {keeps}";
    /// [`crate::share::LinkError::TooLong`].
    fn too_long(chars: Count, max: Count, keeps: &str) = "Deze link is te lang ({chars} tekens; een scenariolink heeft er hooguit \
                 {max}) en wordt niet geopend. {keeps}"
        / "This link is too long ({chars} characters; a scenario link has at most \
                 {max}) and is not opened. {keeps}";
    /// [`crate::share::LinkError::TooLarge`].
    fn too_large(keeps: &str) = "Deze link bevat meer gegevens dan een scenario kan hebben en wordt niet \
                 geopend. {keeps}"
        / "This link holds more data than a scenario can have and is not opened. {keeps}";
    /// [`crate::share::LinkError::UnknownVersion`].
    fn unknown_version(version: Plain<u8>, keeps: &str) = "Deze link heeft een onbekende versie ({version}) en kan niet worden geopend. \
                 {keeps}"
        / "This link has an unknown version ({version}) and cannot be opened. {keeps}";
    /// [`crate::share::LinkError::NewerVersion`].
    fn newer_version(keeps: &str) = "Deze link is gemaakt met een nieuwere versie van de Bijstandsverkenner. \
                 Vernieuw de pagina om de nieuwste versie te laden en open de link opnieuw. \
                 {keeps}"
        / "This link was made with a newer version of the Bijstandsverkenner. Reload \
                 the page to get the newest version and open the link again. {keeps}";
    /// [`crate::share::LinkError::Corrupt`].
    fn corrupt(keeps: &str) = "Deze link is onvolledig of beschadigd. {keeps}" / "This link is incomplete or damaged. {keeps}";
    /// [`crate::share::LinkError::Incompatible`].
    fn incompatible(keeps: &str) = "De instellingen in deze link passen niet bij deze versie van de app. \
                 {keeps}"
        / "The settings in this link do not fit this version of the app. {keeps}";
    /// [`crate::share::LinkError::Unencodable`].
    UNENCODABLE = "Deze instellingen kunnen niet als link worden gedeeld." / "These settings cannot be shared as a link.";
    /// [`crate::share::LinkError::TooLongForQr`].
    TOO_LONG_FOR_QR = "Deze link is te lang voor een QR-code. Deel hem als tekst."
        / "This link is too long for a QR code. Share it as text.";
    /// [`crate::share::DatasetCheck::Different`].
    fn different_dataset(link: &str, loaded: &str) = "Let op: deze link is gemaakt met een ander databestand (kenmerk {link}) dan \
                 het bestand dat nu geladen is (kenmerk {loaded}). De instellingen zijn \
                 overgenomen, maar de cijfers kunnen afwijken van wat de afzender zag."
        / "Note: this link was made with another data file (fingerprint {link}) than \
                 the file loaded now (fingerprint {loaded}). The settings were applied, but \
                 the figures may differ from what the sender saw.";
    /// [`crate::share::DatasetCheck::NoDataLoaded`].
    NO_DATA_LOADED = "Deze link hoort bij een databestand. Laad uw eigen kopie van dat bestand om \
                 dezelfde cijfers te zien."
        / "This link belongs to a data file. Load your own copy of that file to see \
                 the same figures.";
}
