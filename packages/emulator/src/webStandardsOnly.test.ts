import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = dirname(fileURLToPath(import.meta.url));

/** Every source file reachable from an entry through relative imports. */
function reachable(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    // Comments are dropped first: JSDoc examples contain imports that are not real.
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    files.set(file, text);
    for (const match of text.matchAll(/from\s+"(\.[^"]+)"/g)) {
      visit(resolve(dirname(file), (match[1] ?? "").replace(/\.js$/, ".ts")));
    }
  };
  visit(join(srcDir, entry));
  return files;
}

describe("runtime boundaries", () => {
  it.each(["index.ts", "worker.ts", "deno.ts", "testing.ts"])(
    "%s and everything it imports use web standards only (no Node built-ins, process or Buffer)",
    (entry) => {
      for (const [file, code] of reachable(entry)) {
        expect({ file, nodeImport: /from\s+"node:/.test(code) }).toEqual({
          file,
          nodeImport: false,
        });
        expect({ file, globals: /\b(process|Buffer|require)\s*[.(]/.test(code) }).toEqual({
          file,
          globals: false,
        });
      }
    },
  );
});
