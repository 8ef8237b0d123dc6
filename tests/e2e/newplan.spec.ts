// A new plan from its text: the monitoring unit pastes a plan's text or opens
// its Word file (or starts blank), corrects what the reader made of it beside
// the source, and tracks it; the draft survives a reload and follows a second
// tab; a file the reader cannot take is refused by name and changes nothing;
// the plan made goes out as a plan file, a unit reports on it, and its report
// comes back.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { App, drop, planFile, saveNow, storedByApp, violations, test } from "./app";

const seedText = readFileSync(`${__dirname}/../fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt`, "utf8");
const wordPlan = `${__dirname}/../fixtures/ke-hoach-cao-bang.docx`;
const DRAFT = "tiendo.v1.draft";
const tableText = readFileSync(`${__dirname}/../corpus/cp-12-nq-cp-2023-excerpt.txt`, "utf8");

async function monitoringOnNewPlan(page: Page) {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.getByTestId("new-plan-link").click();
  await expect(page.getByRole("heading", { name: "Kế hoạch mới từ văn bản" })).toBeVisible();
  return app;
}

/** What the app stored besides the draft: the plan it tracks, its settings. */
const storedBesidesDraft = async (page: Page) => {
  const { [DRAFT]: _draft, ...rest } = await storedByApp(page);
  return rest;
};

test("the screen warms the reader while the page is idle, once a page, and stores nothing", async ({ page }) => {
  const spans = () => page.evaluate(() => performance.getEntriesByName("tiendo-warm-reader").length);
  await monitoringOnNewPlan(page);
  // Ten rounds of the small plan, each its own idle callback.
  await expect.poll(spans).toBe(10);
  expect(await storedByApp(page)).not.toHaveProperty(DRAFT);
  await expect(page.getByTestId("new-plan-review")).toHaveCount(0);
  // Back on the screen later in the same page: the code is warm already.
  await page.goto("./#ke-hoach");
  await page.goto("./#ke-hoach-moi");
  await expect(page.getByTestId("new-plan-read")).toBeVisible();
  await page.waitForTimeout(300);
  expect(await spans()).toBe(10);
});

test("pasting a plan's text reads its tasks beside the source, and Tạo kế hoạch tracks it", async ({ page }) => {
  await monitoringOnNewPlan(page);
  await saveNow(page);
  const before = await storedBesidesDraft(page);
  await page.getByTestId("new-plan-text").fill(seedText);
  await page.getByTestId("new-plan-read").click();
  await expect(page.getByTestId("new-plan-status")).toContainText("Kế hoạch 61/KH-UBND: 9 nhiệm vụ (7 nhiệm vụ cần báo cáo)");
  const rows = page.getByTestId("new-plan-task");
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId("new-plan-section")).toHaveCount(2);
  await expect(rows.nth(3)).toContainText("3.2");
  await expect(rows.nth(3).getByTestId("new-plan-lead")).toHaveText("Sở VHTTDL");
  await page.getByTestId("new-plan-reporting").locator("summary").click();
  await expect(page.getByTestId("new-plan-monitoring-name")).toHaveValue("Sở Thông tin và Truyền thông");
  // A task's number shows its words in the source; the source's words lead back.
  await rows.nth(3).getByRole("button", { name: "3.2" }).click();
  const mark = page.locator("#src-t3\\.2");
  await expect(mark).toHaveClass(/new-plan__mark--selected/);
  await expect(mark).toContainText("3.2. Đẩy mạnh việc giới thiệu");
  await expect(mark).toBeInViewport();
  await page.locator("#src-t1").click();
  await expect(rows.nth(0)).toHaveClass(/new-plan__row--selected/);
  await expect(page.getByTestId("new-plan-task-title")).toHaveValue(/^Tổ chức quán triệt, tuyên truyền/);
  expect(await violations(page), "the review").toEqual([]);
  // Only the draft is stored before the button: the plan tracked is as it was.
  expect(await storedBesidesDraft(page)).toEqual(before);

  await page.getByTestId("new-plan-create").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await page.goto("./#ke-hoach");
  await expect(page.locator('[data-leaf="true"]')).toHaveCount(7);
  // Its groups took the members the open plan gave them: their units owe reports.
  await page.goto("./#bang?ky=2024-6t");
  await expect(page.locator('[data-card="t1|so-noi-vu|2024-6t"]')).toBeVisible();
  await expect(page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]')).toBeVisible();
  // The draft went with the button; the plan that was open is on the shelf.
  expect(Object.keys(await storedByApp(page))).not.toContain(DRAFT);
  await page.goto("./#cai-dat");
  await expect(page.getByTestId("shelf-kh-61-2024-lang-son")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("shelf-open-plan")).toContainText("61/KH-UBND");
  await expect(page.getByTestId("shelf-kh-61-2024-lang-son")).toBeVisible();
});

test("a task table copied from a web page, as the browser copies it, gives each task its lead", async ({ page }) => {
  await monitoringOnNewPlan(page);
  // The excerpt's text as a web page shows it: paragraphs, and its appendix
  // as an HTML table (group rows merged across, a long title broken over
  // two lines); then copied as Chromium copies a selection (cells between
  // tabs, the broken title's line break inside its cell).
  const copied = await page.evaluate((text) => {
    const page = document.createElement("div");
    for (const line of text.split("\n")) {
      const cells = line.split(" | ");
      if (cells.length < 3) {
        if (line.trim()) page.append(Object.assign(document.createElement("p"), { textContent: line }));
        continue;
      }
      let table = page.lastElementChild;
      if (table?.tagName !== "TABLE") page.append((table = document.createElement("table")));
      const row = (table as HTMLTableElement).insertRow();
      const merged = cells.slice(2).every((c) => c === cells[1]);
      for (const [k, value] of (merged ? cells.slice(0, 2) : cells).entries()) {
        const cell = row.insertCell();
        if (merged && k === 1) cell.colSpan = cells.length - 1;
        const at = k === 1 && value.length > 80 ? value.indexOf(" ", 50) : -1;
        if (at > 0) cell.append(value.slice(0, at), document.createElement("br"), value.slice(at + 1));
        else cell.textContent = value;
      }
    }
    document.body.append(page);
    const range = document.createRange();
    range.selectNodeContents(page);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const copied = selection.toString();
    selection.removeAllRanges();
    page.remove();
    return copied;
  }, tableText);
  expect(copied).toContain("\t");
  await page.getByTestId("new-plan-text").fill(copied);
  await page.getByTestId("new-plan-read").click();
  await expect(page.getByTestId("new-plan-status")).toContainText("19 nhiệm vụ cần báo cáo");
  const rows = page.getByTestId("new-plan-task");
  await expect(rows).toHaveCount(19);
  const row = (number: string) => rows.filter({ has: page.getByRole("button", { name: number, exact: true }) });
  await expect(row("II.1").getByTestId("new-plan-lead")).toHaveText("Bộ Khoa học và Công nghệ");
  await expect(row("III.5").getByTestId("new-plan-lead")).toHaveText("Bộ Giao thông Vận tải");
  await expect(row("III.1")).toContainText("Quý II/2023");
  // A check about the plan as a whole opens the part where it is corrected.
  await expect(page.getByTestId("new-plan-reporting")).not.toHaveAttribute("open");
  await page.getByTestId("new-plan-check").filter({ hasText: "theo dõi, đôn đốc" }).getByTestId("new-plan-check-part").click();
  await expect(page.getByTestId("new-plan-reporting")).toHaveAttribute("open", "");
  await expect(page.getByTestId("new-plan-monitoring-name")).toBeInViewport();
});

test("corrections in place survive a reload and follow a second tab; undo takes one back", async ({ page, context }) => {
  await monitoringOnNewPlan(page);
  await page.getByTestId("new-plan-text").fill(seedText);
  await page.getByTestId("new-plan-read").click();
  const rows = page.getByTestId("new-plan-task");
  await expect(rows).toHaveCount(7);

  // The lead of 3.2: Sở VHTTDL out, Sở TT&TT (typed short) in.
  await rows.nth(3).getByRole("button", { name: "3.2" }).click();
  const assignees = page.getByTestId("new-plan-assignee");
  const culture = assignees.filter({ hasText: "Sở Văn hóa, Thể thao và Du lịch" });
  await culture.getByRole("button", { name: "Xóa" }).click();
  await expect(culture).toHaveCount(0);
  await page.getByTestId("new-plan-assign-name").fill("Sở TT&TT");
  await page.getByTestId("new-plan-assign-role").selectOption("chu_tri");
  await page.getByTestId("new-plan-assign").click();
  await expect(rows.nth(3).getByTestId("new-plan-lead")).toHaveText("Sở TT&TT");

  // Its timeframe: a deadline instead of "thường xuyên".
  await page.getByTestId("new-plan-timeframe-kind").selectOption("deadline");
  await page.getByTestId("new-plan-timeframe-when").fill("30/06/2025");
  await page.getByTestId("new-plan-timeframe-save").click();
  await expect(rows.nth(3).getByTestId("new-plan-when")).toHaveText("Trước ngày 30/06/2025");

  // A task split in two at the caret.
  await rows.nth(0).getByRole("button", { name: "1" }).click();
  const title = page.getByTestId("new-plan-task-title");
  const text = await title.inputValue();
  const cut = text.indexOf(", ");
  expect(cut).toBeGreaterThan(0);
  await title.evaluate((area: HTMLTextAreaElement, at) => {
    area.focus();
    area.setSelectionRange(at, at);
  }, cut + 1);
  await title.press("ArrowRight");
  await title.press("ArrowLeft");
  await page.getByTestId("tree-split").click();
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(0).locator("td").nth(2)).toHaveText(text.slice(0, cut + 1));
  await expect(rows.nth(1).locator("td").nth(2)).toHaveText(text.slice(cut + 1).trim());
  await expect(rows.nth(1)).toHaveClass(/new-plan__row--selected/);

  // A wrong date is refused in Vietnamese, and the field shows the draft's date.
  // (The header read whole is folded to one line under the tasks' check.)
  await expect(page.getByTestId("new-plan-header")).toContainText("Kế hoạch 61/KH-UBND, 18/03/2024, Ủy ban nhân dân tỉnh Lạng Sơn");
  await page.getByTestId("new-plan-header").locator("summary").click();
  await page.getByTestId("new-plan-date").fill("31/02/2024");
  await page.getByTestId("new-plan-date").press("Tab");
  await expect(page.getByTestId("notice").last()).toContainText("“31/02/2024” không phải ngày hợp lệ");
  await expect(page.getByTestId("new-plan-date")).toHaveValue("18/03/2024");

  // A second tab shows the same draft, and follows a correction made here.
  const second = await context.newPage();
  await second.goto("./#ke-hoach-moi");
  await expect(second.getByTestId("new-plan-task")).toHaveCount(8);
  await page.getByTestId("new-plan-number").fill("62/KH-UBND");
  await page.getByTestId("new-plan-number").press("Tab");
  await expect(second.getByTestId("new-plan-number")).toHaveValue("62/KH-UBND");
  await second.close();

  // Reloaded mid-review: everything is there, and the review goes on.
  await page.reload();
  await expect(rows).toHaveCount(8);
  await page.getByTestId("new-plan-header").locator("summary").click();
  await expect(rows.nth(4).getByTestId("new-plan-lead")).toHaveText("Sở TT&TT");
  await expect(rows.nth(4).getByTestId("new-plan-when")).toHaveText("Trước ngày 30/06/2025");
  await expect(page.getByTestId("new-plan-number")).toHaveValue("62/KH-UBND");
  await page.getByTestId("new-plan-number").fill("63/KH-UBND");
  await page.getByTestId("new-plan-number").press("Tab");
  await page.getByTestId("new-plan-undo").click();
  await expect(page.getByTestId("new-plan-number")).toHaveValue("62/KH-UBND");

  await page.getByTestId("new-plan-create").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 62/KH-UBND");
  await page.goto("./#ke-hoach");
  await expect(page.locator('[data-leaf="true"]')).toHaveCount(8);
  // Undo takes the new plan back: the sample plan is open again.
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
});

test("the review at phone width is accessible, and prints as a checklist", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await monitoringOnNewPlan(page);
  await page.getByTestId("new-plan-text").fill(seedText);
  await page.getByTestId("new-plan-read").click();
  await expect(page.getByTestId("new-plan-task")).toHaveCount(7);
  await page.getByTestId("new-plan-task").nth(0).getByRole("button", { name: "1" }).click();
  await page.getByTestId("new-plan-directory").locator("summary").click();
  await page.getByTestId("new-plan-reporting").locator("summary").click();
  expect(await violations(page), "the review at 360 px").toEqual([]);
  // Nothing wider than the phone but the task table, which scrolls in its frame.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > 361 && !e.closest(".table-scroll"))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );
  expect(wide, "wider than the phone").toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("new-plan-checks")).toBeVisible();
  await expect(page.getByTestId("new-plan-source")).toBeHidden();
  await expect(page.getByTestId("new-plan-task-form")).toBeHidden();
  await expect(page.getByTestId("new-plan-create")).toBeHidden();
  await expect(page.getByTestId("new-plan-check").first()).toContainText("☐");
  await expect(page.getByTestId("new-plan-task").first().locator("td").first()).toHaveText("☐");
});

test("a blank plan: the header, a task and its unit, then tracked; the first run offers it", async ({ page }) => {
  const app = new App(page);
  await app.open("ke-hoach");
  await expect(app.profileDialog()).toBeVisible();
  await page.getByTestId("first-run-new-plan-button").click();
  await expect(page.getByRole("heading", { name: "Kế hoạch mới từ văn bản" })).toBeVisible();
  await page.getByTestId("new-plan-blank").click();
  await expect(page.getByTestId("new-plan-create")).toBeDisabled();
  await expect(page.getByTestId("new-plan-checks")).toContainText("chưa có số, ký hiệu văn bản");
  await page.getByTestId("new-plan-number").fill("7/KH-UBND");
  await page.getByTestId("new-plan-number").press("Tab");
  await page.getByTestId("new-plan-title").fill("Tuyên truyền pháp luật năm 2027");
  await page.getByTestId("new-plan-title").press("Tab");
  await page.getByTestId("tree-add-end").click();
  await page.getByTestId("new-plan-task-title").fill("Tổ chức hội nghị phổ biến pháp luật");
  await page.getByTestId("new-plan-task-title").press("Tab");
  await page.getByTestId("new-plan-assign-name").fill("Sở Tư pháp");
  await page.getByTestId("new-plan-assign").click();
  await expect(page.getByTestId("new-plan-checks")).toHaveText(/Không còn điều gì cần xem lại/);
  await page.getByTestId("new-plan-create").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 7/KH-UBND");
  await page.goto("./#ke-hoach");
  await expect(page.locator('[data-leaf="true"]')).toHaveCount(1);
  await expect(page.locator('[data-leaf="true"]')).toContainText("Tổ chức hội nghị phổ biến pháp luật");
});

test("a Word plan made here goes out as a plan file, a unit reports on it, the report comes back", async ({ page, browser }) => {
  const app = await monitoringOnNewPlan(page);
  await page.getByTestId("new-plan-file").setInputFiles(wordPlan);
  await expect(page.getByTestId("new-plan-status")).toContainText("Kế hoạch 15/KH-UBND");
  const rows = page.getByTestId("new-plan-task");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1).getByTestId("new-plan-lead")).toHaveText("Sở KH&CN");
  await page.getByTestId("new-plan-create").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 15/KH-UBND");
  await app.goTo("cai-dat");
  const plan = { name: "KH15-2026_KeHoach.json", text: await planFile(page) };

  // Sở Tài chính opens the plan file in its own browser and reports.
  const unitContext = await browser.newContext();
  const unitPage = await unitContext.newPage();
  const unit = new App(unitPage);
  await unit.open("nhap-tep");
  await unit.chooseUnit("tai chinh", "so-tai-chinh");
  await drop(unitPage, [plan]);
  await unitPage.getByTestId("import-apply").click();
  await expect(unitPage.getByTestId("plan-number")).toHaveText("Kế hoạch 15/KH-UBND");
  await unitPage.goto("./#bang?ky=2026-6t");
  const card = unitPage.locator('[data-card="ti.2|so-tai-chinh|2026-6t"]');
  await card.getByTestId("move-menu").click();
  await card.getByTestId("move-to-dang_trien_khai").click();
  await expect(unitPage.getByTestId("column-dang_trien_khai").locator(card)).toBeVisible();
  // Under way: the report opens at its result, and the unit writes it.
  await expect(unitPage.getByTestId("editor-done")).toBeFocused();
  await unitPage.getByTestId("editor-done").fill("Đã khảo sát hiện trạng Trung tâm dữ liệu, lập dự toán nâng cấp.");
  await unitPage.keyboard.press("Escape");
  await unitPage.getByTestId("send-report").click();
  const download = unitPage.waitForEvent("download");
  await unitPage.getByTestId("send-download").click();
  const file = await download;
  const report = { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
  await unitContext.close();

  // Back at the monitoring unit: the report lands on the plan made here.
  await app.goTo("nhap-tep");
  await drop(page, [report]);
  await expect(page.getByTestId("import-outcome")).toContainText("1 mới");
  await page.getByTestId("import-apply").click();
  await page.goto("./#bang?ky=2026-6t");
  await expect(
    page.getByTestId("column-dang_trien_khai").locator('[data-card="ti.2|so-tai-chinh|2026-6t"]'),
  ).toBeVisible();
});

test("what the reader cannot take is refused by name and changes nothing", async ({ page }) => {
  await monitoringOnNewPlan(page);
  await saveNow(page);
  const before = await storedByApp(page);
  const refused = [
    { name: "KeHoach.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj"), says: /^Tệp KeHoach\.pdf: đây là tệp PDF: mở tệp, chọn toàn bộ văn bản/ },
    { name: "KeHoach.doc", mimeType: "application/msword", buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), says: /^Tệp KeHoach\.doc: .*\.docx/ },
    { name: "anh-chup.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), says: /^Tệp anh-chup\.png: .*ảnh/ },
  ];
  for (const { says, ...file } of refused) {
    await page.getByTestId("new-plan-file").setInputFiles(file);
    await expect(page.getByTestId("new-plan-status")).toHaveText(says);
    await expect(page.getByTestId("new-plan-task")).toHaveCount(0);
  }
  await page.getByTestId("new-plan-text").fill("Một đoạn văn không có nhiệm vụ nào.");
  await page.getByTestId("new-plan-read").click();
  await expect(page.getByTestId("new-plan-status")).toContainText("Văn bản đã dán: không tìm thấy nhiệm vụ nào");
  await page.getByTestId("new-plan-text").fill("   ");
  await page.getByTestId("new-plan-read").click();
  await expect(page.getByTestId("new-plan-status")).toHaveText("Văn bản đã dán: văn bản trống.");
  // 20 MB of text: over what the reader takes, said before anything is read.
  await page.getByTestId("new-plan-file").setInputFiles({
    name: "toan-van.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(20_000_000, "Nội dung. "),
  });
  await expect(page.getByTestId("new-plan-status")).toHaveText(/^Tệp toan-van\.txt: văn bản dài 20 MB, quá giới hạn 10 MB/);
  await expect(page.getByTestId("new-plan-task")).toHaveCount(0);
  expect(await storedByApp(page)).toEqual(before);
});

test("a new plan's units are matched against every plan this browser holds, the ones put away too", async ({ page }) => {
  const app = await monitoringOnNewPlan(page);
  const office = "so-tai-chinh";
  // Plan 15/KH-UBND, with the address of Sở Tài chính written in (the
  // sample plan has the body, not its address).
  await page.getByTestId("new-plan-file").setInputFiles(wordPlan);
  await page.getByTestId("new-plan-directory").locator("summary").click();
  await page.getByTestId(`new-plan-email-${office}`).fill("stc@langson.gov.vn");
  await page.getByTestId(`new-plan-email-${office}`).press("Tab");
  await page.getByTestId("new-plan-create").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 15/KH-UBND");
  // The sample plan opened again: 15/KH-UBND is put away.
  await app.goTo("cai-dat");
  await page.getByTestId("shelf-kh-61-2024-lang-son").getByTestId("shelf-open").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  // The same Word file read again finds the office, and its address, on the shelf.
  await page.getByTestId("new-plan-link").click();
  await page.getByTestId("new-plan-file").setInputFiles(wordPlan);
  await page.getByTestId("new-plan-directory").locator("summary").click();
  await expect(page.getByTestId(`new-plan-email-${office}`)).toHaveValue("stc@langson.gov.vn");
});
