import type { OrdersClient } from "./createOrdersClient.ts";
import { handleFromReply } from "./handleFromReply.ts";
import { send } from "./send.ts";
import type { JobHandle, JobOperation, OrderAction } from "./types.ts";
import { need } from "./validate.ts";

/** The options of an asynchronous write. */
export interface WriteOptions {
  /** An action to fire once the change is processed (no polling needed). */
  orderAction?: OrderAction | undefined;
  /** Aborts the request and any wait. */
  signal?: AbortSignal | undefined;
}

/**
 * Sends an asynchronous write and returns its handle. A write carrying an action is sent once
 * (the action must not fire twice), except a create: its `orderId` is unique, so a duplicate
 * is refused by Engage.
 */
export async function sendWrite<Operation extends JobOperation>(
  client: OrdersClient,
  method: string,
  path: string,
  orderId: string,
  operation: Operation,
  payload: Record<string, unknown> | undefined,
  options: WriteOptions,
): Promise<JobHandle<Operation>> {
  const { orderAction, signal } = options;
  if (orderAction) need(orderAction.action, "orderAction.action");
  const requestBody = orderAction ? { ...payload, orderAction } : payload;
  const reply = await send(client, method, path, {
    body: requestBody,
    signal,
    info: { orderId },
    once: operation !== "create" && !!requestBody?.orderAction,
  });
  return handleFromReply(client, reply, orderId, operation);
}
