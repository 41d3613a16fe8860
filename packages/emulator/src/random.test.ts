import { describe, expect, it } from "vitest";
import { createSeededRandom, createUuid, createVersionTag, seedToInt } from "./random.ts";

describe("seeded random", () => {
  it("repeats for a seed, differs across seeds and salts", () => {
    const values = (seed: string, salt = 0) => {
      const random = createSeededRandom(seed, salt);
      return [random.nextUint32(), random.nextUint32(), random.nextUint32()];
    };
    expect(values("a")).toEqual(values("a"));
    expect(values("a")).not.toEqual(values("b"));
    expect(values("a", 1)).not.toEqual(values("a", 2));
  });

  it("saves and restores its state", () => {
    const random = createSeededRandom(7);
    random.next();
    const saved = random.getState();
    const expected = [random.next(), random.next()];
    random.setState(saved);
    expect([random.next(), random.next()]).toEqual(expected);
  });

  it("makes versionTags of 16 bytes in base64 and version 4 UUIDs", () => {
    const random = createSeededRandom("ids");
    expect(createVersionTag(random)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createUuid(random)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("turns any seed into a 32-bit integer", () => {
    expect(seedToInt(Number.NaN)).toBe(0);
    expect(seedToInt(-1)).toBe(4294967295);
    expect(seedToInt("x")).toBe(seedToInt("x"));
  });
});
