import type { DeliveryChange, JobHandle } from "@engage-orders/core";
import { createMutationHook } from "./createMutationHook.ts";
import { core } from "./deps.ts";

/**
 * Changes an order's delivery method, tracking or date; `trigger(change)` resolves to the job
 * handle. An `orderAction` inside the change fires once the change is processed.
 *
 * @example
 * ```ts
 * const { trigger } = useChangeOrderDelivery("o-1001");
 * await trigger({ trackingNumber: "JJD0001", trackingUri: "https://track.example/JJD0001" });
 * ```
 */
export const useChangeOrderDelivery = /* @__PURE__ */ createMutationHook<JobHandle, DeliveryChange>(
  "changeDelivery",
  core.changeOrderDelivery,
);
