//! Messages: kerncijfers.

bijstand_core::messages! {}
