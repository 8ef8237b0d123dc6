//! Task tables ("Phụ lục: Danh mục nhiệm vụ"): a header row naming the
//! columns (TT/STT, Nhiệm vụ/Nội dung, chủ trì, phối hợp, thời gian, sản
//! phẩm/kết quả, ghi chú), Roman group rows as parents, numbered rows as
//! tasks, and rows without a number (a row continued over a page break, or a
//! header repeated on a new page) folded into the row above.

use super::source::{Cell, Para};
use crate::domain::text::fold;

/// Which column holds what.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    pub number: Option<usize>,
    pub title: usize,
    pub lead: Option<usize>,
    pub coordinate: Option<usize>,
    pub time: Option<usize>,
    pub product: Option<usize>,
    pub note: Option<usize>,
}

/// One row of a task table, cells merged over page breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The paragraph the row starts at.
    pub para: usize,
    pub cells: Vec<Cell>,
    /// A group row ("I | Nhóm nhiệm vụ …"): a parent of the rows below it.
    pub group: bool,
}

/// A task table: its columns and rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub columns: Columns,
    pub rows: Vec<Row>,
}

/// The columns a header row names, if it is a task table's.
pub fn columns(cells: &[Cell]) -> Option<Columns> {
    // A header's cells are column names: short, and no task numbers.
    if cells.iter().any(|c| c.text.chars().count() > 80)
        || cells
            .first()
            .is_some_and(|c| c.text.trim().trim_end_matches('.').parse::<u32>().is_ok())
    {
        return None;
    }
    let names: Vec<String> = cells.iter().map(|c| fold(&c.text)).collect();
    let find = |words: &[&str]| {
        names
            .iter()
            .position(|n| words.iter().any(|w| n.contains(w)))
    };
    let title = find(&[
        "nhiem vu",
        "noi dung",
        "ten de an",
        "ten nhiem vu",
        "cong viec",
        "hoat dong",
    ])?;
    if names[title].contains("chi tieu") {
        return None;
    }
    let number = names.iter().position(|n| {
        matches!(
            n.trim().trim_end_matches('.'),
            "tt" | "stt" | "so tt" | "so thu tu"
        )
    });
    let lead = names.iter().position(|n| {
        n.contains("chu tri")
            || n.contains("thuc hien") && !n.contains("thoi gian") && !n.contains("ket qua")
    });
    let coordinate = names.iter().position(|n| n.contains("phoi hop"));
    if lead.is_none() && coordinate.is_none() {
        return None;
    }
    let time =
        find(&["thoi gian", "thoi han", "tien do", "hoan thanh"]).filter(|t| Some(*t) != lead);
    let product = find(&["san pham", "ket qua"]).filter(|p| *p != title);
    let note = find(&["ghi chu"]);
    Some(Columns {
        number,
        title,
        lead,
        coordinate: coordinate.filter(|c| Some(*c) != lead),
        time,
        product,
        note,
    })
}

/// A header's second row: nothing under the task's column, and short
/// column names without figures elsewhere ("Bắt đầu", "Hoàn thành").
fn is_sub_header(cells: &[Cell], columns: &Columns) -> bool {
    let filled: Vec<&Cell> = cells.iter().filter(|c| !c.text.trim().is_empty()).collect();
    !filled.is_empty()
        && cells
            .get(columns.title)
            .is_none_or(|c| c.text.trim().is_empty())
        && filled
            .iter()
            .all(|c| c.text.chars().count() <= 30 && !c.text.chars().any(|ch| ch.is_ascii_digit()))
}

/// The task tables among a run of rows (paragraph indices).
pub fn tables(paras: &[Para], rows: &[usize]) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    let mut current: Option<(Table, Vec<String>)> = None;
    for &index in rows {
        let cells = &paras[index].cells;
        if let Some(columns) = columns(cells) {
            let header: Vec<String> = cells.iter().map(|c| fold(&c.text)).collect();
            match &current {
                // A header repeated on a new page continues the table.
                Some((_, old)) if *old == header => continue,
                _ => {
                    if let Some((table, _)) = current.take() {
                        out.push(table);
                    }
                    current = Some((
                        Table {
                            columns,
                            rows: Vec::new(),
                        },
                        header,
                    ));
                    continue;
                }
            }
        }
        let Some((table, _)) = current.as_mut() else {
            continue;
        };
        // A column-number row ("(1) | (2) | (3)") says nothing.
        if cells.iter().all(|c| {
            let t = c.text.trim_matches(['(', ')', ' ']);
            t.is_empty() || t.chars().all(|ch| ch.is_ascii_digit())
        }) && cells.iter().any(|c| c.text.starts_with('('))
        {
            continue;
        }
        let non_empty: Vec<&Cell> = cells.iter().filter(|c| !c.text.trim().is_empty()).collect();
        let number = table
            .columns
            .number
            .and_then(|n| cells.get(n))
            .map(|c| c.text.trim().to_string())
            .unwrap_or_default();
        let first_word = non_empty
            .first()
            .map(|c| {
                c.text
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .trim_end_matches('.')
            })
            .unwrap_or_default();
        let group = super::marker::is_group_label(&number)
            || number.is_empty() && super::marker::is_group_label(first_word);
        if table.rows.is_empty()
            && number.is_empty()
            && !group
            && is_sub_header(cells, &table.columns)
        {
            // A header over two rows ("Thời gian" over "Bắt đầu | Hoàn
            // thành"): the day it must be done by is the time.
            if let Some(end) = cells.iter().position(|c| {
                let f = fold(&c.text);
                f.contains("hoan thanh") || f.contains("ket thuc") || f.trim() == "den"
            }) {
                table.columns.time = Some(end);
            }
            continue;
        }
        if number.is_empty() && !group {
            // A row continued over a page break: its words join the row above.
            if let Some(last) = table.rows.last_mut() {
                for (k, cell) in cells.iter().enumerate() {
                    if cell.text.trim().is_empty() {
                        continue;
                    }
                    if let Some(target) = last.cells.get_mut(k) {
                        if !target.text.is_empty() {
                            target.text.push(' ');
                        }
                        target.text.push_str(cell.text.trim());
                        target.span.end = target.span.end.max(cell.span.end);
                    }
                }
                continue;
            }
        }
        table.rows.push(Row {
            para: index,
            cells: cells.clone(),
            group,
        });
    }
    if let Some((table, _)) = current {
        out.push(table);
    }
    out.retain(|t| t.rows.iter().filter(|r| !r.group).count() >= 1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::source::paragraphs;

    #[test]
    fn a_task_table_with_groups_and_a_row_over_a_page_break() {
        let text = "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n| I | Nhóm nhiệm vụ thể chế | | | |\n| 1 | Xây dựng quy định | Bộ Tư pháp | Các bộ | 6/2025 |\n| | về trách nhiệm | | | |\n| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| 2 | Ban hành | Bộ Tài chính | | 2025 |\n";
        let paras = paragraphs(text);
        let rows: Vec<usize> = (0..paras.len()).collect();
        let found = tables(&paras, &rows);
        assert_eq!(found.len(), 1);
        let table = &found[0];
        assert_eq!(table.columns.lead, Some(2));
        assert_eq!(table.rows.len(), 3);
        assert!(table.rows[0].group);
        assert_eq!(
            table.rows[1].cells[1].text,
            "Xây dựng quy định về trách nhiệm"
        );
        assert_eq!(table.rows[2].cells[2].text, "Bộ Tài chính");
    }

    #[test]
    fn a_header_over_two_rows_takes_the_end_as_the_time() {
        let text = "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian | |\n| | | | Bắt đầu | Hoàn thành |\n| 1 | Khảo sát | Sở Nội vụ | 3/2025 | 11/2025 |\n";
        let paras = paragraphs(text);
        let rows: Vec<usize> = (0..paras.len()).collect();
        let found = tables(&paras, &rows);
        assert_eq!(found[0].rows.len(), 1);
        assert_eq!(found[0].columns.time, Some(4));
    }

    #[test]
    fn an_indicator_table_is_no_task_table() {
        let text = "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi |\n";
        let paras = paragraphs(text);
        assert_eq!(columns(&paras[0].cells), None);
    }
}
