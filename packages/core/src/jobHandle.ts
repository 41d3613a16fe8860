import type { OrdersClient } from "./createOrdersClient.ts";
import {
  isObject,
  jobPath,
  malformed,
  orderPath,
  type Reply,
  rebase,
  resent,
  send,
  text,
} from "./request.ts";
import type { JobHandle, JobOperation, OrderAction } from "./types.ts";
import { check, need } from "./validate.ts";

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
export async function write<Operation extends JobOperation>(
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
  const b = orderAction ? { ...payload, orderAction } : payload;
  const reply = await send(client, method, path, {
    body: b,
    signal,
    info: { orderId },
    once: operation !== "create" && !!b?.orderAction,
  });
  return handleOf(client, reply, orderId, operation);
}

/** The client's time as ISO 8601. */
export const iso = (client: OrdersClient): string => new Date(client.now()).toISOString();

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
  const payload = { lastChangedAt: iso(client), ...body };
  await check(client, operation === "changeStatus" ? "statusChange" : "deliveryChange", payload);
  const path = `${orderPath(need(orderId, "orderId"))}/${operation === "changeStatus" ? "change-status" : "change-delivery"}`;
  return write(client, "POST", path, orderId, operation, payload, options);
}

/** Makes a fresh handle polled at `path` on the client's base URL. */
export const newHandle = <Operation extends JobOperation>(
  client: OrdersClient,
  jobId: string,
  path: string,
  orderId: string,
  operation: Operation,
): JobHandle<Operation> => ({
  jobId,
  pollUrl: client.baseUrl + path,
  orderId,
  operation,
  startedAt: iso(client),
});

/** Makes a handle from an accepted write (201 or 202; job in the body, in `Location`, or both). */
export function handleOf<Operation extends JobOperation>(
  client: OrdersClient,
  reply: Reply,
  orderId: string,
  operation: Operation,
): JobHandle<Operation> {
  const d = isObject(reply.data) ? reply.data : {};
  const href = text(d.href) ?? reply.headers.get("location") ?? "";
  const fromHref = /\/jobs\/([^/?#]+)/.exec(href)?.[1];
  const jobId = text(d.jobId) ?? (fromHref && decodeURIComponent(fromHref));
  const handle = newHandle(
    client,
    jobId || "",
    jobId ? rebase(client, href || jobPath(jobId)) : orderPath(orderId),
    text(d.orderId) ?? orderId,
    operation,
  );
  if (!jobId) {
    // An empty answer without a job (e.g. a synchronous 204 to a delete) means done.
    if (reply.text.trim()) malformed(reply, "names no job");
    handle.status = "Completed";
  }
  if (resent(reply.attempts)) handle.retried = true;
  return handle;
}
