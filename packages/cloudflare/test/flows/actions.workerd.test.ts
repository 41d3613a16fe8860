import { introspectWorkflowInstance } from "cloudflare:test";
import { createOrdersClient, waitForJob } from "@engage-orders/core";
import { afterEach, describe, expect, inject, test } from "vitest";
import { automationLog, listOrders, releaseStalled, setFaults } from "./emulatorControl.ts";
import {
  newOrder,
  quickPolling,
  startThroughWorker,
  waitUntilSettled,
  workflowBinding,
} from "./flowHelpers.ts";

afterEach(async () => {
  await setFaults({});
  await releaseStalled();
});

async function storedVersionTag(orderId: string): Promise<string | undefined> {
  return (await listOrders()).find((view) => view.order.orderId === orderId)?.order.versionTag;
}

async function runSeparateAction(prefix: string) {
  const order = newOrder(prefix);
  const started = await startThroughWorker({
    order,
    orderAction: null,
    action: { action: "ConfirmShipment" },
    polling: quickPolling,
  });
  return { order, started };
}

describe("the separate action", () => {
  test("whose answer is lost after Engage processed it is not re-sent: the flow ends with OutcomeUnknownError and what to check", async () => {
    await setFaults({ routes: { triggerAction: { dropAfterProcessing: 1 } } });
    const { order, started } = await runSeparateAction("lost-answer");
    const [state] = (await waitUntilSettled([started.id], { timeoutMs: 20_000 })).values();

    expect(state?.status).toBe("errored");
    expect(state?.failure).toMatchObject({
      name: "OutcomeUnknownError",
      orderId: order.orderId,
      action: "ConfirmShipment",
      versionTag: await storedVersionTag(order.orderId),
      step: "action ConfirmShipment (try 1)",
    });
    // Processed once, sent once: the customer got one message.
    const fired = await automationLog(order.orderId);
    expect(fired.map(({ action, source }) => `${action}/${source}`)).toEqual([
      "ConfirmShipment/action",
    ]);
  });

  test("answered 502 (it may have been processed) is not re-sent either, and the failure keeps Engage's status", async () => {
    await setFaults({ routes: { triggerAction: { htmlError: 1 } } });
    const { order, started } = await runSeparateAction("bad-gateway");
    const [state] = (await waitUntilSettled([started.id], { timeoutMs: 20_000 })).values();

    expect(state?.status).toBe("errored");
    expect(state?.failure).toMatchObject({
      name: "OutcomeUnknownError",
      orderId: order.orderId,
      action: "ConfirmShipment",
      status: 502,
    });
    expect(state?.failure?.attempts).toEqual([{ status: 502, reason: expect.any(String) }]);
    expect(state?.failure?.message).not.toContain(inject("emulatorApiKey"));
    expect(await automationLog(order.orderId)).toEqual([]);
  });

  test("refused with 503 (not processed) is tried again in a new step and sent once it is accepted", async () => {
    await setFaults({ routes: { triggerAction: { serverError: 1 } } });
    const order = newOrder("unavailable");
    const id = `order-${order.orderId}`;
    await using instance = await introspectWorkflowInstance(workflowBinding, id);
    await instance.modify(async (modifier) => {
      await modifier.disableSleeps();
    });
    await startThroughWorker({
      order,
      orderAction: null,
      action: { action: "ConfirmShipment" },
      polling: quickPolling,
    });
    const firstTry = await instance.waitForStepResult({ name: "action ConfirmShipment (try 1)" });
    expect(firstTry).toMatchObject({ ok: false, notProcessed: true });
    await setFaults({});

    await instance.waitForStatus("complete");
    const output = (await instance.getOutput()) as { action?: { tries: number } };
    expect(output.action?.tries).toBeGreaterThanOrEqual(2);
    const fired = await automationLog(order.orderId);
    expect(fired.map(({ action, source }) => `${action}/${source}`)).toEqual([
      "ConfirmShipment/action",
    ]);
  });
});

test("a job still running at the deadline ends the flow with JobTimeoutError and a handle that resumes the wait", async () => {
  await setFaults({ stallJobs: 1 });
  const order = newOrder("deadline");
  const started = await startThroughWorker({
    order,
    deadline: Date.now() + 1500,
    polling: { minDelayMs: 100, maxDelayMs: 300 },
  });
  const [state] = (await waitUntilSettled([started.id], { timeoutMs: 20_000 })).values();
  expect(state?.status).toBe("errored");
  expect(state?.failure).toMatchObject({ name: "JobTimeoutError", orderId: order.orderId });
  const handle = state?.failure?.handle;
  expect(handle).toMatchObject({ orderId: order.orderId, operation: "create", status: "Pending" });

  // What the failure carries is enough to finish the wait anywhere else.
  await setFaults({});
  expect(await releaseStalled()).toBe(1);
  const client = createOrdersClient({
    baseUrl: inject("emulatorUrl"),
    apiKey: inject("emulatorApiKey"),
    userAgent: "EngageOrdersFlowTests/1.0",
  });
  const job = await waitForJob(client, handle!, { timeoutMs: 10_000 });
  expect(job.versionTag).toBe(await storedVersionTag(order.orderId));
});
