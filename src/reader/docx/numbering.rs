//! Word's automatic numbering: numbering.xml's definitions, the paragraph
//! styles that number, and the counters that give each paragraph its label.

use super::*;

/// One level of a numbering definition.
#[derive(Clone, Debug, Default)]
pub(super) struct Level {
    pub(super) start: u32,
    pub(super) format: String,
    pub(super) text: String,
}

/// numbering.xml: abstract definitions, and the numbering instances using
/// them; and the paragraph styles that number their paragraphs (styles.xml:
/// "List Number", headings), each with the style it is based on.
#[derive(Clone, Debug, Default)]
pub(super) struct Numbering {
    pub(super) abstracts: BTreeMap<String, BTreeMap<usize, Level>>,
    pub(super) nums: BTreeMap<String, (String, BTreeMap<usize, u32>)>,
    pub(super) styles: BTreeMap<String, StyleNumbering>,
}

/// A paragraph style's numbering, and the style it is based on.
#[derive(Clone, Debug, Default)]
pub(super) struct StyleNumbering {
    pub(super) num: Option<String>,
    pub(super) ilvl: Option<usize>,
    pub(super) based_on: Option<String>,
}

impl Numbering {
    pub(super) fn read(xml: &[u8]) -> Result<Numbering, DocxError> {
        let xml = std::str::from_utf8(xml).map_err(|_| DocxError::Damaged("numbering.xml"))?;
        let mut reader = Reader::from_str(xml);
        let mut out = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<usize> = None;
        let mut override_level: Option<usize> = None;
        loop {
            let event = reader
                .read_event()
                .map_err(|_| DocxError::Damaged("numbering.xml"))?;
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let val = || attr(&e, b"w:val");
                    match local(e.name().as_ref()) {
                        b"abstractNum" => abstract_id = attr(&e, b"w:abstractNumId"),
                        b"num" => num_id = attr(&e, b"w:numId"),
                        b"lvl" => level = attr(&e, b"w:ilvl").and_then(|v| v.parse().ok()),
                        b"lvlOverride" => {
                            override_level = attr(&e, b"w:ilvl").and_then(|v| v.parse().ok())
                        }
                        b"start" | b"numFmt" | b"lvlText" => {
                            if let (Some(a), Some(l)) = (&abstract_id, level) {
                                let entry = out
                                    .abstracts
                                    .entry(a.clone())
                                    .or_default()
                                    .entry(l)
                                    .or_default();
                                match local(e.name().as_ref()) {
                                    b"start" => {
                                        entry.start =
                                            val().and_then(|v| v.parse().ok()).unwrap_or(1)
                                    }
                                    b"numFmt" => entry.format = val().unwrap_or_default(),
                                    _ => entry.text = val().unwrap_or_default(),
                                }
                            }
                        }
                        b"abstractNumId" => {
                            if let (Some(n), Some(v)) = (&num_id, val()) {
                                out.nums.entry(n.clone()).or_default().0 = v;
                            }
                        }
                        b"startOverride" => {
                            if let (Some(n), Some(l), Some(v)) =
                                (&num_id, override_level, val().and_then(|v| v.parse().ok()))
                            {
                                out.nums.entry(n.clone()).or_default().1.insert(l, v);
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(e) => match local(e.name().as_ref()) {
                    b"abstractNum" => abstract_id = None,
                    b"num" => num_id = None,
                    b"lvl" => level = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(out)
    }

    pub(super) fn read_styles(&mut self, xml: &[u8]) -> Result<(), DocxError> {
        let xml = std::str::from_utf8(xml).map_err(|_| DocxError::Damaged("styles.xml"))?;
        let mut reader = Reader::from_str(xml);
        let mut style: Option<String> = None;
        loop {
            match reader
                .read_event()
                .map_err(|_| DocxError::Damaged("styles.xml"))?
            {
                Event::Start(e) | Event::Empty(e) => {
                    let name = local(e.name().as_ref()).to_vec();
                    if name == b"style" {
                        style = attr(&e, b"w:styleId");
                        continue;
                    }
                    let Some(id) = &style else { continue };
                    let entry = self.styles.entry(id.clone()).or_default();
                    match name.as_slice() {
                        b"numId" => entry.num = attr(&e, b"w:val"),
                        b"ilvl" => entry.ilvl = attr(&e, b"w:val").and_then(|v| v.parse().ok()),
                        b"basedOn" => entry.based_on = attr(&e, b"w:val"),
                        _ => {}
                    }
                }
                Event::End(e) if local(e.name().as_ref()) == b"style" => style = None,
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    /// The numbering a paragraph style gives, following what it is based on.
    pub(super) fn of_style(&self, style: &str) -> Option<(String, usize)> {
        let mut at = style;
        for _ in 0..8 {
            let entry = self.styles.get(at)?;
            if let Some(num) = &entry.num {
                return (num != "0").then(|| (num.clone(), entry.ilvl.unwrap_or(0)));
            }
            at = entry.based_on.as_deref()?;
        }
        None
    }

    pub(super) fn level(&self, num: &str, ilvl: usize) -> Option<&Level> {
        let (abstract_id, _) = self.nums.get(num)?;
        self.abstracts.get(abstract_id)?.get(&ilvl)
    }
}

/// Counters of the numbering instances met so far.
#[derive(Default)]
pub(super) struct Counters {
    pub(super) counts: BTreeMap<String, Vec<u32>>,
}

pub(super) fn roman(mut n: u32) -> String {
    let table = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, letters) in table {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

pub(super) fn letter(n: u32) -> String {
    let letters = "abcdefghijklmnopqrstuvwxyz";
    let index = (n.max(1) - 1) as usize % 26;
    letters[index..index + 1].to_string()
}

pub(super) fn format_count(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letter(n),
        "upperLetter" => letter(n).to_uppercase(),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        _ => n.to_string(),
    }
}

impl Counters {
    /// The label of the next paragraph numbered `num` at level `ilvl`.
    pub(super) fn next(&mut self, numbering: &Numbering, num: &str, ilvl: usize) -> Option<String> {
        let level = numbering.level(num, ilvl)?;
        if level.format == "none" {
            return None;
        }
        if level.format == "bullet" {
            return Some("-".into());
        }
        let overrides = numbering.nums.get(num).map(|n| &n.1);
        let start_of = |l: usize| {
            overrides
                .and_then(|o| o.get(&l).copied())
                .or_else(|| numbering.level(num, l).map(|x| x.start))
                .unwrap_or(1)
        };
        let counts = self.counts.entry(num.to_string()).or_default();
        while counts.len() <= ilvl {
            let l = counts.len();
            counts.push(start_of(l).saturating_sub(1));
        }
        counts[ilvl] += 1;
        for (deeper, count) in counts.iter_mut().enumerate().skip(ilvl + 1) {
            *count = start_of(deeper).saturating_sub(1);
        }
        let mut label = level.text.clone();
        for l in (0..=ilvl).rev() {
            let format = numbering
                .level(num, l)
                .map_or("decimal", |x| x.format.as_str());
            let value = counts
                .get(l)
                .copied()
                .unwrap_or(1)
                .max(if l < ilvl { 1 } else { 0 });
            label = label.replace(&format!("%{}", l + 1), &format_count(value, format));
        }
        Some(label)
    }
}
