import { internalsOf } from "./clientInternals.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import {
  ContactMissingError,
  EngageError,
  type ErrorDetails,
  invalid,
  JobFailedError,
  JobTimeoutError,
  OrderAlreadyExistsError,
} from "./errors.ts";
import { pollJob } from "./getJob.ts";
import { readOrder } from "./getOrder.ts";
import { clamp, learn, pollDelay } from "./pollSchedule.ts";
import { isTransportTrouble } from "./retryPolicy.ts";
import type { Attempt, CompletedJob, Job, JobHandle, JobOperation, VersionedJob } from "./types.ts";
import { need } from "./validate.ts";

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
  /**
   * Called after each poll, the one that completes the job included (before its `versionTag`
   * is read, when the job does not give it).
   */
  onProgress?:
    | ((job: Job, info: { polls: number; elapsedMs: number; delayMs: number }) => void)
    | undefined;
}

/**
 * Polls a job until it completes and resolves to it with its `versionTag`.
 *
 * Throws the job's own outcome (`ContactMissingError` for `CompletedWithErrors`,
 * `OrderAlreadyExistsError`, `JobFailedError`), or `JobTimeoutError` whose `handle` resumes
 * the wait later, in this or any other client (its `cause` is the last transport error, its
 * `observedResponses` counts how the polls were answered). Unknown statuses count as still
 * running. Polls follow the schedule learned from this client's recent jobs; a `Retry-After`
 * is honoured within `[minDelayMs, maxDelayMs]` and the deadline. Given a `timeoutMs` or
 * `deadline`, the wait polls on through transport trouble (no answer, 429, 5xx, a garbled
 * answer) while time and the client's retry budget are left; otherwise, or once the budget is
 * spent, that error ends the wait, carrying the `handle` too (see `canResumeWait`).
 *
 * @example
 * ```ts
 * try {
 *   const { versionTag } = await waitForJob(client, handle, { timeoutMs: 20_000, signal });
 * } catch (error) {
 *   if (canResumeWait(error)) await queue.send(error.handle); // a timeout or transport trouble
 *   else throw error; // the job's own outcome, or a bug
 * }
 * ```
 */
export function waitForJob(
  client: OrdersClient,
  handle: JobHandle<"delete">,
  options?: WaitOptions,
): Promise<CompletedJob>;
/** A create's, replace's or change's job always completes with its `versionTag`. */
export function waitForJob(
  client: OrdersClient,
  handle: JobHandle<Exclude<JobOperation, "delete">>,
  options?: WaitOptions,
): Promise<VersionedJob>;
/** A handle of unknown kind (stored, or from an error): a delete's job has no `versionTag`. */
export function waitForJob(
  client: OrdersClient,
  handle: JobHandle,
  options?: WaitOptions,
): Promise<CompletedJob>;
export async function waitForJob(
  client: OrdersClient,
  handle: JobHandle,
  options: WaitOptions = {},
): Promise<CompletedJob> {
  const { signal, onProgress, minDelayMs: min = 100 } = options;
  const internals = internalsOf(client);
  const { now, durations, random } = internals;
  const orderId = need(handle?.orderId, "handle.orderId");
  const max = Math.max(min, options.maxDelayMs ?? 5000);
  const start = Date.parse(handle.startedAt) || now();
  const until =
    options.deadline === undefined
      ? now() + (options.timeoutMs ?? 60_000)
      : +new Date(options.deadline);
  if (!(until > 0)) invalid("deadline", "must be a date");
  let job: Job = { ...handle, status: handle.status ?? "Pending" };
  let retryAfter: number | undefined;
  // The elapsed time at the previous poll (none before the first).
  let elapsedAtLastPoll: number | undefined;
  let elapsed = now() - start;
  // A fresh job gets the schedule's first delay; a resumed, older one is polled at once.
  let delay = elapsed < max ? pollDelay(durations, elapsed, min, max, random) : 0;
  // The handle to resume from, with the last status seen.
  const resumable = (): JobHandle => ({ ...handle, status: job.status });
  // Only a wait given its own deadline polls on through transport trouble.
  const usesDeadline = options.deadline !== undefined || options.timeoutMs !== undefined;
  // How the polls were answered, by status or failure (`{ "200": 3, "429": 5, "network": 2 }`).
  const observedResponses: Record<string, number> = {};
  const observe = (attempts: Attempt[]) => {
    for (const { reason } of attempts)
      observedResponses[reason] = (observedResponses[reason] ?? 0) + 1;
  };
  let lastTransportError: EngageError | undefined;
  const fail = (ErrorClass: typeof EngageError, message: string, extra: ErrorDetails = {}) =>
    new ErrorClass(message, {
      ...extra,
      orderId,
      job,
      errorCode: job.errorCode,
      fieldErrors: (job.errors ?? []).map((error) => ({
        field: error.field ?? "",
        message: error.message,
      })),
      handle: resumable(),
    });
  // Resumable: the handle, the last transport error as `cause`, and how the polls went.
  const timedOut = (cause: unknown) =>
    fail(JobTimeoutError, `Job ${handle.jobId || orderId} did not finish before the deadline`, {
      cause,
      observedResponses,
    });
  for (let polls = 1; job.status !== "Completed"; polls++) {
    const left = until - now();
    if (left <= 0) throw timedOut(lastTransportError);
    await internals.sleep(Math.min(delay, left), signal);
    try {
      // Errors of the poll carry the handle, so a caller can resume from them too.
      const polled = await pollJob(client, handle, {
        signal,
        until,
        details: { handle: resumable() },
      });
      observe(polled.attempts);
      job = polled.job;
      retryAfter = polled.retryAfterMs;
    } catch (error) {
      if (signal?.aborted || !(error instanceof EngageError)) throw error;
      observe(error.attempts);
      if (now() >= until) throw timedOut(error);
      // Transport trouble does not end a wait with time left while the retry budget lasts:
      // the next poll comes on the schedule (or after the server's Retry-After).
      if (!(usesDeadline && isTransportTrouble(error) && internals.tokens >= 1)) throw error;
      internals.tokens -= 1;
      lastTransportError = error;
      elapsed = now() - start;
      delay = error.retryAfterMs
        ? clamp(error.retryAfterMs, min, max)
        : pollDelay(durations, elapsed, min, max, random);
      continue;
    }
    elapsed = now() - start;
    const { status, errorCode } = job;
    if (status === "Completed") {
      // Server times measure the job itself.
      const taken = Date.parse(`${job.completedAt}`) - Date.parse(`${job.createdAt}`);
      if (taken >= 0) learn(durations, taken);
      // Otherwise the job finished between the last two polls: take the midpoint. A job
      // complete at the first poll tells nothing about how long it took.
      else if (elapsedAtLastPoll !== undefined) learn(durations, (elapsedAtLastPoll + elapsed) / 2);
    }
    elapsedAtLastPoll = elapsed;
    delay = retryAfter
      ? clamp(retryAfter, min, max)
      : pollDelay(durations, elapsed, min, max, random);
    onProgress?.(job, { polls, elapsedMs: elapsed, delayMs: delay });
    internals.emit?.({
      type: "poll",
      jobId: job.jobId,
      orderId,
      status,
      polls,
      elapsedMs: elapsed,
      delayMs: delay,
    });
    if (status === "CompletedWithErrors") {
      throw fail(ContactMissingError, `Order ${orderId} was stored, but its contact is missing`);
    }
    if (status === "Failed") {
      if (errorCode !== "OrderAlreadyExists")
        throw fail(JobFailedError, `Job ${job.jobId} failed${errorCode ? `: ${errorCode}` : ""}`);
      // The duplicate may be our own earlier attempt whose answer was lost: then it is ours.
      if (!handle.retried) throw fail(OrderAlreadyExistsError, `Order ${orderId} already exists`);
      job = { ...job, status: "Completed", versionTag: "" };
    }
  }
  if (!job.versionTag && handle.operation !== "delete") {
    job.versionTag = (
      await readOrder(client, orderId, signal, "", { handle: resumable() })
    ).versionTag;
  }
  return job as CompletedJob;
}
