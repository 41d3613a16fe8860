import { internalsOf } from "./clientInternals.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import { EngageError, type ErrorDetails, OrderNotFoundError } from "./errors.ts";
import { readOrder } from "./getOrder.ts";
import { jobPath, orderPath, rebase } from "./paths.ts";
import { malformed, nonEmptyString, objectBody, type Reply } from "./replyBody.ts";
import { retryAfterMs } from "./retryPolicy.ts";
import { send } from "./send.ts";
import type { Attempt, Job, JobHandle, StoredOrder } from "./types.ts";
import { need } from "./validate.ts";
/** The options of `getJob`. */
export interface GetJobOptions {
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Reads the status of a job once, from a job id or a handle. A completion reported as a
 * redirect to the order (followed or not) comes back as `Completed` with the order's
 * `versionTag`.
 *
 * @example
 * ```ts
 * const job = await getJob(client, handle);
 * if (job.status === "Completed") console.log(job.versionTag);
 * ```
 */
export async function getJob(
  client: OrdersClient,
  job: string | JobHandle,
  options: GetJobOptions = {},
): Promise<Job> {
  const handle =
    typeof job === "string"
      ? {
          jobId: need(job, "jobId"),
          orderId: "",
          pollUrl: jobPath(job),
        }
      : job;
  const { job: polled } = await pollJob(client, handle, { signal: options.signal });
  return polled;
}

/** How `pollJob` polls. */
export interface PollOptions {
  /** Aborts the poll. */
  signal?: AbortSignal | undefined;
  /** No retry wait may end after this epoch time (the wait's deadline). */
  until?: number | undefined;
  /** Details every error of the poll carries (the handle to resume with). */
  details?: ErrorDetails | undefined;
}

/** One poll's outcome: the job, the answer's `Retry-After`, and every attempt it took. */
export interface PollResult {
  /** The job as reported. */
  job: Job;
  /** How long the server asked to wait before the next poll. */
  retryAfterMs: number | undefined;
  /** Every attempt of the poll's requests (a redirect and the read it leads to included). */
  attempts: Attempt[];
}

/**
 * Polls a handle once. A job answer names its `jobId`; anything else is the order, which a
 * finished job redirects to (followed here, by the runtime, or hidden as an opaque redirect),
 * or which a handle without a job polls directly. The order's own `status` is never read as
 * the job's: the job is `Completed`, with the order's `versionTag`, read once more when the
 * order came without one.
 */
export async function pollJob(
  client: OrdersClient,
  handle: Pick<JobHandle, "jobId" | "orderId" | "pollUrl">,
  options: PollOptions = {},
): Promise<PollResult> {
  const { signal, until } = options;
  const { jobId, orderId } = handle;
  const details: ErrorDetails = { orderId, ...options.details };
  const attempts: Attempt[] = [];
  const get = async (url: string, notFound?: typeof EngageError) => {
    const reply = await send(client, "GET", rebase(client, url), {
      signal,
      until,
      notFound,
      info: details,
    });
    attempts.push(...reply.attempts);
    return reply;
  };
  let reply: Reply;
  // Whether the answer is the order rather than the job.
  let answersWithOrder = !jobId;
  try {
    // A job that is gone is not a missing order; a handle without a job polls the order.
    reply = await get(need(handle.pollUrl, "handle.pollUrl"), jobId ? EngageError : undefined);
    // A completed job may redirect to the order. Redirects are followed here, on the
    // client's own origin, so the key never travels to another host. Status 0 is an
    // opaque redirect (a runtime that hides the target): read the order by its id.
    const isRedirect = reply.status === 0 || (reply.status >= 300 && reply.status < 400);
    if (isRedirect) reply = await get(reply.headers.get("location") ?? orderPath(orderId));
    answersWithOrder ||= isRedirect || reply.redirected;
  } catch (error) {
    // A handle without a job polls the order itself, which is missing until processed.
    if (jobId || !(error instanceof OrderNotFoundError)) throw error;
    return { job: { jobId, orderId, status: "Pending" }, retryAfterMs: undefined, attempts };
  }
  const answer = objectBody(reply, details);
  const retryAfter = retryAfterMs(reply.headers.get("retry-after"), internalsOf(client).now());
  // A fetch wrapper that rebuilt the Response hides a followed redirect: a job names itself.
  if (answersWithOrder || !("jobId" in answer)) {
    const order = await completedOrder(client, reply, answer, orderId, signal, details);
    const job: Job = {
      jobId,
      orderId: orderId || order.orderId,
      status: "Completed",
      versionTag: order.versionTag,
      order,
    };
    return { job, retryAfterMs: retryAfter, attempts };
  }
  if (!nonEmptyString(answer.status)) malformed(reply, "has no job status", details);
  return { job: answer as Job, retryAfterMs: retryAfter, attempts };
}

/**
 * The order a finished job answered with, with its `versionTag`: when the answer lacks one
 * (an order read while its new version was still being written), the order is read once more
 * before deciding; still without one, the answer breaks the contract.
 */
async function completedOrder(
  client: OrdersClient,
  reply: Reply,
  answer: Record<string, unknown>,
  orderId: string,
  signal: AbortSignal | undefined,
  details: ErrorDetails,
): Promise<StoredOrder> {
  if (nonEmptyString(answer.versionTag)) return answer as StoredOrder;
  const id = orderId || nonEmptyString(answer.orderId);
  if (!id) return malformed(reply, "is an order without orderId or versionTag", details);
  return readOrder(client, id, signal, "", details);
}
