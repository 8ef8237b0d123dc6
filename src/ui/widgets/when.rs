//! `When`: Leptos' `Show`, with its condition and its children each behind
//! one type. `Show` is generic over both, so the framework's memo and render
//! code behind it was compiled once per use; here it is compiled once.

use leptos::prelude::*;

/// Shows `children` while `when` holds, else `fallback`; the condition is
/// memoised, so the children are not built again while it stays true.
#[component(transparent)]
pub fn When(
    children: ChildrenFn,
    when: impl Fn() -> bool + Send + Sync + 'static,
    #[prop(optional, into)] fallback: ViewFn,
) -> impl IntoView {
    shown(Box::new(when), children, fallback)
}

type Condition = Box<dyn Fn() -> bool + Send + Sync>;

fn shown(when: Condition, children: ChildrenFn, fallback: ViewFn) -> impl IntoView {
    let holds = ArcMemo::new(move |_| when());
    move || {
        if holds.get() {
            children()
        } else {
            fallback.run()
        }
    }
}
