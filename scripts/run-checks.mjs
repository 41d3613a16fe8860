#!/usr/bin/env node
// Runs every step of the test suite, prints a table, and ends with one plain line
// `N passed, N failed` summed over every runner. Exits non-zero on any failure or when no
// test ran. `--only NAME` runs the steps whose name contains NAME.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags } from "./parseFlags.mjs";
import { steps } from "./test-steps.mjs";

const { values } = parseFlags(
  { only: { type: "string" } },
  "usage: node scripts/run-checks.mjs [--only NAME]  (runs the steps whose name contains NAME)",
);
const only = values.only;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
rmSync("reports", { recursive: true, force: true });
mkdirSync("reports", { recursive: true });

const env = {
  ...process.env,
  PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}`,
  TURBO_TELEMETRY_DISABLED: "1",
  WRANGLER_SEND_METRICS: "false",
  FORCE_COLOR: process.env.CI ? "0" : "1",
};

const rows = [];
for (const step of steps) {
  if (only && !step.name.includes(only)) continue;
  console.log(`\n━━ ${step.name}: ${step.command.join(" ")}`);
  const started = performance.now();
  const run = spawnSync(step.command[0], step.command.slice(1), {
    stdio: "inherit",
    env: { ...env, ...step.env },
    shell: false,
    // A step that hangs (a test looping synchronously defeats vitest's own timeouts) is
    // killed and counted as failed, so CI always ends.
    timeout: step.timeoutMs ?? 10 * 60_000,
    killSignal: "SIGKILL",
  });
  if (run.signal === "SIGKILL")
    console.error(`${step.name} was stopped after ${(step.timeoutMs ?? 600_000) / 1000} s.`);
  if (run.error) console.error(`${step.name} could not start: ${run.error.message}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const exitOk = run.status === 0;
  let counts = { passed: exitOk ? 1 : 0, failed: exitOk ? 0 : 1, checks: true };
  if (step.report) {
    try {
      const fromReport = step.report();
      counts = {
        passed: fromReport.passed,
        failed: fromReport.failed + (exitOk || fromReport.failed ? 0 : 1),
      };
    } catch (error) {
      counts = { passed: 0, failed: 1 };
      console.error(`No report from ${step.name}: ${error.message}`);
    }
  }
  rows.push({ step: step.name, ...counts, exit: run.status ?? run.signal, seconds });
}

console.log("\nstep | passed | failed | exit | seconds");
for (const row of rows)
  console.log(
    `${row.step}${row.checks ? " (check)" : ""} | ${row.passed} | ${row.failed} | ${row.exit} | ${row.seconds}`,
  );
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
const testsRan = rows.some((row) => !row.checks && row.passed + row.failed > 0);
if (!testsRan) console.log("No test ran.");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && testsRan ? 0 : 1);
