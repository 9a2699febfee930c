//! The fields a column can be mapped to, with Dutch labels, for the preview's column
//! mapping ([`super::LoadOptions::column_map`]).

use super::FileKind;

/// Episode fields the loader reads (DATA-MODEL §2.1), in file order.
const EPISODES: &[(&str, &str)] = &[
    ("uitkering_id", "Uitkeringsnummer (pseudoniem)"),
    ("gemeente_code", "Gemeentecode (GM0153)"),
    ("geslacht", "Geslacht"),
    ("geboortejaar", "Geboortejaar"),
    ("leeftijdsklasse", "Leeftijdsklasse"),
    ("huishoudtype", "Huishoudtype"),
    ("is_statushouder", "Statushouder (ja/nee)"),
    ("doelgroep", "Doelgroep"),
    ("afstand_arbeidsmarkt", "Afstand tot de arbeidsmarkt"),
    ("stadsdeel", "Stadsdeel"),
    ("startdatum", "Startdatum"),
    ("einddatum", "Einddatum"),
    ("uitstroomreden", "Uitstroomreden"),
    ("inkomsten_arbeid", "Inkomsten uit arbeid (ja/nee)"),
    ("rol", "Rol in het dossier (aanvrager/partner)"),
    (
        "geboortedatum",
        "Geboortedatum (alleen het jaar wordt gelezen)",
    ),
    (
        "instroomreden",
        "Instroomreden / oorzaak bijstandsafhankelijkheid (code)",
    ),
    ("instroomreden_omschrijving", "Omschrijving instroomreden"),
];

/// Kerncijfers fields (DATA-MODEL §3), in file order.
const KERNCIJFERS: &[(&str, &str)] = &[
    ("gemeente_code", "Gemeentecode (GM0153)"),
    ("gemeente", "Gemeente"),
    ("indicator", "Indicator"),
    ("dimensie", "Dimensie"),
    ("categorie", "Categorie"),
    ("periode_type", "Soort periode"),
    ("periode_van", "Periode van"),
    ("periode_tot", "Periode tot en met / peildatum"),
    ("waarde", "Waarde"),
    ("eenheid", "Eenheid"),
    ("status", "Status (realisatie, prognose, …)"),
    ("versie", "Versie"),
    ("definitie", "Definitie"),
    ("bron", "Bron"),
    ("opmerking", "Opmerking"),
];

/// LKS contract fields (DATA-MODEL §2.2), in file order.
const CONTRACTS: &[(&str, &str)] = &[
    ("contract_id", "Contractnummer (pseudoniem)"),
    ("uitkering_id", "Uitkeringsnummer (pseudoniem)"),
    ("persoon_status", "Status persoon (hug, pug, nug)"),
    ("startdatum", "Startdatum"),
    ("einddatum", "Einddatum"),
    ("loonwaarde_pct", "Loonwaarde (% WML)"),
    ("loonwaarde_datum", "Datum loonwaardemeting"),
    ("uren_per_week", "Uren per week"),
    ("werkgever_type", "Soort werkgever"),
    ("toegangsroute", "Toegangsroute"),
    ("doelgroep", "Doelgroep"),
    ("einde_reden", "Reden einde"),
    ("subsidie_mnd", "Subsidie per maand (€)"),
];

/// Trajectory fields (DATA-MODEL §2.3), in file order.
const TRAJECTORIES: &[(&str, &str)] = &[
    ("traject_id", "Trajectnummer (pseudoniem)"),
    ("persoon_id", "Persoonsnummer (pseudoniem)"),
    ("uitkering_id", "Uitkeringsnummer (pseudoniem)"),
    ("traject_code", "Soort traject (code of omschrijving)"),
    (
        "telt_sociale_activering",
        "Telt mee voor sociale activering (ja/nee)",
    ),
    ("startdatum", "Startdatum"),
    ("einddatum", "Einddatum"),
];

/// Code list fields (issue 11 §2).
const CODE_LIST: &[(&str, &str)] = &[("code", "Code"), ("omschrijving", "Omschrijving")];

/// The fields a column of a file of this kind can be mapped to: the field code (for
/// [`super::LoadOptions::column_map`]) and a Dutch label. Only fields the app reads are
/// listed; recognised-but-unused columns such as `persoon_id` are not.
pub fn mappable_fields(kind: FileKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        FileKind::Episodes => EPISODES,
        FileKind::Kerncijfers => KERNCIJFERS,
        FileKind::Contracts => CONTRACTS,
        FileKind::Trajectories => TRAJECTORIES,
        FileKind::CodeList => CODE_LIST,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{codelist, contracts, episodes, kerncijfers, trajectories};

    #[test]
    fn lists_are_the_stored_fields_of_each_schema() {
        for (kind, schema) in [
            (FileKind::Episodes, episodes::SCHEMA),
            (FileKind::Kerncijfers, kerncijfers::SCHEMA),
            (FileKind::Contracts, contracts::SCHEMA),
            (FileKind::Trajectories, trajectories::SCHEMA),
            (FileKind::CodeList, codelist::SCHEMA),
        ] {
            let stored: Vec<&str> = schema
                .fields
                .iter()
                .filter(|f| f.stored)
                .map(|f| f.name)
                .collect();
            let listed: Vec<&str> = mappable_fields(kind).iter().map(|f| f.0).collect();
            assert_eq!(listed, stored, "{kind:?}");
        }
    }
}
