import { describe, expect, it } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import { createOrdersProxy } from "./createOrdersProxy.ts";
import type { OrdersProxyEvent, OrdersProxyOptions } from "./types.ts";

const proxyOrigin = "https://shop.example";
const json = { "content-type": "application/json" };

function setup(overrides: Partial<OrdersProxyOptions> = {}) {
  const upstream = recordingUpstream();
  const events: OrdersProxyEvent[] = [];
  const proxy = createOrdersProxy({
    baseUrl: upstreamBase,
    apiKey: canaryKey,
    fetch: upstream.fetch,
    onRequest: (event) => events.push(event),
    ...overrides,
  });
  return { proxy, upstream, events };
}

/** A request body stream that sends `chunks` without any Content-Length, like chunked uploads. */
function chunkedBody(chunks: number, chunkBytes: number) {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, sentChunks: () => sent, wasCancelled: () => cancelled };
}

describe("createOrdersProxy path traversal", () => {
  it.each([
    "/api/v3/orders/%2e%2e%2fjobs",
    "/api/v3/orders/..%2f..%2fadmin",
    "/api/v3/orders/A%2F..%2F..%2Fv3%2Fcontacts",
    "/api/v3/orders/%5c..%5cadmin",
    "/api/v3/orders/%252e%252e%252fadmin",
    "/api/v3/orders/A%00/action",
    "/engage/api/v3/orders/%2e%2e%2fjobs",
  ])("refuses %s with 400 and forwards nothing", async (path) => {
    const { proxy, upstream, events } = setup(
      path.startsWith("/engage") ? { basePath: "/engage" } : {},
    );
    const response = await proxy(new Request(`${proxyOrigin}${path}`));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ errorCode: "InvalidRequest", errors: [{ field: "path" }] });
    expect(upstream.requests).toHaveLength(0);
    expect(events[0]).toMatchObject({ outcome: "invalid-path", status: 400 });
  });
});

describe("createOrdersProxy authorize", () => {
  it("hands the hook the route, decoded params and query, then forwards on true", async () => {
    const seen: unknown[] = [];
    const { proxy, upstream } = setup({
      authorize: async (request, context) => {
        seen.push(request.headers.get("cookie"), context);
        return true;
      },
    });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders/A%201?contactId=c-1`, {
        headers: { cookie: "session=s-1" },
      }),
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      "session=s-1",
      { route: "getOrder", params: { orderId: "A 1" }, query: { contactId: "c-1" } },
    ]);
    expect(upstream.requests).toHaveLength(1);
  });

  it("answers 403 on false and forwards nothing, body unread", async () => {
    const body = chunkedBody(3, 10);
    const { proxy, upstream, events } = setup({ authorize: () => false });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders`, {
        method: "POST",
        headers: json,
        body: body.stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(403);
    expect((await response.json()).errorCode).toBe("Forbidden");
    expect(upstream.requests).toHaveLength(0);
    expect(events[0]).toMatchObject({ outcome: "forbidden", route: "createOrder" });
  });

  it("answers 401 when the hook throws, without the error's text", async () => {
    const { proxy, upstream, events } = setup({
      authorize: () => {
        throw new Error(`session lookup failed near ${canaryKey}`);
      },
    });
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/jobs/j-1`));
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(JSON.parse(text).errorCode).toBe("Unauthorized");
    expect(text).not.toContain("session lookup");
    expect(upstream.requests).toHaveLength(0);
    expect(events[0]!.error).toBe("session lookup failed near [redacted]");
  });

  it("sends a Response from the hook as is", async () => {
    const { proxy, upstream, events } = setup({
      authorize: () =>
        new Response("log in first", { status: 401, headers: { "www-authenticate": "Bearer" } }),
    });
    const response = await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(await response.text()).toBe("log in first");
    expect(upstream.requests).toHaveLength(0);
    expect(events[0]).toMatchObject({ outcome: "unauthorized", status: 401 });
  });
});

describe("createOrdersProxy body limit", () => {
  const post = (body: BodyInit | ReadableStream, headers: Record<string, string> = {}) =>
    new Request(`${proxyOrigin}/api/v3/orders`, {
      method: "POST",
      headers: { ...json, ...headers },
      body,
      duplex: "half",
    } as RequestInit);

  it("forwards a body of exactly the limit", async () => {
    const { proxy, upstream } = setup({ maxBodyBytes: 16 });
    expect((await proxy(post("x".repeat(16)))).status).toBe(200);
    expect(upstream.requests[0]!.body).toBe("x".repeat(16));
  });

  it("answers 413 to a declared Content-Length over the limit without reading", async () => {
    const body = chunkedBody(1, 8);
    const { proxy, upstream } = setup({ maxBodyBytes: 16 });
    const response = await proxy(post(body.stream, { "content-length": "17" }));
    expect(response.status).toBe(413);
    expect((await response.json()).errorCode).toBe("PayloadTooLarge");
    expect(body.sentChunks()).toBe(0);
    expect(upstream.requests).toHaveLength(0);
  });

  it("counts the bytes, not a lying Content-Length", async () => {
    const body = chunkedBody(4, 10);
    const { proxy, upstream, events } = setup({ maxBodyBytes: 16 });
    const response = await proxy(post(body.stream, { "content-length": "5" }));
    expect(response.status).toBe(413);
    expect(upstream.requests).toHaveLength(0);
    expect(body.wasCancelled()).toBe(true);
    expect(events[0]).toMatchObject({ outcome: "payload-too-large" });
  });

  it("stops reading a chunked stream once it passes the limit", async () => {
    const body = chunkedBody(4096, 1024);
    const { proxy, upstream } = setup();
    const response = await proxy(post(body.stream));
    expect(response.status).toBe(413);
    // 1 MiB is 1024 chunks of 1 KiB: the stream was cancelled soon after, not drained.
    expect(body.sentChunks()).toBeLessThan(1100);
    expect(body.wasCancelled()).toBe(true);
    expect(upstream.requests).toHaveLength(0);
  });

  it("defaults to 1 MiB", async () => {
    const { proxy, upstream } = setup();
    expect((await proxy(post(new Uint8Array(1024 * 1024).fill(0x20)))).status).toBe(200);
    expect((await proxy(post(new Uint8Array(1024 * 1024 + 1).fill(0x20)))).status).toBe(413);
    expect(upstream.requests).toHaveLength(1);
  });
});

describe("createOrdersProxy rate limit", () => {
  it("answers 429 with Retry-After over the limit and forwards nothing more", async () => {
    let now = 0;
    const { proxy, upstream, events } = setup({ rateLimit: { perSecond: 2 }, now: () => now });
    const get = () => proxy(new Request(`${proxyOrigin}/api/v3/orders/jobs/j-1`));
    expect([(await get()).status, (await get()).status]).toEqual([200, 200]);
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect((await limited.json()).errorCode).toBe("RateLimited");
    expect(upstream.requests).toHaveLength(2);
    expect(events[2]).toMatchObject({ outcome: "rate-limited", status: 429 });
    now += 500;
    expect((await get()).status).toBe(200);
    expect(upstream.requests).toHaveLength(3);
  });

  it("spends no token on refused requests", async () => {
    const { proxy, upstream } = setup({ rateLimit: { perSecond: 1 }, now: () => 0 });
    for (let i = 0; i < 5; i++) await proxy(new Request(`${proxyOrigin}/api/v3/contacts`));
    expect((await proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`))).status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it("defaults to 50 per second and can be turned off", async () => {
    const limited = setup({ now: () => 0 });
    const statuses: number[] = [];
    for (let i = 0; i < 51; i++) {
      statuses.push((await limited.proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`))).status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(50);
    expect(statuses.at(-1)).toBe(429);
    const open = setup({ rateLimit: false, now: () => 0 });
    for (let i = 0; i < 60; i++) await open.proxy(new Request(`${proxyOrigin}/api/v3/orders/A-1`));
    expect(open.upstream.requests).toHaveLength(60);
  });
});

describe("createOrdersProxy body mishaps", () => {
  it("answers 500 naming the cause when authorize consumed the body", async () => {
    const { proxy, upstream, events } = setup({
      authorize: async (request) => (await request.json()) !== null,
    });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders`, { method: "POST", headers: json, body: "{}" }),
    );
    expect(response.status).toBe(500);
    expect((await response.json()).errorCode).toBe("ProxyMisconfigured");
    expect(events[0]!.error).toContain("request.clone()");
    expect(upstream.requests).toHaveLength(0);
  });

  it("answers 400 when the browser's body breaks off, forwarding nothing", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([0x7b]));
        controller.error(new Error("connection reset"));
      },
    });
    const { proxy, upstream } = setup();
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders`, {
        method: "POST",
        headers: json,
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(400);
    expect(upstream.requests).toHaveLength(0);
  });
});

describe("createOrdersProxy request body deadline", () => {
  it("answers 408 when the body stops arriving, and forwards nothing", async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"orderId":'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const { proxy, upstream, events } = setup({ bodyTimeoutMs: 50 });
    const response = await proxy(
      new Request(`${proxyOrigin}/api/v3/orders`, {
        method: "POST",
        headers: json,
        body: stalled,
        duplex: "half",
      } as RequestInit),
    );
    expect(response.status).toBe(408);
    expect(await response.json()).toMatchObject({ errorCode: "RequestTimeout" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(upstream.requests).toHaveLength(0);
    expect(cancelled).toBe(true);
    expect(events[0]).toMatchObject({ outcome: "request-timeout", status: 408 });
  });

  it("refuses a bodyTimeoutMs that is not a positive integer", () => {
    expect(() => setup({ bodyTimeoutMs: 0 })).toThrow("`bodyTimeoutMs` must be a positive integer");
  });
});
