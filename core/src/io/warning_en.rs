//! English versions of the loader's Dutch warnings (`LoadReport::warnings`), for the
//! interface language switch. The warnings are built from a small set of sentences; each is
//! matched here as a template with `{}` holes and refilled in English. A warning that
//! matches no template is returned unchanged (Dutch), never dropped.

/// (Dutch template, English template); `{}` holes are filled in order.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "Onbekende kolommen genegeerd: {}.",
        "Unknown columns ignored: {}.",
    ),
    (
        "Kolommen herkend maar (nog) niet gebruikt: {}.",
        "Columns recognised but not used (yet): {}.",
    ),
    (
        "Kolommen dubbel (alleen de eerste telt): {}.",
        "Duplicate columns (only the first one counts): {}.",
    ),
    (
        "Kolommen op uw verzoek genegeerd: {}.",
        "Columns ignored at your request: {}.",
    ),
    (
        "Kolom '{}' kan niet als '{}' worden gelezen: dat veld bestaat niet in dit soort bestand. De kolom is genegeerd.",
        "Column '{}' cannot be read as '{}': that field does not exist in this kind of file. The column was ignored.",
    ),
    (
        "{} {} boven de kopregel ({} {}) overgeslagen: titel of toelichting.",
        "{} {} above the header ({} {}) skipped: title or notes.",
    ),
    (
        "{} lege {} tussen de gegevens overgeslagen.",
        "{} empty {} between the data skipped.",
    ),
    (
        "{} cel(len) met een Excel-fout (zoals #N/A) in kolommen die niet worden gelezen: genegeerd.",
        "{} cell(s) with an Excel error (such as #N/A) in columns that are not read: ignored.",
    ),
    (
        "Na de totaalregel volgen nog gegevens; die zijn wel ingelezen.",
        "More data follow the total row; they were read as well.",
    ),
    (
        "Het bestand bevat geen contracten, alleen een kopregel.",
        "The file contains no contracts, only a header row.",
    ),
    (
        "{} contract(en) zonder uren per week: gerekend met de uren uit de aannames.",
        "{} contract(s) without hours per week: calculated with the hours from the assumptions.",
    ),
    (
        "Geen kolom 'geboortejaar' of 'leeftijdsklasse': leeftijden zijn onbekend.",
        "No column 'geboortejaar' or 'leeftijdsklasse': ages are unknown.",
    ),
    (
        "Kolom '{}' gebruikt 'x' voor ja: lege cellen zijn gelezen als nee.",
        "Column '{}' uses 'x' for yes: empty cells were read as no.",
    ),
    (
        "{} uitkering(en) met een einddatum maar zonder uitstroomreden: geteld als 'onbekend' (eerste op regel {}).",
        "{} benefit(s) with an end date but no exit reason: counted as 'unknown' (first on line {}).",
    ),
    (
        "{} uitkering(en) met een uitstroomreden maar zonder einddatum: reden genegeerd (eerste op regel {}).",
        "{} benefit(s) with an exit reason but no end date: reason ignored (first on line {}).",
    ),
    (
        "{} uitkering(en) met een leeftijd buiten 18 jaar tot de AOW-leeftijd bij de start (eerste op regel {}).",
        "{} benefit(s) with an age outside 18 to the state pension (AOW) age at the start (first on line {}).",
    ),
    (
        "{} uitkering(en) zonder gemeente_code (eerste op regel {}).",
        "{} benefit(s) without gemeente_code (first on line {}).",
    ),
    (
        "Het bestand bevat geen uitkeringen, alleen een kopregel.",
        "The file contains no benefits, only a header row.",
    ),
    (
        "Het bestand bevat geen contracten, alleen een kopregel.",
        "The file contains no contracts, only a header row.",
    ),
    (
        "Het bestand bevat geen cijfers, alleen een kopregel.",
        "The file contains no figures, only a header row.",
    ),
    (
        "De verplichte kolom '{}' ontbreekt: koppel een kolom aan '{}' om het bestand te laden.",
        "The required column '{}' is missing: map a column to '{}' to load the file.",
    ),
    (
        "Totaalregel (regel {}): kolom '{}' zegt {}, de gegevens daarboven geven {}.",
        "Total row (line {}): column '{}' says {}, the data above it give {}.",
    ),
    (
        "Kolom 'gemeente_code' ontbreekt: de gemeente is onbekend.",
        "Column 'gemeente_code' is missing: the municipality is unknown.",
    ),
];

/// Words inside a hole that are themselves Dutch (row units).
fn hole_en(hole: &str) -> &str {
    match hole {
        "regel" => "line",
        "regel(s)" => "line(s)",
        "rij" => "row",
        "rij(en)" => "row(s)",
        other => other,
    }
}

/// The holes of `text` matched against `template`, or `None` if it does not match.
fn holes<'a>(text: &'a str, template: &str) -> Option<Vec<&'a str>> {
    let pieces: Vec<&str> = template.split("{}").collect();
    let mut rest = text.strip_prefix(pieces[0])?;
    let mut out = Vec::new();
    for (k, piece) in pieces.iter().enumerate().skip(1) {
        let last = k == pieces.len() - 1;
        let at = if last {
            if !rest.ends_with(piece) {
                return None;
            }
            rest.len() - piece.len()
        } else if piece.is_empty() {
            return None;
        } else {
            rest.find(piece)?
        };
        out.push(&rest[..at]);
        rest = &rest[at + piece.len()..];
    }
    (pieces.len() > 1 || rest.is_empty()).then_some(out)
}

/// The English version of a loader warning; unchanged (Dutch) when it is not known.
pub fn warning_en(w: &str) -> String {
    for (nl, en) in TEMPLATES {
        if let Some(h) = holes(w, nl) {
            let mut out = String::new();
            for (k, piece) in en.split("{}").enumerate() {
                if k > 0 {
                    out.push_str(h.get(k - 1).map_or("", |x| hole_en(x)));
                }
                out.push_str(piece);
            }
            return out;
        }
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_warnings_in_english_unknown_ones_unchanged() {
        assert_eq!(
            warning_en("Kolommen herkend maar (nog) niet gebruikt: 'persoon_id'."),
            "Columns recognised but not used (yet): 'persoon_id'."
        );
        assert_eq!(
            warning_en(
                "2 regel(s) boven de kopregel (regel 3) overgeslagen: titel of toelichting."
            ),
            "2 line(s) above the header (line 3) skipped: title or notes."
        );
        assert_eq!(
            warning_en(
                "Totaalregel (regel 12): kolom 'bedrag' zegt 1.000, de gegevens daarboven geven 999."
            ),
            "Total row (line 12): column 'bedrag' says 1.000, the data above it give 999."
        );
        assert_eq!(
            warning_en("Het bestand bevat geen cijfers, alleen een kopregel."),
            "The file contains no figures, only a header row."
        );
        assert_eq!(warning_en("Iets onbekends."), "Iets onbekends.");
        // A template without holes matches only the whole text.
        assert_eq!(
            warning_en("Het bestand bevat geen cijfers, alleen een kopregel. En meer."),
            "Het bestand bevat geen cijfers, alleen een kopregel. En meer."
        );
    }
}
