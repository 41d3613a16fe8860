import { describe, expect, it } from "vitest";
import { learn, pollDelay } from "./pollSchedule.ts";

const half = () => 0.5;

describe("learn", () => {
  it("keeps the 200 most recent durations and ignores impossible ones", () => {
    const durations: number[] = [];
    for (let duration = 0; duration < 250; duration++) learn(durations, duration);
    learn(durations, -1);
    learn(durations, 864e5);
    expect(durations).toHaveLength(200);
    expect(durations[0]).toBe(50);
    expect(durations.at(-1)).toBe(249);
  });
});

describe("pollDelay", () => {
  it("without history backs off with about half the job's age, within [min, max]", () => {
    expect(pollDelay([], 0, 100, 5000, half)).toBe(100);
    expect(pollDelay([], 1000, 100, 5000, half)).toBe(500);
    expect(pollDelay([], 60_000, 100, 5000, half)).toBe(5000);
    expect(pollDelay([1, 2, 3, 4], 1000, 100, 5000, half)).toBe(500);
  });

  it("with history polls when another 30% of the jobs still running had finished", () => {
    const durations = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000];
    // All ten still run at 50 ms: the third of them ends at 300 ms.
    expect(pollDelay(durations, 50, 10, 5000, half)).toBe(250);
    // Five still run at 550 ms: ceil(5 + 1.5) = the 7th ends at 700 ms.
    expect(pollDelay(durations, 550, 10, 5000, half)).toBe(150);
  });

  it("never waits longer than 800 ms for a young job in a sparse tail", () => {
    // Most jobs end fast; a few take 5-30 s. The next learned point is seconds away.
    const durations = [300, 400, 500, 600, 700, 800, 900, 5000, 18_000, 30_000];
    expect(pollDelay(durations, 1000, 100, 5000, half)).toBe(800);
    expect(pollDelay(durations, 6000, 100, 5000, half)).toBe(800);
  });

  it("past the learned durations grows gently (5% of the age) and stays bounded", () => {
    const durations = [300, 400, 500, 600, 700];
    expect(pollDelay(durations, 2000, 100, 5000, half)).toBe(800);
    expect(pollDelay(durations, 40_000, 100, 5000, half)).toBe(2000);
    expect(pollDelay(durations, 600_000, 100, 5000, half)).toBe(5000);
    const delays = [1000, 10_000, 20_000, 40_000, 80_000, 160_000].map((elapsed) =>
      pollDelay(durations, elapsed, 100, 5000, half),
    );
    expect(delays).toEqual([...delays].sort((shorter, longer) => shorter - longer));
  });
});
