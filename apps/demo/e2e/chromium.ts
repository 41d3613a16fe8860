import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where screenshots of the end-to-end run go (gitignored). */
export const artifactsDir = new URL("../../../.artifacts/demo-e2e/", import.meta.url);

/** True when a missing Chromium must fail the run instead of skipping it. */
export const chromiumRequired = process.env.CI === "true" || process.env.CI === "1";

/** Finds Debian's Chromium (or `CHROMIUM_PATH`), or says how to install it. */
export function findChromium(): { path: string } | { missing: string } {
  for (const candidate of [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ]) {
    if (candidate && existsSync(candidate)) return { path: candidate };
  }
  return {
    missing: "Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH).",
  };
}

/** Launches Chromium with the flags this project's closed network needs (never `playwright install`). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
