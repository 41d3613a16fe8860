import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cliOptions.ts";

describe("engage-emulator flags", () => {
  it("defaults: port 8787 on 127.0.0.1 with the control API", () => {
    expect(parseCliArgs([])).toEqual({
      server: { port: 8787, host: "127.0.0.1", controlRoutes: { path: "/_emulator" } },
      contacts: [],
      help: false,
      version: false,
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
      version: false,
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

  it("--version asks for the version only", () => {
    expect(parseCliArgs(["--version"]).version).toBe(true);
  });

  it("reads the environment as the Worker and Deno entries do, plus where to listen", () => {
    const config = parseCliArgs([], {
      EMULATOR_PORT: "0",
      EMULATOR_HOST: "::1",
      ENGAGE_API_KEY: "test-key-env-a, test-key-env-b",
      EMULATOR_SEED: "env-seed",
      EMULATOR_COMPLETION: "302",
      EMULATOR_LATENCY: "instant",
      EMULATOR_CONTACTS: "ada@example.com,grace@example.com",
      EMULATOR_AUTO_CREATE_CONTACTS: "true",
      EMULATOR_REQUIRE_USER_AGENT: "false",
    });
    expect(config).toEqual({
      server: {
        port: 0,
        host: "::1",
        controlRoutes: { path: "/_emulator" },
        apiKeys: ["test-key-env-a", "test-key-env-b"],
        seed: "env-seed",
        completion: 302,
        latency: "instant",
        autoCreateContacts: true,
        requireUserAgent: false,
      },
      // Seeded like --contact (only when not in the --data state), not on every reset.
      contacts: ["ada@example.com", "grace@example.com"],
      help: false,
      version: false,
    });
  });

  it("a flag wins over its variable; the variable's contacts come first", () => {
    const config = parseCliArgs(
      ["--port", "9000", "--api-key", "test-key-flag", "--latency", "fast", "--contact", "b@x.io"],
      {
        EMULATOR_PORT: "0",
        ENGAGE_API_KEY: "test-key-env",
        EMULATOR_LATENCY: "instant",
        EMULATOR_CONTACTS: "a@x.io",
      },
    );
    expect(config.server).toMatchObject({
      port: 9000,
      apiKeys: ["test-key-flag"],
      latency: "fast",
    });
    expect(config.contacts).toEqual(["a@x.io", "b@x.io"]);
  });

  it.each([
    [{ EMULATOR_PORT: "http" }, "EMULATOR_PORT must be a number from 0 to 65535"],
    [{ EMULATOR_LATENCY: "warp" }, "EMULATOR_LATENCY must be one of"],
    [{ EMULATOR_COMPLETION: "201" }, "EMULATOR_COMPLETION must be one of 200, 302"],
    [
      { EMULATOR_AUTO_CREATE_CONTACTS: "yes" },
      "EMULATOR_AUTO_CREATE_CONTACTS must be one of true, false",
    ],
  ])("refuses the environment %j naming the variable", (env, message) => {
    expect(() => parseCliArgs([], env)).toThrow(message);
  });
});
