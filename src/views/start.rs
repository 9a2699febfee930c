//! The "Start here" panel of a first visit: what the app does, that the data in view is
//! synthetic, which file to bring (with the template and its columns, taken from the
//! loader's own field list) and that nothing leaves the browser.

use bijstand_core::io::template_columns;
use bijstand_core::lang::Lang;

use super::Table;
use crate::messages::start as msg;

/// The panel as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct StartView {
    /// Heading.
    pub title: String,
    /// What the app does.
    pub what: String,
    /// That the data in view is synthetic (when it is).
    pub synthetic: Option<String>,
    /// Which file to bring.
    pub bring: String,
    /// Lead-in of the template downloads.
    pub template: String,
    /// Label of the CSV download.
    pub template_csv: String,
    /// Label of the Excel download.
    pub template_xlsx: String,
    /// The folded column list's summary.
    pub columns_summary: String,
    /// The columns the loader reads: name, meaning, required.
    pub columns: Table,
    /// Under the column list.
    pub columns_note: String,
    /// Nothing leaves the browser.
    pub privacy: String,
    /// Label of the hide button.
    pub dismiss: String,
}

/// The panel in `lang`; `synthetic`: the data in view is the synthetic data.
pub fn build(lang: Lang, synthetic: bool) -> StartView {
    let rows = template_columns()
        .into_iter()
        .map(|c| {
            vec![
                c.name.to_string(),
                msg::column_meaning(c.name)
                    .map_or(c.label, |m| m.get(lang))
                    .to_string(),
                if c.required { msg::YES } else { msg::NO }
                    .get(lang)
                    .to_string(),
            ]
        })
        .collect();
    StartView {
        title: msg::TITLE.get(lang).into(),
        what: msg::WHAT.get(lang).into(),
        synthetic: synthetic.then(|| msg::SYNTHETIC_IN_VIEW.get(lang).into()),
        bring: msg::BRING.get(lang).into(),
        template: msg::TEMPLATE.get(lang).into(),
        template_csv: msg::TEMPLATE_CSV.get(lang).into(),
        template_xlsx: msg::TEMPLATE_XLSX.get(lang).into(),
        columns_summary: msg::COLUMNS.get(lang).into(),
        columns: Table {
            caption: msg::COLUMNS_CAPTION.get(lang).into(),
            headers: vec![
                msg::COLUMN.get(lang).into(),
                msg::MEANING.get(lang).into(),
                msg::REQUIRED.get(lang).into(),
            ],
            rows,
        },
        columns_note: msg::COLUMNS_NOTE.get(lang).into(),
        privacy: msg::PRIVACY.get(lang).into(),
        dismiss: msg::DISMISS.get(lang).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_column_list_is_the_templates_in_both_languages() {
        let names: Vec<&str> = template_columns().iter().map(|c| c.name).collect();
        for c in template_columns() {
            assert!(
                msg::column_meaning(c.name).is_some(),
                "describe the column {} in messages::start",
                c.name
            );
        }
        for lang in [Lang::Nl, Lang::En] {
            let v = build(lang, true);
            let listed: Vec<&str> = v.columns.rows.iter().map(|r| r[0].as_str()).collect();
            assert_eq!(listed, names);
            assert!(v.synthetic.is_some());
        }
        let nl = build(Lang::Nl, false);
        assert_eq!(
            nl.synthetic, None,
            "a file of one's own is not called synthetic"
        );
        let row = |v: &StartView, name: &str| {
            v.columns
                .rows
                .iter()
                .find(|r| r[0] == name)
                .unwrap()
                .clone()
        };
        assert_eq!(row(&nl, "startdatum")[2], "ja");
        assert_eq!(row(&nl, "stadsdeel")[2], "nee");
        let en = build(Lang::En, true);
        assert_eq!(
            row(&en, "einddatum")[1],
            "End date; empty while the benefit runs"
        );
        assert_eq!(en.columns.headers, ["Column", "Meaning", "Required"]);
        assert!(en.privacy.contains("nothing is sent"));
    }
}
