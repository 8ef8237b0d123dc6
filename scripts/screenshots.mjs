// The screenshots of README.md and the user guide (docs/huong-dan.md), taken
// from the release build in dist/ as a user walks through it, so they show
// the app as it is. Run after scripts/release.sh:
//   node scripts/screenshots.mjs        # writes docs/images/*.png
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "docs/images");
mkdirSync(out, { recursive: true });
const port = 8197;
const server = spawn("python3", [join(root, "tests/e2e/serve.py"), String(port)], { stdio: "ignore" });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    if (i > 100) throw new Error("the server did not start");
    await new Promise((done) => setTimeout(done, 100));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
});
try {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  const shot = (name) => page.screenshot({ path: join(out, `${name}.png`) });
  const id = (testid) => page.getByTestId(testid);

  // First use: the page asks whom this browser speaks for.
  await page.goto(base + "#bang?ky=2024-6t");
  await id("profile-dialog").waitFor();
  await shot("ho-so");
  // A unit: Sở Văn hóa, Thể thao và Du lịch, its board and a report opened.
  await id("profile-unit").check();
  await id("profile-search").fill("van hoa");
  await id("pick-so-vhttdl").click();
  await id("profile-confirm").click();
  await id("profile-dialog").waitFor({ state: "hidden" });
  await page.goto(base + "#bang?ky=2024-6t");
  await page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]').waitFor();
  await shot("bang-don-vi");
  await page.locator('[data-card="t3.2|so-vhttdl|2024-6t"]').click();
  await id("entry-editor").waitFor();
  await shot("bao-cao");
  await page.keyboard.press("Escape");
  // The monitoring unit: the board of every unit, the dashboard.
  await id("profile-button").click();
  await id("profile-monitoring").check();
  await id("profile-confirm").click();
  await page.goto(base + "#bang?ky=2024-6t");
  await page.locator("[data-card]").first().waitFor();
  await shot("bang");
  await page.goto(base + "#tong-quan?ky=2024-6t");
  await page.locator("#chart-ma-tran").waitFor();
  await page.waitForTimeout(300);
  await shot("tong-quan");
  // A new plan from its text: the seed's text read and shown for review.
  await page.goto(base + "#ke-hoach-moi");
  await id("new-plan-text").fill(readFileSync(join(root, "tests/fixtures/ke-hoach-61-KH-UBND-2024-lang-son.txt"), "utf8"));
  await id("new-plan-read").click();
  await id("new-plan-task").first().waitFor();
  await shot("ke-hoach-moi");
  console.log(`screenshots.mjs: docs/images/*.png written`);
} finally {
  await browser.close();
  server.kill();
}
