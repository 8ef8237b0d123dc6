//! The units and groups the plan names, the monitoring unit and the
//! reporting regime, on the review screen: names and emails corrected in the
//! table, a group's members ticked, the regime's periods and due day chosen.

use super::fields::TextField;
use super::task_form::UNIT_NAMES;
use crate::domain::{DueRule, GroupId, PeriodKind, Regime, UnitId};
use crate::reader::review::Edit;
use crate::reader::{Reading, Subject};
use crate::ui::app::state::use_app;
use crate::ui::i18n::Key;
use leptos::prelude::*;

fn with_draft<T: Default>(read: impl Fn(&Reading) -> T) -> T {
    use_app()
        .draft()
        .with(|d| d.as_ref().map(read).unwrap_or_default())
}

/// Every name a unit field can offer: the directory's names and short names.
#[component]
pub(super) fn UnitNames() -> impl IntoView {
    let names = move || {
        with_draft(|r| {
            let mut names: Vec<String> = r
                .plan
                .directory
                .units
                .iter()
                .flat_map(|u| [u.name.clone(), u.short_name.clone()])
                .chain(r.plan.directory.groups.iter().map(|g| g.name.clone()))
                .collect();
            crate::domain::sort::sort(&mut names);
            names.dedup();
            names
        })
    };
    view! {
        <datalist id=UNIT_NAMES>
            {move || names().into_iter().map(|n| view! { <option value=n/> }).collect_view()}
        </datalist>
    }
}

#[component]
pub(super) fn Directory() -> impl IntoView {
    let app = use_app();
    let units = move || {
        with_draft(|r| {
            r.plan
                .directory
                .units
                .iter()
                .map(|u| u.id.clone())
                .collect::<Vec<_>>()
        })
    };
    let groups = move || {
        with_draft(|r| {
            r.plan
                .directory
                .groups
                .iter()
                .map(|g| g.id.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <details class="new-plan__part" id=super::review::PART_DIRECTORY data-testid="new-plan-directory">
            <summary><h3>{app.tr(Key::NewPlanDirectory)}</h3></summary>
            <div class="table-scroll">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{app.tr(Key::UnitName)}</th>
                        <th scope="col">{app.tr(Key::UnitShort)}</th>
                        <th scope="col">{app.tr(Key::UnitEmail)}</th>
                    </tr></thead>
                    <tbody>
                        <For each=units key=|id| id.clone() let:id>
                            <UnitRow id/>
                        </For>
                    </tbody>
                </table>
            </div>
            <For each=groups key=|id| id.clone() let:id>
                <GroupMembers id/>
            </For>
        </details>
    }
}

#[component]
fn UnitRow(id: UnitId) -> impl IntoView {
    let app = use_app();
    let read = {
        let id = id.clone();
        move |field: fn(&crate::domain::Unit) -> String| {
            let id = id.clone();
            Signal::derive(move || {
                with_draft(|r| r.plan.directory.unit(&id).map(field).unwrap_or_default())
            })
        }
    };
    let (name, short, email) = (
        read(|u| u.name.clone()),
        read(|u| u.short_name.clone()),
        read(|u| u.email.clone().unwrap_or_default()),
    );
    let rename = |id: UnitId, keep_short: bool| {
        move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            let (Some(current_name), Some(current_short)) =
                (name.try_get_untracked(), short.try_get_untracked())
            else {
                return;
            };
            let (new_name, new_short) = if keep_short {
                (typed, current_short)
            } else {
                (current_name, typed)
            };
            app.edit_draft(Edit::RenameUnit {
                unit: id.clone(),
                name: new_name,
                short_name: new_short,
            });
        }
    };
    let set_email = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            app.edit_draft(Edit::SetEmail {
                unit: id.clone(),
                addresses: event_target_value(&ev),
            });
        }
    };
    let label = move |key: Key| format!("{}: {}", app.text(key), name.get());
    view! {
        <tr data-testid=format!("new-plan-unit-{id}")>
            <td><input class="input" aria-label=move || label(Key::UnitName) prop:value=move || name.get()
                on:change=rename(id.clone(), true)/></td>
            <td><input class="input" aria-label=move || label(Key::UnitShort) prop:value=move || short.get()
                on:change=rename(id.clone(), false)/></td>
            <td><input class="input" type="email" aria-label=move || label(Key::UnitEmail) prop:value=move || email.get()
                data-testid=format!("new-plan-email-{id}") on:change=set_email/></td>
        </tr>
    }
}

#[component]
fn GroupMembers(id: GroupId) -> impl IntoView {
    let app = use_app();
    let name = {
        let id = id.clone();
        move || {
            with_draft(|r| {
                r.plan
                    .directory
                    .group(&id)
                    .map(|g| g.name.clone())
                    .unwrap_or_default()
            })
        }
    };
    let flagged = {
        let id = id.clone();
        move || {
            with_draft(|r| {
                r.checklist()
                    .iter()
                    .any(|c| c.subject == Subject::Group(id.clone()))
            })
        }
    };
    let members = {
        let id = id.clone();
        move || {
            with_draft(|r| {
                r.plan
                    .directory
                    .group(&id)
                    .map(|g| g.members.clone())
                    .unwrap_or_default()
            })
        }
    };
    let units = move || {
        with_draft(|r| {
            r.plan
                .directory
                .units
                .iter()
                .map(|u| (u.id.clone(), u.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let toggle = {
        let members = members.clone();
        move |unit: UnitId, on: bool| {
            let mut chosen = members();
            chosen.retain(|m| m != &unit);
            if on {
                chosen.push(unit);
            }
            app.edit_draft(Edit::Members {
                group: id.clone(),
                members: chosen,
            });
        }
    };
    view! {
        <fieldset class="new-plan__group" data-testid="new-plan-group">
            <legend>{name.clone()} " — " {app.tr(Key::NewPlanGroupMembers)}
                <Show when=flagged.clone()>" ⚠"</Show>
            </legend>
            {move || {
                let chosen = members();
                units().into_iter().map(|(unit, unit_name)| {
                    let checked = chosen.contains(&unit);
                    let toggle = toggle.clone();
                    view! {
                        <label class="filters__check">
                            <input type="checkbox" prop:checked=checked
                                on:change=move |ev| toggle(unit.clone(), event_target_checked(&ev))/>
                            {unit_name}
                        </label>
                    }
                }).collect_view()
            }}
        </fieldset>
    }
}

const KINDS: [PeriodKind; 5] = [
    PeriodKind::Month,
    PeriodKind::Quarter,
    PeriodKind::HalfYear,
    PeriodKind::NineMonths,
    PeriodKind::Year,
];

/// The monitoring unit and the reporting regime.
#[component]
pub(super) fn Reporting() -> impl IntoView {
    let app = use_app();
    let monitoring = Signal::derive(move || {
        with_draft(|r| {
            r.plan
                .directory
                .unit(&r.plan.monitoring_unit)
                .map(|u| u.name.clone())
                .unwrap_or_default()
        })
    });
    let monitoring_guess = move || {
        with_draft(|r| {
            r.facts
                .iter()
                .find(|f| f.subject == Subject::MonitoringUnit)
                .and_then(|f| f.guess.clone())
                .unwrap_or_default()
        })
    };
    let regime = move || {
        use_app()
            .draft()
            .with(|d| d.as_ref().map(|r| r.plan.regime.clone()))
    };
    let change = move |change: &dyn Fn(&mut Regime)| {
        if let Some(mut next) = regime() {
            change(&mut next);
            app.edit_draft(Edit::Regime(next));
        }
    };
    let due_day = move || match regime().map(|r| r.due) {
        Some(DueRule::DayOfLastMonth { day }) => day.to_string(),
        _ => String::new(),
    };
    view! {
        <details class="new-plan__part" id=super::review::PART_REPORTING data-testid="new-plan-reporting">
            <summary><h3>{app.tr(Key::NewPlanRegime)}</h3></summary>
            <TextField label=Key::NewPlanMonitoringName test_id="new-plan-monitoring-name".into()
                value=monitoring edit=Callback::new(|name: String| Edit::Monitoring { name })/>
            <Show when=move || !monitoring_guess().is_empty()>
                <p class="flag">"⚠ " {monitoring_guess}</p>
            </Show>
            <fieldset class="new-plan__group">
                <legend>{app.tr(Key::NewPlanRegimeKinds)}</legend>
                {KINDS.into_iter().map(|kind| view! {
                    <label class="filters__check">
                        <input type="checkbox" data-testid=format!("new-plan-period-{kind:?}")
                            prop:checked=move || regime().is_some_and(|r| r.kinds.contains(&kind))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                change(&|r: &mut Regime| {
                                    r.kinds.retain(|k| *k != kind);
                                    if on {
                                        r.kinds.push(kind);
                                        crate::domain::sort::sort_by_key(&mut r.kinds, |k| KINDS.iter().position(|x| x == k));
                                    }
                                });
                            }/>
                        {app.tr(crate::ui::i18n::period_kind(kind))}
                    </label>
                }).collect_view()}
            </fieldset>
            <div class="new-plan__grid">
                <label class="field new-plan__field">
                    <span>{app.tr(Key::NewPlanFromYear)}</span>
                    <input class="input" inputmode="numeric" data-testid="new-plan-from-year"
                        prop:value=move || regime().map(|r| r.from_year.to_string()).unwrap_or_default()
                        on:change=move |ev| {
                            let year = event_target_value(&ev).trim().parse().unwrap_or(0);
                            change(&|r: &mut Regime| r.from_year = year);
                        }/>
                </label>
                <label class="field new-plan__field">
                    <span>{app.tr(Key::NewPlanDueDay)}</span>
                    <input class="input" inputmode="numeric" data-testid="new-plan-due-day" prop:value=due_day
                        on:change=move |ev| {
                            let day = event_target_value(&ev).trim().parse().unwrap_or(0);
                            change(&|r: &mut Regime| r.due = DueRule::DayOfLastMonth { day });
                        }/>
                </label>
            </div>
        </details>
    }
}
