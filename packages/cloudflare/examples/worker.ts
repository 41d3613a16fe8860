// A checkout Worker that uses both halves of @engage-orders/cloudflare: `POST /orders` starts
// a durable order flow and answers at once with its id, `GET /flows/{id}` reads its status,
// and every request the flow sends to Engage takes its send time from the fleet rate limiter
// on a Durable Object. Its configuration is `wrangler.jsonc` beside it; the README shows both.

import {
  createFleetRateLimiter,
  OrderFlow,
  type OrderFlowEnv,
  type OrderFlowParams,
  readOrderFlow,
  startOrderFlow,
} from "@engage-orders/cloudflare";
import {
  createOrdersClient,
  type Order,
  type OrdersClient,
  ValidationError,
} from "@engage-orders/core";

// The fleet limiter's Durable Object: one instance per API key, shared by every isolate.
export { RateLimiterObject } from "@engage-orders/cloudflare";

/** The Worker's bindings (see `wrangler.jsonc`). */
export interface Env extends OrderFlowEnv {
  /** A secret: `wrangler secret put ENGAGE_API_KEY` (locally: `.dev.vars`). */
  ENGAGE_API_KEY: string;
  /** The Durable Object namespace bound to `RateLimiterObject`. */
  ENGAGE_RATE_LIMITER: DurableObjectNamespace;
  /** The Workflow bound to `ShopOrderFlow`. */
  ORDER_FLOW: Workflow<OrderFlowParams>;
}

/** The order flow, with a client whose requests share the fleet's 50 requests/s. */
export class ShopOrderFlow extends OrderFlow<Env> {
  protected override createClient(): OrdersClient {
    return createOrdersClient({
      baseUrl: this.env.ENGAGE_URL,
      apiKey: this.env.ENGAGE_API_KEY,
      userAgent: this.env.ENGAGE_USER_AGENT ?? "ShopOrders/1.0",
      rateLimit: createFleetRateLimiter({
        namespace: this.env.ENGAGE_RATE_LIMITER,
        apiKey: this.env.ENGAGE_API_KEY,
      }),
    });
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === "POST" && url.pathname === "/orders") {
      try {
        // Returns at once; the flow creates the order, waits for its job and confirms it.
        // The same order posted again returns the flow already running (`created: false`).
        // `startOrderFlow` checks the body (typed here, checked there).
        const order = (await request.json()) as Order;
        const started = await startOrderFlow(env.ORDER_FLOW, { order });
        return Response.json(started, { status: 202 });
      } catch (error) {
        // The order failed its checks (the message names the field): nothing was started.
        if (error instanceof ValidationError) {
          return Response.json({ error: error.message }, { status: 400 });
        }
        throw error;
      }
    }
    const flowPath = /^\/flows\/([^/]+)$/.exec(url.pathname);
    if (request.method === "GET" && flowPath?.[1]) {
      const id = decodeURIComponent(flowPath[1]);
      // { id, status, output?: { versionTag, timeline, … }, failure? }; no instance: a rejection.
      const state = await readOrderFlow(env.ORDER_FLOW, id).catch(() => undefined);
      if (!state) return Response.json({ error: `No order flow ${id}` }, { status: 404 });
      return Response.json(state);
    }
    return new Response("Not found", { status: 404 });
  },
};
