// Deployment as docs/deploy.md documents it: each host that is installable
// here, started with the documented configuration (hosts.ts), sends the
// precompressed files with the right type and encoding, the caching and the
// security headers, and the app opens from it under both policies. Served
// uncompressed, the app says so to the deployer.
import { expect } from "@playwright/test";
import { statSync, readdirSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { apache, nginx, staticWebServer, type Host } from "./hosts";
import { App, test } from "./app";

const dist = join(__dirname, "../../dist");
const wasm = readdirSync(dist).find((name) => name.endsWith("_bg.wasm"))!;
const size = (name: string) => statSync(join(dist, name)).size;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
}

/** A GET with exactly the given Accept-Encoding, the body left as sent. */
function get(url: string, encoding?: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(url, { headers: encoding ? { "Accept-Encoding": encoding } : {} }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => done({ status: res.statusCode!, headers: res.headers, bytes }));
    });
    req.on("error", fail);
    req.end();
  });
}

const starts: [string, (port: number) => Promise<Host>, number][] = [
  ["static-web-server", staticWebServer, 8191],
  ["nginx", nginx, 8192],
  ["Apache", apache, 8193],
];

for (const [name, start, port] of starts) {
  test.describe(`served by ${name} as docs/deploy.md configures it`, () => {
    let host: Host;
    test.beforeAll(async () => {
      host = await start(port);
    });
    test.afterAll(async () => {
      await host?.stop();
    });

    test("the wasm goes as brotli, gzip or plain as the browser accepts, typed and cached for good", async () => {
      const url = host.base + wasm;
      const br = await get(url, "gzip, deflate, br");
      expect(br.status).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers["content-type"]).toBe("application/wasm");
      expect(br.bytes).toBe(size(`${wasm}.br`));
      expect(String(br.headers["vary"])).toMatch(/accept-encoding/i);
      expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      const gz = await get(url, "gzip");
      expect(gz.headers["content-encoding"]).toBe("gzip");
      expect(gz.headers["content-type"]).toBe("application/wasm");
      expect(gz.bytes).toBe(size(`${wasm}.gz`));
      const plain = await get(url);
      expect(plain.headers["content-encoding"] ?? "identity").toBe("identity");
      expect(plain.bytes).toBe(size(wasm));
    });

    test("the page is checked again on every visit and carries the security headers", async () => {
      for (const path of ["", "index.html", "sw.js"]) {
        const page = await get(host.base + path, "br");
        expect(page.status).toBe(200);
        expect(page.headers["cache-control"]).toBe("no-cache");
        expect(page.headers["content-security-policy"]).toBe("frame-ancestors 'none'; object-src 'none'; base-uri 'none'");
        expect(page.headers["x-frame-options"]).toBe("DENY");
        expect(page.headers["x-content-type-options"]).toBe("nosniff");
        expect(page.headers["referrer-policy"]).toBe("no-referrer");
      }
      expect((await get(host.base, "br")).headers["content-type"]).toMatch(/^text\/html/);
      expect((await get(host.base + "sw.js", "br")).headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    });

    test("the app opens from it and says its wasm arrived compressed", async ({ page }) => {
      const app = new App(page, host.base);
      await app.open("cai-dat");
      await expect(page.getByTestId("delivery")).toContainText("đã nén");
      const kilobytes = Math.ceil(size(`${wasm}.br`) / 1000).toLocaleString("vi-VN");
      await expect(page.getByTestId("delivery")).toContainText(`${kilobytes} KB`);
    });
  });
}

test("served uncompressed, the app tells the deployer on the console and in Settings", async ({ page }) => {
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  const app = new App(page);
  await app.open("cai-dat");
  await expect(page.getByTestId("delivery")).toContainText("không nén");
  await expect(page.getByTestId("delivery")).toContainText("docs/deploy.md");
  expect(warnings.join("\n")).toContain("the host sent the wasm module uncompressed");
});
