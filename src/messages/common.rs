//! Messages: common words shared by several screens.

use bijstand_core::date::Date;

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
    /// A period from one date through another.
    fn period_through(from: Date, to: Date) = "{from} t/m {to}" / "{from} to {to}";
    /// Table header: month.
    MONTH = "Maand" / "Month";
    /// Table header: year.
    YEAR = "Jaar" / "Year";
    /// A count (already formatted or suppressed) with its unit: `5.687 uitkeringen`.
    fn n_benefits(n: &str) = "{n} uitkeringen" / "{n} benefits";
}
