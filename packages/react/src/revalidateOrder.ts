import type { ScopedMutator } from "swr";
import { orderKeys } from "./keys";

/** The parts of SWR's config that revalidation needs. */
export interface RevalidationTarget {
  mutate: ScopedMutator;
  cache: { keys(): IterableIterator<string> };
}

/**
 * Revalidates what a finished job of `orderId` may have changed: every `useOrder` of that
 * order and every `useContactOrders` list (the job does not say which contact it touched).
 * Only mounted hooks fetch; the rest refetch when they mount.
 */
export function revalidateOrder({ mutate, cache }: RevalidationTarget, orderId: string): void {
  mutate(orderKeys(orderId));
  // Key filters skip useSWRInfinite's entries (stored under `$inf$` + the first page's key),
  // so those are matched by name.
  for (const key of cache.keys()) if (/^\$inf\$.*@engage-orders\/orders/.test(key)) mutate(key);
}
