//! Caseload composition and dynamics from benefit episodes.
