/** What stands in for the API key wherever an answer would carry it. */
const REDACTED = "[redacted]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern matching the keys as written raw, percent-encoded (either way a URL or a form
 * encodes them, hex digits in either case) and JSON-escaped: every form in which a caller can
 * send a key or an answer can carry it.
 */
function keyPattern(apiKeys: Iterable<string>): RegExp {
  const forms = new Set(
    [...apiKeys].flatMap((apiKey) => [
      apiKey,
      encodeURIComponent(apiKey),
      new URLSearchParams({ key: apiKey }).toString().slice("key=".length),
      JSON.stringify(apiKey).slice(1, -1),
    ]),
  );
  const alternatives = [...forms]
    .sort((first, second) => second.length - first.length)
    .map(escapeRegExp);
  // Case-insensitive so %2b and %2B both match; a case variant of the key is redacted too.
  return new RegExp(alternatives.join("|"), "gi");
}

/** The pattern of one key, kept: every request is checked against every accepted key. */
const patternsByKey = new Map<string, RegExp>();

function cachedKeyPattern(apiKey: string): RegExp {
  let pattern = patternsByKey.get(apiKey);
  if (pattern === undefined) {
    // Keys are few; a runaway number of them (a fuzzer) only empties the cache.
    if (patternsByKey.size >= 100) patternsByKey.clear();
    pattern = keyPattern([apiKey]);
    patternsByKey.set(apiKey, pattern);
  }
  return pattern;
}

/** Decodes percent-escapes, or gives the text back when it is not valid percent-encoding. */
function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What a caller sent that an answer could echo: the URL and the body, raw and parsed. */
export interface SentText {
  /** The request URL. */
  url: URL;
  /** The header values, the API key headers left out. */
  headerValues: string[];
  /** The raw body text, when one was read. */
  bodyText?: string;
  /** The parsed body, when one was read. */
  body?: unknown;
}

/**
 * Whether the request carries the key anywhere an answer could echo it: raw, percent-encoded,
 * `\u`-escaped in JSON, or percent-encoded inside a decoded path or body string.
 */
export function sendsKey(sent: SentText, apiKey: string): boolean {
  const pattern = cachedKeyPattern(apiKey);
  const texts = [
    sent.url.href,
    decodePercent(sent.url.pathname),
    decodePercent(sent.url.search),
    sent.headerValues.join("\n"),
    sent.bodyText ?? "",
    // Written back as JSON, every parsed string (a \u-escaped one too) shows its characters
    // raw, or JSON-escaped exactly as the pattern's JSON form expects.
    sent.body === undefined ? "" : JSON.stringify(sent.body),
  ];
  // search() ignores the pattern's global flag and lastIndex, so one pattern serves every text.
  const carriesKey = (text: string): boolean => text.search(pattern) !== -1;
  return texts.some((text) => carriesKey(text) || carriesKey(decodePercent(text)));
}

/** Replaces the keys, in every form `keyPattern` knows, in an answer's headers and body. */
export async function withoutKeys(
  response: Response,
  apiKeys: Iterable<string>,
): Promise<Response> {
  const pattern = keyPattern(apiKeys);
  const redact = (text: string): string => text.replace(pattern, REDACTED);
  const text = await response.text();
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    if (name !== "content-length") headers.set(name, redact(value));
  });
  const hasNoBody = response.status === 204 || response.status === 304;
  return new Response(hasNoBody ? null : redact(text), { status: response.status, headers });
}
