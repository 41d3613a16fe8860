import type { OrdersRouteName } from "./ordersRoutes.ts";

/** The structural type of `fetch` the proxy forwards with: the platform's, or an emulator's. */
export type FetchLike = (input: Request) => Promise<Response>;

/** What the `authorize` hook learns about the request besides the request itself. */
export interface AuthorizeContext {
  /** The matched route, e.g. `"getOrder"`. */
  readonly route: OrdersRouteName;
  /** The decoded path parameters, e.g. `{ orderId: "A-1" }`. */
  readonly params: Readonly<Record<string, string>>;
  /** The decoded query parameters, e.g. `{ contactId: "c-1" }` (each name appears once). */
  readonly query: Readonly<Record<string, string>>;
}

/**
 * The answer of an `authorize` hook: `true` forwards the request, `false` answers 403, a
 * `Response` is sent as is (say a 401 with `WWW-Authenticate`). Throwing answers 401.
 */
export type AuthorizeResult = boolean | Response;

/** The CORS settings for browsers calling the proxy from another origin. */
export interface OrdersProxyCors {
  /**
   * The origins allowed to call the proxy, e.g. `["https://shop.example"]`, or `"*"` for any
   * origin (refused together with `credentials`).
   */
  readonly origins: readonly string[] | "*";
  /** Whether browsers may send cookies or `Authorization` cross-origin. Defaults to `false`. */
  readonly credentials?: boolean;
  /** How long browsers may cache a preflight answer, in seconds. Defaults to `600`. */
  readonly maxAge?: number;
  /**
   * The request headers browsers may send. Defaults to `Content-Type`, `Authorization`, the
   * key headers and `User-Agent` a browser-side client sends (the proxy drops them) and the
   * forwarded request headers.
   */
  readonly allowHeaders?: readonly string[];
}

/** Why the proxy answered as it did, for logs and metrics. */
export type OrdersProxyOutcome =
  | "forwarded"
  | "preflight"
  | "options"
  | "invalid-path"
  | "invalid-request"
  | "not-found"
  | "method-not-allowed"
  | "origin-refused"
  | "unauthorized"
  | "forbidden"
  | "payload-too-large"
  | "request-timeout"
  | "rate-limited"
  | "unsupported-media-type"
  | "upstream-unavailable"
  | "upstream-timeout"
  | "upstream-response-too-large"
  | "upstream-unreadable-body"
  | "proxy-error";

/** The event the proxy emits once per request, after its answer is decided. Never holds the key. */
export interface OrdersProxyEvent {
  /** The request method. */
  readonly method: string;
  /** The request path below the mount prefix, without the query (which may carry contact ids). */
  readonly path: string;
  /** The matched route, when there was one. */
  readonly route?: OrdersRouteName;
  /** What happened. */
  readonly outcome: OrdersProxyOutcome;
  /** The status sent to the browser. */
  readonly status: number;
  /** The upstream status, when the request was forwarded and answered. */
  readonly upstreamStatus?: number;
  /** Milliseconds from the request to the answer, measured with the `now` option. */
  readonly durationMs: number;
  /** Whether the key, or a spelling of it, was found and redacted in the upstream answer. */
  readonly redacted?: boolean;
  /**
   * Why: the error behind an `upstream-*` or `unauthorized` outcome (the key redacted), or
   * what an `origin-refused` request lacked.
   */
  readonly error?: string;
}

/** The options of {@link createOrdersProxy}. */
export interface OrdersProxyOptions {
  /** The Engage tenant (`https://tenant.voyado.com`) or the emulator's URL. */
  readonly baseUrl: string;
  /** The Engage API key; it never leaves the server. */
  readonly apiKey: string;
  /** The header carrying the key. Defaults to `"apikey"`. */
  readonly apiKeyHeader?: string;
  /** The `User-Agent` Engage requires, `system/version`. Defaults to `"engage-orders-proxy/0.1"`. */
  readonly userAgent?: string;
  /**
   * Decides whether a browser request may be forwarded, before its body is read. Return
   * `true` to forward, `false` for 403, or a `Response` to send; a thrown error answers 401.
   * Read the body only through `request.clone()`. Defaults to allowing every request, so put
   * the proxy behind your own authentication when you leave it out.
   */
  readonly authorize?: (
    request: Request,
    context: AuthorizeContext,
  ) => AuthorizeResult | Promise<AuthorizeResult>;
  /** The routes forwarded. Defaults to every Orders route (`ordersRouteNames`). */
  readonly allowedRoutes?: readonly OrdersRouteName[];
  /** The path the proxy is mounted under, e.g. `"/engage"`. Defaults to `""` (the root). */
  readonly basePath?: string;
  /**
   * The proxy's public origin (`https://shop.example`): the origin of the pages that call it
   * from the same site, and the origin rewritten links point to. A browser request with an
   * `Origin` header is forwarded only when that origin is this one or in `cors.origins`; the
   * request URL (whose host comes from the `Host` header, which a DNS-rebinding page sets)
   * never counts. Without it, links use the request URL's origin and only `cors.origins` may
   * call. `X-Forwarded-*` headers are never trusted.
   */
  readonly publicOrigin?: string;
  /** The `fetch` used to reach upstream, looked up at call time. Defaults to `globalThis.fetch`. */
  readonly fetch?: FetchLike;
  /** The largest request body forwarded, in bytes. Defaults to `1048576` (1 MiB). */
  readonly maxBodyBytes?: number;
  /** The largest upstream response body passed back, in bytes. Defaults to `8388608` (8 MiB). */
  readonly maxResponseBytes?: number;
  /**
   * How long the browser may take to send the whole request body, in ms, before the proxy
   * answers 408 and forwards nothing (Node's own limit is 300 s). Defaults to `10000`.
   */
  readonly bodyTimeoutMs?: number;
  /** How long to wait for upstream before answering 504, in ms. Defaults to `30000`. */
  readonly timeoutMs?: number;
  /**
   * The most requests forwarded per second (with a burst of as many), across all browsers,
   * so a flood cannot get the shared key rate-limited by Engage (which wants under 50/s per
   * key, 429 above 200/s). Over it, the proxy answers 429 `RateLimited` with `Retry-After`
   * and forwards nothing. The count is per proxy instance: divide by the instances you run.
   * `false` turns it off. Defaults to `{ perSecond: 50 }`.
   */
  readonly rateLimit?: { readonly perSecond: number; readonly burst?: number } | false;
  /** Extra browser request headers to forward besides `defaultForwardedRequestHeaders`. */
  readonly forwardHeaders?: readonly string[];
  /** CORS for browsers on other origins. Defaults to none: only same-origin browsers. */
  readonly cors?: OrdersProxyCors;
  /** Receives one event per request, for logging. Its errors are ignored. */
  readonly onRequest?: (event: OrdersProxyEvent) => void;
  /** The clock for `durationMs`. Defaults to `Date.now`. */
  readonly now?: () => number;
}

/** The proxy: a web-standard fetch handler. */
export interface OrdersProxy {
  (request: Request): Promise<Response>;
  /**
   * The headers every answer to a browser sending this `Origin` carries: `Cache-Control:
   * no-store`, `X-Content-Type-Options: nosniff` and the CORS headers. A runtime adapter adds
   * them to an answer it gives before a `Request` exists (a raw path refused, a method no
   * `Request` can carry), so the page can read why like any other refusal.
   */
  readonly answerHeaders: (origin: string | null) => Record<string, string>;
}
