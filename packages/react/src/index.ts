export type { JobTimelineEntry, WatchJobOptions } from "@engage-orders/core";
export {
  createMutationHook,
  type MutationKey,
  type MutationOptions,
  type MutationResult,
} from "./createMutationHook.ts";
export { EngageOrdersProvider, type EngageOrdersProviderProps } from "./EngageOrdersProvider.ts";
export { useChangeOrderDelivery } from "./useChangeOrderDelivery.ts";
export { useChangeOrderStatus } from "./useChangeOrderStatus.ts";
export {
  type ContactOrdersKey,
  type UseContactOrdersOptions,
  useContactOrders,
} from "./useContactOrders.ts";
export { type CreateOrderArg, useCreateOrder } from "./useCreateOrder.ts";
export { useDeleteOrder } from "./useDeleteOrder.ts";
export { type UseOrderOptions, useOrder } from "./useOrder.ts";
export { type OrderActionArg, type OrderActionResult, useOrderAction } from "./useOrderAction.ts";
export { type OrderJobResult, type UseOrderJobOptions, useOrderJob } from "./useOrderJob.ts";
export { useOrdersClient } from "./useOrdersClient.ts";
export { type ReplaceOrderArg, useReplaceOrder } from "./useReplaceOrder.ts";
