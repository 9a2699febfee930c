//! Messages: projection.

bijstand_core::messages! {}
