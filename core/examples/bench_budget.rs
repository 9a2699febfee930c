//! Times the full budget evaluation (FORMULAS F4–F8, F12 and the 5-year path) that the LKS and
//! BUIG screens recompute on every edit. The UI budget is 5 ms per recomputation.
//!
//! Run: `cargo run --release -p bijstand-core --example bench_budget`

use std::hint::black_box;
use std::time::Instant;

use bijstand_core::budget::evaluate_budget;
use bijstand_core::buig::{self, BuigParams, CaseloadPath};
use bijstand_core::lks::{LksParams, PlacementTarget};
use bijstand_core::validate::Validate;

const N: u32 = 100_000;

fn main() {
    let lks = LksParams::default();
    let placements = PlacementTarget::default();
    let mut buig_params = BuigParams::default();
    assert!(lks.validate().is_ok() && buig_params.validate().is_ok());

    // Warm-up, and a sanity check that the seed scenario is what is being timed.
    let e = evaluate_budget(&lks, &buig_params, &placements);
    assert_eq!((e.buig.result_mln * 100.0).round(), 161.0);
    assert_eq!(e.years.len(), 5);

    let start = Instant::now();
    let mut checksum = 0.0;
    for i in 0..N {
        // Vary one input so the work cannot be hoisted out of the loop.
        buig_params.caseload_path = CaseloadPath::Growth {
            pct: 2.15 + (i % 100) as f64 * 1e-4,
        };
        let e = evaluate_budget(
            black_box(&lks),
            black_box(&buig_params),
            black_box(&placements),
        );
        checksum += e.years[4].cumulative_result_mln + e.vangnet.headroom_to_regular_mln;
    }
    let per_eval = start.elapsed().as_secs_f64() / N as f64;
    black_box(checksum);

    // Validation runs before every evaluation in the UI; time it too.
    let start = Instant::now();
    let mut ok = 0u32;
    for _ in 0..N {
        ok += (black_box(&lks).validate().is_ok() && black_box(&buig_params).validate().is_ok())
            as u32;
    }
    let per_validate = start.elapsed().as_secs_f64() / N as f64;
    black_box(ok);

    // The goal-seek for break-even growth is the most expensive single tool.
    let start = Instant::now();
    let n_seek = N / 10;
    for _ in 0..n_seek {
        black_box(buig::break_even_growth(black_box(&buig_params)).ok());
    }
    let per_seek = start.elapsed().as_secs_f64() / n_seek as f64;

    println!(
        "full evaluation (F4–F8, F12, 5-year path): {:.2} µs",
        per_eval * 1e6
    );
    println!(
        "validation of LKS + BUIG parameters:       {:.2} µs",
        per_validate * 1e6
    );
    println!(
        "goal-seek break-even growth:               {:.2} µs",
        per_seek * 1e6
    );
    let total = per_eval + per_validate + per_seek;
    println!(
        "evaluation + validation + goal-seek:       {:.2} µs ({} the 5 ms UI budget)",
        total * 1e6,
        if total < 5e-3 { "within" } else { "OVER" }
    );
}
