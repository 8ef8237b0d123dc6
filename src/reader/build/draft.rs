//! What the reader gathers for each task, and the context it reads in.

use super::*;

/// What the reader gathers for one task before it becomes a `Task`.
pub(super) struct Draft {
    pub(super) id: TaskId,
    pub(super) parent: Option<TaskId>,
    pub(super) number: String,
    pub(super) title: String,
    pub(super) body: String,
    pub(super) units_text: String,
    pub(super) found: Vec<(Found, Span)>,
    pub(super) timeframe: Option<(Timeframe, String, Span, Option<String>)>,
    pub(super) span: Span,
    pub(super) guess: Option<String>,
}

impl Draft {
    /// A heading over tasks (a table's group row, an appendix): its
    /// number, its title and where it stands, nothing to do of its own.
    pub(super) fn heading(
        id: TaskId,
        parent: Option<TaskId>,
        number: String,
        title: String,
        span: Span,
    ) -> Draft {
        Draft {
            id,
            parent,
            number,
            title,
            body: String::new(),
            units_text: String::new(),
            found: Vec::new(),
            timeframe: None,
            span,
            guess: None,
        }
    }
}

/// Everything the assembly needs at hand.
pub(super) struct Ctx<'a> {
    pub(super) paras: &'a [Para],
    pub(super) outline: &'a Outline,
    pub(super) facts: Vec<Fact>,
    pub(super) names: Names,
    pub(super) drafts: Vec<Draft>,
    pub(super) used_ids: BTreeMap<String, usize>,
}

impl Ctx<'_> {
    pub(super) fn task_id(&mut self, number: &str) -> TaskId {
        let base = format!("t{}", slug(number).replace('-', "."));
        let count = self.used_ids.entry(base.clone()).or_insert(0);
        *count += 1;
        let id = if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        };
        TaskId::new(id).unwrap_or_else(|_| {
            TaskId::new(format!("t{}", self.drafts.len() + 1)).expect("a plain id")
        })
    }

    pub(super) fn para_text(&self, index: usize) -> &str {
        &self.paras[index].text
    }

    /// A field item's value: its own words after the label, and every
    /// paragraph under it.
    pub(super) fn field_value(&self, id: usize) -> (String, Vec<(usize, usize)>) {
        let item = &self.outline.items[id];
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let value_at = item.field.map_or(item.text_at, |(_, at)| at);
        if value_at < self.para_text(item.para).len() {
            parts.push((item.para, value_at));
        }
        let mut paras = Vec::new();
        for child in &item.children {
            self.outline.subtree_paras(*child, &mut paras);
        }
        paras.extend(&item.body);
        crate::domain::sort::sort(&mut paras);
        for p in paras {
            // A label's paragraph reads from its value ("a) Cơ quan chủ trì: …").
            let at = self
                .outline
                .items
                .iter()
                .find(|i| i.para == p)
                .map_or(0, |i| match i.field {
                    Some((_, value_at)) => value_at,
                    None => i.text_at,
                });
            parts.push((p, at));
        }
        let text = parts
            .iter()
            .map(|(p, at)| self.para_text(*p)[(*at).min(self.para_text(*p).len())..].trim())
            .collect::<Vec<_>>()
            .join("; ");
        (text, parts)
    }

    /// Finds roles in each part of a value, with spans.
    pub(super) fn roles_in_parts(
        &self,
        parts: &[(usize, usize)],
        role: Role,
        field_like: bool,
    ) -> Vec<(Found, Span)> {
        let mut out = Vec::new();
        for (p, at) in parts {
            let para = &self.paras[*p];
            let text = &para.text[(*at).min(para.text.len())..];
            let found = if field_like {
                assign::in_field(text, role)
            } else {
                assign::in_sentence(text)
            };
            for f in found {
                let span = para.span_of(at + f.mention.start, at + f.mention.end);
                out.push((f, span));
            }
        }
        out
    }
}
