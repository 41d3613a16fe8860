import type { OrdersClient } from "./createOrdersClient.ts";
import { orderPath } from "./paths.ts";
import { sendWrite, type WriteOptions } from "./sendWrite.ts";
import type { JobHandle, Order } from "./types.ts";
import { check, need } from "./validate.ts";

/**
 * Replaces a whole order (`OrderNotFoundError` when it does not exist). Retried like any PUT,
 * except with an embedded `orderAction`, which must not fire twice: then it is sent once.
 *
 * @example
 * ```ts
 * const handle = await replaceOrder(client, { ...order, status: "Completed" });
 * ```
 */
export async function replaceOrder(
  client: OrdersClient,
  order: Order,
  options: WriteOptions = {},
): Promise<JobHandle<"replace">> {
  const orderId = need(order?.orderId, "order.orderId");
  await check(client, "order", order);
  return sendWrite(client, "PUT", orderPath(orderId), orderId, "replace", order, options);
}
