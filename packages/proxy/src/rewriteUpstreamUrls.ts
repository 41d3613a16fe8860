/** Where upstream URLs are rewritten from and to: both without a trailing slash. */
export interface UrlRewrite {
  /** The upstream base, e.g. `https://tenant.voyado.com`. */
  readonly from: string;
  /** The proxy's public base, e.g. `https://shop.example/engage`. */
  readonly to: string;
}

/**
 * Rewrites one absolute URL under the upstream base to the same path under the proxy's base,
 * so a browser following it (a job `href`, a `Location`, a page link) comes back through the
 * proxy. A URL spelled differently (`HTTPS://Tenant…:443/…`) is compared in its normalized
 * form. Anything else is returned unchanged.
 */
export function rewriteUpstreamUrl(value: string, rewrite: UrlRewrite): string {
  const direct = rewriteByPrefix(value, rewrite);
  if (direct !== undefined) return direct;
  if (!/^https?:\/\//i.test(value)) return value;
  let normalized: string;
  try {
    normalized = new URL(value).href;
  } catch {
    return value;
  }
  // `new URL("https://host").href` ends in "/", which the bare base does not.
  if (normalized === `${rewrite.from}/` && !value.endsWith("/")) return rewrite.to;
  return rewriteByPrefix(normalized, rewrite) ?? value;
}

function rewriteByPrefix(value: string, rewrite: UrlRewrite): string | undefined {
  if (value === rewrite.from) return rewrite.to;
  if (!value.startsWith(rewrite.from)) return undefined;
  const next = value.charAt(rewrite.from.length);
  // `https://tenant.voyado.com.evil.example` starts with the base too: only a path, query or
  // fragment may follow it.
  if (next !== "/" && next !== "?" && next !== "#") return undefined;
  return rewrite.to + value.slice(rewrite.from.length);
}

/**
 * Resolves a `Location` header against the upstream request URL (it may be relative) and
 * rewrites it to the proxy when it points under the upstream base.
 */
export function rewriteLocation(location: string, upstreamUrl: string, rewrite: UrlRewrite) {
  let absolute: string;
  try {
    absolute = new URL(location, upstreamUrl).href;
  } catch {
    return location;
  }
  const rewritten = rewriteUpstreamUrl(absolute, rewrite);
  return rewritten === absolute ? location : rewritten;
}

// A JSON string token: the quotes and everything between, escapes included.
const jsonString = /"(?:[^"\\]|\\.)*"/g;

/**
 * Rewrites every string value in a JSON text that is a URL under the upstream base. It works
 * on the string tokens of the text rather than parsing and re-serializing the whole document,
 * so numbers such as `454.08000000` or ids beyond 2^53 reach the browser byte for byte.
 */
export function rewriteJsonUrls(text: string, rewrite: UrlRewrite): string {
  // Cheap pre-check: without the base's host name (in any case) no URL needs rewriting; a
  // JSON-escaped `\/` spelling still contains it.
  const host = rewrite.from.replace(/^[a-z]+:\/\//i, "").split(/[/:]/)[0] ?? "";
  if (!text.toLowerCase().includes(host)) return text;
  return text.replace(jsonString, (token) => {
    let value: unknown;
    try {
      value = JSON.parse(token);
    } catch {
      return token;
    }
    if (typeof value !== "string") return token;
    const rewritten = rewriteUpstreamUrl(value, rewrite);
    return rewritten === value ? token : JSON.stringify(rewritten);
  });
}
