import { errorResponse } from "../http.ts";
import type { Validation } from "../validators.ts";

/** Answers a failed validation with its status, error code and field errors. */
export function validationFailed(result: Extract<Validation, { ok: false }>): Response {
  const count = result.errors.length === 1 ? "1 error" : `${result.errors.length} errors`;
  const message =
    result.message ??
    (result.status === 400
      ? `The request body is invalid (${count}).`
      : `The order does not add up (${count}).`);
  return errorResponse(result.status, result.errorCode, message, result.errors);
}
