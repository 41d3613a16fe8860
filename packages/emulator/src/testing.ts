import { createEngageEmulator } from "./createEngageEmulator.ts";
import type { EngageEmulator } from "./EngageEmulator.ts";
import type { EngageEmulatorOptions } from "./options.ts";
import { DEFAULT_API_KEY } from "./options.ts";

/**
 * The options a test client is connected with: the part of `createOrdersClient`'s options
 * that points a client at the emulator and puts it on the emulator's clock.
 */
export interface TestClientConnection {
  /** The base URL; the emulator answers it in process, nothing goes over a network. */
  baseUrl: string;
  /** The emulator's first accepted API key. */
  apiKey: string;
  /** The header the key goes in, when the emulator's options name one. */
  apiKeyHeader?: string;
  /** The User-Agent the client sends. */
  userAgent: string;
  /** The emulator's fetch handler. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** The emulator's clock. */
  now: () => number;
  /** Waits on the emulator's clock: with a manual clock, a wait moves the clock forward. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * A client factory such as `createOrdersClient` from `@engage-orders/core`: anything that
 * takes at least the connection options. A factory whose options need more than the
 * connection gives is refused by the type checker.
 */
export type OrdersClientFactory = (options: TestClientConnection) => unknown;

/** The options of `createTestOrdersClient`. */
export interface TestOrdersClientOptions<Factory extends OrdersClientFactory> {
  /**
   * The emulator's options. Defaults to a manual clock (`clock: "manual"`), so the client's
   * waits (job polls, retry backoff) move time forward and whole job cycles run in
   * milliseconds; pass `clock: "real"` to wait for real.
   */
  emulator?: EngageEmulatorOptions;
  /** More client options (e.g. `retry`, `onEvent`, `userAgent`), applied over the connection. */
  client?: Partial<Parameters<Factory>[0]>;
}

/** A client connected to an in-process emulator, and that emulator. */
export interface TestOrdersClient<Client> {
  /** The client the factory made, connected to `emulator`. */
  client: Client;
  /** The emulator: seed contacts, read the automation log, switch faults, move the clock. */
  emulator: EngageEmulator;
}

/** The base URL test clients send to. */
export const TEST_BASE_URL = "https://tenant.voyado.test";

/** The User-Agent test clients send unless told otherwise. */
export const TEST_USER_AGENT = "EngageOrdersTests/1.0";

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}

/** Waits `ms` on the emulator's clock, rejecting with the signal's reason when aborted. */
function sleepOn(emulator: EngageEmulator, ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const { clock } = emulator;
  if (clock.advance) {
    // A manual clock: the wait is the time passing, and every job due by then is processed.
    clock.advance(Math.max(0, ms));
    return Promise.resolve();
  }
  if (!signal) return clock.sleep(ms);
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    clock.sleep(ms).then(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, reject);
  });
}

/**
 * Creates a client connected to a new in-process emulator, in one call, for your own tests.
 * Pass the client factory (`createOrdersClient` from `@engage-orders/core`): the emulator does
 * not depend on the core, so the client is made by your copy of it (one copy, so `instanceof`
 * on its errors holds), and the emulator stays usable with any client.
 *
 * By default the emulator runs on a manual clock that the client's waits move forward, so a
 * create → wait → action cycle takes milliseconds and runs the same way every time.
 *
 * @example
 * ```ts
 * import { createOrdersClient, createOrder, waitForJob } from "@engage-orders/core";
 * import { createTestOrdersClient } from "@engage-orders/emulator/testing";
 *
 * const { client, emulator } = createTestOrdersClient(createOrdersClient, {
 *   emulator: { contacts: [{ email: "ada@example.com" }] },
 * });
 * const handle = await createOrder(client, order);
 * const { versionTag } = await waitForJob(client, handle);
 * expect(emulator.getOrder(order.orderId)?.order.versionTag).toBe(versionTag);
 * ```
 */
export function createTestOrdersClient<Factory extends OrdersClientFactory>(
  createOrdersClient: Factory,
  options: TestOrdersClientOptions<Factory> = {},
): TestOrdersClient<ReturnType<Factory>> {
  const emulator = createEngageEmulator({ clock: "manual", ...options.emulator });
  const headerOption = options.emulator?.apiKeyHeader;
  const apiKeyHeader = typeof headerOption === "string" ? headerOption : headerOption?.[0];
  const connection: TestClientConnection = {
    baseUrl: TEST_BASE_URL,
    apiKey: options.emulator?.apiKeys?.[0] ?? DEFAULT_API_KEY,
    ...(apiKeyHeader === undefined ? {} : { apiKeyHeader }),
    userAgent: TEST_USER_AGENT,
    fetch: (url, init) => emulator.fetch(url, init),
    now: () => emulator.clock.now(),
    sleep: (ms, signal) => sleepOn(emulator, ms, signal),
  };
  // The overrides are the factory's own options, so the whole still fits its parameter.
  const clientOptions = { ...connection, ...options.client } as TestClientConnection;
  const client = createOrdersClient(clientOptions) as ReturnType<Factory>;
  return { client, emulator };
}
