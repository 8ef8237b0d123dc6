// Exchange by email: units export reports, the monitoring unit drops them all
// at once, previews, applies and can undo; a backup restores a cleared browser.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { App, card, column, drop, report, saveNow, test } from "./app";


/** The stored plan and entry parts, without the generation that wrote each. */
const storedParts = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith("tiendo.v3."))
        .sort()
        .map((key) => [key, (localStorage.getItem(key) ?? "").replace(/"generation":\d+/, '"generation":0')]),
    ),
  );

test("units send reports; the monitoring unit imports them in one drop, refuses a broken file, and can undo", async ({ browser }) => {
  const unitsContext = await browser.newContext();
  const unitsPage = await unitsContext.newPage();
  const units = new App(unitsPage);
  await units.open("cai-dat");
  await units.chooseUnit("van hoa", "so-vhttdl");
  await unitsPage.getByTestId("sample-remove").click();
  const culture = await report(unitsPage, units, "van hoa", "so-vhttdl", "t3.2", "da_trien_khai");
  expect(culture.name).toBe("KH61-2024_BaoCao_SoVHTTDL_2024-6T.json");
  const press = await report(unitsPage, units, "bao lang son", "bao-lang-son", "t2", "dang_trien_khai");
  const health = await report(unitsPage, units, "so y te", "so-y-te", "t5", "co_vuong_mac");
  expect(press.name).toBe("KH61-2024_BaoCao_BaoLangSon_2024-6T.json");
  expect(JSON.parse(culture.text).entries).toHaveLength(1);
  await unitsContext.close();

  const monitoring = await browser.newContext();
  const page = await monitoring.newPage();
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await page.getByTestId("sample-remove").click();
  await app.goTo("nhap-tep");
  const broken = { name: "bao-cao-hong.json", text: culture.text.slice(0, 300) };
  await drop(page, [culture, press, health, broken]);
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByTestId("import-row")).toHaveCount(4);
  await expect(preview.getByTestId("import-outcome")).toHaveCount(3);
  // One line above the table counts them and names the refused file.
  await expect(page.getByTestId("import-summary")).toHaveText(
    "4 tệp đã kiểm tra: 3 hợp lệ, 1 bị từ chối (bao-cao-hong.json). Khi áp dụng: 3 mới.",
  );
  await expect(preview.getByTestId("import-row").nth(0)).toContainText("Hợp lệ: 1 mới");
  await expect(preview.getByTestId("import-row").nth(0)).toContainText("Sở VHTTDL");
  await expect(preview.getByTestId("import-row").nth(3)).toContainText("bao-cao-hong.json");
  await expect(preview.getByTestId("import-error")).toContainText("tệp bị cắt cụt");
  // The undo lives as long as the page: a backup of the state before keeps it longer.
  const backup = page.waitForEvent("download");
  await page.getByTestId("backup-button").click();
  const saved = await backup;
  expect(saved.suggestedFilename()).toMatch(/^TienDo_SaoLuu_\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(await saved.path(), "utf8")).format).toBe("tiendo-backup");
  await page.getByTestId("import-apply").click();
  // The broken file is left out of the count; the three reports hold one new entry each.
  await expect(page.getByTestId("import-applied")).toContainText("Đã nhập 3 tệp: 3 mới. Có thể hoàn tác lần nhập này cho đến khi đóng trang.");
  await page.goto("./#bang?ky=2024-6t");
  await expect(column(page, "da_trien_khai").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
  await expect(column(page, "dang_trien_khai").locator(card(page, "t2", "bao-lang-son"))).toBeVisible();
  await expect(column(page, "co_vuong_mac").locator(card(page, "t5", "so-y-te"))).toBeVisible();
  // Importing the same files again changes nothing.
  await app.goTo("nhap-tep");
  await drop(page, [culture, press]);
  await expect(page.getByTestId("import-preview")).toContainText("1 không đổi");
  await expect(page.getByTestId("import-apply")).toBeDisabled();
  await page.getByTestId("import-cancel").click();
  // Undo the import: the board is as before.
  await page.getByTestId("import-undo").click();
  await page.goto("./#bang?ky=2024-6t");
  await expect(column(page, "chua_bao_cao").locator(card(page, "t3.2", "so-vhttdl"))).toBeVisible();
  await expect(page.getByTestId("count-da_trien_khai")).toContainText("0");
  await monitoring.close();
});

test("a plan revision adds an indicator: a unit's figure is saved, read back and summed on the dashboard", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  const download = page.waitForEvent("download");
  await page.getByTestId("export-plan").click();
  const envelope = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  // The monitoring unit revises the plan: task 3.2 now counts news items.
  const { plan, ...head } = envelope;
  plan.revision += 1;
  plan.tasks.find((task: { number: string }) => task.number === "3.2").indicators = [
    { id: "tin-bai", name: "Tin, bài đăng tải", measure: "tin, bài", target: 20 },
  ];
  const payload = JSON.stringify(plan);
  const checksum = `crc32:${crc32(Buffer.from(payload)).toString(16).padStart(8, "0")}`;
  const revised = `{${JSON.stringify({ ...head, plan_revision: plan.revision, checksum }).slice(1, -1)},"plan":${payload}}`;
  await app.goTo("nhap-tep");
  await drop(page, [{ name: "KH61-2024_KeHoach_r2.json", text: revised }]);
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("import-applied")).toBeVisible();

  // Sở VHTTDL types a decimal figure; the browser reads the number input.
  await page.getByTestId("profile-button").click();
  await app.chooseUnit("van hoa", "so-vhttdl");
  await page.goto("./#bang?ky=2024-6t");
  await card(page, "t3.2", "so-vhttdl").click();
  const editor = page.getByTestId("entry-editor");
  await expect(editor).toContainText("Tin, bài đăng tải (tin, bài) / 20");
  await editor.getByTestId("indicator-tin-bai").fill("12.5");
  await editor.getByTestId("indicator-tin-bai").blur();
  await editor.getByTestId("editor-close").click();
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  const figure = page.getByTestId("indicator-tin-bai");
  await expect(figure).toHaveValue("12.5");
  // Text the browser cannot read as a number is marked, not taken for an empty field.
  await figure.fill("");
  await figure.pressSequentially("1e");
  await figure.blur();
  await expect(page.locator("#indicator-tin-bai-error")).toHaveText("Không đọc được số đã nhập.");
  await page.getByTestId("editor-close").click();
  await page.reload();
  await card(page, "t3.2", "so-vhttdl").click();
  await expect(figure).toHaveValue("12.5");
  await page.getByTestId("editor-close").click();

  // The monitoring unit sees it summed, with the Vietnamese decimal comma.
  await page.getByTestId("profile-button").click();
  await app.chooseMonitoring();
  await page.goto("./#tong-quan?ky=2024-6t");
  const row = page.getByTestId("indicators").locator("tr", { hasText: "Tin, bài đăng tải" });
  await expect(row.locator("td")).toHaveText(["3.2", "Tin, bài đăng tải (tin, bài)", "12,5", "20", "1"]);
});

test("a unit's file carrying another unit's entry is refused for that entry", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit("van hoa", "so-vhttdl");
  await page.getByTestId("sample-remove").click();
  const culture = await report(page, app, "van hoa", "so-vhttdl", "t3.2", "da_trien_khai");
  // Same checksum-valid entry, re-labelled by hand as Sở TT&TT's: the checksum catches it.
  const forged = { name: "sua-tay.json", text: culture.text.replace('"unit": "so-vhttdl"', '"unit": "so-tttt"') };
  await page.getByTestId("profile-button").click();
  await app.chooseMonitoring();
  await app.goTo("nhap-tep");
  await drop(page, [forged]);
  await expect(page.getByTestId("import-error")).toContainText("mã kiểm tra không khớp");
});

test("a link in a received file opens only if it is a web address", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit("van hoa", "so-vhttdl");
  await page.getByTestId("sample-remove").click();
  const culture = await report(page, app, "van hoa", "so-vhttdl", "t3.2", "da_trien_khai");
  // A file written by hand, checksum and all, whose evidence would run script if it became a link.
  const file = JSON.parse(culture.text);
  file.entries[0].entry.evidence = [
    { kind: "lien_ket", title: "Bài viết", link: "javascript:window.__pwned=1" },
    { kind: "lien_ket", title: "Tin", link: "https://baolangson.vn/tin" },
  ];
  file.entries[0].entry.revision += 1;
  file.checksum = `crc32:${crc32(Buffer.from(JSON.stringify(file.entries))).toString(16).padStart(8, "0")}`;
  await page.getByTestId("profile-button").click();
  await app.chooseMonitoring();
  await app.goTo("nhap-tep");
  await drop(page, [{ name: "tay.json", text: JSON.stringify(file, null, 2) }]);
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("import-applied")).toBeVisible();
  await page.goto("./#bang?ky=2024-6t");
  await card(page, "t3.2", "so-vhttdl").click();
  const items = page.getByTestId("entry-editor").getByTestId("evidence-item");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).getByRole("link")).toHaveCount(0);
  const shown = items.nth(0).getByTestId("evidence-link-shown");
  await expect(shown).toHaveText("javascript:window.__pwned=1");
  await expect(shown).not.toHaveAttribute("href");
  await shown.click();
  await expect(items.nth(1).getByRole("link")).toHaveAttribute("href", "https://baolangson.vn/tin");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a backup restores a cleared browser exactly", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseUnit("van hoa", "so-vhttdl");
  await page.goto("./#bang?ky=2024-6t");
  await card(page, "t1", "so-vhttdl").click();
  await page.getByTestId("editor-done").fill("Quán triệt Kết luận 57-KL/TW cho 120 cán bộ.");
  await page.getByTestId("editor-close").click();
  await saveNow(page);
  const before = await storedParts(page);
  expect(Object.keys(before).length).toBeGreaterThan(5);
  await app.goTo("cai-dat");
  const download = page.waitForEvent("download");
  await page.getByTestId("backup-button").click();
  const backupPath = await (await download).path();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(app.profileDialog()).toBeVisible();
  await app.chooseMonitoring();
  await app.goTo("nhap-tep");
  await page.getByTestId("import-input").setInputFiles(backupPath);
  await expect(page.getByTestId("import-preview")).toContainText("khôi phục toàn bộ");
  await page.getByTestId("import-apply").click();
  await expect(page.getByTestId("profile-button")).toContainText("Sở VHTTDL");
  await saveNow(page);
  const after = await storedParts(page);
  expect(after).toEqual(before);
});

test("a file that is not Tiến Độ's is named for what it is, in the page's language", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await app.goTo("nhap-tep");
  const pdf = { name: "bao-cao-quy-3.pdf", text: "%PDF-1.7\n1 0 obj" };
  await drop(page, [pdf]);
  await expect(page.getByTestId("import-error")).toContainText("đây là tệp PDF, không phải tệp .json của Tiến Độ");
  // The preview on screen follows a switch of language, refusals included.
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("import-error")).toHaveText(
    "Refused: this is a PDF file, not a Tiến Độ .json file; use the .json file Tiến Độ made",
  );
  await expect(page.getByTestId("import-preview")).not.toContainText("Từ chối");
});

test("a report file sent before anything was written says so, and changes nothing", async ({ browser }) => {
  const unitContext = await browser.newContext();
  const unitPage = await unitContext.newPage();
  const unit = new App(unitPage);
  await unit.open("cai-dat");
  await unit.chooseUnit("bao lang son", "bao-lang-son");
  await unitPage.getByTestId("sample-remove").click();
  await unitPage.goto("./#bang?ky=2024-6t");
  await unitPage.getByTestId("send-report").click();
  const download = unitPage.waitForEvent("download");
  await unitPage.getByTestId("send-download").click();
  const file = await download;
  const empty = { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
  await unitContext.close();

  const page = await browser.newPage();
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await app.goTo("nhap-tep");
  await drop(page, [empty]);
  await expect(page.getByTestId("import-outcome")).toHaveText("Hợp lệ: không có báo cáo nào");
  await expect(page.getByTestId("import-apply")).toBeDisabled();
  await page.close();
});
