/** The outcome of decoding a request path: its segments, or why the path is refused. */
export type DecodedPath =
  | { readonly ok: true; readonly segments: readonly string[] }
  | { readonly ok: false; readonly reason: string };

// Control characters, NUL included: never legitimate inside an order or job id.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const controlCharacter = /[\u0000-\u001f\u007f]/;

/**
 * Decodes a raw URL path (still percent-encoded, starting with `/`) into segments, refusing
 * anything that could make the upstream read a different path than the one the allow-list
 * matched: dot segments (plain or encoded), an encoded `/` or `\` inside a segment, raw
 * backslashes, double encoding (a `%` left after decoding), malformed escapes and control
 * characters. Empty segments pass: no route has one, so they end as 404.
 */
export function decodePathSegments(rawPath: string): DecodedPath {
  if (!rawPath.startsWith("/")) return { ok: false, reason: "must start with /" };
  if (rawPath.includes("\\")) return { ok: false, reason: "contains a backslash" };
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, reason: "contains a malformed percent-escape" };
    }
    if (segment === "." || segment === "..") return { ok: false, reason: "contains a dot segment" };
    if (segment.includes("/") || segment.includes("\\")) {
      return { ok: false, reason: "contains an encoded slash or backslash" };
    }
    if (segment.includes("%")) return { ok: false, reason: "is encoded twice" };
    if (controlCharacter.test(segment))
      return { ok: false, reason: "contains a control character" };
    segments.push(segment);
  }
  return { ok: true, segments };
}
