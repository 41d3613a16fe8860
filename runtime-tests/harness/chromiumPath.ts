// Chromium's path and launch flags are shared with the demo's end-to-end suite and the
// benchmarks.
export { chromiumArgs, findChromium } from "../../scripts/chromium.mjs";

/** True when a missing runtime must fail the run instead of skipping. */
export const runtimeRequired = process.env.CI === "true" || process.env.CI === "1";
