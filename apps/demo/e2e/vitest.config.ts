import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../../vitest.shared.ts";

// The demo's end-to-end suite: the whole demo server in this process and the page in Debian's
// Chromium. Its own config (not a root project), so `npm test` runs it as a separate step.
export default defineConfig({
  ...readSourceOfWorkspacePackages,
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    name: "demo-e2e",
    environment: "node",
    include: ["e2e/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
