import { describe, expect, it } from "vitest";
import { bodyOf, createHarness, makeOrder } from "../test/harness.ts";
import { DEFAULT_API_KEY } from "./index.ts";

describe("Engage's conventions", () => {
  it("auth: answers 401 Unauthorized without an apikey header", async () => {
    const { call } = createHarness();
    const response = await call("GET", "/api/v3/orders/o-1", { headers: { apikey: null } });
    expect(response.status).toBe(401);
    const body = await bodyOf(response);
    expect(body.errorCode).toBe("Unauthorized");
    expect(body.message).toContain("apikey");
    expect(body.errors).toEqual([]);
  });

  it("auth: answers 401 for a wrong key and never echoes it", async () => {
    const { call } = createHarness();
    const wrongKey = "test-key-wrong-0123456789";
    const response = await call("GET", "/api/v3/orders/o-1", { headers: { apikey: wrongKey } });
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toContain(wrongKey);
    expect(JSON.parse(text).errorCode).toBe("Unauthorized");
  });

  it("auth: the header name is configurable (x-api-key accepted when asked)", async () => {
    const { call } = createHarness({ apiKeyHeader: ["apikey", "x-api-key"] });
    const viaAlias = await call("POST", "/api/v3/orders", {
      body: makeOrder("o-alias"),
      headers: { apikey: null, "x-api-key": DEFAULT_API_KEY },
    });
    expect(viaAlias.status).toBe(202);
    const { call: strictCall } = createHarness();
    const refused = await strictCall("GET", "/api/v3/orders/o-alias", {
      headers: { apikey: null, "x-api-key": DEFAULT_API_KEY },
    });
    expect(refused.status).toBe(401);
  });

  it("auth: keys added at runtime are accepted and removed ones refused", async () => {
    const { call, emulator } = createHarness();
    emulator.addApiKey("test-key-second");
    const headers = { apikey: "test-key-second" };
    expect((await call("GET", "/api/v3/orders/none", { headers })).status).toBe(404);
    emulator.removeApiKey("test-key-second");
    expect((await call("GET", "/api/v3/orders/none", { headers })).status).toBe(401);
  });

  it("never echoes the API key, even when a caller sends it as an order id", async () => {
    const { call } = createHarness();
    const response = await call("GET", `/api/v3/orders/${DEFAULT_API_KEY}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(DEFAULT_API_KEY);
    const created = await call("POST", "/api/v3/orders", { body: makeOrder(DEFAULT_API_KEY) });
    expect(created.status).toBe(202);
    expect(await created.text()).not.toContain(DEFAULT_API_KEY);
  });

  it("User-Agent: required on every call (400 naming the header)", async () => {
    const { call } = createHarness();
    const response = await call("GET", "/api/v3/orders/o-1", { headers: { "user-agent": null } });
    expect(response.status).toBe(400);
    const body = await bodyOf(response);
    expect(body.errorCode).toBe("InvalidRequest");
    expect(body.errors).toEqual([expect.objectContaining({ field: "User-Agent" })]);
  });

  it("User-Agent: requireUserAgent false relaxes it for browsers", async () => {
    const { call } = createHarness({ requireUserAgent: false });
    const response = await call("GET", "/api/v3/orders/o-1", { headers: { "user-agent": null } });
    expect(response.status).toBe(404);
  });

  it.each(["GET", "DELETE", "POST"])(
    "Content-Type: missing on a %s answers Engage's 500 An error has occurred",
    async (method) => {
      const { call } = createHarness();
      const path = method === "POST" ? "/api/v3/orders" : "/api/v3/orders/o-1";
      const response = await call(method, path, { headers: { "content-type": null } });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ message: "An error has occurred." });
      // Engage's body says nothing of the cause; the emulator's hint header names it.
      expect(response.headers.get("x-engage-emulator-hint")).toMatch(
        /Content-Type header is missing.*application\/json/,
      );
    },
  );

  it("Content-Type: answers other than Engage's opaque 500 carry no hint header", async () => {
    const { call } = createHarness();
    const response = await call("GET", "/api/v3/orders/o-1");
    expect(response.status).toBe(404);
    expect(response.headers.has("x-engage-emulator-hint")).toBe(false);
  });

  it("Content-Type: a type other than JSON answers 415", async () => {
    const { call } = createHarness();
    const response = await call("GET", "/api/v3/orders/o-1", {
      headers: { "content-type": "text/plain" },
    });
    expect(response.status).toBe(415);
    expect((await bodyOf(response)).errorCode).toBe("UnsupportedMediaType");
  });

  it("rate limit: above 200 requests per second and key answers 429 with Retry-After in seconds", async () => {
    const { call, emulator } = createHarness();
    const statuses: number[] = [];
    for (let index = 0; index < 201; index++) {
      statuses.push((await call("GET", "/api/v3/orders/o-1")).status);
    }
    expect(statuses.slice(0, 200).every((status) => status === 404)).toBe(true);
    const limited = await call("GET", "/api/v3/orders/o-1");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    expect((await bodyOf(limited)).errorCode).toBe("RateLimited");
    emulator.advance(1000);
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
  });

  it("rate limit: counted per API key", async () => {
    const { call, emulator } = createHarness({ rateLimit: { perSecond: 2 } });
    emulator.addApiKey("test-key-other");
    await call("GET", "/api/v3/orders/o-1");
    await call("GET", "/api/v3/orders/o-1");
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(429);
    const other = await call("GET", "/api/v3/orders/o-1", {
      headers: { apikey: "test-key-other" },
    });
    expect(other.status).toBe(404);
  });

  it("rate limit: false switches it off", async () => {
    const { call } = createHarness({ rateLimit: false });
    for (let index = 0; index < 250; index++) {
      expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
    }
  });

  it("answers an invalid JSON body with 400 and a body-level error (empty field)", async () => {
    const { call } = createHarness();
    const response = await call("POST", "/api/v3/orders", { rawBody: "{ not json" });
    expect(response.status).toBe(400);
    expect((await bodyOf(response)).errors).toEqual([{ field: "", message: "must be valid JSON" }]);
  });

  it("answers a body above maxBodyBytes with 413", async () => {
    const { call } = createHarness({ maxBodyBytes: 100 });
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-big") });
    expect(response.status).toBe(413);
    expect((await bodyOf(response)).errorCode).toBe("PayloadTooLarge");
  });

  it("answers an unknown path with 404 and a wrong method with 405 and Allow", async () => {
    const { call } = createHarness();
    const unknown = await call("GET", "/api/v3/customers");
    expect(unknown.status).toBe(404);
    expect((await bodyOf(unknown)).errorCode).toBe("NotFound");
    const wrongMethod = await call("PATCH", "/api/v3/orders/o-1");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, PUT, DELETE");
  });
});
