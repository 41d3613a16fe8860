// Chromium as every browser run here launches it (the runtime tests, the demo's end-to-end
// suite, the cold-start benchmark): Debian's binary, never a downloaded one, with the flags a
// machine without internet access needs (no QUIC, no background updates, no sync).
import { existsSync } from "node:fs";

/** The launch flags for this project's closed network. */
export const chromiumArgs = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]);

/** Finds Debian's Chromium (or `CHROMIUM_PATH`), or says how to install it. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return { path: candidate };
  }
  return {
    missing: "Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH).",
  };
}
