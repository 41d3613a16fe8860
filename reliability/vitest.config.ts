import { defineConfig } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../vitest.shared";

// Two projects: most proofs run in Node (the core is tested with the platform's fetch,
// Request and Response); the hooks stress file runs in happy-dom.
export default defineConfig({
  test: {
    projects: [
      {
        ...readSourceOfWorkspacePackages,
        test: {
          name: "reliability",
          environment: "node",
          include: ["test/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...readSourceOfWorkspacePackages,
        test: {
          name: "reliability-hooks",
          environment: "happy-dom",
          include: ["test/**/*.test.tsx"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
