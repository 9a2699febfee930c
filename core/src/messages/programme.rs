//! Messages: the programme budget ([`crate::programme`]): line labels, checks and
//! reallocation errors.

use crate::i18n::Dec;

crate::messages! {
    // --- Known Annex 1 line codes (budget lines, coverage lines, totals) -----------------

    /// `bijdrage_sw_beschut`.
    LINE_BIJDRAGE_SW_BESCHUT = "Bijdrage SW/Beschut werk" / "Contribution SW/sheltered work";
    /// `ondersteuning_korte_afstand`.
    LINE_ONDERSTEUNING_KORTE_AFSTAND = "Ondersteuningstrajecten korte afstand" / "Support trajectories, short distance";
    /// `ondersteuning_grotere_afstand`.
    LINE_ONDERSTEUNING_GROTERE_AFSTAND = "Ondersteuningstrajecten grotere afstand" / "Support trajectories, longer distance";
    /// `jongeren_actieteam`.
    LINE_JONGEREN_ACTIETEAM = "Jongeren actieteam" / "Youth action team";
    /// `inburgering_statushouders`.
    LINE_INBURGERING_STATUSHOUDERS = "Inburgering en Statushouders" / "Civic integration and refugees";
    /// `voorwaardenscheppend`.
    LINE_VOORWAARDENSCHEPPEND = "Voorwaardenscheppend" / "Enabling costs";
    /// `uitvoering_centrumtaken`.
    LINE_UITVOERING_CENTRUMTAKEN = "Uitvoering Centrumtaken" / "Central-municipality tasks";
    /// `stelpost_offensief_begroten`.
    LINE_STELPOST_OFFENSIEF_BEGROTEN = "Stelpost offensief begroten (zomernota 2024)" / "Provision for ambitious budgeting (summer memo 2024)";
    /// `algemene_middelen`.
    LINE_ALGEMENE_MIDDELEN = "Algemene middelen" / "General funds";
    /// `reserves`.
    LINE_RESERVES = "Reserves" / "Reserves";
    /// `detachering_personeel`.
    LINE_DETACHERING_PERSONEEL = "Detachering personeel" / "Staff secondment";
    /// `specifieke_uitkering_inburgering`.
    LINE_SPECIFIEKE_UITKERING_INBURGERING = "Specifieke uitkering Inburgering" / "Specific grant civic integration";
    /// `specifieke_uitkering_educatie`.
    LINE_SPECIFIEKE_UITKERING_EDUCATIE = "Specifieke uitkering Educatiemiddelen" / "Specific grant adult education";
    /// `subsidies_bijdragen_centrumtaken`.
    LINE_SUBSIDIES_BIJDRAGEN_CENTRUMTAKEN = "Subsidies/bijdragen centrumtaken" / "Subsidies/contributions central-municipality tasks";
    /// `totaal_direct`.
    LINE_TOTAAL_DIRECT = "Totaal direct" / "Total direct";
    /// `totaal_apparaat`.
    LINE_TOTAAL_APPARAAT = "Totaal apparaatskosten" / "Total overheads";
    /// `totaal`.
    LINE_TOTAAL = "Totaal budget" / "Total budget";
    /// `totaal_kolommen`.
    LINE_TOTAAL_KOLOMMEN = "Gedrukt direct + apparaatskosten" / "Printed direct + overheads";
    /// `dekking`.
    LINE_DEKKING = "Totaal dekking" / "Total funding";
    /// `balans`.
    LINE_BALANS = "Saldo (budget − dekking)" / "Balance (budget − funding)";

    // --- Cost columns --------------------------------------------------------------------

    /// [`crate::programme::CostColumn::Direct`].
    COLUMN_DIRECT = "direct" / "direct";
    /// [`crate::programme::CostColumn::Apparaat`].
    COLUMN_APPARAAT = "apparaatskosten" / "overheads";

    // --- Notes on a sum check ------------------------------------------------------------

    /// The printed total equals the sum.
    NOTE_AGREES = "klopt" / "agrees";
    /// A difference within the rounding tolerance (signed).
    fn note_rounding(difference: &str) = "{difference} (afronding)" / "{difference} (rounding)";
    /// A difference beyond the tolerance (signed).
    fn note_difference(difference: &str) = "verschil {difference}" / "difference {difference}";
    /// No printed total, or nothing to add.
    NOTE_UNCHECKABLE = "niet te controleren" / "cannot be checked";

    // --- Reallocation errors -------------------------------------------------------------

    /// [`crate::programme::ProgrammeError::UnknownLine`].
    fn unknown_line(line: &str) = "Onbekende budgetregel: {line}." / "Unknown budget line: {line}.";
    /// [`crate::programme::ProgrammeError::SameLine`].
    SAME_LINE = "Van- en naar-regel zijn dezelfde." / "The from and to lines are the same.";
    /// [`crate::programme::ProgrammeError::InvalidAmount`].
    INVALID_AMOUNT = "Het bedrag moet een positief getal zijn." / "The amount must be a positive number.";
    /// [`crate::programme::ProgrammeError::EmptyCell`].
    fn empty_cell(line: &str) = "Budgetregel {line} heeft geen bedrag in deze kolom." / "Budget line {line} has no amount in this column.";
    /// [`crate::programme::ProgrammeError::Insufficient`]: the amount without a euro sign.
    fn insufficient(line: &str, available: Dec) = "Budgetregel {line} heeft maar {available} beschikbaar."
        / "Budget line {line} only has {available} available.";
}
