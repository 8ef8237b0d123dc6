// Every screen, in both languages, passes axe-core's WCAG 2 A and AA rules:
// names on every control, contrast, roles, no links nested in images.
import { expect, type Page } from "@playwright/test";
import { App, anotherPlan, drop, planFile, violations, test } from "./app";

/** Opens each screen by its route and finds no violation on it. */
async function screensPass(page: Page, screens: string[]) {
  for (const screen of screens) {
    await page.goto(`./#${screen}`);
    await expect(page.getByTestId(`nav-${screen.split("?")[0]}`)).toHaveAttribute("aria-current", "page");
    await page.waitForLoadState("networkidle");
    expect(await violations(page), screen).toEqual([]);
  }
}

for (const language of ["vi", "en"]) {
  test(`every screen passes axe (${language})`, async ({ page }) => {
    const app = new App(page);
    await app.open("cai-dat");
    expect(await violations(page), "the profile dialog").toEqual([]);
    await app.chooseMonitoring();
    const second = { name: "KH12-2025_KeHoach.json", text: anotherPlan(await planFile(page)) };
    if (language === "en") await page.getByTestId("language-switch").click();
    await screensPass(page, ["bang?ky=2024-6t", "tong-quan?ky=2024-6t", "ke-hoach", "don-vi", "nhap-tep", "cai-dat"]);
    // The import's file input is hidden behind its label: the label shows the keyboard focus.
    await page.goto("./#nhap-tep");
    await page.getByTestId("import-input").focus();
    const outline = await page.getByTestId("import-input").evaluate((input) => getComputedStyle(input.closest("label")!).outlineStyle);
    expect(outline).toBe("solid");
    await page.goto("./#bang?ky=2024-6t");
    await page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]').click();
    await expect(page.getByTestId("entry-editor")).toBeVisible();
    expect(await violations(page), "the entry editor").toEqual([]);
    // The unit's own editor, with fields marked as unreadable.
    await page.getByTestId("editor-close").click();
    await page.getByTestId("profile-button").click();
    await app.chooseUnit("van hoa", "so-vhttdl");
    await page.goto("./#bang?ky=2024-6t");
    await page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]').click();
    const editor = page.getByTestId("entry-editor");
    await editor.getByTestId("evidence-add").click();
    // The marked field takes the focus (after the click): then type elsewhere.
    await expect(editor.getByTestId("evidence-title")).toBeFocused();
    await editor.getByTestId("editor-progress").fill("150");
    await editor.getByTestId("editor-progress").blur();
    await editor.getByTestId("editor-spent").fill("12,5 triệu");
    await editor.getByTestId("editor-spent").blur();
    await expect(editor.locator("#progress-error")).toBeVisible();
    await expect(editor.locator("#evidence-error")).toBeVisible();
    await expect(editor.locator("#editor-spent-error")).toBeVisible();
    expect(await violations(page), "the unit's editor with errors").toEqual([]);
    // Another plan: its preview, then the plan put away with its delete question.
    await page.goto("./#nhap-tep");
    await drop(page, [second]);
    await expect(page.getByTestId("import-outcome")).toBeVisible();
    expect(await violations(page), "another plan's preview").toEqual([]);
    await page.getByTestId("import-apply").click();
    await page.goto("./#cai-dat");
    await page.getByTestId("shelf-delete").click();
    await expect(page.getByTestId("shelf-delete-yes")).toBeVisible();
    expect(await violations(page), "the plans in this browser").toEqual([]);
  });
}

test("every screen passes axe on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new App(page);
  await app.open("cai-dat");
  await app.chooseMonitoring();
  const second = { name: "KH12-2025_KeHoach.json", text: anotherPlan(await planFile(page)) };
  await screensPass(page, ["bang?ky=2024-6t", "tong-quan?ky=2024-6t", "ke-hoach", "don-vi", "cai-dat"]);
  // The board's folded filters, opened; the import preview read as blocks.
  await page.goto("./#bang?ky=2024-6t");
  await page.getByTestId("filters-toggle").click();
  expect(await violations(page), "the board's filters").toEqual([]);
  await page.goto("./#nhap-tep");
  await drop(page, [{ name: "KH61-2024_BaoCao_khac.json", text: "{ten: 1}" }, second]);
  await expect(page.getByTestId("import-outcome")).toBeVisible();
  expect(await violations(page), "the import preview").toEqual([]);
});
