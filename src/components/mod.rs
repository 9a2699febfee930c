//! Yew components: they render state and dispatch actions; no domain maths here.

pub mod app;
pub mod budget;
pub mod caseload;
pub mod chart;
pub mod comparison;
pub mod dashboard;
pub mod data_table;
pub mod dynamics;
pub mod file_loader;
pub mod inputs;
pub mod kerncijfers;
pub mod load_settings;
pub mod modal;
pub mod nav;
pub mod print_summary;
pub mod privacy;
pub mod programme;
pub mod projection;
pub mod quality;
pub mod scenarios;
pub mod share;
