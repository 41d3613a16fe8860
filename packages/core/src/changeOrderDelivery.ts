import type { OrdersClient } from "./createOrdersClient";
import { type WriteOptions, write } from "./jobHandle";
import { orderPath } from "./request";
import type { DeliveryChange, JobHandle } from "./types";
import { check, need } from "./validate";

/**
 * Changes an order's delivery method, tracking or date; `lastChangedAt` defaults to now.
 * Retried like a PUT, except with an embedded `orderAction`.
 *
 * @example
 * ```ts
 * const handle = await changeOrderDelivery(client, "o-1001", {
 *   trackingNumber: "JJD0001", trackingUri: "https://track.example/JJD0001",
 * });
 * ```
 */
export async function changeOrderDelivery(
  client: OrdersClient,
  orderId: string,
  change: DeliveryChange,
  options: WriteOptions = {},
): Promise<JobHandle> {
  const payload = { lastChangedAt: new Date(client.now()).toISOString(), ...change };
  await check(client, "deliveryChange", payload);
  const path = `${orderPath(need(orderId, "orderId"))}/change-delivery`;
  return write(client, "POST", path, orderId, "changeDelivery", payload, options);
}
