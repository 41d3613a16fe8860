import type { OrdersClient } from "@engage-orders/core";
import { hookMemoryOf, type MountedRead } from "./clientState.ts";
import { core, react } from "./deps.ts";

/**
 * Registers a mounted read to hear of completed jobs, in whatever SWR cache it lives: its own
 * bound `mutate` revalidates it (every loaded page of a list, where a key-based revalidation
 * would refetch the first only). A read of one order hears only of that order's jobs.
 */
export function useRevalidateOnCompletion(
  client: OrdersClient,
  revalidate: () => unknown,
  orderId?: string | null,
): void {
  // Registered while the read's key stays (SWR's bound `mutate` changes with it, and the key
  // holds the order), not once per render: a job completing in the same commit must find
  // every mounted read.
  react.useEffect(() => {
    const { mountedReads } = hookMemoryOf(client);
    const read: MountedRead = { revalidate, orderId };
    mountedReads.add(read);
    return () => {
      mountedReads.delete(read);
    };
  }, [client, revalidate]);
}

/**
 * Remembers `versionTag` as the order's latest in the client's store (none: forgets it, so
 * the next action reads the order first) and revalidates every mounted read of the client that
 * a change of `orderId` may touch. A version already remembered was already revalidated for:
 * nothing happens, so however many hooks see one job complete, the reads revalidate once.
 */
export function revalidateAfter(
  client: OrdersClient,
  orderId?: string | null,
  versionTag?: string,
): void {
  if (orderId) {
    const { knownVersionTags } = core.ordersClientStore(client);
    const alreadyKnown = versionTag !== undefined && knownVersionTags.get(orderId) === versionTag;
    if (alreadyKnown) return;
    if (versionTag === undefined) knownVersionTags.delete(orderId);
    else knownVersionTags.set(orderId, versionTag);
  }
  for (const read of hookMemoryOf(client).mountedReads) {
    // A list (no order) hears of every job; a disabled read's `mutate` does nothing.
    if (!read.orderId || read.orderId === orderId) read.revalidate();
  }
}
