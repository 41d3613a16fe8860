import { createOrdersClient } from "@engage-orders/core";
import { createEngageEmulator, DEFAULT_API_KEY } from "@engage-orders/emulator";
import { EngageOrdersProvider } from "@engage-orders/react";
import { OrderRequestSchema } from "@engage-orders/schemas";
import type { ReactNode } from "react";
import { SWRConfig } from "swr";

/**
 * An in-process emulator with instant jobs and one contact, a core client that calls it
 * directly (happy-dom replaces the global fetch) and counts requests, and a wrapper with its
 * own SWR cache, so no test sees another's data.
 */
export function createDemoHarness() {
  const emulator = createEngageEmulator({ latency: "instant", rateLimit: false });
  emulator.seedContact({ email: "ada@example.com" });
  const requests: string[] = [];
  const client = createOrdersClient({
    baseUrl: "http://engage.test",
    apiKey: DEFAULT_API_KEY,
    schemas: { order: OrderRequestSchema },
    rateLimit: false,
    fetch: (url, init) => {
      requests.push(`${init.method} ${new URL(url).pathname}`);
      return emulator.fetch(new Request(url, init));
    },
  });
  const cache = new Map();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <SWRConfig value={{ provider: () => cache }}>
      <EngageOrdersProvider client={client}>{children}</EngageOrdersProvider>
    </SWRConfig>
  );
  return { emulator, client, requests, wrapper };
}
