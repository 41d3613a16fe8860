#!/usr/bin/env node
// Measures min+gz bytes of each entry in size-entries.mjs against the built packages and
// fails when one is over budget. `--json=FILE` writes counts in vitest's report shape.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { sizeEntries } from "./size-entries.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles `code` (resolved from `resolveDir`) minified, and returns min and min+gz bytes. */
export async function measure(code, { external = [], resolveDir = root } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    external,
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const jsonArg = process.argv.find((arg) => arg.startsWith("--json="));
  let passed = 0;
  let failed = 0;
  console.log("entry | min | min+gz | budget (growth guard) | within budget");
  for (const entry of sizeEntries) {
    try {
      const { min, gzip } = await measure(entry.code, {
        external: entry.external ?? [],
        resolveDir: join(root, entry.resolveFrom ?? "bench"),
      });
      const ok = entry.budget === undefined || gzip <= entry.budget;
      if (entry.budget !== undefined) ok ? passed++ : failed++;
      console.log(
        `${entry.name} | ${min} B | ${gzip} B | ${entry.budget ?? "-"} B | ${ok ? "yes" : "OVER BUDGET"}`,
      );
    } catch (error) {
      failed++;
      console.log(`${entry.name} | could not bundle: ${error.message}`);
    }
  }
  if (jsonArg) {
    const file = jsonArg.slice("--json=".length);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ numPassedTests: passed, numFailedTests: failed }));
  }
  process.exit(failed === 0 ? 0 : 1);
}
