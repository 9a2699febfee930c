//! Compresses the embedded datasets (data/*.csv) with DEFLATE so the wasm stays small;
//! `src/embedded.rs` inflates them at start-up.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for name in ["enschede_synthetisch.csv", "kerncijfers_enschede.csv"] {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let bytes = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 9);
        std::fs::write(Path::new(&out).join(format!("{name}.deflate")), packed).expect("write");
    }
}
