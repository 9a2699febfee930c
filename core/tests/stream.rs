//! Loading a file as it streams in (`io::stream`) gives exactly what loading it whole
//! gives, or gives up (and the worker then loads it whole): never another dataset, and
//! never a dataset for a file the whole load refuses.

use bijstand_core::io::stream::load_streamed;
use bijstand_core::io::{load, LoadOptions};
use proptest::prelude::*;

/// Chunk-size patterns: one byte at a time, odd sizes, and larger blocks.
const CHUNKINGS: &[&[usize]] = &[&[1], &[7, 3, 64], &[1000], &[4096, 17]];

/// Window sizes (first window, later windows) small enough to give many windows.
const WINDOWS: &[(usize, usize)] = &[(64, 32), (300, 100), (4096, 2048)];

/// Streams `bytes` every way; returns how many ways gave a dataset.
fn check(bytes: &[u8], name: &str) -> usize {
    let whole = load(bytes, name, &LoadOptions::default());
    let mut streamed = 0;
    for chunks in CHUNKINGS {
        for &windows in WINDOWS {
            if let Some(ds) = load_streamed(bytes, name, &LoadOptions::default(), chunks, windows) {
                match &whole {
                    Ok(w) => assert_eq!(&ds, w, "{name}: {chunks:?} {windows:?}"),
                    Err(e) => panic!("{name}: streamed a dataset where the whole load says {e:?}"),
                }
                streamed += 1;
            }
        }
    }
    streamed
}

#[test]
fn the_synthetic_enschede_file_streams_exactly() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/enschede_synthetisch.csv"
    ))
    .unwrap();
    assert_eq!(
        check(&bytes, "enschede_synthetisch.csv"),
        CHUNKINGS.len() * WINDOWS.len()
    );
}

#[test]
fn an_export_with_bom_crlf_blank_rows_and_a_total_row_streams_exactly() {
    let mut csv = String::from("\u{feff}uitkering_id;geslacht;geboortejaar;stadsdeel;startdatum;einddatum;uitstroomreden;inkomsten_arbeid\r\n");
    for i in 0..400 {
        if i % 97 == 50 {
            csv.push_str(";;;;;;;\r\n");
        }
        let end = if i % 3 == 0 { "01-06-2024;werk" } else { ";" };
        csv.push_str(&format!(
            "U{i:05};{};{};{};{:02}-03-2020;{end};{}\r\n",
            ["M", "V"][i % 2],
            1960 + i % 40,
            ["Noord", "Zuid", "Glanerbrug", ""][i % 4],
            1 + i % 28,
            ["ja", "x", "", "nee"][i % 4],
        ));
    }
    csv.push_str("Totaal;;;;;;;\r\n");
    assert_eq!(
        check(csv.as_bytes(), "export.csv"),
        CHUNKINGS.len() * WINDOWS.len()
    );
}

#[test]
fn every_loader_fixture_streams_exactly_or_not_at_all() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut streamed = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        // Subfolders (`refdata/`) hold fixtures of other readers.
        if name.ends_with(".py") || path.is_dir() {
            continue;
        }
        streamed += check(&std::fs::read(&path).unwrap(), &name);
    }
    assert!(streamed > 0, "some fixtures stream");
}

#[test]
fn gives_up_on_quotes_another_encoding_and_duplicate_ids() {
    let head = "uitkering_id;startdatum;einddatum\n";
    let rows: String = (0..50).map(|i| format!("U{i:03};01-01-2020;\n")).collect();
    let opts = LoadOptions::default();
    let plain = format!("{head}{rows}");
    assert!(load_streamed(plain.as_bytes(), "a.csv", &opts, &[10], (64, 32)).is_some());
    let quoted = format!("{head}{rows}\"U999\";01-01-2020;\n");
    assert!(load_streamed(quoted.as_bytes(), "a.csv", &opts, &[10], (64, 32)).is_none());
    let mut latin = format!("{head}{rows}").into_bytes();
    latin.extend_from_slice(b"U99\xe9;01-01-2020;\n");
    assert!(load_streamed(&latin, "a.csv", &opts, &[10], (64, 32)).is_none());
    let twice = format!("{head}{rows}U010;01-01-2020;\n");
    assert!(load(twice.as_bytes(), "a.csv", &opts).is_err());
    assert!(load_streamed(twice.as_bytes(), "a.csv", &opts, &[10], (64, 32)).is_none());
    // Ids out of order but distinct: still streamed.
    let shuffled = format!("{head}U900;01-01-2020;\n{rows}");
    assert_eq!(
        load_streamed(shuffled.as_bytes(), "a.csv", &opts, &[10], (64, 32)),
        load(shuffled.as_bytes(), "a.csv", &opts).ok()
    );
}

/// A `.csv` whose first bytes make the whole load read it as something else (JSON, a
/// workbook, a PDF) is the whole load's: the stream gives up on it, also when the byte
/// after a `[` that tells JSON apart comes after the first window (a fuzz find: a stream
/// read such a file as a table where the whole load said "bad JSON").
#[test]
fn gives_up_on_files_the_whole_load_reads_as_something_else() {
    let opts = LoadOptions::default();
    let table = "uitkering_id;startdatum;einddatum\nU1;01-01-2020;\nU2;01-02-2020;\n";
    let blank = "\n".repeat(100);
    for prefix in [
        format!("\u{feff}{blank}[[[[\n"),
        format!("{blank}[\n{blank}[\n"),
        "{\n".to_string(),
        "PK\x03\x04\n".to_string(),
        "%PDF-1.7\n".to_string(),
    ] {
        let file = format!("{prefix}{table}");
        assert!(
            load_streamed(file.as_bytes(), "a.csv", &opts, &[10], (64, 32)).is_none(),
            "{prefix:?}"
        );
        check(file.as_bytes(), "a.csv");
    }
    // A table that only has a `[` in a later cell still streams.
    let later = format!("{table}U3;01-03-2020;\nU4 [x];01-04-2020;\n");
    assert!(load_streamed(later.as_bytes(), "a.csv", &opts, &[10], (64, 32)).is_some());
}

/// Random bodies of good rows, blank lines, rows without an id and a total row, and in
/// one case of ten one row the stream gives up on or the whole load refuses (a quoted id, a
/// lone CR, a bad date), after enough rows to fill the first window,
/// so the random part is cut into several later windows at random chunk boundaries.
///
/// A case where the stream gives up asserts nothing, so the cases that did stream are
/// counted and must be at least 80% of all.
#[test]
fn random_files_stream_exactly_or_not_at_all() {
    use proptest::test_runner::{Config, TestRunner};
    use std::cell::Cell;

    let part = prop_oneof![
        6 => (0u32..3).prop_map(|k| format!("{};01-0{}-2020;\r\n", ["M", "V", "X"][k as usize], 1 + k)),
        1 => Just("\r\n".to_string()),
        1 => Just(";;\n".to_string()),
        1 => Just("Totaal;;\n".to_string()),
    ];
    let strategy = (
        proptest::collection::vec(part, 0..400),
        proptest::option::weighted(0.1, (0usize..400, 0usize..3)),
        1usize..5000,
        16usize..4000,
    );
    // Rows that fill the first window (64 KB and more), all valid.
    let filler: String = (0..2_700)
        .map(|i| format!("F{i:05};V;01-03-2019;\r\n"))
        .collect();
    let (cases, streamed) = (Cell::new(0u32), Cell::new(0u32));
    let config = Config::with_cases(200);
    let rng = proptest::test_runner::TestRng::deterministic_rng(config.rng_algorithm);
    let mut runner = TestRunner::new_with_rng(config, rng);
    runner
        .run(&strategy, |(parts, odd, chunk, window)| {
            // Each row gets its own id (a repeated id makes the stream give up), except
            // blank rows, rows of empty cells and the total row, which carry none.
            let mut body = String::new();
            for (i, p) in parts.iter().enumerate() {
                if p.starts_with("Totaal") || p.starts_with(';') || p.trim().is_empty() {
                    body.push_str(p);
                } else if odd.is_some_and(|(at, _)| at == i) {
                    body.push_str(&match odd.map(|(_, kind)| kind) {
                        Some(0) => format!("\"U{i:04}\";{p}"),
                        Some(1) => format!("U{i:04};M;01-01-2020;\r"),
                        _ => format!("U{i:04};V;31-02-2020;\r\n"),
                    });
                } else {
                    body.push_str(&format!("U{i:04};{p}"));
                }
            }
            let text = format!("uitkering_id;geslacht;startdatum;einddatum\r\n{filler}{body}");
            let opts = LoadOptions::default();
            let whole = load(text.as_bytes(), "r.csv", &opts);
            cases.set(cases.get() + 1);
            if let Some(ds) = load_streamed(
                text.as_bytes(),
                "r.csv",
                &opts,
                &[chunk],
                (window, window / 2),
            ) {
                prop_assert_eq!(Some(&ds), whole.as_ref().ok());
                streamed.set(streamed.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    let (cases, streamed) = (cases.get(), streamed.get());
    eprintln!("{streamed} of {cases} cases streamed");
    assert!(
        streamed * 100 >= cases * 80,
        "only {streamed} of {cases} cases streamed: the property tested too little"
    );
}

/// Files that don't look like the benchmark's (`bench/gen.mjs` variants): numeric ids in a
/// shuffled order, `persoon_id` unrelated to the row (people with several episodes), several
/// gemeente codes, LF or CRLF, with or without BOM. Each streams (the stream does not give
/// up on them) and gives exactly the whole load's dataset.
#[test]
fn files_unlike_the_benchmark_file_stream_exactly() {
    // A small LCG, so the file is the same every run.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let rows = 3000;
    // Ids 1000, 1003, … shuffled: neither ascending as bytes nor as numbers.
    let mut ids: Vec<u64> = (0..rows).map(|i| 1000 + 3 * i).collect();
    for i in (1..ids.len()).rev() {
        ids.swap(i, next(i as u64 + 1) as usize);
    }
    let gemeenten = ["GM0153", "GM0363", "GM0518", "GM0599"];
    let body: Vec<String> = ids
        .iter()
        .map(|id| {
            let ended = next(5) == 0;
            format!(
                "{id};{};{};{};{};nee;lang;{};{:02}-{:02}-20{};{};{};nee;{}",
                100_000 + next(rows * 7 / 10),
                gemeenten[next(4) as usize],
                ["M", "V", "X"][next(3) as usize],
                1958 + next(40),
                ["Centrum", "Noord", "Oost"][next(3) as usize],
                1 + next(28),
                1 + next(12),
                12 + next(10),
                if ended { "01-01-2025" } else { "" },
                if ended { "werk" } else { "" },
                if next(3) == 0 { "45,5" } else { "" },
            )
        })
        .collect();
    let header = "uitkering_id;persoon_id;gemeente_code;geslacht;geboortejaar;is_statushouder;afstand_arbeidsmarkt;stadsdeel;startdatum;einddatum;uitstroomreden;inkomsten_arbeid;loonwaarde_pct";
    for eol in ["\n", "\r\n"] {
        for bom in ["", "\u{feff}"] {
            let csv = format!("{bom}{header}{eol}{}{eol}", body.join(eol));
            let whole = load(csv.as_bytes(), "odd.csv", &LoadOptions::default());
            assert!(whole.is_ok(), "{eol:?} {bom:?}: {whole:?}");
            assert_eq!(
                check(csv.as_bytes(), "odd.csv"),
                CHUNKINGS.len() * WINDOWS.len(),
                "{eol:?} bom {bom:?}: the stream gave up"
            );
        }
    }
}
