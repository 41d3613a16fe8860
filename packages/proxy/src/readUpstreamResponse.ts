import { errorResponse } from "./errorResponse.ts";
import { forwardedResponseHeaders } from "./forwardedHeaders.ts";
import { redactBytes, redactText } from "./redactSecret.ts";
import type { ResolvedProxyOptions } from "./resolveProxyOptions.ts";
import { rewriteJsonUrls, rewriteLocation } from "./rewriteUpstreamUrls.ts";
import type { ForwardResult, UpstreamCall } from "./upstreamExchange.ts";

const nullBodyStatus = new Set([101, 204, 205, 304]);
const jsonType = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * Turns an upstream answer (its body already read in full) into the browser's: only the
 * allowed headers, `Location`-style headers and JSON string values under the upstream base
 * rewritten to the proxy, and every spelling of the API key redacted from headers and body.
 */
export function readUpstreamResponse(
  upstream: Response,
  bytes: Uint8Array,
  call: UpstreamCall,
  config: ResolvedProxyOptions,
): ForwardResult {
  if (upstream.status < 200 || upstream.status > 599) {
    return {
      response: errorResponse(502, "UpstreamInvalidStatus", "The Engage API answered oddly."),
      outcome: "upstream-unavailable",
      upstreamStatus: upstream.status,
    };
  }
  let redacted = false;
  const headers = new Headers();
  for (const name of forwardedResponseHeaders) {
    const value = upstream.headers.get(name);
    if (value === null) continue;
    const rewritten =
      name === "location" || name === "content-location"
        ? rewriteLocation(value, call.url, call.rewrite)
        : value;
    const safe = redactText(rewritten, config.secretSpellings);
    if (safe !== rewritten) redacted = true;
    headers.set(name, safe);
  }

  let body: Uint8Array = bytes;
  const contentType = upstream.headers.get("content-type") ?? "";
  if (bytes.byteLength > 0 && jsonType.test(contentType)) {
    const text = decodeUtf8(bytes);
    if (text !== undefined) {
      const rewritten = rewriteJsonUrls(text, call.rewrite);
      const safe = redactText(rewritten, config.secretSpellings);
      if (safe !== rewritten) redacted = true;
      if (safe !== text) body = new TextEncoder().encode(safe);
    }
  }
  if (body === bytes) {
    const safe = redactBytes(bytes, config.secretSpellings);
    if (safe !== bytes) redacted = true;
    body = safe;
  }

  const response = new Response(nullBodyStatus.has(upstream.status) ? null : body.slice(), {
    status: upstream.status,
    statusText: redactText(upstream.statusText, config.secretSpellings),
    headers,
  });
  return { response, outcome: "forwarded", upstreamStatus: upstream.status, redacted };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
