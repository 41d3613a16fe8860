import { describe, expect, it } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import type { OrdersProxyEvent, OrdersProxyOptions } from "./types.ts";

const proxyOrigin = "https://proxy.shop.example";
const shop = "https://shop.example";

function setup(cors?: OrdersProxyOptions["cors"]) {
  const upstream = recordingUpstream();
  const proxy = createOrdersProxy({
    baseUrl: upstreamBase,
    apiKey: canaryKey,
    fetch: upstream.fetch,
    ...(cors === undefined ? {} : { cors }),
  });
  return { proxy, upstream };
}

const preflight = (path: string, origin: string, method: string) =>
  new Request(`${proxyOrigin}${path}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": method,
      "access-control-request-headers": "content-type",
    },
  });

describe("CORS", () => {
  it("answers a preflight from an allowed origin locally", async () => {
    const { proxy, upstream } = setup({ origins: [shop], credentials: true, maxAge: 60 });
    const response = await proxy(preflight("/api/v3/orders/A-1", shop, "PUT"));
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "access-control-allow-origin": shop,
      "access-control-allow-credentials": "true",
      "access-control-allow-methods": "GET, PUT, DELETE",
      "access-control-max-age": "60",
      vary: "Origin",
    });
    expect(response.headers.get("access-control-allow-headers")).toContain("content-type");
    expect(upstream.requests).toHaveLength(0);
  });

  it("lets a browser-side core client through the preflight, then drops its key header", async () => {
    const { proxy, upstream } = setup({ origins: [shop] });
    const response = await proxy(preflight("/api/v3/orders", shop, "POST"));
    const allowed = response.headers.get("access-control-allow-headers")!.split(", ");
    expect(allowed).toEqual(
      expect.arrayContaining(["apikey", "content-type", "accept", "user-agent", "if-match"]),
    );
    await proxy(
      new Request(`${proxyOrigin}/api/v3/orders`, {
        method: "POST",
        headers: { origin: shop, apikey: "via-proxy", "content-type": "application/json" },
        body: "{}",
      }),
    );
    expect(upstream.requests[0]!.headers.get("apikey")).toBe(canaryKey);
  });

  it("refuses a preflight from another origin without CORS headers", async () => {
    const { proxy, upstream } = setup({ origins: [shop] });
    const response = await proxy(preflight("/api/v3/orders", "https://evil.example", "POST"));
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers a preflight for an unknown route or method with 404 or 405", async () => {
    const { proxy } = setup({ origins: [shop] });
    expect((await proxy(preflight("/api/v3/contacts", shop, "GET"))).status).toBe(404);
    const wrong = await proxy(preflight("/api/v3/orders/jobs/j-1", shop, "DELETE"));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
  });

  it("adds CORS headers to forwarded answers and to refusals for allowed origins", async () => {
    const { proxy } = setup({ origins: [shop] });
    const ok = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { headers: { origin: shop } }),
    );
    expect(ok.headers.get("access-control-allow-origin")).toBe(shop);
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
    expect(ok.headers.get("access-control-expose-headers")).toContain("Location");
    const missing = await proxy(
      new Request(`${proxyOrigin}/api/v3/nope`, { headers: { origin: shop } }),
    );
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe(shop);
  });

  it("refuses requests from other origins before forwarding: no cross-site writes", async () => {
    const { proxy, upstream } = setup({ origins: [shop] });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, {
        method: "DELETE",
        headers: { origin: "https://evil.example" },
      }),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).errorCode).toBe("OriginNotAllowed");
    expect(upstream.requests).toHaveLength(0);
  });

  it("takes the same origin from publicOrigin, never from the request URL (the Host)", async () => {
    const upstream = recordingUpstream();
    const proxy = createOrdersProxy({
      baseUrl: upstreamBase,
      apiKey: canaryKey,
      fetch: upstream.fetch,
      publicOrigin: proxyOrigin,
    });
    const same = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { headers: { origin: proxyOrigin } }),
    );
    expect(same.status).toBe(200);
    expect(same.headers.get("access-control-allow-origin")).toBeNull();
    const other = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { headers: { origin: shop } }),
    );
    expect(other.status).toBe(403);
    expect(upstream.requests).toHaveLength(1);
  });

  it.each([
    ["without publicOrigin or CORS", {}],
    ["with publicOrigin", { publicOrigin: proxyOrigin }],
    ["with a CORS allow-list", { cors: { origins: [shop] } }],
  ] as const)("refuses a DNS-rebinding page whose Host and Origin match, %s", async (_, extra) => {
    const upstream = recordingUpstream();
    const events: OrdersProxyEvent[] = [];
    const proxy = createOrdersProxy({
      baseUrl: upstreamBase,
      apiKey: canaryKey,
      fetch: upstream.fetch,
      onRequest: (event) => events.push(event),
      ...extra,
    });
    // The runtime builds the request URL from the forged Host header.
    const rebound = "http://rebound.evil.example:8787";
    for (const method of ["GET", "DELETE"]) {
      const response = await proxy(
        new Request(`${rebound}/api/v3/orders/A-1`, { method, headers: { origin: rebound } }),
      );
      expect(response.status).toBe(403);
      expect((await response.json()).errorCode).toBe("OriginNotAllowed");
    }
    expect(upstream.requests).toHaveLength(0);
    expect(events[0]).toMatchObject({ outcome: "origin-refused", status: 403 });
  });

  it('answers "*" to any origin when credentials are off', async () => {
    const { proxy } = setup({ origins: "*" });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A-1`, { headers: { origin: "https://a.example" } }),
    );
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it('refuses "*" together with credentials at creation', () => {
    expect(() => setup({ origins: "*", credentials: true })).toThrow(/cors\.origins/);
  });
});
