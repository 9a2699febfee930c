//! Bijstandsverkenner: the browser app around the pure `bijstand_core` crate.
//!
//! - [`state`]: the one reducer every change goes through (pure, natively tested);
//! - [`views`]: domain results → chart and table view models (pure);
//! - [`charts`]: view models → plotly specifications (pure, JSON-testable);
//! - [`web`]: the thin browser glue (file reading, plotly.js calls);
//! - [`loader`]: loading a file in a Web Worker, with progress and cancel;
//! - [`components`]: Yew components that render state and dispatch actions.

pub mod build_info;
pub mod charts;
pub mod components;
pub mod embedded;
pub mod loader;
pub mod messages;
pub mod state;
#[cfg(all(feature = "test-hooks", target_arch = "wasm32"))]
mod test_hooks;
pub mod views;
pub mod web;
