import { ValidationError } from "@engage-orders/core";
import { describe, expect, test } from "vitest";
import { orderFlowId, startOrderFlow } from "../../src/index.ts";
import { automationLog, listJobs, listOrders, setFaults } from "./emulatorControl.ts";
import {
  flowBinding,
  newOrder,
  quickPolling,
  readThroughWorker,
  startThroughWorker,
  waitUntilSettled,
} from "./flowHelpers.ts";

describe("an order flow on Workflows", () => {
  test("creates the order with ConfirmOrder embedded, waits for its job and returns the timeline and versionTag", async () => {
    await setFaults({});
    const order = newOrder("happy");
    const started = await startThroughWorker({ order, polling: quickPolling });
    expect(started).toEqual({ id: `order-${order.orderId}`, created: true });

    const [state] = (await waitUntilSettled([started.id], { timeoutMs: 20_000 })).values();
    expect(JSON.stringify(state)).toContain(`"status":"complete"`);
    const stored = (await listOrders()).find((view) => view.order.orderId === order.orderId);
    expect(state?.output).toMatchObject({
      orderId: order.orderId,
      versionTag: stored?.order.versionTag,
      embeddedAction: "ConfirmOrder",
      adopted: false,
    });
    const timeline = state?.output?.timeline ?? [];
    expect(timeline[0]?.status).toBe("Accepted");
    expect(timeline.at(-1)?.status).toBe("Completed");
    expect(state?.output?.polls).toBeGreaterThanOrEqual(1);
    // Read through the Worker's own route too: the same state.
    expect(await readThroughWorker(started.id)).toEqual(state);

    const fired = await automationLog(order.orderId);
    expect(fired.map(({ action, source }) => ({ action, source }))).toEqual([
      { action: "ConfirmOrder", source: "embedded" },
    ]);
    const creates = (await listJobs()).filter(
      (job) => job.orderId === order.orderId && job.operation === "create",
    );
    expect(creates).toHaveLength(1);
  });

  test("triggers a separate action with the job's versionTag once the create is processed", async () => {
    await setFaults({});
    const order = newOrder("separate");
    const started = await startThroughWorker({
      order,
      orderAction: null,
      action: { action: "ConfirmShipment", language: "sv-SE" },
      polling: quickPolling,
    });
    const [state] = (await waitUntilSettled([started.id], { timeoutMs: 20_000 })).values();
    expect(JSON.stringify(state)).toContain(`"status":"complete"`);
    expect(state?.output?.embeddedAction).toBeUndefined();
    expect(state?.output?.action).toMatchObject({
      action: "ConfirmShipment",
      versionTag: state?.output?.versionTag,
      tries: 1,
    });
    const fired = await automationLog(order.orderId);
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      action: "ConfirmShipment",
      source: "action",
      versionTag: state?.output?.versionTag,
    });
  });

  test("starting the same order twice returns the running flow instead of a second one", async () => {
    await setFaults({});
    const order = newOrder("twice");
    const first = await startOrderFlow(flowBinding, { order, polling: quickPolling });
    const second = await startOrderFlow(flowBinding, { order, polling: quickPolling });
    expect(second).toEqual({ id: first.id, created: false });
    await waitUntilSettled([first.id], { timeoutMs: 20_000 });
    expect(await automationLog(order.orderId)).toHaveLength(1);
  });

  test("bad params are refused with the field named, and no flow is started", async () => {
    const order = newOrder("invalid");
    const cases: Array<[unknown, string]> = [
      [{ order: { ...order, orderId: "" } }, "order.orderId"],
      [{ order, orderAction: { action: "" } }, "orderAction.action"],
      [{ order, action: { action: "ConfirmShipment", data: "x" } }, "action.data"],
      [{ order, deadline: "next week" }, "deadline"],
      [{ order, polling: { minDelayMs: -1 } }, "polling.minDelayMs"],
    ];
    for (const [params, field] of cases) {
      const error = await startOrderFlow(flowBinding, params as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors[0]?.field).toBe(field);
    }
    await expect(flowBinding.get(await orderFlowId(order.orderId))).rejects.toThrow();
  });

  test("an instance created around startOrderFlow with bad params ends with a ValidationError and sends nothing", async () => {
    const order = newOrder("direct");
    const id = `direct-${order.orderId}`;
    await flowBinding.create({ id, params: { order, action: { action: "" } } });
    const [state] = (await waitUntilSettled([id], { timeoutMs: 20_000 })).values();
    expect(state?.status).toBe("errored");
    expect(state?.failure).toMatchObject({
      name: "ValidationError",
      step: "setup",
      orderId: order.orderId,
    });
    expect(state?.failure?.message).toContain("action.action");
    expect((await listJobs()).filter((job) => job.orderId === order.orderId)).toEqual([]);
  });

  test("an orderId Workflows cannot take as an id gets a hashed instance id", async () => {
    expect(await orderFlowId("A-1001_b")).toBe("order-A-1001_b");
    const hashed = await orderFlowId("order/1001 with spaces");
    expect(hashed).toMatch(/^order-[0-9a-f]{64}$/);
    expect(await orderFlowId("order/1001 with spaces")).toBe(hashed);
  });
});
