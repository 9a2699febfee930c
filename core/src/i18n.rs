//! The message catalogue: the one way the app and the core say things in Dutch and English.
//!
//! Every message has a key and its Dutch and English text side by side, declared with
//! [`messages!`](crate::messages):
//!
//! ```
//! use bijstand_core::i18n::{Count, Msg};
//! use bijstand_core::lang::Lang;
//!
//! bijstand_core::messages! {
//!     /// A plain text.
//!     CASELOAD = "Bestand" / "Caseload";
//!     /// A text with typed arguments, formatted in the language.
//!     fn benefits_on(n: Count, on: &str) = "{n} uitkeringen op {on}" / "{n} benefits on {on}";
//! }
//!
//! assert_eq!(CASELOAD.get(Lang::En), "Caseload");
//! assert_eq!(benefits_on(Lang::Nl, Count(5687), "30-09-2024"), "5.687 uitkeringen op 30-09-2024");
//! assert_eq!(benefits_on(Lang::En, Count(5687), "30 Sep 2024"), "5,687 benefits on 30 Sep 2024");
//! ```
//!
//! Completeness is checked when compiling: both texts are required and must not be empty,
//! and each text must use every argument (`format!` rejects an unused named argument).
//! Arguments are typed: a count is a [`Count`], a share a [`Pct`], money [`Eur`] or
//! [`EurMln`], a date a [`Date`]; each is written in the language of the message. A year or
//! an id that must not get a thousands separator is a [`Plain`].

use std::fmt::Display;

use crate::date::Date;
use crate::format;
use crate::lang::Lang;

/// A message without arguments: its two texts (and, in the core's own tests, its key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Msg {
    /// Stable key (the constant's name). Only the core's tests read it, so the built app
    /// does not carry the names of its 1,300 messages (≈ 14 KB of the page's wasm).
    #[cfg(test)]
    pub key: &'static str,
    /// Dutch text.
    pub nl: &'static str,
    /// English text.
    pub en: &'static str,
}

impl Msg {
    /// A message from its key and texts ([`messages!`](crate::messages) writes these).
    pub const fn new(key: &'static str, nl: &'static str, en: &'static str) -> Msg {
        #[cfg(not(test))]
        let _ = key;
        Msg {
            #[cfg(test)]
            key,
            nl,
            en,
        }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// A value that a message writes in its language.
pub trait Arg {
    /// The value as text in `lang`.
    fn show(&self, lang: Lang) -> String;
}

impl Arg for str {
    fn show(&self, _: Lang) -> String {
        self.to_string()
    }
}

impl Arg for String {
    fn show(&self, _: Lang) -> String {
        self.clone()
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn show(&self, lang: Lang) -> String {
        (**self).show(lang)
    }
}

impl Arg for Msg {
    fn show(&self, lang: Lang) -> String {
        self.get(lang).to_string()
    }
}

impl Arg for Date {
    fn show(&self, lang: Lang) -> String {
        format::date(lang, *self)
    }
}

/// A count, with thousands separators: `5.687` / `5,687`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count(pub i64);

impl Arg for Count {
    fn show(&self, lang: Lang) -> String {
        format::int(lang, self.0)
    }
}

/// A number of municipalities with its noun, singular for one: `1 gemeente`,
/// `21 gemeenten` / `1 municipality`, `21 municipalities`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Municipalities(pub i64);

impl Arg for Municipalities {
    fn show(&self, lang: Lang) -> String {
        use crate::messages::categories::{MUNICIPALITIES, MUNICIPALITY};
        let noun = if self.0 == 1 {
            MUNICIPALITY
        } else {
            MUNICIPALITIES
        };
        format!("{} {}", format::int(lang, self.0), noun.get(lang))
    }
}

/// A number with a fixed number of decimals: `Dec(1234.5, 1)` → `1.234,5` / `1,234.5`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dec(pub f64, pub usize);

impl Arg for Dec {
    fn show(&self, lang: Lang) -> String {
        format::dec(lang, self.0, self.1)
    }
}

/// A percentage: `Pct(21.29, 2)` → `21,29%` / `21.29%`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pct(pub f64, pub usize);

impl Arg for Pct {
    fn show(&self, lang: Lang) -> String {
        format::pct(lang, self.0, self.1)
    }
}

/// Whole euros: `Eur(18034.0)` → `€ 18.034` / `€18,034`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Eur(pub f64);

impl Arg for Eur {
    fn show(&self, lang: Lang) -> String {
        format::eur(lang, self.0)
    }
}

/// Millions of euros: `EurMln(1.61, 2)` → `€ 1,61 mln` / `€1.61 m`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EurMln(pub f64, pub usize);

impl Arg for EurMln {
    fn show(&self, lang: Lang) -> String {
        format::eur_mln(lang, self.0, self.1)
    }
}

/// A change in millions of euros, with its sign: `SignedEurMln(-0.99, 2)` → `−€ 0,99 mln`,
/// `SignedEurMln(0.99, 2)` → `+€0.99 m`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SignedEurMln(pub f64, pub usize);

impl Arg for SignedEurMln {
    fn show(&self, lang: Lang) -> String {
        format::signed_eur_mln(lang, self.0, self.1)
    }
}

/// A number with as many decimals as it needs (at most 2), written in the message's
/// language: `5.687` / `5,687`, `104,6` / `104.6`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl Arg for Num {
    fn show(&self, lang: Lang) -> String {
        let d = format::decimals(self.0).min(2) as usize;
        if d == 0 {
            format::int(lang, self.0.round() as i64)
        } else {
            format::dec(lang, self.0, d)
        }
    }
}

/// A [`Num`] with its sign (`+64`, `−82`, true minus).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Signed(pub f64);

impl Arg for Signed {
    fn show(&self, lang: Lang) -> String {
        format::signed(self.0, Num(self.0).show(lang))
    }
}

/// A value written as it is in both languages (a year, a code, a line number as printed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plain<T>(pub T);

impl<T: Display> Arg for Plain<T> {
    fn show(&self, _: Lang) -> String {
        self.0.to_string()
    }
}

/// Declares messages: `KEY = "nederlands" / "english";` gives a constant [`Msg`];
/// `fn key(arg: Type, …) = "… {arg} …" / "… {arg} …";` gives
/// `pub fn key(lang: Lang, arg: Type, …) -> String`, every argument an [`Arg`]. Doc
/// comments (`///`) are kept. See the [module documentation](crate::i18n).
#[macro_export]
macro_rules! messages {
    () => {};
    (
        $(#[$meta:meta])*
        $key:ident = $nl:literal / $en:literal;
        $($rest:tt)*
    ) => {
        $(#[$meta])*
        pub const $key: $crate::i18n::Msg = {
            const _: () = assert!(!$nl.is_empty() && !$en.is_empty(), "a message needs both texts");
            $crate::i18n::Msg::new(stringify!($key), $nl, $en)
        };
        $crate::messages!($($rest)*);
    };
    (
        $(#[$meta:meta])*
        fn $key:ident($($arg:ident: $ty:ty),* $(,)?) = $nl:literal / $en:literal;
        $($rest:tt)*
    ) => {
        $(#[$meta])*
        pub fn $key(lang: $crate::lang::Lang, $($arg: $ty),*) -> String {
            const _: () = assert!(!$nl.is_empty() && !$en.is_empty(), "a message needs both texts");
            $(let $arg = $crate::i18n::Arg::show(&$arg, lang);)*
            match lang {
                $crate::lang::Lang::Nl => format!($nl, $($arg = $arg),*),
                $crate::lang::Lang::En => format!($en, $($arg = $arg),*),
            }
        }
        $crate::messages!($($rest)*);
    };
}

/// Messages of the core that are not tied to one module.
pub mod common {
    crate::messages! {
        /// A value that cannot be shown.
        NOT_AVAILABLE = "–" / "–";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    crate::messages! {
        /// Test: plain.
        HELLO = "Hallo" / "Hello";
        /// Test: arguments in another order per language.
        fn share_of(part: Count, whole: Count, p: Pct) =
            "{part} van {whole} ({p})" / "{p}: {part} of {whole}";
        /// Test: a year stays plain, money follows the language.
        fn budget(year: Plain<i32>, amount: EurMln) = "Budget {year}: {amount}" / "Budget {year}: {amount}";
        /// Test: dates.
        fn on(d: Date) = "op {d}" / "on {d}";
    }

    #[test]
    fn messages_follow_the_language() {
        assert_eq!(HELLO.get(Lang::Nl), "Hallo");
        assert_eq!(HELLO.key, "HELLO");
        assert_eq!(
            share_of(Lang::Nl, Count(1211), Count(5687), Pct(21.29, 2)),
            "1.211 van 5.687 (21,29%)"
        );
        assert_eq!(
            share_of(Lang::En, Count(1211), Count(5687), Pct(21.29, 2)),
            "21.29%: 1,211 of 5,687"
        );
        assert_eq!(
            budget(Lang::Nl, Plain(2025), EurMln(1.61, 2)),
            "Budget 2025: € 1,61 mln"
        );
        assert_eq!(
            budget(Lang::En, Plain(2025), EurMln(1.61, 2)),
            "Budget 2025: €1.61 m"
        );
        let d = Date::from_ymd(2024, 9, 30).unwrap();
        assert_eq!(on(Lang::En, d), "on 30 Sep 2024");
        assert_eq!(on(Lang::Nl, d), "op 30-09-2024");
    }

    #[test]
    fn one_municipality_is_singular() {
        let m = |lang, n| Municipalities(n).show(lang);
        assert_eq!(m(Lang::Nl, 1), "1 gemeente");
        assert_eq!(m(Lang::Nl, 1210), "1.210 gemeenten");
        assert_eq!(m(Lang::En, 1), "1 municipality");
        assert_eq!(m(Lang::En, 0), "0 municipalities");
        assert_eq!(
            crate::messages::categories::reference_gemeenten(Lang::Nl, Municipalities(1)),
            "referentiegroep van 1 gemeente"
        );
    }
}
