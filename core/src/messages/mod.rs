//! The core's message catalogue (see [`crate::i18n`]): load errors and warnings, quality
//! findings, link notices and the labels of domain categories, Dutch and English together.
//! One file per area.

pub mod categories;
pub mod io;
pub mod programme;
pub mod projection;
pub mod refdata;
pub mod scenario;
pub mod settings;
pub mod share;
pub mod trajectories;

/// Test helpers for catalogue texts.
#[cfg(test)]
pub(crate) mod check {
    /// Dutch words that have no place in an English sentence (outside quoted file
    /// content and identifiers with `_`).
    const DUTCH: &[&str] = &[
        "de",
        "het",
        "een",
        "en",
        "niet",
        "van",
        "geen",
        "met",
        "voor",
        "zijn",
        "wordt",
        "worden",
        "regel",
        "regels",
        "kolom",
        "kolommen",
        "blad",
        "bladen",
        "bestand",
        "gegevens",
        "rij",
        "rijen",
        "sleutel",
        "tussen",
        "ligt",
        "gevonden",
        "verwacht",
        "melding",
        "maar",
        "nog",
        "alleen",
        "tot",
        "naar",
        "uit",
        "bij",
        "als",
        "dan",
        "deze",
        "dit",
        "die",
        "dat",
        "wel",
        "om",
        "er",
        "lege",
        "leeg",
        "uitkeringen",
        "cijfers",
        "jaar",
        "maanden",
        "ontbreekt",
        "onbekend",
        "lopend",
        "kopregel",
        "werkmap",
        "bedrag",
        "totaal",
        "periode",
        "gemeente",
        "ook",
        "zonder",
        "hoger",
        "lager",
        "wijkt",
        "af",
        "klopt",
    ];

    /// `text` without quoted parts (`'…'` after a non-letter) and words with `_` or digits.
    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        let mut prev: Option<char> = None;
        for c in text.chars() {
            if quoted {
                if c == '\'' {
                    quoted = false;
                }
            } else if c == '\'' && !prev.is_some_and(char::is_alphanumeric) {
                quoted = true;
            } else if c.is_alphanumeric() || c == '_' {
                word.push(c);
            } else {
                out.push(std::mem::take(&mut word));
            }
            prev = Some(c);
        }
        out.push(word);
        out.into_iter()
            .filter(|w| !w.is_empty() && !w.contains('_') && !w.chars().any(|c| c.is_ascii_digit()))
            .map(|w| w.to_lowercase())
            .collect()
    }

    /// The Dutch-only words in `en`.
    pub(crate) fn dutch_words(en: &str) -> Vec<String> {
        words(en)
            .into_iter()
            .filter(|w| DUTCH.contains(&w.as_str()))
            .collect()
    }

    /// Fails when either text is empty, the English equals the Dutch, or the English has
    /// Dutch-only words.
    pub(crate) fn assert_translated(nl: &str, en: &str) {
        assert!(!nl.trim().is_empty(), "empty Dutch text (English: {en:?})");
        assert!(!en.trim().is_empty(), "empty English text (Dutch: {nl:?})");
        assert_ne!(nl, en, "not translated");
        let dutch = dutch_words(en);
        assert!(
            dutch.is_empty(),
            "Dutch words {dutch:?} in English text {en:?}"
        );
    }

    #[test]
    fn finds_dutch_words_outside_quotes() {
        assert_eq!(dutch_words("line 3 of de file"), ["de"]);
        assert!(dutch_words("column 'de kolom' of uitkering_id's file").is_empty());
    }
}
