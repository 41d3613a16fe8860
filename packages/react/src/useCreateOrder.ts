import type { JobHandle, Order, OrderAction } from "@engage-orders/core";
import {
  createMutationHook,
  type MutationOptions,
  type MutationResult,
} from "./createMutationHook.ts";
import { core } from "./deps.ts";

/** The argument of `useCreateOrder`'s `trigger`. */
export interface CreateOrderArg {
  /** The order to register. */
  order: Order;
  /** An action to fire once the order is processed (fires at most once: creates are unique). */
  orderAction?: OrderAction;
}

const useCreate = /* @__PURE__ */ createMutationHook<JobHandle, CreateOrderArg>(
  "create",
  (client, _, arg, options) => core.createOrder(client, arg.order, { ...arg, ...options }),
);

/**
 * Registers a new order; `trigger` resolves to the job handle (watch it with `useOrderJob`).
 * The same order triggered again while in flight sends one request.
 *
 * @example
 * ```tsx
 * const { trigger, data: handle, isMutating } = useCreateOrder();
 * const job = useOrderJob(handle ?? null);
 * <button disabled={isMutating} onClick={() => trigger({ order })}>Register</button>
 * ```
 */
export const useCreateOrder = (
  options?: MutationOptions<JobHandle, CreateOrderArg>,
): MutationResult<JobHandle, CreateOrderArg> => useCreate(undefined, options);
