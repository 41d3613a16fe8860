import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Every module of the emulator's source, type-only imports included: a circle (even a
// type-only one) means a type lives in the wrong file, and JSR/Deno read these imports as
// written, so they name the `.ts` file.
const sourceDir = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = entry.name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(entry.name);
    return isSource ? [path] : [];
  });
}

/** The relative specifiers a module imports or re-exports, as written. */
function relativeSpecifiers(file: string): string[] {
  // Comments are left out: a JSDoc example's import is not one of the module's.
  const text = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)];
  return specifiers.map((match) => match[1] ?? "");
}

/** The import graph: each module's path to the paths it imports as written (relative to src). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(sourceDir)) {
    const targets = relativeSpecifiers(file).map((specifier) =>
      relative(sourceDir, resolve(dirname(file), specifier)),
    );
    graph.set(relative(sourceDir, file), targets);
  }
  return graph;
}

/** The graph with `./x.js` read as the `./x.ts` it stands for, so circles are found either way. */
function moduleGraph(graph: Map<string, string[]>): Map<string, string[]> {
  return new Map(
    [...graph].map(([module, targets]) => [
      module,
      targets.map((target) => target.replace(/\.js$/, ".ts")),
    ]),
  );
}

/** Every circle, each written as the path of modules that leads back to its start. */
function findCircles(graph: Map<string, string[]>): string[] {
  const circles: string[] = [];
  const done = new Set<string>();
  const visit = (module: string, path: string[]): void => {
    const seenAt = path.indexOf(module);
    if (seenAt >= 0) {
      circles.push([...path.slice(seenAt), module].join(" → "));
      return;
    }
    if (done.has(module)) return;
    for (const target of graph.get(module) ?? []) visit(target, [...path, module]);
    done.add(module);
  };
  for (const module of graph.keys()) visit(module, []);
  return circles;
}

describe("the emulator's import graph", () => {
  const graph = importGraph();

  it("finds the modules (the scan itself works)", () => {
    expect(moduleGraph(graph).get("createEngageEmulator.ts")).toContain("controlRoutes.ts");
    expect(
      findCircles(
        new Map([
          ["a.ts", ["b.ts"]],
          ["b.ts", ["a.ts"]],
        ]),
      ),
    ).toEqual(["a.ts → b.ts → a.ts"]);
  });

  it("has no import circles, type-only imports included", () => {
    expect(findCircles(moduleGraph(graph))).toEqual([]);
  });

  it("names every relative import with its .ts suffix (or .json), as Deno and JSR need", () => {
    const unsuffixed = [...graph.entries()].flatMap(([module, targets]) =>
      targets
        .filter((target) => !target.endsWith(".ts") && !target.endsWith(".json"))
        .map((target) => `${module} → ${target}`),
    );
    expect(unsuffixed).toEqual([]);
  });
});
