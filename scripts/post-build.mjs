// Trunk's post-build hook (Trunk.toml): the steps that finish dist/, in
// order, since each reads what the one before wrote (Trunk runs its hooks
// concurrently, so they are one hook):
//   1. TienDo.html, the whole app in one file (single-file.mjs);
//   2. the Content Security Policy of both pages (csp.mjs), release only:
//      `trunk serve` injects its own reload script, which no policy lists;
//   3. sw.js, the offline cache, versioned by the files as they now are
//      (service-worker.mjs);
//   4. `.br` and `.gz` beside every file worth compressing, sw.js and both
//      pages among them (precompress.mjs).
import { writePolicy } from "./csp.mjs";
import { writeCompressed } from "./precompress.mjs";
import { writeServiceWorker } from "./service-worker.mjs";
import { writeSingleFile } from "./single-file.mjs";

const dist = process.env.TRUNK_STAGING_DIR;
if (!dist) {
  console.error("post-build.mjs: TRUNK_STAGING_DIR is not set (run by trunk)");
  process.exit(1);
}
try {
  writeSingleFile(dist);
  if (process.env.TRUNK_PROFILE === "release") writePolicy(dist);
  writeServiceWorker(dist);
  writeCompressed(dist);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
