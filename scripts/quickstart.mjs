#!/usr/bin/env node
// The README's two commands: `npm run demo` and `npm test`. Both work on a machine that has
// only Node 20 and npm: they install the workspace with the pinned pnpm first.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pinnedPnpm = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
const what = process.argv[2];

/** Runs the pinned pnpm, through npx so no global install is needed. */
function pnpm(args) {
  const result = spawnSync("npx", ["-y", pinnedPnpm, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", WRANGLER_SEND_METRICS: "false" },
  });
  return result.status ?? 1;
}

const installArgs = process.env.CI ? ["install", "--frozen-lockfile"] : ["install"];
if (pnpm([...installArgs, "--reporter=append-only"]) !== 0) {
  console.error("Installing the workspace failed.");
  process.exit(1);
}

if (what === "test") {
  process.exit(pnpm(["exec", "node", "scripts/run-checks.mjs", ...process.argv.slice(3)]));
} else if (what === "demo") {
  if (!existsSync(join(root, "apps/demo/scripts/start.mjs"))) {
    console.error("The demo is not there yet: it arrives with the demo issue.");
    process.exit(1);
  }
  process.exit(pnpm(["exec", "node", "apps/demo/scripts/start.mjs", ...process.argv.slice(3)]));
} else {
  console.error("usage: node scripts/quickstart.mjs demo|test");
  process.exit(2);
}
