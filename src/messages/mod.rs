//! The app's message catalogue (see `bijstand_core::i18n`): every text a screen shows,
//! Dutch and English together. One file per screen, plus `common` and `shell`.

pub mod about;
pub mod budget;
pub mod caseload;
pub mod charts;
pub mod cohorts;
pub mod common;
pub mod comparison;
pub mod dynamics;
pub mod figures;
pub mod kerncijfers;
pub mod lks;
pub mod load_settings;
pub mod programme;
pub mod projection;
pub mod quality;
pub mod refdata;
pub mod shell;
pub mod slides;
pub mod start;
