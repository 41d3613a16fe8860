import type { OrdersClient } from "@engage-orders/core";

/**
 * What the hooks remember per core client, shared by every component using that client:
 * `tag:{orderId}` the latest known `versionTag` (from completed jobs and read orders),
 * `reads:` the mounted reads a completed job revalidates (`revalidation.ts`), and as JSON arrays (which never clash with those or with each other): `[orderId, contactId]`
 * the shared read of an order, `[key, arg]` the request in flight per intent (its first item
 * is an array), `[orderId, request]` an accepted action (its second item is an object).
 */
export type ClientMemory = Record<string, unknown>;

// Keyed by the client object, so the memory goes away with the client.
const memories = new WeakMap<OrdersClient, ClientMemory>();

/** The memory the hooks keep for a client, created on first use. */
export const memoryOf = (client: OrdersClient): ClientMemory =>
  // A plain object: every key starts with a prefix or `[`, so none is an Object.prototype name.
  memories.get(client) ?? memories.set(client, { "reads:": new Set() }).get(client)!;
