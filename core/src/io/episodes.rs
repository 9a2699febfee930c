//! `bijstandsbestand.csv` (DATA-MODEL §2.1): one row per benefit episode, validated and
//! stored column by column in [`Episodes`].
//!
//! Rules and decisions:
//! - Required columns: `uitkering_id`, `startdatum`, `einddatum` (the last may be empty
//!   per row). `gemeente_code` may be absent; the code is then empty ("unknown").
//! - `einddatum ≥ startdatum`; `uitkering_id` filled and unique. Uniqueness is checked
//!   after the rows (on 64-bit hashes, sorted; free when ids ascend), so a duplicate is
//!   reported after any error in an earlier-read row, with the line of its second
//!   occurrence. The ids themselves are not kept.
//! - `uitstroomreden` must be filled when `einddatum` is. **Decision:** a missing reason
//!   does not refuse the file; it is stored as [`Uitstroomreden::Onbekend`] and counted
//!   in a warning. A reason without an end date is dropped with a warning.
//! - Age (start year − birth year) outside 18 to AOW age gives a warning, not an error.
//! - Categories are case- and diacritic-insensitive; an unknown value is an error with
//!   its line and column. `stadsdeel` is free per municipality: `Glanerbrug` → `oost`,
//!   empty → `onbekend`.
//! - Dates with month precision (`09-2024`) are stored as the first day of that month.
//! - Boolean columns that tick with `x` read empty cells as "nee".

use std::collections::{HashMap, HashSet};

use super::cells::{self, BoolCell};
use super::codes::{CodeCache, Interner};
use super::columns::{FieldSpec, Schema};
use super::table::{RowKind, Table};
use super::vocab::{self, Role};
use super::{
    ExitReasonLabel, FileKind, LoadError, LoadErrorKind, LoadOptions, LoadReport, LoadWarning,
};
use crate::date::Date;
use crate::model::{
    Afstand, Doelgroep, Episodes, Flag, Geslacht, Huishoudtype, Leeftijdsklasse, Uitstroomreden,
};
use crate::text::normalize;

pub(crate) const UITKERING_ID: usize = 0;
/// `persoon_id`: recognised, not stored (the model keeps no person key); read to count
/// persons.
pub(crate) const PERSOON_ID: usize = 1;
pub(crate) const GEMEENTE_CODE: usize = 2;
pub(crate) const GESLACHT: usize = 3;
pub(crate) const GEBOORTEJAAR: usize = 4;
pub(crate) const LEEFTIJDSKLASSE: usize = 5;
pub(crate) const HUISHOUDTYPE: usize = 6;
pub(crate) const IS_STATUSHOUDER: usize = 7;
pub(crate) const DOELGROEP: usize = 8;
pub(crate) const AFSTAND: usize = 9;
pub(crate) const STADSDEEL: usize = 10;
pub(crate) const STARTDATUM: usize = 11;
pub(crate) const EINDDATUM: usize = 12;
pub(crate) const UITSTROOMREDEN: usize = 13;
pub(crate) const INKOMSTEN_ARBEID: usize = 14;
pub(crate) const ROL: usize = 15;
pub(crate) const GEBOORTEDATUM: usize = 16;
/// `instroomreden` / `oorzaak bijstandsafhankelijkheid`: the code (or, without a code
/// column, the description) the benefits are grouped by.
pub(crate) const INSTROOMREDEN: usize = 17;
/// The description of the instroomreden next to its code (`Omschrijving oorzaak
/// bijstandsafhankelijkheid`): the label of the code.
pub(crate) const INSTROOMREDEN_OMSCHRIJVING: usize = 18;
/// Fields up to here are read (`persoon_id` too, for counting persons, though the model
/// does not keep it); the rest of [`FIELDS`] is recognised only.
const FIELD_COUNT: usize = 19;

const fn used(name: &'static str, synonyms: &'static [&'static str]) -> FieldSpec {
    FieldSpec {
        name,
        synonyms,
        required: false,
        stored: true,
    }
}
const fn required(name: &'static str, synonyms: &'static [&'static str]) -> FieldSpec {
    FieldSpec {
        name,
        synonyms,
        required: true,
        stored: true,
    }
}
const fn known(name: &'static str, synonyms: &'static [&'static str]) -> FieldSpec {
    FieldSpec {
        name,
        synonyms,
        required: false,
        stored: false,
    }
}

/// The columns of `bijstandsbestand.csv`, indexed by the constants above.
const FIELDS: &[FieldSpec] = &[
    used(
        "uitkering_id",
        &[
            "uitkeringid",
            "uitkering_nr",
            "uitkeringsnummer",
            "uitkeringsnr",
            "id_uitkering",
            "benefit_id",
            "case_id",
            "dossiernr",
            "dossiernummer",
            "dossier_nr",
            "dossier_nummer",
            "dossier_id",
            "dossier",
            "zaaknummer",
            "zaaknr",
            "zaak_nr",
            "zaak_id",
        ],
    ),
    known(
        "persoon_id",
        &[
            "persoonid",
            "person_id",
            "persoonsnummer",
            "persoonsnr",
            "client_id",
            "clientnummer",
            "clientnr",
            "client_nr",
            "client_nummer",
            "klant_id",
            "klantnummer",
            "klantnr",
            "klant_nr",
        ],
    ),
    used(
        "gemeente_code",
        &[
            "gemeentecode",
            "gm_code",
            "code_gemeente",
            "cbs_gemeentecode",
            "municipality_code",
        ],
    ),
    used("geslacht", &["sekse", "gender", "sex"]),
    used(
        "geboortejaar",
        &[
            "geb_jaar",
            "birth_year",
            "geboorte_jaar",
            "jaar_geboorte",
            "gebjaar",
        ],
    ),
    used(
        "leeftijdsklasse",
        &[
            "leeftijdscategorie",
            "leeftijd_klasse",
            "leeftijdsgroep",
            "age_group",
        ],
    ),
    used(
        "huishoudtype",
        &[
            "huishouden",
            "huishoudsituatie",
            "leefvorm",
            "household_type",
        ],
    ),
    used(
        "is_statushouder",
        &["statushouder", "vergunninghouder", "is_vergunninghouder"],
    ),
    used("doelgroep", &["target_group"]),
    used(
        "afstand_arbeidsmarkt",
        &[
            "afstand",
            "afstand_tot_arbeidsmarkt",
            "afstand_tot_de_arbeidsmarkt",
        ],
    ),
    used("stadsdeel", &["wijk", "gebied", "district", "stadsdelen"]),
    required(
        "startdatum",
        &[
            "begindatum",
            "ingangsdatum",
            "start_datum",
            "datum_start",
            "datum_begin",
            "datum_ingang",
            "start_date",
        ],
    ),
    required(
        "einddatum",
        &[
            "beeindigingsdatum",
            "datum_einde",
            "eind_datum",
            "datum_eind",
            "datum_beeindiging",
            "end_date",
        ],
    ),
    used(
        "uitstroomreden",
        &[
            "reden_uitstroom",
            "reden_beeindiging",
            "beeindigingsreden",
            "uitstroom_reden",
            "reden_einde",
        ],
    ),
    used(
        "inkomsten_arbeid",
        &["inkomsten_uit_arbeid", "parttime_werk", "deeltijdwerk"],
    ),
    used(
        "rol",
        &[
            "type",
            "rol_in_dossier",
            "persoonsrol",
            "soort_client",
            "type_client",
        ],
    ),
    used(
        "geboortedatum",
        &[
            "dd_geboorte",
            "geb_datum",
            "geboorte_datum",
            "datum_geboorte",
            "gebdatum",
            "birth_date",
            "date_of_birth",
        ],
    ),
    used(
        "instroomreden",
        &[
            "oorzaak_bijstandsafhankelijkheid",
            "reden_instroom",
            "instroom_reden",
            "instroomreden_code",
            "code_instroomreden",
        ],
    ),
    used(
        "instroomreden_omschrijving",
        &[
            "omschrijving_oorzaak_bijstandsafhankelijkheid",
            "omschrijving_instroomreden",
            "instroomreden_omschrijving",
            "omschrijving_reden_instroom",
        ],
    ),
    known("inburgering_wet", &[]),
    known("inburgering_leerroute", &["leerroute"]),
    known(
        "participatieladder",
        &["participatietrede", "trede_participatieladder"],
    ),
    known("keten", &[]),
    known("team", &[]),
    known("inkomsten_arbeid_klasse", &[]),
    known("lks_actief", &[]),
    known("lks_start", &[]),
    known("lks_einde", &[]),
    known("loonwaarde_pct", &["loonwaarde"]),
    known("traject_actueel", &[]),
];

/// Header words that name a field wherever they stand (issue 11: `Startdatum periodiek
/// algemeen`, `Datum einde uitkering`, `Omschrijving einde bijstandsafhankelijkheid`).
const MEANINGS: &[(usize, &[&str])] = &[
    (UITKERING_ID, &["dossiernr"]),
    (UITKERING_ID, &["dossiernummer"]),
    (UITKERING_ID, &["zaaknummer"]),
    (UITKERING_ID, &["uitkeringsnummer"]),
    (PERSOON_ID, &["clientnummer"]),
    (PERSOON_ID, &["klantnummer"]),
    (PERSOON_ID, &["persoonsnummer"]),
    (GESLACHT, &["geslacht"]),
    (GEBOORTEJAAR, &["geboortejaar"]),
    (GEBOORTEDATUM, &["geboortedatum"]),
    (HUISHOUDTYPE, &["leefvorm"]),
    (HUISHOUDTYPE, &["huishoudtype"]),
    (HUISHOUDTYPE, &["leefsituatie"]),
    (HUISHOUDTYPE, &["huishoudsituatie"]),
    (STARTDATUM, &["startdatum"]),
    (STARTDATUM, &["begindatum"]),
    (STARTDATUM, &["ingangsdatum"]),
    (STARTDATUM, &["datum", "start"]),
    (STARTDATUM, &["datum", "begin"]),
    (STARTDATUM, &["datum", "ingang"]),
    (EINDDATUM, &["einddatum"]),
    (EINDDATUM, &["beeindigingsdatum"]),
    (EINDDATUM, &["datum", "einde"]),
    (EINDDATUM, &["datum", "eind"]),
    (EINDDATUM, &["datum", "beeindiging"]),
    (UITSTROOMREDEN, &["uitstroomreden"]),
    (UITSTROOMREDEN, &["beeindigingsreden"]),
    (UITSTROOMREDEN, &["reden", "beeindiging"]),
    (UITSTROOMREDEN, &["reden", "einde"]),
    (UITSTROOMREDEN, &["reden", "uitstroom"]),
    (UITSTROOMREDEN, &["einde", "bijstandsafhankelijkheid"]),
    (INSTROOMREDEN, &["oorzaak"]),
    (INSTROOMREDEN, &["instroomreden"]),
    (INSTROOMREDEN, &["reden", "instroom"]),
    (INSTROOMREDEN_OMSCHRIJVING, &["omschrijving", "oorzaak"]),
    (
        INSTROOMREDEN_OMSCHRIJVING,
        &["omschrijving", "instroomreden"],
    ),
    (
        INSTROOMREDEN_OMSCHRIJVING,
        &["omschrijving", "reden", "instroom"],
    ),
];

/// The episodes schema.
pub(crate) const SCHEMA: Schema = Schema {
    kind: FileKind::Episodes,
    fields: FIELDS,
    meanings: MEANINGS,
};

/// Most distinct `stadsdeel` values: the model stops at stadsdeel level (§5), so a longer
/// list means the column holds something finer (wijk, buurt, address).
const MAX_STADSDELEN: usize = 200;

/// Rows read before the columns are sized for the rest of the file (from the bytes per
/// row so far): growing a million-row column by doubling costs copies and, in wasm,
/// memory growth.
const SIZE_AFTER_ROWS: usize = 1024;

/// AOW age in whole years for the plausibility warning (67 in 2024–2027).
const AOW_LEEFTIJD: i32 = 67;

/// Maps a normalised `stadsdeel` onto its code: `Glanerbrug` is a village in Oost.
fn stadsdeel_code(normalized: &str) -> &str {
    let s = normalized.strip_prefix("stadsdeel ").unwrap_or(normalized);
    match s {
        "" | "onb" | "onb." | "?" => "onbekend",
        "glanerbrug" => "oost",
        s => s,
    }
}

/// A count of rows with a remark, with the first line, for one warning.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Rows counted.
    pub n: usize,
    /// Line of the first (when `n > 0`).
    pub first: usize,
}

impl Tally {
    fn add(&mut self, line: usize) {
        if self.n == 0 {
            self.first = line;
        }
        self.n += 1;
    }
}

/// A fast 64-bit hash of an id (FxHash steps with a final avalanche). Collisions are
/// harmless: a suspected duplicate is confirmed on the ids themselves.
fn id_hash(b: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = b.len() as u64;
    for chunk in b.chunks(8) {
        h = (h.rotate_left(5) ^ super::codes::pack8(chunk)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// Whether byte strings came in strictly increasing order (then no two are equal).
///
/// The last one is kept as its first 16 bytes, big-endian in two words (zero-padded, so
/// that the words order like the bytes), and its length; its bytes only when it is
/// longer. Most ids are short: a compare of two words instead of copying each id.
pub(crate) struct Ascending {
    /// Every string so far was greater than the one before.
    pub increasing: bool,
    /// The last one's first 16 bytes as ordered words.
    last16: (u64, u64),
    last_len: usize,
    /// The last one's bytes, when longer than 16.
    last_long: Vec<u8>,
}

impl Default for Ascending {
    fn default() -> Self {
        Ascending {
            increasing: true,
            last16: (0, 0),
            last_len: 0,
            last_long: Vec::new(),
        }
    }
}

impl Ascending {
    /// Notes the next string.
    #[inline]
    fn add(&mut self, b: &[u8]) {
        if !self.increasing {
            return;
        }
        let n = b.len();
        let key = (
            super::codes::pack8(&b[..n.min(8)]).swap_bytes(),
            if n > 8 {
                super::codes::pack8(&b[8..n.min(16)]).swap_bytes()
            } else {
                0
            },
        );
        let greater = match key.cmp(&self.last16) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            // The first 16 bytes agree up to zero padding: a string of at most 16 bytes
            // is then a prefix of a longer one.
            std::cmp::Ordering::Equal => match (n > 16, self.last_len > 16) {
                (false, false) => n > self.last_len,
                (true, false) => true,
                (false, true) => false,
                (true, true) => b > self.last_long.as_slice(),
            },
        };
        if !greater {
            self.increasing = false;
            return;
        }
        self.last16 = key;
        self.last_len = n;
        if n > 16 {
            self.last_long.clear();
            self.last_long.extend_from_slice(b);
        }
    }
}

/// Sorts 64-bit hashes (evenly spread bits): many are first moved into buckets by their
/// top 16 bits (one counting pass, one move), then each small bucket is sorted. Measured
/// several times faster than sorting a million of them at once.
pub(crate) fn sort_hashes(v: &mut Vec<u64>) {
    const BITS: u32 = 16;
    if v.len() < 1 << BITS {
        v.sort_unstable();
        return;
    }
    let bucket = |h: u64| (h >> (64 - BITS)) as usize;
    // `start[b]`: where bucket `b` begins in the sorted order.
    let mut start = vec![0usize; (1 << BITS) + 1];
    for &h in v.iter() {
        start[bucket(h) + 1] += 1;
    }
    for b in 1..start.len() {
        start[b] += start[b - 1];
    }
    let mut next = start.clone();
    let mut out = vec![0u64; v.len()];
    for &h in v.iter() {
        let at = &mut next[bucket(h)];
        out[*at] = h;
        *at += 1;
    }
    for w in start.windows(2) {
        out[w[0]..w[1]].sort_unstable();
    }
    *v = out;
}

/// Checks `uitkering_id` for uniqueness without a hash table on the hot path: ids are
/// hashed into a vector; when they came in strictly increasing order (most exports) they
/// are unique, otherwise the hashes are sorted and neighbours compared.
#[derive(Default)]
pub(crate) struct UniqueIds {
    hashes: Vec<u64>,
    /// Whether the ids increase.
    order: Ascending,
}

impl UniqueIds {
    fn with_capacity(n: usize) -> UniqueIds {
        UniqueIds {
            hashes: Vec::with_capacity(n),
            order: Ascending::default(),
        }
    }

    #[inline]
    fn add(&mut self, id: &[u8]) {
        self.order.add(id);
        self.hashes.push(id_hash(id));
    }

    /// Whether two ids may be equal: false when they increased, or when no two hashes
    /// are equal (a file that streams in cannot be read again to compare the ids).
    pub(crate) fn may_repeat(&mut self) -> bool {
        if self.order.increasing {
            return false;
        }
        sort_hashes(&mut self.hashes);
        self.hashes.windows(2).any(|w| w[0] == w[1])
    }

    /// The first row (line, id) whose id occurred before, reading the file again only
    /// when two hashes are equal.
    fn first_duplicate(&mut self, t: &Table<'_>, col: usize) -> Option<(usize, Vec<u8>)> {
        if self.order.increasing {
            return None;
        }
        sort_hashes(&mut self.hashes);
        let suspects: HashSet<u64> = self
            .hashes
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| w[0])
            .collect();
        if suspects.is_empty() {
            return None;
        }
        let mut seen: HashMap<Vec<u8>, ()> = HashMap::new();
        t.find_row(col, |id| {
            suspects.contains(&id_hash(id)) && seen.insert(id.to_vec(), ()).is_some()
        })
    }
}

/// A boolean column: its values and whether it uses `x` ticks with empty for "nee".
#[derive(Default)]
pub(crate) struct BoolColumn {
    cache: CodeCache<BoolCell>,
    /// Values as read (empty is [`Flag::Onbekend`] until [`BoolColumn::finish`]).
    pub values: Vec<Flag>,
    /// Some cell was an `x`.
    pub tick: bool,
    /// Some cell was an explicit no.
    pub explicit_no: bool,
}

impl BoolColumn {
    fn push(&mut self, c: BoolCell) {
        self.tick |= c == BoolCell::Tick;
        self.explicit_no |= c == BoolCell::Nee;
        self.values.push(c.flag());
    }

    /// In a tick column (some `x`, never an explicit no) empty means "nee".
    pub fn finish(mut self) -> (Vec<Flag>, bool) {
        let tick_style = self.tick && !self.explicit_no;
        if tick_style {
            for v in &mut self.values {
                if *v == Flag::Onbekend {
                    *v = Flag::Nee;
                }
            }
        }
        (self.values, tick_style)
    }
}

/// A cell's text for a message (cells are UTF-8; anything else is shown replaced).
fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Empty → `Some(None)`; otherwise the parsed code, if valid.
fn optional<T>(s: &str, parse: fn(&str) -> Option<T>) -> Option<Option<T>> {
    if s.is_empty() {
        Some(None)
    } else {
        parse(s).map(Some)
    }
}

/// A birth year: exactly four digits, 1900–2100.
fn year4(b: &[u8]) -> Option<u16> {
    if b.len() != 4 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let y = b
        .iter()
        .fold(0u16, |acc, &c| acc * 10 + u16::from(c - b'0'));
    (1900..=2100).contains(&y).then_some(y)
}

fn category<T: Copy>(
    cache: &mut CodeCache<T>,
    raw: &[u8],
    parse: fn(&str) -> Option<T>,
) -> Result<T, ()> {
    cache.get(raw, |r| parse(&normalize(r)).ok_or(()))
}

fn allowed<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|&v| code(v).to_string()).collect()
}

/// The rows of an episodes table as read, before the checks and warnings that need all
/// of them ([`finish`]).
pub(crate) struct Rows {
    /// The columns; `statushouder` and `inkomsten_arbeid` are in the two columns below.
    pub ep: Episodes,
    /// `is_statushouder` as read.
    pub statushouder: BoolColumn,
    /// `inkomsten_arbeid` as read.
    pub inkomsten: BoolColumn,
    /// The ids seen, for the uniqueness check.
    pub ids: UniqueIds,
    /// Rows without a reason, with a reason but no end, an odd age, no gemeente code.
    pub tallies: [Tally; 4],
    /// Who is who: persons, roles, free-text reasons.
    pub people: People,
}

/// What the rows say about persons and dossiers, and the end reasons read from free text.
#[derive(Default)]
pub(crate) struct People {
    /// A `persoon_id` column is read: hashes of its non-empty cells, per row.
    pub persons: Option<Vec<u64>>,
    /// Rows with an empty `persoon_id`: each counts as a person.
    pub persons_empty: usize,
    /// Whether the non-empty `persoon_id`s increase (then each is another person).
    pub persons_order: Ascending,
    /// A role column (`Type`) is read: the role per row.
    pub roles: Option<Vec<Role>>,
    /// Lines of the rows, kept when rows may be grouped into dossiers (a person or role
    /// column with an id column).
    pub lines: Option<Vec<u32>>,
    /// End reasons in free text: label, category, rows.
    pub free_reasons: Vec<ExitReasonLabel>,
}

impl People {
    /// Distinct persons by `persoon_id` (an empty cell is a person of its own). Takes
    /// the hashes (sorting them).
    fn count(&mut self) -> Option<usize> {
        let mut sorted = self.persons.take()?;
        if self.persons_order.increasing {
            return Some(sorted.len() + self.persons_empty);
        }
        sort_hashes(&mut sorted);
        sorted.dedup();
        Some(sorted.len() + self.persons_empty)
    }
}

/// Reads the data rows of `t` (whose header matched [`SCHEMA`]).
///
/// A repeated id is an error, unless the file has one row per person (a `persoon_id` or
/// role column): then rows sharing the id and the period are one benefit (a dossier with
/// partners, see `docs/loading.md`), and rows with the id and another period are further
/// episodes of it.
pub(crate) fn read(
    t: &mut Table<'_>,
    options: &LoadOptions,
    report: &mut LoadReport,
) -> Result<Episodes, LoadError> {
    let mut rows = read_rows(t, options, report)?;
    t.check_bsn_values()?;
    let id_col = t.mapping.column_of[UITKERING_ID].unwrap_or(usize::MAX);
    let by_row = rows.people.lines.is_some().then(|| rows.ids.hashes.clone());
    let mut merged = false;
    if let Some((line, id)) = rows.ids.first_duplicate(t, id_col) {
        match by_row {
            Some(hashes) => {
                merge_dossiers(&mut rows, &hashes).map_err(|line| {
                    LoadError::new(LoadErrorKind::DuplicateId(text(&id)))
                        .at_line(line)
                        .in_column(t.field_header(UITKERING_ID))
                })?;
                merged = true;
            }
            None => {
                let e = LoadError::new(LoadErrorKind::DuplicateId(text(&id)))
                    .at_line(line)
                    .in_column(t.field_header(UITKERING_ID));
                return Err(e);
            }
        }
    }
    let headers = [
        t.field_header(IS_STATUSHOUDER),
        t.field_header(INKOMSTEN_ARBEID),
    ];
    let read_rows = t.data_rows();
    let ep = finish(rows, &headers, report);
    if merged {
        if report.persons.is_none() {
            // No person column: each row is a person.
            report.persons = Some(read_rows);
        }
        report.warnings.push(LoadWarning::RowsPerPerson {
            rows: read_rows,
            benefits: ep.len(),
        });
    }
    Ok(ep)
}

/// Groups the rows of one dossier and period into one benefit, in place: the
/// composition (age, sex, household, …) is the applicant's row when a role column says
/// who that is, otherwise the first row's; benefits keep the order of their first row.
/// `ids` are the id hashes per row. Two rows of one person in one group: `Err` with the
/// second one's line.
fn merge_dossiers(rows: &mut Rows, ids: &[u64]) -> Result<(), usize> {
    let ep = &rows.ep;
    let n = ep.len();
    let roles = rows.people.roles.as_deref();
    let lines = rows.people.lines.as_deref().unwrap_or(&[]);
    let mut group_of: HashMap<(u64, Date, Date), usize> = HashMap::with_capacity(n);
    // Per group: the row that speaks for it and whether that is the applicant.
    let mut keep: Vec<(usize, bool)> = Vec::with_capacity(n);
    let is_applicant = |i: usize| roles.is_some_and(|r| r[i] == Role::Applicant);
    let key = |i: usize| (ids[i], ep.start[i], ep.eind[i]);
    for i in 0..n {
        match group_of.entry(key(i)) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(keep.len());
                keep.push((i, is_applicant(i)));
            }
            std::collections::hash_map::Entry::Occupied(o) => {
                let g = &mut keep[*o.get()];
                if !g.1 && is_applicant(i) {
                    *g = (i, true);
                }
            }
        }
    }
    // One person twice in a group is a duplicate row, not a partner (only rows with a
    // person id can tell).
    if let Some(persons) = &rows.people.persons {
        if persons.len() == n {
            let mut seen: HashSet<(usize, u64)> = HashSet::with_capacity(n);
            for (i, &person) in persons.iter().enumerate() {
                if !seen.insert((group_of[&key(i)], person)) {
                    return Err(lines.get(i).map_or(0, |&l| l as usize));
                }
            }
        }
    }
    let pick: Vec<usize> = keep.iter().map(|&(i, _)| i).collect();
    rows.ep = select(&rows.ep, &pick);
    for values in [&mut rows.statushouder.values, &mut rows.inkomsten.values] {
        *values = pick.iter().map(|&i| values[i]).collect();
    }
    Ok(())
}

/// The episodes at `rows`, in that order (every column: a field added to [`Episodes`]
/// fails to compile here until it is selected too).
fn select(ep: &Episodes, rows: &[usize]) -> Episodes {
    let Episodes {
        gemeente,
        gemeente_code,
        geslacht,
        geboortejaar,
        leeftijdsklasse,
        statushouder,
        doelgroep,
        afstand,
        stadsdelen,
        stadsdeel,
        huishoudtype,
        start,
        eind,
        uitstroomreden,
        inkomsten_arbeid,
        instroomredenen,
        instroomreden_labels,
        instroomreden,
    } = ep;
    fn pick<T: Copy>(v: &[T], rows: &[usize]) -> Vec<T> {
        if v.is_empty() {
            return Vec::new();
        }
        rows.iter().map(|&i| v[i]).collect()
    }
    Episodes {
        gemeente: gemeente.clone(),
        gemeente_code: pick(gemeente_code, rows),
        geslacht: pick(geslacht, rows),
        geboortejaar: pick(geboortejaar, rows),
        leeftijdsklasse: pick(leeftijdsklasse, rows),
        statushouder: pick(statushouder, rows),
        doelgroep: pick(doelgroep, rows),
        afstand: pick(afstand, rows),
        stadsdelen: stadsdelen.clone(),
        stadsdeel: pick(stadsdeel, rows),
        huishoudtype: pick(huishoudtype, rows),
        start: pick(start, rows),
        eind: pick(eind, rows),
        uitstroomreden: pick(uitstroomreden, rows),
        inkomsten_arbeid: pick(inkomsten_arbeid, rows),
        instroomredenen: instroomredenen.clone(),
        instroomreden_labels: instroomreden_labels.clone(),
        instroomreden: pick(instroomreden, rows),
    }
}

/// The state of reading episode rows: the columns so far, the code caches and the
/// tallies. Kept between the windows of a file that streams in ([`super::stream`]).
pub(crate) struct RowReader {
    ep: Episodes,
    gemeente_interner: Interner,
    gemeente_of: Vec<u16>,
    gemeente_cache: CodeCache<u16>,
    stadsdeel_interner: Interner,
    stadsdeel_cache: CodeCache<u16>,
    geslacht: CodeCache<Geslacht>,
    afstand: CodeCache<Afstand>,
    doelgroep: CodeCache<Option<Doelgroep>>,
    huishoudtype: CodeCache<Option<Huishoudtype>>,
    klasse: CodeCache<Option<Leeftijdsklasse>>,
    /// The reason, and its index in `people.free_reasons` when read from free text.
    reden: CodeCache<Option<(Uitstroomreden, u16)>>,
    roles: CodeCache<Role>,
    /// Instroomreden keys: the interner and a cache from the key cell to its code.
    instroom_interner: Interner,
    instroom_cache: CodeCache<u16>,
    /// The column the instroomreden key is read from (the code, else the description),
    /// and the description's column (`usize::MAX`: none; the key's own column in a file
    /// without codes).
    instroom_key: usize,
    instroom_label: usize,
    people: People,
    statushouder: BoolColumn,
    inkomsten: BoolColumn,
    ids: UniqueIds,
    no_reason: Tally,
    reason_without_end: Tally,
    odd_age: Tally,
    no_gemeente: Tally,
    empty_gemeente: Option<u16>,
    col: [usize; FIELD_COUNT],
    has_gemeente: bool,
    month_first: bool,
    /// No `geboortejaar` column: the year is read from `geboortedatum`.
    year_from_date: bool,
}

impl RowReader {
    /// Ready for the rows of `t` (whose header matched [`SCHEMA`]).
    pub(crate) fn new(t: &Table<'_>, options: &LoadOptions, has_gemeente: bool) -> RowReader {
        RowReader {
            ep: Episodes::default(),
            gemeente_interner: Interner::default(),
            gemeente_of: vec![u16::MAX; 10_000],
            gemeente_cache: CodeCache::default(),
            stadsdeel_interner: Interner::default(),
            stadsdeel_cache: CodeCache::default(),
            geslacht: CodeCache::default(),
            afstand: CodeCache::default(),
            doelgroep: CodeCache::default(),
            huishoudtype: CodeCache::default(),
            klasse: CodeCache::default(),
            reden: CodeCache::default(),
            roles: CodeCache::default(),
            instroom_interner: Interner::default(),
            instroom_cache: CodeCache::default(),
            instroom_key: {
                let m = &t.mapping.column_of;
                m[INSTROOMREDEN]
                    .or(m[INSTROOMREDEN_OMSCHRIJVING])
                    .unwrap_or(usize::MAX)
            },
            instroom_label: t.mapping.column_of[INSTROOMREDEN_OMSCHRIJVING].unwrap_or(usize::MAX),
            people: {
                let has = |f: usize| t.mapping.column_of[f].is_some();
                People {
                    persons: has(PERSOON_ID).then(Vec::new),
                    roles: has(ROL).then(Vec::new),
                    lines: (has(UITKERING_ID) && (has(PERSOON_ID) || has(ROL))).then(Vec::new),
                    ..People::default()
                }
            },
            statushouder: BoolColumn::default(),
            inkomsten: BoolColumn::default(),
            // A row of a real file is rarely under 40 bytes: size the id hashes once.
            ids: UniqueIds::with_capacity(t.body_len() / 40),
            no_reason: Tally::default(),
            reason_without_end: Tally::default(),
            odd_age: Tally::default(),
            no_gemeente: Tally::default(),
            empty_gemeente: None,
            // Column of each field, resolved once (`usize::MAX` when absent: reads as empty).
            col: std::array::from_fn(|f| t.mapping.column_of[f].unwrap_or(usize::MAX)),
            has_gemeente,
            month_first: options.month_first,
            year_from_date: t.mapping.column_of[GEBOORTEJAAR].is_none()
                && t.mapping.column_of[GEBOORTEDATUM].is_some(),
        }
    }

    /// Room for `n` more rows in every column.
    pub(crate) fn reserve(&mut self, n: usize) {
        self.ep.reserve(n);
        if self.instroom_key != usize::MAX {
            self.ep.instroomreden.reserve(n);
        }
        self.statushouder.values.reserve(n);
        self.inkomsten.values.reserve(n);
        self.ids.hashes.reserve(n);
    }

    /// The rows read.
    pub(crate) fn into_rows(self) -> Rows {
        Rows {
            ep: self.ep,
            statushouder: self.statushouder,
            inkomsten: self.inkomsten,
            ids: self.ids,
            tallies: [
                self.no_reason,
                self.reason_without_end,
                self.odd_age,
                self.no_gemeente,
            ],
            people: self.people,
        }
    }

    /// Reads the current data row of `t`.
    #[inline]
    fn row(&mut self, t: &Table<'_>) -> Result<(), LoadError> {
        let RowReader {
            ep,
            gemeente_interner,
            gemeente_of,
            gemeente_cache,
            stadsdeel_interner,
            stadsdeel_cache,
            geslacht,
            afstand,
            doelgroep,
            huishoudtype,
            klasse,
            reden,
            roles,
            instroom_interner,
            instroom_cache,
            instroom_key,
            instroom_label,
            people,
            statushouder,
            inkomsten,
            ids,
            no_reason,
            reason_without_end,
            odd_age,
            no_gemeente,
            empty_gemeente,
            col,
            has_gemeente,
            month_first,
            year_from_date,
        } = self;
        let bad_code = |t: &Table<'_>, f: usize, raw: &[u8], allowed: Vec<String>| {
            t.error_at(
                f,
                LoadErrorKind::BadCode {
                    value: text(raw),
                    allowed,
                },
            )
        };
        let line = t.line();
        if ep.len() == SIZE_AFTER_ROWS {
            if let Some(n) = t.rows_left_estimate() {
                ep.reserve(n);
                statushouder.values.reserve(n);
                inkomsten.values.reserve(n);
                if *instroom_key != usize::MAX {
                    ep.instroomreden.reserve(n);
                }
            }
        }

        // uitkering_id: filled and unique (or one dossier's rows, see `read`); without
        // the column every row is a benefit of its own.
        if col[UITKERING_ID] != usize::MAX {
            let id = t.bytes(col[UITKERING_ID]);
            if id.is_empty() {
                return Err(t.error_at(UITKERING_ID, LoadErrorKind::EmptyValue));
            }
            ids.add(id);
        }
        if let Some(p) = &mut people.persons {
            let person = t.bytes(col[PERSOON_ID]);
            if person.is_empty() {
                people.persons_empty += 1;
            } else {
                people.persons_order.add(person);
                p.push(id_hash(person));
            }
        }
        if let Some(r) = &mut people.roles {
            let raw = t.bytes(col[ROL]);
            r.push(
                roles
                    .get(raw, |s| Ok::<_, ()>(vocab::role(&normalize(s))))
                    .unwrap_or_default(),
            );
        }
        if let Some(l) = &mut people.lines {
            l.push(u32::try_from(line).unwrap_or(u32::MAX));
        }

        // Dates.
        let start_raw = t.bytes(col[STARTDATUM]);
        if start_raw.is_empty() {
            return Err(t.error_at(STARTDATUM, LoadErrorKind::EmptyValue));
        }
        let start = cells::parse_date_bytes(start_raw, *month_first)
            .ok_or_else(|| t.error_at(STARTDATUM, LoadErrorKind::BadDate(text(start_raw))))?;
        let end_raw = t.bytes(col[EINDDATUM]);
        let end = if end_raw.is_empty() {
            Date::OPEN
        } else {
            cells::parse_date_bytes(end_raw, *month_first)
                .ok_or_else(|| t.error_at(EINDDATUM, LoadErrorKind::BadDate(text(end_raw))))?
                .first
        };
        if end < start.first {
            let kind = LoadErrorKind::EndBeforeStart {
                start: text(start_raw),
                end: text(end_raw),
            };
            return Err(t.error_at(EINDDATUM, kind));
        }

        // uitstroomreden, set exactly when einddatum is.
        // A reason in the file's own words is classified (`overig` when nothing fits)
        // and its label listed in a warning.
        let raw = t.bytes(col[UITSTROOMREDEN]);
        let free = &mut people.free_reasons;
        let read = reden
            .get(raw, |r| {
                let s = normalize(r);
                if s.is_empty() {
                    return Ok::<_, ()>(None);
                }
                if let Some(u) = Uitstroomreden::parse_normalized(&s) {
                    return Ok(Some((u, u16::MAX)));
                }
                free.push(ExitReasonLabel {
                    label: r.trim().to_string(),
                    reason: vocab::uitstroomreden(&s),
                    rows: 0,
                });
                Ok(Some((free[free.len() - 1].reason, (free.len() - 1) as u16)))
            })
            .unwrap_or(None);
        if let Some((_, i)) = read {
            if let Some(l) = free.get_mut(usize::from(i)) {
                l.rows += 1;
            }
        }
        let mut r = read.map(|(u, _)| u);
        match (end.is_open(), r) {
            (false, None) => {
                no_reason.add(line);
                r = Some(Uitstroomreden::Onbekend);
            }
            (true, Some(_)) => {
                reason_without_end.add(line);
                r = None;
            }
            _ => {}
        }

        // gemeente_code: 153, 0153 and GM0153 are one code.
        let raw = t.bytes(col[GEMEENTE_CODE]);
        let g = if raw.is_empty() {
            if *has_gemeente {
                no_gemeente.add(line);
            }
            match *empty_gemeente {
                Some(c) => c,
                None => *empty_gemeente.insert(gemeente_interner.intern(&mut ep.gemeente, "")?),
            }
        } else {
            let n = gemeente_cache
                .get(raw, |s| cells::parse_gemeente_code(s).ok_or(()))
                .map_err(|()| {
                    let allowed = vec!["GM0153".into(), "0153".into(), "153".into()];
                    bad_code(t, GEMEENTE_CODE, raw, allowed)
                })?;
            let slot = &mut gemeente_of[n as usize];
            if *slot == u16::MAX {
                *slot = gemeente_interner.intern(&mut ep.gemeente, &cells::gemeente_label(n))?;
            }
            *slot
        };

        // Categories.
        let raw = t.bytes(col[GESLACHT]);
        let gs = category(geslacht, raw, Geslacht::parse_normalized).map_err(|()| {
            let allowed = ["M", "V", "X", "O", "man", "vrouw"]
                .map(String::from)
                .to_vec();
            bad_code(t, GESLACHT, raw, allowed)
        })?;
        let raw = t.bytes(col[AFSTAND]);
        let af = category(afstand, raw, Afstand::parse_normalized)
            .map_err(|()| bad_code(t, AFSTAND, raw, allowed(Afstand::ALL, Afstand::code)))?;
        let raw = t.bytes(col[DOELGROEP]);
        let dg = category(doelgroep, raw, |s| optional(s, Doelgroep::parse_normalized))
            .map_err(|()| bad_code(t, DOELGROEP, raw, allowed(Doelgroep::ALL, Doelgroep::code)))?;
        let raw = t.bytes(col[HUISHOUDTYPE]);
        let ht = category(huishoudtype, raw, vocab::huishoudtype).map_err(|()| {
            bad_code(
                t,
                HUISHOUDTYPE,
                raw,
                allowed(Huishoudtype::ALL, Huishoudtype::code),
            )
        })?;
        let raw = t.bytes(col[LEEFTIJDSKLASSE]);
        let lk = category(klasse, raw, |s| {
            optional(s, Leeftijdsklasse::parse_normalized)
        })
        .map_err(|()| {
            bad_code(
                t,
                LEEFTIJDSKLASSE,
                raw,
                allowed(Leeftijdsklasse::ALL, Leeftijdsklasse::code),
            )
        })?;

        // stadsdeel: free labels per municipality.
        let raw = t.bytes(col[STADSDEEL]);
        let sd = stadsdeel_cache.get(raw, |r| {
            let code = stadsdeel_code(&normalize(r)).to_string();
            if ep.stadsdelen.labels.len() >= MAX_STADSDELEN
                && ep.stadsdelen.code_of(&code).is_none()
            {
                let kind = LoadErrorKind::TooManyStadsdelen {
                    limit: MAX_STADSDELEN,
                };
                return Err(t.error_at(STADSDEEL, kind));
            }
            stadsdeel_interner.intern(&mut ep.stadsdelen, &code)
        })?;

        // Booleans.
        for (field, bools) in [
            (IS_STATUSHOUDER, &mut *statushouder),
            (INKOMSTEN_ARBEID, &mut *inkomsten),
        ] {
            let raw = t.bytes(col[field]);
            let b = bools
                .cache
                .get(raw, |r| cells::parse_bool(r).ok_or(()))
                .map_err(|()| {
                    let allowed = ["ja", "nee", "j", "n", "waar", "onwaar", "1", "0", "x"]
                        .map(String::from)
                        .to_vec();
                    bad_code(t, field, raw, allowed)
                })?;
            bools.push(b);
        }

        // geboortejaar, or the year of a full date of birth (the date is not kept).
        let raw = t.bytes(
            col[if *year_from_date {
                GEBOORTEDATUM
            } else {
                GEBOORTEJAAR
            }],
        );
        let gj = if raw.is_empty() {
            0
        } else {
            let y = if *year_from_date {
                cells::parse_date_bytes(raw, *month_first)
                    .and_then(|d| u16::try_from(d.first.year()).ok())
                    .filter(|y| (1900..=2100).contains(y))
                    .ok_or_else(|| t.error_at(GEBOORTEDATUM, LoadErrorKind::BadDate(text(raw))))?
            } else {
                year4(raw).ok_or_else(|| {
                    t.error_at(GEBOORTEJAAR, LoadErrorKind::BadBirthYear(text(raw)))
                })?
            };
            let age = start.year - y as i32;
            if age < 0 {
                // Born after the benefit started: no typing slip a warning could cover.
                return Err(t.error_at(
                    GEBOORTEJAAR,
                    LoadErrorKind::BirthAfterStart {
                        year: text(raw),
                        start: text(start_raw),
                    },
                ));
            }
            // With a birth year only the age is exact to one year (§2.4): allow 18 … AOW + 1.
            if !(18..=AOW_LEEFTIJD + 1).contains(&age) {
                odd_age.add(line);
            }
            y
        };

        // instroomreden: the key as written (digits without leading zeros), and the
        // description of a code the first time it is seen.
        if *instroom_key != usize::MAX {
            let raw = t.bytes(*instroom_key);
            let code = instroom_cache.get(raw, |r| {
                instroom_interner.intern(&mut ep.instroomredenen, &crate::text::code_key(r))
            })?;
            let labels = &mut ep.instroomreden_labels;
            if labels.len() <= code as usize {
                labels.resize(code as usize + 1, String::new());
            }
            if *instroom_label != usize::MAX && labels[code as usize].is_empty() {
                labels[code as usize] = if instroom_label == instroom_key {
                    ep.instroomredenen.label(code).to_string()
                } else {
                    text(t.bytes(*instroom_label)).trim().to_string()
                };
            }
            ep.instroomreden.push(code);
        }

        ep.uitstroomreden.push(r);
        ep.gemeente_code.push(g);
        ep.geslacht.push(gs);
        ep.geboortejaar.push(gj);
        ep.leeftijdsklasse.push(lk);
        ep.doelgroep.push(dg);
        ep.afstand.push(af);
        ep.stadsdeel.push(sd);
        ep.huishoudtype.push(ht);
        ep.start.push(start.first);
        ep.eind.push(end);
        Ok(())
    }
}

/// Reads the data rows of `t` into [`Rows`], with the warnings about the columns.
pub(crate) fn read_rows(
    t: &mut Table<'_>,
    options: &LoadOptions,
    report: &mut LoadReport,
) -> Result<Rows, LoadError> {
    let mut rows = start_rows(t, options, report)?;
    read_window(t, &mut rows, report)?;
    Ok(rows.into_rows())
}

/// [`read_rows`] up to the rows: the required columns checked, the warnings about the
/// columns given, and a [`RowReader`] ready.
pub(crate) fn start_rows(
    t: &Table<'_>,
    options: &LoadOptions,
    report: &mut LoadReport,
) -> Result<RowReader, LoadError> {
    t.require_columns()?;
    let has = |f: usize| t.mapping.column_of[f].is_some();
    if !has(UITKERING_ID) {
        report.warnings.push(LoadWarning::NoBenefitId);
    }
    let has_gemeente = has(GEMEENTE_CODE);
    if !has_gemeente {
        report.warnings.push(LoadWarning::NoGemeenteColumn);
    }
    if !has(GEBOORTEJAAR) && has(GEBOORTEDATUM) {
        report
            .warnings
            .push(LoadWarning::BirthDateReduced(t.field_header(GEBOORTEDATUM)));
    }
    if !has(GEBOORTEJAAR) && !has(GEBOORTEDATUM) && !has(LEEFTIJDSKLASSE) {
        report.warnings.push(LoadWarning::NoAgeColumn);
    }

    Ok(RowReader::new(t, options, has_gemeente))
}

/// Reads the rows of `t` (or of one window of a file that streams in) into `rows`; a
/// `Totaal` row goes into the report.
pub(crate) fn read_window(
    t: &mut Table<'_>,
    rows: &mut RowReader,
    report: &mut LoadReport,
) -> Result<(), LoadError> {
    while let Some(kind) = t.next_row()? {
        if kind == RowKind::Total {
            let (check, warnings) = t.total_row().check(report.decimal, |_| None);
            report.warnings.extend(warnings);
            report.total = Some(check);
            continue;
        }
        rows.row(t)?;
    }
    Ok(())
}

/// The boolean columns finished and the warnings that need every row; `headers` are the
/// headers of `is_statushouder` and `inkomsten_arbeid` as written. Sets the report's
/// person count when the file has a `persoon_id` column.
pub(crate) fn finish(rows: Rows, headers: &[String; 2], report: &mut LoadReport) -> Episodes {
    let Rows {
        mut ep,
        statushouder,
        inkomsten,
        tallies,
        mut people,
        ..
    } = rows;
    report.persons = people.count();
    if !people.free_reasons.is_empty() {
        report
            .warnings
            .push(LoadWarning::ExitReasonsMapped(people.free_reasons));
    }
    let [no_reason, reason_without_end, odd_age, no_gemeente] = tallies;
    let (statushouder, tick_s) = statushouder.finish();
    let (inkomsten, tick_i) = inkomsten.finish();
    ep.statushouder = statushouder;
    ep.inkomsten_arbeid = inkomsten;
    for (tick, header) in [(tick_s, &headers[0]), (tick_i, &headers[1])] {
        if tick {
            report
                .warnings
                .push(LoadWarning::CrossForYes(header.clone()));
        }
    }
    let tallies = [
        (no_reason, LoadWarning::NoExitReason as fn(_) -> _),
        (reason_without_end, LoadWarning::ReasonWithoutEnd),
        (odd_age, LoadWarning::AgeOutOfRange),
        (no_gemeente, LoadWarning::NoGemeenteCode),
    ];
    for (tally, warning) in tallies {
        if tally.n > 0 {
            report.warnings.push(warning(super::Tally {
                count: tally.n,
                first_line: tally.first,
            }));
        }
    }
    if ep.is_empty() {
        report.warnings.push(LoadWarning::NoBenefits);
    }
    ep
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The packed order check says what comparing the bytes says, for strings of
        /// every length around 8 and 16 bytes, with zero bytes and shared prefixes.
        #[test]
        fn ascending_agrees_with_comparing_bytes(
            strings in proptest::collection::vec(
                proptest::collection::vec(prop_oneof![Just(0u8), Just(b'1'), any::<u8>()], 1..24),
                1..12,
            ),
            sorted in any::<bool>(),
        ) {
            let mut strings = strings;
            if sorted {
                strings.sort();
                strings.dedup();
            }
            let mut a = Ascending::default();
            for s in &strings {
                a.add(s);
            }
            let want = strings.windows(2).all(|w| w[1] > w[0]);
            prop_assert_eq!(a.increasing, want);
        }

        /// Sorting hashes by buckets gives the sorted hashes (few and many, spread or not).
        #[test]
        fn sorting_hashes_sorts(
            seed in any::<u64>(),
            n in prop_oneof![0usize..100, 65_536usize..70_000],
            narrow in any::<bool>(),
        ) {
            let mut x = seed | 1;
            let mut v: Vec<u64> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    if narrow { x % 1000 } else { x }
                })
                .collect();
            let mut want = v.clone();
            want.sort_unstable();
            sort_hashes(&mut v);
            prop_assert_eq!(v, want);
        }
    }

    #[test]
    fn ascending_knows_prefixes_and_long_strings() {
        let check = |list: &[&[u8]]| {
            let mut a = Ascending::default();
            list.iter().for_each(|s| a.add(s));
            a.increasing
        };
        assert!(check(&[b"U1", b"U10", b"U2"]));
        assert!(!check(&[b"U1", b"U1"]));
        assert!(!check(&[b"U10", b"U1"]));
        assert!(check(&[b"a", b"a\0"]));
        assert!(!check(&[b"a\0", b"a"]));
        let long = b"0123456789abcdefX";
        assert!(check(&[b"0123456789abcdef", long]));
        assert!(!check(&[long, b"0123456789abcdef"]));
        assert!(check(&[long, b"0123456789abcdefY"]));
        assert!(!check(&[b"0123456789abcdefY", long]));
        assert!(!check(&[long, long]));
    }
}
