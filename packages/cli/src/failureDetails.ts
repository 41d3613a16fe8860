import {
  EngageError,
  MalformedResponseError,
  NetworkError,
  OutcomeUnknownError,
  RateLimitedError,
} from "@engage-orders/core";

/** What the journal and the failures file keep of an error: never the key, never a stack. */
export interface FailureDetails {
  /** The error class, e.g. `ValidationError` or `ContactMissingError`. */
  name: string;
  /** Its message. */
  message: string;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** Engage's symbolic error code. */
  errorCode?: string;
  /** Field errors, from Engage or from local validation. */
  fieldErrors?: Array<{ field: string; message: string }>;
}

/** Reduces any thrown value to the details worth keeping, with the key redacted. */
export function failureDetails(error: unknown, redact: (text: string) => string): FailureDetails {
  if (!(error instanceof Error)) return { name: "Error", message: redact(String(error)) };
  const details: FailureDetails = { name: error.name, message: redact(error.message) };
  if (error instanceof EngageError) {
    if (error.status !== undefined) details.status = error.status;
    if (error.errorCode !== undefined) details.errorCode = error.errorCode;
    if (error.fieldErrors.length > 0) {
      details.fieldErrors = error.fieldErrors.map((fieldError) => ({
        field: fieldError.field,
        message: redact(fieldError.message),
      }));
    }
  }
  return details;
}

/**
 * Tells whether trying the whole order again later may succeed: no answer, a garbled answer,
 * rate limiting or a server error. Answers about the order itself (invalid, contact missing,
 * already exists, job failed) are final.
 */
export function isTransient(error: unknown): boolean {
  if (
    error instanceof NetworkError ||
    error instanceof RateLimitedError ||
    error instanceof MalformedResponseError ||
    error instanceof OutcomeUnknownError
  ) {
    return true;
  }
  return (
    error instanceof EngageError && error.constructor === EngageError && (error.status ?? 0) >= 500
  );
}

/** Tells whether Engage refused the API key: every other order would be refused too. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof EngageError && (error.status === 401 || error.status === 403);
}

/** The explanation printed for a refused key. */
export const unauthorizedHelp =
  "Engage refused the API key (401 Unauthorized). Check ENGAGE_API_KEY (or the file given to --api-key-file) and that the key belongs to the tenant in ENGAGE_BASE_URL; for an emulator, the key it was started with.";
