import { errorResponse } from "./errorResponse.ts";
import { forwardedResponseHeaders } from "./forwardedHeaders.ts";
import { redactText } from "./redactSecret.ts";
import type { ResolvedProxyOptions } from "./resolveProxyOptions.ts";
import { rewriteJsonUrls, rewriteLocation } from "./rewriteUpstreamUrls.ts";
import type { ForwardResult, UpstreamCall } from "./upstreamExchange.ts";

const nullBodyStatus = new Set([101, 204, 205, 304]);
const jsonType = /^application\/(?:[\w.+-]+\+)?json\b/i;
const plainTextType = /^text\/plain\b/i;
const charsetParameter = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/**
 * Turns an upstream answer (its body already read in full) into the browser's: only the
 * allowed headers, `Location`-style headers and JSON string values under the upstream base
 * rewritten to the proxy, and every spelling of the API key redacted from headers and body.
 * The body is decoded by its charset (UTF-8 when none is named) and sent on as UTF-8; a body
 * that cannot be decoded, so cannot be searched for the key, is not passed on at all. Only
 * JSON and plain text keep their type: anything else (an HTML error page above all) reaches
 * the browser as `text/plain`, so it can never run as a page of the shop's origin.
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
    const safe = redactText(rewritten, config.secretPattern);
    if (safe !== rewritten) redacted = true;
    headers.set(name, safe);
  }

  // The body as text: the Response encodes it as UTF-8.
  let body: string | null = null;
  if (!nullBodyStatus.has(upstream.status) && bytes.byteLength > 0) {
    const contentType = upstream.headers.get("content-type") ?? "";
    const text = decodeBody(bytes, contentType);
    if (text === undefined || hidesSecretBetweenNuls(text, config.secretPattern)) {
      return {
        response: errorResponse(
          502,
          "UpstreamUnreadableBody",
          `The Engage API answered ${upstream.status} with a body that is not text in its declared charset; it is not passed on.`,
        ),
        outcome: "upstream-unreadable-body",
        upstreamStatus: upstream.status,
      };
    }
    const isJson = jsonType.test(contentType);
    const rewritten = isJson ? rewriteJsonUrls(text, call.rewrite) : text;
    const safe = redactText(rewritten, config.secretPattern);
    if (safe !== rewritten) redacted = true;
    body = safe;
  }
  const declaredType = upstream.headers.get("content-type");
  if (declaredType !== null) {
    // Even over an empty body, an HTML type is never handed to the browser.
    headers.set("content-type", browserContentType(declaredType, jsonType.test(declaredType)));
  }

  const response = new Response(body, {
    status: upstream.status,
    statusText: redactText(upstream.statusText, config.secretPattern),
    headers,
  });
  return { response, outcome: "forwarded", upstreamStatus: upstream.status, redacted };
}

/** Decodes a body by the charset its `Content-Type` names (UTF-8 when none), or `undefined`. */
function decodeBody(bytes: Uint8Array, contentType: string): string | undefined {
  const label = charsetParameter.exec(contentType)?.[1] ?? "utf-8";
  try {
    const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: isUtf8(label) });
    return decoder.decode(bytes);
  } catch {
    // An unknown charset, or bytes that are not valid in it.
    return undefined;
  }
}

function isUtf8(label: string): boolean {
  return /^(?:utf-?8|unicode-1-1-utf-8)$/i.test(label);
}

/**
 * Whether the key shows once NUL characters are dropped: UTF-16 text sent under a one-byte
 * charset decodes "validly" with a NUL between letters, and a reader that drops them sees it.
 */
function hidesSecretBetweenNuls(text: string, pattern: RegExp): boolean {
  if (!text.includes("\u0000")) return false;
  const withoutNuls = text.replaceAll("\u0000", "");
  return redactText(withoutNuls, pattern) !== withoutNuls;
}

/**
 * The type the browser gets: JSON and plain text as declared (with `charset=utf-8` when the
 * body was re-encoded from another charset), anything else as plain text.
 */
function browserContentType(declared: string, isJson: boolean): string {
  const essence = declared.split(";")[0]?.trim() ?? "";
  const keepsType = isJson || plainTextType.test(essence);
  if (!keepsType) return "text/plain; charset=utf-8";
  const label = charsetParameter.exec(declared)?.[1];
  if (label === undefined || isUtf8(label)) return declared;
  return `${essence}; charset=utf-8`;
}
