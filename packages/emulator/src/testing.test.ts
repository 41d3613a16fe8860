import { describe, expect, it } from "vitest";
// The real core, by path: the emulator must not depend on the core (the core's tests depend on
// the emulator, so a dependency back would be a workspace cycle), yet the helper is for it.
import {
  createOrder,
  createOrdersClient,
  EngageError,
  triggerAction,
  waitForJob,
} from "../../core/src/index.ts";
import { makeOrder } from "../test/harness.ts";
import { fixedLatency } from "./index.ts";
import { createTestOrdersClient } from "./testing.ts";

const contacts = [{ email: "ada@example.com" }];
type OrderInput = Parameters<typeof createOrder>[1];

describe("createTestOrdersClient", () => {
  it("connects the core's client to an in-process emulator in one call: create, wait, confirm", async () => {
    const { client, emulator } = createTestOrdersClient(createOrdersClient, {
      emulator: { contacts },
    });
    const order = makeOrder("o-testing") as OrderInput;
    const handle = await createOrder(client, order);
    // The emulator's default latency takes seconds; the manual clock makes them instant.
    const { versionTag } = await waitForJob(client, handle);
    expect(versionTag).toBe(emulator.getOrder("o-testing")?.order.versionTag);
    if (versionTag === undefined) throw new Error("a completed create has a versionTag");
    await triggerAction(client, "o-testing", { action: "ConfirmOrder", versionTag });
    expect(emulator.automationLog("o-testing")).toEqual([
      expect.objectContaining({ action: "ConfirmOrder", orderId: "o-testing" }),
    ]);
    expect(emulator.clock.now()).toBeGreaterThan(Date.UTC(2025, 0, 1));
  });

  it("uses the emulator's own key and header, and passes client options through", async () => {
    const events: string[] = [];
    const { client, emulator } = createTestOrdersClient(createOrdersClient, {
      emulator: { apiKeys: ["test-key-own"], apiKeyHeader: "x-api-key", contacts },
      client: { onEvent: (event) => events.push(event.type) },
    });
    // Any other key or header would be answered 401, and the create would throw.
    const created = await createOrder(client, makeOrder("o-key") as OrderInput);
    expect(created.orderId).toBe("o-key");
    expect(emulator.listJobs()).toHaveLength(1);
    expect(events.length).toBeGreaterThan(0);
  });

  it("a wait the caller aborts rejects with the signal's reason, on the manual clock too", async () => {
    const { client } = createTestOrdersClient(createOrdersClient, { emulator: { contacts } });
    const handle = await createOrder(client, makeOrder("o-abort") as OrderInput);
    const controller = new AbortController();
    const reason = new Error("test stopped waiting");
    controller.abort(reason);
    await expect(waitForJob(client, handle, { signal: controller.signal })).rejects.toBe(reason);
  });

  it("with a real clock the waits are real (short latency) and the cycle still completes", async () => {
    const { client, emulator } = createTestOrdersClient(createOrdersClient, {
      emulator: { clock: "real", latency: fixedLatency(20), contacts },
    });
    const start = Date.now();
    const handle = await createOrder(client, makeOrder("o-real") as OrderInput);
    await waitForJob(client, handle, { timeoutMs: 5000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(20);
    expect(emulator.getOrder("o-real")).toBeDefined();
  });

  it("errors are the caller's core's own classes (one copy of the core)", async () => {
    const { client } = createTestOrdersClient(createOrdersClient, {
      client: { retry: false },
    });
    const failure = await triggerAction(client, "no-such-order", {
      action: "ConfirmOrder",
      versionTag: "v",
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngageError);
  });
});
