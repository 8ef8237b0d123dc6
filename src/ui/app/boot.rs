//! The start: storage read once, unreadable values set aside before anything
//! is written, and what the first save must write.

use crate::browser;
use crate::domain::{sort, Command, Profile, Reach, Workspace};
use crate::format::store::{Damaged, Head, HeadRead, Unassembled};
use crate::format::{self, sample, seed, store};
use crate::ui::app::state::{Health, Loaded, Unreadable};
use std::collections::{BTreeMap, BTreeSet};

pub const SETTINGS_KEY: &str = "tiendo.v1.settings";
pub const ASIDE_PREFIX: &str = "tiendo.aside.";

/// The seed plan with the removable sample: what a first run shows.
pub fn fresh_workspace() -> Result<Workspace, format::DecodeError> {
    let mut workspace = Workspace::new(seed::seed_plan()?);
    let entries = sample::sample_entries(&workspace);
    // Loading the sample checks nothing and cannot fail.
    let _ = workspace.apply(&Profile::Leader, Command::LoadSample { entries });
    Ok(workspace)
}

pub(in crate::ui) fn read_key(key: &str) -> Option<String> {
    browser::storage::read(key).ok().flatten()
}

/// Part keys present in storage, whether or not a head lists them (a save
/// cut short before its head).
pub(in crate::ui) fn stored_parts() -> Vec<String> {
    browser::storage::keys_with_prefix(store::ENTRIES_PREFIX).unwrap_or_default()
}

/// Copies unreadable values under aside keys before anything overwrites them.
/// Returns the health to show: `Recovered` naming the first aside key, or
/// `AsideFailed` when a copy did not fit (then nothing is ever written).
pub(in crate::ui) fn set_aside(damaged: &[Damaged], fresh: bool) -> Health {
    let now = browser::clock::now().0;
    let mut first = None;
    for (index, item) in damaged.iter().enumerate() {
        let aside_key = if index == 0 {
            format!("{ASIDE_PREFIX}{now}")
        } else {
            format!("{ASIDE_PREFIX}{now}.{index}")
        };
        let damage = Unreadable {
            key: item.key.clone(),
            error: item.error.clone(),
        };
        if browser::storage::write(&aside_key, &item.text).is_err() {
            return Health::AsideFailed { damage };
        }
        first.get_or_insert((aside_key, damage));
    }
    match first {
        Some((aside_key, damage)) => Health::Recovered {
            aside_key,
            damage,
            fresh,
        },
        None => Health::Ok,
    }
}

/// Reads storage once. Unreadable data is set aside before anything is written.
pub fn boot() -> Result<Loaded, format::DecodeError> {
    let settings = read_key(SETTINGS_KEY)
        .and_then(|text| format::settings::decode(&text).ok())
        .unwrap_or_default();
    let in_memory = |settings| -> Result<Loaded, format::DecodeError> {
        Ok(Loaded {
            workspace: fresh_workspace()?,
            settings,
            health: Health::Memory,
            head: Head::default(),
            reach: Reach::nothing(),
        })
    };
    // A full storage still reads: what it holds is loaded, and the banner
    // says new changes wait for space. Only storage that refuses to work
    // at all (private mode, policy) means running in memory.
    let full = match browser::storage::probe() {
        Ok(()) => false,
        Err(browser::storage::StorageError::QuotaExceeded) => true,
        Err(_) => return in_memory(settings),
    };
    let full_or = |health: Health| {
        if full && health == Health::Ok {
            Health::Full
        } else {
            health
        }
    };
    let Ok(head_text) = browser::storage::read(store::HEAD_KEY) else {
        return in_memory(settings);
    };
    let mut damaged = Vec::new();
    let head = match head_text.map(|text| (store::read_head(&text), text)) {
        None => None,
        Some((Ok(HeadRead::Whole(stored)), _)) => {
            // Versions 1 and 2: loads whole; the first save splits it.
            return Ok(Loaded {
                workspace: stored.workspace,
                settings,
                health: full_or(Health::Ok),
                head: Head {
                    generation: stored.generation,
                    ..Head::default()
                },
                reach: Reach::Everything,
            });
        }
        Some((Ok(HeadRead::Split(head)), _)) => Some(head),
        // A newer version of the app wrote the store (it ran here, then an
        // older copy was opened): nothing of it is touched. This one runs on
        // the seed in memory and says so; the newer app still finds its store.
        Some((Err(format::DecodeError::NewerVersion { .. }), _)) => {
            return Ok(Loaded {
                workspace: fresh_workspace()?,
                settings,
                health: Health::NewerElsewhere,
                head: Head::default(),
                reach: Reach::nothing(),
            });
        }
        Some((Err(error), text)) => {
            damaged.push(Damaged {
                key: store::HEAD_KEY.to_owned(),
                text,
                error,
            });
            None
        }
    };
    let stray = stored_parts();
    let mut keys: BTreeSet<String> = sort::set_from(stray.iter().cloned());
    if let Some(head) = &head {
        keys.extend(head.parts.keys().cloned());
    }
    let (workspace, reach, fresh) = match store::assemble(&keys, &mut read_key) {
        Ok((workspace, bad_parts)) => {
            let reach = match &head {
                // Rewrites a head, and drops what could not be read.
                None => Reach::Everything,
                Some(_) => Reach::Parts(sort::set_from(
                    bad_parts.iter().filter_map(|d| store::part_of(&d.key)),
                )),
            };
            damaged.extend(bad_parts);
            (workspace, reach, false)
        }
        Err(Unassembled::NoPlan) if head.is_none() && damaged.is_empty() && stray.is_empty() => {
            // First run.
            (fresh_workspace()?, Reach::Everything, true)
        }
        Err(unassembled) => {
            // Without a plan the parts mean nothing: all of them go aside, as one value.
            if let Unassembled::Plan(plan) = unassembled {
                damaged.push(plan);
            }
            let parts: BTreeMap<&String, String> = sort::map_from(
                keys.iter()
                    .filter_map(|key| read_key(key).map(|text| (key, text))),
            );
            if !parts.is_empty() {
                damaged.push(Damaged {
                    key: store::ENTRIES_PREFIX.to_owned(),
                    text: serde_json::to_string(&parts).unwrap_or_default(),
                    error: format::DecodeError::Store(format::StoreDamage::NoPlan),
                });
            }
            (fresh_workspace()?, Reach::Everything, true)
        }
    };
    let health = set_aside(&damaged, fresh);
    if matches!(health, Health::Recovered { .. })
        && damaged.iter().any(|d| d.key == store::HEAD_KEY)
    {
        // Its copy is safe aside: the first save must not find it and set
        // it aside a second time.
        let _ = browser::storage::remove(store::HEAD_KEY);
    }
    Ok(Loaded {
        workspace,
        settings,
        health: full_or(health),
        head: head.unwrap_or_default(),
        reach,
    })
}
