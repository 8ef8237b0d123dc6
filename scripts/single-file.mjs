// Post-build step (scripts/post-build.mjs): writes TienDo.html into the staging dist, the whole
// app in one file (styles, the wasm-bindgen glue as a classic script, the
// wasm as base64). Browsers refuse module scripts and fetch() on file:// URLs,
// so dist/index.html cannot open from a USB stick, a shared folder or an email
// attachment; this file can, and keeps its data in that browser's storage
// like the hosted page does.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function writeSingleFile(dist) {
  const names = readdirSync(dist);
  const find = (test, what) => {
    const name = names.find(test);
    if (!name) {
      throw new Error(`single-file.mjs: no ${what} in ${dist}`);
    }
    return readFileSync(join(dist, name));
  };
  const glue = find((n) => /^tiendo-[0-9a-f]+\.js$/.test(n), "glue script").toString("utf8");
  const wasm = find((n) => n.endsWith("_bg.wasm"), "wasm module");
  const css = find((n) => n.endsWith(".css"), "style sheet").toString("utf8");
  let page = readFileSync(join(dist, "index.html"), "utf8");

  // The web target's ES module as a classic script: its exports become local
  // names, and `import.meta` (a syntax error outside modules) is not needed:
  // the module's bytes are given to init.
  const classic = glue
    .replace(/^export \{[^}]*\};?[ \t]*$/m, "")
    .replace(/^export (?=(?:async )?function |class |const |let )/gm, "")
    .replace(/import\.meta\.url/g, "location.href");
  if (/^\s*(?:import|export)\b/m.test(classic) || classic.includes("import.meta")) {
    throw new Error("single-file.mjs: the glue still has module syntax; wasm-bindgen's output changed");
  }
  const start = `
const bytes = (function (text) {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
})(atob("${wasm.toString("base64")}"));
__wbg_init({ module_or_path: bytes }).catch(function (error) {
  window.__tiendoFailed && window.__tiendoFailed(error);
});`;
  const script = `(function () {\n${classic}\n${start}\n})();`.replace(/<\/script/gi, "<\\/script");

  const before = page;
  page = page
    .replace(/<link rel="stylesheet"[^>]*>/, `<style>${css}</style>`)
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "")
    .replace(/<script type="module">[\s\S]*?<\/script>/, "")
    .replace("</body>", `<script>${script}</script>\n</body>`);
  if (page === before || page.includes('type="module"') || !page.includes("<style>")) {
    throw new Error("single-file.mjs: index.html is not shaped as expected; Trunk's output changed");
  }
  writeFileSync(join(dist, "TienDo.html"), page);
  console.log(`single-file.mjs: TienDo.html, ${(page.length / 1e6).toFixed(2)} MB`);
}
