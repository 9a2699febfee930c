//! Messages: the `traject_code` list (DATA-MODEL §2.3) and the trajectories file.

crate::messages! {
    /// `activering_rap` (E1).
    ACTIVERING_RAP = "Activering RAP" / "RAP activation";
    /// `hulpverlening` (E2).
    HULPVERLENING = "Hulpverleningstraject" / "Care/assistance trajectory";
    /// `wijkteam` (E3).
    WIJKTEAM = "Wijkteam" / "Neighbourhood team";
    /// `eigen_kracht` (E4).
    EIGEN_KRACHT = "Eigen Kracht (M-PACT)" / "Own strength (M-PACT)";
    /// `entreeopleiding` (E5).
    ENTREEOPLEIDING = "Entreeopleiding" / "Entry-level vocational course";
    /// `mantelzorg` (E6).
    MANTELZORG = "Mantelzorg" / "Informal care";
    /// `sociale_activering` (E7).
    SOCIALE_ACTIVERING = "Meedoen – sociale activering" / "Social activation";
    /// `vrijwilligerswerk` (E8).
    VRIJWILLIGERSWERK = "Vrijwilligerswerk" / "Volunteering";
    /// `opstap` (E9).
    OPSTAP = "OpStap" / "OpStap";
    /// `werkroute_diagnose` (K22).
    WERKROUTE_DIAGNOSE = "Werkroute – Diagnose" / "Work route – diagnosis";
    /// `werkroute_arbeidsfit` (K21).
    WERKROUTE_ARBEIDSFIT = "Werkroute – Arbeidsfit" / "Work route – work-readiness";
    /// `werkroute_zroute` (K14, K23).
    WERKROUTE_ZROUTE = "Werkroute – Z-route" / "Work route – self-reliance route";
    /// `werkroute_reintegratie`.
    WERKROUTE_REINTEGRATIE = "Werkroute – Re-integratie (SW/NB)" / "Work route – re-integration";
    /// `participatieplaats`.
    PARTICIPATIEPLAATS = "Participatieplaats" / "Work-experience placement with benefit";
    /// `proefplaatsing`.
    PROEFPLAATSING = "Proefplaatsing" / "Trial placement";
    /// `jobcoaching`.
    JOBCOACHING = "Jobcoaching" / "Job coaching";
    /// `interne_werkbegeleiding`.
    INTERNE_WERKBEGELEIDING = "Interne werkbegeleiding" / "In-house work supervision";
}
