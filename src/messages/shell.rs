//! Messages: shell.

bijstand_core::messages! {}
