//! Reference figures: the embedded datasets, read through the same path the app uses,
//! reproduce the published Enschede numbers (FIGURES.md ids in the messages).

use bijstand_core::caseload::{composition, default_peildatum, Precedence};
use bijstand_core::date::Date;
use bijstand_core::model::{Afstand, Data, Doelgroep};
use bijstandsverkenner::embedded;
use bijstandsverkenner::views::caseload::caseload_view;

#[test]
fn synthetic_default_reproduces_the_caseload_figures() {
    let ds = embedded::synthetic().expect("embedded synthetic data loads");
    assert!(ds.synthetic, "labelled synthetisch in the UI");
    let Data::Episodes(e) = &ds.data else {
        panic!("person-level data expected")
    };
    let peil = Date::from_ymd(2024, 9, 30).unwrap();
    assert_eq!(
        default_peildatum(e),
        Some(peil),
        "the app opens on the report's peildatum"
    );

    let c = composition(e, peil, Precedence::StatushouderFirst);
    assert_eq!(c.total, 5687, "A1: 5.687 benefits on 30-09-2024");
    assert_eq!(c.under_27, 671, "A12: 11,8% youth");
    assert_eq!(format!("{:.1}", c.share(c.under_27)), "11.8");
    assert_eq!(
        c.doelgroep[Doelgroep::Overig.index()],
        3924,
        "A15: 69% overig"
    );
    assert_eq!(
        format!("{:.1}", c.share(c.doelgroep[Doelgroep::Overig.index()])),
        "69.0"
    );
    assert_eq!(
        c.afstand[Afstand::Lang.index()],
        3412,
        "A16: ≈60% long distance"
    );
    assert_eq!(c.inkomsten_arbeid, 562, "U8: partial outflow");
    let on_base = composition(
        e,
        Date::from_ymd(2023, 12, 31).unwrap(),
        Precedence::default(),
    );
    assert_eq!(on_base.total, 5623, "X1: implied base 31-12-2023");

    // The precedence rule moves young statushouders between groups, never overig.
    let j = composition(e, peil, Precedence::JongereFirst);
    assert_eq!(j.doelgroep[Doelgroep::Overig.index()], 3924);
    assert_eq!(j.doelgroep[Doelgroep::Jongere.index()], 671);
    assert!(c.doelgroep[Doelgroep::Jongere.index()] < 671);

    // What the screen shows, in Dutch format.
    let v = caseload_view(
        &c,
        Precedence::StatushouderFirst,
        10,
        bijstand_core::lang::Lang::Nl,
    );
    let kpi = |id: &str| v.kpis.iter().find(|k| k.id == id).unwrap().value.clone();
    assert_eq!(kpi("kpi-total"), "5.687");
    assert_eq!(kpi("kpi-jongeren"), "11,8%");
    assert_eq!(kpi("kpi-overig"), "69,0%");
    assert_eq!(kpi("kpi-lang"), "60,0%");
}

#[test]
fn embedded_bytes_are_the_committed_files() {
    assert_eq!(
        embedded::synthetic_csv().unwrap(),
        std::fs::read("data/enschede_synthetisch.csv").unwrap()
    );
    assert_eq!(
        embedded::kerncijfers_csv().unwrap(),
        std::fs::read("data/kerncijfers_enschede.csv").unwrap()
    );
}

#[test]
fn embedded_kerncijfers_load_with_the_printed_caseload() {
    let ds = embedded::kerncijfers().expect("embedded kerncijfers load");
    let Data::Kerncijfers(k) = &ds.data else {
        panic!("kerncijfers expected")
    };
    let peil = Date::from_ymd(2024, 9, 30).unwrap();
    let a1 = k
        .select("bestand_uitkeringen", None)
        .find(|r| r.periode_tot == peil && r.categorie.is_empty())
        .expect("A1 row");
    assert_eq!(a1.waarde.number(), Some(5687.0));
}
