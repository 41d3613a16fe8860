// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newOrderDocument } from "../src/order/newOrderDocument.ts";
import { rawRequest, startTestServer, type TestDemoServer } from "./testServer.ts";

const canary = `test-key-CANARY-${crypto.randomUUID()}`;
const json = { "content-type": "application/json" };

let server: TestDemoServer;
beforeAll(async () => {
  server = await startTestServer({ emulatorApiKey: canary });
});
afterAll(async () => {
  await server.close();
});

describe("the proxy the demo mounts under /engage", () => {
  test("forwards the Orders routes and never answers with the key", async () => {
    const texts: string[] = [];
    const record = async (response: Response) => {
      texts.push(JSON.stringify([...response.headers]), await response.text());
      return response;
    };
    const order = newOrderDocument({ orderId: "SEC-1", email: "ada@example.com" });
    const created = await record(
      await fetch(`${server.url}/engage/api/v3/orders`, {
        method: "POST",
        headers: json,
        body: JSON.stringify(order),
      }),
    );
    expect(created.status).toBe(202);
    server.emulator?.flushJobs();
    const { href } = JSON.parse(texts.at(-1) ?? "{}") as { href: string };
    expect(href.startsWith(`${server.url}/engage/api/v3/orders/jobs/`)).toBe(true);
    expect((await record(await fetch(href))).status).toBe(200);
    expect(
      (await record(await fetch(`${server.url}/engage/api/v3/orders?contactId=c-ada`))).status,
    ).toBe(200);
    expect((await record(await fetch(`${server.url}/engage/api/v3/orders/NOPE`))).status).toBe(404);
    const invalid = await fetch(`${server.url}/engage/api/v3/orders`, {
      method: "POST",
      headers: json,
      body: "{}",
    });
    expect((await record(invalid)).status).toBe(400);
    expect(texts.join("\n")).not.toContain(canary);
  });

  test.each([
    "/engage/api/v3/contacts",
    "/engage/api/v1/orders",
    "/engage/demo-api/emulator/faults",
    "/engage/_emulator/state",
    "/engage/",
  ])("refuses %s, which is outside the allow-list, without forwarding", async (path) => {
    const before = server.forwarded.length;
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe("RouteNotFound");
    expect(server.forwarded.length).toBe(before);
  });

  test.each([
    "/engage/api/v3/orders/%2e%2e%2fjobs%2f1",
    "/engage/api/v3/orders/%2E%2E/jobs/1",
    "/engage/api/v3/orders/..%2f..%2fdemo-api",
    "/engage/%2e%2e/demo-api/emulator/faults",
    "/engage/api/v3/orders/%252e%252e%252fjobs",
    "/engage/api/v3/orders/a%5c..%5cb",
    "/engage/api/v3/orders/a%00b",
    "/engage/api/v3/../../demo-api/config",
    "/engage/api/v3/orders/..\\..\\x",
  ])("refuses the traversal %s with 400 before forwarding", async (path) => {
    const before = server.forwarded.length;
    const { status, body } = await rawRequest(server.url, path);
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ errorCode: "InvalidRequest" });
    expect(server.forwarded.length).toBe(before);
  });

  test("refuses Orders v2, which the page never sends, without forwarding", async () => {
    const before = server.forwarded.length;
    const response = await fetch(`${server.url}/engage/api/v2/orders`, {
      method: "POST",
      headers: json,
      body: "{}",
    });
    expect(response.status).toBe(404);
    expect(server.forwarded.length).toBe(before);
  });

  test("refuses a method the route does not have", async () => {
    const before = server.forwarded.length;
    const response = await fetch(`${server.url}/engage/api/v3/orders/jobs/1`, { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(server.forwarded.length).toBe(before);
  });

  test("refuses another site's page (its Origin) before forwarding", async () => {
    const before = server.forwarded.length;
    const response = await fetch(`${server.url}/engage/api/v3/orders?contactId=c-ada`, {
      headers: { origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    expect(server.forwarded.length).toBe(before);
  });
});

describe("an authorize hook", () => {
  test("that rejects: 403 and nothing forwarded, not even a create", async () => {
    const guarded = await startTestServer({ emulatorApiKey: canary, authorize: () => false });
    try {
      const orders = guarded.emulator?.listOrders().length;
      const order = newOrderDocument({ orderId: "SEC-2", email: "ada@example.com" });
      const create = await fetch(`${guarded.url}/engage/api/v3/orders`, {
        method: "POST",
        headers: json,
        body: JSON.stringify(order),
      });
      expect(create.status).toBe(403);
      expect((await fetch(`${guarded.url}/engage/api/v3/orders?contactId=c-ada`)).status).toBe(403);
      expect(guarded.forwarded).toEqual([]);
      expect(guarded.emulator?.listOrders().length).toBe(orders);
    } finally {
      await guarded.close();
    }
  });

  test("that throws: 401 and nothing forwarded", async () => {
    const guarded = await startTestServer({
      authorize: () => {
        throw new Error("no session");
      },
    });
    try {
      expect((await fetch(`${guarded.url}/engage/api/v3/orders/A-1001`)).status).toBe(401);
      expect(guarded.forwarded).toEqual([]);
    } finally {
      await guarded.close();
    }
  });
});
