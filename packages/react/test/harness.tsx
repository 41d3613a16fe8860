import {
  createOrdersClient,
  type EngageEvent,
  type Order,
  type OrdersClient,
  type OrdersClientOptions,
} from "@engage-orders/core";
import {
  type EngageEmulator,
  type EngageEmulatorOptions,
  fixedLatency,
} from "@engage-orders/emulator";
import { createTestOrdersClient, type TestOrdersClient } from "@engage-orders/emulator/testing";
import { EngageOrdersProvider } from "@engage-orders/react";
import { contactFor, makeOrder as makeFixtureOrder } from "@engage-orders/test-utils";
import { act } from "@testing-library/react";
import type { ReactNode } from "react";
import { type Cache, SWRConfig } from "swr";

/** How long a job takes in the harness emulator (a fixed latency, on the manual clock). */
export const JOB_MS = 1000;

/** The email of the contact every harness seeds. */
export const EMAIL = "ada@example.com";

let counter = 0;
/** A fresh order id, so no two tests share a key. */
export const uniqueId = (prefix = "o"): string =>
  `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** The shared fixture order for the seeded contact (or `email`), with a fresh id by default. */
export function makeOrder(orderId = uniqueId(), email = EMAIL): Order {
  return makeFixtureOrder(orderId, { contact: contactFor(email) });
}

/** An SWR cache of its own (no test sees another's data) and the hooks' provider. */
function HarnessProvider(props: { client: OrdersClient; cache: Cache; children?: ReactNode }) {
  return (
    <SWRConfig value={{ provider: () => props.cache }}>
      <EngageOrdersProvider client={props.client}>{props.children}</EngageOrdersProvider>
    </SWRConfig>
  );
}

/** Lets pending promises and zero-delay timers run (the emulator answers asynchronously). */
export async function settle(): Promise<void> {
  for (let count = 0; count < 25; count++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits `ms` on the emulator's manual clock, until a test advances it; a caller's abort rejects. */
function sleepUntilAdvanced(emulator: EngageEmulator, ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const abort = () => reject(signal?.reason);
    signal?.addEventListener("abort", abort, { once: true });
    emulator.clock.sleep(ms).then(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    });
  });
}

/**
 * An emulator on a manual clock, a core client that calls its fetch handler directly (happy-dom
 * replaces the global fetch) with the same clock, an abortable sleep on that clock, no jitter,
 * a request log, and a wrapper with its own SWR cache.
 */
export function createHarness(
  emulatorOptions: EngageEmulatorOptions = {},
  clientOptions: Partial<OrdersClientOptions> = {},
) {
  /** Every request as `METHOD /path?query`, in order. */
  const requests: string[] = [];
  const events: EngageEvent[] = [];
  // Typed ahead, because the client's sleep reads the emulator this call makes.
  const connected: TestOrdersClient<OrdersClient> = createTestOrdersClient(
    (connection) =>
      createOrdersClient({
        ...connection,
        fetch: (url, init) => {
          const { pathname, search } = new URL(url);
          requests.push(`${init.method} ${pathname}${search}`);
          return connection.fetch(url, init);
        },
        // The tests move the clock themselves (`advance`), so a wait waits for them rather
        // than moving the clock as the connection's sleep does.
        sleep: (ms, signal) => sleepUntilAdvanced(connected.emulator, ms, signal),
        random: () => 0.5,
        rateLimit: false,
        onEvent: (event) => events.push(event),
        ...clientOptions,
      }),
    {
      emulator: {
        latency: fixedLatency(JOB_MS),
        // Some tests send raw requests to the emulator, without a User-Agent.
        requireUserAgent: false,
        rateLimit: false,
        ...emulatorOptions,
      },
    },
  );
  const { client, emulator } = connected;
  const contact = emulator.seedContact({ email: EMAIL });
  const cache: Cache = new Map();
  /** The wrapper of every render: its own SWR cache and the provider. */
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <HarnessProvider client={client} cache={cache}>
      {children}
    </HarnessProvider>
  );
  /** Moves the manual clock and lets everything it wakes finish. */
  const advance = async (ms: number) => {
    await act(async () => {
      emulator.advance(ms);
      await settle();
    });
  };
  /** Advances in small steps until `done()` holds (at most `limitMs` of emulated time). */
  const advanceUntil = async (done: () => boolean, stepMs = 50, limitMs = 20_000) => {
    for (let spent = 0; !done(); spent += stepMs) {
      if (spent > limitMs) throw new Error(`not done after ${limitMs} ms of emulated time`);
      await advance(stepMs);
    }
  };
  /** The requests whose line starts with `prefix` (e.g. `POST /api/v3/orders`). */
  const count = (prefix: string) => requests.filter((line) => line.startsWith(prefix)).length;
  return {
    emulator,
    contact,
    client,
    cache,
    requests,
    events,
    wrapper,
    advance,
    advanceUntil,
    count,
  };
}
