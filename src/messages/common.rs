//! Messages: common words shared by several screens.

bijstand_core::messages! {
    /// Table header: the category of a row.
    CATEGORY = "Categorie" / "Category";
    /// Table header: a count.
    COUNT = "Aantal" / "Count";
    /// Table header: a share of the total.
    SHARE = "Aandeel" / "Share";
    /// The total row.
    TOTAL = "Totaal" / "Total";
    /// A series of benefits (legend).
    BENEFITS = "Uitkeringen" / "Benefits";
    /// A value axis counting benefits.
    BENEFITS_LOWER = "uitkeringen" / "benefits";
}
