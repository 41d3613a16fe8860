import { describe, expect, it } from "vitest";
import { createTokenBucket } from "./createTokenBucket.ts";

describe("createTokenBucket", () => {
  it("allows a burst, then one token per 1/perSecond", () => {
    let now = 0;
    const bucket = createTokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBe(100);
    now += 50;
    expect(bucket.take()).toBe(50);
    now += 50;
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(100);
  });

  it("never holds more than the burst", () => {
    let now = 0;
    const bucket = createTokenBucket(50, 2, () => now);
    now += 60_000;
    expect([bucket.take(), bucket.take()]).toEqual([0, 0]);
    expect(bucket.take()).toBeGreaterThan(0);
  });
});
