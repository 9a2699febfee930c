//! Messages: budget.

bijstand_core::messages! {}
