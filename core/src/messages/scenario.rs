//! Messages: scenario.

crate::messages! {}
