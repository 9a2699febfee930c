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

/// Table 10 (E1–E9) as a trajectories file: one person per row, each active in Q1–Q3 2024,
/// in the shape DATA-MODEL §2.3 describes.
fn table_10_trajectories() -> String {
    let mut csv = String::from("traject_id;persoon_id;traject_code;startdatum;einddatum\r\n");
    let table_10 = [
        ("activering_rap", 85),
        ("hulpverlening", 136),
        ("wijkteam", 77),
        ("eigen_kracht", 50),
        ("entreeopleiding", 9),
        ("mantelzorg", 26),
        ("sociale_activering", 186),
        ("vrijwilligerswerk", 606),
        ("opstap", 29),
    ];
    let mut n = 0;
    for (code, count) in table_10 {
        for i in 0..count {
            n += 1;
            // Spread over the period: some started before it, some ended within it.
            let start = if i % 3 == 0 {
                "01-06-2023"
            } else {
                "01-03-2024"
            };
            let end = if i % 4 == 0 { "01-07-2024" } else { "" };
            csv.push_str(&format!("T{n};P{n};{code};{start};{end}\r\n"));
        }
    }
    // A work-route trajectory and one that ended before 2024 do not count.
    csv.push_str("T9001;P9001;werkroute_diagnose;01-02-2024;\r\n");
    csv.push_str("T9002;P9002;vrijwilligerswerk;01-01-2023;01-01-2024\r\n");
    csv
}

#[test]
fn trajectories_give_the_social_activation_share_from_data() {
    use bijstand_core::reference::Denominator;
    use bijstandsverkenner::views::{comparison, Context};
    let ds = embedded::synthetic().expect("embedded synthetic data loads");
    let loaded = bijstand_core::io::load(
        table_10_trajectories().as_bytes(),
        "trajecten.csv",
        &Default::default(),
    )
    .expect("trajectories load");
    let file = loaded.trajectories().expect("a trajectories file").clone();
    let ds = ds.with_trajectories(Some(std::sync::Arc::new(file)));
    let s = bijstand_core::scenario::Scenario::default();
    let v = comparison::build(&ds, &s, &Context::default());
    let p = &v.participation;
    assert_eq!(
        p.inputs.params.participants, 1204.0,
        "E10: 1.204 distinct persons"
    );
    assert_eq!(p.inputs.params.denominator, Denominator::AverageBestand);
    let kpi = |id: &str| {
        p.dashboard
            .kpis
            .iter()
            .find(|k| k.id == id)
            .unwrap()
            .value
            .clone()
    };
    // A from the trajectories, the stocks from the benefit records: (a) the peildatum
    // stock gives F3's worked example, (b) the seed's two-point average the printed
    // 21,29%. The screen's own average is the mean of the monthly stocks (5.658,4), which
    // gives 21,28%: the note says which average is used.
    let share = |d: Denominator, monthly: bool| {
        let mut q = p.inputs.params.clone();
        q.denominator = d;
        if !monthly {
            q.average_bestand = None;
        }
        format!(
            "{:.2}",
            bijstand_core::reference::participation(&q).share_pct
        )
    };
    assert_eq!(p.inputs.params.bestand_begin, 5623.0, "X1");
    assert_eq!(p.inputs.params.bestand_peildatum, 5687.0, "A1");
    assert_eq!(share(Denominator::Peildatum, true), "21.17", "F3 (a)");
    assert_eq!(
        share(Denominator::AverageBestand, false),
        "21.29",
        "E11, F3 (b)"
    );
    assert_eq!(
        kpi("kpi-participatie"),
        "21,28%",
        "the monthly mean, 5.658,4"
    );
    assert!(p.inputs.notes.iter().any(|n| n.contains("1.204 personen")
        && n.contains("01-01-2024")
        && n.contains("30-09-2024")));
    // The Table 10 breakdown, with Entreeopleiding (9) suppressed and one more cell
    // hidden with it, so it cannot be recovered from the others.
    let table = &p.dashboard.panels[1].table;
    let row = |name: &str| table.rows.iter().find(|r| r[0] == name).unwrap().clone();
    assert_eq!(row("Vrijwilligerswerk")[1], "606");
    assert_eq!(row("Entreeopleiding")[1], "<10");
    assert_eq!(row("Werkroute – Diagnose")[2], "nee");
    assert_eq!(row("Totaal (ieder één keer)")[1], "1.204");
    assert_eq!(
        table.rows.iter().filter(|r| r[1] == "<10").count(),
        2,
        "complementary suppression"
    );
}
