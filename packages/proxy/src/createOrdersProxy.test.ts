import { describe, expect, it } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import type { OrdersProxyEvent, OrdersProxyOptions } from "./types.ts";

const proxyOrigin = "https://shop.example";

function setup(overrides: Partial<OrdersProxyOptions> = {}) {
  const upstream = recordingUpstream();
  const events: OrdersProxyEvent[] = [];
  const proxy = createOrdersProxy({
    baseUrl: upstreamBase,
    apiKey: canaryKey,
    userAgent: "AcmeShop/1.0",
    fetch: upstream.fetch,
    onRequest: (event) => events.push(event),
    ...overrides,
  });
  return { proxy, upstream, events };
}

const json = { "content-type": "application/json" };

const forwardedCases: [method: string, path: string, route: string][] = [
  ["GET", "/api/v3/orders?contactId=c-1", "listContactOrders"],
  ["POST", "/api/v3/orders", "createOrder"],
  ["GET", "/api/v3/orders/A-1", "getOrder"],
  ["GET", "/api/v3/orders/A-1?contactId=c-1", "getOrder"],
  ["PUT", "/api/v3/orders/A-1", "replaceOrder"],
  ["DELETE", "/api/v3/orders/A-1", "deleteOrder"],
  ["GET", "/api/v3/orders/jobs/job-1", "getJob"],
  ["POST", "/api/v3/orders/A-1/action", "triggerAction"],
  ["POST", "/api/v3/orders/A-1/change-status", "changeOrderStatus"],
  ["POST", "/api/v3/orders/A-1/change-delivery", "changeOrderDelivery"],
  ["POST", "/api/v2/orders", "registerOrderV2"],
];

describe("createOrdersProxy forwarding", () => {
  it.each(forwardedCases)("forwards %s %s with the key injected", async (method, path, route) => {
    const { proxy, upstream, events } = setup();
    const hasBody = method === "POST" || method === "PUT";
    const response = await proxy(
      new Request(`${proxyOrigin}${path}`, {
        method,
        headers: {
          ...(hasBody ? json : {}),
          cookie: "session=browser-secret",
          authorization: "Bearer browser-token",
          apikey: "test-key-from-the-browser",
          "x-api-key": "test-key-other",
          "x-http-method-override": "DELETE",
          "user-agent": "Mozilla/5.0",
          accept: "application/json",
          "if-match": '"v1"',
        },
        ...(hasBody ? { body: '{"orderId":"A-1"}' } : {}),
      }),
    );
    expect(response.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
    const sent = upstream.requests[0]!;
    expect(sent.method).toBe(method);
    expect(sent.url).toBe(`${upstreamBase}${path}`);
    expect(sent.headers.get("apikey")).toBe(canaryKey);
    expect(sent.headers.get("user-agent")).toBe("AcmeShop/1.0");
    expect(sent.headers.get("content-type")).toBe("application/json");
    expect(sent.headers.get("accept")).toBe("application/json");
    expect(sent.headers.get("if-match")).toBe('"v1"');
    for (const stripped of ["cookie", "authorization", "x-api-key", "x-http-method-override"]) {
      expect(sent.headers.get(stripped)).toBeNull();
    }
    expect(sent.body).toBe(hasBody ? '{"orderId":"A-1"}' : "");
    expect(events).toEqual([
      expect.objectContaining({ method, route, outcome: "forwarded", status: 200 }),
    ]);
    expect(upstream.allBodiesSettled()).toBe(true);
  });

  it("drops hop-by-hop headers, and headers the Connection header names", async () => {
    const { proxy, upstream } = setup({ forwardHeaders: ["X-Correlation-Id", "X-Tenant-Hint"] });
    await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, {
        headers: {
          connection: "keep-alive, X-Tenant-Hint",
          "keep-alive": "timeout=5",
          te: "trailers",
          upgrade: "websocket",
          "proxy-authorization": "Basic dGVzdDp0ZXN0",
          forwarded: "for=203.0.113.9",
          "x-forwarded-for": "203.0.113.9",
          "x-correlation-id": "c-9",
          "x-tenant-hint": "other",
          "x-request-id": "r-1",
        },
      }),
    );
    const sent = upstream.requests[0]!.headers;
    for (const name of [
      "connection",
      "keep-alive",
      "te",
      "upgrade",
      "proxy-authorization",
      "forwarded",
      "x-forwarded-for",
      "x-tenant-hint",
    ]) {
      expect(sent.get(name)).toBeNull();
    }
    expect(sent.get("x-correlation-id")).toBe("c-9");
    expect(sent.get("x-request-id")).toBe("r-1");
  });

  it("re-encodes path segments and forwards the query it authorized", async () => {
    const { proxy, upstream } = setup();
    await proxy(new Request(`${proxyOrigin}/api/v3/orders/A%201%3Fx?contactId=c%2B1`));
    expect(upstream.requests[0]!.url).toBe(
      `${upstreamBase}/api/v3/orders/A%201%3Fx?contactId=c%2B1`,
    );
  });

  it("uses a custom key header and a base URL with a path", async () => {
    const { proxy, upstream } = setup({
      apiKeyHeader: "X-Api-Key",
      baseUrl: "http://127.0.0.1:9999/engage-emulator/",
    });
    await proxy(new Request(`${proxyOrigin}/api/v3/orders/jobs/j-1`, { headers: { apikey: "x" } }));
    const sent = upstream.requests[0]!;
    expect(sent.url).toBe("http://127.0.0.1:9999/engage-emulator/api/v3/orders/jobs/j-1");
    expect(sent.headers.get("x-api-key")).toBe(canaryKey);
    expect(sent.headers.get("apikey")).toBeNull();
  });

  it("serves below its mount prefix only", async () => {
    const { proxy, upstream } = setup({ basePath: "/engage/" });
    const inside = await proxy(new Request(`${proxyOrigin}/engage/api/v3/orders/A-1`));
    expect(inside.status).toBe(200);
    expect(upstream.requests[0]!.url).toBe(`${upstreamBase}/api/v3/orders/A-1`);
    for (const outside of ["/api/v3/orders/A-1", "/engage", "/engagement/api/v3/orders/A-1"]) {
      const response = await proxy(new Request(`${proxyOrigin}${outside}`));
      expect(response.status).toBe(404);
    }
    expect(upstream.requests).toHaveLength(1);
  });

  it("looks the injected fetch up at call time", async () => {
    const first = recordingUpstream();
    const second = recordingUpstream();
    const options = { baseUrl: upstreamBase, apiKey: canaryKey, fetch: first.fetch };
    const proxy = createOrdersProxy(options);
    options.fetch = second.fetch;
    await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(first.requests).toHaveLength(0);
    expect(second.requests).toHaveLength(1);
  });
});

describe("createOrdersProxy refusals of routes", () => {
  it.each([
    ["GET", "/"],
    ["GET", "/api/v3/contacts/c-1"],
    ["GET", "/api/v3/orders/A-1/action/extra"],
    ["POST", "/api/v2/orders/A-1"],
    ["GET", "/api/v1/orders"],
  ])("answers 404 to %s %s without forwarding", async (method, path) => {
    const { proxy, upstream, events } = setup();
    const response = await proxy(new Request(`${proxyOrigin}${path}`, { method }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errorCode: "RouteNotFound", errors: [] });
    expect(upstream.requests).toHaveLength(0);
    expect(events[0]).toMatchObject({ outcome: "not-found", status: 404 });
  });

  it.each([
    ["PATCH", "/api/v3/orders/A-1", "GET, PUT, DELETE"],
    ["DELETE", "/api/v3/orders", "GET, POST"],
    ["GET", "/api/v3/orders/A-1/action", "POST"],
    ["DELETE", "/api/v3/orders/jobs/j-1", "GET"],
    ["GET", "/api/v2/orders", "POST"],
  ])("answers 405 to %s %s with Allow: %s", async (method, path, allow) => {
    const { proxy, upstream } = setup();
    const response = await proxy(new Request(`${proxyOrigin}${path}`, { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect((await response.json()).errorCode).toBe("MethodNotAllowed");
    expect(upstream.requests).toHaveLength(0);
  });

  it("forwards only the configured subset of routes", async () => {
    const { proxy, upstream } = setup({ allowedRoutes: ["getJob", "getOrder"] });
    expect((await proxy(new Request(`${proxyOrigin}/api/v3/orders/jobs/j-1`))).status).toBe(200);
    expect((await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`))).status).toBe(200);
    const put = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { method: "PUT", headers: json, body: "{}" }),
    );
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET");
    const list = await proxy(new Request(`${proxyOrigin}/api/v3/orders?contactId=c-1`));
    expect(list.status).toBe(404);
    expect(upstream.requests).toHaveLength(2);
  });

  it("requires contactId on the contact's order list and refuses repeated parameters", async () => {
    const { proxy, upstream } = setup();
    const missing = await proxy(new Request(`${proxyOrigin}/api/v3/orders`));
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors).toEqual([
      { field: "query.contactId", message: "is required" },
    ]);
    const repeated = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders?contactId=mine&contactId=theirs`),
    );
    expect(repeated.status).toBe(400);
    expect((await repeated.json()).errors[0].field).toBe("query.contactId");
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers a plain OPTIONS locally with Allow", async () => {
    const { proxy, upstream } = setup();
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { method: "OPTIONS" }),
    );
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, PUT, DELETE");
    expect(upstream.requests).toHaveLength(0);
  });

  it("refuses write bodies that are not JSON and bodies on DELETE", async () => {
    const { proxy, upstream } = setup();
    const form = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders`, {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: '{"orderId":"A-1"}',
      }),
    );
    expect(form.status).toBe(415);
    const deleteWithBody = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { method: "DELETE", body: "x" }),
    );
    expect(deleteWithBody.status).toBe(400);
    expect((await deleteWithBody.json()).errors[0].field).toBe("body");
    expect(upstream.requests).toHaveLength(0);
  });
});
