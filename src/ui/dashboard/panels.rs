//! The dashboard's tables under its charts: indicators against targets,
//! obstacles and proposals, funding, and who has not reported (with a
//! drafted reminder).

use crate::browser;
use crate::domain::budget;
use crate::domain::dashboard;
use crate::domain::number;
use crate::domain::progress::Owed;
use crate::domain::Period;
use crate::format::exchange;
use crate::ui::app::state::{use_app, AppState};
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::period::period_label;
use crate::ui::widgets::when::When;
use leptos::prelude::*;

#[component]
pub fn Indicators(owed: Memo<Vec<Owed>>) -> impl IntoView {
    let app = use_app();
    let figures = Memo::new(move |_| {
        app.workspace()
            .with(|w| owed.with(|o| dashboard::indicators(w, o)))
    });
    view! {
        // Without figures the panel says so on screen, and stays off paper.
        <section class="panel" class:no-print=move || figures.with(Vec::is_empty) data-testid="indicators">
            <h2>{app.tr(Key::IndicatorsTitle)}</h2>
            <When when=move || figures.with(|f| !f.is_empty()) fallback=move || view! { <p class="editor__hint">{app.text(Key::IndicatorsNone)}</p> }>
                <table class="table">
                    <thead><tr><th scope="col">{app.text(Key::ColumnTask)}</th><th scope="col">{app.text(Key::EditorIndicators)}</th>
                        <th scope="col">{app.text(Key::IndicatorActual)}</th><th scope="col">{app.text(Key::IndicatorTarget)}</th><th scope="col">{app.text(Key::IndicatorUnits)}</th></tr></thead>
                    <tbody>
                        {move || figures.get().into_iter().map(|f| view! {
                            <tr><td>{f.number}</td><td>{format!("{} ({})", f.name, f.measure)}</td><td>{number::decimal(f.total, app.marks())}</td>
                            <td>{f.target.map(|t| number::decimal(t, app.marks())).unwrap_or_default()}</td><td>{f.units}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </When>
        </section>
    }
}

/// Rows of the obstacles and proposals shown before the user asks for all:
/// at M a period holds hundreds, which would push the late units, the
/// panel the monitoring unit chases with, pages down.
const REMARKS_SHOWN: usize = 10;

#[component]
pub fn Remarks(owed: Memo<Vec<Owed>>) -> impl IntoView {
    let app = use_app();
    let remarks = Memo::new(move |_| {
        app.workspace()
            .with(|w| owed.with(|o| dashboard::remarks(w, o)))
    });
    let all = RwSignal::new(false);
    let count = move || remarks.with(Vec::len);
    let rows = move || {
        let shown = if all.get() { usize::MAX } else { REMARKS_SHOWN };
        app.workspace().with(|w| {
            remarks.with(|list| {
                list.iter().take(shown).map(|r| {
                    let task = w.plan.task(&r.task).map(|t| t.number.clone()).unwrap_or_default();
                    let unit = w.plan.directory.short_name(&r.unit).to_owned();
                    let (obstacles, proposals) = (r.obstacles.clone(), r.proposals.clone());
                    view! { <tr data-testid="remark"><td>{task}</td><td>{unit}</td>
                        <td data-label=app.tr(Key::EditorObstacles)>{obstacles}</td><td data-label=app.tr(Key::EditorProposals)>{proposals}</td></tr> }
                }).collect_view()
            })
        })
    };
    let toggle = move || {
        let n = count();
        (n > REMARKS_SHOWN).then(|| {
            let label = move || if all.get() { app.text(Key::ShowFewer).to_owned() } else { crate::ui::i18n::show_all(app.language(), n) };
            view! {
                <p class="panel__actions no-print">
                    <button class="button" data-testid="remarks-more" aria-expanded=move || all.get().to_string() on:click=move |_| all.update(|a| *a = !*a)>{label}</button>
                </p>
            }
        })
    };
    view! {
        <section class="panel" data-testid="remarks">
            <h2>{app.tr(Key::RemarksTitle)} {move || (count() > 0).then(|| format!(" ({})", count()))}</h2>
            <When when=move || { count() > 0 } fallback=move || view! { <p class="editor__hint">{app.text(Key::RemarksNone)}</p> }>
                <table class="table table--cards">
                    <thead><tr><th scope="col">{app.text(Key::ColumnTask)}</th><th scope="col">{app.text(Key::ColumnUnit)}</th>
                        <th scope="col">{app.text(Key::EditorObstacles)}</th><th scope="col">{app.text(Key::EditorProposals)}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                {toggle}
                // Paper says what the screen left out, and where it is whole.
                {move || (count() > REMARKS_SHOWN && !all.get()).then(|| view! {
                    <p class="print-only" data-testid="remarks-not-printed">{move || crate::ui::i18n::remarks_not_printed(app.language(), count() - REMARKS_SHOWN)}</p>
                })}
            </When>
        </section>
    }
}

/// Kinh phí: what the scope's reports spent, by source, and the further
/// funding units ask for.
#[component]
pub fn Funding(owed: Memo<Vec<Owed>>) -> impl IntoView {
    let app = use_app();
    let totals = Memo::new(move |_| {
        app.workspace()
            .with(|w| owed.with(|o| budget::totals(w, o)))
    });
    view! {
        <section class="panel" data-testid="budget">
            <h2>{app.tr(Key::EditorBudget)}</h2>
            // One closure for both tables: they change only with the totals
            // or the language, and are small.
            {move || funding_tables(app, &totals.get())}
        </section>
    }
}

fn funding_tables(app: AppState, totals: &budget::Totals) -> AnyView {
    if totals.is_empty() {
        return view! { <p class="editor__hint">{app.text(Key::BudgetNone)}</p> }.into_any();
    }
    let dong = |amount: u64| budget::amount(amount, app.marks());
    let row =
        |label: String, amount: u64| view! { <tr><td>{label}</td><td>{dong(amount)}</td></tr> };
    let sources = totals
        .by_source
        .iter()
        .map(|(source, sum)| {
            let key = source.map_or(Key::FundingUnstated, i18n::funding);
            row(app.text(key).to_owned(), *sum)
        })
        .collect_view();
    let requests = (!totals.requests.is_empty()).then(|| {
        let rows = app.workspace().with(|w| {
            totals
                .requests
                .iter()
                .map(|r| {
                    let number = w.plan.task(&r.task).map_or("", |t| t.number.as_str());
                    let unit = w.plan.directory.short_name(&r.unit);
                    view! { <tr><td>{number.to_owned()}</td><td>{unit.to_owned()}</td><td>{dong(r.amount)}</td></tr> }
                })
                .collect_view()
        });
        view! {
            <table class="table table--figures" data-testid="budget-requests">
                <caption>{app.text(Key::BudgetRequests)}</caption>
                <thead><tr><th scope="col">{app.text(Key::ColumnTask)}</th><th scope="col">{app.text(Key::ColumnUnit)}</th><th scope="col">{app.text(Key::BudgetAmount)}</th></tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr><th scope="row" colspan="2">{app.text(Key::BudgetTotal)}</th><td>{dong(totals.requested())}</td></tr></tfoot>
            </table>
        }
    });
    view! {
        <table class="table table--figures" data-testid="budget-spent">
            <caption>{app.text(Key::EditorSpent)}</caption>
            <thead><tr><th scope="col">{app.text(Key::EditorFunding)}</th><th scope="col">{app.text(Key::BudgetAmount)}</th></tr></thead>
            <tbody>{sources}</tbody>
            <tfoot>
                <tr><th scope="row">{app.text(Key::BudgetTotal)}</th><td>{dong(totals.spent)}</td></tr>
                <tr><th scope="row">{app.text(Key::BudgetReports)}</th><td>{totals.reports}</td></tr>
            </tfoot>
        </table>
        {requests}
    }
    .into_any()
}

#[component]
pub fn Laggards(owed: Memo<Vec<Owed>>, period: Signal<Option<Period>>) -> impl IntoView {
    let app = use_app();
    let today = browser::clock::today();
    // Each late unit (id, name, tasks, its reminder), and one reminder to
    // all of them with how many have no address to send it to.
    let late = Memo::new(move |_| {
        let Some(p) = period.get() else {
            return (Vec::new(), String::new(), 0);
        };
        app.workspace().with(|w| {
            let due = w.plan.regime.due_date(p).dmy();
            let label = period_label(crate::format::Language::Vietnamese, p);
            let (mut everyone, mut addresses, mut missing) = (Vec::new(), Vec::new(), 0);
            let rows = owed
                .with(|o| dashboard::to_remind(w, o, today))
                .into_iter()
                .map(|l| {
                    let unit = w.plan.directory.unit(&l.unit);
                    let name = unit.map_or(l.unit.to_string(), |u| u.name.clone());
                    let email = unit.and_then(|u| u.email.clone()).unwrap_or_default();
                    let numbers: Vec<String> = l
                        .tasks
                        .iter()
                        .filter_map(|t| w.plan.task(t).map(|x| x.number.clone()))
                        .collect();
                    let (subject, body) =
                        exchange::reminder_email(&w.plan, &name, &label, &due, &numbers, today);
                    let row = (
                        l.unit.to_string(),
                        name.clone(),
                        numbers.join(", "),
                        exchange::mailto(&email, &subject, &body),
                    );
                    if email.is_empty() {
                        missing += 1;
                    } else {
                        addresses.push(email);
                    }
                    everyone.push((name, numbers));
                    row
                })
                .collect::<Vec<_>>();
            let (subject, body) =
                exchange::reminder_all_email(&w.plan, &everyone, &label, &due, today);
            let all = exchange::mailto_bcc(&addresses.join(","), &subject, &body);
            (rows, all, missing)
        })
    });
    let rows = move || late.with(|l| l.0.clone());
    let due = move || {
        period
            .get()
            .map(|p| app.workspace().with(|w| w.plan.regime.due_date(p).dmy()))
            .unwrap_or_default()
    };
    view! {
        <section class="panel" data-testid="laggards">
            <h2>{app.tr(Key::LaggardsTitle)} " (" {move || late.with(|l| l.0.len())} ")"</h2>
            <p class="editor__hint">{app.tr(Key::LaggardsDue)} ": " {due}</p>
            <When when=move || late.with(|l| !l.0.is_empty()) fallback=move || view! { <p>{app.text(Key::LaggardsNone)}</p> }>
                <When when=move || late.with(|l| l.2 == l.0.len())>
                    <p class="flag no-print" data-testid="remind-no-address">
                        {app.tr(Key::RemindNoAddress)} " "
                        <a href=format!("#{}", crate::ui::widgets::url::Route::Units.hash())>{app.tr(Key::NavUnits)}</a>
                    </p>
                </When>
                <p class="panel__actions no-print">
                    // With no address among them, one email to all has nobody to go to:
                    // it stays, but not as the screen's main action.
                    <a class=move || if late.with(|l| l.2 == l.0.len()) { "button" } else { "button button--primary" }
                        href=move || late.with(|l| l.1.clone()) data-testid="remind-all">{app.text(Key::RemindAll)}</a>
                    <span class="editor__hint" data-testid="remind-all-hint">
                        {app.text(Key::RemindAllHint)}
                        {move || late.with(|l| (l.2 > 0).then(|| format!(" {}", crate::ui::i18n::without_email(app.language(), l.2))))}
                    </span>
                </p>
                <table class="table table--cards table--laggards">
                    <thead><tr><th scope="col">{app.text(Key::ColumnUnit)}</th><th scope="col">{app.text(Key::ColumnTask)}</th><th scope="col" class="no-print"><span class="sr-only">{app.text(Key::ColumnAction)}</span></th></tr></thead>
                    <tbody>
                        {move || rows().into_iter().map(|(id, name, tasks, mailto)| view! {
                            <tr data-testid="laggard" data-unit=id><td>{name}</td><td data-label=app.tr(Key::ColumnTask)>{tasks}</td>
                            <td class="no-print"><a class="button" href=mailto data-testid="remind">{app.text(Key::Remind)}</a></td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </When>
        </section>
    }
}
