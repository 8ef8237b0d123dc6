// Each role's period, end to end, as docs/huong-dan.md describes it:
// a unit opens its period, reports every task, reads its report whole and
// sends the file; the monitoring unit imports a mixed batch (two files
// damaged), keeps the refused ones to ask again, chases the late units and
// writes the report up; a leader in a fresh browser is told where figures
// come from. The sample, while present, is said on every screen.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { App, drop, test, violations } from "./app";

type Sent = { name: string; text: string };

/** As `unit`, reports every one of its tasks of the first half of 2024 and
 * downloads the file from its send page. */
async function unitPeriod(page: Page, search: string, unit: string): Promise<Sent> {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit(search, unit);
  // The sample is said on every screen, and goes in one click.
  await expect(page.getByTestId("sample-banner")).toBeVisible();
  await page.getByTestId("sample-banner-remove").click();
  await expect(page.getByTestId("sample-banner")).toHaveCount(0);
  await page.goto("./#bang?ky=2024-6t");
  const cards = page.locator(`[data-card$="|${unit}|2024-6t"]`);
  const count = await cards.count();
  expect(count).toBeGreaterThan(1);
  // The send page before anything is written: every task missing.
  await page.getByTestId("send-report").click();
  await expect(page.getByTestId("send-line")).toHaveCount(count);
  await expect(page.getByTestId("send-missing")).toContainText(`Còn ${count}/${count} nhiệm vụ chưa báo cáo`);
  await page.getByTestId("send-close").click();
  // Every task: the first nothing arose, the others done with their result.
  const ids = await cards.evaluateAll((all) => all.map((c) => c.getAttribute("data-card")!));
  for (const [i, id] of ids.entries()) {
    await page.locator(`[data-card="${id}"]`).click();
    const editor = page.getByTestId("entry-editor");
    await editor.getByTestId("editor-status").selectOption(i === 0 ? "khong_phat_sinh" : "da_trien_khai");
    if (i > 0) await editor.getByTestId("editor-done").fill(`Đã thực hiện nhiệm vụ ${id.split("|")[0]} theo kế hoạch.`);
    await editor.getByTestId("editor-close").click();
    await expect(editor).toHaveCount(0);
  }
  await expect(page.locator(`[data-card$="|${unit}|2024-6t"] .card__fact--no-result`)).toHaveCount(0);
  // Read whole, then the file and the email to the monitoring unit.
  await page.getByTestId("send-report").click();
  await expect(page.getByTestId("send-missing")).toHaveText(`Đủ ${count}/${count} nhiệm vụ đã báo cáo, có kết quả.`);
  await expect(page.getByTestId("send-line").nth(1)).toContainText("Đã thực hiện nhiệm vụ");
  expect(await violations(page), "the send page").toEqual([]);
  const download = page.waitForEvent("download");
  await page.getByTestId("send-download").click();
  const file = await download;
  await expect(page.getByTestId("send-saved")).toContainText(`Đã lưu tệp ${file.suggestedFilename()} vào thư mục Tải về`);
  const email = await page.getByTestId("send-email").getAttribute("href");
  expect(decodeURIComponent(email!)).toContain(file.suggestedFilename());
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("a unit's period: every task reported, read whole, the file and the email", async ({ page }) => {
  const sent = await unitPeriod(page, "y te", "so-y-te");
  expect(sent.name).toBe("KH61-2024_BaoCao_SoYTe_2024-6T.json");
  expect(JSON.parse(sent.text).sender).toBe("so-y-te");
});

test("the monitoring unit's period: a mixed batch imported, refused files kept to ask again, the late chased, the report up", async ({ browser, page }) => {
  const files: Sent[] = [];
  for (const [search, unit] of [["y te", "so-y-te"], ["tu phap", "so-tu-phap"]]) {
    const context = await browser.newContext();
    files.push(await unitPeriod(await context.newPage(), search, unit));
    await context.close();
  }
  // Two damaged files: one emptied in transit, one edited by hand.
  const emptied = { name: files[0].name.replace("SoYTe", "SoNoiVu"), text: "" };
  const edited = { name: files[1].name, text: files[1].text.replace("Đã thực hiện", "Chưa thực hiện") };

  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.getByTestId("sample-banner-remove").click();
  await app.goTo("nhap-tep");
  await drop(page, [files[0], emptied, edited]);
  const rows = page.getByTestId("import-row");
  await expect(rows).toHaveCount(3);
  // A file that cannot be opened still says, by its name, who sent it and when.
  const emptiedRow = rows.filter({ hasText: emptied.name });
  await expect(emptiedRow.getByTestId("import-sender")).toHaveText("Sở Nội vụ");
  await expect(emptiedRow.getByTestId("import-period")).toHaveText("6 tháng đầu năm 2024");
  const editedRow = rows.filter({ hasText: edited.name });
  await expect(editedRow.getByTestId("import-error")).toContainText("nội dung tệp đã bị sửa hoặc hỏng");
  await expect(editedRow).not.toContainText("crc32:");
  await page.getByTestId("import-apply").click();
  // Applied, the two refused files stay, each with a ready request.
  const asks = page.getByTestId("ask-again");
  await expect(asks).toHaveCount(2);
  await expect(asks.filter({ hasText: emptied.name })).toContainText("Sở Nội vụ");
  await expect(asks.filter({ hasText: edited.name })).toContainText("Sở Tư pháp");
  const request = await asks.filter({ hasText: edited.name }).getByTestId("ask-again-email").getAttribute("href");
  expect(decodeURIComponent(request!)).toContain("Đề nghị gửi lại tệp báo cáo");
  // Still there after a visit to another page; gone once asked.
  await app.goTo("ke-hoach");
  await app.goTo("nhap-tep");
  await expect(asks).toHaveCount(2);
  expect(await violations(page), "the files to ask for again").toEqual([]);
  await asks.filter({ hasText: emptied.name }).getByTestId("ask-again-done").click();
  await expect(asks).toHaveCount(1);

  // Chasing: whoever monitors the plan today is not in its own late list,
  // and with no address at all the reminder to everyone is not the main action.
  await page.goto("./#tong-quan?ky=2024-6t");
  await expect(page.getByTestId("data-source")).toContainText("Số liệu từ");
  const laggards = page.getByTestId("laggards");
  await expect(laggards.locator('[data-unit="so-vhttdl"]')).toHaveCount(0);
  await expect(laggards.locator('[data-unit="so-y-te"]')).toHaveCount(0);
  await expect(laggards.locator('[data-unit="so-tu-phap"]')).toHaveCount(1);
  await expect(page.getByTestId("remind-no-address")).toBeVisible();
  await expect(page.getByTestId("remind-all")).not.toHaveClass(/button--primary/);
  // An unreported cell offers the reminder, not an empty form.
  await page.getByTestId("cell-t1-so-tu-phap").click();
  const editor = page.getByTestId("entry-editor");
  await expect(editor.getByTestId("editor-unsent")).toContainText("Đơn vị chưa gửi báo cáo này.");
  const remind = await editor.getByTestId("editor-remind").getAttribute("href");
  expect(decodeURIComponent(remind!)).toContain("Đôn đốc báo cáo");
  await expect(editor.getByTestId("editor-done")).toHaveCount(0);
  await page.keyboard.press("Escape");
  // The report up carries what came in.
  const report = page.waitForEvent("download");
  await page.getByTestId("report-up-docx").click();
  expect((await report).suggestedFilename()).toBe("Bao-cao-KH61-2024-2024-6T.docx");
});

test("a leader in a fresh browser lands on the overview and is told where figures come from", async ({ page }) => {
  const app = new App(page);
  await page.goto("./");
  await page.getByTestId("profile-leader").check();
  await page.getByTestId("profile-confirm").click();
  await expect(app.profileDialog()).toBeHidden();
  await expect(page).toHaveURL(/#tong-quan/);
  // The sample is marked; without it, zeros are explained, with the way to data.
  await expect(page.getByTestId("sample-banner")).toBeVisible();
  await page.getByTestId("sample-banner-remove").click();
  await expect(page.getByTestId("data-source-empty")).toContainText("Trình duyệt này chưa có báo cáo nào của các đơn vị");
  await expect(page.getByTestId("data-source-empty").getByRole("link", { name: "Nhập tệp" })).toHaveAttribute("href", "#nhap-tep");
  expect(await violations(page), "the empty overview").toEqual([]);
  // On screen the targets' panel says it has nothing; paper leaves it out.
  await expect(page.getByTestId("indicators")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("indicators")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  // The board reads: no instruction to drag.
  await page.goto("./#bang");
  await expect(page.locator(".board__help")).not.toContainText("Kéo thẻ");
  await expect(page.locator(".board__help")).toContainText("bấm thẻ");
});

test("while the sample is present every screen and its print say so", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  for (const route of ["bang", "tong-quan", "ke-hoach", "don-vi", "nhap-tep", "cai-dat"]) {
    await page.goto(`./#${route}`);
    await expect(page.getByTestId("sample-banner"), route).toBeVisible();
  }
  await page.emulateMedia({ media: "print" });
  await page.goto("./#tong-quan");
  await expect(page.getByTestId("sample-banner")).toBeVisible();
  await expect(page.getByTestId("sample-banner-remove")).toBeHidden();
});
