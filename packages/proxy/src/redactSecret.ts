/** The text that replaces the API key wherever it would otherwise leave the proxy. */
export const redactedMarker = "[redacted]";

/**
 * Creates the spellings under which `secret` may appear in a response: as is, URL-encoded and
 * JSON-escaped (with and without `\/`), longest first so a longer spelling is never cut up by
 * a shorter one replaced before it.
 */
export function secretSpellings(secret: string): readonly string[] {
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  const spellings = new Set([
    secret,
    encodeURIComponent(secret),
    jsonEscaped,
    jsonEscaped.replaceAll("/", "\\/"),
  ]);
  return [...spellings].sort((a, b) => b.length - a.length);
}

/** Replaces every spelling of the secret in `text` with {@link redactedMarker}. */
export function redactText(text: string, spellings: readonly string[]): string {
  let redacted = text;
  for (const spelling of spellings) {
    if (redacted.includes(spelling)) redacted = redacted.replaceAll(spelling, redactedMarker);
  }
  return redacted;
}

/**
 * Replaces every spelling of the secret in `bytes`, working on the bytes so a body that is not
 * valid UTF-8 passes through unchanged when it does not contain the secret.
 */
export function redactBytes(bytes: Uint8Array, spellings: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  let current = bytes;
  for (const spelling of spellings) {
    current = replaceBytes(current, encoder.encode(spelling), encoder.encode(redactedMarker));
  }
  return current;
}

function replaceBytes(haystack: Uint8Array, needle: Uint8Array, replacement: Uint8Array) {
  const parts: Uint8Array[] = [];
  let start = 0;
  let index = indexOfBytes(haystack, needle, 0);
  if (index === -1) return haystack;
  while (index !== -1) {
    parts.push(haystack.subarray(start, index), replacement);
    start = index + needle.length;
    index = indexOfBytes(haystack, needle, start);
  }
  parts.push(haystack.subarray(start));
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const result = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.byteLength;
  }
  return result;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let i = from; i <= last; i++) {
    if (haystack[i] !== first) continue;
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}
