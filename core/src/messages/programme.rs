//! Messages: programme.

crate::messages! {}
