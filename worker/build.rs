//! Makes the wire's build id ([`WIRE_BUILD`] in the crate): a hash of everything that
//! decides how a message between page and worker is written — the sources of this crate
//! and of the core (whose types travel in it) and `Cargo.lock` (serde's and postcard's
//! versions). The page and the worker of one build get the same id; after a deploy, a
//! page still open holds the old one and refuses replies of the new worker (and the new
//! worker its requests) instead of misreading them.

use std::fs;
use std::path::{Path, PathBuf};

/// Every file under `dir`, in a fixed order.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let here = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = here.parent().expect("the workspace").to_path_buf();
    let mut inputs = Vec::new();
    for dir in [here.join("src"), root.join("core").join("src")] {
        println!("cargo:rerun-if-changed={}", dir.display());
        files(&dir, &mut inputs);
    }
    let lock = root.join("Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    inputs.push(lock);
    // FNV-1a over each file's path (relative to the workspace) and contents.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for path in &inputs {
        let rel = path.strip_prefix(&root).unwrap_or(path);
        add(rel.to_string_lossy().replace('\\', "/").as_bytes());
        add(&[0]);
        add(&fs::read(path).unwrap_or_default());
        add(&[0]);
    }
    println!("cargo:rustc-env=BV_WIRE_BUILD={hash:016x}");
}
