//! The link as a QR code, drawn as a clean SVG for a projector or a printed handout.

use qrcode::{Color, EcLevel, QrCode};

use super::error::LinkError;

/// Blank modules around the code, as the QR standard asks (scanners need the margin).
const QUIET_ZONE: usize = 4;

/// The `<title>` used by [`qr_svg`].
const DEFAULT_TITLE: &str = "QR-code met de link naar dit scenario";

/// A QR code for `text` (usually the full URL with its `#s=…` fragment) as an SVG document,
/// titled "QR-code met de link naar dit scenario".
///
/// See [`qr_svg_with_title`] for the drawing.
pub fn qr_svg(text: &str) -> Result<String, LinkError> {
    qr_svg_with_title(text, DEFAULT_TITLE)
}

/// A QR code for `text` as an SVG document with the given accessible title.
///
/// Error correction level M (15%), black modules (`#000`) on white with a 4-module quiet
/// zone. One unit per module in the `viewBox` and no fixed `width`/`height`, so the SVG
/// scales to its container and stays sharp on a projector (`shape-rendering="crispEdges"`).
/// It carries `role="img"` and a `<title>` for screen readers. Dark modules are one `<path>`
/// of horizontal runs, which keeps the document small.
pub fn qr_svg_with_title(text: &str, title: &str) -> Result<String, LinkError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| LinkError::TooLongForQr { bytes: text.len() })?;
    let n = code.width();
    let colors = code.to_colors();
    let size = n + 2 * QUIET_ZONE;

    let mut path = String::new();
    for (y, row) in colors.chunks(n).enumerate() {
        let mut x = 0;
        while x < n {
            if row[x] == Color::Dark {
                let start = x;
                while x < n && row[x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }

    Ok(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" "#,
            r#"role="img" shape-rendering="crispEdges">"#,
            r#"<title>{title}</title>"#,
            r##"<rect width="{size}" height="{size}" fill="#fff"/>"##,
            r##"<path fill="#000" d="{path}"/>"##,
            "</svg>"
        ),
        size = size,
        title = xml_escape(title),
        path = path,
    ))
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}
