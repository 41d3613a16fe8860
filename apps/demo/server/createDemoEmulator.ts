import {
  createEngageEmulator,
  type EngageEmulator,
  type LatencyProfileName,
} from "@engage-orders/emulator";
import { demoContacts, demoOrders } from "./demoData.ts";

/** The options of `createDemoEmulator`. */
export interface DemoEmulatorOptions {
  /** The API key the emulator accepts (the proxy's). */
  apiKey: string;
  /** The job latency profile to start with. Defaults to `"realistic"`. */
  latency?: LatencyProfileName;
  /** Whether to store the demo's example orders. Defaults to `true`. */
  seedOrders?: boolean;
}

/** The emulator origin in links before the proxy rewrites them; never reached over a network. */
export const emulatorOrigin = "http://engage-emulator.internal";

/**
 * Creates the in-process emulator the demo runs on: three contacts and, unless switched off, a
 * history of processed orders (two pages for one contact), registered through the emulator's
 * own API so they are stored exactly as Engage would store them.
 */
export async function createDemoEmulator(options: DemoEmulatorOptions): Promise<EngageEmulator> {
  const emulator = createEngageEmulator({
    apiKeys: [options.apiKey],
    contacts: demoContacts,
    latency: options.latency ?? "realistic",
  });
  if (options.seedOrders ?? true) {
    for (const order of demoOrders(new Date())) {
      const response = await emulator.fetch(`${emulatorOrigin}/api/v3/orders`, {
        method: "POST",
        headers: {
          apikey: options.apiKey,
          "user-agent": "EngageOrdersDemo/0.1",
          "content-type": "application/json",
        },
        body: JSON.stringify(order),
      });
      if (response.status !== 202) {
        throw new Error(`Seeding order ${String(order.orderId)} failed: ${await response.text()}`);
      }
    }
    emulator.flushJobs();
  }
  return emulator;
}
