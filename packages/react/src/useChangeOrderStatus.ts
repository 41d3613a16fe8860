import type { JobHandle, StatusChange } from "@engage-orders/core";
import { createMutationHook } from "./createMutationHook.ts";
import { core } from "./deps.ts";

/**
 * Changes an order's status and/or external status; `trigger(change)` resolves to the job
 * handle. An `orderAction` inside the change fires once the change is processed (the write is
 * then sent once).
 *
 * @example
 * ```ts
 * const { trigger } = useChangeOrderStatus("o-1001");
 * await trigger({ externalStatus: "Shipped", orderAction: { action: "ConfirmShipment" } });
 * ```
 */
export const useChangeOrderStatus = /* @__PURE__ */ createMutationHook<JobHandle, StatusChange>(
  "changeStatus",
  core.changeOrderStatus,
);
