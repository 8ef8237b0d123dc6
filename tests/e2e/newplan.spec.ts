// A new plan from its text: the monitoring unit pastes a plan's text or opens
// its Word file, reviews the tasks read beside the source, and tracks it; a
// file the reader cannot take is refused by name and changes nothing.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { App, saveNow, storedByApp, violations, test } from "./app";

const seedText = readFileSync(`${__dirname}/../fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt`, "utf8");
const wordPlan = `${__dirname}/../fixtures/ke-hoach-cao-bang.docx`;

async function monitoringOnNewPlan(page: Page) {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.getByTestId("new-plan-link").click();
  await expect(page.getByRole("heading", { name: "Kế hoạch mới từ văn bản" })).toBeVisible();
  return app;
}

test("pasting a plan's text reads its tasks beside the source, and Tạo kế hoạch tracks it", async ({ page }) => {
  await monitoringOnNewPlan(page);
  await saveNow(page);
  const before = await storedByApp(page);
  await page.getByTestId("new-plan-text").fill(seedText);
  await page.getByTestId("new-plan-read").click();
  await expect(page.getByTestId("new-plan-status")).toContainText("Kế hoạch 61/KH-UBND: 9 nhiệm vụ (7 nhiệm vụ cần báo cáo)");
  const rows = page.getByTestId("new-plan-task");
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(3)).toContainText("3.2");
  await expect(rows.nth(3).getByTestId("new-plan-lead")).toHaveText("Sở VHTTDL");
  await expect(page.getByTestId("new-plan-monitoring")).toHaveText("Sở Thông tin và Truyền thông");
  // A task's number shows its words in the source; the source's words lead back.
  await rows.nth(3).getByRole("button", { name: "3.2" }).click();
  const mark = page.locator("#src-t3\\.2");
  await expect(mark).toHaveClass(/new-plan__mark--selected/);
  await expect(mark).toContainText("3.2. Đẩy mạnh việc giới thiệu");
  await expect(mark).toBeInViewport();
  await page.locator("#src-t1").click();
  await expect(rows.nth(0)).toHaveClass(/new-plan__row--selected/);
  expect(await violations(page), "the review").toEqual([]);
  // Nothing is stored before the button.
  expect(await storedByApp(page)).toEqual(before);

  await page.getByTestId("new-plan-create").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await page.goto("./#ke-hoach");
  await expect(page.locator('[data-leaf="true"]')).toHaveCount(7);
  // Its groups took the members the open plan gave them: their units owe reports.
  await page.goto("./#bang?ky=2024-6t");
  await expect(page.locator('[data-card="t1|so-noi-vu|2024-6t"]')).toBeVisible();
  await expect(page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]')).toBeVisible();
  // The plan that was open is on the shelf, with its sample.
  await page.goto("./#cai-dat");
  await expect(page.getByTestId("shelf-kh-61-2024-lang-son")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("shelf-open-plan")).toContainText("61/KH-UBND");
  await expect(page.getByTestId("shelf-kh-61-2024-lang-son")).toBeVisible();
});

test("a Word file with numbering and merged cells reads as a plan", async ({ page }) => {
  await monitoringOnNewPlan(page);
  await page.getByTestId("new-plan-file").setInputFiles(wordPlan);
  await expect(page.getByTestId("new-plan-status")).toContainText("Kế hoạch 15/KH-UBND");
  const rows = page.getByTestId("new-plan-task");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1).getByTestId("new-plan-lead")).toHaveText("Sở KH&CN");
  await page.getByTestId("new-plan-create").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 15/KH-UBND");
});

test("a file the reader cannot take is refused by name and changes nothing", async ({ page }) => {
  await monitoringOnNewPlan(page);
  await saveNow(page);
  const before = await storedByApp(page);
  await page.getByTestId("new-plan-file").setInputFiles({
    name: "KeHoach.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7\n1 0 obj"),
  });
  await expect(page.getByTestId("new-plan-status")).toHaveText(
    /^Tệp KeHoach\.pdf: đây là tệp PDF: mở tệp, chọn toàn bộ văn bản/,
  );
  await expect(page.getByTestId("new-plan-task")).toHaveCount(0);
  await page.getByTestId("new-plan-text").fill("Một đoạn văn không có nhiệm vụ nào.");
  await page.getByTestId("new-plan-read").click();
  await expect(page.getByTestId("new-plan-status")).toContainText("Văn bản đã dán: không tìm thấy nhiệm vụ nào");
  expect(await storedByApp(page)).toEqual(before);
});
