import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const sourceDir = import.meta.dirname;

// The runtime-specific entries, each allowed its own runtime's globals and nothing else.
const runtimeEntries: Record<string, RegExp[]> = {
  "node.ts": [],
  "deno.ts": [/\bDeno\b/],
};

const nonStandard: [string, RegExp][] = [
  ["process", /\bprocess\s*[.[]/],
  ["Buffer", /\bBuffer\b/],
  ["node: imports", /from\s+["']node:/],
  ["require", /\brequire\s*\(/],
  ["Deno", /\bDeno\s*\./],
  ["window", /\bwindow\s*\./],
  ["document", /\bdocument\s*\./],
];

const sources = readdirSync(sourceDir).filter(
  (file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !(file in runtimeEntries),
);

describe("the proxy core uses web standards only", () => {
  it("has sources to check", () => {
    expect(sources).toContain("createOrdersProxy.ts");
    expect(sources).toContain("worker.ts");
  });

  it.each(sources)("%s uses no runtime-specific global or import", (file) => {
    const code = readFileSync(join(sourceDir, file), "utf8");
    const found = nonStandard.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    expect(found).toEqual([]);
  });

  it("keeps the Deno entry free of Node", () => {
    const code = readFileSync(join(sourceDir, "deno.ts"), "utf8");
    expect(code).not.toMatch(/from\s+["']node:|\bprocess\s*\.|\bBuffer\b/);
  });
});
