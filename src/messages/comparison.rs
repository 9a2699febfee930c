//! Messages: comparison.

bijstand_core::messages! {}
