import { describe, expect, it } from "vitest";
import { fixedLatency, latencyProfiles, logNormalLatency } from "./latency.ts";
import { createSeededRandom } from "./random.ts";

function samples(profile: { sample(random: () => number): number }, count: number): number[] {
  const random = createSeededRandom("latency-test");
  return Array.from({ length: count }, () => profile.sample(random.next)).sort((a, b) => a - b);
}

describe("latency profiles", () => {
  it("realistic (the default): median about 400 ms, most jobs under 2 s, a small tail of several seconds", () => {
    const values = samples(latencyProfiles.realistic, 20_000);
    const median = values[10_000] ?? 0;
    expect(median).toBeGreaterThan(340);
    expect(median).toBeLessThan(460);
    const underTwoSeconds = values.filter((value) => value < 2000).length / values.length;
    expect(underTwoSeconds).toBeGreaterThan(0.95);
    const tail = values.filter((value) => value >= 3000).length / values.length;
    expect(tail).toBeGreaterThan(0.01);
    expect(tail).toBeLessThan(0.04);
    expect(values.at(-1)).toBeLessThanOrEqual(60_000);
  });

  it("the same seed gives the same delays", () => {
    expect(samples(latencyProfiles.realistic, 50)).toEqual(samples(latencyProfiles.realistic, 50));
  });

  it("instant is always 0; fixedLatency is always its value and refuses a negative one", () => {
    expect(new Set(samples(latencyProfiles.instant, 100))).toEqual(new Set([0]));
    expect(new Set(samples(fixedLatency(250), 10))).toEqual(new Set([250]));
    expect(() => fixedLatency(-1)).toThrow(RangeError);
  });

  it("logNormalLatency takes its median and tail from the options", () => {
    const values = samples(
      logNormalLatency({ medianMs: 100, sigma: 0.1, tailProbability: 0 }),
      5000,
    );
    expect(values[2500]).toBeGreaterThan(95);
    expect(values[2500]).toBeLessThan(105);
    expect(values.at(-1)).toBeLessThan(200);
  });
});
