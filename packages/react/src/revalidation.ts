import type { OrdersClient } from "@engage-orders/core";
import { memoryOf } from "./clientState";
import { react } from "./deps";

/** A mounted read: its bound `mutate`, and the order it shows (none for a list). */
type MountedRead = [revalidate: () => unknown, orderId?: string | null | undefined];

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
    const reads = memoryOf(client)["reads:"] as Set<MountedRead>;
    const read: MountedRead = [revalidate, orderId];
    reads.add(read);
    return () => {
      reads.delete(read);
    };
  }, [client, revalidate]);
}

/**
 * Remembers `versionTag` as the order's latest (none: forgets it, so the next action reads
 * the order first) and revalidates every mounted read of the client that a change of
 * `orderId` may touch. A version already remembered was already revalidated for: nothing
 * happens, so however many hooks see one job complete, the reads revalidate once.
 */
export function revalidateAfter(
  client: OrdersClient,
  orderId?: string | null,
  versionTag?: string,
): void {
  const memory = memoryOf(client);
  const tag = `tag:${orderId}`;
  if (versionTag && memory[tag] === versionTag) return;
  memory[tag] = versionTag;
  for (const [revalidate, id] of memory["reads:"] as Set<MountedRead>) {
    // A list (no order) hears of every job; a disabled read's `mutate` does nothing.
    if (!id || id === orderId) revalidate();
  }
}
