import { type ClientInternals, internalsOf } from "./clientInternals.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import { answerOf, errorFromReply } from "./errorFromReply.ts";
import {
  type EngageError,
  type ErrorDetails,
  invalid,
  NetworkError,
  OutcomeUnknownError,
} from "./errors.ts";
import { type AttemptOutcome, fetchAttempt } from "./fetchAttempt.ts";
import { redactThrown } from "./redactThrown.ts";
import { parseJson, type Reply } from "./replyBody.ts";
import {
  backoffDelayMs,
  isRetryable,
  mayHaveBeenProcessed,
  mayRetry,
  retryAfterMs,
} from "./retryPolicy.ts";
import type { Attempt } from "./types.ts";

/** How one logical request is sent. */
export interface SendOptions {
  /** The JSON body. */
  body?: unknown;
  /** Aborts the request and any retry wait. */
  signal?: AbortSignal | undefined;
  /** Never re-send once the request may have reached Engage (only 429 and 503 are retried). */
  once?: boolean;
  /** No retry wait may end after this epoch time (a job deadline). */
  until?: number | undefined;
  /** The class of a bare 404. Defaults to `OrderNotFoundError`. */
  notFound?: typeof EngageError | undefined;
  /** Extra details for any error. */
  info?: ErrorDetails;
}

/** How much of the retry budget each success earns back. */
const TOKENS_PER_SUCCESS = 0.2;

/**
 * Sends a request to `path` (from `/api/` on; URLs a server gave go through `rebase` first)
 * with timeout, rate limit and retries. Network errors, 5xx and 429 are retried with
 * full-jitter backoff while the client's retry budget lasts; `once` requests are retried only
 * on 429 and 503, which mean "not processed". Any status below 400 is an answer (an opaque
 * redirect has status 0).
 */
export async function send(
  client: OrdersClient,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Reply> {
  const internals = internalsOf(client);
  // A path that leaves the configured origin is refused before anything is sent.
  internals.urlOf(path);
  const { signal, once = false, until } = options;
  const payload = serialize(options.body);
  const attempts: Attempt[] = [];
  // Every event of this request (each attempt's start and end, its retries) carries its id.
  const requestId = internals.requestId();
  const { orderId } = options.info ?? {};
  for (;;) {
    const request = { requestId, attempt: attempts.length + 1, method, path, orderId };
    const outcome = await fetchAttempt(internals, request, payload, signal);
    const status = outcome.response?.status;
    const reason = outcome.response ? `${status}` : outcome.reason;
    const attempt: Attempt = { status, reason, delayMs: 0 };
    attempts.push(attempt);
    internals.emit?.({
      type: "request",
      ...request,
      status,
      error: outcome.response ? undefined : internals.redact(errorMessage(outcome.error)),
      durationMs: outcome.durationMs,
    });
    if (outcome.response && outcome.response.status < 400) {
      internals.tokens = Math.min(internals.retry.budget, internals.tokens + TOKENS_PER_SUCCESS);
      const { response, text } = outcome;
      return {
        status: response.status,
        headers: outcome.headers,
        redirected: response.redirected === true,
        text,
        data: parseJson(text),
        path,
        attempts,
      };
    }
    const retryAfter = retryAfterMs(outcome.response?.headers.get("retry-after"), internals.now());
    const delayMs = backoffDelayMs(internals, attempts.length, retryAfter);
    if (isRetryable(status, once) && mayRetry(internals, attempts.length, delayMs, until)) {
      internals.tokens -= 1;
      attempt.delayMs = delayMs;
      internals.emit?.({ type: "retry", ...request, delayMs, reason });
      await internals.sleep(delayMs, signal);
      continue;
    }
    throw failedRequestError(internals, outcome, { method, path, options, attempts, retryAfter });
  }
}

/** Serializes a request body, refusing one that is not JSON. */
function serialize(body: unknown): string | undefined {
  try {
    return JSON.stringify(body);
  } catch {
    return invalid("body", "must be serializable as JSON");
  }
}

/** The message of a thrown value, whatever was thrown. */
const errorMessage = (error: unknown): string =>
  `${error instanceof Error ? error.message : error}`;

/**
 * Creates the error of a request that will not be retried: `OutcomeUnknownError` when a
 * send-once request may have been processed, `NetworkError` without an answer, and the class
 * the answer calls for otherwise.
 */
function failedRequestError(
  client: ClientInternals,
  outcome: AttemptOutcome,
  request: {
    method: string;
    path: string;
    options: SendOptions;
    attempts: Attempt[];
    retryAfter: number | undefined;
  },
): EngageError {
  const { method, path, options, attempts } = request;
  const where = `${method} ${path}`;
  const status = outcome.response?.status;
  const message = outcome.response ? `${status}` : client.redact(errorMessage(outcome.error));
  const details: ErrorDetails = {
    ...options.info,
    method,
    path,
    attempts,
    status,
    // A fetch whose own error names the key (a proxy agent, a tracing wrapper, an HTTP
    // library's `config.headers`) is kept only as a redacted copy, at any depth.
    cause: outcome.response ? undefined : redactThrown(outcome.error, client.redact),
  };
  const last = attempts[attempts.length - 1];
  const unclear = options.once === true && last !== undefined && mayHaveBeenProcessed(last);
  const notResent = "Engage may have processed it, so it was not re-sent";
  if (!outcome.response) {
    if (unclear) return new OutcomeUnknownError(`${where}: ${message}; ${notResent}`, details);
    return new NetworkError(`${where}: ${message}`, details);
  }
  const reply = {
    status: outcome.response.status,
    text: outcome.text,
    retryAfterMs: request.retryAfter,
  };
  if (unclear) {
    // The answer is how a person decides whether the customer got the message: keep it.
    const answer = answerOf(reply, { method, path });
    return new OutcomeUnknownError(`${answer.headline}; ${notResent}`, {
      ...details,
      ...answer.details,
    });
  }
  return errorFromReply(reply, { method, path, notFound: options.notFound, details });
}
