import { type Browser, chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "../../../scripts/chromium.mjs";

export { findChromium };

/** Where screenshots of the end-to-end run go (gitignored). */
export const artifactsDir = new URL("../../../.artifacts/demo-e2e/", import.meta.url);

/** True when a missing Chromium must fail the run instead of skipping it. */
export const chromiumRequired = process.env.CI === "true" || process.env.CI === "1";

/** Launches Chromium with the flags this project's closed network needs (never `playwright install`). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [...chromiumArgs],
  });
}
