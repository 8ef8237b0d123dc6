//! The body's outline: items nested by their numbering, field labels kept
//! apart from items, table rows kept together, and each item classed by its
//! heading (task-bearing, aims and targets, budget, Tổ chức thực hiện).

use super::marker::{self, Field, Kind, Marker};
use super::source::Para;
use crate::domain::text::fold;

/// What a part of the document is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Nhiệm vụ, Nội dung, Giải pháp, Phân công nhiệm vụ: tasks.
    Tasks,
    /// Mục đích, Yêu cầu, Quan điểm, Mục tiêu, criteria: no tasks.
    Aims,
    /// Kinh phí.
    Budget,
    /// Tổ chức thực hiện.
    Organisation,
    /// Nothing said yet.
    Unknown,
}

/// One numbered or bulleted item, a field label, or a table.
#[derive(Clone, Debug)]
pub struct Item {
    pub marker: Option<Marker>,
    /// The paragraph the item starts at.
    pub para: usize,
    /// Where the item's own words start in that paragraph (after the marker).
    pub text_at: usize,
    /// A field label ("Đơn vị chủ trì: …"): its field and where its value starts.
    pub field: Option<(Field, usize)>,
    /// Paragraphs of running text under the item.
    pub body: Vec<usize>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Table rows (paragraph indices) that stand under this item.
    pub rows: Vec<usize>,
    /// The class the item's own heading gives, if any.
    pub own_class: Option<Class>,
    /// The class in force for the item (its own, or its parent's).
    pub class: Class,
    /// For a label after bullets: how many items its owner had above it (a
    /// label block closes the bullets since the last one).
    pub block: usize,
}

/// The body's items; item 0 is the document itself.
#[derive(Clone, Debug)]
pub struct Outline {
    pub items: Vec<Item>,
}

/// Whether a paragraph heads a section ("II. NỘI DUNG", "B. NHIỆM VỤ").
pub fn is_section_heading(text: &str) -> bool {
    marker::parse(text)
        .is_some_and(|m| matches!(m.kind, Kind::Roman | Kind::Part) && text.len() > m.len)
}

/// Words that start an aims section's heading.
const AIMS: &[&str] = &[
    "muc dich",
    "yeu cau",
    "quan diem",
    "muc tieu",
    "chi tieu",
    "doi tuong",
    "xac dinh doi tuong",
    "pham vi",
    "nguyen tac",
    "tieu chi",
    "dieu kien",
    "can cu",
    "su can thiet",
    "thuc trang",
    "ket qua dat duoc",
    "tinh hinh",
    "dinh huong",
    "boi canh",
    "cac van de can luu y",
];

/// Words that start a task section's heading.
const TASKS: &[&str] = &[
    "nhiem vu",
    "noi dung",
    "giai phap",
    "phan cong",
    "hoat dong",
    "lo trinh",
    "trinh tu",
    "danh muc",
    "cac chuong trinh",
    "cac de an",
];

/// The class a heading's words give.
pub fn classify(title: &str, top: bool) -> Option<Class> {
    if !top {
        // Below the top a heading's first words give its class: a paragraph
        // that starts otherwise (a task written out) is not folded whole.
        let head = title
            .char_indices()
            .nth(64)
            .map_or(title, |(at, _)| &title[..at]);
        let head = fold(head);
        let head = head.trim_start();
        let firsts = ["to chuc thuc hien", "kinh phi"];
        if !firsts
            .iter()
            .chain(AIMS)
            .chain(TASKS)
            .any(|w| head.starts_with(w))
        {
            return None;
        }
    }
    let folded = fold(title);
    let f = folded.trim().trim_end_matches([':', '.']);
    let starts = |p: &str| f.starts_with(p);
    let has = |p: &str| f.contains(p);
    if starts("to chuc thuc hien") || top && has("to chuc thuc hien") && !has("nhiem vu") {
        return Some(Class::Organisation);
    }
    if starts("kinh phi") || top && starts("nguon kinh phi") {
        return Some(Class::Budget);
    }
    if top {
        if TASKS.iter().any(|t| has(t)) {
            return Some(Class::Tasks);
        }
        if AIMS.iter().any(|a| has(a)) {
            return Some(Class::Aims);
        }
        return None;
    }
    if f.chars().count() < 140
        && (AIMS.iter().any(|a| starts(a)) && !starts("yeu cau cac") || f == "yeu cau")
    {
        return Some(Class::Aims);
    }
    if f.chars().count() < 80 && TASKS.iter().any(|t| starts(t)) {
        return Some(Class::Tasks);
    }
    None
}

/// Whether marker `new` continues the run of `old` (siblings).
fn same_kind(old: Kind, new: Kind) -> bool {
    old == new
}

impl Outline {
    /// Builds the outline of `paras[from..to]`.
    pub fn build(paras: &[Para], from: usize, to: usize) -> Outline {
        let root = Item {
            marker: None,
            para: from,
            text_at: 0,
            field: None,
            body: Vec::new(),
            children: Vec::new(),
            parent: None,
            rows: Vec::new(),
            own_class: None,
            class: Class::Unknown,
            block: 0,
        };
        let mut items = vec![root];
        let mut stack: Vec<usize> = vec![0];
        for (index, para) in paras.iter().enumerate().take(to).skip(from) {
            let top = *stack.last().unwrap_or(&0);
            if para.is_row() {
                items[top].rows.push(index);
                continue;
            }
            let found = marker::parse(&para.text);
            let text_at = found.as_ref().map_or(0, |m| m.len);
            let rest = &para.text[text_at.min(para.text.len())..];
            let label = marker::label(rest);
            match found {
                None => {
                    if let Some((field, len)) = label {
                        let value_empty = len >= rest.len();
                        let item = Item {
                            marker: None,
                            para: index,
                            text_at,
                            field: Some((field, text_at + len)),
                            body: Vec::new(),
                            children: Vec::new(),
                            parent: Some(owner(&items, top)),
                            rows: Vec::new(),
                            own_class: None,
                            class: Class::Unknown,
                            block: 0,
                        };
                        // A label under a label that holds values ("Cơ quan chủ trì:") closes it.
                        if items[top].field.is_some() && items[top].marker.is_none() {
                            stack.pop();
                        }
                        // A label after a bullet belongs to the bullet's item.
                        while stack.len() > 1 {
                            let last = stack[stack.len() - 1];
                            let bullet = items[last]
                                .marker
                                .as_ref()
                                .is_some_and(|m| m.kind.is_bullet());
                            if bullet && items[last].field.is_none() {
                                stack.pop();
                            } else {
                                break;
                            }
                        }
                        let parent = owner(&items, *stack.last().unwrap_or(&0));
                        let id = items.len();
                        let block = items[parent]
                            .children
                            .iter()
                            .filter(|c| items[**c].field.is_none())
                            .count();
                        items.push(Item {
                            parent: Some(parent),
                            block,
                            ..item
                        });
                        items[parent].children.push(id);
                        if value_empty {
                            stack.push(id);
                        }
                    } else {
                        items[top].body.push(index);
                    }
                }
                Some(m) => {
                    if m.kind == Kind::Appendix {
                        stack.truncate(1);
                    } else if let Some(at) = stack.iter().rposition(|&i| {
                        items[i]
                            .marker
                            .as_ref()
                            .is_some_and(|old| same_kind(old.kind, m.kind))
                    }) {
                        stack.truncate(at);
                    } else if m.kind == Kind::Roman || m.kind == Kind::Part {
                        // A Roman heading never nests under a number or a bullet.
                        let keep = stack
                            .iter()
                            .rposition(|&i| {
                                items[i].marker.as_ref().is_some_and(|old| {
                                    old.kind == Kind::Part || old.kind == Kind::Appendix
                                })
                            })
                            .map_or(1, |at| at + 1);
                        if m.kind == Kind::Part {
                            stack.truncate(1);
                        } else {
                            stack.truncate(keep);
                        }
                    } else {
                        // Labels that hold values end at the next numbered item.
                        while stack.len() > 1 {
                            let last = stack[stack.len() - 1];
                            let is_value_holder = items[last].field.is_some();
                            if is_value_holder && !m.kind.is_bullet() && m.kind != Kind::Letter {
                                stack.pop();
                            } else {
                                break;
                            }
                        }
                    }
                    let parent = *stack.last().unwrap_or(&0);
                    let id = items.len();
                    let field = label.map(|(f, len)| (f, text_at + len));
                    items.push(Item {
                        marker: Some(m),
                        para: index,
                        text_at,
                        field,
                        body: Vec::new(),
                        children: Vec::new(),
                        parent: Some(parent),
                        rows: Vec::new(),
                        own_class: None,
                        class: Class::Unknown,
                        block: 0,
                    });
                    items[parent].children.push(id);
                    stack.push(id);
                }
            }
        }
        let mut outline = Outline { items };
        outline.class_all(paras);
        outline
    }

    fn class_all(&mut self, paras: &[Para]) {
        for id in 1..self.items.len() {
            let item = &self.items[id];
            let parent = item.parent.unwrap_or(0);
            let parent_class = self.items[parent].class;
            let top = item
                .marker
                .as_ref()
                .is_some_and(|m| matches!(m.kind, Kind::Roman | Kind::Part | Kind::Appendix))
                || parent_class == Class::Unknown;
            let own = if item.field.is_some()
                || item.marker.as_ref().is_some_and(|m| m.kind.is_bullet())
            {
                None
            } else {
                let title = &paras[item.para].text[item.text_at.min(paras[item.para].text.len())..];
                classify(title, top)
            };
            // Below a task section only aims and budget change the class
            // ("1. Xác định đối tượng…" under "II. NỘI DUNG THỰC HIỆN").
            let own = match (parent_class, own) {
                (Class::Tasks, Some(Class::Organisation)) if !top => None,
                (_, own) => own,
            };
            let item = &mut self.items[id];
            item.own_class = own;
            item.class = own.unwrap_or(parent_class);
        }
    }

    /// The item's own words (after its marker).
    pub fn title<'a>(&self, paras: &'a [Para], id: usize) -> &'a str {
        let item = &self.items[id];
        let text = &paras[item.para].text;
        &text[item.text_at.min(text.len())..]
    }

    /// Items that are not field labels, under `id`.
    pub fn item_children(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        self.items[id]
            .children
            .iter()
            .copied()
            .filter(|c| self.items[*c].field.is_none())
    }

    /// Field labels directly under `id`.
    pub fn fields(&self, id: usize) -> impl Iterator<Item = usize> + '_ {
        self.items[id]
            .children
            .iter()
            .copied()
            .filter(|c| self.items[*c].field.is_some())
    }

    /// All paragraphs of an item's subtree, in order, the item's own first.
    pub fn subtree_paras(&self, id: usize, out: &mut Vec<usize>) {
        let item = &self.items[id];
        if id != 0 {
            out.push(item.para);
        }
        out.extend(&item.body);
        for child in &item.children {
            self.subtree_paras(*child, out);
        }
        crate::domain::sort::sort(out);
    }
}

/// The item a label belongs to: the nearest item that is not itself a label
/// holding values.
fn owner(items: &[Item], top: usize) -> usize {
    let mut at = top;
    while items[at].field.is_some() {
        match items[at].parent {
            Some(parent) => at = parent,
            None => break,
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::source::paragraphs;

    #[test]
    fn numbering_nests_and_labels_are_fields() {
        let text = "II. NỘI DUNG THỰC HIỆN\n\n1. Tổ chức quán triệt\n\nNội dung chi tiết.\n\n- Đơn vị thực hiện: các sở.\n\n- Thời gian thực hiện: thường xuyên.\n\n3. Đổi mới\n\n3.1. Tích cực đổi mới\n\n3.2. Đẩy mạnh\n\nIII. KINH PHÍ THỰC HIỆN\n\nNgân sách.";
        let paras = paragraphs(text);
        let outline = Outline::build(&paras, 0, paras.len());
        let items = &outline.items;
        let section = items[0].children[0];
        assert_eq!(items[section].class, Class::Tasks);
        let tasks: Vec<usize> = outline.item_children(section).collect();
        assert_eq!(tasks.len(), 2);
        assert_eq!(outline.fields(tasks[0]).count(), 2);
        assert_eq!(items[tasks[0]].body.len(), 1);
        assert_eq!(outline.item_children(tasks[1]).count(), 2);
        let budget = items[0].children[1];
        assert_eq!(items[budget].class, Class::Budget);
    }

    #[test]
    fn headings_class_their_sections() {
        assert_eq!(classify("MỤC ĐÍCH, YÊU CẦU", true), Some(Class::Aims));
        assert_eq!(classify("NHIỆM VỤ, GIẢI PHÁP", true), Some(Class::Tasks));
        assert_eq!(
            classify("TỔ CHỨC THỰC HIỆN", true),
            Some(Class::Organisation)
        );
        assert_eq!(
            classify(
                "NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TỪ NAY ĐẾN NĂM 2020",
                true
            ),
            Some(Class::Tasks)
        );
        assert_eq!(
            classify("Xác định đối tượng được hỗ trợ về nhà ở", false),
            Some(Class::Aims)
        );
        assert_eq!(classify("Tổ chức quán triệt, tuyên truyền", false), None);
    }
}
