//! Messages: the scenario's views ([`crate::scenario::View`]).

crate::messages! {
    /// [`crate::scenario::View::Composition`].
    VIEW_COMPOSITION = "Samenstelling" / "Composition";
    /// [`crate::scenario::View::Flows`].
    VIEW_FLOWS = "In- en uitstroom" / "Flows";
    /// Tab: start cohorts.
    VIEW_COHORTS = "Cohorten" / "Cohorts";
    /// [`crate::scenario::View::Projection`].
    VIEW_PROJECTION = "Prognose" / "Projection";
    /// [`crate::scenario::View::Comparison`].
    VIEW_COMPARISON = "Vergelijking" / "Comparison";
    /// [`crate::scenario::View::Lks`].
    VIEW_LKS = "LKS" / "Wage subsidy";
    /// [`crate::scenario::View::Buig`].
    VIEW_BUIG = "BUIG" / "BUIG budget";
    /// [`crate::scenario::View::Programme`].
    VIEW_PROGRAMME = "Programmabegroting" / "Programme budget";
    /// [`crate::scenario::View::Kerncijfers`].
    VIEW_KERNCIJFERS = "Kerncijfers" / "Key figures";
    /// [`crate::scenario::View::Quality`].
    VIEW_QUALITY = "Datakwaliteit" / "Data quality";
}
