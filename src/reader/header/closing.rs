//! Nơi nhận and the signer block (TM./KT./Q. lines, title, name), also when
//! a converter flattened them into one table row.

use super::*;

/// "Nơi nhận:" and the signer block after the body's last paragraph.
pub fn closing(paras: &[Para], from: usize) -> (Vec<String>, Signer, Option<Span>, usize) {
    let mut recipients = Vec::new();
    let mut signer = Signer::default();
    let mut span: Option<Span> = None;
    let Some(at) = paras[from..]
        .iter()
        .position(|p| fold(&p.text).starts_with("noi nhan"))
        .map(|i| from + i)
    else {
        return (recipients, signer, None, paras.len());
    };
    let mut index = at;
    let first = &paras[at];
    if first.is_row() {
        // Nơi nhận and the signature in one table row.
        for cell in &first.cells {
            let folded = fold(&cell.text);
            if folded.starts_with("noi nhan") {
                recipients = cell.text["Nơi nhận:".len().min(cell.text.len())..]
                    .split("- ")
                    .map(|r| r.trim().to_string())
                    .filter(|r| !r.is_empty() && r != ":")
                    .collect();
            } else if !cell.text.is_empty() {
                signer = signer_from_words(&cell.text);
                span = Some(cell.span);
            }
        }
        return (recipients, signer, span, at + 1);
    }
    let inline = first
        .text
        .split_once(':')
        .map(|(_, r)| r.trim())
        .unwrap_or_default();
    if !inline.is_empty() {
        recipients.push(inline.trim_start_matches("- ").to_string());
    }
    index += 1;
    while let Some(p) = paras.get(index) {
        if p.text.starts_with(['-', '–', '+', '•']) {
            recipients.push(
                p.text
                    .trim_start_matches(['-', '–', '+', '•', ' '])
                    .to_string(),
            );
            index += 1;
        } else {
            break;
        }
    }
    let mut lines: Vec<&Para> = Vec::new();
    while let Some(p) = paras.get(index) {
        if p.text.len() > 80 || lines.len() >= 6 {
            break;
        }
        lines.push(p);
        index += 1;
        if !is_capitals(&p.text) && !p.text.contains('.') && lines.len() >= 2 {
            break;
        }
    }
    for p in &lines {
        let text = p.text.trim();
        let folded = fold(text);
        if ["tm.", "kt.", "q.", "tl.", "tuq.", "t/m", "t.m"]
            .iter()
            .any(|a| folded.starts_with(a))
        {
            signer.authority.push(text.to_string());
        } else if is_capitals(text) && signer.title.is_empty() {
            signer.title = text.to_string();
        } else if !is_capitals(text)
            && signer.name.is_empty()
            && text.split_whitespace().count() <= 6
        {
            signer.name = text.trim_end_matches(['.', '(', ')']).to_string();
        }
    }
    if let (Some(first), Some(last)) = (lines.first(), lines.last()) {
        span = Some(Span {
            start: first.span.start,
            end: last.span.end,
        });
    }
    (recipients, signer, span, index)
}

/// A signer block flattened into one cell: "TM. BAN CHỈ ĐẠO KT. TRƯỞNG BAN
/// PHÓ TRƯỞNG BAN Nguyễn Văn A".
pub(super) fn signer_from_words(text: &str) -> Signer {
    let words: Vec<&str> = text.split_whitespace().collect();
    let name_at = words
        .iter()
        .rposition(|w| w.chars().any(char::is_lowercase))
        .map(|last| {
            let mut start = last;
            while start > 0 && words[start - 1].chars().any(char::is_lowercase) {
                start -= 1;
            }
            start.saturating_sub(usize::from(
                start > 0
                    && words[start - 1].chars().count() > 1
                    && words[start - 1].chars().skip(1).all(char::is_lowercase),
            ))
        })
        .unwrap_or(words.len());
    let name = words[name_at..].join(" ");
    let caps = &words[..name_at];
    let mut authority = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for w in caps {
        if ["TM.", "KT.", "Q.", "TL.", "TUQ.", "T/M"].contains(w) && !current.is_empty() {
            authority.push(current.join(" "));
            current.clear();
        }
        current.push(w);
    }
    // "KT. TRƯỞNG BAN PHÓ TRƯỞNG BAN": the authority, then the signer's title.
    let last = current.join(" ");
    let title = match last.find(" PHÓ ") {
        Some(at)
            if ["KT.", "Q.", "TL.", "TUQ."]
                .iter()
                .any(|a| last.starts_with(a)) =>
        {
            authority.push(last[..at].to_string());
            last[at + 1..].to_string()
        }
        _ => last,
    };
    Signer {
        authority,
        title,
        name,
    }
}
