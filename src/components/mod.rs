//! Yew components: they render a screen model and dispatch actions; no domain maths here.
//!
//! A screen component takes [`ScreenProps`], gets its model with [`use_screen`] (built by
//! `views::<screen>::build`, memoised on pointer-equal inputs) and renders it.

use std::rc::Rc;

use bijstand_core::model::Dataset;
use bijstand_core::scenario::Scenario;
use yew::prelude::*;

use crate::state::Action;
use crate::views::Context;

pub mod about;
pub mod app;
pub mod budget;
pub mod buig;
pub mod caseload;
pub mod chart;
pub mod cohorts;
pub mod comparison;
pub mod dashboard;
pub mod data_table;
pub mod dynamics;
pub mod file_loader;
pub mod inputs;
pub mod kerncijfers;
pub mod lks;
pub mod load_settings;
pub mod modal;
pub mod nav;
pub mod print_summary;
pub mod privacy;
pub mod programme;
pub mod projection;
pub mod quality;
pub mod refdata;
pub mod scenarios;
pub mod share;
pub mod slides;
pub mod start;

/// The inputs of every screen component.
#[derive(Properties, Clone)]
pub struct ScreenProps {
    /// The data in view.
    pub dataset: Rc<Dataset>,
    /// The current scenario.
    pub scenario: Rc<Scenario>,
    /// What the screen needs besides the two.
    pub context: Rc<Context>,
    /// The one reducer.
    pub dispatch: Callback<Action>,
}

impl PartialEq for ScreenProps {
    /// The dataset by pointer (it is large and never changed in place), the rest by value.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
            && self.scenario == other.scenario
            && self.context == other.context
            && self.dispatch == other.dispatch
    }
}

/// A dataset compared by pointer, as a memo key.
#[derive(Clone)]
pub struct DatasetPtr(pub Rc<Dataset>);

impl PartialEq for DatasetPtr {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The screen model of `build` for these props, rebuilt only when the dataset (by pointer),
/// the scenario or the context changes.
#[hook]
pub fn use_screen<V: 'static>(
    props: &ScreenProps,
    build: fn(&Dataset, &Scenario, &Context) -> V,
) -> Rc<V> {
    use_memo(
        (
            DatasetPtr(props.dataset.clone()),
            props.scenario.clone(),
            props.context.clone(),
        ),
        move |(dataset, scenario, context)| build(&dataset.0, scenario, context),
    )
}
