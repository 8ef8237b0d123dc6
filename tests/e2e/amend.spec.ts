// Amending the plan as the monitoring unit does it: a task added, a unit
// added, renamed, and ended with its successor; earlier periods keep their
// history, the next plan file carries the change, Ctrl+Z takes it back.
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { App, test } from "./app";

async function asMonitoring(page: Page) {
  const app = new App(page);
  await app.open();
  await app.chooseMonitoring();
  return app;
}

test("a task added to the plan is reported from the current period on", async ({ page }) => {
  const app = await asMonitoring(page);
  const form = page.getByTestId("amend-task");
  await expect(page.getByTestId("amend-task-number")).toHaveText("6");
  await page.getByTestId("amend-task-name").fill("Tổ chức Tuần lễ thông tin đối ngoại");
  await page.getByTestId("amend-task-lead").selectOption("so-vhttdl");
  await form.getByRole("checkbox", { name: "Báo Lạng Sơn" }).check();
  await page.getByTestId("amend-task-add").click();
  // Said under the form's button, not in a notice over the page; the
  // revision not yet sent stands above the plan with its file.
  await expect(page.getByTestId("amend-task-note")).toHaveText("Đã sửa, trong lần sửa 2 của kế hoạch (chưa gửi).");
  await expect(page.getByTestId("notice")).toHaveCount(0);
  await expect(page.getByTestId("unsent-revision")).toContainText("Lần sửa 2 của kế hoạch chưa gửi cho các đơn vị");
  await expect(app.leafTasks()).toHaveCount(8);
  await expect(app.task("6").getByTestId("role-lead")).toContainText("Sở VHTTDL");
  await expect(app.task("6").getByTestId("role-coordinate")).toContainText("Báo Lạng Sơn");
  await expect(app.task("6").locator(".task__timeframe")).toHaveText(/^Thường xuyên · bổ sung ngày \d{2}\/\d{2}\/\d{4}$/);
  // The form is ready for the next one.
  await expect(page.getByTestId("amend-task-name")).toHaveValue("");
  await expect(page.getByTestId("amend-task-number")).toHaveText("7");

  // Kept across a reload.
  await page.reload();
  await expect(app.leafTasks()).toHaveCount(8);

  // The current period owes it; 2024 keeps its history.
  await page.goto("./#bang?ky=2026-nam");
  await page.getByTestId("filter-mine").uncheck();
  await expect(page.locator('[data-card="t6|so-vhttdl|2026-nam"]')).toBeVisible();
  await expect(page.locator('[data-card="t6|bao-lang-son|2026-nam"]')).toBeVisible();
  await page.goto("./#bang?ky=2024-6t");
  await expect(page.locator('[data-card^="t1|"]').first()).toBeVisible();
  await expect(page.locator('[data-card^="t6|"]')).toHaveCount(0);

  // The plan file sent again, from the bar over the plan, carries it; the
  // bar then offers the email and says the next change opens revision 3.
  await app.goTo("ke-hoach");
  const download = page.waitForEvent("download");
  await page.getByTestId("unsent-revision").getByTestId("export-plan").click();
  const file = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(file.plan_revision).toBe(2);
  await expect(page.getByTestId("unsent-revision")).toContainText("Đã tải tệp kế hoạch (lần sửa 2)");
  await expect(page.getByTestId("unsent-revision").getByTestId("plan-email")).toBeVisible();
  expect(file.plan.tasks.at(-1)).toMatchObject({ id: "t6", number: "6", title: "Tổ chức Tuần lễ thông tin đối ngoại" });

  // A task added by mistake after the file went out: Ctrl+Z puts the plan
  // back, in the revision the mistake opened (newer than the one sent).
  await app.goTo("ke-hoach");
  await page.getByTestId("amend-task-name").fill("Nhiệm vụ thêm nhầm");
  await page.getByTestId("amend-task-lead").selectOption("so-vhttdl");
  await page.getByTestId("amend-task-add").click();
  await expect(app.leafTasks()).toHaveCount(9);
  await page.locator("body").press("Control+z");
  await expect(app.leafTasks()).toHaveCount(8);
  await expect(app.task("7")).toHaveCount(0);
  await app.goTo("cai-dat");
  const again = page.waitForEvent("download");
  await page.getByTestId("export-plan").click();
  expect(JSON.parse(readFileSync(await (await again).path(), "utf8")).plan_revision).toBe(3);
});

test("a unit that ends passes its work to its successor; units are added and renamed", async ({ page }) => {
  const app = await asMonitoring(page);
  await app.goTo("don-vi");
  // A date that does not exist is named, and nothing changes.
  await page.getByTestId("amend-end-unit").selectOption("so-ngoai-vu");
  await page.getByTestId("amend-end-day").fill("31/02/2025");
  await page.getByTestId("amend-end-successor").selectOption("vp-ubnd");
  await page.getByTestId("amend-end-button").click();
  // Written in the right form, but not a day of the calendar: said under
  // the form's button.
  const endNote = page.getByTestId("amend-unit-end").getByTestId("amend-note");
  await expect(endNote).toContainText("Ngày “31/02/2025” không có trên lịch: kiểm tra lại ngày và tháng");
  await expect(endNote).toHaveAttribute("role", "alert");
  await page.getByTestId("amend-end-day").fill("31/12/2025");
  await page.getByTestId("amend-end-button").click();
  await expect(endNote).toHaveText("Đã sửa, trong lần sửa 2 của kế hoạch (chưa gửi).");
  const row = page.getByTestId("unit-so-ngoai-vu");
  await expect(row).toContainText("đến 31/12/2025");
  await expect(row).toContainText("VP UBND tỉnh");
  // Ended units cannot end twice, or take work: they leave the lists.
  await expect(page.getByTestId("amend-end-unit").locator('option[value="so-ngoai-vu"]')).toHaveCount(0);

  // A new unit, then a better short name for it.
  await page.getByTestId("amend-unit-name").fill("Trung tâm Truyền thông tỉnh Lạng Sơn");
  await page.getByTestId("amend-unit-short").fill("TTTT tỉnh");
  await page.getByTestId("amend-unit-kind").selectOption({ label: "Cơ quan báo chí" });
  await page.getByTestId("amend-unit-add-button").click();
  await expect(page.getByTestId("unit-tttt-tinh")).toContainText("Trung tâm Truyền thông tỉnh Lạng Sơn");
  await page.getByTestId("amend-rename-unit").selectOption("tttt-tinh");
  await page.getByTestId("amend-rename-name").fill("Trung tâm Truyền thông tỉnh Lạng Sơn");
  await page.getByTestId("amend-rename-short").fill("TT Truyền thông");
  await page.getByTestId("amend-rename-button").click();
  await expect(page.getByTestId("unit-tttt-tinh")).toContainText("TT Truyền thông");
  // Three changes, one revision to send.
  await expect(page.getByTestId("unsent-revision")).toContainText("Lần sửa 2 của kế hoạch chưa gửi");

  // The district committees ended on 30/06/2025 with no successor: a new
  // commune is added and named to take Đình Lập's work.
  await page.getByTestId("amend-unit-name").fill("Ủy ban nhân dân xã Đình Lập");
  await page.getByTestId("amend-unit-short").fill("UBND xã Đình Lập");
  await page.getByTestId("amend-unit-kind").selectOption({ label: "UBND cấp huyện, cấp xã" });
  await page.getByTestId("amend-unit-from").fill("01/07/2025");
  await page.getByTestId("amend-unit-add-button").click();
  await page.getByTestId("amend-inherit-unit").selectOption("ubnd-dinh-lap");
  await page.getByTestId("amend-inherit-successor").selectOption("ubnd-xa-dinh-lap");
  await page.getByTestId("amend-inherit-button").click();
  await expect(page.getByTestId("unit-ubnd-dinh-lap")).toContainText("UBND xã Đình Lập");

  // 2026 is the successors'; 2025 is still Sở Ngoại vụ's.
  await page.goto("./#bang?ky=2026-nam");
  await page.getByTestId("filter-mine").uncheck();
  await expect(page.locator('[data-card^="t1|vp-ubnd|2026-nam"]')).toBeVisible();
  await expect(page.locator('[data-card*="|so-ngoai-vu|2026-nam"]')).toHaveCount(0);
  await expect(page.locator('[data-card="t1|ubnd-xa-dinh-lap|2026-nam"]')).toBeVisible();
  await page.goto("./#bang?ky=2025-nam");
  await expect(page.locator('[data-card*="|so-ngoai-vu|2025-nam"]').first()).toBeVisible();
});

test("only the monitoring unit sees the amendment forms", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.chooseUnit("van hoa", "so-vhttdl");
  await expect(page.getByTestId("task-1")).toBeVisible();
  await expect(page.getByTestId("amend-task")).toHaveCount(0);
  await expect(page.getByTestId("amend-tasks")).toHaveCount(0);
  await app.goTo("don-vi");
  await expect(page.getByTestId("units-count")).toBeVisible();
  await expect(page.getByTestId("amend-units")).toHaveCount(0);
});

test("the amended plan file, sent by email, brings the new task to a unit's browser", async ({ browser }) => {
  const monitoring = await browser.newContext();
  const page = await monitoring.newPage();
  const app = await asMonitoring(page);
  await page.getByTestId("amend-task-name").fill("Tổ chức Tuần lễ thông tin đối ngoại");
  await page.getByTestId("amend-task-lead").selectOption("so-vhttdl");
  await page.getByTestId("amend-task-add").click();
  await expect(app.task("6")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByTestId("unsent-revision").getByTestId("export-plan").click();
  const file = await download;
  // Read before its context closes (Playwright then deletes the download).
  const planFile = { name: file.suggestedFilename(), mimeType: "application/json", buffer: readFileSync(await file.path()) };
  await monitoring.close();

  // Sở VHTTDL's browser, which holds revision 1, imports the file.
  const unitContext = await browser.newContext();
  const unitPage = await unitContext.newPage();
  const unit = new App(unitPage);
  await unit.open("cai-dat");
  await unit.chooseUnit("van hoa", "so-vhttdl");
  await unit.goTo("nhap-tep");
  await unitPage.getByTestId("import-input").setInputFiles(planFile);
  await expect(unitPage.getByTestId("import-row")).toHaveCount(1);
  await unitPage.getByTestId("import-apply").click();
  await expect(unitPage.getByTestId("import-applied")).toBeVisible();
  // Its own new card, which it may fill in.
  await unitPage.goto("./#bang?ky=2026-nam");
  const card = unitPage.locator('[data-card="t6|so-vhttdl|2026-nam"]');
  await card.click();
  await expect(unitPage.getByTestId("editor-readonly")).toHaveCount(0);
  await unitPage.getByTestId("editor-status").selectOption("dang_trien_khai");
  await unitPage.getByTestId("editor-close").click();
  await expect(unitPage.getByTestId("column-dang_trien_khai").locator(card)).toBeVisible();
  await unitContext.close();
});

test("a unit's email addresses are set once and address its reminders", async ({ page }) => {
  const app = await asMonitoring(page);
  await app.goTo("don-vi");
  // Written in the units' table, in the unit's own row.
  const cell = page.getByTestId("email-bao-lang-son");
  await expect(cell).toHaveValue("");
  await cell.fill("toasoan@baolangson.vn; bbt@baolangson.vn");
  await cell.blur();
  await expect(cell).toHaveValue("toasoan@baolangson.vn, bbt@baolangson.vn");
  await expect(page.getByTestId("unsent-revision")).toContainText("Lần sửa 2 của kế hoạch chưa gửi");
  // Not an address: named under the field, which keeps the typing; nothing changes.
  await cell.fill("toasoan@baolangson");
  await cell.blur();
  await expect(page.getByTestId("unit-bao-lang-son").getByRole("alert")).toContainText("“toasoan@baolangson” không phải địa chỉ thư điện tử");
  await expect(cell).toHaveAttribute("aria-invalid", "true");
  await expect(cell).toHaveValue("toasoan@baolangson");

  // Kept across a reload.
  await page.reload();
  await expect(page.getByTestId("email-bao-lang-son")).toHaveValue("toasoan@baolangson.vn, bbt@baolangson.vn");

  // The reminder drafted for it is addressed to it.
  await page.goto("./#tong-quan?ky=2026-nam");
  const reminder = page.getByTestId("laggard").filter({ hasText: "Báo Lạng Sơn" }).getByTestId("remind");
  await expect(reminder).toHaveAttribute("href", /^mailto:toasoan@baolangson\.vn,bbt@baolangson\.vn\?subject=/);
  // And the one reminder to all late units reaches it in blind copy.
  await expect(page.getByTestId("remind-all")).toHaveAttribute("href", /^mailto:\?bcc=toasoan@baolangson\.vn,bbt@baolangson\.vn&subject=/);
});

test("a task's title is corrected, the task given to one more unit from today, and additions taken back", async ({ page }) => {
  const app = await asMonitoring(page);
  await app.goTo("ke-hoach");
  const panel = page.getByTestId("amend-tasks");
  await page.getByTestId("amend-edit-task").selectOption("t4.2");
  await expect(page.getByTestId("amend-retitle-title")).toHaveValue("Tăng cường quản lý nhà nước về báo chí");
  await page.getByTestId("amend-retitle-title").fill("Tăng cường quản lý nhà nước về báo chí, xuất bản");
  await panel.getByTestId("amend-retitle-button").click();
  await expect(page.getByTestId("amend-retitle").getByTestId("amend-note")).toHaveText("Đã sửa, trong lần sửa 2 của kế hoạch (chưa gửi).");
  await expect(app.task("4.2").locator(".task__title")).toHaveText("Tăng cường quản lý nhà nước về báo chí, xuất bản");

  await page.getByTestId("amend-assign-unit").selectOption("ban-tuyen-giao-tu");
  await page.getByTestId("amend-assign-role").selectOption("phoi_hop");
  await panel.getByTestId("amend-assign-button").click();
  const assignNote = page.getByTestId("amend-assign").getByTestId("amend-note");
  await expect(assignNote).toHaveText("Đã sửa, trong lần sửa 2 của kế hoạch (chưa gửi).");
  await expect(app.task("4.2").getByTestId("role-coordinate")).toContainText(/Ban Tuyên giáo Tỉnh ủy \(từ \d{2}\/\d{2}\/\d{4}\)/);
  // Twice, or a section: refused and named.
  await page.getByTestId("amend-assign-unit").selectOption("ban-tuyen-giao-tu");
  await panel.getByTestId("amend-assign-button").click();
  await expect(assignNote).toContainText("đơn vị ban-tuyen-giao-tu đã được giao nhiệm vụ này");
  await page.getByTestId("amend-edit-task").selectOption("t3");
  await panel.getByTestId("amend-assign-button").click();
  await expect(assignNote).toContainText("nhiệm vụ t3 là mục lớn");
  await expect(page.getByTestId("notice")).toHaveCount(0);

  // It owes the current period, not the earlier ones; kept across a reload.
  await page.reload();
  await page.goto("./#bang?ky=2026-nam");
  await page.getByTestId("filter-mine").uncheck();
  await expect(page.locator('[data-card="t4.2|ban-tuyen-giao-tu|2026-nam"]')).toBeVisible();
  await page.goto("./#bang?ky=2024-6t");
  await expect(page.locator('[data-card^="t4.2|so-tttt|"]')).toBeVisible();
  await expect(page.locator('[data-card="t4.2|ban-tuyen-giao-tu|2024-6t"]')).toHaveCount(0);

  // Taken back while no one has reported: the unit off the task…
  await app.goTo("ke-hoach");
  await page.getByTestId("amend-edit-task").selectOption("t4.2");
  await expect(page.getByTestId("amend-remove-task")).toHaveCount(0);
  await page.getByTestId("amend-unassign-unit").selectOption("ban-tuyen-giao-tu");
  await page.getByTestId("amend-unassign-button").click();
  await expect(page.getByTestId("unsent-revision")).toContainText("Lần sửa 2 của kế hoạch chưa gửi");
  await expect(app.task("4.2").getByTestId("role-coordinate")).not.toContainText("Ban Tuyên giáo");
  await expect(page.getByTestId("amend-take-out")).toHaveCount(0);
  // …and a task added by mistake.
  await page.getByTestId("amend-task-name").fill("Nhiệm vụ thêm nhầm");
  await page.getByTestId("amend-task-lead").selectOption("so-vhttdl");
  await page.getByTestId("amend-task-add").click();
  await expect(app.leafTasks()).toHaveCount(8);
  await page.getByTestId("amend-edit-task").selectOption("t6");
  await page.getByTestId("amend-remove-task").click();
  await expect(page.getByTestId("unsent-revision")).toContainText("Lần sửa 2 của kế hoạch chưa gửi");
  await expect(app.leafTasks()).toHaveCount(7);
  await expect(page.getByTestId("amend-edit-task")).toHaveValue("");
});

test("a task is added with a deadline, shown on time on the board, and an issued task's timeframe changes", async ({ page }) => {
  const app = await asMonitoring(page);
  await app.goTo("ke-hoach");
  await page.getByTestId("amend-task-name").fill("Tổ chức hội nghị sơ kết thực hiện Kế hoạch");
  await page.getByTestId("amend-task-lead").selectOption("so-vhttdl");
  await page.getByTestId("amend-task-timeframe-kind").selectOption("deadline");
  await expect(page.getByTestId("amend-task-timeframe-when")).toHaveAttribute("placeholder", "30/09/2026");
  // A date that does not exist: named, nothing added.
  await page.getByTestId("amend-task-timeframe-when").fill("31/09/2030");
  await page.getByTestId("amend-task-add").click();
  await expect(page.getByTestId("amend-task-note")).toContainText("Không đọc được thời hạn “31/09/2030”: ghi ví dụ 30/09/2026");
  await expect(app.leafTasks()).toHaveCount(7);
  await page.getByTestId("amend-task-timeframe-when").fill("30/09/2030");
  await page.getByTestId("amend-task-add").click();
  await expect(app.leafTasks()).toHaveCount(8);
  await expect(app.task("6").locator(".task__timeframe")).toContainText("Trước ngày 30/09/2030");
  // The form is ready for the next task: ongoing again.
  await expect(page.getByTestId("amend-task-timeframe-kind")).toHaveValue("ongoing");
  await expect(page.getByTestId("amend-task-timeframe-when")).toHaveCount(0);

  // On the board, the Government Office's scheme: in progress, on time.
  await page.goto("./#bang?ky=2026-nam");
  await page.getByTestId("filter-mine").uncheck();
  await expect(page.locator('[data-card="t6|so-vhttdl|2026-nam"]')).toContainText("Đang thực hiện trong hạn");

  // An issued task: "thường xuyên" becomes Quý II/2027, kept across a reload.
  await app.goTo("ke-hoach");
  await page.getByTestId("amend-edit-task").selectOption("t5");
  const form = page.getByTestId("amend-timeframe");
  await expect(form.getByTestId("amend-timeframe-kind")).toHaveValue("ongoing");
  await form.getByTestId("amend-timeframe-kind").selectOption("quarter");
  await form.getByTestId("amend-timeframe-when").fill("Quý II/2027");
  await form.getByTestId("amend-timeframe-button").click();
  await expect(form.getByTestId("amend-note")).toHaveText("Đã sửa, trong lần sửa 2 của kế hoạch (chưa gửi).");
  await expect(app.task("5").locator(".task__timeframe")).toHaveText("Quý II/2027");
  await page.reload();
  await expect(app.task("5").locator(".task__timeframe")).toHaveText("Quý II/2027");
  await page.getByTestId("amend-edit-task").selectOption("t5");
  await expect(form.getByTestId("amend-timeframe-kind")).toHaveValue("quarter");
  await expect(form.getByTestId("amend-timeframe-when")).toHaveValue("II/2027");
  // The same again changes nothing, and says so.
  await form.getByTestId("amend-timeframe-button").click();
  await expect(form.getByTestId("amend-note")).toContainText("không có gì thay đổi");
});

test("a unit is released from a task from a day, owes no period after it, and is given it back", async ({ page }) => {
  const app = await asMonitoring(page);
  await app.goTo("ke-hoach");
  await page.getByTestId("amend-edit-task").selectOption("t3.2");
  const form = page.getByTestId("amend-release");
  const notice = form.getByTestId("amend-note");
  await form.getByTestId("amend-release-unit").selectOption("bao-lang-son");
  await form.getByTestId("amend-release-from").fill("01/01/2026");
  await form.getByTestId("amend-release-button").click();
  await expect(notice).toContainText("Đã sửa, trong lần sửa 2");
  await expect(app.task("3.2").getByTestId("task-released")).toHaveText("Thôi giao: Báo Lạng Sơn (từ 01/01/2026)");
  // No longer doing it today: not offered again (the form lists those doing it).
  await expect(form.getByTestId("amend-release-unit").locator('option[value="bao-lang-son"]')).toHaveCount(0);
  await expect(form.getByTestId("amend-release-unit").locator('option[value="so-vhttdl"]')).toHaveCount(1);

  // The board: 2025 keeps its card, 2026 has none; kept across a reload.
  await page.reload();
  await page.goto("./#bang?ky=2025-nam");
  await page.getByTestId("filter-mine").uncheck();
  await expect(page.locator('[data-card="t3.2|bao-lang-son|2025-nam"]')).toBeVisible();
  await page.goto("./#bang?ky=2026-nam");
  await expect(page.locator('[data-card="t3.2|so-vhttdl|2026-nam"]')).toBeVisible();
  await expect(page.locator('[data-card="t3.2|bao-lang-son|2026-nam"]')).toHaveCount(0);

  // Given back: owed again.
  await app.goTo("ke-hoach");
  await page.getByTestId("amend-edit-task").selectOption("t3.2");
  await page.getByTestId("amend-released").getByTestId("amend-unrelease-bao-lang-son").click();
  await expect(notice).toContainText("Đã sửa, trong lần sửa 2");
  await expect(app.task("3.2").getByTestId("task-released")).toHaveCount(0);
  await expect(page.getByTestId("amend-released")).toHaveCount(0);
  await page.goto("./#bang?ky=2026-nam");
  await expect(page.locator('[data-card="t3.2|bao-lang-son|2026-nam"]')).toBeVisible();
});

test("units that no longer exist read as ended, and the plan says who carries their tasks now", async ({ page }) => {
  const app = new App(page);
  await app.open("don-vi");
  await app.chooseMonitoring();
  await page.goto("./#don-vi");
  await expect(page.getByTestId("unit-so-tttt").getByTestId("unit-ended")).toHaveText("Đã kết thúc");
  await expect(page.getByTestId("unit-so-vhttdl").getByTestId("unit-ended")).toHaveCount(0);
  await page.goto("./#ke-hoach");
  await expect(page.getByTestId("task-4.2").getByTestId("role-lead")).toContainText("Sở TT&TT (nay: Sở VHTTDL)");
  // The regime as a rule, not the periods of the plan's first year.
  await expect(page.getByTestId("plan-regime")).toHaveText("6 tháng, Năm; từ năm 2024, đến khi kế hoạch kết thúc; hạn nộp ngày 15 của tháng cuối kỳ");
  await page.goto("./#bang");
  await page.getByTestId("filter-units").locator("summary").click();
  await expect(page.getByTestId("filter-units")).toContainText("Sở Thông tin và Truyền thông (đã kết thúc 28/02/2025)");
});

test("the monitoring unit writes units' addresses in the units' table, a wrong one said beside it", async ({ page }) => {
  const app = new App(page);
  await app.open("tong-quan?ky=2024-6t");
  await app.chooseMonitoring();
  await page.goto("./#tong-quan?ky=2024-6t");
  // A unit that has not reported, to be reminded.
  const late = await page.getByTestId("laggard").first().getAttribute("data-unit");
  await page.goto("./#don-vi");
  const field = page.getByTestId(`email-${late}`);
  await field.fill("vanphong@langson");
  await field.press("Tab");
  await expect(page.getByTestId(`unit-${late}`).getByRole("alert")).toContainText("Một hay nhiều địa chỉ");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue("vanphong@langson");
  await field.fill("vanphong@langson.gov.vn");
  await field.press("Tab");
  await expect(field).toHaveAttribute("aria-invalid", "false");
  // The reminder to that unit is addressed.
  await page.goto("./#tong-quan?ky=2024-6t");
  const remind = await page.locator(`[data-testid="laggard"][data-unit="${late}"]`).getByTestId("remind").getAttribute("href");
  expect(remind).toMatch(/^mailto:vanphong@langson\.gov\.vn\?/);
  // A unit's browser reads the addresses, it does not write them.
  await page.getByTestId("profile-button").click();
  await app.chooseUnit("y te", "so-y-te");
  await page.goto("./#don-vi");
  await expect(page.getByTestId(`email-${late}`)).toHaveCount(0);
  await expect(page.getByTestId(`unit-${late}`)).toContainText("vanphong@langson.gov.vn");
});
