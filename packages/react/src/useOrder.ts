import type { EngageError, StoredOrder } from "@engage-orders/core";
import type { SWRConfiguration, SWRResponse } from "swr";
import { hookMemoryOf } from "./clientState.ts";
import { core, useSWR } from "./deps.ts";
import { ORDER_KEY } from "./keys.ts";
import { useRevalidateOnCompletion } from "./revalidation.ts";
import { useSharedRead } from "./sharedRead.ts";
import { useOrdersClient } from "./useOrdersClient.ts";

/** The options of `useOrder`: SWR's options (passed through) plus `contactId`. */
export interface UseOrderOptions extends SWRConfiguration<StoredOrder, EngageError> {
  /** Checks that the order belongs to this contact (`OrderNotFoundError` otherwise). */
  contactId?: string | undefined;
}

/**
 * Reads one order with its `versionTag` through SWR (deduped, revalidated when one of its
 * jobs completes). `null` disables the hook. Pass `suspense: true` to suspend.
 *
 * @example
 * ```tsx
 * const { data: order, error } = useOrder("o-1001");
 * if (error instanceof OrderNotFoundError) return <p>No such order</p>;
 * ```
 */
export function useOrder(
  orderId: string | null | undefined,
  { contactId, ...options }: UseOrderOptions = {},
): SWRResponse<StoredOrder, EngageError> {
  const client = useOrdersClient();
  // Aborted when the last component reading this order unmounts: no retry after that.
  const signal = useSharedRead(
    hookMemoryOf(client).orderReads,
    orderId && JSON.stringify([orderId, contactId]),
  );
  const result = useSWR(
    orderId && [ORDER_KEY, orderId, contactId],
    async ([, id, contact]: [string, string, string | undefined]) => {
      const order = await core.getOrder(client, id, { contactId: contact, signal: signal() });
      // Remembered so an action sent without a versionTag quotes this version.
      core.ordersClientStore(client).knownVersionTags.set(id, order.versionTag);
      return order;
    },
    options,
  );
  useRevalidateOnCompletion(client, result.mutate, orderId);
  return result;
}
