import { describe, expect, it } from "vitest";
import { ArrayStructureError, jsonArrayElements } from "./jsonArrayElements.ts";

async function split(chunks: string[]) {
  const out = [];
  for await (const element of jsonArrayElements(
    (async function* () {
      yield* chunks;
    })(),
  ))
    out.push(element);
  return out;
}

describe("jsonArrayElements", () => {
  it("splits elements across chunk boundaries, ignoring brackets and commas inside strings", async () => {
    const text = '[\n {"a":"x,]}\\"[","b":[1,2]},\n {"c":{"d":[]}}\n]\n';
    for (const size of [1, 3, 7, text.length]) {
      const chunks = [];
      for (let start = 0; start < text.length; start += size)
        chunks.push(text.slice(start, start + size));
      const elements = await split(chunks);
      expect(elements.map((element) => JSON.parse(element.text))).toEqual([
        { a: 'x,]}"[', b: [1, 2] },
        { c: { d: [] } },
      ]);
      expect(elements.map((element) => [element.index, element.line])).toEqual([
        [0, 2],
        [1, 3],
      ]);
    }
  });

  it("reads an empty array as no elements", async () => {
    expect(await split(["[ ]"])).toEqual([]);
  });

  it("says a cut-off array is truncated, and rejects text after it or empty elements", async () => {
    await expect(split(['[{"a":1},{"b"'])).rejects.toThrow(/truncated/);
    await expect(split(["[1] x"])).rejects.toThrow(ArrayStructureError);
    await expect(split(["[1,,2]"])).rejects.toThrow(/two commas/);
    await expect(split(["[1,]"])).rejects.toThrow(/before the closing/);
  });
});
