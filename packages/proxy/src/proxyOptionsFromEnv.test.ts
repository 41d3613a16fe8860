import { describe, expect, it } from "vitest";
import { canaryKey } from "../test/recordingUpstream.ts";
import { proxyOptionsFromEnv } from "./proxyOptionsFromEnv.ts";

const env =
  (values: Record<string, string>) =>
  (name: string): string | undefined =>
    values[name];

describe("proxyOptionsFromEnv", () => {
  it("reads every variable", () => {
    expect(
      proxyOptionsFromEnv(
        env({
          ENGAGE_BASE_URL: "https://tenant.voyado.example",
          ENGAGE_API_KEY: canaryKey,
          ALLOWED_ORIGINS: "https://shop.example, https://admin.shop.example",
          ENGAGE_USER_AGENT: "AcmeShop/1.0",
          ENGAGE_API_KEY_HEADER: "x-api-key",
          PROXY_BASE_PATH: "/engage",
          PROXY_PUBLIC_ORIGIN: "https://shop.example",
          PROXY_RATE_LIMIT: "20",
          ALLOWED_ROUTES: "getJob,getOrder",
        }),
      ),
    ).toEqual({
      baseUrl: "https://tenant.voyado.example",
      apiKey: canaryKey,
      cors: { origins: ["https://shop.example", "https://admin.shop.example"] },
      userAgent: "AcmeShop/1.0",
      apiKeyHeader: "x-api-key",
      basePath: "/engage",
      publicOrigin: "https://shop.example",
      rateLimit: { perSecond: 20 },
      allowedRoutes: ["getJob", "getOrder"],
    });
  });

  it("reads * as any origin and lets overrides win", () => {
    const options = proxyOptionsFromEnv(
      env({
        ENGAGE_BASE_URL: "https://a.example",
        ENGAGE_API_KEY: canaryKey,
        ALLOWED_ORIGINS: "*",
      }),
      { basePath: "/x" },
    );
    expect(options).toMatchObject({ cors: { origins: "*" }, basePath: "/x" });
  });

  it("reads PROXY_RATE_LIMIT=off and refuses a rate that is not a number", () => {
    const base = { ENGAGE_BASE_URL: "https://a.example", ENGAGE_API_KEY: canaryKey };
    expect(proxyOptionsFromEnv(env({ ...base, PROXY_RATE_LIMIT: "OFF" })).rateLimit).toBe(false);
    expect(() => proxyOptionsFromEnv(env({ ...base, PROXY_RATE_LIMIT: "fast" }))).toThrow(
      "PROXY_RATE_LIMIT must be a number or off",
    );
  });

  it("names a missing variable and never echoes the key", () => {
    expect(() => proxyOptionsFromEnv(env({ ENGAGE_API_KEY: canaryKey }))).toThrow(
      "The environment variable ENGAGE_BASE_URL is not set.",
    );
    expect(() =>
      proxyOptionsFromEnv(env({ ENGAGE_BASE_URL: "https://a.example", ENGAGE_API_KEY: " " })),
    ).toThrow("The environment variable ENGAGE_API_KEY is not set.");
  });
});
