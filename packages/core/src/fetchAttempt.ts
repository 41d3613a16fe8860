import type { ClientInternals } from "./clientInternals.ts";
import { parseJson } from "./replyBody.ts";
import type { RequestDescription } from "./requestHeaders.ts";

/** What one attempt brought back: an answer with its body read, or why there was none. */
export type AttemptOutcome =
  | {
      /** The answer. */
      response: Response;
      /** Its headers, with the API key redacted from every value. */
      headers: Headers;
      /** Its body text, with the API key redacted. */
      text: string;
      /** How long the attempt took, in ms. */
      durationMs: number;
    }
  | {
      response: undefined;
      /** The failure, as the fetch threw it (redact before keeping it). */
      error: unknown;
      /** `timeout` when the per-attempt timeout ended it, `network` otherwise. */
      reason: "timeout" | "network";
      durationMs: number;
    };

/**
 * Sends one attempt of a request after a rate-limit slot, reporting its start (the end is the
 * caller's to report, with what it made of the answer): the client's timeout and the caller's
 * signal abort it, and the whole body is read (so no connection leaks) and redacted.
 * A caller's abort rejects with its reason; every other failure is returned.
 */
export async function fetchAttempt(
  client: ClientInternals,
  request: RequestDescription,
  payload: string | undefined,
  signal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  const { method, path } = request;
  signal?.throwIfAborted();
  // Awaited only when there is a limiter: an await costs a turn of the job queue per attempt.
  if (client.limiter) await client.limiter.acquire(signal);
  // The start comes first, so a `headers` function can find what a listener made of it (a
  // tracing span to put in `traceparent`).
  client.emit?.({ type: "request-start", ...request });
  let extraHeaders: Readonly<Record<string, string>>;
  try {
    extraHeaders = client.extraHeaders(request);
  } catch (error) {
    // A `headers` function that throws, or gives a bad value, is the caller's error to see,
    // not a network failure to retry; the attempt still ends for listeners.
    const message = client.redact(error instanceof Error ? error.message : `${error}`);
    client.emit?.({ type: "request", ...request, error: message, durationMs: 0 });
    throw error;
  }
  const controller = new AbortController();
  // A fresh `init` per attempt, so a fetch wrapper that changes it cannot change a retry.
  // Its signal is made on first read: an AbortSignal is costly in some runtimes (Node), and
  // a fetch that never looks at it could not be aborted anyway. The getter is enumerable,
  // so a wrapper that spreads `init` still passes the signal on.
  const init: RequestInit = {
    method,
    redirect: "manual",
    body: payload ?? null,
    get signal() {
      return controller.signal;
    },
  };
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", abort);
  const timer = setTimeout(abort, client.timeoutMs);
  const start = client.now();
  try {
    const response = await client.fetchPath(path, init, extraHeaders);
    // Redacted once, here: everything read from the answer (data, error codes, field
    // errors, bodies, jobs) then cannot carry the key, even when a gateway echoes it.
    const text = redactBody(await response.text(), client.redact);
    signal?.throwIfAborted();
    const headers = redactHeaders(response.headers, client.redact);
    return { response, headers, text, durationMs: client.now() - start };
  } catch (error) {
    signal?.throwIfAborted();
    // Not the caller's abort, so an abort here is our own timeout.
    const reason = controller.signal.aborted ? "timeout" : "network";
    return { response: undefined, error, reason, durationMs: client.now() - start };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}

/**
 * The headers with the key redacted from every value: a `Location` becomes a handle's poll
 * URL, which is sent to browsers. Copied only when a value names the key.
 */
function redactHeaders(headers: Headers, redact: (text: string) => string): Headers {
  let namesKey = false;
  headers.forEach((value) => {
    if (redact(value) !== value) namesKey = true;
  });
  if (!namesKey) return headers;
  const redacted = new Headers();
  headers.forEach((value, name) => {
    redacted.append(name, redact(value));
  });
  return redacted;
}

/**
 * The body text with the key redacted, also where a JSON writer escaped one of its characters
 * (`\u002B` for `+`, `\/` for `/`): the text would not name the key, but the parsed value
 * would. Such a body is re-serialized from its redacted value.
 */
function redactBody(raw: string, redact: (text: string) => string): string {
  const text = redact(raw);
  if (!text.includes("\\")) return text;
  const data = parseJson(text);
  if (data === undefined) return text;
  const json = JSON.stringify(data);
  const redacted = redact(json);
  return redacted === json ? text : redacted;
}
