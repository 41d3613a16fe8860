import type { EngageEvent } from "@engage-orders/core";

/** One line of the request log: a client event and when it happened. */
export interface RequestLogEntry {
  /** A number that only grows, for React keys. */
  id: number;
  /** When the client reported it (epoch ms). */
  at: number;
  /** The core client's event (never holds the key). */
  event: EngageEvent;
}

/** A small external store of the client's recent events, for `useSyncExternalStore`. */
export interface RequestLog {
  /** Records an event (pass it as the client's `onEvent`). */
  record(event: EngageEvent): void;
  /** The latest entries, newest first; a new array after every change. */
  entries(): readonly RequestLogEntry[];
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Creates a request log that keeps the newest `limit` events. */
export function createRequestLog(limit = 40): RequestLog {
  let entries: readonly RequestLogEntry[] = [];
  let next = 1;
  const listeners = new Set<() => void>();
  return {
    record(event) {
      // The log lists requests once, when they end.
      if (event.type === "request-start") return;
      entries = [{ id: next++, at: Date.now(), event }, ...entries].slice(0, limit);
      for (const listener of listeners) listener();
    },
    entries: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The log line for an event, e.g. `POST /api/v3/orders → 503` or `retry in 240 ms after 503`. */
export function describeEvent(event: EngageEvent): string {
  switch (event.type) {
    case "request":
      return `${event.method} ${event.path.replace(/^\/api\/v3/, "")} → ${event.status ?? event.error ?? "no answer"}`;
    case "retry":
      return `retry ${event.method} ${event.path.replace(/^\/api\/v3/, "")} in ${event.delayMs} ms (${event.reason})`;
    case "poll":
      return `job ${event.orderId}: ${event.status} after ${event.polls} poll(s)`;
    default:
      return JSON.stringify(event);
  }
}
