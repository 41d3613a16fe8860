import { createTokenBucket, type TokenBucket } from "./createTokenBucket.ts";
import { defaultForwardedRequestHeaders, neverForwardedHeaders } from "./forwardedHeaders.ts";
import { type OrdersRoute, type OrdersRouteName, ordersRoutes } from "./ordersRoutes.ts";
import { secretPattern } from "./redactSecret.ts";
import type { OrdersProxyEvent, OrdersProxyOptions } from "./types.ts";

/** The proxy options after validation, with every default applied. */
export interface ResolvedProxyOptions {
  readonly upstreamBase: string;
  readonly apiKey: string;
  readonly apiKeyHeader: string;
  readonly userAgent: string;
  readonly routes: readonly OrdersRoute[];
  readonly basePath: string;
  readonly publicOrigin: string | undefined;
  readonly maxBodyBytes: number;
  readonly maxResponseBytes: number;
  readonly timeoutMs: number;
  readonly bodyTimeoutMs: number;
  readonly forwardHeaders: readonly string[];
  readonly cors:
    | {
        readonly origins: readonly string[] | "*";
        readonly credentials: boolean;
        readonly maxAge: number;
        readonly allowHeaders: readonly string[];
      }
    | undefined;
  readonly secretPattern: RegExp;
  readonly rateLimiter: TokenBucket | undefined;
  readonly authorize: OrdersProxyOptions["authorize"];
  readonly onRequest: ((event: OrdersProxyEvent) => void) | undefined;
  readonly now: () => number;
}

const headerName = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

function fail(field: string, why: string): never {
  throw new TypeError(`createOrdersProxy: \`${field}\` ${why}.`);
}

function positiveInteger(field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) fail(field, "must be a positive integer");
  return value;
}

function originOf(field: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(field, "must be an absolute http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    fail(field, "must be an absolute http(s) URL");
  }
  return url.origin;
}

/**
 * Validates the options of `createOrdersProxy` and applies the defaults, throwing a
 * `TypeError` naming the field and why. No message ever contains the API key.
 */
export function resolveProxyOptions(options: OrdersProxyOptions): ResolvedProxyOptions {
  if (typeof options.baseUrl !== "string") fail("baseUrl", "must be a string");
  const base = new URL(originOf("baseUrl", options.baseUrl));
  const given = new URL(options.baseUrl);
  if (given.search !== "" || given.hash !== "" || given.username !== "" || given.password !== "") {
    fail("baseUrl", "must not carry a query, a fragment or credentials");
  }
  const upstreamBase = `${base.origin}${given.pathname.replace(/\/+$/, "")}`;

  if (typeof options.apiKey !== "string" || options.apiKey.trim() === "") {
    fail("apiKey", "must be a non-empty string");
  }
  // A very short key would be "redacted" out of ordinary words in every response.
  if (options.apiKey.length < 8) fail("apiKey", "must be at least 8 characters long");

  const apiKeyHeader = (options.apiKeyHeader ?? "apikey").toLowerCase();
  if (!headerName.test(apiKeyHeader)) fail("apiKeyHeader", "must be a valid header name");

  const userAgent = options.userAgent ?? "engage-orders-proxy/0.1";
  if (userAgent.trim() === "" || /[\r\n]/.test(userAgent)) {
    fail("userAgent", "must be a non-empty single-line string such as `AcmeShop/1.0`");
  }

  const allowed = options.allowedRoutes;
  if (allowed !== undefined) {
    if (allowed.length === 0) fail("allowedRoutes", "must name at least one route");
    for (const name of allowed) {
      if (!ordersRoutes.some((route) => route.name === name)) {
        fail("allowedRoutes", `names an unknown route "${String(name)}"`);
      }
    }
  }
  const routes = ordersRoutes.filter(
    (route) => allowed === undefined || allowed.includes(route.name as OrdersRouteName),
  );

  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  if (basePath !== "" && (!basePath.startsWith("/") || basePath.includes("//"))) {
    fail("basePath", 'must start with "/", like "/engage"');
  }
  if (basePath.includes("..") || basePath.includes("\\") || basePath.includes("%")) {
    fail("basePath", "must be a plain path without dot segments, backslashes or escapes");
  }

  const publicOrigin =
    options.publicOrigin === undefined ? undefined : originOf("publicOrigin", options.publicOrigin);

  const forwardHeaders = [...defaultForwardedRequestHeaders];
  for (const name of options.forwardHeaders ?? []) {
    const lower = name.toLowerCase();
    if (!headerName.test(lower)) fail("forwardHeaders", `has an invalid header name "${name}"`);
    if (neverForwardedHeaders.includes(lower) || lower === apiKeyHeader) {
      fail("forwardHeaders", `must not include "${name}": credentials and hop-by-hop stay here`);
    }
    if (!forwardHeaders.includes(lower)) forwardHeaders.push(lower);
  }

  const now = options.now ?? Date.now;
  let rateLimiter: TokenBucket | undefined;
  const rateLimit = options.rateLimit ?? { perSecond: 50 };
  if (rateLimit !== false) {
    if (!(Number.isFinite(rateLimit.perSecond) && rateLimit.perSecond > 0)) {
      fail("rateLimit.perSecond", "must be a positive number");
    }
    const burst = rateLimit.burst ?? Math.max(1, Math.floor(rateLimit.perSecond));
    if (!Number.isSafeInteger(burst) || burst < 1)
      fail("rateLimit.burst", "must be a positive integer");
    rateLimiter = createTokenBucket(rateLimit.perSecond, burst, now);
  }

  return {
    upstreamBase,
    apiKey: options.apiKey,
    apiKeyHeader,
    userAgent,
    routes,
    basePath,
    publicOrigin,
    maxBodyBytes: positiveInteger("maxBodyBytes", options.maxBodyBytes, 1024 * 1024),
    maxResponseBytes: positiveInteger(
      "maxResponseBytes",
      options.maxResponseBytes,
      8 * 1024 * 1024,
    ),
    timeoutMs: positiveInteger("timeoutMs", options.timeoutMs, 30_000),
    bodyTimeoutMs: positiveInteger("bodyTimeoutMs", options.bodyTimeoutMs, 10_000),
    forwardHeaders,
    cors: resolveCors(options, forwardHeaders, apiKeyHeader),
    secretPattern: secretPattern(options.apiKey),
    rateLimiter,
    authorize: options.authorize,
    onRequest: options.onRequest,
    now,
  };
}

function resolveCors(
  options: OrdersProxyOptions,
  forwardHeaders: readonly string[],
  apiKeyHeader: string,
) {
  const cors = options.cors;
  if (cors === undefined) return undefined;
  const credentials = cors.credentials ?? false;
  let origins: readonly string[] | "*";
  if (cors.origins === "*") {
    if (credentials) fail("cors.origins", 'must list origins when `credentials` is true, not "*"');
    origins = "*";
  } else {
    if (!Array.isArray(cors.origins)) fail("cors.origins", 'must be an array of origins or "*"');
    origins = cors.origins.map((origin, index) => {
      if (origin === "*") fail(`cors.origins.${index}`, 'must not be "*" inside a list');
      const normalized = originOf(`cors.origins.${index}`, origin);
      if (normalized !== origin.replace(/\/$/, "")) {
        fail(`cors.origins.${index}`, "must be an origin only (scheme, host and port)");
      }
      return normalized;
    });
  }
  const maxAge = cors.maxAge ?? 600;
  if (!Number.isSafeInteger(maxAge) || maxAge < 0) {
    fail("cors.maxAge", "must be a non-negative integer");
  }
  // The core client in a browser still sends its (placeholder) key header and, in some
  // browsers, User-Agent: a preflight listing them must pass. The proxy drops both anyway.
  const allowHeaders = cors.allowHeaders?.map((name) => name.toLowerCase()) ?? [
    ...new Set([
      "content-type",
      "authorization",
      "apikey",
      "x-api-key",
      apiKeyHeader,
      "user-agent",
      ...forwardHeaders,
    ]),
  ];
  for (const name of allowHeaders) {
    if (!headerName.test(name)) fail("cors.allowHeaders", `has an invalid header name "${name}"`);
  }
  return { origins, credentials, maxAge, allowHeaders };
}
