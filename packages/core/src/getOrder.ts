import type { OrdersClient } from "./createOrdersClient.ts";
import type { ErrorDetails } from "./errors.ts";
import { orderPath } from "./paths.ts";
import { malformed, nonEmptyString, objectBody } from "./replyBody.ts";
import { send } from "./send.ts";
import type { StoredOrder } from "./types.ts";
import { need } from "./validate.ts";

/** The options of `getOrder`. */
export interface GetOrderOptions {
  /** Checks that the order belongs to this contact (`OrderNotFoundError` otherwise). */
  contactId?: string | undefined;
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Reads one order with its `versionTag`.
 *
 * @example
 * ```ts
 * const order = await getOrder(client, "o-1001", { contactId });
 * ```
 */
export async function getOrder(
  client: OrdersClient,
  orderId: string,
  options: GetOrderOptions = {},
): Promise<StoredOrder> {
  const { contactId } = options;
  return readOrder(
    client,
    orderId,
    options.signal,
    contactId === undefined ? "" : `?contactId=${encodeURIComponent(need(contactId, "contactId"))}`,
  );
}

/**
 * Reads an order and checks that it has a `versionTag`. The reads inside `createOrder` and
 * `waitForJob` come here directly, so a minimal import does not carry the contact check;
 * `details` go into any error (the wait's handle, so it can be resumed).
 */
export async function readOrder(
  client: OrdersClient,
  orderId: string,
  signal?: AbortSignal,
  query = "",
  details: ErrorDetails = {},
): Promise<StoredOrder> {
  const info = { orderId, ...details };
  const reply = await send(client, "GET", orderPath(need(orderId, "orderId")) + query, {
    signal,
    info,
  });
  const order = objectBody(reply, info);
  if (!nonEmptyString(order.versionTag)) malformed(reply, "has no versionTag", info);
  return order as StoredOrder;
}
