// The dashboard on the sample data: its tables carry the domain's figures
// (pinned by tests/dashboard.rs), it links to the board, opens entries from the
// matrix, lists who has not reported, downloads valid SVG and PNG files, and
// drafts the report up as .docx and .xlsx.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { crc32, inflateRawSync } from "node:zlib";
import { App, test } from "./app";

async function openDashboard(page: Page) {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.goto("./#tong-quan?ky=2024-6t");
  await expect(page.getByTestId("chart-tong-the")).toBeVisible();
  return app;
}

test("the dashboard is one click away in the navigation", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.getByTestId("nav-bang").click();
  await page.getByTestId("board-period").selectOption("2024-6t");
  await page.getByTestId("nav-tong-quan").click();
  // The period comes along: the board and the dashboard show the same one.
  await expect(page).toHaveURL(/#tong-quan\?ky=2024-6t/);
  await expect(page.getByTestId("nav-tong-quan")).toHaveAttribute("aria-current", "page");
  // The tab says which screen and which plan (two tabs are told apart).
  await expect(page).toHaveTitle("Tổng quan — 61/KH-UBND — Tiến Độ");
  await expect(page.getByTestId("chart-tong-the")).toBeVisible();
  await expect(page.getByTestId("table-overall")).toContainText("235");
  await page.getByTestId("nav-bang").click();
  await expect(page).toHaveURL(/#bang\?ky=2024-6t/);
  // Opened in a new tab (Ctrl+click), the dashboard shows the same period too.
  const opened = page.context().waitForEvent("page");
  await page.getByTestId("nav-tong-quan").click({ modifiers: ["Control"] });
  const tab = await opened;
  await expect(tab).toHaveURL(/#tong-quan\?ky=2024-6t/);
  await expect(tab.getByTestId("dashboard-period")).toHaveValue("2024-6t");
});

test("the charts' data tables equal the domain's figures", async ({ page }) => {
  await openDashboard(page);
  const overall = page.getByTestId("table-overall");
  // tests/dashboard.rs pins these for the sample: [27, 17, 43, 132, 8, 8] of 235.
  const expected: Record<string, string> = {
    chua_bao_cao: "27", chua_trien_khai: "17", dang_trien_khai: "43",
    da_trien_khai: "132", khong_phat_sinh: "8", co_vuong_mac: "8",
  };
  for (const [status, count] of Object.entries(expected)) {
    await expect(overall.locator(`tr[data-status="${status}"] td`).first()).toHaveText(count);
  }
  await expect(page.getByTestId("overall-total")).toHaveText("235");
  // Per task, the counts add up to the owed reports: 31 for task 1, 34 for the others.
  const tasks = page.getByTestId("table-tasks");
  // (six statuses, then the total, then the completion rate)
  await expect(tasks.locator('tr[data-task="1"] td').nth(6)).toHaveText("31");
  await expect(tasks.locator('tr[data-task="3.2"] td').nth(6)).toHaveText("34");
  const perTask = await tasks.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => Array.from(row.querySelectorAll("td")).slice(0, 6).map((cell) => Number(cell.textContent))),
  );
  const sums = [0, 1, 2, 3, 4, 5].map((i) => perTask.reduce((sum, row) => sum + row[i], 0));
  expect(sums).toEqual([27, 17, 43, 132, 8, 8]);
  // Per unit, reports on time + late + missing = what the unit owes.
  const units = page.getByTestId("table-units");
  await expect(units.locator("tbody tr")).toHaveCount(34);
  const culture = await units.locator('tr[data-unit="so-vhttdl"] td').allTextContents();
  expect(culture.slice(0, 3).map(Number).reduce((a, b) => a + b, 0)).toBe(7);
  await expect(page.getByTestId("laggards").getByTestId("laggard")).toHaveCount(17);
});

test("numbers and status letters follow the language", async ({ page }) => {
  await openDashboard(page);
  const notReported = page.getByTestId("table-overall").locator('tr[data-status="chua_bao_cao"] td').last();
  const letters = () => page.getByTestId("chart-ma-tran").locator("[data-entry] text").allTextContents();
  // 27 of 235: 11,5 % with the Vietnamese decimal comma; cells marked C, Đ, X, K.
  await expect(notReported).toHaveText("11,5%");
  expect(new Set(await letters())).toEqual(new Set(["·", "C", "Đ", "X", "K", "!"]));
  await page.getByTestId("language-switch").click();
  // The charts and their tables are drawn again in English, not only the page around them.
  await expect(notReported).toHaveText("11.5%");
  await expect(page.getByTestId("table-overall").locator('tr[data-status="chua_bao_cao"] th')).toHaveText("Not reported");
  await expect(page.getByTestId("chart-tong-the").locator("svg")).toContainText("Not reported — 27 (11.5%)");
  expect(new Set(await letters())).toEqual(new Set(["·", "N", "P", "D", "–", "!"]));
  await expect(page.getByTestId("chart-ma-tran")).toContainText("N not started, P in progress, D done, – nothing arose");
});

test("a task bar opens the board filtered on that task", async ({ page }) => {
  await openDashboard(page);
  await page.getByTestId("task-bar-3.2").click();
  await expect(page).toHaveURL(/#bang\?ky=2024-6t&nv=t3\.2/);
  // From the keyboard as well: the bar is a link.
  await page.goBack();
  await page.getByTestId("task-bar-3.2").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#bang\?ky=2024-6t&nv=t3\.2/);
  await expect(page.getByTestId("board-count")).toContainText("34 thẻ đang hiển thị trên 235");
});

test("a matrix cell opens that entry", async ({ page }) => {
  await openDashboard(page);
  // A cell is a button named by its unit, task and status.
  await expect(page.getByTestId("cell-t3.2-so-vhttdl")).toHaveAccessibleName(/^Sở VHTTDL · 3\.2: (Đã|Đang|Chưa) /);
  await page.getByRole("button", { name: /^Sở VHTTDL · 3\.2: / }).click();
  const editor = page.getByTestId("entry-editor");
  await expect(editor).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
  // The focus is back on the cell; from the keyboard it opens as well.
  await expect(page.getByTestId("cell-t3.2-so-vhttdl")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(editor).toContainText("3.2 Giới thiệu, quảng bá hình ảnh vùng đất, con người Lạng Sơn");
  await expect(editor).toContainText("Sở Văn hóa, Thể thao và Du lịch · 6 tháng đầu năm 2024");
});

test("the matrix is one stop in the tab order, walked with the arrow keys", async ({ page }) => {
  await openDashboard(page);
  const matrix = page.getByTestId("chart-ma-tran");
  const cells = matrix.locator("[data-entry]");
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
  const position = () => page.evaluate(() => [document.activeElement?.getAttribute("data-r"), document.activeElement?.getAttribute("data-c")].map(Number));
  // Tab reaches the first cell, and the next Tab leaves the matrix at once.
  await matrix.getByTestId("download-png").focus();
  await page.keyboard.press("Tab");
  await expect(cells.first()).toBeFocused();
  expect(await position()).toEqual([0, 0]);
  await page.keyboard.press("ArrowRight");
  expect(await position()).toEqual([0, 1]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  expect(await position()).toEqual([2, 1]);
  await page.keyboard.press("End");
  expect(await position()).toEqual([2, 6]);
  await page.keyboard.press("Control+End");
  const last = await cells.last().getAttribute("data-testid");
  expect(await focused()).toBe(last);
  await page.keyboard.press("ArrowDown");
  expect(await focused()).toBe(last);
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  const below = await focused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest(".chart__cells"))).toBeNull();
  // Back into the matrix: to the cell last left, which Enter opens.
  await page.keyboard.press("Shift+Tab");
  expect(await focused()).toBe(below);
  await expect(matrix.locator('[data-entry][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("entry-editor")).toBeVisible();
  // Another period's matrix keeps the stop on that unit's report on that task.
  await page.keyboard.press("Escape");
  await page.getByTestId("dashboard-period").selectOption("2024-nam");
  await expect(matrix.locator('[data-entry$="|2024-nam"]').first()).toBeAttached();
  await matrix.getByTestId("download-png").focus();
  await page.keyboard.press("Tab");
  expect(await focused()).toBe(below);
  expect(below).not.toBe(await cells.first().getAttribute("data-testid"));
});

test("a plan with more tasks than the seed's seven shows every task in the matrix", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  for (const name of ["Tổ chức Tuần lễ thông tin đối ngoại", "Xuất bản ấn phẩm giới thiệu Lạng Sơn"]) {
    await page.getByTestId("amend-task-name").fill(name);
    await page.getByTestId("amend-task-lead").selectOption("so-vhttdl");
    await page.getByTestId("amend-task-add").click();
  }
  await expect(app.leafTasks()).toHaveCount(9);
  await page.goto("./#tong-quan");
  const matrix = page.getByTestId("chart-ma-tran");
  await expect(matrix.locator("thead th")).toHaveText(["Đơn vị", "1", "2", "3.1", "3.2", "4.1", "4.2", "5", "6", "7"]);
  // The ninth column is inside the drawing, drawn at full size: a wide
  // matrix scrolls sideways rather than shrinking its cells.
  const fits = await page.locator("#chart-ma-tran").evaluate((svg: SVGSVGElement) => {
    const cell = svg.querySelector('[data-testid="cell-t7-so-vhttdl"] rect') as SVGGraphicsElement;
    const box = cell.getBBox();
    return { right: box.x + box.width, drawn: svg.viewBox.baseVal.width, shown: svg.getBoundingClientRect().width };
  });
  expect(fits.right).toBeLessThanOrEqual(fits.drawn);
  expect(fits.shown).toBe(fits.drawn);
  // Its cell opens its entry, as every other does.
  await page.getByTestId("cell-t7-so-vhttdl").click();
  await expect(page.getByTestId("entry-editor")).toContainText("7 Xuất bản ấn phẩm giới thiệu Lạng Sơn");
});

test("a matrix larger than its frame keeps its unit names and task numbers in view as it scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await openDashboard(page);
  const frame = page.getByTestId("chart-ma-tran").locator(".chart__scroll");
  // The names take what the plan's longest one needs, none cut off: on a
  // phone the cells have most of the frame.
  const band = await frame.evaluate((e) => ({
    names: e.querySelector('[data-pin="x"] rect')!.getBoundingClientRect().width,
    frame: e.clientWidth,
    cut: Array.from(e.querySelectorAll('[data-pin="x"] text')).filter((t) => (t as SVGTextElement).getBBox().x < 0).length,
  }));
  expect(band.names).toBeLessThan(band.frame * 0.4);
  expect(band.cut).toBe(0);
  // Scrolled with the wheel, right and down, inside its frame.
  await frame.hover();
  await page.mouse.wheel(60, 200);
  await expect.poll(() => frame.evaluate((e) => [e.scrollLeft, e.scrollTop])).toEqual([60, 200]);
  const seen = () =>
    frame.evaluate((e) => {
      const box = e.getBoundingClientRect();
      const visible = (t: Element) => {
        const r = t.getBoundingClientRect();
        return r.top >= box.top + 26 && r.bottom <= box.top + e.clientHeight && r.right > box.left && r.left < box.right;
      };
      // What the reader sees where each heading is drawn: the heading itself, not a cell over it.
      const onTop = (t: Element) => {
        const r = t.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === t;
      };
      const names = Array.from(e.querySelectorAll('[data-pin="x"] text')).filter(visible);
      const numbers = Array.from(e.querySelectorAll('[data-pin="y"] text')).filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left > box.left + parseFloat(getComputedStyle(e).scrollPaddingLeft) && r.right < box.right;
      });
      return {
        names: names.length,
        namesInView: names.every((t) => t.getBoundingClientRect().left >= box.left && onTop(t)),
        numbers: numbers.length,
        numbersInView: numbers.every((t) => t.getBoundingClientRect().top >= box.top && onTop(t)),
      };
    });
  await expect.poll(seen).toEqual({ names: expect.any(Number), namesInView: true, numbers: expect.any(Number), numbersInView: true });
  const shown = await seen();
  expect(shown.names).toBeGreaterThan(10);
  expect(shown.numbers).toBeGreaterThan(1);
  // Another period redraws the cells under headings that keep their place.
  await page.getByTestId("dashboard-period").selectOption("2024-nam");
  await expect(page.getByTestId("dashboard-period")).toHaveValue("2024-nam");
  expect(await frame.evaluate((e) => [e.scrollLeft, e.scrollTop])).toEqual([60, 200]);
  await expect.poll(seen).toEqual({ names: expect.any(Number), namesInView: true, numbers: expect.any(Number), numbersInView: true });
  // A cell scrolled under the names is hidden by them; one in view opens its entry.
  const cell = page.getByTestId("cell-t5-so-vhttdl");
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  await expect(page.getByTestId("entry-editor")).toContainText("Sở Văn hóa, Thể thao và Du lịch");
  await page.keyboard.press("Escape");
  // Given focus from the keyboard, the first cell scrolls out from under the headings.
  await frame.evaluate((e) => e.scrollTo(e.scrollWidth, e.scrollHeight));
  await page.getByTestId("chart-ma-tran").locator("[data-entry]").first().focus();
  const clear = () =>
    frame.evaluate((e) => {
      const box = e.getBoundingClientRect();
      const cell = document.activeElement!.getBoundingClientRect();
      // Clear of the names, however wide the plan's names make them.
      const names = e.querySelector('[data-pin="x"] rect')!.getBoundingClientRect().width;
      return cell.left >= box.left + names && cell.top >= box.top + 26 && document.activeElement!.getAttribute("data-entry") !== null;
    });
  await expect.poll(clear).toBe(true);
  // On paper the whole matrix is printed with its headings where they were drawn.
  await page.mouse.wheel(60, 200);
  await page.emulateMedia({ media: "print" });
  expect(await page.locator('[data-pin="x"]').evaluate((g) => getComputedStyle(g).transform)).toBe("none");
});

test("the obstacles and proposals show ten at first, all on request", async ({ page }) => {
  // Sở VHTTDL writes an obstacle into each of its seven reports of the half-year.
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit("vhtt", "so-vhttdl");
  await page.goto("./#bang?ky=2024-6t");
  const tasks = ["t1", "t2", "t3.1", "t3.2", "t4.1", "t4.2", "t5"];
  for (const task of tasks) {
    await page.locator(`[data-card="${task}|so-vhttdl|2024-6t"]`).click();
    await page.getByTestId("editor-obstacles").fill(`Vướng mắc ${task}`);
    await page.getByTestId("editor-close").click();
  }
  await page.goto("./#tong-quan?ky=2024-6t");
  const remarks = page.getByTestId("remarks");
  const rows = remarks.getByTestId("remark");
  await expect(remarks.locator("h2")).toHaveText("Khó khăn, vướng mắc và đề xuất các đơn vị nêu (15)");
  await expect(rows).toHaveCount(10);
  const more = remarks.getByTestId("remarks-more");
  await expect(more).toHaveText("Xem tất cả (15)");
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await more.click();
  await expect(rows).toHaveCount(15);
  for (const task of tasks) await expect(remarks).toContainText(`Vướng mắc ${task}`);
  await expect(more).toHaveText("Thu gọn");
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await more.click();
  await expect(rows).toHaveCount(10);
  // Paper says what was left out and where it is whole; expanded, it prints all.
  const notPrinted = remarks.getByTestId("remarks-not-printed");
  await expect(notPrinted).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(notPrinted).toHaveText("5 mục khác không in ra: bấm “Xem tất cả” trước khi in để in đủ; Báo cáo (.docx) có đủ các mục.");
  await expect(notPrinted).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await more.click();
  await expect(notPrinted).toHaveCount(0);
  await more.click();
  // A period with fewer than ten shows them all, with nothing to expand.
  await page.getByTestId("dashboard-period").selectOption("2024-nam");
  await expect(rows).toHaveCount(9);
  await expect(more).toHaveCount(0);
});

test("the trend names each period as officials write it, the year below", async ({ page }) => {
  await openDashboard(page);
  await page.getByTestId("dashboard-period").selectOption("2025-nam");
  const labels = () => page.locator("#chart-xu-huong text").allTextContents();
  const axis = ["6 tháng", "2024", "Năm", "2024", "6 tháng", "2025", "Năm", "2025"];
  await expect.poll(async () => (await labels()).filter((t) => axis.includes(t))).toEqual(axis);
  await page.getByTestId("language-switch").click();
  await expect.poll(async () => (await labels()).filter((t) => /^(H1|Year|\d{4})$/.test(t))).toEqual(["H1", "2024", "Year", "2024", "H1", "2025", "Year", "2025"]);
});

test("non-reporting units get a drafted reminder", async ({ page }) => {
  await openDashboard(page);
  const first = page.getByTestId("laggard").first();
  const href = await first.getByTestId("remind").getAttribute("href");
  const body = decodeURIComponent(href!.split("body=")[1]);
  expect(body).toContain("Kế hoạch số 61/KH-UBND");
  expect(body).toContain("6 tháng đầu năm 2024");
  expect(body).toContain("hạn 15/06/2024");
  // One reminder to all of them, each named with the tasks it owes.
  const laggards = page.getByTestId("laggard");
  const count = await laggards.count();
  const all = await page.getByTestId("remind-all").getAttribute("href");
  expect(all).toMatch(/^mailto:\?subject=%C4%90%C3%B4n%20%C4%91%E1%BB%91c/);
  const allBody = decodeURIComponent(all!.split("body=")[1]);
  for (let i = 0; i < count; i++) {
    const cells = laggards.nth(i).locator("td");
    expect(allBody).toContain(`- ${await cells.nth(0).innerText()}: nhiệm vụ ${await cells.nth(1).innerText()}\r\n`);
  }
  // The sample's units have no address: the hint says who will not get it.
  await expect(page.getByTestId("remind-all-hint")).toContainText(`${count} đơn vị chưa có địa chỉ thư`);
});

test("charts download as valid SVG and PNG files", async ({ page }) => {
  await openDashboard(page);
  const chart = page.getByTestId("chart-tong-the");
  const svgDownload = page.waitForEvent("download");
  await chart.getByTestId("download-svg").click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe("TienDo_tong-the.svg");
  const svg = readFileSync(await svgFile.path(), "utf8");
  expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain("Đã triển khai");
  // The file is well-formed XML.
  const parsed = await page.evaluate((text) => new DOMParser().parseFromString(text, "image/svg+xml").querySelector("parsererror") === null, svg);
  expect(parsed).toBe(true);
  const pngDownload = page.waitForEvent("download");
  await chart.getByTestId("download-png").click();
  const pngFile = await pngDownload;
  expect(pngFile.suggestedFilename()).toBe("TienDo_tong-the.png");
  const png = readFileSync(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(1040); // width: 520 × 2
});

/** The parts of a zip file, each checked against its CRC-32 (a reader of our own, not the app's). */
function unzip(bytes: Buffer): Map<string, string> {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const parts = new Map<string, string>();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const [method, sum, size] = [bytes.readUInt16LE(at + 10), bytes.readUInt32LE(at + 16), bytes.readUInt32LE(at + 20)];
    const [nameLength, extra, comment] = [28, 30, 32].map((o) => bytes.readUInt16LE(at + o));
    const offset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    const data = bytes.subarray(start, start + size);
    const content = method === 8 ? inflateRawSync(data) : data;
    expect(crc32(content), name).toBe(sum);
    parts.set(name, content.toString("utf8"));
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** The text of every element named `tag` once the browser has parsed `xml` (null if it is not well-formed). */
async function xmlTexts(page: Page, xml: string, tag: string): Promise<string[] | null> {
  return page.evaluate(([text, name]) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.querySelector("parsererror")) return null;
    return Array.from(doc.getElementsByTagName(name)).map((node) => node.textContent ?? "");
  }, [xml, tag] as const);
}

test("the report up downloads as a Word document and an Excel annex", async ({ page }) => {
  // Sở VHTTDL has just written what must reach the province.
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit("VHTTDL", "so-vhttdl");
  await page.goto("./#tong-quan?ky=2024-6t");
  await page.getByTestId("cell-t3.2-so-vhttdl").click();
  const done = page.getByTestId("editor-done");
  await done.fill("Tổ chức 3 hội nghị quán triệt <Kết luận 57> & phát hành 1.200 tài liệu");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("entry-editor")).toHaveCount(0);
  const docxDownload = page.waitForEvent("download");
  await page.getByTestId("report-up-docx").click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe("Bao-cao-KH61-2024-2024-6T.docx");
  const parts = unzip(readFileSync(await docx.path()));
  expect([...parts.keys()]).toContain("word/document.xml");
  for (const [name, xml] of parts) expect(await xmlTexts(page, xml, "Types"), name).not.toBeNull();
  const text = (await xmlTexts(page, parts.get("word/document.xml")!, "w:t"))!.join("|");
  // The Nghị định 30 header, written today by whoever monitors today (Sở TT&TT's
  // successor for this plan after 01/03/2025), then the figures the dashboard shows.
  expect(text).toMatch(/^UBND tỉnh Lạng Sơn\|Sở Văn hóa, Thể thao và Du lịch\|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\|Độc lập - Tự do - Hạnh phúc\|Số: +\/BC-SVHTTDL\|Lạng Sơn, ngày \d{2} tháng \d{1,2} năm \d{4}\|BÁO CÁO\|/);
  expect(text).toContain("Kết quả thực hiện Kế hoạch số 61/KH-UBND ngày 18/03/2024 của Ủy ban nhân dân tỉnh Lạng Sơn, 6 tháng đầu năm 2024");
  expect(text).toContain("báo cáo 235 nội dung");
  expect(text).toContain("Tổ chức 3 hội nghị quán triệt <Kết luận 57> & phát hành 1.200 tài liệu.");
  // The sample shown on screen (its funding: 733.500.000 đồng) never reaches
  // the report sent up: it holds only what units reported.
  expect(text).toContain("đã nhận 1 nội dung");
  expect(text).not.toContain("733.500.000");
  expect(text).not.toContain("3. Kinh phí thực hiện");
  expect(text).toContain("Nơi nhận:");
  await expect(page.getByTestId("notice").last()).toContainText("Bao-cao-KH61-2024-2024-6T.docx");

  // The annex, in English too: the page's language does not change an official document.
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("report-up-xlsx")).toHaveText("Annex (.xlsx)");
  const xlsxDownload = page.waitForEvent("download");
  await page.getByTestId("report-up-xlsx").click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe("Bao-cao-KH61-2024-2024-6T-Phu-luc.xlsx");
  const sheets = unzip(readFileSync(await xlsx.path()));
  const names = await page.evaluate((xml) => Array.from(new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("sheet")).map((s) => s.getAttribute("name")), sheets.get("xl/workbook.xml")!);
  expect(names).toEqual(["Phụ lục", "Đơn vị"]);
  const rows = await xmlTexts(page, sheets.get("xl/worksheets/sheet1.xml")!, "row");
  // A title, a date line, the headers, then one row per owed report.
  expect(rows!.length).toBe(3 + 235);
  expect(rows![2]).toBe("STTNhiệm vụNội dung nhiệm vụCơ quan, đơn vịVai tròTình trạngTiến độ (%)Kết quả thực hiệnChỉ tiêuMinh chứngKhó khăn, vướng mắcĐề xuất, kiến nghịKinh phí đã sử dụng (đồng)Nguồn kinh phíĐề nghị bổ sung (đồng)Cập nhật");
  expect(rows!.join("\n")).toContain("Tổ chức 3 hội nghị quán triệt <Kết luận 57> & phát hành 1.200 tài liệu");
});

test("on a laptop's screen the charts stand two a row at their own size, the matrix across", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDashboard(page);
  const box = async (id: string) => (await page.getByTestId(id).boundingBox())!;
  const [donut, bars, trend, units, matrix] = await Promise.all(["chart-tong-the", "chart-nhiem-vu", "chart-xu-huong", "chart-don-vi", "chart-ma-tran"].map(box));
  expect(bars.y).toBe(donut.y);
  expect(bars.x).toBeGreaterThan(donut.x + donut.width - 1);
  expect(units.y).toBe(trend.y);
  expect(matrix.width).toBeGreaterThan(donut.width + bars.width);
  // No chart is shrunk below the size it is drawn at.
  const shrunk = await page.locator(".dashboard__grid svg.chart__svg").evaluateAll((svgs) =>
    svgs.filter((svg) => svg.getBoundingClientRect().width + 0.5 < (svg as SVGSVGElement).viewBox.baseVal.width).map((svg) => svg.id),
  );
  expect(shrunk).toEqual([]);
  // Pages of text keep their measure.
  await page.goto("./#ke-hoach");
  expect((await page.locator("#main").boundingBox())!.width).toBeLessThanOrEqual(1152);
});

test("on a phone the charts are drawn at its width, their text shrunk by a tenth at most", async ({ page }) => {
  await openDashboard(page);
  // Each chart (the matrix scrolls at its own size): how much it is shrunk,
  // and the texts that leave its drawing.
  const measure = () =>
    page.locator(".dashboard__grid svg.chart__svg:not(.chart__svg--wide)").evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        const outside = Array.from(svg.querySelectorAll("text"))
          .map((text) => ({ text: text.textContent, b: text.getBBox() }))
          .filter(({ b }) => b.x < -1 || b.y < -1 || b.x + b.width > box.width + 1 || b.y + b.height > box.height + 1)
          .map(({ text }) => text);
        return { id: svg.id, width: box.width, scale: svg.getBoundingClientRect().width / box.width, outside };
      }),
    );
  expect((await measure()).map((chart) => chart.width)).toEqual([520, 560, 520, 540]);
  // A window made as narrow as a phone draws them again, no reload.
  for (const width of [360, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const language of ["vi", "en"]) {
      if (language === "en") await page.getByTestId("language-switch").click();
      await expect(page.getByTestId("chart-tong-the").locator("svg")).toHaveAttribute("viewBox", "0 0 320 400");
      for (const chart of await measure()) {
        expect(chart.width, chart.id).toBe(320);
        // 12-px text shown at 10.8 px or more (shrunk to fit, a wide chart's was shown at 7).
        expect(chart.scale, `${chart.id} at ${width} px`).toBeGreaterThanOrEqual(0.9);
        expect(chart.outside, `${chart.id} at ${width} px in ${language}`).toEqual([]);
      }
      if (language === "en") await page.getByTestId("language-switch").click();
    }
    // The head takes three lines: the section and the group side by side,
    // printing and the report up on one line.
    const [section, group] = await page.locator(".board__head .filters__field").all();
    expect((await section.boundingBox())!.y).toBe((await group.boundingBox())!.y);
    expect((await page.getByTestId("print").boundingBox())!.y).toBe((await page.getByTestId("report-up-xlsx").boundingBox())!.y);
    // A table of texts reads one block a row: an obstacle takes the row's
    // width, under its column's name, not a column of two words a line.
    const remark = page.getByTestId("remark").first();
    const obstacle = remark.locator("td").nth(2);
    expect((await obstacle.boundingBox())!.width).toBeGreaterThan((await remark.boundingBox())!.width * 0.9);
    expect(await obstacle.evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Khó khăn, vướng mắc: "');
    // A late unit's reminder is one line beside its name.
    const late = page.getByTestId("laggard").first();
    const [name, remind] = await Promise.all([late.locator("td").first().boundingBox(), late.getByTestId("remind").boundingBox()]);
    expect(remind!.height).toBeLessThan(40);
    expect(remind!.x).toBeGreaterThan(name!.x + name!.width - 1);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  // A task's bar still opens the board on it.
  await page.getByTestId("task-bar-3.2").click();
  await expect(page).toHaveURL(/#bang\?ky=2024-6t&nv=t3\.2/);
  // Back on a wide window, drawn wide again.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goBack();
  await expect(page.getByTestId("chart-tong-the").locator("svg")).toHaveAttribute("viewBox", "0 0 520 220");
  expect((await measure()).every((chart) => chart.outside.length === 0)).toBe(true);
});

test("the dashboard prints on A4 without the app's chrome", async ({ page }) => {
  await openDashboard(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".header")).toBeHidden();
  await expect(page.getByTestId("chart-tong-the").getByTestId("download-svg")).toBeHidden();
  // Paper says which plan and as of when (the page's header is not printed), without the buttons.
  await expect(page.getByTestId("print-source")).toHaveText(/^Kế hoạch số 61\/KH-UBND ngày 18\/03\/2024 của Ủy ban nhân dân tỉnh Lạng Sơn — số liệu đến ngày \d{2}\/\d{2}\/\d{4}\.$/);
  await expect(page.getByTestId("remind").first()).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThan(12);
  // A4 is 595 × 842 points.
  expect(pdf.toString("latin1")).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
});

test("each chart names its measure, has a legend, and shows the figure its table gives", async ({ page }) => {
  await openDashboard(page);
  // By task: the completion rate, one decimal, as its table has it.
  const tasks = page.getByTestId("chart-nhiem-vu");
  await expect(tasks.locator(".chart__desc")).toContainText("tỷ lệ hoàn thành: nội dung đã triển khai hoặc không phát sinh");
  await expect(tasks.getByTestId("chart-legend").locator("li")).toHaveCount(6);
  const bar = await page.getByTestId("task-bar-3.2").locator("text").last().textContent();
  const row = page.getByTestId("table-tasks").locator('tr[data-task="3.2"] td').last();
  expect(bar).toBe(`${await row.textContent()}%`);
  expect(bar).toMatch(/^\d+,\d%$/);
  // By unit: the bar is the reported share, and so is the figure beside it.
  const units = page.getByTestId("chart-don-vi");
  await expect(units.locator(".chart__desc")).toContainText("tỷ lệ đã báo cáo (đúng hạn hoặc muộn)");
  await expect(units.getByTestId("chart-legend")).toHaveText(/Đúng hạn.*Muộn.*Chưa báo cáo/);
  const cells = await page.getByTestId("table-units").locator('tr[data-unit="so-y-te"] td').allTextContents();
  const [onTime, late, missing, reported] = cells;
  const share = ((Number(onTime) + Number(late)) * 1000 + Math.floor((Number(onTime) + Number(late) + Number(missing)) / 2)) / (Number(onTime) + Number(late) + Number(missing));
  expect(reported).toBe(`${Math.floor(share / 10)},${Math.floor(share) % 10}`);
  await expect(units.locator("svg")).toContainText(`${reported}%`);
});
