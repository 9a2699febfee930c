//! Messages: lks.

bijstand_core::messages! {}
