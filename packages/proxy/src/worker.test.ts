import { afterEach, describe, expect, it, vi } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import worker, { createOrdersProxyWorker } from "./worker.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

const env = {
  ENGAGE_BASE_URL: upstreamBase,
  ENGAGE_API_KEY: canaryKey,
  ALLOWED_ORIGINS: "https://shop.example",
};

describe("the Worker entry", () => {
  it("forwards with the key from its bindings through the platform fetch", async () => {
    const upstream = recordingUpstream();
    vi.stubGlobal("fetch", upstream.fetch);
    const response = await worker.fetch(
      new Request("https://proxy.example/api/v3/orders/A-1", {
        headers: { origin: "https://shop.example" },
      }),
      env,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    expect(upstream.requests[0]!.headers.get("apikey")).toBe(canaryKey);
  });

  it("answers 500 naming a missing binding, and forwards nothing", async () => {
    const upstream = recordingUpstream();
    vi.stubGlobal("fetch", upstream.fetch);
    const response = await worker.fetch(new Request("https://proxy.example/api/v3/orders/A-1"), {
      ENGAGE_BASE_URL: upstreamBase,
    });
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.json()).toMatchObject({
      errorCode: "ProxyMisconfigured",
      message: "The environment variable ENGAGE_API_KEY is not set.",
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it("takes an authorize hook that can read other bindings", async () => {
    const upstream = recordingUpstream();
    vi.stubGlobal("fetch", upstream.fetch);
    const custom = createOrdersProxyWorker<typeof env & { SESSION: string }>((bindings) => ({
      authorize: (request) => request.headers.get("x-session") === bindings.SESSION,
    }));
    const bindings = { ...env, SESSION: "s-1" };
    const refused = await custom.fetch(
      new Request("https://proxy.example/api/v3/orders/A-1"),
      bindings,
    );
    expect(refused.status).toBe(403);
    const allowed = await custom.fetch(
      new Request("https://proxy.example/api/v3/orders/A-1", { headers: { "x-session": "s-1" } }),
      bindings,
    );
    expect(allowed.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });
});
