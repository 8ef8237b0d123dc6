// Page object for Tiến Độ: what a user sees and does, in their words.
import { test as base, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { crc32 } from "node:zlib";

/** Playwright's `test`, failing any test during which a page of its browser
 * context reported a Content Security Policy violation (the policy is
 * scripts/csp.mjs's): the app must run under its own policy. A test that
 * provokes a violation on purpose takes it out of `csp` after asserting it. */
export const test = base.extend<{ csp: string[] }>({
  csp: [
    async ({ context }, use) => {
      const seen: string[] = [];
      context.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
      });
      await use(seen);
      expect(seen, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export class App {
  constructor(readonly page: Page, readonly base = "./") {}

  async open(hash = "ke-hoach") {
    await this.page.goto(this.base + (hash ? `#${hash}` : ""));
    await expect(this.page.getByTestId("plan-number")).toBeVisible();
  }

  profileDialog() {
    return this.page.getByTestId("profile-dialog");
  }

  /** Chooses an implementing unit in the profile dialog by typing its name. */
  async chooseUnit(search: string, unitId: string) {
    await this.page.getByTestId("profile-unit").check();
    await this.page.getByTestId("profile-search").fill(search);
    await this.page.getByTestId(`pick-${unitId}`).click();
    await this.page.getByTestId("profile-confirm").click();
    await expect(this.profileDialog()).toBeHidden();
  }

  async chooseMonitoring() {
    await this.page.getByTestId("profile-monitoring").check();
    await this.page.getByTestId("profile-confirm").click();
    await expect(this.profileDialog()).toBeHidden();
  }

  task(number: string) {
    return this.page.getByTestId(`task-${number}`);
  }

  leafTasks() {
    return this.page.locator('[data-leaf="true"]');
  }

  async goTo(view: "ke-hoach" | "don-vi" | "cai-dat") {
    await this.page.getByTestId(`nav-${view}`).click();
  }
}

/** Drops files on the import screen's drop zone, as a user drags them from a folder. */
export async function drop(page: Page, files: { name: string; text: string }[]) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const { name, text } of list) data.items.add(new File([text], name, { type: "application/json" }));
    return data;
  }, files);
  await page.getByTestId("dropzone").dispatchEvent("drop", { dataTransfer: transfer });
}

/** A unit's card for a task in the first half of 2024. */
export const card = (page: Page, task: string, unit: string) => page.locator(`[data-card="${task}|${unit}|2024-6t"]`);
export const column = (page: Page, status: string) => page.getByTestId(`column-${status}`);

/** As `unit`, moves one of its cards to a status and downloads its report file. */
export async function report(page: Page, app: App, search: string, unit: string, task: string, status: string) {
  await page.getByTestId("profile-button").click();
  await app.chooseUnit(search, unit);
  await page.goto("./#bang?ky=2024-6t");
  await card(page, task, unit).getByTestId("move-menu").click();
  await card(page, task, unit).getByTestId(`move-to-${status}`).click();
  await expect(column(page, status).locator(card(page, task, unit))).toBeVisible();
  // Done or under way with nothing written: the report opens asking for it.
  if (["dang_trien_khai", "da_trien_khai"].includes(status)) {
    await expect(page.getByTestId("editor-ask-result")).toBeVisible();
    await page.keyboard.press("Escape");
  }
  await page.getByTestId("send-report").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("send-download").click();
  const file = await download;
  await expect(page.getByTestId("send-saved")).toContainText(file.suggestedFilename());
  // The email goes to the monitoring unit, unless the unit monitors the plan itself.
  if (await page.getByTestId("send-itself").count() === 0) {
    await expect(page.getByTestId("send-email")).toHaveAttribute("href", /^mailto:[^?]*\?subject=B%C3%A1o%20c%C3%A1o/);
  }
  await page.getByTestId("send-close").click();
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** Another plan's file, made from a plan file: its id, number and title
 * changed, the checksum written again, as the monitoring unit of another
 * plan would send it. */
export function anotherPlan(planFile: string, id = "kh-12-2025-lang-son", number = "12/KH-UBND") {
  const { plan, ...head } = JSON.parse(planFile);
  plan.id = id;
  plan.document.number = number;
  plan.document.title = "Triển khai công tác chuyển đổi số năm 2025";
  const payload = JSON.stringify(plan);
  const checksum = `crc32:${crc32(Buffer.from(payload)).toString(16).padStart(8, "0")}`;
  const envelope = { ...head, plan_id: id, checksum };
  return `{${JSON.stringify(envelope).slice(1, -1)},"plan":${payload}}`;
}

/** The monitoring unit's plan file, as Settings downloads it. */
export async function planFile(page: Page) {
  const download = page.waitForEvent("download");
  await page.getByTestId("export-plan").click();
  return readFileSync(await (await download).path(), "utf8");
}

/** Fills the origin's storage until `leave` characters are left. */
export const fillStorage = (page: Page, key: string, leave: number) =>
  page.evaluate(({ key, leave }) => {
    let low = 0;
    let high = 6_000_000;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      try {
        localStorage.setItem(key, "x".repeat(mid));
        low = mid;
      } catch {
        high = mid;
      }
    }
    localStorage.setItem(key, "x".repeat(Math.max(0, low - leave)));
  }, { key, leave });

/** Saves now what the app has not saved yet (its save waits for a pause in
 * typing), as it does when the user leaves the page: storage read after it
 * holds everything done before. */
export const saveNow = (page: Page) => page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide")));

/** Every key the app stored, with its value, in key order. */
export const storedByApp = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("tiendo.")).sort().map((k) => [k, localStorage.getItem(k)])));

const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The violations axe finds on the page as it stands, one line each. */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated by the test runner, not added as a <script>: the page's policy
  // refuses inline scripts, as it should.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error: axe is the script just added to the page.
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map(
      (v: { id: string; nodes: { html: string }[] }) => `${v.id} ×${v.nodes.length}: ${v.nodes[0].html.slice(0, 120)}`,
    );
  });
}
