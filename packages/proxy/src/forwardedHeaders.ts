/**
 * The browser request headers forwarded upstream by default. The proxy forwards an allow-list
 * rather than stripping a deny-list: a browser request carries cookies, `Authorization`,
 * `X-HTTP-Method-Override` and the like, none of which Engage should ever see next to the key.
 */
export const defaultForwardedRequestHeaders: readonly string[] = [
  "accept",
  "accept-language",
  "if-match",
  "if-none-match",
  "traceparent",
  "tracestate",
  "x-request-id",
];

/**
 * The upstream response headers passed back to the browser. `Content-Length` and
 * `Content-Encoding` are left out on purpose: `fetch` has already decoded the body, and the
 * proxy may rewrite or redact it, so the runtime recomputes both. `Set-Cookie` never passes.
 */
export const forwardedResponseHeaders: readonly string[] = [
  "content-type",
  "content-language",
  "location",
  "content-location",
  "retry-after",
  "etag",
  "last-modified",
  "x-request-id",
  "traceparent",
];

/**
 * The headers that may never be forwarded in either direction, even when an option asks for
 * them: credentials, cookies and hop-by-hop headers (RFC 9110 §7.6.1).
 */
export const neverForwardedHeaders: readonly string[] = [
  "apikey",
  "x-api-key",
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "connection",
  "keep-alive",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
  "content-length",
  "content-encoding",
  "x-http-method-override",
  "x-http-method",
  "x-method-override",
];

/** The headers a browser sends that the runtime or the `Connection` header marks hop-by-hop. */
function hopByHop(headers: Headers): Set<string> {
  const named = (headers.get("connection") ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  return new Set(named);
}

/**
 * Creates the upstream request headers: the allowed browser headers, then the ones the proxy
 * owns (`Content-Type`, `User-Agent` and the API key), which always win over anything the
 * browser sent.
 */
export function createUpstreamHeaders(
  incoming: Headers,
  allowed: readonly string[],
  injected: { readonly apiKeyHeader: string; readonly apiKey: string; readonly userAgent: string },
): Headers {
  const outgoing = new Headers();
  const dropped = hopByHop(incoming);
  for (const name of allowed) {
    if (dropped.has(name) || name === injected.apiKeyHeader) continue;
    const value = incoming.get(name);
    if (value !== null) outgoing.set(name, value);
  }
  outgoing.set("content-type", "application/json");
  outgoing.set("user-agent", injected.userAgent);
  outgoing.set(injected.apiKeyHeader, injected.apiKey);
  return outgoing;
}
