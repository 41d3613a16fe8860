import { existsSync } from "node:fs";

/**
 * Finds Debian's Chromium. Under `CI=true` a missing browser is a failure, never a skip, so
 * callers throw the returned reason; locally they may skip.
 */
export function findChromium(): { path: string } | { missing: string } {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return { path: candidate };
  }
  return {
    missing: "Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH).",
  };
}

/** The flags this machine's closed network needs (see shared toolchain notes). */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** True when a missing runtime must fail the run instead of skipping. */
export const runtimeRequired = process.env.CI === "true" || process.env.CI === "1";
