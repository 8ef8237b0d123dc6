// The foundation as a user meets it: the seed plan, the profile, storage that
// survives damage, sub-paths, offline use, two tabs and the English switch.
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { join } from "node:path";
import { App, drop, fillStorage, saveNow, storedByApp, test } from "./app";

test("the seed plan shows its 7 leaf tasks with lead and coordinating units", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await expect(page.getByTestId("doc-number")).toHaveText("61/KH-UBND");
  // Sở TT&TT ended on 28/02/2025; its external-information work (this plan's subject) is Sở VHTTDL's.
  await expect(page.getByTestId("monitoring-unit")).toHaveText("Sở Thông tin và Truyền thông (nay: Sở Văn hóa, Thể thao và Du lịch)");
  const leaves = app.leafTasks();
  await expect(leaves).toHaveCount(7);
  const numbers = await leaves.locator(".task__number").allTextContents();
  expect(numbers).toEqual(["1", "2", "3.1", "3.2", "4.1", "4.2", "5"]);
  await expect(app.task("3.2").getByTestId("role-lead")).toContainText("Sở VHTTDL");
  const coordinating = app.task("3.2").getByTestId("role-coordinate");
  await expect(coordinating).toContainText("Sở TT&TT");
  await expect(coordinating).toContainText("Sở KH&ĐT");
  await expect(coordinating).toContainText("UBND các huyện, thành phố (11 đơn vị)");
  await expect(app.task("4.2").getByTestId("role-lead")).toContainText("Sở TT&TT");
  await expect(app.task("1").getByTestId("role-guide")).toContainText("Ban Tuyên giáo Tỉnh ủy (đề nghị)");
  await expect(app.task("1").getByTestId("role-implement")).toContainText("Các sở, ban, ngành (20 đơn vị)");
  await expect(page.getByTestId("parents")).toContainText("Kế hoạch số 149-KH/TU ngày 29/01/2024");
});

test("the sample makes the first period come alive and can be removed", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await page.getByTestId("period-select").selectOption("2024-6t");
  await expect(app.task("3.2").getByTestId("task-progress")).toContainText(/\d+\/34 đã báo cáo/);
  await app.goTo("cai-dat");
  await page.getByTestId("sample-remove").click();
  await expect(page.getByTestId("sample-load")).toBeVisible();
  await app.goTo("ke-hoach");
  await page.getByTestId("period-select").selectOption("2024-6t");
  await expect(app.task("3.2").getByTestId("task-progress")).toContainText("0/34 đã báo cáo");
});

test("the profile choice survives a reload", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await expect(app.profileDialog()).toBeVisible();
  // Units a merger ended are listed after today's, with their last day.
  await page.getByTestId("profile-unit").check();
  await page.getByTestId("profile-search").fill("so");
  const picks = page.locator(".unit-picker__item");
  await expect(picks.last()).toContainText(/· đến \d{2}\/\d{2}\/2025$/);
  await expect(page.getByTestId("pick-so-tttt")).toContainText("Sở TT&TT · đến 28/02/2025");
  await expect(page.getByTestId("pick-so-vhttdl")).not.toContainText("đến");
  // Chosen with the keyboard alone: type, arrow down into the list, Enter.
  await page.getByTestId("profile-search").fill("so");
  await page.getByTestId("profile-search").press("ArrowDown");
  await expect(picks.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(picks.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.getByTestId("profile-search").fill("van hoa the thao");
  await page.getByTestId("profile-search").press("ArrowDown");
  await expect(page.getByTestId("pick-so-vhttdl")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("pick-so-vhttdl")).toHaveAttribute("aria-selected", "true");
  await page.getByTestId("profile-confirm").click();
  await expect(app.profileDialog()).toBeHidden();
  await expect(page.getByTestId("profile-button")).toContainText("Sở VHTTDL");
  await page.reload();
  await expect(page.getByTestId("plan-number")).toBeVisible();
  await expect(app.profileDialog()).toBeHidden();
  await expect(page.getByTestId("profile-button")).toContainText("Sở VHTTDL");
});

test("a corrupted store is set aside verbatim and the app recovers with a message", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  // The first save has happened; then something damages the store.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("tiendo.v1.workspace") !== null)).toBe(true);
  const damaged = '{"format":"tiendo-store","version":1,"generation":4,"workspace":{"plan":';
  await page.evaluate((text) => localStorage.setItem("tiendo.v1.workspace", text), damaged);
  await page.reload();
  await expect(page.getByTestId("health-banner")).toContainText("đã được cất riêng");
  await expect(app.leafTasks()).toHaveCount(7);
  const aside = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((key) => key.startsWith("tiendo.aside."));
    return keys.map((key) => localStorage.getItem(key));
  });
  expect(aside).toEqual([damaged]);
  await app.goTo("cai-dat");
  await expect(page.getByTestId("aside-list")).toBeVisible();
  // The store is whole again: the next reload shows no banner.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("tiendo.v1.workspace")?.startsWith('{"format":"tiendo-store","version":3,'))).toBe(true);
  await page.reload();
  await expect(page.getByTestId("plan-number")).toBeVisible();
  await expect(page.getByTestId("health-banner")).toBeHidden();
  // Set aside once, not again by the save that replaced it.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("tiendo.aside.")).length)).toBe(1);
});

test("a damaged entry part is set aside and everything else is kept", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  const key = "tiendo.v3.entries.so-vhttdl|2024-6t";
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, key)).toBe(true);
  // Whole JSON, but its packed characters are not the packing's alphabet.
  const damaged = '{"format":"tiendo-store-part","version":3,"generation":2,"bytes":4,"packed":"x"}';
  await page.evaluate(([key, damaged]) => localStorage.setItem(key, damaged), [key, damaged]);
  await page.reload();
  await expect(page.getByTestId("health-banner")).toContainText("Một phần dữ liệu");
  await expect(page.getByTestId("health-banner")).toContainText(`${key}: dữ liệu nén hỏng (ký tự lạ U+0078)`);
  // Said in English when the page is.
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("health-banner")).toContainText(`${key}: the compressed data is damaged (a stray character U+0078)`);
  await expect(page.getByTestId("health-banner")).toContainText("Part of the stored data could not be read");
  await page.getByTestId("language-switch").click();
  // Other units' reports of the period are still there; the damaged unit's are not.
  await page.getByTestId("period-select").selectOption("2024-6t");
  await expect(app.task("3.2").getByTestId("task-progress")).toContainText(/[1-9]\d*\/34 đã báo cáo/);
  const aside = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("tiendo.aside.")).map((k) => localStorage.getItem(k)),
  );
  expect(aside).toEqual([damaged]);
  // The next save drops the damaged part; a reload is clean.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), key)).toBeNull();
  await page.reload();
  await expect(page.getByTestId("plan-number")).toBeVisible();
  await expect(page.getByTestId("health-banner")).toBeHidden();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("tiendo.aside.")).length)).toBe(1);
});

test("the app works under a sub-path", async ({ page }) => {
  const app = new App(page, "/tiendo/");
  await app.open();
  await app.chooseMonitoring();
  await expect(app.leafTasks()).toHaveCount(7);
  await app.goTo("don-vi");
  await page.getByTestId("units-search").fill("dinh lap");
  await expect(page.getByTestId("unit-ubnd-dinh-lap")).toBeVisible();
  await expect(page.getByTestId("units-count")).toHaveText("1 đơn vị");
  expect(page.url()).toContain("/tiendo/#don-vi");
});

test("after the first visit the app opens offline with its data", async ({ page, context }) => {
  const app = new App(page);
  await app.open();
  await app.chooseUnit("bao lang son", "bao-lang-son");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId("plan-number")).toBeVisible();
  await expect(page.getByTestId("profile-button")).toContainText("Báo Lạng Sơn");
  await expect(app.leafTasks()).toHaveCount(7);
  await context.setOffline(false);
});

test("a change saved in one tab appears in the other", async ({ page, context }) => {
  const first = new App(page);
  await first.open();
  await first.chooseMonitoring();
  const other = await context.newPage();
  const second = new App(other);
  await second.open("cai-dat");
  await expect(other.getByTestId("sample-remove")).toBeVisible();
  await first.goTo("cai-dat");
  await page.getByTestId("sample-remove").click();
  await expect(other.getByTestId("sample-load")).toBeVisible();
  await expect(other.getByTestId("notice").first()).toContainText("thẻ khác");
  await other.getByTestId("sample-load").click();
  await expect(page.getByTestId("sample-remove")).toBeVisible();
});

test("edits of one unit's reports in two tabs both survive", async ({ page, context }) => {
  const first = new App(page);
  await first.open("cai-dat");
  await first.chooseMonitoring();
  await page.goto("./#bang?ky=2024-6t");
  const other = await context.newPage();
  await other.goto("./#bang?ky=2024-6t");
  const card = (p: typeof page, task: string) => p.locator(`[data-card="${task}|so-tttt|2024-6t"]`);
  await expect(card(other, "t1")).toBeVisible();
  await card(page, "t1").click();
  await page.getByTestId("editor-done").fill("Thẻ thứ nhất: đã quán triệt cho 80 cán bộ.");
  await page.getByTestId("editor-close").click();
  // The same part (Sở TT&TT, 6 tháng đầu năm 2024) changes again in the other tab.
  await card(other, "t1").click();
  await expect(other.getByTestId("editor-done")).toHaveValue("Thẻ thứ nhất: đã quán triệt cho 80 cán bộ.");
  await other.getByTestId("editor-close").click();
  await card(other, "t4.2").click();
  await other.getByTestId("editor-done").fill("Thẻ thứ hai: đã vận hành trang chuyên mục.");
  await other.getByTestId("editor-close").click();
  await card(page, "t4.2").click();
  await expect(page.getByTestId("editor-done")).toHaveValue("Thẻ thứ hai: đã vận hành trang chuyên mục.");
  await page.getByTestId("editor-close").click();
  await page.reload();
  await card(page, "t1").click();
  await expect(page.getByTestId("editor-done")).toHaveValue("Thẻ thứ nhất: đã quán triệt cho 80 cán bộ.");
});

test("the English switch changes the UI and is remembered", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await expect(page.getByTestId("nav-don-vi")).toHaveText("Đơn vị");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("nav-don-vi")).toHaveText("Units");
  await expect(page.getByTestId("nav-cai-dat")).toHaveText("Settings");
  await expect(page).toHaveTitle("Plan — 61/KH-UBND — Tiến Độ");
  await expect(app.task("3.2").getByTestId("role-lead")).toContainText("Lead");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Navigation" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("nav-don-vi")).toHaveText("Units");
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("nav-ke-hoach")).toHaveText("Kế hoạch");
});

test("on every screen, switching the language shows what opening the page in it shows", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  // Every text, label and placeholder of the page, the charts' tables opened.
  const texts = () =>
    page.evaluate(() => {
      document.querySelectorAll("details").forEach((d) => (d.open = true));
      const attributes = Array.from(document.querySelectorAll("[aria-label],[title],[placeholder]"), (e) =>
        ["aria-label", "title", "placeholder"].map((a) => e.getAttribute(a) ?? "").join("|"),
      );
      return [...document.body.innerText.split("\n"), ...attributes];
    });
  for (const route of ["bang?ky=2024-6t", "tong-quan?ky=2024-6t", "ke-hoach", "don-vi", "nhap-tep", "cai-dat"]) {
    await page.goto(`./#${route}`);
    await expect(page.getByTestId("nav-don-vi")).toHaveText("Đơn vị");
    await page.getByTestId("language-switch").click();
    await expect(page.getByTestId("nav-don-vi")).toHaveText("Units");
    const switched = await texts();
    await page.reload();
    await expect(page.getByTestId("nav-don-vi")).toHaveText("Units");
    await expect.poll(texts, { message: route }).toEqual(switched);
    await page.getByTestId("language-switch").click();
  }
});

test("settings show how much browser storage the workspace uses", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await app.goTo("cai-dat");
  await expect(page.getByTestId("storage-used")).toHaveText(/^Dữ liệu Tiến Độ đang dùng \d{1,3}(\.\d{3})+ trên khoảng 5\.241\.856 ký tự \(\d+,\d%\)\.$/);
});

test("a full storage keeps the edit in memory, says so, and leaves the last good save", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await app.goTo("cai-dat");
  await page.getByTestId("sample-remove").click();
  const stored = () => storedByApp(page);
  await expect.poll(async () => Object.keys(await stored()).filter((k) => k.startsWith("tiendo.v3.entries.")).length).toBe(0);
  const lastGood = await stored();
  expect(Object.keys(lastGood)).toContain("tiendo.v3.plan");
  // Fill the origin's quota until less than 3,000 characters are left: the
  // sample's first parts fit, the rest does not.
  const fill = (key: string, leave: number) => fillStorage(page, key, leave);
  await fill("filler", 3_000);
  await page.getByTestId("sample-load").click();
  await expect(page.getByTestId("health-banner")).toContainText("Bộ nhớ trình duyệt đã đầy");
  await expect(page.getByTestId("sample-remove")).toBeVisible();
  // Nothing of the failed save stays: every key holds what it held.
  expect(await stored()).toEqual(lastGood);
  const backup = page.waitForEvent("download");
  await page.getByTestId("health-banner").getByTestId("backup-button").click();
  const file = await backup;
  expect(file.suggestedFilename()).toMatch(/^TienDo_SaoLuu_\d{4}-\d{2}-\d{2}\.json$/);
  // Not a character left (and no settings stored whose room a rewrite could
  // reuse): a changed setting says it is kept only until the page closes.
  await page.evaluate(() => localStorage.removeItem("tiendo.v1.settings"));
  await fill("filler-2", 0);
  await page.getByTestId("language-switch").click();
  await expect(page.getByTestId("notice")).toContainText("Settings could not be saved");
  await page.evaluate(() => localStorage.removeItem("filler-2"));
  await page.getByTestId("language-switch").click();
  // Room again: the next change saves and the warning goes.
  await page.evaluate(() => localStorage.removeItem("filler"));
  await page.getByTestId("sample-remove").click();
  await expect(page.getByTestId("health-banner")).toBeHidden();
});

test("a storage full at start-up opens what is stored, says new changes wait for space, and backs it all up", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  // A change of this browser's own: the sample removed, saved.
  await page.getByTestId("sample-remove").click();
  await saveNow(page);
  const stored = await storedByApp(page);
  expect(Object.keys(stored).some((key) => key.startsWith("tiendo.v3.entries."))).toBe(false);
  // Another site's data fills the origin until not one character fits.
  await fillStorage(page, "filler", 0);
  expect(await page.evaluate(() => { try { localStorage.setItem("x", "1"); return true; } catch { return false; } })).toBe(false);
  await page.reload();
  // What is stored is open (no sample came back), and the banner says why nothing new can be saved.
  await expect(page.getByTestId("plan-number")).toBeVisible();
  await page.goto("./#cai-dat");
  await expect(page.getByTestId("sample-load")).toBeVisible();
  const banner = page.getByTestId("health-banner");
  await expect(banner).toContainText("Bộ nhớ trình duyệt đã đầy. Dữ liệu đã lưu vẫn còn nguyên và đang mở");
  await expect(banner).toContainText(/Tiến Độ đang dùng [\d.]+ ký tự/);
  expect(await storedByApp(page)).toEqual(stored);
  // The backup holds everything stored: the plan without its sample.
  const download = page.waitForEvent("download");
  await banner.getByTestId("backup-button").click();
  const backup = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(backup.backup.workspace.plan.id).toBe("kh-61-2024-lang-son");
  expect(JSON.stringify(backup.backup.workspace.entries ?? [])).not.toContain('"sample":true');
  // Room again: the next change is saved and the warning goes.
  await page.evaluate(() => localStorage.removeItem("filler"));
  await page.getByTestId("sample-load").click();
  await expect(banner).toBeHidden();
});

test("the browser is asked to keep the data at the first change, and Settings says when the last backup was taken", async ({ page }) => {
  // The browser's answer is stubbed (headless Chromium decides by engagement);
  // what is tested is when the app asks and what it says.
  await page.addInitScript(() => {
    const w = window as any;
    w.__asked = 0;
    navigator.storage.persist = () => { w.__asked += 1; return Promise.resolve(true); };
    navigator.storage.persisted = () => Promise.resolve(w.__asked > 0);
  });
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await expect(page.getByTestId("backup-age")).toHaveText("Trình duyệt này chưa tải bản sao lưu nào.");
  expect(await page.evaluate(() => (window as any).__asked)).toBe(0);
  // A real change: the monitoring unit moves its own card.
  const move = async () => {
    await page.goto("./#bang?ky=2024-6t");
    const own = page.locator('[data-card="t4.2|so-tttt|2024-6t"]');
    await own.getByTestId("move-menu").click();
    await own.locator('[data-testid^="move-to-"]').first().click();
    await saveNow(page);
  };
  await move();
  await expect.poll(() => page.evaluate(() => (window as any).__asked)).toBe(1);
  await page.goto("./#cai-dat");
  await expect(page.getByTestId("storage-kept")).toHaveText("Trình duyệt đã đồng ý giữ dữ liệu của Tiến Độ: không tự xóa khi ổ đĩa đầy.");
  await page.getByTestId("backup-button").first().click();
  await expect(page.getByTestId("backup-age")).toHaveText(/^Bản sao lưu gần nhất: \d{2}\/\d{2}\/\d{4}\.$/);
  // A later change makes the backup older than the data; asked once a page.
  await move();
  await page.goto("./#cai-dat");
  await expect(page.getByTestId("backup-age")).toContainText("dữ liệu đã thay đổi sau đó, nên tải bản mới.");
  expect(await page.evaluate(() => (window as any).__asked)).toBe(1);
  // The backup's time is kept with the settings.
  await page.reload();
  await expect(page.getByTestId("backup-age")).toContainText("Bản sao lưu gần nhất:");
});

test("as storage fills past 80% every screen says so before it is full, with the backup at hand", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await expect(page.getByTestId("storage-nearly-full")).toHaveCount(0);
  // Another key of this origin takes 85% of the quota.
  await page.evaluate(() => localStorage.setItem("khac", "x".repeat(Math.floor(5_241_856 * 0.85))));
  await page.reload();
  const banner = page.getByTestId("storage-nearly-full");
  await expect(banner).toContainText(/Bộ nhớ trình duyệt của trang này đã dùng 8\d,\d%/);
  await expect(banner).toContainText("xóa những kế hoạch đã cất");
  await expect(banner.getByTestId("backup-button")).toBeVisible();
  // Settings' meter reads the same measure.
  await app.goTo("cai-dat");
  await expect(page.getByTestId("storage-used")).toContainText(/đang dùng 4\.\d{3}\.\d{3} trên/);
  // Freed again (the key removed), the next save measures and the banner goes.
  await page.evaluate(() => localStorage.removeItem("khac"));
  await page.getByTestId("sample-remove").click();
  await expect(banner).toHaveCount(0);
});

test("with storage disabled the app runs in memory with a visible warning", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const app = new App(page);
  await app.open();
  await expect(page.getByTestId("health-banner")).toContainText("không cho lưu dữ liệu");
  await app.chooseMonitoring();
  await expect(app.leafTasks()).toHaveCount(7);
});

test("a trap in the wasm (the release's panic) leaves a notice and the saved data", async ({ page }) => {
  // Trunk hands the instance's exports to this event; a malloc request no
  // allocator can meet aborts, as a panic does in the release build.
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (event) => { (window as any).__wasm = (event as CustomEvent).detail.wasm; });
  });
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await expect(app.leafTasks()).toHaveCount(7);
  await expect(page.getByTestId("crash")).toHaveCount(0);
  await saveNow(page);
  const stored = await storedByApp(page);
  await page.evaluate(() => setTimeout(() => (window as any).__wasm.__wbindgen_malloc(0xfffffff0, 8)));
  await expect(page.getByTestId("crash")).toHaveText(
    "Ứng dụng gặp lỗi không lường trước. Dữ liệu đã lưu vẫn an toàn; hãy tải lại trang. / The app hit an unexpected error. Saved data is safe; reload the page.",
  );
  await expect(page.getByTestId("crash")).toHaveAttribute("role", "alert");
  expect(await storedByApp(page)).toEqual(stored);
  await page.reload();
  await expect(app.leafTasks()).toHaveCount(7);
  await expect(page.getByTestId("crash")).toHaveCount(0);
});

test("after a trap nothing more is written, not even by the page-hide save", async ({ page }) => {
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (event) => { (window as any).__wasm = (event as CustomEvent).detail.wasm; });
  });
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  await saveNow(page);
  const stored = await storedByApp(page);
  // A change still waiting for its save when the wasm traps: the state it
  // left cannot be trusted, so the page-hide save must not store it.
  // The trap comes right after the change, before any timer (a loaded
  // machine could otherwise let the save's timer run first).
  await page.evaluate(() => {
    (document.querySelector('[data-testid="sample-remove"]') as HTMLElement).click();
    queueMicrotask(() => (window as any).__wasm.__wbindgen_malloc(0xfffffff0, 8));
  });
  await expect(page.getByTestId("crash")).toBeVisible();
  await saveNow(page);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  expect(await storedByApp(page)).toEqual(stored);
  await page.reload();
  await expect(page.getByTestId("crash")).toHaveCount(0);
  await page.goto("./#cai-dat");
  await expect(page.getByTestId("sample-remove")).toBeVisible();
});

test("a store written by a newer version in another tab is never overwritten", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("tiendo.v1.workspace") !== null)).toBe(true);
  const newer = '{"format":"tiendo-store","version":99,"generation":50,"workspace":{}}';
  await page.evaluate((text) => localStorage.setItem("tiendo.v1.workspace", text), newer);
  await app.goTo("cai-dat");
  await page.getByTestId("sample-remove").click();
  await expect(page.getByTestId("health-banner")).toContainText("phiên bản mới hơn");
  expect(await page.evaluate(() => localStorage.getItem("tiendo.v1.workspace"))).toBe(newer);
});

test("at start-up, a store of a newer version and an unreadable shelf entry are shown as they are and never overwritten", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  await saveNow(page);
  const damagedShelf = "tiendo.shelf.kh-9-2025-hong";
  await page.evaluate((key) => localStorage.setItem(key, "không phải kế hoạch"), damagedShelf);
  const newer = '{"format":"tiendo-store","version":99,"generation":50,"workspace":{}}';
  await page.evaluate((text) => localStorage.setItem("tiendo.v1.workspace", text), newer);
  await page.reload();
  // The newer store is left as it is: this version runs without writing.
  await expect(page.getByTestId("plan-number")).toBeVisible();
  await app.goTo("cai-dat");
  await page.getByTestId("sample-remove").click();
  await saveNow(page);
  expect(await page.evaluate(() => localStorage.getItem("tiendo.v1.workspace"))).toBe(newer);
  await expect(page.getByTestId("health-banner")).toBeVisible();
  // The unreadable plan on the shelf is listed as such, and kept.
  await expect(page.getByTestId("shelf")).toContainText(damagedShelf);
  expect(await page.evaluate((key) => localStorage.getItem(key), damagedShelf)).toBe("không phải kế hoạch");
});

test("the one-file copy opens from a disk and keeps its data; index.html from a disk says to use it", async ({ page }) => {
  // As from a USB stick or an email attachment: file://, no server.
  const single = "file://" + join(__dirname, "../../dist/TienDo.html");
  await page.goto(single);
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await new App(page).chooseUnit("van hoa", "so-vhttdl");
  await page.goto(single + "#bang?ky=2024-6t");
  const card = page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]');
  const from = await card.getAttribute("data-status");
  await card.focus();
  await page.keyboard.press("ArrowRight");
  await expect(card).not.toHaveAttribute("data-status", from!);
  const moved = await card.getAttribute("data-status");
  await page.reload();
  await expect(page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]')).toHaveAttribute("data-status", moved!);
  // The hosted page's index.html cannot load its module from a disk: it says what to open instead.
  await page.goto("file://" + join(__dirname, "../../dist/index.html"));
  await expect(page.getByTestId("boot-failed")).toContainText("Hãy mở tệp TienDo.html trong cùng thư mục");
});

test("no screen is wider than a phone or a tablet: a wide board or table scrolls in its own frame", async ({ page }) => {
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  for (const width of [360, 768]) {
    await page.setViewportSize({ width, height: 800 });
    for (const route of ["bang?ky=2024-6t", "tong-quan?ky=2024-6t", "ke-hoach", "don-vi", "nhap-tep", "cai-dat"]) {
      await page.goto(`./#${route}`);
      await expect(page.locator("main h1, main h2").first()).toBeVisible();
      if (route.startsWith("bang")) {
        // On a phone the filters are folded under their button.
        if (await page.getByTestId("filters-toggle").isVisible()) await page.getByTestId("filters-toggle").click();
        await page.locator(".filters__units summary").click();
      }
      if (route === "nhap-tep") {
        // A long file name in the preview breaks; its fault is said in Vietnamese.
        await drop(page, [{ name: "KH61-2024_BaoCao_SoVanHoaTheThaoVaDuLich_2024-6T_ban-sua-lan-2.json", text: "{ten: 1}" }]);
        await expect(page.getByTestId("import-error")).toHaveText(
          "Từ chối: lỗi cú pháp JSON ở dòng 1, cột 2 (tên trường phải đặt trong dấu ngoặc kép)",
        );
        if (width === 360) {
          // A file reads as one block: its verdict across the screen, not in a fourth of it.
          const row = page.getByTestId("import-row");
          const verdict = (await page.getByTestId("import-error").boundingBox())!;
          expect(verdict.width).toBeGreaterThan((await row.boundingBox())!.width * 0.8);
        }
      }
      if (route === "ke-hoach" && width === 360) {
        // The plan's facts: each name over its value, a task's title across the screen.
        const [name, value] = await Promise.all([page.locator(".doc__facts dt").first().boundingBox(), page.getByTestId("doc-number").boundingBox()]);
        expect(value!.x).toBe(name!.x);
        expect(value!.y).toBeGreaterThan(name!.y);
        expect((await page.locator(".task__title").first().boundingBox())!.width).toBeGreaterThan(width * 0.7);
      }
      if (route === "don-vi" && width === 360) {
        // A unit reads as one block: its name on one line across (not a
        // column of two words a line), each field under its column's name.
        const row = page.getByTestId("unit-so-vhttdl");
        expect((await row.locator("td").first().boundingBox())!.height).toBeLessThan(40);
        const short = row.locator("td").nth(1);
        expect(await short.evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Tên ngắn: "');
        const field = (await short.boundingBox())!;
        expect(field.x + field.width).toBeLessThanOrEqual(360);
      }
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, `${route} at ${width} px`).toBeLessThanOrEqual(width);
    }
  }
});
