//! Messages: load errors, their location, and the loader's warnings
//! ([`crate::io::LoadError`], [`crate::io::LoadWarning`]).
//!
//! Line and row numbers are written as the file numbers them (`regel 12345`), counts with
//! the language's thousands separator. Column names, codes and values from the file stay
//! as written.

use crate::i18n::{Count, Dec, Msg, Plain};

crate::messages! {
    // --- Where an error is --------------------------------------------------------------

    /// A column by letter and name (XLSX).
    fn column_letter_name(letter: &str, name: &str) = "kolom {letter} ('{name}')" / "column {letter} ('{name}')";
    /// A column by letter (XLSX).
    fn column_letter(letter: &str) = "kolom {letter}" / "column {letter}";
    /// A key of a JSON object.
    fn json_key(name: &str) = "sleutel '{name}'" / "key '{name}'";
    /// A column by name (CSV).
    fn column_name(name: &str) = "kolom '{name}'" / "column '{name}'";
    /// A line of a text file.
    fn at_line(line: Plain<usize>) = "regel {line}" / "line {line}";
    /// A row as Excel numbers it.
    fn at_sheet_row(row: Plain<usize>) = "rij {row}" / "row {row}";
    /// An object of a JSON array: 1-based and as index.
    fn at_json_item(row: Plain<usize>, index: Plain<usize>) = "rij {row} (index {index})" / "row {row} (index {index})";
    /// A place on a sheet.
    fn on_sheet(place: &str, sheet: &str) = "{place} op blad '{sheet}'" / "{place} on sheet '{sheet}'";
    /// A sheet.
    fn sheet(sheet: &str) = "blad '{sheet}'" / "sheet '{sheet}'";
    /// A message with its location.
    fn located(what: &str, location: &str) = "{what} ({location})" / "{what} ({location})";

    // --- Load errors --------------------------------------------------------------------

    /// [`crate::io::LoadErrorKind::Empty`].
    EMPTY = "Het bestand is leeg." / "The file is empty.";
    /// [`crate::io::LoadErrorKind::Binary`].
    BINARY = "Dit lijkt geen tekstbestand (CSV), Excel-bestand (XLSX) of JSON-bestand."
        / "This does not look like a text (CSV), Excel (XLSX) or JSON file.";
    /// [`crate::io::LoadErrorKind::NoHeader`].
    NO_HEADER = "Geen kopregel met bekende kolomnamen gevonden (bijvoorbeeld uitkering_id, startdatum of indicator)."
        / "No header row with known column names found (for example uitkering_id, startdatum or indicator).";
    /// [`crate::io::LoadErrorKind::MissingColumn`].
    fn missing_column(column: &str) = "De verplichte kolom '{column}' ontbreekt." / "The required column '{column}' is missing.";
    /// [`crate::io::LoadErrorKind::MissingColumn`] with the header names that would do.
    fn missing_column_accepts(column: &str, names: &str) = "De verplichte kolom '{column}' ontbreekt. Herkende kolomnamen hiervoor: {names}, of koppel een kolom in de instellingen."
        / "The required column '{column}' is missing. Column names recognised for it: {names}, or map a column in the settings.";
    /// Benefits and the persons in them, as CBS publishes both (`1.240 uitkeringen, 1.415 personen`).
    fn benefits_and_persons(benefits: Count, persons: Count) = "{benefits} uitkeringen, {persons} personen" / "{benefits} benefits, {persons} persons";
    /// [`crate::io::LoadErrorKind::RaggedRow`].
    fn ragged_row(found: Count, expected: Count) = "Deze regel heeft {found} velden, de kopregel {expected}."
        / "This line has {found} fields, the header row {expected}.";
    /// [`crate::io::LoadErrorKind::BadDate`].
    fn bad_date(value: &str) = "'{value}' is geen geldige datum (verwacht dd-mm-jjjj)."
        / "'{value}' is not a valid date (expected dd-mm-yyyy).";
    /// [`crate::io::LoadErrorKind::BadDate`] with what is wrong with it.
    fn bad_date_because(value: &str, reason: &str) = "'{value}' is geen geldige datum: {reason}."
        / "'{value}' is not a valid date: {reason}.";
    /// Why a date is wrong: only zeros.
    DATE_ZEROS = "alleen nullen; laat de cel leeg als er geen datum is"
        / "only zeros; leave the cell empty when there is no date";
    /// Why a date is wrong: its year.
    fn date_year(year: &str) = "het jaar {year} ligt niet tussen 1900 en 2100" / "the year {year} is not between 1900 and 2100";
    /// Why a date is wrong: its month.
    fn date_month(month: Plain<u32>) = "maand {month} bestaat niet" / "month {month} does not exist";
    /// Why a date is wrong: its day.
    fn date_day(day: Plain<u32>, month: Plain<u32>, year: Plain<i32>, days: Plain<u32>) =
        "dag {day} bestaat niet in maand {month} van {year} (die heeft {days} dagen)"
        / "day {day} does not exist in month {month} of {year} (which has {days} days)";
    /// Why a date is wrong: an Excel serial number out of range.
    DATE_SERIAL = "als Excel-datumgetal wordt alleen 10000 (18-05-1927) tot en met 99999 (14-10-2173) gelezen"
        / "as an Excel date number only 10000 (18-05-1927) to 99999 (14-10-2173) is read";
    /// [`crate::io::LoadErrorKind::BadNumber`].
    fn bad_number(value: &str) = "'{value}' is geen geldig getal." / "'{value}' is not a valid number.";
    /// [`crate::io::LoadErrorKind::BadCode`].
    fn bad_code(value: &str, allowed: &str) = "'{value}' is geen toegestane waarde (toegestaan: {allowed})."
        / "'{value}' is not an allowed value (allowed: {allowed}).";
    /// [`crate::io::LoadErrorKind::EndBeforeStart`].
    fn end_before_start(end: &str, start: &str) = "De einddatum '{end}' ligt vóór de startdatum '{start}'."
        / "The end date '{end}' is before the start date '{start}'.";
    /// [`crate::io::LoadErrorKind::EmptyValue`].
    EMPTY_VALUE = "Deze verplichte waarde is leeg." / "This required value is empty.";
    /// [`crate::io::LoadErrorKind::UnknownColumns`]: the columns, then what the file is not.
    fn unknown_columns(columns: &str) = "Onbekende kolommen: {columns}. Dit is geen bijstandsbestand (kolommen uitkering_id, startdatum, einddatum), \
         geen kerncijfers-bestand (kolommen indicator, periode_tot, waarde, eenheid, status) \
         en geen LKS-contractenbestand (kolommen contract_id, startdatum, einddatum, loonwaarde_pct)."
        / "Unknown columns: {columns}. This is not a benefits file (columns uitkering_id, startdatum, einddatum), \
         not a key-figures file (columns indicator, periode_tot, waarde, eenheid, status) \
         and not an LKS contracts file (columns contract_id, startdatum, einddatum, loonwaarde_pct).";
    /// How many columns there are when the list is cut short.
    fn more_columns(n: Count) = "… ({n} kolommen)" / "… ({n} columns)";
    /// [`crate::io::LoadErrorKind::DuplicateId`].
    fn duplicate_id(id: &str) = "uitkering_id '{id}' komt meer dan eens voor." / "uitkering_id '{id}' occurs more than once.";
    /// [`crate::io::LoadErrorKind::DuplicateContractId`].
    fn duplicate_contract_id(id: &str) = "contract_id '{id}' komt meer dan eens voor." / "contract_id '{id}' occurs more than once.";
    /// [`crate::io::LoadErrorKind::DuplicateTrajectoryId`].
    fn duplicate_trajectory_id(id: &str) = "traject_id '{id}' komt meer dan eens voor." / "traject_id '{id}' occurs more than once.";
    /// [`crate::io::LoadErrorKind::OutOfRange`].
    fn out_of_range(value: &str, min: Dec, max: Dec) = "'{value}' ligt niet tussen {min} en {max}."
        / "'{value}' is not between {min} and {max}.";
    /// [`crate::io::LoadErrorKind::BsnColumn`].
    BSN_COLUMN = "Dit bestand bevat een kolom die op een BSN lijkt. Bestanden met burgerservicenummers worden uit privacyoverwegingen niet geladen: gebruik een pseudoniem (bijvoorbeeld een willekeurig uitkering_id)."
        / "This file has a column that looks like a BSN. Files with citizen service numbers are not loaded, for privacy: use a pseudonym (for example a random uitkering_id).";
    /// [`crate::io::LoadErrorKind::BsnValues`].
    BSN_VALUES = "Deze kolom bevat 9-cijferige nummers die de elfproef doorstaan, zoals een BSN. Uit privacyoverwegingen wordt het bestand niet geladen: vervang ze door een pseudoniem."
        / "This column holds 9-digit numbers that pass the eleven test, like a BSN. For privacy the file is not loaded: replace them with a pseudonym.";
    /// [`crate::io::LoadErrorKind::TooLarge`], in whole MB.
    fn too_large(mb: Count, limit_mb: Count) = "Het bestand is te groot ({mb} MB; maximaal {limit_mb} MB)."
        / "The file is too large ({mb} MB; at most {limit_mb} MB).";
    /// [`crate::io::LoadErrorKind::CellError`]: `shown` is the error code, perhaps with
    /// [`excel_error_in_dutch`].
    fn cell_error(shown: &str) = "Deze cel bevat een Excel-fout ({shown}). Herstel de formule of maak de cel leeg en sla de werkmap opnieuw op."
        / "This cell holds an Excel error ({shown}). Fix the formula or empty the cell and save the workbook again.";
    /// An Excel error code and how Dutch Excel shows it.
    fn excel_error_in_dutch(code: &str, dutch: &str) = "{code}, in Nederlandse Excel {dutch}" / "{code}, in Dutch Excel {dutch}";
    /// [`crate::io::LoadErrorKind::NoUsableSheet`].
    fn no_usable_sheet(sheets: &str) = "Geen werkblad met bekende kolomnamen gevonden (bijvoorbeeld uitkering_id, startdatum of indicator). \
         Bekeken bladen: {sheets}. Kies het blad met de gegevens of zet de kolomnamen in de eerste rijen."
        / "No worksheet with known column names found (for example uitkering_id, startdatum or indicator). \
         Sheets looked at: {sheets}. Choose the sheet with the data or put the column names in the first rows.";
    /// [`crate::io::LoadErrorKind::SheetNotFound`].
    fn sheet_not_found(sheet: &str, sheets: &str) = "Het blad '{sheet}' staat niet in deze werkmap. Bladen in de werkmap: {sheets}."
        / "The sheet '{sheet}' is not in this workbook. Sheets in the workbook: {sheets}.";
    /// An empty list of names.
    NONE = "(geen)" / "(none)";
    /// [`crate::io::LoadErrorKind::BadWorkbook`] and [`crate::io::LoadErrorKind::ProtectedWorkbook`].
    fn bad_workbook(why: &str) = "Deze Excel-werkmap kan niet worden gelezen ({why}). Is het bestand beschadigd of beveiligd met een wachtwoord? \
         Sla het in Excel opnieuw op als 'Excel-werkmap (*.xlsx)'."
        / "This Excel workbook cannot be read ({why}). Is the file damaged or protected with a password? \
         Save it again in Excel as 'Excel Workbook (*.xlsx)'.";
    /// Why a workbook cannot be read: a password.
    PROTECTED = "beveiligd met een wachtwoord" / "protected with a password";
    /// [`crate::io::LoadErrorKind::XlsNotSupported`].
    XLS_NOT_SUPPORTED = "Een oud Excel-bestand (.xls) kan niet direct worden geladen. Open het in Excel en sla \
         het op als 'Excel-werkmap (*.xlsx)' of als 'CSV (gescheiden door lijstscheidingsteken)', \
         en laad dat bestand."
        / "An old Excel file (.xls) cannot be loaded directly. Open it in Excel, save it \
         as 'Excel Workbook (*.xlsx)' or as 'CSV (Comma delimited)', \
         and load that file.";
    /// [`crate::io::LoadErrorKind::XlsxNotBuilt`].
    XLSX_NOT_BUILT = "Een Excel-werkmap (.xlsx) kan in deze versie niet direct worden geladen. Sla het \
         bestand in Excel op als 'CSV (gescheiden door lijstscheidingsteken)' of 'CSV UTF-8' \
         en laad dat bestand."
        / "An Excel workbook (.xlsx) cannot be loaded directly in this version. Save the \
         file in Excel as 'CSV (Comma delimited)' or 'CSV UTF-8' \
         and load that file.";
    /// [`crate::io::LoadErrorKind::Utf16BigEndian`].
    UTF16_BIG_ENDIAN = "Dit bestand is opgeslagen als UTF-16 big-endian; dat wordt niet ondersteund. \
             Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)'."
        / "This file is saved as UTF-16 big-endian, which is not supported. \
             Save it in Excel as 'CSV UTF-8 (Comma delimited)'.";
    /// [`crate::io::LoadErrorKind::BadCsv`]: the CSV reader's own (English) text.
    fn bad_csv(detail: &str) = "Het CSV-bestand is niet te lezen: {detail}" / "The CSV file cannot be read: {detail}";
    /// [`crate::io::LoadErrorKind::HeaderRowEmpty`].
    HEADER_ROW_EMPTY = "De gekozen kopregel is leeg: kies de regel met de kolomnamen."
        / "The chosen header row is empty: choose the row with the column names.";
    /// [`crate::io::LoadErrorKind::HeaderRowPastEnd`].
    fn header_row_past_end(row: Plain<usize>) = "De gekozen kopregel {row} ligt voorbij het einde van het bestand."
        / "The chosen header row {row} lies beyond the end of the file.";
    /// [`crate::io::LoadErrorKind::TooMuchText`].
    TOO_MUCH_TEXT = "Het bestand bevat te veel tekst om in te lezen (meer dan 4 GB aan cellen)."
        / "The file holds too much text to read (more than 4 GB of cells).";
    /// [`crate::io::LoadErrorKind::ForeignFile`].
    fn foreign_file(kind: Msg) = "Dit is {kind}, geen tabel met gegevens. Open het bestand met de gegevens zelf: \
                 CSV (puntkomma-gescheiden), Excel-werkmap (.xlsx) of JSON."
        / "This is {kind}, not a table of data. Open the file with the data itself: \
                 CSV (semicolon-separated), Excel workbook (.xlsx) or JSON.";
    /// [`crate::io::ForeignKind::Pdf`].
    FOREIGN_PDF = "een PDF-bestand" / "a PDF file";
    /// [`crate::io::ForeignKind::Image`].
    FOREIGN_IMAGE = "een afbeelding" / "an image";
    /// [`crate::io::ForeignKind::Zip`].
    FOREIGN_ZIP = "een ZIP-archief (geen Excel-werkmap)" / "a ZIP archive (no Excel workbook)";
    /// [`crate::io::ForeignKind::Word`].
    FOREIGN_WORD = "een Word-document" / "a Word document";
    /// [`crate::io::LoadErrorKind::CellTooLong`].
    fn cell_too_long(chars: Count, limit: Count) = "Deze cel is {chars} tekens lang; een cel mag hoogstens {limit} tekens hebben. \
                 Staat er een aanhalingsteken (\") verkeerd, of is dit geen gegevensbestand?"
        / "This cell is {chars} characters long; a cell may have at most {limit}. \
                 Is a quote (\") out of place, or is this not a data file?";
    /// [`crate::io::LoadErrorKind::TooManyColumns`].
    fn too_many_columns(limit: Count) = "Deze rij heeft meer dan {limit} kolommen; zoveel heeft een gegevensbestand niet. \
                 Verwijder de overbodige kolommen, of sla alleen de tabel met gegevens op."
        / "This row has more than {limit} columns; a data file has no such number. \
                 Remove the extra columns, or save only the table with the data.";
    /// [`crate::io::LoadErrorKind::WorkbookTooLarge`].
    fn workbook_too_large(part: &str, limit_mb: Count) = "Deze Excel-werkmap pakt uit tot meer dan {limit_mb} MB \
                 (onderdeel '{part}'); zo'n werkmap wordt niet gelezen. Sla het blad met de gegevens op als CSV \
                 of als nieuwe werkmap."
        / "This Excel workbook unpacks to more than {limit_mb} MB (part '{part}'); such a workbook is \
                 not read. Save the sheet with the data as CSV or as a new workbook.";
    /// [`crate::io::LoadErrorKind::NulCharacter`].
    NUL_CHARACTER = "Deze regel bevat een NUL-teken (teken 0), dat in een tekstbestand niet hoort. \
                 Is het bestand beschadigd? Sla het opnieuw op als CSV."
        / "This line holds a NUL character (character 0), which does not belong in a text file. \
                 Is the file damaged? Save it again as CSV.";
    /// [`crate::io::LoadErrorKind::NoBenefits`].
    NO_BENEFITS_ERROR = "Het bestand bevat alleen een kopregel en geen uitkeringen."
        / "The file holds only a header row and no benefits.";
    /// [`crate::io::LoadErrorKind::BirthAfterStart`].
    fn birth_after_start(year: &str, start: &str) = "Het geboortejaar {year} ligt na de startdatum {start}; dat kan niet."
        / "The birth year {year} lies after the start date {start}; that cannot be.";
    /// [`crate::io::LoadErrorKind::JsonDuplicateKey`].
    fn json_duplicate_key(key: &str) = "De sleutel '{key}' staat twee keer in dit object; welke waarde bedoeld is, is niet te zeggen."
        / "The key '{key}' occurs twice in this object; which value is meant cannot be told.";
    /// [`crate::io::LoadErrorKind::OtherBuild`].
    OTHER_BUILD = "Bijstandsverkenner is bijgewerkt sinds deze pagina werd geopend. Laad de pagina opnieuw: uw scenario staat in het adres en blijft bewaard; kies daarna het bestand nog eens."
        / "Bijstandsverkenner was updated after this page was opened. Reload the page: your scenario is in the address and is kept; then choose the file again.";
    /// [`crate::io::LoadErrorKind::MixedEncoding`].
    fn mixed_encoding(utf8_line: Plain<usize>, other_line: Plain<usize>) = "Het bestand mengt twee tekensets: \
                 regel {utf8_line} is UTF-8, regel {other_line} Windows-1252 (ANSI), dus letters als é \
                 zouden verminkt worden. Sla het bestand opnieuw op als 'CSV UTF-8', of kies de tekenset \
                 bij Instellingen controleren."
        / "The file mixes two character sets: line {utf8_line} is UTF-8, line {other_line} \
                 Windows-1252 (ANSI), so letters such as é would be garbled. Save the file again as \
                 'CSV UTF-8', or choose the character set under Check settings.";
    /// [`crate::io::LoadErrorKind::TooManyLabels`].
    fn too_many_labels(limit: Plain<usize>) = "Te veel verschillende teksten (meer dan {limit})."
        / "Too many different texts (more than {limit}).";
    /// [`crate::io::LoadErrorKind::TooManyStadsdelen`].
    fn too_many_stadsdelen(limit: Plain<usize>) = "Meer dan {limit} verschillende stadsdelen: deze kolom lijkt fijner dan \
                 stadsdeelniveau (wijk, buurt of adres) en wordt uit privacyoverwegingen niet geladen."
        / "More than {limit} different districts (stadsdelen): this column looks finer than \
                 district level (neighbourhood or address) and is not loaded, for privacy.";
    /// [`crate::io::LoadErrorKind::BadBirthYear`].
    fn bad_birth_year(value: &str) = "'{value}' is geen geldig geboortejaar (verwacht jjjj, bijvoorbeeld 1962)."
        / "'{value}' is not a valid year of birth (expected yyyy, for example 1962).";
    /// [`crate::io::LoadErrorKind::BadJson`]: `problem` is one of the `JSON_*` problems,
    /// `detail` the JSON reader's own (English) text.
    fn bad_json(problem: Msg, detail: &str, line: Plain<usize>, column: Plain<usize>) =
        "Dit is geen geldig JSON-bestand: {problem} ({detail}) (regel {line}, teken {column})."
        / "This is not a valid JSON file: {problem} ({detail}) (line {line}, character {column}).";
    /// A JSON text that stops early.
    JSON_EOF = "het bestand houdt halverwege op" / "the file stops halfway";
    /// JSON nested too deep (label).
    JSON_TOO_DEEP = "te diep genest" / "nested too deep";
    /// [`crate::io::LoadErrorKind::BadJson`] for JSON nested deeper than 128 levels.
    fn json_too_deep(line: Plain<usize>, column: Plain<usize>) = "Dit is geen geldig JSON-bestand: de gegevens zijn \
                 dieper genest dan 128 niveaus, terwijl een rij een object met losse waarden is (regel {line}, teken {column})."
        / "This is not a valid JSON file: the data are nested deeper than 128 levels, while a row is an \
                 object of single values (line {line}, character {column}).";
    /// A JSON syntax error.
    JSON_SYNTAX = "ongeldige opbouw" / "invalid structure";
    /// A JSON value of an unexpected type.
    JSON_DATA = "onverwachte waarde" / "unexpected value";
    /// A read error.
    JSON_IO = "leesfout" / "read error";
    /// [`crate::io::LoadErrorKind::JsonNoRows`].
    fn json_no_rows(keys: &str) = "Dit JSON-object heeft geen lijst 'rijen' of 'rows' met de gegevens (wel: {keys}). \
                 Verwacht een lijst met objecten, [{{\"uitkering_id\": \"U1\", …}}], of {{\"rijen\": [ … ]}}."
        / "This JSON object has no list 'rijen' or 'rows' with the data (it has: {keys}). \
                 Expected a list of objects, [{{\"uitkering_id\": \"U1\", …}}], or {{\"rows\": [ … ]}}.";
    /// No keys at all.
    NO_KEYS = "geen sleutels" / "no keys";
    /// [`crate::io::LoadErrorKind::JsonNotRows`].
    fn json_not_rows(found: Msg) = "Dit JSON-bestand bevat {found}; verwacht een lijst met objecten, \
                 [{{\"uitkering_id\": \"U1\", …}}], of {{\"rijen\": [ … ]}}."
        / "This JSON file holds {found}; expected a list of objects, \
                 [{{\"uitkering_id\": \"U1\", …}}], or {{\"rows\": [ … ]}}.";
    /// [`crate::io::LoadErrorKind::JsonItemNotObject`].
    fn json_item_not_object(found: Msg) = "Verwacht een object ({{…}}) per rij, gevonden: {found}."
        / "Expected an object ({{…}}) per row, found: {found}.";
    /// [`crate::io::LoadErrorKind::JsonNestedValue`].
    JSON_NESTED_VALUE = "Een lijst of object als waarde kan niet in één cel worden gelezen: \
                           gebruik een tekst, een getal, true/false of null."
        / "A list or object as a value cannot be read into one cell: \
                           use a text, a number, true/false or null.";
    /// A JSON list.
    JSON_LIST = "een lijst" / "a list";
    /// A JSON string.
    JSON_TEXT = "een tekst" / "a text";
    /// A JSON boolean.
    JSON_BOOL = "een waarheidswaarde" / "a boolean";
    /// A JSON number.
    JSON_NUMBER = "een getal" / "a number";
    /// JSON null.
    JSON_NULL = "null" / "null";
    /// [`crate::io::LoadErrorKind::Transfer`].
    fn transfer(what: &str) = "Interne fout bij het overnemen van de gegevens uit de achtergrondtaak ({what})."
        / "Internal error while taking over the data from the background task ({what}).";
    /// [`crate::io::LoadErrorKind::AmbiguousColumns`].
    fn ambiguous_columns(field: &str, columns: &str) = "Twee kolommen passen even goed bij '{field}': {columns}. Kies in de instellingen welke kolom '{field}' is (en negeer de andere)."
        / "Two columns fit '{field}' equally well: {columns}. Choose in the settings which column is '{field}' (and ignore the other).";
    /// [`crate::io::LoadErrorKind::EmbeddedData`].
    fn embedded_data(detail: &str) = "Ingebouwde gegevens beschadigd: {detail}" / "Built-in data damaged: {detail}";

    // --- Warnings -----------------------------------------------------------------------

    /// [`crate::io::LoadWarning::UnknownColumns`].
    fn unknown_columns_ignored(columns: &str) = "Onbekende kolommen genegeerd: {columns}." / "Unknown columns ignored: {columns}.";
    /// [`crate::io::LoadWarning::UnusedColumns`].
    fn unused_columns(columns: &str) = "Kolommen herkend maar (nog) niet gebruikt: {columns}."
        / "Columns recognised but not used (yet): {columns}.";
    /// [`crate::io::LoadWarning::DuplicateColumns`].
    fn duplicate_columns(columns: &str) = "Kolommen dubbel (alleen de eerste telt): {columns}."
        / "Duplicate columns (only the first one counts): {columns}.";
    /// [`crate::io::LoadWarning::IgnoredColumns`].
    fn ignored_columns(columns: &str) = "Kolommen op uw verzoek genegeerd: {columns}." / "Columns ignored at your request: {columns}.";
    /// [`crate::io::LoadWarning::BadOverride`].
    fn bad_override(column: &str, field: &str) = "Kolom '{column}' kan niet als '{field}' worden gelezen: dat veld bestaat niet in dit soort bestand. De kolom is genegeerd."
        / "Column '{column}' cannot be read as '{field}': that field does not exist in this kind of file. The column was ignored.";
    /// [`crate::io::LoadWarning::SkippedAbove`], a text file.
    fn skipped_lines_above(n: Count, header: Plain<usize>) = "{n} regel(s) boven de kopregel (regel {header}) overgeslagen: titel of toelichting."
        / "{n} line(s) above the header (line {header}) skipped: title or notes.";
    /// [`crate::io::LoadWarning::SkippedAbove`], a sheet or JSON.
    fn skipped_rows_above(n: Count, header: Plain<usize>) = "{n} rij(en) boven de kopregel (rij {header}) overgeslagen: titel of toelichting."
        / "{n} row(s) above the header (row {header}) skipped: title or notes.";
    /// [`crate::io::LoadWarning::BlankRows`], a text file.
    fn blank_lines(n: Count) = "{n} lege regel(s) tussen de gegevens overgeslagen." / "{n} empty line(s) between the data skipped.";
    /// [`crate::io::LoadWarning::BlankRows`], a sheet or JSON.
    fn blank_rows(n: Count) = "{n} lege rij(en) tussen de gegevens overgeslagen." / "{n} empty row(s) between the data skipped.";
    /// [`crate::io::LoadWarning::IgnoredCellErrors`].
    fn ignored_cell_errors(n: Count) = "{n} cel(len) met een Excel-fout (zoals #N/A) in kolommen die niet worden gelezen: genegeerd."
        / "{n} cell(s) with an Excel error (such as #N/A) in columns that are not read: ignored.";
    /// [`crate::io::LoadWarning::DataAfterTotal`].
    DATA_AFTER_TOTAL = "Na de totaalregel volgen nog gegevens; die zijn wel ingelezen."
        / "More data follow the total row; they were read as well.";
    /// [`crate::io::LoadWarning::TotalDiffers`].
    fn total_differs(line: Plain<usize>, column: &str, printed: Dec, computed: Dec) =
        "Totaalregel (regel {line}): kolom '{column}' zegt {printed}, de gegevens daarboven geven {computed}."
        / "Total row (line {line}): column '{column}' says {printed}, the data above it give {computed}.";
    /// [`crate::io::LoadWarning::MissingRequired`] (preview).
    fn missing_required(field: &str) = "De verplichte kolom '{field}' ontbreekt: koppel een kolom aan '{field}' om het bestand te laden."
        / "The required column '{field}' is missing: map a column to '{field}' to load the file.";
    /// [`crate::io::LoadWarning::NoBenefits`].
    NO_BENEFITS = "Het bestand bevat geen uitkeringen, alleen een kopregel." / "The file contains no benefits, only a header row.";
    /// [`crate::io::LoadWarning::NoContracts`].
    NO_CONTRACTS = "Het bestand bevat geen contracten, alleen een kopregel." / "The file contains no contracts, only a header row.";
    /// [`crate::io::LoadWarning::NoTrajectories`].
    NO_TRAJECTORIES = "Het bestand bevat geen trajecten, alleen een kopregel." / "The file contains no trajectories, only a header row.";
    /// [`crate::io::LoadWarning::UnknownTrajectoryCodes`].
    fn unknown_trajectory_codes(rows: Count, codes: &str) = "{rows} traject(en) met een code die niet in de lijst staat ({codes}): getoond zoals geschreven, telt alleen mee voor sociale activering als de kolom 'telt_sociale_activering' ja zegt."
        / "{rows} trajectory(ies) with a code not on the list ({codes}): shown as written, counted for social activation only when the column 'telt_sociale_activering' says yes.";
    /// [`crate::io::LoadWarning::NoFigures`].
    NO_FIGURES = "Het bestand bevat geen cijfers, alleen een kopregel." / "The file contains no figures, only a header row.";
    /// [`crate::io::LoadWarning::ContractsWithoutHours`].
    fn contracts_without_hours(n: Count) = "{n} contract(en) zonder uren per week: gerekend met de uren uit de aannames."
        / "{n} contract(s) without hours per week: calculated with the hours from the assumptions.";
    /// [`crate::io::LoadWarning::NoGemeenteColumn`].
    NO_GEMEENTE_COLUMN = "Kolom 'gemeente_code' ontbreekt: de gemeente is onbekend."
        / "Column 'gemeente_code' is missing: the municipality is unknown.";
    /// [`crate::io::LoadWarning::NoAgeColumn`].
    NO_AGE_COLUMN = "Geen kolom 'geboortejaar' of 'leeftijdsklasse': leeftijden zijn onbekend."
        / "No column 'geboortejaar' or 'leeftijdsklasse': ages are unknown.";
    /// [`crate::io::LoadWarning::CrossForYes`].
    fn cross_for_yes(column: &str) = "Kolom '{column}' gebruikt 'x' voor ja: lege cellen zijn gelezen als nee."
        / "Column '{column}' uses 'x' for yes: empty cells were read as no.";
    /// [`crate::io::LoadWarning::NoExitReason`].
    fn no_exit_reason(n: Count, first: Plain<usize>) = "{n} uitkering(en) met een einddatum maar zonder uitstroomreden: geteld als 'onbekend' (eerste op regel {first})."
        / "{n} benefit(s) with an end date but no exit reason: counted as 'unknown' (first on line {first}).";
    /// [`crate::io::LoadWarning::ReasonWithoutEnd`].
    fn reason_without_end(n: Count, first: Plain<usize>) = "{n} uitkering(en) met een uitstroomreden maar zonder einddatum: reden genegeerd (eerste op regel {first})."
        / "{n} benefit(s) with an exit reason but no end date: reason ignored (first on line {first}).";
    /// [`crate::io::LoadWarning::AgeOutOfRange`].
    fn age_out_of_range(n: Count, first: Plain<usize>) = "{n} uitkering(en) met een leeftijd buiten 18 jaar tot de AOW-leeftijd bij de start (eerste op regel {first})."
        / "{n} benefit(s) with an age outside 18 to the state pension (AOW) age at the start (first on line {first}).";
    /// [`crate::io::LoadWarning::NoGemeenteCode`].
    fn no_gemeente_code(n: Count, first: Plain<usize>) = "{n} uitkering(en) zonder gemeente_code (eerste op regel {first})."
        / "{n} benefit(s) without gemeente_code (first on line {first}).";
    /// [`crate::io::LoadWarning::DescriptionOverCode`].
    fn description_over_code(field: &str, description: &str, code: &str) = "'{field}' is gelezen uit de omschrijving '{description}'; de code in '{code}' is niet gebruikt."
        / "'{field}' was read from the description '{description}'; the code in '{code}' was not used.";
    /// [`crate::io::LoadWarning::NoBenefitId`].
    NO_BENEFIT_ID = "Geen kolom met een uitkerings- of dossiernummer: elke regel is gelezen als één uitkering (genummerd per regel)."
        / "No column with a benefit or case number: every row was read as one benefit (numbered by row).";
    /// [`crate::io::LoadWarning::RowsPerPerson`].
    fn rows_per_person(rows: Count, benefits: Count, merged: Count) = "{rows} regels gelezen als {benefits} uitkeringen: {merged} regel(s) van een partner in hetzelfde dossier en dezelfde periode tellen mee bij de uitkering van de aanvrager."
        / "{rows} rows read as {benefits} benefits: {merged} row(s) of a partner in the same case and period count with the applicant's benefit.";
    /// [`crate::io::LoadWarning::BirthDateReduced`].
    fn birth_date_reduced(column: &str) = "Kolom '{column}' bevat volledige geboortedata: alleen het geboortejaar is gelezen, de datum zelf wordt niet bewaard."
        / "Column '{column}' holds full dates of birth: only the year of birth was read, the date itself is not kept.";
    /// [`crate::io::LoadWarning::ExitReasonsMapped`]: `table` lists label → category (count).
    fn exit_reasons_mapped(table: &str) = "Uitstroomredenen in eigen woorden ingedeeld (wat niet herkend is telt als 'overig'): {table}."
        / "Exit reasons in the file's own words were classified (what is not recognised counts as 'overig'): {table}.";
    /// [`crate::io::LoadWarning::CodesWithoutLabel`]: `lines` lists the lines.
    fn codes_without_label(lines: &str) = "Regel(s) met een code maar zonder omschrijving overgeslagen (bijvoorbeeld de exportdatum onderaan): regel {lines}."
        / "Row(s) with a code but no description skipped (such as the export date at the bottom): line {lines}.";
    /// [`crate::io::LoadWarning::RepeatedCodes`].
    fn repeated_codes(codes: &str) = "Codes die vaker voorkomen (de eerste omschrijving telt): {codes}."
        / "Codes that occur more than once (the first description counts): {codes}.";
    /// [`crate::io::LoadWarning::NoCodes`].
    NO_CODES = "De codelijst bevat geen codes, alleen een kopregel." / "The code list contains no codes, only a header row.";
}
