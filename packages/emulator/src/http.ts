/** A field-level error in an error body. */
export interface FieldError {
  /** The dotted path of the field, e.g. `lineItems.items.0.quantity`. */
  field: string;
  /** Why it is wrong. */
  message: string;
}

/** The error body of every 4xx answer. */
export interface ErrorBody {
  /** A symbolic code such as `InvalidRequest` or `OrderNotFound`. */
  errorCode: string;
  /** A human-readable explanation. */
  message: string;
  /** Field-level errors (empty when the error is not about fields). */
  errors: FieldError[];
}

const jsonType = "application/json; charset=utf-8";

/** Creates a JSON response. */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  // A plain object is cheaper than a Headers instance on the hot path.
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, "content-type": jsonType },
  });
}

/** Creates an error response with `{ errorCode, message, errors }`. */
export function errorResponse(
  status: number,
  errorCode: string,
  message: string,
  errors: FieldError[] = [],
  headers: Record<string, string> = {},
): Response {
  const body: ErrorBody = { errorCode, message, errors };
  return jsonResponse(status, body, headers);
}

/** Creates a 400 `InvalidRequest` with field errors. */
export function invalidRequest(errors: FieldError[], message?: string): Response {
  const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
  return errorResponse(
    400,
    "InvalidRequest",
    message ?? `The request is invalid (${count}).`,
    errors,
  );
}

/** The header that says what Engage's opaque answers leave unsaid; the body stays Engage's. */
const HINT_HEADER = "x-engage-emulator-hint";

/**
 * Creates Engage's own 500 answer, sent when the Content-Type header is missing. Engage's body
 * says nothing of the cause, so the emulator adds a hint header that names it.
 */
export function engageServerError(): Response {
  return jsonResponse(
    500,
    { message: "An error has occurred." },
    {
      [HINT_HEADER]:
        "The Content-Type header is missing: Engage needs Content-Type: application/json on every request, GET and DELETE included.",
    },
  );
}

/** Builds an absolute URL on the emulator's origin from encoded path segments. */
export function absoluteUrl(origin: string, ...segments: string[]): string {
  return `${origin}/${segments.map((segment) => encodeURIComponent(segment)).join("/")}`;
}

/** The absolute URL of a job's status endpoint. */
export function jobUrl(origin: string, jobId: string): string {
  return `${absoluteUrl(origin, "api", "v3", "orders", "jobs")}/${encodeURIComponent(jobId)}`;
}

/** The absolute URL of an order. */
export function orderUrl(origin: string, orderId: string): string {
  return `${absoluteUrl(origin, "api", "v3", "orders")}/${encodeURIComponent(orderId)}`;
}
