#!/usr/bin/env node
// The long fault soak: the same seeded, virtual-time soak the test run does with 2,000 orders
// per path, at any size. Runs both soak files through vitest (they read the packages' source)
// and leaves the figures in reports/reliability-soak-{embedded,separate}.json.
//   node reliability/soak.mjs --orders 20000 [--seed soak]
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const orders = argument("orders", "20000");
if (!/^[1-9]\d*$/.test(orders)) {
  console.error("--orders must be a positive whole number");
  process.exit(2);
}
const result = spawnSync(
  join(here, "node_modules/.bin/vitest"),
  ["run", "--project", "reliability", "test/faultSoak"],
  {
    cwd: here,
    stdio: "inherit",
    env: { ...process.env, SOAK_ORDERS: orders, SOAK_SEED: argument("seed", "soak") },
  },
);
process.exit(result.status ?? 1);
