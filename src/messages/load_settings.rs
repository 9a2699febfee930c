//! Messages: load_settings.

bijstand_core::messages! {}
