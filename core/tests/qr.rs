//! The QR code on the share dialog is read back by a QR decoder (`rqrr`): the link a
//! phone gets from the projector is exactly the shared link.

use bijstand_core::scenario::{Scenario, View, LINK_SCHEMA};
use bijstand_core::share::{self, qr_svg};

/// Rasterises our SVG (one unit per module, dark modules as `M x y h w v1 h-w z` runs) at
/// `scale` pixels per module, as a camera would see the screen.
fn raster(svg: &str, scale: usize) -> (usize, Vec<bool>) {
    let size: usize = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .unwrap()
        .parse()
        .unwrap();
    let path = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let n = size * scale;
    let mut dark = vec![false; n * n];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        // "x yhwv1h-wz"
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let w: usize = rest.split('v').next().unwrap().parse().unwrap();
        for py in y * scale..(y + 1) * scale {
            for px in x * scale..(x + w) * scale {
                dark[py * n + px] = true;
            }
        }
    }
    (n, dark)
}

fn decode_qr(svg: &str) -> String {
    let (n, dark) = raster(svg, 4);
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(
            n,
            n,
            |x, y| if dark[y * n + x] { 0 } else { 255 },
        );
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn the_qr_code_reads_back_as_the_shared_link() {
    let mut s = Scenario {
        view: View::Buig,
        ..Default::default()
    };
    s.threshold = 15;
    s.name = "Begroting 2025 – somber".into();
    let fragment = share::encode(&s, &LINK_SCHEMA, None).unwrap();
    let url = format!("https://intranet.gemeente.nl/bijstandsverkenner/#{fragment}");
    let read = decode_qr(&qr_svg(&url).unwrap());
    assert_eq!(read, url);
    let back = share::decode::<Scenario>(read.split('#').nth(1).unwrap(), &LINK_SCHEMA).unwrap();
    assert_eq!(back.scenario, s);
}
