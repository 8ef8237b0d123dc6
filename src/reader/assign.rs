//! Who does a task, in what role and mode, from the words around unit names:
//! "X chủ trì, phối hợp với Y, Z" (X leads, Y and Z coordinate), "căn cứ
//! hướng dẫn của X, Y triển khai" (X guides, Y implements), "Giao X …",
//! "Đề nghị X …" (a request, for bodies the issuer cannot order), and a
//! sentence whose subject is a unit ("Sở Tài chính thẩm định …").

use super::units::{self, List, Mention};
use crate::domain::text::fold;
use crate::domain::{Mode, Role};

/// One unit or group a text gives a role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub mention: Mention,
    pub role: Role,
    pub mode: Mode,
    /// Why the role is a guess, if it is one.
    pub guess: Option<&'static str>,
}

/// The folded words just before byte `at` of `text` (up to 40 bytes).
fn before(text: &str, at: usize) -> String {
    let mut start = at.saturating_sub(40);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    fold(&text[start..at])
        .trim_end_matches([' ', ',', ':'])
        .to_string()
}

/// The folded words just after byte `at` (up to 30 bytes).
fn after(text: &str, at: usize) -> String {
    let mut end = (at + 30).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // "Sở X (chủ trì), Sở Y": a role in parentheses after the name.
    fold(&text[at..end])
        .trim_start_matches([' ', ',', '('])
        .to_string()
}

fn request_before(folded_before: &str) -> bool {
    folded_before.ends_with("de nghi") || folded_before.ends_with("kinh de nghi")
}

/// Roles from a labelled field ("Đơn vị thực hiện: …", "Cơ quan chủ trì: …"):
/// every unit named takes `default`, unless the words around it say otherwise.
pub fn in_field(text: &str, default: Role) -> Vec<Found> {
    let mut out = Vec::new();
    // Which of `out` took `default` for want of words saying otherwise.
    let mut by_default: Vec<usize> = Vec::new();
    let mut named_lead = false;
    // An aside in parentheses explains; it names no one to do the task.
    let inside = |at: usize| text[..at].matches('(').count() > text[..at].matches(')').count();
    for list in units::lists(text) {
        if inside(list.start) {
            continue;
        }
        let lead_after = after(text, list.end).starts_with("chu tri");
        let prev = before(text, list.start);
        let coordinate = prev.ends_with("phoi hop voi")
            || prev.ends_with("phoi hop cung")
            || prev.ends_with("phoi hop");
        let guide = prev.ends_with("huong dan cua") || prev.ends_with("chi dao cua");
        let of = prev.ends_with(" cua") || prev == "cua";
        let mode = if request_before(&prev) {
            Mode::Request
        } else {
            Mode::Assign
        };
        for (index, mention) in list.mentions.iter().enumerate() {
            let role = if lead_after {
                Role::Lead
            } else if coordinate {
                Role::Coordinate
            } else if guide && index == 0 {
                Role::Guide
            } else if of && index == 0 {
                continue;
            } else {
                by_default.push(out.len());
                default
            };
            named_lead |= lead_after;
            out.push(Found {
                mention: mention.clone(),
                role,
                mode,
                guess: None,
            });
        }
    }
    // A lead's field or column naming its lead, "Sở A (chủ trì); Sở B, các
    // sở": the others coordinate (in a field of those who carry the task
    // out, "Đơn vị thực hiện", they carry it out).
    if named_lead && default == Role::Lead {
        for index in by_default {
            out[index].role = Role::Coordinate;
        }
    }
    out
}

/// Openings that may stand before a sentence's subject ("Trên cơ sở đề nghị
/// của …, Sở Tài chính …").
const OPENINGS: &[&str] = &[
    "de ",
    "can cu",
    "tren co so",
    "sau khi",
    "trong ",
    "thuc hien",
    "theo ",
    "truoc ",
    "tu ",
    "nham ",
    "doi voi",
    "khi ",
    "giao ",
    "de nghi ",
    "dong thoi",
];

/// Roles in running text: units before "chủ trì", after "phối hợp với", after
/// "Giao"/"Đề nghị", and a sentence's subject.
pub fn in_sentence(text: &str) -> Vec<Found> {
    let all = units::lists(text);
    let mut out: Vec<Found> = Vec::new();
    let mut have_lead = false;
    for (list_index, list) in all.iter().enumerate() {
        let prev = before(text, list.start);
        let next = after(text, list.end);
        let mode = if request_before(&prev) {
            Mode::Request
        } else {
            Mode::Assign
        };
        let of = prev.ends_with(" cua")
            || prev.ends_with("bao cao")
            || prev.ends_with("trinh")
            || prev.ends_with(" gui");
        // "Trên cơ sở đề nghị của Sở A và Sở B, Sở C thẩm định": the
        // opening's bodies, joined by "và", end at the comma; those after
        // it are the sentence's subject.
        if of && !have_lead {
            if let Some(subject) = subject_after_opening(text, list) {
                for mention in &list.mentions[subject..] {
                    out.push(Found {
                        mention: mention.clone(),
                        role: Role::Lead,
                        mode,
                        guess: Some("chủ ngữ của câu: đơn vị đứng đầu câu được coi là chủ trì"),
                    });
                }
                have_lead = true;
                continue;
            }
        }
        let skip_first = of && list.mentions.len() > 1;
        let mentions: Vec<&Mention> = list.mentions.iter().skip(usize::from(skip_first)).collect();
        let push = |out: &mut Vec<Found>, role, guess| {
            for mention in &mentions {
                out.push(Found {
                    mention: (*mention).clone(),
                    role,
                    mode,
                    guess,
                });
            }
        };
        if next.starts_with("chu tri") && (!of || skip_first) {
            push(&mut out, Role::Lead, None);
            have_lead = true;
        } else if prev.ends_with("phoi hop voi") || prev.ends_with("phoi hop cung") {
            if have_lead || out.iter().any(|f| f.role == Role::Lead) {
                push(&mut out, Role::Coordinate, None);
            }
        } else if (prev.ends_with("giao") || prev.ends_with("giao cho") || request_before(&prev))
            && !of
        {
            push(&mut out, Role::Lead, None);
            have_lead = true;
        } else if !have_lead && is_subject(text, list, list_index, &all) {
            push(
                &mut out,
                Role::Lead,
                Some("chủ ngữ của câu: đơn vị đứng đầu câu được coi là chủ trì"),
            );
            have_lead = true;
        }
    }
    out
}

/// In a list that runs from an opening clause into the sentence ("Trên cơ
/// sở đề nghị của Sở A và Sở B, Sở C thẩm định …"): the index of the first
/// mention after the comma that closes the opening's "A và B", when a verb
/// follows the list.
fn subject_after_opening(text: &str, list: &List) -> Option<usize> {
    let (_, lead_in) = lead_in(text, list.start);
    if !OPENINGS.iter().any(|o| lead_in.starts_with(o)) || !verb_follows(text, list.end) {
        return None;
    }
    let gap = |k: usize| fold(&text[list.mentions[k - 1].end..list.mentions[k].start]);
    let joined = (1..list.mentions.len()).position(|k| gap(k).trim() == "va")?;
    (joined + 2..list.mentions.len()).find(|&k| gap(k).trim() == ",")
}

/// Where the sentence holding byte `at` starts, and its words before `at`, folded.
fn lead_in(text: &str, at: usize) -> (usize, String) {
    let head = &text[..at];
    let sentence_start = head.rfind(['.', ';', ':', '\n']).map_or(0, |i| i + 1);
    (sentence_start, fold(head[sentence_start..].trim()))
}

/// Whether more words (a verb) follow byte `at`.
fn verb_follows(text: &str, at: usize) -> bool {
    text[at..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Whether a list is the subject of its sentence: at the start of the text or
/// of a sentence, or after an opening clause and its comma, and followed by
/// more words (a verb).
fn is_subject(text: &str, list: &List, index: usize, all: &[List]) -> bool {
    let (sentence_start, lead_in) = lead_in(text, list.start);
    let at_start = lead_in.is_empty() || lead_in == "-" || lead_in == "+";
    let after_opening = !lead_in.is_empty()
        && text[..list.start].trim_end().ends_with(',')
        && OPENINGS.iter().any(|o| lead_in.starts_with(o))
        && all[..index]
            .iter()
            .all(|l| l.end <= sentence_start || l.end < list.start);
    (at_start || after_opening) && verb_follows(text, list.end)
}

/// A heading that is a unit's name alone ("a) Tổ đảng ở Thường trực Ủy ban
/// KH,CN&MT", "1.1. Ủy ban nhân dân Thành phố:"): the unit of a unit-first block.
pub fn heading_unit(text: &str) -> Option<Mention> {
    let trimmed = text.trim().trim_end_matches([':', '.', ' ']);
    let lists = units::lists(trimmed);
    let first = lists.first()?;
    let rest = fold(trimmed[first.end..].trim());
    let rest_ok = rest.is_empty()
        || rest.starts_with("(")
        || rest.split_whitespace().count() <= 4 && !rest.contains(' ');
    (first.start <= 4 && first.mentions.len() == 1 && rest_ok).then(|| first.mentions[0].clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(found: &[Found]) -> Vec<(String, Role)> {
        found
            .iter()
            .map(|f| (f.mention.name.clone(), f.role))
            .collect()
    }

    #[test]
    fn once_the_lead_is_named_the_others_coordinate() {
        let found = in_field(
            "Sở Tư pháp (chủ trì); Văn phòng UBND tỉnh, các sở, ngành",
            Role::Lead,
        );
        assert_eq!(
            roles(&found),
            [
                ("Sở Tư pháp".to_string(), Role::Lead),
                ("Văn phòng UBND tỉnh".into(), Role::Coordinate),
                ("các sở, ngành".into(), Role::Coordinate)
            ]
        );
        // With no lead named, every unit of a lead field leads.
        let found = in_field("Bộ Xây dựng, Bộ Tài nguyên và Môi trường", Role::Lead);
        assert!(found.iter().all(|f| f.role == Role::Lead));
    }

    #[test]
    fn the_subject_after_an_opening_that_names_other_bodies() {
        let found = in_sentence(
            "Trên cơ sở đề nghị của Sở Xây dựng và Sở Lao động - Thương binh và Xã hội, Sở Tài chính thẩm định và xác định nguồn kinh phí.",
        );
        assert_eq!(roles(&found), [("Sở Tài chính".to_string(), Role::Lead)]);
        // A list of proposers alone names no subject.
        let found = in_sentence(
            "Trên cơ sở đề nghị của Sở Xây dựng, Sở Tài chính, Ủy ban nhân dân tỉnh quyết định.",
        );
        assert!(
            found.iter().all(|f| f.mention.name != "Sở Xây dựng"),
            "{found:?}"
        );
    }

    #[test]
    fn a_field_with_a_lead_and_coordinators() {
        let found = in_field(
            "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Thông tin và Truyền thông, các sở, ban, ngành liên quan.",
            Role::Implement,
        );
        assert_eq!(
            roles(&found),
            [
                ("Sở Văn hóa, Thể thao và Du lịch".to_string(), Role::Lead),
                ("Sở Thông tin và Truyền thông".into(), Role::Coordinate),
                ("các sở, ban, ngành liên quan".into(), Role::Coordinate)
            ]
        );
    }

    #[test]
    fn a_role_in_parentheses_after_a_name() {
        let found = in_field(
            "Sở Tư pháp (chủ trì); Sở Nội vụ, Văn phòng UBND tỉnh",
            Role::Implement,
        );
        assert_eq!(
            roles(&found),
            [
                ("Sở Tư pháp".to_string(), Role::Lead),
                ("Sở Nội vụ".into(), Role::Implement),
                ("Văn phòng UBND tỉnh".into(), Role::Implement)
            ]
        );
    }

    #[test]
    fn a_guide_and_implementers() {
        let found = in_field(
            "căn cứ hướng dẫn của Ban Tuyên giáo Tỉnh ủy, các sở, ban, ngành, UBND các huyện, thành phố triển khai thực hiện.",
            Role::Implement,
        );
        assert_eq!(
            roles(&found),
            [
                ("Ban Tuyên giáo Tỉnh ủy".to_string(), Role::Guide),
                ("các sở, ban, ngành".into(), Role::Implement),
                ("UBND các huyện, thành phố".into(), Role::Implement)
            ]
        );
    }

    #[test]
    fn a_sentence_s_subject_and_its_partners() {
        let found = in_sentence("Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Sở Tài chính lập Đề án.");
        assert_eq!(
            roles(&found),
            [
                ("Sở Xây dựng".to_string(), Role::Lead),
                (
                    "Sở Lao động - Thương binh và Xã hội".into(),
                    Role::Coordinate
                ),
                ("Sở Tài chính".into(), Role::Coordinate)
            ]
        );
        let subject = in_sentence("Ủy ban nhân dân quận, huyện chỉ đạo Phòng Lao động rà soát.");
        assert_eq!(subject[0].mention.name, "Ủy ban nhân dân quận, huyện");
        assert!(subject[0].guess.is_some());
        let request =
            in_sentence("Đề nghị Ban Tuyên giáo Tỉnh ủy hướng dẫn công tác tuyên truyền.");
        assert_eq!(request[0].mode, Mode::Request);
        assert_eq!(in_sentence("Báo cáo UBND tỉnh kết quả thực hiện."), []);
    }

    #[test]
    fn headings_that_name_a_unit() {
        assert_eq!(
            heading_unit("Tổ đảng ở Thường trực Ủy ban KH,CN&MT").map(|m| m.name),
            Some("Tổ đảng ở Thường trực Ủy ban KH,CN&MT".to_string())
        );
        assert_eq!(
            heading_unit("Ủy ban nhân dân Thành phố:").map(|m| m.name),
            Some("Ủy ban nhân dân Thành phố".into())
        );
        assert_eq!(
            heading_unit("Tăng cường nguồn lực cho công tác thông tin đối ngoại"),
            None
        );
    }
}
