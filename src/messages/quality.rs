//! Messages: quality.

bijstand_core::messages! {}
