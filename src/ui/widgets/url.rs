//! The URL's hash: which screen (`Route`), and the filters a screen keeps
//! in its query (`#bang?ky=2024-6t&q=…`), read at start and written back on
//! every change so a view can be bookmarked; the board and the dashboard
//! share them.

use crate::browser;
use crate::domain::board::BoardQuery;
use crate::domain::Period;
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::prelude::*;

/// The views, addressed by the URL hash so a view can be bookmarked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Board,
    Dashboard,
    Plan,
    Units,
    Import,
    Settings,
    /// Reached from Settings, beside the plans this browser holds.
    NewPlan,
}

impl Route {
    /// The navigation, in order.
    pub const ALL: [Route; 6] = [
        Route::Board,
        Route::Dashboard,
        Route::Plan,
        Route::Units,
        Route::Import,
        Route::Settings,
    ];

    pub fn from_hash(hash: &str) -> Route {
        match hash.split('?').next().unwrap_or_default() {
            "ke-hoach" => Route::Plan,
            "tong-quan" => Route::Dashboard,
            "don-vi" => Route::Units,
            "nhap-tep" => Route::Import,
            "cai-dat" => Route::Settings,
            "ke-hoach-moi" => Route::NewPlan,
            _ => Route::Board,
        }
    }

    pub fn hash(self) -> &'static str {
        match self {
            Route::Board => "bang",
            Route::Dashboard => "tong-quan",
            Route::Plan => "ke-hoach",
            Route::Units => "don-vi",
            Route::Import => "nhap-tep",
            Route::Settings => "cai-dat",
            Route::NewPlan => "ke-hoach-moi",
        }
    }

    /// Its name in the navigation and in the page's title.
    pub fn label(self) -> Key {
        match self {
            Route::Board => Key::NavBoard,
            Route::Dashboard => Key::NavDashboard,
            Route::Plan => Key::NavPlan,
            Route::Units => Key::NavUnits,
            Route::Import => Key::NavImport,
            Route::Settings => Key::NavSettings,
            Route::NewPlan => Key::NavNewPlan,
        }
    }
}

/// A view's filters read from the URL hash (`#<route>?<query>`) and written
/// back on every change, without a history entry: the view can be bookmarked.
pub fn hash_query(route: Route) -> RwSignal<BoardQuery> {
    let app = use_app();
    let hash = browser::page::hash();
    let read = BoardQuery::from_query(hash.split_once('?').map_or("", |(_, q)| q));
    let query = RwSignal::new(app.workspace().with_untracked(|w| read.known_to(&w.plan)));
    Effect::new(move |_| {
        let text = query.with(BoardQuery::to_query);
        let hash = if text.is_empty() {
            route.hash().to_owned()
        } else {
            format!("{}?{text}", route.hash())
        };
        if let Err(error) = browser::page::replace_hash(&hash) {
            app.notify(error.to_string());
        }
    });
    query
}

/// The plan's periods so far, and the one the URL names (the current one
/// when it names none, or one the plan does not have).
pub fn query_period(query: RwSignal<BoardQuery>) -> (Memo<Vec<Period>>, Memo<Option<Period>>) {
    let app = use_app();
    let today = browser::clock::today();
    let periods = Memo::new(move |_| app.workspace().with(|w| w.plan.regime.periods(today)));
    let period = Memo::new(move |_| {
        let chosen = query
            .with(|q| q.period.clone())
            .and_then(|id| Period::parse(&id))
            .filter(|p| periods.with(|ps| ps.contains(p)));
        chosen.or_else(|| app.workspace().with(|w| w.plan.regime.current(today)))
    });
    (periods, period)
}
