import { defineConfig } from "tsup";

export default defineConfig({
  // The main entry is web-standard only; node and cli use Node built-ins; worker and deno are runtime adapters.
  entry: ["src/index.ts", "src/node.ts", "src/cli.ts", "src/worker.ts", "src/deno.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
});
