import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cliOptions.ts";

describe("engage-emulator flags", () => {
  it("defaults: port 8787 on 127.0.0.1 with the control API", () => {
    expect(parseCliArgs([])).toEqual({
      server: { port: 8787, host: "127.0.0.1", controlRoutes: { path: "/_emulator" } },
      contacts: [],
      help: false,
    });
  });

  it("reads every option", () => {
    const config = parseCliArgs([
      "--port",
      "0",
      "--host",
      "0.0.0.0",
      "--api-key",
      "test-key-a",
      "--api-key",
      "test-key-b",
      "--api-key-header",
      "x-api-key",
      "--seed",
      "s",
      "--data",
      "state.json",
      "--completion",
      "302",
      "--latency",
      "fast",
      "--contact",
      "ada@example.com",
      "--auto-create-contacts",
      "--allow-missing-user-agent",
      "--rate-limit",
      "off",
      "--fault-server-error",
      "0.1",
      "--fault-latency",
      "0.5",
      "--fault-latency-ms",
      "300",
      "--variant",
      "acceptedStatus=201",
      "--variant",
      "retryAfter=false",
      "--no-control",
    ]);
    expect(config).toEqual({
      server: {
        port: 0,
        host: "0.0.0.0",
        controlRoutes: false,
        apiKeys: ["test-key-a", "test-key-b"],
        apiKeyHeader: ["x-api-key"],
        seed: "s",
        completion: 302,
        latency: "fast",
        autoCreateContacts: true,
        requireUserAgent: false,
        rateLimit: false,
        faults: { serverError: 0.1, extraLatency: 0.5, extraLatencyMs: 300 },
        variants: expect.objectContaining({ acceptedStatus: 201, retryAfter: false }),
      },
      dataFile: "state.json",
      contacts: ["ada@example.com"],
      help: false,
    });
  });

  it.each([
    [["--port", "99999"], "--port must be a number from 0 to 65535"],
    [["--fault-html", "2"], "--fault-html must be a number from 0 to 1"],
    [["--latency", "warp"], "--latency must be one of"],
    [["--variant", "pageLinks"], "--variant must look like key=value"],
    [["--variant", "pageLinks=map"], "variants.pageLinks"],
    [["--unknown"], "Unknown option"],
  ])("refuses %j naming the problem", (args, message) => {
    expect(() => parseCliArgs(args)).toThrow(message);
  });
});
