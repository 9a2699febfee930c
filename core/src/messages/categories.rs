//! Messages: categories.

crate::messages! {}
