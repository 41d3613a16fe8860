import type { OrdersClient } from "@engage-orders/core";

/** A mounted read that hears of completed jobs: its bound `mutate`, and the order it shows. */
export interface MountedRead {
  /** Revalidates the read in its own SWR cache (every loaded page, for a list). */
  revalidate: () => unknown;
  /** The order the read shows; none for a list, which hears of every job. */
  orderId: string | null | undefined;
}

/** A read shared by every component reading one key: its controller and how many read it. */
export interface SharedRead {
  /** Aborts the read's requests once its last reader unmounts. */
  controller: AbortController;
  /** How many mounted components read it. */
  readers: number;
}

/**
 * What the hooks remember per core client beyond the core's own store (`ordersClientStore`:
 * single-flight writes, known `versionTag`s, accepted actions), shared by every component
 * using that client. Both parts are about mounted React components.
 */
export interface HookMemory {
  /** The mounted reads a completed job revalidates (`revalidation.ts`). */
  mountedReads: Set<MountedRead>;
  /** The shared read of each order, by `[orderId, contactId]` as JSON (`sharedRead.ts`). */
  orderReads: Map<string, SharedRead>;
}

// Keyed by the client object, so the memory goes away with the client.
const memories = new WeakMap<OrdersClient, HookMemory>();

/** The memory the hooks keep for a client, created on first use. */
export function hookMemoryOf(client: OrdersClient): HookMemory {
  let memory = memories.get(client);
  if (!memory) {
    memory = { mountedReads: new Set(), orderReads: new Map() };
    memories.set(client, memory);
  }
  return memory;
}
