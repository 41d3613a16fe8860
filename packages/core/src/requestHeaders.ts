import { invalid } from "./errors.ts";

/** What the client tells a `headers` function about the attempt it is about to send. */
export interface RequestDescription {
  /** The id of the logical request; its retries share it. */
  requestId: string;
  /** The attempt, from 1. */
  attempt: number;
  /** The HTTP method. */
  method: string;
  /** The path from `/api/` on. */
  path: string;
  /** The order concerned, when there is one. */
  orderId?: string | undefined;
}

/**
 * Extra headers for every request (a tenant header), or a function that gives them per
 * attempt (a `traceparent` for the current span). They never replace the headers the client
 * sets itself: the key header, `Content-Type`, `Accept` and `User-Agent`.
 */
export type ExtraHeaders =
  | Readonly<Record<string, string>>
  | ((request: RequestDescription) => Readonly<Record<string, string>> | undefined);

const headerName = /^[\w!#$%&'*+.^`|~-]+$/;
const headerValue = /^[^\r\n\0]*$/;

/**
 * Checks extra headers: each name a header name, each value free of CR, LF and NUL, and none
 * of the client's own (`reserved`, lower case). `strict` refuses a client header (options
 * given at creation); otherwise (a function's result per attempt) it is left out, so the
 * client's value always wins.
 */
export function checkExtraHeaders(
  extra: Readonly<Record<string, string>>,
  reserved: ReadonlySet<string>,
  strict: boolean,
): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(extra)) {
    const field = `headers.${name}`;
    if (!headerName.test(name)) invalid(field, "must be a header name");
    if (typeof value !== "string" || !headerValue.test(value)) {
      invalid(field, "must be a header value (no CR, LF or NUL)");
    }
    if (reserved.has(name.toLowerCase())) {
      if (strict) invalid(field, "is set by the client and cannot be replaced");
      continue;
    }
    checked[name] = value;
  }
  return checked;
}
