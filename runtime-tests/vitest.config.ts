import { defineConfig } from "vitest/config";

// No `source` condition here: every runtime test runs against the built packages (`dist`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "runtime-node",
          environment: "node",
          include: ["node/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "runtime-workerd",
          environment: "node",
          include: ["workerd/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "runtime-chromium",
          environment: "node",
          include: ["chromium/**/*.test.ts"],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
