//! Messages: the calibration notes of the projection ([`crate::projection::CalibrationNote`]).

use crate::date::Date;
use crate::i18n::{Dec, Pct, Plain};

crate::messages! {
    /// [`crate::projection::CalibrationNote::StartAtMonthEnd`].
    fn start_at_month_end(stock: Dec, month: &str) = "Startbestand {stock} eind {month} (uit de uitkeringen)."
        / "Start caseload {stock} at the end of {month} (from the benefits).";
    /// [`crate::projection::CalibrationNote::MonthlyFlows`].
    fn monthly_flows(inflow: Dec, outflow: Dec, from: &str, to: &str) = "Instroom {inflow} en uitstroom zonder AOW {outflow} in de 12 maanden {from} t/m {to}."
        / "Inflow {inflow} and outflow excluding state pension {outflow} in the 12 months {from} to {to}.";
    /// [`crate::projection::CalibrationNote::MeanOfMonths`].
    fn mean_of_months(average: Dec) = "Gemiddeld bestand {average} (gemiddelde van de 12 maandstanden)."
        / "Average caseload {average} (mean of the 12 month-end stocks).";
    /// [`crate::projection::CalibrationNote::AowFromBirthYears`], whole years.
    fn aow_from_birth_years(years: Plain<u32>) = "AOW-uitstroom uit de geboortejaren van de lopende uitkeringen (AOW-leeftijd {years} jaar)."
        / "State-pension exits from the birth years of the running benefits (pension age {years} years).";
    /// [`crate::projection::CalibrationNote::AowFromBirthYears`], years and months.
    fn aow_from_birth_years_months(years: Plain<u32>, months: Plain<u32>) = "AOW-uitstroom uit de geboortejaren van de lopende uitkeringen (AOW-leeftijd {years} jaar en {months} maanden)."
        / "State-pension exits from the birth years of the running benefits (pension age {years} years and {months} months).";
    /// [`crate::projection::CalibrationNote::NoGapByConstruction`].
    NO_GAP_BY_CONSTRUCTION = "Geen aansluitingsverschil: bestand en stromen komen uit dezelfde uitkeringen en sluiten per definitie aan."
        / "No reconciliation term: stock and flows come from the same benefits and agree by definition.";
    /// [`crate::projection::CalibrationNote::StartOn`].
    fn start_on(stock: Dec, on: Date) = "Startbestand {stock} op {on}." / "Start caseload {stock} on {on}.";
    /// [`crate::projection::CalibrationNote::YearFlows`].
    fn year_flows(inflow: Dec, outflow: Dec, year: Plain<i32>, aow: Dec, other: Dec) =
        "Instroom {inflow} en uitstroom {outflow} over {year}; daarvan {aow} wegens AOW, dus {other} overige uitstroom."
        / "Inflow {inflow} and outflow {outflow} in {year}; of which {aow} by state pension, so {other} other outflow.";
    /// [`crate::projection::CalibrationNote::Gap`].
    fn gap(end: Dec, start: Dec, inflow: Dec, outflow: Dec, r: Dec) = "Aansluitingsverschil r = ({end} − {start}) − ({inflow} − {outflow}) = {r} per jaar."
        / "Reconciliation term r = ({end} − {start}) − ({inflow} − {outflow}) = {r} per year.";
    /// [`crate::projection::CalibrationNote::NoFlows`].
    fn no_flows(year: Plain<i32>) = "Geen in- en uitstroom over {year} gevonden: standaardwaarden gebruikt."
        / "No inflow and outflow found for {year}: default values used.";
    /// [`crate::projection::CalibrationNote::AverageOfTwo`].
    fn average_of_two(before: Dec, start: Dec, average: Dec) = "Gemiddeld bestand ({before} + {start}) / 2 = {average}."
        / "Average caseload ({before} + {start}) / 2 = {average}.";
    /// [`crate::projection::CalibrationNote::NoStockYearBefore`].
    NO_STOCK_YEAR_BEFORE = "Geen bestand een jaar eerder: gemiddeld bestand = startbestand, geen aansluitingsverschil."
        / "No caseload a year earlier: average caseload = start caseload, no reconciliation term.";
    /// [`crate::projection::CalibrationNote::AowPerYear`].
    fn aow_per_year(from: Plain<i32>, list: &str) = "AOW-uitstroom per jaar vanaf {from}: {list}."
        / "State-pension exits per year from {from}: {list}.";
    /// Between the numbers of a list (English numbers have commas).
    LIST_SEPARATOR = ", " / "; ";
    /// [`crate::projection::CalibrationNote::BudgetGrowth`].
    fn budget_growth(year: Plain<i32>, growth: Pct) = "Groeiaanname begroting {year}: {growth}." / "Budget growth assumption {year}: {growth}.";
}

#[cfg(test)]
mod tests {
    use crate::date::Date;
    use crate::lang::Lang;
    use crate::projection::CalibrationNote as N;

    #[test]
    fn every_calibration_note_has_both_texts() {
        let on = Date::from_ymd(2024, 9, 30).unwrap();
        let notes = [
            N::StartAtMonthEnd {
                stock: 5687.0,
                month: on.month_index(),
            },
            N::MonthlyFlows {
                inflow: 1137.0,
                outflow: 873.0,
                from: on.month_index() - 11,
                to: on.month_index(),
            },
            N::MeanOfMonths(5655.5),
            N::AowFromBirthYears {
                years: 67,
                months: 0,
            },
            N::AowFromBirthYears {
                years: 67,
                months: 3,
            },
            N::NoGapByConstruction,
            N::StartOn { stock: 5687.0, on },
            N::YearFlows {
                inflow: 1137.0,
                outflow: 1000.0,
                year: 2024,
                aow: 127.0,
            },
            N::Gap {
                end: 5687.0,
                start: 5623.0,
                inflow: 1137.0,
                outflow: 1144.0,
                r: 71.0,
            },
            N::NoFlows(2024),
            N::AverageOfTwo {
                before: 5623.0,
                start: 5687.0,
                average: 5655.0,
            },
            N::NoStockYearBefore,
            N::AowPerYear {
                from: 2025,
                per_year: vec![1180.0, 1210.0],
            },
            N::BudgetGrowth {
                year: 2025,
                pct: 2.15,
            },
        ];
        for n in &notes {
            crate::messages::check::assert_translated(&n.message(Lang::Nl), &n.message(Lang::En));
        }
        assert_eq!(
            notes[6].message(Lang::Nl),
            "Startbestand 5.687 op 30-09-2024."
        );
        assert_eq!(
            notes[6].message(Lang::En),
            "Start caseload 5,687 on 30 Sep 2024."
        );
        assert_eq!(
            notes[12].message(Lang::En),
            "State-pension exits per year from 2025: 1,180; 1,210."
        );
    }
}
