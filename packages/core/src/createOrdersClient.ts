import { attachInternals } from "./clientInternals.ts";
import { invalid } from "./errors.ts";
import { createRateLimiter, type RateLimiter } from "./rateLimiter.ts";
import { checkExtraHeaders, type ExtraHeaders } from "./requestHeaders.ts";
import { sleep as realSleep } from "./sleep.ts";
import type { StandardSchemaV1 } from "./standardSchema.ts";
import type { EngageEvent } from "./types.ts";

/** A fetch function, typed structurally so any runtime's or a test's fetch fits. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Standard Schemas checked before sending; a failure throws `ValidationError` and sends nothing. */
export interface OrderSchemas {
  /** Checks v3 orders (create and replace). */
  order?: StandardSchemaV1;
  /** Checks action requests. */
  action?: StandardSchemaV1;
  /** Checks change-status bodies. */
  statusChange?: StandardSchemaV1;
  /** Checks change-delivery bodies. */
  deliveryChange?: StandardSchemaV1;
  /** Checks v2 orders. */
  orderV2?: StandardSchemaV1;
}

/** How failed requests are retried. */
export interface RetryOptions {
  /** The most attempts per request, the first included. Defaults to `3`. */
  attempts?: number;
  /** The cap of the first backoff; it doubles per attempt (full jitter). Defaults to `200`. */
  baseDelayMs?: number;
  /** The longest wait between attempts; `Retry-After` is clamped to it. Defaults to `5000`. */
  maxDelayMs?: number;
  /** The retry budget of the client: each retry spends one token, each success earns 0.2 back. Defaults to `10`. */
  budget?: number;
}

/** The options of `createOrdersClient`. */
export interface OrdersClientOptions {
  /**
   * `https://{tenant}.voyado.com`, or a proxy URL with a path prefix. In a browser page a path
   * such as `/engage` works too: it is resolved against `location`.
   */
  baseUrl: string;
  /**
   * The Engage API key. Keep it on the server: it is never put in an error or an event. Leave
   * it out behind a proxy that adds it (in a browser): then no key header is sent.
   */
  apiKey?: string | undefined;
  /** The `User-Agent` Engage requires (`system/version`). Defaults to `engage-orders/0.1.0`. */
  userAgent?: string;
  /** The header that carries the key. Defaults to `apikey`. */
  apiKeyHeader?: string;
  /**
   * Extra headers: a record sent with every request (a tenant header), or a function called
   * before each attempt with its `requestId`, method, path and `orderId` (a W3C `traceparent`).
   * They never replace the client's own headers (the key header, `Content-Type`, `Accept`,
   * `User-Agent`): a record naming one is refused here, a function's value for one is left
   * out. Defaults to none.
   */
  headers?: ExtraHeaders | undefined;
  /** The fetch to use; called as a plain function. Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike;
  /** Standard Schemas to check bodies with before sending. Defaults to none. */
  schemas?: OrderSchemas;
  /** The timeout of each attempt in milliseconds. Defaults to `10000`. */
  timeoutMs?: number;
  /** Retry settings, or `false` for a single attempt. Defaults to `{}` (see `RetryOptions`). */
  retry?: RetryOptions | false;
  /** Requests per second, a shared `RateLimiter`, or `false` for none. Defaults to `50`. */
  rateLimit?: number | RateLimiter | false;
  /**
   * Receives every request attempt's start and end, retry and poll, with a `requestId` and the
   * `orderId` where there is one; never the key. Defaults to none.
   */
  onEvent?: (event: EngageEvent) => void;
  /** The clock in epoch milliseconds. Defaults to `Date.now`. */
  now?: () => number;
  /** The abortable wait. Defaults to a `setTimeout` wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The random source in [0, 1) for jitter. Defaults to `Math.random`. */
  random?: () => number;
}

/**
 * The client every operation takes first. Create it with `createOrdersClient`. It shows only
 * its `baseUrl`: its settings and state (the key among them) are kept where no caller can
 * reach them, so the client can be logged or serialized without leaking anything.
 */
export interface OrdersClient {
  /** The base URL without a trailing slash. */
  readonly baseUrl: string;
}

/**
 * Creates an Orders API client. It holds settings and a little state (retry budget, rate
 * limiter, observed job durations), out of reach of callers; every operation is a function
 * taking it first.
 *
 * @example
 * ```ts
 * const client = createOrdersClient({
 *   baseUrl: "https://acme.staging.voyado.com",
 *   apiKey: env.ENGAGE_API_KEY,
 *   userAgent: "AcmeShop/2.1",
 * });
 * const handle = await createOrder(client, order);
 * ```
 */
export function createOrdersClient(options: OrdersClientOptions): OrdersClient {
  const {
    baseUrl: base,
    apiKey,
    userAgent = "engage-orders/0.1.0",
    apiKeyHeader = "apikey",
    fetch: customFetch,
    now = Date.now,
    sleep = realSleep,
    rateLimit = 50,
    onEvent,
  } = options;
  let baseUrl = "";
  try {
    // A path such as `/engage` (a proxy on the page's own origin) resolves against the page.
    const url = new URL(base, globalThis.location?.href);
    if (/^https?:$/.test(url.protocol)) baseUrl = (url.origin + url.pathname).replace(/\/+$/, "");
  } catch {}
  if (!baseUrl) invalid("baseUrl", "must be an http(s) URL, or a path in a browser");
  const headers: Record<string, string> = {
    "user-agent": userAgent,
    "content-type": "application/json",
    accept: "application/json",
  };
  // Behind a proxy that adds the key there is none to send.
  if (apiKey !== undefined) headers[apiKeyHeader] = apiKey;
  for (const [field, value] of Object.entries({ apiKey, userAgent })) {
    if (value !== undefined && !/^[^\r\n\0]+$/.test(typeof value === "string" ? value : "")) {
      invalid(field, "must be a header value (no CR, LF or NUL)");
    }
  }
  if (!/^[\w!#$%&'*+.^`|~-]+$/.test(apiKeyHeader)) invalid("apiKeyHeader", "must be a header name");
  // The client's own headers, which extra headers never replace.
  const reserved = new Set(
    [...Object.keys(headers), apiKeyHeader].map((name) => name.toLowerCase()),
  );
  const extraHeaders = options.headers;
  const staticHeaders =
    typeof extraHeaders === "function" || extraHeaders === undefined
      ? {}
      : checkExtraHeaders(extraHeaders, reserved, true);
  const requestIds = requestIdSource();
  const retry = {
    attempts: 3,
    baseDelayMs: 200,
    maxDelayMs: 5000,
    budget: 10,
    ...(options.retry === false ? { attempts: 1 } : options.retry),
  };
  const urlOf = (path: string): string => {
    // The key goes to the configured origin only, whatever path is asked for. `baseUrl` is an
    // origin followed by nothing or by a path, so once a `/` follows it the authority has
    // ended: whatever comes after (`//evil.example`, `/@evil.example`, `/\\evil.example`)
    // is read as a path on that origin. This check needs no URL parse per request.
    if (!path.startsWith("/")) invalid("path", "must be a path on the client's origin");
    return baseUrl + path;
  };
  // The key as sent and as it reads inside a URL (either hex case), longest first.
  const encodedKey = apiKey ? encodeURIComponent(apiKey) : "";
  const keySpellings = [
    ...new Set([
      encodedKey,
      encodedKey.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
      apiKey,
    ]),
  ].filter((spelling): spelling is string => !!spelling);
  const client: OrdersClient = Object.freeze({ baseUrl });
  attachInternals(client, {
    timeoutMs: options.timeoutMs ?? 10_000,
    retry,
    limiter:
      typeof rateLimit === "number"
        ? createRateLimiter(rateLimit, { now, sleep })
        : rateLimit || undefined,
    schemas: options.schemas ?? {},
    now,
    sleep,
    random: options.random ?? Math.random,
    emit: onEvent
      ? (event) => {
          try {
            onEvent(event);
          } catch {}
        }
      : undefined,
    urlOf,
    requestId: requestIds,
    extraHeaders: (request) =>
      typeof extraHeaders === "function"
        ? checkExtraHeaders(extraHeaders(request) ?? {}, reserved, false)
        : staticHeaders,
    fetchPath: (path, init, extra) => {
      const url = urlOf(path);
      // A headers object per request, so a fetch wrapper that adds a header to one request
      // cannot add it to the next.
      init.headers = { ...extra, ...headers };
      // Called as a plain function, never as a method of an object: workerd throws
      // "Illegal invocation" when its fetch runs with a foreign `this`.
      return customFetch ? customFetch(url, init) : globalThis.fetch(url, init);
    },
    // Every answer passes through here, so the common case (no key in it) copies nothing.
    redact: (text) => {
      let redacted = text;
      for (const spelling of keySpellings) {
        if (redacted.includes(spelling)) redacted = redacted.split(spelling).join("[redacted]");
      }
      return redacted;
    },
    tokens: retry.budget,
    durations: [],
  });
  return client;
}

/**
 * Makes request ids unique across clients and processes: a random prefix per client (from
 * `crypto.getRandomValues` where the runtime has it) and a counter.
 */
function requestIdSource(): () => string {
  const bytes = new Uint8Array(6);
  // `crypto` is a global in every runtime the core claims; the check keeps an exotic one working.
  const hasRandomValues =
    typeof crypto !== "undefined" && typeof crypto.getRandomValues === "function";
  if (hasRandomValues) crypto.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index++) bytes[index] = Math.random() * 256;
  const prefix = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  let count = 0;
  return () => {
    count += 1;
    return `${prefix}-${count}`;
  };
}
