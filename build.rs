//! Build-time inputs of the app:
//! - the embedded datasets (data/*.csv), read here with the core's loader and written in
//!   the worker's wire format (`bijstand_worker::encode`: its reply and the columns),
//!   so the page decodes them at start-up without parsing CSV and without the loader's
//!   code (`src/embedded.rs`); the CSV files themselves, DEFLATE-compressed, for tests;
//! - `build_info.rs`: the version (Cargo.toml and the git commit) and the licences of
//!   what the page bundles, from `cargo metadata` (the crates compiled into the wasm) and
//!   `package-lock.json` (plotly.js), for the "Over deze app" panel (`src/build_info.rs`).

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::Command;

/// The embedded datasets' names (`src/embedded.rs` includes the same file).
mod names {
    include!("src/embedded_names.rs");
}

/// The embedded files: name in `data/`, the dataset's name and whether it is synthetic.
const EMBEDDED: &[(&str, &str, bool)] = &[
    ("enschede_synthetisch.csv", names::SYNTHETIC_NAME, true),
    ("kerncijfers_enschede.csv", names::KERNCIJFERS_NAME, false),
];

/// The npm packages whose files are served with the page (the rest are test tools).
const BUNDLED_NPM: &[&str] = &["plotly.js-basic-dist-min"];

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for name in ["enschede_synthetisch.csv", "kerncijfers_enschede.csv"] {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let bytes = std::fs::read(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display()));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 9);
        std::fs::write(Path::new(&out).join(format!("{name}.deflate")), packed).expect("write");
    }
    println!("cargo:rerun-if-changed=src/embedded_names.rs");
    for (name, shown, synthetic) in EMBEDDED {
        let bytes = std::fs::read(Path::new("data").join(name)).expect("read");
        let mut loaded = bijstand_core::io::load(&bytes, name, &Default::default())
            .unwrap_or_else(|e| panic!("data/{name}: {e:?}"));
        if let bijstand_core::io::Content::Dataset(ds) = &mut loaded.content {
            ds.name = shown.to_string();
            ds.synthetic = *synthetic;
        }
        let encoded = bijstand_worker::encode(&loaded);
        let columns = encoded.to_bytes();
        // As the worker's reply, so the page reads it with the same code as a reply.
        let reply = bijstand_worker::Reply::Done {
            header: Box::new(encoded.header),
            timings: Default::default(),
        };
        let dir = Path::new(&out);
        std::fs::write(dir.join(format!("{name}.reply")), reply.to_bytes()).expect("write");
        std::fs::write(dir.join(format!("{name}.columns")), columns).expect("write");
    }
    build_info(Path::new(&out));
}

fn build_info(out: &Path) {
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-changed=package-lock.json");
    println!("cargo:rerun-if-env-changed=BV_COMMIT");
    let commit = std::env::var("BV_COMMIT")
        .ok()
        .or_else(git_commit)
        .unwrap_or_else(|| "onbekend".into());
    let mut rust = format!(
        "/// The app's version (Cargo.toml).\npub const VERSION: &str = {:?};\n\
         /// The git commit it was built from (`onbekend` outside a git checkout).\n\
         pub const COMMIT: &str = {:?};\n\
         /// What the page bundles: name, version, licence (SPDX) and where it is from.\n\
         pub const LICENCES: &[Licence] = &[\n",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        commit
    );
    for (name, version, licence, source) in crates().into_iter().chain(npm()) {
        rust.push_str(&format!(
            "    Licence {{ name: {name:?}, version: {version:?}, licence: {licence:?}, source: {source:?} }},\n"
        ));
    }
    rust.push_str("];\n");
    std::fs::write(out.join("build_info.rs"), rust).expect("write build_info.rs");
}

/// The short commit, and a rerun when HEAD moves.
fn git_commit() -> Option<String> {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    if let Some(dir) = git(&["rev-parse", "--git-dir"]) {
        for f in ["HEAD", "logs/HEAD"] {
            let p = Path::new(&dir).join(f);
            if p.exists() {
                println!("cargo:rerun-if-changed={}", p.display());
            }
        }
    }
    git(&["rev-parse", "--short=9", "HEAD"])
}

type Row = (String, String, String, String);

/// The crates compiled into the page's and the worker's wasm (normal dependencies for
/// wasm32, without our own), from `cargo metadata`; empty when cargo cannot say.
fn crates() -> Vec<Row> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let Some(meta) = Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--offline",
            "--filter-platform",
            "wasm32-unknown-unknown",
        ])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| serde_json::from_slice::<serde_json::Value>(&o.stdout).ok())
    else {
        println!("cargo:warning=cargo metadata failed: the licence list is empty");
        return Vec::new();
    };
    let ours: BTreeSet<&str> = meta["workspace_members"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str())
        .collect();
    let nodes: HashMap<&str, &serde_json::Value> = meta["resolve"]["nodes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    // Proc-macro crates run in the compiler and are not in the wasm, nor are their deps.
    let macros: BTreeSet<&str> = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| {
            p["targets"].as_array().into_iter().flatten().any(|t| {
                t["kind"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|k| k == "proc-macro")
            })
        })
        .filter_map(|p| p["id"].as_str())
        .collect();
    // Walk normal (not dev, not build) dependencies from the two wasm crates.
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut todo: Vec<&str> = ours
        .iter()
        .copied()
        .filter(|id| !id.contains("/core#"))
        .collect();
    while let Some(id) = todo.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes
            .get(id)
            .and_then(|n| n["deps"].as_array())
            .into_iter()
            .flatten()
        {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            if let (true, Some(p)) = (normal, dep["pkg"].as_str()) {
                if !macros.contains(p) {
                    todo.push(p);
                }
            }
        }
    }
    let mut rows: Vec<Row> = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| {
            p["id"]
                .as_str()
                .is_some_and(|id| seen.contains(id) && !ours.contains(id))
        })
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
            let licence = if p["license"].is_null() {
                "zie de crate".to_string()
            } else {
                s("license")
            };
            (s("name"), s("version"), licence, s("repository"))
        })
        .collect();
    rows.sort();
    rows
}

/// The bundled npm packages, from `package-lock.json`.
fn npm() -> Vec<Row> {
    let Some(lock) = std::fs::read("package-lock.json")
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
    else {
        return Vec::new();
    };
    BUNDLED_NPM
        .iter()
        .filter_map(|name| {
            let p = &lock["packages"][format!("node_modules/{name}")];
            Some((
                name.to_string(),
                p["version"].as_str()?.to_string(),
                p["license"]
                    .as_str()
                    .unwrap_or("zie het pakket")
                    .to_string(),
                "npm".to_string(),
            ))
        })
        .collect()
}
