//! Pure domain core of the Bijstandsverkenner.
//!
//! Nothing in this crate touches the browser: it turns bytes into a [`model::Dataset`]
//! and a dataset into numbers. Everything here is tested natively with `cargo test`.
//!
//! Data flows one way: bytes → [`io`] → [`model::Dataset`] → [`caseload`] results.

pub mod budget;
pub mod buig;
pub mod caseload;
pub mod cohort;
pub mod date;
pub mod dynamics;
pub mod export;
pub mod format;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod io;
pub mod lang;
pub mod lks;
pub mod math;
pub mod messages;
pub mod model;
pub mod params;
pub mod privacy;
pub mod programme;
pub mod projection;
pub use io::refdata;
pub mod reference;
pub mod scenario;
pub mod seek;
pub mod share;
pub mod sort;
pub mod suppress;
pub mod synth;
pub mod text;
pub mod tornado;
pub mod trajectories;
pub mod validate;
