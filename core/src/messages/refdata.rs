//! Messages: reading reference data ([`crate::refdata::RefError`]).

use crate::i18n::Count;

crate::messages! {
    /// Said after every error about a reference file.
    KEEPS_DATA = "De gegevens die al geladen waren blijven staan."
        / "The data loaded before stays as it was.";
    /// [`crate::refdata::RefError::NotText`].
    fn not_text(keeps: &str) = "Dit bestand is geen tekst (CSV). Sla de tabel op als CSV en probeer het opnieuw. {keeps}"
        / "This file is not text (CSV). Save the table as CSV and try again. {keeps}";
    /// [`crate::refdata::RefError::Empty`].
    fn empty(keeps: &str) = "Dit bestand is leeg. {keeps}" / "This file is empty. {keeps}";
    /// [`crate::refdata::RefError::UnknownShape`].
    fn unknown_shape(header: &str, keeps: &str) = "Dit bestand is niet als referentiecijfers herkend: de kopregel ({header}) \
                 heeft geen kolom 'ID' met onderwerpcodes zoals 'Bijstandsontvangers_2' (CBS open data), \
                 geen kolom 'Perioden' (CSV-download van StatLine) en geen kolommen 'Indicator|Jaar' \
                 zoals 'Personen met bijstand|2017' (export van waarstaatjegemeente.nl). Sla de tabel \
                 op in een van die vormen. {keeps}"
        / "This file was not recognised as reference data: its header ({header}) has no 'ID' \
                 column with topic keys such as 'Bijstandsontvangers_2' (CBS open data), no \
                 'Perioden' column (StatLine CSV download) and no 'Indicator|Year' columns such as \
                 'Personen met bijstand|2017' (waarstaatjegemeente.nl export). Save the table in one \
                 of those forms. {keeps}";
    /// Shown for an empty header in [`unknown_shape`].
    EMPTY_HEADER = "leeg" / "empty";
    /// [`crate::refdata::RefError::NoPeriod`].
    fn no_period(name: &str, keeps: &str) = "De CBS-tabel '{name}' heeft geen kolom 'Perioden' en de bestandsnaam noemt \
                 geen jaar. Zet het jaar in de naam, zoals 'bijstand_gemeenten_2017.csv'. {keeps}"
        / "The CBS table '{name}' has no 'Perioden' column and its file name names no year. \
                 Put the year in the name, such as 'bijstand_gemeenten_2017.csv'. {keeps}";
    /// [`crate::refdata::RefError::NoIndicators`].
    fn no_indicators(keeps: &str) = "Dit bestand heeft geen kolommen met cijfers. {keeps}"
        / "This file has no columns with figures. {keeps}";
    /// [`crate::refdata::RefError::NoRows`].
    fn no_rows(keeps: &str) = "Dit bestand heeft een kopregel maar geen rijen met cijfers. {keeps}"
        / "This file has a header but no rows with figures. {keeps}";
    /// [`crate::refdata::RefError::BadValue`].
    fn bad_value(line: Count, column: &str, value: &str, keeps: &str) = "Regel {line}, kolom '{column}': '{value}' is geen getal en geen CBS-teken \
                 ('.', 'x', '-', '*', '**'). {keeps}"
        / "Line {line}, column '{column}': '{value}' is neither a number nor a CBS marker \
                 ('.', 'x', '-', '*', '**'). {keeps}";
    /// [`crate::refdata::RefError::BadPeriod`].
    fn bad_period(line: Count, value: &str, keeps: &str) = "Regel {line}: '{value}' is geen periode (verwacht zoals '2017', '2017*', \
                 '2018 januari' of '2017JJ00'). {keeps}"
        / "Line {line}: '{value}' is not a period (expected such as '2017', '2017*', \
                 '2018 januari' or '2017JJ00'). {keeps}";
    /// The caseload's gemeente is not in the reference file ([`crate::refdata::RefData::find_gemeente`]).
    fn other_gemeente(code: &str) = "Dit referentiebestand heeft geen cijfers voor de gemeente van het bestand \
                 ({code}). Kies de eigen gemeente zelf, of laad een bestand dat haar bevat."
        / "This reference file has no figures for the caseload's municipality ({code}). \
                 Choose the own municipality, or load a file that holds it.";
}
