import type { OrdersClient } from "./createOrdersClient";
import { type WriteOptions, write } from "./jobHandle";
import { orderPath } from "./request";
import type { JobHandle, StatusChange } from "./types";
import { check, need } from "./validate";

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
): Promise<JobHandle> {
  if (!change?.status) need(change?.externalStatus, "change.status or change.externalStatus");
  const payload = { lastChangedAt: new Date(client.now()).toISOString(), ...change };
  await check(client, "statusChange", payload);
  const path = `${orderPath(need(orderId, "orderId"))}/change-status`;
  return write(client, "POST", path, orderId, "changeStatus", payload, options);
}
