import { createRateLimiter } from "@engage-orders/core";
import { describe, expect, it } from "vitest";
import { createLeasedRateLimiter } from "./createLeasedRateLimiter.ts";
import { FleetLimiterUnavailableError } from "./FleetLimiterUnavailableError.ts";
import { createLeaseSchedule, grantLease, type LeaseRequest } from "./grantLease.ts";

/** A manual clock whose sleeps move time forward (optionally overshooting, as a stalled timer). */
function fakeTime() {
  const clock = { t: 1_000_000, overshootMs: 0 };
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      await Promise.resolve();
      signal?.throwIfAborted();
      clock.t += ms + clock.overshootMs;
    },
  };
}

/** A coordinator in memory, as the Durable Object or Deno KV would keep it. */
function coordinator(now: () => number) {
  let schedule = createLeaseSchedule();
  const requests: LeaseRequest[] = [];
  return {
    requests,
    lease: async (request: LeaseRequest) => {
      requests.push(request);
      const result = grantLease(schedule, request, now());
      schedule = result.schedule;
      return result.grant;
    },
  };
}

describe("createLeasedRateLimiter", () => {
  // Real timers: concurrent waits need one shared timeline (about 0.8 s at 48/s).
  it("serves several acquires per lease, asking for what its waiting acquires need", async () => {
    const fleet = coordinator(Date.now);
    const limiter = createLeasedRateLimiter({ lease: fleet.lease });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        await limiter.acquire();
        starts.push(Date.now());
      }),
    );
    expect(starts).toHaveLength(40);
    // Acquires made together ask in one lease, for all of them (capped by the policy).
    expect(fleet.requests.length).toBeLessThanOrEqual(5);
    expect(fleet.requests[0]?.want).toBe(40);
  });

  it("sends at most 49 per second for one client", async () => {
    const time = fakeTime();
    const fleet = coordinator(time.now);
    const limiter = createLeasedRateLimiter({ lease: fleet.lease, ...time });
    const starts: number[] = [];
    for (let index = 0; index < 200; index++) {
      await limiter.acquire();
      starts.push(time.clock.t);
    }
    for (const start of starts) {
      const inSecond = starts.filter((other) => other >= start && other < start + 1000);
      expect(inSecond.length).toBeLessThanOrEqual(49);
    }
  });

  it("an acquire aborted while waiting for its send time rejects, and the time goes to the next", async () => {
    const time = fakeTime();
    const fleet = coordinator(time.now);
    const limiter = createLeasedRateLimiter({ lease: fleet.lease, ...time });
    await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    controller.abort(new Error("gone"));
    await expect(aborted).rejects.toThrow("gone");
    const leasesBefore = fleet.requests.length;
    await limiter.acquire();
    // The given-back send time served it: no new lease.
    expect(fleet.requests.length).toBe(leasesBefore);
  });

  it("an acquire aborted while the lease is pending rejects with the reason", async () => {
    let answer: ((value: never) => void) | undefined;
    const limiter = createLeasedRateLimiter({
      lease: () => new Promise((resolve) => (answer = resolve)),
    });
    const controller = new AbortController();
    const acquired = limiter.acquire(controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(new Error("client gone"));
    await expect(acquired).rejects.toThrow("client gone");
    expect(answer).toBeDefined();
  });

  it("an already aborted signal asks nothing", async () => {
    const fleet = coordinator(Date.now);
    const limiter = createLeasedRateLimiter({ lease: fleet.lease });
    await expect(limiter.acquire(AbortSignal.abort(new Error("stop")))).rejects.toThrow("stop");
    expect(fleet.requests).toHaveLength(0);
  });

  it("drops a send time reached too late instead of using it late", async () => {
    const time = fakeTime();
    const fleet = coordinator(time.now);
    const limiter = createLeasedRateLimiter({ lease: fleet.lease, ...time });
    await limiter.acquire();
    await limiter.acquire();
    // Every timer now fires 50 ms late: each send time is dropped and leased again.
    time.clock.overshootMs = 50;
    const leasesBefore = fleet.requests.length;
    const gotIt = limiter.acquire();
    await new Promise((resolve) => setTimeout(resolve, 20));
    time.clock.overshootMs = 0;
    await gotIt;
    expect(fleet.requests.length).toBeGreaterThan(leasesBefore);
  });

  it("fails closed with FleetLimiterUnavailableError when the coordinator rejects, then tries again later", async () => {
    const time = fakeTime();
    let calls = 0;
    const limiter = createLeasedRateLimiter({
      lease: async () => {
        calls++;
        throw new Error("Durable Object is overloaded");
      },
      unavailableForMs: 1000,
      ...time,
    });
    const error = await limiter.acquire().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FleetLimiterUnavailableError);
    expect((error as Error).name).toBe("FleetLimiterUnavailableError");
    expect(((error as Error).cause as Error).message).toBe("Durable Object is overloaded");
    await expect(limiter.acquire()).rejects.toBeInstanceOf(FleetLimiterUnavailableError);
    expect(calls).toBe(1);
    time.clock.t += 1001;
    await expect(limiter.acquire()).rejects.toBeInstanceOf(FleetLimiterUnavailableError);
    expect(calls).toBe(2);
  });

  it("counts a coordinator that never answers as unreachable after leaseTimeoutMs", async () => {
    const limiter = createLeasedRateLimiter({
      lease: () => new Promise(() => {}),
      leaseTimeoutMs: 30,
    });
    const error = await limiter.acquire().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FleetLimiterUnavailableError);
    expect(String((error as Error).cause)).toContain("No lease within 30 ms");
  });

  it("uses the fallback limiter while the coordinator is unreachable", async () => {
    const time = fakeTime();
    const limiter = createLeasedRateLimiter({
      lease: async () => {
        throw new Error("unreachable");
      },
      fallback: createRateLimiter(2, time),
      ...time,
    });
    const start = time.clock.t;
    await limiter.acquire();
    await limiter.acquire();
    await limiter.acquire();
    // Two per second: the third start is a second after the first.
    expect(time.clock.t - start).toBe(1000);
  });
});
