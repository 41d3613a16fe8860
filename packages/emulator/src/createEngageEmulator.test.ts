import { describe, expect, it } from "vitest";
import { BASE, bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../test/harness.ts";
import { createEngageEmulator, DEFAULT_API_KEY, latencyProfiles } from "./index.ts";

describe("createEngageEmulator: control and inspection", () => {
  it("fetch is bind-safe: it works passed as a bare function", async () => {
    const { emulator } = createHarness();
    const { fetch } = emulator;
    const detached: (request: Request) => Promise<Response> = fetch;
    const response = await detached(
      new Request(`${BASE}/api/v3/orders/none`, {
        headers: {
          apikey: DEFAULT_API_KEY,
          "user-agent": "Test/1.0",
          "content-type": "application/json",
        },
      }),
    );
    expect(response.status).toBe(404);
  });

  it("defaults: real clock, realistic latency, completion 200, the default API key", async () => {
    const emulator = createEngageEmulator();
    expect(Math.abs(emulator.clock.now() - Date.now())).toBeLessThan(60_000);
    expect(() => emulator.advance(1)).toThrow('clock: "manual"');
    const response = await emulator.fetch(
      new Request(`${BASE}/api/v3/orders`, {
        method: "POST",
        headers: {
          apikey: DEFAULT_API_KEY,
          "user-agent": "Test/1.0",
          "content-type": "application/json",
        },
        body: JSON.stringify(makeOrder("o-1")),
      }),
    );
    expect(response.status).toBe(202);
    const job = emulator.listJobs()[0];
    const delay = Date.parse(job?.dueAt ?? "") - Date.parse(job?.createdAt ?? "");
    expect(delay).toBeGreaterThanOrEqual(0);
    expect(delay).toBeLessThanOrEqual(60_000);
  });

  it("a manual clock starts at startAt and moves only with advance", async () => {
    const { emulator } = createHarness({ startAt: "2026-03-01T12:00:00Z" });
    expect(new Date(emulator.clock.now()).toISOString()).toBe("2026-03-01T12:00:00.000Z");
    emulator.advance(1500);
    expect(emulator.clock.now()).toBe(Date.parse("2026-03-01T12:00:01.500Z"));
    expect(() => emulator.advance(-1)).toThrow(RangeError);
  });

  it("seedContact generates a contactId when absent and keeps a given one", () => {
    const { emulator } = createHarness();
    expect(emulator.seedContact({ email: "x@example.com" }).contactId).toMatch(/^[0-9a-f-]{36}$/);
    expect(emulator.seedContact({ contactId: "c-42", memberNumber: "M1" })).toEqual({
      contactId: "c-42",
      memberNumber: "M1",
    });
  });

  it("matches other match key types (MemberNumber, ContactId)", async () => {
    const { emulator, createProcessed } = createHarness();
    emulator.seedContact({ contactId: "c-42", memberNumber: "M1" });
    await createProcessed("o-member", {
      contact: { matchKey: "M1", matchKeyType: "MemberNumber" },
    });
    await createProcessed("o-id", { contact: { matchKey: "c-42", matchKeyType: "ContactId" } });
    expect(emulator.getOrder("o-member")?.contactId).toBe("c-42");
    expect(emulator.getOrder("o-id")?.contactId).toBe("c-42");
  });

  it("reads orders and jobs, with the operation and due time of each job", async () => {
    const { call, emulator } = createHarness();
    await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(emulator.listJobs()).toEqual([
      expect.objectContaining({
        operation: "create",
        status: "Pending",
        stalled: false,
        dueAt: "2025-01-01T00:00:01.000Z",
      }),
    ]);
    expect(emulator.listOrders()).toEqual([]);
    emulator.advance(JOB_DELAY_MS);
    expect(emulator.listOrders().map((view) => view.order.orderId)).toEqual(["o-1"]);
  });

  it("inspection returns copies: changing them does not change the emulator", async () => {
    const { emulator, createProcessed } = createHarness();
    await createProcessed("o-1");
    const view = emulator.getOrder("o-1");
    if (view) view.order.status = "Cancelled";
    expect(emulator.getOrder("o-1")?.order.status).toBe("InProgress");
  });

  it("flushJobs finishes every job that is not stalled, whatever its delay", async () => {
    const { call, emulator } = createHarness({ latency: latencyProfiles.congested });
    await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    await call("POST", "/api/v3/orders", { body: makeOrder("o-2") });
    expect(emulator.flushJobs()).toBe(2);
    expect(emulator.listJobs().map((job) => job.status)).toEqual(["Completed", "Completed"]);
  });

  it("the automation log can be read per order", async () => {
    const { call, emulator, createProcessed } = createHarness();
    const one = await createProcessed("o-1");
    const two = await createProcessed("o-2");
    await call("POST", "/api/v3/orders/o-1/action", {
      body: { action: "ConfirmOrder", versionTag: one.versionTag },
    });
    await call("POST", "/api/v3/orders/o-2/action", {
      body: { action: "ConfirmOrder", versionTag: two.versionTag },
    });
    expect(emulator.automationLog("o-2").map((entry) => entry.versionTag)).toEqual([
      two.versionTag,
    ]);
    expect(emulator.automationLog()).toHaveLength(2);
  });

  it("exports the whole state as JSON and imports it into another emulator", async () => {
    const { call, emulator, createProcessed } = createHarness();
    const job = await createProcessed("o-1");
    await call("POST", "/api/v3/orders/o-1/action", {
      body: { action: "ConfirmOrder", versionTag: job.versionTag },
    });
    await call("POST", "/api/v3/orders", { body: makeOrder("o-2") });
    const snapshot = JSON.parse(JSON.stringify(emulator.exportState()));
    expect(JSON.stringify(snapshot)).not.toContain(DEFAULT_API_KEY);

    const copy = createEngageEmulator({
      clock: "manual",
      startAt: emulator.clock.now(),
      state: snapshot,
    });
    expect(copy.getOrder("o-1")).toEqual(emulator.getOrder("o-1"));
    expect(copy.automationLog()).toEqual(emulator.automationLog());
    expect(copy.listContacts()).toEqual(emulator.listContacts());
    copy.advance(JOB_DELAY_MS);
    emulator.advance(JOB_DELAY_MS);
    expect(copy.getOrder("o-2")).toEqual(emulator.getOrder("o-2"));
  });

  it("importState replaces the state; a bad snapshot is refused with a clear error", async () => {
    const { emulator, createProcessed } = createHarness();
    const empty = emulator.exportState();
    await createProcessed("o-1");
    emulator.importState(empty);
    expect(emulator.listOrders()).toEqual([]);
    expect(() => emulator.importState({ format: "other" } as never)).toThrow(
      "Not an emulator snapshot",
    );
    expect(() => emulator.importState({ ...empty, version: 2 } as never)).toThrow("version 2");
  });

  it("reset empties everything and replays the seed: the same ids come out again", async () => {
    const { emulator, createProcessed } = createHarness({
      contacts: [{ contactId: "c-1", email: "ada@example.com" }],
    });
    const before = await createProcessed("o-1");
    emulator.reset();
    expect(emulator.listOrders()).toEqual([]);
    expect(emulator.automationLog()).toEqual([]);
    expect(emulator.listContacts()).toEqual([{ contactId: "c-1", email: "ada@example.com" }]);
    emulator.seedContact({ email: "ada@example.com" });
    const after = await createProcessed("o-1");
    expect(after.jobId).toBe(before.jobId);
  });

  it("baseUrl fixes the origin of links, e.g. behind a proxy", async () => {
    const { call } = createHarness({ baseUrl: "https://tenant.staging.voyado.com/" });
    const accepted = await bodyOf(await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }));
    expect(accepted.href).toBe(
      `https://tenant.staging.voyado.com/api/v3/orders/jobs/${accepted.jobId}`,
    );
  });
});
