#!/usr/bin/env node
// The long fault soak: the same seeded, virtual-time soak the test run does with 2,000 orders
// per path, at any size. Runs both soak files through vitest (they read the packages' source)
// and leaves the figures in reports/reliability-soak-{embedded,separate}.json.
//   node reliability/soak.mjs --orders 20000 [--seed soak]
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags, positiveInteger } from "../scripts/parseFlags.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const usage = "usage: node reliability/soak.mjs [--orders 20000] [--seed soak]";
const { values } = parseFlags(
  { orders: { type: "string" }, seed: { type: "string", default: "soak" } },
  usage,
);
const orders = String(positiveInteger(values, "orders", 20_000, usage));
const result = spawnSync(
  join(here, "node_modules/.bin/vitest"),
  ["run", "--project", "reliability", "test/faultSoak"],
  {
    cwd: here,
    stdio: "inherit",
    env: { ...process.env, SOAK_ORDERS: orders, SOAK_SEED: values.seed },
  },
);
process.exit(result.status ?? 1);
