import type { ResolvedProxyOptions } from "./resolveProxyOptions.ts";

type Cors = NonNullable<ResolvedProxyOptions["cors"]>;

/** Whether a browser `Origin` is allowed by the CORS settings. */
export function isOriginAllowed(origin: string, cors: Cors | undefined): boolean {
  if (cors === undefined) return false;
  return cors.origins === "*" || cors.origins.includes(origin);
}

/**
 * Creates the CORS headers for an answer to `origin`: none when the origin is not allowed,
 * so the browser withholds the answer from the page. The allowed origin is echoed (never `*`
 * together with credentials) and `Vary: Origin` keeps caches from mixing origins up.
 */
export function corsHeaders(origin: string | null, cors: Cors | undefined): Record<string, string> {
  if (cors === undefined) return {};
  const headers: Record<string, string> = { vary: "Origin" };
  if (origin === null || !isOriginAllowed(origin, cors)) return headers;
  headers["access-control-allow-origin"] = cors.origins === "*" ? "*" : origin;
  if (cors.credentials) headers["access-control-allow-credentials"] = "true";
  // Browser code needs `Location` to poll a job and `Retry-After` to back off.
  headers["access-control-expose-headers"] = "Location, Retry-After, ETag, Content-Location";
  return headers;
}

/** Creates the extra headers of a successful preflight answer. */
export function preflightHeaders(methods: readonly string[], cors: Cors): Record<string, string> {
  return {
    "access-control-allow-methods": methods.join(", "),
    "access-control-allow-headers": cors.allowHeaders.join(", "),
    "access-control-max-age": String(cors.maxAge),
  };
}
