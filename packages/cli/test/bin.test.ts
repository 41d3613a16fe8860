import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureBuilt,
  type RunningEmulator,
  runBin,
  startEmulator,
  TEST_KEY,
  writeOrders,
} from "./harness.ts";

// These tests run the built `engage-orders` bin as a real process against the built
// `engage-emulator` command over HTTP on 127.0.0.1, as a user would.
const ORDERS = 2000;
const workDir = mkdtempSync(join(tmpdir(), "engage-orders-bin-"));
const emulators: RunningEmulator[] = [];
// Every fault the emulator has for requests that a client must survive, about 10% in all.
const faults = [
  "--fault-server-error",
  "0.03",
  "--fault-rate-limit",
  "0.03",
  "--fault-drop-before",
  "0.01",
  "--fault-drop-after",
  "0.01",
  "--fault-html",
  "0.01",
  "--fault-truncate",
  "0.01",
];

/** The import command of these tests: limit lifted, quick whole-order retries. */
const importArgs = (file: string, url: string): string[] => [
  "import",
  file,
  "--emulator-url",
  url,
  "--rate",
  "5000",
  "--concurrency",
  "32",
  "--action",
  "ConfirmOrder",
  "--wait",
  "--retry-delays",
  "0.05,0.1,0.2,0.4,0.8,1.6",
  "--json",
];

/** Checks the emulator holds every order once and fired each embedded action once. */
async function expectEveryOrderOnce(emulator: RunningEmulator, count: number): Promise<void> {
  await emulator.control("flush-jobs", "POST");
  const orders = await emulator.control<Array<{ order: { orderId: string } }>>("orders");
  const ids = new Set(orders.map((view) => view.order.orderId));
  expect(orders.length).toBe(count);
  expect(ids.size).toBe(count);
  const jobs =
    await emulator.control<Array<{ orderId: string; operation: string; status: string }>>("jobs");
  const completedCreates = new Map<string, number>();
  for (const job of jobs) {
    if (job.operation === "create" && job.status === "Completed") {
      completedCreates.set(job.orderId, (completedCreates.get(job.orderId) ?? 0) + 1);
    }
  }
  expect(completedCreates.size).toBe(count);
  expect([...completedCreates.values()].every((times) => times === 1)).toBe(true);
  const log =
    await emulator.control<Array<{ orderId: string; action: string; source: string }>>(
      "automation-log",
    );
  const fired = new Map<string, number>();
  for (const entry of log) fired.set(entry.orderId, (fired.get(entry.orderId) ?? 0) + 1);
  expect(log.length).toBe(count);
  expect(fired.size).toBe(count);
  expect(log.every((entry) => entry.action === "ConfirmOrder" && entry.source === "embedded")).toBe(
    true,
  );
}

beforeAll(() => {
  ensureBuilt();
}, 180_000);

afterAll(async () => {
  await Promise.all(emulators.map((emulator) => emulator.stop()));
  rmSync(workDir, { recursive: true, force: true });
});

/** A fresh emulator with faults, and a fresh input of `count` orders. */
async function setUp(name: string, count = ORDERS) {
  const emulator = await startEmulator(faults);
  emulators.push(emulator);
  const file = join(workDir, `${name}.ndjson`);
  writeOrders(file, count);
  return { emulator, file };
}

describe("engage-orders import (the bin, over HTTP, under faults)", () => {
  it("imports 2,000 orders: each stored once, each embedded action fired once", async () => {
    const { emulator, file } = await setUp("plain");
    const run = await runBin(importArgs(file, emulator.url), { cwd: workDir });
    expect(run.stderr).not.toContain(TEST_KEY);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ total: ORDERS, completed: ORDERS, failed: 0, pending: 0 });
    await expectEveryOrderOnce(emulator, ORDERS);
    // The journal holds no key, and a second run finds everything done.
    expect(readFileSync(`${file}.journal.ndjson`, "utf8")).not.toContain(TEST_KEY);
    const again = await runBin(importArgs(file, emulator.url), { cwd: workDir });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ skipped: ORDERS, completed: 0 });
    await expectEveryOrderOnce(emulator, ORDERS);
  });

  it("killed with SIGKILL at a random point, the same command again ends the same way", async () => {
    const { emulator, file } = await setUp("sigkill");
    const afterMs = 300 + Math.floor(Math.random() * 900);
    const killed = await runBin(importArgs(file, emulator.url), {
      cwd: workDir,
      interrupt: [{ afterMs, signal: "SIGKILL" }],
    });
    expect(killed.signal, `killed after ${afterMs} ms: ${killed.stderr}`).toBe("SIGKILL");
    const rerun = await runBin(importArgs(file, emulator.url), { cwd: workDir });
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.failed).toBe(0);
    expect(summary.skipped + summary.completed).toBe(ORDERS);
    await expectEveryOrderOnce(emulator, ORDERS);
  });

  it("stopped with Ctrl-C (SIGINT), prints how to resume; the same command again ends the same way", async () => {
    const { emulator, file } = await setUp("sigint");
    const afterMs = 300 + Math.floor(Math.random() * 900);
    const stopped = await runBin(importArgs(file, emulator.url), {
      cwd: workDir,
      interrupt: [{ afterMs, signal: "SIGINT" }],
    });
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain("Resume with the same command");
    expect(stopped.stderr).toContain(`engage-orders import ${file}`);
    const interrupted = JSON.parse(stopped.stdout);
    expect(interrupted.interrupted).toBe(true);
    expect(interrupted.completed).toBeLessThan(ORDERS);
    const rerun = await runBin(importArgs(file, emulator.url), { cwd: workDir });
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.skipped).toBeGreaterThanOrEqual(interrupted.completed);
    expect(summary.skipped + summary.completed).toBe(ORDERS);
    await expectEveryOrderOnce(emulator, ORDERS);
  });

  it("a second Ctrl-C stops at once; nothing is lost or doubled on the re-run", async () => {
    const { emulator, file } = await setUp("double-sigint", 600);
    const stopped = await runBin(importArgs(file, emulator.url), {
      cwd: workDir,
      interrupt: [
        { afterMs: 400, signal: "SIGINT" },
        { afterMs: 420, signal: "SIGINT" },
      ],
    });
    expect(stopped.code, stopped.stderr).toBe(130);
    const rerun = await runBin(importArgs(file, emulator.url), { cwd: workDir });
    expect(rerun.code, rerun.stderr).toBe(0);
    await expectEveryOrderOnce(emulator, 600);
  });

  it("reports invalid lines with their line numbers and field paths, and sends nothing", async () => {
    const emulator = await startEmulator();
    emulators.push(emulator);
    const file = join(workDir, "invalid.ndjson");
    const good = (index: number) => JSON.stringify({ ...orderFor(index) });
    writeFileSync(
      file,
      [
        good(1),
        good(2),
        "{not json",
        good(4),
        JSON.stringify({
          ...orderFor(5),
          lineItems: { items: [{ article: { sku: "A" }, totalPrice: 1 }] },
        }),
        "",
        good(7),
      ].join("\n"),
    );
    const run = await runBin(importArgs(file, emulator.url), { cwd: workDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/line 3: not JSON/);
    expect(run.stderr).toMatch(/line 5 \(orderId BF-000005\): lineItems\.items\.0\.quantity/);
    expect(run.stderr).toContain("nothing was sent");
    expect(await emulator.control<unknown[]>("orders")).toEqual([]);
    expect(await emulator.control<unknown[]>("jobs")).toEqual([]);
    const rejects = readFileSync(`${file}.rejects.ndjson`, "utf8").trim().split("\n");
    expect(rejects.map((line) => JSON.parse(line).line)).toEqual([3, 5]);
  });

  it("explains a wrong key (401) without printing it", async () => {
    const emulator = await startEmulator();
    emulators.push(emulator);
    const file = join(workDir, "wrong-key.ndjson");
    writeOrders(file, 5);
    const wrongKey = "wrong-key-never-printed";
    const run = await runBin(importArgs(file, emulator.url), {
      cwd: workDir,
      env: { ENGAGE_API_KEY: wrongKey },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("401");
    expect(run.stderr).toContain("ENGAGE_API_KEY");
    expect(run.stderr + run.stdout).not.toContain(wrongKey);
    expect(readFileSync(`${file}.journal.ndjson`, "utf8")).not.toContain(wrongKey);
  });
});

/** A valid order with the test's id scheme. */
function orderFor(index: number): Record<string, unknown> {
  return {
    orderId: `BF-${String(index).padStart(6, "0")}`,
    contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
    status: "Completed",
    currencyCode: "SEK",
    createdAt: "2025-11-03T10:00:00+01:00",
    lineItems: { items: [{ quantity: 1, article: { sku: "A" }, totalPrice: 1 }], subTotal: 1 },
  };
}
