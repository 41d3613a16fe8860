import type { JobHandle } from "@engage-orders/core";
import { createMutationHook } from "./createMutationHook.ts";
import { core } from "./deps.ts";

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
