import { defineProject } from "vitest/config";
import { readSourceOfWorkspacePackages } from "../../vitest.shared";

export default defineProject({
  ...readSourceOfWorkspacePackages,
  test: {
    name: "cli",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The bin tests run real processes against a real server; give them room on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
