import {
  createOrder,
  createOrdersClient,
  type OrdersClient,
  triggerAction,
  waitForJob,
} from "@engage-orders/core";
import { fixedLatency } from "@engage-orders/emulator";
import { createTestOrdersClient, type TestOrdersClient } from "@engage-orders/emulator/testing";
import { CONTACT_EMAIL, makeOrder } from "@engage-orders/test-utils";
import { describe, expect, it } from "vitest";
import { createOrdersProxy } from "../src/index.ts";
import { canaryKey, everythingSent } from "./recordingUpstream.ts";

const proxyBase = "https://shop.example/engage";

/**
 * The whole browser path in one process: the core client (holding only a placeholder key)
 * talks to the proxy, which forwards to the emulator with the real key.
 */
function setup(completion: 200 | 302) {
  const seen: Response[] = [];
  // Typed ahead, because the proxy forwards to the emulator this call makes.
  const connected: TestOrdersClient<OrdersClient> = createTestOrdersClient(
    (connection) => {
      // The proxy holds the emulator's key and forwards to it; the client knows only the proxy.
      const proxy = createOrdersProxy({
        baseUrl: "http://engage.test",
        apiKey: connection.apiKey,
        userAgent: "ProxyIntegration/1.0",
        basePath: "/engage",
        cors: { origins: ["https://shop.example"] },
        fetch: (request) => connected.emulator.fetch(request),
      });
      return createOrdersClient({
        ...connection,
        baseUrl: proxyBase,
        apiKey: "via-proxy",
        fetch: async (url, init) => {
          const response = await proxy(new Request(url, init));
          seen.push(response.clone());
          return response;
        },
        rateLimit: false,
      });
    },
    {
      emulator: {
        latency: fixedLatency(1000),
        apiKeys: [canaryKey],
        completion,
        contacts: [{ email: CONTACT_EMAIL }],
      },
    },
  );
  return { emulator: connected.emulator, client: connected.client, seen };
}

const order = makeOrder("web-1");

describe("the core client through the proxy", () => {
  it.each([200, 302] as const)(
    "creates, waits (completion %s) and confirms with a placeholder key",
    async (completion) => {
      const { emulator, client, seen } = setup(completion);
      const handle = await createOrder(client, order);
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
