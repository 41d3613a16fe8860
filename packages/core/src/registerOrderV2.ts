import type { OrdersClient } from "./createOrdersClient.ts";
import { isObject } from "./replyBody.ts";
import { send } from "./send.ts";
import type { OrderV2 } from "./types.ts";
import { check, need } from "./validate.ts";

/** The options of `registerOrderV2`. */
export interface RegisterOrderV2Options {
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Sends a v2 order (order communication), which triggers automations from its status. v2
 * has no duplicate check, so it is sent at most once, like an action: only 429 and 503 are
 * retried, and an unclear failure throws `OutcomeUnknownError`.
 *
 * @example
 * ```ts
 * await registerOrderV2(client, { orderNumber: "1001", orderStatus: "Shipped", ... });
 * ```
 */
export async function registerOrderV2(
  client: OrdersClient,
  order: OrderV2,
  options: RegisterOrderV2Options = {},
): Promise<Record<string, unknown>> {
  need(order?.orderNumber, "order.orderNumber");
  await check(client, "orderV2", order);
  const reply = await send(client, "POST", "/api/v2/orders", {
    body: order,
    signal: options.signal,
    once: true,
  });
  return isObject(reply.data) ? reply.data : {};
}
