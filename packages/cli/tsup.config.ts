import { defineConfig } from "tsup";

export default defineConfig({
  // index is the programmatic entry; cli is what the bin runs.
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "node20",
});
