//! Reading the first records of a small CSV text (a sample to detect the separator, the
//! head of a reference file) as the `csv` crate reads it: RFC 4180 quotes, any line end,
//! blank lines skipped, a UTF-8 BOM dropped, records of any width.
//!
//! Every load looks at such samples several times (each candidate separator, then the
//! reference-file check), and every `csv::Reader` builds a fresh parsing table on creation:
//! most of the time of a small load. Here one `csv_core::Reader` per separator is built
//! once per thread and reset between uses.

use std::cell::RefCell;

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

thread_local! {
    static READERS: RefCell<Vec<(u8, Reader)>> = const { RefCell::new(Vec::new()) };
}

/// Calls `each` with the fields of each of the first `limit` records of `text`.
pub(crate) fn for_each_record(text: &[u8], sep: u8, limit: usize, mut each: impl FnMut(&[&[u8]])) {
    READERS.with(|readers| {
        let mut readers = readers.borrow_mut();
        let at = match readers.iter().position(|(s, _)| *s == sep) {
            Some(i) => i,
            None => {
                readers.push((sep, ReaderBuilder::new().delimiter(sep).build()));
                readers.len() - 1
            }
        };
        let rdr = &mut readers[at].1;
        rdr.reset();
        read(rdr, text, limit, &mut each);
    });
}

fn read(rdr: &mut Reader, mut input: &[u8], limit: usize, each: &mut impl FnMut(&[&[u8]])) {
    let mut out = vec![0u8; 256.max(input.len().min(64 * 1024))];
    let mut ends = vec![0usize; 32];
    let (mut outlen, mut endlen, mut seen) = (0, 0, 0);
    while seen < limit {
        let (res, nin, nout, nend) =
            rdr.read_record(input, &mut out[outlen..], &mut ends[endlen..]);
        input = &input[nin..];
        outlen += nout;
        endlen += nend;
        match res {
            // All input is consumed: the next call, with no input, ends the last record.
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let mut start = 0;
                let fields: Vec<&[u8]> = ends[..endlen]
                    .iter()
                    .map(|&end| {
                        let field = &out[start..end];
                        start = end;
                        field
                    })
                    .collect();
                each(&fields);
                seen += 1;
                (outlen, endlen) = (0, 0);
            }
            ReadRecordResult::End => break,
        }
    }
}

/// The number of fields of each of the first `limit` records.
pub(crate) fn field_counts(text: &[u8], sep: u8, limit: usize) -> Vec<usize> {
    let mut counts = Vec::with_capacity(limit.min(1024));
    for_each_record(text, sep, limit, |r| counts.push(r.len()));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The records the `csv` crate reads (flexible, no header), as the sample readers did.
    fn by_csv(text: &[u8], sep: u8, limit: usize) -> Vec<Vec<Vec<u8>>> {
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(sep)
            .has_headers(false)
            .flexible(true)
            .from_reader(text);
        let mut out = Vec::new();
        for rec in rdr.byte_records().take(limit) {
            let Ok(rec) = rec else { break };
            out.push(rec.iter().map(<[u8]>::to_vec).collect());
        }
        out
    }

    fn ours(text: &[u8], sep: u8, limit: usize) -> Vec<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        for_each_record(text, sep, limit, |r| {
            out.push(r.iter().map(|f| f.to_vec()).collect())
        });
        out
    }

    #[test]
    fn reads_quotes_line_ends_blank_lines_and_a_bom_as_csv_does() {
        let text = "\u{feff}a;\"b;c\";d\r\n\r\n\"x\"\"y\";\n\nlast;\"open\nquote\"\rz";
        let got = ours(text.as_bytes(), b';', 100);
        assert_eq!(got, by_csv(text.as_bytes(), b';', 100));
        assert_eq!(got[0], [b"a".to_vec(), b"b;c".to_vec(), b"d".to_vec()]);
        assert_eq!(got[1], [b"x\"y".to_vec(), b"".to_vec()]);
        assert_eq!(got.len(), 4);
        assert_eq!(field_counts(text.as_bytes(), b';', 2), [3, 2]);
    }

    #[test]
    fn a_reused_reader_starts_afresh() {
        // An open quote at the end must not leak into the next text read with `;`.
        assert_eq!(ours(b"a;\"open", b';', 10), by_csv(b"a;\"open", b';', 10));
        assert_eq!(ours(b"p;q\nr", b';', 10), by_csv(b"p;q\nr", b';', 10));
        // A long field grows the buffers.
        let long = format!("{};{}\n", "x".repeat(100_000), "y;".repeat(100));
        assert_eq!(
            ours(long.as_bytes(), b';', 10),
            by_csv(long.as_bytes(), b';', 10)
        );
    }

    proptest! {
        #[test]
        fn equals_the_csv_crate(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b';'), Just(b','), Just(b'"'), Just(b'\r'), Just(b'\n'), Just(b'a'), Just(0xef), Just(0xbb), Just(0xbf), any::<u8>()],
                0..300),
            sep in prop_oneof![Just(b';'), Just(b','), Just(b'\t'), Just(b'|')],
            limit in 0usize..40,
        ) {
            prop_assert_eq!(ours(&bytes, sep, limit), by_csv(&bytes, sep, limit));
        }
    }
}
