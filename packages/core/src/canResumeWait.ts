import type { ErrorDetails } from "./errors.ts";
import { type AnyEngageError, isEngageError } from "./isEngageError.ts";
import type { JobHandle } from "./types.ts";

/** The codes of a job's own outcome: waiting again cannot change them. */
const finalCodes: readonly string[] = ["JOB_FAILED", "CONTACT_MISSING", "ORDER_ALREADY_EXISTS"];

/**
 * Tells whether a wait for a job (`waitForJob`, `createOrderAndWait`, a job watch) can be
 * resumed from an error: it carries the job's `handle` and is not the job's own outcome. That
 * is a `JobTimeoutError`, and transport trouble that ended the wait (`NetworkError`,
 * `RateLimitedError`, a 5xx, `MalformedResponseError`). Resume with `waitForJob(client,
 * error.handle)`; dropping such an error drops the job.
 *
 * @example
 * ```ts
 * try {
 *   await waitForJob(client, handle, { timeoutMs: 25_000 });
 * } catch (error) {
 *   if (canResumeWait(error)) await queue.send(error.handle); // finish later
 *   else throw error;
 * }
 * ```
 */
export function canResumeWait(
  error: unknown,
): error is AnyEngageError & { readonly handle: JobHandle } {
  if (!isEngageError(error)) return false;
  const { handle } = error as ErrorDetails;
  return handle !== undefined && !finalCodes.includes(error.code);
}
