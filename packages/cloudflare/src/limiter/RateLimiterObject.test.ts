import type { LeaseGrant } from "@engage-orders/fleet-limiter";
import { describe, expect, it } from "vitest";
import type { DurableObjectStateLike } from "./durableObjectTypes.ts";
import { RateLimiterObject } from "./RateLimiterObject.ts";

/** A Durable Object state over a Map, kept across "restarts" as the real storage is. */
function memoryState(stored: Map<string, unknown>): DurableObjectStateLike {
  return {
    storage: {
      get: async <T>(key: string) => stored.get(key) as T | undefined,
      put: async (key, value) => {
        stored.set(key, value);
      },
    },
    blockConcurrencyWhile: (callback) => callback(),
  };
}

function lease(object: RateLimiterObject, body: unknown): Promise<Response> {
  return object.fetch(
    new Request("https://limiter/lease", { method: "POST", body: JSON.stringify(body) }),
  );
}

describe("RateLimiterObject", () => {
  it("a restarted object continues the stored schedule: no send time is granted twice", async () => {
    const stored = new Map<string, unknown>();
    const first = new RateLimiterObject(memoryState(stored));
    const before = (await (await lease(first, { lessee: "a", want: 16 })).json()) as LeaseGrant;
    const restarted = new RateLimiterObject(memoryState(stored));
    await Promise.resolve();
    const after = (await (await lease(restarted, { lessee: "b", want: 1 })).json()) as LeaseGrant;
    // The restarted object's first send time comes after the 16 granted before (within 50 ms of test time).
    expect(after.firstInMs).toBeGreaterThan(before.firstInMs + 15 * before.spacingMs - 50);
  });

  it("answers 400 naming the field for a bad lease, and 405 for other methods", async () => {
    const object = new RateLimiterObject(memoryState(new Map()));
    const badWant = await lease(object, { lessee: "a", want: -1 });
    expect(badWant.status).toBe(400);
    expect(await badWant.text()).toMatch(/want/);
    const badPolicy = await lease(object, { lessee: "a", want: 1, policy: { perSecond: "many" } });
    expect(badPolicy.status).toBe(400);
    expect(await badPolicy.text()).toMatch(/perSecond/);
    expect((await object.fetch(new Request("https://limiter/lease"))).status).toBe(405);
  });

  it("uses the policy the lease carries", async () => {
    const object = new RateLimiterObject(memoryState(new Map()));
    const response = await lease(object, { lessee: "a", want: 2, policy: { perSecond: 10 } });
    expect(((await response.json()) as LeaseGrant).spacingMs).toBe(100);
  });
});
