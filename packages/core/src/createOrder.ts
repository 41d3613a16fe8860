import type { OrdersClient } from "./createOrdersClient.ts";
import { OrderAlreadyExistsError, OrderNotFoundError, OutcomeUnknownError } from "./errors.ts";
import { readOrder } from "./getOrder.ts";
import { newHandle } from "./newHandle.ts";
import { orderPath } from "./paths.ts";
import { isObject } from "./replyBody.ts";
import { resentAfterUnclearAttempt } from "./retryPolicy.ts";
import { sendWrite, type WriteOptions } from "./sendWrite.ts";
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
): Promise<JobHandle<"create">> {
  const orderId = need(order?.orderId, "order.orderId");
  await check(client, "order", order);
  try {
    return await sendWrite(client, "POST", "/api/v3/orders", orderId, "create", order, options);
  } catch (error) {
    if (!(error instanceof OrderAlreadyExistsError && resentAfterUnclearAttempt(error.attempts)))
      throw error;
    // Our own earlier attempt may have gone through: the order decides.
    let stored: StoredOrder | undefined;
    try {
      stored = await readOrder(client, orderId, options.signal);
    } catch (readError) {
      // Without the read, whether our create was stored stays unknown: say so, rather than
      // pass on the read's error, which could read as "nothing happened".
      if (!(readError instanceof OrderNotFoundError)) {
        options.signal?.throwIfAborted();
        throw new OutcomeUnknownError(`Order ${orderId} may be stored; reading it failed`, {
          method: "POST",
          orderId,
          attempts: error.attempts,
          cause: readError,
        });
      }
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
 * Tells whether a stored order is plausibly the one we sent: everything we sent that Engage
 * kept must agree, at any depth (line items included, element by element); fields Engage
 * added or dropped are ignored, and dates are compared by instant, since Engage may rewrite
 * their format.
 */
export function sameOrder(sent: unknown, stored: unknown, key = ""): boolean {
  if (stored === undefined) return true;
  if (Array.isArray(sent)) {
    return (
      Array.isArray(stored) &&
      sent.length === stored.length &&
      sent.every((item, index) => sameOrder(item, stored[index]))
    );
  }
  if (isObject(sent)) {
    return (
      isObject(stored) &&
      Object.entries(sent).every(([field, value]) => sameOrder(value, stored[field], field))
    );
  }
  return /(At|Date)$/.test(key)
    ? Date.parse(`${sent}`) === Date.parse(`${stored}`)
    : sent === stored;
}
