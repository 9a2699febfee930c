//! Dutch number and date formatting for display and export.
