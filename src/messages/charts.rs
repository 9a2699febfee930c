//! Messages: charts.

bijstand_core::messages! {}
