// The app in Firefox, as a user there works: Debian's Firefox ESR driven by
// geckodriver (WebDriver) against the release build in dist/. Playwright
// drives Chromium for the full suite (tests/e2e/); its Firefox needs a
// patched build it cannot download here, and its WebDriver BiDi channel sends
// commands Firefox ESR lacks. This suite covers what differs between engines:
// pointer drag with capture, the keyboard, a file picked and a file
// downloaded (a report file, charts drawn on a canvas, the report up), typing
// into the editor's fields (a number read by the browser, a date), storage
// across a reload and between two tabs, the service worker with no server,
// the one-file copy from a disk, and the Content Security Policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, By, Key, until } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "..", "..", "dist");
const port = Number(process.env.FIREFOX_PORT ?? 8183);
const base = `http://127.0.0.1:${port}/`;
const wait = 10_000;
let server;
const folders = [];

/** Starts the static server for dist/ and waits until it answers. */
async function serve() {
  server = spawn("python3", [join(here, "..", "e2e", "serve.py"), String(port)], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the test server did not start on ${base}`);
}

/** Stops the server and waits until it has exited. */
async function unserve() {
  const stopped = new Promise((resolve) => server.once("exit", resolve));
  server.kill();
  await stopped;
}

before(serve);

after(() => {
  server?.kill();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A Firefox with a profile of its own (so its own storage) that saves downloads to `downloads`. */
async function browser() {
  const downloads = mkdtempSync(join(tmpdir(), "tiendo-firefox-"));
  folders.push(downloads);
  const options = new firefox.Options()
    .setBinary(process.env.FIREFOX ?? "/usr/bin/firefox-esr")
    .addArguments("-headless")
    .windowSize({ width: 1366, height: 900 })
    .setPreference("intl.accept_languages", "vi-VN, vi")
    .setPreference("browser.download.folderList", 2)
    .setPreference("browser.download.dir", downloads)
    .setPreference("browser.download.useDownloadDir", true)
    .setPreference("browser.download.always_ask_before_handling_new_types", false)
    .setPreference("browser.helperApps.neverAsk.saveToDisk", "application/json");
  const service = new firefox.ServiceBuilder(process.env.GECKODRIVER ?? "geckodriver");
  const driver = await new Builder().forBrowser("firefox").setFirefoxOptions(options).setFirefoxService(service).build();
  return { driver, downloads };
}

const testId = (id) => By.css(`[data-testid="${id}"]`);
const cardOf = (task, unit) => By.css(`[data-card="${task}|${unit}|2024-6t"]`);
const inColumn = (status, task, unit) =>
  By.css(`[data-testid="column-${status}"] [data-card="${task}|${unit}|2024-6t"]`);

async function find(driver, locator) {
  return driver.wait(until.elementLocated(locator), wait);
}

async function textOf(driver, locator, expected) {
  const element = await find(driver, locator);
  await driver.wait(async () => (await element.getText()).includes(expected), wait, `"${expected}" never showed`);
}

/** As a user who opens the page the first time: says which unit this browser is. */
async function chooseUnit(driver, search, unit) {
  await (await find(driver, testId("profile-unit"))).click();
  await (await find(driver, testId("profile-search"))).sendKeys(search);
  await (await find(driver, testId(`pick-${unit}`))).click();
  await confirmProfile(driver);
}

async function chooseMonitoring(driver) {
  await (await find(driver, testId("profile-monitoring"))).click();
  await confirmProfile(driver);
}

async function confirmProfile(driver) {
  const dialog = await find(driver, testId("profile-dialog"));
  await (await find(driver, testId("profile-confirm"))).click();
  await driver.wait(until.stalenessOf(dialog), wait);
}

/** Runs `steps` in a fresh Firefox (its own storage and downloads folder), closed after. */
async function inFirefox(steps) {
  const firefox = await browser();
  try {
    return await steps(firefox);
  } finally {
    await firefox.driver.quit();
  }
}

/** Opens the board of the first half of 2024 as Sở VHTTDL, without the sample. */
async function asCultureDepartment(driver) {
  await driver.get(base + "#cai-dat");
  await chooseUnit(driver, "van hoa", "so-vhttdl");
  await (await find(driver, testId("sample-remove"))).click();
  await driver.get(base + "#bang?ky=2024-6t");
  await textOf(driver, testId("board-count"), "7 thẻ");
}

/** Opens Settings as the monitoring unit. */
async function asMonitoring(driver) {
  await driver.get(base + "#cai-dat");
  await chooseMonitoring(driver);
}

/** Focuses a card and presses `keys` on it, as a keyboard user does. */
async function pressOn(driver, card, ...keys) {
  await driver.executeScript("arguments[0].focus()", await find(driver, card));
  await driver.actions().sendKeys(...keys).perform();
}

/** Reloads the page once the last edit is saved (the save waits for a pause in typing). */
async function reloadSaved(driver) {
  await driver.sleep(400);
  await driver.navigate().refresh();
}

/** Waits for a file in `folder` whose name matches, complete, and returns its path.
 * Firefox first creates the file empty, writes `<name>.part`, then renames it. */
async function downloaded(driver, folder, pattern) {
  let name;
  await driver.wait(
    () => {
      const files = readdirSync(folder);
      name = files.find((file) => pattern.test(file));
      return name !== undefined && !files.includes(name + ".part") && statSync(join(folder, name)).size > 0;
    },
    wait,
    `no download matching ${pattern}`,
  );
  return join(folder, name);
}

test("a card dragged with the mouse and one moved by the keyboard stay after a reload", async () => {
  await inFirefox(async ({ driver }) => {
    await asCultureDepartment(driver);
    const dragged = await find(driver, inColumn("chua_bao_cao", "t3.2", "so-vhttdl"));
    await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", dragged);
    const from = await dragged.getRect();
    const to = await (await find(driver, testId("column-dang_trien_khai"))).getRect();
    // Across to the other column at the card's height (the columns are taller than the window).
    const across = Math.round(to.x + to.width / 2 - (from.x + from.width / 2));
    await driver
      .actions()
      .move({ origin: dragged })
      .press()
      .move({ origin: dragged, x: 20, y: 10, duration: 100 })
      .move({ origin: dragged, x: across, duration: 300 })
      .release()
      .perform();
    await find(driver, inColumn("dang_trien_khai", "t3.2", "so-vhttdl"));
    await textOf(driver, testId("board-announce"), "Đã chuyển 3.2 – Sở VHTTDL sang cột Đang triển khai");

    await pressOn(driver, cardOf("t1", "so-vhttdl"), Key.ARROW_RIGHT);
    await find(driver, inColumn("chua_trien_khai", "t1", "so-vhttdl"));
    const focused = await driver.switchTo().activeElement();
    assert.equal(await focused.getAttribute("data-card"), "t1|so-vhttdl|2024-6t", "the moved card keeps the focus");

    await reloadSaved(driver);
    await find(driver, inColumn("dang_trien_khai", "t3.2", "so-vhttdl"));
    await find(driver, inColumn("chua_trien_khai", "t1", "so-vhttdl"));
  });
});

test("an opened card's edits, typed into its fields, survive a reload", async () => {
  await inFirefox(async ({ driver }) => {
    await asCultureDepartment(driver);
    await (await find(driver, cardOf("t3.2", "so-vhttdl"))).click();
    const field = (id) => find(driver, By.css(`[data-testid="entry-editor"] [data-testid="${id}"]`));
    await (await field("editor-status")).findElement(By.css('option[value="da_trien_khai"]')).then((o) => o.click());
    const progress = await field("editor-progress");
    await progress.clear();
    await progress.sendKeys("80", Key.TAB);
    await (await field("editor-done")).sendKeys("Tổ chức Tuần Văn hóa – Du lịch Lạng Sơn tại Hà Nội; 15 tin, bài.");
    await (await field("evidence-title")).sendKeys("Kế hoạch số 45/KH-SVHTTDL");
    await (await field("evidence-date")).sendKeys("29/3/2024");
    await (await field("evidence-add")).click();
    await textOf(driver, testId("evidence-item"), "29/03/2024");
    await (await field("editor-close")).click();
    await textOf(driver, inColumn("da_trien_khai", "t3.2", "so-vhttdl"), "80%");
    await reloadSaved(driver);
    await (await find(driver, cardOf("t3.2", "so-vhttdl"))).click();
    assert.equal(await (await field("editor-status")).getAttribute("value"), "da_trien_khai");
    assert.equal(await (await field("editor-progress")).getAttribute("value"), "80");
    assert.match(await (await field("editor-done")).getAttribute("value"), /Tuần Văn hóa – Du lịch Lạng Sơn/);
    await textOf(driver, testId("evidence-item"), "Kế hoạch số 45/KH-SVHTTDL");
  });
});

test("the dashboard's charts and the report up download as valid files", async () => {
  await inFirefox(async ({ driver, downloads }) => {
    await asMonitoring(driver);
    await driver.get(base + "#tong-quan?ky=2024-6t");
    const chart = await find(driver, testId("chart-tong-the"));
    await (await chart.findElement(testId("download-svg"))).click();
    const svg = readFileSync(await downloaded(driver, downloads, /^TienDo_tong-the\.svg$/), "utf8");
    assert.ok(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
    assert.ok(svg.includes("Đã triển khai"));
    // The PNG is drawn from the SVG on a canvas: the engine's own path.
    await (await chart.findElement(testId("download-png"))).click();
    const png = readFileSync(await downloaded(driver, downloads, /^TienDo_tong-the\.png$/));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), 1040); // width: 520 × 2
    await (await find(driver, testId("report-up-docx"))).click();
    const docx = readFileSync(await downloaded(driver, downloads, /^Bao-cao-KH61-2024-2024-6T\.docx$/));
    assert.equal(docx.toString("latin1", 0, 2), "PK");
    assert.ok(docx.includes("word/document.xml"));
    await (await find(driver, testId("report-up-xlsx"))).click();
    const xlsx = readFileSync(await downloaded(driver, downloads, /^Bao-cao-KH61-2024-2024-6T-Phu-luc\.xlsx$/));
    assert.equal(xlsx.toString("latin1", 0, 2), "PK");
    assert.ok(xlsx.includes("xl/workbook.xml"));
    // A window made as narrow as a phone gets the charts drawn at its width
    // (the media query's change, in this engine).
    await driver.manage().window().setRect({ width: 380, height: 800 });
    const drawn = () => driver.executeScript('return document.querySelector("#chart-tong-the").getAttribute("viewBox")');
    await driver.wait(async () => (await drawn()) === "0 0 320 400", wait, "the charts were not drawn for a phone");
  });
});

test("a unit's report file is downloaded and the monitoring unit imports it", async () => {
  const file = await inFirefox(async ({ driver, downloads }) => {
    await asCultureDepartment(driver);
    await pressOn(driver, cardOf("t3.2", "so-vhttdl"), Key.ARROW_RIGHT, Key.ARROW_RIGHT, Key.ARROW_RIGHT);
    await find(driver, inColumn("da_trien_khai", "t3.2", "so-vhttdl"));
    await (await find(driver, testId("send-report"))).click();
    await (await find(driver, testId("send-download"))).click();
    const sent = await downloaded(driver, downloads, /^KH61-2024_BaoCao_SoVHTTDL_2024-6T\.json$/);
    const report = JSON.parse(readFileSync(sent, "utf8"));
    assert.equal(report.format, "tiendo-report");
    assert.equal(report.sender, "so-vhttdl");
    // Sở VHTTDL monitors the plan since the 2025 mergers: it writes to nobody.
    const itself = await (await find(driver, testId("send-itself"))).getText();
    assert.match(itself, /đơn vị theo dõi kế hoạch/);
    return sent;
  });

  await inFirefox(async ({ driver }) => {
    await asMonitoring(driver);
    await (await find(driver, testId("sample-remove"))).click();
    await driver.get(base + "#nhap-tep");
    await (await find(driver, testId("import-input"))).sendKeys(file);
    await textOf(driver, testId("import-preview"), "Hợp lệ: 1 mới");
    await (await find(driver, testId("import-apply"))).click();
    await textOf(driver, testId("import-applied"), "Đã nhập 1 tệp: 1 mới.");
    await driver.get(base + "#bang?ky=2024-6t");
    await find(driver, inColumn("da_trien_khai", "t3.2", "so-vhttdl"));
    // A file cut short in transit, dropped on the page: refused by name, nothing changed.
    await driver.get(base + "#nhap-tep");
    const dropzone = await find(driver, testId("dropzone"));
    await driver.executeScript(
      `const data = new DataTransfer();
       data.items.add(new File([arguments[1]], "bao-cao-hong.json", { type: "application/json" }));
       arguments[0].dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));`,
      dropzone,
      readFileSync(file, "utf8").slice(0, 300),
    );
    await textOf(driver, testId("import-preview"), "bao-cao-hong.json");
    await textOf(driver, testId("import-error"), "tệp bị cắt cụt");
    assert.equal(await (await find(driver, testId("import-apply"))).isEnabled(), false);
  });
});

test("a change saved in one tab appears in the other", async () => {
  await inFirefox(async ({ driver }) => {
    await asMonitoring(driver);
    const first = await driver.getWindowHandle();
    await driver.switchTo().newWindow("tab");
    await driver.get(base + "#cai-dat");
    await find(driver, testId("sample-remove"));
    const second = await driver.getWindowHandle();
    await driver.switchTo().window(first);
    await (await find(driver, testId("sample-remove"))).click();
    await find(driver, testId("sample-load"));
    await driver.switchTo().window(second);
    await find(driver, testId("sample-load"));
    await textOf(driver, testId("notice"), "thẻ khác");
  });
});

test("after the first visit the app opens with no server, with its data", async () => {
  try {
    await inFirefox(async ({ driver }) => {
      await driver.get(base);
      await chooseUnit(driver, "bao lang son", "bao-lang-son");
      await driver.executeAsyncScript("navigator.serviceWorker.ready.then(() => arguments[0]())");
      await driver.wait(() => driver.executeScript("return navigator.serviceWorker.controller !== null"), wait);
      // The host goes away (a laptop off the network): Firefox's service worker
      // serves the app. (The page reloads itself, as F5 does: WebDriver's
      // refresh in Firefox skips the service worker, as a forced reload does.)
      await unserve();
      await driver.executeScript("window.before = true; location.hash = 'ke-hoach'; location.reload()");
      await driver.wait(() => driver.executeScript("return window.before === undefined"), wait, "the page did not reload");
      await textOf(driver, testId("plan-number"), "Kế hoạch 61/KH-UBND");
      await textOf(driver, testId("profile-button"), "Báo Lạng Sơn");
      const leaves = await driver.findElements(By.css('[data-leaf="true"]'));
      assert.equal(leaves.length, 7);
    });
  } finally {
    // The server comes back for the tests after this one.
    if (server.exitCode !== null || server.signalCode !== null) await serve();
  }
});

test("the one-file copy opens from a disk and keeps its data", async () => {
  const single = "file://" + join(dist, "TienDo.html");
  await inFirefox(async ({ driver }) => {
    await driver.get(single);
    await textOf(driver, testId("plan-number"), "Kế hoạch 61/KH-UBND");
    await chooseUnit(driver, "van hoa", "so-vhttdl");
    await driver.get(single + "#bang?ky=2024-6t");
    const from = await (await find(driver, cardOf("t3.2", "so-vhttdl"))).getAttribute("data-status");
    await pressOn(driver, cardOf("t3.2", "so-vhttdl"), Key.ARROW_RIGHT);
    // A moved card is parsed again in its new column: find it again.
    const status = async () => (await find(driver, cardOf("t3.2", "so-vhttdl"))).getAttribute("data-status");
    await driver.wait(async () => (await status()) !== from, wait);
    const moved = await status();
    await reloadSaved(driver);
    const again = await find(driver, cardOf("t3.2", "so-vhttdl"));
    assert.equal(await again.getAttribute("data-status"), moved);
  });
});

test("the page's policy refuses an injected inline script and event handler", async () => {
  await inFirefox(async ({ driver }) => {
    await driver.get(base);
    await textOf(driver, testId("plan-number"), "Kế hoạch 61/KH-UBND");
    await driver.executeScript(`
      window.refused = [];
      document.addEventListener("securitypolicyviolation", (e) => window.refused.push(e.effectiveDirective));
      const script = document.createElement("script");
      script.textContent = "window.injected = 'script';";
      document.body.append(script);
      const holder = document.createElement("div");
      holder.innerHTML = '<img src="data:," onerror="window.injected = \\'handler\\'">';
      document.body.append(holder);`);
    await driver.wait(() => driver.executeScript("return window.refused.length >= 2"), wait, "no violation reported");
    assert.equal(await driver.executeScript("return window.injected"), null);
    const refused = await driver.executeScript("return window.refused");
    assert.ok(refused.every((directive) => directive.startsWith("script-src")), String(refused));
  });
});
