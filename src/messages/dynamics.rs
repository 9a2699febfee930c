//! Messages: dynamics.

bijstand_core::messages! {}
