//! A plain HTML table, the readable and accessible form of a chart, with CSV export.

use bijstand_core::lang::Lang;
use yew::prelude::*;

use crate::messages::charts as msg;
use crate::views::Table;

/// Cells up to this many characters are figures or short words, kept on one line.
const SHORT_CELL: usize = 16;

/// Props of [`DataTable`].
#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The table to show.
    pub table: Table,
    /// Shown folded behind a "Tabel" toggle when true.
    #[prop_or(true)]
    pub collapsible: bool,
    /// Interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// Per row: a filter button in its first cell, pressed or not, with its accessible
    /// name (empty: no buttons). Pressing it calls [`DataTableProps::on_row`] with the row.
    #[prop_or_default]
    pub row_buttons: Vec<Option<(bool, String)>>,
    /// A row's button was pressed.
    #[prop_or_default]
    pub on_row: Option<Callback<usize>>,
}

/// A cell as the CSV export writes it. Exports are for Dutch Excel and keep Dutch number
/// conventions in both interface languages: an English number, percentage or amount
/// (`5,687`, `21.29%`, `€1.61 m`, `−€0.99 m`, `€18,034`) is written the Dutch way (`5.687`,
/// `21,29%`, `€ 1,61 mln`, `−€ 0,99 mln`, `€ 18.034`), and an English date (`30 Sep 2024`)
/// as `30-09-2024`; other text is left as it is. A number or percentage written with the
/// true minus of a change (`−0,20`) gets the plain `-` that Excel reads as a number, in both
/// languages.
pub fn export_cell(lang: Lang, cell: &str) -> String {
    let number = |lang: Lang, s: &str| {
        let digits = s.strip_prefix(['-', '+', '−']).unwrap_or(s);
        digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && bijstand_core::format::parse_number(lang, s).is_some()
    };
    let excel_minus = |s: String| match s.strip_prefix('−') {
        Some(rest) => format!("-{rest}"),
        None => s,
    };
    if lang == Lang::Nl {
        let n = cell.strip_suffix('%').unwrap_or(cell);
        if cell.starts_with('−') && number(Lang::Nl, n) {
            return excel_minus(cell.to_string());
        }
        return cell.to_string();
    }
    let number = |s: &str| number(Lang::En, s);
    let dutch = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                ',' => '.',
                '.' => ',',
                c => c,
            })
            .collect()
    };
    let (sign, unsigned) = match cell.strip_prefix(['−', '+']) {
        Some(rest) if rest.starts_with('€') => (&cell[..cell.len() - rest.len()], rest),
        _ => ("", cell),
    };
    if let Some(n) = unsigned
        .strip_prefix('€')
        .and_then(|rest| rest.strip_suffix(" m"))
        .filter(|n| number(n))
    {
        return format!("{sign}€ {} mln", dutch(n));
    }
    if let Some(n) = unsigned.strip_prefix('€').filter(|n| number(n)) {
        return format!("{sign}€ {}", dutch(n));
    }
    if let Some(n) = cell.strip_suffix('%').filter(|n| number(n)) {
        return excel_minus(format!("{}%", dutch(n)));
    }
    if number(cell) {
        return excel_minus(dutch(cell));
    }
    english_date(cell)
        .map(|d| bijstand_core::format::date(Lang::Nl, d))
        .unwrap_or_else(|| cell.to_string())
}

/// A date as [`bijstand_core::format::date`] writes it in English: `30 Sep 2024`.
fn english_date(cell: &str) -> Option<bijstand_core::date::Date> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut parts = cell.split(' ');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || day.len() > 2 {
        return None;
    }
    let m = MONTHS.iter().position(|&n| n == month)? as u32 + 1;
    bijstand_core::date::Date::from_ymd(year.parse().ok()?, m, day.parse().ok()?)
}

/// Renders a [`Table`], numbers right-aligned, with a "CSV" download (Dutch Excel format in
/// both languages, see [`export_cell`]).
#[component]
pub fn DataTable(props: &DataTableProps) -> Html {
    let t = &props.table;
    let lang = props.lang;
    let on_csv = {
        let t = t.clone();
        Callback::from(move |_: MouseEvent| {
            let rows: Vec<Vec<String>> = t
                .rows
                .iter()
                .map(|r| r.iter().map(|c| export_cell(lang, c)).collect())
                .collect();
            let bytes = bijstand_core::export::table_csv(&t.headers, &rows);
            let name = format!("{}.csv", bijstand_core::text::header_key(&t.caption));
            #[cfg(target_arch = "wasm32")]
            let _ = crate::web::download_bytes(&name, "text/csv;charset=utf-8", &bytes);
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (name, bytes);
        })
    };
    // A table wider than its box scrolls sideways; then a shadow at the hidden edge and a
    // hint above it say so, and the scroll area takes keyboard focus (arrow keys scroll).
    let scroller = use_node_ref();
    let overflows = use_state_eq(|| false);
    let measure = {
        let scroller = scroller.clone();
        let overflows = overflows.clone();
        move || {
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = scroller.cast::<web_sys::HtmlElement>() {
                overflows.set(el.scroll_width() > el.client_width() + 1);
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&scroller, &overflows);
        }
    };
    // Measured after each layout that changed the box's or the table's size (and once
    // after the first): reading the widths then makes no extra layout, which reading them
    // in the render's effect did (a forced layout in the task that starts the app).
    // The size watch (a `web::SizeWatch` in the browser), dropped when the table goes.
    let watch = use_mut_ref(|| None::<Box<dyn std::any::Any>>);
    {
        let (scroller, measure, watch) = (scroller.clone(), measure.clone(), watch.clone());
        use_effect_with(t.clone(), move |_| {
            #[cfg(target_arch = "wasm32")]
            if let Some(el) = scroller.cast::<web_sys::Element>() {
                let mut watch = watch.borrow_mut();
                if watch.is_none() {
                    *watch = crate::web::when_resized(measure)
                        .map(|w| Box::new(w) as Box<dyn std::any::Any>);
                }
                if let Some(watch) = watch
                    .as_ref()
                    .and_then(|w| w.downcast_ref::<crate::web::SizeWatch>())
                {
                    watch.observe(&el);
                    // The table itself: a change of content can change its width only.
                    if let Some(table) = el.first_element_child() {
                        watch.observe(&table);
                    }
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&scroller, &measure, &watch);
        });
    }
    use_effect_with((), move |_| move || drop(watch.borrow_mut().take()));
    // A folded table's rows are made when it is opened or, at the latest, when the browser
    // is next idle (so before printing, and for the browser's find in page): a screen's
    // first render, in the task that the user waits for, makes only its head.
    let rows_shown = use_state_eq(|| !props.collapsible);
    {
        let rows_shown = rows_shown.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            crate::web::when_idle(0, move || rows_shown.set(true));
            #[cfg(not(target_arch = "wasm32"))]
            let _ = rows_shown;
        });
    }
    let on_toggle = {
        let rows_shown = rows_shown.clone();
        Callback::from(move |_: Event| {
            rows_shown.set(true);
            measure();
        })
    };
    let table = html! {
        <div class="table-wrap">
            if *overflows {
                <p class="scroll-hint" aria-hidden="true" data-testid="scroll-hint">{ msg::SCROLL_HINT.get(lang) }</p>
            }
            <div ref={scroller} class={classes!("table-scroll", overflows.then_some("overflows"))}
                tabindex={overflows.then_some("0")}
                role={overflows.then_some("region")}
                aria-label={overflows.then(|| msg::table_scrolls(lang, &t.caption))}>
                <table class="data-table">
                    <caption class="visually-hidden">{ &t.caption }</caption>
                    <thead><tr>{ for t.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
                    <tbody>
                        { for t.rows.iter().enumerate().filter(|_| *rows_shown).map(|(row, r)| html! {
                            <tr>{ for r.iter().enumerate().map(|(i, c)| if i == 0 {
                                match (props.row_buttons.get(row).cloned().flatten(), props.on_row.clone()) {
                                    (Some((pressed, label)), Some(on_row)) => html! {
                                        <th scope="row">
                                            <button type="button" class="row-filter" aria-pressed={pressed.to_string()}
                                                aria-label={label.clone()} title={label} data-testid="row-filter"
                                                onclick={Callback::from(move |_: MouseEvent| on_row.emit(row))}>
                                                { c }
                                            </button>
                                        </th>
                                    },
                                    _ => html! { <th scope="row">{ c }</th> },
                                }
                            } else {
                                // A short cell (a figure: "€ 114,46 mln") stays on one line;
                                // the table scrolls instead, with its hint.
                                let short = c.chars().count() <= SHORT_CELL;
                                html! { <td class={classes!(short.then_some("nowrap"))}>{ c }</td> }
                            }) }</tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <button class="button small no-print" onclick={on_csv} data-testid="csv-export"
                aria-label={msg::download_csv(lang, &t.caption)}>{ "CSV" }</button>
        </div>
    };
    if props.collapsible {
        html! {
            <details class="table-toggle" ontoggle={on_toggle} data-rows-pending={(!*rows_shown).then_some("")}>
                <summary>{ msg::TABLE.get(lang) }</summary>{ table }
            </details>
        }
    } else {
        table
    }
}

#[cfg(test)]
mod tests {
    use super::export_cell;
    use bijstand_core::format;
    use bijstand_core::lang::Lang::{En, Nl};

    #[test]
    fn exports_keep_dutch_numbers_in_english() {
        for (en, nl) in [
            ("5,687", "5.687"),
            ("21.29%", "21,29%"),
            ("-1,000", "-1.000"),
            ("€1.61 m", "€ 1,61 mln"),
            ("€18,034", "€ 18.034"),
            ("−€0.99 m", "−€ 0,99 mln"),
            ("+€0.99 m", "+€ 0,99 mln"),
            ("−€500", "−€ 500"),
            ("−1.5%", "-1,5%"),
            ("−1,000", "-1.000"),
            ("12", "12"),
            ("<10", "<10"),
            ("Zuid", "Zuid"),
            ("30 Sep 2024", "30-09-2024"),
            ("Sep 2024", "Sep 2024"),
            ("31 Feb 2024", "31 Feb 2024"),
            ("2024", "2024"),
        ] {
            assert_eq!(export_cell(En, en), nl, "{en}");
        }
        assert_eq!(
            export_cell(Nl, "5.687"),
            "5.687",
            "Dutch cells stay as they are"
        );
        assert_eq!(export_cell(Nl, "−€ 0,99 mln"), "−€ 0,99 mln");
        assert_eq!(
            export_cell(Nl, "−0,20"),
            "-0,20",
            "Excel reads a plain minus"
        );
        assert_eq!(export_cell(Nl, "−1,5%"), "-1,5%");
        assert_eq!(
            export_cell(En, &format::signed_eur_mln(En, -0.99, 2)),
            format::nl::signed_eur_mln(-0.99, 2)
        );
        // What the formatters write in English comes out as their Dutch form.
        assert_eq!(
            export_cell(En, &format::int(En, 5687)),
            format::nl::int(5687)
        );
        assert_eq!(
            export_cell(En, &format::pct(En, 21.29, 2)),
            format::nl::pct(21.29, 2)
        );
        assert_eq!(
            export_cell(En, &format::eur(En, 18034.0)),
            format::nl::eur(18034.0)
        );
        assert_eq!(
            export_cell(En, &format::eur_mln(En, 1.61, 2)),
            format::nl::eur_mln(1.61, 2)
        );
        let d = bijstand_core::date::Date::from_ymd(2024, 9, 30).unwrap();
        assert_eq!(export_cell(En, &format::date(En, d)), format::date(Nl, d));
    }
}
