// Post-build step (scripts/post-build.mjs): writes `name.br` (brotli, best
// quality) and `name.gz` (gzip, best level) beside every file of dist/ worth
// compressing, so a host that serves precompressed files (docs/deploy.md:
// static-web-server, nginx, Apache, IIS) sends the wasm at about a third of
// its size without compressing it on each request. A variant is written only
// when it saves at least a tenth: a host then never sends a larger file.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const WORTH = /\.(?:wasm|js|css|html|json|svg)$/;

export function writeCompressed(dist) {
  const written = [];
  for (const name of readdirSync(dist)) {
    const path = join(dist, name);
    if (!WORTH.test(name) || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    const variants = {
      br: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [constants.BROTLI_PARAM_MODE]: name.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        },
      }),
      gz: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }),
    };
    for (const [suffix, packed] of Object.entries(variants)) {
      if (packed.length > bytes.length * 0.9) continue;
      writeFileSync(`${path}.${suffix}`, packed);
      written.push(`${name}.${suffix} ${packed.length}`);
    }
  }
  console.log(`precompress.mjs: ${written.length} files (${written.filter((w) => w.includes("wasm")).join(", ")})`);
}
