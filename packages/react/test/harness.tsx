import {
  createOrdersClient,
  type EngageEvent,
  type Order,
  type OrdersClient,
  type OrdersClientOptions,
} from "@engage-orders/core";
import {
  createEngageEmulator,
  DEFAULT_API_KEY,
  type EngageEmulatorOptions,
  fixedLatency,
} from "@engage-orders/emulator";
import { EngageOrdersProvider } from "@engage-orders/react";
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

/** A valid order for the seeded contact (or `email`). */
export function makeOrder(orderId = uniqueId(), email = EMAIL): Order {
  return {
    orderId,
    contact: { matchKey: email, matchKeyType: "Email" },
    externalStoreId: "store-1",
    status: "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2025-12-03T15:15:19+01:00",
    lastChangedAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 1, article: { sku: "SKU-1" }, totalPrice: 100 }],
      subTotal: 100,
    },
  };
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

/**
 * An emulator on a manual clock, a core client that calls its fetch handler directly (happy-dom
 * replaces the global fetch) with the same clock, an abortable sleep on that clock, no jitter,
 * a request log, and a wrapper with its own SWR cache.
 */
export function createHarness(
  emulatorOptions: EngageEmulatorOptions = {},
  clientOptions: Partial<OrdersClientOptions> = {},
) {
  const emulator = createEngageEmulator({
    clock: "manual",
    latency: fixedLatency(JOB_MS),
    requireUserAgent: false,
    rateLimit: false,
    ...emulatorOptions,
  });
  const contact = emulator.seedContact({ email: EMAIL });
  /** Every request as `METHOD /path?query`, in order. */
  const requests: string[] = [];
  const events: EngageEvent[] = [];
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const abort = () => reject(signal?.reason);
      signal?.addEventListener("abort", abort, { once: true });
      emulator.clock.sleep(ms).then(() => {
        signal?.removeEventListener("abort", abort);
        resolve();
      });
    });
  const client = createOrdersClient({
    baseUrl: "http://engage.test",
    apiKey: DEFAULT_API_KEY,
    fetch: (url, init) => {
      const { pathname, search } = new URL(url);
      requests.push(`${init.method} ${pathname}${search}`);
      return emulator.fetch(new Request(url, init));
    },
    now: () => emulator.clock.now(),
    sleep,
    random: () => 0.5,
    rateLimit: false,
    onEvent: (event) => events.push(event),
    ...clientOptions,
  });
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
