//! Tasks from a task table's rows.

use super::*;

/// Tasks from a task table: group rows as parents, numbered rows as leaves.
pub(super) fn table_tasks(ctx: &mut Ctx, table: &Table) {
    let cols = &table.columns;
    let mut group: Option<TaskId> = None;
    let mut group_number = String::new();
    // A lettered group ("A. NHIỆM VỤ CHUNG") holds the Roman ones under it.
    let mut lettered: Option<(TaskId, String)> = None;
    // Numbered rows of this group: a row "1.2" or "b" under them is their child.
    let mut numbered: Vec<(String, TaskId, usize)> = Vec::new();
    for row in &table.rows {
        let cell = |k: Option<usize>| k.and_then(|k| row.cells.get(k));
        if row.group {
            let texts: Vec<&str> = row
                .cells
                .iter()
                .map(|c| c.text.trim())
                .filter(|t| !t.is_empty())
                .collect();
            let (number, title) = match texts.as_slice() {
                [one] => {
                    let (n, t) = one.split_once([' ', '.']).unwrap_or((one, ""));
                    (n.trim_end_matches('.').to_string(), t.trim().to_string())
                }
                [n, t, ..] => (n.trim_end_matches('.').to_string(), t.to_string()),
                [] => continue,
            };
            // A letter that is no Roman numeral's letter is the higher level.
            let letter = number.len() == 1 && !matches!(number.as_str(), "I" | "V" | "X");
            let (parent, number) = match &lettered {
                Some((above, label)) if !letter => {
                    (Some(above.clone()), format!("{label}.{number}"))
                }
                _ => (None, number),
            };
            let id = ctx.task_id(&number);
            if letter {
                lettered = Some((id.clone(), number.clone()));
            }
            let span = Span {
                start: row.cells.first().map_or(0, |c| c.span.start),
                end: row.cells.last().map_or(0, |c| c.span.end),
            };
            let title = upper_first(title.trim_start_matches(['.', ' ']));
            ctx.drafts.push(Draft::heading(
                id.clone(),
                parent,
                number.clone(),
                title,
                span,
            ));
            group = Some(id);
            group_number = number;
            numbered.clear();
            continue;
        }
        let own = cell(cols.number)
            .map(|c| c.text.trim().trim_end_matches('.').to_string())
            .unwrap_or_default();
        let own = if own.is_empty() {
            (ctx.drafts.len() + 1).to_string()
        } else {
            own
        };
        // "1.2" under "1", "b" under the last number: a child of that row.
        let above = match own.rsplit_once('.') {
            Some((head, _)) => numbered.iter().rev().find(|(label, _, _)| *label == head),
            None if own.chars().all(char::is_lowercase) => numbered
                .iter()
                .rev()
                .find(|(label, _, _)| label.chars().all(|c| c.is_ascii_digit())),
            None => None,
        }
        .map(|(_, id, draft)| (id.clone(), *draft));
        let number = match &above {
            Some((_, draft)) if !own.contains('.') => {
                format!("{}.{own}", ctx.drafts[*draft].number)
            }
            _ if group_number.is_empty() => own.clone(),
            _ => format!("{group_number}.{own}"),
        };
        let id = ctx.task_id(&number);
        numbered.push((own.clone(), id.clone(), ctx.drafts.len()));
        let title_cell = &row.cells[cols.title.min(row.cells.len().saturating_sub(1))];
        let (title, rest) = title_and_rest(&title_cell.text);
        let mut body = Vec::new();
        if !rest.is_empty() {
            body.push(rest);
        }
        if let Some(c) = cell(cols.product).filter(|c| !c.text.trim().is_empty()) {
            body.push(format!("Sản phẩm: {}", c.text.trim()));
        }
        if let Some(c) = cell(cols.note).filter(|c| !c.text.trim().is_empty()) {
            body.push(format!("Ghi chú: {}", c.text.trim()));
        }
        let mut found = Vec::new();
        let mut units_text = Vec::new();
        for (k, role) in [(cols.lead, Role::Lead), (cols.coordinate, Role::Coordinate)] {
            if let Some(c) = cell(k) {
                if c.text.trim().is_empty() {
                    continue;
                }
                units_text.push(c.text.trim().to_string());
                let mut list = assign::in_field(&c.text, role);
                if list.is_empty() && !c.text.trim().is_empty() {
                    // A name the lexicon does not know: the cell is the unit.
                    let name = c.text.trim().trim_end_matches(['.', ';']).to_string();
                    list.push(Found {
                        mention: units::Mention {
                            start: 0,
                            end: c.text.len(),
                            name,
                        },
                        role,
                        mode: Mode::Assign,
                        guess: Some("tên đơn vị lạ: đọc cả ô làm một đơn vị"),
                    });
                }
                for f in list {
                    let span = Span {
                        start: c.span.start + f.mention.start.min(c.span.end - c.span.start),
                        end: (c.span.start + f.mention.end)
                            .min(c.span.end)
                            .max(c.span.start),
                    };
                    found.push((f, span));
                }
            }
        }
        let timeframe = cell(cols.time)
            .filter(|c| !c.text.trim().is_empty())
            .map(|c| {
                let text = c.text.trim().to_string();
                match when::read(&text) {
                    Some(r) => (r.timeframe, text, c.span, r.guess.map(str::to_string)),
                    None => (
                        Timeframe::Ongoing,
                        text,
                        c.span,
                        Some(
                            "thời gian không đọc được thành ngày, quý hay năm: giữ nguyên văn"
                                .to_string(),
                        ),
                    ),
                }
            });
        // A sub-row without its own units or time takes its row's.
        let (found, timeframe) = match &above {
            Some((_, draft)) => {
                let parent = &ctx.drafts[*draft];
                let mut found = found;
                if !found.iter().any(|(f, _)| f.role == Role::Lead) {
                    found.extend(
                        parent
                            .found
                            .iter()
                            .filter(|(f, _)| f.role == Role::Lead)
                            .cloned(),
                    );
                }
                let timeframe = timeframe.or_else(|| parent.timeframe.clone());
                (found, timeframe)
            }
            None => (found, timeframe),
        };
        let span = Span {
            start: row.cells.first().map_or(0, |c| c.span.start),
            end: row.cells.last().map_or(0, |c| c.span.end),
        };
        ctx.drafts.push(Draft {
            id,
            parent: above.map(|(id, _)| id).or_else(|| group.clone()),
            number,
            title: upper_first(&title),
            body: body.join("\n"),
            units_text: units_text.join("\n"),
            found,
            timeframe,
            span,
            guess: None,
        });
    }
}
