//! A zip's central directory read by hand, and a part inflated within its limits.

use super::*;

pub(super) fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(usize::from(u16::from_le_bytes(
        bytes.get(at..at + 2)?.try_into().ok()?,
    )))
}

pub(super) fn u32_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize)
}

/// One entry of the zip's central directory.
pub(super) struct Entry {
    pub(super) name: String,
    pub(super) method: usize,
    pub(super) packed: usize,
    pub(super) size: usize,
    pub(super) offset: usize,
}

pub(super) fn entries(bytes: &[u8]) -> Result<Vec<Entry>, DocxError> {
    let broken = DocxError::Damaged("mục lục tệp nén");
    let search_from = bytes.len().saturating_sub(22 + 65_535);
    let end = (search_from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&at| bytes[at..].starts_with(&[b'P', b'K', 5, 6]))
        .ok_or(broken.clone())?;
    let count = u16_at(bytes, end + 10).ok_or(broken.clone())?;
    let mut at = u32_at(bytes, end + 16).ok_or(broken.clone())?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if !bytes
            .get(at..)
            .is_some_and(|b| b.starts_with(&[b'P', b'K', 1, 2]))
        {
            return Err(broken);
        }
        let flags = u16_at(bytes, at + 8).ok_or(broken.clone())?;
        if flags & 1 != 0 {
            return Err(DocxError::OldWordOrEncrypted);
        }
        let method = u16_at(bytes, at + 10).ok_or(broken.clone())?;
        let packed = u32_at(bytes, at + 20).ok_or(broken.clone())?;
        let size = u32_at(bytes, at + 24).ok_or(broken.clone())?;
        let name_len = u16_at(bytes, at + 28).ok_or(broken.clone())?;
        let extra_len = u16_at(bytes, at + 30).ok_or(broken.clone())?;
        let comment_len = u16_at(bytes, at + 32).ok_or(broken.clone())?;
        let offset = u32_at(bytes, at + 42).ok_or(broken.clone())?;
        let name = bytes
            .get(at + 46..at + 46 + name_len)
            .ok_or(broken.clone())?;
        out.push(Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            method,
            packed,
            size,
            offset,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(out)
}

/// The inflated bytes of a part.
pub(super) fn part(bytes: &[u8], entry: &Entry) -> Result<Vec<u8>, DocxError> {
    let broken = DocxError::Damaged("một phần của tệp nén");
    let at = entry.offset;
    if !bytes
        .get(at..)
        .is_some_and(|b| b.starts_with(&[b'P', b'K', 3, 4]))
    {
        return Err(broken);
    }
    let name_len = u16_at(bytes, at + 26).ok_or(broken.clone())?;
    let extra_len = u16_at(bytes, at + 28).ok_or(broken.clone())?;
    let start = at + 30 + name_len + extra_len;
    let data = bytes
        .get(start..start + entry.packed)
        .ok_or(broken.clone())?;
    if entry.size > MAX_PART || entry.size > entry.packed.max(1024) * MAX_RATIO {
        return Err(DocxError::Bomb);
    }
    match entry.method {
        0 => Ok(data.to_vec()),
        8 => {
            // The limit holds even when the declared size lies.
            let limit = entry.size.clamp(1, MAX_PART);
            decompress_to_vec_with_limit(data, limit).map_err(|e| {
                if matches!(e.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
                    DocxError::Bomb
                } else {
                    broken
                }
            })
        }
        _ => Err(DocxError::Damaged("kiểu nén lạ")),
    }
}
