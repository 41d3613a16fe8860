// Deno users get every package with a Deno entry from JSR as TypeScript source: each jsr.json
// must name the same package, version and entry points as its package.json (whose
// `@engage-orders/source` condition points at the same files). A `./node` entry may be left
// out (npm-only, where it leans on Node's own types); when a jsr.json lists it, it must point at
// the same source file (Deno runs `node:http` too).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8"));
const packageNames = readdirSync(join(root, "packages")).filter((name) =>
  existsSync(join(root, "packages", name, "package.json")),
);
const withJsr = packageNames.filter((name) => existsSync(join(root, "packages", name, "jsr.json")));
const npmOnlyEntries = new Set(["./package.json", "./node"]);

test("every package with a Deno entry publishes a jsr.json", () => {
  const withDenoEntry = packageNames.filter(
    (name) => "./deno" in (read(`packages/${name}/package.json`).exports ?? {}),
  );
  expect(withDenoEntry.filter((name) => !withJsr.includes(name))).toEqual([]);
});

describe.each(withJsr)("packages/%s/jsr.json", (name) => {
  const pkg = read(`packages/${name}/package.json`);
  const jsr = read(`packages/${name}/jsr.json`);

  test("names the same package, version and license as package.json", () => {
    expect(jsr.name).toBe(pkg.name);
    expect(jsr.version).toBe(pkg.version);
    expect(jsr.license).toBe(pkg.license);
  });

  test("exports exactly the package.json entry points, each at its source file", () => {
    const fromPackage = Object.fromEntries(
      Object.entries(pkg.exports as Record<string, Record<string, unknown>>)
        .filter(([subpath]) => !npmOnlyEntries.has(subpath))
        .map(([subpath, conditions]) => [subpath, conditions["@engage-orders/source"]]),
    );
    const { "./node": nodeEntry, ...jsrExports } = jsr.exports as Record<string, string>;
    expect(jsrExports).toEqual(fromPackage);
    if (nodeEntry !== undefined) {
      expect(nodeEntry).toBe(pkg.exports["./node"]?.["@engage-orders/source"]);
    }
    for (const file of Object.values(jsr.exports as Record<string, string>)) {
      expect(existsSync(join(root, "packages", name, file))).toBe(true);
    }
  });

  test("publishes the source without tests", () => {
    expect(jsr.publish.include).toContain("src/**/*.ts");
    expect(jsr.publish.exclude).toContain("src/**/*.test.ts");
  });
});
