import { afterEach, expect, test } from "vitest";
import type { OrderFlowState } from "../../src/index.ts";
import { automationLog, listOrders, releaseStalled, setFaults } from "./emulatorControl.ts";
import { newOrder, startThroughWorker, waitUntilSettled } from "./flowHelpers.ts";

const FLOWS = 200;

afterEach(async () => {
  await setFaults({});
  await releaseStalled();
});

test(`${FLOWS} flows under 5xx, 429, dropped answers and stalled jobs store every order once and confirm it exactly once`, async () => {
  await setFaults({
    serverError: 0.05,
    rateLimit: 0.05,
    dropBeforeProcessing: 0.02,
    dropAfterProcessing: 0.03,
    htmlError: 0.02,
    truncatedJson: 0.02,
    stallJobs: 0.05,
    // Creates whose answer is lost after the work: the flow must not store or confirm twice.
    routes: { createOrder: { dropAfterProcessing: 0.1, serverError: 0.05, rateLimit: 0.05 } },
  });

  const t0 = Date.now();
  const orders = Array.from({ length: FLOWS }, () => newOrder("fleet"));
  const started = await Promise.all(
    orders.map((order) =>
      startThroughWorker({ order, polling: { minDelayMs: 100, maxDelayMs: 800 } }),
    ),
  );
  expect(started.every((flow) => flow.created)).toBe(true);
  console.log(`${FLOWS} flows started in ${Date.now() - t0} ms`);

  // Stalled jobs hold their flows in the wait; they are let go a while later, as Engage's
  // queue would.
  let released = 0;
  let lastRelease = Date.now();
  const startedAt = Date.now();
  const states = await waitUntilSettled(
    started.map((flow) => flow.id),
    {
      timeoutMs: 120_000,
      whileWaiting: async () => {
        if (Date.now() - lastRelease < 2000) return;
        lastRelease = Date.now();
        released += await releaseStalled();
      },
    },
  );

  console.log(
    `${FLOWS} flows settled in ${Date.now() - startedAt} ms; ${released} stalled jobs released`,
  );
  const notComplete = [...states.values()].filter((state) => state.status !== "complete");
  expect(notComplete.map((state: OrderFlowState) => state.failure ?? state.error)).toEqual([]);

  const stored = await listOrders();
  const log = await automationLog();
  for (const [index, order] of orders.entries()) {
    const output = states.get(started[index]!.id)?.output;
    const copies = stored.filter((view) => view.order.orderId === order.orderId);
    expect(copies).toHaveLength(1);
    expect(output?.versionTag).toBe(copies[0]?.order.versionTag);
    const fired = log.filter((entry) => entry.orderId === order.orderId);
    expect(fired.map(({ action, source }) => `${action}/${source}`)).toEqual([
      "ConfirmOrder/embedded",
    ]);
  }
  console.log(`checked in ${Date.now() - t0} ms`);
  // The faults did happen: some creates lost their answer and were re-sent, some jobs stalled.
  const resent = [...states.values()].filter((state) => state.output?.resent).length;
  console.log(`${resent} creates re-sent after a lost answer`);
  expect(resent).toBeGreaterThan(0);
  expect(released).toBeGreaterThan(0);
}, 150_000);
