import type { JobHandle } from "@engage-orders/core";
import { createMutationHook } from "./createMutationHook";
import { core } from "./deps";

/**
 * Deletes an order; `trigger()` resolves to the job handle (watch it with `useOrderJob`).
 * `null` disables the hook.
 *
 * @example
 * ```ts
 * const { trigger, isMutating } = useDeleteOrder("o-1001");
 * const handle = await trigger();
 * ```
 */
export const useDeleteOrder = /* @__PURE__ */ createMutationHook<JobHandle>(
  "delete",
  (client, orderId, _, options) => core.deleteOrder(client, orderId, options),
);
