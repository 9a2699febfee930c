//! Times the CSV loader natively on a file (the benchmark's input: `node bench/gen.mjs`).
//!
//! Run: `cargo run --release -p bijstand-core --example bench_load -- bench/out/bijstand_1000000.csv`

use std::time::Instant;

use bijstand_core::io::{load, LoadOptions};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "bench/out/bijstand_1000000.csv".into());
    let bytes = std::fs::read(&path).expect("read the file");
    let runs = 5;
    let mut ms = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let ds = load(&bytes, "bench.csv", &LoadOptions::default()).expect("loads");
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(ds.report.rows > 0);
    }
    let mut streamed = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let ds = bijstand_core::io::stream::load_streamed(
            &bytes,
            "bench.csv",
            &LoadOptions::default(),
            &[2 << 20],
            (256 << 10, 1 << 20),
        )
        .expect("streams");
        streamed.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(ds.report.rows > 0);
    }
    streamed.sort_by(f64::total_cmp);
    println!(
        "as it streams in (2 MiB chunks): median {:.1} ms",
        streamed[runs / 2]
    );
    let t = Instant::now();
    let n = std::str::from_utf8(&bytes).map(str::len).unwrap_or(0);
    let utf8 = t.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let mut rec = csv::ByteRecord::new();
    let mut rows = 0usize;
    while rdr.read_byte_record(&mut rec).unwrap_or(false) {
        rows += 1;
    }
    let csv_only = t.elapsed().as_secs_f64() * 1000.0;
    ms.sort_by(f64::total_cmp);
    println!(
        "{} bytes: load median {:.1} ms (min {:.1}); utf8 check {:.1} ms; csv records only {:.1} ms ({rows} records)",
        n, ms[runs / 2], ms[0], utf8, csv_only
    );
}
