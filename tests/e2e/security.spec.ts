// The page runs only its own code: the Content Security Policy that
// scripts/csp.mjs writes into both pages at build time refuses a script
// injected into the page, on the hosted page and in the one-file copy.
// (Every other test fails on any violation: see `test` in app.ts.)
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, test } from "./app";

const dist = join(__dirname, "../../dist");

function policyOf(file: string): Map<string, string[]> {
  const page = readFileSync(join(dist, file), "utf8");
  const meta = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
  expect(meta, `${file} carries a policy`).not.toBeNull();
  // The policy comes before the first script, or it would not govern it.
  expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<script"));
  return new Map(
    meta![1].split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

for (const file of ["index.html", "TienDo.html"]) {
  test(`${file} allows only its own scripts and wasm, no plugins and no base change`, () => {
    const policy = policyOf(file);
    const scripts = policy.get("script-src")!;
    expect(scripts).toContain("'self'");
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThanOrEqual(2);
    expect(scripts.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });
}

/** Injects what an unescaped text would: a script element and an event-handler
 * attribute. Neither may run; both are reported as violations. */
async function inject(page: Page, csp: string[]) {
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = 'script';";
    document.body.append(script);
    const holder = document.createElement("div");
    holder.innerHTML = `<img src="data:," onerror="window.__injected = 'handler'">`;
    document.body.append(holder);
  });
  await expect.poll(() => csp.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  expect(csp.join("\n")).toMatch(/inline script/);
  expect(csp.join("\n")).toMatch(/inline event handler/);
  // Provoked on purpose: taken out, so the fixture sees no other violation.
  csp.splice(0);
}

test("the hosted page refuses an injected inline script and event handler", async ({ page, csp }) => {
  const app = new App(page);
  await app.open();
  await inject(page, csp);
  // The app itself goes on working under the policy.
  await page.goto("./#don-vi");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the one-file copy refuses them too, and runs from a disk under its policy", async ({ page, csp }) => {
  await page.goto("file://" + join(dist, "TienDo.html"));
  await expect(page.getByTestId("plan-number")).toHaveText("Kế hoạch 61/KH-UBND");
  await inject(page, csp);
});
