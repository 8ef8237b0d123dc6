// Post-build step (scripts/post-build.mjs): writes the Content Security
// Policy into dist/index.html and dist/TienDo.html as a <meta> element, with
// the SHA-256 of each page's inline scripts (and TienDo.html's inline style
// sheet), so that the page runs only its own code: an injected <script>, an
// event-handler attribute or a script from elsewhere is refused by the
// browser even if some text ever reached the page unescaped.
//
// What a <meta> policy cannot say (framing, and reports) a host says in its
// headers: docs/deploy.md lists them.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The inline elements of a page whose text must be hashed: <script> without
 * a src (classic or module) and <style>. */
function inline(page, tag) {
  const found = [];
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi");
  for (const [, attributes = "", text] of page.matchAll(pattern)) {
    if (!/\ssrc\s*=/.test(attributes)) found.push(text);
  }
  return found;
}

/** The policy for one page: the directives, in the order a reader checks them. */
export function policyFor(page) {
  const scripts = inline(page, "script").map(sha256);
  const styles = inline(page, "style").map(sha256);
  return [
    "default-src 'self'",
    // WebAssembly compiled from the app's own module (fetched, or inlined
    // in TienDo.html) needs 'wasm-unsafe-eval'; JavaScript eval stays refused.
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(" "),
    // Elements: the app's own sheet (and TienDo.html's inlined copy, by hash).
    // Attributes: the meters' widths are style attributes of markup the app
    // builds (board cards, the matrix); CSS cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    ["style-src-elem 'self'", ...styles].join(" "),
    "style-src-attr 'unsafe-inline'",
    // The favicon is a data: URL; evidence and report files are blob: URLs.
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

const MARK = '<meta http-equiv="Content-Security-Policy"';

/** Writes the policy into each page of the build, before its first script. */
export function writePolicy(dist) {
  for (const name of ["index.html", "TienDo.html"]) {
    const path = join(dist, name);
    if (!existsSync(path)) continue;
    const page = readFileSync(path, "utf8");
    if (page.includes(MARK)) throw new Error(`csp.mjs: ${name} already has a policy`);
    const policy = policyFor(page);
    const meta = `${MARK} content="${policy}" />`;
    const written = page.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    ${meta}`);
    if (written === page || written.indexOf(MARK) > written.search(/<script/i)) {
      throw new Error(`csp.mjs: ${name} has no <meta charset> before its first script; index.html changed shape`);
    }
    writeFileSync(path, written);
    console.log(`csp.mjs: ${name}, ${policy.split("'sha256-").length - 1} inline hashes`);
  }
}
