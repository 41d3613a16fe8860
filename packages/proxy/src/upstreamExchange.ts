import type { UrlRewrite } from "./rewriteUpstreamUrls.ts";
import type { OrdersProxyOutcome } from "./types.ts";

/** What to send upstream, already checked against the allow-list. */
export interface UpstreamCall {
  /** The request method. */
  readonly method: string;
  /** The upstream URL, path segments re-encoded and only the route's documented query kept. */
  readonly url: string;
  /** The browser's request headers; only the allowed ones are forwarded. */
  readonly incomingHeaders: Headers;
  /** The request body, read in full under the size limit; `undefined` for GET and DELETE. */
  readonly body: Uint8Array | undefined;
  /** Aborts when the browser goes away. */
  readonly signal: AbortSignal;
  /** Where upstream links are rewritten from and to. */
  readonly rewrite: UrlRewrite;
}

/** What forwarding produced: the browser's answer and the facts for the request event. */
export interface ForwardResult {
  /** The answer for the browser. */
  readonly response: Response;
  /** Why the proxy answered as it did. */
  readonly outcome: OrdersProxyOutcome;
  /** The upstream status, when upstream answered. */
  readonly upstreamStatus?: number;
  /** Whether a spelling of the key was found and redacted. */
  readonly redacted?: boolean;
  /** The error behind a failure, with the key redacted. */
  readonly error?: string;
}
