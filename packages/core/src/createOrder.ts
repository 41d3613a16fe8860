import type { OrdersClient } from "./createOrdersClient.ts";
import { OrderAlreadyExistsError, OrderNotFoundError } from "./errors.ts";
import { getOrder } from "./getOrder.ts";
import { newHandle, type WriteOptions, write } from "./jobHandle.ts";
import { isObject, orderPath, resent } from "./request.ts";
import type { JobHandle, Order, StoredOrder } from "./types.ts";
import { check, need } from "./validate.ts";

/**
 * Registers a new order; resolves to the job handle once Engage accepted it.
 *
 * Safe to retry: `orderId` is unique, so when an attempt with an unknown outcome is followed
 * by a 409, the order is read, and if it is the one we sent the create counts as done (the
 * handle is then already `Completed` with its `versionTag`, or polls the order until it shows).
 *
 * @example
 * ```ts
 * const handle = await createOrder(client, order, { orderAction: { action: "ConfirmOrder" } });
 * ```
 */
export async function createOrder(
  client: OrdersClient,
  order: Order,
  options: WriteOptions = {},
): Promise<JobHandle> {
  const orderId = need(order?.orderId, "order.orderId");
  await check(client, "order", order);
  try {
    return await write(client, "POST", "/api/v3/orders", orderId, "create", order, options);
  } catch (error) {
    if (!(error instanceof OrderAlreadyExistsError && resent(error.attempts))) throw error;
    // Our own earlier attempt may have gone through: the order decides.
    let stored: StoredOrder | undefined;
    try {
      stored = await getOrder(client, orderId, { signal: options.signal });
    } catch (e) {
      if (!(e instanceof OrderNotFoundError)) throw e;
    }
    if (stored && !sameOrder(order, stored)) throw error;
    const handle = newHandle(client, "", orderPath(orderId), orderId, "create");
    handle.retried = true;
    if (stored) {
      handle.status = "Completed";
      handle.versionTag = stored.versionTag;
    }
    return handle;
  }
}

/**
 * Tells whether a stored order is plausibly the one we sent: every plain field and every
 * date the two share must agree (dates by instant, since Engage may rewrite their format).
 */
export function sameOrder(sent: Order, stored: Record<string, unknown>): boolean {
  return Object.entries(sent).every(([key, value]) => {
    const other = stored[key];
    if (isObject(value) || isObject(other) || other === undefined) return true;
    return /At$/.test(key) ? Date.parse(`${value}`) === Date.parse(`${other}`) : value === other;
  });
}
