// The fleet limiter inside workerd: separate client objects burst against one Durable Object
// while the emulator (Engage's 50 requests/s per key) counts what arrives. The rate runs go
// one after the other (a busy event loop fires timers late, and late send times are dropped);
// the short failure cases run together. Each run has its own API key. About 35 s in all.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type FleetHarness, fleetKeys, startFleetHarness } from "./fleetHarness.ts";

let harness: FleetHarness;
beforeAll(async () => {
  harness = await startFleetHarness();
});
afterAll(async () => {
  await harness?.close();
});

const burst = { mode: "burst", limiter: "fleet", binding: "LIMITER", concurrency: 8 } as const;

describe("the fleet limiter on a Durable Object: rates", () => {
  test("20 clients for 20 s: no second above 50, at least 45/s, no 429, at most 0.25 leases per request", async () => {
    const figures = await harness.run(
      { ...burst, apiKey: fleetKeys[0] as string, durationMs: 20_000 },
      20,
    );
    console.info("20 clients, 20 s:", JSON.stringify(figures));
    expect(figures.errors).toEqual({});
    expect(figures.rateLimited).toBe(0);
    // The emulator's windows (its 429s count in calendar seconds); the sliding count is printed.
    expect(figures.maxInCalendarSecond).toBeLessThanOrEqual(50);
    expect(figures.averagePerSecond).toBeGreaterThanOrEqual(45);
    expect(figures.leasesPerRequest).toBeLessThanOrEqual(0.25);
  });

  test("one client sends as many as one client with the core's own limiter at the same rate", async () => {
    const [fleet, core] = await Promise.all([
      harness.run({ ...burst, apiKey: fleetKeys[1] as string, durationMs: 10_000 }, 1),
      harness.run(
        { ...burst, limiter: "core", apiKey: fleetKeys[2] as string, durationMs: 10_000 },
        1,
      ),
    ]);
    console.info("one client, fleet:", JSON.stringify(fleet), "core:", JSON.stringify(core));
    expect(fleet.rateLimited).toBe(0);
    // 3% slack: a send time whose timer fires more than toleranceMs late is dropped (the core's
    // limiter sends it late instead), and a loaded machine fires some timers that late.
    expect(fleet.requests).toBeGreaterThanOrEqual(core.requests * 0.97);
  });
});

describe.concurrent("the fleet limiter on a Durable Object: abort and failures", () => {
  test("an acquire aborted while it waits for its send time sends nothing", async () => {
    const apiKey = fleetKeys[3] as string;
    const figures = await harness.run(
      { ...burst, mode: "abort", apiKey, durationMs: 0, perSecond: 1 },
      1,
    );
    expect(figures.errors).toEqual({ "The caller went away.": 1 });
    expect(harness.arrivals(apiKey).map((arrival) => arrival.path)).toEqual([
      "/api/v3/orders/first",
    ]);
  });

  test("a failing limiter object: fail closed with FleetLimiterUnavailableError, nothing sent", async () => {
    const apiKey = fleetKeys[4] as string;
    const figures = await harness.run(
      { ...burst, binding: "BROKEN", apiKey, durationMs: 2000, concurrency: 2 },
      2,
    );
    expect(figures.errors).toEqual({ FleetLimiterUnavailableError: 4 });
    expect(harness.arrivals(apiKey)).toEqual([]);
  });

  test("a limiter object that does not answer within leaseTimeoutMs: fail closed, nothing sent", async () => {
    const apiKey = fleetKeys[5] as string;
    const figures = await harness.run(
      {
        ...burst,
        binding: "STALLED",
        apiKey,
        durationMs: 2000,
        concurrency: 2,
        leaseTimeoutMs: 300,
      },
      1,
    );
    expect(figures.errors).toEqual({ FleetLimiterUnavailableError: 2 });
    expect(harness.arrivals(apiKey)).toEqual([]);
  });

  test("with a fallback limiter, an unreachable object slows the client to the fallback rate", async () => {
    const apiKey = fleetKeys[6] as string;
    const figures = await harness.run(
      {
        ...burst,
        binding: "BROKEN",
        apiKey,
        durationMs: 2000,
        concurrency: 1,
        fallbackPerSecond: 5,
      },
      1,
    );
    expect(figures.errors).toEqual({});
    // 5 per second for 2 s, give or take the boundary.
    expect(figures.requests).toBeGreaterThanOrEqual(9);
    expect(figures.requests).toBeLessThanOrEqual(12);
  });
});
