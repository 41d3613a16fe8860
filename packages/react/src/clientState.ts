import type { OrdersClient } from "@engage-orders/core";

/**
 * What the hooks remember per core client, shared by every component using that client:
 * `tag:{orderId}` the latest known `versionTag` (from completed jobs and read orders),
 * `flight:{intent}` the request in flight per intent, `sent:{intent}` accepted actions,
 * `read:{orderId}\0{contactId}` the shared read of an order.
 */
export type ClientMemory = Map<string, unknown>;

// Keyed by the client object, so the memory goes away with the client.
const memories = new WeakMap<OrdersClient, ClientMemory>();

/** The memory the hooks keep for a client, created on first use. */
export const memoryOf = (client: OrdersClient): ClientMemory =>
  memories.get(client) ?? memories.set(client, new Map()).get(client)!;

/**
 * Runs `run` unless the same intent is already in flight for this client, in which case the
 * caller gets the first request's promise: a double click or a StrictMode double effect sends
 * one request.
 */
export function singleFlight<T>(
  client: OrdersClient,
  intent: unknown,
  run: () => Promise<T>,
): Promise<T> {
  const memory = memoryOf(client);
  const id = `flight:${JSON.stringify(intent)}`;
  let flight = memory.get(id) as Promise<T> | undefined;
  if (!flight) {
    flight = run().finally(() => memory.delete(id));
    memory.set(id, flight);
  }
  return flight;
}
