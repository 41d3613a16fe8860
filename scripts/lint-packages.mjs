#!/usr/bin/env node
// Runs publint or attw on every published package (the ones without `"private": true`).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const tool = process.argv[2];
const packages = readdirSync("packages")
  .map((name) => join("packages", name))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private);

let failures = 0;
for (const dir of packages) {
  const args =
    tool === "publint"
      ? ["publint", dir, "--strict", "--pack", "npm"]
      : ["attw", "--pack", dir, "--format", "table-flipped"];
  console.log(`${tool} ${dir}`);
  const run = spawnSync(args[0], args.slice(1), {
    stdio: "inherit",
    env: { ...process.env, PATH: `node_modules/.bin:${process.env.PATH}` },
  });
  if (run.status !== 0) failures++;
}
process.exit(failures === 0 ? 0 : 1);
