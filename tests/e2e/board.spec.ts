// The task board as units and the monitoring unit use it.
import { expect, type Page } from "@playwright/test";
import { App, test } from "./app";

const card = (page: Page, task: string, unit: string, period = "2024-6t") =>
  page.locator(`[data-card="${task}|${unit}|${period}"]`);
const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);

/** Opens the board as Sở VHTTDL on 6 tháng đầu năm 2024, without the sample. */
async function asCultureDepartment(page: Page) {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit("van hoa", "so-vhttdl");
  await page.getByTestId("sample-remove").click();
  await page.goto("./#bang?ky=2024-6t");
  await expect(page.getByTestId("board-count")).toContainText("7 thẻ");
  return app;
}

test("a card dragged to another column stays there after a reload", async ({ page }) => {
  await asCultureDepartment(page);
  const target = card(page, "t3.2", "so-vhttdl");
  await expect(column(page, "chua_bao_cao").locator(target)).toBeVisible();
  await target.dragTo(column(page, "dang_trien_khai"));
  await expect(column(page, "dang_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
  await expect(page.getByTestId("board-announce")).toContainText("Đã chuyển 3.2 – Sở VHTTDL sang cột Đang triển khai");
  await expect(page.getByTestId("count-dang_trien_khai")).toContainText("1");
  // Reloaded at once, before the debounced save: the page's hiding writes it.
  await page.reload();
  await expect(column(page, "dang_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
});

test("on a phone the board keeps the page's width: its columns scroll inside it, a card dragged to the edge brings the next ones in", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await asCultureDepartment(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  const grid = page.locator(".board__grid");
  const scrolled = () => grid.evaluate((g) => g.scrollLeft);
  const [client, width] = await grid.evaluate((g) => [g.clientWidth, g.scrollWidth]);
  expect(width).toBeGreaterThan(client * 4);
  // A column with no card says so (here most of the screen); one with cards does not.
  const says = (status: string) => column(page, status).evaluate((c) => getComputedStyle(c, "::before").content);
  expect(await says("chua_trien_khai")).toBe('"Không có thẻ — 7 thẻ ở cột Chưa báo cáo ←"');
  expect(await says("chua_bao_cao")).toBe("none");
  // A column is most of the board's width: a card reads whole.
  const head = (await page.getByTestId("count-chua_bao_cao").boundingBox())!;
  expect(head.width / client).toBeGreaterThan(0.8);
  // Held at the board's right edge, the dragged card scrolls the columns in.
  await card(page, "t3.2", "so-vhttdl").scrollIntoViewIfNeeded();
  const from = (await card(page, "t3.2", "so-vhttdl").boundingBox())!;
  const edge = (await grid.boundingBox())!;
  await page.mouse.move(from.x + 30, from.y + 20);
  await page.mouse.down();
  for (let i = 0; i < 40 && (await scrolled()) < client; i++) {
    await page.mouse.move(edge.x + edge.width - 12 - (i % 2) * 4, from.y + 20);
  }
  expect(await scrolled()).toBeGreaterThan(client * 0.9);
  const target = (await column(page, "dang_trien_khai").boundingBox())!;
  expect(target.x).toBeLessThan(edge.x + edge.width);
  await page.mouse.move(Math.max(target.x + 20, edge.x + 20), from.y + 20);
  await page.mouse.move(Math.max(target.x + 30, edge.x + 30), from.y + 24);
  await page.mouse.up();
  await expect(column(page, "dang_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
  // Under way with nothing written: the report opens asking for the result.
  await expect(page.getByTestId("editor-ask-result")).toBeVisible();
  await expect(page.getByTestId("editor-done")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(card(page, "t3.2", "so-vhttdl")).toContainText("Chưa ghi kết quả");
  // The keyboard's move to a column out of view brings it in with the card.
  await grid.evaluate((g) => g.scrollTo({ left: 0 }));
  const moving = card(page, "t1", "so-vhttdl");
  await moving.focus();
  for (const status of ["chua_trien_khai", "dang_trien_khai", "da_trien_khai"]) {
    await page.keyboard.press("ArrowRight");
    await expect(column(page, status).locator(moving)).toBeFocused();
  }
  await expect(moving).toBeInViewport({ ratio: 0.9 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  // The filters fold under one button, the cards first on the screen; a
  // view bookmarked with filters opens with them shown.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByTestId("board-search")).toBeHidden();
  await expect(page.getByTestId("filters-toggle")).toBeInViewport();
  expect((await grid.boundingBox())!.y).toBeLessThan(844 * 0.6);
  await expect(page.getByTestId("filters-toggle")).toHaveAccessibleName("Bộ lọc");
  await page.getByTestId("filters-toggle").click();
  await page.getByTestId("board-search").fill("gioi thieu");
  await expect(page.getByTestId("board-count")).toContainText("1 thẻ");
  await page.reload();
  await expect(page.getByTestId("board-search")).toBeVisible();
  await expect(page.getByTestId("board-search")).toHaveValue("gioi thieu");
});

test("arrows, Home and End go from card to card down a column", async ({ page }) => {
  await asCultureDepartment(page);
  const cards = column(page, "chua_bao_cao").locator("[data-card]");
  await expect(cards).toHaveCount(7);
  await cards.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(cards.last()).toBeFocused();
  // No wrapping: the last card stays the last.
  await page.keyboard.press("ArrowDown");
  await expect(cards.last()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cards.nth(5)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(cards.first()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cards.first()).toBeFocused();
  // Moving the focus moved no card.
  await expect(cards).toHaveCount(7);
});

test("Tab goes column to column: one card of each in the tab order, with its menu button", async ({ page }) => {
  await asCultureDepartment(page);
  const first = column(page, "chua_bao_cao").locator("[data-card]");
  // Two columns with cards: t1 moved on, six left where they were.
  await card(page, "t1", "so-vhttdl").focus();
  await page.keyboard.press("ArrowRight");
  await expect(column(page, "chua_trien_khai").locator(card(page, "t1", "so-vhttdl"))).toBeFocused();
  await expect(page.locator('[data-card][tabindex="0"]')).toHaveCount(2);
  // From the last filter, Tab reaches the first column's first card, then its button.
  await page.getByTestId("filter-clear").focus();
  await page.keyboard.press("Tab");
  await expect(first.first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(first.first().getByTestId("move-menu")).toBeFocused();
  // Down the column with the arrows; Tab then leaves for the next column, past the other five cards.
  await first.first().focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(first.nth(2)).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(card(page, "t1", "so-vhttdl")).toBeFocused();
  // Back: to the card last visited in the first column (its button first).
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(first.nth(2)).toBeFocused();
  await expect(page.locator('[data-card][tabindex="0"]')).toHaveCount(2);
  await expect(page.locator('[data-testid="move-menu"][tabindex="0"]')).toHaveCount(2);
});

test("a card moves with the keyboard alone and keeps focus", async ({ page }) => {
  await asCultureDepartment(page);
  await card(page, "t1", "so-vhttdl").focus();
  await page.keyboard.press("ArrowRight");
  await expect(column(page, "chua_trien_khai").locator(card(page, "t1", "so-vhttdl"))).toBeVisible();
  await expect(card(page, "t1", "so-vhttdl")).toBeFocused();
  // Each move re-renders the card in its new column and gives it the focus back.
  await page.keyboard.press("ArrowRight");
  await expect(column(page, "dang_trien_khai").locator(card(page, "t1", "so-vhttdl"))).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(column(page, "da_trien_khai").locator(card(page, "t1", "so-vhttdl"))).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(column(page, "dang_trien_khai").locator(card(page, "t1", "so-vhttdl"))).toBeFocused();
  // The "Chuyển sang…" menu, by keyboard too: it opens on its first item,
  // arrows step through, Escape closes it back onto its button.
  const menuButton = card(page, "t2", "so-vhttdl").getByTestId("move-menu");
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  const items = card(page, "t2", "so-vhttdl").getByRole("menuitem");
  await expect(items).toHaveCount(5);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(items.last()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(items).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  // One menu at a time: opening another card's closes this one.
  await page.keyboard.press("Enter");
  await card(page, "t1", "so-vhttdl").getByTestId("move-menu").click();
  await expect(page.getByRole("menu")).toHaveCount(1);
  await expect(card(page, "t1", "so-vhttdl").getByRole("menu")).toBeVisible();
  await menuButton.click();
  await card(page, "t2", "so-vhttdl").getByTestId("move-to-co_vuong_mac").click();
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(column(page, "co_vuong_mac").locator(card(page, "t2", "so-vhttdl"))).toBeVisible();
  // A card opened with the mouse gives the editor the focus: Escape closes
  // it and the focus is back on the card.
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(page.getByTestId("entry-editor")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("entry-editor")).toHaveCount(0);
  await expect(card(page, "t3.2", "so-vhttdl")).toBeFocused();
  // Ctrl+Z takes the last move back.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(column(page, "chua_bao_cao").locator(card(page, "t2", "so-vhttdl"))).toBeVisible();
});

test("filters by unit and by a search without diacritics", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.goto("./#bang?ky=2024-6t");
  await expect(page.getByTestId("board-count")).toContainText("235 thẻ đang hiển thị trên 235");
  // On a screen wider than a phone the filters show at once, without their fold's button.
  await expect(page.getByTestId("filters-toggle")).toBeHidden();
  await expect(page.getByTestId("board-search")).toBeVisible();
  await page.getByTestId("filter-units").locator("summary").click();
  await page.getByTestId("filter-unit-bao-lang-son").check();
  await expect(page.getByTestId("board-count")).toContainText("6 thẻ");
  await page.getByTestId("filter-units").locator("summary").click();
  await page.getByTestId("filter-clear").click();
  await page.getByTestId("board-search").fill("van hoa");
  await expect(page.getByTestId("board-count")).toContainText("7 thẻ");
  const units = await page.getByTestId("card").locator(".card__unit").allTextContents();
  expect(new Set(units)).toEqual(new Set(["Sở VHTTDL"]));
});

test("an opened card's edits survive a reload", async ({ page }) => {
  await asCultureDepartment(page);
  await card(page, "t3.2", "so-vhttdl").click();
  const editor = page.getByTestId("entry-editor");
  await expect(editor).toBeVisible();
  await editor.getByTestId("editor-status").selectOption("da_trien_khai");
  await editor.getByTestId("editor-progress").fill("80");
  await editor.getByTestId("editor-progress").blur();
  await editor.getByTestId("editor-done").fill("Tổ chức Tuần Văn hóa – Du lịch Lạng Sơn tại Hà Nội; 15 tin, bài bằng tiếng Anh, tiếng Trung.");
  // The evidence's fields are found by their visible names, as a user finds them.
  await editor.getByLabel("Loại", { exact: true }).selectOption({ label: "Văn bản" });
  await editor.getByLabel("Số, ký hiệu hoặc tên").fill("Kế hoạch số 45/KH-SVHTTDL");
  await editor.getByLabel("Ngày (dd/mm/yyyy)").fill("29/3/2024");
  await expect(editor.getByText("Số, ký hiệu hoặc tên", { exact: true })).toBeVisible();
  await editor.getByTestId("evidence-add").click();
  await expect(editor.getByTestId("evidence-item")).toContainText("29/03/2024");
  await editor.getByTestId("editor-obstacles").fill("Thiếu biên dịch viên tiếng Trung.");
  await editor.getByTestId("editor-close").click();
  await expect(column(page, "da_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toContainText("80%");
  // The card's meter draws the progress: its fill is 80% of the bar.
  const meter = card(page, "t3.2", "so-vhttdl").locator(".meter");
  const [bar, fill] = [await meter.boundingBox(), await meter.locator(".meter__fill").boundingBox()];
  expect(fill && bar && fill.height > 0 && fill.width / bar.width).toBeCloseTo(0.8, 1);
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(editor.getByTestId("editor-status")).toHaveValue("da_trien_khai");
  await expect(editor.getByTestId("editor-progress")).toHaveValue("80");
  await expect(editor.getByTestId("editor-done")).toHaveValue(/Tuần Văn hóa – Du lịch/);
  await expect(editor.getByTestId("editor-obstacles")).toHaveValue("Thiếu biên dịch viên tiếng Trung.");
  await expect(editor.getByTestId("evidence-item")).toContainText("Kế hoạch số 45/KH-SVHTTDL");
});

test("text typed just before the page goes away is kept", async ({ page }) => {
  await asCultureDepartment(page);
  await card(page, "t3.2", "so-vhttdl").click();
  const editor = page.getByTestId("entry-editor");
  // Typed and the page left at once: no pause, no blur, no closing of the editor.
  await editor.getByTestId("editor-done").fill("Đăng 15 tin, bài");
  await editor.getByTestId("editor-obstacles").pressSequentially("Thiếu");
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(editor.getByTestId("editor-done")).toHaveValue("Đăng 15 tin, bài");
  await expect(editor.getByTestId("editor-obstacles")).toHaveValue("Thiếu");
  // A number typed, not yet confirmed (no Enter, no leaving the field): kept too.
  await editor.getByTestId("editor-progress").pressSequentially("70");
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(editor.getByTestId("editor-progress")).toHaveValue("70");
  // And when the editor is closed with Escape from the field.
  await editor.getByTestId("editor-progress").fill("");
  await editor.getByTestId("editor-progress").pressSequentially("75");
  await page.keyboard.press("Escape");
  await expect(editor).toBeHidden();
  await expect(card(page, "t3.2", "so-vhttdl")).toContainText("75%");
  // Evidence typed in full but not added: added when the editor closes, or the page goes.
  await card(page, "t3.2", "so-vhttdl").click();
  await editor.getByTestId("evidence-title").fill("Kế hoạch 45/KH-SVHTTDL");
  await editor.getByTestId("editor-close").click();
  await card(page, "t3.2", "so-vhttdl").click();
  await editor.getByTestId("evidence-title").fill("Tin bài 12/2024");
  await editor.getByTestId("evidence-date").fill("31/02/2024");
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  // The second one has a date that does not exist: left out, not guessed.
  await expect(editor.getByTestId("evidence-item")).toHaveText([/Kế hoạch 45\/KH-SVHTTDL/]);
  await editor.getByTestId("evidence-title").fill("Tin bài 12/2024");
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(editor.getByTestId("evidence-item")).toHaveCount(2);
});

test("the editor names a field it cannot read, keeps the typing, and adds nothing until it reads", async ({ page }) => {
  await asCultureDepartment(page);
  await card(page, "t3.2", "so-vhttdl").click();
  const editor = page.getByTestId("entry-editor");
  const error = editor.locator("#evidence-error");
  const items = editor.getByTestId("evidence-item");
  const title = editor.getByTestId("evidence-title");
  const add = editor.getByTestId("evidence-add");

  // No title: the message says so beside the form, the title field has the focus.
  await editor.getByTestId("evidence-count").fill("12");
  await add.click();
  await expect(error).toHaveText("Nhập số, ký hiệu hoặc tên của minh chứng.");
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  // Typing in the marked field clears the message.
  await title.fill("Chuyên mục Lạng Sơn – điểm đến");
  await expect(error).toBeHidden();
  await expect(title).not.toHaveAttribute("aria-invalid");

  for (const [field, value, message] of [
    ["evidence-date", "31/02/2024", "Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy."],
    ["evidence-count", "12 bài", "Số lượng là một số nguyên, ví dụ 12 hoặc 1.200."],
    ["evidence-link", "javascript:alert(1)", "Đường dẫn phải là một địa chỉ web"],
  ]) {
    await editor.getByTestId(field).fill(value);
    await add.click();
    await expect(error).toContainText(message);
    await expect(editor.getByTestId(field)).toBeFocused();
    await expect(editor.getByTestId(field)).toHaveValue(value);
    await expect(items).toHaveCount(0);
    await editor.getByTestId(field).fill("");
  }
  // The error is in the dialog, not a notice behind it.
  await expect(page.getByTestId("notice")).toHaveCount(0);

  await editor.getByTestId("evidence-date").fill("29/3/2024");
  await editor.getByTestId("evidence-count").fill("1.200");
  await editor.getByTestId("evidence-link").fill("baolangson.vn/chuyen-muc");
  // Enter in a field adds, as the button does.
  await editor.getByTestId("evidence-link").press("Enter");
  await expect(error).toBeHidden();
  await expect(items).toHaveCount(1);
  await expect(items).toContainText("29/03/2024");
  await expect(items).toContainText("× 1.200");
  await expect(items.getByRole("link")).toHaveAttribute("href", "https://baolangson.vn/chuyen-muc");
  await expect(title).toHaveValue("");

  // Progress: out of range or unreadable is marked, and the entry keeps its figure.
  const progress = editor.getByTestId("editor-progress");
  const progressError = editor.locator("#progress-error");
  await progress.fill("40");
  await progress.blur();
  for (const typed of ["150", "1e"]) {
    await progress.fill("");
    await progress.pressSequentially(typed);
    await progress.blur();
    await expect(progressError).toHaveText("Tiến độ là một số nguyên từ 0 đến 100.");
    await expect(progress).toHaveAttribute("aria-invalid", "true");
  }
  await progress.fill("60");
  await progress.blur();
  await expect(progressError).toBeHidden();
  await editor.getByTestId("editor-close").click();
  await expect(card(page, "t3.2", "so-vhttdl")).toContainText("60%");
});

test("a notice saying what was done leaves by itself", async ({ page }) => {
  await page.clock.install();
  await asCultureDepartment(page);
  // Ctrl+Z says what it did (or that nothing was left), and the notice goes by itself.
  await page.locator("body").press("Control+z");
  const notice = page.getByTestId("notice");
  await expect(notice).toContainText(/hoàn tác/);
  await page.clock.fastForward(6_000);
  await expect(notice).toHaveCount(1);
  await page.clock.fastForward(2_500);
  await expect(notice).toHaveCount(0);
});

test("after the 2025 mergers, a merged unit's open work is its successor's", async ({ page }) => {
  await asCultureDepartment(page);
  // 2024: task 4.2 is Sở TT&TT's to lead; Sở VHTTDL coordinates.
  await expect(card(page, "t4.2", "so-vhttdl").locator(".badge")).toHaveText("Phối hợp");
  // 2026: Sở TT&TT no longer exists; its press and external-information work is Sở VHTTDL's.
  await page.goto("./#bang?ky=2026-nam");
  const lead = page.locator('[data-card="t4.2|so-vhttdl|2026-nam"]');
  await expect(lead.locator(".badge")).toHaveText("Chủ trì");
  await page.getByTestId("filter-mine").uncheck();
  await expect(page.locator('[data-card^="t4.2|so-tttt|"]')).toHaveCount(0);
  // And the unit may write that report.
  await lead.click();
  await page.getByTestId("editor-status").selectOption("dang_trien_khai");
  await expect(page.getByTestId("editor-readonly")).toHaveCount(0);
  await page.getByTestId("editor-close").click();
  await expect(page.getByTestId("column-dang_trien_khai").locator(lead)).toBeVisible();
  // A browser still speaking for Sở TT&TT is told why its 2026 board is empty, and who took over.
  await page.getByTestId("profile-button").click();
  await new App(page).chooseUnit("thong tin va truyen thong", "so-tttt");
  await page.goto("./#bang?ky=2026-nam");
  await expect(page.getByTestId("board-empty")).toContainText("Sở TT&TT kết thúc hoạt động ngày 28/02/2025; công việc từ đó do Sở KH&CN, Sở VHTTDL đảm nhận.");
});

test("after the merger, the monitoring profile writes its successor's reports", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  // 2024: the monitoring unit's own cards are Sở TT&TT's.
  await page.goto("./#bang?ky=2024-6t");
  await page.getByTestId("filter-mine").check();
  const mine = page.locator("[data-card]");
  await expect(mine.first()).toBeVisible();
  expect(new Set(await mine.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-card")!.split("|")[1])))).toEqual(new Set(["so-tttt"]));
  // 2026: the people who follow the plan work at Sở VHTTDL, and write its reports.
  await page.goto("./#bang?ky=2026-nam");
  await page.getByTestId("filter-mine").check();
  await expect(mine.first()).toBeVisible();
  expect(new Set(await mine.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-card")!.split("|")[1])))).toEqual(new Set(["so-vhttdl"]));
  const lead = page.locator('[data-card="t4.2|so-vhttdl|2026-nam"]');
  await lead.click();
  await expect(page.getByTestId("editor-readonly")).toHaveCount(0);
  await page.getByTestId("editor-status").selectOption("dang_trien_khai");
  await page.getByTestId("editor-close").click();
  await expect(page.getByTestId("column-dang_trien_khai").locator(lead)).toBeVisible();
});

test("a unit profile cannot edit another unit's card", async ({ page }) => {
  await asCultureDepartment(page);
  await page.getByTestId("filter-mine").uncheck();
  const other = card(page, "t4.2", "so-tttt");
  await expect(other).toHaveClass(/card--locked/);
  await expect(other.getByTestId("move-menu")).toHaveCount(0);
  await other.dragTo(column(page, "da_trien_khai"));
  await expect(column(page, "chua_bao_cao").locator(card(page, "t4.2", "so-tttt"))).toBeVisible();
  await other.focus();
  await page.keyboard.press("ArrowRight");
  await expect(column(page, "chua_bao_cao").locator(card(page, "t4.2", "so-tttt"))).toBeVisible();
  await page.keyboard.press("Enter");
  const editor = page.getByTestId("entry-editor");
  await expect(editor.getByTestId("editor-readonly")).toBeVisible();
  // Not sent yet: said so, no empty form, and no reminder (that is the
  // monitoring unit's to send).
  await expect(editor.getByTestId("editor-unsent")).toHaveText("Đơn vị chưa gửi báo cáo này.");
  await expect(editor.getByTestId("editor-done")).toHaveCount(0);
  await expect(editor.getByTestId("editor-remind")).toHaveCount(0);
  await expect(editor).not.toContainText("Ctrl+Z");
});

test("the URL restores the same filtered view", async ({ page, context }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.goto("./#bang?ky=2024-6t");
  await page.getByTestId("filter-section").selectOption("t3");
  await page.getByTestId("filter-role").selectOption("chu_tri");
  await page.getByTestId("filter-swimlane").selectOption("muc");
  await page.getByTestId("board-search").fill("quang ba");
  await expect(page.getByTestId("board-count")).toContainText("1 thẻ");
  const url = page.url();
  expect(url).toContain("muc=t3");
  expect(url).toContain("q=quang%20ba");
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByTestId("board-count")).toContainText("1 thẻ");
  await expect(other.getByTestId("board-search")).toHaveValue("quang ba");
  await expect(other.getByTestId("filter-section")).toHaveValue("t3");
  await expect(other.getByTestId("filter-role")).toHaveValue("chu_tri");
  await expect(other.getByTestId("lane")).toHaveCount(1);
  await expect(other.locator('[data-card="t3.2|so-vhttdl|2024-6t"]')).toBeVisible();
  // In a swimlane, columns side by side, an empty cell stays blank (a board
  // in lanes by unit would say so a hundred times).
  const blank = await other.getByTestId("lane").locator(".column").evaluateAll((columns) =>
    columns.filter((c) => c.children.length === 0).map((c) => getComputedStyle(c, "::before").content),
  );
  expect(blank.length).toBeGreaterThan(0);
  expect(new Set(blank)).toEqual(new Set(["none"]));
  // A stale link (a group the plan does not have) keeps the rest of the view.
  const stale = await context.newPage();
  await stale.goto(url.replace("muc=t3", "nhom=da-xoa&muc=t3"));
  await expect(stale.getByTestId("board-count")).toContainText("1 thẻ");
  await expect(stale).not.toHaveURL(/nhom=/);
});

test("an empty filter result says what to do", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.goto("./#bang?ky=2024-6t&q=khong%20co%20gi%20ca");
  await expect(page.getByTestId("board-empty")).toContainText("Bỏ bớt bộ lọc");
});

test("a new period starts from the unit's last report in one click, and Ctrl+Z takes it back", async ({ page }) => {
  await asCultureDepartment(page);
  const editor = page.getByTestId("entry-editor");
  const carry = editor.getByTestId("editor-carry");
  await card(page, "t3.2", "so-vhttdl").click();
  // Nothing to copy in the plan's first period.
  await expect(editor.getByTestId("editor-status")).toBeVisible();
  await expect(carry).toHaveCount(0);
  await editor.getByTestId("editor-status").selectOption("dang_trien_khai");
  await editor.getByTestId("editor-done").fill("Đăng 12 tin, bài quảng bá bằng tiếng Anh, tiếng Trung.");
  await editor.getByTestId("editor-spent").fill("5000000");
  await editor.getByTestId("editor-spent").press("Enter");
  await editor.getByTestId("editor-close").click();

  await page.goto("./#bang?ky=2025-6t");
  const next = card(page, "t3.2", "so-vhttdl", "2025-6t");
  await next.click();
  await expect(carry).toHaveText("Chép từ báo cáo 6 tháng đầu năm 2024");
  await carry.click();
  // Filled, and the offer gone: the entry is no longer empty.
  await expect(carry).toHaveCount(0);
  await expect(editor.getByTestId("editor-done")).toHaveValue("Đăng 12 tin, bài quảng bá bằng tiếng Anh, tiếng Trung.");
  await expect(editor.getByTestId("editor-status")).toHaveValue("dang_trien_khai");
  // Funding belongs to its own period.
  await expect(editor.getByTestId("editor-spent")).toHaveValue("");
  await editor.getByTestId("editor-close").click();
  await expect(column(page, "dang_trien_khai").locator(next)).toBeVisible();
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(column(page, "chua_bao_cao").locator(next)).toBeVisible();
  await next.click();
  await expect(carry).toBeVisible();
});

test("on a phone a unit that has reported everything sees its cards first, and the first run's button is on screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new App(page);
  await app.open("cai-dat");
  // The first run's dialog keeps its confirm button in view on a short screen.
  await expect(page.getByTestId("profile-confirm")).toBeInViewport();
  await app.chooseUnit("van hoa", "so-vhttdl");
  // The header (the app, the plan's number, the profile, the views) takes
  // two short rows; the sample's banner one sentence and its button.
  await page.goto("./#bang?ky=2024-6t");
  const header = await page.locator(".header").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(120);
  const banner = await page.getByTestId("sample-banner").boundingBox();
  expect(banner!.height).toBeLessThanOrEqual(140);
  await expect(page.getByTestId("board-period")).toBeInViewport();
  await page.getByTestId("sample-banner-remove").click();
  const ids = await page.locator('[data-card$="|so-vhttdl|2024-6t"]').evaluateAll((all) => all.map((c) => c.getAttribute("data-card")!));
  for (const id of ids) {
    await page.locator(`[data-card="${id}"]`).getByTestId("move-menu").click();
    await page.locator(`[data-card="${id}"]`).getByTestId("move-to-khong_phat_sinh").click();
  }
  await page.reload();
  // The empty first column says where the cards are, and the board opens on them.
  const says = (status: string) => column(page, status).evaluate((c) => getComputedStyle(c, "::before").content);
  expect(await says("chua_bao_cao")).toBe(`"Không có thẻ — ${ids.length} thẻ ở cột Không phát sinh →"`);
  await expect(page.locator(`[data-card="${ids[0]}"]`)).toBeInViewport();
});
