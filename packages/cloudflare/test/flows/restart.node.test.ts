// A Worker's workerd process stopped mid-flow and started again on the same persisted Workflow
// state. The local engine keeps a sleeping instance's timer in memory only, so after the
// restart the instance is resumed through the binding (pause, then resume); Cloudflare's
// engine wakes it by itself. Either way the run is replayed: finished steps answer from
// their stored results and are not sent again.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createEngageEmulator,
  DEFAULT_API_KEY,
  type EngageEmulator,
} from "@engage-orders/emulator";
import { toNodeListener } from "@engage-orders/emulator/node";
import { afterAll, beforeAll, expect, test } from "vitest";
import { bundleFlowWorker, type FlowWorker, startFlowWorker } from "./restartHarness.node.ts";

let emulator: EngageEmulator;
let server: Server;
let engageUrl: string;
let script: string;
let persistDirectory: string;
/** Requests the emulator received, as `METHOD /path`, counted when they arrive. */
const received: string[] = [];

beforeAll(async () => {
  emulator = createEngageEmulator({
    autoCreateContacts: true,
    latency: "fast",
    seed: "flow-restart",
  });
  server = createServer(
    toNodeListener(async (request) => {
      received.push(`${request.method} ${new URL(request.url).pathname}`);
      return emulator.handle(request);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  engageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  script = await bundleFlowWorker();
  persistDirectory = await mkdtemp(join(tmpdir(), "order-flow-"));
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  if (persistDirectory) await rm(persistDirectory, { recursive: true, force: true });
});

const startWorker = () =>
  startFlowWorker({ script, persistDirectory, engageUrl, apiKey: DEFAULT_API_KEY });

function order(orderId: string) {
  return {
    orderId,
    contact: { matchKey: `${orderId}@example.com`, matchKeyType: "Email" },
    externalStoreId: "store-1",
    status: "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2026-12-04T15:15:19+01:00",
    lastChangedAt: "2026-12-04T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 1, article: { sku: "SKU-1", name: "Mug" }, totalPrice: 100 }],
      subTotal: 100,
    },
  };
}

const count = (request: string) => received.filter((entry) => entry === request).length;

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const until = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function settle(worker: FlowWorker, id: string) {
  const until = Date.now() + 30_000;
  for (;;) {
    const state = await worker.read(id);
    if (state.status === "complete" || state.status === "errored") return state;
    if (Date.now() > until) throw new Error(`flow ${id} is still ${state.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("a flow whose Worker is stopped mid-wait resumes from its stored steps and finishes", async () => {
  emulator.setFaults({ stallJobs: 1 });
  let worker = await startWorker();
  const started = await worker.start({
    order: order("restart-wait"),
    polling: { minDelayMs: 100, maxDelayMs: 300 },
  });
  // The job is stalled: the flow is in its wait once it has polled it.
  await waitFor(
    () => received.some((entry) => entry.startsWith("GET /api/v3/orders/jobs/")),
    "a poll",
  );
  expect((await worker.read(started.id)).status).not.toBe("complete");
  await worker.stop();

  emulator.setFaults({});
  expect(emulator.releaseStalledJobs()).toBe(1);
  worker = await startWorker();
  await worker.pauseAndResume(started.id);
  const state = await settle(worker, started.id);
  await worker.stop();

  expect(state.status).toBe("complete");
  const stored = emulator.getOrder("restart-wait");
  expect(state.output?.versionTag).toBe(stored?.order.versionTag);
  expect(state.output?.timeline.map((entry) => entry.status)).toEqual([
    "Accepted",
    "Pending",
    "Completed",
  ]);
  // The create step finished before the stop and was not run again.
  expect(count("POST /api/v3/orders")).toBe(1);
  expect(
    emulator.automationLog("restart-wait").map(({ action, source }) => `${action}/${source}`),
  ).toEqual(["ConfirmOrder/embedded"]);
});

test("an action whose step was cut off by a restart is reported, never sent again", async () => {
  // The action is answered 3 s late: the Worker is stopped while it waits for the answer.
  emulator.setFaults({ routes: { triggerAction: { extraLatency: 1, extraLatencyMs: 3000 } } });
  let worker = await startWorker();
  const started = await worker.start({
    order: order("restart-action"),
    orderAction: null,
    action: { action: "ConfirmShipment" },
    polling: { minDelayMs: 100, maxDelayMs: 300 },
  });
  const actionRequest = "POST /api/v3/orders/restart-action/action";
  await waitFor(() => count(actionRequest) === 1, "the action request");
  await worker.stop();
  emulator.setFaults({});
  // Engage processed it anyway: the customer got the message once.
  await waitFor(
    () => emulator.automationLog("restart-action").length === 1,
    "the action's processing",
  );

  worker = await startWorker();
  await worker.pauseAndResume(started.id);
  const state = await settle(worker, started.id);
  await worker.stop();

  expect(state.status).toBe("errored");
  const versionTag = emulator.getOrder("restart-action")?.order.versionTag;
  expect(state.failure).toMatchObject({
    name: "OutcomeUnknownError",
    orderId: "restart-action",
    action: "ConfirmShipment",
    versionTag,
    step: "action ConfirmShipment (try 1)",
  });
  expect(count(actionRequest)).toBe(1);
  expect(emulator.automationLog("restart-action")).toHaveLength(1);
});

test("a create step cut off by a restart is sent again safely: the stored order is recognised as the flow's own", async () => {
  // The create is answered 3 s late: the Worker is stopped while it waits for the answer.
  emulator.setFaults({ routes: { createOrder: { extraLatency: 1, extraLatencyMs: 3000 } } });
  const createsBefore = count("POST /api/v3/orders");
  let worker = await startWorker();
  const started = await worker.start({
    order: order("restart-create"),
    polling: { minDelayMs: 100, maxDelayMs: 300 },
  });
  await waitFor(() => count("POST /api/v3/orders") === createsBefore + 1, "the create request");
  await worker.stop();
  emulator.setFaults({});
  // Engage stored it (and fires ConfirmOrder) although no answer reached the flow.
  await waitFor(() => {
    emulator.flushJobs();
    return emulator.getOrder("restart-create") !== undefined;
  }, "the order to be stored");

  worker = await startWorker();
  await worker.pauseAndResume(started.id);
  const state = await settle(worker, started.id);
  await worker.stop();

  expect(state.status).toBe("complete");
  expect(state.output).toMatchObject({
    adopted: true,
    versionTag: emulator.getOrder("restart-create")?.order.versionTag,
  });
  // Sent once before the stop and once by the step's second attempt, which met the 409.
  expect(count("POST /api/v3/orders")).toBe(createsBefore + 2);
  expect(
    emulator.listOrders().filter((view) => view.order.orderId === "restart-create"),
  ).toHaveLength(1);
  expect(
    emulator.automationLog("restart-create").map(({ action, source }) => `${action}/${source}`),
  ).toEqual(["ConfirmOrder/embedded"]);
});
