//! Messages: the app shell and the shared components (header, navigation, share, file
//! loader, print summary, privacy notice, inputs, modal, tables, status notices).

bijstand_core::messages! {
    // ---- inputs
    /// A typed number outside the allowed range.
    fn choose_between(min: String, max: String) =
        "Kies een waarde van {min} tot en met {max}." / "Choose a value from {min} to {max}.";
    /// A typed text that is no number.
    NOT_A_NUMBER = "Dit is geen getal." / "This is not a number.";
}
