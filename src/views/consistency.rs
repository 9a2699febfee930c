//! One number everywhere (issue 12 §5): the screen models of every tab of the synthetic
//! dataset agree on the figures they share, with the same value and rounding, and write
//! percentages one way.
//!
//! The rules the tests hold the screens to:
//! - a derived figure has one computation: the cost per benefit of the BUIG, LKS and
//!   Prognose tabs is `buig::cost_per_benefit_eur` of the scenario; the Vergelijking tab's
//!   budget per benefit is a second definition with its own name, and the note where the
//!   two meet names both;
//! - percentages have one decimal, except the growth and participation figures that are
//!   compared with the Uitvoeringsprogramma's two-decimal figures (1,14% against 0,49%,
//!   21,29%, the 2,15% growth assumption), and those say so next to them;
//! - counts are whole; a fractional count is an average and is named so.

#[cfg(test)]
mod tests {
    use bijstand_core::buig;
    use bijstand_core::format;
    use bijstand_core::lang::Lang;
    use bijstand_core::scenario::Scenario;

    use crate::embedded;
    use crate::views::{self, Context, Kpi, Panel, Table};

    /// The screen models of every tab the synthetic dataset shows.
    struct Tabs {
        s: Scenario,
        caseload: views::caseload::CaseloadView,
        dynamics: views::dynamics::DynamicsView,
        cohorts: views::cohorts::CohortsView,
        projection: views::projection::ProjectionView,
        comparison: views::comparison::ComparisonView,
        lks: views::lks::LksView,
        buig: views::buig::BuigView,
        programme: views::programme::ProgrammeView,
        quality: views::quality::QualityView,
    }

    impl Tabs {
        fn build(lang: Lang) -> Tabs {
            let ds = embedded::synthetic().unwrap();
            let s = Scenario {
                lang,
                ..Scenario::default()
            };
            let ctx = Context::default();
            Tabs {
                caseload: views::caseload::build(&ds, &s, &ctx),
                dynamics: views::dynamics::build(&ds, &s, &ctx),
                cohorts: views::cohorts::build(&ds, &s, &ctx),
                projection: views::projection::build(&ds, &s, &ctx),
                comparison: views::comparison::build(&ds, &s, &ctx),
                lks: views::lks::build(&ds, &s, &ctx),
                buig: views::buig::build(&ds, &s, &ctx),
                programme: views::programme::build(&ds, &s, &ctx),
                quality: views::quality::build(&ds, &s, &ctx),
                s,
            }
        }

        /// Every text of every tab: `(tab, the screen model written out)`.
        fn texts(&self) -> Vec<(&'static str, String)> {
            vec![
                ("samenstelling", format!("{:?}", self.caseload)),
                ("dynamiek", format!("{:?}", self.dynamics)),
                ("cohorten", format!("{:?}", self.cohorts)),
                ("prognose", format!("{:?}", self.projection)),
                ("vergelijking", format!("{:?}", self.comparison)),
                ("lks", format!("{:?}", self.lks)),
                ("buig", format!("{:?}", self.buig)),
                ("begroting", format!("{:?}", self.programme)),
                ("datakwaliteit", format!("{:?}", self.quality)),
            ]
        }
    }

    fn kpi<'a>(kpis: &'a [Kpi], id: &str) -> &'a Kpi {
        kpis.iter()
            .find(|k| k.id == id)
            .unwrap_or_else(|| panic!("no key figure {id}"))
    }

    fn panel<'a>(panels: &'a [Panel], id: &str) -> &'a Panel {
        panels
            .iter()
            .find(|p| p.chart.id == id)
            .unwrap_or_else(|| panic!("no chart {id}"))
    }

    /// The cell in `column` of the row whose first cell is `first`.
    fn cell<'a>(t: &'a Table, first: &str, column: usize) -> &'a str {
        let row = t
            .rows
            .iter()
            .find(|r| r[0] == first)
            .unwrap_or_else(|| panic!("no row {first} in {}", t.caption));
        &row[column]
    }

    /// The euro amounts written within 50 characters after each `marker` (case ignored):
    /// `€ 18.034` → `18.034`.
    fn amounts_after(text: &str, marker: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let marker = marker.to_lowercase();
        let mut out = Vec::new();
        for (at, _) in lower.match_indices(&marker) {
            let window: String = lower[at + marker.len()..].chars().take(50).collect();
            let Some(euro) = window.find('€') else {
                continue;
            };
            let amount: String = window[euro + '€'.len_utf8()..]
                .trim_start_matches([' ', '\u{a0}'])
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
                .collect();
            let amount = amount.trim_end_matches(['.', ',']).to_string();
            if !amount.is_empty() {
                out.push(amount);
            }
        }
        out
    }

    /// `€ 18.034` → `18.034`.
    fn number_of(amount: &str) -> String {
        amount
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect()
    }

    #[test]
    fn the_tabs_agree_on_the_shared_figures() {
        for lang in [Lang::Nl, Lang::En] {
            let tabs = Tabs::build(lang);
            let texts = tabs.texts();
            let nl = lang == Lang::Nl;

            // Cost per benefit: one computation, the same amount on every tab that shows it.
            let cost = format::eur(lang, buig::cost_per_benefit_eur(&tabs.s.buig));
            let marker = if nl {
                "kosten per uitkering"
            } else {
                "cost per benefit"
            };
            let mut shown_on = Vec::new();
            for (tab, text) in &texts {
                let amounts = amounts_after(text, marker);
                for a in &amounts {
                    assert_eq!(a, &number_of(&cost), "{tab}: {marker} {a}");
                }
                if !amounts.is_empty() {
                    shown_on.push(*tab);
                }
            }
            for tab in ["prognose", "vergelijking", "lks"] {
                assert!(
                    shown_on.contains(&tab),
                    "{lang:?}: {tab} names the cost: {shown_on:?}"
                );
            }
            let spend = kpi(&tabs.buig.kpis, "kpi-buig-spend");
            assert!(spend.note.contains(&cost), "{}", spend.note);

            // The budget per benefit: the other definition, on Vergelijking only, and the note
            // where the two meet names both.
            let growth = &tabs.comparison.growth;
            let budget_per = format::eur(lang, growth.inputs.params.cost_per_benefit);
            assert_eq!(
                number_of(&budget_per),
                number_of(&format::eur(
                    lang,
                    buig::budget_per_benefit_eur(104.2, 5687.0).unwrap()
                )),
                "the seed's 104,2 mln / 5.687 (X9)"
            );
            assert_ne!(budget_per, cost);
            let marker = if nl {
                "budget per uitkering"
            } else {
                "budget per benefit"
            };
            for (tab, text) in &texts {
                let amounts = amounts_after(text, marker);
                assert!(
                    amounts.is_empty() || *tab == "vergelijking",
                    "{tab}: {marker} {amounts:?}"
                );
                for a in &amounts {
                    assert_eq!(a, &number_of(&budget_per), "{tab}: {marker} {a}");
                }
            }
            assert!(
                growth
                    .notes
                    .iter()
                    .any(|n| n.contains(&budget_per) && n.contains(&cost)),
                "{:?}",
                growth.notes
            );
            let impact = kpi(&growth.dashboard.kpis, "kpi-impact");
            assert!(impact.note.contains(&budget_per), "{}", impact.note);

            // The caseload on the peildatum.
            let total = &kpi(&tabs.caseload.kpis, "kpi-total").value;
            assert_eq!(total, if nl { "5.687" } else { "5,687" });
            let own = kpi(&growth.dashboard.kpis, "kpi-groei");
            assert!(own.note.contains(&format!("→ {total}")), "{}", own.note);
            let participation = &tabs.comparison.participation.dashboard.panels[0].table;
            assert_eq!(
                &participation.rows[0][1], total,
                "the peildatum denominator"
            );
            let range = kpi(&tabs.projection.kpis, "kpi-proj-range");
            assert!(range.note.ends_with(total.as_str()), "{}", range.note);

            // Youth: two definitions, two names, each note naming the other.
            let youth = kpi(&tabs.caseload.kpis, "kpi-jongeren");
            let donut = panel(&tabs.caseload.panels, "chart-doelgroep");
            let slice = &donut.chart.categories[0];
            assert_ne!(slice.to_lowercase(), youth.label.to_lowercase());
            let slice_share = &donut.table.rows[0][2];
            assert_ne!(
                slice_share, &youth.value,
                "the synthetic data has young refugees"
            );
            assert!(youth.note.contains(slice_share.as_str()), "{}", youth.note);
            assert!(
                donut.note.as_deref().unwrap().contains(&youth.label),
                "{:?}",
                donut.note
            );

            // The BUIG budget: the same amount wherever it is named; the sub-budgets' sum
            // beside it says its difference is rounding.
            let budget = kpi(&tabs.buig.kpis, "kpi-buig-budget");
            let marker = if nl { "BUIG-budget" } else { "BUIG budget" };
            for (tab, text) in &texts {
                for a in amounts_after(text, marker) {
                    assert_eq!(a, number_of(&budget.value), "{tab}: {marker} {a}");
                }
            }
            assert!(
                budget
                    .note
                    .contains(if nl { "is afronding" } else { "is rounding" }),
                "{}",
                budget.note
            );

            // The BUIG result: the key figure, the waterfall's last bar, the first year of
            // the multi-year view and the sensitivity at the assumed growth.
            let result = &kpi(&tabs.buig.kpis, "kpi-buig-result").value;
            let result_word = if nl { "Resultaat" } else { "Result" };
            let wf = &panel(&tabs.buig.panels, "chart-waterfall").table;
            assert_eq!(cell(wf, result_word, 1), result);
            let multi = &panel(&tabs.buig.panels, "chart-multiyear").table;
            let col = multi.headers.iter().position(|h| h == result_word).unwrap();
            assert_eq!(&multi.rows[0][col], result);
            let growth_now =
                format::pct(lang, buig::growth_pct_first_year(&tabs.s.buig).unwrap(), 2);
            let sens = &panel(&tabs.buig.panels, "chart-sensitivity").table;
            assert_eq!(cell(sens, &growth_now, 1), result);

            // LKS: running contracts on the key figure, the waterfall and the raise; the
            // LKS spending of the BUIG key figure is the BUIG box's.
            let running = &kpi(&tabs.lks.kpis, "kpi-lks-running").value;
            assert_eq!(running, "516");
            let stock = &panel(&tabs.lks.panels, "chart-lks-stockflow").table;
            assert_eq!(&stock.rows.last().unwrap()[1], running);
            let raise = kpi(&tabs.lks.kpis, "kpi-lks-raise");
            assert!(raise.note.starts_with(running.as_str()), "{}", raise.note);
            let lks_spend = format::eur_mln(lang, tabs.s.buig.lks_spend_mln, 2);
            assert!(spend.note.ends_with(&lks_spend), "{}", spend.note);
        }
    }

    /// Every percentage written in `text`: `(the digits before %, some context)`.
    fn percentages(text: &str) -> Vec<(String, String)> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = Vec::new();
        for (i, &c) in chars.iter().enumerate() {
            if c != '%' {
                continue;
            }
            let mut j = i;
            while j > 0
                && (chars[j - 1].is_ascii_digit() || chars[j - 1] == ',' || chars[j - 1] == '.')
            {
                j -= 1;
            }
            if !chars[j..i].iter().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let lo = i.saturating_sub(50);
            out.push((
                chars[j..i].iter().collect(),
                chars[lo..(i + 1).min(chars.len())].iter().collect(),
            ));
        }
        out
    }

    /// Decimals of a Dutch percentage (`21,29` → 2).
    fn decimals(number: &str) -> usize {
        number.split_once(',').map_or(0, |(_, f)| f.len())
    }

    /// The figures of key figures and charts: values, notes, data labels, and table cells
    /// after the first column. Chart categories, series names, headers and the first
    /// column are the names of things (a loonwaarde of 30%, a growth of 2,15% on an axis),
    /// not figures.
    fn figures(kpis: &[Kpi], panels: &[Panel]) -> String {
        let mut out = String::new();
        for k in kpis {
            out += &format!("{} | {} | ", k.value, k.note);
        }
        for p in panels {
            out += &format!("{:?} | ", p.note);
            for s in &p.chart.series {
                out += &format!("{:?} | ", s.labels);
            }
            for r in &p.table.rows {
                out += &format!("{:?} | ", &r[1..]);
            }
        }
        out
    }

    fn one_decimal(tab: &str, text: &str) -> Vec<String> {
        percentages(text)
            .into_iter()
            .filter(|(n, _)| decimals(n) != 1)
            .map(|(n, ctx)| format!("{tab}: {n}% in …{ctx}"))
            .collect()
    }

    #[test]
    fn percentages_have_one_decimal_except_the_seeds_two_decimal_figures() {
        let tabs = Tabs::build(Lang::Nl);
        let mut wrong = Vec::new();
        // Tabs whose whole screen holds figures only.
        wrong.extend(one_decimal(
            "samenstelling",
            &format!("{:?}", tabs.caseload),
        ));
        wrong.extend(one_decimal("dynamiek", &format!("{:?}", tabs.dynamics)));
        wrong.extend(one_decimal("cohorten", &format!("{:?}", tabs.cohorts)));
        wrong.extend(one_decimal("begroting", &format!("{:?}", tabs.programme)));
        wrong.extend(one_decimal("datakwaliteit", &format!("{:?}", tabs.quality)));
        // Tabs with inputs: their figures (the inputs' ranges are not figures).
        let p = &tabs.projection;
        let mut panels = p.panels.clone();
        // The growth column of the projection table (two decimals, as the BUIG's 2,15%).
        let band = &mut panels[0].table;
        let growth_col = band.headers.iter().position(|h| h == "Groei").unwrap();
        let growth: Vec<String> = band.rows.iter_mut().map(|r| r.remove(growth_col)).collect();
        wrong.extend(one_decimal("prognose", &figures(&p.kpis, &panels)));
        let l = &tabs.lks;
        wrong.extend(one_decimal("lks", &figures(&l.kpis, &l.panels)));
        wrong.extend(one_decimal("lks", &format!("{:?}", l.goal_seek)));
        let b = &tabs.buig;
        let breakeven = kpi(&b.kpis, "kpi-buig-breakeven");
        let other: Vec<Kpi> = b
            .kpis
            .iter()
            .filter(|k| k.id != breakeven.id)
            .cloned()
            .collect();
        wrong.extend(one_decimal("buig", &figures(&other, &b.panels)));
        wrong.extend(one_decimal("buig", &format!("{:?}", b.vangnet)));
        let w = &tabs.comparison.werkplein;
        wrong.extend(one_decimal(
            "vergelijking (Werkplein)",
            &format!(
                "{} {:?}",
                figures(&w.dashboard.kpis, &w.dashboard.panels),
                w.readings
            ),
        ));
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));

        // The two-decimal exceptions: growth compared with the seed's 1,14% / 0,49% and
        // 2,15%, the participation share compared with its 21,29%; each says so.
        let two = |text: &str| {
            percentages(text)
                .into_iter()
                .filter(|(n, _)| decimals(n) == 2)
                .count()
        };
        let g = &tabs.comparison.growth;
        let growth_figures = format!(
            "{} {:?}",
            figures(&g.dashboard.kpis, &g.dashboard.panels),
            g.notes
        );
        assert!(two(&growth_figures) > 0);
        assert!(g.round.label.contains("2 decimalen, zoals het rapport"));
        let pa = &tabs.comparison.participation;
        let shares = figures(&pa.dashboard.kpis, &pa.dashboard.panels);
        assert!(two(&shares) > 0);
        let note = pa.dashboard.panels[0].note.as_deref().unwrap();
        assert!(note.contains("Het rapport noemt 21,29%"), "{note}");
        assert_eq!(two(&format!("{breakeven:?} {:?}", b.goal_seek)), 4);
        assert!(
            breakeven.note.contains("twee decimalen"),
            "{}",
            breakeven.note
        );
        assert!(
            growth
                .iter()
                .all(|g| decimals(g.trim_end_matches('%')) == 2),
            "{growth:?}"
        );
        assert!(panels[0]
            .note
            .as_deref()
            .unwrap()
            .contains("twee decimalen"));
        assert!(
            growth.contains(&format::pct(Lang::Nl, 2.15, 2)),
            "the programme's growth assumption, as on the BUIG tab: {growth:?}"
        );
        for (n, ctx) in percentages(&format!("{growth_figures} {shares}")) {
            assert!((1..=2).contains(&decimals(&n)), "{n}% in …{ctx}");
        }
    }

    #[test]
    fn the_percentage_scan_finds_what_it_must() {
        let found: Vec<String> = percentages("a 69%, b 69,0% en c 9,88% (€ 1,0 mln)")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(found, ["69", "69,0", "9,88"]);
        assert_eq!(one_decimal("x", "a 69%, b 69,0%, c 9,88%").len(), 2);
        assert_eq!(
            amounts_after(
                "Kosten per uitkering per jaar: € 18.034, en",
                "kosten per uitkering"
            ),
            ["18.034"]
        );
        assert!(amounts_after("kosten per uitkering (€)", "kosten per uitkering").is_empty());
    }
}
