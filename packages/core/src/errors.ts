import type { Attempt, FieldError, Job, JobHandle } from "./types.ts";

/** The details an `EngageError` carries; every field is optional. */
export interface ErrorDetails {
  status?: number | undefined;
  errorCode?: string | undefined;
  fieldErrors?: FieldError[];
  body?: string | undefined;
  method?: string;
  path?: string;
  attempts?: Attempt[];
  cause?: unknown;
  orderId?: string;
  versionTag?: string;
  retryAfterMs?: number | undefined;
  handle?: JobHandle | undefined;
  job?: Job;
  observedResponses?: Record<string, number>;
}

/** The `code` of every error class, one per class, for a `switch`. */
export type EngageErrorCode =
  | "ENGAGE_ERROR"
  | "VALIDATION"
  | "VERSION_TAG_MISMATCH"
  | "ORDER_NOT_FOUND"
  | "ORDER_ALREADY_EXISTS"
  | "CONTACT_MISSING"
  | "RATE_LIMITED"
  | "JOB_FAILED"
  | "JOB_TIMEOUT"
  | "NETWORK"
  | "OUTCOME_UNKNOWN"
  | "MALFORMED_RESPONSE";

/**
 * The base of every error the client throws. It never contains the API key. Tell errors apart
 * with `instanceof` or by `code` (see `isEngageError`).
 *
 * @example
 * ```ts
 * try { await getOrder(client, "o-1") } catch (error) {
 *   if (error instanceof OrderNotFoundError) return null;
 *   if (error instanceof EngageError) console.log(error.status, error.errorCode, error.attempts);
 *   throw error;
 * }
 * ```
 */
export class EngageError extends Error {
  override name = "EngageError";
  /** The kind of error: `ENGAGE_ERROR` for an answer no other class describes. */
  readonly code: EngageErrorCode = "ENGAGE_ERROR";
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
  declare readonly handle?: JobHandle;
  /** The job as last reported, for job outcomes. */
  declare readonly job?: Job;
  /** The wait the server asked for (`Retry-After`), in milliseconds, when it said. */
  declare readonly retryAfterMs?: number;

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
  override readonly code = "VALIDATION" as const;
}

/** The order changed since the `versionTag` was read (404 on an action): re-read and retry. */
export class VersionTagMismatchError extends EngageError {
  override name = "VersionTagMismatchError";
  override readonly code = "VERSION_TAG_MISMATCH" as const;
  /** The `versionTag` that was sent. */
  declare readonly versionTag?: string;
}

/** The order does not exist (or does not belong to the given contact). */
export class OrderNotFoundError extends EngageError {
  override name = "OrderNotFoundError";
  override readonly code = "ORDER_NOT_FOUND" as const;
}

/** An order with this `orderId` already exists and it is not ours to adopt. */
export class OrderAlreadyExistsError extends EngageError {
  override name = "OrderAlreadyExistsError";
  override readonly code = "ORDER_ALREADY_EXISTS" as const;
}

/** The order has no linked contact (422, or a job `CompletedWithErrors`); no action can be sent. */
export class ContactMissingError extends EngageError {
  override name = "ContactMissingError";
  override readonly code = "CONTACT_MISSING" as const;
}

/** Engage answered 429 after every allowed retry. */
export class RateLimitedError extends EngageError {
  override name = "RateLimitedError";
  override readonly code = "RATE_LIMITED" as const;
}

/** The job ended `Failed`. */
export class JobFailedError extends EngageError {
  override name = "JobFailedError";
  override readonly code = "JOB_FAILED" as const;
}

/** The deadline passed before the job finished; `handle` resumes the wait later. */
export class JobTimeoutError extends EngageError {
  override name = "JobTimeoutError";
  override readonly code = "JOB_TIMEOUT" as const;
  /** The handle to resume the wait with, in this or any other client. */
  declare readonly handle: JobHandle;
  /**
   * How the wait's polls were answered: a count per status, `network` or `timeout`, e.g.
   * `{ "200": 3, "429": 5, "network": 2 }`. `cause` holds the last transport error, if any.
   */
  declare readonly observedResponses: Record<string, number>;
}

/** The request failed without an answer (connection trouble or the per-request timeout). */
export class NetworkError extends EngageError {
  override name = "NetworkError";
  override readonly code = "NETWORK" as const;
}

/**
 * A request that must not run twice (an action, a v2 order, a write with an embedded action)
 * failed in a way that does not tell whether Engage processed it. It was not re-sent: check
 * before sending it again, or the customer may get a second message.
 */
export class OutcomeUnknownError extends EngageError {
  override name = "OutcomeUnknownError";
  override readonly code = "OUTCOME_UNKNOWN" as const;
}

/** A successful status came with a body that is not what the contract describes. */
export class MalformedResponseError extends EngageError {
  override name = "MalformedResponseError";
  override readonly code = "MALFORMED_RESPONSE" as const;
}

/** Throws a `ValidationError` for one field. */
export function invalid(field: string, message: string): never {
  throw new ValidationError(`${field}: ${message}`, { fieldErrors: [{ field, message }] });
}
