import type { OrdersClient } from "./createOrdersClient";
import {
  ContactMissingError,
  EngageError,
  type ErrorDetails,
  MalformedResponseError,
  NetworkError,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  OutcomeUnknownError,
  RateLimitedError,
  VersionTagMismatchError,
} from "./errors";
import type { Attempt, FieldError } from "./types";

/** An answer with its body already read (every body is consumed, so no connection leaks). */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  data: unknown;
  path: string;
  attempts: Attempt[];
}

/** How one logical request is sent. */
export interface SendOptions {
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Never re-send once the request may have reached Engage (only 429 and 503 are retried). */
  once?: boolean;
  /** No retry wait may end after this epoch time (a job deadline). */
  until?: number | undefined;
  /** The class of a bare 404. Defaults to `OrderNotFoundError`. */
  notFound?: typeof EngageError;
  /** Extra details for any error. */
  info?: ErrorDetails;
}

type Data = Record<string, unknown>;

/** Tells whether a value is a non-null object. */
export const isObject = (value: unknown): value is Data =>
  typeof value === "object" && value !== null;

/** Returns the value when it is a non-empty string. */
export const text = (value: unknown): string | undefined =>
  typeof value === "string" && value ? value : undefined;

/** Tells whether an attempt may have been processed by Engage (no answer, or a 5xx other than 503). */
export const unclear = (a: Attempt): boolean => !a.status || (a.status > 499 && a.status !== 503);

/** Tells whether an earlier attempt than the last one had an unknown outcome. */
export const resent = (attempts: Attempt[]): boolean => attempts.slice(0, -1).some(unclear);

/** The path of an order, URL-encoded. */
export const orderPath = (orderId: string): string =>
  `/api/v3/orders/${encodeURIComponent(orderId)}`;

/** Milliseconds from a `Retry-After` value (seconds or an HTTP date); nothing when unusable. */
export function retryAfter(value: string | null, now: number): number | undefined {
  if (!value) return;
  const seconds = +value;
  const ms = Number.isNaN(seconds) ? Date.parse(value) - now : seconds * 1000;
  return ms > 0 ? ms : undefined;
}

/**
 * Puts a URL or path onto the client's base URL: everything before the first `/api/` is
 * replaced by `baseUrl`, so the key only ever goes to the configured origin and a handle made
 * behind one proxy resumes behind another.
 */
export function rebase(client: OrdersClient, url: string): string {
  const u = new URL(url, `${client.baseUrl}/`);
  const at = u.pathname.indexOf("/api/");
  return (at < 0 ? u.pathname : u.pathname.slice(at)) + u.search;
}

/** Returns the reply's body as an object, or throws `MalformedResponseError`. */
export function body(reply: Reply): Data {
  if (isObject(reply.data)) return reply.data;
  malformed(reply, "is not a JSON object");
}

/** Throws a `MalformedResponseError` about a successful answer that breaks the contract. */
export function malformed(reply: Reply, problem: string): never {
  throw new MalformedResponseError(`${reply.path}: the answer ${problem}`, {
    status: reply.status,
    body: reply.text,
    path: reply.path,
  });
}

/**
 * Sends a request with timeout, rate limit and retries. Network errors, 5xx and 429 are
 * retried with full-jitter backoff while the client's retry budget lasts; `once` requests are
 * retried only on 429 and 503, which mean "not processed".
 */
export async function send(
  client: OrdersClient,
  method: string,
  target: string,
  options: SendOptions = {},
): Promise<Reply> {
  const { signal, once, until } = options;
  const { retry, now } = client;
  const path = rebase(client, target);
  const attempts: Attempt[] = [];
  const init: RequestInit = { method, redirect: "manual" };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  for (;;) {
    signal?.throwIfAborted();
    await client.limiter?.acquire(signal);
    const controller = new AbortController();
    const stop = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", stop);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, client.timeoutMs);
    const start = now();
    let response: Response | undefined;
    let raw = "";
    let error: unknown;
    try {
      response = await client.fetch(client.baseUrl + path, { ...init, signal: controller.signal });
      raw = await response.text();
    } catch (e) {
      error = e;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", stop);
    }
    signal?.throwIfAborted();
    const status = error ? undefined : response!.status;
    const reason = error ? (timedOut ? "timeout" : "network") : `${status}`;
    const attempt: Attempt = { reason, delayMs: 0 };
    if (status !== undefined) attempt.status = status;
    attempts.push(attempt);
    const message = error ? client.redact(String((error as Error)?.message ?? error)) : undefined;
    client.emit({
      type: "request",
      method,
      path,
      attempt: attempts.length,
      durationMs: now() - start,
      ...(status !== undefined ? { status } : { error: message! }),
    });
    // An opaque redirect (status 0) is a redirect the runtime would not show: still an answer.
    if (status !== undefined && status < 400) {
      client.tokens = Math.min(retry.budget, client.tokens + 0.2);
      let data: unknown;
      try {
        data = raw ? JSON.parse(raw) : undefined;
      } catch {}
      return { status, headers: response!.headers, text: raw, data, path, attempts };
    }
    const notProcessed = status === 429 || status === 503;
    const wait = retryAfter(response?.headers.get("retry-after") ?? null, now());
    if (
      (notProcessed || (!once && (!status || status > 499))) &&
      attempts.length < retry.attempts &&
      client.tokens >= 1
    ) {
      const cap = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempts.length);
      const delayMs = Math.min(retry.maxDelayMs, Math.max(wait ?? 0, client.random() * cap));
      if (until === undefined || now() + delayMs < until) {
        client.tokens--;
        attempt.delayMs = delayMs;
        client.emit({ type: "retry", method, path, attempt: attempts.length, delayMs, reason });
        await client.sleep(delayMs, signal);
        continue;
      }
    }
    const details: ErrorDetails = { ...options.info, method, path, attempts, cause: error };
    if (once && unclear(attempt)) {
      throw new OutcomeUnknownError(
        `${method} ${path}: ${status ? `answered ${status}` : message}; Engage may have processed it, so it was not re-sent`,
        { ...details, status },
      );
    }
    if (!status) throw new NetworkError(`${method} ${path}: ${message}`, details);
    throw failure(client, status, raw, details, options.notFound, wait);
  }
}

/** Maps an error answer (our JSON, problem+json, plain text or empty) to a typed error. */
function failure(
  client: OrdersClient,
  status: number,
  raw: string,
  details: ErrorDetails,
  notFound: typeof EngageError = OrderNotFoundError,
  retryAfterMs?: number,
): EngageError {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {}
  const d: Data = isObject(data) ? data : {};
  const code = text(d.errorCode) ?? text(d.code);
  const message =
    text(d.message) ??
    text(d.detail) ??
    text(d.title) ??
    ((data === undefined && raw.slice(0, 200).trim()) || "");
  const list = d.errors ?? d["invalid-params"];
  const fieldErrors: FieldError[] = Array.isArray(list)
    ? list.map((e: Data) => ({
        field: `${e?.field ?? e?.name ?? ""}`,
        message: `${e?.message ?? e?.reason ?? e}`,
      }))
    : isObject(list)
      ? Object.entries(list).flatMap(([field, m]) =>
          [m].flat().map((x) => ({ field, message: `${x}` })),
        )
      : [];
  const Class =
    status === 429
      ? RateLimitedError
      : status === 409 || code === "OrderAlreadyExists"
        ? OrderAlreadyExistsError
        : status === 422 || /^Contact(Missing|NotFound)$/.test(code ?? "")
          ? ContactMissingError
          : code === "VersionTagMismatch"
            ? VersionTagMismatchError
            : code === "OrderNotFound" || (status === 404 && !code)
              ? code
                ? OrderNotFoundError
                : notFound
              : EngageError;
  return new Class(
    client.redact(
      `${details.method} ${details.path} → ${status}${code ? ` ${code}` : ""}${message ? `: ${message}` : ""}`,
    ),
    { ...details, status, errorCode: code, fieldErrors, body: client.redact(raw), retryAfterMs },
  );
}
