// Wires a client to the in-process emulator on one manual clock: the client's sleeps move
// the emulator's time, so whole job cycles run in milliseconds and deterministically.
import {
  createEngageEmulator,
  createManualClock,
  DEFAULT_API_KEY,
  type EngageEmulatorOptions,
} from "@engage-orders/emulator";
import { createOrdersClient, type OrdersClientOptions } from "../src/index";

export const EMAIL = "ada@example.com";

/** Creates an emulator with one seeded contact and a client bound to it. */
export function connect(
  emulatorOptions: EngageEmulatorOptions = {},
  clientOptions: Partial<OrdersClientOptions> = {},
) {
  const clock = createManualClock();
  const emulator = createEngageEmulator({ clock, latency: "realistic", ...emulatorOptions });
  const contact = emulator.seedContact({ email: EMAIL });
  const sent: string[] = [];
  /** Called after each answer (or lost answer), e.g. to clear a fault after the first one. */
  const hooks: { after?: (count: number) => void } = {};
  const client = createOrdersClient({
    baseUrl: "https://tenant.voyado.test",
    apiKey: DEFAULT_API_KEY,
    userAgent: "EngageOrdersCoreTests/1.0",
    fetch: (url, init) => {
      sent.push(`${init.method} ${new URL(url).pathname}`);
      return emulator.fetch(new Request(url, init)).finally(() => hooks.after?.(sent.length));
    },
    now: clock.now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      clock.advance?.(Math.max(0, ms));
    },
    ...clientOptions,
  });
  return { emulator, client, clock, contact, sent, hooks };
}

/** A valid v3 order for the seeded contact. */
export function makeOrder(orderId: string, extra: Record<string, unknown> = {}) {
  return {
    orderId,
    contact: { matchKey: EMAIL, matchKeyType: "Email" },
    externalStoreId: "store-1",
    status: "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2025-12-03T15:15:19+01:00",
    lastChangedAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 2, article: { sku: "SKU-1", name: "Mug" }, totalPrice: 200 }],
      subTotal: 200,
    },
    ...extra,
  };
}
