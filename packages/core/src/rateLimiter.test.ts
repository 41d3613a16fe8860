import { describe, expect, it } from "vitest";
import { json, setup } from "../test/fake.ts";
import { createRateLimiter, getOrder, type RateLimiter } from "./index.ts";

function fakeTime() {
  const clock = { t: 0, slept: [] as number[] };
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      clock.slept.push(ms);
      clock.t += ms;
    },
  };
}

describe("createRateLimiter", () => {
  it("spaces starts so no second sees more than the rate", async () => {
    const time = fakeTime();
    const limiter = createRateLimiter(50, time);
    const starts: number[] = [];
    for (let request = 0; request < 120; request++) {
      await limiter.acquire();
      starts.push(time.clock.t);
    }
    for (const start of starts) {
      expect(starts.filter((at) => at >= start && at < start + 1000).length).toBeLessThanOrEqual(
        50,
      );
    }
  });

  it("reserves slots in call order for concurrent callers", async () => {
    const slept: number[] = [];
    // A clock that stands still while they wait: each wait is measured from the same instant.
    const limiter = createRateLimiter(10, {
      now: () => 0,
      sleep: async (ms) => void slept.push(ms),
    });
    await Promise.all([limiter.acquire(), limiter.acquire(), limiter.acquire()]);
    expect(slept).toEqual([100, 200]);
  });

  it.each([0, -1, Number.NaN])("refuses a rate of %s", (rate) => {
    expect(() => createRateLimiter(rate)).toThrow("rateLimit: must be a positive number");
  });

  it("is abortable", async () => {
    const limiter = createRateLimiter(1);
    await limiter.acquire();
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });

  it("the client asks the limiter before every request, and a shared one can replace it", async () => {
    const asked: Array<AbortSignal | undefined> = [];
    const shared: RateLimiter = { acquire: async (signal) => void asked.push(signal) };
    const { client } = setup([json(200, { orderId: "o-1", versionTag: "v" })], {
      rateLimit: shared,
    });
    await getOrder(client, "o-1");
    expect(asked).toHaveLength(1);
  });

  it("the default client limiter keeps 50 requests per second", async () => {
    const answers = Array.from({ length: 60 }, () =>
      json(200, { orderId: "o-1", versionTag: "v" }),
    );
    const { client, clock } = setup(answers, { rateLimit: undefined as never });
    const start = clock.t;
    for (let read = 0; read < 60; read++) await getOrder(client, "o-1");
    expect(clock.t - start).toBeGreaterThanOrEqual(59 * 20);
  });
});
