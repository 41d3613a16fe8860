import type { ContactOrdersPage, EngageError } from "@engage-orders/core";
import type { SWRInfiniteConfiguration, SWRInfiniteResponse } from "swr/infinite";
import { core, useSWRInfinite } from "./deps.ts";
import { ORDERS_KEY } from "./keys.ts";
import { useRevalidateOnCompletion } from "./revalidation.ts";
import { useOrdersClient } from "./useOrdersClient.ts";

/** The options of `useContactOrders`: SWR's infinite options (passed through) plus `count`. */
export interface UseContactOrdersOptions
  extends SWRInfiniteConfiguration<ContactOrdersPage, EngageError> {
  /** The page size. Defaults to `10` (Engage's). */
  count?: number;
}

/** The SWR key of one page: `[ORDERS_KEY, contactId, count, offset]`. */
export type ContactOrdersKey = [typeof ORDERS_KEY, string, number, number];

/**
 * Reads a contact's orders page by page through `useSWRInfinite`. A next page exists while the
 * last one has a `next` link; `setSize(size + 1)` loads it. Revalidated when a job completes.
 * `null` disables the hook.
 *
 * @example
 * ```tsx
 * const { data: pages, size, setSize } = useContactOrders(contactId, { count: 25 });
 * const orders = pages?.flatMap((page) => page.items) ?? [];
 * const more = Boolean(pages?.at(-1)?.next);
 * <button disabled={!more} onClick={() => setSize(size + 1)}>More</button>
 * ```
 */
export function useContactOrders(
  contactId: string | null | undefined,
  { count = 10, ...options }: UseContactOrdersOptions = {},
): SWRInfiniteResponse<ContactOrdersPage, EngageError> {
  const client = useOrdersClient();
  const result = useSWRInfinite(
    (index, previous: ContactOrdersPage | null): ContactOrdersKey | null => {
      // The first page, then one more while the last one links to a next.
      const hasPage = index === 0 || Boolean(previous?.next);
      if (!contactId || !hasPage) return null;
      const offset = previous ? (previous.offset ?? 0) + previous.items.length : 0;
      return [ORDERS_KEY, contactId, count, offset];
    },
    ([, id, size, offset]: ContactOrdersKey) =>
      core.listContactOrders(client, id, { offset, count: size }),
    options,
  );
  // Every page, when a job completes (a key-based revalidation would refetch the first only).
  useRevalidateOnCompletion(client, result.mutate);
  return result;
}
