// The index of operations at the top of src/index.ts and of the README must name every value
// the package exports, and nothing else, so a new operation cannot be left out of either.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.ts";

const exported = Object.keys(core).sort();
const indexSource = await readFile(new URL("../src/index.ts", import.meta.url), "utf8");
const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, "")
    .replace(/ /g, "-");

describe("the index of operations", () => {
  it("the JSDoc at the top of index.ts links every export once, and only exports", () => {
    const leadingBlock = /^\/\*\*([\s\S]*?)\*\//.exec(indexSource)?.[1] ?? "";
    expect(leadingBlock).toContain("@module");
    const linked = [...leadingBlock.matchAll(/\{@link (\w+)\}/g)].map((match) => match[1]);
    expect(new Set(linked).size).toBe(linked.length);
    expect(linked.sort()).toEqual(exported);
  });

  it("the README's index names every export once, each linking to a section that exists", () => {
    const section = /## Index of operations\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? "";
    const entries = [...section.matchAll(/\[`(\w+)`\]\(#([\w-]+)\)/g)].map((match) => ({
      name: match[1],
      anchor: match[2],
    }));
    const names = entries.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(exported);
    const anchors = new Set(
      [...readme.matchAll(/^#{2,4} (.+)$/gm)].map((match) => anchorOf(match[1] ?? "")),
    );
    for (const entry of entries) expect(anchors, entry.name).toContain(entry.anchor);
  });
});
