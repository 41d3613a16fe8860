// The size of the published code, measured like scripts/size.mjs (esbuild, minified, gzip -9),
// from source so no build is needed. Size is a growth guard, not a target: each ceiling is the
// measured size plus about 5 %, so unplanned growth fails here and has to be argued for. The
// code is written for a reader first (named fields, one idea per module, an error class per
// code): whole core 8529 B, minimal edge import 6773 B when these ceilings were set.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

async function measure(code: string): Promise<number> {
  const result = await build({
    stdin: {
      contents: code,
      resolveDir: new URL("../src", import.meta.url).pathname,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild produced no output");
  return gzipSync(output.contents, { level: 9 }).length;
}

describe("size (min+gz)", () => {
  it("the whole core stays within its measured ceiling", async () => {
    expect(await measure('export * from "./index.ts";')).toBeLessThanOrEqual(9240);
  });

  it("the minimal edge import stays within its measured ceiling", async () => {
    const code =
      'export { createOrdersClient, createOrder, waitForJob, triggerAction } from "./index.ts";';
    expect(await measure(code)).toBeLessThanOrEqual(7120);
  });

  it("tree-shakes: a read-only import leaves the job cycle out", async () => {
    const full = await measure('export * from "./index.ts";');
    const read = await measure('export { createOrdersClient, getOrder } from "./index.ts";');
    expect(read).toBeLessThan(full * 0.6);
  });
});
