//! Messages: programme.

bijstand_core::messages! {}
