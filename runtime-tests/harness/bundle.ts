import { build } from "esbuild";

/**
 * Bundles a harness entry for a runtime that cannot resolve packages itself (a Worker or a
 * page). Workspace packages resolve to their built `dist`: no `source` condition is set.
 */
export async function bundleForRuntime(entry: string, conditions: string[]): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions,
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text;
}
