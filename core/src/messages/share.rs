//! Messages: share.

crate::messages! {}
