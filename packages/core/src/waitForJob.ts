import type { OrdersClient } from "./createOrdersClient";
import {
  ContactMissingError,
  EngageError,
  JobFailedError,
  JobTimeoutError,
  OrderAlreadyExistsError,
} from "./errors";
import { poll } from "./getJob";
import { getOrder } from "./getOrder";
import { learn, pollDelay } from "./pollSchedule";
import type { CompletedJob, Job, JobHandle } from "./types";
import { need } from "./validate";

/** The options of `waitForJob`. */
export interface WaitOptions {
  /** Aborts at once: no request is sent after the abort, sleeps included. */
  signal?: AbortSignal | undefined;
  /** How long to wait from now, in ms. Defaults to `60000`. Ignored when `deadline` is given. */
  timeoutMs?: number | undefined;
  /** The moment to give up: epoch ms, a `Date` or an ISO string. */
  deadline?: number | Date | string | undefined;
  /** The shortest wait between polls. Defaults to `100`. */
  minDelayMs?: number | undefined;
  /** The longest wait between polls (`Retry-After` is clamped to it). Defaults to `5000`. */
  maxDelayMs?: number | undefined;
  /** Called after each poll that did not finish the job. */
  onProgress?:
    | ((job: Job, info: { polls: number; elapsedMs: number; delayMs: number }) => void)
    | undefined;
}

/**
 * Polls a job until it completes and resolves to it with its `versionTag`.
 *
 * Throws `ContactMissingError` (`CompletedWithErrors`), `OrderAlreadyExistsError`,
 * `JobFailedError`, or `JobTimeoutError` whose `handle` resumes the wait later, in this or any
 * other client. Unknown statuses count as still running. Polls follow the schedule learned
 * from this client's recent jobs; a `Retry-After` is honoured within `[minDelayMs,
 * maxDelayMs]` and the deadline. Other errors carry the `handle` too.
 *
 * @example
 * ```ts
 * try {
 *   const { versionTag } = await waitForJob(client, handle, { timeoutMs: 20_000, signal });
 * } catch (e) {
 *   if (e instanceof JobTimeoutError) await queue.send(e.handle); // finish later
 * }
 * ```
 */
export async function waitForJob(
  client: OrdersClient,
  handle: JobHandle,
  options: WaitOptions = {},
): Promise<CompletedJob> {
  const { signal, onProgress } = options;
  const { now } = client;
  const orderId = need(handle?.orderId, "handle.orderId");
  const min = options.minDelayMs ?? 100;
  const max = Math.max(min, options.maxDelayMs ?? 5000);
  const start = Date.parse(handle.startedAt) || now();
  const until =
    options.deadline === undefined
      ? now() + (options.timeoutMs ?? 60_000)
      : new Date(options.deadline).getTime() || 0;
  let job: Job = { ...handle, status: handle.status ?? "Pending" };
  let wait: number | undefined;
  let seen: number | undefined;
  const timeout = (cause?: unknown) =>
    new JobTimeoutError(`Job ${handle.jobId || orderId} did not finish before the deadline`, {
      orderId,
      cause,
      handle: { ...handle, status: job.status },
    });
  // A fresh job gets the schedule's first delay; a resumed, older one is polled at once.
  const age = now() - start;
  let delay = age < max ? pollDelay(client.durations, age, min, max, client.random) : 0;
  for (let polls = 1; job.status !== "Completed"; polls++) {
    const left = until - now();
    if (left <= 0) throw timeout();
    await client.sleep(Math.min(delay, left), signal);
    try {
      [job, wait] = await poll(client, handle, signal, until);
    } catch (error) {
      if (signal?.aborted || !(error instanceof EngageError)) throw error;
      if (now() >= until) throw timeout(error);
      error.handle = { ...handle, status: job.status };
      throw error;
    }
    const elapsedMs = now() - start;
    const { status, errorCode } = job;
    if (status === "Completed") {
      // Server times measure the job itself; otherwise the midpoint of the last two polls.
      const taken = Date.parse(`${job.completedAt}`) - Date.parse(`${job.createdAt}`);
      if (taken >= 0) learn(client.durations, taken);
      else if (seen !== undefined) learn(client.durations, (seen + elapsedMs) / 2);
    }
    seen = elapsedMs;
    delay =
      wait === undefined
        ? pollDelay(client.durations, elapsedMs, min, max, client.random)
        : Math.min(max, Math.max(min, wait));
    onProgress?.(job, { polls, elapsedMs, delayMs: delay });
    client.emit({
      type: "poll",
      jobId: job.jobId,
      orderId,
      status,
      polls,
      elapsedMs,
      delayMs: delay,
    });
    const details = { orderId, job, errorCode, fieldErrors: fields(job), handle };
    if (status === "CompletedWithErrors") {
      throw new ContactMissingError(
        `Order ${orderId} was stored, but its contact is missing`,
        details,
      );
    }
    if (status === "Failed") {
      if (errorCode !== "OrderAlreadyExists") {
        throw new JobFailedError(
          `Job ${job.jobId} failed${errorCode ? `: ${errorCode}` : ""}`,
          details,
        );
      }
      // The duplicate may be our own earlier attempt whose answer was lost: then it is ours.
      if (!handle.retried)
        throw new OrderAlreadyExistsError(`Order ${orderId} already exists`, details);
      job = {
        ...job,
        status: "Completed",
        versionTag: (await getOrder(client, orderId, { signal })).versionTag,
      };
    }
  }
  if (!job.versionTag && handle.operation !== "delete") {
    job.versionTag = (await getOrder(client, orderId, { signal })).versionTag;
  }
  return job as CompletedJob;
}

/** The job's errors as field errors. */
const fields = (job: Job) =>
  (job.errors ?? []).map((e) => ({ field: e.field ?? "", message: e.message }));
