export { canResumeWait } from "./canResumeWait.ts";
export { changeOrderDelivery } from "./changeOrderDelivery.ts";
export { changeOrderStatus } from "./changeOrderStatus.ts";
export { type ConfirmOrderOptions, type ConfirmOrderResult, confirmOrder } from "./confirmOrder.ts";
export { contactOrderPages } from "./contactOrderPages.ts";
export { createOrder } from "./createOrder.ts";
export { createOrderAndWait } from "./createOrderAndWait.ts";
export {
  createOrdersClient,
  type FetchLike,
  type OrderSchemas,
  type OrdersClient,
  type OrdersClientOptions,
  type RetryOptions,
} from "./createOrdersClient.ts";
export { type DeleteOrderOptions, deleteOrder } from "./deleteOrder.ts";
export {
  ContactMissingError,
  EngageError,
  type EngageErrorCode,
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
} from "./errors.ts";
export { type GetJobOptions, getJob } from "./getJob.ts";
export { type GetOrderOptions, getOrder } from "./getOrder.ts";
export { type AnyEngageError, type GenericEngageError, isEngageError } from "./isEngageError.ts";
export { type ListContactOrdersOptions, listContactOrders } from "./listContactOrders.ts";
export { createRateLimiter, type RateLimiter } from "./rateLimiter.ts";
export { type RegisterOrderV2Options, registerOrderV2 } from "./registerOrderV2.ts";
export { replaceOrder } from "./replaceOrder.ts";
export { type SafeResult, safe } from "./safe.ts";
export type { WriteOptions } from "./sendWrite.ts";
export type * from "./standardSchema.ts";
export { type TriggerActionOptions, triggerAction } from "./triggerAction.ts";
export type * from "./types.ts";
export { type WaitOptions, waitForJob } from "./waitForJob.ts";
export {
  type JobTimelineEntry,
  type JobWatch,
  type JobWatchState,
  type WatchJobOptions,
  watchJob,
} from "./watchJob.ts";
