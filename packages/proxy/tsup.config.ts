import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/worker.ts", "src/deno.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  // The route-name type comes from the schemas package at build time only: inlining it keeps
  // the published proxy free of dependencies.
  dts: { resolve: ["@engage-orders/schemas"] },
  clean: true,
  target: "es2022",
});
