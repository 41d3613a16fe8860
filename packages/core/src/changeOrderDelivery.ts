import type { OrdersClient } from "./createOrdersClient.ts";
import { sendChange } from "./sendChange.ts";
import type { WriteOptions } from "./sendWrite.ts";
import type { DeliveryChange, JobHandle } from "./types.ts";

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
): Promise<JobHandle<"changeDelivery">> {
  return sendChange(client, orderId, "changeDelivery", change, options);
}
