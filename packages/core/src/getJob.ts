import type { OrdersClient } from "./createOrdersClient.ts";
import { EngageError, OrderNotFoundError } from "./errors.ts";
import {
  body,
  jobPath,
  malformed,
  orderPath,
  type Reply,
  rebase,
  retryAfter,
  send,
  text,
} from "./request.ts";
import type { Job, JobHandle, StoredOrder } from "./types.ts";
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
  return (await poll(client, handle, options.signal))[0];
}

/** Polls a handle once; returns the job and the `Retry-After` of the answer in ms, if usable. */
export async function poll(
  client: OrdersClient,
  handle: Pick<JobHandle, "jobId" | "orderId" | "pollUrl">,
  signal?: AbortSignal,
  until?: number,
): Promise<[Job, number | undefined]> {
  const { jobId, orderId } = handle;
  const get = (url: string, notFound?: typeof EngageError) =>
    send(client, "GET", rebase(client, url), { signal, until, notFound, info: { orderId } });
  let reply: Reply;
  try {
    // A job that is gone is not a missing order; a handle without a job polls the order.
    reply = await get(need(handle.pollUrl, "handle.pollUrl"), jobId ? EngageError : undefined);
    // A completed job may redirect to the order. Redirects are followed here, on the
    // client's own origin, so the key never travels to another host. Status 0 is an
    // opaque redirect (a runtime that hides the target): read the order by its id.
    if (reply.status < 400 && (reply.status > 299 || !reply.status)) {
      reply = await get(reply.headers.get("location") ?? orderPath(orderId));
    }
  } catch (error) {
    // A handle without a job polls the order itself, which is missing until processed.
    if (jobId || !(error instanceof OrderNotFoundError)) throw error;
    return [{ jobId, orderId, status: "Pending" }, undefined];
  }
  const d = body(reply);
  const wait = retryAfter(reply.headers.get("retry-after"), client.now());
  if (!("jobId" in d) && text(d.versionTag)) {
    const order = d as StoredOrder;
    return [{ jobId, orderId, status: "Completed", versionTag: order.versionTag, order }, wait];
  }
  if (!text(d.status)) malformed(reply, "has no job status");
  return [d as Job, wait];
}
