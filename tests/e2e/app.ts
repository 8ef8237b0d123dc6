// Page object for Tiến Độ: what a user sees and does, in their words.
import { expect, type Page } from "@playwright/test";

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
