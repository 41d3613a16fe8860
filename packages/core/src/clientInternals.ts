import type { OrderSchemas, OrdersClient, RetryOptions } from "./createOrdersClient.ts";
import { invalid } from "./errors.ts";
import type { RateLimiter } from "./rateLimiter.ts";
import type { RequestDescription } from "./requestHeaders.ts";
import type { EngageEvent } from "./types.ts";

/**
 * What a client holds besides its public `baseUrl`. It lives here, keyed by the client, so
 * nothing that can send or reveal the key (the keyed fetch, the redaction) is reachable from
 * the client object: `Object.keys(client)` and `JSON.stringify(client)` show only `baseUrl`.
 */
export interface ClientInternals {
  /** The per-attempt timeout in milliseconds. */
  readonly timeoutMs: number;
  /** The resolved retry settings. */
  readonly retry: Required<RetryOptions>;
  /** The rate limiter, if any. */
  readonly limiter: RateLimiter | undefined;
  /** The schemas bodies are checked with. */
  readonly schemas: OrderSchemas;
  /** The clock in epoch milliseconds. */
  readonly now: () => number;
  /** The abortable wait. */
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The random source in [0, 1). */
  readonly random: () => number;
  /**
   * Reports an event; a throwing listener is ignored. `undefined` when the client has no
   * `onEvent` listener, so callers write `emit?.({ … })` and build no event nobody reads
   * (an optional call does not evaluate its arguments).
   */
  readonly emit: ((event: EngageEvent) => void) | undefined;
  /** The absolute URL of a path (from `/api/` on); a path that leaves the origin is refused. */
  readonly urlOf: (path: string) => string;
  /**
   * Sends one request to a path (from `/api/` on) on the configured origin, with the key and
   * identification headers in a headers object of its own. Any other target is refused.
   */
  readonly fetchPath: (
    path: string,
    init: RequestInit,
    extraHeaders: Readonly<Record<string, string>>,
  ) => Promise<Response>;
  /** Gives a new logical request its id. */
  readonly requestId: () => string;
  /** The checked extra headers for one attempt (the `headers` option). */
  readonly extraHeaders: (request: RequestDescription) => Readonly<Record<string, string>>;
  /** Replaces the API key (and its URL-encoded spelling) in a text by `[redacted]`. */
  readonly redact: (text: string) => string;
  /** The retry tokens left. */
  tokens: number;
  /** Recently observed job durations in milliseconds (the poll schedule learns from them). */
  readonly durations: number[];
}

// Keyed by the client, so the state goes away with it.
const internals = new WeakMap<OrdersClient, ClientInternals>();

/** Gives a new client its internals; only `createOrdersClient` calls this. */
export function attachInternals(client: OrdersClient, state: ClientInternals): void {
  internals.set(client, state);
}

/** The internals of a client made by `createOrdersClient`; anything else is refused. */
export function internalsOf(client: OrdersClient): ClientInternals {
  const state = internals.get(client);
  if (!state) return invalid("client", "must be made by createOrdersClient");
  return state;
}
