import { describe, expect, it } from "vitest";
import { canaryKey } from "../test/recordingUpstream.ts";
import { resolveProxyOptions } from "./resolveProxyOptions.ts";
import type { OrdersProxyOptions } from "./types.ts";

const valid: OrdersProxyOptions = { baseUrl: "https://tenant.voyado.example", apiKey: canaryKey };

describe("resolveProxyOptions", () => {
  it("applies the defaults", () => {
    const resolved = resolveProxyOptions(valid);
    expect(resolved).toMatchObject({
      upstreamBase: "https://tenant.voyado.example",
      apiKeyHeader: "apikey",
      userAgent: "engage-orders-proxy/0.1",
      basePath: "",
      maxBodyBytes: 1048576,
      timeoutMs: 30000,
      cors: undefined,
    });
    expect(resolved.routes.map((route) => route.name)).toHaveLength(10);
  });

  it.each<[Partial<OrdersProxyOptions>, RegExp]>([
    [{ baseUrl: "tenant.voyado.example" }, /`baseUrl` must be an absolute http\(s\) URL/],
    [{ baseUrl: "ftp://tenant.voyado.example" }, /`baseUrl`/],
    [{ baseUrl: "https://tenant.voyado.example/?x=1" }, /`baseUrl` must not carry a query/],
    [{ baseUrl: "https://user:pw@tenant.voyado.example" }, /`baseUrl` must not carry/],
    [{ apiKey: "" }, /`apiKey` must be a non-empty string/],
    [{ apiKey: "short" }, /`apiKey` must be at least 8 characters/],
    [{ apiKeyHeader: "api key" }, /`apiKeyHeader` must be a valid header name/],
    [{ userAgent: "Acme/1\r\nX: y" }, /`userAgent`/],
    [{ allowedRoutes: [] }, /`allowedRoutes` must name at least one route/],
    [{ allowedRoutes: ["deleteEverything" as never] }, /unknown route "deleteEverything"/],
    [{ basePath: "engage" }, /`basePath` must start with "\/"/],
    [{ basePath: "/a/../b" }, /`basePath` must be a plain path/],
    [{ maxBodyBytes: 0 }, /`maxBodyBytes` must be a positive integer/],
    [{ timeoutMs: 1.5 }, /`timeoutMs` must be a positive integer/],
    [{ forwardHeaders: ["Cookie"] }, /`forwardHeaders` must not include "Cookie"/],
    [{ forwardHeaders: ["apikey"] }, /`forwardHeaders` must not include/],
    [
      { cors: { origins: ["https://shop.example/path"] } },
      /`cors.origins.0` must be an origin only/,
    ],
    [{ cors: { origins: ["*"] } }, /`cors.origins.0` must not be "\*"/],
    [{ publicOrigin: "shop" }, /`publicOrigin`/],
    [{ rateLimit: { perSecond: 0 } }, /`rateLimit.perSecond` must be a positive number/],
    [{ rateLimit: { perSecond: 10, burst: 0.5 } }, /`rateLimit.burst` must be a positive integer/],
  ])("refuses %o naming the field", (override, message) => {
    let thrown: unknown;
    try {
      resolveProxyOptions({ ...valid, ...override });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain(canaryKey);
  });

  it("normalizes the base URL, base path and extra forwarded headers", () => {
    const resolved = resolveProxyOptions({
      ...valid,
      baseUrl: "HTTPS://Tenant.Voyado.Example/engage/",
      basePath: "/proxy/",
      forwardHeaders: ["X-Correlation-Id", "accept"],
    });
    expect(resolved.upstreamBase).toBe("https://tenant.voyado.example/engage");
    expect(resolved.basePath).toBe("/proxy");
    expect(resolved.forwardHeaders).toContain("x-correlation-id");
    expect(resolved.forwardHeaders.filter((name) => name === "accept")).toHaveLength(1);
  });
});
