import { afterEach, describe, expect, it, vi } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import { serveOrdersProxy } from "./deno.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A stand-in for the Deno namespace: an env map and a `serve` that keeps the handler. */
function fakeDeno(values: Record<string, string>) {
  const served: {
    options: { port?: number; hostname?: string };
    handler?: (r: Request) => Response | Promise<Response>;
  } = {
    options: {},
  };
  let shutdowns = 0;
  vi.stubGlobal("Deno", {
    env: { get: (name: string) => values[name] },
    serve: (
      options: { port?: number; hostname?: string },
      handler: (r: Request) => Promise<Response>,
    ) => {
      served.options = options;
      served.handler = handler;
      return {
        addr: { hostname: options.hostname ?? "0.0.0.0", port: options.port || 4321 },
        finished: Promise.resolve(),
        shutdown: async () => {
          shutdowns++;
        },
      };
    },
  });
  return { served, shutdowns: () => shutdowns };
}

describe("the Deno entry", () => {
  it("serves the proxy configured from Deno.env", async () => {
    const deno = fakeDeno({
      ENGAGE_BASE_URL: upstreamBase,
      ENGAGE_API_KEY: canaryKey,
      PORT: "9000",
    });
    const upstream = recordingUpstream();
    vi.stubGlobal("fetch", upstream.fetch);
    const server = await serveOrdersProxy({ userAgent: "DenoShop/1.0" });
    expect(server.url).toBe("http://127.0.0.1:9000");
    expect(deno.served.options).toMatchObject({ port: 9000, hostname: "127.0.0.1" });
    const response = await deno.served.handler!(
      new Request("http://127.0.0.1:9000/api/v3/orders/jobs/j-1"),
    );
    expect(response.status).toBe(200);
    expect(upstream.requests[0]!.headers.get("user-agent")).toBe("DenoShop/1.0");
    expect(upstream.requests[0]!.headers.get("apikey")).toBe(canaryKey);
    await server.close();
    expect(deno.shutdowns()).toBe(1);
  });

  it("refuses to start without the key or with a bad port", async () => {
    fakeDeno({ ENGAGE_BASE_URL: upstreamBase });
    await expect(serveOrdersProxy()).rejects.toThrow("ENGAGE_API_KEY is not set");
    fakeDeno({ ENGAGE_BASE_URL: upstreamBase, ENGAGE_API_KEY: canaryKey, PORT: "http" });
    await expect(serveOrdersProxy()).rejects.toThrow(/PORT/);
  });
});
