//! Test-only hooks (feature `test-hooks`, never in the release build): e2e/crash.test.mjs
//! makes the page's wasm fail with them and checks the notice index.html then shows.

use wasm_bindgen::prelude::*;

/// Panics in the page's wasm, as a bug would; with `panic = "abort"` that is a trap.
#[wasm_bindgen(js_name = __bvTestPanic)]
pub fn test_panic() {
    panic!("test hook: a panic in the page");
}
