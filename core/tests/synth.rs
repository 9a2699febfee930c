//! The synthetic Enschede file: every published figure it must match, counted directly
//! over `generate()`, plus the committed CSV being byte-identical to `to_csv(&generate())`.
//!
//! Regenerate the committed file with
//! `UPDATE_SYNTH=1 cargo test -p bijstand-core --test synth`.

use bijstand_core::date::Date;
use bijstand_core::model::{Afstand, Geslacht, Huishoudtype, Uitstroomreden};
use bijstand_core::privacy::is_bsn_like;
use bijstand_core::synth::{generate, peildatum, to_csv, Stadsdeel, SynthEpisode, HEADER};
use std::sync::OnceLock;

fn rows() -> &'static [SynthEpisode] {
    static ROWS: OnceLock<Vec<SynthEpisode>> = OnceLock::new();
    ROWS.get_or_init(generate)
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

fn running_on(day: Date) -> impl Iterator<Item = &'static SynthEpisode> {
    rows().iter().filter(move |r| r.is_running_on(day))
}

fn count_running(day: Date, f: impl Fn(&SynthEpisode) -> bool) -> usize {
    running_on(day).filter(|r| f(r)).count()
}

/// Ended in `[from, to]` (both inclusive), optionally for one reason.
fn outflow(from: Date, to: Date, reason: Option<Uitstroomreden>) -> usize {
    rows()
        .iter()
        .filter(|r| r.eind.is_some_and(|e| from <= e && e <= to))
        .filter(|r| reason.is_none_or(|x| r.uitstroomreden == Some(x)))
        .count()
}

fn inflow(from: Date, to: Date) -> usize {
    rows()
        .iter()
        .filter(|r| from <= r.start && r.start <= to)
        .count()
}

fn is_jongere(r: &SynthEpisode) -> bool {
    r.age_in(2024) < 27
}

/// The app's default precedence: statushouder > jongere > overig.
fn doelgroep(r: &SynthEpisode) -> &'static str {
    if r.is_statushouder {
        "statushouder"
    } else if is_jongere(r) {
        "jongere"
    } else {
        "overig"
    }
}

fn csv_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/enschede_synthetisch.csv")
}

#[test]
fn committed_file_is_exactly_the_generator_output() {
    let csv = to_csv(rows());
    let path = csv_path();
    if std::env::var_os("UPDATE_SYNTH").is_some_and(|v| v == "1") {
        std::fs::write(&path, csv.as_bytes()).expect("write data/enschede_synthetisch.csv");
        return;
    }
    let committed = std::fs::read(&path).expect("read data/enschede_synthetisch.csv");
    assert!(
        committed == csv.as_bytes(),
        "data/enschede_synthetisch.csv differs from to_csv(&generate()) ({} vs {} bytes); \
         regenerate with UPDATE_SYNTH=1 cargo test -p bijstand-core --test synth",
        committed.len(),
        csv.len()
    );
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generate(), rows());
}

#[test]
fn stock_on_peildatum_and_end_2023() {
    assert_eq!(count_running(d(2024, 9, 30), |_| true), 5687, "A1");
    assert_eq!(count_running(d(2023, 12, 31), |_| true), 5623, "A9 / X1");
    // Stock change = inflow − outflow over the same nine months (X2, by construction).
    let (from, to) = (d(2024, 1, 1), d(2024, 9, 30));
    assert_eq!(inflow(from, to), 945 + 64);
    assert_eq!(outflow(from, to, None), 945);
}

#[test]
fn doelgroepen_on_peildatum() {
    let p = peildatum();
    assert_eq!(count_running(p, is_jongere), 671, "A12: 11,8% jongeren");
    assert_eq!(
        count_running(p, |r| doelgroep(r) == "overig"),
        3924,
        "A15: 69% overig"
    );
    let overlap = count_running(p, |r| r.is_statushouder && is_jongere(r));
    assert!(
        (50..=60).contains(&overlap),
        "statushouder jongeren: {overlap}"
    );
    assert_eq!(count_running(p, |r| r.is_statushouder), 1092 + overlap);
    assert_eq!(
        count_running(p, |r| doelgroep(r) == "statushouder"),
        1092 + overlap
    );
    assert_eq!(
        count_running(p, |r| doelgroep(r) == "jongere"),
        671 - overlap
    );
}

#[test]
fn afstand_on_peildatum() {
    let p = peildatum();
    let lang = count_running(p, |r| r.afstand == Afstand::Lang);
    assert_eq!(lang, 3412, "A16: 60% long distance");
    let lang_55 = count_running(p, |r| {
        r.afstand == Afstand::Lang && (55..67).contains(&r.age_in(2024))
    });
    assert!(
        2 * lang_55 > lang,
        "A17: more than half of the long-distance group is 55+ ({lang_55})"
    );
    assert!(count_running(p, |r| r.afstand == Afstand::Onbekend) > 0);
    assert!(count_running(p, |r| r.afstand == Afstand::Kort) > 0);
}

#[test]
fn aow_profile_table_7() {
    let p = peildatum();
    for (gbj, expected) in [
        (1958, 162),
        (1959, 179),
        (1960, 177),
        (1961, 151),
        (1962, 170),
    ] {
        assert_eq!(
            count_running(p, |r| r.geboortejaar == gbj),
            expected,
            "AOW in {}",
            gbj + 67
        );
    }
    let left_q3 = outflow(d(2024, 7, 1), d(2024, 9, 30), Some(Uitstroomreden::Aow));
    let still_1957 = count_running(p, |r| r.geboortejaar == 1957);
    assert_eq!(
        left_q3 + still_1957,
        84,
        "D1: AOW exits from 01-07-2024 in 2024"
    );
    // The same 84 as a stock: the 1957 cohort on the eve of the Table 7 peildatum.
    assert_eq!(
        count_running(d(2024, 6, 30), |r| r.geboortejaar == 1957),
        84
    );
    assert_eq!(count_running(p, |r| r.geboortejaar <= 1956), 0);
    // Every AOW exit is by someone turning 67 that year.
    for r in rows()
        .iter()
        .filter(|r| r.uitstroomreden == Some(Uitstroomreden::Aow))
    {
        assert_eq!(r.eind.unwrap().year() - r.geboortejaar, 67, "{r:?}");
    }
}

#[test]
fn outflow_by_reason_table_14() {
    let (from, to) = (d(2024, 1, 1), d(2024, 9, 30));
    use Uitstroomreden::*;
    assert_eq!(outflow(from, to, Some(Werk)), 337, "U3");
    assert_eq!(outflow(from, to, Some(Studie)), 44, "U4");
    assert_eq!(outflow(from, to, Some(WerkWerkplein)), 261, "U5");
    assert_eq!(outflow(from, to, Some(Zelfstandig)), 16, "U6");
    let overig: usize = [Aow, Verhuizing, Overlijden, Overig, Onbekend]
        .iter()
        .map(|&x| outflow(from, to, Some(x)))
        .sum();
    assert_eq!(overig, 287, "U7");
    assert!([Aow, Verhuizing, Overlijden, Overig]
        .iter()
        .all(|&x| outflow(from, to, Some(x)) > 0));
    assert_eq!(outflow(from, to, None), 945, "U2 / B18");
}

#[test]
fn partial_outflow_u8() {
    assert_eq!(
        count_running(peildatum(), |r| r.inkomsten_arbeid),
        562,
        "U8"
    );
}

#[test]
fn table_6_totals_2022_and_2023() {
    assert_eq!(inflow(d(2022, 1, 1), d(2022, 12, 31)), 1144, "B1");
    assert_eq!(outflow(d(2022, 1, 1), d(2022, 12, 31), None), 1307, "B2");
    assert_eq!(inflow(d(2023, 1, 1), d(2023, 12, 31)), 1275, "B9");
    assert_eq!(outflow(d(2023, 1, 1), d(2023, 12, 31), None), 1270, "B10");
}

/// Stock on the last day of each month, January 2019 – September 2024.
fn monthly_stock() -> Vec<(i32, u32, usize)> {
    let mut out = Vec::new();
    for mi in (2019 * 12)..=(2024 * 12 + 8) {
        let day = Date::from_month_index(mi).month_end();
        let (y, m, _) = day.ymd();
        out.push((y, m, count_running(day, |_| true)));
    }
    out
}

#[test]
fn plausible_history() {
    let stock = monthly_stock();
    let at = |y: i32, m: u32| stock.iter().find(|s| s.0 == y && s.1 == m).unwrap().2;
    // An index Feb 2019 = 100 can be drawn; the stock declines to 2022 and rises to end 2023.
    let feb19 = at(2019, 2);
    assert!(at(2019, 12) < feb19 && at(2021, 12) < at(2019, 12) && at(2022, 12) < at(2021, 12));
    let trough = stock
        .iter()
        .filter(|s| s.0 >= 2022 && s.0 <= 2023)
        .map(|s| s.2)
        .min()
        .unwrap();
    assert!(trough < at(2023, 12) && at(2023, 12) == 5623);
    assert!(feb19 > 5900 && feb19 < 6300, "{feb19}");
    for y in 2019..=2023 {
        let out = outflow(d(y, 1, 1), d(y, 12, 31), None);
        let inn = inflow(d(y, 1, 1), d(y, 12, 31));
        assert!((1100..=1350).contains(&out), "outflow {y}: {out}");
        assert!((1000..=1350).contains(&inn), "inflow {y}: {inn}");
    }
    // Long-tailed durations.
    let p = peildatum();
    let months = |r: &SynthEpisode| p.month_index() - r.start.month_index();
    let over_2y = count_running(p, |r| months(r) > 24);
    assert!(over_2y * 100 > 55 * 5687, "running > 2 years: {over_2y}");
    assert!(count_running(p, |r| (2005..=2015).contains(&r.start.year())) > 500);
    // Statushouders mostly started 2015+.
    let sh = count_running(p, |r| r.is_statushouder);
    let sh_recent = count_running(p, |r| r.is_statushouder && r.start.year() >= 2015);
    assert!(sh_recent * 100 >= 85 * sh, "{sh_recent} of {sh}");
    // Ended episodes: history from 2019 on only.
    assert!(rows()
        .iter()
        .all(|r| r.eind.is_none_or(|e| e >= d(2019, 1, 1))));
}

#[test]
fn plausible_mix() {
    let p = peildatum();
    let by_deel: Vec<usize> = Stadsdeel::ALL
        .iter()
        .map(|&s| count_running(p, |r| r.stadsdeel == s))
        .collect();
    let zuid = count_running(p, |r| r.stadsdeel == Stadsdeel::Zuid);
    assert!(by_deel.iter().all(|&n| n > 400 && n <= zuid), "{by_deel:?}");
    for h in [
        Huishoudtype::Alleenstaand,
        Huishoudtype::AlleenstaandeOuder,
        Huishoudtype::Paar,
    ] {
        assert!(count_running(p, |r| r.huishoudtype == h) > 500, "{h:?}");
    }
    let vrouw = count_running(p, |r| r.geslacht == Geslacht::Vrouw);
    assert!((2500..3300).contains(&vrouw), "{vrouw}");
    assert!(rows()
        .iter()
        .all(|r| matches!(r.geslacht, Geslacht::Man | Geslacht::Vrouw)));
    let old_v = count_running(p, |r| r.age_in(2024) >= 55 && r.geslacht == Geslacht::Vrouw);
    let old = count_running(p, |r| r.age_in(2024) >= 55);
    assert!(old_v * 2 > old, "more women among the 55+");
}

#[test]
fn validation_rules_of_the_data_model() {
    let p = peildatum();
    for (i, r) in rows().iter().enumerate() {
        assert_eq!(
            r.uitkering_id as usize,
            i + 1,
            "ids are sequential and unique"
        );
        assert!(r.start <= p, "{r:?}");
        assert_eq!(r.start.ymd().2, 1, "month precision");
        assert_eq!(r.eind.is_some(), r.uitstroomreden.is_some(), "{r:?}");
        if let Some(e) = r.eind {
            assert!(e > r.start && e <= p && e.ymd().2 == 1, "{r:?}");
            assert!(e.year() - r.geboortejaar <= 67, "{r:?}");
        }
        let age_at_start = r.start.year() - r.geboortejaar;
        assert!(
            (18..67).contains(&age_at_start),
            "age {age_at_start} at start: {r:?}"
        );
    }
}

#[test]
fn persons_are_consistent() {
    let mut by_person: Vec<Vec<&SynthEpisode>> = Vec::new();
    for r in rows() {
        let p = r.persoon_id as usize;
        assert!(
            p >= 1 && p <= by_person.len() + 1,
            "persons are numbered in order of first episode"
        );
        if p > by_person.len() {
            by_person.push(Vec::new());
        }
        by_person[p - 1].push(r);
    }
    let returns = by_person.iter().filter(|e| e.len() > 1).count();
    assert!(returns > 300, "some people come back: {returns}");
    for eps in &by_person {
        for w in eps.windows(2) {
            let (a, b) = (w[0], w[1]);
            assert_eq!(
                (a.geslacht, a.geboortejaar, a.is_statushouder),
                (b.geslacht, b.geboortejaar, b.is_statushouder)
            );
            assert!(
                a.eind.is_some_and(|e| e < b.start),
                "episodes of one person do not overlap: {a:?} {b:?}"
            );
            assert!(!matches!(
                a.uitstroomreden,
                Some(Uitstroomreden::Overlijden | Uitstroomreden::Aow)
            ));
        }
    }
}

#[test]
fn csv_follows_the_data_model() {
    let csv = to_csv(rows());
    assert!(csv.is_ascii(), "plain ASCII, no BOM");
    assert!(!csv.starts_with("sep="));
    assert!(
        !csv.replace("\r\n", "").contains(['\r', '\n']),
        "CRLF line endings only"
    );
    let lines: Vec<&str> = csv.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    assert_eq!(lines[0], HEADER);
    // Every column of the header is one the loader knows by its name (`persoon_id` is
    // read to count persons, not stored as a field).
    let head = format!("{}\r\n{}\r\n", lines[0], lines[1]);
    let loaded = bijstand_core::io::load(head.as_bytes(), "synth.csv", &Default::default())
        .expect("the header and first row load");
    let columns = &loaded.report.columns;
    assert_eq!(columns.len(), HEADER.split(';').count());
    for c in columns {
        use bijstand_core::io::MappingKind;
        let expected = if c.source == "persoon_id" {
            MappingKind::NotUsed
        } else {
            MappingKind::Recognised
        };
        assert_eq!(c.how, expected, "column {} by its name", c.source);
        if let Some(field) = &c.field {
            assert_eq!(field, &c.source, "column {} is its own field", c.source);
        }
    }
    assert_eq!(lines.len(), rows().len() + 1);
    assert!(csv.len() <= 1_250_000, "file size {}", csv.len());
    let date_ok = |s: &str| {
        let b = s.as_bytes();
        b.len() == 10
            && b[2] == b'-'
            && b[5] == b'-'
            && s.chars().filter(char::is_ascii_digit).count() == 8
    };
    for line in &lines[1..] {
        let f: Vec<&str> = line.split(';').collect();
        assert_eq!(f.len(), 13, "{line}");
        assert!(f[0].starts_with('U') && f[0].len() == 7);
        assert!(f[1].starts_with('P') && f[1].len() == 7);
        assert_eq!(f[2], "GM0153");
        assert!(matches!(f[3], "M" | "V"));
        assert!(f[4].len() == 4 && f[4].parse::<i32>().is_ok());
        assert!(matches!(f[5], "ja" | "nee"));
        assert!(Afstand::ALL.iter().any(|a| a.code() == f[6]));
        assert!(Stadsdeel::ALL.iter().any(|s| s.label() == f[7]));
        assert!(Huishoudtype::ALL.iter().any(|h| h.code() == f[8]));
        assert!(date_ok(f[9]), "{line}");
        assert!(f[10].is_empty() || date_ok(f[10]), "{line}");
        assert_eq!(f[10].is_empty(), f[11].is_empty(), "{line}");
        assert!(f[11].is_empty() || Uitstroomreden::ALL.iter().any(|u| u.code() == f[11]));
        assert!(matches!(f[12], "ja" | "nee"));
        for field in &f {
            assert!(!is_bsn_like(field), "BSN-like value {field}");
            let longest_digit_run = field
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max()
                .unwrap_or(0);
            assert!(longest_digit_run < 9, "long digit run in {line}");
        }
    }
    // The data model's example row style.
    assert!(lines[1..]
        .iter()
        .any(|l| l.ends_with(";;;nee") || l.ends_with(";;;ja")));
}

/// The plausibility figures quoted in docs/synthetic-data.md, compared with
/// `tests/golden/synth_summary.txt`: a change to the generator that moves any of them fails
/// here. Write the file again (only after a deliberate change to the generator, then update
/// the doc) with `UPDATE_GOLDEN=1 cargo test -p bijstand-core --test synth summary`.
#[test]
fn the_plausibility_summary_is_unchanged() {
    use std::fmt::Write as _;
    let mut out = String::new();
    macro_rules! say {
        ($($t:tt)*) => {
            writeln!(out, $($t)*).unwrap()
        };
    }
    let p = peildatum();
    say!(
        "rows {} persons {}",
        rows().len(),
        rows().iter().map(|r| r.persoon_id).max().unwrap()
    );
    say!("csv bytes {}", to_csv(rows()).len());
    let stock = monthly_stock();
    let feb19 = stock[1].2 as f64;
    for (y, m, s) in &stock {
        if *m == 2 || *m == 12 || (*y == 2024 && *m == 9) {
            say!(
                "stock {y}-{m:02}: {s} (index {:.1})",
                *s as f64 / feb19 * 100.0
            );
        }
    }
    for y in 2019..=2024 {
        let to = if y == 2024 {
            d(2024, 9, 30)
        } else {
            d(y, 12, 31)
        };
        let from = d(y, 1, 1);
        let reasons: Vec<String> = Uitstroomreden::ALL
            .iter()
            .map(|&u| format!("{} {}", u.code(), outflow(from, to, Some(u))))
            .collect();
        let young_out = rows()
            .iter()
            .filter(|r| r.eind.is_some_and(|e| from <= e && e <= to) && r.age_in(y) < 27)
            .count();
        let sh_out = rows()
            .iter()
            .filter(|r| r.eind.is_some_and(|e| from <= e && e <= to) && r.is_statushouder)
            .count();
        let sh_in = rows()
            .iter()
            .filter(|r| from <= r.start && r.start <= to && r.is_statushouder)
            .count();
        let young_in = rows()
            .iter()
            .filter(|r| from <= r.start && r.start <= to && r.age_in(y) < 27)
            .count();
        say!(
            "{y}: in {} (jongeren {young_in}, statushouders {sh_in}) out {} (jongeren {young_out}, statushouders {sh_out}): {}",
            inflow(from, to),
            outflow(from, to, None),
            reasons.join(", ")
        );
    }
    let months = |r: &SynthEpisode| p.month_index() - r.start.month_index();
    for (lo, hi) in [(0, 11), (12, 23), (24, 59), (60, 119), (120, 999)] {
        say!(
            "running {lo}-{hi} months: {}",
            count_running(p, |r| (lo..=hi).contains(&months(r)))
        );
    }
    for y in [2000, 2005, 2010, 2015, 2019, 2022, 2024] {
        say!(
            "running started in {y}: {}",
            count_running(p, |r| r.start.year() == y)
        );
    }
    let mut durations: Vec<i32> = rows()
        .iter()
        .filter_map(|r| r.eind.map(|e| e.month_index() - r.start.month_index()))
        .collect();
    durations.sort_unstable();
    say!(
        "ended durations: p25 {} median {} p75 {} p90 {}",
        durations[durations.len() / 4],
        durations[durations.len() / 2],
        durations[durations.len() * 3 / 4],
        durations[durations.len() * 9 / 10]
    );
    for (lo, hi) in [(18, 26), (27, 29), (30, 39), (40, 49), (50, 54), (55, 66)] {
        let n = count_running(p, |r| (lo..=hi).contains(&r.age_in(2024)));
        let v = count_running(p, |r| {
            (lo..=hi).contains(&r.age_in(2024)) && r.geslacht == Geslacht::Vrouw
        });
        let lang = count_running(p, |r| {
            (lo..=hi).contains(&r.age_in(2024)) && r.afstand == Afstand::Lang
        });
        let sh = count_running(p, |r| {
            (lo..=hi).contains(&r.age_in(2024)) && r.is_statushouder
        });
        let mean_dur: f64 = running_on(p)
            .filter(|r| (lo..=hi).contains(&r.age_in(2024)))
            .map(|r| months(r) as f64)
            .sum::<f64>()
            / n as f64;
        say!("age {lo}-{hi}: {n}, vrouw {v}, lang {lang}, statushouder {sh}, mean months {mean_dur:.0}");
    }
    for s in Stadsdeel::ALL {
        say!("{}: {}", s.label(), count_running(p, |r| r.stadsdeel == s));
    }
    for h in Huishoudtype::ALL {
        say!(
            "{}: {}",
            h.code(),
            count_running(p, |r| r.huishoudtype == *h)
        );
    }
    let sh_by_year: Vec<String> = (2013..=2024)
        .map(|y| {
            format!(
                "{y}:{}",
                count_running(p, |r| r.is_statushouder && r.start.year() == y)
            )
        })
        .collect();
    say!(
        "running statushouders by start year: {}",
        sh_by_year.join(" ")
    );
    let lang_55 = count_running(p, |r| r.afstand == Afstand::Lang && r.age_in(2024) >= 55);
    say!(
        "lang 55+: {lang_55}; onbekend {}",
        count_running(p, |r| r.afstand == Afstand::Onbekend)
    );
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/synth_summary.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &out).unwrap();
    }
    let golden = std::fs::read_to_string(&path).expect("tests/golden/synth_summary.txt");
    assert_eq!(out, golden, "the synthetic data's summary moved");
    assert!(
        out.contains("stock 2024-09: 5687"),
        "the reference peildatum stock"
    );
}

#[test]
fn loads_through_the_app_loader() {
    use bijstand_core::io::{load, LoadOptions};
    use bijstand_core::model::{Data, Flag};
    let csv = to_csv(rows());
    let ds = load(
        csv.as_bytes(),
        "enschede_synthetisch.csv",
        &LoadOptions::default(),
    )
    .expect("loads");
    println!("warnings: {:?}", ds.report.warnings);
    let Some(Data::Episodes(e)) = ds.dataset().map(|ds| &ds.data) else {
        panic!("not read as episodes")
    };
    assert_eq!(e.len(), rows().len());
    let p = peildatum();
    let running: Vec<usize> = (0..e.len())
        .filter(|&i| e.start[i] <= p && p < e.eind[i])
        .collect();
    assert_eq!(running.len(), 5687);
    assert_eq!(
        running
            .iter()
            .filter(|&&i| e.afstand[i] == Afstand::Lang)
            .count(),
        3412
    );
    assert_eq!(
        running
            .iter()
            .filter(|&&i| e.inkomsten_arbeid[i] == Flag::Ja)
            .count(),
        562
    );
    assert_eq!(
        running
            .iter()
            .filter(|&&i| e.statushouder[i] == Flag::Ja)
            .count(),
        1147
    );
    assert_eq!(
        running
            .iter()
            .filter(|&&i| 2024 - i32::from(e.geboortejaar[i]) < 27)
            .count(),
        671
    );
    let mut labels = e.stadsdelen.labels.clone();
    labels.sort();
    println!("stadsdelen as loaded: {labels:?}");
    assert_eq!(labels.len(), 5);
}
