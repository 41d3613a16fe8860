export { changeOrderDelivery } from "./changeOrderDelivery";
export { changeOrderStatus } from "./changeOrderStatus";
export { type ConfirmOrderOptions, type ConfirmOrderResult, confirmOrder } from "./confirmOrder";
export { contactOrderPages } from "./contactOrderPages";
export { createOrder } from "./createOrder";
export { createOrderAndWait } from "./createOrderAndWait";
export {
  createOrdersClient,
  type FetchLike,
  type OrderSchemas,
  type OrdersClient,
  type OrdersClientOptions,
  type RetryOptions,
} from "./createOrdersClient";
export { type DeleteOrderOptions, deleteOrder } from "./deleteOrder";
export {
  ContactMissingError,
  EngageError,
  type ErrorDetails,
  JobFailedError,
  JobTimeoutError,
  MalformedResponseError,
  NetworkError,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  OutcomeUnknownError,
  RateLimitedError,
  ValidationError,
  VersionTagMismatchError,
} from "./errors";
export { type GetJobOptions, getJob } from "./getJob";
export { type GetOrderOptions, getOrder } from "./getOrder";
export type { WriteOptions } from "./jobHandle";
export { type ListContactOrdersOptions, listContactOrders } from "./listContactOrders";
export { createRateLimiter, type RateLimiter } from "./rateLimiter";
export { type RegisterOrderV2Options, registerOrderV2 } from "./registerOrderV2";
export { replaceOrder } from "./replaceOrder";
export { type SafeResult, safe } from "./safe";
export type * from "./standardSchema";
export { type TriggerActionOptions, triggerAction } from "./triggerAction";
export type * from "./types";
export { type WaitOptions, waitForJob } from "./waitForJob";
