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
  react.useEffect(() => {
    const reads = memoryOf(client)["reads:"] as Set<MountedRead>;
    const read: MountedRead = [revalidate, orderId];
    reads.add(read);
    return () => {
      reads.delete(read);
    };
  });
}

/** Revalidates every mounted read of the client that a completed job of `orderId` may change. */
export function revalidateAfter(client: OrdersClient, orderId?: string | null): void {
  for (const [revalidate, id] of memoryOf(client)["reads:"] as Set<MountedRead>) {
    // A list (no order) hears of every job; a disabled read's `mutate` does nothing.
    if (!id || id === orderId) revalidate();
  }
}
