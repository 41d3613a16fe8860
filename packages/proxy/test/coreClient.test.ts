import { createOrder, createOrdersClient, triggerAction, waitForJob } from "@engage-orders/core";
import { createEngageEmulator, fixedLatency } from "@engage-orders/emulator";
import { describe, expect, it } from "vitest";
import { createOrdersProxy } from "../src/index.ts";
import { canaryKey, everythingSent } from "./recordingUpstream.ts";

const proxyBase = "https://shop.example/engage";

/**
 * The whole browser path in one process: the core client (holding only a placeholder key)
 * talks to the proxy, which forwards to the emulator with the real key.
 */
function setup(completion: 200 | 302) {
  const emulator = createEngageEmulator({
    clock: "manual",
    latency: fixedLatency(1000),
    apiKeys: [canaryKey],
    completion,
  });
  emulator.seedContact({ email: "ada@example.com" });
  const proxy = createOrdersProxy({
    baseUrl: "http://engage.test",
    apiKey: canaryKey,
    userAgent: "ProxyIntegration/1.0",
    basePath: "/engage",
    cors: { origins: ["https://shop.example"] },
    fetch: emulator.fetch,
  });
  const seen: Response[] = [];
  const client = createOrdersClient({
    baseUrl: proxyBase,
    apiKey: "via-proxy",
    fetch: async (url, init) => {
      const response = await proxy(new Request(url, init));
      seen.push(response.clone());
      return response;
    },
    now: () => emulator.clock.now(),
    sleep: async (ms) => emulator.advance(ms),
    rateLimit: false,
  });
  return { emulator, client, seen };
}

const order = {
  orderId: "web-1",
  contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
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

describe("the core client through the proxy", () => {
  it.each([200, 302] as const)(
    "creates, waits (completion %s) and confirms with a placeholder key",
    async (completion) => {
      const { emulator, client, seen } = setup(completion);
      const handle = await createOrder(client, order as Parameters<typeof createOrder>[1]);
      expect(handle.pollUrl.startsWith(`${proxyBase}/api/v3/orders/jobs/`)).toBe(true);
      const done = await waitForJob(client, handle, { timeoutMs: 60_000 });
      expect(done.versionTag).toBe(emulator.getOrder("web-1")?.order.versionTag);
      const versionTag = done.versionTag;
      if (versionTag === undefined) throw new Error("The finished job carries no versionTag.");
      await triggerAction(client, "web-1", { action: "ConfirmOrder", versionTag });
      expect(emulator.automationLog("web-1")).toHaveLength(1);
      for (const response of seen) expect(await everythingSent(response)).not.toContain(canaryKey);
    },
  );
});
