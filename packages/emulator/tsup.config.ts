import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The main entry and testing are web-standard only; node uses Node built-ins; worker and deno are runtime adapters.
    entry: ["src/index.ts", "src/node.ts", "src/worker.ts", "src/deno.ts", "src/testing.ts"],
    format: ["esm", "cjs"],
    dts: true,
    // The command is built by the second config into the same folder, at the same time.
    clean: ["!cli.js"],
    target: "es2022",
  },
  {
    // The command runs only through bin/engage-emulator.js, an ES module: one ESM build, no types.
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    target: "es2022",
  },
]);
