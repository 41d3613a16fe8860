/** One field error in the proxy's error body. */
export interface ProxyFieldError {
  /** The dotted path of the field, e.g. `query.contactId`. */
  readonly field: string;
  /** Why it was refused. */
  readonly message: string;
}

/**
 * Creates a JSON error response in the project's error shape
 * (`{ errorCode, message, errors }`), so browser code parses the proxy's own refusals with the
 * same code it uses for Engage's errors.
 */
export function errorResponse(
  status: number,
  errorCode: string,
  message: string,
  errors: readonly ProxyFieldError[] = [],
  headers?: Record<string, string>,
): Response {
  return new Response(JSON.stringify({ errorCode, message, errors }), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      // Set here too, so an answer made before the proxy exists (a misconfigured Worker)
      // is as uncacheable and unsniffable as every other.
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      ...headers,
    },
  });
}
