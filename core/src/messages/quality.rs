//! Messages: quality.

crate::messages! {}
