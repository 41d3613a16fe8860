import { clientTimeIso } from "./clientTime.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import { orderPath } from "./paths.ts";
import { sendWrite, type WriteOptions } from "./sendWrite.ts";
import type { JobHandle } from "./types.ts";
import { check, need } from "./validate.ts";

/**
 * Sends a change-status or change-delivery: `lastChangedAt` defaults to now, the client's
 * schema for the kind checks the body first.
 */
export async function sendChange<Operation extends "changeStatus" | "changeDelivery">(
  client: OrdersClient,
  orderId: string,
  operation: Operation,
  body: Record<string, unknown>,
  options: WriteOptions,
): Promise<JobHandle<Operation>> {
  const payload = { lastChangedAt: clientTimeIso(client), ...body };
  const isStatus = operation === "changeStatus";
  await check(client, isStatus ? "statusChange" : "deliveryChange", payload);
  const route = isStatus ? "change-status" : "change-delivery";
  const path = `${orderPath(need(orderId, "orderId"))}/${route}`;
  return sendWrite(client, "POST", path, orderId, operation, payload, options);
}
