import type { Attempt, FieldError, Job, JobHandle } from "./types.ts";

/** The details an `EngageError` carries; every field is optional. */
export interface ErrorDetails {
  status?: number | undefined;
  errorCode?: string | undefined;
  fieldErrors?: FieldError[];
  body?: string;
  method?: string;
  path?: string;
  attempts?: Attempt[];
  cause?: unknown;
  orderId?: string;
  versionTag?: string;
  retryAfterMs?: number | undefined;
  handle?: JobHandle;
  job?: Job;
}

/**
 * The base of every error the client throws. It never contains the API key.
 *
 * @example
 * ```ts
 * try { await getOrder(client, "o-1") } catch (e) {
 *   if (e instanceof OrderNotFoundError) return null;
 *   if (e instanceof EngageError) console.log(e.status, e.errorCode, e.attempts);
 *   throw e;
 * }
 * ```
 */
export class EngageError extends Error {
  override name = "EngageError";
  /** The HTTP status, when there was an answer. */
  declare readonly status?: number;
  /** Engage's symbolic error code, e.g. `InvalidRequest` or `ContactNotFound`. */
  declare readonly errorCode?: string;
  /** The field errors, from Engage or from local validation. */
  declare readonly fieldErrors: FieldError[];
  /** The raw body text of the answer. */
  declare readonly body?: string;
  /** The HTTP method of the request. */
  declare readonly method?: string;
  /** The path of the request from `/api/` on. */
  declare readonly path?: string;
  /** Every attempt made: status, reason, and the wait that followed it. */
  declare readonly attempts: Attempt[];
  /** The order concerned, when known. */
  declare readonly orderId?: string;
  /** The job handle, when the error happened while waiting: `waitForJob` can resume it. */
  declare handle?: JobHandle;
  /** The job as last reported, for job outcomes. */
  declare readonly job?: Job;

  /** Creates an error with a message and its details. */
  constructor(message: string, details: ErrorDetails = {}) {
    // `details.cause`, when given, becomes the standard `cause`.
    super(message, details);
    Object.assign(this, { fieldErrors: [], attempts: [] }, details);
  }
}

/** Local validation failed: nothing was sent. `fieldErrors` holds the issue paths. */
export class ValidationError extends EngageError {
  override name = "ValidationError";
}

/** The order changed since the `versionTag` was read (404 on an action): re-read and retry. */
export class VersionTagMismatchError extends EngageError {
  override name = "VersionTagMismatchError";
  /** The `versionTag` that was sent. */
  declare readonly versionTag?: string;
}

/** The order does not exist (or does not belong to the given contact). */
export class OrderNotFoundError extends EngageError {
  override name = "OrderNotFoundError";
}

/** An order with this `orderId` already exists and it is not ours to adopt. */
export class OrderAlreadyExistsError extends EngageError {
  override name = "OrderAlreadyExistsError";
}

/** The order has no linked contact (422, or a job `CompletedWithErrors`); no action can be sent. */
export class ContactMissingError extends EngageError {
  override name = "ContactMissingError";
}

/** Engage answered 429 after every allowed retry. */
export class RateLimitedError extends EngageError {
  override name = "RateLimitedError";
  /** The wait Engage asked for, in milliseconds, when it said. */
  declare readonly retryAfterMs?: number;
}

/** The job ended `Failed`. */
export class JobFailedError extends EngageError {
  override name = "JobFailedError";
}

/** The deadline passed before the job finished; `handle` resumes the wait later. */
export class JobTimeoutError extends EngageError {
  override name = "JobTimeoutError";
  declare handle: JobHandle;
}

/** The request failed without an answer (connection trouble or the per-request timeout). */
export class NetworkError extends EngageError {
  override name = "NetworkError";
}

/**
 * A request that must not run twice (an action, a v2 order, a write with an embedded action)
 * failed in a way that does not tell whether Engage processed it. It was not re-sent: check
 * before sending it again, or the customer may get a second message.
 */
export class OutcomeUnknownError extends EngageError {
  override name = "OutcomeUnknownError";
}

/** A successful status came with a body that is not what the contract describes. */
export class MalformedResponseError extends EngageError {
  override name = "MalformedResponseError";
}

/** Throws a `ValidationError` for one field. */
export function invalid(field: string, message: string): never {
  throw new ValidationError(`${field}: ${message}`, { fieldErrors: [{ field, message }] });
}
