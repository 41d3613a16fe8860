// Shared pieces of the flow tests: orders, starting flows through the test Worker, and waiting
// for an instance to settle.

import { env, exports } from "cloudflare:workers";
import type { Order } from "@engage-orders/core";
import type { OrderFlowParams, OrderFlowState, StartedOrderFlow } from "../../src/index.ts";
import { type OrderFlowBinding, readOrderFlow } from "../../src/index.ts";

/** The test Worker's bindings. */
export const flowBinding = (env as unknown as { ORDER_FLOW: OrderFlowBinding }).ORDER_FLOW;

/** The Workflow binding as `cloudflare:test`'s introspection wants it. */
export const workflowBinding = (env as unknown as { ORDER_FLOW: Workflow }).ORDER_FLOW;

let sequence = 0;

/** A valid order with a fresh `orderId` (prefix names the test, so ids never collide). */
export function newOrder(prefix: string): Order {
  sequence += 1;
  return {
    orderId: `${prefix}-${sequence}-${crypto.randomUUID().slice(0, 8)}`,
    contact: { matchKey: `shopper-${sequence}@example.com`, matchKeyType: "Email" },
    externalStoreId: "store-1",
    status: "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2026-12-04T15:15:19+01:00",
    lastChangedAt: "2026-12-04T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 2, article: { sku: "SKU-1", name: "Mug" }, totalPrice: 200 }],
      subTotal: 200,
    },
  } as unknown as Order;
}

/** The test Worker's default export (`test/flows/worker.ts`), called in this isolate. */
const shopWorker = (exports as unknown as { default: Fetcher }).default;

/** Fast polling for tests where the spacing itself is not the point. */
export const quickPolling = { minDelayMs: 50, maxDelayMs: 400 };

/** Starts a flow the way a shop's Worker does: `POST /orders` answers at once with the id. */
export async function startThroughWorker(params: OrderFlowParams): Promise<StartedOrderFlow> {
  const response = await shopWorker.fetch("https://shop.test/orders", {
    method: "POST",
    body: JSON.stringify(params),
  });
  if (response.status !== 202) throw new Error(`POST /orders answered ${response.status}`);
  return (await response.json()) as StartedOrderFlow;
}

/** Reads a flow through the test Worker's `GET /flows?id=`. */
export async function readThroughWorker(id: string): Promise<OrderFlowState> {
  const response = await shopWorker.fetch(`https://shop.test/flows?id=${encodeURIComponent(id)}`);
  return (await response.json()) as OrderFlowState;
}

const SETTLED = new Set(["complete", "errored", "terminated"]);

/** Waits until every flow has settled (complete, errored or terminated), checking every 100 ms. */
export async function waitUntilSettled(
  ids: string[],
  options: { timeoutMs: number; whileWaiting?: () => Promise<unknown> },
): Promise<Map<string, OrderFlowState>> {
  const settled = new Map<string, OrderFlowState>();
  const until = Date.now() + options.timeoutMs;
  while (settled.size < ids.length) {
    if (Date.now() > until) {
      const open = ids.filter((id) => !settled.has(id));
      throw new Error(`${open.length} flows did not settle, e.g. ${open.slice(0, 3).join(", ")}`);
    }
    await options.whileWaiting?.();
    const open = ids.filter((id) => !settled.has(id));
    const states = await Promise.all(open.map((id) => readOrderFlow(flowBinding, id)));
    for (const state of states) if (SETTLED.has(state.status)) settled.set(state.id, state);
    if (settled.size < ids.length) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return settled;
}
