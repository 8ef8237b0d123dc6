//! A board card as markup: a column's cards are one string the browser
//! parses at once, then patched card by card (see [`patch_column`]); every
//! text from a plan or a report is escaped by `format::html`.

use crate::browser;
use crate::domain::board::{self, Card, Edit};
use crate::domain::{EntryKey, Role, Status, UnitId};
use crate::format::html::push_escaped;
use crate::format::Language;
use crate::ui::board::card::reset_card;
use crate::ui::i18n::{self, Key};
use crate::ui::widgets::names::{self, entry_id, CARD_ANY as CARD};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

fn role_badge(role: Role) -> &'static str {
    match role {
        Role::Lead => "badge badge--lead",
        Role::Coordinate => "badge badge--coordinate",
        Role::Implement => "badge badge--implement",
        Role::Guide => "badge",
    }
}

/// A column's cards as markup, set as the column's `innerHTML`: the browser
/// parses it in one go instead of thousands of element calls from wasm. A
/// card's own (unit's) cards can move; the others are locked.
pub fn column_html(cards: &[Arc<Card>], mine: Option<&UnitId>, language: Language) -> String {
    let mut out = String::with_capacity(cards.len() * 900);
    for card in cards {
        push_card(&mut out, card, mine == Some(&card.key.unit), language);
    }
    out
}

/// Elements of cards a column removed, by entry, with the card they show:
/// a card that comes back unchanged (a search cleared) is put back, not
/// parsed again.
pub type Detached = BTreeMap<EntryKey, (Arc<Card>, web_sys::Element)>;

/// Makes `column` show `next` instead of `shown`: only the cards that came
/// in new are parsed (consecutive ones as one string), removed ones are kept
/// aside in `detached` and put back if they return unchanged; a column built
/// for the first time, or changed too much, is set whole.
pub fn patch_column(
    column: &web_sys::Element,
    shown: &[Arc<Card>],
    next: &[Arc<Card>],
    mine: Option<&UnitId>,
    language: Language,
    detached: &mut Detached,
) {
    let nodes = browser::dom::children(column);
    let comes_back = |card: &Card| {
        detached
            .get(&card.key)
            .is_some_and(|(kept, _)| **kept == *card)
    };
    // Patched only when the column holds exactly the cards it was given.
    let edits = (nodes.len() == shown.len())
        .then(|| board::column_edits(shown, next, comes_back))
        .flatten();
    let Some(edits) = edits else {
        detached.clear();
        column.set_inner_html(&column_html(next, mine, language));
        keep_one_tab_stop(column);
        return;
    };
    let mut at = 0;
    let mut incoming = String::new();
    for edit in edits {
        if let Edit::Insert(i) = edit {
            let card = &next[i];
            match detached.remove(&card.key) {
                Some((kept, element)) if kept == *card => {
                    put_html(column, nodes.get(at), &mut incoming);
                    reset_card(&element);
                    browser::dom::insert_before(column, &element, nodes.get(at));
                }
                _ => push_card(&mut incoming, card, mine == Some(&card.key.unit), language),
            }
            continue;
        }
        put_html(column, nodes.get(at), &mut incoming);
        if let (Edit::Remove, Some(node)) = (edit, nodes.get(at)) {
            node.remove();
            detached.insert(
                shown[at].key.clone(),
                (Arc::clone(&shown[at]), node.clone()),
            );
        }
        at += 1;
    }
    put_html(column, None, &mut incoming);
    keep_one_tab_stop(column);
}

/// Parses the cards gathered in `html` before `before` (or at the end).
fn put_html(column: &web_sys::Element, before: Option<&web_sys::Element>, html: &mut String) {
    if html.is_empty() {
        return;
    }
    match before {
        Some(before) => browser::dom::insert_html_before(before, html),
        None => browser::dom::append_html(column, html),
    }
    html.clear();
}

/// One card: the same markup a component would build, with every text that
/// came from a plan or a report escaped (`format::html`).
fn push_card(out: &mut String, card: &Card, editable: bool, language: Language) {
    let t = |key: Key| i18n::t(language, key);
    let status = card.status.slug();
    out.push_str("<div class=\"card card--");
    out.push_str(status);
    for (on, name) in [
        (!editable, names::CARD_LOCKED),
        (card.report_overdue, "card--overdue"),
        (card.obstacle, "card--obstacle"),
    ] {
        if on {
            out.push(' ');
            out.push_str(name);
        }
    }
    // Out of the tab order but for one card a column (`keep_one_tab_stop`).
    out.push_str("\" role=\"listitem\" tabindex=\"-1\" data-testid=\"card\" ");
    out.push_str(names::CARD);
    out.push_str("=\"");
    push_escaped(out, &entry_id(&card.key));
    out.push_str("\" ");
    out.push_str(names::STATUS);
    out.push_str("=\"");
    out.push_str(status);
    out.push_str("\" aria-label=\"");
    for (at, part) in [
        card.number.as_str(),
        " ",
        &card.title,
        " — ",
        &card.unit_short,
        " — ",
        t(i18n::status(card.status)),
    ]
    .into_iter()
    .enumerate()
    {
        if at % 2 == 0 {
            push_escaped(out, part);
        } else {
            out.push_str(part);
        }
    }
    if !editable {
        out.push_str("\" title=\"");
        push_escaped(out, t(Key::ReadOnlyCard));
        out.push(' ');
        push_escaped(out, &card.unit_name);
    }
    out.push_str("\"><div class=\"card__top\">");
    push_span(out, "card__number", &card.number);
    push_span(out, "card__unit", &card.unit_short);
    push_span(out, role_badge(card.role), t(i18n::role(card.role)));
    if editable {
        out.push_str("<span class=\"card__handle\" aria-hidden=\"true\">⠿</span>");
    }
    out.push_str("</div><p class=\"card__title\">");
    push_escaped(out, &card.title);
    out.push_str("</p><div class=\"card__facts\">");
    if let Some(p) = card.progress {
        let _ = write!(
            out,
            "<span class=\"card__progress\"><span class=\"meter meter--small\"><span class=\"meter__fill\" style=\"width: {p}%\"></span></span> {p}%</span>"
        );
    }
    if card.evidence > 0 {
        let text = format!("{} {}", card.evidence, t(Key::CardEvidence));
        push_span(out, "card__fact", &text);
    }
    if card.obstacle {
        push_span(out, "card__fact card__fact--obstacle", t(Key::CardObstacle));
    }
    if card.no_result {
        push_span(
            out,
            "card__fact card__fact--no-result",
            t(Key::CardNoResult),
        );
    }
    if card.report_overdue {
        out.push_str(
            "<span class=\"card__fact card__fact--overdue\" data-testid=\"card-overdue\">",
        );
        push_escaped(out, t(Key::CardOverdue));
        out.push_str("</span>");
    }
    if let Some(state) = card.deadline {
        push_span(out, "card__fact", t(i18n::deadline(state)));
    }
    if card.sample {
        push_span(out, "card__fact card__fact--sample", t(Key::CardSample));
    }
    out.push_str("</div>");
    if editable {
        let _ = write!(
            out,
            "<div class=\"{}\"><button type=\"button\" class=\"{}\" tabindex=\"-1\" aria-haspopup=\"menu\" aria-expanded=\"false\" data-testid=\"move-menu\">",
            names::CARD_MENU,
            names::CARD_MENU_BUTTON
        );
        push_escaped(out, t(Key::MoveTo));
        out.push_str("</button></div>");
    }
    out.push_str("</div>");
}

fn push_span(out: &mut String, class: &str, text: &str) {
    out.push_str("<span class=\"");
    out.push_str(class);
    out.push_str("\">");
    push_escaped(out, text);
    out.push_str("</span>");
}

/// "Chuyển sang…": the other statuses as a menu, for users who neither drag
/// nor use arrows. Opened into the card's `.card__menu` by the board.
pub fn menu_html(from: Status, language: Language) -> String {
    let mut out = format!("<ul class=\"{}\" role=\"menu\">", names::CARD_MENU_LIST);
    for target in Status::ALL.into_iter().filter(|s| *s != from) {
        let slug = target.slug();
        let _ = write!(
            out,
            "<li role=\"none\"><button type=\"button\" role=\"menuitem\" tabindex=\"-1\" data-testid=\"move-to-{slug}\" {}=\"{slug}\">",
            names::MOVE_TO
        );
        push_escaped(&mut out, i18n::t(language, i18n::status(target)));
        out.push_str("</button></li>");
    }
    out.push_str("</ul>");
    out
}

/// Keeps one card of a column in the tab order, with its menu button: the
/// focused one, else the one that was, else the first. The others are
/// reached with the arrows, so Tab goes column to column instead of through
/// every card and button (3,600 stops at M).
pub fn keep_one_tab_stop(column: &web_sys::Element) {
    let focused = browser::dom::active_element(column)
        .and_then(|active| active.closest(CARD).ok().flatten())
        .filter(|card| card.parent_element().as_ref() == Some(column));
    let Some(keep) = focused
        .or_else(|| browser::dom::query(column, r#":scope > [tabindex="0"]"#))
        .or_else(|| browser::dom::query(column, CARD))
    else {
        return;
    };
    browser::dom::take_tab_stop(&keep, column);
    if let Some(button) = browser::dom::query(&keep, names::CARD_MENU_BUTTON_SELECTOR) {
        let _ = button.set_attribute("tabindex", "0");
    }
}
