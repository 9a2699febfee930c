//! Chart view models → plotly specifications. Pure: knows nothing of the domain,
//! so every chart can be checked natively as JSON.

use plotly::common::{Anchor, Font, Marker, Orientation, TextPosition, Title};
use plotly::common::{DashType, Fill, Line, Mode};
use plotly::configuration::Configuration;
use plotly::layout::{Annotation, Axis, BarMode, Layout, Legend, Margin};
use plotly::{Bar, Pie, Plot, Scatter};

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

/// Everything needed to draw one chart.
#[derive(Clone, Debug, PartialEq)]
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
}

/// The palette: distinguishable, AA contrast against white for text labels.
pub const PALETTE: [&str; 6] = [
    "#1f5f99", "#c8641e", "#2e7d4f", "#7b4a9e", "#b03045", "#5b6470",
];

const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

impl ChartSpec {
    /// Where a value is hidden (suppressed, `None`), its label (`<10`) at the foot of its
    /// empty bar, so the chart says why there is no bar: bar charts with one series, and
    /// both sides of a pyramid.
    fn hidden_labels(&self) -> Vec<Annotation> {
        let note = |text: &str| {
            Annotation::new()
                .text(text)
                .show_arrow(false)
                .x_ref("x")
                .y_ref("y")
                .font(Font::new().size(11).color("#57606a"))
        };
        let mut out = Vec::new();
        for (k, s) in self.series.iter().enumerate() {
            let hidden = s
                .values
                .iter()
                .zip(&s.labels)
                .zip(&self.categories)
                .filter(|((v, label), _)| v.is_none() && !label.is_empty())
                .map(|((_, label), cat)| (label, cat));
            for (label, cat) in hidden {
                out.push(match self.kind {
                    ChartKind::Bar { horizontal: false } if self.series.len() == 1 => {
                        note(label).x(cat.as_str()).y(0.0).y_anchor(Anchor::Bottom)
                    }
                    ChartKind::Bar { horizontal: true } if self.series.len() == 1 => {
                        note(label).x(0.0).y(cat.as_str()).x_anchor(Anchor::Left)
                    }
                    ChartKind::Pyramid if k < 2 => note(label)
                        .x(0.0)
                        .y(cat.as_str())
                        .x_anchor(if k == 0 { Anchor::Right } else { Anchor::Left }),
                    _ => continue,
                });
            }
        }
        out
    }

    /// The plotly figure for this chart, its axis and hover numbers in `lang`.
    pub fn to_plot(&self, lang: Lang) -> Plot {
        self.to_plot_sized(false, lang)
    }

    /// The plotly figure, larger for a projector when `big` (presentation mode): taller
    /// plot, larger type and thicker lines. Numbers plotly writes itself (axis ticks,
    /// percentages) use `lang`'s separators: `1.000` / `1,000`.
    pub fn to_plot_sized(&self, big: bool, lang: Lang) -> Plot {
        let (font_size, height, line_width) = if big { (20, 460, 4.5) } else { (14, 320, 2.5) };
        let mut plot = Plot::new();
        let mut layout = Layout::new()
            .separators(separators(lang))
            .font(
                Font::new()
                    .family(FONT_FAMILY)
                    .size(font_size)
                    .color("#1b1f24"),
            )
            .margin(
                Margin::new()
                    .left(8)
                    .right(16)
                    .top(28)
                    .bottom(56)
                    .auto_expand(true),
            )
            .paper_background_color("rgba(0,0,0,0)")
            .plot_background_color("rgba(0,0,0,0)")
            .height(height)
            .legend(
                Legend::new()
                    .orientation(Orientation::Horizontal)
                    .x(0.0)
                    .y(1.12)
                    .y_anchor(Anchor::Bottom),
            );
        match self.kind {
            ChartKind::Bar { horizontal } => {
                // Horizontal bars draw bottom-up: reverse so the first category is on top.
                let order: Vec<usize> = if horizontal {
                    (0..self.categories.len()).rev().collect()
                } else {
                    (0..self.categories.len()).collect()
                };
                let cats: Vec<String> = order.iter().map(|&i| self.categories[i].clone()).collect();
                for s in &self.series {
                    let values: Vec<Option<f64>> = order.iter().map(|&i| s.values[i]).collect();
                    let labels: Vec<String> = order.iter().map(|&i| s.labels[i].clone()).collect();
                    let hover = if horizontal {
                        "%{y}: %{text}<extra>%{fullData.name}</extra>"
                    } else {
                        "%{x}: %{text}<extra>%{fullData.name}</extra>"
                    };
                    let marker = Marker::new().color(s.color.clone());
                    if horizontal {
                        plot.add_trace(
                            Bar::new(values, cats.clone())
                                .orientation(Orientation::Horizontal)
                                .name(&s.name)
                                .text_array(labels)
                                .text_position(TextPosition::Auto)
                                .hover_template(hover)
                                .marker(marker),
                        );
                    } else {
                        plot.add_trace(
                            Bar::new(cats.clone(), values)
                                .name(&s.name)
                                .text_array(labels)
                                .text_position(TextPosition::Auto)
                                .hover_template(hover)
                                .marker(marker),
                        );
                    }
                }
                let value_axis = Axis::new()
                    .auto_margin(true)
                    .tick_format(",")
                    .title(Title::with_text(&self.value_title))
                    .zero_line(true);
                let cat_axis = Axis::new()
                    .auto_margin(true)
                    .type_(plotly::layout::AxisType::Category);
                layout = if horizontal {
                    layout.x_axis(value_axis).y_axis(cat_axis)
                } else {
                    layout.x_axis(cat_axis).y_axis(value_axis)
                };
                layout = layout
                    .bar_mode(BarMode::Group)
                    .show_legend(self.series.len() > 1);
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
                    plot.add_trace(
                        Bar::new(values, self.categories.clone())
                            .orientation(Orientation::Horizontal)
                            .name(&s.name)
                            .text_array(s.labels.clone())
                            .text_position(TextPosition::Auto)
                            .hover_template("%{y}: %{text}<extra>%{fullData.name}</extra>")
                            .marker(Marker::new().color(s.color.clone())),
                    );
                }
                let (vals, texts) = symmetric_ticks(max, lang);
                layout = layout
                    .bar_mode(BarMode::Relative)
                    .x_axis(
                        Axis::new()
                            .title(Title::with_text(&self.value_title))
                            .tick_values(vals)
                            .tick_text(texts)
                            .range(vec![-max * 1.1, max * 1.1]),
                    )
                    .y_axis(
                        Axis::new()
                            .auto_margin(true)
                            .type_(plotly::layout::AxisType::Category),
                    );
            }
            ChartKind::Combo { stacked } => {
                for s in &self.series {
                    let x = self.categories.clone();
                    let hover = "%{x}: %{text}<extra>%{fullData.name}</extra>";
                    // A transparent series (a waterfall's base) has no legend entry and no hover.
                    let hidden = s.color == "rgba(0,0,0,0)";
                    match s.style {
                        SeriesStyle::Bar => plot.add_trace(
                            Bar::new(x, s.values.clone())
                                .name(&s.name)
                                .text_array(s.labels.clone())
                                .text_position(if stacked && !hidden {
                                    TextPosition::Inside
                                } else {
                                    TextPosition::None
                                })
                                .hover_template(if hidden { "<extra></extra>" } else { hover })
                                .hover_info(if hidden {
                                    plotly::common::HoverInfo::Skip
                                } else {
                                    plotly::common::HoverInfo::All
                                })
                                .show_legend(!hidden)
                                .marker(Marker::new().color(s.color.clone())),
                        ),
                        style => {
                            let mut line = Line::new().color(s.color.clone()).width(line_width);
                            if style == SeriesStyle::Dashed {
                                line = line.dash(DashType::Dash);
                            }
                            let mut tr = Scatter::new(x, s.values.clone())
                                .name(&s.name)
                                .mode(Mode::Lines)
                                .text_array(s.labels.clone())
                                .hover_template(hover)
                                .connect_gaps(false);
                            tr = match style {
                                SeriesStyle::BandLow => tr
                                    .line(Line::new().width(0.0).color(s.color.clone()))
                                    .show_legend(false),
                                SeriesStyle::BandHigh => tr
                                    .line(Line::new().width(0.0).color(s.color.clone()))
                                    .fill(Fill::ToNextY)
                                    .fill_color(s.color.clone()),
                                _ => tr.line(line),
                            };
                            plot.add_trace(tr);
                        }
                    }
                }
                layout = layout
                    .bar_mode(if stacked {
                        BarMode::Stack
                    } else {
                        BarMode::Group
                    })
                    .hover_mode(plotly::layout::HoverMode::XUnified)
                    .x_axis(
                        Axis::new()
                            .type_(plotly::layout::AxisType::Category)
                            .auto_margin(true)
                            .n_ticks(12),
                    )
                    .y_axis(
                        Axis::new()
                            .title(Title::with_text(&self.value_title))
                            .auto_margin(true)
                            .tick_format(","),
                    )
                    .show_legend(true);
            }
            ChartKind::Donut => {
                if let Some(s) = self.series.first() {
                    let values: Vec<f64> = s.values.iter().map(|v| v.unwrap_or(0.0)).collect();
                    plot.add_trace(
                        Pie::new(values)
                            .labels(self.categories.clone())
                            .hole(0.55)
                            .sort(false)
                            .text_array(s.labels.clone())
                            .text_info("label+percent")
                            .hover_template("%{label}: %{text} (%{percent})<extra></extra>")
                            .marker(
                                Marker::new().colors(
                                    PALETTE
                                        .iter()
                                        .cycle()
                                        .take(self.categories.len())
                                        .map(|c| c.to_string())
                                        .collect(),
                                ),
                            ),
                    );
                }
                layout = layout.show_legend(false);
            }
        }
        let hidden = self.hidden_labels();
        if !hidden.is_empty() {
            layout = layout.annotations(hidden);
        }
        plot.set_layout(layout);
        plot.set_configuration(
            Configuration::new()
                .display_logo(false)
                .responsive(true)
                // No plotly toolbar: its buttons are unlabelled for screen readers and sit
                // inside the chart's role="img"; the chart's own PNG/SVG buttons replace it.
                .display_mode_bar(plotly::configuration::DisplayModeBar::False),
        );
        plot
    }

    /// The figure as plotly JSON (`{"data":…, "layout":…, "config":…}`).
    pub fn to_json(&self, lang: Lang) -> String {
        self.to_plot(lang).to_json()
    }

    /// [`ChartSpec::to_json`], larger when `big` (presentation mode).
    pub fn to_json_sized(&self, big: bool, lang: Lang) -> String {
        self.to_plot_sized(big, lang).to_json()
    }
}

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
}
