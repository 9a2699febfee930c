//! Every input the fuzzers keep (the minimised corpora in `fuzz/corpus/`) and every crash
//! they found (`fuzz/regressions/`, with its fix) runs through the same harness on stable,
//! so what was fixed stays fixed (`scripts/fuzz.sh`, `bijstand_core::fuzzing`). Only small
//! corpora are committed (link, json); the others are kept by whoever fuzzes.

use std::path::Path;

use bijstand_core::fuzzing;

/// Runs `harness` on every file under `fuzz/{corpus,regressions}/target`; returns how many.
fn run(target: &str, harness: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let mut n = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries.flatten() {
            // (A running fuzzer may remove a file between listing and reading.)
            let Ok(bytes) = std::fs::read(e.path()) else {
                continue;
            };
            let r = std::panic::catch_unwind(|| harness(&bytes));
            assert!(r.is_ok(), "{target}: {} panics", e.path().display());
            n += 1;
        }
    }
    n
}

#[test]
fn load_inputs() {
    run("load", fuzzing::load);
}

#[test]
fn preview_inputs() {
    run("preview", fuzzing::preview);
}

#[test]
fn stream_inputs() {
    assert!(
        run("stream", fuzzing::stream) > 0,
        "the stream regressions are committed"
    );
}

#[test]
fn xlsx_inputs() {
    run("xlsx", |d| fuzzing::load_as(d, "f.xlsx"));
}

#[test]
fn json_inputs() {
    assert!(
        run("json", |d| fuzzing::load_as(d, "f.json")) > 0,
        "the json corpus is committed"
    );
}

#[test]
fn link_inputs() {
    assert!(
        run("link", fuzzing::link) > 0,
        "the link corpus is committed"
    );
}

#[test]
fn refdata_inputs() {
    run("refdata", fuzzing::refdata);
}
