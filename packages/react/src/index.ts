export type { JobTimelineEntry, WatchJobOptions } from "@engage-orders/core";
export {
  createMutationHook,
  type MutationKey,
  type MutationOptions,
  type MutationResult,
} from "./createMutationHook";
export { EngageOrdersProvider, type EngageOrdersProviderProps } from "./EngageOrdersProvider";
export { useChangeOrderDelivery } from "./useChangeOrderDelivery";
export { useChangeOrderStatus } from "./useChangeOrderStatus";
export {
  type ContactOrdersKey,
  type UseContactOrdersOptions,
  useContactOrders,
} from "./useContactOrders";
export { type CreateOrderArg, useCreateOrder } from "./useCreateOrder";
export { useDeleteOrder } from "./useDeleteOrder";
export { type UseOrderOptions, useOrder } from "./useOrder";
export { type OrderActionArg, type OrderActionResult, useOrderAction } from "./useOrderAction";
export { type OrderJobResult, type UseOrderJobOptions, useOrderJob } from "./useOrderJob";
export { useOrdersClient } from "./useOrdersClient";
export { type ReplaceOrderArg, useReplaceOrder } from "./useReplaceOrder";
