//! The columnar data model (DATA-MODEL §2.1 and §3).
//!
//! Person-level benefit episodes and aggregate kerncijfers are both stored column by
//! column, with categories as small integer codes, so a million rows stay compact and
//! group-bys are tight loops.

use crate::date::Date;

/// Defines a category enum with its code, its label (Dutch and English, a catalogue
/// [`Msg`](crate::i18n::Msg)) and accepted spellings.
macro_rules! category {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $code:literal, $nl:literal, $en:literal, [$($alias:literal),*];)+ }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[repr(u8)]
        pub enum $name { $($(#[$vm])* #[doc = $nl] $var,)+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$var,)+];
            /// The lower-case ASCII code used in files and links.
            pub fn code(self) -> &'static str { match self { $($name::$var => $code,)+ } }
            /// Display label: a catalogue message keyed `Type::Variant`, Dutch and English.
            pub fn label(self) -> $crate::i18n::Msg {
                match self {
                    $($name::$var => {
                        const _: () = assert!(!$nl.is_empty() && !$en.is_empty(), "a label needs both texts");
                        $crate::i18n::Msg::new(concat!(stringify!($name), "::", stringify!($var)), $nl, $en)
                    })+
                }
            }
            /// Parses a value already passed through [`crate::text::normalize`].
            pub fn parse_normalized(s: &str) -> Option<$name> {
                match s {
                    $($code $(| $alias)* => Some($name::$var),)+
                    _ => None,
                }
            }
            /// Index in [`Self::ALL`].
            pub fn index(self) -> usize { self as usize }
        }
    };
}

category! {
    /// Gender of the main beneficiary (`geslacht`).
    Geslacht {
        Man = "m", "man", "male", ["man", "male", "mannelijk", "1"];
        Vrouw = "v", "vrouw", "female", ["vrouw", "female", "f", "vrouwelijk", "2"];
        Anders = "x", "anders", "other (X)", ["anders", "other"];
        Onbekend = "o", "onbekend", "unknown", ["onbekend", "unknown", "", "?"];
    }
}

category! {
    /// Distance to the labour market (`afstand_arbeidsmarkt`).
    Afstand {
        Kort = "kort", "korte afstand", "short distance", ["korte afstand", "k", "short"];
        Lang = "lang", "lange afstand", "long distance", ["lange afstand", "l", "long", "groot", "grote afstand"];
        Onbekend = "onbekend", "onbekend", "unknown", ["", "onb", "onb.", "unknown", "?"];
    }
}

category! {
    /// Exclusive target group (`doelgroep`); derived from age and statushouder with a precedence rule when absent.
    Doelgroep {
        Jongere = "jongere", "doelgroep jongeren", "youth target group", ["jongeren", "jong", "youth"];
        Statushouder = "statushouder", "statushouders", "refugees with permit", ["statushouders", "vergunninghouder", "vergunninghouders"];
        Overig = "overig", "overig", "other", ["overige", "other"];
    }
}

category! {
    /// Household type (`huishoudtype`); drives the benefit amount.
    Huishoudtype {
        Alleenstaand = "alleenstaand", "alleenstaande", "single", ["alleenstaande", "single"];
        AlleenstaandeOuder = "alleenstaande_ouder", "alleenstaande ouder", "single parent", ["alleenstaande ouder", "eenoudergezin", "single parent"];
        Paar = "paar", "gehuwden/samenwonenden", "couple", ["gehuwd", "samenwonend", "gehuwden/samenwonenden", "couple", "gezin"];
    }
}

category! {
    /// Reason a benefit ended (`uitstroomreden`), mapped to the rows of Table 14.
    Uitstroomreden {
        Werk = "werk", "werkaanvaarding", "job", ["werkaanvaarding", "job", "arbeid"];
        WerkWerkplein = "werk_werkplein", "plaatsing Werkplein", "placement by Werkplein", ["werkplein", "plaatsing werkplein", "werk werkplein"];
        Studie = "studie", "studie", "study", ["study", "opleiding"];
        Zelfstandig = "zelfstandig", "start als zelfstandige", "self-employed", ["zelfstandige", "zzp", "self-employed"];
        Aow = "aow", "bereiken AOW-leeftijd", "reached state-pension age", ["aow-leeftijd", "aow leeftijd", "pensioen"];
        Verhuizing = "verhuizing", "verhuizing buiten gemeente", "moved away", ["verhuisd", "vertrek"];
        Overlijden = "overlijden", "overlijden", "death", ["overleden", "death"];
        Overig = "overig", "overig", "other", ["overige", "other"];
        Onbekend = "onbekend", "onbekend", "unknown", ["unknown", "onb", "onb."];
    }
}

category! {
    /// Age band (`leeftijdsklasse`): keeps the seed's cut-offs at 27 and 55.
    Leeftijdsklasse {
        Tot27 = "18-26", "18–26", "18–26", ["18_26", "<27", "jonger dan 27"];
        Van27 = "27-29", "27–29", "27–29", ["27_29"];
        Van30 = "30-39", "30–39", "30–39", ["30_39"];
        Van40 = "40-49", "40–49", "40–49", ["40_49"];
        Van50 = "50-54", "50–54", "50–54", ["50_54"];
        Van55 = "55-aow", "55–AOW", "55–pension age", ["55_aow", "55+", "55 tot aow", "55-aow-leeftijd"];
    }
}

impl Leeftijdsklasse {
    /// The band for an age in whole years (ages under 18 fall in the first band, over 55 in the last).
    pub fn from_age(age: i32) -> Leeftijdsklasse {
        match age {
            ..=26 => Leeftijdsklasse::Tot27,
            27..=29 => Leeftijdsklasse::Van27,
            30..=39 => Leeftijdsklasse::Van30,
            40..=49 => Leeftijdsklasse::Van40,
            50..=54 => Leeftijdsklasse::Van50,
            _ => Leeftijdsklasse::Van55,
        }
    }
}

/// A yes/no field that may be unknown (`ja`/`nee`/empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[repr(u8)]
pub enum Flag {
    /// ja
    Nee,
    /// nee
    Ja,
    /// empty or not given
    Onbekend,
}

/// A list of distinct labels; columns store indices into it. Serialized as the list.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Dict {
    /// The labels as first seen (after mapping), in order of first appearance.
    pub labels: Vec<String>,
}

impl Dict {
    /// Returns the code of `label`, adding it when new.
    pub fn intern(&mut self, label: &str) -> u16 {
        if let Some(i) = self.labels.iter().position(|l| l == label) {
            return i as u16;
        }
        self.labels.push(label.to_string());
        (self.labels.len() - 1) as u16
    }

    /// The code of `label`, if present.
    pub fn code_of(&self, label: &str) -> Option<u16> {
        self.labels
            .iter()
            .position(|l| l == label)
            .map(|i| i as u16)
    }

    /// The label of a code.
    pub fn label(&self, code: u16) -> &str {
        &self.labels[code as usize]
    }
}

/// Benefit episodes (`bijstandsbestand.csv`), one entry per row, column by column.
///
/// An episode is in the caseload on date `d` when `start <= d < eind`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Episodes {
    /// Municipality codes, normalised to `GM####`.
    pub gemeente: Dict,
    /// Index into `gemeente` per row.
    pub gemeente_code: Vec<u16>,
    /// Gender.
    pub geslacht: Vec<Geslacht>,
    /// Birth year, 0 when not given.
    pub geboortejaar: Vec<u16>,
    /// Age band when given instead of the birth year.
    pub leeftijdsklasse: Vec<Option<Leeftijdsklasse>>,
    /// Statushouder flag.
    pub statushouder: Vec<Flag>,
    /// Target group when the file supplies it; otherwise derived (see `caseload`).
    pub doelgroep: Vec<Option<Doelgroep>>,
    /// Distance to the labour market.
    pub afstand: Vec<Afstand>,
    /// District labels (`stadsdeel`), per municipality.
    pub stadsdelen: Dict,
    /// Index into `stadsdelen` per row.
    pub stadsdeel: Vec<u16>,
    /// Household type.
    pub huishoudtype: Vec<Option<Huishoudtype>>,
    /// First day on benefit.
    pub start: Vec<Date>,
    /// First day no longer on benefit; [`Date::OPEN`] while running.
    pub eind: Vec<Date>,
    /// Reason for ending, set exactly when `eind` is.
    pub uitstroomreden: Vec<Option<Uitstroomreden>>,
    /// Income from part-time work next to the benefit ("gedeeltelijke uitstroom").
    pub inkomsten_arbeid: Vec<Flag>,
    /// Instroomreden (`oorzaak bijstandsafhankelijkheid`) keys, in order of first
    /// appearance: the file's code (`14`), or its description when the file has no code
    /// column; `""` for an empty cell. Grouping is by key.
    pub instroomredenen: Dict,
    /// The file's own description of each key of `instroomredenen` (the first one seen),
    /// empty when the file has no description column; equal to the key in a file with
    /// descriptions and no codes.
    pub instroomreden_labels: Vec<String>,
    /// Index into `instroomredenen` per row; **empty when the file has no instroomreden
    /// column** (then no breakdown is shown).
    pub instroomreden: Vec<u16>,
}

impl Episodes {
    /// Number of episodes.
    pub fn len(&self) -> usize {
        self.start.len()
    }

    /// True when there are no episodes.
    pub fn is_empty(&self) -> bool {
        self.start.is_empty()
    }

    /// Reserves room for `additional` more episodes in every column (the loader sizes
    /// the columns once instead of growing them by copying).
    pub fn reserve(&mut self, additional: usize) {
        self.gemeente_code.reserve(additional);
        self.geslacht.reserve(additional);
        self.geboortejaar.reserve(additional);
        self.leeftijdsklasse.reserve(additional);
        self.statushouder.reserve(additional);
        self.doelgroep.reserve(additional);
        self.afstand.reserve(additional);
        self.stadsdeel.reserve(additional);
        self.huishoudtype.reserve(additional);
        self.start.reserve(additional);
        self.eind.reserve(additional);
        self.uitstroomreden.reserve(additional);
        self.inkomsten_arbeid.reserve(additional);
    }

    /// Whether the file had an instroomreden column (one key per row).
    pub fn has_instroomreden(&self) -> bool {
        !self.instroomreden.is_empty() && self.instroomreden.len() == self.len()
    }

    /// The file's description of instroomreden key `code`, if it gave one.
    pub fn instroomreden_label(&self, code: u16) -> Option<&str> {
        self.instroomreden_labels
            .get(code as usize)
            .map(String::as_str)
            .filter(|l| !l.is_empty())
    }

    /// The latest start or end date in the data, if any.
    pub fn latest_date(&self) -> Option<Date> {
        let s = self.start.iter().copied().max();
        let e = self.eind.iter().copied().filter(|d| !d.is_open()).max();
        s.max(e)
    }
}

category! {
    /// The period type of a kerncijfers row.
    PeriodeType {
        Peildatum = "peildatum", "peildatum", "reference date", ["stand"];
        Maand = "maand", "maand", "month", ["month"];
        Kwartaal = "kwartaal", "kwartaal", "quarter", ["quarter"];
        Jaar = "jaar", "jaar", "year", ["year"];
        Periode = "periode", "periode", "period", ["period"];
    }
}

category! {
    /// Unit of a kerncijfers value (`eenheid`).
    Eenheid {
        Aantal = "aantal", "aantal", "count", ["count", "personen", "aantal personen"];
        Procent = "procent", "procent", "percent", ["%", "pct", "percentage"];
        Procentpunt = "procentpunt", "procentpunt", "percentage point", ["pp", "procentpunten"];
        Euro = "euro", "euro", "euro", ["eur", "€"];
        EuroX1000 = "euro_x1000", "× € 1.000", "× € 1,000", ["x 1000", "x1000", "euro x1000", "euro x 1000", "x € 1.000"];
        EuroMln = "euro_mln", "€ mln", "€ million", ["mln", "miljoen", "euro mln", "euro_miljoen"];
        Index = "index", "index", "index", [];
        Cijfer = "cijfer", "rapportcijfer", "mark (1–10)", ["rapportcijfer"];
        Uur = "uur", "uur", "hours", ["uren", "hours"];
    }
}

category! {
    /// Status of a kerncijfers value (`status`).
    Status {
        Realisatie = "realisatie", "realisatie", "actual", ["actual", "r"];
        Prognose = "prognose", "prognose", "forecast", ["forecast", "p"];
        Budget = "begroting", "begroting", "budget", ["budget", "toekenning", "b"];
        Streefwaarde = "streefwaarde", "streefwaarde", "target", ["target", "doel", "t"];
    }
}

/// A kerncijfers value: a number, suppressed (`<10`, `*`) or missing.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    /// A number in the row's unit.
    Number(f64),
    /// Published as suppressed (`<10`, `*`): not zero, not missing.
    Suppressed,
    /// Empty, `-`, `n.v.t.` and the like.
    Missing,
}

impl Value {
    /// The number, if there is one.
    pub fn number(self) -> Option<f64> {
        match self {
            Value::Number(v) => Some(v),
            _ => None,
        }
    }
}

/// Aggregate figures (`kerncijfers.csv`, DATA-MODEL §3), one entry per row, column by column.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kerncijfers {
    /// Shared dictionary for every text column below.
    pub dict: Dict,
    /// `gemeente_code` (e.g. `GM0153`), as a dict code.
    pub gemeente_code: Vec<u16>,
    /// `gemeente` name, as a dict code.
    pub gemeente: Vec<u16>,
    /// `indicator` code, as a dict code.
    pub indicator: Vec<u16>,
    /// `dimensie` code (possibly empty), as a dict code.
    pub dimensie: Vec<u16>,
    /// `categorie` code (possibly empty), as a dict code.
    pub categorie: Vec<u16>,
    /// Period type.
    pub periode_type: Vec<PeriodeType>,
    /// Start of the period; `None` for a peildatum.
    pub periode_van: Vec<Option<Date>>,
    /// End of the period, or the peildatum.
    pub periode_tot: Vec<Date>,
    /// The value.
    pub waarde: Vec<Value>,
    /// Unit.
    pub eenheid: Vec<Eenheid>,
    /// Status.
    pub status: Vec<Status>,
    /// `versie`, as a dict code.
    pub versie: Vec<u16>,
    /// `definitie`, as a dict code.
    pub definitie: Vec<u16>,
    /// `bron` (source), as a dict code.
    pub bron: Vec<u16>,
    /// `opmerking`, as a dict code.
    pub opmerking: Vec<u16>,
    /// 1-based line number in the source file, for messages.
    pub source_line: Vec<u32>,
}

/// One kerncijfers row, borrowed from the columns.
#[derive(Clone, Copy, Debug)]
pub struct KerncijferRow<'a> {
    /// Row index.
    pub index: usize,
    /// Indicator code.
    pub indicator: &'a str,
    /// Dimension code (may be empty).
    pub dimensie: &'a str,
    /// Category code (may be empty).
    pub categorie: &'a str,
    /// Period type.
    pub periode_type: PeriodeType,
    /// Period start.
    pub periode_van: Option<Date>,
    /// Period end or peildatum.
    pub periode_tot: Date,
    /// Value.
    pub waarde: Value,
    /// Unit.
    pub eenheid: Eenheid,
    /// Status.
    pub status: Status,
    /// Version.
    pub versie: &'a str,
    /// Definition note.
    pub definitie: &'a str,
    /// Source.
    pub bron: &'a str,
    /// Remark.
    pub opmerking: &'a str,
}

impl Kerncijfers {
    /// Number of rows.
    pub fn len(&self) -> usize {
        self.indicator.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.indicator.is_empty()
    }

    /// Row `i` as a borrowed view.
    pub fn row(&self, i: usize) -> KerncijferRow<'_> {
        KerncijferRow {
            index: i,
            indicator: self.dict.label(self.indicator[i]),
            dimensie: self.dict.label(self.dimensie[i]),
            categorie: self.dict.label(self.categorie[i]),
            periode_type: self.periode_type[i],
            periode_van: self.periode_van[i],
            periode_tot: self.periode_tot[i],
            waarde: self.waarde[i],
            eenheid: self.eenheid[i],
            status: self.status[i],
            versie: self.dict.label(self.versie[i]),
            definitie: self.dict.label(self.definitie[i]),
            bron: self.dict.label(self.bron[i]),
            opmerking: self.dict.label(self.opmerking[i]),
        }
    }

    /// Every row, in file order.
    pub fn rows(&self) -> impl Iterator<Item = KerncijferRow<'_>> {
        (0..self.len()).map(|i| self.row(i))
    }

    /// Rows of one indicator, optionally narrowed to a category.
    pub fn select<'a>(
        &'a self,
        indicator: &'a str,
        categorie: Option<&'a str>,
    ) -> impl Iterator<Item = KerncijferRow<'a>> + 'a {
        self.rows()
            .filter(move |r| r.indicator == indicator && categorie.is_none_or(|c| r.categorie == c))
    }
}

category! {
    /// Benefit status of the person with an LKS contract (`persoon_status`, DATA-MODEL §2.2).
    PersoonStatus {
        Hug = "hug", "hoofduitkeringsgerechtigde", "main beneficiary", ["hoofduitkeringsgerechtigde", "main beneficiary"];
        Pug = "pug", "partner uitkeringsgerechtigde", "partner", ["partner", "partner uitkeringsgerechtigde"];
        Nug = "nug", "niet-uitkeringsgerechtigde", "non-beneficiary", ["nugger", "niet uitkeringsgerechtigde", "niet-uitkeringsgerechtigde", "non-beneficiary"];
    }
}

category! {
    /// Kind of employer of an LKS contract (`werkgever_type`).
    WerkgeverType {
        Regulier = "regulier", "reguliere werkgever", "regular employer", ["reguliere werkgever", "regular"];
        Dcw = "dcw", "dienstverband DCW (gemeente)", "municipal company", ["dienstverband dcw"];
        Detachering = "detachering", "gedetacheerd via W&I", "seconded", ["gedetacheerd", "secondment"];
    }
}

category! {
    /// How a person got access to LKS (`toegangsroute`).
    Toegangsroute {
        UwvIndicatie = "uwv_indicatie", "doelgroepregister via UWV", "UWV indication", ["uwv", "doelgroepregister", "uwv indicatie"];
        Praktijkroute = "praktijkroute", "praktijkroute", "practice route", ["praktijk"];
        NieuwBeschut = "nieuw_beschut", "Nieuw Beschut", "sheltered work", ["beschut", "nieuw beschut"];
        Overig = "overig", "overig", "other", ["overige", "other"];
    }
}

category! {
    /// Why an LKS contract ended (`einde_reden`).
    EindeReden {
        RegulierZonderLks = "regulier_zonder_lks", "doorstroom zonder subsidie", "no longer subsidised", ["regulier zonder lks", "doorstroom"];
        EindeDienstverband = "einde_dienstverband", "contract beëindigd", "contract ended", ["einde dienstverband", "contract beeindigd"];
        Aow = "aow", "bereiken AOW-leeftijd", "reached state-pension age", ["aow-leeftijd", "pensioen"];
        Overig = "overig", "overig", "other", ["overige", "other", "onbekend", ""];
    }
}

/// LKS contracts (`lks_contracten.csv`, DATA-MODEL §2.2), one entry per contract, column by
/// column. Counts are contracts, not persons.
///
/// A contract runs on date `d` when `start <= d < eind` (the same convention as
/// [`Episodes`]: `einddatum` is the first day without the contract). Ids are checked for
/// uniqueness when loading and not kept.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LksContracts {
    /// Benefit status of the person, when given.
    pub persoon_status: Vec<Option<PersoonStatus>>,
    /// Whether an `uitkering_id` was given (the person had a benefit at the start).
    pub met_uitkering: Vec<bool>,
    /// First day of the contract.
    pub start: Vec<Date>,
    /// First day without the contract; [`Date::OPEN`] while running.
    pub eind: Vec<Date>,
    /// Loonwaarde in % of WML (0–100).
    pub loonwaarde_pct: Vec<f64>,
    /// Date of the latest loonwaarde measurement; [`Date::OPEN`] when not given.
    pub loonwaarde_datum: Vec<Date>,
    /// Hours per week, when given.
    pub uren_per_week: Vec<Option<f64>>,
    /// Employer kind, when given.
    pub werkgever_type: Vec<Option<WerkgeverType>>,
    /// Access route, when given.
    pub toegangsroute: Vec<Option<Toegangsroute>>,
    /// Target group, when given.
    pub doelgroep: Vec<Option<Doelgroep>>,
    /// Why the contract ended, when given.
    pub einde_reden: Vec<Option<EindeReden>>,
    /// Actual subsidy per month in €, when given.
    pub subsidie_mnd: Vec<Option<f64>>,
}

impl LksContracts {
    /// Number of contracts.
    pub fn len(&self) -> usize {
        self.start.len()
    }

    /// True when there are no contracts.
    pub fn is_empty(&self) -> bool {
        self.start.is_empty()
    }

    /// Whether contract `i` runs on `d`.
    pub fn is_running_on(&self, i: usize, d: Date) -> bool {
        self.start[i] <= d && d < self.eind[i]
    }
}

/// A loaded contracts file: the contracts with where they came from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContractsFile {
    /// The contracts.
    pub contracts: LksContracts,
    /// The file name.
    pub name: String,
}

/// Trajectory participations (`trajecten.csv`, DATA-MODEL §2.3), one entry per row,
/// column by column. The file's ids are not kept: persons are numbered in order of first
/// appearance.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Trajectories {
    /// The trajectory codes: a known code of [`crate::trajectories::CODES`], `overig_<slug>`,
    /// or the file's own text for a code not on the list.
    pub codes: Dict,
    /// Per trajectory: its code (an index into `codes`).
    pub code: Vec<u16>,
    /// Per trajectory: whether it counts for social activation (F3).
    pub counts: Vec<bool>,
    /// Per trajectory: who takes part, numbered from 0 (a person, or a benefit when the
    /// file only has `uitkering_id`: see `by_person`).
    pub person: Vec<u32>,
    /// True when `person` numbers persons (`persoon_id`), false for benefits.
    pub by_person: bool,
    /// Per trajectory: its start.
    pub start: Vec<Date>,
    /// Per trajectory: the first day without it ([`Date::OPEN`] while running).
    pub eind: Vec<Date>,
}

impl Trajectories {
    /// Number of trajectories.
    pub fn len(&self) -> usize {
        self.code.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.code.is_empty()
    }
}

/// A loaded trajectories file: the trajectories with where they came from.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrajectoriesFile {
    /// The trajectories.
    pub trajectories: Trajectories,
    /// The file name.
    pub name: String,
}

/// A code list (code → omschrijving) loaded beside a caseload, such as "Code oorzaak
/// bijstandsafhankelijkheid" from a benefits system: it labels the instroomreden codes.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CodeList {
    /// (code, omschrijving) in file order; codes as [`crate::text::code_key`] makes them.
    pub codes: Vec<(String, String)>,
    /// The file name.
    pub name: String,
}

impl CodeList {
    /// The description of a code (a key as in [`Episodes::instroomredenen`]).
    pub fn label(&self, code: &str) -> Option<&str> {
        self.codes
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, l)| l.as_str())
    }
}

/// What a loaded file contains.
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    /// Person-level benefit episodes (Tier A).
    Episodes(Episodes),
    /// Aggregate figures (Tier B).
    Kerncijfers(Kerncijfers),
}

/// A loaded dataset with where it came from (its name, whether it is the demo data). How
/// the loader read the file is in the loader's result (`io::Loaded::report`), which the
/// app keeps next to the dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// The figures.
    pub data: Data,
    /// File name or a description such as "Enschede (synthetisch)".
    pub name: String,
    /// True for the generated demo data: the UI labels it "synthetisch".
    pub synthetic: bool,
    /// LKS contracts loaded next to the caseload (DATA-MODEL §2.2), if any. A contracts
    /// file is read on its own (`io::Content::Contracts`); the app adds its contracts to
    /// the dataset in view with [`Dataset::with_contracts`].
    pub contracts: Option<std::sync::Arc<ContractsFile>>,
    /// Trajectories loaded next to the caseload (DATA-MODEL §2.3), if any: read on their
    /// own (`io::Content::Trajectories`) and added with [`Dataset::with_trajectories`].
    pub trajectories: Option<std::sync::Arc<TrajectoriesFile>>,
    /// A code list labelling the instroomreden codes, if one was loaded beside the
    /// caseload (`io::Content::CodeList`, [`Dataset::with_instroomreden_codes`]). Labels
    /// only: not part of the fingerprint.
    pub instroomreden_codes: Option<std::sync::Arc<CodeList>>,
}

impl Dataset {
    /// This dataset with `contracts` added (or removed with `None`); the caseload stays.
    pub fn with_contracts(&self, contracts: Option<std::sync::Arc<ContractsFile>>) -> Dataset {
        Dataset {
            contracts,
            ..self.clone()
        }
    }

    /// This dataset with a code list for its instroomreden codes (or none); the caseload,
    /// contracts and trajectories stay.
    pub fn with_instroomreden_codes(&self, codes: Option<std::sync::Arc<CodeList>>) -> Dataset {
        Dataset {
            instroomreden_codes: codes,
            ..self.clone()
        }
    }

    /// This dataset with `trajectories` added (or removed with `None`); the rest stays.
    pub fn with_trajectories(
        &self,
        trajectories: Option<std::sync::Arc<TrajectoriesFile>>,
    ) -> Dataset {
        Dataset {
            trajectories,
            ..self.clone()
        }
    }

    /// A fingerprint of the data's content (not of the file's bytes), so a share link can
    /// tell whether the recipient looks at the same figures: the same data saved again by
    /// Excel, or as XLSX instead of CSV, gives the same fingerprint.
    pub fn fingerprint(&self) -> crate::share::Fingerprint {
        let mut h = crate::share::DatasetHasher::new();
        let add_dict = |h: &mut crate::share::DatasetHasher, d: &Dict| {
            for l in &d.labels {
                h.update(l.as_bytes());
                h.update(&[0]);
            }
        };
        match &self.data {
            Data::Episodes(e) => {
                h.update(b"episodes");
                add_dict(&mut h, &e.gemeente);
                add_dict(&mut h, &e.stadsdelen);
                let mut row = [0u8; 22];
                for i in 0..e.len() {
                    row[0..2].copy_from_slice(&e.gemeente_code[i].to_le_bytes());
                    row[2..6].copy_from_slice(&[
                        e.geslacht[i] as u8,
                        e.statushouder[i] as u8,
                        e.afstand[i] as u8,
                        e.inkomsten_arbeid[i] as u8,
                    ]);
                    row[6..8].copy_from_slice(&e.geboortejaar[i].to_le_bytes());
                    row[8..12].copy_from_slice(&[
                        e.leeftijdsklasse[i].map_or(255, |x| x as u8),
                        e.doelgroep[i].map_or(255, |x| x as u8),
                        e.huishoudtype[i].map_or(255, |x| x as u8),
                        e.uitstroomreden[i].map_or(255, |x| x as u8),
                    ]);
                    row[12..14].copy_from_slice(&e.stadsdeel[i].to_le_bytes());
                    row[14..18].copy_from_slice(&e.start[i].0.to_le_bytes());
                    row[18..22].copy_from_slice(&e.eind[i].0.to_le_bytes());
                    h.update(&row);
                }
                // Only when present, so a file without the column keeps its fingerprint.
                if e.has_instroomreden() {
                    h.update(b"instroomreden");
                    add_dict(&mut h, &e.instroomredenen);
                    for c in &e.instroomreden {
                        h.update(&c.to_le_bytes());
                    }
                }
            }
            Data::Kerncijfers(k) => {
                h.update(b"kerncijfers");
                for r in k.rows() {
                    for t in [r.indicator, r.dimensie, r.categorie, r.versie, r.definitie] {
                        h.update(t.as_bytes());
                        h.update(&[0]);
                    }
                    h.update(&r.periode_tot.0.to_le_bytes());
                    h.update(&r.periode_van.map_or(i32::MIN, |d| d.0).to_le_bytes());
                    let v = match r.waarde {
                        Value::Number(x) => x.to_bits(),
                        Value::Suppressed => 1,
                        Value::Missing => 2,
                    };
                    h.update(&v.to_le_bytes());
                }
            }
        }
        if let Some(c) = &self.contracts {
            let c = &c.contracts;
            h.update(b"lks_contracten");
            for i in 0..c.len() {
                h.update(&c.start[i].0.to_le_bytes());
                h.update(&c.eind[i].0.to_le_bytes());
                h.update(&c.loonwaarde_pct[i].to_bits().to_le_bytes());
                h.update(&c.uren_per_week[i].unwrap_or(-1.0).to_bits().to_le_bytes());
            }
        }
        if let Some(t) = &self.trajectories {
            let t = &t.trajectories;
            h.update(b"trajecten");
            for i in 0..t.len() {
                h.update(t.codes.label(t.code[i]).as_bytes());
                h.update(&[t.counts[i] as u8]);
                h.update(&t.person[i].to_le_bytes());
                h.update(&t.start[i].0.to_le_bytes());
                h.update(&t.eind[i].0.to_le_bytes());
            }
        }
        h.finish()
    }
}
