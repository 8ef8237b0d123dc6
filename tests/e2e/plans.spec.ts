// Several plans in one browser: another plan's file puts the open plan away
// with its reports; Settings opens it again, downloads or deletes it; a file
// of a plan put away opens that plan from the import; a second tab follows.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { App, anotherPlan, card, column, drop, fillStorage, planFile, report, saveNow, storedByApp, test } from "./app";

const shelfKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("tiendo.shelf.")).sort());


/** The monitoring unit, its sample removed, with another plan's file at hand. */
async function monitoringWithAnotherPlan(page: Page) {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  const second = { name: "KH12-2025_KeHoach.json", text: anotherPlan(await planFile(page)) };
  await page.getByTestId("sample-remove").click();
  return { app, second };
}

test("another plan puts the open one away with its reports; Settings and the import open it again", async ({ page, browser }) => {
  const { app, second } = await monitoringWithAnotherPlan(page);
  const culture = await report(page, app, "van hoa", "so-vhttdl", "t3.2", "da_trien_khai");

  // The plan file of another plan: the preview says the open plan is kept.
  await app.goTo("nhap-tep");
  await drop(page, [second]);
  await expect(page.getByTestId("import-outcome")).toContainText("chuyển sang kế hoạch này");
  await expect(page.getByTestId("import-outcome")).toContainText("kế hoạch đang mở được cất lại trong trình duyệt");
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  await page.goto("./#bang?ky=2024-6t");
  await expect(column(page, "chua_bao_cao").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
  // The header says another plan is here, and leads to it.
  await page.getByTestId("other-plans").click();
  await expect(page.getByTestId("nav-cai-dat")).toHaveAttribute("aria-current", "page");

  // Settings lists both; a reload keeps them.
  await app.goTo("cai-dat");
  const shelf = page.getByTestId("shelf");
  await expect(shelf.getByTestId("shelf-open-plan")).toContainText("12/KH-UBND");
  const first = shelf.getByTestId("shelf-kh-61-2024-lang-son");
  await expect(first).toContainText("Kế hoạch 61/KH-UBND · 18/03/2024 · 1 báo cáo · cất ngày");
  await page.reload();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  await expect(first).toContainText("1 báo cáo");
  expect(await shelfKeys(page)).toEqual(["tiendo.shelf.kh-61-2024-lang-son"]);

  // Sở Y tế reports on the second plan from its own browser.
  const unitContext = await browser.newContext();
  const unitPage = await unitContext.newPage();
  const unit = new App(unitPage);
  await unit.open("nhap-tep");
  await unit.chooseUnit("so y te", "so-y-te");
  await drop(unitPage, [second]);
  await unitPage.getByTestId("import-apply").click();
  await expect(unitPage.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  const health = await report(unitPage, unit, "so y te", "so-y-te", "t5", "co_vuong_mac");
  await unitContext.close();

  // Dropped together: the open plan's report applies, the one of the plan
  // put away is set apart and stays, with the button that opens its plan.
  await app.goTo("nhap-tep");
  await drop(page, [culture, health]);
  await expect(page.getByTestId("import-error")).toContainText("tệp thuộc kế hoạch đang cất trong trình duyệt này: 61/KH-UBND");
  await expect(page.getByTestId("import-outcome")).toContainText("1 mới");
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("import-applied")).toBeVisible();
  await expect(page.getByTestId("import-row")).toHaveCount(1);
  await expect(page.getByTestId("import-row")).toContainText(culture.name);
  await expect(page.getByTestId("import-apply")).toBeDisabled();
  await page.getByTestId("import-open-shelved").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await expect(page.getByTestId("import-outcome")).toContainText("1 không đổi");
  await expect(page.getByTestId("import-error")).toHaveCount(0);
  await page.getByTestId("import-cancel").click();
  await page.goto("./#bang?ky=2024-6t");
  await expect(column(page, "da_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
  // Undo has nothing of the other plan to take back.
  await page.keyboard.press("Control+z");
  await expect(column(page, "da_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();

  // The other plan is on the shelf now: its backup downloads, then it is deleted.
  await app.goTo("cai-dat");
  const other = shelf.getByTestId("shelf-kh-12-2025-lang-son");
  await expect(other).toContainText("12/KH-UBND · 18/03/2024 · 1 báo cáo");
  expect(await shelfKeys(page)).toEqual(["tiendo.shelf.kh-12-2025-lang-son"]);
  const download = page.waitForEvent("download");
  await other.getByTestId("shelf-download").click();
  const backup = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect([backup.format, backup.plan_id]).toEqual(["tiendo-backup", "kh-12-2025-lang-son"]);
  // By keyboard: the question takes the focus on its safe answer, and gives it back.
  await other.getByTestId("shelf-delete").focus();
  await page.keyboard.press("Enter");
  await expect(other.getByTestId("shelf-delete-no")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(other.getByTestId("shelf-delete-yes")).toHaveCount(0);
  await expect(other.getByTestId("shelf-delete")).toBeFocused();
  await expect(other).toBeVisible();
  await other.getByTestId("shelf-delete").click();
  await other.getByTestId("shelf-delete-yes").click();
  await expect(other).toHaveCount(0);
  expect(await shelfKeys(page)).toEqual([]);
  await expect(page.getByTestId("other-plans")).toHaveCount(0);

  // The deleted plan's backup brings it back, and puts the open one away again.
  await app.goTo("nhap-tep");
  await drop(page, [{ name: "sao-luu.json", text: JSON.stringify(backup) }]);
  await expect(page.getByTestId("import-outcome")).toContainText("khôi phục toàn bộ dữ liệu từ bản sao lưu");
  await expect(page.getByTestId("import-outcome")).toContainText("kế hoạch đang mở được cất lại");
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  expect(await shelfKeys(page)).toEqual(["tiendo.shelf.kh-61-2024-lang-son"]);
});

test("a second tab follows the plan opened in the first, and its work lands in that plan", async ({ context }) => {
  const first = await context.newPage();
  const { app, second } = await monitoringWithAnotherPlan(first);
  const other = await context.newPage();
  const otherApp = new App(other);
  await otherApp.open("bang?ky=2024-6t");

  await app.goTo("nhap-tep");
  await drop(first, [second]);
  await first.getByTestId("import-apply").click();
  await expect(first.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  await expect(other.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  await expect(other.getByTestId("notice").first()).toContainText("Một thẻ khác vừa mở kế hoạch khác; thẻ này cũng chuyển theo. Đã cất kế hoạch 61/KH-UBND (mở lại trong Cài đặt).");

  // The second tab reports on the plan now open; the first sees it.
  await report(other, otherApp, "van hoa", "so-vhttdl", "t3.2", "dang_trien_khai");
  await first.goto("./#bang?ky=2024-6t");
  await expect(column(first, "dang_trien_khai").locator(card(first, "t3.2", "so-vhttdl"))).toBeVisible();

  // The first tab opens the seed plan again: the second follows, and the
  // report stays with the plan it was written for.
  await app.goTo("cai-dat");
  await first.getByTestId("shelf-kh-61-2024-lang-son").getByTestId("shelf-open").click();
  await expect(first.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await expect(other.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await expect(first.getByTestId("shelf-kh-12-2025-lang-son")).toContainText("1 báo cáo");
  await expect(other.getByTestId("other-plans")).toHaveText("+1 kế hoạch khác");
  await expect(other.locator(`[data-card="t3.2|so-vhttdl|2024-6t"]`)).toBeVisible();
  await expect(column(other, "dang_trien_khai").locator(card(other, "t3.2", "so-vhttdl"))).toHaveCount(0);
  // A plan deleted in the first tab is gone from the second's header too.
  await first.getByTestId("shelf-kh-12-2025-lang-son").getByTestId("shelf-delete").click();
  await first.getByTestId("shelf-delete-yes").click();
  await expect(other.getByTestId("other-plans")).toHaveCount(0);
});

test("work a tab had not saved when another tab opened another plan goes onto its own plan", async ({ context }) => {
  const first = await context.newPage();
  const { app, second } = await monitoringWithAnotherPlan(first);
  // The second tab's save has not run when the first tab switches plans:
  // the pages' timers stand still (a save waits a quarter second after an
  // edit) and it is not told it went to the background (which saves at once).
  const other = await context.newPage();
  await context.clock.install();
  await other.addInitScript(() =>
    window.addEventListener("visibilitychange", (event) => event.stopImmediatePropagation(), true),
  );
  const otherApp = new App(other);
  await otherApp.open("bang?ky=2024-6t");
  await other.getByTestId("profile-button").click();
  await otherApp.chooseUnit("van hoa", "so-vhttdl");
  await context.clock.pauseAt(Date.now() + 60_000);
  await card(other, "t3.2", "so-vhttdl").getByTestId("move-menu").click();
  await card(other, "t3.2", "so-vhttdl").getByTestId("move-to-co_vuong_mac").click();
  await expect(column(other, "co_vuong_mac").locator(card(other, "t3.2", "so-vhttdl"))).toBeVisible();
  await app.goTo("nhap-tep");
  expect(await other.evaluate(() => Object.keys(localStorage).filter((key) => key.includes("|")))).toEqual([]);

  await drop(first, [second]);
  await first.getByTestId("import-apply").click();
  // The second tab puts its edit onto the plan put away (its label counts it)...
  const label = () =>
    first.evaluate(() => JSON.parse((localStorage.getItem("tiendo.shelf.kh-61-2024-lang-son") ?? "{}").split("\n")[0]));
  await expect.poll(async () => (await label()).reports).toBe(1);
  // ...and, its time running again, shows the plan now open, unreported.
  await context.clock.resume();
  await expect(other.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  await expect(column(other, "chua_bao_cao").locator(card(other, "t3.2", "so-vhttdl"))).toBeVisible();

  // The edit is in the plan put away, not in the plan now open.
  await app.goTo("cai-dat");
  await expect(first.getByTestId("shelf-kh-61-2024-lang-son")).toContainText("1 báo cáo");
  await first.getByTestId("shelf-kh-61-2024-lang-son").getByTestId("shelf-open").click();
  await first.goto("./#bang?ky=2024-6t");
  await expect(column(first, "co_vuong_mac").locator(card(first, "t3.2", "so-vhttdl"))).toBeVisible();
  await expect(first.getByTestId("shelf-kh-12-2025-lang-son")).toHaveCount(0);
  await app.goTo("cai-dat");
  await expect(first.getByTestId("shelf-kh-12-2025-lang-son")).toContainText("0 báo cáo");
});

test("a full storage never loses a plan: the switch does not happen and says why", async ({ page }) => {
  const { app, second } = await monitoringWithAnotherPlan(page);
  await report(page, app, "van hoa", "so-vhttdl", "t3.2", "da_trien_khai");
  const stored = () => storedByApp(page);
  // The move's save (debounced) is made now, before the store is taken as it
  // was: landing after it, it looked like a change.
  await saveNow(page);

  // No room to put the open plan away: nothing changes, the preview stays.
  await app.goTo("nhap-tep");
  await drop(page, [second]);
  const before = await stored();
  await fillStorage(page, "filler", 0);
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("notice").last()).toContainText("Không cất được kế hoạch đang mở vào bộ nhớ trình duyệt");
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await expect(page.getByTestId("import-outcome")).toContainText("chuyển sang kế hoạch này");
  expect(await stored()).toEqual(before);
  await page.evaluate(() => localStorage.removeItem("filler"));
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  const shelvedSize = await page.evaluate(
    () => "tiendo.shelf.kh-61-2024-lang-son".length + (localStorage.getItem("tiendo.shelf.kh-61-2024-lang-son") ?? "").length,
  );

  // Three units report on the second plan; the first is opened again.
  for (const [search, unit] of [["van hoa", "so-vhttdl"], ["so y te", "so-y-te"], ["bao lang son", "bao-lang-son"]]) {
    await report(page, app, search, unit, "t2", "dang_trien_khai");
  }
  await app.goTo("cai-dat");
  await page.getByTestId("shelf-kh-61-2024-lang-son").getByTestId("shelf-open").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await expect(page.getByTestId("notice").last()).toContainText(
    "Đã mở kế hoạch 61/KH-UBND. Đã cất kế hoạch 12/KH-UBND (mở lại trong Cài đặt).",
  );

  // Room to put the first away again, not for the second's reports: the
  // first stays open as it was, the second stays on the shelf.
  const second_shelved = await page.evaluate(() => localStorage.getItem("tiendo.shelf.kh-12-2025-lang-son"));
  await fillStorage(page, "filler", shelvedSize + 40);
  await page.getByTestId("shelf-kh-12-2025-lang-son").getByTestId("shelf-open").click();
  await expect(page.getByTestId("notice").last()).toContainText("không đủ chỗ để mở kế hoạch này");
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  expect(await page.evaluate(() => localStorage.getItem("tiendo.shelf.kh-12-2025-lang-son"))).toBe(second_shelved);
  await page.evaluate(() => localStorage.removeItem("filler"));
  await page.reload();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await app.goTo("cai-dat");
  await expect(page.getByTestId("shelf-open-plan")).toContainText("61/KH-UBND · 18/03/2024 · 1 báo cáo");
  await expect(page.getByTestId("shelf-kh-12-2025-lang-son")).toContainText("3 báo cáo");
  await page.getByTestId("shelf-kh-12-2025-lang-son").getByTestId("shelf-open").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
});

test("taking back the import of another plan opens the first again, and its copy on the shelf goes", async ({ page }) => {
  const { app, second } = await monitoringWithAnotherPlan(page);
  await report(page, app, "van hoa", "so-vhttdl", "t3.2", "da_trien_khai");
  await app.goTo("nhap-tep");
  await drop(page, [second]);
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 12/KH-UBND");
  expect(await shelfKeys(page)).toEqual(["tiendo.shelf.kh-61-2024-lang-son"]);

  await page.getByTestId("import-undo").click();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await expect(page.getByTestId("other-plans")).toHaveCount(0);
  expect(await shelfKeys(page)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await page.goto("./#bang?ky=2024-6t");
  await expect(column(page, "da_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
});
