//! Messages: io.

crate::messages! {}
