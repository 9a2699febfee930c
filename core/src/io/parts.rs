//! Reading one large CSV file of episodes in two parts at once (two Web Workers on two
//! cores), with the same result as reading it in one go.
//!
//! 1. [`plan_split`] finds the header row on the first MiB and cuts the file at the first
//!    line break after its middle: the *first part* is everything before the cut, the
//!    *other part* is the head (everything up to and including the header row) followed
//!    by the rows after the cut.
//! 2. [`read_first`] and [`read_other`] read the two parts like [`super::load`] reads a
//!    file (the same decoding, dialect, header and row code), but stop before the checks
//!    that need every row.
//! 3. [`join`] adds the other part to the first (dictionaries, counts, first lines of
//!    warnings shifted to the file's own line numbers) and finishes like a whole read.
//!
//! A part is only joined when that gives exactly what one read gives; otherwise [`join`]
//! says no and the caller reads the file in one go, which also reports any error at the
//! right line. It says no for: a quote character anywhere (a quoted field could hold the
//! line break at the cut), an error in either part, a `Totaal` row, ids that do not
//! strictly increase across the parts (the duplicate search rereads the file), too many
//! `stadsdeel` values, or parts that disagree on encoding or header.

use serde::{Deserialize, Serialize};

use super::decode::{self, Decoded};
use super::dialect;
use super::episodes::{self, BoolColumn, Rows, Tally};
use super::table::{Table, TableCounts};
use super::{
    csv_report, DetectedEncoding, FileKind, Format, LoadError, LoadOptions, LoadReport, SCHEMAS,
};
use crate::model::{Data, Dataset, Dict, Episodes, Flag};

/// Files smaller than this are read in one go (two workers do not pay off).
pub const MIN_SPLIT_BYTES: usize = 4 * 1024 * 1024;

/// Bytes searched for the header row (and the dialect) when planning.
const HEAD_SEARCH: usize = 1024 * 1024;

/// Most distinct `stadsdeel` values ([`episodes`] refuses more).
const MAX_STADSDELEN: usize = 200;

/// Where to cut a file: see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitPlan {
    /// End of the head: just after the line break of the header row.
    pub head_end: usize,
    /// Start of the other part's rows: just after the first line break after the middle.
    pub split: usize,
    /// The separator found on the head (forced when reading the other part).
    pub separator: char,
}

/// Where a file can be cut for reading in two parts, or `None` when it is better read in
/// one go: small, not CSV, not UTF-8, not episodes, or no header in the first MiB.
pub fn plan_split(bytes: &[u8], name: &str, options: &LoadOptions) -> Option<SplitPlan> {
    if bytes.len() < MIN_SPLIT_BYTES {
        return None;
    }
    let mid = bytes.len() / 2;
    plan_split_from(
        &bytes[..HEAD_BYTES.min(bytes.len())],
        &bytes[mid..],
        bytes.len(),
        name,
        options,
    )
}

/// Bytes of the file's start that [`plan_split_from`] needs (at most).
pub const HEAD_BYTES: usize = HEAD_SEARCH;

/// Bytes from the middle on that [`plan_split_from`] needs (at most): the cut is the
/// first line break in them.
pub const NEAR_MIDDLE_BYTES: usize = 64 * 1024;

/// [`plan_split`] from parts of the file only (a worker reads no more before it starts
/// its helper): `head` is its first [`HEAD_BYTES`] (or all of it), `near_middle` the bytes
/// from `len / 2` on, `len` its size. Any size is accepted here.
pub fn plan_split_from(
    head: &[u8],
    near_middle: &[u8],
    len: usize,
    name: &str,
    options: &LoadOptions,
) -> Option<SplitPlan> {
    let mid = len / 2;
    let window = &near_middle[..NEAR_MIDDLE_BYTES.min(near_middle.len())];
    let split = mid + window.iter().position(|&b| b == b'\n')? + 1;
    let plan = plan_head(head, name, options)?;
    (split > plan.head_end && split < len).then_some(SplitPlan { split, ..plan })
}

/// The head end and separator (the split left 0).
fn plan_head(head: &[u8], name: &str, options: &LoadOptions) -> Option<SplitPlan> {
    if Format::sniff(head, name) != Format::Csv {
        return None;
    }
    if !matches!(
        options.encoding,
        None | Some(DetectedEncoding::Utf8 | DetectedEncoding::Utf8Bom)
    ) {
        return None;
    }
    let search = &head[..HEAD_SEARCH.min(head.len())];
    let prefix = &search[..search.iter().rposition(|&b| b == b'\n')? + 1];
    let Decoded { text, encoding } = decode::decode(prefix, options.encoding).ok()?;
    if !matches!(encoding, DetectedEncoding::Utf8 | DetectedEncoding::Utf8Bom) {
        return None;
    }
    let dialect = dialect::detect(&text, options.separator);
    let table = Table::open(&text, &dialect, &SCHEMAS, options).ok()?;
    if table.kind() != FileKind::Episodes {
        return None;
    }
    // The head: the header row's line and all lines above it, each ended by a line feed
    // (a lone CR would be a line break the count below does not see).
    let head_end = prefix
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .nth(table.header_line.checked_sub(1)?)?
        .0
        + 1;
    let head = &prefix[..head_end];
    if head
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'\r' && head.get(i + 1) != Some(&b'\n'))
    {
        return None;
    }
    Some(SplitPlan {
        head_end,
        split: 0,
        separator: dialect.separator as char,
    })
}

/// [`plan_split`] for any size, cutting after the first line break at or after `mid`.
#[cfg(test)]
fn plan_split_near(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
    mid: usize,
) -> Option<SplitPlan> {
    let split = mid + bytes.get(mid..)?.iter().position(|&b| b == b'\n')? + 1;
    let plan = plan_head(&bytes[..HEAD_BYTES.min(bytes.len())], name, options)?;
    (split > plan.head_end && split < bytes.len()).then_some(SplitPlan { split, ..plan })
}

/// The bytes of the other part: the head followed by the rows after the cut.
pub fn other_part_bytes(bytes: &[u8], plan: &SplitPlan) -> Vec<u8> {
    let mut out = Vec::with_capacity(plan.head_end + bytes.len() - plan.split);
    out.extend_from_slice(&bytes[..plan.head_end]);
    out.extend_from_slice(&bytes[plan.split..]);
    out
}

/// Whether `bytes` holds a `"`, and how many line feeds: one pass, eight bytes at a time.
fn scan(bytes: &[u8]) -> (bool, usize) {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    /// 0x80 in every byte of `w` that equals `b`, exactly (no borrow between bytes).
    #[inline]
    fn eq(w: u64, b: u8) -> u64 {
        let x = w ^ (LO * u64::from(b));
        !(((x & HI7) + HI7) | x | HI7)
    }
    let mut quote = 0u64;
    let mut lines = 0usize;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        quote |= eq(w, b'"');
        lines += eq(w, b'\n').count_ones() as usize;
    }
    let rest = chunks.remainder();
    (
        quote != 0 || rest.contains(&b'"'),
        lines + rest.iter().filter(|&&b| b == b'\n').count(),
    )
}

/// The first part of a file as read: its open table and rows.
pub struct FirstPart<'t> {
    table: Table<'t>,
    rows: Rows,
    report: LoadReport,
    quote_free: bool,
    lines: usize,
}

/// What the other part sends back besides its columns (JSON on the wire).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PartSummary {
    counts: TableCounts,
    header: Vec<String>,
    header_line: usize,
    encoding: String,
    quote_free: bool,
    tallies: [(usize, usize); 4],
    ticks: [(bool, bool); 2],
    ids_increasing: bool,
    first_id: Vec<u8>,
    last_id: Vec<u8>,
}

/// The other part as read: its columns (the two flag columns as read, before ticks are
/// resolved) and its summary.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherPart {
    /// The rows, with this part's own dictionaries.
    pub episodes: Episodes,
    /// Everything else [`join`] needs.
    pub summary: PartSummary,
}

/// Opens the table of a part and reads its rows.
fn read_part<'t>(
    text: &'t str,
    encoding: DetectedEncoding,
    options: &LoadOptions,
    progress: &'t mut dyn FnMut(f32),
) -> Result<(Table<'t>, Rows, LoadReport), LoadError> {
    let dialect = dialect::detect(text, options.separator);
    let mut report = csv_report(encoding, &dialect, options);
    let mut table = Table::open(text, &dialect, &SCHEMAS, options)?;
    if table.kind() != FileKind::Episodes {
        return Err(LoadError::new(super::LoadErrorKind::Other(
            "geen uitkeringen".into(),
        )));
    }
    table.on_progress(progress);
    report.kind = table.kind();
    report.header_line = table.header_line;
    report.columns = table.mapping.columns.clone();
    report.mappable_fields = super::mappable_fields(table.kind());
    let rows = episodes::read_rows(&mut table, options, &mut report)?;
    Ok((table, rows, report))
}

/// Decodes a part; only UTF-8 text borrowed from `bytes` qualifies.
fn text_of<'b>(bytes: &'b [u8], options: &LoadOptions) -> Option<(&'b str, DetectedEncoding)> {
    match decode::decode(bytes, options.encoding).ok()? {
        Decoded {
            text: std::borrow::Cow::Borrowed(text),
            encoding: e @ (DetectedEncoding::Utf8 | DetectedEncoding::Utf8Bom),
        } => Some((text, e)),
        _ => None,
    }
}

/// Reads the first part (`bytes` is the file up to [`SplitPlan::split`]); `None` when it
/// cannot be joined (read the whole file instead: that reports any error properly).
pub fn read_first<'t>(
    bytes: &'t [u8],
    options: &LoadOptions,
    progress: &'t mut dyn FnMut(f32),
) -> Option<FirstPart<'t>> {
    let (text, encoding) = text_of(bytes, options)?;
    let (table, rows, report) = read_part(text, encoding, options, progress).ok()?;
    let (quote, lines) = scan(bytes);
    Some(FirstPart {
        table,
        rows,
        report,
        quote_free: !quote,
        lines,
    })
}

fn encoding_name(e: DetectedEncoding) -> String {
    format!("{e:?}")
}

/// Reads the other part (the bytes of [`other_part_bytes`]) with the separator of the
/// plan; `None` when it cannot be joined.
pub fn read_other(bytes: &[u8], separator: char, options: &LoadOptions) -> Option<OtherPart> {
    let options = LoadOptions {
        separator: Some(separator),
        ..options.clone()
    };
    let (text, encoding) = text_of(bytes, &options)?;
    let mut progress = |_| {};
    let (table, rows, _) = read_part(text, encoding, &options, &mut progress).ok()?;
    let (quote, _) = scan(bytes);
    let Rows {
        mut ep,
        statushouder,
        inkomsten,
        ids,
        tallies,
    } = rows;
    let summary = PartSummary {
        counts: table.counts(),
        header: table.header.clone(),
        header_line: table.header_line,
        encoding: encoding_name(encoding),
        quote_free: !quote,
        tallies: tallies.map(|t| (t.n, t.first)),
        ticks: [
            (statushouder.tick, statushouder.explicit_no),
            (inkomsten.tick, inkomsten.explicit_no),
        ],
        ids_increasing: ids.increasing,
        first_id: ids.first,
        last_id: ids.previous,
    };
    ep.statushouder = statushouder.values;
    ep.inkomsten_arbeid = inkomsten.values;
    Some(OtherPart {
        episodes: ep,
        summary,
    })
}

impl PartSummary {
    /// As JSON (for the wire).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// From [`PartSummary::to_json`].
    pub fn from_json(s: &str) -> Option<PartSummary> {
        serde_json::from_str(s).ok()
    }
}

/// Codes of `labels` in `into`, adding the new ones in order.
fn remap(into: &mut Dict, labels: &[String]) -> Vec<u16> {
    labels.iter().map(|l| into.intern(l)).collect()
}

/// Joins the other part to the first and finishes the read; `None` when that would not
/// give exactly what reading the whole file gives (see the module docs).
pub fn join(
    first: FirstPart<'_>,
    other: OtherPart,
    name: &str,
) -> Option<Result<Dataset, LoadError>> {
    let FirstPart {
        mut table,
        rows,
        mut report,
        quote_free,
        lines,
    } = first;
    let s = &other.summary;
    let first_counts = table.counts();
    let b = &other.episodes;
    let ids_increasing = rows.ids.increasing
        && s.ids_increasing
        && (first_counts.data_rows == 0
            || s.counts.data_rows == 0
            || s.first_id > rows.ids.previous);
    let joinable = quote_free
        && s.quote_free
        && !first_counts.total
        && !s.counts.total
        && s.header == table.header
        && s.header_line == table.header_line
        && s.encoding == encoding_name(report.encoding)
        && ids_increasing
        && b.len() == s.counts.data_rows;
    if !joinable {
        return None;
    }
    let Rows {
        mut ep,
        mut statushouder,
        mut inkomsten,
        ids: _,
        tallies,
    } = rows;

    // Dictionaries: the other part's labels after the first part's, in order of first use.
    let gemeente = remap(&mut ep.gemeente, &b.gemeente.labels);
    let stadsdeel = remap(&mut ep.stadsdelen, &b.stadsdelen.labels);
    if ep.stadsdelen.labels.len() > MAX_STADSDELEN {
        return None;
    }
    let code = |map: &[u16], c: u16| map.get(c as usize).copied();
    let g: Option<Vec<u16>> = b
        .gemeente_code
        .iter()
        .map(|&c| code(&gemeente, c))
        .collect();
    let sd: Option<Vec<u16>> = b.stadsdeel.iter().map(|&c| code(&stadsdeel, c)).collect();
    ep.gemeente_code.extend(g?);
    ep.stadsdeel.extend(sd?);
    ep.geslacht.extend_from_slice(&b.geslacht);
    ep.geboortejaar.extend_from_slice(&b.geboortejaar);
    ep.leeftijdsklasse.extend_from_slice(&b.leeftijdsklasse);
    ep.doelgroep.extend_from_slice(&b.doelgroep);
    ep.afstand.extend_from_slice(&b.afstand);
    ep.huishoudtype.extend_from_slice(&b.huishoudtype);
    ep.start.extend_from_slice(&b.start);
    ep.eind.extend_from_slice(&b.eind);
    ep.uitstroomreden.extend_from_slice(&b.uitstroomreden);
    let add_flags = |col: &mut BoolColumn, values: &[Flag], (tick, no): (bool, bool)| {
        col.values.extend_from_slice(values);
        col.tick |= tick;
        col.explicit_no |= no;
    };
    add_flags(&mut statushouder, &b.statushouder, s.ticks[0]);
    add_flags(&mut inkomsten, &b.inkomsten_arbeid, s.ticks[1]);

    // Warnings' first lines: the other part's lines counted from its head.
    let shift = lines.checked_sub(s.header_line)?;
    let tallies: [Tally; 4] = std::array::from_fn(|i| {
        let (n, first) = s.tallies[i];
        let mine = tallies[i];
        Tally {
            n: mine.n + n,
            first: if mine.n > 0 {
                mine.first
            } else {
                first + shift
            },
        }
    });

    table.absorb(&s.counts);
    let finished = (|| {
        table.check_bsn_values()?;
        let headers = [
            table.field_header(episodes::IS_STATUSHOUDER),
            table.field_header(episodes::INKOMSTEN_ARBEID),
        ];
        let ep = episodes::finish(ep, statushouder, inkomsten, tallies, &headers, &mut report);
        report.rows = table.data_rows();
        let mut warnings = table.warnings();
        warnings.append(&mut report.warnings);
        report.warnings = warnings;
        Ok(Dataset {
            data: Data::Episodes(ep),
            name: name.to_string(),
            synthetic: false,
            report,
            contracts: None,
        })
    })();
    Some(finished)
}

/// Reads `bytes` in two parts one after the other, as two workers would (for tests and
/// for timing natively); `None` when the file is read in one go.
pub fn load_in_parts(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
) -> Option<Result<Dataset, LoadError>> {
    load_in_parts_near(bytes, name, options, plan_split(bytes, name, options)?)
}

fn load_in_parts_near(
    bytes: &[u8],
    name: &str,
    options: &LoadOptions,
    plan: SplitPlan,
) -> Option<Result<Dataset, LoadError>> {
    let other_bytes = other_part_bytes(bytes, &plan);
    let other = read_other(&other_bytes, plan.separator, options)?;
    let other = OtherPart {
        episodes: other.episodes.clone(),
        summary: PartSummary::from_json(&other.summary.to_json())?,
    };
    let mut progress = |_| {};
    let first = read_first(&bytes[..plan.split], options, &mut progress)?;
    join(first, other, name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::load;

    /// Every cut of `csv` that can be joined gives exactly the one-go result; returns how
    /// many cuts were joined.
    fn joins_like_one_read(csv: &str, options: &LoadOptions) -> usize {
        let bytes = csv.as_bytes();
        let whole = load(bytes, "f.csv", options);
        let mut joined = 0;
        // Every line break is a cut (the plan cuts after the first one at or after `mid`).
        for mid in (0..bytes.len()).filter(|&i| bytes[i] == b'\n') {
            let Some(plan) = plan_split_near(bytes, "f.csv", options, mid) else {
                continue;
            };
            assert_eq!(plan.split, mid + 1);
            if let Some(parts) = load_in_parts_near(bytes, "f.csv", options, plan) {
                assert_eq!(parts, whole, "cut at byte {}", plan.split);
                joined += 1;
            }
        }
        joined
    }

    const HEADER: &str = "uitkering_id;persoon_id;gemeente_code;geslacht;geboortejaar;is_statushouder;afstand_arbeidsmarkt;stadsdeel;startdatum;einddatum;uitstroomreden;inkomsten_arbeid;loonwaarde_pct";

    fn rows(n: usize, f: impl Fn(usize) -> String) -> String {
        (1..=n).map(|i| f(i) + "\r\n").collect()
    }

    #[test]
    fn joined_parts_equal_one_read() {
        // Warnings whose first line falls in either part, dictionaries that grow in the
        // second part, blank rows around the cut, a title row and a sep= line.
        let body = rows(40, |i| {
            let sd = ["Centrum", "Noord", "Oost", "Glanerbrug", "", "Zuid"]
                [i % 6 / (1 + usize::from(i < 20))];
            let gm = if i % 7 == 0 {
                ""
            } else if i > 30 {
                "GM0363"
            } else {
                "GM0153"
            };
            let eind = if i % 5 == 0 { "01-06-2024" } else { "" };
            let reden = if i % 10 == 0 {
                "werk"
            } else if i % 13 == 0 {
                "studie"
            } else {
                ""
            };
            let jaar = if i % 9 == 0 { "1930" } else { "1980" };
            let blank = if i % 11 == 0 { "\r\n;;;\r\n" } else { "" };
            format!("{blank}U{i:04};P{i};{gm};{};{jaar};nee;kort;{sd};01-01-2020;{eind};{reden};ja;45,5", ["V", "M", "X"][i % 3])
        });
        let csv = format!("\u{feff}sep=;\r\nBijstand per 1 januari\r\n{HEADER}\r\n{body}");
        let joined = joins_like_one_read(&csv, &LoadOptions::default());
        assert!(joined >= 40, "most cuts join: {joined}");
        let ds = load(csv.as_bytes(), "f.csv", &LoadOptions::default()).unwrap();
        assert!(ds.report.warnings.len() >= 4, "{:?}", ds.report.warnings);
    }

    #[test]
    fn ticks_in_one_part_and_no_in_the_other_resolve_like_one_read() {
        let body = rows(30, |i| {
            let s = if i < 10 {
                "x"
            } else if i == 25 {
                "nee"
            } else {
                ""
            };
            format!("U{i:04};P{i};GM0153;V;1980;{s};kort;Zuid;01-01-2020;;;;")
        });
        let csv = format!("{HEADER}\n{body}");
        assert!(joins_like_one_read(&csv, &LoadOptions::default()) > 20);
        let ticks = rows(30, |i| {
            let s = if i % 4 == 0 { "x" } else { "" };
            format!("U{i:04};P{i};GM0153;V;1980;{s};kort;Zuid;01-01-2020;;;;")
        });
        let csv = format!("{HEADER}\n{ticks}");
        assert!(joins_like_one_read(&csv, &LoadOptions::default()) > 20);
    }

    #[test]
    fn what_cannot_be_joined_is_read_in_one_go() {
        let plain = rows(30, |i| {
            format!("U{i:04};P{i};GM0153;V;1980;nee;kort;Zuid;01-01-2020;;;nee;")
        });
        // Quotes anywhere, a bad row, a total row, ids not increasing: never joined.
        let quoted = format!(
            "{HEADER}\n{plain}U9999;P;GM0153;V;1980;nee;kort;\"Zu\nid\";01-01-2020;;;nee;\n"
        );
        let bad =
            format!("{HEADER}\n{plain}U9999;P;GM0153;V;1980;nee;kort;Zuid;31-02-2020;;;nee;\n");
        let total = format!("{HEADER}\n{plain}Totaal;;;;;;;;;;;;\n");
        let unsorted =
            format!("{HEADER}\n{plain}U0001;P;GM0153;V;1980;nee;kort;Zuid;01-01-2020;;;nee;\n");
        let early =
            format!("{HEADER}\nU0000;P;GM0153;V;1980;nee;kort;Zuid;01-01-2020;;;nee;\n{plain}");
        for csv in [quoted, bad, total, unsorted] {
            assert_eq!(
                joins_like_one_read(&csv, &LoadOptions::default()),
                0,
                "{csv}"
            );
        }
        assert!(joins_like_one_read(&early, &LoadOptions::default()) > 20);
    }

    #[test]
    fn the_scan_counts_line_feeds_and_finds_quotes_exactly() {
        for text in [
            "",
            "a",
            "\n",
            "abc\ndef\n\n\"",
            "\n\n\n\n\n\n\n\n\n",
            "0123456\n89\"\u{e9}\n",
        ] {
            let b = text.as_bytes();
            assert_eq!(
                scan(b),
                (b.contains(&b'"'), b.iter().filter(|&&c| c == b'\n').count()),
                "{text:?}"
            );
        }
        let all: Vec<u8> = (0..=255).cycle().take(4099).collect();
        assert_eq!(
            scan(&all),
            (true, all.iter().filter(|&&c| c == b'\n').count())
        );
    }

    #[test]
    fn the_plan_from_the_head_and_the_middle_equals_the_plan_from_the_whole_file() {
        let row = |i: usize| format!("U{i:07};P;GM0153;V;1980;nee;kort;Zuid;01-01-2020;;;nee;");
        let csv = format!("\u{feff}{HEADER}\r\n{}", rows(80_000, row));
        let b = csv.as_bytes();
        assert!(b.len() > MIN_SPLIT_BYTES);
        let plan = plan_split(b, "f.csv", &LoadOptions::default()).expect("splits");
        let from = plan_split_from(
            &b[..HEAD_BYTES],
            &b[b.len() / 2..][..NEAR_MIDDLE_BYTES],
            b.len(),
            "f.csv",
            &LoadOptions::default(),
        );
        assert_eq!(from, Some(plan));
        assert_eq!(plan.head_end, 3 + HEADER.len() + 2);
        assert_eq!(b[plan.split - 1], b'\n');
        assert!(plan.split >= b.len() / 2 && plan.split < b.len() / 2 + 60);
        assert_eq!(plan.separator, ';');
    }

    #[test]
    fn small_files_and_kerncijfers_are_not_split() {
        let csv = format!(
            "{HEADER}\n{}",
            rows(10, |i| format!(
                "U{i:04};P;GM0153;V;1980;nee;kort;Zuid;01-01-2020;;;nee;"
            ))
        );
        assert_eq!(
            plan_split(csv.as_bytes(), "f.csv", &LoadOptions::default()),
            None
        );
        let k = "gemeente_code;gemeente;indicator;dimensie;categorie;periode_type;periode_van;periode_tot;waarde\n\
                 GM0153;Enschede;bijstand_totaal;;;peildatum;;30-09-2024;5687\n\
                 GM0153;Enschede;bijstand_totaal;;;peildatum;;30-09-2023;5600\n";
        assert_eq!(
            plan_split_near(k.as_bytes(), "k.csv", &LoadOptions::default(), 60),
            None
        );
    }
}
