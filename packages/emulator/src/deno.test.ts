import { afterEach, describe, expect, it, vi } from "vitest";
import denoModule, { serveEmulator } from "./deno.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("Deno entry", () => {
  it("serveEmulator hands Deno.serve a fetch handler and reports the URL", async () => {
    let handler: ((request: Request) => Promise<Response>) | undefined;
    const serve = vi.fn((options: { port: number; hostname: string }, given: typeof handler) => {
      handler = given;
      return {
        finished: Promise.resolve(),
        shutdown: async () => {},
        addr: { port: 4321, hostname: options.hostname },
      };
    });
    vi.stubGlobal("Deno", { serve, env: { toObject: () => ({}) } });
    const server = serveEmulator({ port: 0, apiKeys: ["test-key-deno"] });
    expect(server.url).toBe("http://127.0.0.1:4321");
    expect(serve).toHaveBeenCalledWith(
      expect.objectContaining({ port: 0, hostname: "127.0.0.1" }),
      expect.any(Function),
    );
    const response = await handler?.(
      new Request("http://127.0.0.1:4321/api/v3/orders/o-1", {
        headers: {
          apikey: "test-key-deno",
          "user-agent": "DenoTest/1.0",
          "content-type": "application/json",
        },
      }),
    );
    expect(response?.status).toBe(404);
  });

  it("the default export is { fetch } for deno serve, configured from the environment", async () => {
    vi.stubGlobal("Deno", {
      serve: vi.fn(),
      env: { toObject: () => ({ ENGAGE_API_KEY: "test-key-env" }) },
    });
    const response = await denoModule.fetch(
      new Request("http://localhost/api/v3/orders/o-1", {
        headers: {
          apikey: "test-key-env",
          "user-agent": "DenoTest/1.0",
          "content-type": "application/json",
        },
      }),
    );
    expect(response.status).toBe(404);
  });

  it("explains itself outside Deno", () => {
    expect(() => serveEmulator()).toThrow("needs the Deno runtime");
  });
});
