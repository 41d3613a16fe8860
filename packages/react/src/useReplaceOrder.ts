import type { JobHandle, Order, OrderAction } from "@engage-orders/core";
import {
  createMutationHook,
  type MutationOptions,
  type MutationResult,
} from "./createMutationHook.ts";
import { core } from "./deps.ts";

/** The argument of `useReplaceOrder`'s `trigger`. */
export interface ReplaceOrderArg {
  /** The whole new version of the order (its `orderId` names the order to replace). */
  order: Order;
  /** An action to fire once the new version is processed (the write is then sent once). */
  orderAction?: OrderAction;
}

const useReplace = /* @__PURE__ */ createMutationHook<JobHandle, ReplaceOrderArg>(
  "replace",
  (client, _, arg, options) => core.replaceOrder(client, arg.order, { ...arg, ...options }),
);

/**
 * Replaces a whole order; `trigger` resolves to the job handle (watch it with `useOrderJob`).
 *
 * @example
 * ```ts
 * const { trigger } = useReplaceOrder();
 * const handle = await trigger({ order: { ...order, status: "Completed" } });
 * ```
 */
export const useReplaceOrder = (
  options?: MutationOptions<JobHandle, ReplaceOrderArg>,
): MutationResult<JobHandle, ReplaceOrderArg> => useReplace(undefined, options);
