import type { OrdersClient } from "./createOrdersClient.ts";
import {
  ContactMissingError,
  EngageError,
  type ErrorDetails,
  invalid,
  MalformedResponseError,
  NetworkError,
  OrderAlreadyExistsError,
  OrderNotFoundError,
  OutcomeUnknownError,
  RateLimitedError,
  VersionTagMismatchError,
} from "./errors.ts";
import type { Attempt } from "./types.ts";

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
  notFound?: typeof EngageError | undefined;
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

/** Parses JSON, or returns nothing. */
const parse = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {}
};

/** Tells whether an attempt may have been processed by Engage (no answer, or a 5xx other than 503). */
export const unclear = (a: Attempt): boolean => !(a.status! < 500) && a.status !== 503;

/** Tells whether an attempt before the last one had an unknown outcome. */
export const resent = (attempts: Attempt[]): boolean => attempts.slice(0, -1).some(unclear);

/**
 * URL-encodes one path segment. "." and ".." are refused before anything is sent: every URL
 * parser resolves them, even percent-encoded, as steps up the path, so the request would reach
 * another route.
 */
const segment = (id: string, field: string): string =>
  id === "." || id === ".." ? invalid(field, 'must not be "." or ".."') : encodeURIComponent(id);

/** The path of an order, URL-encoded. */
export const orderPath = (orderId: string): string =>
  `/api/v3/orders/${segment(orderId, "orderId")}`;

/** The path of a job, URL-encoded. */
export const jobPath = (jobId: string): string => `/api/v3/orders/jobs/${segment(jobId, "jobId")}`;

/** Milliseconds from a `Retry-After` value (seconds or an HTTP date); nothing when unusable. */
export function retryAfter(value: string | null | undefined, now: number): number | undefined {
  const ms = value ? (Number.isNaN(+value) ? Date.parse(value) - now : +value * 1000) : 0;
  return ms > 0 ? ms : undefined;
}

/**
 * Puts a URL or path onto the client's base URL: everything before the first `/api/v{n}/` is
 * replaced by `baseUrl`, so the key only ever goes to the configured origin and a handle made
 * behind one proxy resumes behind another.
 */
export function rebase(client: OrdersClient, url: string): string {
  const { pathname, search } = new URL(url, `${client.baseUrl}/`);
  return pathname.slice(Math.max(0, pathname.search(/\/api\/v\d+\//))) + search;
}

/** Returns the reply's body as an object, or throws `MalformedResponseError`. */
export function body(reply: Reply): Data {
  return isObject(reply.data) ? reply.data : malformed(reply, "is not a JSON object");
}

/** Throws a `MalformedResponseError` about a successful answer that breaks the contract. */
export function malformed(reply: Reply, problem: string): never {
  throw new MalformedResponseError(`${reply.path}: the answer ${problem}`, {
    status: reply.status,
    body: reply.text,
    path: reply.path,
    attempts: reply.attempts,
  });
}

/**
 * Sends a request to `path` (from `/api/` on; URLs a server gave go through `rebase` first)
 * with timeout, rate limit and retries. Network errors, 5xx and 429 are
 * retried with full-jitter backoff while the client's retry budget lasts; `once` requests are
 * retried only on 429 and 503, which mean "not processed".
 */
export async function send(
  client: OrdersClient,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Reply> {
  const { signal, once, until, body } = options;
  const { retry, now, redact, limiter } = client;
  const attempts: Attempt[] = [];
  let payload: string | undefined;
  try {
    payload = JSON.stringify(body);
  } catch {
    invalid("body", "must be serializable as JSON");
  }
  for (;;) {
    signal?.throwIfAborted();
    if (limiter) await limiter.acquire(signal);
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
    const stop = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", stop);
    const timer = setTimeout(stop, client.timeoutMs);
    const start = now();
    let response: Response | undefined;
    let raw = "";
    let error: unknown;
    try {
      response = await client.fetch(client.baseUrl + path, init);
      // Redacted once, here: everything read from the answer (data, error codes, field
      // errors, bodies, jobs) then cannot carry the key, even when a gateway echoes it.
      raw = redact(await response.text());
    } catch (e) {
      error = e;
    }
    clearTimeout(timer);
    signal?.removeEventListener("abort", stop);
    signal?.throwIfAborted();
    const status = response?.status;
    // Not the caller's abort, so an abort here is our own timeout.
    const reason = error ? (controller.signal.aborted ? "timeout" : "network") : `${status}`;
    const message = error ? redact(`${(error as Error)?.message ?? error}`) : undefined;
    const attempt: Attempt = { status, reason, delayMs: 0 };
    attempts.push(attempt);
    client.emit({
      type: "request",
      method,
      path,
      attempt: attempts.length,
      status,
      error: message,
      durationMs: now() - start,
    });
    // `status` is undefined when there was no answer (comparisons with it are false). An
    // opaque redirect (status 0) is an answer whose target the runtime hides.
    if (status! < 400) {
      client.tokens = Math.min(retry.budget, client.tokens + 0.2);
      return {
        status: status!,
        headers: response!.headers,
        text: raw,
        data: parse(raw),
        path,
        attempts,
      };
    }
    const wait = retryAfter(response?.headers.get("retry-after"), now());
    const delayMs = Math.min(
      retry.maxDelayMs,
      Math.max(wait ?? 0, client.random() * retry.baseDelayMs * 2 ** attempts.length),
    );
    if (
      (status === 429 || status === 503 || (!once && !(status! < 500))) &&
      attempts.length < retry.attempts &&
      client.tokens >= 1 &&
      // Without a deadline `until` is undefined and the comparison is false.
      !(now() + delayMs >= until!)
    ) {
      client.tokens--;
      attempt.delayMs = delayMs;
      client.emit({ type: "retry", method, path, attempt: attempts.length, delayMs, reason });
      await client.sleep(delayMs, signal);
      continue;
    }
    const where = `${method} ${path}`;
    // A fetch whose own error names the key (a proxy agent, a tracing wrapper) is kept only as
    // a redacted copy.
    const cause =
      error instanceof Error && message !== error.message
        ? Object.assign(new Error(message), { name: error.name })
        : error;
    const details: ErrorDetails = { ...options.info, method, path, attempts, cause, status };
    if (once && unclear(attempt)) {
      throw new OutcomeUnknownError(
        `${where}: ${message ?? status}; Engage may have processed it, so it was not re-sent`,
        details,
      );
    }
    if (error) throw new NetworkError(`${where}: ${message}`, details);
    const d = parse(raw);
    const o: Data = isObject(d) ? d : {};
    const code = text(o.errorCode) ?? text(o.code);
    const said =
      text(o.message) ?? text(o.detail) ?? text(o.title) ?? (d === undefined && raw.slice(0, 200));
    const list = o.errors ?? o["invalid-params"];
    const Class =
      status === 429
        ? RateLimitedError
        : status === 409 || code === "OrderAlreadyExists"
          ? OrderAlreadyExistsError
          : status === 422 || /^Contact(Missing|NotFound)$/.test(`${code}`)
            ? ContactMissingError
            : code === "VersionTagMismatch"
              ? VersionTagMismatchError
              : code === "OrderNotFound"
                ? OrderNotFoundError
                : status === 404 && !code
                  ? (options.notFound ?? OrderNotFoundError)
                  : EngageError;
    throw new Class(`${where} → ${status}${code ? ` ${code}` : ""}${said ? `: ${said}` : ""}`, {
      ...details,
      errorCode: code,
      body: raw,
      retryAfterMs: wait,
      // Our `[{ field, message }]`, problem+json `invalid-params` `[{ name, reason }]`, or an
      // ASP.NET-style `{ field: [messages] }`.
      fieldErrors: Object.entries(isObject(list) ? list : {}).flatMap(([field, entry]) =>
        [entry]
          .flat()
          .map((e) =>
            isObject(e)
              ? { field: `${e.field ?? e.name ?? ""}`, message: `${e.message ?? e.reason}` }
              : { field, message: `${e}` },
          ),
      ),
    });
  }
}
