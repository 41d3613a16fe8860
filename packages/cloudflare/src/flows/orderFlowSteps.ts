import {
  ContactMissingError,
  createOrder,
  EngageError,
  getJob,
  getOrder,
  JobFailedError,
  type JobHandle,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  type OrdersClient,
  OutcomeUnknownError,
  triggerAction,
  ValidationError,
} from "@engage-orders/core";
import type { OrderFlowFailure } from "./orderFlowFailure.ts";
import { describeFailure } from "./orderFlowFailure.ts";
import type { OrderFlowAction, ResolvedOrderFlowParams } from "./orderFlowParams.ts";
import { sameOrder } from "./sameOrder.ts";

/** The result of the create step: the job handle, or why the flow cannot go on. */
export type CreateStepResult =
  | { ok: true; handle: JobHandle; adopted: boolean }
  | { ok: false; failure: OrderFlowFailure };

/** The result of one poll step. */
export interface PollStepResult {
  /** When the poll was answered (ISO 8601), from inside the step, so a replay sees the same. */
  at: string;
  /** The job status seen. */
  status: string;
  /** The `versionTag`, once the job completed. */
  versionTag?: string;
  /** Why the flow cannot go on (the job failed, or the contact is missing). */
  failure?: OrderFlowFailure;
}

/** The result of one try of the separate action. */
export type ActionStepResult =
  | { ok: true; at: string }
  | { ok: false; notProcessed: boolean; failure: OrderFlowFailure };

/**
 * Tells whether an error is Engage's final word on the request (a refusal that would come
 * again), as opposed to trouble worth retrying: no answer, 408, 429 or a 5xx.
 */
function isFinal(error: unknown): boolean {
  if (error instanceof ValidationError) return true;
  if (!(error instanceof EngageError) || error.status === undefined) return false;
  return error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

/** The handle of a create whose order is not readable yet: it polls the order itself. */
function orderHandle(client: OrdersClient, orderId: string): JobHandle {
  return {
    jobId: "",
    pollUrl: `${client.baseUrl}/api/v3/orders/${encodeURIComponent(orderId)}`,
    orderId,
    operation: "create",
    startedAt: new Date().toISOString(),
    retried: true,
  };
}

/**
 * Creates the order (with its embedded action). A Workflow step may run again after an
 * interrupted attempt, so from the second attempt on a 409 is resolved: the stored order is
 * read, and if it is the one sent it is adopted (Engage fired its embedded action at most
 * once, since a create is unique per `orderId`). Errors worth retrying are thrown, so the
 * step's retries re-send the create, which is safe for the same reason.
 */
export async function createStep(
  client: OrdersClient,
  params: ResolvedOrderFlowParams,
  attempt: number,
): Promise<CreateStepResult> {
  const { order, orderAction } = params;
  const context = { step: "create order", orderId: order.orderId };
  try {
    const handle = await createOrder(client, order, { orderAction });
    // Our earlier attempt may be the one Engage keeps: a job that fails as a duplicate is ours.
    if (attempt > 1) handle.retried = true;
    return { ok: true, handle, adopted: false };
  } catch (error) {
    if (error instanceof OrderAlreadyExistsError && attempt > 1) {
      return adoptStoredOrder(client, params, error, context);
    }
    if (isFinal(error)) return { ok: false, failure: describeFailure(error, context) };
    throw error;
  }
}

async function adoptStoredOrder(
  client: OrdersClient,
  params: ResolvedOrderFlowParams,
  conflict: OrderAlreadyExistsError,
  context: { step: string; orderId: string },
): Promise<CreateStepResult> {
  const { order } = params;
  try {
    const stored = await getOrder(client, order.orderId);
    if (!sameOrder(order, stored))
      return { ok: false, failure: describeFailure(conflict, context) };
    const handle = orderHandle(client, order.orderId);
    handle.status = "Completed";
    handle.versionTag = stored.versionTag;
    return { ok: true, handle, adopted: true };
  } catch (error) {
    // Stored but not processed yet: poll the order until it shows.
    if (error instanceof OrderNotFoundError) {
      return { ok: true, handle: orderHandle(client, order.orderId), adopted: true };
    }
    throw error;
  }
}

/**
 * Polls the job once. A completion without a `versionTag` reads the order; a job that failed
 * as a duplicate of our own earlier attempt (a handle marked `retried`) is ours when the
 * stored order is the one sent. Errors worth retrying are thrown (a poll is a read).
 */
export async function pollStep(
  client: OrdersClient,
  handle: JobHandle,
  params: ResolvedOrderFlowParams,
): Promise<PollStepResult> {
  const { orderId } = handle;
  const context = { step: "poll", orderId };
  const job = await getJob(client, handle);
  const at = new Date().toISOString();
  const details = {
    orderId,
    job,
    errorCode: job.errorCode,
    handle: { ...handle, status: job.status },
  };
  if (job.status === "Completed") {
    const versionTag = job.versionTag || (await getOrder(client, orderId)).versionTag;
    return { at, status: job.status, versionTag };
  }
  if (job.status === "CompletedWithErrors") {
    const error = new ContactMissingError(
      `Order ${orderId} was stored, but its contact is missing`,
      details,
    );
    return { at, status: job.status, failure: describeFailure(error, context) };
  }
  if (job.status === "Failed") {
    if (job.errorCode === "OrderAlreadyExists" && handle.retried) {
      const stored = await getOrder(client, orderId);
      if (sameOrder(params.order, stored))
        return { at, status: "Completed", versionTag: stored.versionTag };
    }
    const error =
      job.errorCode === "OrderAlreadyExists"
        ? new OrderAlreadyExistsError(`Order ${orderId} already exists`, details)
        : new JobFailedError(
            `Job ${job.jobId} failed${job.errorCode ? `: ${job.errorCode}` : ""}`,
            details,
          );
    return { at, status: job.status, failure: describeFailure(error, context) };
  }
  return { at, status: job.status };
}

/**
 * Triggers the separate action once. The step runs with retries off; a second attempt of the
 * same step can only mean the first was interrupted mid-way, when the action may have reached
 * Engage, so it is reported as `OutcomeUnknownError` and not sent. A 429 or 503 after the
 * core's own retries means Engage did not process it: the flow may try again in a new step.
 */
export async function actionStep(
  client: OrdersClient,
  orderId: string,
  action: OrderFlowAction,
  versionTag: string,
  step: { name: string; attempt: number },
): Promise<ActionStepResult> {
  const context = { step: step.name, orderId, action: action.action, versionTag };
  if (step.attempt > 1) {
    const error = new OutcomeUnknownError(
      `Action ${action.action} on order ${orderId} may have been sent: an earlier attempt was interrupted. It was not re-sent; check the order's automation log before sending it again`,
      { orderId, versionTag },
    );
    return { ok: false, notProcessed: false, failure: describeFailure(error, context) };
  }
  try {
    await triggerAction(client, orderId, { ...action, versionTag });
    return { ok: true, at: new Date().toISOString() };
  } catch (error) {
    const status = error instanceof EngageError ? error.status : undefined;
    const notProcessed = status === 429 || status === 503;
    return { ok: false, notProcessed, failure: describeFailure(error, context) };
  }
}
