import type { ClientInternals } from "./clientInternals.ts";
import {
  type EngageError,
  MalformedResponseError,
  NetworkError,
  RateLimitedError,
} from "./errors.ts";
import type { Attempt } from "./types.ts";

/**
 * Tells whether an attempt may have been processed by Engage: there was no answer, or a 5xx
 * other than 503 (which, like 429, means "not processed").
 */
export function mayHaveBeenProcessed(attempt: Attempt): boolean {
  if (attempt.status === undefined) return true;
  return attempt.status >= 500 && attempt.status !== 503;
}

/** Tells whether an attempt before the last one may have been processed (the request was re-sent after it). */
export const resentAfterUnclearAttempt = (attempts: Attempt[]): boolean =>
  attempts.slice(0, -1).some(mayHaveBeenProcessed);

/** Milliseconds from a `Retry-After` value (seconds or an HTTP date); nothing when unusable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  const ms = Number.isNaN(seconds) ? Date.parse(value) - now : seconds * 1000;
  return ms > 0 ? ms : undefined;
}

/**
 * Tells whether a request failed for reasons of transport rather than of its content: no
 * answer, a 429, a 5xx, or a success whose body was garbled on the way. A wait with time left
 * polls again after such a failure.
 */
export function isTransportTrouble(error: EngageError): boolean {
  if (error instanceof NetworkError || error instanceof RateLimitedError) return true;
  if (error instanceof MalformedResponseError) return true;
  return error.code === "ENGAGE_ERROR" && error.status !== undefined && error.status >= 500;
}

/**
 * Tells whether a failed attempt is worth another: a 429 or 503 always (not processed); for a
 * request that may run twice, also no answer at all or any other 5xx.
 */
export function isRetryable(status: number | undefined, once: boolean): boolean {
  if (status === 429 || status === 503) return true;
  if (once) return false;
  return status === undefined || status >= 500;
}

/**
 * The wait before the next attempt: full-jitter exponential backoff, at least the server's
 * `Retry-After`, at most the client's `maxDelayMs`.
 */
export function backoffDelayMs(
  client: ClientInternals,
  attemptsMade: number,
  retryAfter: number | undefined,
): number {
  const { baseDelayMs, maxDelayMs } = client.retry;
  const jittered = client.random() * baseDelayMs * 2 ** attemptsMade;
  return Math.min(maxDelayMs, Math.max(retryAfter ?? 0, jittered));
}

/**
 * Tells whether the client may retry now: attempts and retry budget are left, and the wait
 * ends before the deadline (`until`, epoch ms), when there is one.
 */
export function mayRetry(
  client: ClientInternals,
  attemptsMade: number,
  delayMs: number,
  until: number | undefined,
): boolean {
  if (attemptsMade >= client.retry.attempts || client.tokens < 1) return false;
  return until === undefined || client.now() + delayMs < until;
}
