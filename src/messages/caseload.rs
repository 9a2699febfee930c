//! Messages: caseload.

bijstand_core::messages! {}
