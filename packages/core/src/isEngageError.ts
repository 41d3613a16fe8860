import {
  type ContactMissingError,
  EngageError,
  type EngageErrorCode,
  type JobFailedError,
  type JobTimeoutError,
  type MalformedResponseError,
  type NetworkError,
  type OrderAlreadyExistsError,
  type OrderNotFoundError,
  type OutcomeUnknownError,
  type RateLimitedError,
  type ValidationError,
  type VersionTagMismatchError,
} from "./errors.ts";

/** An `EngageError` of no more specific class (an answer such as a 401 or a 400). */
export type GenericEngageError = EngageError & { readonly code: "ENGAGE_ERROR" };

/**
 * Every error the client throws, as a union a `switch (error.code)` narrows to one class.
 *
 * @example
 * ```ts
 * if (isEngageError(error)) {
 *   switch (error.code) {
 *     case "RATE_LIMITED": return retryLater(error.retryAfterMs);
 *     case "JOB_TIMEOUT": return queue.send(error.handle);
 *   }
 * }
 * ```
 */
export type AnyEngageError =
  | GenericEngageError
  | ValidationError
  | VersionTagMismatchError
  | OrderNotFoundError
  | OrderAlreadyExistsError
  | ContactMissingError
  | RateLimitedError
  | JobFailedError
  | JobTimeoutError
  | NetworkError
  | OutcomeUnknownError
  | MalformedResponseError;

/** Every `code`, so an error from another copy of the package is recognised. */
const codes: readonly EngageErrorCode[] = [
  "ENGAGE_ERROR",
  "VALIDATION",
  "VERSION_TAG_MISMATCH",
  "ORDER_NOT_FOUND",
  "ORDER_ALREADY_EXISTS",
  "CONTACT_MISSING",
  "RATE_LIMITED",
  "JOB_FAILED",
  "JOB_TIMEOUT",
  "NETWORK",
  "OUTCOME_UNKNOWN",
  "MALFORMED_RESPONSE",
];

/**
 * Tells whether a value is an error the client threw. Besides `instanceof EngageError` it
 * recognises an error from another copy of this package (a second install, another realm) by
 * its `code` and `attempts`, where `instanceof` would say no.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (isEngageError(error) && error.code === "ORDER_NOT_FOUND") return null;
 *   throw error;
 * }
 * ```
 */
export function isEngageError(value: unknown): value is AnyEngageError {
  if (value instanceof EngageError) return true;
  if (typeof value !== "object" || value === null) return false;
  const { code, message, attempts } = value as Record<string, unknown>;
  return (
    codes.includes(code as EngageErrorCode) &&
    typeof message === "string" &&
    Array.isArray(attempts)
  );
}
