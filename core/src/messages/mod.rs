//! The core's message catalogue (see [`crate::i18n`]): load errors and warnings, quality
//! findings, link notices and the labels of domain categories, Dutch and English together.
//! One file per area.

pub mod categories;
pub mod io;
pub mod programme;
pub mod quality;
pub mod scenario;
pub mod share;
