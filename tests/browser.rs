//! Browser tests of the glue (wasm-bindgen-test in headless Chromium): storage,
//! quota, clock, page hash and downloads, each through its typed errors.
#![cfg(target_arch = "wasm32")]

use tiendo::browser::{clock, download, page, storage};
use tiendo::domain::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn storage_round_trips_and_lists_keys_in_order() {
    storage::probe().unwrap();
    storage::write("tiendo.test.b", "Sở Văn hóa").unwrap();
    storage::write("tiendo.test.a", "1").unwrap();
    assert_eq!(
        storage::read("tiendo.test.b").unwrap().as_deref(),
        Some("Sở Văn hóa")
    );
    assert_eq!(storage::read("tiendo.test.none").unwrap(), None);
    assert_eq!(
        storage::keys_with_prefix("tiendo.test.").unwrap(),
        ["tiendo.test.a", "tiendo.test.b"]
    );
    storage::remove("tiendo.test.a").unwrap();
    storage::remove("tiendo.test.b").unwrap();
    assert!(storage::keys_with_prefix("tiendo.test.")
        .unwrap()
        .is_empty());
}

#[wasm_bindgen_test]
fn while_the_crash_notice_stands_nothing_is_written_or_removed() {
    storage::write("tiendo.test.crash", "trước").unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let notice = document.create_element("div").unwrap();
    notice.set_class_name("crash");
    document.body().unwrap().append_child(&notice).unwrap();
    assert_eq!(
        storage::write("tiendo.test.crash", "sau"),
        Err(storage::StorageError::Crashed)
    );
    assert_eq!(
        storage::remove("tiendo.test.crash"),
        Err(storage::StorageError::Crashed)
    );
    notice.remove();
    assert_eq!(
        storage::read("tiendo.test.crash").unwrap().as_deref(),
        Some("trước")
    );
    storage::remove("tiendo.test.crash").unwrap();
}

#[wasm_bindgen_test]
fn usage_counts_utf16_units_where_a_vietnamese_letter_is_one() {
    let before = storage::used_units().unwrap();
    storage::write("tiendo.units", "Độ").unwrap();
    assert_eq!(
        storage::used_units().unwrap() - before,
        "tiendo.units".len() + 2
    );
    storage::remove("tiendo.units").unwrap();
}

#[wasm_bindgen_test]
fn a_value_s_first_line_is_read_without_the_rest() {
    storage::write("tiendo.line", "{\"nhãn\":1}\nphần còn lại\nnữa").unwrap();
    assert_eq!(
        storage::read_first_line("tiendo.line").unwrap().as_deref(),
        Some("{\"nhãn\":1}\n")
    );
    storage::write("tiendo.line", "một dòng").unwrap();
    assert_eq!(
        storage::read_first_line("tiendo.line").unwrap().as_deref(),
        Some("một dòng")
    );
    storage::remove("tiendo.line").unwrap();
    assert_eq!(storage::read_first_line("tiendo.line").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_full_quota_is_a_typed_error_and_keeps_the_old_value() {
    storage::write("tiendo.quota", "last good").unwrap();
    let too_big = "x".repeat(6_000_000);
    assert_eq!(
        storage::write("tiendo.quota", &too_big),
        Err(storage::StorageError::QuotaExceeded)
    );
    assert_eq!(
        storage::read("tiendo.quota").unwrap().as_deref(),
        Some("last good")
    );
    storage::remove("tiendo.quota").unwrap();
}

#[wasm_bindgen_test]
fn the_clock_reads_a_plausible_today() {
    let today = clock::today();
    assert!(today > Date::new(2024, 1, 1).unwrap());
    assert!(clock::now().0 > 1_700_000_000_000);
}

#[wasm_bindgen_test]
fn the_hash_is_read_and_written_without_the_sign() {
    page::set_hash("don-vi?q=1").unwrap();
    assert_eq!(page::hash(), "don-vi?q=1");
    page::set_hash("").unwrap();
}

/// The charts are drawn for a phone by a media query's answer (its changes
/// are followed in the end-to-end tests, which can resize the window).
#[wasm_bindgen_test]
fn a_media_query_is_answered() {
    assert_eq!(page::on_media_change("(min-width: 1px)", |_| {}), Ok(true));
    assert_eq!(page::on_media_change("(max-width: 1px)", |_| {}), Ok(false));
    // A query the browser cannot read matches nothing; it is not an error.
    assert_eq!(page::on_media_change("((", |_| {}), Ok(false));
}

#[wasm_bindgen_test]
fn a_download_is_offered_without_error() {
    download::download_text("TienDo_thu.json", "{\"a\":\"Độ\"}", "application/json").unwrap();
}

#[wasm_bindgen_test]
async fn picked_files_are_read_as_bytes_and_oversized_ones_unread() {
    use tiendo::browser::files::{read_all, FileProblem};
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str("{\"a\":\"Độ\"}"));
    let small = web_sys::File::new_with_str_sequence(&parts, "bao-cao.json").unwrap();
    let big = web_sys::File::new_with_str_sequence(
        &js_sys::Array::of1(&"x".repeat(2_000).into()),
        "lon.json",
    )
    .unwrap();
    let read = read_all(vec![small, big], 1_000).await;
    assert_eq!(read[0].name, "bao-cao.json");
    assert_eq!(
        read[0].bytes.as_ref().ok().map(Vec::as_slice),
        Some("{\"a\":\"Độ\"}".as_bytes())
    );
    assert!(matches!(read[1].bytes, Err(FileProblem::TooLarge { bytes }) if bytes == 2_000.0));
}

/// A `<div>` with `style` and `html`, put in the page's body (each test
/// removes its own).
fn mounted(style: &str, html: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let frame = document.create_element("div").unwrap();
    frame.set_attribute("style", style).unwrap();
    frame.set_inner_html(html);
    document.body().unwrap().append_child(&frame).unwrap();
    frame
}

/// The review screen splits a task's title where the caret is: the text
/// before it comes back whole, though the browser counts UTF-16 units (a
/// character outside the basic plane is two of them).
#[wasm_bindgen_test]
fn the_text_before_the_caret_is_cut_where_the_browser_puts_it() {
    let frame = mounted(
        "",
        "<textarea>Tuyên truyền 𝕏 số; tổ chức hội nghị</textarea>",
    );
    let area: web_sys::HtmlTextAreaElement =
        frame.first_element_child().unwrap().dyn_into().unwrap();
    let before = "Tuyên truyền 𝕏 số;";
    let at = before.encode_utf16().count() as u32;
    area.set_selection_range(at, at).unwrap();
    let event = web_sys::Event::new("keyup").unwrap();
    let seen = std::rc::Rc::new(std::cell::RefCell::new(None));
    let keep = seen.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
        move |event: web_sys::Event| {
            *keep.borrow_mut() = tiendo::browser::dom::text_before_caret(&event);
        },
    );
    area.add_event_listener_with_callback("keyup", listener.as_ref().unchecked_ref())
        .unwrap();
    area.dispatch_event(&event).unwrap();
    assert_eq!(seen.borrow().as_deref(), Some(before));
    // An event from something that is not a text area says nothing.
    assert_eq!(
        tiendo::browser::dom::text_before_caret(&web_sys::Event::new("x").unwrap()),
        None
    );
    frame.remove();
}

/// One listener on the board serves every card: the card is found from the
/// event's target, and pointer-only state is a class set without signals.
#[wasm_bindgen_test]
fn a_card_is_found_from_an_event_inside_it() {
    use tiendo::browser::dom;
    let board = mounted(
        "",
        r#"<div data-card="t1|so-tttt|2024-6t" class="card"><p><span>Tổ chức</span></p></div>"#,
    );
    let span = board.query_selector("span").unwrap().unwrap();
    let card = board.query_selector("[data-card]").unwrap().unwrap();
    let event = web_sys::Event::new("pointerdown").unwrap();
    span.dispatch_event(&event).unwrap();
    assert_eq!(dom::closest(&event, "[data-card]"), Some(card.clone()));
    assert_eq!(dom::closest(&event, ".card__menu"), None);
    assert!(dom::is_target(&event, &span));
    assert!(!dom::is_target(&event, &card));
    dom::set_class(&card, "card--dragging", true);
    assert_eq!(card.class_name(), "card card--dragging");
    dom::set_class(&card, "card--dragging", false);
    assert_eq!(card.class_name(), "card");
    board.remove();
}

#[wasm_bindgen_test]
fn a_scrolled_frame_moves_its_pinned_headings_by_its_offsets() {
    use tiendo::browser::dom;
    let frame = mounted(
        "width:100px;height:80px;overflow:auto",
        r#"<svg width="600" height="500"><g data-pin="x"></g><g data-pin="y"></g><g class="cells"></g></svg>"#,
    );
    frame.set_scroll_left(120);
    frame.set_scroll_top(45);
    let event = web_sys::Event::new("scroll").unwrap();
    frame.dispatch_event(&event).unwrap();
    dom::pin_to_scroll(&event);
    let style = |selector: &str| {
        frame
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .get_attribute("style")
    };
    assert_eq!(
        style("[data-pin=x]").as_deref(),
        Some("--pin-x:120px;--pin-y:45px")
    );
    assert_eq!(
        style("[data-pin=y]").as_deref(),
        Some("--pin-x:120px;--pin-y:45px")
    );
    // The cells they cover are left alone.
    assert_eq!(style(".cells"), None);
    frame.remove();
}

#[wasm_bindgen_test]
fn one_cell_of_a_group_is_its_tab_stop_and_takes_the_focus() {
    use tiendo::browser::dom;
    let document = web_sys::window().unwrap().document().unwrap();
    let frame = mounted(
        "",
        r#"<svg><g class="cells"><g tabindex="0" data-c="0"></g><g tabindex="-1" data-c="1"></g><g tabindex="-1" data-c="2"><g tabindex="0" class="own"></g></g></g></svg>"#,
    );
    let cells = frame.query_selector(".cells").unwrap().unwrap();
    let third = dom::query(&cells, "[data-c='2']").unwrap();
    dom::take_tab_stop(&third, &cells);
    dom::focus(&third);
    let stops: Vec<String> = (0..3)
        .map(|c| {
            frame
                .query_selector(&format!("[data-c='{c}']"))
                .unwrap()
                .unwrap()
                .get_attribute("tabindex")
                .unwrap()
        })
        .collect();
    assert_eq!(stops, ["-1", "-1", "0"]);
    assert_eq!(document.active_element(), Some(third));
    // A stop inside the new one (a card's own button) stays one.
    assert_eq!(
        dom::query(&cells, ".own")
            .unwrap()
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
    frame.remove();
}

/// A narrow board's columns scroll sideways: a pointer held near the
/// scroller's edge moves it a step that way, and an element revealed comes
/// just into view.
#[wasm_bindgen_test]
fn a_scroller_follows_a_pointer_at_its_edge_and_reveals_an_element() {
    use tiendo::browser::dom;
    let frame = mounted(
        "position: fixed; left: 0; top: 0; width: 200px; height: 50px; overflow-x: auto",
        r#"<div style="width: 1000px; height: 20px; position: relative"><span style="position: absolute; left: 700px; width: 50px; height: 10px"></span></div>"#,
    );
    dom::scroll_at_edge(&frame, 100.0);
    assert_eq!(frame.scroll_left(), 0, "the middle leaves it");
    dom::scroll_at_edge(&frame, 190.0);
    dom::scroll_at_edge(&frame, 195.0);
    assert_eq!(frame.scroll_left(), 48, "the right edge, twice");
    dom::scroll_at_edge(&frame, 5.0);
    assert_eq!(frame.scroll_left(), 24, "the left edge");
    let far = frame.query_selector("span").unwrap().unwrap();
    dom::reveal(&far);
    // Just into view: its right edge at the frame's (750 - 200).
    assert_eq!(frame.scroll_left(), 550);
    frame.remove();
}

/// An indicator's number is the browser's reading of its `type=number`
/// input: a decimal point, an exponent, nothing, and never a non-number.
/// (Text typed that the browser cannot read is `Unreadable`: only typing
/// makes it, so the end-to-end tests type it.)
#[wasm_bindgen_test]
fn a_number_input_is_read_as_the_browser_reads_it() {
    use tiendo::browser::dom::{self, Typed};
    let document = web_sys::window().unwrap().document().unwrap();
    let input: web_sys::HtmlInputElement = document
        .create_element("input")
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_type("number");
    document.body().unwrap().append_child(&input).unwrap();
    let read = |value: &str| {
        input.set_value(value);
        let event = web_sys::Event::new("change").unwrap();
        input.dispatch_event(&event).unwrap();
        dom::typed_number(&event)
    };
    assert_eq!(read("12.5"), Typed::Number(12.5));
    assert_eq!(read("-0.25"), Typed::Number(-0.25));
    assert_eq!(read("1e3"), Typed::Number(1000.0));
    assert_eq!(read(""), Typed::Empty);
    // A value set by script that is not a number is dropped: nothing to read.
    assert_eq!(read("12,5"), Typed::Empty);
    assert_eq!(read("abc"), Typed::Empty);
    input.remove();
}

/// Cards are markup the page parses: a plan's or a report's text can never
/// become an element or an attribute, and reads back exactly.
#[wasm_bindgen_test]
fn card_markup_keeps_hostile_text_as_text() {
    use std::sync::Arc;
    use tiendo::domain::board::Card;
    use tiendo::domain::{Role, UnitId};
    use tiendo::format::Language;
    use tiendo::ui::board::markup::column_html;
    let hostile = r#"<img src=x onerror="window.__pwned=1"> & 'x'"#;
    let unit = UnitId::new("so-tttt").unwrap();
    let card = Card {
        number: "1".into(),
        title: hostile.into(),
        unit_name: "Sở \"TT&TT\"".into(),
        unit_short: "\"><script>window.__pwned=2</script>".into(),
        role: Role::Lead,
        progress: Some(40),
        evidence: 2,
        ..test_card("t1")
    };
    let document = web_sys::window().unwrap().document().unwrap();
    let column = document.create_element("div").unwrap();
    let cards = [Arc::new(card.clone())];
    for mine in [Some(&unit), None] {
        column.set_inner_html(&column_html(&cards, mine, Language::Vietnamese));
        assert!(column.query_selector("img, script").unwrap().is_none());
        let article = column.query_selector("[data-card]").unwrap().unwrap();
        assert_eq!(
            article.get_attribute("data-card").as_deref(),
            Some("t1|so-tttt|2024-6t")
        );
        let title = article.query_selector(".card__title").unwrap().unwrap();
        assert_eq!(title.text_content().as_deref(), Some(hostile));
        let label = article.get_attribute("aria-label").unwrap();
        assert!(label.starts_with(&format!("1 {hostile} — {}", card.unit_short)));
        // Only the unit's own card moves: a handle and a menu, or a lock.
        let locked = article.class_list().contains("card--locked");
        assert_eq!(locked, mine.is_none());
        assert_eq!(
            article
                .query_selector("[data-testid=move-menu]")
                .unwrap()
                .is_some(),
            !locked
        );
        if locked {
            assert_eq!(
                article.get_attribute("title").as_deref(),
                Some("Chỉ đơn vị được giao mới sửa được thẻ này: Sở \"TT&TT\"")
            );
        }
    }
}

/// The move menu's list is parsed into the card and stepped through by keys.
#[wasm_bindgen_test]
fn menu_items_are_added_found_and_stepped_through() {
    use tiendo::browser::dom;
    let document = web_sys::window().unwrap().document().unwrap();
    let menu = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&menu).unwrap();
    dom::append_html(
        &menu,
        r#"<ul class="list"><li><button role="menuitem">A</button></li><li><button role="menuitem">B</button></li></ul>"#,
    );
    assert_eq!(dom::query_page(&menu, "ul.list").len(), 1);
    let items = dom::query_page(&menu, "[role=menuitem]");
    let focused = || document.active_element().and_then(|e| e.text_content());
    dom::focus_first(&menu, "[role=menuitem]");
    assert_eq!(focused().as_deref(), Some("A"));
    dom::focus_step(&menu, "[role=menuitem]", true);
    assert_eq!(focused().as_deref(), Some("B"));
    dom::focus_step(&menu, "[role=menuitem]", true);
    assert_eq!(focused().as_deref(), Some("A"));
    dom::focus_step(&menu, "[role=menuitem]", false);
    assert_eq!(focused().as_deref(), Some("B"));
    assert_eq!(items.len(), 2);
    menu.remove();
}

/// A column patched from one list of cards to the next keeps the elements of
/// the cards that stayed (focus, an open menu) and holds the next cards in order.
#[wasm_bindgen_test]
fn a_patched_column_keeps_the_cards_that_stayed() {
    use std::sync::Arc;
    use tiendo::domain::board::Card;
    use tiendo::format::Language;
    use tiendo::ui::board::markup::{patch_column, Detached};
    let card = |task: &str, progress: u8| {
        Arc::new(Card {
            progress: Some(progress),
            ..test_card(task)
        })
    };
    let document = web_sys::window().unwrap().document().unwrap();
    let column = document.create_element("div").unwrap();
    let ids = |column: &web_sys::Element| -> Vec<String> {
        let children = column.children();
        (0..children.length())
            .map(|i| {
                children
                    .item(i)
                    .unwrap()
                    .get_attribute("data-card")
                    .unwrap()
            })
            .collect()
    };
    let first = vec![
        card("t1", 10),
        card("t2", 20),
        card("t3", 30),
        card("t4", 40),
    ];
    // The cards in the tab order: one a column, the first unless another was.
    let stops = |column: &web_sys::Element| -> Vec<String> {
        let list = column.query_selector_all(r#"[tabindex="0"]"#).unwrap();
        (0..list.length())
            .map(|i| {
                let element = list
                    .item(i)
                    .unwrap()
                    .dyn_into::<web_sys::Element>()
                    .unwrap();
                element.get_attribute("data-card").unwrap()
            })
            .collect()
    };
    let mut aside = Detached::new();
    patch_column(&column, &[], &first, None, Language::Vietnamese, &mut aside);
    assert_eq!(ids(&column).len(), 4);
    assert_eq!(stops(&column), ["t1|so-tttt|2024-6t"]);
    // The user's stop moves to t2, which the next patch takes away.
    for (card, index) in [("t1", "-1"), ("t2", "0")] {
        column
            .query_selector(&format!("[data-card^='{card}|']"))
            .unwrap()
            .unwrap()
            .set_attribute("tabindex", index)
            .unwrap();
    }
    let kept = column
        .query_selector("[data-card^='t3|']")
        .unwrap()
        .unwrap();
    let gone = column
        .query_selector("[data-card^='t2|']")
        .unwrap()
        .unwrap();
    // t2 goes, t4 changes, t5 comes in: t1 and t3 stay the same elements.
    let next = vec![
        card("t1", 10),
        card("t3", 30),
        card("t4", 50),
        card("t5", 0),
    ];
    patch_column(
        &column,
        &first,
        &next,
        None,
        Language::Vietnamese,
        &mut aside,
    );
    assert_eq!(
        ids(&column),
        [
            "t1|so-tttt|2024-6t",
            "t3|so-tttt|2024-6t",
            "t4|so-tttt|2024-6t",
            "t5|so-tttt|2024-6t"
        ]
    );
    assert!(column
        .query_selector("[data-card^='t3|']")
        .unwrap()
        .is_some_and(|now| now == kept));
    assert_eq!(stops(&column), ["t1|so-tttt|2024-6t"]);
    assert!(column
        .query_selector("[data-card^='t4|'] .card__progress")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("50%"));
    // t2 comes back unchanged: its own element, not a parsed copy.
    let back = vec![
        card("t1", 10),
        card("t2", 20),
        card("t3", 30),
        card("t4", 50),
        card("t5", 0),
    ];
    patch_column(
        &column,
        &next,
        &back,
        None,
        Language::Vietnamese,
        &mut aside,
    );
    assert_eq!(ids(&column).len(), 5);
    // t2 came back a stop, as it left: the column still has one.
    assert_eq!(stops(&column), ["t1|so-tttt|2024-6t"]);
    assert!(column
        .query_selector("[data-card^='t2|']")
        .unwrap()
        .is_some_and(|now| now == gone));
    assert_eq!(ids(&column)[1], "t2|so-tttt|2024-6t");
    // A column whose elements are not the cards it was given is built again.
    column.set_inner_html("");
    patch_column(
        &column,
        &back,
        &next,
        None,
        Language::Vietnamese,
        &mut aside,
    );
    assert_eq!(ids(&column).len(), 4);
    assert!(aside.is_empty());
}

/// A card of the unit `so-tttt` in 2024-6t for `task`, in progress.
fn test_card(task: &str) -> tiendo::domain::board::Card {
    use tiendo::domain::{EntryKey, PeriodId, Role, Status, TaskId, UnitId};
    tiendo::domain::board::Card {
        key: EntryKey {
            task: TaskId::new(task).unwrap(),
            unit: UnitId::new("so-tttt").unwrap(),
            period: PeriodId::new("2024-6t").unwrap(),
        },
        number: task.into(),
        title: format!("Nhiệm vụ {task}"),
        section: TaskId::new(task).unwrap(),
        unit_name: "Sở Thông tin và Truyền thông".into(),
        unit_short: "Sở TT&TT".into(),
        role: Role::Implement,
        status: Status::InProgress,
        progress: None,
        evidence: 0,
        obstacle: false,
        no_result: false,
        report_overdue: false,
        deadline: None,
        sample: false,
    }
}

/// The text table is indexed by key: the first and last keys, in both
/// languages, are their own texts (a key declared out of step would shift
/// every text after it).
#[wasm_bindgen_test]
fn texts_that_carry_a_count_read_right_in_both_languages() {
    use tiendo::domain::Date;
    use tiendo::format::Language::{English, Vietnamese};
    use tiendo::ui::i18n;
    assert_eq!(i18n::units_count(English, 1), "1 unit");
    assert_eq!(i18n::units_count(English, 38), "38 units");
    assert_eq!(i18n::units_count(Vietnamese, 1), "1 đơn vị");
    assert_eq!(i18n::leaf_tasks(English, 1), "1 leaf task");
    assert_eq!(i18n::cards_shown(English, 1, 1), "1 of 1 card shown");
    assert_eq!(
        i18n::cards_shown(Vietnamese, 7, 235),
        "7 thẻ đang hiển thị trên 235"
    );
    assert!(i18n::without_email(English, 1).starts_with("1 unit has no email address yet (add it"));
    assert!(i18n::without_email(English, 2).starts_with("2 units have"));
    let due = Date::new(2024, 6, 15).unwrap();
    assert_eq!(i18n::report_due(Vietnamese, due), "hạn báo cáo 15/06/2024");
    assert_eq!(i18n::deadline_by(English, due), "By 15/06/2024");
    assert_eq!(
        i18n::refused_entries(English, 1, "Sở Y tế"),
        "1 entry refused: not the sender's own (Sở Y tế)"
    );
    assert_eq!(
        i18n::newer_plan(Vietnamese, 2, 1),
        "tệp lập theo bản kế hoạch mới hơn: hãy nhập tệp kế hoạch cập nhật trước (2 > 1)"
    );
    assert_eq!(i18n::from_day(English, due), "from 15/06/2024");
    assert_eq!(
        i18n::plan_read(English, "Kế hoạch 15/KH-UBND", [1, 1, 1, 0, 2]),
        "Kế hoạch 15/KH-UBND: 1 task (1 to report on), 1 unit, 0 unit groups; 2 items to check."
    );
    assert_eq!(
        i18n::merged(English, 1, i18n::Merged::Conflicts),
        "1 conflict (both kept)"
    );
    assert_eq!(
        i18n::merged(Vietnamese, 14_400, i18n::Merged::New),
        "14.400 mới"
    );
    assert_eq!(
        i18n::imported(English, 1, "3 new"),
        "Imported 1 file: 3 new."
    );
    assert_eq!(
        i18n::files_checked(English, 1, 1),
        "1 file checked: 1 valid"
    );
    assert_eq!(
        i18n::group_members(English, "các sở, ban, ngành", 1),
        "các sở, ban, ngành (1 unit)"
    );
    assert_eq!(i18n::until_day(Vietnamese, due), "đến 15/06/2024");
    assert_eq!(
        i18n::backup_age(Vietnamese, "06/12/2026", true),
        "Bản sao lưu gần nhất: 06/12/2026; dữ liệu đã thay đổi sau đó, nên tải bản mới."
    );
}

#[wasm_bindgen_test]
fn every_key_reads_its_own_text() {
    use tiendo::format::Language;
    use tiendo::ui::i18n::{t, Key};
    assert_eq!(t(Language::Vietnamese, Key::AppName), "Tiến Độ");
    assert_eq!(
        t(Language::English, Key::Tagline),
        "Plan implementation tracker"
    );
    assert_eq!(
        t(Language::Vietnamese, Key::Tagline),
        "Theo dõi thực hiện kế hoạch"
    );
    assert_eq!(
        t(Language::Vietnamese, Key::EditorSpent),
        "Kinh phí đã sử dụng (đồng)"
    );
    assert_eq!(t(Language::English, Key::AmendUnrelease), "Give back");
    assert_eq!(
        t(Language::English, Key::Crash),
        "The app hit an unexpected error. Saved data is safe; reload the page."
    );
}

/// index.html's notice for a trap in the release (where no panic hook runs)
/// says what the debug build's hook says, in both languages.
#[wasm_bindgen_test]
fn the_release_crash_notice_is_the_hooks() {
    use tiendo::format::Language;
    use tiendo::ui::i18n::{t, Key};
    let page = include_str!("../index.html");
    let notice = format!(
        "{} / {}",
        t(Language::Vietnamese, Key::Crash),
        t(Language::English, Key::Crash)
    );
    assert!(page.contains(&format!("notice.textContent = \"{notice}\";")));
}

/// The dashboard's matrix is markup too: a unit's name or a task's number
/// from a plan file stays text, in the drawing and in its table, and every
/// cell names its entry.
#[wasm_bindgen_test]
fn matrix_markup_keeps_hostile_names_as_text() {
    use tiendo::domain::dashboard::Matrix;
    use tiendo::domain::{PeriodId, Status, TaskId, UnitId};
    use tiendo::format::Language;
    use tiendo::ui::dashboard::charts::{
        matrix_names, matrix_svg, matrix_table, matrix_tasks, MatrixLabels,
    };
    let hostile = r#"<img src=x onerror="window.__pwned=1"> & 'x'"#;
    let matrix = Matrix {
        units: vec![
            UnitId::new("so-tttt").unwrap(),
            UnitId::new("so-vhttdl").unwrap(),
        ],
        tasks: vec![TaskId::new("t1").unwrap(), TaskId::new("t3.2").unwrap()],
        cells: vec![
            vec![Some(Status::Done), None],
            vec![Some(Status::Blocked), Some(Status::NotReported)],
        ],
    };
    let labels = MatrixLabels {
        units: vec![
            hostile.into(),
            "\"><script>window.__pwned=2</script>".into(),
        ],
        tasks: vec!["1".into(), "</text><img src=y>".into()],
    };
    let document = web_sys::window().unwrap().document().unwrap();
    let svg = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "svg")
        .unwrap();
    let cells = document
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "g")
        .unwrap();
    svg.append_child(&cells).unwrap();
    let period = PeriodId::new("2024-6t").unwrap();
    cells.set_inner_html(&matrix_svg(
        &matrix,
        &labels,
        &period,
        Language::Vietnamese,
        None,
    ));
    // The task numbers and unit names are drawn apart, to be kept in view.
    for markup in [
        matrix_tasks(&matrix, &labels),
        matrix_names(&matrix, &labels),
    ] {
        let pinned = document
            .create_element_ns(Some("http://www.w3.org/2000/svg"), "g")
            .unwrap();
        pinned.set_inner_html(&markup);
        svg.append_child(&pinned).unwrap();
    }
    assert!(svg.query_selector("img, script").unwrap().is_none());
    let texts: Vec<String> = (0..)
        .map_while(|i| svg.query_selector_all("text").unwrap().item(i))
        .filter_map(|t| t.text_content())
        .collect();
    assert!(texts.contains(&hostile.to_owned()));
    assert!(texts.contains(&"</text><img src=y>".to_owned()));
    // Three cells (one report is not owed), each a button naming its entry,
    // drawn in the SVG namespace.
    let entries: Vec<String> = (0..)
        .map_while(|i| svg.query_selector_all("[data-entry]").unwrap().item(i))
        .map(|cell| cell.dyn_into::<web_sys::Element>().unwrap())
        .inspect(|cell| {
            assert_eq!(
                cell.namespace_uri().as_deref(),
                Some("http://www.w3.org/2000/svg")
            );
            assert_eq!(cell.get_attribute("role").as_deref(), Some("button"));
        })
        .filter_map(|cell| cell.get_attribute("data-entry"))
        .collect();
    assert_eq!(
        entries,
        [
            "t1|so-tttt|2024-6t",
            "t1|so-vhttdl|2024-6t",
            "t3.2|so-vhttdl|2024-6t"
        ]
    );
    let blocked = svg
        .query_selector("[data-testid=\"cell-t1-so-vhttdl\"] title")
        .unwrap()
        .unwrap();
    assert_eq!(
        blocked.text_content().as_deref(),
        Some("\"><script>window.__pwned=2</script> · 1: Có vướng mắc")
    );
    // One cell is in the tab order: the first, or the one the user last
    // visited (kept from another period's matrix).
    let stops = |cells: &web_sys::Element| -> Vec<String> {
        (0..)
            .map_while(|i| {
                cells
                    .query_selector_all("[tabindex=\"0\"]")
                    .unwrap()
                    .item(i)
            })
            .map(|cell| cell.dyn_into::<web_sys::Element>().unwrap())
            .filter_map(|cell| cell.get_attribute("data-entry"))
            .collect()
    };
    assert_eq!(stops(&cells), ["t1|so-tttt|2024-6t"]);
    cells.set_inner_html(&matrix_svg(
        &matrix,
        &labels,
        &period,
        Language::Vietnamese,
        Some((1, 1)),
    ));
    assert_eq!(stops(&cells), ["t3.2|so-vhttdl|2024-6t"]);

    let table = document.create_element("table").unwrap();
    table.set_inner_html(&matrix_table(&matrix, &labels, Language::English));
    assert!(table.query_selector("img, script").unwrap().is_none());
    let row = table.query_selector("tbody tr").unwrap().unwrap();
    assert_eq!(
        row.query_selector("th")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some(hostile)
    );
    assert_eq!(
        row.text_content().as_deref(),
        Some(format!("{hostile}Done—").as_str())
    );
}
