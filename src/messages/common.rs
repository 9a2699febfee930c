//! Messages: common.

bijstand_core::messages! {}
