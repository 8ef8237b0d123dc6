// Kinh phí: a unit states what a task's work cost in the period, from which
// source, and the further funding it asks for. Amounts read as people type
// them, show in the page's language, survive a reload, travel in the report
// file, and the monitoring unit sees them summed on the dashboard.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { App, drop, test } from "./app";

const card = (page: Page, task: string, unit: string) => page.locator(`[data-card="${task}|${unit}|2024-6t"]`);

test("a unit records its funding as it writes amounts, and sends it in its report file", async ({ browser }) => {
  const unitContext = await browser.newContext();
  const page = await unitContext.newPage();
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit("van hoa", "so-vhttdl");
  await page.getByTestId("sample-remove").click();
  await page.goto("./#bang?ky=2024-6t");
  await card(page, "t3.2", "so-vhttdl").click();
  const editor = page.getByTestId("entry-editor");
  const spent = editor.getByTestId("editor-spent");
  const requested = editor.getByTestId("editor-requested");
  await spent.fill("12500000");
  await spent.press("Enter");
  // Shown back with the marks between thousands.
  await expect(spent).toHaveValue("12.500.000");
  await editor.getByTestId("editor-funding").selectOption("thuong_xuyen");
  // Not an amount: named under the field, the typing kept, nothing saved.
  await requested.fill("12,5 triệu");
  await requested.blur();
  await expect(requested).toHaveAttribute("aria-invalid", "true");
  await expect(editor.locator("#editor-requested-error")).toHaveText("Ghi số tiền bằng đồng, ví dụ 12.500.000.");
  await expect(requested).toHaveValue("12,5 triệu");
  await requested.fill("50.000.000 đồng");
  await requested.blur();
  await expect(requested).not.toHaveAttribute("aria-invalid");
  await expect(requested).toHaveValue("50.000.000");
  // Typed and the page left at once (no Enter, no blur): kept like any field.
  await spent.fill("");
  await spent.pressSequentially("13.000.000");
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(spent).toHaveValue("13.000.000");
  await expect(editor.getByTestId("editor-funding")).toHaveValue("thuong_xuyen");
  await expect(requested).toHaveValue("50.000.000");
  // In English the same amounts carry English marks, and English marks are read.
  await editor.getByTestId("editor-close").click();
  await page.getByTestId("language-switch").click();
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(editor.getByTestId("editor-budget")).toContainText("Spent (dong)");
  await expect(spent).toHaveValue("13,000,000");
  await spent.fill("12,500,000");
  await spent.press("Enter");
  await expect(spent).toHaveValue("12,500,000");
  await editor.getByTestId("editor-close").click();
  await page.getByTestId("language-switch").click();

  await page.getByTestId("send-report").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("send-download").click();
  const file = await download;
  const text = readFileSync(await file.path(), "utf8");
  expect(JSON.stringify(JSON.parse(text).entries)).toContain('"budget":{"spent":12500000,"source":"thuong_xuyen","requested":50000000}');
  await unitContext.close();

  // The monitoring unit imports it: the dashboard sums it and lists the request.
  const monitoring = await browser.newContext();
  const desk = await monitoring.newPage();
  const office = new App(desk);
  await office.open("cai-dat");
  await office.chooseMonitoring();
  await desk.getByTestId("sample-remove").click();
  await desk.goto("./#tong-quan?ky=2024-6t");
  await expect(desk.getByTestId("budget")).toContainText("Chưa có đơn vị nào ghi kinh phí trong kỳ.");
  await office.goTo("nhap-tep");
  await drop(desk, [{ name: file.suggestedFilename(), text }]);
  await desk.getByTestId("import-apply").click();
  await expect(desk.getByTestId("import-applied")).toContainText("1 mới");
  await desk.goto("./#tong-quan?ky=2024-6t");
  const sums = desk.getByTestId("budget-spent");
  await expect(sums.locator("tbody tr")).toHaveText(["Chi thường xuyên12.500.000"]);
  await expect(sums.locator("tfoot tr")).toHaveText(["Tổng cộng12.500.000", "Số báo cáo ghi kinh phí1"]);
  await expect(desk.getByTestId("budget-requests").locator("tbody tr")).toHaveText(["3.2Sở VHTTDL50.000.000"]);
  await monitoring.close();
});

test("on the sample, the funding panel shows the domain's sums", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.goto("./#tong-quan?ky=2024-6t");
  // Pinned by tests/dashboard.rs.
  const sums = page.getByTestId("budget-spent");
  await expect(sums.locator("tbody tr")).toHaveText(["Chi thường xuyên588.000.000", "Xã hội hóa, nguồn khác145.500.000"]);
  await expect(sums.locator("tfoot tr")).toHaveText(["Tổng cộng733.500.000", "Số báo cáo ghi kinh phí49"]);
  const requests = page.getByTestId("budget-requests");
  await expect(requests.locator("tbody tr")).toHaveCount(5);
  await expect(requests.locator("tfoot")).toHaveText("Tổng cộng380.000.000");
  // The leader reads it too, in English.
  await page.getByTestId("language-switch").click();
  await expect(sums.locator("tfoot tr").first()).toHaveText("Total733,500,000");
});
