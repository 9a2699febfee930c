//! Deterministic synthetic Enschede dataset (see docs/synthetic-data.md).
