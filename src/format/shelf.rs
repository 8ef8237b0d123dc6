//! Plans put away in this browser (the shelf): every plan but the open one,
//! each whole in one stored value, so opening another plan never mixes two
//! plans' entries and a put-away plan is written in one step or not at all.
//!
//! A shelved plan is its backup file (checksummed, versioned, read back by
//! the same code as a backup brought in a file) packed like the store's
//! parts, after one line of JSON that names it: the list of plans reads
//! that line only.

use super::decode::{self, DecodeError, StoreDamage};
use super::exchange::{self, Backup};
use super::pack;
use super::settings::Settings;
use crate::domain::merge::Incoming;
use crate::domain::{Date, PlanId, Timestamp, Workspace};
use serde::{Deserialize, Serialize};

/// Keys of shelved plans: this prefix, then the plan's id.
pub const PREFIX: &str = "tiendo.shelf.";

pub fn key(plan: &PlanId) -> String {
    format!("{PREFIX}{plan}")
}

/// What the list of plans shows of a shelved plan, read without unpacking it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub plan: PlanId,
    /// "Kế hoạch", "Chương trình".
    pub kind: String,
    /// "61/KH-UBND".
    pub number: String,
    pub date: Date,
    /// Trích yếu.
    pub title: String,
    /// The units' reports it holds (not the sample, not withdrawn ones).
    pub reports: usize,
    pub saved_at: Timestamp,
    /// The packed backup's byte count.
    bytes: usize,
}

/// Reports a workspace holds: what a list of plans counts.
pub fn reports(workspace: &Workspace) -> usize {
    workspace
        .entries
        .values()
        .filter(|entry| !entry.sample && !entry.deleted)
        .count()
}

/// The shelved form of `workspace` (with this browser's settings, as a backup has).
pub fn encode(workspace: &Workspace, settings: &Settings, saved_at: Timestamp) -> String {
    let backup = Backup {
        workspace: workspace.clone(),
        settings: settings.clone(),
    };
    let (chars, bytes) = pack::pack(&exchange::encode_backup_compact(&backup, None, saved_at));
    let document = &workspace.plan.document;
    let label = Label {
        plan: workspace.plan.id.clone(),
        kind: document.kind.clone(),
        number: document.number.clone(),
        date: document.date,
        title: document.title.clone(),
        reports: reports(workspace),
        saved_at,
        bytes,
    };
    // A label always serialises (strings, numbers, a date).
    let mut text = serde_json::to_string(&label).unwrap_or_default();
    text.push('\n');
    text.push_str(&chars);
    text
}

/// The label on its first line.
pub fn label(text: &str) -> Result<Label, DecodeError> {
    let (line, _) = text
        .split_once('\n')
        .ok_or(DecodeError::Store(StoreDamage::EmptyPart))?;
    decode::typed(line)
}

/// The packed backup file inside, as stored (compact JSON).
fn backup_text(text: &str) -> Result<String, DecodeError> {
    let label = label(text)?;
    let (_, chars) = text.split_once('\n').unwrap_or_default();
    pack::unpack(chars, label.bytes).map_err(|error| DecodeError::Store(StoreDamage::Packed(error)))
}

/// The label and the backup inside, checked as a backup file is; the
/// backup must be of the plan its label names.
fn open(text: &str) -> Result<(Label, Backup), DecodeError> {
    let label = label(text)?;
    let received = exchange::read(backup_text(text)?.as_bytes())?;
    match received.incoming {
        Incoming::Backup { workspace } if workspace.plan.id == label.plan => {
            let settings = received.settings.unwrap_or_default();
            let workspace = *workspace;
            Ok((
                label,
                Backup {
                    workspace,
                    settings,
                },
            ))
        }
        _ => Err(DecodeError::HeaderMismatch),
    }
}

/// The shelved workspace.
pub fn decode(text: &str) -> Result<Workspace, DecodeError> {
    open(text).map(|(_, backup)| backup.workspace)
}

/// The shelved plan as a backup file a user downloads and imports anywhere
/// (pretty, as every file the app gives out), made when it was put away.
pub fn backup_file(text: &str) -> Result<String, DecodeError> {
    let (label, backup) = open(text)?;
    Ok(exchange::encode_backup(&backup, None, label.saved_at))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::format::{sample, seed};

    fn sampled() -> Workspace {
        let mut workspace = Workspace::new(seed::seed_plan().unwrap());
        workspace.entries = sample::sample_entries(&workspace).into_iter().collect();
        workspace
    }

    #[test]
    fn a_shelved_plan_reads_back_whole_and_names_itself() {
        let mut workspace = sampled();
        // Two entries become a unit's own reports, one of them withdrawn.
        let mut own = workspace.entries.values_mut();
        own.next().unwrap().sample = false;
        let withdrawn = own.next().unwrap();
        withdrawn.sample = false;
        withdrawn.deleted = true;
        let text = encode(
            &workspace,
            &Settings::default(),
            Timestamp(1_700_000_000_000),
        );
        assert_eq!(decode(&text).unwrap(), workspace);
        let label = label(&text).unwrap();
        assert_eq!(label.number, "61/KH-UBND");
        assert_eq!(label.kind, "Kế hoạch");
        assert_eq!(label.reports, 1);
        assert_eq!(label.saved_at, Timestamp(1_700_000_000_000));
        // Far smaller than the backup it holds, which downloads as the
        // backup file of the day it was put away.
        let file = backup_file(&text).unwrap();
        let backup = exchange::Backup {
            workspace,
            settings: Settings::default(),
        };
        assert_eq!(
            file,
            exchange::encode_backup(&backup, None, Timestamp(1_700_000_000_000))
        );
        assert!(text.encode_utf16().count() * 3 < file.len());
    }

    #[test]
    fn damage_is_named_not_read() {
        let text = encode(&sampled(), &Settings::default(), Timestamp(0));
        let (line, chars) = text.split_once('\n').unwrap();
        assert_eq!(
            label("no label at all"),
            Err(DecodeError::Store(StoreDamage::EmptyPart))
        );
        // A character cut off the packed data.
        let cut = format!("{line}\n{}", &chars[..chars.len() - 3]);
        assert!(matches!(
            decode(&cut),
            Err(DecodeError::Store(StoreDamage::Packed(_)))
        ));
        // A label naming another plan than the one inside.
        let other = line.replacen("kh-61-2024-lang-son", "kh-1-2025-khac", 1);
        assert_ne!(other, line);
        assert_eq!(
            decode(&format!("{other}\n{chars}")),
            Err(DecodeError::HeaderMismatch)
        );
    }
}
