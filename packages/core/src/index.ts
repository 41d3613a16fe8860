/**
 * A zero-dependency client for Voyado Engage's Orders API, on web standards only. Every
 * operation is a function taking the client first, so a bundle carries only the operations
 * it imports. This is the index of all of them; each has its own file and test beside it.
 *
 * **Client**
 * - {@link createOrdersClient}: creates the client every operation takes first (base URL, key,
 *   retries, rate limit, schemas, injectable fetch and clock).
 *
 * **Writes** (asynchronous in Engage: each resolves to a `JobHandle`)
 * - {@link createOrder}: registers a new order; safe to retry, since `orderId` is unique.
 * - {@link replaceOrder}: replaces a whole order.
 * - {@link deleteOrder}: deletes an order.
 * - {@link changeOrderStatus}: changes an order's status or external status.
 * - {@link changeOrderDelivery}: changes an order's delivery method, tracking or date.
 * - {@link registerOrderV2}: sends a v2 order (order communication), at most once.
 *
 * **Reads**
 * - {@link getOrder}: reads one order with its `versionTag`.
 * - {@link listContactOrders}: reads one page of a contact's orders.
 * - {@link contactOrderPages}: iterates over every page of a contact's orders.
 *
 * **Jobs**
 * - {@link getJob}: reads a job's status once, from a job id or a handle.
 * - {@link waitForJob}: polls a handle until its job completes, within one deadline.
 * - {@link watchJob}: shares one watch of a job among every subscriber (for UIs).
 * - {@link ordersClientStore}: the per-client memory UIs share: single-flight writes, known
 *   `versionTag`s and accepted actions.
 * - {@link createOrderAndWait}: registers an order and waits until Engage processed it.
 * - {@link canResumeWait}: tells a wait worth resuming (deadline or transport trouble) from a
 *   job's own outcome.
 *
 * **Actions**
 * - {@link triggerAction}: triggers an automation on a processed order, at most once.
 * - {@link confirmOrder}: registers an order and confirms it with an action, embedded or
 *   separate.
 *
 * **Errors** (every thrown error is an `EngageError` with a literal `code`)
 * - {@link isEngageError}: tells whether a value is one of the errors below, and types it
 *   so a `switch (error.code)` narrows.
 * - {@link EngageError}: the base class; an answer no other class describes.
 * - {@link ValidationError}: a local check or schema failed; nothing was sent.
 * - {@link VersionTagMismatchError}: an action quoted a stale `versionTag`.
 * - {@link OrderNotFoundError}: the order does not exist.
 * - {@link OrderAlreadyExistsError}: an order with that `orderId` exists.
 * - {@link ContactMissingError}: the order's contact is unknown to Engage.
 * - {@link RateLimitedError}: Engage still answered 429 after the retries.
 * - {@link JobFailedError}: a job ended `Failed`.
 * - {@link JobTimeoutError}: a wait's deadline passed; its `handle` resumes the wait.
 * - {@link NetworkError}: no answer (connection trouble or the per-attempt timeout).
 * - {@link OutcomeUnknownError}: a send-once request failed without saying whether it ran.
 * - {@link MalformedResponseError}: a success whose body breaks the contract.
 *
 * **Utilities**
 * - {@link safe}: turns a call's `EngageError` into a `{ ok: false, error }` result.
 * - {@link createRateLimiter}: creates a limiter that spaces request starts evenly; one can
 *   be shared by several clients.
 *
 * @example
 * ```ts
 * import { createOrdersClient, createOrder, waitForJob } from "@engage-orders/core";
 *
 * const client = createOrdersClient({ baseUrl, apiKey, userAgent: "AcmeShop/2.1" });
 * const { versionTag } = await waitForJob(client, await createOrder(client, order));
 * ```
 *
 * @module
 */

export { canResumeWait } from "./canResumeWait.ts";
export { changeOrderDelivery } from "./changeOrderDelivery.ts";
export { changeOrderStatus } from "./changeOrderStatus.ts";
export {
  type AcceptedActions,
  type InFlightWrites,
  type OrdersClientStore,
  ordersClientStore,
} from "./clientStore.ts";
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
