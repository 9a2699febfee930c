//! Messages: charts and tables (shared by every screen).

bijstand_core::messages! {
    /// A chart's export button (accessible name): "<title> opslaan als PNG".
    fn save_as(title: &str, format: &str) = "{title} opslaan als {format}" / "{title} save as {format}";
    /// A chart that plotly could not draw.
    fn chart_not_drawn(error: &str) = "Grafiek kon niet worden getekend: {error}" / "Chart could not be drawn: {error}";
    /// A chart failed and the browser gave no reason; the table below still has the numbers.
    CHART_NOT_DRAWN_NO_REASON = "De grafiek kon niet worden getekend; de tabel eronder heeft dezelfde cijfers."
        / "The chart could not be drawn; the table below has the same numbers.";
    /// A table's CSV button (accessible name).
    fn download_csv(caption: &str) = "{caption} downloaden als CSV" / "{caption} download as CSV";
    /// The toggle that unfolds a chart's table.
    TABLE = "Tabel" / "Table";
    /// Why a chart is missing: plotly.js is not on the page.
    PLOTLY_NOT_LOADED = "plotly.js is niet geladen" / "plotly.js is not loaded";
    /// Under a value axis that does not start at zero (so small changes look large).
    AXIS_NOT_FROM_ZERO = "as begint niet bij 0" / "axis does not start at 0";
    /// Beside a table that is wider than its box: it scrolls sideways.
    SCROLL_HINT = "← schuif →" / "← scroll →";
    /// The accessible name of a table's scroll area.
    fn table_scrolls(caption: &str) = "{caption} (schuift opzij)" / "{caption} (scrolls sideways)";
}
