import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EmulatorServer } from "@engage-orders/emulator/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cli, KEY, ndjson, order, startServer } from "./inProcess.ts";

let server: EmulatorServer;
let dir: string;
const at = () => ["--emulator-url", server.url, "--retry-delays", "0.01"];

beforeEach(async () => {
  ({ server, dir } = await startServer());
});
afterEach(async () => {
  await server.close();
});

describe("import", () => {
  it("reads a JSON array as well as NDJSON, and stdin with -", async () => {
    writeFileSync(join(dir, "array.json"), JSON.stringify([order(1), order(2)], null, 2));
    const fromArray = await cli(["import", "array.json", "--wait", "--json", ...at()], {
      cwd: dir,
    });
    expect(fromArray.code, fromArray.stderr).toBe(0);
    expect(JSON.parse(fromArray.stdout)).toMatchObject({ total: 2, completed: 2 });
    const fromStdin = await cli(["import", "-", "--json", ...at()], {
      cwd: dir,
      stdin: ndjson([order(3), order(4), order(5)]),
    });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toMatchObject({ total: 3, sent: 3, input: "stdin" });
    expect(server.emulator.listOrders().length).toBe(5);
  });

  it("names a JSON array's invalid element by index and line", async () => {
    const text = `[\n${JSON.stringify(order(1))},\n${JSON.stringify(order(2, { currencyCode: 5 }))}\n]`;
    writeFileSync(join(dir, "array.json"), text);
    const run = await cli(["import", "array.json", ...at()], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/index 1 \(line 3\) \(orderId IP-2\): currencyCode/);
    expect(server.emulator.listOrders()).toEqual([]);
  });

  it("says a truncated last line is cut off, with its line number", async () => {
    writeFileSync(join(dir, "cut.ndjson"), `${JSON.stringify(order(1))}\n{"orderId":"IP-2","cont`);
    const run = await cli(["import", "cut.ndjson", ...at()], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/line 2: not JSON: the last line is cut off/);
  });

  it("refuses an unreadable file clearly", async () => {
    const run = await cli(["import", "missing.ndjson", ...at()], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read missing.ndjson: no such file");
  });

  it("reports a repeated orderId with the line that had it first", async () => {
    writeFileSync(join(dir, "twice.ndjson"), ndjson([order(1), order(2), order(1)]));
    const run = await cli(["import", "twice.ndjson", ...at()], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /line 3 \(orderId IP-1\): orderId: repeats the orderId of the order on line 1/,
    );
  });

  it("with --skip-invalid sends the valid orders and writes the invalid ones to the rejects file", async () => {
    writeFileSync(join(dir, "mixed.ndjson"), ndjson([order(1), { orderId: "IP-2" }, order(3)]));
    const run = await cli(["import", "mixed.ndjson", "--skip-invalid", "--json", ...at()], {
      cwd: dir,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 3, invalid: 1, sent: 2 });
    const rejects = readFileSync(join(dir, "mixed.ndjson.rejects.ndjson"), "utf8")
      .trim()
      .split("\n");
    expect(rejects).toHaveLength(1);
    expect(JSON.parse(rejects[0]!)).toMatchObject({
      line: 2,
      orderId: "IP-2",
      order: { orderId: "IP-2" },
    });
    expect(
      server.emulator
        .listOrders()
        .map((view) => view.order.orderId)
        .sort(),
    ).toEqual(["IP-1", "IP-3"]);
  });

  it("refuses a journal of another input, and says how to start fresh", async () => {
    writeFileSync(join(dir, "a.ndjson"), ndjson([order(1)]));
    writeFileSync(join(dir, "b.ndjson"), ndjson([order(2)]));
    expect((await cli(["import", "a.ndjson", ...at()], { cwd: dir })).code).toBe(0);
    const run = await cli(["import", "b.ndjson", "--journal", "a.ndjson.journal.ndjson", ...at()], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /refusing journal .*a\.ndjson\.journal\.ndjson: it records another input/,
    );
    expect(run.stderr).toContain("To start fresh, pass --journal with a new file name");
    expect(server.emulator.listOrders().map((view) => view.order.orderId)).toEqual(["IP-1"]);
  });

  it("records failures with their class, status, errorCode and field errors, and exits non-zero", async () => {
    server.emulator.seedContact({ email: "known@example.com" });
    writeFileSync(join(dir, "taken.ndjson"), ndjson([order(1), order(2)]));
    // Someone else already stored IP-2 with other contents: a real conflict, not ours to adopt.
    await cli(["import", "-", ...at(), "--journal", "other.ndjson"], {
      cwd: dir,
      stdin: ndjson([order(2, { currencyCode: "EUR" })]),
    });
    const run = await cli(["import", "taken.ndjson", "--json", ...at()], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ sent: 1, failed: 1 });
    const failure = JSON.parse(readFileSync(join(dir, "taken.ndjson.failures.ndjson"), "utf8"));
    expect(failure).toMatchObject({
      orderId: "IP-2",
      name: "OrderAlreadyExistsError",
      status: 409,
    });
    expect(readFileSync(join(dir, "taken.ndjson.failures.ndjson"), "utf8")).not.toContain(KEY);
  });

  it("reports an earlier run's failures again without sending them, and sends them with --retry-failed", async () => {
    writeFileSync(join(dir, "taken.ndjson"), ndjson([order(1)]));
    await cli(["import", "-", ...at(), "--journal", "other.ndjson"], {
      cwd: dir,
      stdin: ndjson([order(1, { currencyCode: "EUR" })]),
    });
    expect((await cli(["import", "taken.ndjson", ...at()], { cwd: dir })).code).toBe(1);
    const jobsBefore = server.emulator.listJobs().length;
    const again = await cli(["import", "taken.ndjson", "--json", ...at()], { cwd: dir });
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ failed: 1, sent: 0 });
    expect(server.emulator.listJobs().length).toBe(jobsBefore);
    const failures = readFileSync(join(dir, "taken.ndjson.failures.ndjson"), "utf8");
    expect(JSON.parse(failures)).toMatchObject({
      orderId: "IP-1",
      name: "OrderAlreadyExistsError",
    });
    // The conflicting order is removed; sent again, the input's order is stored.
    await cli(["delete", "IP-1", "--wait", ...at()], { cwd: dir });
    const retried = await cli(
      ["import", "taken.ndjson", "--retry-failed", "--wait", "--json", ...at()],
      {
        cwd: dir,
      },
    );
    expect(retried.code, retried.stderr).toBe(0);
    expect(JSON.parse(retried.stdout)).toMatchObject({ completed: 1, failed: 0 });
    expect(server.emulator.getOrder("IP-1")).toMatchObject({ order: { currencyCode: "SEK" } });
  });

  it("adopts an order whose earlier create reached Engage when the journal says it may have", async () => {
    writeFileSync(join(dir, "one.ndjson"), ndjson([order(1)]));
    // A first run stored it; then a journal as a crash mid-request leaves it: only "sending".
    expect(
      (await cli(["import", "one.ndjson", "--journal", "first.ndjson", ...at()], { cwd: dir }))
        .code,
    ).toBe(0);
    const first = readFileSync(join(dir, "first.ndjson"), "utf8").split("\n");
    writeFileSync(join(dir, "crashed.ndjson"), `${first[0]}\n${first[1]}\n`);
    expect(JSON.parse(first[1]!).state).toBe("sending");
    const run = await cli(
      ["import", "one.ndjson", "--journal", "crashed.ndjson", "--wait", "--json", ...at()],
      {
        cwd: dir,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ completed: 1, failed: 0 });
    expect(server.emulator.listOrders()).toHaveLength(1);
  });

  it("does not run against the embedded emulator silently: the first line says so", async () => {
    writeFileSync(join(dir, "one.ndjson"), ndjson([order(1)]));
    const run = await cli(["import", "one.ndjson", "--wait"], {
      cwd: dir,
      env: { ENGAGE_API_KEY: undefined },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.split("\n")[0]).toMatch(/no Engage configured .*embedded/);
  });

  it("never takes the key as a flag", async () => {
    const run = await cli(["import", "x.ndjson", "--api-key", "secret-on-the-command-line"], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("set ENGAGE_API_KEY or use --api-key-file");
    expect(run.stderr).not.toContain("secret-on-the-command-line");
  });
});

describe("reconcile", () => {
  it("tells missing, differing (field by field) and matching orders apart, and resumes", async () => {
    writeFileSync(join(dir, "sent.ndjson"), ndjson([order(1), order(2)]));
    expect((await cli(["import", "sent.ndjson", "--wait", ...at()], { cwd: dir })).code).toBe(0);
    const expected = [order(1), order(2, { currencyCode: "EUR" }), order(3)];
    writeFileSync(join(dir, "check.ndjson"), ndjson(expected));
    const run = await cli(["reconcile", "check.ndjson", "--json", ...at()], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 3, match: 1, differ: 1, missing: 1 });
    expect(run.stderr).toContain("IP-2: differs: currencyCode (changed)");
    const report = readFileSync(join(dir, "check.ndjson.reconcile.ndjson"), "utf8")
      .trim()
      .split("\n");
    expect(report.map((line) => JSON.parse(line))).toEqual([
      {
        orderId: "IP-2",
        where: "line 2",
        status: "differ",
        differences: [{ field: "currencyCode", kind: "changed", expected: "EUR", actual: "SEK" }],
      },
      { orderId: "IP-3", where: "line 3", status: "missing" },
    ]);
    // Resumed: every order is in the journal, so nothing is read again.
    const requestsBefore = server.emulator.listJobs().length;
    const again = await cli(["reconcile", "check.ndjson", "--json", ...at()], { cwd: dir });
    expect(JSON.parse(again.stdout)).toMatchObject({ match: 1, differ: 1, missing: 1 });
    expect(server.emulator.listJobs().length).toBe(requestsBefore);
  });
});

describe("small verbs", () => {
  it("get, orders (every page), job --wait, action, delete", async () => {
    const orders = Array.from({ length: 23 }, (_, index) =>
      order(index + 1, { contact: { matchKey: "many@example.com", matchKeyType: "Email" } }),
    );
    writeFileSync(join(dir, "many.ndjson"), ndjson(orders));
    expect((await cli(["import", "many.ndjson", "--wait", ...at()], { cwd: dir })).code).toBe(0);
    const got = await cli(["get", "IP-7", ...at()], { cwd: dir });
    expect(got.code, got.stderr).toBe(0);
    expect(JSON.parse(got.stdout)).toMatchObject({ orderId: "IP-7" });
    const contactId = server.emulator.listOrders()[0]!.contactId!;
    const listed = await cli(["orders", contactId, ...at()], { cwd: dir });
    expect(listed.stdout.trim().split("\n")).toHaveLength(23);
    const job = server.emulator.listJobs()[0]!;
    const waited = await cli(["job", job.jobId, "--wait", ...at()], { cwd: dir });
    expect(JSON.parse(waited.stdout)).toMatchObject({ status: "Completed" });
    const action = await cli(["action", "IP-7", "ConfirmShipment", ...at()], { cwd: dir });
    expect(action.code, action.stderr).toBe(0);
    expect(server.emulator.automationLog("IP-7").map((entry) => entry.action)).toEqual([
      "ConfirmShipment",
    ]);
    const deleted = await cli(["delete", "IP-7", "--wait", ...at()], { cwd: dir });
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(server.emulator.getOrder("IP-7")).toBeUndefined();
  });

  it("action refuses to send again after an unknown outcome, unless --force", async () => {
    writeFileSync(join(dir, "one.ndjson"), ndjson([order(1)]));
    expect((await cli(["import", "one.ndjson", "--wait", ...at()], { cwd: dir })).code).toBe(0);
    server.emulator.setFaults({ routes: { triggerAction: { dropAfterProcessing: 1 } } });
    const lost = await cli(["action", "IP-1", "ConfirmOrder", ...at()], { cwd: dir });
    expect(lost.code).toBe(1);
    expect(lost.stderr).toContain("OutcomeUnknownError");
    server.emulator.setFaults({});
    const again = await cli(["action", "IP-1", "ConfirmOrder", ...at()], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("refusing to send ConfirmOrder for IP-1 again");
    expect(server.emulator.automationLog("IP-1")).toHaveLength(1);
    const forced = await cli(["action", "IP-1", "ConfirmOrder", "--force", ...at()], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(server.emulator.automationLog("IP-1")).toHaveLength(2);
  });
});
