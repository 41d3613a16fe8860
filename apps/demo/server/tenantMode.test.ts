// @vitest-environment node
import { startEmulatorServer } from "@engage-orders/emulator/node";
import { makeOrder } from "@engage-orders/test-utils";
import { describe, expect, test } from "vitest";
import { demoContacts } from "./demoData.ts";
import { rawRequest, startTestServer } from "./testServer.ts";

describe("with ENGAGE_BASE_URL and ENGAGE_API_KEY set", () => {
  test("the proxy targets that tenant, the emulator controls are gone, and the key stays on the server", async () => {
    const canary = `test-key-CANARY-${crypto.randomUUID()}`;
    // A stand-in tenant reached over real HTTP, as a real Engage would be.
    const tenant = await startEmulatorServer({
      apiKeys: [canary],
      contacts: demoContacts,
      latency: "instant",
    });
    const server = await startTestServer({
      env: { ENGAGE_BASE_URL: tenant.url, ENGAGE_API_KEY: canary },
    });
    try {
      expect(server.mode).toBe("tenant");
      expect(server.emulator).toBeUndefined();
      const config = await (await fetch(`${server.url}/demo-api/config`)).json();
      expect(config).toEqual({
        mode: "tenant",
        proxyPath: "/engage",
        tenant: new URL(tenant.url).host,
      });
      expect((await fetch(`${server.url}/demo-api/emulator/faults`)).status).toBe(404);

      const order = makeOrder("T-1");
      const created = await fetch(`${server.url}/engage/api/v3/orders`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(order),
      });
      const createdText = await created.text();
      expect(created.status).toBe(202);
      expect(tenant.emulator.listOrders().map((stored) => stored.order.orderId)).toContain("T-1");
      // Links point back at the demo's proxy, never at the tenant.
      expect(createdText).toContain(`${server.url}/engage/api/v3/orders/jobs/`);
      expect(createdText).not.toContain(tenant.url);
      expect(createdText).not.toContain(canary);
      expect(created.headers.get("location")).toContain(`${server.url}/engage/`);
    } finally {
      await server.close();
      await tenant.close();
    }
  });
});

describe("in tenant mode, against DNS rebinding", () => {
  test("forwards nothing for a Host other than the demo's own, even with a matching Origin", async () => {
    const canary = `test-key+CANARY/${crypto.randomUUID()}==`;
    const tenant = await startEmulatorServer({
      apiKeys: [canary],
      contacts: demoContacts,
      latency: "instant",
    });
    const server = await startTestServer({
      env: { ENGAGE_BASE_URL: tenant.url, ENGAGE_API_KEY: canary },
    });
    try {
      const { port } = new URL(server.url);
      for (const host of [`rebound.evil.example:${port}`, `localhost.evil.example:${port}`]) {
        for (const [method, path] of [
          ["GET", "/engage/api/v3/orders?contactId=c-ada"],
          ["DELETE", "/engage/api/v3/orders/A-1001"],
          ["GET", "/demo-api/config"],
        ] as const) {
          // A same-origin GET carries no Origin at all: only the Host gives the page away.
          for (const origin of [{ origin: `http://${host}` }, {}]) {
            const answer = await rawRequest(server.url, path, method, { host, ...origin });
            expect(answer.status).toBe(403);
            expect(JSON.parse(answer.body)).toMatchObject({ errorCode: "HostNotAllowed" });
            expect(answer.body).not.toContain(canary);
          }
        }
      }
      expect(server.forwarded).toEqual([]);

      // The demo's own page (its Host and Origin) is still served and forwarded.
      const own = await fetch(`${server.url}/engage/api/v3/orders?contactId=c-ada`, {
        headers: { origin: server.url },
      });
      expect(own.status).toBe(200);
      expect(server.forwarded).toEqual(["GET /api/v3/orders"]);
    } finally {
      await server.close();
      await tenant.close();
    }
  });
});
