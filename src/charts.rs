//! Chart view models → plotly specifications. Pure: knows nothing of the domain,
//! so every chart can be checked natively as JSON.
//!
//! The figure is written as plotly.js JSON directly (`serde_json::json!`): the few trace
//! kinds and attributes the app uses, with plotly.js's attribute names. (A generic plotly
//! builder crate cost about 130 KB of the page's wasm in its serialisation code.)

use serde_json::{json, Value};

use bijstand_core::format;
use bijstand_core::lang::Lang;

/// One named series of values over the chart's categories.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Legend name.
    pub name: String,
    /// One value per category; `None` where the value is hidden (suppressed).
    pub values: Vec<Option<f64>>,
    /// The text shown for each value (already formatted, e.g. `"5.687"` or `"<10"`).
    pub labels: Vec<String>,
    /// Fill colour (CSS).
    pub color: String,
    /// How the series is drawn in a [`ChartKind::Combo`] chart (other kinds ignore it).
    pub style: SeriesStyle,
}

impl Series {
    /// A series from its parts (`None` values are hidden, e.g. suppressed).
    pub fn new(
        name: &str,
        values: Vec<Option<f64>>,
        labels: Vec<String>,
        color: &str,
        style: SeriesStyle,
    ) -> Series {
        Series {
            name: name.into(),
            values,
            labels,
            color: color.into(),
            style,
        }
    }
}

/// How one series of a combo chart is drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SeriesStyle {
    /// Bars.
    #[default]
    Bar,
    /// A solid line.
    Line,
    /// A dashed line.
    Dashed,
    /// An invisible line: the lower edge of a band.
    BandLow,
    /// The upper edge of a band, filled down to the previous series.
    BandHigh,
}

/// How a chart is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Bars, horizontal or vertical; several series are grouped.
    Bar {
        /// Categories on the vertical axis.
        horizontal: bool,
    },
    /// A population pyramid: the first series to the left, the second to the right.
    Pyramid,
    /// A ring chart of the first series.
    Donut,
    /// Bars and lines over the same categories (e.g. months), with optional bands.
    Combo {
        /// Bars stacked (true) or grouped.
        stacked: bool,
    },
}

impl Default for ChartKind {
    fn default() -> Self {
        ChartKind::Bar { horizontal: false }
    }
}

/// A second value axis of a [`ChartKind::Combo`] chart, for series whose scale differs
/// from the others': a line that would lie flat against large bars, or the one bar that
/// is the answer but is tiny next to the rest.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SecondAxis {
    /// Indexes (into [`ChartSpec::series`]) of the series drawn against this axis.
    pub series: Vec<usize>,
    /// Its title: what it shows, and that it has its own scale.
    pub title: String,
    /// Drawn as an inset: a panel of its own to the right of the chart, zoomed to its
    /// values (true); or as a right-hand axis over the same plot (false).
    pub inset: bool,
    /// A right-hand axis that starts at zero even when its lines do not reach it (a
    /// running total).
    pub from_zero: bool,
}

/// Everything needed to draw one chart.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartSpec {
    /// Stable id, also used as `data-testid`.
    pub id: String,
    /// Title (also the accessible name).
    pub title: String,
    /// Category labels.
    pub categories: Vec<String>,
    /// Series over the categories.
    pub series: Vec<Series>,
    /// Chart type.
    pub kind: ChartKind,
    /// Title of the value axis.
    pub value_title: String,
    /// A second value axis for some series (combo charts only).
    pub second_axis: Option<SecondAxis>,
    /// The (main) value axis starts at zero even when the lines do not reach it: for
    /// shares and other values whose zero is the natural baseline.
    pub from_zero: bool,
}

/// The palette: distinguishable, AA contrast against white for text labels.
pub const PALETTE: [&str; 6] = [
    "#1f5f99", "#c8641e", "#2e7d4f", "#7b4a9e", "#b03045", "#5b6470",
];

const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// Below this width (CSS pixels) a chart is narrow (a phone): long labels are wrapped,
/// value labels stay inside their bars, a donut's names move to a legend below it, and
/// the plot grows taller for the legend and turned axis labels.
pub const NARROW: u32 = 560;

/// The plot height in presentation mode on a screen this high: 460 px on a 1080-pixel
/// projector, less on a lower screen (a 800-pixel laptop: 306 px, as the rest of a slide
/// takes about 500 px there), never under 240 px.
pub fn big_height(screen_height: Option<u32>) -> usize {
    screen_height.map_or(460, |h| {
        (0.55 * f64::from(h) - 134.0).round().clamp(240.0, 460.0) as usize
    })
}

/// The layout of one drawing: presentation size, the width of the chart's box when known.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Fit {
    big: bool,
    /// The plot's height before legends and turned labels (px).
    height: f64,
    narrow: bool,
    width: f64,
    known: bool,
    font: f64,
}

impl Fit {
    fn new(big: bool, width: Option<u32>) -> Fit {
        Fit {
            big,
            height: if big { 460.0 } else { 320.0 },
            narrow: width.is_some_and(|w| w < NARROW),
            width: width.map(f64::from).unwrap_or(640.0),
            known: width.is_some(),
            font: if big { 20.0 } else { 14.0 },
        }
    }

    /// Rows a horizontal legend with these names takes at this width.
    fn legend_rows(&self, names: &[&str]) -> usize {
        if !self.known {
            return 1;
        }
        let room = (self.width - 24.0).max(120.0);
        let (mut rows, mut used) = (1, 0.0);
        for n in names {
            let longest = n
                .split("<br>")
                .map(|l| l.chars().count())
                .max()
                .unwrap_or(0);
            let w = 0.58 * self.font * longest as f64 + 46.0;
            if used > 0.0 && used + w > room {
                rows += 1;
                used = 0.0;
            }
            used += w;
        }
        rows + names
            .iter()
            .map(|n| n.matches("<br>").count())
            .max()
            .unwrap_or(0)
    }
}

/// `text` broken into lines of at most `max` characters at spaces (`<br>` between
/// them); a longer word stays whole.
pub fn wrap(text: &str, max: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    // A unit stays with its sign: `(€ mln)` is one word.
    let text = text.replace("€ ", "€\u{a0}");
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("<br>")
}

/// A label as [`wrap`] drew it back in one line: the category a click on it means
/// (with [`escape`] undone).
pub fn unwrap(label: &str) -> String {
    label
        .replace("<br>", " ")
        .replace('\u{a0}', " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Text from the data (a category, a series name) as plotly.js shows it literally: its
/// labels read `<b>`, `<a href>` and `<br>` as markup, so `<`, `>` and `&` become
/// entities (`<script>` in a stadsdeel is drawn as the text `<script>`).
pub fn escape(text: &str) -> String {
    if !text.contains(['<', '>', '&']) {
        return text.to_string();
    }
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl ChartSpec {
    /// Where a value is hidden (suppressed, `None`), its label (`<10`) at the foot of its
    /// empty bar, so the chart says why there is no bar: bar charts with one series, and
    /// both sides of a pyramid. `cats` are the categories as drawn.
    fn hidden_labels(&self, cats: &[String]) -> Vec<Value> {
        let note = |text: &str, x: Value, y: Value, anchor: (&str, &str)| {
            let mut a = json!({
                "text": text,
                "showarrow": false,
                "xref": "x",
                "yref": "y",
                "font": {"size": 11, "color": "#57606a"},
                "x": x,
                "y": y,
            });
            a[anchor.0] = Value::from(anchor.1);
            a
        };
        let mut out = Vec::new();
        for (k, s) in self.series.iter().enumerate() {
            let hidden = s
                .values
                .iter()
                .zip(&s.labels)
                .zip(cats)
                .filter(|((v, label), _)| v.is_none() && !label.is_empty())
                .map(|((_, label), cat)| (label, cat));
            for (label, cat) in hidden {
                let cat = Value::from(cat.as_str());
                out.push(match self.kind {
                    ChartKind::Bar { horizontal: false } if self.series.len() == 1 => {
                        note(label, cat, 0.0.into(), ("yanchor", "bottom"))
                    }
                    ChartKind::Bar { horizontal: true } if self.series.len() == 1 => {
                        note(label, 0.0.into(), cat, ("xanchor", "left"))
                    }
                    ChartKind::Pyramid if k < 2 => note(
                        label,
                        0.0.into(),
                        cat,
                        ("xanchor", if k == 0 { "right" } else { "left" }),
                    ),
                    _ => continue,
                });
            }
        }
        out
    }

    /// Whether series `k` is drawn against the second axis.
    fn on_second_axis(&self, k: usize) -> bool {
        self.second_axis
            .as_ref()
            .is_some_and(|a| a.series.contains(&k))
    }

    /// The lowest and highest value of the series on the main (`second == false`) or the
    /// second value axis; `None` without values.
    fn value_range(&self, second: bool) -> Option<(f64, f64)> {
        let vals: Vec<f64> = self
            .series
            .iter()
            .enumerate()
            .filter(|(k, _)| self.on_second_axis(*k) == second)
            .flat_map(|(_, s)| s.values.iter().flatten().copied())
            .collect();
        let lo = vals.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = vals.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (lo <= hi).then_some((lo, hi))
    }

    /// Whether the value axis (the main one, or the second) starts at zero. Bars always
    /// stand on zero; an axis with only lines is scaled to its lines and starts at zero
    /// only when they reach it. When it does not, the axis title says so (small changes
    /// look large on such an axis).
    pub fn starts_at_zero(&self, second: bool) -> bool {
        let has_bars = match self.kind {
            ChartKind::Combo { .. } => self
                .series
                .iter()
                .enumerate()
                .any(|(k, s)| self.on_second_axis(k) == second && s.style == SeriesStyle::Bar),
            ChartKind::Donut => return true,
            ChartKind::Bar { .. } | ChartKind::Pyramid => true,
        };
        has_bars
            || (self.from_zero && !second)
            || (second && self.second_axis.as_ref().is_some_and(|a| a.from_zero))
            || self
                .value_range(second)
                .is_none_or(|(lo, hi)| lo <= 0.0 && hi >= 0.0)
    }

    /// A value axis title, with the note that it does not start at zero when so.
    fn axis_title(&self, title: &str, second: bool, fit: Fit, lang: Lang) -> Value {
        let horizontal = matches!(self.kind, ChartKind::Bar { horizontal: true });
        let title = if fit.narrow || horizontal {
            // Under a narrow or a horizontal plot the title has less room than beside one.
            wrap(
                title,
                if matches!(self.kind, ChartKind::Bar { horizontal: true }) {
                    18
                } else {
                    26
                },
            )
        } else if fit.big {
            // A slide on a low screen has a low plot: a title beside it gets as many lines
            // as its height needs.
            wrap(
                title,
                ((fit.height - 150.0) / (0.6 * fit.font)).max(12.0) as usize,
            )
        } else {
            title.to_string()
        };
        let text = if self.starts_at_zero(second) {
            title
        } else {
            format!(
                "{title}<br><i>{}</i>",
                crate::messages::charts::AXIS_NOT_FROM_ZERO.get(lang)
            )
        };
        json!({ "text": text })
    }

    /// The categories as drawn: long names wrapped on a horizontal category axis, and on a
    /// vertical one with few categories; unchanged on a time axis with many.
    fn drawn_categories(&self, fit: Fit) -> Vec<String> {
        let max = match self.kind {
            ChartKind::Bar { horizontal: true } | ChartKind::Pyramid => {
                if fit.narrow {
                    16
                } else {
                    30
                }
            }
            ChartKind::Bar { horizontal: false } | ChartKind::Combo { .. }
                if self.categories.len() <= 8 =>
            {
                if fit.narrow {
                    // As wide as a category's share of the plot allows.
                    let per_category = (fit.width - 70.0) / self.categories.len() as f64;
                    ((per_category / (0.6 * fit.font)) as usize).clamp(8, 14)
                } else {
                    22
                }
            }
            _ => return self.categories.iter().map(|c| escape(c)).collect(),
        };
        self.categories
            .iter()
            .map(|c| wrap(&escape(c), max))
            .collect()
    }

    /// The plotly figure for this chart (`{"data":…, "layout":…, "config":…}`), its axis
    /// and hover numbers in `lang`.
    pub fn to_plot(&self, lang: Lang) -> Value {
        self.to_plot_fit(false, None, lang)
    }

    /// The plotly figure, larger for a projector when `big` (presentation mode): taller
    /// plot, larger type and thicker lines. Numbers plotly writes itself (axis ticks,
    /// percentages) use `lang`'s separators: `1.000` / `1,000`.
    pub fn to_plot_sized(&self, big: bool, lang: Lang) -> Value {
        self.to_plot_fit(big, None, lang)
    }

    /// [`ChartSpec::to_plot_sized`] for a box `width` CSS pixels wide (when known): below
    /// [`NARROW`] long labels are wrapped, bar labels stay inside their bars (hidden when
    /// they do not fit), a donut names its slices in a legend below, and the plot grows
    /// taller for legend rows and turned axis labels so its plot area keeps its height.
    pub fn to_plot_fit(&self, big: bool, width: Option<u32>, lang: Lang) -> Value {
        self.to_plot_framed(big, width, None, lang)
    }

    /// [`ChartSpec::to_plot_fit`] on a screen `screen_height` CSS pixels high (when known):
    /// in presentation mode the plot takes a share of the screen's height ([`big_height`]),
    /// so a slide fits on a laptop as on a 1080-pixel projector.
    pub fn to_plot_framed(
        &self,
        big: bool,
        width: Option<u32>,
        screen_height: Option<u32>,
        lang: Lang,
    ) -> Value {
        let mut fit = Fit::new(big, width);
        let (font_size, height, line_width) = if big {
            (20, big_height(screen_height), 4.5)
        } else {
            (14, 320, 2.5)
        };
        fit.height = height as f64;
        let cats = self.drawn_categories(fit);
        let mut data: Vec<Value> = Vec::new();
        let mut extra_height = 0.0;
        let inset = self.second_axis.as_ref().is_some_and(|a| a.inset);
        let legend_names: Vec<&str> = self
            .series
            .iter()
            .enumerate()
            .filter(|(k, s)| {
                s.color != INVISIBLE
                    && s.values.iter().any(Option::is_some)
                    && !(inset && self.on_second_axis(*k))
            })
            .map(|(_, s)| s.name.as_str())
            .collect();
        let legend =
            |y: f64, anchor: &str| json!({"orientation": "h", "x": 0.0, "y": y, "yanchor": anchor});
        let mut layout = json!({
            "separators": separators(lang),
            "font": {"family": FONT_FAMILY, "size": font_size, "color": "#1b1f24"},
            "margin": {"l": 8, "r": 16, "t": 28, "b": 56, "autoexpand": true},
            "paper_bgcolor": "rgba(0,0,0,0)",
            "plot_bgcolor": "rgba(0,0,0,0)",
            // Bar labels that would have to shrink below a readable size are left out
            // (the hover and the table have them); the others share one size.
            "uniformtext": {"mode": "hide", "minsize": if big { 16 } else { 11 }},
            "legend": legend(1.02, "bottom"),
        });
        let set = |layout: &mut Value, key: &str, value: Value| layout[key] = value;
        // Turned category labels (many categories, or a phone) take height from the plot.
        let vertical_categories = matches!(
            self.kind,
            ChartKind::Bar { horizontal: false } | ChartKind::Combo { .. }
        );
        if fit.narrow && vertical_categories {
            let longest = cats
                .iter()
                .map(|c| {
                    c.split("<br>")
                        .map(|l| l.chars().count())
                        .max()
                        .unwrap_or(0)
                })
                .max()
                .unwrap_or(0) as f64;
            let per_category = (fit.width - 60.0) / cats.len().max(1) as f64;
            if longest * 0.6 * fit.font > per_category {
                extra_height += (longest * 0.6 * fit.font - 24.0).max(0.0);
            }
        }
        if legend_names.len() > 1 || matches!(self.kind, ChartKind::Combo { .. }) {
            extra_height += (fit.legend_rows(&legend_names) - 1) as f64 * fit.font * 1.75;
        }
        if let ChartKind::Bar { horizontal: true } = self.kind {
            // Every bar its own line of text: room for its label and its wrapped name.
            let lines: usize = cats.iter().map(|c| c.matches("<br>").count() + 1).sum();
            let bars = self.categories.len() * self.series.len().max(1);
            let needed =
                130.0 + (bars as f64 * 0.9 * fit.font).max(lines as f64 * 1.3 * fit.font) * 1.6;
            extra_height += (needed - height as f64).max(0.0);
        }
        match self.kind {
            ChartKind::Bar { horizontal } => {
                // Horizontal bars draw bottom-up: reverse so the first category is on top.
                let order: Vec<usize> = if horizontal {
                    (0..self.categories.len()).rev().collect()
                } else {
                    (0..self.categories.len()).collect()
                };
                let drawn: Vec<&str> = order.iter().map(|&i| cats[i].as_str()).collect();
                // On a phone, and on horizontal bars at any width (the tornado's longest
                // bars reach the plot's edge), labels stay inside their bars: outside they
                // would be cut off. A label that does not fit is left out (hover, table).
                let position = if fit.narrow || horizontal {
                    "inside"
                } else {
                    "auto"
                };
                for s in &self.series {
                    let values: Vec<Option<f64>> = order.iter().map(|&i| s.values[i]).collect();
                    let labels: Vec<&str> = order.iter().map(|&i| s.labels[i].as_str()).collect();
                    let mut bar = json!({
                        "type": "bar",
                        "x": drawn,
                        "y": values,
                        "name": escape(&s.name),
                        "text": labels,
                        "textposition": position,
                        "hovertemplate": "%{x}: %{text}<extra>%{fullData.name}</extra>",
                        "marker": {"color": s.color},
                    });
                    if horizontal {
                        bar["x"] = json!(values);
                        bar["y"] = json!(drawn);
                        bar["orientation"] = "h".into();
                        bar["hovertemplate"] =
                            "%{y}: %{text}<extra>%{fullData.name}</extra>".into();
                    }
                    data.push(bar);
                }
                let value_axis = json!({
                    "automargin": true,
                    "tickformat": ",",
                    "title": self.axis_title(&self.value_title, false, fit, lang),
                    "zeroline": true,
                });
                let mut cat_axis = json!({"automargin": true, "type": "category"});
                if !horizontal && self.categories.len() <= 4 {
                    // A few wrapped names read level, not turned on their side.
                    cat_axis["tickangle"] = 0.0.into();
                }
                let (x, y) = if horizontal {
                    (value_axis, cat_axis)
                } else {
                    (cat_axis, value_axis)
                };
                set(&mut layout, "xaxis", x);
                set(&mut layout, "yaxis", y);
                set(&mut layout, "barmode", "group".into());
                set(&mut layout, "showlegend", (self.series.len() > 1).into());
            }
            ChartKind::Pyramid => {
                let max = self
                    .series
                    .iter()
                    .flat_map(|s| s.values.iter().flatten())
                    .fold(0.0_f64, |a, &b| a.max(b));
                for (k, s) in self.series.iter().take(2).enumerate() {
                    let sign = if k == 0 { -1.0 } else { 1.0 };
                    let values: Vec<Option<f64>> =
                        s.values.iter().map(|v| v.map(|x| sign * x)).collect();
                    data.push(json!({
                        "type": "bar",
                        "x": values,
                        "y": cats,
                        "orientation": "h",
                        "name": escape(&s.name),
                        "text": s.labels,
                        "textposition": "auto",
                        "hovertemplate": "%{y}: %{text}<extra>%{fullData.name}</extra>",
                        "marker": {"color": s.color},
                    }));
                }
                let (vals, texts) = symmetric_ticks(max, lang);
                set(&mut layout, "barmode", "relative".into());
                set(
                    &mut layout,
                    "xaxis",
                    json!({
                        "title": self.axis_title(&self.value_title, false, fit, lang),
                        "tickvals": vals,
                        "ticktext": texts,
                        "range": [-max * 1.1, max * 1.1],
                    }),
                );
                set(
                    &mut layout,
                    "yaxis",
                    json!({"automargin": true, "type": "category"}),
                );
            }
            ChartKind::Combo { stacked } => {
                let second = self.second_axis.as_ref();
                for (k, s) in self.series.iter().enumerate() {
                    let on_second = self.on_second_axis(k);
                    let mut x = cats.clone();
                    let mut values = s.values.clone();
                    let mut labels = s.labels.clone();
                    if on_second && inset {
                        // An inset shows only the categories it repeats.
                        let keep: Vec<usize> =
                            (0..values.len()).filter(|&i| values[i].is_some()).collect();
                        x = keep.iter().map(|&i| cats[i].clone()).collect();
                        values = keep.iter().map(|&i| s.values[i]).collect();
                        labels = keep.iter().map(|&i| s.labels[i].clone()).collect();
                    }
                    let hover = "%{x}: %{text}<extra>%{fullData.name}</extra>";
                    // A transparent series (a waterfall's base) has no legend entry and no
                    // hover; a series without any value has no legend entry.
                    let hidden = s.color == INVISIBLE;
                    // A series in an inset is named by the inset's axis title.
                    let in_legend =
                        !hidden && s.values.iter().any(Option::is_some) && !(on_second && inset);
                    let mut trace = json!({
                        "x": x,
                        "y": values,
                        "name": escape(&s.name),
                        "text": labels,
                    });
                    if on_second {
                        trace["xaxis"] = if inset { "x2" } else { "x" }.into();
                        trace["yaxis"] = "y2".into();
                    }
                    match s.style {
                        SeriesStyle::Bar => {
                            let position = if on_second && inset {
                                "outside"
                            } else if stacked && !hidden {
                                "inside"
                            } else {
                                "none"
                            };
                            let fields = json!({
                                "type": "bar",
                                "textposition": position,
                                "hovertemplate": if hidden { "<extra></extra>" } else { hover },
                                "hoverinfo": if hidden { "skip" } else { "all" },
                                "showlegend": in_legend,
                                "marker": {"color": s.color},
                            });
                            merge(&mut trace, fields);
                            if on_second {
                                merge(
                                    &mut trace,
                                    json!({
                                        "cliponaxis": false,
                                        "constraintext": "none",
                                        "textfont": {"size": font_size + 2},
                                    }),
                                );
                            }
                        }
                        style => {
                            merge(
                                &mut trace,
                                json!({
                                    "type": "scatter",
                                    "mode": "lines",
                                    "hovertemplate": hover,
                                    "connectgaps": false,
                                }),
                            );
                            match style {
                                SeriesStyle::BandLow => {
                                    trace["line"] = json!({"width": 0.0, "color": s.color});
                                    trace["showlegend"] = false.into();
                                }
                                SeriesStyle::BandHigh => {
                                    trace["line"] = json!({"width": 0.0, "color": s.color});
                                    trace["fill"] = "tonexty".into();
                                    trace["fillcolor"] = s.color.as_str().into();
                                }
                                _ => {
                                    let mut line = json!({"color": s.color, "width": line_width});
                                    if style == SeriesStyle::Dashed {
                                        line["dash"] = "dash".into();
                                    }
                                    trace["line"] = line;
                                }
                            }
                        }
                    }
                    data.push(trace);
                }
                let mut x_axis = json!({"type": "category", "automargin": true, "nticks": 12});
                let mut y_axis = json!({
                    "title": self.axis_title(&self.value_title, false, fit, lang),
                    "automargin": true,
                    "tickformat": ",",
                });
                if self.from_zero {
                    y_axis["rangemode"] = "tozero".into();
                }
                if let Some(a) = second {
                    // The second axis in the colour of its (first) series, so it is clear
                    // which line or bar it measures.
                    let color = a
                        .series
                        .first()
                        .and_then(|&k| self.series.get(k))
                        .map(|s| s.color.clone())
                        .unwrap_or_else(|| PALETTE[0].to_string());
                    let title = self.axis_title(&a.title, true, fit, lang);
                    let (lo, hi) = self.value_range(true).unwrap_or((0.0, 1.0));
                    if inset {
                        // A panel of its own at the right, zoomed to its values: room above
                        // (or below) the bar for its label.
                        let pad = 0.45 * (hi.max(0.0) - lo.min(0.0)).max(1e-9);
                        let range = [
                            if lo < 0.0 { lo - pad } else { 0.0 },
                            if hi > 0.0 { hi + pad } else { 0.0 },
                        ];
                        let split = if fit.narrow { 0.62 } else { 0.74 };
                        x_axis["domain"] = json!([0.0, split]);
                        set(
                            &mut layout,
                            "xaxis2",
                            json!({
                                "type": "category",
                                "domain": [split + 0.1, 1.0],
                                "anchor": "y2",
                                "automargin": true,
                            }),
                        );
                        set(
                            &mut layout,
                            "yaxis2",
                            json!({
                                "anchor": "x2",
                                // Its scale at the far right, away from the main plot.
                                "side": "right",
                                "title": title,
                                "range": range,
                                "tickformat": ",",
                                "zeroline": true,
                                "automargin": true,
                                "color": color,
                            }),
                        );
                    } else {
                        let mode = if a.from_zero { "tozero" } else { "normal" };
                        set(
                            &mut layout,
                            "yaxis2",
                            json!({
                                "rangemode": mode,
                                "overlaying": "y",
                                "side": "right",
                                "title": title,
                                // Round ticks of its own (not synced to the left axis).
                                "tickmode": "auto",
                                "nticks": 6,
                                "tickformat": ",",
                                "zeroline": true,
                                "zerolinecolor": color,
                                "showgrid": false,
                                "automargin": true,
                                "color": color,
                            }),
                        );
                    }
                }
                if stacked {
                    // The legend in the order of the series (plotly reverses stacked bars).
                    let mut l = legend(1.02, "bottom");
                    l["traceorder"] = "normal".into();
                    set(&mut layout, "legend", l);
                }
                set(
                    &mut layout,
                    "barmode",
                    if stacked { "stack" } else { "group" }.into(),
                );
                set(&mut layout, "hovermode", "x unified".into());
                set(&mut layout, "xaxis", x_axis);
                set(&mut layout, "yaxis", y_axis);
                set(&mut layout, "showlegend", true.into());
            }
            ChartKind::Donut => {
                if let Some(s) = self.series.first() {
                    let values: Vec<f64> = s.values.iter().map(|v| v.unwrap_or(0.0)).collect();
                    let colors: Vec<&str> = PALETTE
                        .iter()
                        .cycle()
                        .take(self.categories.len())
                        .copied()
                        .collect();
                    let mut pie = json!({
                        "type": "pie",
                        "values": values,
                        "labels": cats,
                        "hole": 0.55,
                        "sort": false,
                        "text": s.labels,
                        "hovertemplate": "%{label}: %{text} (%{percent:.1%})<extra></extra>",
                        "marker": {"colors": colors},
                    });
                    if fit.narrow {
                        // A phone: the percentages on the ring, the names in a legend below
                        // (a name beside the ring would be cut off at the screen's edge).
                        merge(
                            &mut pie,
                            json!({
                                "textinfo": "percent",
                                "texttemplate": "%{percent:.1%}",
                                "textposition": "inside",
                            }),
                        );
                        let names: Vec<&str> = cats.iter().map(String::as_str).collect();
                        extra_height += fit.legend_rows(&names) as f64 * fit.font * 1.5;
                    } else {
                        // Names beside the ring push the margins instead of being cut.
                        merge(
                            &mut pie,
                            json!({
                                "textinfo": "label+percent",
                                "texttemplate": "%{label}<br>%{percent:.1%}",
                                "automargin": true,
                            }),
                        );
                    }
                    data.push(pie);
                }
                set(&mut layout, "showlegend", fit.narrow.into());
                if fit.narrow {
                    set(&mut layout, "legend", legend(-0.02, "top"));
                }
            }
        }
        // Tick labels are never hidden for sticking out of the chart (the margins grow to
        // hold them): plotly's default check measures every label again on each draw.
        if let Value::Object(keys) = &mut layout {
            for (key, axis) in keys.iter_mut() {
                if key.starts_with("xaxis") || key.starts_with("yaxis") {
                    if let Value::Object(axis) = axis {
                        axis.entry("ticklabeloverflow").or_insert("allow".into());
                    }
                }
            }
        }
        let total = (height as f64 + extra_height).round() as usize;
        set(&mut layout, "height", total.into());
        let hidden = self.hidden_labels(&cats);
        if !hidden.is_empty() {
            set(&mut layout, "annotations", Value::Array(hidden));
        }
        json!({
            "data": data,
            "layout": layout,
            // No plotly toolbar: its buttons are unlabelled for screen readers and sit
            // inside the chart's role="img"; the chart's own PNG/SVG buttons replace it.
            "config": {"displaylogo": false, "responsive": true, "displayModeBar": false},
        })
    }

    /// The figure as plotly JSON (`{"data":…, "layout":…, "config":…}`).
    pub fn to_json(&self, lang: Lang) -> String {
        self.to_json_fit(false, None, lang)
    }

    /// [`ChartSpec::to_json`], larger when `big` (presentation mode).
    pub fn to_json_sized(&self, big: bool, lang: Lang) -> String {
        self.to_json_fit(big, None, lang)
    }

    /// [`ChartSpec::to_plot_fit`] as plotly JSON.
    pub fn to_json_fit(&self, big: bool, width: Option<u32>, lang: Lang) -> String {
        self.to_json_framed(big, width, None, lang)
    }

    /// [`ChartSpec::to_json_fit`] on a screen `screen_height` CSS pixels high
    /// ([`ChartSpec::to_plot_framed`]). The legend is placed against the plot (plotly's
    /// default): a legend placed against the whole chart makes plotly reserve its width in
    /// the left margin, which squeezed every plot with a legend to the right half.
    pub fn to_json_framed(
        &self,
        big: bool,
        width: Option<u32>,
        screen_height: Option<u32>,
        lang: Lang,
    ) -> String {
        self.to_plot_framed(big, width, screen_height, lang)
            .to_string()
    }
}

/// Adds `fields` (an object) to the object `into`.
fn merge(into: &mut Value, fields: Value) {
    if let (Value::Object(into), Value::Object(fields)) = (into, fields) {
        into.extend(fields);
    }
}

/// The colour of an invisible series (a waterfall's base).
pub const INVISIBLE: &str = "rgba(0,0,0,0)";

/// Plotly's `separators` layout attribute: the decimal mark, then the thousands separator.
fn separators(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => ",.",
        Lang::En => ".,",
    }
}

/// Tick positions and labels (in `lang`) for a pyramid axis that runs from −max to +max.
fn symmetric_ticks(max: f64, lang: Lang) -> (Vec<f64>, Vec<String>) {
    if max <= 0.0 {
        return (vec![0.0], vec!["0".into()]);
    }
    let raw = max / 3.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let n = (max / step).floor() as i64;
    let mut vals = Vec::new();
    let mut texts = Vec::new();
    for i in -n..=n {
        let v = i as f64 * step;
        vals.push(v);
        texts.push(format::int(lang, v.abs().round() as i64));
    }
    (vals, texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(kind: ChartKind) -> ChartSpec {
        ChartSpec {
            id: "t".into(),
            title: "Test".into(),
            categories: vec!["a".into(), "b".into()],
            series: vec![
                Series {
                    name: "Man".into(),
                    values: vec![Some(1200.0), None],
                    labels: vec!["1.200".into(), "<10".into()],
                    color: PALETTE[0].into(),
                    style: SeriesStyle::Bar,
                },
                Series {
                    name: "Vrouw".into(),
                    values: vec![Some(900.0), Some(15.0)],
                    labels: vec!["900".into(), "15".into()],
                    color: PALETTE[1].into(),
                    style: SeriesStyle::Bar,
                },
            ],
            kind,
            value_title: "uitkeringen".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_hidden_bar_shows_its_label_at_its_foot() {
        let mut one = spec(ChartKind::Bar { horizontal: false });
        one.series.truncate(1);
        let v: serde_json::Value = serde_json::from_str(&one.to_json(Lang::Nl)).unwrap();
        let notes = v["layout"]["annotations"].as_array().expect("annotations");
        assert_eq!(notes.len(), 1);
        assert_eq!((&notes[0]["x"], &notes[0]["y"]), (&"b".into(), &0.0.into()));
        assert_eq!(notes[0]["text"], "<10");
        // Grouped bars (two series): no label (it could not say which series it is for).
        let v: serde_json::Value =
            serde_json::from_str(&spec(ChartKind::Bar { horizontal: false }).to_json(Lang::Nl))
                .unwrap();
        assert!(v["layout"]["annotations"].is_null());
    }

    #[test]
    fn pyramid_puts_the_first_series_left_with_positive_tick_labels() {
        let v: serde_json::Value =
            serde_json::from_str(&spec(ChartKind::Pyramid).to_json(Lang::Nl)).unwrap();
        assert_eq!(v["data"][0]["x"][0], -1200.0);
        assert!(
            v["data"][0]["x"][1].is_null(),
            "a suppressed value is not drawn"
        );
        assert_eq!(v["data"][1]["x"][0], 900.0);
        let notes = v["layout"]["annotations"].as_array().expect("annotations");
        assert_eq!(notes.len(), 1, "one hidden value, one label");
        assert_eq!(notes[0]["text"], "<10");
        assert_eq!(notes[0]["y"], "b");
        assert_eq!(notes[0]["xanchor"], "right", "on the left (first) side");
        assert_eq!(v["layout"]["barmode"], "relative");
        assert_eq!(v["layout"]["separators"], ",.");
        let texts = v["layout"]["xaxis"]["ticktext"].as_array().unwrap();
        assert!(texts.iter().all(|t| !t.as_str().unwrap().starts_with('-')));
        assert!(texts.iter().any(|t| t == "1.000"), "{texts:?}");
    }

    #[test]
    fn bar_and_donut_carry_the_dutch_labels() {
        let v: serde_json::Value =
            serde_json::from_str(&spec(ChartKind::Bar { horizontal: true }).to_json(Lang::Nl))
                .unwrap();
        assert_eq!(v["data"][0]["orientation"], "h");
        assert_eq!(
            v["data"][0]["text"][0], "<10",
            "reversed: the last category is drawn first"
        );
        assert_eq!(v["data"][0]["y"][1], "a");
        assert_eq!(v["config"]["displaylogo"], false);
        let v: serde_json::Value =
            serde_json::from_str(&spec(ChartKind::Donut).to_json(Lang::Nl)).unwrap();
        assert_eq!(v["data"][0]["type"], "pie");
        assert_eq!(v["data"][0]["values"][1], 0.0);
    }

    #[test]
    fn no_toolbar_and_larger_for_a_projector() {
        let normal: serde_json::Value =
            serde_json::from_str(&spec(ChartKind::Combo { stacked: false }).to_json(Lang::Nl))
                .unwrap();
        assert_eq!(normal["config"]["displayModeBar"], false);
        let big: serde_json::Value = serde_json::from_str(
            &spec(ChartKind::Combo { stacked: false }).to_json_sized(true, Lang::Nl),
        )
        .unwrap();
        let size = |v: &serde_json::Value| v["layout"]["font"]["size"].as_f64().unwrap();
        let height = |v: &serde_json::Value| v["layout"]["height"].as_f64().unwrap();
        assert!(size(&big) > size(&normal) && height(&big) > height(&normal));
    }

    #[test]
    fn english_charts_use_english_separators() {
        let v: serde_json::Value =
            serde_json::from_str(&spec(ChartKind::Pyramid).to_json(Lang::En)).unwrap();
        assert_eq!(
            v["layout"]["separators"], ".,",
            "decimal point, thousands comma"
        );
        let texts = v["layout"]["xaxis"]["ticktext"].as_array().unwrap();
        assert!(texts.iter().any(|t| t == "1,000"), "{texts:?}");
        assert!(!texts.iter().any(|t| t == "1.000"), "{texts:?}");
        let v: serde_json::Value =
            serde_json::from_str(&spec(ChartKind::Combo { stacked: false }).to_json(Lang::En))
                .unwrap();
        assert_eq!(v["layout"]["separators"], ".,");
    }

    fn lines(values: &[f64]) -> ChartSpec {
        ChartSpec {
            id: "l".into(),
            title: "Bestand".into(),
            categories: (0..values.len()).map(|i| format!("m{i}")).collect(),
            series: vec![Series::new(
                "Bestand",
                values.iter().map(|v| Some(*v)).collect(),
                values.iter().map(|v| v.to_string()).collect(),
                PALETTE[0],
                SeriesStyle::Line,
            )],
            kind: ChartKind::Combo { stacked: false },
            value_title: "uitkeringen".into(),
            ..Default::default()
        }
    }

    #[test]
    fn an_axis_that_does_not_start_at_zero_says_so() {
        let title = |c: &ChartSpec, lang| -> String {
            let v: serde_json::Value = serde_json::from_str(&c.to_json(lang)).unwrap();
            v["layout"]["yaxis"]["title"]["text"]
                .as_str()
                .unwrap()
                .to_string()
        };
        // Lines around 5.600–6.100: plotly scales to the lines, not from zero.
        let stock = lines(&[6100.0, 5600.0, 5687.0]);
        assert!(!stock.starts_at_zero(false));
        assert_eq!(
            title(&stock, Lang::Nl),
            "uitkeringen<br><i>as begint niet bij 0</i>"
        );
        assert!(title(&stock, Lang::En).ends_with("<i>axis does not start at 0</i>"));
        // Lines that cross zero, and bars (which stand on zero), need no note.
        let crossing = lines(&[3.1, -0.9]);
        assert!(crossing.starts_at_zero(false));
        assert_eq!(title(&crossing, Lang::Nl), "uitkeringen");
        let mut bars = lines(&[6100.0, 5600.0]);
        bars.series[0].style = SeriesStyle::Bar;
        assert!(bars.starts_at_zero(false));
        assert!(spec(ChartKind::Bar { horizontal: true }).starts_at_zero(false));
        // A share whose zero is its natural baseline: drawn from zero.
        let mut share = lines(&[100.0, 51.3]);
        share.from_zero = true;
        assert!(share.starts_at_zero(false));
        let v: serde_json::Value = serde_json::from_str(&share.to_json(Lang::Nl)).unwrap();
        assert_eq!(v["layout"]["yaxis"]["rangemode"], "tozero");
        assert_eq!(v["layout"]["yaxis"]["title"]["text"], "uitkeringen");
    }

    #[test]
    fn a_second_axis_carries_only_its_own_series() {
        let mut c = lines(&[1.6, -2.2]);
        c.series.insert(
            0,
            Series::new(
                "Budget",
                vec![Some(114.0), Some(118.0)],
                vec!["114".into(), "118".into()],
                PALETTE[1],
                SeriesStyle::Bar,
            ),
        );
        c.second_axis = Some(SecondAxis {
            series: vec![1],
            title: "Resultaat (rechter as)".into(),
            inset: false,
            from_zero: false,
        });
        assert!(c.starts_at_zero(false) && c.starts_at_zero(true));
        let v: serde_json::Value = serde_json::from_str(&c.to_json(Lang::Nl)).unwrap();
        assert!(v["data"][0]["yaxis"].is_null(), "the bars on the main axis");
        assert_eq!(v["data"][1]["yaxis"], "y2");
        assert_eq!(v["layout"]["yaxis2"]["overlaying"], "y");
        assert_eq!(
            v["layout"]["yaxis2"]["color"], PALETTE[0],
            "in the line's colour"
        );
        assert_eq!(
            v["layout"]["yaxis2"]["title"]["text"],
            "Resultaat (rechter as)"
        );
        assert_eq!(v["layout"]["yaxis2"]["rangemode"], "normal");
        // A running total on the right: measured from zero, without the note.
        let mut total = c.clone();
        total.series[1].values = vec![Some(14.0), Some(28.0)];
        assert!(!total.starts_at_zero(true));
        total.second_axis.as_mut().unwrap().from_zero = true;
        assert!(total.starts_at_zero(true));
        let v: serde_json::Value = serde_json::from_str(&total.to_json(Lang::Nl)).unwrap();
        assert_eq!(v["layout"]["yaxis2"]["rangemode"], "tozero");
        assert_eq!(
            v["layout"]["yaxis2"]["title"]["text"],
            "Resultaat (rechter as)"
        );
    }

    #[test]
    fn long_labels_wrap_at_spaces() {
        assert_eq!(
            wrap("Geen inkomsten uit werk", 12),
            "Geen<br>inkomsten<br>uit werk"
        );
        assert_eq!(wrap("kort", 12), "kort");
        let unit = "verandering resultaat (€ mln)";
        assert_eq!(wrap(unit, 18), "verandering<br>resultaat (€\u{a0}mln)");
        assert_eq!(unwrap(&wrap(unit, 18)), unit, "a click means the category");
        assert_eq!(
            wrap("bijstandsbestandbeginjaar x", 8),
            "bijstandsbestandbeginjaar<br>x"
        );
    }

    #[test]
    fn a_slides_plot_takes_its_share_of_the_screen_height() {
        assert_eq!(big_height(None), 460);
        assert_eq!(big_height(Some(1080)), 460);
        assert_eq!(big_height(Some(800)), 306);
        assert_eq!(big_height(Some(600)), 240);
        let spec = ChartSpec {
            id: "chart-x".into(),
            title: "x".into(),
            categories: vec!["a".into(), "b".into()],
            series: vec![Series {
                name: "s".into(),
                values: vec![Some(1.0), Some(2.0)],
                labels: vec!["1".into(), "2".into()],
                color: "#000".into(),
                style: SeriesStyle::Bar,
            }],
            ..Default::default()
        };
        let h = |screen| {
            let v: serde_json::Value =
                serde_json::from_str(&spec.to_json_framed(true, Some(1200), screen, Lang::Nl))
                    .unwrap();
            v["layout"]["height"].as_f64().unwrap()
        };
        assert!(
            h(Some(800)) < h(Some(1080)),
            "{} {}",
            h(Some(800)),
            h(Some(1080))
        );
        // Outside presentation mode the screen's height changes nothing.
        let normal = |screen| spec.to_json_framed(false, Some(1200), screen, Lang::Nl);
        assert_eq!(normal(Some(800)), normal(None));
    }

    #[test]
    fn markup_in_the_data_is_drawn_as_text() {
        let hostile = "<img src=x onerror=alert(1)> & <b>vet</b>";
        for kind in [ChartKind::Bar { horizontal: true }, ChartKind::Donut] {
            let mut c = spec(kind);
            c.categories = vec![hostile.into(), "javascript:alert(1)".into()];
            c.series[0].name = "<script>alert(1)</script>".into();
            let json = c.to_json(Lang::Nl);
            assert!(
                !json.contains("<img") && !json.contains("<script") && !json.contains("<b>"),
                "{json}"
            );
            assert!(json.contains("&lt;img src=x"), "{json}");
            if kind != ChartKind::Donut {
                // A donut has no series name on screen.
                assert!(json.contains("&lt;script&gt;"), "{json}");
            }
        }
        assert_eq!(
            unwrap(&wrap(&escape(hostile), 12)),
            hostile,
            "a click means the category"
        );
    }

    #[test]
    fn on_a_phone_labels_stay_inside_and_the_plot_keeps_its_height() {
        let json = |c: &ChartSpec, width| -> serde_json::Value {
            serde_json::from_str(&c.to_json_fit(false, width, Lang::Nl)).unwrap()
        };
        // A donut: names in a legend below, percentages on the ring.
        let mut donut = spec(ChartKind::Donut);
        donut.categories = vec![
            "Geen inkomsten uit werk".into(),
            "Met inkomsten uit werk".into(),
        ];
        let wide = json(&donut, Some(1200));
        assert_eq!(wide["data"][0]["textinfo"], "label+percent");
        assert_eq!(wide["data"][0]["automargin"], true);
        assert_eq!(wide["layout"]["showlegend"], false);
        let phone = json(&donut, Some(340));
        assert_eq!(phone["data"][0]["textinfo"], "percent");
        assert_eq!(phone["data"][0]["textposition"], "inside");
        assert_eq!(phone["layout"]["showlegend"], true);
        assert_eq!(phone["layout"]["legend"]["yanchor"], "top");
        // Horizontal bars: long names wrapped, values inside the bars.
        let mut tornado = spec(ChartKind::Bar { horizontal: true });
        tornado.categories = vec![
            "bijstandsbestand begin jaar".into(),
            "LKS-uitgaven (€ mln)".into(),
        ];
        let phone = json(&tornado, Some(340));
        assert_eq!(phone["data"][0]["textposition"], "inside");
        assert_eq!(phone["data"][0]["y"][1], "bijstandsbestand<br>begin jaar");
        assert_eq!(
            json(&tornado, Some(1200))["data"][0]["textposition"],
            "inside"
        );
        assert_eq!(phone["layout"]["uniformtext"]["mode"], "hide");
        // Six legend entries and turned year labels: taller on a phone than on a laptop.
        let mut reasons = lines(&[474.0, 425.0, 473.0, 432.0, 433.0, 337.0]);
        reasons.kind = ChartKind::Combo { stacked: true };
        reasons.categories = ["2019", "2020", "2021", "2022", "2023", "2024 (9 mnd)"]
            .map(String::from)
            .to_vec();
        let one = reasons.series[0].clone();
        reasons.series = [
            "Werk",
            "Plaatsing Werkplein",
            "Zelfstandig",
            "Studie",
            "AOW",
            "Overig",
        ]
        .iter()
        .map(|n| Series {
            name: n.to_string(),
            style: SeriesStyle::Bar,
            ..one.clone()
        })
        .collect();
        let h = |v: serde_json::Value| v["layout"]["height"].as_f64().unwrap();
        assert!(h(json(&reasons, Some(340))) >= h(json(&reasons, Some(1200))) + 60.0);
        assert_eq!(h(json(&reasons, None)), 320.0);
    }

    #[test]
    fn tick_labels_are_not_checked_for_overflow() {
        // Every axis of every kind: plotly would measure each tick label again per draw.
        for kind in [
            ChartKind::Bar { horizontal: false },
            ChartKind::Bar { horizontal: true },
            ChartKind::Combo { stacked: false },
        ] {
            let v: serde_json::Value = serde_json::from_str(&spec(kind).to_json(Lang::Nl)).unwrap();
            let axes: Vec<_> = v["layout"]
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, _)| k.starts_with("xaxis") || k.starts_with("yaxis"))
                .collect();
            assert!(axes.len() >= 2, "{kind:?}");
            for (k, axis) in axes {
                assert_eq!(axis["ticklabeloverflow"], "allow", "{kind:?} {k}");
            }
        }
    }
}
