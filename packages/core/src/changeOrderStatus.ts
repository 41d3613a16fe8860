import type { OrdersClient } from "./createOrdersClient.ts";
import { sendChange } from "./sendChange.ts";
import type { WriteOptions } from "./sendWrite.ts";
import type { JobHandle, StatusChange } from "./types.ts";
import { need } from "./validate.ts";

/**
 * Changes an order's status and/or external status; `lastChangedAt` defaults to now. Retried
 * like a PUT (setting a status twice changes nothing), except with an embedded `orderAction`.
 *
 * @example
 * ```ts
 * const handle = await changeOrderStatus(client, "o-1001", { externalStatus: "Shipped" }, {
 *   orderAction: { action: "ConfirmShipment" },
 * });
 * ```
 */
export async function changeOrderStatus(
  client: OrdersClient,
  orderId: string,
  change: StatusChange,
  options: WriteOptions = {},
): Promise<JobHandle<"changeStatus">> {
  if (!change?.status) need(change?.externalStatus, "change.status or change.externalStatus");
  return sendChange(client, orderId, "changeStatus", change, options);
}
